"""Run a reader, then attribution and chunking, for one file or a corpus folder.

Every reader returns one `TranscriptRecord`. Labelled utterances (captions, speech-to-text JSON, exports) keep
their speakers, turned into people by `speaker_labels`; unlabelled text (.txt, reports in DOCX or PDF, plain
subtitles) goes through the text's own cues (roster + attribution). Passages get the times of the utterances
they cover, and never span a speaker change.
"""
from __future__ import annotations

import bisect
import dataclasses
import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from quidit.errors import InputError
from quidit.ingest.addressed_answers import addressed_answers
from quidit.ingest.annexes import annexed_texts
from quidit.ingest.announced_turns import announced_turns
from quidit.ingest.attribution import attribute
from quidit.ingest.authored_reports import authored_reports
from quidit.ingest.chunking import chunk, turns
from quidit.ingest.cleaning import CleanText, clean
from quidit.ingest.clock_times import time_passages
from quidit.ingest.closing import closing_formula, writers_closing
from quidit.ingest.diarist import writer_speech
from quidit.ingest.endnotes import endnotes
from quidit.ingest.full_names import name_in_full
from quidit.ingest.genre import Genre, detect_genre
from quidit.ingest.interview import written_interview
from quidit.ingest.interview_askers import label_line_questions, name_line_questions
from quidit.ingest.letters import pasted_letters
from quidit.ingest.lexicon import NUMBERED_VOICE
from quidit.ingest.questionnaire import questionnaire_answers
from quidit.ingest.readers import SUFFIXES, read, read_record
from quidit.ingest.records import Cue, Participant, Passage, Sentence, TranscriptRecord, Utterance
from quidit.ingest.retold import retold_interview
from quidit.ingest.roster import parse_roster
from quidit.ingest.sentences import split_spans
from quidit.ingest.speaker_labels import SpeakerBook, unnamed
from quidit.ingest.ticket_items import ticket_proposers
from quidit.settings import MAX_TRANSCRIPT_CHARS

log = logging.getLogger(__name__)
SIDECAR = ".speakers.toml"


@dataclass
class Transcript:
    source: str
    clean: CleanText
    participants: list[Participant]
    sentences: list[Sentence]
    passages: list[Passage]
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    reader: str = "text"
    dialect: str | None = None
    unnamed: dict[str, str] = field(default_factory=dict)  # diarization id -> its first words, while no sidecar names it
    genre: Genre = Genre.UNKNOWN
    genre_evidence: str = ""

    @property
    def text(self) -> str:
        return self.clean.text

    @property
    def turn_count(self) -> int:
        return sum(1 for t in turns(self.sentences) if t.speaker)


@dataclass(frozen=True)
class Span:
    """Where an utterance landed in the transcript text."""
    start: int
    end: int
    utterance: Utterance


def sidecar_path(path: Path) -> Path:
    """meeting.whisperx.json -> meeting.whisperx.speakers.toml (the name without its last extension)."""
    return path.with_name(path.stem + SIDECAR)


def read_sidecar(path: Path) -> dict[str, str]:
    """SPEAKER_00 = "Jane Roe" lines beside a transcript; {} when there is none."""
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = tomllib.loads(side.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{side.name}: not valid TOML ({e}); write lines like SPEAKER_00 = \"Jane Roe\"") from None
    bad = [k for k, v in data.items() if not isinstance(v, str) or not v.strip()]
    if bad:
        raise InputError(f"{side.name}: field {bad[0]} must be a quoted name, like {bad[0]} = \"Jane Roe\"")
    return {k: v.strip() for k, v in data.items()}


def _assemble_timed(record: TranscriptRecord, speaker_of) -> tuple[CleanText, list[Span]]:
    """Text from utterances: a speaker change (or page change) starts a paragraph, the same speaker runs on."""
    parts: list[str] = []
    spans: list[Span] = []
    page_starts = [0]
    line_starts: list[int] = []
    length = 0
    prev_who, prev_page = object(), record.utterances[0].page if record.utterances else None
    for u in record.utterances:
        text = " ".join(u.text.split())
        if not text:
            continue
        who = speaker_of(u)
        if parts:
            sep = " " if who == prev_who and u.page == prev_page else "\n\n"
            parts.append(sep)
            length += len(sep)
            if sep != " ":
                line_starts.append(length)
        else:
            line_starts.append(0)
        if u.page is not None and prev_page is not None and u.page != prev_page:
            page_starts.extend([length] * (u.page - prev_page))
        spans.append(Span(length, length + len(text), u))
        parts.append(text)
        length += len(text)
        prev_who, prev_page = who, u.page
    if record.utterances and record.utterances[0].page and record.utterances[0].page > 1:
        page_starts = [0] * (record.utterances[0].page - 1) + page_starts
    return CleanText("".join(parts), page_starts, line_starts), spans


