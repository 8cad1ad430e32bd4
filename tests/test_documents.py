"""Several documents: the answer names its document, quotes one document only, and --source restricts."""
import shutil

import numpy as np
import pytest
from fakes import FakeEncoder
from paths import SECOND, THIRD

from quidit.chat.answer import answer, document_label
from quidit.errors import InputError
from quidit.index.base import PassageFilter
from quidit.index.search import LANGUAGE_SPREAD_POWER, SENTENCE_WEIGHT
from quidit.index.service import open_index
from quidit.settings import Retriever, Settings


@pytest.fixture
def two_docs(tmp_path, quidit_home):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in (SECOND, THIRD):
        shutil.copy(p, corpus / p.name)
    return open_index(Settings(corpus=corpus, home=quidit_home, chunk_size=400, chunk_overlap=50),
                      FakeEncoder(abstain_below=0.0), progress=False).searcher


def test_document_label_is_title_and_date(two_docs):
    assert document_label(two_docs, THIRD.name) == "« Atelier : Les mobilités douces dans les villes moyennes » (3 octobre 2019)"


def test_answer_names_its_document_and_quotes_one_document(two_docs):
    a = answer("Qui a parlé du dessalement ?", two_docs)
    assert not a.abstained
    assert {c.hit.passage.source for c in a.citations} == {a.hits[0].passage.source}
    assert document_label(two_docs, a.hits[0].passage.source) in a.text


@pytest.mark.parametrize("name", [THIRD.name, THIRD.stem, THIRD.stem.upper()], ids=["file name", "stem", "any case"])
def test_source_filter_restricts_search(two_docs, name):
    res = two_docs.search("budget financement", k=10, sources=[name])
    assert res.hits and {h.passage.source for h in res.hits} == {THIRD.name}


def test_unknown_source_lists_the_known_ones(two_docs):
    with pytest.raises(InputError, match=f"unknown document 'nope'; known documents: .*{THIRD.name}"):
        two_docs.search("budget", sources=["nope"])


def test_single_language_corpus_is_not_centred(two_docs):
    qv = two_docs.encode_query("budget de l'eau")
    plain = two_docs.stored.rank(qv, "", Retriever.DENSE, 10, None)
    assert not two_docs._language_stats
    ranked = two_docs.dense_ranked(qv, 10, PassageFilter())
    assert {(i, c) for i, _, c in ranked} == {(r.index, r.score) for r in plain}


def _best_sentence(s, qv, i):
    return max(sim for sim, _, _, _ in s.stored.sentence_scores(qv, [i]))


def test_dense_score_mixes_the_passages_best_sentence(two_docs):
    qv = two_docs.encode_query("budget de l'eau")
    w = SENTENCE_WEIGHT
    for i, score, cosine in two_docs.dense_ranked(qv, 10, PassageFilter()):
        assert score == pytest.approx((1 - w) * cosine + w * _best_sentence(two_docs, qv, i), abs=1e-5)


@pytest.fixture
def mixed_languages(tmp_path, quidit_home, store):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(SECOND, corpus / SECOND.name)
    (corpus / "english.txt").write_text(
        "Ms Jane Roe said that the city budget for water had doubled since the drought, and that the budget "
        "of every district was now public.\n\nMr John Doe noted that the citizens of Paris wanted water.\n", encoding="utf-8")
    return open_index(Settings(corpus=corpus, home=quidit_home, chunk_size=400, chunk_overlap=50, store=store),
                      FakeEncoder(abstain_below=0.0), progress=False).searcher


def test_dense_scores_centred_and_scaled_per_document_language(mixed_languages):
    s = mixed_languages
    assert s.language_of == {SECOND.name: "fr", "english.txt": "en"}
    qv = s.encode_query("What did they say about the water budget?")
    ranked = s.dense_ranked(qv, 50, PassageFilter())
    w = SENTENCE_WEIGHT
    for i, score, cosine in ranked:
        _, mean, cov = s._language_stats[s.language_of[s.passages[i].source]]
        mixed = (1 - w) * cosine + w * _best_sentence(s, qv, i)
        spread = float(qv @ cov @ qv) ** (LANGUAGE_SPREAD_POWER / 2)
        assert score == pytest.approx((mixed - float(mean @ qv)) / spread, abs=1e-5)
    assert [c for _, c, _ in ranked] == sorted((c for _, c, _ in ranked), reverse=True)


def test_language_spread_is_the_variance_of_the_questions_cosines(mixed_languages):
    s = mixed_languages
    qv = s.encode_query("What did they say about the water budget?")
    vectors = s.stored.passage_vectors()
    for docs, mean, cov in s._language_stats.values():
        cosines = [float(vectors[i] @ qv) for i, p in enumerate(s.passages) if p.source in docs]
        assert float(mean @ qv) == pytest.approx(np.mean(cosines), abs=1e-5)
        assert float(qv @ cov @ qv) == pytest.approx(np.var(cosines, ddof=1), abs=1e-6)


def test_a_participants_own_name_is_always_a_valid_speaker_filter(two_docs):
    for name in two_docs.speaking:
        assert two_docs.resolve_speakers([name]) == {name}


@pytest.mark.parametrize("text, title", [
    ("---\ndate: 2015-01-22\ntags: cr, colloques\n---\n\n# Journée d'étude sur la lecture savante\n\nSuite du texte.",
     "« Journée d'étude sur la lecture savante » (2015-01-22)"),
    ("---\ntitle: \"Notes de la conférence Paris Web\"\n---\n\nPremier paragraphe du texte assez long.",
     "« Notes de la conférence Paris Web »"),
], ids=["front matter skipped", "front matter title"])
def test_document_label_reads_past_markdown_front_matter(tmp_path, quidit_home, text, title):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.md").write_text(text, encoding="utf-8")
    shutil.copy(SECOND, corpus / SECOND.name)
    s = open_index(Settings(corpus=corpus, home=quidit_home, chunk_size=400, chunk_overlap=50),
                   FakeEncoder(abstain_below=0.0), progress=False).searcher
    assert document_label(s, "notes.md") == title
