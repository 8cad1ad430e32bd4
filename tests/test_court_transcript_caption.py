"""A court's argument transcript: its caption's parties ("FLORIDA, ET AL. :", "Petitioners : No. …") and its list of
counsel ("APPEARANCES:") are nobody's turns, and a dash rendered as a hyphen and a soft hyphen at a cut-off turn's end
("Counsel -\u00ad") keeps the line break before the next label."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ARGUMENT = """IN THE SUPREME COURT OF THE STATE
- - - - - - - - - - - - - - - - x
ACME WIDGETS, INC., :
Petitioners : No. 22-101
v. :
JOHN DOE, ET AL. :
- - - - - - - - - - - - - - - - x
Springfield, Tuesday, May 2, 2023
The above-entitled matter came on for oral argument at 10:04 a.m.
APPEARANCES:
JANE ROE, ESQ., Springfield; on behalf of Petitioners.
RICHARD POE, ESQ., Springfield; on behalf of Respondents.

P R O C E E D I N G S

CHIEF JUSTICE HALE: We will hear argument first this morning in Acme Widgets against Doe.

MS. ROE: Thank you, Chief Justice, and may it please the Court:

The statute speaks to sellers, not to makers of widgets. Nothing in its text reaches my client, and the -\u00ad

JUSTICE MORA: Counsel, the second section speaks to makers too. Why does that not settle it?

MS. ROE: Because the second section came later, Justice Mora, and it names sellers again.

JUSTICE IBARRA: That is not how I read it -\u00ad

MR. POE: If I may.

JUSTICE IBARRA: -\u00ad at all. I read it the other way.
"""


def test_a_cut_off_turn_does_not_swallow_the_next_label():
    t = ingest_text(ARGUMENT, "argument.txt")
    assert speaker_at(t, "Why does that not settle it") == "Justice Mora"


def test_a_dash_and_soft_hyphen_end_the_words_before_a_label():
    t = ingest_text(ARGUMENT, "argument.txt")
    assert speaker_at(t, "If I may") == "Mr. Poe"


def test_the_caption_s_parties_are_nobody():
    t = ingest_text(ARGUMENT, "argument.txt")
    assert speaker_at(t, "The above-entitled matter") is None


def test_the_list_of_counsel_is_nobody_s_words():
    t = ingest_text(ARGUMENT, "argument.txt")
    assert speaker_at(t, "RICHARD POE, ESQ.") is None


def test_the_caption_lists_no_party_as_a_speaker():
    names = {p.name for p in ingest_text(ARGUMENT, "argument.txt").participants}
    assert not names & {"JOHN DOE", "Petitioners", "APPEARANCES", "John Doe"}
