"""An answer names a document by its title: a date line above the title is skipped (and kept as the date), and a
first line that names a part of the meeting ("Time and Location") is no title."""
import shutil

import pytest
from fakes import FakeEncoder
from paths import SECOND

from quidit.chat.answer import document_label
from quidit.index.service import open_index
from quidit.settings import Settings

BODY = "\n\nThe Speaker took the Chair and asked members to observe a moment of silence for the late ambassador."


def _label(tmp_path, quidit_home, text):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "record.txt").write_text(text + BODY, encoding="utf-8")
    shutil.copy(SECOND, corpus / SECOND.name)
    s = open_index(Settings(corpus=corpus, home=quidit_home, chunk_size=400, chunk_overlap=50),
                   FakeEncoder(abstain_below=0.0), progress=False).searcher
    return document_label(s, "record.txt")


def test_a_date_line_above_the_title_is_the_date(tmp_path, quidit_home):
    label = _label(tmp_path, quidit_home, "Thursday, 20 September 2012\n\nPROCEEDINGS OF THE NATIONAL ASSEMBLY")
    assert label == "« PROCEEDINGS OF THE NATIONAL ASSEMBLY » (20 September 2012)"


def test_an_opening_section_heading_is_no_title(tmp_path, quidit_home):
    assert _label(tmp_path, quidit_home, "Time and Location\n\nJanuary 14, 2014") == "record.txt (January 14, 2014)"


@pytest.mark.parametrize("first", ["Ordre du jour", "Asistentes:"])
def test_opening_sections_in_french_and_spanish_are_no_title(tmp_path, quidit_home, first):
    assert _label(tmp_path, quidit_home, first + "\n\nCompte rendu rédigé par le secrétaire") == "record.txt"


def test_a_title_that_starts_with_a_section_word_stays_a_title(tmp_path, quidit_home):
    label = _label(tmp_path, quidit_home, "Agenda setting in city councils: a public seminar")
    assert label == "« Agenda setting in city councils: a public seminar »"
