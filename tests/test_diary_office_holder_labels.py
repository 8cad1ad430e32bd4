"""A parliament's diary writes a minister's label office first, the holder's surnames in brackets ("El señor
MINISTRO DE HACIENDA (Pérez García):", "The MINISTER OF POLICE (Mr N P T NHLEKO):"), often longer than a label
usually is: the person is the bracketed name, the office the affiliation. The name-first label that brackets the
office ("El señor PALMA (Presidente)"), a party in brackets and a chair's label are no such label."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label
from quidit.ingest.office_first_labels import office_then_holder


@pytest.mark.parametrize(("label", "office", "name"), [
    ("El señor MINISTRO DE HACIENDA (Pérez García)", "El señor MINISTRO DE HACIENDA", "Pérez García"),
    ("La señora VICEPRESIDENTA PRIMERA DEL GOBIERNO Y MINISTRA DE LA PRESIDENCIA (Gil de la Rosa)",
     "La señora VICEPRESIDENTA PRIMERA DEL GOBIERNO Y MINISTRA DE LA PRESIDENCIA", "Gil de la Rosa"),
    ("The MINISTER OF POLICE (Mr J K DLAMINI)", "The MINISTER OF POLICE", "Mr J K DLAMINI"),
])
def test_the_bracketed_name_after_the_office_is_the_holder(label, office, name):
    assert office_then_holder(label) == (office, name)


@pytest.mark.parametrize("label", [
    "El señor PALMA (Presidente)",  # name first, the office in brackets
    "El señor PRESIDENTE (Ruiz Vallejo)",  # a chair's label: its role is read elsewhere
    "The MINISTER OF POLICE (ANC)",  # a party
    "El señor MINISTRO DE HACIENDA (Grupo Popular)",  # an organisation, no name
    "SECRETARIO DE OBRAS, LUIS GARZA RÍOS (ENLACE REMOTO)",  # a note in capitals after an office-first label
    "Jane Roe (TSC)",  # no office first
    "El señor MINISTRO DE HACIENDA (Ley 2/2005)",  # a figure is no name
])
def test_near_misses_are_not_office_holder_labels(label):
    assert office_then_holder(label) is None


def test_parse_label_gives_the_holder_and_keeps_the_office():
    lab = parse_label("El señor MINISTRO DE HACIENDA (Pérez García)")
    assert lab is not None and lab.name == "Pérez García" and lab.gender == "m"
    assert lab.affiliation == "El señor MINISTRO DE HACIENDA"


DIARY = """DIARIO DE SESIONES

El señor PRESIDENTE: Se abre la sesión. El Gobierno tiene la palabra.

El señor VICEPRESIDENTE SEGUNDO DEL GOBIERNO Y MINISTRO DE AGRICULTURA, PESCA Y ALIMENTACIÓN (Ortega Lluch): Muchas gracias, señor presidente.

Comparezco para presentar el real decreto sobre los regadíos del sur.

El señor PRESIDENTE: Gracias, señor ministro.

El señor ROMERO VALLS: Gracias, señor presidente.

Mi grupo votará a favor del real decreto.
"""


def test_a_long_office_label_gives_its_turn_to_the_holder():
    t = ingest_text(DIARY, "diario.txt")
    assert speaker_at(t, "Comparezco para presentar") == "Ortega Lluch"


def test_the_turn_after_it_is_the_next_label_s():
    t = ingest_text(DIARY, "diario.txt")
    assert speaker_at(t, "Mi grupo votará") == "Romero Valls"
