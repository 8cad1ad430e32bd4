"""Line-numbered transcripts (court reporters', stenographers', hearings'): the margin's line numbers and the page
numbers are layout, a turn wraps over numbered lines and pages, a cover page's entries stay apart; numbered items
(an agenda, a list inside speech) are never taken for a margin. Each on a small text written for the test."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.numbered_lines import unnumber


def _page(first: int, rows: list[str], page: int | None = None) -> list[str]:
    """A transcript page: each row "text" or ">text" (a deeper line: a turn's label or a new paragraph), numbered in
    the margin from `first`, double-spaced, with the page's number right-aligned above it."""
    out = [" " * 60 + str(page), ""] if page else []
    for k, row in enumerate(rows, first):
        body = ("       " + row[1:]) if row.startswith(">") else row
        out += [f"{k:>8}      {body}".rstrip(), ""]
    return out


HEARING = [
    ">MR. HALLORAN:  Good morning.  I want to thank the",
    "committee for the chance to speak about the county",
    "budget this morning, and about the bridges.",
    ">The second point is the ferry, which has been",
    "closed since March and which the town needs",
    ">SENATOR OKAFOR:  Thank you.  We will look at the",
    "ferry with the department before the summer.",
    ">MS. BRANDT:  May I add one thing about the ferry?",
    "The schedule was cut twice in the last two years",
    "and the riders were never asked about it at all.",
    ">SENATOR OKAFOR:  Please go on, we have the time.",
    ">MS. BRANDT:  The riders are mostly older people",
    "who have no other way to reach the hospital.",
]


def _hearing() -> str:
    rows = HEARING * 2  # two pages' worth
    return "\n".join(_page(1, rows[:13], 2) + _page(1, rows[13:], 3)) + "\n"


def test_margin_numbers_and_page_numbers_leave_the_text():
    text = clean(_hearing()).text
    assert "Good morning." in text and "\n8 " not in text and " 60 " not in text
    assert not any(line.strip().isdigit() for line in text.split("\n"))


def test_a_turn_wraps_over_its_numbered_lines_into_one_paragraph():
    paragraphs = clean(_hearing()).text.split("\n\n")
    assert "MR. HALLORAN:  Good morning.  I want to thank the committee for the chance to speak about the county " \
           "budget this morning, and about the bridges." in paragraphs


def test_a_deeper_line_inside_a_turn_opens_a_paragraph():
    paragraphs = clean(_hearing()).text.split("\n\n")
    assert any(p.startswith("The second point is the ferry") for p in paragraphs)


def test_a_turn_wraps_on_over_a_page_break_and_the_page_is_marked():
    rows = HEARING[:12] + [">MS. BRANDT:  The riders are mostly older people", "who have no other way to reach"] \
        + ["the hospital in the county seat."] + HEARING[1:12]
    ct = clean("\n".join(_page(1, rows[:14], 2) + _page(1, rows[14:], 3)))
    assert "who have no other way to reach the hospital in the county seat." in ct.text
    assert len(ct.page_starts) == 2 and ct.text[ct.page_starts[1]:].startswith("the hospital")


def test_cover_page_entries_at_the_text_column_stay_apart():
    cover = ["PRESIDING:", ">Senator Ada Okafor", "", "WITNESSES:", "Thomas Halloran", "County Executive",
             "Greta Brandt", "Ferry Riders Association", ""]
    lines = _page(1, cover + HEARING[:4], None) + _page(1, HEARING * 2, 2)
    paragraphs = clean("\n".join(lines)).text.split("\n\n")
    assert "Thomas Halloran" in paragraphs and "County Executive" in paragraphs and "Greta Brandt" in paragraphs


def test_turns_of_a_line_numbered_transcript_go_to_their_labels():
    t = ingest_text(_hearing(), "hearing.txt")
    who = {t.text[s.start:s.end]: s.speaker for s in t.sentences}
    said = next(k for k in who if k.startswith("The schedule was cut twice"))
    assert who[said] and "brandt" in who[said].lower()


def test_french_stenographic_record_with_a_margin_is_unnumbered():
    rows = [">M. LE PRÉSIDENT :  La séance est ouverte.  Nous",
            "commençons par l'audition du directeur de la",
            "régie des transports, que je remercie d'être là.",
            ">M. DURAND :  Merci, monsieur le président.  Je",
            "voudrais d'abord vous présenter notre budget."] * 3
    text = clean("\n".join(_page(1, rows[:15], 4) + _page(1, rows, 5))).text
    assert "Nous commençons par l'audition du directeur de la régie des transports, que je remercie d'être là." in text


def test_a_numbered_agenda_is_not_a_margin():
    agenda = "\n".join(f"{k}. Item number {k} of the agenda, with its text" for k in range(1, 26))
    assert unnumber(agenda.split("\n")) is None


def test_a_numbered_list_inside_speech_is_not_a_margin():
    speech = ["MS. BRANDT: We ask for three things:"] + [f"{k} a thing we ask for, number {k}" for k in range(1, 4)] \
        + ["SENATOR OKAFOR: Thank you, that is clear."] * 30
    assert unnumber(speech) is None


def test_a_plain_list_of_numbered_lines_without_a_page_or_a_margin_is_left_alone():
    rows = [f"{k} apples and pears for the school" for k in range(1, 31)]
    assert unnumber(rows) is None


def test_numbers_out_of_order_are_not_a_margin():
    rows = [f"{k}      figure for the year {k}" for k in (12, 3, 40, 7, 21, 5, 33, 18, 2, 9, 27, 14) * 3]
    assert unnumber(rows) is None


def test_an_unnumbered_line_on_the_cover_page_is_a_line_of_its_own():
    lines = _page(1, ["WITNESSES:", "Thomas Halloran"], None) + ["              County Executive", ""] \
        + _page(3, ["Greta Brandt"] + HEARING[:10], None) + _page(1, HEARING * 2, 2)
    paragraphs = clean("\n".join(lines)).text.split("\n\n")
    assert "Thomas Halloran" in paragraphs and "County Executive" in paragraphs
