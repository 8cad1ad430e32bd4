"""A council's acta that lists who attended office by office ("Presidente Municipal: X.", "Concejales Propietarios:
A, B y C", "Intendente Municipal: Y.") reads the lines as its roster, nobody's words; a one-person office names its
holder where the acta writes the office alone ("El señor Intendente indica…", "La señora Vice Intendenta aclara…");
bulleted items ("• El regidor Soto Vega consulta…") have their subject after the bullet."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """SESION ORDINARIA 12-2024
Sesión ordinaria celebrada por el Concejo Municipal del Distrito, al ser las 18 horas. Con
la asistencia de los señores (as):
Presidente Municipal: Andrés Mora Quesada.
Síndica Suplente: Lucía Brenes Solano
Concejales Propietarios: Pablo Soto Vega, Marta Jiménez Rojas
y Ana Castro Vargas quien sustituye la ausencia del regidor Luis Chaves Arias.
Intendente Municipal: Jorge Ramírez Alfaro.
Vice Intendente Municipal: Elena Campos Ureña.
Ausencias injustificadas: Luis Chaves Arias.
Secretaria: Rosa Fallas Monge.

Articulo II
El señor Presidente da lectura al Orden del Día, el cual se aprueba.

• El regidor Soto Vega consulta si el ministerio había dado permiso.
• El señor Intendente indica que el convenio es el mismo que se firmó la vez anterior.
• La señora Vice Intendenta aclara que el convenio no es el mismo que estaba.
• El señor Presidente responde que se revisará en la próxima sesión.
"""


def _t():
    return ingest_text(ACTA, "acta.txt")


def test_the_office_lines_are_the_roster():
    assert speaker_at(_t(), "Intendente Municipal: Jorge Ramírez Alfaro") is None


def test_the_intendente_is_the_listed_holder():
    assert speaker_at(_t(), "el convenio es el mismo que se firmó") == "Jorge Ramírez Alfaro"


def test_the_vice_intendenta_is_the_listed_holder():
    assert speaker_at(_t(), "aclara que el convenio no es el mismo") == "Elena Campos Ureña"


def test_a_bulleted_councillor_speaks():
    assert speaker_at(_t(), "consulta si el ministerio había dado permiso") == "Pablo Soto Vega"


def test_the_absent_councillor_is_absent():
    assert next(p for p in _t().participants if p.name == "Luis Chaves Arias").session_role == "absent"


def test_no_participant_carries_the_office_in_its_name():
    assert not any(":" in p.name for p in _t().participants)


def test_turns_under_office_labels_are_no_attendance():
    acta = ("ACTA SESIÓN ORDINARIA\n\nPresidente Díaz: Abrimos la sesión.\nConsejero Pérez: Estoy de acuerdo.\n"
            "Consejera Soto: Yo no estoy de acuerdo.\nSecretario General: Consta en acta.\n")
    assert speaker_at(ingest_text(acta, "acta.txt"), "Estoy de acuerdo") is not None


VARIOS = ACTA + """
Artículo X.
Asuntos Varios
1. Regidor Pablo Soto Vega:  Con respecto al tema del ingeniero indica que está
consciente del problema y de la responsabilidad del ingeniero.
2. La regidora Ana Castro Vargas:
a) Indica que en el cementerio hay fosas muy viejas y se debería hacer algo al respecto.
3. Aprobación del acta anterior.
"""


def test_a_numbered_item_that_is_a_members_label():
    assert speaker_at(ingest_text(VARIOS, "acta.txt"), "consciente del problema") == "Pablo Soto Vega"


def test_a_numbered_label_alone_over_lettered_points():
    assert speaker_at(ingest_text(VARIOS, "acta.txt"), "en el cementerio hay fosas") == "Ana Castro Vargas"


def test_a_numbered_agenda_item_stays_a_heading():
    assert speaker_at(ingest_text(VARIOS, "acta.txt"), "Aprobación del acta anterior") is None
