import pytest

from quidit.evals.gold import contains, snippet_share
from quidit.evals.metrics import document_interval, hit_curve, retrieval_metrics


def test_metrics_on_paper():
    rankings = {"q1": ["a", "b", "c"], "q2": ["x", "y", "z"], "q3": []}
    relevant = {"q1": {"a"}, "q2": {"z", "w"}, "q3": {"k"}}
    m = retrieval_metrics(rankings, relevant)
    # hit@1: q1 yes, q2 no, q3 no -> 1/3 ; hit@3: q1, q2 -> 2/3
    assert m["hit@1"] == pytest.approx(1 / 3)
    assert m["hit@3"] == pytest.approx(2 / 3)
    # MRR@10: (1 + 1/3 + 0) / 3
    assert m["mrr@10"] == pytest.approx((1 + 1 / 3) / 3)
    # recall@10: q1 1/1, q2 1/2, q3 0 -> 0.5
    assert m["recall@10"] == pytest.approx(0.5)
    # nDCG@10 for q2: DCG = 1/log2(4) = 0.5 ; IDCG = 1 + 1/log2(3)
    q2 = 0.5 / (1 + 1 / 1.5849625007211562)
    assert m["ndcg@10"] == pytest.approx((1 + q2 + 0) / 3)
    assert hit_curve(rankings, relevant, 3) == pytest.approx([1 / 3, 1 / 3, 2 / 3])


def test_snippet_rule():
    text = "Montevideo est une ville qui est presque autosuffisante, 90% de son budget vient de ressources propres."
    assert snippet_share("presque autosuffisante, 90 % de son budget", text) == 1.0
    assert contains(text, "Montevideo est une ville qui est presque autosuffisante, 90% de son budget vient des impôts locaux et nationaux")
    assert not contains(text, "la violence à Medellin dans les années 1990 était très forte")


def test_document_interval_of_one_document_is_its_accuracy():
    assert document_interval([(3, 4)]) == pytest.approx((0.75, 0.75))


def test_document_interval_of_alike_documents_is_their_accuracy():
    assert document_interval([(1, 2), (5, 10), (50, 100)]) == pytest.approx((0.5, 0.5))


def test_document_interval_spans_a_right_and_a_wrong_document():
    # two documents of one sentence each, 1/1 and 0/1: a resample holds two copies of one (accuracy 0 or 1, a
    # quarter of draws each) or one of each (0.5), so the 2.5th and 97.5th percentiles are 0 and 1
    assert document_interval([(1, 1), (0, 1)]) == pytest.approx((0.0, 1.0))


def test_document_interval_is_empty_without_documents():
    assert document_interval([]) == (0.0, 0.0)
