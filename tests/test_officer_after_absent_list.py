"""An officer's line right under an attendance list of absent people ("Absente :" / "- Madame Elsa CARRIER" /
"Secrétaire : Madame Karine DUTEIL"; "Ausentes: …" / "Secretario: …") names a person who is there: the secretary is
listed once, present, and speaks. A plain entry under the absent heading stays absent."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """Procès-verbal du conseil municipal du 3 avril 2025
Présents : Madame Anne MARTIN, Monsieur Paul ROUX, Madame Karine DUTEIL.
Absente :
- Madame Elsa CARRIER
Secrétaire : Madame Karine DUTEIL

Madame Duteil répond que l’association fait participer des intervenants.
"""

ACTA = """Acta de la reunión de la junta directiva
Asistentes: D. Luis Gil Mora, Dña. Ana Ruiz Vega.
Ausentes:
- D. Pedro Sanz Pérez
Secretaria: Dña. Ana Ruiz Vega

La señora Ruiz informa que las cuentas del ejercicio están cerradas.
"""


def test_the_secretary_is_listed_once_and_present():
    duteil = [p for p in ingest_text(PV, "pv.txt").participants if p.name == "Karine DUTEIL"]
    assert len(duteil) == 1 and duteil[0].session_role != "absent"


def test_the_secretary_under_an_absent_list_speaks():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "cuentas del ejercicio") == "Ana Ruiz Vega"


def test_the_entry_under_the_absent_heading_stays_absent():
    people = ingest_text(PV, "pv.txt").participants
    assert [p.session_role for p in people if p.name == "Elsa CARRIER"] == ["absent"]
