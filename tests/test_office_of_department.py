"""English records of a cabinet or council name a member by the office and its department ("The Secretary of State
said…", "The Deputy Secretary of Defense said…") when they never give the name: that office's holder speaks, a person
of their own, not the member last named under the same title ("Secretary Wilson"). Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Memorandum of Discussion at the Meeting of the Council

Secretary Wilson said the programs would cost $38 billion a year. He believed the ceiling was adequate.

Secretary Dulles said he had some doubts about the figures.

Secretary Wilson said the Services had agreed to the allocation.

The Deputy Secretary of Defense said he believed the ceiling provided the means to maintain the forces. However, he felt it would be difficult to convince Congress.

The Secretary of State said that the programs had foreign policy implications.

The President said he agreed with the allocation.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(RECORD, "memo.txt"), fragment)


def test_an_office_with_its_department_speaks():
    assert _speaker("programs had foreign policy implications") == "the Secretary of State"


def test_a_deputy_office_is_not_the_secretary_last_named():
    assert _speaker("he believed the ceiling provided") == "the Deputy Secretary of Defense"


def test_the_office_holder_s_turn_runs_on():
    assert _speaker("difficult to convince Congress") == "the Deputy Secretary of Defense"
