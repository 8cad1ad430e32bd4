"""A speaker a label or a reporting phrase names by a short form ("Rob", "M. DUMONT", "Mme STIERNON") is given the
one full name the same document writes for them (`ingest.full_names`); the short form stays an alias."""
from __future__ import annotations

from quidit.ingest.full_names import name_in_full
from quidit.ingest.names import labelled_as
from quidit.ingest.records import Participant, Sentence


def _renamed(text: str, short: str, people: list[Participant] | None = None) -> str | None:
    """The speaker a sentence credited to `short` ends up with."""
    at = text.index("\n\n") + 2 if "\n\n" in text else 0
    sentences = [Sentence(at, len(text), 1, short)]
    name_in_full(text, sentences, people if people is not None else [Participant(name=short)])
    return sentences[0].speaker


def test_first_name_takes_the_attendance_lists_full_name():
    text = "Present: Rob Garvey, Jane Doe, Tom Lee\n\nRob noted that the return is easy."
    assert _renamed(text, "Rob") == "Rob Garvey"


def test_short_form_stays_an_alias_of_the_renamed_participant():
    people = [Participant(name="Rob")]
    _renamed("Present: Rob Garvey, Jane Doe, Tom Lee\n\nRob noted that the return is easy.", "Rob", people)
    assert [(p.name, p.labels) for p in people] == [("Rob Garvey", ["Rob"])]


def test_participant_listed_in_full_absorbs_the_short_one():
    people = [Participant(name="Rob Garvey"), Participant(name="Rob", in_roster=False)]
    _renamed("Rob noted that the return is easy.", "Rob", people)
    assert [(p.name, p.labels) for p in people] == [("Rob Garvey", ["Rob"])]


def test_first_name_cut_short_takes_the_full_first_name():
    text = "Attendees: Robert Garvey, Jane Doe, Tom Lee\n\nRob noted that the return is easy."
    assert _renamed(text, "Rob") == "Robert Garvey"


def test_two_people_sharing_a_first_name_leave_it_short():
    # near miss: two Robs in the attendance list
    text = "Attendees: Rob Garvey, Rob Smith, Tom Lee\n\nRob noted that the return is easy."
    assert _renamed(text, "Rob") == "Rob"


def test_name_written_as_a_topic_lends_nothing():
    # near miss: the only Rob written in full is the subject of a film
    text = "Present: Rob, Jane, Tom\n\nRob noted that we watched the Rob Ford documentary."
    assert _renamed(text, "Rob") == "Rob"


def test_name_written_as_a_topic_still_makes_two_robs():
    text = "Present: Rob Garvey, Jane Doe, Tom Lee\n\nRob noted a talk about Rob Ford."
    assert _renamed(text, "Rob") == "Rob"


def test_civility_and_surname_take_the_vote_lines_full_name():
    text = "Pour : Mme Stéphanie STIERNON, M. Christophe DUMONT, M. Paul ROUX\n\nMme STIERNON : Merci."
    assert _renamed(text, "Mme STIERNON") == "Stéphanie STIERNON"


def test_surname_shared_by_two_people_stays_short():
    # near miss: two Dumonts, both Messieurs
    text = "Pour : M. Christophe DUMONT, M. Jean DUMONT, M. Paul ROUX\n\nM. DUMONT : Merci."
    assert _renamed(text, "M. DUMONT") == "M. DUMONT"


def test_hand_over_gives_the_full_name():
    text = "Je vais laisser la parole à Bruno Vandeville pour ce point.\n\nM. VANDEVILLE : Merci."
    assert _renamed(text, "M. VANDEVILLE") == "Bruno Vandeville"


def test_name_before_a_speech_verb_gives_the_full_name():
    text = "Christophe Dumont a déjà dit que le budget tient.\n\nM. DUMONT : Je le redis."
    assert _renamed(text, "M. DUMONT") == "Christophe Dumont"


def test_feminine_first_name_is_not_a_long_form():
    # near miss: "Jean" is not cut from "Jeanne"
    text = "Attendees: Jeanne Martin, Tom Lee, Ana Gil\n\nJean noted that the return is easy."
    assert _renamed(text, "Jean") == "Jean"


def test_short_form_listed_next_to_the_full_name_is_another_person():
    # near miss: "Marie" and "Anne-Marie" are listed apart, two people
    people = [Participant(name="Anne Marie"), Participant(name="Marie")]
    text = "Présents : Anne-Marie, Marie, Paul, Lucie\n\nMarie évoque le flyer."
    assert _renamed(text, "Marie", people) == "Marie"


def test_role_or_initials_are_no_short_name():
    # near miss: a role word and initials name nobody's full name
    text = "Present: Tom Chair, Ana Gil, Tim Tate\n\nThe Chair opened the meeting."
    assert _renamed(text, "Chair") == "Chair"
    assert _renamed(text, "TT") == "TT"


def test_alias_finds_the_person_named_in_full():
    people = [Participant(name="Rob")]
    _renamed("Attendees: Robert Garvey, Jane Doe, Tom Lee\n\nRob noted that the return is easy.", "Rob", people)
    assert labelled_as("rob", people) is people[0] and people[0].name == "Robert Garvey"


def test_alias_shared_by_two_people_finds_nobody():
    # near miss: two documents' people both called "Rob" by their labels
    people = [Participant(name="Robert Garvey", labels=["Rob"]), Participant(name="Rob Smith", labels=["Rob"])]
    assert labelled_as("Rob", people) is None


def test_ingest_names_minutes_speakers_by_a_later_attendance_list():
    from quidit.ingest.pipeline import ingest_text
    text = ("Committee meeting, 3 May 2024\n\nPresent: Jimmy, Matt, Rob, Steve\n\n"
            "Rob noted that the annual return is due in June. Matt advised that the cards are printed.\n\n"
            "Annual General Meeting, 1 July 2024\n\nAttendees: Steve Anderson, Robert Garvey, Jimmy Joe, Matthew McLean\n")
    t = ingest_text(text, "m.txt")
    said = {t.text[s.start:s.end].split()[0]: s.speaker for s in t.sentences if s.speaker}
    assert said == {"Rob": "Robert Garvey", "Matt": "Matthew McLean"}


def test_office_heading_is_no_full_name():
    # near miss: "Treasurer Report" on its own line is a heading, the office no short name
    text = "Present: Ana Gil, Tom Lee, Rosa Diaz\n\nTreasurer Report\n\nThe figures are not final."
    assert _renamed(text, "Treasurer") == "Treasurer"


def test_report_heading_is_no_full_name():
    # near miss: "Rapport de Alberto" is a heading that names Alberto, not a person called "Rapport"
    text = "Présents : Ana Gil, Tom Lee, Alberto\n\nRapport de Alberto\n\nLes ateliers ont réuni dix personnes."
    people = [Participant(name="Alberto")]
    assert _renamed(text, "Alberto", people) == "Alberto"


def test_the_absent_namesake_of_the_other_gender_lends_nothing():
    # near miss: Madame LASSERRE Anne is excused; the Monsieur LASSERRE who speaks is someone else
    people = [Participant(name="Anne LASSERRE", session_role="absent", gender="f"), Participant(name="LASSERRE", gender="m")]
    text = ("Étaient absents excusés :\nMadame LASSERRE Anne, procuration à Monsieur MARTIN.\n\n"
            "Monsieur LASSERRE rappelle que le budget est voté.")
    assert _renamed(text, "LASSERRE", people) == "LASSERRE"
