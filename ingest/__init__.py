"""Ingest: transcript file -> clean text, roster, sentence-level speakers, passages."""
from ingest.pipeline import Transcript, ingest_corpus, ingest_file, ingest_text
from ingest.records import Participant, Passage, Sentence

__all__ = ["Participant", "Passage", "Sentence", "Transcript", "ingest_corpus", "ingest_file", "ingest_text"]