def _assemble_pages(record: TranscriptRecord) -> CleanText:
    """Untimed, unlabelled text: today's cleaning, page by page when the reader knows the pages."""
    if all(u.page is None for u in record.utterances):
        return clean("\n\n".join(u.text for u in record.utterances))
    parts: list[str] = []
    page_starts: list[int] = []
    line_starts: list[int] = []
    length = 0
    numbered = False
    for u in record.utterances:
        ct = clean(u.text)
        if not ct.text:
            continue
        numbered = numbered or ct.numbered
        if parts:
            parts.append("\n\n")
            length += 2
        while len(page_starts) < (u.page or 1):
            page_starts.append(length)
        line_starts.extend(length + s for s in ct.line_starts)
        parts.append(ct.text)
        length += len(ct.text)
    return CleanText("".join(parts), page_starts or [0], line_starts, numbered)


def clip_to_next_speaker(utterances: list[Utterance]) -> list[Utterance]:
    """A turn ends when the next speaker starts: an utterance that runs past the next speaker's start (overlapping
    cues, or a label partway through a cue) ends there, so a passage's times stay inside its speaker's turn."""
    out = [dataclasses.replace(u) for u in utterances]
    nxt: float | None = None
    label: str | None = None
    for u in reversed(out):
        if nxt is not None and u.speaker_label != label and u.end_s is not None and u.end_s > nxt:
            u.end_s = max(nxt, u.start_s if u.start_s is not None else nxt)
        if u.start_s is not None and u.speaker_label != label:
            nxt, label = u.start_s, u.speaker_label
        elif u.start_s is not None and nxt is not None:
            nxt = min(nxt, u.start_s)
    return out


def _labelled_sentences(ct: CleanText, spans: list[Span], speaker_of) -> list[Sentence]:
    out = []
    for sp in spans:
        who = speaker_of(sp.utterance)
        for a, b in split_spans(ct.text, sp.start, sp.end):
            out.append(Sentence(a, b, ct.page_at(a), who, Cue.LABEL if who else Cue.NONE))
    return out


def _times(passages: list[Passage], spans: list[Span]) -> None:
    """A passage's start_s/end_s: the earliest start and latest end of the timed utterances it overlaps."""
    starts = [s.start for s in spans]
    for p in passages:
        i = max(0, bisect.bisect_right(starts, p.start) - 1)
        inside = []
        while i < len(spans) and spans[i].start < p.end:
            if spans[i].end > p.start and spans[i].utterance.start_s is not None:
                inside.append(spans[i])
            i += 1
        hit = [s.utterance for s in inside]
        if hit:
            p.start_s = min(u.start_s for u in hit)
            ends = [u.end_s for u in hit if u.end_s is not None]
            p.end_s = max(ends) if ends else None
            p.cue_times = [[max(0, s.start - p.start), s.utterance.start_s] for s in inside]


def name_voices(text: str, sentences: list[Sentence], participants: list[Participant], names: dict[str, str]) -> dict[str, str]:
    """Numbered voices labelling a plain transcript's turns ("SPEAKER_00: …", "Locuteur 1 : …"), as a diarization
    export writes them: the sidecar's name for each it names; the others, with their first words, for `quidit
    speakers` to list as unnamed."""
    for p in participants:  # (a voice the text named itself, `voice_names`, keeps its number among its labels)
        voice = p.name if NUMBERED_VOICE.match(p.name) else next((lab for lab in p.labels if NUMBERED_VOICE.match(lab)), None)
        if voice is not None and voice in names:
            was, p.name = p.name, names[voice]
            if voice not in p.labels:
                p.labels.append(voice)
            for s in sentences:
                if s.speaker == was:
                    s.speaker = p.name
    pending: dict[str, str] = {}
    for s in sentences:
        if s.speaker and s.speaker not in pending and NUMBERED_VOICE.match(s.speaker):
            said = text[s.start:s.end]
            at = said.find(s.speaker)
            if 0 <= at <= 2:  # past the label ("SPEAKER_00: …", "[SPEAKER_1] …")
                said = said[at + len(s.speaker):].lstrip(" \t]:")
            pending[s.speaker] = " ".join(said.split()[:8])
    return pending


