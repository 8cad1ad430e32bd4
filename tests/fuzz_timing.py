"""Time each of the fuzz test's 2,000 cases (`test_hardening.test_fuzzed_transcripts_raise_nothing_but_quidit_errors`),
printing those over a second and the total: `python tests/fuzz_timing.py [N]` from the repository root."""
from __future__ import annotations

import random
import sys
import time

from test_hardening import SECOND, SEED, THIRD, _mutate

from quidit.errors import QuiditError
from quidit.ingest.pipeline import ingest_text
from quidit.ingest.reading import decode


def main(cases: int) -> None:
    sources = [p.read_text(encoding="utf-8") for p in (SEED, SECOND, THIRD)]
    rng = random.Random(12)  # the test's own seed: the same texts in the same order
    began = time.time()
    for case in range(cases):
        src = rng.choice(sources)
        start = rng.randrange(len(src))
        text = _mutate(rng, src[start:start + rng.randint(200, 6000)])
        data = text.encode(rng.choice(["utf-8", "utf-16", "cp1252", "latin-1"]), errors="replace")
        t0 = time.time()
        try:
            raw, enc = decode(data, f"fuzz-{case}.txt")
            ingest_text(raw, f"fuzz-{case}.txt", 400 if case % 2 else 1000, 50 if case % 2 else 150, enc)
        except QuiditError:
            pass
        if time.time() - t0 > 1.0:
            print(case, f"{time.time() - t0:.1f} s", flush=True)
    print("total", f"{time.time() - began:.1f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
