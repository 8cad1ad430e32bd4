"""The chat server's HTTP surface, narrowed to what the page and the `ask` API need.

Gradio serves more than the chat uses. This ASGI middleware sits in front of it and:
- answers only requests whose Host is the address the server is bound to (a page on another site
  that rebinds its DNS name to 127.0.0.1 sends its own name, and gets 421);
- bounds every request body (413 above `MAX_BODY`): a question is at most 2,000 characters;
- closes the routes the app never uses (file uploads, the URL proxy, media streams, run history);
- lets the page's private chat handler run only for requests from the page itself (an `Origin` of this
  server, which browsers always send with a POST and pages elsewhere cannot forge); other clients use `ask`.
"""
from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import dataclass
from typing import Any, Awaitable, Callable
from urllib.parse import urlsplit

MAX_BODY = 1 << 20  # bytes; the page sends the question with the chat history, well under this
CLOSED = ("/gradio_api/upload", "/gradio_api/upload_progress", "/gradio_api/proxy=", "/gradio_api/stream/",
          "/gradio_api/run-history", "/gradio_api/runs", "/gradio_api/dev/", "/gradio_api/mcp", "/monitoring",
          "/gradio_api/monitoring", "/login", "/logout", "/upload")
# routes that run an event handler: by fn_index in the JSON body, or by the api_name in the path
CALLS = re.compile(r"^/gradio_api/(?:queue/join|(?:run|api|call(?:/v2)?)/(?P<name>[^/]+))/?$")
LOOPBACK = ("127.0.0.1", "localhost", "::1")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]


def _split_host(value: str) -> tuple[str, int | None]:
    """('name', port) of a Host header or an Origin's netloc; IPv6 literals lose their brackets."""
    parts = urlsplit(f"//{value}")
    try:
        port = parts.port
    except ValueError:
        port = -1  # not a port at all: never allowed
    return (parts.hostname or "").lower(), port


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class HostRule:
    """Which Host headers name this server: the bound address (and loopback names when bound to
    loopback), any IP literal when bound to all interfaces, plus names the user allowed."""

    bound: str
    port: int
    extra: frozenset[str] = frozenset()

    def allows(self, value: str) -> bool:
        name, port = _split_host(value)
        if port not in (None, self.port) or not name:
            return False
        bound = self.bound.lower().strip("[]")
        if name == bound or name in self.extra:
            return True
        if bound in LOOPBACK or bound.startswith("127."):
            return name in LOOPBACK or name.startswith("127.") and _is_ip(name)
        return bound in ("0.0.0.0", "::", "") and _is_ip(name)


class Guard:
    """ASGI middleware; built by Starlette as `Guard(app, rule=…, private_ids=…, private_names=…)`."""

    def __init__(self, app, rule: HostRule, private_ids: frozenset[int], private_names: frozenset[str],
                 max_body: int = MAX_BODY) -> None:
        self.app, self.rule, self.max_body = app, rule, max_body
        self.private_ids, self.private_names = private_ids, private_names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if not self.rule.allows(headers.get("host", "")):
            return await _refuse(scope, send, 421, "this server answers only to its own address (Host header refused)")
        if scope["type"] == "websocket":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if path.startswith(CLOSED):
            return await _refuse(scope, send, 404, "not found")
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            return await _refuse(scope, send, 413, f"request body over {self.max_body} bytes")
        if scope.get("method") not in ("POST", "PUT", "PATCH", "DELETE"):
            return await self.app(scope, receive, send)
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body:
                return await _refuse(scope, send, 413, f"request body over {self.max_body} bytes")
        call = CALLS.match(path)
        origin = urlsplit(headers.get("origin", "")).netloc
        if call and self._calls_private(call.group("name"), body) and not (origin and self.rule.allows(origin)):
            return await _refuse(scope, send, 403, "the chat window's own handler; other clients use the /ask API")
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    def _calls_private(self, name: str | None, body: bytes) -> bool:
        if name in self.private_names:
            return True
        try:
            fn_index = json.loads(body or b"{}").get("fn_index")
        except (ValueError, AttributeError):
            return False  # not a JSON object: Gradio refuses it itself
        if isinstance(fn_index, str) and fn_index.strip().isdigit():
            fn_index = int(fn_index)  # Gradio's request model would coerce it too
        return isinstance(fn_index, (int, float)) and fn_index in self.private_ids


async def _refuse(scope: Scope, send: Send, status: int, text: str) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    data = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})
