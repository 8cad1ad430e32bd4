"""A small club's board minutes whose only list names the members excused ("Excusés : Marc DURAND, …"): the members
present are named by their first names alone, each opening a sentence with a verb of saying, often in the middle of a
paragraph, often after a lead written without its comma ("D'autre part Paul fait remarquer…"). Each rule on a small
text written for the test, one behaviour per test, with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import LEAD_ADVERBIAL, SPEECH_VERB, SUBJECT_SLOT

HEAD = "Réunion du bureau du 3 mars\n\nExcusés : Marc DURAND, Anne PETIT et Luc MOREAU.\n\n1. Le repas du club.\n\n"


def _t(body: str):
    return ingest_text(HEAD + body + "\n", "bureau.txt")


def test_first_name_opening_a_paragraph_speaks_under_an_absent_only_list():
    t = _t("Sophie annonce que le repas aura lieu le 12 mai à la salle des fêtes du village.")
    assert speaker_at(t, "Sophie annonce") == "Sophie"


def test_first_name_inside_a_paragraph_speaks_too():
    t = _t("Sophie annonce que le repas aura lieu le 12 mai. Paul précise que la salle est déjà réservée pour la soirée.")
    assert speaker_at(t, "Paul précise") == "Paul"


def test_hyphenated_given_name_speaks_whole():
    t = _t("Jean-Paul précise que la salle est déjà réservée pour la soirée du 12 mai.")
    assert speaker_at(t, "Jean-Paul précise") == "Jean-Paul"


def test_word_the_text_writes_in_lower_case_is_no_member():
    # near miss: "Certains" opens the sentence with a verb, but it is nobody in particular
    t = _t("Certains précisent que la salle est trop petite pour tout le monde cette année.")
    assert speaker_at(t, "Certains précisent") is None


def test_without_any_list_or_minutes_title_a_first_name_is_not_taken():
    # near miss: a story, not minutes; no list, no minutes word, no clock
    t = ingest_text("Le voyage\n\nSophie annonce à son frère que le train part à midi pour Lille.\n", "recit.txt")
    assert speaker_at(t, "Sophie annonce") is None


def test_linking_lead_without_comma_keeps_the_subject_slot():
    t = _t("Sophie annonce que le repas aura lieu le 12 mai. D'autre part Paul fait remarquer que la salle est petite.")
    assert speaker_at(t, "Paul fait remarquer") == "Paul"


def test_topic_lead_without_comma_keeps_the_subject_slot():
    t = _t("Sophie annonce le repas du 12 mai. Toujours pour le repas Paul prend la parole pour présenter le menu.")
    assert speaker_at(t, "Paul prend la parole") == "Paul"


def test_lead_forms_in_spanish_and_english():
    assert SUBJECT_SLOT.search("Por otra parte ")
    assert SUBJECT_SLOT.search("En cuanto al presupuesto ")
    assert SUBJECT_SLOT.search("Regarding the budget ")
    assert SUBJECT_SLOT.search("Après discussions ")


def test_bare_preposition_before_a_name_is_no_lead():
    # near miss: "Pour Paul" names Paul as the object of "pour", not the subject
    import re
    lead = re.compile(rf"^\s*{LEAD_ADVERBIAL}\s+$")
    assert lead.match("Pour ") is None
    assert lead.match("Avec ") is None
    assert not SUBJECT_SLOT.search("Pour ")


def test_member_acting_is_his_doing_and_the_pronoun_after_takes_him_up():
    t = _t("Henri travaille sur les parcours de l'an prochain. Il explique qu'il veut aller vers les monts.\n\n"
           "Henri souhaite aussi une sortie en juin avec les plus jeunes du club.")
    assert speaker_at(t, "Henri travaille") is None
    assert speaker_at(t, "Il explique") == "Henri"


def test_capitalised_word_that_never_speaks_is_no_actor():
    # near miss: "Quant" opens a sentence but never comes before a speech verb: the turn goes on
    t = _t("Sophie annonce que le repas aura lieu le 12 mai. Quant au dessert il sera offert par la mairie du village.")
    assert speaker_at(t, "Quant au dessert") == "Sophie"


def test_speaker_acting_inside_his_own_point_keeps_it():
    t = _t("Paul annonce que les maillots arrivent. Paul avait négocié une remise auprès du fournisseur habituel.")
    assert speaker_at(t, "Paul avait négocié") == "Paul"


def test_undertaking_and_appeal_are_speech():
    assert SPEECH_VERB.match("s'engage à le faire")
    assert SPEECH_VERB.match("fait donc appel au club")
    assert SPEECH_VERB.match("en profite pour annoncer")


def test_spending_and_occasion_without_saying_are_not_speech():
    # near misses: "engage des frais" is spending; "en profite pour acheter" says nothing
    assert not SPEECH_VERB.match("engage des frais")
    assert not SPEECH_VERB.match("en profite pour acheter")


def test_group_conclusion_with_on_en_is_the_record():
    t = _t("Sophie annonce que le repas aura lieu le 12 mai. On en conclut que la salle des fêtes suffira cette année.")
    assert speaker_at(t, "On en conclut") is None


def test_discussion_opening_after_its_verb_is_the_record():
    t = _t("Sophie annonce que le repas aura lieu le 12 mai.\n\n"
           "Ensuite s'engage une longue discussion sur le prix du repas et sur les boissons.")
    assert speaker_at(t, "s'engage une longue discussion") is None


def test_whole_board_as_subject_opening_a_paragraph_is_the_record():
    t = _t("Sophie annonce qu'un membre a manqué de respect à un arbitre.\n\n"
           "Fort de ces informations l'ensemble du bureau condamne cette attitude sans réserve.")
    assert speaker_at(t, "l'ensemble du bureau condamne") is None


def test_member_thanking_the_whole_board_still_speaks():
    # near miss: "l'ensemble du bureau" is the object, after the member and his verb
    t = _t("Sophie annonce le repas du 12 mai.\n\nPaul remercie l'ensemble du bureau pour son aide précieuse cette année.")
    assert speaker_at(t, "Paul remercie") == "Paul"


def test_adverb_opening_a_sentence_before_its_verb_is_no_member():
    # Spanish leaves the subject unsaid: "Después aclaró…" is the last speaker's, "Después" nobody's name
    t = ingest_text("Acta de la reunión de la junta\n\nAusentes: Marta GIL.\n\n1. Presupuesto.\n\n"
                    "Lucía explica que el presupuesto sube un diez por ciento este año. "
                    "Después aclaró que la subida se debe al alquiler del local.\n", "junta.txt")
    assert speaker_at(t, "Después aclaró") != "Después"
    assert speaker_at(t, "Lucía explica") == "Lucía"


def test_first_name_before_the_same_verb_still_speaks():
    t = ingest_text("Acta de la reunión de la junta\n\nAusentes: Marta GIL.\n\n1. Presupuesto.\n\n"
                    "Lucía explica que el presupuesto sube un diez por ciento este año. "
                    "Andrés aclaró que la subida se debe al alquiler del local.\n", "junta.txt")
    assert speaker_at(t, "Andrés aclaró") == "Andrés"
