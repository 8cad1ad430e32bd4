"""`quidit eval`: run gold questions through the public search and answer functions and report."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from quidit.chat.answer import Conversation, answer
from quidit.errors import InputError
from quidit.evals.attribution import AttributionReport, same_speaker, score_attribution
from quidit.evals.gold import EVALS_DATA, SNIPPET_COVERAGE, contains, read_jsonl, snippet_share
from quidit.evals.metrics import document_interval, hit_curve, retrieval_metrics
from quidit.index.encoders import Calibration, Signals
from quidit.index.search import Searcher
from quidit.ingest.pipeline import Transcript

QUESTIONS = EVALS_DATA / "questions.jsonl"  # dev: written and tuned on by the people who built quidit
TEST_QUESTIONS = EVALS_DATA / "questions-test.jsonl"  # test: the report's later pages, never tuned on
REAL = EVALS_DATA / "real"  # documents written by others; SOURCES-*.md gives each one's split
MAX_REFUSED = 0.05  # abstention target: at most this share of answerable questions refused
ATTRIBUTION = EVALS_DATA / "attribution.jsonl"
FLOORS = Path(__file__).resolve().parent / "floors.json"


@dataclass
class RetrieverRun:
    name: str
    rankings: dict[str, list[str]]
    latencies: list[float]
    overall: dict[str, float] = field(default_factory=dict)
    by_lang: dict[str, dict[str, float]] = field(default_factory=dict)
    curve: list[float] = field(default_factory=list)  # hit@1..10


@dataclass
class EvalReport:
    runs: list[RetrieverRun]
    relevant: dict[str, set[str]]
    questions: list[dict]
    speaker_named: float = 0.0
    speaker_named_exact: float = 0.0  # the gold name itself (honorifics, case and accents aside), no alternative names
    quote_holds_gold: float = 0.0  # share of answered answerable questions whose first quote overlaps a gold snippet
    abstained_answerable: float = 0.0  # share of answerable questions with no answer (lower is better)
    abstained_offtopic: float | None = None  # share of off-topic questions abstained on (higher is better)
    confidences: list[tuple[float, bool, str]] = field(default_factory=list)  # (abstention score, answerable, lang)
    signals: list[tuple[Signals, bool, str]] = field(default_factory=list)  # what that score was made of
    signal_groups: list[str] = field(default_factory=list)  # per signal: its question's document (held-out check)
    answer_latencies: list[float] = field(default_factory=list)
    attribution: AttributionReport | None = None
    speaker_misses: list[dict] = field(default_factory=list)  # answerable questions whose answer names another speaker or none
    refused_otherwise: int = 0  # answerable questions refused by a check other than the calibration (no figure, unknown person)


def load_questions(path: Path) -> list[dict]:
    """Gold questions; `"answerable": false` marks an off-topic question (no gold), used for abstention."""
    rows = read_jsonl(path, ("id", "question"))
    for r in rows:
        if r.get("offtopic"):
            r["answerable"] = False
        if r.get("answerable", True) and (not isinstance(r.get("gold"), list) or not r["gold"]):
            raise InputError(f"{path}: question {r['id']}: 'gold' must be a non-empty list of verbatim snippets "
                             "(or set \"answerable\": false)")
    return rows


def answerable(questions: list[dict]) -> list[dict]:
    return [q for q in questions if q.get("answerable", True) and not q.get("offtopic")]


def relevance(questions: list[dict], searcher: Searcher) -> dict[str, set[str]]:
    """Passages that contain enough of a gold snippet; a snippet found nowhere is an error, not a silent miss."""
    out = {}
    for q in answerable(questions):
        pool = [p for p in searcher.passages if not q.get("source") or p.source == q["source"]]
        rel = {p.id for p in pool for s in q["gold"] if contains(p.text, s)}
        if not rel:
            raise InputError(f"question {q['id']}: gold snippet {q['gold'][0][:60]!r} is not in the corpus; copy it verbatim from the transcript")
        out[q["id"]] = rel
    return out


def run_retriever(name: str, questions: list[dict], searcher: Searcher, relevant: dict[str, set[str]],
                  label: str | None = None, own_document: bool = False) -> RetrieverRun:
    """`own_document`: each question searches its own document only, as a user who picks it (`--source`) would."""
    rankings, lat = {}, []
    questions = answerable(questions)
    for q in questions:
        t = time.perf_counter()
        res = searcher.search(q["question"], k=10, retriever=name, sources=_own(q, own_document))
        lat.append(time.perf_counter() - t)
        rankings[q["id"]] = [h.passage.id for h in res.hits]
    run = RetrieverRun(label or name, rankings, lat)
    run.overall = retrieval_metrics(rankings, relevant)
    for lang in sorted({q.get("lang", "fr") for q in questions}):
        ids = {q["id"] for q in questions if q.get("lang", "fr") == lang}
        run.by_lang[lang] = retrieval_metrics({i: r for i, r in rankings.items() if i in ids}, relevant)
    run.curve = hit_curve(rankings, relevant, 10)
    return run


def _own(q: dict, own_document: bool) -> list[str] | None:
    return [q["source"]] if own_document and q.get("source") else None


def evaluate(searcher: Searcher, questions: list[dict], retrievers: list[str],
             transcripts: list[Transcript] | None = None, labels: list[dict] | None = None,
             others: dict[str, Searcher] | None = None, own_document: bool = False) -> EvalReport:
    """`others`: more encoder backends (label -> searcher over the same passages) compared in the same table;
    `own_document`: every question asked of its own document only (`--source`)."""
    relevant = relevance(questions, searcher)
    runs = [run_retriever(r, questions, searcher, relevant, own_document=own_document) for r in retrievers]
    for label, other in (others or {}).items():
        runs += [run_retriever(r, questions, other, relevant, f"{r} ({label})", own_document) for r in ("dense", "hybrid")]
    rep = EvalReport(runs, relevant, questions)
    named = 0
    named_exact = 0
    quoted: list[bool] = []
    abstained = {True: 0, False: 0}
    calibration = getattr(searcher.encoder, "calibration", None)
    for q in questions:
        t = time.perf_counter()
        a = answer(q["question"], searcher, conversation=Conversation(), sources=_own(q, own_document))
        rep.answer_latencies.append(time.perf_counter() - t)
        ok = q.get("answerable", True)
        right = bool(q.get("speaker")) and ok and same_speaker(a.speaker, q)  # honorifics, alternatives
        named += right
        named_exact += right and same_speaker(a.speaker, {"speaker": q["speaker"]})
        if q.get("speaker") and ok and not right:
            rep.speaker_misses.append({"id": q["id"], "question": q["question"], "gold": q["speaker"], "named": a.speaker,
                                       "abstained": a.abstained, "quote": a.citations[0].sentence if a.citations else None,
                                       "passages": [(h.passage.source, h.passage.speaker) for h in a.hits[:3]]})
        abstained[ok] += a.abstained
        if ok and a.abstained and (a.confidence is None or calibration is not None
                                   and a.confidence >= calibration.threshold(a.language)):
            rep.refused_otherwise += 1
        if ok and a.citations:
            quote = a.citations[0].sentence
            quoted.append(any(max(snippet_share(g, quote), snippet_share(quote, g)) >= SNIPPET_COVERAGE for g in q["gold"]))
        if a.confidence is not None:
            rep.confidences.append((a.confidence, ok, q.get("lang", "fr")))
        if a.signals is not None:
            rep.signals.append((a.signals, ok, q.get("lang", "fr")))
            rep.signal_groups.append(question_group(q, len(rep.signal_groups)))
    n_ok = len(answerable(questions))
    n_off = len(questions) - n_ok
    with_speaker = sum(1 for q in answerable(questions) if q.get("speaker")) or 1
    rep.speaker_named = named / with_speaker
    rep.speaker_named_exact = named_exact / with_speaker
    rep.quote_holds_gold = sum(quoted) / len(quoted) if quoted else 0.0
    rep.abstained_answerable = abstained[True] / (n_ok or 1)
    rep.abstained_offtopic = abstained[False] / n_off if n_off else None
    if transcripts is not None and labels is not None:
        rep.attribution = score_attribution(labels, transcripts)
    return rep


def question_group(q: dict, position: int) -> str:
    """What the abstention's held-out check keeps together: a real question's document; the bundled report's
    questions (one document) alternate between two groups so each half of the check gets some."""
    return q.get("source") or f"report-{position % 2}"


def held_out_halves(groups: list[str]) -> tuple[set[str], set[str]]:
    """The dev groups split in two halves (alternating in sorted order, so each half has documents of every language)."""
    names = sorted(set(groups))
    return set(names[0::2]), set(names[1::2])


def suggest_threshold(confidences: list[tuple[float, bool]]) -> float:
    """The abstention threshold that classifies answerable vs off-topic questions best (balanced accuracy);
    midway between the two scores around the cut."""
    pos = sorted(c for c, ok in confidences if ok)
    neg = sorted(c for c, ok in confidences if not ok)
    if not pos or not neg:
        return float("nan")
    cuts = sorted({c for c, _ in confidences})
    best, best_acc = cuts[0], -1.0
    for lo, hi in zip(cuts, cuts[1:]):
        t = (lo + hi) / 2
        acc = (sum(c >= t for c in pos) / len(pos) + sum(c < t for c in neg) / len(neg)) / 2
        if acc > best_acc:
            best, best_acc = t, acc
    return best


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of latencies; 0 when there are none."""
    return float(np.percentile(values, 100 * q)) if values else 0.0


