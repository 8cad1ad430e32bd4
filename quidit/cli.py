"""The `quidit` command. Domain errors become one-line messages here, nowhere else."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import dataclasses
import logging

import typer
from typer.core import TyperGroup

from quidit.errors import InputError, QuiditError
from quidit.settings import DEFAULT_CORPUS, MAX_TRANSCRIPT_CHARS, STORE_CHOICES, Retriever, Settings, StoreSpec


class QuiditGroup(TyperGroup):
    """The one error boundary: a domain error from any command becomes `error: …` and its exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except QuiditError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(e.exit_code) from None


class _LevelPrefix(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


app = typer.Typer(cls=QuiditGroup, add_completion=False, no_args_is_help=True,
                  help="quidit — who said what, in conference transcripts.")


@app.callback()
def main(ctx: typer.Context,
         max_chars: int = typer.Option(MAX_TRANSCRIPT_CHARS, "--max-chars", min=0, help=(
             "Refuse a transcript longer than this many characters (0: no limit); a longer one takes hours to index."))) -> None:
    """Library warnings and errors go to stderr as one line each; the base Settings reach every command."""
    handler = logging.StreamHandler()
    handler.setFormatter(_LevelPrefix())
    root = logging.getLogger("quidit")
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    root.propagate = False
    ctx.obj = Settings(max_chars=max_chars)


def settings_of(ctx: typer.Context, **changes) -> Settings:
    base = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
    if "store" in changes:
        changes["store"] = StoreSpec.parse(changes["store"]) if changes["store"] else base.store
    return dataclasses.replace(base, **changes)


CorpusOpt = typer.Option(DEFAULT_CORPUS, "--corpus", help="Folder of transcripts.")


def _load(settings: Settings):
    from quidit.ingest import ingest_corpus

    transcripts, errors = ingest_corpus(settings.corpus, settings.chunk_size, settings.chunk_overlap, settings.max_chars)
    for line in errors:
        typer.echo(f"error: {line}", err=True)
    for t in transcripts:
        for w in t.warnings:
            typer.echo(f"warning: {w}", err=True)
    return transcripts, errors


@app.command()
def ingest(ctx: typer.Context, corpus: Path = CorpusOpt) -> None:
    """Clean, attribute and chunk every transcript; print a summary per file."""
    transcripts, errors = _load(settings_of(ctx, corpus=corpus))
    for t in transcripts:
        how = t.reader + (f" ({t.dialect})" if t.dialect else "")
        typer.echo(f"{t.source}: {len(t.participants)} participants, {t.turn_count} turns, {len(t.passages)} passages — {how} reader")
        typer.echo(f"  genre: {t.genre.value} ({t.genre_evidence})")
    if errors and not transcripts:
        raise typer.Exit(2)


@app.command()
def passages(ctx: typer.Context, corpus: Path = CorpusOpt,
             explain: bool = typer.Option(False, "--explain", help="Add each sentence's speaker and the cue that decided it.")) -> None:
    """Print every passage as JSON Lines."""
    transcripts, _ = _load(settings_of(ctx, corpus=corpus))
    for t in transcripts:
        for p in t.passages:
            row = p.to_dict()
            if explain:
                row["sentences"] = [{"text": t.text[s.start:s.end][:80], "speaker": s.speaker, "cue": s.cue.value}
                                    for s in t.sentences if p.start <= s.start < p.end]
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


@app.command()
def speakers(ctx: typer.Context, corpus: Path = CorpusOpt,
             as_json: bool = typer.Option(False, "--json", help="JSON Lines output."),
             everyone: bool = typer.Option(False, "--all", help="Also list participants who say nothing (listed, absent, proxies).")) -> None:
    """List participants with role, organisation, passages and words attributed; then unnamed diarization labels."""
    from quidit.ingest.pipeline import SIDECAR, speakers_of

    transcripts, _ = _load(settings_of(ctx, corpus=corpus))
    for t in transcripts:
        for st in speakers_of(t, everyone):  # listed but silent (absent, proxy-only, attendance) only with --all
            p = st.participant
            row = (p.to_dict() if p else {"name": st.name}) | {"source": t.source, "passages": st.passages, "words": st.words}
            if as_json:
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                where = ", ".join(x for x in ((p.role, p.organization, p.place) if p else ()) if x)
                typer.echo(f"{st.name} [{(p.session_role if p else None) or '-'}] {where} — {st.passages} passages, {st.words} words")
    unnamed = [(t, label, words) for t in transcripts for label, words in t.unnamed.items()]
    for t, label, words in unnamed:
        if as_json:
            typer.echo(json.dumps({"source": t.source, "unnamed_label": label, "first_words": words}, ensure_ascii=False))
        else:
            typer.echo(f"unnamed: {t.source} {label}: “{words}…”")
    if unnamed and not as_json:
        first = unnamed[0][0].source
        typer.echo(f"name them in a sidecar beside the transcript, e.g. {Path(first).stem}{SIDECAR} holding lines like "
                   f"{unnamed[0][1]} = \"Jane Roe\"; the next `quidit index` re-indexes that transcript")


def _stdin_text() -> str:
    """Standard input as text; bytes that are not UTF-8 become U+FFFD instead of a decoding traceback."""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read().decode("utf-8", "replace") if buffer is not None else sys.stdin.read()


ModelOpt = typer.Option("e5-small", "--model", help="Encoder: e5-small (default), minilm, or st:PATH_OR_MODEL_ID.")
SourceOpt = typer.Option(None, "--source", help="Only this document, by file name or stem (repeatable).")
RetrieverOpt = typer.Option(Retriever.HYBRID, "--retriever", help="hybrid (default), dense or bm25.")
StoreOpt = typer.Option(None, "--store", help=f"Where the index lives: {STORE_CHOICES}. Default: $QUIDIT_STORE, else files.")


def _open(settings: Settings, rebuild: bool = False, max_build_seconds: float | None = None):
    from quidit.index.service import open_index

    return open_index(settings, rebuild=rebuild, max_build_seconds=max_build_seconds)


@app.command("index")
def index_cmd(ctx: typer.Context, corpus: Path = CorpusOpt, model: str = ModelOpt, store: Optional[str] = StoreOpt,
              rebuild: bool = typer.Option(False, "--rebuild", help="Rebuild even if nothing changed."),
              jobs: Optional[int] = typer.Option(None, "--jobs", min=1, help="Embedding worker processes (default: the number of cores).")) -> None:
    """Build or refresh the search index of a corpus (only changed passages are embedded again; a killed build resumes)."""
    changes = {"jobs": jobs} if jobs else {}
    opened = _open(settings_of(ctx, corpus=corpus, model=model, store=store, **changes), rebuild)
    r = opened.report
    where = opened.searcher.stored.location
    if r is None:
        typer.echo(f"index is up to date: {len(opened.searcher.passages)} passages in {where}")
    else:
        spent = ", ".join(f"{k} {v:.1f} s" for k, v in r.seconds.items())
        typer.echo(f"indexed {r.passages} passages ({r.embedded} embedded, {r.reused} reused) in {where}"
                   + (f"; embedding time: {spent}" if spent else ""))


@app.command()
def search(ctx: typer.Context, query: list[str] = typer.Argument(..., help="Words of the question."), corpus: Path = CorpusOpt,
           k: int = typer.Option(5, "-k", help="Number of passages."),
           speaker: Optional[list[str]] = typer.Option(None, "--speaker", help="Only passages by this speaker (repeatable)."),
           source: Optional[list[str]] = SourceOpt,
           retriever: Retriever = RetrieverOpt, model: str = ModelOpt, store: Optional[str] = StoreOpt,
           as_json: bool = typer.Option(False, "--json", help="JSON Lines output.")) -> None:
    """Rank passages for a query, with speaker, page and score."""
    from quidit.index.search import clean_text

    opened = _open(settings_of(ctx, corpus=corpus, model=model, retriever=retriever, store=store))
    res = opened.searcher.search(clean_text(" ".join(query)), k=k, speakers=speaker or None, retriever=retriever,
                                 sources=source or None)
    for n in res.notices:
        typer.echo(f"notice: {n}", err=True)
    for h in res.hits:
        p = h.passage
        if as_json:
            typer.echo(json.dumps(p.to_dict() | {"rank": h.rank, "score": h.score, "retrievers": h.retrievers}, ensure_ascii=False))
        else:
            where = p.time_range() or (f"p.{p.page}" if p.page is not None else "")
            typer.echo(f"{h.rank}. [{h.score:.4f} {'+'.join(h.retrievers)}] {p.speaker or '(narration)'} — {p.source} {where}".rstrip())
            typer.echo("   " + p.text[:300].replace("\n", " ") + ("…" if len(p.text) > 300 else ""))


@app.command()
def ask(ctx: typer.Context, question: Optional[list[str]] = typer.Argument(None, help="The question; '-' reads one question per line from stdin."),
        corpus: Path = CorpusOpt, k: int = typer.Option(5, "-k", help="Number of passages."),
        speaker: Optional[list[str]] = typer.Option(None, "--speaker", help="Only this speaker (repeatable)."),
        source: Optional[list[str]] = SourceOpt,
        retriever: Retriever = RetrieverOpt, model: str = ModelOpt, store: Optional[str] = StoreOpt,
        as_json: bool = typer.Option(False, "--json", help="One JSON object per question per line."),
        conversation: bool = typer.Option(False, "--conversation",
                                          help="With '-': the lines are one dialogue (elliptic follow-ups keep the speaker); "
                                               "by default each line is an independent question.")) -> None:
    """Answer questions with cited, speaker-attributed passages."""
    from quidit.chat.answer import Conversation, answer

    words = question or []
    if not words:
        raise InputError("no question; give one, or '-' to read questions from stdin")
    from quidit.index.search import clean_text

    questions = [line for line in _stdin_text().splitlines() if line.strip()] if words == ["-"] else [" ".join(words)]
    questions = [clean_text(q) for q in questions]  # a shell's invalid bytes (\xff) become spaces, not a traceback
    searcher = _open(settings_of(ctx, corpus=corpus, model=model, retriever=retriever, store=store)).searcher
    conv = Conversation()
    failed = False
    for q in questions:
        try:
            a = answer(q, searcher, k=k, speakers=speaker or None, retriever=retriever, sources=source or None,
                       conversation=conv if conversation else Conversation())
        except QuiditError as e:
            typer.echo(f"error: {e}", err=True)
            failed = True
            continue
        for n in a.notices:
            typer.echo(f"notice: {n}", err=True)
        if as_json:
            typer.echo(json.dumps(a.to_dict(), ensure_ascii=False))
        else:
            kept = f"(following up on {', '.join(a.kept_speakers)})\n" if a.kept_speakers else ""
            # one write per answer, its blank line included: a reader that leaves at the first match (`| grep -q`)
            # then finds the whole answer in the pipe, instead of closing it between two writes (a broken pipe, exit 1)
            typer.echo(f"{kept}{a.text}\n")  # its citation lines say who, which file and when (or which page)
    if failed:
        raise typer.Exit(2)


@app.command()
def chat(ctx: typer.Context, corpus: Path = CorpusOpt, model: str = ModelOpt, store: Optional[str] = StoreOpt,
         host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (localhost by default)."),
         port: int = typer.Option(7860, "--port", help="Port."),
         allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", help=(
             "Another name this server may be reached by (e.g. behind a proxy; repeatable). "
             "Requests naming any other Host are refused (DNS rebinding).")),
         allow_long_build: bool = typer.Option(False, "--allow-long-build", help=(
             "Build the index here even when that takes more than a few minutes (otherwise: run `quidit index` first)."))) -> None:
    """Start the chat window in the browser (builds the index on first run, if that is quick)."""
    from quidit.index import service

    settings = settings_of(ctx, corpus=corpus, model=model, store=store)
    opened = _open(settings, max_build_seconds=None if allow_long_build else service.CHAT_BUILD_SECONDS)
    from quidit.chat.app import launch

    typer.echo(f"quidit: {len(opened.searcher.passages)} passages ready; open http://{host}:{port}", err=True)
    launch(opened.searcher, host, port, blocked=[str(settings.home)], allowed_hosts=allow_host or [])  # no index file is ever served


