"""Minutes that announce a round of introductions before a list ("asked all participants to introduce themselves,
including the following new board members:", "Tour de table des nouveaux membres :", "Ronda de presentaciones:"):
each item that opens with a listed person's name is that person introducing themselves, up to the first item or
paragraph that opens otherwise. Each test on a small text written for it (one behaviour per test; the real documents
are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import INTRO_ROUND


def _speaker(t, fragment):
    return speaker_at(t, fragment)


BOARD = """Minutes of the 4th meeting of the Example Foundation board

Attendees present:

- Lena Varga, Acme
- Omar Haddad, Globex
- Priya Raman, Initech

Opening Remarks

As chair, Priya Raman opened the meeting and {lead}

* Lena Varga has been at Acme for six years. She works on the compiler tooling.

* Omar Haddad is the CTO of Globex.

Also present for the first time:

* Ruth Klein from Umbrella attended to give input on the security proposal.
"""


def test_introduced_member_speaks_her_item():
    t = ingest_text(BOARD.format(lead="asked all participants to introduce themselves, including the new members:"), "b.txt")
    assert _speaker(t, "has been at Acme") == "Lena Varga"


def test_item_goes_on_being_the_introduced_members():
    t = ingest_text(BOARD.format(lead="asked all participants to introduce themselves, including the new members:"), "b.txt")
    assert _speaker(t, "She works on the compiler") == "Lena Varga"


def test_list_ends_at_a_paragraph_without_a_listed_name():
    t = ingest_text(BOARD.format(lead="asked all participants to introduce themselves, including the new members:"), "b.txt")
    assert _speaker(t, "Ruth Klein from Umbrella") is None


def test_items_on_consecutive_lines_are_read_too():
    t = ingest_text("Board minutes\n\nPresent:\n- Lena Varga, Acme\n- Omar Haddad, Globex\n\nThe chair asked the new "
                    "members to introduce themselves:\n- Lena Varga has been at Acme for six years.\n- Omar Haddad is the "
                    "CTO of Globex.\n", "b.txt")
    assert _speaker(t, "is the CTO") == "Omar Haddad"


def test_list_without_introductions_is_not_read_so():
    # near miss: the same list under a sentence that announces no introductions
    t = ingest_text(BOARD.format(lead="welcomed the following new members:"), "b.txt")
    assert _speaker(t, "Omar Haddad is the CTO") != "Omar Haddad"


def test_pattern_in_each_language():
    for s in ("asked all participants to introduce themselves:", "Tour de table des nouveaux membres :",
              "Les nouveaux membres se sont présentés :", "Ronda de presentaciones:",
              "Se presentaron los asistentes:"):
        assert INTRO_ROUND.search(s), s
    for s in ("The project introduced a new API:", "Le projet se présente comme suit :", "Se presentaron los resultados:"):
        assert not INTRO_ROUND.search(s), s
