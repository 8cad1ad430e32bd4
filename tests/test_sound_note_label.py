"""A transcriber's sound note in square brackets before the label that opens a turn ("[MUSIC PLAYING] AJA: Hi, this is
Aja."): the label holds and the words after it are that person's. Each rule on a small text written for the test (the
real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PODCAST = """Episode 12: the cloud show.

[MUSIC PLAYING] MARY: Hi, this is Mary. Welcome to episode 12 of the cloud show. Today we talk about storage.

JOHN: Thanks, Mary. It is great to be back in the studio with you.

MARY: Let us start with the news of the week, there is a lot of it.
"""

EMISSION = """Épisode 3.

[Musique] MARIE : Bonjour à tous. Bienvenue dans ce troisième épisode consacré aux bases de données.

PAUL : Merci Marie, je suis ravi d'être là aujourd'hui avec vous.
"""

# an editor's note with a colon inside its brackets is not a sound note: no label follows it
NOTE = """Episode 12: the cloud show.

MARY: Hi, this is Mary. Welcome to the show, we have a guest today.

[Note: the guest joined late] JOHN: and so on, the recording resumes here after a break.

MARY: Thanks for joining us, John. Tell us about your work.
"""


def test_label_after_a_sound_note_opens_the_turn():
    t = ingest_text(PODCAST, "podcast.txt")
    assert speaker_at(t, "Welcome to episode 12") == "MARY"
    assert speaker_at(t, "Today we talk about storage") == "MARY"


def test_french_label_after_a_sound_note():
    t = ingest_text(EMISSION, "emission.txt")
    assert speaker_at(t, "Bienvenue dans ce troisième épisode") == "MARIE"


def test_note_with_a_colon_is_no_sound_note():
    t = ingest_text(NOTE, "podcast.txt")
    assert speaker_at(t, "the recording resumes here") != "JOHN"
