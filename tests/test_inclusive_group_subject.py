"""A group of people as the subject, with a number or in the inclusive plural French minutes write ("les 20
candidat.e.s ont pu désigner…", "Les élu·e·s ont voté…"): nobody in particular speaks, and the last reported speaker's
turn ends. Each test on a small text written for it (one behaviour per test; the real documents are in
evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import GROUP_SUBJECT


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CR = "Compte rendu de la plénière\n\nLouise Martin a présenté le processus de désignation. {sentence}\n"


def test_numbered_inclusive_group_is_nobody():
    t = ingest_text(CR.format(sentence="Assis en cercle, les 20 candidat.e.s ont pu désigner la personne la plus légitime."),
                    "cr.txt")
    assert _speaker(t, "les 20 candidat.e.s") is None


def test_pattern_takes_inclusive_plurals():
    for s in ("Les élu·e·s ont voté le budget.", "Les participant.e.s ont proposé des amendements.",
              "Les 12 candidats ont répondu.", "Los candidatos respondieron."):
        assert GROUP_SUBJECT.match(s), s
    assert not GROUP_SUBJECT.match("Les candidatures seront closes en janvier.")  # near miss: not people


def test_a_named_candidate_still_speaks():
    # near miss: one named person, not the group
    t = ingest_text(CR.format(sentence="La candidate Marie Dupont a rappelé que le budget est serré."), "cr.txt")
    assert _speaker(t, "a rappelé que le budget") == "Marie Dupont"
