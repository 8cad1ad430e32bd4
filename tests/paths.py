"""Paths of the transcripts the tests read (the bundled report and the test transcripts in evals/data)."""
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "cuf-2016-action-internationale-villes-latino-americaines.txt"
SECOND = REPO / "evals" / "data" / "table-ronde-2019-eau-villes-mediterraneennes.txt"
THIRD = REPO / "evals" / "data" / "atelier-2019-mobilites-douces-villes-moyennes.txt"
