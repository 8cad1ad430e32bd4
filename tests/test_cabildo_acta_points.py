"""A Mexican council's acta: points led by words ("DÉCIMO QUINTO PUNTO.- …", "UNO: El Regidor X: Presentó…", "SIETE:
La Regidora Y, invitó…") are no speakers' labels; "Lic.", "Licda.", "Profra." are honorifics before a member's name;
so is "C." (ciudadana) after an article or a council office; a member's round of remarks is told with "celebra", "felicitó", "se sumó a", "invitó", "retomó", "concluyó"."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """ACTA DE CABILDO

DÉCIMO QUINTO PUNTO.- Asuntos generales.

UNO: El Regidor Lic. Emilio Aldorica Pulido: Presentó dos exhortos sobre el transporte escolar.

DOS: La Regidora Profra. Ana Isabel Flores Viera, informó de las actividades de la brigada de salud.

TRES: La Regidora Licda. Claudia Janeth Farías López, se sumó a las felicitaciones por la iniciativa.

El Regidor Mtro. Federico Rangel Lozano, felicitó al Presidente Municipal por el trabajo realizado.

El Regidor Lic. Emilio Aldorica Pulido, celebra que se esté materializando lo que se platicaba.

SIETE: La Regidora Licda. Claudia Janeth Farías López, invitó a que se someta a votación el exhorto.

La Regidora C. Azucena López Legorreta, comentó que una vez contestada su pregunta considera correcto el turno.

+ El Regidor Mtro. Federico Rangel Lozano, celebra la instalación del consejo municipal.
"""


def _acta():
    return ingest_text(ACTA, "acta.txt")


def test_point_word_is_no_speaker():
    assert all("PUNTO" not in p.name.upper() for p in _acta().participants)


def test_number_word_before_a_label_is_no_speaker():
    assert speaker_at(_acta(), "dos exhortos") == "Emilio Aldorica Pulido"


def test_profra_is_an_honorific():
    assert speaker_at(_acta(), "brigada de salud") == "Ana Isabel Flores Viera"


def test_se_sumo_a_is_a_members_remark():
    assert speaker_at(_acta(), "felicitaciones por la iniciativa") == "Claudia Janeth Farías López"


def test_felicito_is_a_members_remark():
    assert speaker_at(_acta(), "trabajo realizado") == "Federico Rangel Lozano"


def test_celebra_is_a_members_remark():
    assert speaker_at(_acta(), "materializando") == "Emilio Aldorica Pulido"


def test_invito_after_a_number_word_is_the_members():
    assert speaker_at(_acta(), "someta a votación") == "Claudia Janeth Farías López"


def test_citizen_courtesy_after_an_office_is_an_honorific():
    assert speaker_at(_acta(), "contestada su pregunta") == "Azucena López Legorreta"


def test_c_after_councillor_is_an_initial():
    t = ingest_text("Minutes of the Housing SPC\n\nItem 5: Notice of Motion submitted by Councillor C. Sheehan\n", "minutes.txt")
    assert speaker_at(t, "Notice of Motion") is None



def test_plus_bullet_before_a_member_is_a_list_item():
    assert speaker_at(_acta(), "instalación del consejo") == "Federico Rangel Lozano"


def test_number_word_item_on_a_wrapped_line_opens_a_new_sentence():
    wrapped = ("DOS: La Regidora Profra. Ana Isabel Flores Viera, informó de las actividades\n"
               "implementadas por la Comisión de Salud Pública, Familia y Grupos Vulnerables,\n"
               "TRES: La Síndica Municipal, Dra. Itzel Sarahí Ríos de la Mora, recordó que en\n"
               "el marco del Día Internacional de la Educación, se llevará a cabo un taller.\n")
    assert speaker_at(ingest_text(wrapped, "acta.txt"), "taller") == "Itzel Sarahí Ríos de la Mora"
