"""Who a transcript says spoke a sentence: the one look-up the attribution rule tests share."""
from quidit.ingest.pipeline import Transcript


def speaker_at(t: Transcript, fragment: str) -> str | None:
    """The speaker of the first sentence holding `fragment` (StopIteration when none does: the test is wrong)."""
    return next(s.speaker for s in t.sentences if fragment in t.text[s.start:s.end])
