"""A surname with an apostrophe inside ("Moncond’huy", "O'Brien") is a name word of a report that names its speakers
in ordinary case; an elided word in capitals ("Aujourd’hui", "Lorsqu’il") is not. Each test on a small text written for
it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import TextNames


def _speaker(t, fragment):
    return speaker_at(t, fragment)


def test_curly_apostrophe_surname_speaks():
    t = ingest_text("Compte rendu de la plénière\n\nLéonore Moncond’huy a rappelé que le principal problème était le "
                    "manque de disponibilité. Elle a ajouté qu’elle démissionnerait.\n", "cr.txt")
    assert _speaker(t, "a rappelé que") == "Léonore Moncond’huy"
    assert _speaker(t, "Elle a ajouté") == "Léonore Moncond’huy"


def test_straight_apostrophe_surname_speaks():
    t = ingest_text("Acta de la reunión\n\nMaría Dell'acqua explicó que el presupuesto está cerrado para el año próximo.\n",
                    "acta.txt")
    assert _speaker(t, "explicó que") == "María Dell'acqua"


def test_elided_words_are_no_name():
    # near miss: a capitalised word with an elision inside that is no name
    names = TextNames.of("x", [0])
    assert names.name_at("Aujourd’hui Marie") is None
    assert names.name_at("Lorsqu’il Marie") is None
    assert names.name_at("Léonore Moncond’huy") == "Léonore Moncond’huy"
