"""A first name that fits several listed people by spelling ("Julie" and Julie Quillé, Julien Porot, Julien De
Santis): the one whose name holds the word exactly is meant (`ingest.names.resolve`)."""
from __future__ import annotations

from quidit.ingest.names import resolve
from quidit.ingest.records import Participant


def _people(*names: str) -> list[Participant]:
    return [Participant(name=n) for n in names]


def test_exact_first_name_beats_near_spellings():
    people = _people("Julien De Santis", "Julie Quillé", "Julien Porot")
    assert resolve("Julie", people).name == "Julie Quillé"


def test_near_spellings_alone_stay_ambiguous():
    # near miss: no one is called "Julie" exactly, two "Julien" fit: nobody
    assert resolve("Julie", _people("Julien De Santis", "Julien Porot")) is None
