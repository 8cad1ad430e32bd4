"""An edited record's endnotes: the numbered paragraphs after the record, whose numbers the text marks in brackets
("…on April 11.[2]"), are the editor's, even where they name someone with a speech verb ("Cutler noted that…");
a numbered list of the minutes' own, with no marks, is left to its speakers. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Present at the 332nd meeting of the Council were the President of the United States, presiding; the Vice President; and the Secretary of State.

Mr. Cutler said the Secretary of Defense would outline the military programs for the next two years.[1] The Council would recall that Defense had presented an interim report on April 11.[2] A complete report would not be ready until October.[3]

Secretary Wilson said that the programs had been cut by one billion dollars from the earlier estimates and that further cuts would hurt the forces.

1 Source: Eisenhower Library, Whitman File, NSC Records. Top Secret.

2 Reference is to the interim report on the mobilization base, one of a series of annual reports.

3 In a memorandum to Secretary Wilson, dated July 31, Cutler noted that the President withdrew the language of the preliminary draft.
"""


def test_an_endnote_is_nobody_s_words():
    assert speaker_at(ingest_text(RECORD, "memo.txt"), "one of a series of annual reports") is None


def test_a_name_with_a_speech_verb_in_an_endnote_is_a_source_not_a_turn():
    assert speaker_at(ingest_text(RECORD, "memo.txt"), "withdrew the language of the preliminary draft") is None


def test_numbered_paragraphs_the_text_never_marks_are_left_to_the_speaker():
    t = ingest_text(RECORD.replace("[1]", "").replace("[2]", "").replace("[3]", ""), "memo.txt")
    assert speaker_at(t, "one of a series of annual reports") is not None