def fit_thresholds(confidences: list[tuple[float, bool, str]], max_refused: float = MAX_REFUSED) -> dict[str, float]:
    """Per question language, the highest abstention threshold that refuses at most `max_refused` of the
    answerable questions (so as many off-topic ones as possible are refused at that cost)."""
    out = {}
    for lang in sorted({lang for _, _, lang in confidences}):
        pos = sorted(c for c, ok, l in confidences if ok and l == lang)
        if not pos:
            continue
        allowed = int(np.floor(max_refused * len(pos)))  # answerable questions we may refuse
        # midway below the (allowed+1)-th lowest answerable score: exactly `allowed` fall under it
        lo = pos[allowed - 1] if allowed > 0 else pos[0] - 0.02
        out[lang] = round((lo + pos[allowed]) / 2, 4) if allowed > 0 else round(lo, 4)
    return out


def refusals(confidences: list[tuple[float, bool, str]], thresholds: dict[str, float], default: float) -> tuple[float, float | None]:
    """(share of answerable refused, share of off-topic refused) when abstaining under `thresholds`."""
    ok = [c < thresholds.get(lang, default) for c, a, lang in confidences if a]
    off = [c < thresholds.get(lang, default) for c, a, lang in confidences if not a]
    return (sum(ok) / len(ok) if ok else 0.0), (sum(off) / len(off) if off else None)


