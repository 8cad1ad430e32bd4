"""Readers for WebVTT, SRT, speech-to-text JSON, DOCX and PDF: one record, speakers, times, pages, bad input."""
import io
import json
from pathlib import Path

import formatgen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quidit.cli import app
from quidit.errors import InputError
from quidit.ingest.pipeline import ingest_bytes, ingest_file
from quidit.ingest.readers import Reader, read_record, sniff
from quidit.ingest.records import Passage, cite

FORMATS = Path(__file__).resolve().parent.parent / "evals" / "data" / "formats"
CONVERTED = FORMATS / "converted"


@pytest.mark.parametrize("name,reader,dialect", [
    ("real/webvtt-py_teams-voice-tags.vtt", "webvtt", "voice-tags"),
    ("real/turnchunk_zoom-name-colon.vtt", "webvtt", "name-prefix"),
    ("real/webvtt-py_style-block-class-tags.vtt", "webvtt", "captions"),
    ("real/pycaption_nova-caps-speaker-lines.srt", "srt", "name-prefix"),
    ("real/turnchunk_whisperx-diarized.json", "stt_json", "whisperx"),
    ("real/deepgram-captions_whisper-timestamped-segments.json", "stt_json", "whisper"),
    ("real/bbc-rte_assemblyai-utterances-ab.json", "stt_json", "assemblyai"),
    ("real/deepgram-captions_deepgram-utterances-paragraphs.json", "stt_json", "deepgram-utterances"),
    ("converted/iran-contra-north-testimony.teams.docx", "docx", "teams-otter-zoom"),
    ("converted/iran-contra-north-testimony.pdf", "pdf", "name-colon"),
], ids=lambda x: str(x).rsplit("/", 1)[-1])
def test_reader_and_dialect_from_content(name, reader, dialect):
    path = FORMATS / name
    r = read_record(path.read_bytes(), "renamed.txt")  # the extension is only a hint
    assert (r.reader, r.dialect) == (reader, dialect)


def test_vtt_several_voices_in_one_cue_entities_and_styling():
    vtt = b"WEBVTT\n\nNOTE a comment\n\n00:00:01.000 --> 00:00:04.000 align:left\n<v.loud Jane Roe>Hi <i>there</i> &amp; hello</v><v Bob>No.</v>\n"
    r = read_record(vtt, "m.vtt")
    assert [(u.speaker_label, u.text, u.start_s, u.end_s) for u in r.utterances] == [
        ("Jane Roe", "Hi there & hello", 1.0, 4.0), ("Bob", "No.", 1.0, 4.0)]


@pytest.mark.parametrize("line,label", [("Jane Roe: hello", "Jane Roe"), ("[Jane Roe] hello", "Jane Roe"),
                                        ("- Jane Roe: hello", "Jane Roe"), (">> Jane Roe: hello", "Jane Roe"),
                                        ("so here's the thing: hello", None)], ids=["colon", "bracket", "dash", "chevron", "prose"])
def test_srt_prefixes(line, label):
    srt = f"1\n00:00:01,000 --> 00:00:02,000\n{line}\n\n2\n00:00:02,000 --> 00:00:03,000\nmore words\n".encode()
    r = read_record(srt, "a.srt")
    assert [u.speaker_label for u in r.utterances] == [label, label]  # the unprefixed cue continues the speaker
    assert r.utterances[0].text.endswith("hello")


def test_sidecar_names_diarization_labels(tmp_path):
    src = CONVERTED / "iran-contra-north-testimony.whisperx.json"
    (tmp_path / src.name).write_bytes(src.read_bytes())
    unnamed = ingest_file(tmp_path / src.name)
    assert "SPEAKER_00" in unnamed.unnamed and {p.name for p in unnamed.participants} >= {"SPEAKER_00"}
    (tmp_path / "iran-contra-north-testimony.whisperx.speakers.toml").write_text('SPEAKER_00 = "John Nields"\n')
    named = ingest_file(tmp_path / src.name)
    assert named.passages[0].speaker == "John Nields" and "SPEAKER_00" not in named.unnamed


def test_passages_carry_time_inside_one_speaker():
    t = ingest_file(CONVERTED / "iran-contra-north-testimony.vtt")
    p = t.passages[0]
    assert (p.speaker, p.start_s, p.page) == ("John Nields", 4.0, None)
    assert p.end_s <= 43.82
    assert cite(p) == "John Nields — iran-contra-north-testimony.vtt, 00:00:04"


