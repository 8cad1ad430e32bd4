"""Scribed minutes sent as a mailing-list text: a header whose keys sit at the margin over indented values ("  4. Budget"
/ "Organizer:"), IRC lines pasted amid turns labelled by full names ("<kim> when does…"), and a second scribe typing
someone's words ("Heather Vescent: (Scribe assist) manu: …")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Widgets CG Telecon Minutes for 2021-05-04

Agenda:
  undefined
Topics:
  1. Introductions
  2. Budget
Organizer:
  Kim Hale and Wayne Cho
Scribe:
  Manu Sorel
Present:
  Kim Hale, Wayne Cho, Manu Sorel, Heather Vance, Orla Steen, Juan Caba
Audio:
  https://example.org/2021-05-04/audio.ogg

Topic: Budget

Wayne Cho: We need to decide how the budget for the
  plugfest is split between the two groups this year.
Juan Caba: I would split it by the number of implementers, and
  keep a small reserve for the test suite.
<orla> agree with Juan, the reserve matters
<kim> who decides when the reserve is used? What does the group
  get out of it, and who reports on it?
Heather Vance: (Scribe assist) manu: thanks Wayne, hopefully the split
  is simple. People are overworked, do not expect quick reviews.
Wayne Cho: Thanks, we will come back to this next week.
"""


def test_a_header_key_at_the_margin_is_not_the_last_item_s_words():
    t = ingest_text(MINUTES, "minutes.txt")
    assert not any("Budget Organizer" in t.text[s.start:s.end] for s in t.sentences)


def test_an_irc_line_amid_full_name_labels_is_its_nick_s():
    t = ingest_text(MINUTES, "minutes.txt")
    assert speaker_at(t, "who decides when the reserve is used") == "Kim Hale"


def test_an_irc_line_s_wrapped_lines_stay_its_nick_s():
    t = ingest_text(MINUTES, "minutes.txt")
    assert speaker_at(t, "What does the group") == "Kim Hale"


def test_scribe_assist_gives_the_words_to_whom_they_were_typed_for():
    t = ingest_text(MINUTES, "minutes.txt")
    assert speaker_at(t, "do not expect quick reviews") == "Manu Sorel"
