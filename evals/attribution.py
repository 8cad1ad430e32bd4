"""Sentence-level speaker accuracy against gold labels, with who was taken for whom."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quidit.errors import InputError
from quidit.evals.gold import norm, read_jsonl
from quidit.ingest.pipeline import Transcript


@dataclass
class AttributionReport:
    total: int
    correct: int
    confusions: Counter = field(default_factory=Counter)  # (gold, predicted) -> count
    per_source: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_labels(path: Path) -> list[dict]:
    return read_jsonl(path, ("source", "text", "speaker"))


def score_attribution(labels: list[dict], transcripts: list[Transcript]) -> AttributionReport:
    by_source = {t.source: t for t in transcripts}
    rep = AttributionReport(0, 0)
    for i, row in enumerate(labels, 1):
        t = by_source.get(row["source"])
        if t is None:
            continue
        want = norm(row["text"])
        hit = next((s for s in t.sentences if want and want in norm(t.text[s.start:s.end])), None)
        if hit is None:
            raise InputError(f"attribution label {i}: text {row['text'][:50]!r} not found in {row['source']}; copy it verbatim from the transcript")
        rep.total += 1
        ok = hit.speaker == row["speaker"]
        rep.correct += ok
        a, b = rep.per_source.get(t.source, (0, 0))
        rep.per_source[t.source] = (a + ok, b + 1)
        if not ok:
            rep.confusions[(row["speaker"], hit.speaker)] += 1
    return rep
