"""The record's own lines at the start of a sitting: the approval of the last minutes ("Le procès-verbal de la séance du
6 mars est approuvé.", "The minutes of the meeting of 3 May were approved.", "Se aprueba el acta de la sesión
anterior.") and the agenda's heading ("Ordre du jour de la séance :", "Orden del día:", "Agenda:") are nobody's, and
end the chair's turn: the agenda's items under the heading are not the chair's words either."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """Procès-verbal du conseil municipal du 3 avril 2025
Présents : Madame Anne MARTIN, Monsieur Paul ROUX, Monsieur Marc PETIT.

Madame le Maire rappelle que chacun a été destinataire du procès-verbal de la séance du 6 mars 2025 et demande
s’il y a des observations.
Aucune observation est faite.
Le procès-verbal de la séance du 6 mars 2025 est approuvé.
Madame le Maire donne lecture de l’ordre du jour.
Ordre du jour de la séance :
- Élection du président de séance
- Vote des taux d’imposition 2025

La séance est levée à 20h26.
Le Maire, Anne MARTIN
"""

MINUTES = """Minutes of the meeting of the Parish Council
Present: Cllr Jane Roe (Chair), Cllr Tom Hill, Cllr Amy Shaw.
The Chair welcomed everyone and asked whether there were any corrections to the minutes of the last meeting.
The minutes of the meeting of 3 May were approved.
"""

ACTA = """Acta de la sesión ordinaria del Pleno
Asistentes: D. Luis Gil Mora, Dña. Ana Ruiz Vega.
El señor Gil explica que el borrador del acta se remitió a todos los concejales con la convocatoria.
Se aprueba el acta de la sesión anterior por todos los asistentes.
"""


def test_the_approval_of_the_minutes_is_nobodys():
    assert speaker_at(ingest_text(PV, "pv.txt"), "6 mars 2025 est approuvé") is None


def test_the_agenda_heading_is_nobodys():
    assert speaker_at(ingest_text(PV, "pv.txt"), "Ordre du jour de la séance") is None


def test_an_agenda_item_is_not_the_chairs_words():
    assert speaker_at(ingest_text(PV, "pv.txt"), "Vote des taux") is None


def test_the_chair_still_speaks_before_the_approval():
    assert speaker_at(ingest_text(PV, "pv.txt"), "destinataire du procès-verbal") == "Anne MARTIN"


def test_english_approval_of_the_minutes_is_nobodys():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "minutes of the meeting of 3 May were approved") is None


def test_spanish_approval_of_the_minutes_is_nobodys():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "Se aprueba el acta") is None


def test_a_budget_approved_in_a_speakers_report_stays_his():
    t = ingest_text(PV.replace("Aucune observation est faite.\nLe procès-verbal de la séance du 6 mars 2025 est approuvé.",
                               "Monsieur Roux rappelle que le budget a été voté en mars.\nLe budget est approuvé par la "
                               "préfecture depuis le 20 mars."), "pv.txt")
    assert speaker_at(t, "approuvé par la préfecture") == "Paul ROUX"
