"""Turn labels with the surname in capitals after a title, closed by a full stop, the words on the same line ("MR.
HALLORAN. Thank you.", "CHAIRMAN VOSS. Good morning.", "Mr. BRANDT. Mr. Speaker, …"): a committee's or a
congress's verbatim record. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.caps_dot_labels import caps_dot_label, caps_dot_person
from quidit.ingest.genre import Genre
from quidit.ingest.lexicon import Role
from quidit.ingest.pipeline import speakers_of

CALL = """Regional Water Board
Telephone Meeting
March 3, 1987
PRESENT: Ms. Voss, Chair
Mr. Ferrante, Vice Chairman
Mr. Halloran
Ms. Quist, Engineer

Transcript of the Regional Water Board Telephone Meeting of
March 3, 1987
CHAIRMAN VOSS. Good morning, everyone. Let us begin with the
reservoir. Tom, would you start?
MR. HALLORAN. Gladly. The reservoir stood at sixty percent at
the end of February, which is low for the season. We expect the
spring melt to bring it back to eighty.
CHAIRMAN VOSS. Questions for Tom?
MS. QUIST. Yes. Tom, how much of the melt do you count on in
April?
MR. HALLORAN. About half of it.
VICE CHAIRMAN FERRANTE. I would add that the pumps were
repaired last week.
CHAIRMAN VOSS. Thank you all.
"""

HOUSE = """Mr. BRANDT. Mr. Speaker, I rise in support of the bill. It
funds the bridges of my district.
Mr. OKAFOR of Ohio. Will the gentleman yield?
Mr. BRANDT. I yield to the gentleman.
Mr. OKAFOR of Ohio. The bill cuts the rail budget.
Ms. LINDQVIST. Mr. Speaker, I oppose the bill.
"""


def test_caps_labels_open_turns():
    t = ingest_text(CALL, "call.txt")
    assert speaker_at(t, "The reservoir stood at sixty percent") == "Halloran"
    assert speaker_at(t, "how much of the melt") == "Quist"
    assert speaker_at(t, "About half of it") == "Halloran"


def test_wrapped_lines_continue_the_turn():
    t = ingest_text(CALL, "call.txt")
    assert speaker_at(t, "We expect the spring melt") == "Halloran"


def test_label_after_a_line_without_full_stop():
    t = ingest_text(CALL, "call.txt")  # "… Meeting of" / "March 3, 1987" / "CHAIRMAN VOSS. Good morning"
    assert speaker_at(t, "Let us begin with the reservoir") == "Voss"


def test_office_titles_are_not_the_name():
    t = ingest_text(CALL, "call.txt")
    names = [st.name for st in speakers_of(t)]
    assert "Voss" in names and "Ferrante" in names
    assert not any("Chairman" in n for n in names)  # the list's "Ms. Voss, Chair" and the label's chairman: one person
    assert speaker_at(t, "the pumps were repaired") == "Ferrante"


def test_transcript_with_attendance_is_verbatim():
    assert ingest_text(CALL, "call.txt").genre == Genre.VERBATIM


def test_congressional_record_labels():
    t = ingest_text(HOUSE, "house.txt")
    assert speaker_at(t, "funds the bridges of my district") == "Mr. BRANDT"
    assert speaker_at(t, "Will the gentleman yield") == "Mr. OKAFOR of Ohio"  # the House's namesakes told by their state
    assert speaker_at(t, "cuts the rail budget") == "Mr. OKAFOR of Ohio"
    assert speaker_at(t, "I oppose the bill") == "Ms. LINDQVIST"


def test_person_of_a_label():
    chair = caps_dot_person("CHAIRMAN VOSS")
    assert (chair.core, chair.role) == ("VOSS", Role.CHAIR)
    vice = caps_dot_person("VICE CHAIRMAN FERRANTE")
    assert (vice.core, vice.role) == ("FERRANTE", None)
    assert caps_dot_person("MS. QUIST").gender == "f"


def test_spanish_and_french_forms():
    assert caps_dot_label("Sr. PÉREZ. Gracias, señora presidenta.").group("label") == "Sr. PÉREZ"
    assert caps_dot_label("Mme DURAND. Je remercie le rapporteur.").group("label") == "Mme DURAND"


def test_sentences_opening_on_abbreviations_are_no_labels():
    for line in ("MR. Smith said that the pumps were fine.", "U.S. officials said. The pumps were fine.",
                 "Mr. Smith. The pumps were fine.", "MR. CHAIRMAN. Thank you.", "MR. SMITH. THE END OF THE CALL.",
                 "Reservoir LEVELS. They rose.", "MR. HALLORAN."):
        assert caps_dot_label(line) is None, line


def test_a_form_written_twice_is_no_format():
    twice = CALL.replace("MS. QUIST. Yes.", "Ms. Quist asked: Yes.").replace("MR. HALLORAN. About", "Mr. Halloran: About") \
        .replace("VICE CHAIRMAN FERRANTE. I", "Mr. Ferrante: I").replace("CHAIRMAN VOSS. Thank", "Ms. Voss: Thank") \
        .replace("CHAIRMAN VOSS. Questions", "Ms. Voss: Questions")
    t = ingest_text(twice, "call.txt")
    assert speaker_at(t, "The reservoir stood at sixty percent") != "Halloran"


def test_name_in_ordinary_case_at_a_wrapped_line_start():
    prose = CALL.replace("spring melt to bring it back to eighty.", "spring melt to bring it back to eighty, as\nMr. Ferrante. Said last year.")
    t = ingest_text(prose, "call.txt")
    assert speaker_at(t, "Said last year") == "Halloran"
