"""Community minutes that name people by nick or first name ("* Mozinet", "Chris/Hello"): people the attendance list
does not give, nicks with a slash, an item line named by a document word. Each rule on a small text written for the
test, one behaviour per test, with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CR = """Compte rendu de la réunion du groupe traduction du 3 mars

Présents :

* Lapinou
* Kiwi42
* Brindille (secrétaire)

Suivi

Brindille propose de relire les pages de la semaine. Les pages seront publiées mardi.
N.B. : Zébulon avait émis des objections sur le mot « traçage ».
Martial a prévu de faire un dessin pour la page d'accueil.
Idée pour le printemps : Marc/Bleu a pris contact avec la rédaction du journal.
Marc/Vert signale être en train de préparer une vidéo.
Gaston relayé par Marc/Vert avait émis l'idée : un quiz chaque vendredi.

Question Sondage : votre outil préféré ? posée le 5 mars.

Paulo conseille de relancer les abonnés.
"""


def test_name_the_list_lacks_opening_a_sentence_with_a_speech_verb_speaks():
    t = ingest_text(CR, "cr.txt")
    assert _speaker(t, "Paulo conseille de relancer") == "Paulo"


def test_name_after_a_lead_with_colon_speaks():
    t = ingest_text(CR, "cr.txt")
    assert _speaker(t, "Zébulon avait émis des objections") == "Zébulon"


def test_nick_with_a_slash_speaks():
    t = ingest_text(CR, "cr.txt")
    assert _speaker(t, "Marc/Vert signale") == "Marc/Vert"


def test_speaker_relayed_by_someone_is_the_one_who_had_the_idea():
    t = ingest_text(CR, "cr.txt")
    assert _speaker(t, "Gaston relayé par Marc/Vert") == "Gaston"


def test_name_the_list_lacks_doing_something_is_not_the_last_speaker():
    t = ingest_text(CR, "cr.txt")
    assert _speaker(t, "Martial a prévu de faire un dessin") is None


def test_nick_with_a_slash_taking_contact_is_an_action_not_speech():
    t = ingest_text(CR, "cr.txt")
    assert _speaker(t, "Marc/Bleu a pris contact") is None


def test_item_line_named_by_a_document_word_is_not_a_label():
    t = ingest_text(CR, "cr.txt")
    assert _speaker(t, "Question Sondage") is None and "Question Sondage" not in [s.name for s in speakers_of(t)]


def test_taking_the_floor_is_still_speech():
    """Near miss: "a pris la parole" keeps its speech verb though "a pris contact" lost it."""
    text = "Compte rendu du bureau\n\nPrésents : Anne Roux, Paul Meyer\n\nAnne Roux a pris la parole sur le budget.\n"
    t = ingest_text(text, "bureau.txt")
    assert _speaker(t, "a pris la parole") == "Anne Roux"


def test_council_listing_surnames_in_capitals_takes_no_unlisted_word_for_a_name():
    """Near miss: a list of surnames in capitals is a council's, not nicks: "Attendre que…" names nobody."""
    text = ("Compte rendu du conseil municipal\n\nPrésents : DUPUY, MARCHAND, ROUSSEL\n\nMonsieur DUPUY présente "
            "le budget. Attendre la fin de l'année pour emprunter ne lui paraît pas une bonne solution.\n")
    t = ingest_text(text, "conseil.txt")
    assert _speaker(t, "Attendre la fin de l'année") == "DUPUY"


def test_determiner_opening_a_sentence_is_no_name():
    """Near miss: "Ces notes…" (a determiner, then a word that is also an English verb) is nobody."""
    text = CR + "\nCes notes reprennent le format du mois dernier.\n"
    t = ingest_text(text, "cr.txt")
    assert all(p.name != "Ces" for p in t.participants)


def test_document_word_with_a_lower_case_tail_is_left_to_the_turn():
    """Near miss: "Goal: solidify the plan" (lower case after the document word) goes on in the speaker's turn."""
    text = ("Meeting minutes\n\nPresent: Ana Gil, Bo Lund\n\nAna Gil explained that the current tool breaks "
            "cherry-picks.\nGoal: solidify with the team that this is the right path\n")
    t = ingest_text(text, "minutes.txt")
    assert _speaker(t, "solidify with the team") == "Ana Gil"
