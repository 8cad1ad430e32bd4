"""Minutes that credit a councillor's words with "X fait plusieurs remarques sur…", "Y hace varias observaciones", "Z
made several comments", "W n’a rien de particulier à ajouter, si ce n’est…": each is a speech verb, so the quotation or
the reported words after it are that person's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """Compte rendu du conseil communautaire du 28 octobre 2021

Présents : Yves Nicolin, Franck Beysson, Jean-Yves Boire.

Rapport d'activité 2020.

Franck Beysson fait plusieurs remarques sur ce rapport, et notamment sur l’aéroport. « Nous sommes contents de voir le programme de réduction du carbone. »

Jean-Yves Boire n’a rien de particulier à ajouter, si ce n’est qu’une délibération est inscrite pour relancer le guichet.
"""

ACTA = """Acta de la sesión ordinaria

Asistentes: Ana Ruiz Vega, Luis Gil Mora.

Luis Gil Mora hace varias observaciones sobre el presupuesto de obras del barrio norte.
"""


def test_several_remarks_in_french():
    assert speaker_at(ingest_text(PV, "pv.txt"), "programme de réduction du carbone") == "Franck Beysson"


def test_nothing_to_add_but_still_speaking():
    assert speaker_at(ingest_text(PV, "pv.txt"), "délibération est inscrite") == "Jean-Yves Boire"


def test_several_observations_in_spanish():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "presupuesto de obras") == "Luis Gil Mora"
