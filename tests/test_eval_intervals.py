"""The retrieval intervals `quidit eval` prints resample whole documents (or the questions of a one-document suite)."""
from quidit.evals.run import EvalReport, RetrieverRun, question_intervals


def _report(sources: list[str], first_relevant: list[int | None]) -> EvalReport:
    questions = [{"id": f"q{i}", "source": s, "gold": ["x"]} for i, s in enumerate(sources)]
    rankings = {f"q{i}": [f"p{r}" if r and k == r else f"n{k}" for k in range(1, 11)] for i, r in enumerate(first_relevant)}
    relevant = {f"q{i}": {f"p{r}"} if r else {"elsewhere"} for i, r in enumerate(first_relevant)}
    return EvalReport([RetrieverRun("hybrid", rankings, [])], relevant, questions)


def test_a_document_found_and_one_missed_span_the_whole_range():
    # document a: both questions hit at rank 1; document b: both missed. A resample of two documents is aa, ab, ba or
    # bb: hit@5 1, 0.5, 0.5 or 0, so the 95% interval runs from 0 to 1 (and MRR the same)
    rep = _report(["a", "a", "b", "b"], [1, 1, None, None])
    assert question_intervals(rep, rep.runs[0]) == \
        "hybrid, 95% intervals (2 documents resampled): hit@5 0.000 – 1.000, mrr@10 0.000 – 1.000"


def test_documents_alike_give_no_spread():
    rep = _report(["a", "b", "c"], [2, 2, 2])  # every question's passage second: hit@5 1, MRR 0.5
    assert question_intervals(rep, rep.runs[0]) == \
        "hybrid, 95% intervals (3 documents resampled): hit@5 1.000 – 1.000, mrr@10 0.500 – 0.500"


def test_one_document_resamples_its_questions():
    rep = _report(["a", "a"], [1, 1])
    assert question_intervals(rep, rep.runs[0]).startswith("hybrid, 95% intervals (2 questions resampled)")
