"""A machine transcript of a video call (Google Meet's transcript tab, a Zoom or Teams text export) labels each line
with the speaker's account name, whatever it is called: a name in lower case, a company in capitals, an e-mail
handle. The layout makes it a label (the same prefix opens several lines, and such lines are most of the text); a
line the recogniser cut mid-sentence goes on in the same account's later line, and never runs on into the next
line's label."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.account_labels import account_labels
from quidit.ingest.lexicon import fold

CALL = """Weekly sync - Transcript

00:00:00

jane doe: Morning everyone, can you hear me now? I think the
Omar Haddad: Yes, loud and clear
jane doe: microphone was off before. Let us start with the budget review.
ACME CONSULTING: Hello, sorry I am late to the call today.
Omar Haddad: No problem, we only just started the review.

00:01:10

jane doe: So the budget for the next quarter is still open for changes.
ACME CONSULTING: We can send the new numbers by Friday afternoon.
Omar Haddad: That works for me, thank you for that.
ACME CONSULTING: Then we will send them to the whole team.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "call.txt"), fragment)


def test_a_lower_case_account_name_labels_its_turns():
    assert fold(_speaker(CALL, "Morning everyone") or "") == "jane doe"


def test_a_line_cut_mid_sentence_goes_on_in_the_same_accounts_later_line():
    assert fold(_speaker(CALL, "microphone was off") or "") == "jane doe"


def test_a_turn_without_a_stop_never_runs_on_into_the_next_lines_label():
    t = ingest_text(CALL, "call.txt")
    held = next(t.text[s.start:s.end] for s in t.sentences if "microphone was off" in t.text[s.start:s.end])
    assert "loud and clear" not in held


def test_an_account_in_capitals_labels_its_turns():
    assert fold(_speaker(CALL, "send the new numbers") or "") == "acme consulting"


def test_an_email_handle_labels_its_turns():
    doc = CALL.replace("jane doe:", "jane.doe@example.org:")
    assert _speaker(doc, "Morning everyone") == "jane.doe@example.org"


def test_a_french_account_with_a_space_before_the_colon():
    doc = CALL.replace("jane doe:", "marie dupont :")
    assert fold(_speaker(doc, "Morning everyone") or "") == "marie dupont"


def test_a_prefix_that_opens_few_lines_of_prose_is_no_label():
    # near miss: one lower-case prefix among lines of prose is a note of the text, not a conversation's turns
    notes = ["Project notes", "We met on Monday to plan the release.", "todo list: check the build on every platform.",
             "The team agreed to move the release by one week.", "todo list: write the announcement.",
             "Several people asked about the documentation.", "todo list: update the install guide.",
             "jane doe: the budget is open.", "jane doe: the numbers come on Friday.", "jane doe: fine.",
             "The next meeting is on Thursday.", "Everyone agreed to that date.", "Omar will chair it."]
    assert account_labels(notes) == set()


def test_two_prefixes_that_take_turns_on_most_lines_are_labels():
    lines = ["jane doe: the budget is open.", "omar: fine.", "jane doe: the numbers come on Friday.", "omar: good.",
             "00:01:10", "jane doe: fine.", "omar: thanks.", "A line of the title"]
    assert account_labels(lines) == {"jane doe", "omar"}


def test_turns_parted_by_blank_lines_keep_a_hard_wrap_that_opens_on_a_label():
    # near miss: where a blank line parts the turns, a line break inside a paragraph is a wrap, not a new turn
    doc = CALL.replace("\n", "\n\n") + "\nOmar Haddad: We are out of time, and what we said about the\njane doe: notes will go online.\n"
    assert _speaker(doc, "notes will go online") == "Omar Haddad"
