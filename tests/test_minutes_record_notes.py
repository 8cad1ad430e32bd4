"""Sentences of minutes that are the record's, not the last speaker's: a task assigned in the infinitive ("PW to
circulate the report…", `ACTION_AFTER_NAME`), nobody answering or the room discussing ("There was no response…", "A
discussion ensued…", in `ROOM_REACTION`), a bare plural of members as subject ("Councillors agreed that…", in
`GROUP_SUBJECT`), and the next meeting's date ("Next meeting is…", in `NARRATION_START`)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

HEAD = """Minutes of the Ashby Village Council meeting held on 4 March 2025

Present: Ruth Ellis (RE), Tom Marsh (TM) – Chair, Nora Pike (NP), Dan Cole (DC)

"""


def _speaker(body: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(HEAD + body, "minutes.txt"), fragment)


def test_a_task_in_the_infinitive_is_no_one_s_words():
    body = "NP reported that the grant had been paid into the account. NP to circulate the statement to all members.\n"
    assert _speaker(body, "circulate the statement") is None


def test_a_task_with_is_to_is_no_one_s_words():
    body = "NP reported that the bench had been damaged. Dan Cole is to follow this up with the contractor next week.\n"
    assert _speaker(body, "follow this up with the contractor") is None


def test_to_be_after_a_name_is_no_task():
    body = "NP reported that the road was flooded. NP noted the repairs to be done before the winter would be costly.\n"
    assert _speaker(body, "the repairs to be done") == "Nora Pike"


def test_no_response_is_the_record_s():
    body = "TM asked whether anyone would be recording the meeting tonight. There was no response from the public present.\n"
    assert _speaker(body, "There was no response") is None


def test_a_discussion_ensued_is_the_record_s():
    body = "NP reported that the verge had not been cut. A discussion ensued as to who owned the piece of land.\n"
    assert _speaker(body, "A discussion ensued") is None


def test_a_bare_plural_of_members_is_the_group():
    body = "RE reported that the plants had been ordered. Councillors agreed that the plants should go in the boxes.\n"
    assert _speaker(body, "Councillors agreed that") is None


def test_the_next_meeting_line_is_the_record_s():
    body = "TM thanked everyone for attending the meeting tonight.\n\nNext meeting is the council meeting on Thursday 6 April at 7.30pm.\n"
    assert _speaker(body, "Next meeting is the council") is None


@pytest.mark.parametrize("body, fragment", [
    ("NP indique que la subvention a été versée. NP se charge de transmettre le relevé à tous les membres.\n",
     "transmettre le relevé"),
    ("NP informa que la subvención ha sido pagada. NP se encargará de enviar el extracto a todos los miembros.\n",
     "enviar el extracto"),
])
def test_tasks_in_french_and_spanish(body, fragment):
    assert _speaker(body, fragment) is None
