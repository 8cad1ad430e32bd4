"""A parliament's verbatim record is titled by its sitting ("PLENO", "SESIÓN ORDINARIA") and its chair speaks of the
last sitting's record ("El Acta de la sesión anterior ha sido distribuida"): its labelled turns are the speakers' own
words, so its genre is verbatim, not minutes; a record titled as minutes stays minutes, and an interview's header
"Participantes: …" makes no minutes. Written for the test."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.genre import Genre

TURNS = "".join(f"""
El señor PRESIDENTE: Tiene la palabra el señor {n} para defender la enmienda número {i} de su grupo parlamentario.

El señor {n.upper()}: Gracias, señor presidente, defendemos esta enmienda porque el texto del Gobierno es insuficiente.
""" for i, n in enumerate(["García", "López", "Martínez", "Sánchez"], 1))


def test_a_record_titled_by_its_sitting_is_verbatim():
    assert ingest_text("PLENO\nSESIÓN ORDINARIA NÚM. 12\n" + TURNS, "ds.txt").genre is Genre.VERBATIM


def test_the_last_sitting_s_record_named_in_the_turns_is_no_title():
    text = "Aprobación del Acta de la sesión anterior\n" + TURNS.replace("Tiene la palabra", "El Acta de la sesión anterior ha sido distribuida.\nTiene la palabra", 1)
    assert ingest_text(text, "ds.txt").genre is Genre.VERBATIM


def test_a_record_titled_as_minutes_stays_minutes():
    assert ingest_text("ACTA DE LA SESIÓN\n" + TURNS, "acta.txt").genre is Genre.MINUTES


def test_an_interview_header_naming_its_participants_makes_no_minutes():
    text = "Transcripción de la entrevista\n\nParticipantes: Ana Gil (estudiante) y el prorrector\n\n" + "".join(
        f"Ana: ¿Qué opina usted del proyecto número {i} de los estudiantes?\n\nProrrector: Me parece una idea muy buena para la universidad.\n\n"
        for i in range(4))
    assert ingest_text(text, "entrevista.txt").genre is not Genre.MINUTES
