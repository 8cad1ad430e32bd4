"""Minutes rules made general on documents of other conventions: each on a small text written for the test
(one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return next(s.speaker for s in t.sentences if fragment in t.text[s.start:s.end])


# a PDF text layer: numbered paragraphs wrapped over several lines, no blank line between them, doubled spaces
ACTA = """Acta de la reunión de la Comisión Directiva, 3 de marzo.
1.- Siendo las 19 hs. se reúne la Comisión Directiva con la presencia de sus miembros.
2.- El Tesorero Martín Ríos informó que está en su etapa final
el cierre del balance del ejercicio anterior, se aprueba por unanimidad
3.-  El  Vicepresidente  Julio  Vega  informó  que  se  incorporó  al
plantel un nuevo entrenador para la temporada.
4.- El Secretario de Actas Pedro Gil detalló el Protocolo General de
Ingreso al Club. El mismo se aplicará en todas las sedes del club desde el lunes próximo y hasta fin de año, se aprueba por unanimidad.
5.- Gestión de compras del mes
6.- Se lee el acta anterior, la cual se aprueba por unanimidad.
"""


@pytest.fixture(scope="module")
def acta():
    return ingest_text(ACTA, "acta.txt")


@pytest.mark.parametrize("fragment, who", [
    ("El Tesorero Martín Ríos informó", "Martín Ríos"),
    ("El  Vicepresidente  Julio  Vega", "Julio Vega"),
    ("El Secretario de Actas Pedro Gil", "Pedro Gil"),
], ids=["line-wraps-lower-case", "doubled-spaces", "line-ends-in-preposition"])
def test_numbered_paragraph_that_wraps_is_speech_not_a_heading(acta, fragment, who):
    assert _speaker(acta, fragment) == who


def test_numbered_short_line_is_still_a_heading(acta):
    """A numbered line that does not run on ("5.- Gestión de compras del mes") stays an agenda heading."""
    assert _speaker(acta, "Gestión de compras del mes") is None


def test_numbered_line_starts_a_sentence_even_after_a_clause_without_full_stop(acta):
    """"…, se aprueba por unanimidad" (no full stop) then "3.- El Vicepresidente …": two sentences."""
    t = acta
    s = next(s for s in t.sentences if "Julio  Vega" in t.text[s.start:s.end])
    assert t.text[s.start:s.end].startswith("3.-")


def test_speech_that_ends_with_the_vote_is_the_speakers(acta):
    """"El Tesorero X informó que …, se aprueba por unanimidad": X opens the sentence, the vote only closes it."""
    assert _speaker(acta, "el cierre del balance") == "Martín Ríos"


def test_trailing_vote_clause_keeps_the_current_speaker(acta):
    assert _speaker(acta, "El mismo se aplicará en todas las sedes") == "Pedro Gil"


def test_vote_sentence_without_a_speaker_is_narration(acta):
    assert _speaker(acta, "Se lee el acta anterior") is None


def test_doubled_spaces_are_not_part_of_the_name(acta):
    assert "Julio Vega" in {p.name for p in acta.participants}
