import json

import pytest
from paths import REPO
from typer.testing import CliRunner

from quidit.cli import app
from quidit.errors import InputError
from quidit.evals.run import evaluate, load_questions, relevance


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_on_fake_encoder(tmp_path, searcher):
    qs = _write(tmp_path / "q.jsonl", [
        {"id": "a", "lang": "fr", "question": "dessalement à Tanger", "speaker": "Youssef Benali",
         "gold": ["La coopération décentralisée a permis de financer une station de dessalement pilote"]},
        {"id": "b", "lang": "en", "question": "budget", "speaker": "Sophie Lemaire",
         "gold": ["comment financer de tels réseaux quand les budgets locaux sont contraints"]},
    ])
    rep = evaluate(searcher, load_questions(qs), ["bm25", "dense"])
    assert {r.name for r in rep.runs} == {"bm25", "dense"}
    bm25 = rep.runs[0]
    assert 0 <= bm25.overall["hit@5"] <= 1 and len(bm25.curve) == 10 and bm25.curve == sorted(bm25.curve)


def test_report_lists_answers_naming_another_speaker(tmp_path, searcher):
    from quidit.evals.run import write_report

    qs = _write(tmp_path / "q.jsonl", [
        {"id": "w1", "lang": "fr", "question": "dessalement à Tanger", "speaker": "Nobody Here",
         "gold": ["La coopération décentralisée a permis de financer une station de dessalement pilote"]}])
    rep = evaluate(searcher, load_questions(qs), ["bm25"])
    assert [m["id"] for m in rep.speaker_misses] == ["w1"] and rep.speaker_misses[0]["gold"] == "Nobody Here"
    text = write_report(rep, tmp_path / "rep", searcher).read_text()
    assert "## Answers naming another speaker or none (1)" in text and "**w1**" in text


def test_gold_snippet_not_in_corpus_is_an_error(tmp_path, searcher):
    qs = _write(tmp_path / "q.jsonl", [{"id": "z9", "question": "x", "gold": ["une phrase qui n'existe nulle part dans ce texte"]}])
    with pytest.raises(InputError, match="question z9: gold snippet"):
        relevance(load_questions(qs), searcher)


@pytest.mark.parametrize("content,message", [
    ("not json\n", "not valid JSON"),
    ('{"id": "a", "question": "x"}\n', "'gold' must be a non-empty list"),
    ('{"id": "a", "gold": ["x"]}\n', "missing field"),
    ("", "no rows"),
])
def test_bad_question_files(tmp_path, content, message):
    p = tmp_path / "q.jsonl"
    p.write_text(content)
    with pytest.raises(InputError, match=message):
        load_questions(p)
    r = CliRunner().invoke(app, ["eval", "--questions", str(p), "--model", "minilm"])
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output


@pytest.mark.slow
def test_eval_bundled_corpus_meets_floors(tmp_path):
    r = CliRunner().invoke(app, ["eval", "--compare", "--suite", "report dev", "--suite", "report test", "--report", str(tmp_path / "rep"), "--export-beir",
                                 str(tmp_path / "beir"), "--floors", str(REPO / "evals" / "floors.json")])
    print(r.output)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "rep" / "report.md").exists() and (tmp_path / "rep" / "hit_at_k.png").stat().st_size > 1000
    assert (tmp_path / "beir" / "qrels" / "test.tsv").read_text().startswith("query-id\tcorpus-id\tscore")


@pytest.mark.parametrize("wanted,picked", [
    (["report dev"], ["report dev"]),
    (["report"], ["report dev", "mixed dev (report questions, all documents)"]),
    (["report dev", "real"], ["report dev", "real dev"]),
    (None, ["report dev", "real dev", "mixed dev (report questions, all documents)"]),
    (["nothing"], []),
], ids=["whole-name", "substring", "repeated", "none-given", "no-match"])
def test_suite_option_picks_whole_names_else_substrings(wanted, picked):
    from types import SimpleNamespace

    from quidit.cli import _pick_suites

    suites = [SimpleNamespace(name=n) for n in ["report dev", "real dev", "mixed dev (report questions, all documents)"]]
    assert [s.name for s in _pick_suites(suites, wanted)] == picked


def test_real_gold_lists_genres_and_splits():
    from quidit.evals.attribution import real_documents

    docs = real_documents()
    assert {d.split for d in docs} == {"dev", "test"} and len({d.genre for d in docs}) >= 4