def test_pdf_keeps_pages():
    t = ingest_file(CONVERTED / "iran-contra-north-testimony.pdf")
    assert {p.page for p in t.passages} == {1, 2, 3}
    assert not any("Page 3 of 3" in p.text for p in t.passages)
    assert cite(t.passages[0]).endswith(", p. 1")


def test_citation_formats():
    base = dict(id="x", source="r.txt", speaker=None, role=None, organization=None, start=0, end=1, text="t")
    assert cite(Passage(page=12, **base)) == "narration — r.txt, p. 12"
    assert Passage(page=None, start_s=754.2, end_s=780.0, **base).time_range() == "00:12:34–00:13:00"


@pytest.mark.parametrize("data,name,where", [
    (b"WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nhi\n", "a.vtt", "line 3"),
    (b"1\n00:00:01,000 --> 00:00:02,000\nhi\n\n00:00:03,000 --> 00:00:04,000\nno index\n", "b.srt", "line 5"),
    (b"1\n00:00:05,000 --> 00:00:02,000\nbackwards\n", "c.srt", "line 2"),
    (b'{"foo": [1, 2]}', "d.json", "supported: whisper"),
    (b'{"segments": [{"start": "x", "end": 2, "text": "hi"}]}', "e.json", "segments[0].start"),
    (b'{"segments": [', "f.json", "line 1"),
], ids=["vtt-timestamp", "srt-missing-index", "srt-backwards", "json-unknown", "json-field", "json-syntax"])
def test_bad_input_is_one_line_naming_the_place(data, name, where):
    with pytest.raises(InputError) as e:
        ingest_bytes(data, name)
    assert name in str(e.value) and where in str(e.value) and "\n" not in str(e.value)


def test_docx_without_text():
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with pytest.raises(InputError, match="no text"):
        ingest_bytes(buf.getvalue(), "empty.docx")


def test_overlapping_cues_warn_and_ingest():
    t = ingest_file(FORMATS / "real" / "webvtt-py_teams-voice-tags.vtt")
    assert any("overlaps" in w and "line 6" in w for w in t.warnings)
    assert [p.speaker for p in t.passages] == ["Yuri Bakulin", "Adrian Petrescu"]


def test_sniff_ignores_misleading_extension():
    assert sniff(b"WEBVTT\n\n", "x.srt") is Reader.WEBVTT
    assert sniff(json.dumps({"segments": []}).encode(), "x.txt") is Reader.STT_JSON


def test_cli_ingest_names_reader_and_speakers_lists_unnamed(tmp_path):
    src = CONVERTED / "iran-contra-north-testimony.whisperx.json"
    (tmp_path / src.name).write_bytes(src.read_bytes())
    r = CliRunner().invoke(app, ["ingest", "--corpus", str(tmp_path)])
    assert "stt_json (whisperx) reader" in r.output
    r = CliRunner().invoke(app, ["speakers", "--corpus", str(tmp_path)])
    assert "unnamed: iran-contra-north-testimony.whisperx.json SPEAKER_00: “The American people" in r.output
    assert 'iran-contra-north-testimony.whisperx.speakers.toml holding lines like SPEAKER_00 = "Jane Roe"' in r.output


def test_format_evaluation_meets_target_per_format():
    from quidit.evals.formats import TARGET, by_format, samples, score_file

    rows = by_format([score_file(p, e) for p, e in samples()])
    assert {r.reader for r in rows} == {"webvtt", "srt", "stt_json", "docx", "pdf"}
    for r in rows:
        assert r.attribution >= TARGET, r
        assert r.timed_inside == r.timed, r


@pytest.mark.parametrize("label,name,role,org,honorific", [
    ("The Chair (Hon. Jane Roe (Riverside–Hills, Lib.))", "Jane Roe", "Chair", "Riverside–Hills, Lib.", "Hon."),
    ("Mr. John Doe (Lakeside, CPC)", "John Doe", None, "Lakeside, CPC", "Mr."),
    ("Chairman INOUYE", "INOUYE", "Chairman", None, "Chairman"),
    ("WOMAN ( gasping )", "WOMAN", None, None, None),
], ids=["role-and-riding", "affiliation", "title-role", "stage-direction"])
def test_parse_label(label, name, role, org, honorific):
    from quidit.ingest.speaker_labels import parse_label

    p = parse_label(label)
    assert (p.name, p.role, p.affiliation, p.honorific) == (name, role, org, honorific)


