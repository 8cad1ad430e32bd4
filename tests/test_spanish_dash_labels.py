"""A Spanish record's ".-" turn labels ("El señor GARCÍA PÉREZ.- …", "La señora MINISTRA.- …") that lost their
".-" at a paragraph's head, or that a transcriber ran on after the last turn's end on the same line: still the turn of
the label the text writes; a label the text never writes with its ".-" opens no turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Transcripción de la reunión

La señora MINISTRA.- Buenas tardes, general.

El señor GARCÍA PÉREZ.- Buenas tardes, señora ministra. Tenemos el informe listo.

La señora MINISTRA.- Muy bien. ¿Cuándo lo mandan? (?) El señor GARCÍA PÉREZ .- Mañana temprano, sin falta.

El señor GARCÍA PÉREZ.- Lo llevo yo mismo.

La señora MINISTRA No creo que lo lean tan rápido, pero lo esperamos.

El señor GARCÍA PÉREZ.- De acuerdo.

La señora MINISTRA.- Gracias.

El señor GARCÍA PÉREZ.- A usted.

El señor García despide a la ministra y la acompaña hasta la puerta.
"""


def test_a_label_that_lost_its_dash_is_still_the_turn():
    assert speaker_at(ingest_text(RECORD, "acta.txt"), "No creo que lo lean") == "La señora MINISTRA"


def test_a_dash_label_run_on_after_a_turn_s_end_opens_a_turn():
    assert speaker_at(ingest_text(RECORD, "acta.txt"), "Mañana temprano") == "García Pérez"


def test_the_sentence_before_the_run_on_label_stays_with_its_turn():
    assert speaker_at(ingest_text(RECORD, "acta.txt"), "Cuándo lo mandan") == "La señora MINISTRA"


def test_a_caps_label_never_written_with_its_dash_opens_no_turn():
    text = RECORD.replace("La señora MINISTRA No creo", "La señora SECRETARIA No creo")
    assert speaker_at(ingest_text(text, "acta.txt"), "No creo que lo lean") == "García Pérez"
