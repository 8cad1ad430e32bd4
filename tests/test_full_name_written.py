"""The full name a text writes for a short name (`names.full_name_written`): a quotation credited to "Sam" and a
hand-over to "Cindy" are the person the text named in full ("Sam Halliday", "Cindy Peebles"). One behaviour per test,
with near misses."""
from __future__ import annotations

import time

from quidit.ingest.names import full_name_written

MAIL = "A message came from Sam Halliday of the build team. Sam wrote that the release slips a week."


def test_a_first_name_stands_for_the_full_name_the_text_writes():
    assert full_name_written(MAIL, "Sam", unique=True) == "Sam Halliday"


def test_two_people_sharing_a_first_name_give_no_unique_full_name():
    text = MAIL + " Sam Roe disagreed with him. Sam wrote back."
    assert full_name_written(text, "Sam", unique=True) is None


def test_not_unique_takes_the_first_full_name_written():
    text = "Our next question comes from Cindy Peebles, then from Cindy Lauper. Go ahead, Cindy."
    assert full_name_written(text, "Cindy", unique=False) == "Cindy Peebles"


def test_one_name_written_with_other_spaces_is_one_name():
    text = "From Sam  Halliday.\nLater Sam\nHalliday again. Sam wrote."
    assert full_name_written(text, "Sam", unique=True) == "Sam Halliday"


def test_a_longer_name_or_a_word_ending_in_the_name_is_not_it():
    assert full_name_written("Samuel Roe and Osam Roe spoke. Sam wrote.", "Sam", unique=False) is None


def test_a_first_name_before_a_lower_case_word_is_no_full_name():
    assert full_name_written("Sam wrote that Sam said no.", "Sam", unique=False) is None


def test_an_honorific_and_a_title_is_no_full_name():
    assert full_name_written("Go ahead, Mr. President. Mr. President, thank you.", "Mr.", unique=False) is None


def test_the_full_name_is_linear_on_long_lines():
    start = time.perf_counter()
    assert full_name_written("Sam, " * 20000, "Sam", unique=True) is None
    assert full_name_written("Sam " + "B" * 100000, "Sam", unique=False) is None
    assert time.perf_counter() - start < 2
