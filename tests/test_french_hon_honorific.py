""""L'hon." before a minister's name in a French Hansard label ("L'hon. Paul Martin (ministre des Finances, Lib.):") is
an honorific like "M." or "Mme": the person is "Paul Martin". Each rule on a small text written for the test (the real
documents are in evals/data/real)."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

RECORD = """CHAMBRE DES COMMUNES
M. Jean Tremblay (Laval, BQ):
Monsieur le Président, le budget oublie encore une fois les familles de ma région.
L'hon. Paul Martin (ministre des Finances, Lib.):
Monsieur le Président, ce budget réduit les impôts de toutes les familles.
"""

# "L'Hôpital" is a place, not the honorific: it stays a word of the name
PLACE = """CHAMBRE DES COMMUNES
M. Jean Tremblay (Laval, BQ):
Monsieur le Président, le budget oublie encore une fois les familles de ma région.
Mme Anne L'Hôpital (Québec, Lib.):
Monsieur le Président, ce budget réduit les impôts de toutes les familles.
"""


def test_hon_is_dropped_from_the_name():
    t = ingest_text(RECORD, "record.txt")
    assert "Paul Martin" in {s.name for s in speakers_of(t)}


def test_a_name_with_l_apostrophe_keeps_it():
    t = ingest_text(PLACE, "record.txt")
    assert "Anne L'Hôpital" in {s.name for s in speakers_of(t)}
