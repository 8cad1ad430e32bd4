"""Board minutes in reported prose whose attendance lists give one person a bullet, "- Name Surname, Organisation",
under headings such as "The following members were present:", and whose prose then names people by first name only
("Heather said…", "Jon observes that…"). Each test on a small text written for it (one behaviour per test; the real
documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import ATTENDANCE, IMPERSONAL, RECORD_LINE, SPEECH_VERB


def _speaker(t, fragment):
    return speaker_at(t, fragment)


def _names(t):
    return {p.name for p in t.participants}


BOARD = """Minutes of the 3rd meeting of the Example Foundation board

Attendees

The following new board members were present:

- Lena Varga, Acme
- Omar Haddad, Globex

Other board members and officers present:

- Priya Raman, Initech
- Tomas Berg, Umbrella

Apologies received

- Karl Weiss, Hooli

Proceedings

Opening Remarks

Priya said the budget for the coming year is on track and the audit is finished.

Lena observes that the documentation is still far behind the code base.

Omar told us that his company will send two engineers to the summit in spring.

Tomas asked whether the travel fund could also cover students next year.
"""


@pytest.fixture(scope="module")
def board():
    return ingest_text(BOARD, "board.txt")


# the same conventions under a plain "Present:" heading
PLAIN = """Minutes of the board meeting of the Example Foundation

Present:

- Priya Raman, Initech
- Tomas Berg, Umbrella

Proceedings

Opening Remarks

Priya said the budget for the coming year is on track and the audit is finished.

Outcome: Adopted, by a 6-1 vote (1 board member not present)

Tomas said the travel fund could also cover students next year.

Consensus: no further action on this for now.

Priya said the fund would need a second sponsor before it could grow.

The discussion was inconclusive, but there was consensus to wait until spring.
"""


@pytest.fixture(scope="module")
def plain():
    return ingest_text(PLAIN, "plain.txt")


@pytest.mark.parametrize("line", [
    "The following new board members were present:",
    "Other board members and officers present:",
    "Attendees present",
    "Miembros presentes:",
], ids=["were-present", "officers-present", "attendees-present", "es-miembros-presentes"])
def test_line_saying_who_was_present_opens_an_attendance_list(line):
    assert ATTENDANCE.match(line)


@pytest.mark.parametrize("line", [
    "Fred will present:",
    "All members were present.",
    "Jon said the members were present at the meeting",
], ids=["verb-present", "sentence-with-full-stop", "prose"])
def test_present_in_a_sentence_does_not_open_a_list(line):
    assert ATTENDANCE.match(line) is None


def test_people_under_a_were_present_heading_are_participants(board):
    assert {"Lena Varga", "Omar Haddad", "Priya Raman", "Tomas Berg"} <= _names(board)


def test_organisation_after_the_comma_of_a_bulleted_entry_is_not_a_person(plain):
    assert not {"Initech", "Umbrella"} & _names(plain)


def test_organisation_after_the_comma_is_the_persons_organisation(board):
    assert next(p for p in board.participants if p.name == "Priya Raman").organization == "Initech"


def test_bullet_with_two_names_joined_by_and_stays_two_entries():
    t = ingest_text("Minutes\n\nPresent:\n\n- Ana Gil, Bob Stone and Carl Moe\n\nBob said the plan works for everyone here.\n",
                    "m.txt")
    assert {"Bob Stone", "Carl Moe"} <= _names(t)


def test_apologies_received_lists_absent_people(board):
    assert next(p for p in board.participants if p.name == "Karl Weiss").session_role == "absent"


def test_headings_after_a_bulleted_list_end_it(plain):
    assert not {"Proceedings", "Opening Remarks"} & _names(plain)


def test_first_name_with_a_speech_verb_is_the_listed_person(board):
    assert _speaker(board, "Priya said the budget") == "Priya Raman"


@pytest.mark.parametrize("fragment, who", [
    ("Lena observes that", "Lena Varga"),
    ("Omar told us that", "Omar Haddad"),
], ids=["observes", "told"])
def test_board_minutes_verbs_of_saying(board, fragment, who):
    assert _speaker(board, fragment) == who


@pytest.mark.parametrize("verb", ["reiterated", "addressed", "spoke up", "summarized", "summarises", "wrote"])
def test_more_english_verbs_of_saying(verb):
    assert SPEECH_VERB.search(f"Jon {verb} the point")


def test_word_holding_a_verb_of_saying_is_not_one():
    assert SPEECH_VERB.search("The toldo was rewritten by the addressee") is None


def test_outcome_line_is_the_record(plain):
    assert _speaker(plain, "Outcome: Adopted") is None


def test_consensus_line_is_the_record(plain):
    assert _speaker(plain, "Consensus: no further action") is None


@pytest.mark.parametrize("line", ["Outcome: adopted", "Résultat : adopté", "Resultado: aprobado", "Consenso: seguir"])
def test_record_line_words(line):
    assert RECORD_LINE.match(line)


def test_outcome_inside_a_sentence_is_not_a_record_line():
    assert RECORD_LINE.match("The outcome: we wait") is None


def test_board_level_statement_is_not_the_last_speakers(plain):
    assert _speaker(plain, "The discussion was inconclusive") is None


@pytest.mark.parametrize("line", [
    "There wasn't clear interest from the board",
    "The discussion was inconclusive",
    "Il y a eu consensus pour attendre",
    "Hubo consenso en esperar",
], ids=["en-there-wasnt", "en-discussion-was", "fr-consensus", "es-consenso"])
def test_board_level_statement_words(line):
    assert IMPERSONAL.match(line)


def test_there_was_with_another_noun_is_not_the_board_talking():
    assert IMPERSONAL.match("There was a delay in the shipment") is None


# a quotation then its speaker, and a first-name aside in parentheses
QUOTES = """Minutes of the board meeting of the Example Foundation