def test_labels_are_people():
    from quidit.ingest.speaker_labels import SpeakerBook

    book = SpeakerBook()
    chair = book.resolve("The Chair (Hon. Jane Roe (Riverside–Hills, Lib.))")
    doe = book.resolve("Mr. John Doe (Lakeside, CPC)")
    assert book.resolve("The Chair") is chair and book.resolve("Mr. John Doe") is doe and book.resolve("Mr. Doe") is doe
    assert len(book.people) == 2 and chair.session_role == "chair"
    assert book.resolve("A").name == "Speaker A" and book.resolve("SPEAKER_01").name == "SPEAKER_01"


NAMES = ["Jane Roe", "John Doe", "Ann Lee"]
WORD = st.from_regex(r"[A-Za-z][a-z0-9']{0,8}[.,?!]?", fullmatch=True)
TURNS = st.lists(st.tuples(st.sampled_from(NAMES), st.lists(WORD, min_size=1, max_size=25)), min_size=1, max_size=8)
WRITERS = {"vtt-voice": (formatgen.vtt_voice, "a.vtt"), "vtt-zoom": (formatgen.vtt_zoom, "a.vtt"),
           "srt": (formatgen.srt_prefix, "a.srt"), "whisperx": (formatgen.whisperx, "a.json"),
           "assemblyai": (formatgen.assemblyai, "a.json"), "docx": (formatgen.docx_teams, "a.docx"),
           "pdf": (formatgen.pdf_script, "a.pdf")}


@pytest.mark.parametrize("fmt", list(WRITERS))
@settings(max_examples=25, deadline=None)
@given(turns=TURNS)
def test_no_word_lost_or_duplicated(fmt, turns):
    write, name = WRITERS[fmt]
    record = read_record(write(turns), name)
    got = [(u.speaker_label, w) for u in record.utterances for w in u.text.split()]
    assert got == [(n, w) for n, words in turns for w in words]


def test_whisperx_words_split_a_segment_between_speakers():
    doc = {"segments": [{"start": 0.0, "end": 3.0, "text": " Agreed. Next item", "speaker": "SPEAKER_00", "words": [
        {"word": "Agreed.", "start": 0.0, "end": 0.8, "speaker": "SPEAKER_01"},
        {"word": "Next", "start": 1.2, "end": 1.6, "speaker": "SPEAKER_00"},
        {"word": "item", "start": 1.6, "end": 2.1, "speaker": "SPEAKER_00"}]}]}
    r = read_record(json.dumps(doc).encode(), "w.json")
    assert [(u.speaker_label, u.text, u.start_s, u.end_s) for u in r.utterances] == [
        ("SPEAKER_01", "Agreed.", 0.0, 0.8), ("SPEAKER_00", "Next item", 1.2, 2.1)]


@pytest.mark.parametrize("doc,dialect,first", [
    ({"transcription": [{"offsets": {"from": 1500, "to": 4000}, "text": " Hello there."}]}, "whisper.cpp",
     (None, "Hello there.", 1.5, 4.0)),
    ({"results": {"channels": [{"alternatives": [{"paragraphs": {"paragraphs": [
        {"speaker": 1, "sentences": [{"text": "Go ahead.", "start": 2.0, "end": 3.0}]}]}}]}]}}, "deepgram-paragraphs",
     ("1", "Go ahead.", 2.0, 3.0)),
    ([{"start": 0.0, "end": 1.0, "text": " faster"}], "whisper", (None, "faster", 0.0, 1.0)),
], ids=["whisper.cpp", "deepgram-paragraphs", "faster-whisper-list"])
def test_stt_dialects(doc, dialect, first):
    r = read_record(json.dumps(doc).encode(), "x.json")
    u = r.utterances[0]
    assert r.dialect == dialect and (u.speaker_label, u.text, u.start_s, u.end_s) == first


@pytest.mark.parametrize("header", ["Jane Roe   0:01:23", "Jane Roe  (00:01:23)"], ids=["teams", "otter"])
def test_docx_export_headers(header):
    import docx

    d = docx.Document()
    for p in ("Weekly sync", header, "We start with the budget.", "John Doe   0:02:00", "Fine by me."):
        d.add_paragraph(p.replace("0:02:00", "0:02:00" if "(" not in header else "(00:02:00)"))
    buf = io.BytesIO()
    d.save(buf)
    r = read_record(buf.getvalue(), "e.docx")
    assert [(u.speaker_label, u.start_s, u.text) for u in r.utterances] == [
        (None, None, "Weekly sync"), ("Jane Roe", 83.0, "We start with the budget."), ("John Doe", 120.0, "Fine by me.")]


