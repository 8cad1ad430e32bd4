"""Benchmark: ingest time as the input doubles (issue 12: attribution must be linear in the text).

    python -m quidit.evals.bench_ingest [--max 200000]

Builds one long line of ordinary reported speech, one verbatim transcript (labels) and a report naming 144 people
(full name, then first name), doubles their length
from 12,500 characters up to --max, and prints the time per size and the ratio to the previous size
(a linear pass gives ~2.0; a quadratic one ~4.0).
"""
from __future__ import annotations

import argparse
import time

from quidit.ingest.pipeline import ingest_text

REPORTED = ("Madame Claire Martin souligne que la ville investit dans les transports. Elle ajoute que le budget "
            "augmente de dix pour cent. Monsieur Paul Durand répond que les quartiers nord attendent toujours. "
            "Selon M. Durand, il faut consulter les habitants. ")
# a report without a participants list that names many people in full, then by first name ("Daniele ajoute…"):
# every first-name mention looks back for the full name written before it
FIRSTS = ("Daniele", "Marie", "Paul", "Ana", "Luis", "Claire", "Jean", "Sofia", "Pedro", "Lucie", "Marco", "Elena")
SURNAMES = ("Corciulo", "Durand", "Girard", "Gomez", "Perez", "Martin", "Roche", "Lopez", "Rossi", "Bianchi", "Moreau", "Diaz")
MANY_NAMES = "".join(f"{f} {s} explique que le projet avance bien. {f} ajoute que le budget est serré.\n\n"
                     for s in SURNAMES for f in FIRSTS)
VERBATIM = ("The Chair: Good morning, we start with the budget.\n\nMs Jane Roe: Thank you. The budget rises by ten "
            "per cent this year.\n\nMr John Doe: The north side is still waiting for its buses.\n\n")


def timed(text: str) -> float:
    t = time.perf_counter()
    ingest_text(text, "bench.txt")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=200_000, help="largest input in characters")
    args = ap.parse_args()
    print("| input | characters | seconds | ratio to half the size |")
    print("|---|---|---|---|")
    for name, unit in (("one line of reported speech", REPORTED), ("verbatim labels", VERBATIM),
                       ("144 people named in full, then by first name", MANY_NAMES)):
        size, prev = 12_500, None
        while size <= args.max:
            text = (unit * (size // len(unit) + 1))[:size]
            if name.startswith("one line"):
                text = text.replace("\n", " ")
            sec = timed(text)
            ratio = f"{sec / prev:.2f}" if prev else "-"
            print(f"| {name} | {size:,} | {sec:.3f} | {ratio} |")
            prev, size = sec, size * 2


if __name__ == "__main__":
    main()
