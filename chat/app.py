"""The Gradio chat window: cited answers, a sources panel, speaker filter, and an `ask` API endpoint."""
from __future__ import annotations

import copy
import html
import logging
import os
import re

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no telemetry or version checks
# Gradio's queue rebuilds a pandas summary of up to 10,000 past events after every event (for its monitoring page,
# which the Guard closes): a third of the server's time under load, growing with uptime. Never recompute it.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(10**12))
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "100")

import gradio as gr  # noqa: E402

from quidit.chat.answer import Answer, Conversation, answer
from quidit.chat.language import TEMPLATES
from quidit.errors import QuiditError
from quidit.index.search import MAX_QUERY, Searcher, clean_text

EXAMPLES = [
    "Quelle part du budget de Montevideo vient de ressources propres ?",
    "Qui a parlé du boom gastronomique ?",
    "Qui est le coordinateur du projet AL-LAs ?",
    "What did Salinas say about Moscow?",
    "¿Qué dijo Maria Luisa Zapata sobre la violencia en Medellín?",
]


EXAMPLES_SOURCE = "cuf-2016-action-internationale-villes-latino-americaines.txt"


def intro(sources: list[str]) -> str:
    """The line under the title: what is searched, and what an answer gives (its closing note says, per answer,
    whether the quotes are reported speech or the speakers' own words)."""
    what = f"one transcript ({sources[0]})" if len(sources) == 1 else f"{len(sources)} transcripts"
    return (f"Ask in French, English or Spanish about {what}. Each answer quotes the transcript's own sentences, says "
            "who said them and where, and ends by saying whether they are reported speech or the speakers' words.")


_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character (CommonMark lets all be escaped)


def escape_markdown(text: str) -> str:
    """Text that the chat's markdown renders literally: no image, link, autolink, HTML, LaTeX or emphasis.

    A transcript or question holding `![g](http://host/x.png)` would otherwise make the browser fetch it,
    and links would be rewritten, so a quote would no longer be verbatim."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_answer(a: Answer) -> str:
    """The answer as chat markdown: everything escaped (quotes and names come from transcripts),
    except the answer's own closing italic note, which is our template text."""
    note = f"\n\n_{a.note}_" if a.note else None
    if note and a.text.endswith(note):
        return escape_markdown(a.text[:-len(note)]) + note
    return escape_markdown(a.text)


def sources_html(a: Answer | None) -> str:
    """Every passage as escaped text; only our own tags are HTML (transcripts never run code here)."""
    if a is None or not a.hits:
        return "<p><em>Sources appear here.</em></p>"
    support = {c.hit.passage.id: (c.n, c.sentence) for c in a.citations}
    blocks = []
    for n, h in enumerate(a.hits, 1):
        p = h.passage
        text = html.escape(p.text)
        label = f"[{support[p.id][0]}]" if p.id in support else f"#{n}"
        if p.id in support:
            sent = html.escape(support[p.id][1])
            text = text.replace(sent, f"<mark>{sent}</mark>", 1)
        meta = " · ".join(html.escape(x) for x in (p.speaker or "narration", p.role or "", p.organization or "",
                                                      p.time_range() or (f"p. {p.page}" if p.page is not None else ""),
                                                      p.source) if x)
        blocks.append(f'<div class="quidit-source" style="border-left:3px solid #c7d2fe;padding:2px 0 2px 10px;'
                      f'margin-bottom:12px"><b>{label}</b> <small>{meta}</small><p style="margin:4px 0">{text}</p></div>')
    return "\n".join(blocks)


MAX_SPEAKERS = 50
# Answers at a time. Each is Python under one GIL plus encoding the question, which releases the GIL and runs one core
# per question (several questions waiting at once are encoded in one call), so a few at a time keep both cores busy;
# more only add switching (python -m quidit.evals.load, README "Load").
CONCURRENCY = 4
STATUS_SECONDS = 1.0  # how often waiting clients hear their queue position
log = logging.getLogger(__name__)


def refusal(message: str) -> gr.Error:
    """An error for the API caller, logged as one line (Gradio would print a traceback for each by default)."""
    log.warning("ask refused: %s", message[:300])
    return gr.Error(message, print_exception=False)


def ask_arguments(question: object, speakers: object) -> tuple[str, list[str] | None]:
    """The `ask` API's arguments checked as the UI would send them; one clear `gr.Error` line otherwise
    (Gradio passes JSON through as is: a string of speakers would be split into letters)."""
    if not isinstance(question, str):
        raise refusal(f"question must be text, not {type(question).__name__ if question is not None else 'null'}")
    if len(question) > MAX_QUERY:
        raise refusal(f"question too long; the limit is {MAX_QUERY} characters")
    return clean_text(question), name_list(speakers, "speakers", 'a list of speaker names, e.g. ["Claire Martin"]')


def name_list(value: object, what: str, expected: str) -> list[str] | None:
    """A JSON list of names (cleaned of lone surrogates), or None; never a string split into letters."""
    if value is None or value == []:
        return None
    if not (isinstance(value, list) and all(isinstance(s, str) for s in value)):
        raise refusal(f"{what} must be {expected}, or null for all")
    if len(value) > MAX_SPEAKERS:
        raise refusal(f"{what}: at most {MAX_SPEAKERS} names")
    return [clean_text(s) for s in value]


