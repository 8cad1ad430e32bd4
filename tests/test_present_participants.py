"""The participants who may speak (`ingest.records.present`): the attendance list's absent people never do."""
from __future__ import annotations

from quidit.ingest.records import Participant, present


def test_an_absent_participant_is_left_out():
    ana, bob = Participant(name="Ana Gil"), Participant(name="Bob Roe", session_role="absent")
    assert present([ana, bob]) == [ana]


def test_a_participant_with_any_other_session_role_stays():
    people = [Participant(name="Ana Gil", session_role="chair"), Participant(name="Bob Roe", session_role="audience"),
              Participant(name="Cy Poe")]
    assert present(people) == people


def test_the_order_of_the_list_is_kept():
    ana, bob, cy = Participant(name="Ana Gil"), Participant(name="Bob Roe", session_role="absent"), Participant(name="Cy Poe")
    assert present([cy, bob, ana]) == [cy, ana]
