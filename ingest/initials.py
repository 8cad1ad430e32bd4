"""Initials an attendance list defines for its people ("Pam Bullas (PB), Claire Cann (CC) – Chair", "JR – Jane Roe",
"Mme Anne Martin (AM)", "Sra. Ana Gil (AG)"). Minutes written so name each member by the initials alone afterwards
("CC noted that…", "PK reported…"): the initials join the person's labels (`ingest.minutes.read_attendance`), and a
word that is exactly one present person's initials is a mention of that person (`holder`, read by `find_mentions`).
Initials count only when they fit the name they stand beside, so an organisation's acronym in brackets ("Jane Roe
(ACME)") or a word such as "AOB", "TBC" or "CC" (carbon copy) names nobody. Minutes whose list gives full names only
and whose prose still opens turns with initials ("JR noted that…") adopt them as a convention (`adopt`). A list of
surnames ("Present: Cohen (AMC), Kohlhase (MK)") names its people in full where the prose writes a given name before
a surname and the initials start with its letter ("Michael Kohlhase spoke to…", "Till Mossakowski (TM)": `given_names`).
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    ENTRY_INITIALS,
    ENTRY_TITLE_AFTER,
    GIVEN_NAME_WORD,
    INITIALS_FIRST_ENTRY,
    INITIALS_OPENING,
    INITIALS_PROSE_MIN,
    INITIALS_THEN_NAME,
    INITIALS_WORD,
    LABEL_TITLES,
    PARTICLES,
    SPEECH_VERB,
    fold,
)
from quidit.ingest.records import Participant


def name_initials(name: str) -> set[str]:
    """"Olaoluwa Osuntokun" -> {"OO"}; "Jean-Yves Le Bouillonnec" -> {"JLB", "JYLB"}; "Shu-yu Guo" -> {"SG", "SYG"}:
    the initials a name may go by in full (capitalised words only, so particles drop out)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w[:1].isupper()]
    return {"".join(w[0] for w in words).upper(),
            "".join(x[0] for w in words for x in w.split("-") if x[:1].isupper()).upper(),
            "".join(x[0] for w in words for x in w.split("-") if x[:1].isalpha()).upper()}  # "Shu-yu Guo" -> "SYG"


def fits(abbr: str, name: str, strict: bool = False) -> bool:
    """Whether initials can stand for a name: they open with the first name's initial and hold the surname's initial
    after it ("PB" for Pam Bullas, "MBS" for Myles Borins, "JYLB" for Jean-Yves Le Bouillonnec; not "ACME" for Jane
    Roe, nor "ARM" for Anne Lee). `strict`: exactly the name's initials (`name_initials`), for a label that has no
    list beside it to vouch for it ("MB" fits Myles Borins loosely, only "MB" fits him strictly, not "MBS"). A surname
    alone, as an academic society's attendance list writes it ("Present: Cohen (AMC), Davenport (JHD)"), is fitted by
    initials that end with its initial (not "ACME" for Roe)."""
    if strict:
        return abbr in name_initials(name)
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w and w.lower() not in PARTICLES and w[:1].isalpha()]
    if len(words) == 1 and 2 <= len(abbr) <= 4:  # a list of surnames: "Cohen (AMC)", "Davenport (JHD)"
        return fold(abbr[-1]).upper() == fold(words[0][0]).upper()
    if len(words) < 2 or not 2 <= len(abbr) <= 4:
        return False
    first, last = fold(words[0][0]).upper(), fold(words[-1][0]).upper()
    return fold(abbr[0]).upper() == first and last in fold(abbr[1:]).upper()


def split_entries(entry: str) -> list[str]:
    """One attendance entry cut where bracketed initials run into the next entry's name with no comma between
    ("Lorraine Hunt (LH) Pam Walker (PW)" -> "Lorraine Hunt (LH)", "Pam Walker (PW)")."""
    out, at = [], 0
    for m in INITIALS_THEN_NAME.finditer(entry):
        out.append(entry[at:m.end()].strip())
        at = m.end()
    out.append(entry[at:])
    return out


def initials_first(entry: str) -> tuple[str | None, str]:
    """("JR", "Jane Roe") for an entry written "JR – Jane Roe"; (None, entry) for any other."""
    m = INITIALS_FIRST_ENTRY.match(entry)
    if m is None:
        return None, entry
    return m.group("abbr"), m.group("name").strip(" .")


