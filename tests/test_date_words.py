"""Month and weekday names are spelled once in the lexicon (`MONTH_NAMES`, `WEEKDAY_NAMES`) and the date patterns
are built from them (`word_alternation`): every listed name is matched, a near miss is not."""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    DOCUMENT_DATE,
    HAS_DATE,
    MONTH_NAMES,
    MONTHS_ALSO_WORDS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    fold,
    word_alternation,
)

MONTHS = [m for names in MONTH_NAMES.values() for m in names]
DAYS = [d for names in WEEKDAY_NAMES.values() for d in names]


def test_the_alternation_keeps_the_words_and_their_order():
    assert word_alternation(["lunes", "martes"]) == "lunes|martes"


def test_the_alternation_makes_accents_optional_only_when_asked():
    assert word_alternation(["sábado"], bare_accents=True) == "s[áa]bado"
    assert word_alternation(["sábado"]) == "sábado"


def test_the_alternation_escapes_regex_characters():
    assert re.fullmatch(word_alternation(["a.b"]), "a.b") and not re.fullmatch(word_alternation(["a.b"]), "axb")


def test_a_sentence_with_any_listed_month_but_the_ambiguous_ones_has_a_date():
    assert all(HAS_DATE.search(f"le 3 {m.capitalize()} dernier") for m in MONTHS if m not in MONTHS_ALSO_WORDS)


def test_the_modal_may_gives_no_date():
    assert not HAS_DATE.search("we may vote") and not HAS_DATE.search("en mai on verra")


def test_a_sentence_with_any_listed_weekday_has_a_date_with_or_without_accents():
    assert all(HAS_DATE.search(f"el {d} pasado") for d in DAYS)
    assert all(HAS_DATE.search(f"el {fold(d)} pasado") for d in DAYS)


def test_a_word_that_only_starts_like_a_month_or_a_weekday_is_no_date():
    assert not any(HAS_DATE.search(f"{w}s et {w}x") for w in MONTHS + DAYS if w not in MONTHS_ALSO_WORDS)
    assert not HAS_DATE.search("marzipan, mardigras, junior")


def test_a_document_date_is_found_with_every_listed_month():
    assert all(DOCUMENT_DATE.search(f"Séance du 3 {m} 2019") for m in MONTHS)
    assert all(DOCUMENT_DATE.search(f"Meeting of {m.capitalize()} 3, 2019") for m in MONTH_NAMES["en"])


def test_a_month_without_its_accent_or_a_day_number_is_no_document_date():
    assert not DOCUMENT_DATE.search("Séance du 3 fevrier 2019")
    assert not DOCUMENT_DATE.search("Meeting of Janvier 3, 2019")
    assert not DOCUMENT_DATE.search("Séance de février 2019")


def test_the_weekday_set_holds_every_listed_weekday_folded():
    assert WEEKDAYS == {fold(d) for d in DAYS} and "miercoles" in WEEKDAYS and "miércoles" not in WEEKDAYS
