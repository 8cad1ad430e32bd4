"""Issue 12 against a running server: the browser fetches nothing from other hosts, the HTTP surface is closed."""
import shutil
import socket
from urllib.parse import urlparse

import pytest
from fakes import FakeEncoder
from paths import SECOND

from quidit.index.service import open_index
from quidit.settings import Settings

pytestmark = pytest.mark.slow
BEACON = "![g](http://beacon.example/x.png)"
LINK = "[verbatim](http://link.example/)"
TRAP = f"Madame Zoé Piège souligne que le budget {BEACON} et {LINK} et http://bare.example/y.png compte.\n"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("app")
    corpus = tmp / "corpus"
    corpus.mkdir()
    shutil.copy(SECOND, corpus / SECOND.name)
    (corpus / "trap.txt").write_text(TRAP, encoding="utf-8")
    searcher = open_index(Settings(corpus=corpus, home=tmp / "home", chunk_size=400, chunk_overlap=50),
                          FakeEncoder(abstain_below=0.2), progress=False).searcher
    from quidit.chat.app import launch

    port = _free_port()
    demo = launch(searcher, "127.0.0.1", port, blocked=[str(tmp / "home")], prevent_thread_lock=True)
    yield f"http://127.0.0.1:{port}/", tmp
    demo.close()


def test_browser_requests_only_the_server_and_renders_transcript_text_verbatim(server):
    from playwright.sync_api import sync_playwright

    url, tmp = server
    own = urlparse(url).netloc
    elsewhere = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.on("request", lambda r: None if urlparse(r.url).netloc == own or r.url.startswith(("data:", "blob:"))
                else elsewhere.append(r.url))
        page.goto(url)
        box = page.locator("#quidit-question textarea")
        box.fill(f"Que dit Madame Piège sur le budget {BEACON} ?")
        box.press("Enter")
        page.wait_for_selector("#quidit-sources >> text=beacon.example", timeout=30000)
        page.wait_for_timeout(1500)
        chat = page.locator("#quidit-chat")
        assert chat.locator("img[src*='example']").count() == 0
        assert chat.locator("a[href*='example']").count() == 0
        assert BEACON in chat.inner_text()  # the question, verbatim
        assert BEACON in page.locator("#quidit-sources").inner_text()
        page.screenshot(path=str(tmp / "trap.png"), full_page=True)
        browser.close()
    assert elsewhere == [], elsewhere
