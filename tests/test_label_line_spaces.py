"""The speaker-label line shape reads lines padded with long runs of spaces in linear time, and still reads labels."""
import time

import pytest

from quidit.ingest.labels import LABEL_LINE


@pytest.mark.parametrize("line", ["[00:01:02] - " + " " * 100_000, "* " + " " * 100_000, " " * 100_000,
                                  "10:30 " + " " * 100_000 + "x"],
                         ids=["time-dash-spaces", "bullet-spaces", "spaces", "time-spaces"])
def test_label_line_refuses_a_long_run_of_spaces_quickly(line):
    start = time.perf_counter()
    LABEL_LINE.match(line)
    assert time.perf_counter() - start < 0.5


def test_label_line_still_reads_a_timed_bulleted_label():
    m = LABEL_LINE.match("[00:01:02] - * Rod Vagg (TSC):   we shipped it")
    assert m and m["label"].strip() == "Rod Vagg (TSC)" and m["body"] == "we shipped it"


def test_label_line_reads_a_label_with_spaces_before_its_colon():
    m = LABEL_LINE.match("Jane Roe     : Good morning")
    assert m and m["label"].strip() == "Jane Roe"


def test_label_line_refuses_a_dotted_label_then_spaces_quickly():
    start = time.perf_counter()
    LABEL_LINE.match("M. Dupont." + " " * 100_000)
    assert time.perf_counter() - start < 0.5


def test_label_line_still_reads_a_dotted_dash_label():
    m = LABEL_LINE.match("M. Dupont. – Nous avons voté.")
    assert m and m["label"].strip() == "M. Dupont" and m["body"] == "Nous avons voté."
