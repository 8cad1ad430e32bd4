#!/usr/bin/env python3
"""Turn one real, speaker-labelled transcript into the formats quidit ingests.

Input : converted/<NAME>.source.txt -- the source file exactly as published
        (an HTML fragment where every turn starts with <strong>Mr. X</strong>:).
Output: converted/<NAME>.vtt              WebVTT, <v Real Name> on every cue
        converted/<NAME>.zoom.vtt         WebVTT, "Name: text" on the first cue of a turn
        converted/<NAME>.srt              SRT, "Name: " on the first cue of a turn
        converted/<NAME>.whisperx.json    whisperX-style segments + words, SPEAKER_NN labels
        converted/<NAME>.whisperx.speakers.toml   SPEAKER_NN = "Real Name"
        converted/<NAME>.assemblyai.json  AssemblyAI-style utterances (speaker "A", "B"...; ms)
        converted/<NAME>.teams.docx       Teams export: "Name   0:01:23" paragraph, then text
        converted/<NAME>.pdf              report layout, "Name: text" paragraphs, page footer
        converted/<NAME>.expected.jsonl   one line per turn: speaker, first_words, start_s, end_s

Timings are invented but deterministic: ~2.5 words/s, monotonic, no overlaps,
short pauses between cues and longer ones between turns.

Needs python-docx and fpdf2 (python -m venv /tmp/fmtvenv &&
/tmp/fmtvenv/bin/pip install python-docx fpdf2), then:
    /tmp/fmtvenv/bin/python make_converted.py
"""

from __future__ import annotations

import html
import json
import random
import re
import string
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "converted"
NAME = "iran-contra-north-testimony"

# Labels as printed in the hearing record -> full names (public record:
# Joint Hearings on the Iran-Contra Investigation, 100th Congress, 7 July 1987).
REAL_NAMES = {
    "Mr. NIELDS": "John Nields",        # chief counsel, House Select Committee
    "Mr. NORTH": "Oliver North",        # witness
    "Chairman INOUYE": "Daniel Inouye",  # chairman, Senate Select Committee
    "Mr. SULLIVAN": "Brendan Sullivan",  # counsel for the witness
}

WORDS_PER_SECOND = 2.5
START_OFFSET = 4.0          # seconds of silence before the first word
MAX_WORDS_PER_CUE = 14
INTRA_TURN_GAP = (0.15, 0.45)
INTER_TURN_GAP = (0.5, 1.3)


# --------------------------------------------------------------------------- parse
def parse_turns(raw: str) -> list[dict]:
    """Return [{"label": "Mr. NORTH", "text": "..."}] in order."""
    m = re.search(r'<font class="transcript">(.*?)</font>', raw, re.S)
    body = m.group(1) if m else raw
    parts = re.split(r"<strong>\s*([^<]+?)\s*</strong>\s*:", body)
    turns = []
    for label, chunk in zip(parts[1::2], parts[2::2]):
        text = re.sub(r"<br\s*/?>", " ", chunk)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
        text = re.sub(r"\s+", " ", text).strip()
        # The printed record sometimes runs a short interjection into the
        # previous turn as "Mr. SULLIVAN. What is it, counsel?" -- split it out.
        pieces = re.split(r"\s(Mr\. [A-Z]{3,}|Chairman [A-Z]{3,})\.\s", " " + text)
        first = pieces[0].strip()
        if first:
            turns.append({"label": label, "text": first})
        for lab2, t2 in zip(pieces[1::2], pieces[2::2]):
            turns.append({"label": lab2, "text": t2.strip()})
    return turns


# --------------------------------------------------------------------------- timing
def split_cues(words: list[str]) -> list[list[str]]:
    """Chunk a turn's words into cues, preferring sentence ends."""
    cues, cur = [], []
    for w in words:
        cur.append(w)
        ends_sentence = w[-1:] in ".?!" and len(cur) >= 5
        if len(cur) >= MAX_WORDS_PER_CUE or ends_sentence:
            cues.append(cur)
            cur = []
    if cur:
        if cues and len(cur) < 3 and len(cues[-1]) + len(cur) <= MAX_WORDS_PER_CUE + 3:
            cues[-1].extend(cur)
        else:
            cues.append(cur)
    return cues


