"""A note-taker marks a speaker they did not catch with a placeholder label ("xxx: …", "??: …", "unknown: …",
"inconnu : …"): the turn is someone unnamed's, not a person called "xxx" and not the last speaker's. Each test on a
small text written for it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DOC = """Reunion de la comision

ana: propongo armar una milonga en la plaza.

bea: estoy de acuerdo, la armamos el viernes.

{label}: son dos cosas distintas, la marcha y la milonga.

ana: entonces lo anuncio en la lista.

bea: yo llevo el sonido y las banderas.
"""


def test_placeholder_label_turn_is_nobodys():
    t = ingest_text(DOC.format(label="xxx"), "minutas.txt")
    assert speaker_at(t, "son dos cosas distintas") is None


def test_placeholder_label_written_twice_is_no_person():
    t = ingest_text(DOC.format(label="xxx") + "\nxxx: nadie va a venir ese dia.\n", "minutas.txt")
    assert "xxx" not in {p.name for p in t.participants}


def test_nick_that_starts_like_a_placeholder_is_a_person():
    # near miss: "xavi" is someone's nick, written as a label twice
    t = ingest_text(DOC.format(label="xavi") + "\nxavi: y yo traigo las luces.\n", "minutas.txt")
    assert speaker_at(t, "son dos cosas distintas") == "xavi"
