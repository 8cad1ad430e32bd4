"""Minutes written in reported prose (a board's minutes, a community meeting's record): resolutions, unnamed members,
attendance tables and sentences, the signer's attestation. Each rule on a small text written for the test, one
behaviour per test, with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


def _names(t):
    return [s.name for s in speakers_of(t)]


BOARD = """Harbour Trust Board Meeting Minutes

Present: Ann Lee, Tom Hart, Rosa Diaz

Finance

Ann Lee introduced the quarterly accounts. The following resolution was passed:

RESOLVED, that the accounts are approved. The Treasurer is instructed to file them with the registry.

Tom Hart asked whether the reserve was large enough. A board member indicated that the reserve had been stable for years. He questioned whether it should grow.

Rosa Diaz proposed a resolution on membership fees.
"""


def test_resolution_paragraph_is_narration():
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "RESOLVED, that the accounts") is None


def test_resolution_paragraph_stays_narration_after_its_first_sentence():
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "The Treasurer is instructed") is None


def test_line_announcing_a_resolution_is_narration():
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "The following resolution was passed") is None


def test_person_proposing_a_resolution_still_speaks():
    """Near miss: "X proposed a resolution" names who speaks; it announces no resolution text."""
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "Rosa Diaz proposed a resolution") == "Rosa Diaz"


def test_lower_case_resolved_in_a_sentence_is_not_a_resolution():
    text = "Club minutes\n\nPresent: Ann Lee, Tom Hart\n\nAnn Lee said the matter was resolved last week.\n"
    t = ingest_text(text, "club.txt")
    assert _speaker(t, "the matter was resolved") == "Ann Lee"


def test_unnamed_board_member_is_nobody():
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "A board member indicated") is None


def test_pronoun_after_an_unnamed_member_is_nobody_either():
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "He questioned whether it should grow") is None


def test_unnamed_member_in_french_is_nobody():
    text = ("Compte rendu du bureau\n\nPrésents : Anne Roux, Paul Meyer\n\nAnne Roux présente le budget. "
            "Un membre du bureau demande si la réserve suffit.\n")
    t = ingest_text(text, "bureau.txt")
    assert _speaker(t, "Un membre du bureau demande") is None


def test_someone_unnamed_in_spanish_is_nobody():
    text = ("Acta de la reunión\n\nAsistentes: Ana Gil, Luis Vega\n\nAna Gil explica el presupuesto. "
            "Alguien pregunta si alcanza la reserva.\n")
    t = ingest_text(text, "acta.txt")
    assert _speaker(t, "Alguien pregunta si alcanza") is None


def test_named_member_still_speaks():
    """Near miss: "A board report…" is no member, and a named member asking is that member."""
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "Tom Hart asked whether the reserve") == "Tom Hart"


TABLE = """Foundation Board Meeting Minutes

Attending\tDirector\tCompany

Yes\tYes\tBoris Lind\tAcme Corp

No\tNo\tCarla Nunes\tGlobex

Yes\tNo\tDenis Ortiz for Eva Pratt\tInitech

Operations

Boris Lind indicated that the servers were replaced. Denis Ortiz commented that the costs were lower.
"""


def test_attendance_table_row_marked_yes_names_a_speaker():
    t = ingest_text(TABLE, "table.txt")
    assert _speaker(t, "Boris Lind indicated") == "Boris Lind"


def test_attendance_table_stand_in_is_the_one_who_attended():
    t = ingest_text(TABLE, "table.txt")
    assert _speaker(t, "Denis Ortiz commented") == "Denis Ortiz"


def test_attendance_table_row_marked_no_is_absent():
    t = ingest_text(TABLE, "table.txt")
    carla = next(p for p in t.participants if p.name == "Carla Nunes")
    assert carla.session_role == "absent"


def test_attendance_table_rows_are_not_speech():
    t = ingest_text(TABLE, "table.txt")
    assert _speaker(t, "Boris Lind\tAcme") is None


def test_tab_row_without_attendance_marks_names_nobody():
    """Near miss: a table of figures with a name cell is no attendance table."""
    text = "Budget Minutes\n\n2012\tTravel\tFrank Gomez\tAcme\n\nThe budget was reviewed.\n"
    t = ingest_text(text, "budget.txt")
    assert all(p.name != "Frank Gomez" for p in t.participants)


PRESENT = """Trust Board Meeting Minutes

Present at the invitation of the Board was Ann Lee, Executive Director, Joe Park, Secretary, and Tom Hart, Treasurer of the Trust.

Tom Hart reviewed the year-to-date financial status with the Board.
"""


def test_presence_sentence_names_its_people():
    t = ingest_text(PRESENT, "present.txt")
    assert _speaker(t, "Tom Hart reviewed") == "Tom Hart"


def test_presence_sentence_gives_the_title_after_the_name_as_role():
    t = ingest_text(PRESENT, "present.txt")
    ann = next(p for p in t.participants if p.name == "Ann Lee")
    assert ann.role == "Executive Director"


def test_presence_sentence_title_is_not_a_person():
    t = ingest_text(PRESENT, "present.txt")
    assert all(p.name != "Executive Director" for p in t.participants)


SIGNED = """Board Meeting Minutes

Present: Ann Lee, Joe Park

Ann Lee declared the meeting adjourned at 5pm.

This being a true and accurate record of the proceedings of this meeting, it is attested to and signed by me below.

/s/ Joe Park

Secretary of Meeting
"""


def test_attestation_belongs_to_the_signer():
    t = ingest_text(SIGNED, "signed.txt")
    assert _speaker(t, "This being a true and accurate record") == "Joe Park"


def test_attestation_without_a_signature_line_is_nobody():
    text = SIGNED.replace("/s/ Joe Park\n\n", "")
    t = ingest_text(text, "unsigned.txt")
    assert _speaker(t, "This being a true and accurate record") is None


def test_chair_declaring_the_meeting_adjourned_speaks():
    t = ingest_text(SIGNED, "signed.txt")
    assert _speaker(t, "declared the meeting adjourned") == "Ann Lee"


def test_board_minutes_verbs_confirmed_and_indicated():
    text = ("Board Meeting Minutes\n\nPresent: Ann Lee, Tom Hart\n\nAnn Lee confirmed that the vote had been approved. "
            "Tom Hart indicated that the report was late.\n")
    t = ingest_text(text, "verbs.txt")
    assert (_speaker(t, "Ann Lee confirmed"), _speaker(t, "Tom Hart indicated")) == ("Ann Lee", "Tom Hart")


HEADED = """Board Meeting Minutes

Long Term Support

Ann Lee introduced the topic of long term support. In doing so, Ann indicated that we are at a turning point. Opportunities such as this, if we are successful, will change the project.
"""


def test_minutes_heading_does_not_open_a_talk_whose_we_is_a_note_taker():
    """In minutes (title word), "we" in the speaker's report is theirs, not a note-taker's aside under a talk heading."""
    t = ingest_text(HEADED, "headed.txt")
    assert _speaker(t, "Opportunities such as this") == "Ann Lee"


def test_providing_the_board_with_a_document_is_the_presenters():
    text = ("Board Meeting Minutes\n\nPresent: Ann Lee, Tom Hart\n\nAnn Lee also provided the Board with a draft "
            "agreement, attached as Exhibit P.\n")
    t = ingest_text(text, "provided.txt")
    assert _speaker(t, "also provided the Board") == "Ann Lee"