def test_docx_report_goes_to_text_attribution():
    import docx

    d = docx.Document()
    for p in ("Compte rendu", "Madame Claire Martin souligne que le budget de l'eau augmente.", "Elle ajoute que tout va bien."):
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    t = ingest_bytes(buf.getvalue(), "report.docx")
    assert t.dialect == "report" and t.passages[-1].speaker == "Claire Martin" and t.passages[-1].page is None


def test_pdf_report_pages_furniture_and_hyphenation():
    pages = [["Forum des villes 2024 - compte rendu", "Madame Claire Martin souligne que le budget de l'eau",
              "augmente et que le fi-", "nancement reste fragile.", "Page 1 of 2"],
             ["Forum des villes 2024 - compte rendu", "Monsieur Paul Roy indique que le dessalement coûte cher, comme tout financement.", "Page 2 of 2"]]
    t = ingest_bytes(formatgen.pdf_lines(pages), "report.pdf")
    assert t.dialect == "report"
    assert "financement reste fragile" in t.text and "compte rendu" not in t.text and "Page" not in t.text
    by_speaker = {p.speaker: p.page for p in t.passages}
    assert by_speaker == {"Claire Martin": 1, "Paul Roy": 2}


def test_a_quote_is_cited_at_its_own_cue():
    t = ingest_file(CONVERTED / "iran-contra-north-testimony.vtt")
    p = next(p for p in t.passages if "Hasenfus airplane, and that was false" in p.text)
    assert p.start_s == 4.0 and p.time_of("that is one of the reasons we have called you here, sir.") == 22.0
    assert cite(p, "what did the President know") == "John Nields — iran-contra-north-testimony.vtt, 00:00:32"


def test_sidecar_key_that_is_no_label_warns(tmp_path):
    (tmp_path / "m.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_00] hello\n")
    (tmp_path / "m.speakers.toml").write_text('SPEAKER_00 = "Jane Roe"\nSPEAKER_09 = "Nobody"\n')
    t = ingest_file(tmp_path / "m.srt")
    assert t.passages[0].speaker == "Jane Roe"
    assert t.warnings == ["m.speakers.toml: SPEAKER_09 is not a speaker label of m.srt; its labels are SPEAKER_00"]


def test_malformed_sidecar_is_one_line(tmp_path):
    (tmp_path / "m.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_00] hello\n")
    (tmp_path / "m.speakers.toml").write_text('SPEAKER_00 = Jane Roe\n')
    with pytest.raises(InputError, match=r'^m.speakers.toml: not valid TOML .*SPEAKER_00 = "Jane Roe"'):
        ingest_file(tmp_path / "m.srt")


PREFIXES = [b"WEBVTT\n\n", b"1\n00:00:01,000 --> 00:00:02,000\n", b'{"segments": [', b'{"utterances": [{"start": 1, ', b"%PDF-1.4\n",
            b"PK\x03\x04", b'{"results": {"channels": [']


@settings(max_examples=150, deadline=None)
@given(prefix=st.sampled_from(PREFIXES), tail=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_garbage_is_an_input_error_never_a_traceback(prefix, tail):
    try:
        ingest_bytes(prefix + tail, "x.bin")
    except InputError as e:
        assert "\n" not in str(e)


_KEYS = st.sampled_from(["segments", "utterances", "results", "channels", "alternatives", "paragraphs", "sentences",
                         "transcription", "offsets", "from", "to", "start", "end", "text", "transcript", "speaker", "words", "word"])
_LEAF = st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=5)
_JSON = st.recursive(_LEAF, lambda c: st.lists(c, max_size=3) | st.dictionaries(_KEYS, c, max_size=4), max_leaves=25)


@settings(max_examples=200, deadline=None)
@given(doc=st.dictionaries(_KEYS, _JSON, max_size=4))
def test_odd_json_shapes_are_input_errors(doc):
    try:
        ingest_bytes(json.dumps(doc).encode(), "x.json")
    except InputError as e:
        assert "\n" not in str(e)


def test_cues_out_of_order_warn_and_keep_file_order():
    srt = b"1\n00:00:05,000 --> 00:00:06,000\nJane Roe: later\n\n2\n00:00:01,000 --> 00:00:02,000\nJohn Doe: earlier\n"
    t = ingest_bytes(srt, "o.srt")
    assert t.warnings == ["o.srt: line 6 (cue 2) starts at 1.000s, before the previous cue (5.000s); kept in file order"]
    assert [p.speaker for p in t.passages] == ["Jane Roe", "John Doe"]
