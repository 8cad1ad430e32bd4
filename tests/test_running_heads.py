"""A PDF's running head that the converter broke over short lines ("City Commission" / "Meeting" / "January" /
"9, 2024"), repeated on every page, is layout, not a heading: the turn it falls inside goes on after it. A short
heading the text repeats without a figure ("Discussion" / "Next steps") still ends the turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import Line, LineKind
from quidit.ingest.page_furniture import running_heads

HEAD = "City Commission\n\nMeeting\n\nJanuary\n\n9, 2024\n\n"

VERBATIM = ("Mayor Lago: Good morning, sir.\n\n" + HEAD
            + "Thad Adams: Mr. Mayor, Commissioners, it's a pleasure to be here. My name is Thad Adams and I speak for the\n\n"
            + HEAD
            + "commercial brokers, whose signs are materially more important to business than residential signs.\n\n"
            + "Mayor Lago: Thank you.\n\n" + HEAD + "Commissioner Castro: I would not be opposed to more time.\n")


def test_the_turn_goes_on_after_a_broken_running_head():
    assert speaker_at(ingest_text(VERBATIM, "minutes.txt"), "materially more important") == "Thad Adams"


def _units(text: str) -> list[Line]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append(Line(at, at + len(line), LineKind.TEXT))
        at += len(line) + 1
    return out


def test_a_repeated_run_without_a_figure_is_no_running_head():
    text = "Discussion\n\nNext steps\n\nAna agreed.\n\n" * 3
    assert running_heads(text, _units(text)) == set()


def test_a_repeated_run_with_a_figure_is_a_running_head():
    text = ("Council\n\nMay 2024\n\nAna agreed with the plan.\n\n") * 3
    assert len(running_heads(text, _units(text))) == 6


def test_a_running_head_with_a_misread_line_is_still_one():
    text = "".join(f"{noise}\n\nACTA DE CABILDO\n\nH. AYUNTAMIENTO\n\nAdministración 2024 - 2027\n\nAna agreed with the plan.\n\n"
                   for noise in ("As Noe", "IC ANO", "QA"))
    assert len(running_heads(text, _units(text))) == 12


def test_a_run_mostly_of_unrepeated_lines_is_no_running_head():
    text = "".join(f"{a}\n\n{b}\n\nMay 2024\n\nAna agreed with the plan.\n\n"
                   for a, b in (("Budget", "Roads"), ("Parks", "Schools"), ("Water", "Fire")))
    assert running_heads(text, _units(text)) == set()
