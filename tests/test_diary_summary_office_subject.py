"""A parliament's diary opens with a summary that names a minister by the office and brackets the holder's surnames
before the verb ("El señor ministro de Hacienda (Pérez García) expone…"): the bracketed name is the subject, and the
summary's next sentences ("Señala que…") go on with it; its list of who spoke next ("En turno de fijación de
posiciones intervienen la señora X, …") is the record's and ends that. "Interviene de nuevo el señor ministro
(Pérez García)." says only who took the floor."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SUMMARY = """SUMARIO

El señor ministro de Hacienda (Pérez García) expone las razones del real decreto-ley. Señala que el plazo vencía en diciembre.

En turno de fijación de posiciones intervienen la señora Gil Ramos, del Grupo Mixto, y el señor Ruiz Vallejo, del Grupo Vasco.

Interviene de nuevo el señor ministro de Hacienda (Pérez García).

El señor PRESIDENTE: Comienza la sesión.

El señor MINISTRO DE HACIENDA (Pérez García): Muchas gracias, señor presidente.

La señora GIL RAMOS: Gracias.

El señor RUIZ VALLEJO: Gracias.
"""

NOT_OFFICE = """SUMARIO

El informe de la comisión (Pérez García) expone las razones del real decreto-ley.

El señor MINISTRO DE HACIENDA (Pérez García): Muchas gracias, señor presidente.
"""


def test_the_bracketed_holder_after_the_office_is_the_subject():
    t = ingest_text(SUMMARY, "diario.txt")
    assert speaker_at(t, "expone las razones") == "Pérez García"


def test_the_summary_goes_on_with_the_holder():
    t = ingest_text(SUMMARY, "diario.txt")
    assert speaker_at(t, "Señala que el plazo") == "Pérez García"


def test_the_list_of_who_spoke_is_the_record_s():
    t = ingest_text(SUMMARY, "diario.txt")
    assert speaker_at(t, "En turno de fijación") is None


def test_taking_the_floor_again_says_nothing_of_theirs():
    t = ingest_text(SUMMARY, "diario.txt")
    assert speaker_at(t, "Interviene de nuevo") is None


def test_a_bracket_after_no_office_makes_no_subject():
    t = ingest_text(NOT_OFFICE, "diario.txt")
    assert speaker_at(t, "El informe de la comisión") is None
