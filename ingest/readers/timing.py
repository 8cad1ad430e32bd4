"""Checks shared by the timed readers: cue order and overlaps become one warning line each."""
from __future__ import annotations

from quidit.ingest.records import Utterance


def order_warnings(name: str, cues: list[tuple[str, float, float]]) -> list[str]:
    """(where, start, end) per cue in file order -> one line per cue that starts before the previous one or overlaps it.

    Both happen in real exports (Teams writes overlapping cues when people talk over each other), so
    they are reported, not refused; a cue that ends before it starts is refused by the reader."""
    out: list[str] = []
    prev: tuple[str, float, float] | None = None
    for where, start, end in cues:
        if prev is not None:
            if start < prev[1]:
                out.append(f"{name}: {where} starts at {start:.3f}s, before the previous cue ({prev[1]:.3f}s); kept in file order")
            elif start < prev[2]:
                out.append(f"{name}: {where} overlaps the previous cue ({start:.3f}s < {prev[2]:.3f}s); kept as is")
        prev = (where, start, end)
    if len(out) > 5:
        out = out[:5] + [f"{name}: {len(out) - 5} more cues out of order or overlapping"]
    return out


def carry_speakers(pieces: list[tuple[str | None, str, bool]], start: float | None, end: float | None,
                   current: str | None, page: int | None = None) -> tuple[list[Utterance], str | None]:
    """Utterances of one cue from (label, text, opens_turn) pieces; text without a label continues `current`."""
    out: list[Utterance] = []
    for label, text, opens in pieces:
        if opens:
            current = label
        if not text.strip():
            continue
        if out and not opens and out[-1].speaker_label == current:
            out[-1].text += " " + text.strip()  # the cue's next line, same speaker
        else:
            out.append(Utterance(text.strip(), current, start, end, page))
    return out, current
