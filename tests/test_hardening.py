"""Issue 12: one test per class of failure the probe found (bad files, odd encodings, hostile text)."""
import random
import shutil

import pytest
from paths import SECOND, SEED, THIRD
from typer.testing import CliRunner

from quidit.cli import app
from quidit.errors import InputError, QuiditError
from quidit.index.search import clean_query
from quidit.ingest import ingest_corpus, ingest_text
from quidit.ingest.reading import decode

SPEAKER = "Monsieur Jean Dupont souligne que "


def _covered_in_order(t):
    """Every passage is its own span of the text, in order, and together they cover every non-space character."""
    covered = bytearray(len(t.text))
    last = -1
    for p in t.passages:
        assert t.text[p.start:p.end] == p.text
        assert p.start > last
        last = p.start
        covered[p.start:p.end] = b"\1" * (p.end - p.start)
    return all(covered[i] or t.text[i].isspace() for i in range(len(t.text)))


# --- 1. no exception from one file stops the others -----------------------------------------

@pytest.mark.parametrize("body", [
    "-" * 8000,
    "Le budget est important pour la ville. " * 128,
    "a" * 8000,
    "ab " * 4000,
    "Oui, " * 2000,
], ids=["dashes-8000", "sentence-x128", "letters-8000", "word-x4000", "clause-x2000"])
def test_exact_repetition_inside_a_turn_chunks_correctly(body):
    t = ingest_text(f"{SPEAKER}{body} fin.\n", "rep.txt", 1000, 150)
    assert len(t.passages) >= len(body) // 1000
    assert _covered_in_order(t)
    assert max(len(p.text) for p in t.passages) <= 1000


def test_any_exception_in_one_file_is_one_error_line_and_the_others_are_ingested(tmp_path, monkeypatch):
    from quidit.ingest import pipeline

    shutil.copy(SECOND, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("Monsieur Paul Roy souligne que tout va bien.\n", encoding="utf-8")
    real = pipeline.read

    def flaky(path, *args, **kwargs):  # a bug anywhere in one file's ingestion
        if path.name == "b.txt":
            raise RuntimeError("boom\nsecond line")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "read", flaky)
    done, errors = ingest_corpus(tmp_path)
    assert [t.source for t in done] == ["a.txt"]
    assert len(errors) == 1 and "b.txt" in errors[0] and "\n" not in errors[0] and "RuntimeError" in errors[0]


def test_cli_ingest_keeps_good_files_when_one_is_pathological(tmp_path):
    shutil.copy(SECOND, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(f"{SPEAKER}{'-' * 8000} fin.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02" * 100)
    r = CliRunner().invoke(app, ["ingest", "--corpus", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "a.txt:" in r.stdout and "b.txt:" in r.stdout
    assert "Traceback" not in r.output


def _mutate(rng: random.Random, text: str) -> str:
    """One to four random edits of a transcript excerpt: repeats, cuts, odd characters, shuffled lines."""
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randint(0, 400))
        op = rng.randrange(9)
        if op == 0:  # exact repetition (the probe's crash)
            text = text[:i] + text[i:j] * rng.randint(2, 200) + text[i:]
        elif op == 1:
            text = text[:i] + rng.choice("-=_.* ") * rng.randint(100, 9000) + text[i:]
        elif op == 2:
            text = text[:i] + text[j:]
        elif op == 3:
            odd = "".join(chr(rng.choice([rng.randint(0, 0x2FF), rng.randint(0x2000, 0x206F), rng.randint(0xE000, 0xFFFD),
                                          rng.randint(0x10000, 0x1F9FF)])) for _ in range(rng.randint(1, 30)))
            text = text[:i] + odd + text[i:]
        elif op == 4:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif op == 5:
            text = text[:i] + rng.choice(["\n\n", "\r\n", "\f", "\t", " \n\n3 / 9 \n\n", "-\n\n"]) * rng.randint(1, 50) + text[i:]
        elif op == 6:
            text = text[:i] + rng.choice(["Monsieur ", "Madame ", "Mme ", "M. ", "le modérateur ", "souligne que ",
                                          "Présidents de séance\n\n", "(", ")", "«", "»", ": "]) + text[i:]
        elif op == 7:
            text = text[i:j] or text
        else:
            text = text.upper() if rng.random() < 0.5 else text.lower()
    return text


@pytest.mark.slow
def test_fuzzed_transcripts_raise_nothing_but_quidit_errors():
    sources = [p.read_text(encoding="utf-8") for p in (SEED, SECOND, THIRD)]
    rng = random.Random(12)
    crashes = []
    for case in range(2000):
        src = rng.choice(sources)
        start = rng.randrange(len(src))
        text = _mutate(rng, src[start:start + rng.randint(200, 6000)])
        encoding = rng.choice(["utf-8", "utf-16", "cp1252", "latin-1"])
        data = text.encode(encoding, errors="replace")
        try:
            raw, enc = decode(data, f"fuzz-{case}.txt")
            ingest_text(raw, f"fuzz-{case}.txt", 400 if case % 2 else 1000, 50 if case % 2 else 150, enc)
        except QuiditError:
            pass
        except Exception as e:  # noqa: BLE001 - the point of the test
            crashes.append(f"case {case}: {type(e).__name__}: {e}")
    assert not crashes, f"{len(crashes)} crashes, first: {crashes[:3]}"


# --- 7. text that is not UTF-8 ----------------------------------------------------------------

TEXT = "Madame Zoé Piège souligne que le budget « municipal » compte.\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-16"),  # with BOM (little-endian here)
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
], ids=["bom", "le-no-bom", "be-no-bom", "be-bom"])
def test_utf16_transcripts_are_decoded(data):
    text, enc = decode(data, "u16.txt")
    assert text.lstrip("\ufeff") == TEXT and enc.startswith("utf-16")


