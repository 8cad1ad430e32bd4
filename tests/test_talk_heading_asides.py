"""A blogger's notes on an evening of talks: each talk under a heading "Title -- Speaker" (the dash typed as two
hyphens, or a dash), its points as plain statements (the speaker's), and the writer's own sentences mixed in: presenting the
speaker ("X est consultant", "À noter que X a écrit un livre"), reminded of something, measuring the talk against what
they expected, giving their reason, a summing-up verdict ("Au final, une présentation intéressante"). Each rule on a
small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

REPORT = """Soirée du groupe Kanban Lille -- 12 mai 2011

Le groupe a fêté ses deux ans devant une centaine de personnes.
Ensuite, Marc Delorme, président du groupe a fait un bref point sur les rencontres de l'année.

Limiter le travail en cours – Sophie Garnier

Sophie est coach indépendante et formatrice depuis dix ans.
Le travail en cours doit rester visible sur un tableau que toute l'équipe consulte.
Une limite par colonne oblige l'équipe à finir avant de commencer.
Cela me rappelle une mission chez un client aux cinquante tickets ouverts.
Les files d'attente cachent les vrais délais de livraison.
Et ça va bien au-delà de ce que je pensais du sujet.
À noter que Sophie a écrit un livre sur le sujet.

Le rôle du manager – Paul Renaud

Le manager ne répartit plus les tâches, il dégage les obstacles de l'équipe.
La présentation de Paul est d'autant plus claire qu'il montre chaque point sur un exemple.
Le manager garde la responsabilité du budget et des recrutements.
Son rôle n'en sera que plus intéressant à mon sens.
Au final, une présentation intéressante et pleine de bon sens.
"""


def _t(text: str = REPORT):
    return ingest_text(text, "notes.txt")


def _speaker(fragment: str, text: str = REPORT):
    return speaker_at(_t(text), fragment)


def _swapped(old: str, new: str, fragment: str, text: str = REPORT):
    """The speaker of `fragment` once the report's `old` sentence is replaced by `new`."""
    return _speaker(fragment, text.replace(old, new))


HYPHENS = REPORT.replace(" – Sophie", " -- Sophie").replace(" – Paul", " -- Paul")


def test_a_double_hyphen_heading_names_the_talks_speaker():
    assert _speaker("Une limite par colonne oblige", HYPHENS) == "Sophie Garnier"
    assert _speaker("Le manager garde la responsabilité", HYPHENS) == "Paul Renaud"


def test_near_miss_a_double_hyphen_before_a_date_names_nobody():
    assert "12 mai 2011" not in " ".join(s.name for s in speakers_of(_t(HYPHENS)))
    assert _speaker("Le groupe a fêté ses deux ans", HYPHENS) is None


def test_near_miss_a_quotation_signed_with_a_double_hyphen_is_no_talk_heading():
    assert _swapped("Limiter le travail en cours -- Sophie Garnier",
                    '"Une limite par colonne, et tout le reste suit" -- Sophie Garnier',
                    "Une limite par colonne oblige", HYPHENS) != "Sophie Garnier"


def test_a_brief_summary_is_reported_speech():
    assert _speaker("a fait un bref point sur les rencontres") == "Marc Delorme"


def test_the_sentence_presenting_the_speaker_by_a_bare_role_is_the_writers():
    assert _speaker("Sophie est coach indépendante") is None


def test_near_miss_a_compound_tense_after_the_name_is_the_speakers_doing():
    assert _swapped("Sophie est coach indépendante et formatrice depuis dix ans.",
                    "Sophie est revenue sur les limites de chaque colonne.",
                    "Sophie est revenue sur les limites") == "Sophie Garnier"


def test_a_book_the_speaker_wrote_after_a_note_lead_is_the_writers():
    assert _speaker("À noter que Sophie a écrit un livre") is None


def test_english_career_facts_are_the_writers():
    assert _swapped("À noter que Sophie a écrit un livre sur le sujet.", "Note that Sophie works at Acme Lille.",
                    "Note that Sophie works at") is None