def _features(s: Signals) -> list[float]:
    return [s.sentence, float(np.log1p(max(0.0, s.bm25))), float(s.agreement), s.coverage]


def fit_weights(signals: list[tuple[Signals, bool, str]], c: float = 1.0, steps: int = 50) -> tuple[float, float, float]:
    """(bm25_weight, agreement_weight, coverage_weight) of `Calibration.score`, from an L2-regularised logistic regression
    (answerable vs off-topic) on standardised features, solved by Newton's method; the coefficients are divided
    by the sentence cosine's so the score stays in cosine units. Negative weights are clipped to 0: lexical
    evidence may only add to the confidence. Language is left to the per-language thresholds fitted after."""
    if not signals or all(ok for _, ok, _ in signals) or not any(ok for _, ok, _ in signals):
        return 0.0, 0.0, 0.0
    x = np.array([_features(s) for s, _, _ in signals])
    y = np.array([ok for _, ok, _ in signals], float)
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], 1.0 / c)
    reg[-1] = 0.0  # no penalty on the intercept
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[:-1] / sd
    if raw[0] <= 0:
        return 0.0, 0.0, 0.0
    return tuple(round(float(max(0.0, r / raw[0])), 4) for r in raw[1:])


def fit_calibration(signals: list[tuple[Signals, bool, str]], max_refused: float = MAX_REFUSED,
                    groups: list[list[tuple[Signals, bool, str]]] | None = None, step: float = 0.001) -> Calibration:
    """Weights by `fit_weights`, then per language the highest threshold on the combined score that refuses at
    most `max_refused` of the answerable questions (`fit_thresholds`); with `groups` (one list per suite), all
    thresholds are then lowered by the smallest common offset (in `step`s) that keeps every group within
    `max_refused` too, so a small suite of hard questions is not sacrificed to a large easy one."""
    bm25_w, agree_w, cover_w = fit_weights(signals)
    cal = Calibration({}, 0.0, bm25_w, agree_w, cover_w)
    thresholds = fit_thresholds([(cal.score(s), ok, lang) for s, ok, lang in signals], max_refused)
    for n in range(int(1 / step)):
        shifted = {k: round(float(v) - n * step, 4) for k, v in thresholds.items()}
        if all(refusals([(cal.score(s), ok, lang) for s, ok, lang in g], shifted, min(shifted.values(), default=0.0))[0] <= max_refused
               for g in groups or []):
            thresholds = shifted
            break
    return Calibration(thresholds, min(thresholds.values(), default=0.0), bm25_w, agree_w, cover_w)


