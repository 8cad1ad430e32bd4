"""Speaker prefixes written into caption and document text: "Name: …", "[Name] …", "- Name: …", ">> Name: …".

One place for these patterns; the SRT, WebVTT, DOCX and PDF readers share them.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import LABEL_NAME_LINKS, NOT_SPEAKER_SOUNDS, NOT_SPEAKERS, fold

# A name: up to five capitalised tokens ("Jane Roe", "MAN 2", "ACTOR AS EINSTEIN", "Mr. O'Neil-Smith"), with an
# optional parenthesised affiliation ("Mr. John Doe (Lakeside, CPC)"). Lower-case words are refused so that
# prose ending in a colon ("so here's the thing: …") is never taken for a label.
_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*|\d{1,3}"
_NAME = rf"(?:{_TOKEN})(?:[ \t]+(?:{_TOKEN}|{LABEL_NAME_LINKS}))*?[ \t]*(?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\))?"
# "- Name:" (dialogue dash) and ">> Name:" (broadcast captions) mark a speaker change too.
_LEAD = r"(?:>>+[ \t]*|-[ \t]+)?"
COLON_PREFIX = re.compile(rf"^{_LEAD}(?P<name>{_NAME})[ \t]*:(?:[ \t]+|$)")
BRACKET_PREFIX = re.compile(rf"^{_LEAD}\[(?P<name>[^\[\]\n]{{1,80}})\][ \t]*")
# ">>" alone (no name) says the speaker changed without saying who.
CHEVRON_ONLY = re.compile(r"^>>+[ \t]*(?!\w+[ \t]*:)")


def split_prefix(line: str) -> tuple[str | None, str]:
    """(label, rest of the line) when the line opens with a speaker prefix, else (None, line)."""
    m = BRACKET_PREFIX.match(line)
    if m and not re.fullmatch(r"[\W\d_ ]*", m.group("name")) and fold(m.group("name").strip()) not in NOT_SPEAKER_SOUNDS:
        return m.group("name").strip(), line[m.end():]
    m = COLON_PREFIX.match(line)
    if m:
        name = m.group("name").strip()
        if fold(name).rstrip(".") not in NOT_SPEAKERS and len(name) <= 120 and not re.fullmatch(r"\d+", name):
            return name, line[m.end():]
    return None, line


def person_like(label: str) -> bool:
    """Whether a label alone looks like a person ("Jane Roe", "Mr. Doe"), not a one-word heading ("Excerpt")."""
    words = re.sub(r"\(.*\)", "", label).split()
    return len(words) >= 2
