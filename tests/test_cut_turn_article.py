"""A machine transcript cuts a turn mid-sentence ("…I'm sorry you had to go through the") right over the next
speaker's name line: the article ends the turn above, so the name under it is still a person, not a thing named
after an article ("the Ryan Burgess")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PODCAST = """Episode transcript

Ryan Burgess
Welcome to a brand new episode of the podcast. Let's give introductions of today's panelists.

Jem Young
Jem Young, engineering manager at a streaming company. That sounds like a terrible experience, I'm sorry to go through the

Ryan Burgess
ads of it all. Yeah, health insurance is a really big one.

Jem Young
Now that I have two kids, I was just playing around with how much it would cost.

Ryan Burgess
It's a good point, and that can be really tough for anyone on a visa too.
"""


def test_a_name_line_under_a_turn_cut_at_an_article_is_a_speaker():
    assert speaker_at(ingest_text(PODCAST, "p.txt"), "tough for anyone on a visa") == "Ryan Burgess"

