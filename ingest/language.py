"""Which language a text or question is in (fr, en, es), from function-word counts.

Questions and documents use the same detector: the search layer needs a document's language
to rank documents of different languages fairly, the chat needs a question's to answer in it.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import LANGUAGE_MARKERS

LANGUAGES = ("fr", "en", "es")


def detect(text: str) -> str:
    """fr, en or es, by counting function words; French when unsure (the bundled report's language)."""
    q = text.lower()
    if "¿" in q or "¡" in q:
        return "es"
    words = re.findall(r"[\w’'-]+", q)
    scores = {lang: sum(w in marks for w in words) for lang, marks in LANGUAGE_MARKERS.items()}
    best = max(scores, key=lambda k: (scores[k], k == "fr"))
    return best if scores[best] > 0 else "fr"
