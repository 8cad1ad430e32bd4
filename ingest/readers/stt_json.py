"""Speech-to-text JSON. The dialect is told from the keys:

- whisper / faster-whisper: `segments[]` with `start`, `end`, `text` (seconds), no speaker;
- whisperX: the same with `segments[].speaker` (and `words[]`);
- whisper.cpp: `transcription[]` with `offsets.from/to` in milliseconds;
- AssemblyAI: `utterances[]` with `speaker`, `start`/`end` in milliseconds;
- Deepgram: `results.utterances[]` (seconds), else `results.channels[0].alternatives[0].paragraphs`.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from quidit.errors import InputError
from quidit.ingest.readers.timing import order_warnings
from quidit.ingest.reading import decode
from quidit.ingest.records import TranscriptRecord, Utterance

SUPPORTED = ("whisper/faster-whisper segments[]", "whisperX segments[].speaker", "whisper.cpp transcription[]",
             "AssemblyAI utterances[]", "Deepgram results.utterances or results.channels[].alternatives[].paragraphs")


class _Fields:
    """Reads one field of one item, naming the JSON path in the error."""

    def __init__(self, name: str):
        self.name = name

    def number(self, item: dict, key: str, where: str, scale: float = 1.0) -> float:
        v = item.get(key) if isinstance(item, dict) else None
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise InputError(f"{self.name}: field {where}.{key} is {json.dumps(v)[:40]}, not a number of "
                             f"{'milliseconds' if scale != 1 else 'seconds'}")
        if v < 0:
            raise InputError(f"{self.name}: field {where}.{key} is negative ({v})")
        return round(v / scale, 3)

    def text(self, item: dict, key: str, where: str) -> str:
        v = item.get(key) if isinstance(item, dict) else None
        if not isinstance(v, str):
            raise InputError(f"{self.name}: field {where}.{key} is {json.dumps(v)[:40]}, not text")
        return v.strip()


def _label(v) -> str | None:
    return None if v is None or v == "" else str(v)


def _items(f: _Fields, rows, where: str, text_key: str, start_key: str, end_key: str, scale: float,
           speaker: Callable[[dict], object]) -> tuple[list[Utterance], list[tuple[str, float, float]]]:
    utts, cues = [], []
    if not isinstance(rows, list):
        raise InputError(f"{f.name}: field {where} is not a list")
    for i, row in enumerate(rows):
        w = f"{where}[{i}]"
        start, end = f.number(row, start_key, w, scale), f.number(row, end_key, w, scale)
        if end < start:
            raise InputError(f"{f.name}: field {w}: {end_key} ({end}) is before {start_key} ({start})")
        text = f.text(row, text_key, w)
        cues.append((w, start, end))
        if text:
            utts.append(Utterance(text, _label(speaker(row)), start, end))
    return utts, cues


def _word_time(w: dict, key: str, default: float | None) -> float | None:
    v = w.get(key)
    return round(float(v), 3) if isinstance(v, (int, float)) and not isinstance(v, bool) else default


def split_by_word_speakers(u: Utterance, segment: dict) -> list[Utterance]:
    """whisperX gives every word a speaker: a segment whose words change speaker becomes one utterance per run.

    Only when the words spell the segment's text exactly, so no word is lost or doubled."""
    words = segment.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, dict) and isinstance(w.get("word"), str) for w in words):
        return [u]
    labels = [_label(w.get("speaker")) or u.speaker_label for w in words]
    if len(set(labels)) == 1 or [w["word"].strip() for w in words] != u.text.split():
        return [u]
    runs: list[Utterance] = []
    for w, label in zip(words, labels):
        if runs and runs[-1].speaker_label == label:
            runs[-1].text += " " + w["word"].strip()
            runs[-1].end_s = _word_time(w, "end", runs[-1].end_s)
        else:
            runs.append(Utterance(w["word"].strip(), label, _word_time(w, "start", u.start_s), _word_time(w, "end", u.end_s)))
    return runs


