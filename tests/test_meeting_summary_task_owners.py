"""Gemini's notes of a Meet call whose task list writes each owner in brackets ("[Ana Gil] Enviar agenda: …"), the
owner as Meet knows the account: in lower case ("[pedro ruiz]", the invitation's "pedro.ruiz@…" address) or a role
account with a digit ("[Enfermera Turno3]"). Those bracketed owners are no speaker labels of a transcript: the
summary's items are still read by their subjects, a topic before them with its colon or not."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ES = """📝 Las notas

Revisión del sistema de turnos

Invitado pedro.ruiz@clinica.example ana.gil@clinica.example Ana Gil

Resumen

Revisión del calendario de turnos y de los reportes de la clínica.

Próximos pasos

[Ana Gil] Ajustar Calendario: Cambiar la vista semanal del calendario.

[Enfermera Turno3] Enviar Registros: Compartir los registros de guardias con Ana Gil.

[pedro ruiz] Coordinar Visita: Acordar con Ana Gil una visita a la clínica.

[Ana Gil] Enviar Minuta: Mandar la minuta a los participantes.

Detalles

Apertura de la Reunión: Ana Gil abrió la reunión para mostrar el nuevo calendario de turnos (00:00:10). Pedro Ruiz pidió que se revisara primero la vista semanal del calendario (00:01:20).

Vista Semanal del Calendario: Ana Gil mostró la vista semanal, con los turnos de cada enfermera (00:03:05). Enfermera Turno3 indicó que las guardias nocturnas se registran en papel y se pasan al día siguiente (00:05:40).

Registro de Guardias: Ana Gil preguntó cuántas guardias se cubren por noche (00:07:15). Para cerrar el punto, Marta y Pedro Ruiz revisaron las cifras del mes pasado (00:08:30). Marta comentó que las cifras de enero no están completas todavía (00:09:45).

Revisa las notas de Gemini para asegurarte de que sean precisas.
"""


def _speaker(fragment: str, doc: str = ES) -> str | None:
    return speaker_at(ingest_text(doc, "notas.txt"), fragment)


def test_bracketed_task_owners_do_not_make_the_summary_a_labelled_transcript():
    assert _speaker("pidió que se revisara primero") == "Pedro Ruiz"


def test_a_name_written_in_lower_case_only_in_an_address_and_an_owner_bracket_is_still_a_name():
    # no "[pedro ruiz]" owner in the task list: the address alone writes "pedro" and "ruiz" in lower case
    doc = ES.replace("[pedro ruiz] Coordinar", "[Ana Gil] Coordinar")
    assert _speaker("pidió que se revisara primero", doc) == "Pedro Ruiz"


def test_a_topic_ending_in_a_colon_before_the_subject():
    assert _speaker("abrió la reunión para mostrar") == "Ana Gil"


def test_a_bracketed_owner_with_a_digit_is_the_subject_of_its_sentence():
    assert _speaker("las guardias nocturnas se registran") == "Enfermera Turno3"


def test_a_first_name_joined_to_a_full_name_is_two_people():
    # "…, Marta y Pedro Ruiz revisaron…" names two people: Marta's own sentence after it is Marta's, not a "Marta y Pedro
    # Ruiz"'s
    assert _speaker("las cifras de enero no están completas") == "Marta"
    assert _speaker("revisaron las cifras del mes pasado") is None
