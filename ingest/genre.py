"""Tell a document's genre from its own text, and say on what evidence (printed by `quidit ingest`)."""
from __future__ import annotations

from enum import Enum

from quidit.ingest.attribution import Attribution
from quidit.ingest.cleaning import CleanText
from quidit.ingest.lexicon import CAPS_DOT_LABELS_MIN, IRC_LOG_MIN_MESSAGES, MINUTES_TITLE, SITTING_TITLE, TITLE_LINE_WORDS
from quidit.ingest.minutes import minutes_cue
from quidit.ingest.records import Cue


class Genre(str, Enum):
    REPORT = "report"  # reported speech ("Madame X souligne que…")
    VERBATIM = "verbatim"  # speaker labels ("Name: …")
    NOTES = "notes"  # a heading or section per speaker
    MINUTES = "minutes"  # meeting minutes / procès-verbal / acta: attendance, agenda, votes
    UNKNOWN = "unknown"  # no speaker cue at all


def detect_genre(att: Attribution, ct: CleanText) -> tuple[Genre, str]:
    """The genre and a short line of evidence ("42 speaker-label lines (e.g. 'Trevor:'), attendance list")."""
    cues: dict[Cue, int] = {}
    for s in att.sentences:
        cues[s.cue] = cues.get(s.cue, 0) + 1
    reported = cues.get(Cue.SPEECH_VERB, 0) + cues.get(Cue.ROLE_WORD, 0) + cues.get(Cue.PASSIVE, 0)
    title = minutes_cue(ct.text)  # not "mon compte-rendu de la conférence": the author's report of talks
    parts = []
    if att.labels:
        parts.append(f"{att.labels} speaker-label lines" + (f" (e.g. {att.examples[0]!r})" if att.examples else ""))
    if att.sections:
        parts.append(f"{att.sections} headings per speaker")
    if att.attendance:
        parts.append(f"{att.attendance} attendance lines")
    if title:
        parts.append(f"minutes cue {title!r}")
    if reported:
        parts.append(f"{reported} reported-speech openers")
    if att.summary:
        parts.append(att.summary)
    evidence = "; ".join(parts) or "no speaker label, heading per speaker, attendance list or reported-speech opener"
    if ct.numbered and att.labels >= 3:  # a court reporter's or stenographer's line-numbered record: verbatim
        return Genre.VERBATIM, "line-numbered transcript; " + evidence
    if att.caps_dot >= CAPS_DOT_LABELS_MIN:  # "MR. KOHN. Thank you." under "PRESENT: Mr. Greenspan, Chairman": the
        return Genre.VERBATIM, "capitals labels closed by a full stop; " + evidence  # transcript lists who attended
    if att.irc >= IRC_LOG_MIN_MESSAGES:  # "14:05 <jrandom> hi" under "Present: …": the channel's log is its verbatim
        return Genre.VERBATIM, "IRC log; " + evidence
    listed = att.attendance - (att.officers if att.labels >= 3 else 0)  # "Moderator: X" heads transcripts too
    if listed or (title and (reported or att.labels) and not _spoken_record(att, reported, ct)):
        return Genre.MINUTES, evidence
    if att.sections >= 2 and att.sections >= att.labels - att.nested:  # labels inside the sections: their discussions
        return Genre.NOTES, evidence
    if att.labels >= 3:
        return Genre.VERBATIM, evidence
    if reported or att.labels or att.sections:
        return Genre.REPORT, evidence
    return Genre.UNKNOWN, evidence


def _spoken_record(att: Attribution, reported: int, ct: CleanText) -> bool:
    """A record of label lines with hardly a reported opener whose minutes word is no title of its own: the sitting's
    name ("PLENO", "SESIÓN ORDINARIA": a parliament's verbatim record is titled by its sitting) or a word in the
    speakers' lines ("El Acta de la sesión anterior ha sido distribuida."). Its quotes are the speakers' words."""
    if att.labels < 3 or reported * 3 > att.labels or att.sections:
        return False
    starts = [a for a in ct.line_starts if a < 600]  # the source's own lines (cleaning runs short ones together)
    lines = [ct.text[a:b] for a, b in zip(starts, [*starts[1:], min(600, len(ct.text))])]
    titles = [m.group(0) for line in lines if len(line.split()) <= TITLE_LINE_WORDS and not line.rstrip().endswith((".", "?", "!"))
              for m in MINUTES_TITLE.finditer(line)]  # (a title ends with no full stop; a speaker's short sentence does)
    return all(SITTING_TITLE.fullmatch(t) for t in titles)
