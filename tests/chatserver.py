"""Start the chat on a small corpus (the second transcript plus extra files) with the fake encoder, for UI tests."""
import shutil
import socket
from contextlib import contextmanager
from pathlib import Path

from fakes import FakeEncoder
from paths import SECOND

from quidit.index.service import open_index
from quidit.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_chat(tmp: Path, extra: dict[str, str]):
    """Yield (url, tmp) of a chat server on 127.0.0.1 whose corpus is SECOND plus `extra` (file name -> text)."""
    from quidit.chat.app import launch

    corpus = tmp / "corpus"
    corpus.mkdir()
    shutil.copy(SECOND, corpus / SECOND.name)
    for name, text in extra.items():
        (corpus / name).write_text(text, encoding="utf-8")
    searcher = open_index(Settings(corpus=corpus, home=tmp / "home", chunk_size=400, chunk_overlap=50),
                          FakeEncoder(abstain_below=0.2), progress=False).searcher
    port = free_port()
    demo = launch(searcher, "127.0.0.1", port, blocked=[str(tmp / "home")], prevent_thread_lock=True)
    try:
        yield f"http://127.0.0.1:{port}/", tmp
    finally:
        demo.close()
