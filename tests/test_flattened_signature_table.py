"""A PDF's signature table flattened to two lines, the names side by side after their honorifics over the roles side
by side with no comma ("Madame Anne MARTIN Madame Julie BLANC" / "Maire Secrétaire de séance"; "Doña Ana RUIZ VEGA
Don Luis GIL MORA" / "La Alcaldesa El Secretario"): each name holds the role under it, so the chair the body calls only
"Madame le Maire" / "la señora Alcaldesa" is that person. Names and roles that do not pair one to one tie nobody."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """Procès-verbal du conseil municipal du 3 avril 2025
Présents : Madame Anne MARTIN, Monsieur Paul ROUX, Madame Julie BLANC.

Madame le maire répond que la taxe de séjour est versée directement à l’Office de Tourisme.
Monsieur Roux estime qu’il s’agit d’une activité privée.
La séance est levée à 20h26.
Madame Anne MARTIN Madame Julie BLANC
Maire Secrétaire de séance
"""

ACTA = """Acta de la sesión ordinaria del Pleno del Ayuntamiento
Asistentes: Doña Ana RUIZ VEGA, Don Luis GIL MORA, Don Pedro SANZ PÉREZ.
La señora Alcaldesa abre la sesión y manifiesta que el presupuesto está equilibrado.
El señor Sanz pregunta por las inversiones del barrio norte.
Se levanta la sesión a las 21:00 horas.
Doña Ana RUIZ VEGA Don Luis GIL MORA
La Alcaldesa El Secretario
"""


def test_the_mayor_is_the_name_over_maire():
    assert speaker_at(ingest_text(PV, "pv.txt"), "taxe de séjour") == "Anne MARTIN"


def test_the_alcaldesa_is_the_name_over_her_role():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "presupuesto está equilibrado") == "Ana RUIZ VEGA"


def test_one_name_over_two_roles_ties_nobody():
    t = ingest_text(PV.replace("Madame Anne MARTIN Madame Julie BLANC\n", "Madame Julie BLANC\n"), "pv.txt")
    assert speaker_at(t, "taxe de séjour") != "Julie BLANC"
