"""In a text written one sentence a line, a line whose sentence stop sits inside a closing quote ("…les gouvernements
provinciaux.»") ends a sentence: it is no heading, and the speaker who reads the quotation out goes on after it. Each
rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

_TURN = """M. Jean Tremblay (Laval, BQ):
Monsieur le Président, le gouvernement a-t-il bien reçu le message des provinces sur la santé?
M. Paul Roy (Outremont, Lib.):
Monsieur le Président, je peux citer une déclaration que le premier ministre a faite hier à Vancouver.
Je la cite en anglais parce qu'elle a été prononcée dans cette langue:
«Les soins actifs constituent la principale préoccupation des provinces cette année.
{quote}
J'espère que cette réponse est claire pour tout le monde ici.
M. Jean Tremblay:
Monsieur le Président, ce n'est pas clair du tout pour les provinces qui attendent.
Nous demandons encore une fois une réponse nette au gouvernement sur cette question.
"""

QUOTED = _TURN.format(quote="Nous ne voulons pas nous immiscer dans la gestion des programmes des provinces.»")
# a short capitalised line without a stop is still a heading of such a text
HEADING = _TURN.format(quote="Les programmes des provinces")


def test_line_ending_in_a_closing_quote_is_the_readers():
    t = ingest_text(QUOTED, "record.txt")
    assert speaker_at(t, "Nous ne voulons pas nous immiscer") == "Paul Roy"


def test_speaker_goes_on_after_the_quotation():
    t = ingest_text(QUOTED, "record.txt")
    assert speaker_at(t, "J'espère que cette réponse") == "Paul Roy"


def test_line_without_a_stop_is_still_a_heading():
    t = ingest_text(HEADING, "record.txt")
    assert speaker_at(t, "Les programmes des provinces") is None