def test_near_miss_the_speakers_doing_in_the_talk_stays_hers():
    assert _swapped("À noter que Sophie a écrit un livre sur le sujet.", "Sophie a écrit chaque limite au tableau.",
                    "Sophie a écrit chaque limite") == "Sophie Garnier"


def test_the_writer_reminded_of_something_is_the_writer():
    assert _speaker("Cela me rappelle une mission") is None


def test_the_writer_measuring_the_talk_against_what_they_expected():
    assert _speaker("bien au-delà de ce que je pensais") is None


def test_english_and_spanish_reminders_and_expectations():
    en = REPORT.replace("Cela me rappelle une mission", "This reminds me of a mission")
    es = REPORT.replace("Et ça va bien au-delà de ce que je pensais du sujet.", "Y el tema da más de lo que esperaba.")
    assert _speaker("This reminds me of a mission", en) is None
    assert _speaker("Y el tema da más de lo que esperaba", es) is None


def test_near_miss_il_me_semble_stays_the_speakers():
    assert _swapped("Cela me rappelle une mission chez un client aux cinquante tickets ouverts.",
                    "Il me semble que les équipes sous-estiment toujours leurs délais.",
                    "Il me semble que les équipes") == "Sophie Garnier"


def test_the_writer_giving_a_reason_in_the_first_person():
    assert _swapped("Les files d'attente cachent les vrais délais de livraison.",
                    "Le sujet m'intéressait moins parce que j'avais déjà lu le livre.",
                    "Le sujet m'intéressait moins") is None


def test_the_writers_own_reading_a_mon_sens():
    assert _speaker("Son rôle n'en sera que plus intéressant") is None


def test_near_miss_a_possessive_in_a_quoted_question_stays_the_speakers():
    assert _swapped("Le manager garde la responsabilité du budget et des recrutements.",
                    "Leur question, et mes objectifs ? est légitime.",
                    "Leur question, et mes objectifs") == "Paul Renaud"


def test_a_summing_up_verdict_is_the_writers():
    assert _speaker("Au final, une présentation intéressante") is None


def test_near_miss_a_summing_up_word_before_the_talks_point_stays_the_speakers():
    assert _swapped("Au final, une présentation intéressante et pleine de bon sens.",
                    "Au final, le manager reste responsable des résultats.",
                    "Au final, le manager reste") == "Paul Renaud"


def test_the_talk_as_subject_with_a_speech_verb_only_in_its_elided_que_clause():
    assert _speaker("La présentation de Paul est d'autant plus claire") is None


def test_near_miss_the_talk_as_subject_of_a_speech_verb_is_the_speakers():
    assert _swapped("La présentation de Paul est d'autant plus claire qu'il montre chaque point sur un exemple.",
                    "La présentation de Paul montre que le manager devient un facilitateur.",
                    "La présentation de Paul montre") == "Paul Renaud"


VERDICT = REPORT.replace("Le manager garde la responsabilité du budget et des recrutements.",
                         "C'est vivant et bien plus efficace qu'un long discours.")


def test_a_pronoun_sentence_after_the_writers_verdict_goes_on_with_it():
    assert _speaker("C'est vivant et bien plus efficace", VERDICT) is None


def test_a_connective_then_a_pronoun_after_the_verdict():
    assert _swapped("C'est vivant et bien plus efficace qu'un long discours.",
                    "D'ailleurs, il connaît trop bien son sujet pour s'y tenir.",
                    "D'ailleurs, il connaît trop bien", VERDICT) is None


def test_near_miss_a_pronoun_with_a_speech_verb_after_the_verdict_is_the_talks():
    assert _swapped("C'est vivant et bien plus efficace qu'un long discours.",
                    "Il explique ensuite que le manager protège l'équipe.",
                    "Il explique ensuite que le manager", VERDICT) == "Paul Renaud"


def test_near_miss_a_pronoun_sentence_after_a_point_of_the_talk_is_the_talks():
    assert _swapped("Le manager garde la responsabilité du budget et des recrutements.",
                    "Le manager garde le budget. C'est lui qui recrute.", "C'est lui qui recrute") == "Paul Renaud"
