"""Gold files (JSON Lines) and the rule that ties a verbatim snippet to text.

A snippet matches a text when its normalised form (case, accents, apostrophes,
white space folded) is contained in the text's, or when at least
SNIPPET_COVERAGE of its normalised characters appear as one contiguous run in it.
"""
from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path

from quidit.errors import InputError
from quidit.ingest.names import fold

SNIPPET_COVERAGE = 0.6
EVALS_DATA = Path(__file__).resolve().parent / "data"


def norm(s: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(s)).strip()


def snippet_share(snippet: str, text: str) -> float:
    """Share of the normalised snippet found as one contiguous run in the text."""
    a, b = norm(snippet), norm(text)
    if not a:
        return 0.0
    if a in b:
        return 1.0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size / len(a)


def contains(text: str, snippet: str) -> bool:
    return snippet_share(snippet, text) >= SNIPPET_COVERAGE


def read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    if not path.is_file():
        raise InputError(f"{path}: file not found; pass an existing JSON Lines file")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{n}: not valid JSON; each line must be one JSON object") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{n}: expected a JSON object per line")
        missing = [k for k in required if k not in row]
        if missing:
            raise InputError(f"{path}:{n}: missing field(s) {', '.join(missing)}; required: {', '.join(required)}")
        rows.append(row)
    if not rows:
        raise InputError(f"{path}: no rows; write one JSON object per line")
    return rows