Present:

- Priya Raman, Initech
- Tomas Berg, Umbrella

"I don't think we can afford both trips this year," said Priya.

Tomas said the travel fund could also cover students next year and the year after.

"We will decide in spring, once the accounts are in," said Priya's assistant.

Priya said the hotel rooms are booked for all the speakers already.

(Tomas asked if the students could apply before the summer holidays. Priya said not yet, but soon; the fund wants a
clear rule before it opens the call.)

The fund (Tomas said it twice) would also pay for the hotel rooms of the speakers.
"""


@pytest.fixture(scope="module")
def quotes():
    return ingest_text(QUOTES, "quotes.txt")


def test_quotation_then_said_and_a_name_is_that_persons(quotes):
    assert _speaker(quotes, "I don't think we can afford") == "Priya Raman"


def test_quotation_then_said_and_someone_of_the_named_person_is_not_theirs(quotes):
    assert _speaker(quotes, "We will decide in spring") != "Priya Raman"


def test_aside_in_parentheses_opening_with_a_name_and_verb_is_that_persons(quotes):
    """A paragraph in parentheses, too long for a stage direction, that opens with "(Name asked…"."""
    assert _speaker(quotes, "(Tomas asked if the students") == "Tomas Berg"


@pytest.mark.parametrize("prefix", ['"We wait," said ', "« On attend », a dit ", '"Esperamos", dijo '],
                         ids=["en", "fr", "es"])
def test_inverted_verb_after_a_quotation(prefix):
    from quidit.ingest.lexicon import SAID_AFTER_QUOTE
    assert SAID_AFTER_QUOTE.search(prefix)


def test_verb_after_a_word_in_quotes_inside_a_sentence_is_not_inverted():
    from quidit.ingest.lexicon import SAID_AFTER_QUOTE
    assert SAID_AFTER_QUOTE.search('The word "relicense" said nothing to ') is None


def test_name_after_a_parenthesis_inside_a_sentence_is_not_its_subject(quotes):
    assert _speaker(quotes, "The fund (Tomas said it twice)") != "Tomas Berg"
