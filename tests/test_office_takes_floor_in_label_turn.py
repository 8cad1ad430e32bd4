"""Minutes that label some turns ("M. Canon : il signale…") and hard-wrap their lines: "M. le Président signale
que…" run on after a labelled turn's last sentence is the president taking the floor, as a named member would."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """PROCES VERBAL DU CONSEIL COMMUNAUTAIRE

Présents : M. Antoine Trystram, Président, M. Eloi Canon, M. Philippe Capon, Mme Marie Durand.

Budget
M. Capon : il demande que le budget soit présenté par commune. Il souhaite un tableau détaillé.
Mme Durand : elle rappelle que le tableau existe déjà. Il sera envoyé à tous.
M. Capon : il remercie Mme Durand.

Questions diverses

M. Canon : il signale qu'il est important de conserver ce service. Il est important de statuer sur le sujet
assez rapidement. Il faut réfléchir également sur la CLECT…
M. le Président signale que Mme Durand sera absente jusqu'à la mi-février.
"""


def test_office_with_speech_verb_run_on_after_a_label_turn_takes_the_floor():
    assert speaker_at(ingest_text(PV, "pv.txt"), "absente jusqu") == "Antoine Trystram"


def test_the_labelled_turn_keeps_its_own_sentences():
    assert speaker_at(ingest_text(PV, "pv.txt"), "statuer sur le sujet") == "Eloi Canon"