# --- splits and suites --------------------------------------------------------------------------
def real_splits(folder: Path = REAL) -> dict[str, str]:
    """slug -> "dev" | "test", from the tables of SOURCES-*.md (the last column is the split)."""
    out = {}
    for md in sorted(folder.glob("SOURCES-*.md")):
        for line in md.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) > 2 and re.fullmatch(r"[a-z]{2}-[\w-]+", cells[0]) and cells[-1] in ("dev", "test"):
                out[cells[0]] = cells[-1]
    return out


def real_questions(split: str, folder: Path = REAL, only: set[str] | None = None) -> list[dict]:
    """The gold questions of the real documents of one split (off-topic ones included); `only`: of these slugs."""
    rows: list[dict] = []
    for slug, s in real_splits(folder).items():
        path = folder / "gold" / f"{slug}.questions.jsonl"
        if s == split and path.is_file() and (only is None or slug in only):
            rows += with_alternatives(load_questions(path), folder / "gold" / f"{slug}.attribution.jsonl")
    return rows


def with_alternatives(questions: list[dict], labels: Path) -> list[dict]:
    """Give each question's speaker the other names the document's attribution gold accepts for that person
    ("dka" for Daniel Appelquist where the minutes only use the nick), so answers and sentences are scored alike."""
    if not labels.is_file():
        return questions
    names: dict[str, set[str]] = {}
    for row in read_jsonl(labels, ("source", "text", "speaker")):
        if row.get("speaker"):
            names.setdefault(row["speaker"], set()).update(a for a in row.get("alternatives") or [] if a)
    for q in questions:
        extra = names.get(q.get("speaker") or "", set()) - set(q.get("alternatives") or [])
        if extra:
            q["alternatives"] = [*(q.get("alternatives") or []), *sorted(extra)]
    return questions


def dev_sample(slugs: list[str], n: int) -> set[str]:
    """`n` dev documents picked by the hash of their names (0: all): the same ones on every machine and run, and a
    document added to the gold enters or not by its own name, without reshuffling the others."""
    if n <= 0 or n >= len(slugs):
        return set(slugs)
    return set(sorted(slugs, key=lambda s: hashlib.sha1(s.encode("utf-8")).hexdigest())[:n])


def mixed_corpus(home: Path, bundled: Path, folder: Path = REAL, dev_documents: int = 0) -> Path:
    """The bundled French report next to the real English, French and Spanish documents, in one folder
    under QUIDIT_HOME (copied only when changed): questions must find their document among the others.
    With `dev_documents`, every test document but only that many dev documents (`dev_sample`): an index build that
    grows with the gold would otherwise outgrow a CI run."""
    splits = real_splits(folder)
    keep = dev_sample([s for s, sp in splits.items() if sp == "dev"], dev_documents)
    out = home / "eval-corpora" / ("mixed" if dev_documents <= 0 else f"mixed-dev{dev_documents}")
    out.mkdir(parents=True, exist_ok=True)
    real = [p for p in sorted(folder.glob("*.txt")) if splits.get(p.stem) != "dev" or p.stem in keep]
    wanted = {p.name: p for p in [*sorted(bundled.glob("*.txt")), *real]}
    for old in out.iterdir():
        if old.name not in wanted:
            old.unlink()
    for name, src in wanted.items():
        dst = out / name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copyfile(src, dst)
    return out


@dataclass
class Suite:
    """Questions asked over one corpus; `split` says whether anyone tuned on them."""

    name: str
    split: str
    corpus: Path
    questions: list[dict]
    own_document: bool = False  # each question restricted to its own document (`--source`), as a user who picks it


