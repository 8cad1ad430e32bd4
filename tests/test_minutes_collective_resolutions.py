"""In minutes, the numbered section of the body's decisions ("5. Résolutions", "Resolutions", "Acuerdos") speaks in
the assembly's collective voice: its "nous"/"we" is nobody's, not the presiding person's."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

PV = """Compte rendu de l'assemblée générale

Présents : Claire Martin, Paul Durand, Marc Petit

Président de séance : Claire Martin

1. Résolutions

1.1. Monter une démo

Nous souhaitons engager une réflexion sur les points à mettre en avant lors des salons.

2. Questions diverses

Nous souhaitons remercier les bénévoles qui ont tenu le stand pendant les trois jours.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "pv.txt")
    return speaker_at(t, fragment)


def test_we_in_the_resolutions_is_the_assemblys():
    assert _speaker(PV, "engager une réflexion") is None


@pytest.mark.parametrize("heading", ["1. Décisions", "1. Acuerdos", "1. Resolutions"])
def test_the_same_under_other_decision_headings(heading):
    assert _speaker(PV.replace("1. Résolutions", heading), "engager une réflexion") is None


def test_we_after_the_resolutions_is_the_presidents_again():
    # near miss: "2. Questions diverses" ends the resolutions; the chair's "nous" there is hers as before
    assert _speaker(PV, "remercier les bénévoles") == "Claire Martin"
