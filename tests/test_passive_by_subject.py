"""Minutes that give the thing said as the subject and the speaker as the agent of a passive verb of saying: "Un
problème de matériel est signalé par Pauline", "The issue was raised by Ann Lee": the agent said it. A passive
verb that is no saying ("remplacé par") names no speaker."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Présents : Pauline Meyer, Cédric Bastoul, Marie Durand.

Local

Marie Durand fait le point sur le local. Un problème de matériel est signalé par Pauline, il est apparemment connu.
"""

EN = """Present: Jane Roe, John Smith, Ann Lee.

Budget

John Smith reported on the budget. The issue of late payments was raised by Ann Lee, who asked for a review.
"""


def test_french_passive_agent_is_the_speaker():
    assert speaker_at(ingest_text(FR, "pv.txt"), "problème de matériel est signalé") == "Pauline Meyer"


def test_english_passive_agent_is_the_speaker():
    assert speaker_at(ingest_text(EN, "min.txt"), "issue of late payments") == "Ann Lee"


def test_a_passive_that_is_no_saying_names_no_speaker():
    text = FR.replace("est signalé par Pauline", "est remplacé par Pauline")
    assert speaker_at(ingest_text(text, "pv.txt"), "problème de matériel est remplacé") != "Pauline Meyer"