@pytest.mark.parametrize("pred,row,ok", [
    ("Ms Sue Gray", {"speaker": "Sue Gray"}, True),
    ("Counsel Inquiry", {"speaker": "Mr Scott", "alternatives": ["Counsel Inquiry"]}, True),
    ("MODERADORA", {"speaker": "MODERADOR"}, False),
    (None, {"speaker": None}, True),
    ("Le Maire", {"speaker": "Max DELPERIER", "alternatives": ["le Maire"]}, True),
    ("Jen Simmons", {"speaker": "JenSimmons"}, True),
    ("Jen Simmons", {"speaker": "Jen Simons"}, False),
], ids=["honorific", "alternative", "gendered-role", "null", "role-label", "camel-case-nick-spaced", "other-spelling"])
def test_same_speaker(pred, row, ok):
    from quidit.evals.attribution import same_speaker

    assert same_speaker(pred, row) is ok


def test_thresholds_fitted_to_refuse_at_most_five_percent():
    from quidit.evals.run import fit_thresholds, refusals

    conf = [(0.5 + i / 100, True, "fr") for i in range(40)] + [(0.3, False, "fr"), (0.52, False, "fr")]
    fitted = fit_thresholds(conf, max_refused=0.05)  # 2 of 40 answerable may be refused
    assert fitted["fr"] == pytest.approx(0.515)
    ok, off = refusals(conf, fitted, 0.0)
    assert ok == pytest.approx(2 / 40) and off == pytest.approx(0.5)


def test_real_document_splits_from_sources_tables():
    from quidit.evals.run import real_questions, real_splits

    splits = real_splits()
    assert set(splits.values()) == {"dev", "test"} and "en-web-of-tomorrow-049-accessibility" in splits
    test_ids = {q["id"].rsplit("-q", 1)[0] for q in real_questions("test")}
    assert test_ids == {slug for slug, s in splits.items() if s == "test"}
    assert any(not q.get("answerable", True) for q in real_questions("test"))  # off-topic rows carry "offtopic": true


def test_question_speaker_takes_the_attribution_gold_alternatives(tmp_path):
    from quidit.evals.attribution import same_speaker
    from quidit.evals.run import with_alternatives

    labels = tmp_path / "doc.attribution.jsonl"
    labels.write_text(json.dumps({"source": "doc.txt", "text": "a b c", "speaker": "Daniel Appelquist",
                                  "alternatives": ["dka"]}) + "\n", encoding="utf-8")
    qs = with_alternatives([{"id": "q1", "question": "?", "gold": ["x"], "speaker": "Daniel Appelquist"},
                            {"id": "q2", "question": "?", "gold": ["x"], "speaker": "Mark Nottingham"}], labels)
    assert same_speaker("dka", qs[0])
    assert not same_speaker("dka", qs[1])


def test_speaker_named_by_an_alternative_name_is_counted_apart(tmp_path, searcher):
    qs = _write(tmp_path / "q.jsonl", [
        {"id": "x1", "lang": "fr", "question": "dessalement à Tanger", "speaker": "Y. B.", "alternatives": ["Youssef Benali"],
         "gold": ["La coopération décentralisée a permis de financer une station de dessalement pilote"]}])
    rep = evaluate(searcher, load_questions(qs), ["bm25"])
    assert (rep.speaker_named, rep.speaker_named_exact) == (1.0, 0.0)


def test_every_real_gold_answer_lies_in_one_passage():
    """`quidit eval` stops on a gold snippet no passage holds: an ingest change that cuts one in two (a sentence
    split, a turn boundary) must show up in the fast tests, not at the end of CI."""
    from quidit.evals import run as ev
    from quidit.evals.gold import contains
    from quidit.ingest import ingest_corpus

    transcripts, errors = ingest_corpus(ev.REAL, 1000, 150)
    by_source: dict[str, list[str]] = {}
    for t in transcripts:
        for p in t.passages:
            by_source.setdefault(p.source, []).append(p.text)
    missing = [q["id"] for split in ("dev", "test") for q in ev.answerable(ev.real_questions(split))
               if not any(contains(p, s) for p in by_source.get(q["source"], []) for s in q["gold"])]
    assert not errors and not missing
