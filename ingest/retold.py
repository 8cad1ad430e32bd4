"""Retold interviews: a radio host or podcaster, alone at the microphone, recounts a conversation he had with a guest,
switching with no label or quotation mark between his own words and the guest's answers in the first person.

The host names himself as a broadcast does ("Les habla X desde…", "I'm X and this is…", "Ici X, vous écoutez…") and
tells, in the first person, how he asked or told the guest something ("Yo le pregunto, ¿…?", "le digo yo", "I ask
her", "je lui demande") at least RETOLD_ASKS_MIN times. Then only the host and the guest speak: people the guest quotes
or mentions do not. Each sentence goes, in order:
- to the host when he asks or tells the guest something, and the guest answers next;
- to the guest when the host gives her words with a speech verb inside or before them ("Y dice Soledad, yo fui…",
  "Sí, por supuesto, dice ella."), and she goes on;
- to the host when, with no first-person singular pronoun in it, he reports what she says ("Ella dice que…": her
  account follows), comments on her telling ("ella se está refiriendo a…"), speaks as the presenter ("En la próxima
  parte del programa…", "Ya regresamos.") or names her in the third person ("Eso debió ser una emoción para X");
- else to whoever spoke last; a question of the host's is followed by the guest's answer.
The guest is the person the first pass credited most often through a speech verb or an anaphora. Only for a text with
no speaker label.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    FIRST_PERSON_SINGULAR,
    LINE_HEADING_WORDS,
    NAME_TOKEN,
    PARAGRAPH_END,
    RETOLD_ASK,
    RETOLD_ASKS_MIN,
    RETOLD_HOST,
    RETOLD_HOST_WORDS,
    RETOLD_REPORTS,
    RETOLD_SAYS,
    Role,
)
from quidit.ingest.records import Cue, Participant, Sentence

_WORD = re.compile(r"[\w’'-]+")
_NAME = re.compile(rf"(?<![\w’']){NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,3}}")
_HEADING_CHARS = 40 * LINE_HEADING_WORDS


def _host(text: str, sentences: list[Sentence]) -> tuple[str, int] | None:
    """The host's name and the index of the sentence where he first names himself."""
    for i, s in enumerate(sentences):
        m = RETOLD_HOST.search(text, s.start, s.end)
        if m:
            return next(g for g in m.groups() if g), i
    return None


def _guest(text: str, sentences: list[Sentence], host: str) -> str | None:
    """The person the first pass credited most often through a speech verb or an anaphora (not the host); failing
    that, the name the host's inverted speech verbs give most often ("dice Soledad", ", says Jane"), in the fullest form
    the text writes it ("Soledad Bravo")."""
    counts: dict[str, int] = {}
    for s in sentences:
        if s.speaker and s.speaker != host and s.cue in (Cue.SPEECH_VERB, Cue.ANAPHORA):
            counts[s.speaker] = counts.get(s.speaker, 0) + 1
    if counts:
        return max(counts, key=lambda k: counts[k])
    for s in sentences:
        m = RETOLD_SAYS.search(text[s.start:s.end])
        name = m and (m.group("name2") or m.group("name3"))
        if name and name not in host.split():
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    short = max(counts, key=lambda k: counts[k])
    forms: dict[str, int] = {}
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        if short in words[:1] and 1 < len(words) <= 4:
            forms[m.group(0)] = forms.get(m.group(0), 0) + 1
    return max(forms, key=lambda k: forms[k]) if forms else short


def _heading_line(text: str, s: Sentence) -> bool:
    """A sentence on a short line with no closing punctuation (a title, "Transcripción"): nobody's."""
    reach = _HEADING_CHARS  # a heading's line is short: look no further for its ends (linear on long lines)
    start = text.rfind("\n", max(0, s.start - reach), s.start)
    end = text.find("\n", s.end, s.end + reach)
    if (start < 0 and s.start > reach) or (end < 0 and len(text) - s.end > reach):
        return False
    line = text[start + 1:end if end >= 0 else len(text)].strip()
    return len(line.split()) <= LINE_HEADING_WORDS and not PARAGRAPH_END.search(line)


def _names_guest(x: str, guest_words: set[str]) -> bool:
    """Whether the sentence names the guest (a word of her name, capitalised)."""
    return any(w.group(0) in guest_words for w in _WORD.finditer(x))


def _blank(x: str, m: re.Match) -> str:
    """The sentence without the words a pattern matched ("Ella me cuenta que…": that "me" is the host)."""
    return x[:m.start()] + " " * (m.end() - m.start()) + x[m.end():]


def retold_interview(text: str, sentences: list[Sentence], participants: list[Participant], labels: int = 0) -> bool:
    """Give the sentences of a retold interview to its host and guest; False (nothing changed) when the text is not
    one."""
    if labels:
        return False
    found = _host(text, sentences)
    if found is None:
        return False
    host, first = found
    if sum(1 for s in sentences if RETOLD_ASK.search(text, s.start, s.end)) < RETOLD_ASKS_MIN:
        return False
    guest = _guest(text, sentences, host)
    if guest is None:
        return False
    guest_words = {w for w in guest.split() if w[:1].isupper()}
    start = next((i for i in range(first + 1) if not _heading_line(text, sentences[i])), first)
    current = host
    for s in sentences[start:]:
        x = text[s.start:s.end]
        if _heading_line(text, s):
            s.speaker, s.cue = None, Cue.NARRATION
            continue
        ask = RETOLD_ASK.search(x)
        says = RETOLD_SAYS.search(x)
        if ask and (not says or ask.start() < says.start()):
            owner, after, cue = host, guest, Cue.SPEECH_VERB
        elif says:
            owner, after, cue = guest, guest, Cue.SPEECH_VERB
        elif (report := RETOLD_REPORTS.search(x)) and not FIRST_PERSON_SINGULAR.search(_blank(x, report)):
            owner, after, cue = host, guest, Cue.SPEECH_VERB  # "Ella me cuenta que…": her account follows
        elif not FIRST_PERSON_SINGULAR.search(x) and (RETOLD_HOST_WORDS.search(x) or _names_guest(x, guest_words)):
            owner, after, cue = host, host, Cue.SPEECH_VERB
        else:
            owner, after, cue = current, current, Cue.CONTINUATION
        if owner == host and x.rstrip(" \"”»)").endswith("?"):
            after = guest  # the host's question: her answer follows
        s.speaker, s.cue = owner, cue
        current = after
    for name, kind in ((guest, Role.INTERVIEWEE.value), (host, Role.INTERVIEWER.value)):
        if all(p.name != name for p in participants):
            participants.append(Participant(name, session_role=kind, in_roster=False))
    return True
