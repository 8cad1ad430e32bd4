"""A raw IRC log: a chat client's record of a channel, one line per message, with no scribe.

Each line names who typed it: "14:05 <jrandom> words" (a channel-mode sign such as "<+cervantes>" is no part of the
nick), "14:14 * gott mutters…" (a /me action, the nick's own line in the third person). The client's notices
("-!- ada has joined #x", "*** bob has quit") are nobody's speech. A relay bot speaks for users of another network,
each of its lines opening with the real sender's nick ("<+ant> <BS314159> is that incorporated?"): such a line is
the sender's, not the bot's. People are the nicks as written: a log gives nothing else.

Scribe minutes (`ingest.scribe`) also carry "<nick>" lines, but there the scribe minutes others; they are read first,
and a text is a raw log only when it is not scribe minutes.
"""
from __future__ import annotations

from collections import Counter

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    IRC_ACTION,
    IRC_LOG_MIN_MESSAGES,
    IRC_LOG_SHARE,
    IRC_MESSAGE,
    IRC_NOTICE,
    IRC_NOTICE_MARK,
    IRC_RELAY_MIN,
    IRC_RELAY_NAME,
    IRC_RELAY_SHARE,
    IRC_RELAYED,
    fold,
)


def _notice(line: str) -> bool:
    return IRC_NOTICE_MARK.match(line) is not None or IRC_NOTICE.match(line) is not None


def irc_log(text: str, units: list[Line]) -> bool:
    """Whether the text is a raw IRC log: IRC_LOG_MIN_MESSAGES "<nick> words" lines or more, and such lines, /me
    actions and client notices make IRC_LOG_SHARE of its lines with words (a title and a roster may come first)."""
    messages = chat = worded = 0
    for u in units:
        s = text[u.start:u.end]
        if not any(c.isalpha() for c in s):
            continue
        worded += 1
        if IRC_MESSAGE.match(s):
            messages += 1
            chat += 1
        elif _notice(s) or IRC_ACTION.match(s):
            chat += 1
    return messages >= IRC_LOG_MIN_MESSAGES and chat >= IRC_LOG_SHARE * worded


def _relays(text: str, units: list[Line]) -> set[str]:
    """The nicks that relay others' lines: most of their lines open with another nick in brackets or braces."""
    lines: Counter[str] = Counter()
    relayed: Counter[str] = Counter()
    named: set[str] = set()  # nicks that call themselves a relay: one relayed line is enough
    for u in units:
        s = text[u.start:u.end]
        m = IRC_MESSAGE.match(s)
        if m is None:
            continue
        key = fold(m.group("nick"))
        lines[key] += 1
        relayed[key] += IRC_RELAYED.match(s, m.start("body")) is not None
        if IRC_RELAY_NAME.search(m.group("nick")):
            named.add(key)
    return {k for k, n in lines.items()
            if (relayed[k] >= IRC_RELAY_MIN or relayed[k] and k in named) and relayed[k] >= IRC_RELAY_SHARE * n}


def irc_lines(text: str, units: list[Line]) -> None:
    """Mark each line of a raw IRC log (`irc_log`): a message or a /me action is a LABEL of the nick that wrote it
    (`Line.irc`), the inner nick for a relay bot's line; a client notice is narration. An action's words start at the
    nick ("gott mutters…" is gott's sentence); a "* word …" line is an action only under a time or for a nick that
    writes messages in the log, so that a bullet stays a list item."""
    relays = _relays(text, units)
    nicks = {fold(m.group("nick")) for u in units if (m := IRC_MESSAGE.match(text[u.start:u.end]))}
    for u in units:
        s = text[u.start:u.end]
        if _notice(s):
            u.kind, u.aside, u.label, u.body = LineKind.NARRATION, True, None, None
            continue
        m = IRC_MESSAGE.match(s)
        if m is not None:
            nick, body = m.group("nick"), m.start("body")
            inner = IRC_RELAYED.match(s, body) if fold(nick) in relays else None
            if inner is not None:  # "<+ant> <BS314159> words": the relayed sender's
                nick, body = inner.group("angle") or inner.group("square") or inner.group("curly"), inner.end()
            u.kind, u.label, u.body, u.structured, u.irc = LineKind.LABEL, nick, u.start + body, True, True
            continue
        m = IRC_ACTION.match(s)
        if m is not None and (m.group("time") or fold(m.group("nick")) in nicks):
            u.kind, u.label, u.body, u.structured, u.irc = LineKind.LABEL, m.group("nick"), u.start + m.start("nick"), True, True
