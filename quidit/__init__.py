"""quidit — who said what: cited, speaker-attributed answers over conference transcripts.

This package holds what every layer shares (settings, errors) and the CLI on top.
"""
import os

# OpenMP threads (the e5 engine, FAISS) sleep instead of spinning while they wait. Set before any of them loads.
# On a busy 2-core machine spinning made one e5 query cost 330 ms of CPU instead of 30 (python -m quidit.evals.load).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"