def build_app(searcher: Searcher, title: str = "quidit — qui dit quoi") -> gr.Blocks:
    speakers = searcher.speaking

    def respond(message: str, history: list, chosen: list[str] | None, k: float, conv: Conversation | None,
                docs: list[str] | None = None):
        history = list(history or [])
        conv = copy.deepcopy(conv) if conv else Conversation()
        message = clean_text(message if isinstance(message, str) else "").strip()  # lone surrogates: no traceback
        chosen = [c for c in chosen if isinstance(c, str)] if isinstance(chosen, list) else None
        k = min(max(int(k), 1), 10) if isinstance(k, (int, float)) and 1 <= k <= 10 else 5  # the slider's range
        if not message:
            return "", history, gr.skip(), conv
        if len(message) > MAX_QUERY:
            reply, src = f"Question too long ({len(message)} characters); the limit is {MAX_QUERY}.", sources_html(None)
        else:
            try:
                a = answer(message, searcher, k=k, speakers=chosen or None, conversation=conv, sources=docs or None)
                reply, src = render_answer(a), sources_html(a)
                if a.kept_speakers:  # a follow-up's restriction is never hidden
                    note = TEMPLATES[a.language]["following"].format(who=", ".join(a.kept_speakers))
                    reply = f"_{escape_markdown(note)}_\n\n{reply}"
            except QuiditError as e:
                reply, src = escape_markdown(str(e)), sources_html(None)
        history += [{"role": "user", "content": escape_markdown(message)},
                    {"role": "assistant", "content": reply}]
        return "", history, src, conv

    def ask(question: str, speakers: list[str] | None = None, sources: list[str] | None = None) -> dict:
        """Answer one question; same structure as `quidit ask --json`."""
        question, speakers = ask_arguments(question, speakers)
        sources = name_list(sources, "sources", "a list of transcript file names")
        try:
            return answer(question, searcher, speakers=speakers or None, sources=sources or None).to_dict()
        except QuiditError as e:
            raise refusal(str(e)) from None

    with gr.Blocks(title=title) as demo:
        gr.Markdown(f"## {html.escape(title)}\n{escape_markdown(intro(searcher.sources))}")
        conv = gr.State(None)
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=480, sanitize_html=True, elem_id="quidit-chat",
                                     latex_delimiters=[])  # a transcript's $$…$$ stays text
                box = gr.Textbox(placeholder="Votre question…", show_label=False, max_length=MAX_QUERY,
                                 elem_id="quidit-question", submit_btn=True)
                if EXAMPLES_SOURCE in searcher.sources:  # the examples ask about the bundled report only
                    gr.Examples(EXAMPLES, inputs=box)
                fresh = gr.Button("Nouveau sujet / New topic", size="sm", elem_id="quidit-new-topic")
            with gr.Column(scale=2):
                who = gr.Dropdown(speakers, multiselect=True, label="Speakers", value=[])
                docs = gr.Dropdown(searcher.sources, multiselect=True, label="Documents", value=[],
                                   visible=len(searcher.sources) > 1)
                k = gr.Slider(1, 10, value=5, step=1, label="Passages")
                src = gr.HTML(sources_html(None), elem_id="quidit-sources")
        box.submit(respond, [box, chatbot, who, k, conv, docs], [box, chatbot, src, conv], api_visibility="private")
        fresh.click(lambda: None, None, conv, api_visibility="private")  # forget the kept speaker and topic
        gr.api(ask, api_name="ask")
    return demo


def queue(demo: gr.Blocks) -> gr.Blocks:
    """CONCURRENCY answers at a time, in order, with room for 256 waiting requests (80 users at once fit).

    Queue positions go out every STATUS_SECONDS. Gradio's default ("auto") sends every waiting client its position
    after every answer: with 50 waiting that is ~50 messages per answer, each a pass of that client's event stream."""
    return demo.queue(default_concurrency_limit=CONCURRENCY, max_size=256, status_update_rate=STATUS_SECONDS)


def launch(searcher: Searcher, host: str = "127.0.0.1", port: int = 7860, blocked: list[str] | None = None,
           prevent_thread_lock: bool = False, allowed_hosts: list[str] | None = None):
    """Serve the chat behind `Guard` (own Host only, bounded bodies, no uploads, private handler for the page only)."""
    from starlette.middleware import Middleware

    from quidit.chat.guard import Guard, HostRule

    demo = build_app(searcher)
    queue(demo)
    private = {i: f.api_name for i, f in demo.fns.items() if f.api_visibility == "private"}
    guard = Middleware(Guard, rule=HostRule(host, port, frozenset(h.lower() for h in allowed_hosts or [])),
                       private_ids=frozenset(private), private_names=frozenset(n for n in private.values() if n))
    demo.launch(server_name=host, server_port=port, share=False, inbrowser=False, blocked_paths=blocked or [],
                prevent_thread_lock=prevent_thread_lock, show_error=False, max_file_size="1kb",
                app_kwargs={"middleware": [guard]})
    return demo
