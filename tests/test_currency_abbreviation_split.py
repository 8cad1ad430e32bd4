"""A currency abbreviated before its amount ("Gs. 250.000", "Bs. 100", "Rs. 500") and a street's kind before its name
("Avda. Japón") end no sentence; the same abbreviation at a sentence's end, a capital after it, still does."""
from __future__ import annotations

from quidit.ingest.sentences import split_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


def test_guaranies_before_the_amount_end_no_sentence():
    text = "El estudio costó Gs. 50.000.000 en total. Luego se aprobó."
    assert _sentences(text) == ["El estudio costó Gs. 50.000.000 en total.", "Luego se aprobó."]


def test_rupees_before_the_amount_end_no_sentence():
    assert len(_sentences("The fee was Rs. 500 per head. It was paid.")) == 2


def test_avenue_before_its_name_ends_no_sentence():
    assert _sentences("Plantados en Avda. Japón. Nada más.") == ["Plantados en Avda. Japón.", "Nada más."]


def test_currency_abbreviation_before_a_capital_ends_the_sentence():
    assert _sentences("El total se expresa en Gs. Luego se votó.") == ["El total se expresa en Gs.", "Luego se votó."]
