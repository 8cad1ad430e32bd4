"""Notes of a chat meeting label turns by handle ("- phyro: …") and list the same handles without words: an
attendance list of one handle a bullet ("- phyro") and emoji reactions under a turn ("- 👍: antiochp, phyro"). Those
lists are not prose that would make a handle an ordinary word: its turns are its own."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Meeting Notes: Development, Jul 21 2020

Community attendance:
- antiochp
- lehnberg
- phyro
- tromp

1. Retrospective
- lehnberg: So I added this to the agenda in lieu of this article, I think we should talk about it.
- tromp: Beam repeatedly suffered attacks which they consider to be a big problem.
- phyro: One important thing to note is that the attack was of the worst type.
- 👍: antiochp, phyro, lehnberg
- lehnberg: Yeah, was thinking maybe we just did a bit of an overview of what happened.
- 👍: phyro
- antiochp: I think that grin would rather suffer an attack than change the rules.
- 👍: phyro, tromp
- 😂: phyro
- tromp: Yes, this is an attempt to stop those attacks, and I do not think it works.
- 👍: phyro
- phyro: It's impossible to stop these attacks, you can only recreate the attack to get your blocks back.
- 👍: lehnberg, phyro
- antiochp: I agree, and I think we should move on to the next point now.
- 💯: phyro
"""


def test_handle_listed_in_reactions_keeps_its_turns():
    assert speaker_at(ingest_text(NOTES, "notes.md"), "impossible to stop") == "phyro"