def word_duration(rng: random.Random, w: str) -> float:
    core = w.strip(string.punctuation + "\u2014\u201c\u201d")
    base = 1.0 / WORDS_PER_SECOND
    scale = 0.75 + 0.05 * min(len(core), 10)      # longer words take longer
    return round(base * scale * rng.uniform(0.9, 1.1), 3)


def time_turns(turns: list[dict]) -> None:
    """Add cues=[{start,end,text,words:[{word,start,end}]}] and start/end to each turn."""
    rng = random.Random(19870707)
    t = START_OFFSET
    for ti, turn in enumerate(turns):
        if ti:
            t += rng.uniform(*INTER_TURN_GAP)
        turn["cues"] = []
        for ci, cue_words in enumerate(split_cues(turn["text"].split())):
            if ci:
                t += rng.uniform(*INTRA_TURN_GAP)
            words = []
            for w in cue_words:
                d = word_duration(rng, w)
                words.append({"word": w, "start": round(t, 3), "end": round(t + d, 3)})
                t += d
                if w[-1:] in ",;:":
                    t += 0.12
            cue = {
                "start": words[0]["start"],
                "end": words[-1]["end"],
                "text": " ".join(cue_words),
                "words": words,
            }
            turn["cues"].append(cue)
            t = cue["end"]
        turn["start"] = turn["cues"][0]["start"]
        turn["end"] = turn["cues"][-1]["end"]


# --------------------------------------------------------------------------- helpers
def ts_vtt(s: float) -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"


def ts_srt(s: float) -> str:
    return ts_vtt(s).replace(".", ",")


def ts_teams(s: float) -> str:
    total = int(s)
    h, rem = divmod(total, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}"


def speaker_of(turn: dict) -> str:
    return REAL_NAMES[turn["label"]]


def ordered_speakers(turns: list[dict]) -> list[str]:
    seen: list[str] = []
    for t in turns:
        if speaker_of(t) not in seen:
            seen.append(speaker_of(t))
    return seen


