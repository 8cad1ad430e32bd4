"""A machine-written meeting summary (Gemini, Zoom AI Companion, Copilot, Otter) is told by its section headings; its
task list ("Suggested next steps", "Pasos siguientes recomendados", "Étapes suivantes suggérées") and the tool's own
lines about its notes are nobody's words, though each task opens with a participant's name."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.meeting_summary import summary_layout

EN = """Notes by Gemini

Summary

Ana Lopez and Tom Baker reviewed the launch plan and the budget.

Details

Launch date Ana Lopez explained that the launch moves to March because the vendor is late (00:02:10). Tom Baker said that the budget still holds for the whole quarter (00:04:30).

Suggested next steps

Ana Lopez will send the revised timeline to the vendor this week.
Tom Baker will book the venue for the March launch.

Review Gemini's notes to make sure they're accurate. Get tips and learn how Gemini takes notes
"""

ES = """Notas de Gemini

Resumen

Ana López y Tomás Ruiz revisaron el plan de lanzamiento.

Detalles

Fecha de lanzamiento Ana López explicó que el lanzamiento pasa a marzo porque el proveedor va con retraso (00:02:10). Tomás Ruiz señaló que el presupuesto sigue siendo suficiente para el trimestre (00:04:30).

Pasos siguientes recomendados

Ana López enviará el calendario revisado al proveedor esta semana.
Tomás Ruiz reservará la sala para el lanzamiento de marzo.
"""

FR = """Notes de Gemini

Résumé

Anne Morel et Luc Girard ont passé en revue le plan de lancement.

Détails

Date de lancement Anne Morel a indiqué que le lancement passe en mars car le fournisseur a du retard (00:02:10). Luc Girard a précisé que le budget tient pour tout le trimestre (00:04:30).

Étapes suivantes suggérées

Anne Morel enverra le calendrier révisé au fournisseur cette semaine.
Luc Girard réservera la salle pour le lancement de mars.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


@pytest.mark.parametrize(("doc", "task"), [(EN, "book the venue"), (ES, "reservará la sala"), (FR, "réservera la salle")])
def test_a_task_of_the_next_steps_is_nobodys(doc, task):
    assert _speaker(doc, task) is None


def test_the_first_task_under_the_heading_is_nobodys_too():
    assert _speaker(EN, "send the revised timeline") is None


def test_the_tools_own_line_is_nobodys():
    assert _speaker(EN, "Review Gemini's notes") is None


def test_a_report_sentence_of_the_details_keeps_its_speaker():
    # near miss: above the task list, a participant's reported words are still theirs
    assert _speaker(EN, "budget still holds") == "Tom Baker"


def test_a_next_steps_heading_alone_is_no_summary_layout():
    # near miss: any minutes may have a "Next steps" heading; without an overview or topics heading it is no layout
    alone = clean("Board meeting\n\nAna Lopez opened the meeting.\n\nNext steps\n\nAna Lopez will send the timeline.\n")
    assert summary_layout(alone.text, alone.line_starts) is None


def test_an_overview_heading_without_a_task_list_is_no_summary_layout():
    # near miss: a "Summary" heading alone is any report's
    alone = clean("Summary\n\nAna Lopez explained the plan.\n\nDetails\n\nTom Baker said it holds.\n")
    assert summary_layout(alone.text, alone.line_starts) is None


def test_the_genre_evidence_names_the_layout():
    t = ingest_text(ES, "notas.txt")
    assert "machine-written meeting summary" in t.genre_evidence


def test_a_heading_after_the_task_list_ends_it():
    # near miss: a section after the task list ("Open questions") is no task; its reported words are the speaker's
    doc = EN.replace("Review Gemini's notes", "Open questions\n\nTom Baker asked whether the venue takes deposits.\n\nReview Gemini's notes")
    assert _speaker(doc, "takes deposits") == "Tom Baker"


LABELLED = """Summary

Weekly sync of the web team, with the launch and the budget.

Discussion

Ana Lopez: The launch moves to March because of the vendor.

The vendor is late with the screens for the stands.

Tom Baker: The budget still holds for the whole quarter.

Ana Lopez: Then we keep the March date.

Action items

Ana Lopez to send the revised timeline.
"""


def test_a_labelled_turn_under_summary_headings_keeps_its_lines():
    # near miss: a transcript with speaker labels under such headings is no machine summary's items: a turn's second
    # line is still its speaker's
    assert _speaker(LABELLED, "late with the screens") == "Ana Lopez"
