"""Follow-ups keep the previous speaker only for elliptic questions; unrelated questions never bleed."""
import json
import shutil

import pytest
from fakes import FakeEncoder
from paths import SEED
from typer.testing import CliRunner

from quidit.chat.answer import Conversation, answer
from quidit.chat.language import is_elliptic
from quidit.index.service import open_index
from quidit.settings import Settings

# The session of the issue: each question after the first names a new place and must start fresh.
SESSION = [
    "Qui a parlé du boom gastronomique ?",
    "Comment la ville de Quito a-t-elle travaillé avec ses quartiers ?",
    "Pourquoi Paris a-t-elle signé des accords avec Montevideo ?",
    "What did Medellín do against violence?",
    "¿Cómo se financia el presupuesto de Montevideo?",
    "Quel rôle jouent les citoyens dans la gastronomie de Lima ?",
]


@pytest.fixture(scope="module")
def report_searcher(tmp_path_factory):
    """The bundled report indexed with the fake encoder."""
    tmp = tmp_path_factory.mktemp("report")
    corpus = tmp / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    return open_index(Settings(corpus=corpus, home=tmp / "home"), FakeEncoder(abstain_below=0.0), progress=False).searcher


@pytest.mark.parametrize("question", [
    "et sur le financement ?", "what else did she say?", "Qu'a-t-elle dit d'autre ?", "¿Y sobre la violencia?",
    "What did she say about water?", "Et elle ?", "¿Qué más dijo?",
], ids=lambda q: q)
def test_elliptic_questions_follow_up(question):
    assert is_elliptic(question)


@pytest.mark.parametrize("question", [
    "Comment la ville de Quito a-t-elle travaillé avec ses quartiers ?",   # inverted verb, noun subject
    "Pourquoi Paris a-t-elle signé des accords avec Montevideo ?",         # names a new place
    "Doit-elle financer le projet ?",                                      # inverted question with a topic
    "and about Paris?",                                                    # connective but a new place
    "Qui a parlé du boom gastronomique ?",
    "Combien d'habitants compte la ville ?",
    "Et la ville de Lima, comment a-t-elle développé son tourisme ?",      # a full question after "et"
], ids=lambda q: q)
def test_new_questions_start_fresh(question):
    assert not is_elliptic(question)


def test_session_of_unrelated_questions_gets_the_passages_asked_alone(report_searcher):
    conv = Conversation()
    for q in SESSION:
        in_session = answer(q, report_searcher, conversation=conv)
        alone = answer(q, report_searcher)
        assert [h.passage.id for h in in_session.hits] == [h.passage.id for h in alone.hits], q
        assert not in_session.kept_speakers, q


def test_follow_up_is_reported_as_kept(report_searcher):
    conv = Conversation()
    first = answer("Qui a parlé du boom gastronomique ?", report_searcher, conversation=conv)
    nxt = answer("Qu'a-t-il dit d'autre ?", report_searcher, conversation=conv)
    assert first.speaker and nxt.kept_speakers == [first.speaker]
    assert {h.passage.speaker for h in nxt.hits} == {first.speaker}


@pytest.fixture
def fake_cli(monkeypatch, report_searcher):
    """`quidit` with the fake encoder on the bundled report."""
    import quidit.index.service as service

    monkeypatch.setattr(service, "load_encoder", lambda spec: FakeEncoder(abstain_below=0.0))
    from quidit.cli import app

    def run(*args, stdin=""):
        r = CliRunner().invoke(app, list(args), input=stdin)
        assert r.exit_code == 0, r.output
        return [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    return run


def test_ask_stdin_lines_are_independent(fake_cli):
    batch = fake_cli("ask", "-", "--json", "--corpus", str(SEED.parent), stdin="\n".join(SESSION) + "\n")
    alone = [fake_cli("ask", q, "--json", "--corpus", str(SEED.parent))[0] for q in SESSION]
    assert [[p["id"] for p in a["passages"]] for a in batch] == [[p["id"] for p in a["passages"]] for a in alone]


def test_ask_conversation_flag_keeps_the_speaker(fake_cli):
    rows = fake_cli("ask", "-", "--json", "--conversation", "--corpus", str(SEED.parent),
                    stdin="Qui a parlé du boom gastronomique ?\nQu'a-t-il dit d'autre ?\n")
    assert rows[0]["speaker"] and {p["speaker"] for p in rows[1]["passages"]} == {rows[0]["speaker"]}


def test_a_question_about_someone_absent_leaves_no_speaker_to_keep(report_searcher):
    """After "what did Jean Dupont say?" (nobody of that name), "what else did he say?" is not the earlier speaker's."""
    conv = Conversation()
    first = answer("Qui a parlé du boom gastronomique ?", report_searcher, conversation=conv)
    absent = answer("Qu'a dit Jean Dupont sur le tourisme ?", report_searcher, conversation=conv)
    nxt = answer("Qu'a-t-il dit d'autre ?", report_searcher, conversation=conv)
    assert first.speaker and absent.abstained and not nxt.kept_speakers


def test_an_abstained_fresh_question_leaves_no_speaker_to_keep(report_searcher):
    conv = Conversation()
    first = answer("Qui a parlé du boom gastronomique ?", report_searcher, conversation=conv)
    refused = answer("Quel temps fera-t-il demain à Tokyo ?", report_searcher, conversation=conv, abstain_below=2.0)
    nxt = answer("Qu'a-t-il dit d'autre ?", report_searcher, conversation=conv)
    assert first.speaker and refused.abstained and not nxt.kept_speakers


def test_ask_writes_each_answer_in_one_write(fake_cli, monkeypatch):
    """A reader that stops at its first match (`quidit ask … | grep -q X` under pipefail) must find the whole answer
    in the pipe: a second write after it left would be a broken pipe and a failed command."""
    import typer

    writes = []
    echo = typer.echo
    monkeypatch.setattr(typer, "echo", lambda message="", err=False, **kw: (writes.append(message) if not err else None,
                                                                          echo(message, err=err, **kw))[1])
    fake_cli("ask", "Qui a parlé du boom gastronomique ?", "--corpus", str(SEED.parent))
    assert len(writes) == 1 and writes[0].endswith("\n") and "Salinas" in writes[0]
