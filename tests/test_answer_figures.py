"""A "how many / combien / cuánto" question is answered only by quotes that hold a number: the closest sentences
of a question the documents cannot answer often talk about the same thing without any figure."""
from quidit.chat.answer import Citation, Kind, Question, answer, lacks_figure
from quidit.index.search import Hit


def _cite(sentence: str, hit: Hit) -> Citation:
    return Citation(1, hit, sentence)


def test_a_number_question_whose_quote_holds_no_number_lacks_a_figure(searcher):
    hit = answer("dessalement", searcher, abstain_below=0.0).hits[0]
    q = Question("Combien d'usagers ?", "fr", Kind.WHAT, "Combien d'usagers ?", want="number")
    assert lacks_figure(q, [_cite("Un conseil réunit des usagers, des syndicats et des élus.", hit)])


def test_a_number_in_words_is_a_figure(searcher):
    hit = answer("dessalement", searcher, abstain_below=0.0).hits[0]
    q = Question("How many topics?", "en", Kind.WHAT, "How many topics?", want="number")
    assert not lacks_figure(q, [_cite("The round table will cover three topics.", hit)])


def test_a_question_not_asking_for_a_number_never_lacks_one(searcher):
    hit = answer("dessalement", searcher, abstain_below=0.0).hits[0]
    q = Question("Qui a parlé ?", "fr", Kind.WHO_SAID, "Qui a parlé ?", want="name")
    assert not lacks_figure(q, [_cite("Un conseil réunit des usagers, des syndicats et des élus.", hit)])


def test_the_answer_says_the_closest_passages_give_no_figure(searcher):
    a = answer("Combien d'usagers réunit le conseil de surveillance ?", searcher, abstain_below=0.0)
    assert a.abstained and not a.citations and a.speaker is None
    assert a.text.startswith("Les passages les plus proches ne donnent aucun chiffre")


def test_a_number_question_the_text_answers_is_answered(searcher):
    a = answer("Combien la Région consacre-t-elle chaque année à la coopération ?", searcher, abstain_below=0.0)
    assert not a.abstained and "4 millions" in a.citations[0].sentence