def default_suites(home: Path, bundled: Path, dev_documents: int = 0) -> list[Suite]:
    """The suites `quidit eval` runs; `dev_documents` > 0 keeps that many real dev documents (and their questions)."""
    mixed = mixed_corpus(home, bundled, dev_documents=dev_documents)
    kept = {p.stem for p in mixed.glob("*.txt")}
    dev, test = load_questions(QUESTIONS), load_questions(TEST_QUESTIONS)
    return [
        Suite("report dev", "dev", bundled, dev),
        Suite("report test", "test", bundled, test),
        Suite("real dev", "dev", mixed, real_questions("dev", only=kept)),
        Suite("real test", "test", mixed, real_questions("test")),
        # the same questions, each asked of its own document: how well quidit finds the passage once the document is
        # known, apart from finding the document among a hundred ("When will the board meet next?" names none)
        Suite("real test, own document", "test", mixed, real_questions("test"), own_document=True),
        Suite("mixed dev (report questions, all documents)", "dev", mixed, dev),
        Suite("mixed test (report questions, all documents)", "test", mixed, test),
    ]


def abstention_fit(reports: list[tuple[Suite, "EvalReport"]], default: float = 0.0) -> str:
    """The calibration fitted on the dev questions (report dev and real dev; the mixed suites repeat the report's
    questions), then applied to every suite: the test suites' refusal rates are the honest ones. Also the
    thresholds the best sentence alone would need (the signal used before), for comparison."""
    fitted = [(s, r) for s, r in reports if s.split == "dev" and not s.name.startswith("mixed")]
    groups = [r.signals for _, r in fitted]
    dev = [x for g in groups for x in g]
    if not dev:
        return ""
    budget = calibration_budget([r for _, r in fitted])
    cal = fit_calibration(dev, budget, groups=groups)
    alone = fit_calibration([(Signals(sg.sentence), ok, lang) for sg, ok, lang in dev], budget,
                            groups=[[(Signals(sg.sentence), ok, lang) for sg, ok, lang in g] for g in groups])
    lines = [f"abstention fitted on dev (≤ {budget:.1%} answerable refused by the calibration in each dev suite, {MAX_REFUSED:.0%} "
             f"less what other checks refused): score = sentence cosine + "
             f"{cal.bm25_weight} × log(1 + BM25 top) + {cal.agreement_weight} × dense/BM25 agreement + "
             f"{cal.coverage_weight} × question words in the first document; thresholds "
             + ", ".join(f"{k} {v:.4f}" for k, v in cal.abstain_below.items())]
    lines.append(held_out_check([(s, r) for s, r in reports if s.split == "dev" and not s.name.startswith("mixed")]))
    for s, r in reports:
        ok, off = refusals([(cal.score(sg), a, lang) for sg, a, lang in r.signals], cal.abstain_below, cal.default)
        ok1, off1 = refusals([(sg.sentence, a, lang) for sg, a, lang in r.signals], alone.abstain_below, alone.default)
        fmt = lambda v: f"{v:.3f}" if v is not None else "n/a"  # noqa: E731
        lines.append(f"  {s.name}: answerable refused {ok:.3f}, off-topic refused {fmt(off)} "
                     f"(best sentence alone: {ok1:.3f}, {fmt(off1)})")
    return "\n".join(lines)


def calibration_budget(reports: list["EvalReport"]) -> float:
    """The share of answerable questions the calibration may refuse: MAX_REFUSED less the most that the other checks
    (a "how much" question whose quotes hold no figure, a person no document knows) refused in any dev suite, so
    that all refusals together stay within MAX_REFUSED."""
    other = max((r.refused_otherwise / max(1, len(answerable(r.questions))) for r in reports), default=0.0)
    return max(0.0, round(MAX_REFUSED - other, 4))


