"""Sentence-level speaker accuracy against gold labels, with who was taken for whom.

A gold row is {"source", "text" (start of a sentence, verbatim), "speaker" (a name, a role label, or null),
"alternatives" (other names the same speaker goes by, optional)}. A prediction is right when it names the
gold speaker or one of its alternatives, honorifics, articles, case, accents and spacing aside (a nick written
"JenSimmons" and read as "Jen Simmons" is the same written name).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quidit.errors import InputError
from quidit.evals.gold import EVALS_DATA, norm, read_jsonl
from quidit.evals.metrics import document_interval
from quidit.ingest.lexicon import HONORIFICS, fold
from quidit.ingest.pipeline import Transcript

REAL = EVALS_DATA / "real"
_DROP = {fold(h).rstrip(".") for h in HONORIFICS} | {"the", "le", "la", "l", "el", "los", "las"}


@dataclass
class AttributionReport:
    total: int
    correct: int
    confusions: Counter = field(default_factory=Counter)  # (gold, predicted) -> count
    per_source: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_labels(path: Path) -> list[dict]:
    return read_jsonl(path, ("source", "text", "speaker"))


def speaker_key(name: str) -> str:
    """"Ms Sue Gray" -> "sue gray", "La señora PRESIDENTA" -> "presidenta"."""
    words = [w.strip(".") for w in re.sub(r"[^\w.]+", " ", fold(name)).split()]
    kept = [w for w in words if w and w not in _DROP]
    return " ".join(kept or words)


def same_speaker(predicted: str | None, row: dict) -> bool:
    """Whether a predicted speaker is the gold one (or one of its alternatives)."""
    gold = row.get("speaker")
    if predicted is None or gold is None:
        return predicted is None and gold is None
    keys = {speaker_key(gold)} | {speaker_key(a) for a in row.get("alternatives") or [] if a}
    return speaker_key(predicted).replace(" ", "") in {k.replace(" ", "") for k in keys}


def score_attribution(labels: list[dict], transcripts: list[Transcript]) -> AttributionReport:
    by_source = {t.source: t for t in transcripts}
    rep = AttributionReport(0, 0)
    for i, row in enumerate(labels, 1):
        t = by_source.get(row["source"])
        if t is None:
            continue
        hit = labelled_sentence(t, row, i)
        rep.total += 1
        ok = same_speaker(hit.speaker, row)
        rep.correct += ok
        a, b = rep.per_source.get(t.source, (0, 0))
        rep.per_source[t.source] = (a + ok, b + 1)
        if not ok:
            rep.confusions[(row["speaker"], hit.speaker)] += 1
    return rep


def labelled_sentence(t: Transcript, row: dict, i: int = 0):
    """The transcript sentence a gold row labels (its text is the start of that sentence, verbatim)."""
    want = norm(row["text"])
    hit = next((s for s in t.sentences if want and want in norm(t.text[s.start:s.end])), None)
    if hit is None and want and want in norm(t.text):  # the splitter now cuts inside the snippet: where it starts
        hit = _sentence_of_start(t, want, row["text"])
    if hit is None:
        raise InputError(f"attribution label {i}: text {row['text'][:50]!r} not found in {row['source']}; copy it verbatim from the transcript")
    return hit


def _sentence_of_start(t: Transcript, want: str, raw: str = ""):
    """The sentence holding the start of a snippet that runs over a sentence boundary (a heading or label line the
    splitter now cuts off): its first half, or failing that its first three words, is inside one sentence; else the
    sentence where the snippet's first words (`raw`, verbatim) start."""
    words = want.split()
    for k in (max(3, len(words) // 2), 3):
        head = " ".join(words[:k])
        hit = next((s for s in t.sentences if head in norm(t.text[s.start:s.end])), None)
        if hit is not None:
            return hit
    # the splitter cut within the first three words (a hard-wrapped line: "Fast" | "forward to today…"): the sentence
    # where the snippet's first word stands
    start = re.search(r"\s+".join(re.escape(w) for w in raw.split()[:3]), t.text) if raw else None
    if start is None:
        return None
    return next((s for s in t.sentences if s.start <= start.start() < s.end), None)


@dataclass
class RealDoc:
    slug: str
    lang: str
    genre: str
    split: str


def real_documents(folder: Path = REAL) -> list[RealDoc]:
    """The documents listed in the SOURCES-*.md tables of the real gold set (slug, language, genre, split)."""
    docs = []
    for md in sorted(folder.glob("SOURCES*.md")):
        header: list[str] | None = None
        for line in md.read_text(encoding="utf-8").splitlines():
            if not line.startswith("|"):
                header = None if not line.strip() else header
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if header is None:
                header = [c.lower() for c in cells]
                continue
            if set("".join(cells)) <= set("-: "):
                continue
            row = dict(zip(header, cells))
            if {"slug", "genre", "split"} <= row.keys() and (folder / f"{row['slug']}.txt").is_file():
                docs.append(RealDoc(row["slug"], row.get("language", ""), row["genre"], row["split"]))
    if not docs:
        raise InputError(f"{folder}: no documents in SOURCES*.md tables (columns slug, genre, split)")
    return docs


@dataclass
class PeopleCheck:
    """`quidit speakers` for one document against the people who speak in its gold labels.

    The gold labels a sample of sentences, so a listed person the gold never names is only counted wrong (extra)
    when quidit credits them with at least one labelled sentence, which the gold gives to someone else or to nobody;
    one credited with unlabelled sentences only cannot be judged from the gold and is reported as unverified."""
    gold: list[str]  # distinct gold speakers
    listed: list[str]  # what `quidit speakers` lists
    missing: list[str] = field(default_factory=list)  # gold speakers no listed person matches
    extra: list[str] = field(default_factory=list)  # listed, no gold speaker, credited with a labelled sentence
    unverified: list[str] = field(default_factory=list)  # listed, no gold speaker, credited with unlabelled sentences only
    duplicates: list[str] = field(default_factory=list)  # listed again under another name for a gold speaker already listed

    @property
    def right(self) -> int:
        """Listed people who are gold speakers (one per gold speaker)."""
        return len(self.listed) - len(self.extra) - len(self.unverified) - len(self.duplicates)


def check_people(labels: list[dict], t: Transcript, listed: list[str]) -> PeopleCheck:
    """Compare the listed people of a transcript with the distinct non-null speakers of its gold rows (a listed
    name matches a gold speaker by the same rule as sentence scoring: the name or one of its alternatives)."""
    rows = [r for r in labels if r["source"] == t.source]
    gold: dict[str, dict] = {}  # gold speaker -> {"speaker", "alternatives" (all its rows')}
    credited: Counter = Counter()  # predicted speaker -> labelled sentences credited to them
    for i, row in enumerate(rows, 1):
        credited[labelled_sentence(t, row, i).speaker] += 1
        if row.get("speaker"):
            g = gold.setdefault(row["speaker"], {"speaker": row["speaker"], "alternatives": []})
            g["alternatives"] += [a for a in row.get("alternatives") or [] if a]
    check = PeopleCheck(list(gold), list(listed))
    matched: set[str] = set()
    for name in listed:
        hits = [g for g, row in gold.items() if same_speaker(name, row)]
        if not hits:
            (check.extra if credited[name] else check.unverified).append(name)
        elif all(g in matched for g in hits):
            check.duplicates.append(name)
        matched.update(hits)
    check.missing = [g for g in gold if g not in matched]
    return check


@dataclass
class RealReport:
    rows: list[tuple[RealDoc, int, int]]  # document, correct, total
    people: list[tuple[RealDoc, PeopleCheck]] = field(default_factory=list)

    def people_totals(self) -> dict[str, dict[str, float]]:
        """Per split: gold speakers, listed, right, missing, extra, unverified, duplicates, precision, recall
        (precision leaves out the unverified, whom the gold cannot judge)."""
        out: dict[str, dict[str, float]] = {}
        for doc, c in self.people:
            d = out.setdefault(doc.split, dict.fromkeys(("gold", "listed", "right", "missing", "extra", "unverified",
                                                          "duplicates"), 0))
            d["gold"] += len(c.gold)
            d["listed"] += len(c.listed)
            d["right"] += c.right
            for k in ("missing", "extra", "unverified", "duplicates"):
                d[k] += len(getattr(c, k))
        for d in out.values():
            judged = d["listed"] - d["unverified"]
            d["precision"] = d["right"] / judged if judged else 0.0
            d["recall"] = (d["gold"] - d["missing"]) / d["gold"] if d["gold"] else 0.0
        return out

    def people_table(self) -> str:
        lines = ["| document | split | gold speakers | listed | missing | extra | unverified | duplicates |",
                 "|---|---|---|---|---|---|---|---|"]
        for doc, c in self.people:
            lines.append(f"| {doc.slug} | {doc.split} | {len(c.gold)} | {len(c.listed)} | {len(c.missing)} | "
                         f"{len(c.extra)} | {len(c.unverified)} | {len(c.duplicates)} |")
        lines += ["", "| people | split | gold speakers | listed | right | missing | extra | unverified | duplicates | precision | recall |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for split, d in sorted(self.people_totals().items()):
            lines.append(f"| all | {split} | {d['gold']} | {d['listed']} | {d['right']} | {d['missing']} | {d['extra']} | "
                         f"{d['unverified']} | {d['duplicates']} | {d['precision']:.3f} | {d['recall']:.3f} |")
        details = [f"- {doc.slug}: {k} {', '.join(getattr(c, k))}" for doc, c in self.people
                   for k in ("missing", "extra", "unverified", "duplicates") if getattr(c, k)]
        return "\n".join(lines + ([""] + details if details else []))

    def by(self, key) -> dict[tuple, tuple[int, int]]:
        out: dict[tuple, tuple[int, int]] = {}
        for doc, ok, n in self.rows:
            k = key(doc)
            a, b = out.get(k, (0, 0))
            out[k] = (a + ok, b + n)
        return out

    def table(self) -> str:
        lines = ["| document | genre | split | correct | accuracy |", "|---|---|---|---|---|"]
        for doc, ok, n in self.rows:
            lines.append(f"| {doc.slug} | {doc.genre} | {doc.split} | {ok}/{n} | {ok / n:.3f} |")
        lines += ["", "| genre | split | correct | accuracy |", "|---|---|---|---|"]
        for (genre, split), (ok, n) in sorted(self.by(lambda d: (d.genre, d.split)).items()):
            lines.append(f"| {genre} | {split} | {ok}/{n} | {ok / n:.3f} |")
        for split, (ok, n) in sorted(self.by(lambda d: (d.split,)).items()):
            lines.append(f"| all | {split[0]} | {ok}/{n} | {ok / n:.3f} |")
        lines += ["", "| split | genre | documents | accuracy | 95% interval, documents resampled |", "|---|---|---|---|---|"]
        for (split, genre), docs in sorted(self.per_document().items()):
            lo, hi = document_interval(docs)
            ok, n = sum(c for c, _ in docs), sum(t for _, t in docs)
            lines.append(f"| {split} | {genre} | {len(docs)} | {ok / n:.3f} | {lo:.3f} – {hi:.3f} |")
        return "\n".join(lines)

    def per_document(self) -> dict[tuple[str, str], list[tuple[int, int]]]:
        """(split, genre or "all") -> each document's (correct, total): what the intervals resample."""
        out: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for doc, ok, n in self.rows:
            for genre in (doc.genre, "all"):
                out.setdefault((doc.split, genre), []).append((ok, n))
        return out

    def below(self, floors: dict[str, dict[str, float]]) -> list[str]:
        """Floor failures: floors = {split: {genre: minimum accuracy}, "people": {split: {"precision"|"recall": minimum}}}."""
        got = self.by(lambda d: (d.split, d.genre))
        bad = []
        people = self.people_totals()
        for split, wanted in floors.get("people", {}).items():
            for measure, floor in wanted.items():
                got_ = people.get(split, {}).get(measure, 0.0)
                if got_ < floor:
                    bad.append(f"speakers {measure} ({split}) {got_:.3f} is below the floor {floor}")
        for split, per_genre in floors.items():
            if split == "people":
                continue
            for genre, floor in per_genre.items():
                ok, n = got.get((split, genre), (0, 0))
                if not n or ok / n < floor:
                    bad.append(f"attribution {genre} ({split}) {ok}/{n} is below the floor {floor}")
        return bad


def score_real(folder: Path = REAL, splits: set[str] | None = None) -> RealReport:
    """Ingest each real document of the chosen splits and score its sentences and its `quidit speakers` list
    against its gold labels."""
    from quidit.ingest.pipeline import ingest_file, speakers_of

    rows, people = [], []
    for doc in real_documents(folder):
        if splits and doc.split not in splits:
            continue
        gold = folder / "gold" / f"{doc.slug}.attribution.jsonl"
        if not gold.is_file():
            continue
        t = ingest_file(folder / f"{doc.slug}.txt")
        labels = load_labels(gold)
        rep = score_attribution(labels, [t])
        rows.append((doc, rep.correct, rep.total))
        people.append((doc, check_people(labels, t, [st.name for st in speakers_of(t)])))
    return RealReport(rows, people)
