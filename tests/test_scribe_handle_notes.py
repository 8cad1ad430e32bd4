"""A working group's live scribe notes: turns behind bare first names and handles ("Jana: …", "Mikeb: …"), turns told
in the third person with the subject first ("Spencer says that…", "MartinD says…", "ekr notes that…"), turns written
with a hyphen after the handle ("Jana - risk is…"), and the room's outcome between them ("Consensus to…", "Hum for…")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import GROUP_OUTCOME, SPEECH_VERB
from quidit.ingest.pipeline import speakers_of

HEAD = """Minutes: Widget Working Group 12-03-19

Chairs:  Hana Kole, Omar Rudd
Scribes: Lena Voss, Pedro Saiz

Opening remarks

Nadia: we should decide the frame layout first.

Boris: agreed, but the header bits are scarce.

Nadia: then we keep one spare bit.

Kenji: the crypto layer needs its own key phase.

Boris: that can move later.

Kenji: fine with me.

Lina Park: the registry needs an expert reviewer.

Vera: the hashes must stay stable.

Vera: we can test that next month.

"""


def _notes(body: str):
    return ingest_text(HEAD + body, "notes.txt")


def _names(t) -> list[str]:
    return [st.name for st in speakers_of(t)]


def test_unlisted_first_name_with_its_verb_takes_the_floor():
    t = _notes("Boris: the packets get reordered.\n\nSpencer says that what you have in the spec should be plausible.\n")
    assert speaker_at(t, "Spencer says that") == "Spencer"


def test_unlisted_name_near_miss_a_word_the_text_writes_in_lower_case():
    t = _notes("Boris: the discussion is on the layout.\n\nDiscussion says enough about that.\n")
    assert speaker_at(t, "Discussion says enough") != "Discussion"


def test_handle_with_an_initial_is_the_one_labelled_first_name():
    t = _notes("Boris: the packets get reordered.\n\nKenjiT says the current implementation reserves streams.\n")
    assert speaker_at(t, "KenjiT says") == "Kenji"


def test_handle_with_another_initial_is_someone_else():
    body = "Martin Thomson: the frames are fine.\n\nMartin Thomson: really fine.\n\nMartinD says the point is not to reopen the draft.\n"
    t = _notes(body)
    assert speaker_at(t, "MartinD says") == "MartinD"
    assert "MartinD" in _names(t) and "Martin Thomson" in _names(t)


def test_label_written_in_lower_case_opening_a_sentence():
    t = _notes("Boris: the packets get reordered.\n\nvera notes that this is the same as the epoch flag.\n")
    assert speaker_at(t, "vera notes that") == "Vera"


def test_lower_case_word_that_is_no_label_near_miss():
    t = _notes("Boris: the packets get reordered.\n\nwe note that this is the same as the epoch flag.\n")
    assert speaker_at(t, "we note that") != "we"


def test_hyphen_turn_of_a_known_handle():
    t = _notes("Boris: the header is tight.\n\nNadia - risk is the server will refuse more streams.\n")
    assert speaker_at(t, "risk is the server") == "Nadia"


def test_hyphen_turn_spelled_as_another_label_is_that_label():
    t = _notes("Boris: the header is tight.\n\nKenji T - no, the client learns the changed value.\n\nKenjiT: yes.\n\nKenjiT: sure.\n")
    assert speaker_at(t, "the client learns the changed value") == "Kenji"


def test_hyphen_lines_that_name_no_one_near_miss():
    t = _notes("Boris: the header is tight.\n\nTldr - client SHOULD cache the values.\n\nIssue 35 - starting packet number\n")
    assert speaker_at(t, "client SHOULD cache") is None
    assert speaker_at(t, "starting packet number") is None


def test_one_word_label_written_once():
    t = _notes("Boris: the header is tight.\n\nRoy:  this is a very large space, why not reserve a few bits?\n")
    assert speaker_at(t, "very large space") == "Roy"


def test_once_label_that_the_text_writes_in_lower_case_near_miss():
    t = _notes("Boris: one question is open.\n\nQuestion:  is there still space in the header?\n")
    assert speaker_at(t, "still space in the header") != "Question"


def test_next_turn_inside_a_labelled_line():
    t = _notes("Nadia:  an application may have another view of retransmission.  Kenji note that there are two ways.\n")
    assert speaker_at(t, "Kenji note that") == "Kenji"


def test_labelled_speaker_reporting_in_the_first_person_near_miss():
    t = _notes("Nadia:  I will ask the editors.  Kenji suggested shedding some bits.\n")
    assert speaker_at(t, "Kenji suggested") == "Nadia"


def test_room_outcome_inside_a_labelled_line_is_nobodys():
    t = _notes("Nadia: gives the blob some semantics.  Consensus to factor out and merge that part.\n")
    assert speaker_at(t, "Consensus to factor out") is None


def test_room_outcome_paragraphs_are_nobodys():
    t = _notes("Boris: we can tie the version to the handshake.\n\nHum for support of the version tying the handshake.\n\n"
               "Vera: right.\n\nLunch break starts; resume at 13:00.\n")
    assert speaker_at(t, "Hum for support") is None
    assert speaker_at(t, "Lunch break starts") is None


def test_outcome_noun_as_a_speakers_subject_near_miss():
    assert GROUP_OUTCOME.match("Consensus is hard to reach on this one.") is None
    assert GROUP_OUTCOME.match("Consensus to factor out that part.") is not None
    assert GROUP_OUTCOME.match("Pas de consensus sur ce point.") is not None
    assert GROUP_OUTCOME.match("Pausa para el almuerzo.") is not None


def test_clock_time_before_the_subject():
    t = _notes("Boris: the header.\n\n9:30 Vera notes that we will start in five minutes.  Lunch at 12:00.\n")
    assert speaker_at(t, "start in five minutes") == "Vera"


def test_stance_verbs_of_scribe_notes():
    assert SPEECH_VERB.match("is somewhat concerned that we will")
    assert SPEECH_VERB.match("doesn’t want on-the-wire priority")
    assert SPEECH_VERB.match("asserts that he could")
    assert not SPEECH_VERB.match("is somewhat late")


def test_handle_with_the_surname_initial_joins_the_full_name():
    t = _notes("Lina Park: the registry again.\n\nLinap: the experts agree.\n\nLinap: they do.\n")
    assert "Linap" not in _names(t)
    assert speaker_at(t, "the experts agree") == "Lina Park"


def test_full_name_labels_are_no_handle_notes_near_miss():
    text = """Minutes: Board 12-03-19

Jane Roe: we need a budget.

John Doe: agreed.

Amy Shaw: we need a treasurer.

Bob Hill: I can do it.

Jane Roe: fine.

Spencer says that you have the numbers.
"""
    t = ingest_text(text, "board.txt")
    assert speaker_at(t, "Spencer says") != "Spencer"