def ingest_record(record: TranscriptRecord, names: dict[str, str] | None = None, size: int = 1000,
                  overlap: int = 150) -> Transcript:
    warnings = list(record.warnings)
    source = record.source
    if record.encoding != "utf-8":
        warnings.append(f"{source}: not UTF-8, decoded as {record.encoding}")
    pending: dict[str, str] = {}
    if record.labelled:
        record = dataclasses.replace(record, utterances=clip_to_next_speaker(record.utterances))
        book = SpeakerBook(names)

        def speaker_of(u: Utterance) -> str | None:
            return book.resolve(u.speaker_label).name if u.speaker_label else None

        ct, spans = _assemble_timed(record, speaker_of)
        participants = book.people
        sentences = _labelled_sentences(ct, spans, speaker_of)
        genre, evidence = Genre.VERBATIM, f"{record.reader} file with speaker labels"
        for u in record.utterances:
            lbl = (u.speaker_label or "").strip()
            if lbl and unnamed(lbl) and lbl not in (names or {}) and lbl not in pending:
                pending[lbl] = " ".join(u.text.split()[:8])
    elif record.timed:
        ct, spans = _assemble_timed(record, lambda u: None)
        participants = []
        att = attribute(ct, participants, 0)
        sentences = att.sentences
        genre, evidence = detect_genre(att, ct)
    else:
        spans = []
        ct = _assemble_pages(record)
        roster = parse_roster(ct)
        participants = list(roster.participants)
        att = attribute(ct, participants, roster.end)
        sentences = att.sentences
        pending = name_voices(ct.text, sentences, participants, names or {})
        genre, evidence = detect_genre(att, ct)
        if ticket_proposers(ct.text, sentences, participants):
            evidence += "; the text pasted under a ticket's title is its proposer's"
        if genre == Genre.MINUTES and authored_reports(ct.text, sentences, participants):
            evidence += "; reports under their authors' headings"
        if questionnaire_answers(ct.text, sentences, participants):
            evidence = "questionnaire write-up: a name heading per person, the same form questions under each"
        elif written_interview(ct.text, sentences, participants):
            evidence = "written interview: questions on lines of their own, the prose under them answers"
        elif retold_interview(ct.text, sentences, participants, att.labels):
            evidence = "retold interview: the host names himself and tells what he asked the guest and what she answered"
        elif name_line_questions(ct.text, sentences, participants):
            evidence += "; written interview: the unlabelled questions between the name lines are the interviewer's"
        elif genre == Genre.VERBATIM and label_line_questions(ct.text, sentences, participants):
            evidence += "; the unlabelled questions over the labelled answers are the interviewer's"
        elif att.labels and (writers_closing(ct.text, sentences) or closing_formula(ct.text, sentences)):
            evidence += "; the writer's closing after the last turn is nobody's"
        # (minutes whose annexed programme grid reads as a few capitals labels are still minutes, read by no one)
        if genre in (Genre.MINUTES, Genre.REPORT) and annexed_texts(ct.text, sentences, participants):
            evidence += "; a text the minutes say someone wrote, annexed under its title, is its writer's"
        if (not att.labels or genre == Genre.MINUTES) and pasted_letters(ct.text, sentences, participants):
            evidence += "; letters pasted into the narration are their writers'"
        if not att.labels and writer_speech(ct.text, sentences, participants):
            evidence += "; the writer the cover names tells what they said"
        if genre == Genre.VERBATIM and addressed_answers(ct.text, sentences, participants):
            evidence += "; an unlabelled answer to a question put to a speaker by name is that speaker's"
        if endnotes(ct.text, sentences):
            evidence += "; the editor's numbered endnotes after the record are nobody's"
        if announced_turns(ct.text, sentences, participants):
            evidence += "; an unidentified voice's turn after an announcement is the announced speaker's"
        name_in_full(ct.text, sentences, participants)
    if not ct.text.strip() and record.reader != "text":  # a .txt of page numbers only stays an empty transcript, as before
        raise InputError(f"{source}: no transcript text found by the {record.reader} reader; check the file's content")
    passages = chunk(ct, sentences, participants, source, size, overlap)
    for passage in passages:
        passage.genre = genre.value
    if spans:
        _times(passages, spans)
    elif record.reader == "text":
        time_passages(ct.text, ct.line_starts, passages)  # a recording app's export copied to text: its clock at each turn
    if all(u.page is None for u in record.utterances) and record.reader != "text":
        for p in passages:
            p.page = None
    if not any(s.speaker for s in sentences):
        warnings.append(f"{source}: attribution found no speaker (no speaker label, heading per speaker, roster name or "
                        "honorific/role word before a speech verb); passages have speaker null")
    if pending:
        warnings.append(f"{source}: {len(pending)} unnamed speaker label(s) ({', '.join(sorted(pending))}); "
                        f"run `quidit speakers` to see how to name them")
    return Transcript(source, ct, participants, sentences, passages, record.encoding, warnings, record.reader, record.dialect,
                      pending, genre, evidence)


