"""The people check of `quidit eval-attribution`: `quidit speakers` against the gold's speakers, on fake inputs."""
import pytest

from quidit.evals.attribution import PeopleCheck, RealDoc, RealReport, check_people
from quidit.ingest.cleaning import CleanText
from quidit.ingest.pipeline import Transcript, speakers_of
from quidit.ingest.records import Participant, Sentence

# three sentences: Ann says the first, Bob the second, Cy the third
TEXT = "We open the meeting. I agree with that. The vote is carried."


def _transcript(speakers, participants=("Ann Lee", "Bob Ray", "Cy Poe", "Dee Fox")) -> Transcript:
    starts = [0, 21, 40, len(TEXT)]
    sents = [Sentence(starts[i], starts[i + 1] - 1 if i < 2 else starts[i + 1], 1, s) for i, s in enumerate(speakers)]
    return Transcript("doc.txt", CleanText(TEXT), [Participant(n) for n in participants], sents, [])


def _row(text, speaker, *alternatives):
    return {"source": "doc.txt", "text": text, "speaker": speaker, "alternatives": list(alternatives)}


GOLD = [_row("We open the meeting", "Ann Lee", "the Chair"), _row("I agree with that", "Bob Ray")]  # third unlabelled


def _check(speakers, listed) -> PeopleCheck:
    return check_people(GOLD, _transcript(speakers), listed)


@pytest.mark.parametrize("speakers,listed,field,want", [
    (["Ann Lee", "Bob Ray", None], ["Ann Lee", "Bob Ray"], "missing", []),
    (["Ann Lee", "Ann Lee", None], ["Ann Lee"], "missing", ["Bob Ray"]),
    (["Ann Lee", "Dee Fox", None], ["Ann Lee", "Dee Fox"], "extra", ["Dee Fox"]),
    (["Ann Lee", "Bob Ray", "Cy Poe"], ["Ann Lee", "Bob Ray", "Cy Poe"], "unverified", ["Cy Poe"]),
    (["Ann Lee", "Bob Ray", "Cy Poe"], ["Ann Lee", "Bob Ray", "Cy Poe"], "extra", []),
    (["The Chair", "Bob Ray", None], ["The Chair", "Bob Ray"], "missing", []),
    (["Ann Lee", "Bob Ray", "The Chair"], ["Ann Lee", "Bob Ray", "The Chair"], "duplicates", ["The Chair"]),
], ids=["all-found", "gold-speaker-missing", "credited-a-labelled-sentence-is-extra",
        "only-unlabelled-sentences-is-unverified", "unverified-is-not-extra", "alternative-matches",
        "second-name-for-one-person-is-duplicate"])
def test_check_people(speakers, listed, field, want):
    assert getattr(_check(speakers, listed), field) == want


def test_right_counts_one_per_gold_speaker():
    assert _check(["Ann Lee", "Bob Ray", "The Chair"], ["Ann Lee", "Bob Ray", "The Chair"]).right == 2


@pytest.mark.parametrize("everyone,want", [(False, ["Ann Lee", "Bob Ray"]), (True, ["Ann Lee", "Bob Ray", "Cy Poe", "Dee Fox"])],
                         ids=["silent-participants-left-out", "all-lists-silent-participants"])
def test_speakers_of_participants(everyone, want):
    assert [s.name for s in speakers_of(_transcript(["Ann Lee", "Bob Ray", None]), everyone)] == want


def test_speakers_of_lists_a_speaker_on_no_participants_list():
    t = _transcript(["Ann Lee", "The Chair", None], participants=("Ann Lee",))
    assert [(s.name, s.participant is None) for s in speakers_of(t)] == [("Ann Lee", False), ("The Chair", True)]


def _report(*checks):
    return RealReport([], [(RealDoc(f"d{i}", "en", "minutes", "dev"), c) for i, c in enumerate(checks)])


def test_precision_leaves_out_unverified():
    # 3 listed: 1 right, 1 extra, 1 unverified -> precision 1/2
    c = PeopleCheck(["A"], ["A", "X", "Y"], extra=["X"], unverified=["Y"])
    assert _report(c).people_totals()["dev"]["precision"] == 0.5


def test_recall_counts_missing_gold_speakers():
    c = PeopleCheck(["A", "B", "C", "D"], ["A"], missing=["B", "C", "D"])
    assert _report(c).people_totals()["dev"]["recall"] == 0.25


@pytest.mark.parametrize("floor,failures", [(0.5, 0), (0.6, 1)], ids=["at-floor", "below-floor"])
def test_people_floor(floor, failures):
    c = PeopleCheck(["A", "B"], ["A"], missing=["B"])
    assert len(_report(c).below({"people": {"dev": {"recall": floor}}})) == failures


HEARING = """Lady Hallett: Mr Jones.

Mr Jones: Good morning, my Lady. May I call the witness.

Questions From Counsel to the Inquiry

Mr Jones: Good morning, Ms Roe.

Ms Roe: Good morning.

Counsel Inquiry: Can you tell us about your role?

Ms Roe: I was the director.
"""


def test_role_label_tied_by_heading_is_one_person():
    """'Questions From Counsel to the Inquiry' before 'Mr Jones:' makes the later 'Counsel Inquiry:' Mr Jones."""
    from quidit.ingest import ingest_text

    assert [s.name for s in speakers_of(ingest_text(HEARING, "hearing.txt"))] == ["Lady Hallett", "Mr Jones", "Ms Roe"]


def test_bad_floors_file_is_one_error_line(tmp_path):
    from typer.testing import CliRunner

    from quidit.cli import app

    bad = tmp_path / "floors.json"
    bad.write_text("{bad")
    res = CliRunner().invoke(app, ["eval-attribution", "--split", "dev", "--floors", str(bad)])
    assert res.exit_code != 0 and "not a readable JSON floors file" in res.output and "Traceback" not in res.output


def test_table_gives_each_split_and_genre_an_interval_over_documents():
    docs = [RealDoc("a", "en", "minutes", "test"), RealDoc("b", "fr", "minutes", "test"), RealDoc("c", "es", "notes", "test")]
    table = RealReport([(docs[0], 4, 4), (docs[1], 4, 4), (docs[2], 0, 4)]).table()
    assert "| test | minutes | 2 | 1.000 | 1.000 – 1.000 |" in table  # both minutes right: no spread
    assert "| test | notes | 1 | 0.000 | 0.000 – 0.000 |" in table
    assert "| test | all | 3 | 0.667 | 0.000 – 1.000 |" in table  # three all-notes or all-minutes draws are possible
