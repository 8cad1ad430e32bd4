"""Abstention: the calibrated score (best sentence + lexical evidence) and how `quidit eval` fits it."""
import math
from pathlib import Path

import pytest

from quidit.chat.answer import answer
from quidit.evals.run import (
    EvalReport,
    Suite,
    fit_calibration,
    fit_weights,
    held_out_check,
    held_out_halves,
    question_group,
    refusals,
)
from quidit.index.encoders import Calibration, Signals
from quidit.settings import Retriever


def test_score_adds_weighted_lexical_evidence_to_the_sentence_cosine():
    cal = Calibration({"fr": 0.9}, 0.9, bm25_weight=0.05, agreement_weight=0.01)
    assert cal.score(Signals(0.8, bm25=math.e - 1, agreement=3)) == pytest.approx(0.8 + 0.05 + 0.03)


def test_without_weights_the_score_is_the_best_sentence():
    assert Calibration({}, 0.5).score(Signals(0.7, bm25=12.0, agreement=8)) == pytest.approx(0.7)


def _questions(lexical_separates: bool):
    """Answerable and off-topic questions of overlapping sentence cosines; lexical evidence tells them apart (or not)."""
    rows = []
    for i in range(40):
        cos = 0.80 + (i % 10) / 100
        rows.append((Signals(cos, bm25=8.0 + i % 3, agreement=5), True, "fr"))
        rows.append((Signals(cos - 0.03, bm25=0.5 if lexical_separates else 8.0 + i % 3, agreement=5 if not lexical_separates else 0),
                     False, "fr"))
    return rows


def test_fit_gives_weight_to_lexical_evidence_that_separates_off_topic_questions():
    bm25_w, agree_w, _ = fit_weights(_questions(lexical_separates=True))
    assert bm25_w > 0 and agree_w > 0


def test_fitted_calibration_refuses_at_most_five_percent_of_answerable_questions():
    rows = _questions(lexical_separates=True)
    cal = fit_calibration(rows)
    ok, off = refusals([(cal.score(s), a, lang) for s, a, lang in rows], cal.abstain_below, cal.default)
    assert ok <= 0.05 and off == pytest.approx(1.0)


def test_fit_without_off_topic_questions_keeps_the_sentence_alone():
    assert fit_weights([(Signals(0.9, 3.0, 2), True, "fr")] * 5) == (0.0, 0.0, 0.0)


def test_hybrid_search_reports_bm25_top_score_and_rank_agreement(searcher):
    res = searcher.search("dessalement", k=5)
    assert res.bm25_top > 0 and 1 <= res.agreement <= 10


def test_off_topic_words_give_no_lexical_evidence(searcher):
    res = searcher.search("paella chorizo", k=5)
    assert res.bm25_top == 0.0 and res.agreement == 0


@pytest.mark.parametrize("retriever", list(Retriever), ids=str)
def test_answer_reads_the_same_signals_whatever_the_retriever(searcher, retriever):
    a = answer("dessalement", searcher, retriever=retriever, abstain_below=0.0)
    assert a.signals is not None and a.signals.bm25 > 0 and a.signals.agreement >= 1


def test_thresholds_are_lowered_until_every_suite_refuses_at_most_five_percent():
    easy = [(Signals(0.90 + i / 1000), True, "fr") for i in range(60)] + [(Signals(0.80), False, "fr")] * 5
    hard = [(Signals(0.85 + i / 1000), True, "fr") for i in range(20)]  # a harder suite: lower cosines
    cal = fit_calibration(easy + hard, groups=[easy, hard])
    assert refusals([(c.sentence, a, lang) for c, a, lang in hard], cal.abstain_below, cal.default)[0] <= 0.05
    assert cal.threshold("fr") < fit_calibration(easy + hard).threshold("fr")


def test_held_out_halves_split_the_dev_documents_without_overlap():
    a, b = held_out_halves(["doc-b", "doc-a", "doc-c", "doc-a", "doc-d"])
    assert a | b == {"doc-a", "doc-b", "doc-c", "doc-d"} and not a & b and len(a) == len(b) == 2


def test_report_questions_alternate_between_two_held_out_groups():
    assert [question_group({"id": "q"}, i) for i in range(3)] == ["report-0", "report-1", "report-0"]


def test_held_out_check_scores_each_half_with_the_fit_of_the_other():
    """Two documents of different cosines: what one half learns is applied to the other half's questions only."""
    sigs, groups = [], []
    for doc, base in (("a.txt", 0.90), ("b.txt", 0.80)):
        for i in range(20):
            sigs += [(Signals(base + i / 1000), True, "fr"), (Signals(base - 0.2), False, "fr")]
            groups += [doc, doc]
    rep = EvalReport([], {}, [], signals=sigs, signal_groups=groups)
    line = held_out_check([(Suite("real dev", "dev", Path("."), []), rep)])
    # b's answerable questions (0.80-0.82) fall under a's threshold (~0.90): all refused when held out
    assert "real dev: answerable refused 0.500, off-topic refused 1.000 (40 answerable, 40 off-topic)" in line


def test_a_fit_on_off_topic_questions_only_has_no_thresholds_instead_of_failing():
    off = [(Signals(0.80 + i / 100), False, "fr") for i in range(5)]  # a held-out half with no answerable question
    cal = fit_calibration(off, groups=[off])
    assert cal.abstain_below == {} and cal.default == 0.0


def test_score_adds_the_weighted_share_of_question_words_found():
    cal = Calibration({}, 0.5, coverage_weight=0.1)
    assert cal.score(Signals(0.8, coverage=0.5)) == pytest.approx(0.85)


def test_fit_gives_weight_to_coverage_that_separates_off_topic_questions():
    rows = []
    for i in range(40):
        cos = 0.80 + (i % 10) / 100
        rows += [(Signals(cos, 5.0, 3, coverage=0.9), True, "fr"), (Signals(cos - 0.03, 5.0, 3, coverage=0.2), False, "fr")]
    assert fit_weights(rows)[2] > 0


def test_coverage_is_the_idf_share_of_question_words_in_the_document(searcher):
    """Paper: one document, so idf = log(2 / 1.5) for a word it holds ("dessalement") and log(2 / 0.5) for one it
    lacks ("licornes"): 0.2877 / (0.2877 + 1.3863) = 0.172."""
    src = searcher.sources[0]
    assert searcher.coverage("dessalement licornes", src, "fr") == pytest.approx(0.2877 / 1.674, abs=1e-3)


def test_coverage_says_nothing_across_languages(searcher):
    assert searcher.coverage("unicorns desalination", searcher.sources[0], "en") == 1.0


def test_calibration_budget_leaves_room_for_the_other_refusals():
    """Paper: one suite's other checks refused 2 of 100 answerable questions, another's 1 of 50: the calibration may
    refuse 5% - 2% = 3%."""
    from quidit.evals.run import calibration_budget

    def rep(n, other):
        return EvalReport([], {}, [{"id": str(i)} for i in range(n)], refused_otherwise=other)

    assert calibration_budget([rep(100, 2), rep(50, 1)]) == pytest.approx(0.03)
