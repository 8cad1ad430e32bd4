"""The `quidit` command. Domain errors become one-line messages here, nowhere else."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import typer

from quidit.errors import QuiditError
from quidit.settings import DEFAULT_CORPUS, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="quidit — who said what, in conference transcripts.")

CorpusOpt = typer.Option(DEFAULT_CORPUS, "--corpus", help="Folder of .txt transcripts.")


def fail(e: QuiditError) -> None:
    typer.echo(f"error: {e}", err=True)
    raise typer.Exit(e.exit_code)


def _load(corpus: Path, settings: Settings):
    from ingest import ingest_corpus

    transcripts, errors = ingest_corpus(corpus, settings.chunk_size, settings.chunk_overlap)
    for line in errors:
        typer.echo(f"error: {line}", err=True)
    for t in transcripts:
        for w in t.warnings:
            typer.echo(f"warning: {w}", err=True)
    return transcripts, errors


@app.command()
def ingest(corpus: Path = CorpusOpt) -> None:
    """Clean, attribute and chunk every transcript; print a summary per file."""
    try:
        transcripts, errors = _load(corpus, Settings(corpus=corpus))
    except QuiditError as e:
        fail(e)
    for t in transcripts:
        typer.echo(f"{t.source}: {len(t.participants)} participants, {t.turn_count} turns, {len(t.passages)} passages")
    if errors and not transcripts:
        raise typer.Exit(2)


@app.command()
def passages(corpus: Path = CorpusOpt) -> None:
    """Print every passage as JSON Lines."""
    try:
        transcripts, _ = _load(corpus, Settings(corpus=corpus))
    except QuiditError as e:
        fail(e)
    for t in transcripts:
        for p in t.passages:
            sys.stdout.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")


@app.command()
def speakers(corpus: Path = CorpusOpt, as_json: bool = typer.Option(False, "--json", help="JSON Lines output.")) -> None:
    """List participants with role, organisation, passages and words attributed."""
    try:
        transcripts, _ = _load(corpus, Settings(corpus=corpus))
    except QuiditError as e:
        fail(e)
    for t in transcripts:
        words: dict[str, int] = {}
        for s in t.sentences:
            if s.speaker:
                words[s.speaker] = words.get(s.speaker, 0) + len(t.text[s.start:s.end].split())
        counts: dict[str, int] = {}
        for p in t.passages:
            if p.speaker:
                counts[p.speaker] = counts.get(p.speaker, 0) + 1
        for p in t.participants:
            row = p.to_dict() | {"source": t.source, "passages": counts.get(p.name, 0), "words": words.get(p.name, 0)}
            if as_json:
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                where = ", ".join(x for x in (p.role, p.organization, p.place) if x)
                typer.echo(f"{p.name} [{p.session_role or '-'}] {where} — {row['passages']} passages, {row['words']} words")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
