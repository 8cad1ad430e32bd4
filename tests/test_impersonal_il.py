"""French impersonal "il" ("Il est important de…", "Il a été proposé de…", "Il est par exemple encouragé de…", "Il y
a…", "Il faut…") stands for nobody: it is not an anaphora for the last person the text named. Each test on a small text
written for it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import IMPERSONAL_IL


def _speaker(t, fragment):
    return speaker_at(t, fragment)


MENTIONED = """Compte rendu de la réunion

La réunion commence à 19h. Le dossier a été préparé avec Jean Martin.

{sentence}
"""


def test_impersonal_predicate_is_nobodys():
    t = ingest_text(MENTIONED.format(sentence="Il est par exemple encouragé de donner la parole aux habitants."), "cr.txt")
    assert _speaker(t, "Il est par exemple encouragé") is None


def test_impersonal_passive_is_nobodys():
    t = ingest_text(MENTIONED.format(sentence="Il a été proposé de reporter le vote à la prochaine séance."), "cr.txt")
    assert _speaker(t, "Il a été proposé") is None


def test_impersonal_passive_with_an_adverb_is_nobodys():
    t = ingest_text(MENTIONED.format(sentence="Il a ensuite été proposé au groupe de reporter le vote."), "cr.txt")
    assert _speaker(t, "Il a ensuite été proposé") is None


def test_personal_il_with_speech_verb_still_stands_for_the_person():
    # near miss: "Il répond que…" after a sentence naming Jean Martin is Jean Martin's answer
    t = ingest_text(MENTIONED.format(sentence="Il répond que le bilan sera prêt la semaine prochaine."), "cr.txt")
    assert _speaker(t, "Il répond que") == "Jean Martin"


def test_pattern_takes_impersonal_forms_only():
    for s in ("Il y a surtout une dimension légale.", "Il faut un ordonnancement.", "Il s’agit d’un choix.",
              "Il est important de susciter la confiance.", "Il a été décidé que le vote aurait lieu."):
        assert IMPERSONAL_IL.match(s), s
    for s in ("Il est convaincu que la liste gagnera.", "Il a proposé de reporter le vote.", "Il a rappelé que le budget est serré.", "Il est d’accord."):
        assert not IMPERSONAL_IL.match(s), s
