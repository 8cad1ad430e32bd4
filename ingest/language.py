"""Which language a text or question is in (fr, en, es), from function-word counts.

Questions and documents use the same detector: the search layer needs a document's language
to rank documents of different languages fairly, the chat needs a question's to answer in it.
"""
from __future__ import annotations

import re

LANGUAGES = ("fr", "en", "es")
# Frequent function words (and a few question words) that tell the three languages apart.
MARKERS = {
    "fr": {"le", "la", "les", "des", "du", "est", "qui", "que", "quel", "quelle", "quels", "sur", "dit", "a-t-il",
           "a-t-elle", "et", "pour", "comment", "pourquoi", "combien", "dans", "une", "où", "qu", "parlé", "ville"},
    "en": {"the", "what", "who", "did", "does", "is", "was", "about", "how", "which", "say", "said", "of", "and",
           "why", "many", "much", "city", "else", "tell", "where", "when", "he", "she"},
    "es": {"el", "los", "las", "qué", "quién", "dijo", "sobre", "cómo", "cuál", "cuántos", "cuántas", "del", "es",
           "por", "ciudad", "habló", "y", "más", "dónde", "cuándo", "ella", "él", "una", "un", "para"},
}


def detect(text: str) -> str:
    """fr, en or es, by counting function words; French when unsure (the bundled report's language)."""
    q = text.lower()
    if "¿" in q or "¡" in q:
        return "es"
    words = re.findall(r"[\w’'-]+", q)
    scores = {lang: sum(w in marks for w in words) for lang, marks in MARKERS.items()}
    best = max(scores, key=lambda k: (scores[k], k == "fr"))
    return best if scores[best] > 0 else "fr"