def bracketed(entry: str) -> str | None:
    """The initials in brackets after the entry's name ("Pam Bullas (PB)" -> "PB"), else None."""
    m = ENTRY_INITIALS.search(entry)
    return m.group("abbr") if m is not None else None


def title_after(entry: str) -> str | None:
    """The words after the entry's name and a dash ("Claire Cann (CC) – Chair" -> "Chair"), else None."""
    m = ENTRY_TITLE_AFTER.search(entry)
    return m.group("title").strip(" .") if m is not None else None


def holder(word: str, participants: list[Participant]) -> Participant | None:
    """The one present participant who goes by these initials (a label the attendance list gave them, fitting their
    name); None when the word is no one's initials or several people's."""
    if not INITIALS_WORD.fullmatch(word):
        return None
    found = [p for p in participants if p.session_role != "absent" and word in p.labels and fits(word, p.name)]
    return found[0] if len(found) == 1 else None


def mentions(seg: str) -> list[re.Match]:
    """The words of a sentence that may be initials ("CC", "PK"); `holder` says whose, if anyone's."""
    return list(INITIALS_WORD.finditer(seg))


def exact(name: str) -> set[str]:
    """The initials a full name goes by, every capitalised word's first letter ("Jane Roe" -> {"JR"}; "Jean-Yves Le
    Bouillonnec" -> {"JLB", "JYLB"}): the strict fit for initials no list defines."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2:
        return set()
    return {"".join(fold(w[0]).upper() for w in words),
            "".join(fold(x[0]).upper() for w in words for x in w.split("-") if x[:1].isupper())}


def adopt(text: str, listed: list[Participant]) -> int:
    """Minutes whose list gives full names only ("Present: Jane Roe, Bob Lane, Kim Stone") and whose prose names the
    members by initials all the same ("JR noted that…", "BL reported…"): initials that open a line or a sentence with
    a speech verb right after them, and are exactly one listed person's (`exact`), join that person's labels. Only as a
    convention: at least INITIALS_PROSE_MIN different people named so, and never where the list defines its own
    initials. Return how many were adopted."""
    present = [p for p in listed if p.session_role != "absent" and len(p.name.split()) >= 2]
    if len(present) < INITIALS_PROSE_MIN or any(INITIALS_WORD.fullmatch(lab) for p in present for lab in p.labels):
        return 0
    found: dict[str, Participant] = {}
    for m in INITIALS_OPENING.finditer(text):
        abbr = m.group("abbr")
        if abbr in found or SPEECH_VERB.match(text, m.end()) is None:
            continue
        fit = [p for p in present if abbr in exact(p.name)]
        if len(fit) == 1:
            found[abbr] = fit[0]
    if len({id(p) for p in found.values()}) < INITIALS_PROSE_MIN:
        return 0
    for abbr, p in found.items():
        p.labels.append(abbr)
    return len(found)


def given_names(text: str, participants: list[Participant]) -> int:
    """Surname-only entries of a list with their initials ("Kohlhase (MK)") take the full name the text writes for
    them: a capitalised given name right before the surname whose letter opens the initials ("Michael Kohlhase" for
    MK; not "Dr Kohlhase", a title, nor "Mark Kohlhase" and "Max Kohlhase" both written: no guess). The surname stays
    a label. Return how many were named so."""
    named = 0
    for p in participants:
        if " " in p.name.strip() or p.session_role == "absent":
            continue
        abbrs = [lab for lab in p.labels if INITIALS_WORD.fullmatch(lab) and fits(lab, p.name)]
        if not abbrs:
            continue
        given = {m.group(1) for m in re.finditer(rf"{GIVEN_NAME_WORD}[ \t]+{re.escape(p.name)}(?![\w’'-])", text)
                 if fold(m.group(1)).rstrip(".") not in LABEL_TITLES
                 and any(fold(m.group(1)[0]).upper() == fold(a[0]).upper() for a in abbrs)}
        if len(given) != 1:
            continue
        surname = p.name
        p.name = f"{given.pop()} {surname}"
        if surname not in p.labels:
            p.labels.append(surname)
        named += 1
    return named
