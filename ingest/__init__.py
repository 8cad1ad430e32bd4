"""Ingest: transcript file -> clean text, roster, sentence-level speakers, passages."""
from quidit.ingest.pipeline import Transcript, ingest_corpus, ingest_file, ingest_text
from quidit.ingest.records import Participant, Passage, Sentence

__all__ = ["Participant", "Passage", "Sentence", "Transcript", "ingest_corpus", "ingest_file", "ingest_text"]