def test_binary_with_nuls_is_still_refused():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 40, "bin.txt")


@pytest.mark.parametrize("q", ["Montevideo \udcff", "budget \ud800 eau", "\udfff budget"], ids=["shell-xff", "high", "low"])
def test_invalid_unicode_in_a_question_is_cleaned(q):
    cleaned, _ = clean_query(q)
    cleaned.encode("utf-8")
    assert "budget" in cleaned or "Montevideo" in cleaned


def test_only_invalid_unicode_is_refused_with_one_line():
    with pytest.raises(InputError, match="empty question"):
        clean_query("\udcff\udcfe")


def test_cli_question_with_invalid_unicode_gives_no_traceback(tmp_path, monkeypatch):
    from fakes import FakeEncoder

    from quidit.index import service

    shutil.copy(SECOND, tmp_path / SECOND.name)
    class StrictEncoder(FakeEncoder):  # like the real model, which hands UTF-8 bytes to its tokenizer
        def encode_queries(self, texts):
            return super().encode_queries([t.encode("utf-8").decode("utf-8") for t in texts])

    monkeypatch.setattr(service, "load_encoder", lambda spec: StrictEncoder())
    for args in (["ask", "--json"], ["search"]):
        r = CliRunner().invoke(app, [*args, "--corpus", str(tmp_path), "Qui parle du budget \udcff ?"])
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert r.exit_code == 0 and "budget" in r.stdout


# --- 6. the chat fetches nothing: transcript text and questions render as text ---------------------

BEACON = "![g](http://host.example/x.png)"


@pytest.mark.parametrize("text", [
    BEACON, "[cliquez](http://host.example/)", "<http://host.example/>", "http://host.example/a.png www.host.example",
    "<img src=http://host.example/x.png>", "$$x^2$$", "**gras** _it_ `code` # titre", "a@b.example",
    "[ref]: http://host.example/x.png\n\n![y][ref]",
], ids=["image", "link", "autolink", "bare-url", "html-img", "latex", "emphasis", "email", "reference-image"])
def test_markdown_escape_makes_every_character_literal(text):
    import markdown_it

    from quidit.chat.app import escape_markdown

    html_out = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(escape_markdown(text))
    assert "<img" not in html_out and "<a " not in html_out and "<em>" not in html_out and "<code>" not in html_out
    assert "<strong>" not in html_out and "<h1>" not in html_out


def test_answer_quotes_are_escaped_but_the_answer_keeps_its_own_italics(searcher):
    from quidit.chat.answer import answer
    from quidit.chat.app import escape_markdown, render_answer

    a = answer("Qui a parlé du dessalement ?", searcher)
    a.text = a.text.replace("« ", f"« {BEACON} ", 1)
    out = render_answer(a)
    assert BEACON not in out and escape_markdown(BEACON) in out
    assert a.note and out.endswith(f"\n\n_{a.note}_")  # our own italics stay markdown


# --- 8. the HTTP surface (the rules; tests/test_hardening_app.py runs them against a server) ------

@pytest.mark.parametrize("bound,host,ok", [
    ("127.0.0.1", "127.0.0.1:7860", True), ("127.0.0.1", "localhost:7860", True), ("127.0.0.1", "[::1]:7860", True),
    ("127.0.0.1", "127.0.0.1", True), ("127.0.0.1", "evil.example:7860", False), ("127.0.0.1", "127.0.0.1:7861", False),
    ("127.0.0.1", "127.0.0.1.nip.io:7860", False), ("127.0.0.1", "", False), ("127.0.0.1", "127.0.0.1:x", False),
    ("0.0.0.0", "192.168.1.20:7860", True), ("0.0.0.0", "intranet.example:7860", False),
    ("192.168.1.20", "192.168.1.20:7860", True), ("192.168.1.20", "localhost:7860", False),
])
def test_host_rule(bound, host, ok):
    from quidit.chat.guard import HostRule

    assert HostRule(bound, 7860).allows(host) is ok


