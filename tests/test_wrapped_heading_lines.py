"""A hard-wrapped sentence can put a line that looks like an agenda heading ("policies – perhaps at the April meeting",
"…, a las 18:00 hs, en primera") in the middle of a paragraph: when the sentence runs through it (the line before stops
without end punctuation and it starts in lower case, or the next line of its paragraph starts in lower case), the line
is text and the sentence stays whole. A heading on a line of its own still ends where it ends."""
from __future__ import annotations

from quidit.ingest import ingest_text

MINUTES = """Board Meeting Minutes

Present: Anna Berg, Omar Haddad

• Once Board members have had time to review and comment, the Board will vote upon those
policies – perhaps at the April meeting -- and published as currently drafted or with edits as
suggested.

La Comisión convoca a elecciones para el día 25 de septiembre, en la sede social, sita en
Federico García Lorca 350 – CABA, a las 18:00 hs, en primera
convocatoria, de acuerdo a lo previsto en el Estatuto.

FINANCES – Tarifs publics locaux
Anna Berg presented the new rates.
"""


def _sentences(doc: str) -> list[str]:
    t = ingest_text(doc, "minutes.txt")
    return [t.text[s.start:s.end] for s in t.sentences]


def test_a_heading_like_line_that_goes_on_the_sentence_before_is_text():
    assert any(s.endswith("vote upon those policies – perhaps at the April meeting -- and published as currently drafted or with "
                          "edits as suggested.")
               for s in _sentences(MINUTES))


def test_a_heading_like_line_the_next_line_goes_on_from_is_text():
    assert any(s.endswith("Lorca 350 – CABA, a las 18:00 hs, en primera convocatoria, de acuerdo a lo previsto en el Estatuto.")
               for s in _sentences(MINUTES))


def test_an_agenda_heading_over_a_new_sentence_still_ends_there():
    # near miss: "FINANCES – Tarifs publics locaux" is followed by a capitalised sentence: a heading of its own
    sentences = _sentences(MINUTES)
    assert "FINANCES – Tarifs publics locaux" in sentences
    assert "Anna Berg presented the new rates." in sentences
