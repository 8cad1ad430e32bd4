"""A community Q&A tidied from a chat: "Q: … — asker" lines, answers signed "— handle" on a line of their own after
their paragraphs (`signed_answers`): "Q" and "A" are nobody, the signature names who wrote the block before it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

QA = """Ask the Widgets team (March 2021)

Introduction

Hi everyone! We are the Widgets team and we are glad to answer your questions today.

— annaK

Q: Will the widgets support dark mode soon? — brent_v

A: Dark mode is on our roadmap for the spring release, after the new theming engine lands.

— annaK

To add to that, the theming engine is what makes dark mode cheap for us to maintain.

— tomasz

Q: How do I report a crash in the layout code? (asking for a friend)— Nine

A: Please open an issue with a minimal reproduction and the version you use.

— tomasz
"""


def _speaker(fragment: str, doc: str = QA) -> str | None:
    return speaker_at(ingest_text(doc, "qa.txt"), fragment)


def test_answer_after_a_marker_is_the_signer():
    assert _speaker("Dark mode is on our roadmap") == "annaK"


def test_second_answer_without_a_marker_is_its_own_signer():
    assert _speaker("the theming engine is what makes") == "tomasz"


def test_question_is_the_asker_named_at_its_end():
    assert _speaker("Will the widgets support dark mode") == "brent_v"


def test_asker_glued_to_a_closing_bracket_still_asks():
    assert _speaker("How do I report a crash") == "Nine"


def test_introduction_is_signed_too():
    assert _speaker("We are the Widgets team") == "annaK"


def test_heading_is_nobodys():
    assert _speaker("Introduction") is None


def test_one_signature_is_no_layout():
    # near miss: a single dash line under a quotation signs nothing for the whole text
    doc = "Notes of the call\n\nJane said the build is green again.\n\n— Jane\n\nBob will cut the release tomorrow.\n"
    assert _speaker("Bob will cut the release", doc) != "Jane"
