"""Which language a question is in, and the answer's framing in that language."""
from __future__ import annotations

import re

from quidit.ingest.language import detect  # noqa: F401  (re-exported: the chat detects question languages)
from quidit.ingest.lexicon import (
    FOLLOW_UP_CONNECTIVE,
    FOLLOW_UP_WORDS,
    FRENCH_INVERSION,
    QUESTION_SPEECH_VERB,
    SUBJECT_PRONOUN,
)

TEMPLATES = {
    "fr": {
        "according": "D’après {source}, {who}",
        "source_nouns": {"reported": "le compte rendu", "verbatim": "la transcription", "plain": "le document"},
        "speaker_first": "C’est {who} qui en parle",
        "also": "Voir aussi",
        "none": "Je n’ai pas trouvé de passage qui réponde assez clairement à cette question dans la transcription. Passages les plus proches :",
        "no_figure": "Les passages les plus proches ne donnent aucun chiffre qui réponde à cette question. Passages les plus proches :",
        "unmentioned": "{doc}, le document le plus proche de la question, ne mentionne pas {names} : il n’y répond donc pas. Passages les plus proches :",
        "according_doc": "D’après {doc}, {who}",
        "speaker_first_doc": "C’est {who} qui en parle, d’après {doc}",
        "narration_doc": "D’après {doc}, le texte indique",
        "note_reported": "Les citations sont tirées d’un compte rendu en {language}, écrit au discours indirect : ce ne sont pas les mots exacts des intervenants.",
        "note_verbatim": "Les citations sont tirées d’un compte rendu intégral (verbatim) en {language}.",
        "note_plain": "Les citations reprennent le texte du document, en {language}.",
        "language_names": {"fr": "français", "en": "anglais", "es": "espagnol"},
        "narration": "le compte rendu (narration)",
        "narration_quote": "{Source} indique",
        "roster": "D’après la liste des participants, {who}.",
        "profile": "D’après le compte rendu (intervention depuis la salle), {who}.",
        "represents": "représente",
        "represented": "représenté·e par",
        "following": "Suite de la question précédente : recherche limitée à {who} (bouton « Nouveau sujet » pour repartir de zéro).",
        "quote": "{head} : « {sentence} » [{n}].",
        "absent": "{name} n’apparaît dans aucun des documents : personne de ce nom n’y parle ni n’y est nommé. Intervenants : {speakers}.",
    },
    "en": {
        "according": "According to {source}, {who}",
        "source_nouns": {"reported": "the report", "verbatim": "the transcript", "plain": "the document"},
        "speaker_first": "{who} spoke about it",
        "also": "See also",
        "none": "I could not find a passage in the transcript that answers this clearly enough. Closest passages:",
        "no_figure": "The closest passages give no figure that answers this question. Closest passages:",
        "unmentioned": "{doc}, the document closest to the question, never mentions {names}, so it does not answer it. Closest passages:",
        "according_doc": "According to {doc}, {who}",
        "speaker_first_doc": "{who} spoke about it, according to {doc}",
        "narration_doc": "According to {doc}, the text says",
        "note_reported": "Quotes are from a report in {language}, written as reported speech: they are not the speakers’ exact words.",
        "note_verbatim": "Quotes are from a verbatim record in {language}.",
        "note_plain": "Quotes are the document’s own text, in {language}.",
        "language_names": {"fr": "French", "en": "English", "es": "Spanish"},
        "narration": "the report (narration)",
        "narration_quote": "{Source} says",
        "roster": "According to the list of participants, {who}.",
        "profile": "According to the report (a question from the floor), {who}.",
        "represents": "representing",
        "represented": "represented by",
        "following": "Following up on the previous question: searching only {who} (“New topic” button to start afresh).",
        "quote": "{head}: “{sentence}” [{n}].",
        "absent": "{name} does not appear in these documents: nobody of that name speaks or is named in them. Speakers: {speakers}.",
    },
    "es": {
        "according": "Según {source}, {who}",
        "source_nouns": {"reported": "el informe", "verbatim": "la transcripción", "plain": "el documento"},
        "speaker_first": "Quien habló de ello fue {who}",
        "also": "Véase también",
        "none": "No encontré en la transcripción un pasaje que responda con suficiente claridad. Pasajes más cercanos:",
        "no_figure": "Los pasajes más cercanos no dan ninguna cifra que responda a esta pregunta. Pasajes más cercanos:",
        "unmentioned": "{doc}, el documento más cercano a la pregunta, no menciona {names}, así que no la responde. Pasajes más cercanos:",
        "according_doc": "Según {doc}, {who}",
        "speaker_first_doc": "Quien habló de ello fue {who}, según {doc}",
        "narration_doc": "Según {doc}, el texto indica",
        "note_reported": "Las citas provienen de un informe en {language}, redactado en estilo indirecto: no son las palabras exactas de los ponentes.",
        "note_verbatim": "Las citas provienen de una versión taquigráfica (literal) en {language}.",
        "note_plain": "Las citas reproducen el texto del documento, en {language}.",
        "language_names": {"fr": "francés", "en": "inglés", "es": "español"},
        "narration": "el informe (narración)",
        "narration_quote": "{Source} indica",
        "roster": "Según la lista de participantes, {who}.",
        "profile": "Según el informe (intervención desde el público), {who}.",
        "represents": "en representación de",
        "represented": "representado/a por",
        "following": "Continuación de la pregunta anterior: búsqueda limitada a {who} (botón «Nuevo tema» para empezar de cero).",
        "quote": "{head}: «{sentence}» [{n}].",
        "absent": "{name} no aparece en ninguno de los documentos: nadie con ese nombre habla ni es nombrado en ellos. Intervienen: {speakers}.",
    },
}


