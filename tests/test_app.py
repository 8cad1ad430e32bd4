"""The app through gradio_client and a real browser (Debian chromium + Playwright, never a download)."""

import pytest
from chatserver import running_chat

pytestmark = pytest.mark.slow
INJECT = 'Madame Zoé Piège souligne que le budget <img src=x onerror="window.__pwned=1"> et <script>window.__pwned=2</script> compte.'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_chat(tmp_path_factory.mktemp("app"), {"inject.txt": INJECT + "\n"}) as served:
        yield served


def test_gradio_client_ask(server):
    from gradio_client import Client

    url, _ = server
    c = Client(url, verbose=False)
    r = c.predict(question="Qui a parlé du dessalement ?", speakers=None, api_name="/ask")
    assert set(r) == {"question", "answer", "speaker", "abstained", "passages"}
    assert r["speaker"] and r["speaker"] in r["answer"] and not r["abstained"]
    r = c.predict(question="eau", speakers=["Madame Martin"], api_name="/ask")
    assert {p["speaker"] for p in r["passages"]} == {"Claire Martin"}
    with pytest.raises(Exception, match="too long"):
        c.predict(question="x" * 2500, speakers=None, api_name="/ask")


def test_index_folder_not_served(server):
    import urllib.error
    import urllib.request

    url, tmp = server
    manifest = next((tmp / "home").rglob("manifest.json"))
    for path in (f"gradio_api/file={manifest}", f"file={manifest}"):
        try:
            with urllib.request.urlopen(url + path) as r:
                body = r.read()
            assert b"format_version" not in body
        except urllib.error.HTTPError as e:
            assert e.code in (403, 404)


def test_browser_chat_and_no_injection(server):
    from playwright.sync_api import sync_playwright

    url, tmp = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.goto(url)
        box = page.locator("#quidit-question textarea")
        box.fill("Qui a parlé du dessalement ?")
        box.press("Enter")
        page.wait_for_selector("#quidit-chat >> text=qui en parle", timeout=30000)
        chat_text = page.locator("#quidit-chat").inner_text()
        assert "Benali" in chat_text or "Haddad" in chat_text or "Martin" in chat_text
        assert "dessalement" in page.locator("#quidit-sources").inner_text()
        box.fill("Que dit Madame Piège sur le budget ?")
        box.press("Enter")
        page.wait_for_selector("#quidit-sources >> text=onerror", timeout=30000)
        assert "<img src=x onerror" in page.locator("#quidit-sources").inner_text()
        page.wait_for_timeout(500)
        assert page.evaluate("window.__pwned === undefined")
        page.screenshot(path=str(tmp / "chat.png"), full_page=True)
        browser.close()
    assert (tmp / "chat.png").stat().st_size > 1000
