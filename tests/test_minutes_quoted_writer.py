"""Minutes that quote someone the lists do not give, by a one-word name and a verb of saying or writing ('Sam wrote,
"It is concerning…"', '"This is concerning…," wrote Sam.'): the quotation is that person's, the one full name the text
writes with that first name when there is one. Each test on a small text written for it (one behaviour per test; the
real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import QUOTED_BY_AFTER, QUOTED_BY_BEFORE


def _speaker(t, fragment):
    return speaker_at(t, fragment)


BOARD = """Minutes of the 5th meeting of the Example Foundation board

Attendees present:

- Lena Varga, Acme
- Omar Haddad, Globex

Proposals

Lena received a proposal from Sam Keller of the editor project on tooling.

{quote}
"""


def test_name_then_wrote_and_a_quote():
    t = ingest_text(BOARD.format(quote='Sam wrote, "It is concerning that the compiler has no presentation mode yet."'), "b.txt")
    assert _speaker(t, "It is concerning") == "Sam Keller"


def test_quote_then_wrote_and_a_name():
    t = ingest_text(BOARD.format(quote='Omar summarized the concern. "There is no guarantee to users of the library," '
                                       'wrote Sam.'), "b.txt")
    assert _speaker(t, "There is no guarantee") == "Sam Keller"


def test_pronoun_before_wrote_is_no_new_person():
    # near miss: "She wrote, …" is a pronoun, not a person called She
    t = ingest_text(BOARD.format(quote='She wrote, "It is concerning that the compiler has no presentation mode yet."'), "b.txt")
    assert "She" not in {p.name for p in t.participants}


def test_patterns_in_each_language():
    assert QUOTED_BY_BEFORE.match('Ana escribió: «No hay plazo para la entrega.»')
    assert QUOTED_BY_BEFORE.match('Paul a écrit : « Le délai est trop court. »')
    assert QUOTED_BY_AFTER.search('"No hay plazo", dijo Ana.')
    assert not QUOTED_BY_BEFORE.match("Sam wrote the first draft of the charter.")  # near miss: no quotation
