"""A Hansard converted from PDF, as Kenya's Senate prints it: the notice at every page's foot and the one-line running
head with the page's number are nobody's and do not end the turn; "(Loud consultations)" and "(Off record)" are the
room's, the member goes on; the presiding officer's label right under a division's unpunctuated rows opens a turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FOOT = ("Disclaimer: The electronic version of the Senate Hansard Report is for information purposes\n"
        "only. A certified version of this Report can be obtained from the Hansard Editor, Senate.\n")


def _page(n: int) -> str:
    return f"\n{FOOT}\nJuly 31, 2013 SENATE DEBATES {n}\n"


HANSARD = f"""THE SENATE

Wednesday, 31st July, 2013

The Speaker (Hon. Ethuro): Order, hon. Senators. I wish to make the following Communication on the plan.
The programmes and projects to address
{_page(2)}the sector priorities will be outlined in the Second Medium Term Plan of the county.

Sen. Karaba: Thank you, Mr. Speaker, Sir, for giving me this chance to present a petition on Mwea.

(Loud consultations)

Mr. Speaker, Sir, if you could protect me, please, because this is a serious matter.
{_page(3)}
(Off record)

They know themselves. But under the same Constitution we must protect the farmers of Mwea.

(Question put and the Senate proceeded to vote by County Delegations)

AYES: Sen. Abdirahman, Wajir County; Sen. Billow, Mandera County.
Teller of the Ayes: Sen. Bule
NOES: Nil
Teller of the Noes: Sen. Mohamud
The Chairperson (Sen. Kembi-Gitura): Hon. Senators, I wish to announce the
results as follows:-
AYES: 30
You will appreciate that this vote has exceeded the threshold of 24.
{_page(4)}
Sen. Khalwale: Mr. Speaker, Sir, on a point of order, the threshold has been reached today.
"""


def _speaker(fragment: str, text: str = HANSARD) -> str | None:
    return speaker_at(ingest_text(text, "hansard.txt"), fragment)


def test_page_foot_notice_is_nobodys():
    assert _speaker("A certified version of this Report") is None


def test_speaker_goes_on_after_the_page_foot_and_running_head():
    assert _speaker("the sector priorities will be outlined") == "Hon. Ethuro"


def test_running_head_is_nobodys():
    assert _speaker("July 31, 2013 SENATE DEBATES 3") is None


def test_member_goes_on_after_loud_consultations():
    assert _speaker("if you could protect me, please") == "Sen. Karaba"


def test_member_goes_on_after_off_record():
    assert _speaker("They know themselves.") == "Sen. Karaba"


def test_chair_label_under_a_divisions_unpunctuated_rows_opens_a_turn():
    assert _speaker("You will appreciate that this vote") == "Kembi-Gitura"


def test_paragraph_said_twice_is_no_page_notice():
    # near miss: a member who repeats a two-line paragraph twice still says it; three times over the same line breaks
    # is what a page's foot does
    said = ("Sen. Karaba: We ask the Government to release the funds for the canal this year and to repair\n"
            "the roads of the scheme before the long rains begin in the county.\n\n")
    again = ("We ask the Government to release the funds for the canal this year and to repair\n"
             "the roads of the scheme before the long rains begin in the county.\n\n")
    text = "The Speaker (Hon. Ethuro): Proceed.\n\n" + said + again
    assert _speaker("the roads of the scheme", text) == "Sen. Karaba"


def test_numbered_headings_without_a_date_are_no_running_head():
    # near miss: "Question number 1", "Question number 2", … rise too, but hold no date: headings, which end the turn
    text = ("The Speaker (Hon. Ethuro): We now take the questions of the day, one after the other.\n\n"
            + "".join(f"Question by the Senator {n}\n\nThe Cabinet Secretary will answer the question in writing soon.\n\n"
                      for n in (1, 2, 3)))
    assert _speaker("The Cabinet Secretary will answer", text) is None
