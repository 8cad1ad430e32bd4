"""Minutes in the old British style, each paragraph opened by its speaker in capitals with the honorific ("DR. EVATT
said that…", "MR FRASER asked…", "SIR FIROZ KHAN NOON enquired…"), and the bodies they name ("the United Kingdom
Government were grateful…"), which are no people. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Minutes of a Commonwealth Meeting

LORD CRANBORNE invited Colonel Stanley to open the discussion on the future of the territories.

COLONEL STANLEY said that he must first apologise for the order of the agenda. The United Kingdom Government were very grateful for the comments received from the Dominions. He would be glad to hear their views.

DR. EVATT said that before commenting upon the proposals he wished to make two observations. The procedure had left little time for study.

MR FRASER asked whether that represented the considered opinion of the Government in London.

SIR FIROZ KHAN NOON [10] enquired what would happen if agreement were reached between the delegations.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(MINUTES, "minutes.txt"), fragment)


def test_capitals_doctor_with_his_verb_speaks():
    assert _speaker("before commenting upon the proposals") == "EVATT"


def test_capitals_mister_without_a_dot_speaks():
    assert _speaker("whether that represented the considered") == "FRASER"


def test_enquired_is_a_speech_verb_and_a_footnote_mark_is_no_obstacle():
    assert _speaker("what would happen if agreement") == "FIROZ KHAN NOON"


def test_a_government_named_with_its_article_is_no_speaker():
    assert _speaker("were very grateful for the comments") == "Colonel Stanley"


def test_the_speaker_goes_on_after_naming_a_government():
    assert _speaker("He would be glad to hear their views.") == "Colonel Stanley"


def test_no_body_among_the_participants():
    names = {p.name for p in ingest_text(MINUTES, "minutes.txt").participants}
    assert not any("Kingdom" in n or "Government" in n for n in names)


def test_dr_in_capitals_without_its_dot_is_no_honorific():
    # near miss: "DR Congo" is a country; "DR" counts as the honorific only with its dot
    text = MINUTES + "\nDR Congo said nothing at the meeting about the territories of the region.\n"
    assert speaker_at(ingest_text(text, "minutes.txt"), "said nothing at the meeting") != "Congo"