@dataclass
class SpeakerStat:
    """One line of `quidit speakers`: a person and how much the text credits them with."""
    name: str
    participant: Participant | None  # None: a speaker the attribution named who is on no list of participants
    passages: int
    words: int


def speakers_of(t: Transcript, everyone: bool = False) -> list[SpeakerStat]:
    """The people `quidit speakers` lists for a transcript: participants credited with at least one word (absent,
    proxy-only and attendance-only people say nothing, so they are left out unless everyone=True), then speakers
    the attribution named who are on no participants list, in order of first word."""
    words: dict[str, int] = {}
    for s in t.sentences:
        if s.speaker:
            words[s.speaker] = words.get(s.speaker, 0) + len(t.text[s.start:s.end].split())
    counts: dict[str, int] = {}
    for p in t.passages:
        if p.speaker:
            counts[p.speaker] = counts.get(p.speaker, 0) + 1
    # (a name the lists give twice, present at the first roll call and absent at the second after a recess, is one
    # speaker: the credited words are the name's)
    out: list[SpeakerStat] = []
    shown: set[str] = set()
    for p in t.participants:
        if everyone or words.get(p.name) and p.name not in shown:
            out.append(SpeakerStat(p.name, p, counts.get(p.name, 0), words.get(p.name, 0)))
            shown.add(p.name)
    listed = {p.name for p in t.participants}
    out += [SpeakerStat(name, None, counts.get(name, 0), n) for name, n in words.items() if name not in listed]
    return out


def ingest_text(raw: str, source: str, size: int = 1000, overlap: int = 150, encoding: str = "utf-8") -> Transcript:
    return ingest_record(TranscriptRecord(source, "text", None, [Utterance(raw)], encoding=encoding), None, size, overlap)


def ingest_bytes(data: bytes, source: str, size: int = 1000, overlap: int = 150, names: dict[str, str] | None = None) -> Transcript:
    return ingest_record(read_record(data, source), names, size, overlap)


def ingest_file(path: Path, size: int = 1000, overlap: int = 150, max_chars: int = MAX_TRANSCRIPT_CHARS) -> Transcript:
    record = read(path)
    chars = sum(len(u.text) for u in record.utterances)
    if max_chars and chars > max_chars:
        raise InputError(f"{path.name}: {chars:,} characters is over the {max_chars:,}-character limit for one transcript "
                         f"(indexing it would take very long); split it, or pass `quidit --max-chars {chars}` to accept it")
    names = read_sidecar(path) if record.labelled or not record.timed else {}
    t = ingest_record(record, names, size, overlap)
    labels = {(u.speaker_label or "").strip() for u in record.utterances} if record.labelled \
        else set(t.unnamed) | {lab for p in t.participants for lab in p.labels if lab in names}
    stray = sorted(set(names) - labels)
    if stray:
        t.warnings.append(f"{sidecar_path(path).name}: {', '.join(stray)} is not a speaker label of {path.name}; "
                          f"its labels are {', '.join(sorted(x for x in labels if x)[:8])}")
    return t


def corpus_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(f"{folder}: corpus folder not found; pass --corpus DIR with a folder of transcripts")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file() and not p.name.startswith("."))
    if not files:
        raise InputError(f"{folder}: no transcripts ({', '.join(SUFFIXES)}) in the corpus folder; add one or pass another --corpus DIR")
    return files


def sidecars(folder: Path) -> list[Path]:
    """Speaker-name sidecars in a corpus folder (part of the index fingerprint)."""
    return sorted(p for p in folder.glob("*" + SIDECAR) if p.is_file())


def ingest_corpus(folder: Path, size: int = 1000, overlap: int = 150,
                  max_chars: int = MAX_TRANSCRIPT_CHARS) -> tuple[list[Transcript], list[str]]:
    """All transcripts that could be read, and one error line per file that could not."""
    done, errors = [], []
    for path in corpus_files(folder):
        try:
            done.append(ingest_file(path, size, overlap, max_chars))
        except InputError as e:
            errors.append(str(e))
        except Exception as e:  # noqa: BLE001 - any failure is this file's alone; the others go on
            log.debug("ingesting %s failed", path, exc_info=True)  # the traceback, for a bug report
            first = (str(e).splitlines() or [""])[0][:200]
            errors.append(f"{path.name}: could not be ingested ({type(e).__name__}: {first}); "
                          "the other files were ingested; please report this file")
    return done, errors