def vtt_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- writers
def write_vtt(turns, path: Path) -> None:
    lines = ["WEBVTT", ""]
    for turn in turns:
        for cue in turn["cues"]:
            lines += [f"{ts_vtt(cue['start'])} --> {ts_vtt(cue['end'])}",
                      f"<v {speaker_of(turn)}>{vtt_escape(cue['text'])}</v>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_zoom_vtt(turns, path: Path) -> None:
    lines = ["WEBVTT", ""]
    n = 0
    for turn in turns:
        for ci, cue in enumerate(turn["cues"]):
            n += 1
            text = vtt_escape(cue["text"])
            if ci == 0:
                text = f"{speaker_of(turn)}: {text}"
            lines += [str(n), f"{ts_vtt(cue['start'])} --> {ts_vtt(cue['end'])}", text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_srt(turns, path: Path) -> None:
    lines = []
    n = 0
    for turn in turns:
        for ci, cue in enumerate(turn["cues"]):
            n += 1
            text = cue["text"]
            if ci == 0:
                text = f"{speaker_of(turn)}: {text}"
            lines += [str(n), f"{ts_srt(cue['start'])} --> {ts_srt(cue['end'])}", text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_whisperx(turns, path: Path, toml_path: Path) -> None:
    rng = random.Random(7)
    labels = {name: f"SPEAKER_{i:02d}" for i, name in enumerate(ordered_speakers(turns))}
    segments, word_segments = [], []
    for turn in turns:
        spk = labels[speaker_of(turn)]
        for cue in turn["cues"]:
            words = [{"word": w["word"], "start": w["start"], "end": w["end"],
                      "score": round(rng.uniform(0.55, 0.99), 3), "speaker": spk}
                     for w in cue["words"]]
            segments.append({"start": cue["start"], "end": cue["end"],
                             "text": " " + cue["text"], "words": words, "speaker": spk})
            word_segments.extend(words)
    doc = {"segments": segments, "word_segments": word_segments, "language": "en"}
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    toml = ["# whisperX diarization labels -> real names (sidecar for "
            f"{path.name})"]
    toml += [f'{lab} = "{name}"' for name, lab in labels.items()]
    toml_path.write_text("\n".join(toml) + "\n", encoding="utf-8")


def write_assemblyai(turns, path: Path) -> None:
    rng = random.Random(11)
    letters = {name: string.ascii_uppercase[i] for i, name in enumerate(ordered_speakers(turns))}
    ms = lambda s: int(round(s * 1000))  # noqa: E731
    all_words, utterances = [], []
    for turn in turns:
        spk = letters[speaker_of(turn)]
        words = [{"text": w["word"], "start": ms(w["start"]), "end": ms(w["end"]),
                  "confidence": round(rng.uniform(0.6, 1.0), 2), "speaker": spk}
                 for cue in turn["cues"] for w in cue["words"]]
        all_words.extend(words)
        utterances.append({
            "confidence": round(sum(w["confidence"] for w in words) / len(words), 4),
            "end": ms(turn["end"]),
            "text": turn["text"],
            "start": ms(turn["start"]),
            "speaker": spk,
            "words": words,
        })
    doc = {
        "id": "00000000-0000-0000-0000-000000000000",
        "status": "completed",
        "language_code": "en_us",
        "text": " ".join(t["text"] for t in turns),
        "words": all_words,
        "utterances": utterances,
        "confidence": round(sum(w["confidence"] for w in all_words) / len(all_words), 4),
        "audio_duration": int(turns[-1]["end"]) + 3,
        "speaker_labels": True,
        "punctuate": True,
        "format_text": True,
    }
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_teams_docx(turns, path: Path) -> None:
    import docx  # python-docx

    d = docx.Document()
    d.add_paragraph("Iran-Contra joint hearings, 7 July 1987 - testimony of Oliver North")
    d.add_paragraph("Transcript")
    for turn in turns:
        d.add_paragraph(f"{speaker_of(turn)}   {ts_teams(turn['start'])}")
        d.add_paragraph(turn["text"])
    d.core_properties.title = "Transcript"
    d.save(str(path))


def write_pdf(turns, path: Path) -> None:
    from fpdf import FPDF

    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    regular, bold = font_dir / "DejaVuSerif.ttf", font_dir / "DejaVuSerif-Bold.ttf"

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font(self.base_font, "", 9)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Report(format="A4")
    if regular.exists() and bold.exists():
        pdf.add_font("Body", "", str(regular))
        pdf.add_font("Body", "B", str(bold))
        pdf.base_font = "Body"
        clean = lambda s: s  # noqa: E731
    else:  # core font fallback: latin-1 only
        pdf.base_font = "Times"
        clean = lambda s: s.replace("\u2014", "--").encode("latin-1", "replace").decode("latin-1")  # noqa: E731
    pdf.alias_nb_pages()
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font(pdf.base_font, "B", 15)
    pdf.multi_cell(0, 8, clean("Joint Hearings on the Iran-Contra Investigation"),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.base_font, "", 11)
    pdf.multi_cell(0, 6, clean("Excerpt: testimony of Lt. Col. Oliver L. North, 7 July 1987"),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for turn in turns:
        pdf.set_font(pdf.base_font, "B", 12)
        pdf.write(6.5, clean(f"{speaker_of(turn)}: "))
        pdf.set_font(pdf.base_font, "", 12)
        pdf.write(6.5, clean(turn["text"]))
        pdf.ln(10)
    pdf.output(str(path))


def first_words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


def write_expected(turns, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for turn in turns:
            f.write(json.dumps({"speaker": speaker_of(turn),
                                "first_words": first_words(turn["text"]),
                                "start_s": turn["start"], "end_s": turn["end"]},
                               ensure_ascii=False) + "\n")


def main() -> None:
    raw = (OUT / f"{NAME}.source.txt").read_text(encoding="utf-8")
    turns = parse_turns(raw)
    time_turns(turns)
    base = OUT / NAME
    write_vtt(turns, base.with_suffix(".vtt"))
    write_zoom_vtt(turns, OUT / f"{NAME}.zoom.vtt")
    write_srt(turns, base.with_suffix(".srt"))
    write_whisperx(turns, OUT / f"{NAME}.whisperx.json", OUT / f"{NAME}.whisperx.speakers.toml")
    write_assemblyai(turns, OUT / f"{NAME}.assemblyai.json")
    write_teams_docx(turns, OUT / f"{NAME}.teams.docx")
    write_pdf(turns, base.with_suffix(".pdf"))
    write_expected(turns, OUT / f"{NAME}.expected.jsonl")
    n_words = sum(len(t["text"].split()) for t in turns)
    print(f"{len(turns)} turns, {len(ordered_speakers(turns))} speakers, {n_words} words, "
          f"{sum(len(t['text']) for t in turns)} chars, {turns[-1]['end']:.1f} s")


if __name__ == "__main__":
    main()
