"""A news anchor's hand-over to an unlabelled report.

Radio and TV news transcripts label the presenters' turns only ("Maxime Jaglin : …", "MJ : …"). A correspondent's
report has no label of its own: the presenter's turn ends by announcing it ("Les précisions avec notre correspondant en
Belgique Pierre Bénezet.", "Correspondance à Washington, Anne Cornet.", "Our correspondent Jane Roe reports.",
"Desde Bruselas, nuestra corresponsal Ana Gil.") and the next paragraph, unlabelled, is the report. Its words are the
announced reporter's, up to the next label, not the presenter's. A sound bite is announced the same way, by a listen
cue that closes the turn ("Écoutez Léa Martin.", or "Elle est ravie. Écoutez" before a quotation).
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    HANDOVER_CHARS,
    HANDOVER_REPORT,
    HANDOVER_REPORTS,
    LISTEN_CUE,
    LISTEN_TURN_CHARS,
    NAME_ARTICLES,
    NAME_GOVERNORS,
    ORG_FOLDED,
    TURN_NAME,
    fold,
    role_of,
)
from quidit.ingest.names import name_tokens, trim_name

_NAME_WORDS = re.compile(r"\S+")


def reporter(sentence: str) -> str | None:
    """The full name a turn's closing sentence hands the air to ("… avec notre correspondant en Belgique Pierre
    Bénezet." -> "Pierre Bénezet"), else None: no reporter word or report verb, a name of one word ("notre
    correspondant Pierre"), or an organisation or a title ("notre correspondant de Radio France")."""
    seg = sentence.strip()
    if len(seg) > HANDOVER_CHARS:
        return None
    m = HANDOVER_REPORT.search(seg) or HANDOVER_REPORTS.match(seg)
    if m is None:
        return None
    name = trim_name(m.group("name"))
    words = _NAME_WORDS.findall(name)
    if len(words) < 2 or any(fold(w) in ORG_FOLDED for w in words) or role_of(name) is not None:
        return None
    return name


def _governed(before: str) -> bool:
    """Whether the words before a name make it a complement ("… face à la", "lost to", "contra"): a governing word
    among the last three, articles not counted."""
    words = [w for w in fold(before[-80:]).split()[-4:] if w not in NAME_ARTICLES]
    return any(w in NAME_GOVERNORS for w in words[-3:])


def listened(turn: str, cue: str, speakers: list[str], quoted: bool) -> str | None:
    """The voice a turn's closing listen cue plays ("Écoutez Emmanuel Macron." -> "Emmanuel Macron"; "… face à la
    Chinoise Yingying Duan. Elle est satisfaite. Écoutez" then a quotation -> the last full name of the turn that is
    not a complement nor a speaker of the transcript), else None. `turn` is the turn's words before the cue; a cue
    without a name counts only before a `quoted` paragraph (a sound bite in quotation marks)."""
    seg = cue.strip()
    if len(seg) > HANDOVER_CHARS:
        return None
    m = LISTEN_CUE.match(seg)
    if m is None:
        return None
    if m.group("name"):
        return _full_name(m.group("name"))
    if not quoted:
        return None
    tail = turn[-LISTEN_TURN_CHARS:]
    mine = {t for name in speakers for t in name_tokens(name)}
    for n in reversed(list(TURN_NAME.finditer(tail))):
        name = _full_name(n.group(0))
        if name is not None and not _governed(tail[:n.start()]) and not mine & set(name_tokens(name)):
            return name
    return None


def _full_name(words: str) -> str | None:
    """The name without a leading article ("La Française" -> one word, no full name), of two words or more, that is
    no organisation nor title; else None."""
    toks = _NAME_WORDS.findall(trim_name(words))
    while toks and fold(toks[0]) in NAME_ARTICLES:
        toks = toks[1:]
    if len(toks) < 2 or any(fold(w) in ORG_FOLDED for w in toks) or role_of(" ".join(toks)) is not None:
        return None
    return " ".join(toks)
