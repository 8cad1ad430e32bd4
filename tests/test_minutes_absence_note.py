"""Minutes: a sentence that notes someone's absence with no speech verb ("Tous, sauf Pierre Nenez, absent pour raisons
professionnelles.", "Ana Gil está ausente.", "Jane Roe was absent.") is the record's, not the last speaker's words.
Each test on a small text written for it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import MOVEMENT


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CR = "Compte rendu de la plénière\n\nLouise Martin ouvre la soirée et rappelle les règles. {sentence}\n"


def test_absence_note_is_nobodys():
    t = ingest_text(CR.format(sentence="Tous, sauf Pierre Nenez, absent pour raisons professionnelles."), "cr.txt")
    assert _speaker(t, "sauf Pierre Nenez") is None


def test_absence_reported_by_a_speaker_stays_hers():
    # near miss: the speaker says that someone is absent
    t = ingest_text(CR.format(sentence="Louise Martin indique que Pierre Nenez est absent."), "cr.txt")
    assert _speaker(t, "indique que Pierre Nenez") == "Louise Martin"


def test_pattern_in_each_language():
    for s in ("Ana Gil está ausente.", "Jane Roe was absent.", "Tous, sauf Paul, absent pour raisons de santé."):
        assert MOVEMENT.search(s), s
    assert not MOVEMENT.search("Le projet, absent du budget, est reporté.")  # near miss: no reason, no sentence end
