"""Issue 12 against a running server: the browser fetches nothing from other hosts, the HTTP surface is closed."""
import shutil
from urllib.parse import urlparse

import pytest
from chatserver import running_chat
from paths import SECOND

pytestmark = pytest.mark.slow
BEACON = "![g](http://beacon.example/x.png)"
LINK = "[verbatim](http://link.example/)"
TRAP = f"Madame Zoé Piège souligne que le budget {BEACON} et {LINK} et http://bare.example/y.png compte.\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_chat(tmp_path_factory.mktemp("app"), {"trap.txt": TRAP}) as served:
        yield served


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


# --- 8. the HTTP surface ------------------------------------------------------------------------

def _request(url, path, method="GET", body=None, headers=None):
    import httpx

    with httpx.Client(timeout=30) as c:
        r = c.request(method, url.rstrip("/") + path, content=body, headers=headers or {})
        return r.status_code, r.text


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}"], ids=["bare", "port", "rebind"])
def test_foreign_host_header_is_refused(server, host):
    url, _ = server
    status, _ = _request(url, "/", headers={"Host": host.format(port=urlparse(url).port)})
    assert status in (400, 421)


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}"], ids=["ip", "localhost"])
def test_own_host_header_is_served(server, host):
    url, _ = server
    assert _request(url, "/", headers={"Host": host.format(port=urlparse(url).port)})[0] == 200


def test_upload_route_is_closed(server):
    url, _ = server
    body = b'--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nhello\r\n--x--\r\n'
    status, text = _request(url, "/gradio_api/upload", "POST", body, {"Content-Type": "multipart/form-data; boundary=x"})
    assert status in (403, 404) and "/tmp" not in text


def test_oversized_request_body_is_refused(server):
    import json

    url, _ = server
    body = json.dumps({"data": ["x" * (3 << 20), None], "session_hash": "big"}).encode()
    status, _ = _request(url, "/gradio_api/call/ask", "POST", body, {"Content-Type": "application/json"})
    assert status == 413


@pytest.mark.parametrize("path,payload", [
    ("/gradio_api/queue/join", {"fn_index": "respond", "data": ["budget", [], [], 5, None], "session_hash": "s1", "trigger_id": None}),
    ("/gradio_api/run/predict", {"fn_index": "respond", "data": ["budget", [], [], 5, None], "session_hash": "s2"}),
    ("/gradio_api/call/respond", {"data": ["budget", [], [], 5, None]}),
    ("/gradio_api/call/ask", {"fn_index": "respond", "data": ["budget", [], [], 5, None]}),
], ids=["queue-join", "run-predict", "call-by-name", "ask-route-other-fn"])
def test_private_chat_handler_is_not_callable_from_outside_the_page(server, path, payload):
    import json

    url, _ = server
    if payload.get("fn_index") == "respond":  # the page's own handler, as the page's config names it
        deps = json.loads(_request(url, "/config")[1])["dependencies"]
        payload = payload | {"fn_index": next(d["id"] for d in deps if d.get("api_visibility") == "private")}
    status, _ = _request(url, path, "POST", json.dumps(payload).encode(), {"Content-Type": "application/json"})
    assert status in (403, 404)


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server[0], verbose=False)


@pytest.mark.parametrize("kwargs,message", [
    ({"question": "eau", "speakers": "Ponce"}, "list of speaker names"),
    ({"question": None, "speakers": None}, "question must be text"),
    ({"question": "eau", "speakers": [1, 2]}, "list of speaker names"),
    ({"question": "eau", "speakers": ["x"] * 500}, "at most"),
], ids=["speaker-string", "question-none", "speaker-ints", "too-many-speakers"])
def test_ask_api_validates_its_arguments(client, kwargs, message):
    with pytest.raises(Exception, match=message):
        client.predict(**kwargs, api_name="/ask")


def test_ask_api_unknown_speaker_error_does_not_echo_the_input(client):
    with pytest.raises(Exception) as e:
        client.predict(question="eau", speakers=["Zorglub " * 200], api_name="/ask")
    assert "unknown speaker" in str(e.value) and "Zorglub " * 10 not in str(e.value)


def test_ask_api_cleans_invalid_unicode(server):
    import json

    url, _ = server
    body = json.dumps({"data": ["Qui a parlé du dessalement \ud800 ?", None, None]})  # JSON's \ud800 escape: a lone surrogate
    status, text = _request(url, "/gradio_api/call/ask", "POST", body.encode(), {"Content-Type": "application/json"})
    assert status == 200
    status, stream = _request(url, f"/gradio_api/call/ask/{json.loads(text)['event_id']}")
    assert "event: complete" in stream and "dessalement" in stream and "event: error" not in stream


def test_load_script_answers_every_request(tmp_path):
    from quidit.evals.load import run

    shutil.copy(SECOND, tmp_path / SECOND.name)
    (phase,) = run(tmp_path, "fake", [(3, 2)])
    assert len(phase.latencies) == 6 and phase.errors == [] and 50 < phase.peak_mb < 1000 and phase.server_cpu > 0
