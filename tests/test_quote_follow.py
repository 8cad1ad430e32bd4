"""The sentence after the quoted one goes with it when it carries on the same point: minutes open a topic in one
sentence ("Boris raised the issue of the outage.") and say what was said about it in the next."""
from quidit.chat.answer import Kind, Question, Scored, follows_up, span
from quidit.index.search import Hit
from quidit.ingest.records import Passage

TEXT = "Boris raised the issue of the server outage. Boris asked members to donate servers. AGENDA ITEM 4"
PASSAGE = Passage("p1", "minutes.txt", "Boris Bokowski", None, None, None, 0, len(TEXT), TEXT)
HITS = [Hit(PASSAGE, 1.0, 1, ["dense"])]


def question(want=None):
    return Question("What did Boris ask about the outage?", "en", Kind.WHAT, "What did Boris ask about the outage?", want=want)


def test_a_next_sentence_fitting_about_as_well_goes_with_the_quote():
    first = Scored(0.80, 0, "Boris raised the issue of the server outage.", 0)
    assert follows_up(question(), first, Scored(0.77, 0, "Boris asked members to donate servers.", 1), HITS)


def test_a_next_sentence_fitting_much_worse_stays_out():
    first = Scored(0.80, 0, "Boris raised the issue of the server outage.", 0)
    assert not follows_up(question(), first, Scored(0.70, 0, "Boris asked members to donate servers.", 1), HITS)


def test_a_next_sentence_holding_the_asked_number_goes_with_the_quote():
    first = Scored(0.80, 0, "Boris raised the cost of the servers.", 0)
    assert follows_up(question("number"), first, Scored(0.60, 0, "It came to 1,200 euros.", 1), HITS)


def test_a_heading_never_goes_with_the_quote():
    first = Scored(0.80, 0, "Boris asked members to donate servers.", 1)
    assert not follows_up(question(), first, Scored(0.80, 0, "AGENDA ITEM 4", 2), HITS)


class Sentences:
    """The one searcher method `span` reads: the passage's sentence offsets."""

    def passage_sentences(self, passage_id):
        return [(0, 44), (45, 83), (84, len(TEXT))]


def test_span_with_follow_quotes_the_two_sentences_verbatim():
    first = Scored(0.80, 0, TEXT[0:44], 0)
    assert span(Sentences(), HITS[0], first, follow=True) == TEXT[0:83]
    assert span(Sentences(), HITS[0], first) == TEXT[0:44]
