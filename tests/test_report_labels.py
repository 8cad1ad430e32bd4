"""Per-person report headings written as labels in stand-up, daily and weekly notes ("Reporte de Ana Gil: …",
"Update from Jane Roe: …", "Compte rendu de Paul Roux : …", "Jane's update: …"): the person named speaks the report;
the heading word is no part of the name. A heading word before a body or a thing names nobody. Snippets written for
the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label
from quidit.ingest.pipeline import speakers_of
from quidit.ingest.report_labels import report_author

DAILY_ES = """Daily del sprint 3

Reunión 1 — Lunes

Modalidad: remota por videollamada.
Asistentes: Ana Gil, Pablo Ruiz, Marta Soler.

Reporte de Ana Gil: ayer terminé el formulario de registro. Hoy empiezo con la validación de campos.

Reporte de Pablo Ruiz: revisó el modelo de datos con el equipo. Se compromete a cerrar la migración.

Reporte de Marta Soler: preparó los datos de prueba. No hay bloqueos al momento del reporte.

Reunión 2 — Jueves

Modalidad: presencial.
Asistentes: Ana Gil, Pablo Ruiz, Marta Soler.

Reporte de Ana Gil: la validación quedó lista. Ahora sigo con el panel.

Reporte de Pablo Ruiz: la migración está aplicada. Sin bloqueos.
"""

STANDUP_EN = """Team stand-up, week 12

Attendees: Jane Roe, Sam Lee, Omar Diaz

Update from Jane Roe: finished the parser rewrite. Next I will look at the error messages.

Update from Sam Lee: still blocked on the staging database. Needs access from ops.

Omar's update: wrote the release notes. Will tag the release tomorrow.
"""

COMPTE_RENDU = """Point hebdomadaire de l'équipe

Présents : Paul Roux, Léa Petit, Marc Blanc

Compte rendu de Paul Roux : j'ai terminé la maquette. Je passe à l'intégration cette semaine.

Compte rendu de Léa Petit : les tests sont écrits. Il reste la documentation.
"""


def test_spanish_report_heading_gives_the_report_to_the_person():
    assert speaker_at(ingest_text(DAILY_ES, "daily.txt"), "Hoy empiezo con la validación") == "Ana Gil"


def test_report_heading_is_not_a_speaker_name():
    names = [s.name for s in speakers_of(ingest_text(DAILY_ES, "daily.txt"))]
    assert "Pablo Ruiz" in names and not any(n.startswith("Reporte") for n in names)


def test_meeting_entry_field_is_no_speaker():
    names = [s.name for s in speakers_of(ingest_text(DAILY_ES, "daily.txt"))]
    assert "Modalidad" not in names


def test_english_update_from_heading():
    assert speaker_at(ingest_text(STANDUP_EN, "standup.txt"), "Needs access from ops") == "Sam Lee"


def test_english_possessive_update_heading():
    assert speaker_at(ingest_text(STANDUP_EN, "standup.txt"), "Will tag the release") == "Omar Diaz"


def test_french_compte_rendu_heading():
    assert speaker_at(ingest_text(COMPTE_RENDU, "point.txt"), "Il reste la documentation") == "Léa Petit"


def test_report_author_reads_the_forms():
    assert report_author("Reporte de Ana Gil") == "Ana Gil"
    assert report_author("Update from Jane Roe") == "Jane Roe"
    assert report_author("Rapport d’Anne") == "Anne"
    assert report_author("Sam’s daily status") == "Sam"


def test_heading_word_before_a_body_names_nobody():
    assert report_author("Report of Committee Meetings") is None
    assert report_author("Update from Platform Team") is None
    assert report_author("Informe de Tesorería") is None


def test_heading_word_alone_or_a_topic_word_is_not_a_report_heading():
    assert report_author("Update") is None
    assert report_author("Estado de Jalisco") is None
    assert report_author("Point de Vue") is None


def test_parse_label_reads_the_person_of_a_report_heading():
    lab = parse_label("Informe de Ana Gil")
    assert lab is not None and lab.name == "Ana Gil"