def test_host_rule_allows_names_the_user_adds():
    from quidit.chat.guard import HostRule

    assert HostRule("127.0.0.1", 7860, frozenset({"quidit.lan"})).allows("quidit.lan:7860")


@pytest.mark.parametrize("question,speakers,message", [
    (None, None, "question must be text"), (3, None, "question must be text"),
    ("eau", "Ponce", "list of speaker names"), ("eau", [1], "list of speaker names"),
    ("eau", ["x"] * 51, "at most 50"), ("x" * 2001, None, "too long"),
], ids=["none", "int", "string-speakers", "int-speakers", "many-speakers", "long"])
def test_ask_arguments_are_validated(question, speakers, message):
    import gradio as gr

    from quidit.chat.app import ask_arguments

    with pytest.raises(gr.Error, match=message) as e:
        ask_arguments(question, speakers)
    assert e.value.print_exception is False  # one log line in the server, not a traceback


# --- 5. size guard: no transcript or build of hours without saying so ------------------------------

def _two_files(folder, big_chars):
    shutil.copy(SECOND, folder / "a.txt")
    (folder / "big.txt").write_text(f"{SPEAKER}" + "Le budget de la ville augmente encore. " * (big_chars // 39) + "\n",
                                    encoding="utf-8")


def test_transcript_over_the_size_limit_is_one_error_line_and_the_others_go_on(tmp_path):
    _two_files(tmp_path, 20_000)
    done, errors = ingest_corpus(tmp_path, max_chars=10_000)
    assert [t.source for t in done] == ["a.txt"]
    assert len(errors) == 1 and errors[0].startswith("big.txt:") and "--max-chars" in errors[0] and "10,000" in errors[0]


def test_size_limit_can_be_lifted(tmp_path):
    _two_files(tmp_path, 20_000)
    assert len(ingest_corpus(tmp_path, max_chars=0)[0]) == 2


def test_default_size_limit_refuses_a_huge_transcript(tmp_path):
    from quidit.settings import MAX_TRANSCRIPT_CHARS

    (tmp_path / "huge.txt").write_text(SPEAKER + "x " * (MAX_TRANSCRIPT_CHARS // 2 + 10), encoding="utf-8")
    done, errors = ingest_corpus(tmp_path)
    assert done == [] and "huge.txt" in errors[0] and "limit" in errors[0]


def test_cli_max_chars_flag(tmp_path):
    _two_files(tmp_path, 20_000)
    r = CliRunner().invoke(app, ["--max-chars", "10000", "ingest", "--corpus", str(tmp_path)])
    assert r.exit_code == 0 and "a.txt:" in r.stdout and "big.txt:" not in r.stdout
    assert "error: big.txt:" in r.stderr and "--max-chars" in r.stderr
    r = CliRunner().invoke(app, ["--max-chars", "0", "ingest", "--corpus", str(tmp_path)])
    assert "big.txt:" in r.stdout


class SlowEncoder:
    """The fake encoder at 100 texts per second, like a real model on a slow machine."""

    def __new__(cls):
        import time

        from fakes import FakeEncoder

        enc = FakeEncoder()
        fast = enc.encode_passages

        def slow(texts):
            time.sleep(0.01 * len(texts))
            return fast(texts)

        enc.encode_passages = slow
        return enc


def test_a_long_build_is_refused_with_its_estimate_and_nothing_is_written(tmp_path, quidit_home):
    from quidit.errors import QuiditError
    from quidit.index.service import open_index
    from quidit.settings import Settings

    shutil.copy(SECOND, tmp_path / SECOND.name)
    settings = Settings(corpus=tmp_path, home=quidit_home, chunk_size=400, chunk_overlap=50)
    with pytest.raises(QuiditError, match=r"about \d+ s .*quidit index") as e:
        open_index(settings, SlowEncoder(), progress=False, max_build_seconds=0.1)
    assert "\n" not in str(e.value)
    assert not any(p.name == "CURRENT" for p in quidit_home.rglob("*"))
    assert open_index(settings, SlowEncoder(), progress=False, max_build_seconds=60).report is not None


def test_cli_chat_refuses_a_long_build_unless_allowed(tmp_path, monkeypatch):
    from quidit.chat import app as chat_app
    from quidit.index import service

    shutil.copy(SECOND, tmp_path / SECOND.name)
    monkeypatch.setattr(service, "load_encoder", lambda spec: SlowEncoder())
    monkeypatch.setattr(service, "CHAT_BUILD_SECONDS", 0.1)
    launched = []
    monkeypatch.setattr(chat_app, "launch", lambda *a, **k: launched.append(a))
    r = CliRunner().invoke(app, ["chat", "--corpus", str(tmp_path)])
    assert r.exit_code == 1 and "quidit index" in r.stderr and "--allow-long-build" in r.stderr and not launched
    r = CliRunner().invoke(app, ["chat", "--corpus", str(tmp_path), "--allow-long-build"])
    assert r.exit_code == 0 and launched
