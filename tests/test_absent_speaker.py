"""A question that asks to hear from someone the documents do not know ("Qu'a dit Jean Dupont…") is answered with
that fact and the documents' speakers, never with another person's words passed off as the answer."""
import pytest

from quidit.chat.answer import absent_speaker, answer
from quidit.ingest import lexicon as lx


@pytest.mark.parametrize("question,name", [
    ("Qu'a dit Jean Dupont sur le dessalement ?", "Jean Dupont"),
    ("What did Guido van Rossum say about water?", "Guido van Rossum"),
    ("¿Qué dijo Luis Gómez sobre el agua?", "Luis Gómez"),
    ("Selon M. Dupont, que faut-il faire ?", "M. Dupont"),
    ("According to Jane Roe, what went wrong?", "Jane Roe"),
    ("What did Ms Sue Gray say about the quad?", "Ms Sue Gray"),
    ("¿Qué opina María José de la Cruz del plan?", "María José de la Cruz"),
])
def test_the_person_a_question_asks_to_hear_from_is_read(question, name):
    assert lx.QUESTION_SPEAKER_NAME.search(question).group("name") == name


@pytest.mark.parametrize("question", [
    "When did Paris sign agreements with Montevideo?",  # a place as subject, no speech verb after it
    "How did Quito City Council work with its neighbourhoods?",
    "What did the Chair say about the budget?",  # a role, not a name
    "Qui a parlé du dessalement ?",
    "Selon la présidente slovaque, depuis quand ?",
])
def test_no_person_is_read_where_the_question_names_none(question):
    assert lx.QUESTION_SPEAKER_NAME.search(question) is None


def test_an_absent_person_gets_that_answer_and_the_speakers_list(searcher):
    a = answer("Qu'a dit Jean Dupont sur le dessalement ?", searcher, abstain_below=0.3)
    assert a.abstained and a.speaker is None and not a.citations
    assert a.text.startswith("Jean Dupont n’apparaît dans aucun des documents")
    assert "Youssef Benali" in a.text


def test_the_absent_answer_speaks_the_questions_language(searcher):
    a = answer("What did Guido van Rossum say about desalination?", searcher, abstain_below=0.3)
    assert a.abstained and a.text.startswith("Guido van Rossum does not appear in these documents")


def test_a_speaker_of_the_documents_is_not_absent(searcher):
    assert absent_speaker("Qu'a dit Youssef Benali sur le dessalement ?", searcher) is None


def test_a_surname_the_documents_hold_is_not_called_absent(searcher):
    """"Claire Lemaire": the text names a Sophie Lemaire; a first name may be wrong, the person may still be there."""
    assert absent_speaker("Qu'a dit Claire Lemaire sur le dessalement ?", searcher) is None


def test_a_surname_that_is_a_stop_word_is_never_called_absent(searcher):
    """BM25 drops "son" (a French stop word) from its queries, so its search cannot tell whether a passage holds it."""
    assert absent_speaker("What did Heung-min Son say about desalination?", searcher) is None
