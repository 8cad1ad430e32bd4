"""Which language a question is in, and the answer's framing in that language."""
from __future__ import annotations

import re

_MARKERS = {
    "fr": {"le", "la", "les", "des", "du", "est", "qui", "que", "quel", "quelle", "quels", "sur", "dit", "a-t-il",
           "a-t-elle", "et", "pour", "comment", "pourquoi", "combien", "dans", "une", "où", "qu", "parlé", "ville"},
    "en": {"the", "what", "who", "did", "does", "is", "was", "about", "how", "which", "say", "said", "of", "and",
           "why", "many", "much", "city", "else", "tell", "where", "when", "he", "she"},
    "es": {"el", "los", "las", "qué", "quién", "dijo", "sobre", "cómo", "cuál", "cuántos", "cuántas", "del", "es",
           "por", "ciudad", "habló", "y", "más", "dónde", "cuándo", "ella", "él", "una", "un", "para"},
}

TEMPLATES = {
    "fr": {
        "according": "D’après le compte rendu, {who}",
        "speaker_first": "C’est {who} qui en parle",
        "also": "Voir aussi",
        "none": "Je n’ai pas trouvé de passage qui réponde assez clairement à cette question dans la transcription. Passages les plus proches :",
        "report": "Les citations sont tirées du compte rendu, écrit au discours indirect : ce ne sont pas les mots exacts des intervenants.",
        "narration": "le compte rendu (narration)",
        "narration_quote": "Le compte rendu indique",
        "roster": "D’après la liste des participants, {who}.",
        "profile": "D’après le compte rendu (intervention depuis la salle), {who}.",
        "represents": "représente",
        "represented": "représenté·e par",
    },
    "en": {
        "according": "According to the report, {who}",
        "speaker_first": "{who} spoke about it",
        "also": "See also",
        "none": "I could not find a passage in the transcript that answers this clearly enough. Closest passages:",
        "report": "Quotes are from the French report, written as reported speech: they are not the speakers’ exact words.",
        "narration": "the report (narration)",
        "narration_quote": "The report says",
        "roster": "According to the list of participants, {who}.",
        "profile": "According to the report (a question from the floor), {who}.",
        "represents": "representing",
        "represented": "represented by",
    },
    "es": {
        "according": "Según el informe, {who}",
        "speaker_first": "Quien habló de ello fue {who}",
        "also": "Véase también",
        "none": "No encontré en la transcripción un pasaje que responda con suficiente claridad. Pasajes más cercanos:",
        "report": "Las citas provienen del informe francés, redactado en estilo indirecto: no son las palabras exactas de los ponentes.",
        "narration": "el informe (narración)",
        "narration_quote": "El informe indica",
        "roster": "Según la lista de participantes, {who}.",
        "profile": "Según el informe (intervención desde el público), {who}.",
        "represents": "en representación de",
        "represented": "representado/a por",
    },
}


def detect(question: str) -> str:
    """fr, en or es, by counting function words; French when unsure (the transcripts' language)."""
    q = question.lower()
    if "¿" in q or "¡" in q:
        return "es"
    words = re.findall(r"[\w’'-]+", q)
    scores = {lang: sum(w in marks for w in words) for lang, marks in _MARKERS.items()}
    best = max(scores, key=lambda k: (scores[k], k == "fr"))
    return best if scores[best] > 0 else "fr"
