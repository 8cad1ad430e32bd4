"""A corpus folder mixing every format: ingest, index, ask (fake encoder), sidecar edits, bad files."""
import shutil
from pathlib import Path

import formatgen
import pytest
from fakes import FakeEncoder
from paths import SECOND
from typer.testing import CliRunner

from quidit.chat.answer import answer
from quidit.cli import app
from quidit.index.service import open_index
from quidit.ingest.pipeline import ingest_corpus
from quidit.ingest.readers import MAX_BYTES
from quidit.settings import Settings

CONVERTED = Path(__file__).resolve().parent.parent / "evals" / "data" / "formats" / "converted"
STEM = "iran-contra-north-testimony"
MEETING_VTT = """WEBVTT

NOTE budget meeting, invented for this test

00:12:30.000 --> 00:12:34.000
<v Jane Roe>Good morning everyone, thank you for joining.</v>

00:12:34.000 --> 00:12:41.500
<v Paul Martin>The budget for the new water plant doubles next year, and the desalination line is paid by the region.</v>
"""


def mixed_corpus(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SECOND, folder / SECOND.name)
    (folder / "meeting.vtt").write_text(MEETING_VTT, encoding="utf-8")
    for suffix in (".srt", ".whisperx.json", ".whisperx.speakers.toml", ".teams.docx", ".pdf"):
        shutil.copy(CONVERTED / f"{STEM}{suffix}", folder / f"{STEM}{suffix}")
    return folder


@pytest.fixture()
def corpus(tmp_path):
    return mixed_corpus(tmp_path / "corpus")


def test_mixed_folder_ingests_every_format(corpus):
    transcripts, errors = ingest_corpus(corpus)
    assert errors == []
    assert {t.reader for t in transcripts} == {"text", "webvtt", "srt", "stt_json", "docx", "pdf"}
    r = CliRunner().invoke(app, ["ingest", "--corpus", str(corpus)])
    assert r.exit_code == 0 and "meeting.vtt: 2 participants, 2 turns, 2 passages — webvtt (voice-tags) reader" in r.output


def test_ask_cites_speaker_and_time_of_a_vtt(corpus, tmp_path):
    searcher = open_index(Settings(corpus=corpus, home=tmp_path / "home"), FakeEncoder(abstain_below=0.2), progress=False).searcher
    a = answer("Who spoke about the budget?", searcher)
    assert not a.abstained and a.speaker == "Paul Martin"
    assert "[1] Paul Martin — meeting.vtt, 00:12:34" in a.text
    top = a.to_dict()["passages"][0]
    assert (top["source"], top["start_s"], top["end_s"], top["page"]) == ("meeting.vtt", 754.0, 761.5, None)


def test_editing_a_sidecar_reindexes_that_transcript_only(corpus, tmp_path):
    settings = Settings(corpus=corpus, home=tmp_path / "home")
    enc = FakeEncoder()
    first = open_index(settings, enc, progress=False).searcher
    whisperx = [p for p in first.passages if p.source == f"{STEM}.whisperx.json"]
    assert {p.speaker for p in whisperx} >= {"John Nields", "Oliver North"}
    before = enc.calls
    side = corpus / f"{STEM}.whisperx.speakers.toml"
    side.write_text(side.read_text().replace('"John Nields"', '"John W. Nields"'))
    second = open_index(settings, enc, progress=False)
    assert second.report is not None  # the sidecar is part of the fingerprint
    renamed = [p for p in second.searcher.passages if p.speaker == "John W. Nields"]
    assert renamed and all(p.source == f"{STEM}.whisperx.json" for p in renamed)
    assert enc.calls - before == len(renamed)  # only that speaker's passages are embedded again


def test_bad_files_are_one_line_each_and_the_rest_ingests(corpus):
    (corpus / "broken.srt").write_text("1\n00:00:01,000 --> 00:00:0x,000\nhello\n")
    (corpus / "notes.json").write_text('{"title": "not a transcript"}')
    (corpus / "locked.pdf").write_bytes(_encrypted_pdf())
    transcripts, errors = ingest_corpus(corpus)
    assert len(transcripts) == 6 and len(errors) == 3
    assert any(e.startswith("broken.srt: line 2: malformed cue timing") for e in errors)
    assert any(e.startswith("notes.json: JSON is not a transcript") and "supported:" in e for e in errors)
    assert any(e.startswith("locked.pdf: the PDF is encrypted") for e in errors)


def test_scanned_pdf_is_refused(tmp_path):
    import io

    from pypdf import PdfWriter

    from quidit.errors import InputError
    from quidit.ingest.pipeline import ingest_bytes

    w = PdfWriter()
    w.add_blank_page(200, 200)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(InputError, match="no text layer"):
        ingest_bytes(buf.getvalue(), "scan.pdf")


def test_files_over_100_mb_are_refused(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    with open(folder / "huge.vtt", "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: no 100 MB written
    (folder / "ok.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nJane Roe: hello\n")
    transcripts, errors = ingest_corpus(folder)
    assert [t.source for t in transcripts] == ["ok.srt"]
    assert len(errors) == 1 and errors[0].startswith("huge.vtt: 100.0 MB is over the 100 MB limit; split the transcript")


def _encrypted_pdf() -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(formatgen.pdf_lines([["Jane Roe: hello"]]))))
    w.encrypt("secret", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()
