"""Labelled minutes ("Joe: …" turns under a "Present" list): a paragraph after someone's turn that is the record's
own line ends the turn and is nobody's: the group's consensus ("There was general agreement that…"), the whole group
as a label ("All: General agreement"), the minutes' note on where a list came from ("Extracted from … labelled
issues"). Each test on a small text written for it (one behaviour per test; the real documents are in
evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import RECORD_STATEMENT


def _speaker(t, fragment):
    return speaker_at(t, fragment)


MINUTES = """Example Council Meeting 2021-04-06

Present
Joe Sepi (@joesepi)
Rita Moreno (@rmoreno)
Omar Haddad (@ohaddad)

Agenda

Joe: I have an open PR for the travel fund, I will adjust it based on the comments this week.

Omar: The budget for the summit is on track, the venue is booked for the last week of May.

Rita: We should write some baseline governance for the new groups and go from there.

{paragraph}
"""


def test_group_consensus_paragraph_is_nobodys():
    t = ingest_text(MINUTES.format(paragraph="There was general agreement that the groups start with a light charter."), "m.txt")
    assert _speaker(t, "There was general agreement") is None


def test_whole_group_label_is_nobodys():
    t = ingest_text(MINUTES.format(paragraph="All: General agreement"), "m.txt")
    assert _speaker(t, "General agreement") is None


def test_source_note_is_nobodys():
    t = ingest_text(MINUTES.format(paragraph="Extracted from council-agenda labelled issues and pull requests prior to "
                                             "the meeting."), "m.txt")
    assert _speaker(t, "Extracted from") is None


def test_source_note_in_reported_minutes_is_nobodys():
    t = ingest_text("Board minutes\n\nPresent:\n- Rita Moreno, Acme\n- Omar Haddad, Globex\n\nRita said the budget for "
                    "the summit is on track.\n\nExtracted from the board-agenda labelled issues prior to the meeting.\n",
                    "m.txt")
    assert _speaker(t, "Extracted from") is None


def test_ordinary_paragraph_still_continues_the_turn():
    # near miss: a paragraph of the speaker's own words after her turn goes on being hers
    t = ingest_text(MINUTES.format(paragraph="We can revisit the charters at the in-person meeting next month."), "m.txt")
    assert _speaker(t, "We can revisit") == "Rita Moreno"


def test_pattern_needs_the_group_word_as_label_or_a_source_verb():
    for s in ("All: General agreement", "Tous : d'accord sur le principe", "Todos: de acuerdo",
              "Extracted from tsc-agenda labelled issues", "Extrait de l’ordre du jour", "Extraído de la convocatoria"):
        assert RECORD_STATEMENT.match(s), s
    for s in ("All the members agreed to wait.", "Allison: I agree.", "Extraordinary session next week."):
        assert not RECORD_STATEMENT.match(s), s
