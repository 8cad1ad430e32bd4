"""The chat in a real browser over a mixed-format corpus: a .vtt answer shows its speaker and time in the sources panel."""
import socket

import pytest
from fakes import FakeEncoder
from test_formats_corpus import mixed_corpus

from quidit.index.service import open_index
from quidit.settings import Settings

pytestmark = pytest.mark.slow


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_browser_sources_panel_shows_speaker_and_time(tmp_path):
    from playwright.sync_api import sync_playwright

    from quidit.chat.app import launch

    corpus = mixed_corpus(tmp_path / "corpus")
    searcher = open_index(Settings(corpus=corpus, home=tmp_path / "home"), FakeEncoder(abstain_below=0.2), progress=False).searcher
    port = _free_port()
    demo = launch(searcher, "127.0.0.1", port, blocked=[str(tmp_path / "home")], prevent_thread_lock=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            box = page.locator("#quidit-question textarea")
            box.fill("Who spoke about the budget?")
            box.press("Enter")
            page.wait_for_selector("#quidit-sources >> text=meeting.vtt", timeout=30000)
            sources = page.locator("#quidit-sources .quidit-source").first.inner_text()
            browser.close()
    finally:
        demo.close()
    assert "Paul Martin" in sources and "00:12:34–00:12:41" in sources and "meeting.vtt" in sources
