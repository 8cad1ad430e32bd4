"""A report's annex that transcribes several interviews one under the other: the line that opens the next interview
("Entrevista Indira Gutiérrez, colaboradora de X…", "Interview with Jane Roe, tenant") right under the last turn of
the one before is a heading, nobody's words, not the last speaker's continuation. One behaviour per test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import INTERVIEW_SECTION_LINE

ANNEX = """Anexos

Transcripción de entrevista realizada a Luis Mora, administrador del edificio.

Ana Gil, Entrevistadora: Cuéntanos cómo registran hoy a las visitas del edificio.
Luis Mora, Administrador: Pues ahorita las registramos con la huella digital en la entrada.
AG: ¿Y quién lleva ese registro cada mañana en la entrada principal?
LM: Lo lleva el vigilante de la entrada principal del edificio, cada mañana.
{line}
Marta Ruiz, inquilina del edificio: Antes nos pedían una identificación en la puerta.
AG: ¿Y cómo te avisaban que había llegado alguna visita a la oficina?
MR: Por teléfono, siempre por teléfono desde la recepción de la planta baja.
"""


def test_next_interview_line_is_nobodys():
    t = ingest_text(ANNEX.format(line="Entrevista Marta Ruiz, colaboradora de una startup con oficinas en el edificio."), "a.txt")
    assert speaker_at(t, "Entrevista Marta Ruiz") is None


def test_a_turn_that_mentions_an_interview_goes_on():
    # near miss: an unlabelled line of talk that speaks of "la entrevista" is still the last speaker's
    t = ingest_text(ANNEX.format(line="Y la entrevista de trabajo que tuvimos ayer también la registró el vigilante."), "a.txt")
    assert speaker_at(t, "Y la entrevista de trabajo") == "Luis Mora"


def test_pattern_in_each_language():
    assert INTERVIEW_SECTION_LINE.match("Entrevista a Ana Gil, realizada el 6 de agosto.")
    assert INTERVIEW_SECTION_LINE.match("Interview with Jane Roe, tenant of the building")
    assert INTERVIEW_SECTION_LINE.match("Entretien avec Jean Dupont, gérant")
    assert INTERVIEW_SECTION_LINE.match("Transcripción de la entrevista realizada a Ana Gil")
    assert not INTERVIEW_SECTION_LINE.match("Interview questions were sent to Jane beforehand.")  # near miss: no name