def _pick_suites(suites: list, wanted: list[str] | None) -> list:
    """Each --suite text picks the suite of exactly that name ("report dev") if there is one, else every suite whose
    name contains it ("report" also names the mixed suites, asked on report questions)."""
    if not wanted:
        return suites
    names = {s.name for s in suites}
    return [s for s in suites if any(s.name == w if w in names else w in s.name for w in wanted)]


@app.command("eval")
def eval_cmd(ctx: typer.Context, questions: Optional[Path] = typer.Option(
                 None, "--questions", help="Gold questions (JSONL) on --corpus; default: the dev and test suites."),
             attribution: Optional[Path] = typer.Option(None, "--attribution", help="Gold sentence speakers (JSONL)."),
             corpus: Path = CorpusOpt, model: str = ModelOpt, store: Optional[str] = StoreOpt,
             retriever: Retriever = RetrieverOpt,
             compare: bool = typer.Option(False, "--compare", help="Run hybrid, dense and bm25 in one table."),
             split: Optional[str] = typer.Option(None, "--split", help="Only the suites of this split: dev or test."),
             suite: Optional[list[str]] = typer.Option(
                 None, "--suite", help="Only the suites whose name contains this (report, real, mixed); repeat for several,"
                 " a whole name (\"report dev\") picks that suite alone."),
             dev_documents: int = typer.Option(
                 0, "--dev-documents", min=0, help="Real dev documents in the mixed corpus (a fixed sample by name; 0: all)."),
             centre: bool = typer.Option(True, "--centre/--no-centre",
                                         help="Centre dense scores per document language (--no-centre measures the bias)."),
             report: Path = typer.Option(Path("reports/eval"), "--report", help="Folder for report.md and hit_at_k.png."),
             export_beir: Optional[Path] = typer.Option(None, "--export-beir", help="Also write the BEIR layout here."),
             floors: Optional[Path] = typer.Option(None, "--floors", help="Fail (exit 1) when a number is below these floors.")) -> None:
    """Measure retrieval, answers, abstention and attribution on the dev and test splits (--compare adds bm25,
    dense and the other encoder on the bundled report)."""
    from quidit.evals import run as ev
    from quidit.evals.attribution import load_labels
    from quidit.ingest import ingest_corpus

    if split not in (None, "dev", "test"):
        raise InputError(f"unknown split {split!r}; choose dev or test")
    settings = settings_of(ctx, corpus=corpus, model=model, retriever=retriever, store=store)
    if questions is not None:
        suites = [ev.Suite(questions.name, "custom", corpus, ev.load_questions(questions))]
    else:
        suites = [s for s in ev.default_suites(settings.home, corpus, dev_documents)
                  if split in (None, s.split)]
        suites = _pick_suites(suites, suite)
        if not suites:
            raise InputError(f"no suite matches --split {split} --suite {' --suite '.join(suite or [])}; suites are named "
                             "report, real, mixed (with dev or test)")
    labels = load_labels(attribution or ev.ATTRIBUTION)
    retrievers = list(Retriever) if compare else [retriever]
    searchers: dict[Path, object] = {}
    reports = []
    for n, su in enumerate(suites):
        if su.corpus not in searchers:
            searchers[su.corpus] = _open(dataclasses.replace(settings, corpus=su.corpus)).searcher
            searchers[su.corpus].centre_by_language = centre
        searcher = searchers[su.corpus]
        first = n == 0
        transcripts = None
        others = {}
        if first:  # attribution and the encoder comparison once, on the first suite's corpus
            transcripts, _ = ingest_corpus(su.corpus, settings.chunk_size, settings.chunk_overlap)
            if attribution is None:  # the bundled labels also cover the test transcripts in evals/data
                transcripts += ingest_corpus(ev.EVALS_DATA, settings.chunk_size, settings.chunk_overlap)[0]
            if compare:  # the other shipped encoder, on the same passages
                other = "minilm" if searcher.encoder is None or searcher.encoder.backend == "e5-small" else "e5-small"
                others[other] = _open(dataclasses.replace(settings, corpus=su.corpus, model=other)).searcher
        rep = ev.evaluate(searcher, su.questions, retrievers if first or su.split == "test" else [retriever],
                          transcripts, labels if first else None, others, su.own_document)
        reports.append((su, rep))
        typer.echo(f"## {su.name} ({su.split}; {len(ev.answerable(su.questions))} answerable, "
                   f"{len(su.questions) - len(ev.answerable(su.questions))} off-topic questions)")
        typer.echo(ev.summary_table(rep))
        typer.echo("")
        if first:
            path = ev.write_report(rep, report, searcher)
            if export_beir:
                ev.export_beir(export_beir, searcher, su.questions, rep.relevant)
    calibration = getattr(next(iter(searchers.values())).encoder, "calibration", None)
    fit = ev.abstention_fit(reports, calibration.default if calibration else 0.0)
    if fit:
        typer.echo(fit)
    typer.echo(f"report: {path}")
    if floors:
        wanted = json.loads(floors.read_text())
        bad = ev.check_suite_floors(reports, wanted) if questions is None else ev.check_floors(reports[0][1], wanted.get(
            "report dev", wanted))
        for line in bad:
            typer.echo(f"FLOOR: {line}", err=True)
        if bad:
            raise typer.Exit(1)


@app.command("eval-attribution")
def eval_attribution(data: Path = typer.Option(None, "--data", help="Folder of real documents with gold/ and SOURCES*.md."),
                     split: Optional[list[str]] = typer.Option(None, "--split", help="Only these splits (dev, test); default all."),
                     floors: Optional[Path] = typer.Option(None, "--floors", help="Fail (exit 1) under these per-genre floors (JSON).")) -> None:
    """Speaker accuracy on real documents written by others, per document, per genre and per split, and the people
    `quidit speakers` lists against those who speak in the gold (no model needed)."""
    from quidit.evals.attribution import REAL, score_real

    rep = score_real(data or REAL, set(split) if split else None)
    typer.echo(rep.table())
    typer.echo("")
    typer.echo(rep.people_table())
    if floors:
        try:
            wanted = json.loads(floors.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise InputError(f"{floors}: not a readable JSON floors file ({e}); expected "
                             '{"dev": {"<genre>": 0.9}, "people": {"dev": {"precision": 0.9, "recall": 0.9}}}') from None
        bad = rep.below(wanted)
        for line in bad:
            typer.echo(f"FLOOR: {line}", err=True)
        if bad:
            raise typer.Exit(1)


if __name__ == "__main__":  # pragma: no cover
    app()
