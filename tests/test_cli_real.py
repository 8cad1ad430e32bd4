"""`quidit` end to end on the bundled corpus with the real default encoder."""
import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

CASES = [
    ("Quelle part du budget de Montevideo vient de ressources propres ?", "Nelson Fernández", "90%"),
    ("Qui a parlé du boom gastronomique ?", "Jaime Salinas", "gastronomique"),
    ("Combien d'habitants compte Belo Horizonte ?", "Stephania Aleixo de Paula e Silva", "2,5 millions"),
    ("What did Maria Luisa Zapata say about violence in Medellin?", "Maria Luisa Zapata Trujillo", "violen"),
]


def test_ask_json_on_bundled_corpus():
    stdin = "\n".join(q for q, _, _ in CASES) + "\n"
    r = subprocess.run([sys.executable, "-m", "quidit.cli", "ask", "-", "--json"], input=stdin,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == len(CASES)
    for row, (q, speaker, fragment) in zip(rows, CASES):
        assert row["question"] == q and row["speaker"] == speaker and not row["abstained"]
        top = [p for p in row["passages"][:3] if p["speaker"] == speaker]
        assert any(fragment in p["text"] for p in top), (q, [p["text"][:80] for p in row["passages"]])


def test_bad_input_exit_codes():
    r = subprocess.run([sys.executable, "-m", "quidit.cli", "search", "x", "--model", "gpt-9"], capture_output=True, text=True)
    assert r.returncode == 2 and "unknown model 'gpt-9'" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "quidit.cli", "search", "x", "-k", "0"], capture_output=True, text=True)
    assert r.returncode == 2 and "out of range" in r.stderr
