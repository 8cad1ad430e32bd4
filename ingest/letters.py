"""Letters and e-mails pasted into a narrated text (a diary, a report): each opens on a greeting, the addressee's
name after it or not ("Buenas tardes Lola, soy Ana Gil…", "Dear Tom,", "Bonjour,"), and ends on a sign-off line
("Gracias de antemano, un saludo.", "Best regards,", "Cordialement,"), a signature line under it or not ("Ana.").
Between them the first person is the letter's writer, not the narrator nor the person the narration last reported.

The writer is the name the letter signs or introduces itself with ("soy Ana Gil", "my name is…", "je suis…"). An
exchange of letters one after the other (nothing but times or blank lines between them) tells the rest: a letter
addressed to the last letter's writer, or to no one, answers it and is from the one that letter addressed; a letter
addressed to someone an earlier letter of the exchange wrote to is from that earlier letter's writer. A letter whose
writer nothing settles stays as the narration left it. A formal letter opens on its address block ("DR. X" /
"DIRECTOR GENERAL" / "P R E S E N T E:", nobody's words) and is signed in capitals a few lines under its sign-off, past
the place and date ("ATENTAMENTE" / "Aguascalientes, a 03 de marzo de 2020" / "M. N. y F. JORGE SILVA ROBLES"). Only
texts without speaker labels, and minutes (the pipeline asks): in a transcript a letter read out is the reader's words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quidit.ingest.lexicon import (
    CLOCK_LINE,
    LABEL_OCCUPATIONS,
    LETTER_ADDRESS_BLOCK,
    LETTER_CAPS_SIGNATURE,
    LETTER_GREETING,
    LETTER_PARAGRAPHS_MAX,
    LETTER_PLACE_DATE,
    LETTER_SELF_NAME,
    LETTER_SIGN_OFF,
    LETTER_SIGNATURE,
    LETTER_SIGNATURE_LINES,
    OFFICE_TITLES,
    PERSON_TITLES,
    fold,
)
from quidit.ingest.names import named_person
from quidit.ingest.records import Cue, Participant, Sentence


@dataclass
class Letter:
    start: int
    end: int
    to: str | None  # the name after the greeting, if any
    writer: str | None  # the name it signs or introduces itself with, if any
    body: int  # where its writer's words start: past a formal address block ("… P R E S E N T E:"), else at its start


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]


def _letters(text: str) -> list[Letter]:
    paras = _paragraphs(text)
    out: list[Letter] = []
    i = 0
    while i < len(paras):
        a, b = paras[i]
        greet = LETTER_GREETING.match(text, a, b)
        if greet is None and LETTER_ADDRESS_BLOCK.fullmatch(text, a, b) is None:
            i += 1
            continue
        close = next((j for j in range(i, min(len(paras), i + LETTER_PARAGRAPHS_MAX))
                      if any(_sign_off(line) for line in text[paras[j][0]:paras[j][1]].split("\n"))), None)
        if close is None:
            i += 1
            continue
        end = paras[close][1]
        lines = text[paras[close][0]:end].split("\n")
        at = next(k for k, line in enumerate(lines) if _sign_off(line))
        signed = _sign_off(lines[at])[1] or next(
            (m.group("name") for line in lines[at + 1:at + 2] if (m := LETTER_SIGNATURE.fullmatch(line.strip()))), None) \
            or _caps_signature(text, paras[close][0] + sum(len(x) + 1 for x in lines[:at + 1]))
        own = LETTER_SELF_NAME.search(text, a, b)  # (in its first paragraph: "soy Ana Gil, alumna…")
        writer = own.group("name") if own else None
        if writer is None or signed is not None and fold(signed).split()[0] != fold(writer).split()[0]:
            writer = signed if writer is None else None  # (a signature that is not the name introduced: unsettled)
        body = paras[i + 1][0] if greet is None and i + 1 < len(paras) else a  # (an address block is nobody's words)
        out.append(Letter(a, end, greet.group("to") if greet else None, writer, body))
        i = close + 1
    return out


def letter_starts(text: str) -> list[int]:
    """Where each pasted letter opens (its greeting or address block): another document begins there."""
    return [x.start for x in _letters(text)]


def _caps_signature(text: str, at: int) -> str | None:
    """A formal signature in capitals a few lines under the sign-off that ends at `at`, past the place and date and a
    motto ("M. N. y F. JORGE SILVA ROBLES JEFE DEL DEPARTAMENTO…"): the name's words up to an office word, two to
    five, in title case; None when none stands there."""
    lines = [line.strip() for line in text[at:].split("\n") if line.strip()][:LETTER_SIGNATURE_LINES]
    for line in lines:
        m = LETTER_CAPS_SIGNATURE.fullmatch(line)
        if m is None:
            continue
        words: list[str] = []
        for w in m.group("words").split():
            if fold(w) in OFFICE_TITLES or fold(w) in PERSON_TITLES or fold(w) in LABEL_OCCUPATIONS:
                break
            words.append(w)
        return " ".join(words).title() if 2 <= len(words) <= 5 else None
    return None


def _sign_off(line: str) -> tuple[bool, str | None] | None:
    """The line signs off (and the name signed on the same line, "Un saludo. Ana.", if any), or None."""
    m = LETTER_SIGN_OFF.match(line.strip())
    if m is None:
        return None
    rest = line.strip()[m.end():].strip()
    if not rest or LETTER_PLACE_DATE.fullmatch(rest):  # ("ATENTAMENTE Aguascalientes, Ags., a 03 de marzo de 2020")
        return True, None
    sig = LETTER_SIGNATURE.fullmatch(rest)
    return (True, sig.group("name")) if sig else None


def _same(a: str | None, b: str | None) -> bool:
    """One person: the same name, or one's first name the other's ("Ana" and "Ana Gil")."""
    if not a or not b:
        return False
    fa, fb = fold(a).split(), fold(b).split()
    return fa == fb or fa[0] == fb[0] and (len(fa) == 1 or len(fb) == 1)


def _between(text: str, a: int, b: int) -> bool:
    """Nothing but blank lines and times ("11:00") between two letters: one exchange."""
    return all(not line.strip() or CLOCK_LINE.match(line.strip()) for line in text[a:b].split("\n"))


def _exchange(text: str, letters: list[Letter]) -> None:
    """Fill in the writers an exchange of letters settles (see the module's docstring)."""
    for k in range(1, len(letters)):
        cur, prev = letters[k], letters[k - 1]
        if cur.writer is not None or not _between(text, prev.end, cur.start):
            continue
        if prev.writer is not None and prev.to is not None and (cur.to is None or _same(cur.to, prev.writer)):
            cur.writer = prev.to  # the answer to the last letter, from the one it addressed
            continue
        earlier = k - 1
        while earlier > 0 and _between(text, letters[earlier - 1].end, letters[earlier].start):
            earlier -= 1
        if cur.to is not None:
            wrote = {fold(x.writer) for x in letters[earlier:k] if x.writer and _same(x.to, cur.to)}
            if len(wrote) == 1:
                cur.writer = next(x.writer for x in letters[earlier:k] if x.writer and _same(x.to, cur.to))


def pasted_letters(text: str, sentences: list[Sentence], participants: list[Participant]) -> int:
    """Give each pasted letter's sentences to its writer; how many sentences changed."""
    letters = _letters(text)
    if not letters:
        return 0
    _exchange(text, letters)
    for x in letters:  # full names first, so that a first name resolves to them
        if x.writer is not None:
            x.writer = named_person(x.writer, participants).name
    changed = 0
    for x in letters:
        if x.writer is None:
            continue
        for st in sentences:
            if x.body <= st.start and st.end <= x.end and st.speaker != x.writer:
                st.speaker, st.cue = x.writer, Cue.QUOTE
                changed += 1
    return changed
