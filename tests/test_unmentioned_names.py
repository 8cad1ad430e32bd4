"""A question about something its closest document never names ("Beyrouth", "NAFTA", "2016") is refused with that
reason: a passage close in meaning cannot answer it. Asked in another language than the document's, names are
translated ("Marsella"), so only numbers are compared then."""
import shutil

import pytest
from fakes import FakeEncoder
from paths import SECOND

from quidit.chat.answer import answer
from quidit.index.service import open_index
from quidit.ingest import lexicon as lx
from quidit.settings import Settings

OTHER = """Compte rendu de l'atelier sur le dessalement

Madame Inès Caron, ingénieure, présente le programme de dessalement de Sfax. Elle explique que la station pilote a été
financée par la coopération décentralisée et que le programme de dessalement forme des techniciens municipaux.
"""


@pytest.fixture
def two_documents(tmp_path):
    """The round table (which names Tanger) and a short report on desalination in Sfax (which does not)."""
    c = tmp_path / "corpus"
    c.mkdir()
    shutil.copy(SECOND, c / SECOND.name)
    (c / "atelier-dessalement.txt").write_text(OTHER, encoding="utf-8")
    return open_index(Settings(corpus=c, home=tmp_path / "home", chunk_size=400, chunk_overlap=50), FakeEncoder(),
                      progress=False).searcher


@pytest.mark.parametrize("question,names", [
    ("Quel programme Beyrouth a-t-il lancé avec Tanger ?", ["Beyrouth", "Tanger"]),
    ("Who complained under NAFTA?", ["NAFTA"]),
    ("¿Qué cambió en la versión 7.1 en 2019?", ["7.1", "2019"]),
])
def test_a_questions_own_names_are_read(question, names):
    assert [m.group() for m in lx.QUESTION_OWN_NAME.finditer(question)] == names


@pytest.mark.parametrize("question", [
    "Qui a parlé du dessalement ?",  # the opening word is capitalised because it opens the question
    "What did I say? Why was it 5 m?",  # a one-letter word, a word opening a sentence, a one-digit number
    "¿Quién habló del agua?",
])
def test_no_name_is_read_where_the_question_has_none(question):
    assert list(lx.QUESTION_OWN_NAME.finditer(question)) == []


def test_a_place_the_document_never_names_is_refused_with_that_reason(searcher):
    a = answer("Quel programme de dessalement Beyrouth a-t-il financé ?", searcher, abstain_below=-1.0)
    assert a.abstained and a.speaker is None and not a.citations
    assert "ne mentionne pas « Beyrouth »" in a.text


def test_a_year_the_document_never_gives_is_refused(searcher):
    a = answer("Combien de techniciens ont été formés en 1987 ?", searcher, abstain_below=-1.0)
    assert a.abstained and "« 1987 »" in a.text


def test_names_the_document_holds_are_answered(searcher):
    a = answer("Quel programme de réutilisation des eaux usées Marseille a-t-elle lancé ?", searcher, abstain_below=-1.0)
    assert not a.abstained


def test_a_question_in_another_language_is_not_refused_for_its_names(searcher):
    """"Marsella" is how a Spanish question writes Marseille: another language's names say nothing."""
    a = answer("¿Qué programa de reutilización de aguas lanzó Marsella?", searcher, abstain_below=-1.0)
    assert not a.abstained


def test_a_year_is_compared_whatever_the_questions_language(searcher):
    a = answer("How many technicians were trained in 1987?", searcher, abstain_below=-1.0)
    assert a.abstained and "“1987”" in a.text


def test_a_document_that_does_not_name_what_is_asked_is_not_quoted(two_documents):
    """The search puts the Sfax report first for a question about Tanger's programme: refused, naming the document."""
    a = answer("Quel programme de dessalement Tanger a-t-il financé ?", two_documents, abstain_below=-1.0)
    assert a.hits[0].passage.source == "atelier-dessalement.txt"
    assert a.abstained and "ne mentionne pas « Tanger »" in a.text and "atelier-dessalement.txt" in a.text
