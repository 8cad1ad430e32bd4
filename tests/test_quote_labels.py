"""A quote that opens a speaker's turn opens with the turn's label ("THE PRESIDENT:  It relates to…"); the answer
names the speaker already, so the label is not quoted. Text that only looks like a label stays whole."""
from quidit.chat.answer import without_label
from quidit.index.search import Hit
from quidit.ingest.records import Passage


def hit(text, speaker):
    return Hit(Passage("p1", "t.txt", speaker, None, None, None, 0, len(text), text), 1.0, 1, ["dense"])


def test_a_role_label_is_dropped():
    q = "THE PRESIDENT:  It relates to what is now needed."
    assert without_label(q, hit(q, "THE PRESIDENT")) == "It relates to what is now needed."


def test_a_first_name_label_of_the_speaker_is_dropped():
    q = "Benjamin: Ok, enfin, je vous montre la page."
    assert without_label(q, hit(q, "Benjamin Richter")) == "Ok, enfin, je vous montre la page."


def test_a_first_name_label_of_someone_else_stays():
    q = "Benjamin: Ok, enfin, je vous montre la page."
    assert without_label(q, hit(q, "Nicolas Matton")) == q


def test_a_heading_with_a_colon_stays_in_narration():
    q = "Subventions : 4 000 euros sont votés."
    assert without_label(q, hit(q, None)) == q


def test_a_document_item_is_not_a_label():
    q = "Note : la séance reprend à 14 h."
    assert without_label(q, hit(q, "Jane Roe")) == q
