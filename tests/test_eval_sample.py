"""`quidit eval --dev-documents N`: the mixed corpus keeps every test document and a fixed sample of N dev documents
(by the hash of their names), so a CI run's index build stops growing with the gold."""
from __future__ import annotations

from pathlib import Path

from quidit.evals.run import dev_sample, mixed_corpus, real_questions

SOURCES = """| slug | language | genre | repository | path | commit | licence | excerpt or full | split |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{rows}
"""


def _gold(folder: Path, splits: dict[str, str]) -> Path:
    (folder / "gold").mkdir(parents=True)
    rows = "\n".join(f"| {slug} | en | minutes | o/r | p | c | l | full | {split} |" for slug, split in splits.items())
    (folder / "SOURCES-x.md").write_text(SOURCES.format(rows=rows), encoding="utf-8")
    for slug in splits:
        (folder / f"{slug}.txt").write_text(f"Text of {slug}.\n", encoding="utf-8")
        (folder / "gold" / f"{slug}.questions.jsonl").write_text(
            f'{{"id": "{slug}-q01", "lang": "en", "question": "What?", "gold": ["Text of {slug}"], "source": "{slug}.txt"}}\n',
            encoding="utf-8")
    return folder


SPLITS = {"en-a": "dev", "en-b": "dev", "en-c": "dev", "en-d": "dev", "en-t": "test"}


def test_the_sample_has_n_documents():
    assert len(dev_sample(["en-a", "en-b", "en-c", "en-d"], 2)) == 2


def test_zero_keeps_every_dev_document():
    assert dev_sample(["en-a", "en-b", "en-c"], 0) == {"en-a", "en-b", "en-c"}


def test_a_new_document_never_swaps_two_kept_ones():
    before = dev_sample(["en-a", "en-b", "en-c", "en-d"], 2)
    after = dev_sample(["en-a", "en-b", "en-c", "en-d", "en-e"], 2)
    assert len(before & after) >= 1 and (after - before) <= {"en-e"}


def test_the_mixed_corpus_keeps_every_test_document_and_n_dev_ones(tmp_path):
    real = _gold(tmp_path / "real", SPLITS)
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "report.txt").write_text("Le rapport.\n", encoding="utf-8")
    out = mixed_corpus(tmp_path / "home", bundled, real, dev_documents=2)
    names = {p.stem for p in out.glob("*.txt")}
    assert names == {"report", "en-t"} | dev_sample(["en-a", "en-b", "en-c", "en-d"], 2)


def test_dev_questions_follow_the_sample(tmp_path):
    real = _gold(tmp_path / "real", SPLITS)
    kept = dev_sample(["en-a", "en-b", "en-c", "en-d"], 2)
    assert {q["source"][:-4] for q in real_questions("dev", real, only=kept)} == kept