def held_out_check(dev: list[tuple[Suite, "EvalReport"]]) -> str:
    """The same fit made on half of the dev documents and applied to the other half, both ways: refusal rates on
    questions whose documents the fit did not see (the dev numbers above are fitted on the questions they report)."""
    tagged = [(s.name, sig, g) for s, r in dev for sig, g in zip(r.signals, r.signal_groups)]
    if not tagged:
        return ""
    halves = held_out_halves([g for _, _, g in tagged])
    held: dict[str, list[tuple[float, bool, str]]] = {}
    for train_half, test_half in (halves, halves[::-1]):
        train = [(name, sig) for name, sig, g in tagged if g in train_half]
        groups = [[sig for n, sig in train if n == name] for name in dict.fromkeys(n for n, _ in train)]
        cal = fit_calibration([sig for _, sig in train], calibration_budget([r for _, r in dev]), groups=[g for g in groups if g])
        for name, (sg, ok, lang), g in tagged:
            if g in test_half:
                refused = cal.score(sg) < cal.threshold(lang)
                held.setdefault(name, []).append((0.0 if refused else 1.0, ok, lang))
    fmt = lambda v: f"{v:.3f}" if v is not None else "n/a"  # noqa: E731
    out = [f"held-out check (fitted on half of the dev documents, applied to the other half, both ways; {len(halves[0])} + "
           f"{len(halves[1])} document groups):"]
    for name, rows in held.items():
        ok, off = refusals(rows, {}, 0.5)
        out.append(f"  {name}: answerable refused {ok:.3f}, off-topic refused {fmt(off)} "
                   f"({sum(a for _, a, _ in rows)} answerable, {sum(not a for _, a, _ in rows)} off-topic)")
    return "\n".join(out)


def question_intervals(rep: EvalReport, run: RetrieverRun) -> str | None:
    """95% intervals of hit@5 and MRR@10 that resample whole documents (a document's questions share its format
    and language, so they are not independent); the questions themselves when they all come from one document."""
    per_q: dict[str, list[tuple[float, float]]] = {}
    for q in answerable(rep.questions):
        if not rep.relevant.get(q["id"]):
            continue
        ranks = [i for i, d in enumerate(run.rankings.get(q["id"], [])[:10], 1) if d in rep.relevant[q["id"]]]
        per_q.setdefault(q.get("source") or "", []).append((float(bool(ranks) and ranks[0] <= 5), 1 / ranks[0] if ranks else 0.0))
    if not per_q:
        return None
    groups = list(per_q.values()) if len(per_q) > 1 else [[x] for x in next(iter(per_q.values()))]
    unit = "documents" if len(per_q) > 1 else "questions"
    parts = []
    for name, k in (("hit@5", 0), ("mrr@10", 1)):
        lo, hi = document_interval([(sum(x[k] for x in g), len(g)) for g in groups])
        parts.append(f"{name} {lo:.3f} – {hi:.3f}")
    return f"{run.name}, 95% intervals ({len(groups)} {unit} resampled): " + ", ".join(parts)


def summary_table(rep: EvalReport) -> str:
    cols = ["hit@1", "hit@3", "hit@5", "recall@10", "mrr@10", "ndcg@10"]
    langs = sorted({q.get("lang", "fr") for q in answerable(rep.questions)})
    lines = ["| retriever | " + " | ".join(cols) + " | " + " | ".join(f"hit@5 {l}" for l in langs) + " | p50 ms | p95 ms |",
             "|---" * (len(cols) + len(langs) + 3) + "|"]
    for r in rep.runs:
        lines.append(f"| {r.name} | " + " | ".join(f"{r.overall[c]:.3f}" for c in cols) + " | "
                     + " | ".join(f"{r.by_lang[l]['hit@5']:.3f}" for l in langs)
                     + f" | {1000 * pct(r.latencies, .5):.1f} | {1000 * pct(r.latencies, .95):.1f} |")
    if rep.runs and (spread := question_intervals(rep, rep.runs[0])):
        lines += ["", spread]
    lines.append("")
    off = f"{rep.abstained_offtopic:.3f}" if rep.abstained_offtopic is not None else "n/a"
    lines.append(f"answers: speaker named {rep.speaker_named:.3f} (gold name itself {rep.speaker_named_exact:.3f}); first quote holds the gold {rep.quote_holds_gold:.3f}; abstained on answerable {rep.abstained_answerable:.3f}, "
                 f"on off-topic {off}; suggested thresholds "
                 + ", ".join(f"{lang} {suggest_threshold([(c, ok) for c, ok, l in rep.confidences if l == lang]):.3f}"
                             for lang in sorted({l for _, _, l in rep.confidences})) + "; "
                 f"ask p50 {1000 * pct(rep.answer_latencies, .5):.1f} ms, p95 {1000 * pct(rep.answer_latencies, .95):.1f} ms")
    if rep.attribution:
        a = rep.attribution
        lines.append(f"attribution: {a.correct}/{a.total} sentences = {a.accuracy:.3f}"
                     + "".join(f"; {src.split('.')[0][:28]} {ok}/{n}" for src, (ok, n) in a.per_source.items()))
        for (gold, pred), n in a.confusions.most_common():
            lines.append(f"  confusion: {gold} taken for {pred} ×{n}")
    return "\n".join(lines)


