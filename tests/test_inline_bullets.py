"""A list run into one line by a PDF or an export, "Detalles ● Abordaje…: X dio inicio… ● Revisión…", is one item per
piece: a bullet glyph inside a line before a capitalised item opens a new sentence, so a heading word before it or the
item before it does not swallow the next item."""
from __future__ import annotations

from quidit.ingest.sentences import split_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


def test_a_glyph_after_a_stop_opens_a_sentence():
    assert _sentences("Se revisó la moneda. ● Funciones del módulo de factura") == [
        "Se revisó la moneda.", "● Funciones del módulo de factura"]


def test_a_glyph_after_a_heading_word_opens_a_sentence():
    assert _sentences("Detalles ● Abordaje de la facturación") == ["Detalles", "● Abordaje de la facturación"]


def test_a_glyph_before_lower_case_stays_inside():
    assert _sentences("rouge • vert • bleu sont les couleurs.") == ["rouge • vert • bleu sont les couleurs."]
