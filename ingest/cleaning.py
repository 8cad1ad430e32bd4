"""Turn PDF-extracted text back into paragraphs, keeping pages and line starts.

The seed's conventions: every line is followed by a blank line; a line holding only
white space ends a paragraph; a line that starts with a space opens a new page; a
line like ``19 / 23`` is a stray page number. Ordinary text files (empty line between
paragraphs) are read with the usual convention.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from quidit.ingest.account_labels import account_prefix, line_turn_labels
from quidit.ingest.dash_office_labels import dash_office_label
from quidit.ingest.lexicon import (
    BARE_PAGE_NUMBER,
    CAPS_LINE,
    CARRIES_OVER,
    CHUNK_HEADER,
    CLAUSE_OPEN_END,
    CONTINUES,
    DELIBERATION_HEADING,
    FIELD_KEY_LINE,
    HEADING_LINE_WORDS,
    HONORIFICS,
    ITEM_WORD_LEAD,
    PAGE_NUMBER,
    PARAGRAPH_LINE_CLOSE,
    PDF_SYMBOL_BULLETS,
    PRESENTER_BYLINE,
    RECORD_LINE_MAX,
    SENTENCE_LINE,
    TAG_LINE_START,
    TAG_ONLY_LINE,
    TITLE_LINE_CLOSE,
    TITLE_LINE_END,
    TITLE_LINE_OPEN,
    TITLE_OVER_PARAGRAPH,
    VOTE_TALLY_LINE,
    fold,
    role_of,
)
from quidit.ingest.numbered_lines import unnumber

LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[).]|[a-z][)]|[-–—•§▪●◦*])\s")
# a soft hyphen (U+00AD) shows only where a line breaks: after a letter at a line end it is the hyphen the
# dehyphenation reads ("exam\u00ad\nple"); elsewhere it is invisible, and after a hyphen ("simply -\u00ad", a court
# transcript's dash that cuts a speaker off) the line break stays, for the label on the next line
SOFT_HYPHEN = re.compile(r"(?<=(\w))?\u00ad(?=(\n))?")
HYPHEN_END = re.compile(r"([\w’'-]*\w)-$")
HYPHEN_REACH = 80  # how far back from a line's end a word broken by a hyphen is read: a search over the whole line was quadratic
WORD_START = re.compile(r"^([a-zà-ÿœæ][\w’']*)")


@dataclass
class CleanText:
    text: str
    page_starts: list[int] = field(default_factory=lambda: [0])
    line_starts: list[int] = field(default_factory=list)
    numbered: bool = False  # a line-numbered transcript (`ingest.numbered_lines`): a verbatim record, its margin taken off
    line_indents: list[int] = field(default_factory=list)  # each line's indent in the file, which the text drops (nested lists)

    def page_at(self, offset: int) -> int:
        """1-based page of a character offset."""
        return bisect.bisect_right(self.page_starts, offset)


def _keeps_hyphen(before: str, after: str, raw: str) -> bool:
    """A line-final hyphen is a real compound unless the unhyphenated word is attested."""
    if "-" in before:
        return True
    low = raw.lower()
    joined, hyphened = (before + after).lower(), f"{before}-{after}".lower()
    return not (joined in low and hyphened not in low)


def record_line(line: str) -> bool:
    """A procès-verbal's vote tally or numbered deliberation heading: a line of its own (`VOTE_TALLY_LINE`,
    `DELIBERATION_HEADING`), never run on into the sentence of the next line."""
    return len(line) <= RECORD_LINE_MAX and (VOTE_TALLY_LINE.match(line) is not None
                                             or DELIBERATION_HEADING.match(line) is not None)


def _title_over_paragraph(prev: str, line: str) -> bool:
    """A short numbered heading line ("XV. Adjournment", "1. Report back on the 2018 annual contract") over the paragraph it
    heads: a line of its own, not the first line of a hard-wrapped paragraph (`TITLE_OVER_PARAGRAPH`)."""
    return (TITLE_LINE_OPEN.match(prev) is not None and TITLE_LINE_CLOSE.search(prev) is not None
            and not CARRIES_OVER.search(prev) and line[:1].isupper() and PARAGRAPH_LINE_CLOSE.search(line) is not None
            and len(prev) <= TITLE_OVER_PARAGRAPH * len(line))


_HONORIFIC_WORDS = frozenset(fold(h).rstrip(".") for h in HONORIFICS)


def _heading_line(line: str) -> bool:
    """A short capitalised line with a word in lower case, ending on no stop ("Planning et modalités de lancement"): a
    heading when it opens its paragraph (the caller asks), not a wrapped paragraph's first line. Not a line ending on a
    word that carries it over or opens a clause ("… reviewed the budget that"), on an honorific or a title ("…, el
    Honorable Senador señor" / "Araya previno…": a name follows), nor a line of capitalised words only ("Ian H.
    Gershengorn", "Speroni" over the words: a name line, `name_lines`' business)."""
    words = line.split()
    return len(words) <= HEADING_LINE_WORDS and line[:1].isupper() and TITLE_LINE_CLOSE.search(line) is not None \
        and not CARRIES_OVER.search(line) and not CLAUSE_OPEN_END.search(line) \
        and any(len(w) >= 3 and w.isalpha() and w.islower() for w in words[1:]) \
        and fold(words[-1]).rstrip(".") not in _HONORIFIC_WORDS and role_of(words[-1]) is None


def _double_spaced(lines: list[str]) -> bool:
    """PDF exports like the seed put an empty line after every line; then empty lines mean nothing.
    In an ordinary text file an empty line ends a paragraph."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 4 or not any(line and not line.strip() for line in lines):
        return False  # without white-space-only paragraph marks, empty lines must be the paragraph breaks
    followed = sum(1 for i in content if i + 1 < len(lines) and lines[i + 1] == "")
    return followed >= 0.8 * len(content)


def clean(raw: str) -> CleanText:
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n")).translate(PDF_SYMBOL_BULLETS)
    raw = SOFT_HYPHEN.sub(lambda m: "-" if m.group(1) and m.group(2) else "", raw)  # invisible: "\u00adRB — …" is the label "RB"
    unnumbered = unnumber(raw.split("\n"))  # a line-numbered transcript: its margin's numbers and page numbers are layout
    lines = unnumbered if unnumbered is not None else raw.split("\n")
    double_spaced = _double_spaced(lines)
    accounts = line_turn_labels(lines, double_spaced)  # "paula alicia leon: …" opening a turn a line: never run on after the turn before
    parts: list[str] = []
    length = 0
    page_starts = [0]
    line_starts: list[int] = []
    line_indents: list[int] = []
    para_break = False  # a paragraph break is pending
    new_page = False  # the next content line starts a page
    prev = ""  # previous content line (stripped), in the current paragraph
    prev_indented = False  # the previous content line began with white space
    prev_opens = False  # the previous content line opened a paragraph (after a blank line)
    prev_heading = False  # the previous content line was cut off as a heading itself ("Chantier 2 – …" / "Recensement…")
    heading_cut = False  # this line's break before it was a heading's

    def emit(s: str) -> None:
        nonlocal length
        parts.append(s)
        length += len(s)

    for line in lines:
        if line == "":
            if not double_spaced:
                para_break = True
            continue
        if not line.strip():
            para_break = True
            continue
        if PAGE_NUMBER.match(line):
            new_page = True
            continue
        if line[0].isspace() and length:
            new_page = True
        content = line.strip()
        if length:
            if para_break and not (TITLE_LINE_END.search(prev) and content[:1].isupper()):
                emit("\n\n")  # (a title is not a paragraph's end: "… and Cllr." / "Kiely advised…" is one sentence)
            elif LIST_ITEM.match(content) or TAG_LINE_START.match(content) or accounts and account_prefix(content) in accounts:
                emit("\n")
            elif TAG_ONLY_LINE.match(prev) or TAG_ONLY_LINE.match(content):
                emit("\n")  # "(1535)" / "[Français]" / "Le deuxième point…": a Hansard's clock and language tags, lines of their own
            elif new_page and BARE_PAGE_NUMBER.match(prev) and content[:1].isupper():
                emit("\n")  # "5" / " Sr. Presidente (Menem).- Solicito…": a PDF page's number over its indented first line
            elif prev_indented and not line[0].isspace() and FIELD_KEY_LINE.match(content):
                emit("\n")  # "  4. Traceability API" / "Organizer:": the header's next key, not the item's last words
            elif ITEM_WORD_LEAD.match(content):
                emit("\n")  # "TRES: La Síndica Municipal… recordó": an item worded as a number opens its own line
            elif record_line(content) or record_line(prev) and content[:1].isupper() and not CONTINUES.search(prev):
                emit("\n")  # "Contre : M. Papin" / "Pour l’Enceinte, Madame X demande…": the tally is no one's sentence
            elif CAPS_LINE.match(prev) and SENTENCE_LINE.match(content) and not CONTINUES.search(prev):
                emit("\n")  # a heading in capitals ("… DEMANDE DE SUBVENTION EAJE" / "Monsieur le Président présente…") ends there
            elif dash_office_label(content) is not None:
                emit("\n")  # "Concejal Ligia Trejos Sánchez-Presidenta Municipal Buenas tardes…": a turn opens here
            elif CHUNK_HEADER.match(content) or CHUNK_HEADER.match(prev):
                emit("\n")  # a transcript piece's header ("[00:01:02 --> 00:01:30]") is a line of its own
            elif _title_over_paragraph(prev, content):
                emit("\n")
            elif (prev_opens or prev_heading) and _heading_line(prev) and content[:1].isupper():
                emit("\n")  # "Planning et modalités de lancement" / "La Banque des Territoires a indiqué…": a heading
                heading_cut = True
            elif PRESENTER_BYLINE.match(prev) and not CARRIES_OVER.search(prev) and content[:1].isupper():
                emit("\n")  # "Par A. Gallais, cf. présentation (pages 13 à 16)" / "Le suivi…": the byline, then the talk
            else:
                m, w = HYPHEN_END.search(prev, max(0, len(prev) - HYPHEN_REACH)), WORD_START.match(content)  # (the line's end only)
                if m and w and not _keeps_hyphen(m.group(1), w.group(1), raw):
                    parts[-1] = parts[-1][:-1]
                    length -= 1
                elif not (m and w):
                    emit(" ")
        if new_page and length:
            page_starts.append(length)
        line_starts.append(length)
        line_indents.append(len(line) - len(line.lstrip()))
        emit(content)
        prev_opens, prev_heading, heading_cut = para_break, heading_cut, False  # (the text's first line: left as before)
        prev, para_break, new_page, prev_indented = content, False, False, line[0].isspace()
    return CleanText("".join(parts), page_starts, line_starts, unnumbered is not None, line_indents)