# --- follow-ups (word lists: ingest.lexicon, "questions") ----------------------------------------
CONNECTIVE_MAX_WORDS = 6  # "et sur le financement des projets ?" fits; a full question does not


def _content_words(text: str) -> list[str]:
    from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_FRENCH, STOPWORDS_SPANISH

    stop = set(STOPWORDS_EN_PLUS) | set(STOPWORDS_FRENCH) | set(STOPWORDS_SPANISH) | FOLLOW_UP_WORDS
    return [w for w in re.findall(r"\w+", text.lower()) if w not in stop and len(w) > 1 and not w.isdigit()]


def _names_something(text: str) -> bool:
    """A capitalised word after the first one: a place, organisation or person ("Paris", "ONU-Habitat")."""
    words = re.findall(r"[\w-]+", text)
    return any(w[:1].isupper() for w in words[1:])


def is_elliptic(question: str) -> bool:
    """True when the question continues the previous turn instead of asking something new.

    Elliptic: no content words ("what else did she say?", "Qu'a-t-elle dit d'autre ?"); a short
    connective-led question ("et sur le financement ?", "¿y sobre la violencia?"); a pronoun subject of a
    speech verb with nothing before it ("What did she say about water?", "Qu'a-t-elle dit sur l'eau ?").
    Never when it names a new place, organisation or person.
    """
    q = question.strip()
    if _names_something(q):
        return False
    if not _content_words(q):
        return True
    m = FOLLOW_UP_CONNECTIVE.match(q)
    if m and len(re.findall(r"\w+", q[m.end():])) <= CONNECTIVE_MAX_WORDS and not FRENCH_INVERSION.search(q):
        return True
    if not QUESTION_SPEECH_VERB.search(q):
        return False
    inv = FRENCH_INVERSION.search(q)
    if inv:  # "Qu'a-t-elle dit sur l'eau ?": the inverted pronoun is the subject only when nothing precedes it
        return not _content_words(q[:inv.start()])
    pron = SUBJECT_PRONOUN.search(q)
    return bool(pron) and not _content_words(q[:pron.start()])