def _whisper_cpp(f: _Fields, rows) -> tuple[list[Utterance], list]:
    utts, cues = [], []
    for i, row in enumerate(rows if isinstance(rows, list) else []):
        w = f"transcription[{i}]"
        off = row.get("offsets") if isinstance(row, dict) else None
        if not isinstance(off, dict):
            raise InputError(f"{f.name}: field {w}.offsets is missing; whisper.cpp writes offsets.from/to in milliseconds")
        start, end = f.number(off, "from", w + ".offsets", 1000), f.number(off, "to", w + ".offsets", 1000)
        text = f.text(row, "text", w)
        cues.append((w, start, end))
        if text:
            utts.append(Utterance(text, _label(row.get("speaker")), start, end))
    return utts, cues


def _deepgram_paragraphs(f: _Fields, results: dict) -> tuple[list[Utterance], list]:
    try:
        paras = results["channels"][0]["alternatives"][0]["paragraphs"]["paragraphs"]
    except (KeyError, IndexError, TypeError):
        raise InputError(f"{f.name}: Deepgram results have neither utterances nor channels[0].alternatives[0].paragraphs; "
                         "request utterances=true or paragraphs=true") from None
    if not isinstance(paras, list) or not all(isinstance(p, dict) and isinstance(p.get("sentences", []), list) for p in paras):
        raise InputError(f"{f.name}: field results.channels[0].alternatives[0].paragraphs.paragraphs is not a list of "
                         "paragraphs with sentences[]")
    utts, cues = [], []
    for i, p in enumerate(paras):
        for j, s in enumerate(p.get("sentences") or []):
            w = f"results.channels[0].alternatives[0].paragraphs.paragraphs[{i}].sentences[{j}]"
            start, end = f.number(s, "start", w), f.number(s, "end", w)
            cues.append((w, start, end))
            text = f.text(s, "text", w)
            if text:
                utts.append(Utterance(text, _label(p.get("speaker")), start, end))
    return utts, cues


def parse(doc, name: str) -> tuple[str, list[Utterance], list]:
    """(dialect, utterances, cues) from a decoded JSON document."""
    f = _Fields(name)
    if isinstance(doc, dict):
        results = doc.get("results")
        if isinstance(results, dict) and ("utterances" in results or "channels" in results):
            if results.get("utterances"):
                return ("deepgram-utterances", *_items(f, results["utterances"], "results.utterances", "transcript",
                                                          "start", "end", 1, lambda r: r.get("speaker")))
            return "deepgram-paragraphs", *_deepgram_paragraphs(f, results)
        if isinstance(doc.get("utterances"), list) and doc["utterances"]:
            return ("assemblyai", *_items(f, doc["utterances"], "utterances", "text", "start", "end", 1000,
                                          lambda r: r.get("speaker")))
        if isinstance(doc.get("transcription"), list):
            return "whisper.cpp", *_whisper_cpp(f, doc["transcription"])
        segments = doc.get("segments")
    else:
        segments = doc  # faster-whisper's segments written as a bare list
    if isinstance(segments, list) and segments and all(isinstance(s, dict) and "text" in s for s in segments):
        dialect = "whisperx" if any("speaker" in s for s in segments) else "whisper"
        utts, cues = _items(f, segments, "segments", "text", "start", "end", 1, lambda r: r.get("speaker"))
        if dialect == "whisperx":
            texted = [s for s in segments if s["text"].strip()]  # the segments `_items` made utterances of, in order
            utts = [x for u, seg in zip(utts, texted) for x in split_by_word_speakers(u, seg)]
        return dialect, utts, cues
    keys = ", ".join(list(doc)[:6]) if isinstance(doc, dict) else type(doc).__name__
    raise InputError(f"{name}: JSON is not a transcript this reader knows (top-level keys: {keys or 'none'}); "
                     f"supported: {'; '.join(SUPPORTED)}")


def read(data: bytes, name: str) -> TranscriptRecord:
    text, encoding = decode(data, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{name}: line {e.lineno}, column {e.colno}: invalid JSON ({e.msg})") from None
    dialect, utts, cues = parse(doc, name)
    if not utts:
        raise InputError(f"{name}: the {dialect} JSON holds no text; export the transcript again")
    return TranscriptRecord(name, "stt_json", dialect, utts, encoding=encoding, warnings=order_warnings(name, cues))