def write_report(rep: EvalReport, folder: Path, searcher: Searcher) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    by_id = {p.id: p for p in searcher.passages}
    best = rep.runs[0]
    worst = []
    for q in answerable(rep.questions):
        ranks = [i for i, d in enumerate(best.rankings[q["id"]], 1) if d in rep.relevant[q["id"]]]
        worst.append((ranks[0] if ranks else 99, q))
    worst.sort(key=lambda x: -x[0])
    md = ["# quidit evaluation", "", summary_table(rep), "", f"## Worst-ranked questions ({best.name})", ""]
    for rank, q in worst[:10]:
        first = by_id.get(best.rankings[q["id"]][0]) if best.rankings[q["id"]] else None
        md += [f"- **{q['id']}** ({q.get('lang', 'fr')}) {q['question']} — first relevant rank: {rank if rank < 99 else 'none in top 10'}",
               f"  - gold: {q['gold'][0]}",
               f"  - ranked first instead: {(first.speaker or 'narration') + ': ' + first.text[:160] if first else '—'}"]
    md += ["", f"## Answers naming another speaker or none ({len(rep.speaker_misses)})", ""]
    for m in rep.speaker_misses:
        said = "abstained" if m["abstained"] else f"named {m['named'] or 'narration'}"
        md += [f"- **{m['id']}** {m['question']} — gold {m['gold']}, {said}",
               f"  - quote: {(m['quote'] or '—')[:160]}",
               "  - top passages: " + "; ".join(f"{src} ({who or 'narration'})" for src, who in m["passages"])]
    (folder / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for r in rep.runs:
        ax.plot(range(1, 11), r.curve, marker="o", label=r.name)
    ax.set_xlabel("k")
    ax.set_ylabel("hit@k")
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(folder / "hit_at_k.png", dpi=100)
    plt.close(fig)
    return folder / "report.md"


def export_beir(folder: Path, searcher: Searcher, questions: list[dict], relevant: dict[str, set[str]]) -> None:
    (folder / "qrels").mkdir(parents=True, exist_ok=True)
    with open(folder / "corpus.jsonl", "w", encoding="utf-8") as f:
        for p in searcher.passages:
            f.write(json.dumps({"_id": p.id, "title": p.speaker or "", "text": p.text}, ensure_ascii=False) + "\n")
    with open(folder / "queries.jsonl", "w", encoding="utf-8") as f:
        for q in answerable(questions):
            f.write(json.dumps({"_id": q["id"], "text": q["question"]}, ensure_ascii=False) + "\n")
    with open(folder / "qrels" / "test.tsv", "w", encoding="utf-8") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        for qid, docs in relevant.items():
            for d in sorted(docs):
                f.write(f"{qid}\t{d}\t1\n")


def check_suite_floors(reports: list[tuple[Suite, EvalReport]], floors: dict) -> list[str]:
    """`floors` maps a suite name to its floors (see `check_floors`); suites not run are skipped."""
    by_name = {s.name: r for s, r in reports}
    return [f"{name}: {line}" for name, fl in floors.items() if name in by_name for line in check_floors(by_name[name], fl)]


def check_floors(rep: EvalReport, floors: dict) -> list[str]:
    """Headline numbers under their floor, as readable lines (empty when all pass)."""
    runs = {r.name: r for r in rep.runs}
    bad = []
    for key, floor in floors.items():
        if key == "attribution_accuracy":
            value = rep.attribution.accuracy if rep.attribution else 0.0
        elif key == "speaker_named":
            value = rep.speaker_named
        elif key == "quote_holds_gold":
            value = rep.quote_holds_gold
        elif key == "abstained_offtopic":
            value = rep.abstained_offtopic or 0.0
        elif key == "answered_answerable":
            value = 1 - rep.abstained_answerable
        else:
            retriever, metric = key.split(":", 1)
            if retriever not in runs:
                continue
            lang, _, m = metric.rpartition(":")
            value = runs[retriever].by_lang[lang][m] if lang else runs[retriever].overall[m]
        if value < floor:
            bad.append(f"{key} = {value:.3f} is below its floor {floor}")
    return bad

