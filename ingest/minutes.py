"""Attendance lists of minutes ("Présents : …", "Absents excusés : …", "SEÑORES ASISTENTES:", "Present", "Apologies")
read as participants: present people can be resolved by surname later; absent people and proxies are listed with
session role "absent", so they are never taken for a speaker."""
from __future__ import annotations

import re

from quidit.ingest.initials import bracketed, fits, initials_first, split_entries, title_after
from quidit.ingest.labels import Line, LineKind, attendance_tail
from quidit.ingest.lexicon import (
    APPOSED_TITLE_WORDS,
    ATTENDANCE,
    ATTENDANCE_ABSENT,
    ATTENDANCE_COLUMN,
    ATTENDANCE_MARK_NO,
    ATTENDANCE_MARK_YES,
    ATTENDANCE_ROLE_HEADING,
    ATTENDANCE_SUBLIST,
    BOXED_NAME,
    BULLET_AFFILIATION,
    CHECKBOX_ENTRY,
    DESCRIBED_ENTRY,
    END_OF_LIST,
    ENTRY_JOIN_LEAD,
    ENTRY_TITLE_LEAD,
    HONORIFIC_RE,
    HONORIFICS,
    ITEM_LEAD,
    ITEM_LEADS_MIN,
    LIST_JOIN_INSIDE,
    LIST_JOIN_LEAD,
    LIST_SPLIT,
    LOWER_HANDLE_LABEL,
    MARKED_ROWS_MIN,
    MEETING_CLOCK,
    MINUTES_TITLE,
    NAME_COLUMN,
    NAME_DASH_TITLE,
    NICK_WORD,
    NOT_SPEAKERS,
    OFFICE_TITLES,
    ORG_FOLDED,
    PARTICLES,
    PLURAL_HONORIFICS,
    PRESENCE_LIST,
    PRESENCE_SENTENCE,
    PROXY,
    PROXY_TO,
    QUOTED_NICK,
    REPORT_SELF,
    ROLE_ENTRY,
    ROSTER_NAME_COLUMN_WORDS,
    ROSTER_OTHER_COLUMN_WORDS,
    SCRIBE_NICK,
    SEMICOLON_COMMA_SHARE,
    SEMICOLON_ENTRIES_MIN,
    SENTENCE_LINE_END,
    SIGNATURE_HONORIFIC,
    SIGNATURE_LEAD,
    SIGNATURE_NAMES,
    SIGNATURE_ROLE_WORDS,
    SPEECH_UNDER_WORDS,
    STANDS_FOR,
    SURNAME_FIRST_ENTRY,
    SURNAME_FIRST_LIST_MIN,
    SURNAME_FIRST_NAMED_MIN,
    TABLE_CELL_GAP,
    TABLE_RULE_ROW,
    WRAPPED_LIST_COMMAS,
    Role,
    fold,
    role_in,
    role_of,
)
from quidit.ingest.names import fuller, nick_name, resolve, trim_name
from quidit.ingest.records import Participant


def minutes_cue(text: str) -> str | None:
    """What shows a text is a meeting's own record: a title word in its opening ("Procès-verbal", "Board Meeting
    Minutes"; not an author's "mon compte-rendu" of talks), else a line giving the meeting's clock ("Début de la réunion
    à 18 h 07", "Meeting started at 7:02 pm"); None when neither is there."""
    head = text[:600]
    title = MINUTES_TITLE.search(head)
    if title is not None and REPORT_SELF.search(head) is None:
        return title.group(0)
    clock = MEETING_CLOCK.search(text)
    return clock.group(0).strip() if clock is not None else None


def _name(entry: str, nicks: bool = False) -> tuple[str | None, str | None]:
    """(name, gender) of one entry: honorifics stripped, "SURNAME Firstname" turned round; None if not a name.
    With `nicks` (scribe minutes list IRC nicks), a one-word entry in any case is a name ("dom", "NellWaliczek",
    read "Nell Waliczek")."""
    entry = re.sub(r"^(?:[*•▪◦-]|\d{1,3}[.)](?=\s))\s*", "", entry.strip()).split("(")[0].strip(" .:-–")  # ("12. Ana Gil")
    if nicks and SCRIBE_NICK.match(entry) and fold(entry) not in NOT_SPEAKERS and fold(entry) not in HONORIFICS:
        return nick_name(entry), None
    if SCRIBE_NICK.match(entry) and len(NICK_WORD.findall(entry)) >= 2 and nick_name(entry) != entry:
        return nick_name(entry), None  # a wiki name in a list, "DanielMoisset": Daniel Moisset
    entry = re.sub(r"^((?:[A-Za-zÑñª]{1,4}\.)+)(?=\w)", r"\1 ", entry)  # "DÑA.MARIA" -> "DÑA. MARIA"
    words = entry.split()
    gender = None
    while words and (fold(words[0]) in HONORIFICS or fold(words[0]).rstrip(".") + "." in HONORIFICS
                     or words[0].lower() in HONORIFICS or words[0].lower() in PLURAL_HONORIFICS):
        w = words.pop(0).lower()
        gender = HONORIFICS.get(w) or PLURAL_HONORIFICS.get(w) or gender
    if not 1 <= len(words) <= 6 or re.search(r"\d", entry) or fold(" ".join(words)) in NOT_SPEAKERS:
        return None, gender
    if len(words) >= 3 and _office_word(words[-1]) and words[-2].lower() not in PARTICLES:
        words = words[:-1]  # "M.CHARRIER Jean-Paul Maire", "M.BERNARD Bruno Délégué": the office after the name
    if len(words) == 1 and (role_of(words[0]) is not None or _office_word(words[0])):
        return None, gender  # "M. Georges X, Maire", "A, B, C, Adjoints": the office after the names, not a person
    if not all(w[0].isupper() or w.lower() in PARTICLES or QUOTED_NICK.fullmatch(w) and 0 < k < len(words) - 1
               for k, w in enumerate(words)):
        return None, gender  # (a quoted nickname between the given name and the surname: "Terence ‘Tex’ McCutcheon")
    if len(words) >= 2 and words[0].isupper() and len(words[0]) > 1 and not any(w.isupper() for w in words[1:]) \
            and not re.fullmatch(r"(?:[^\W\d_]\.-?)+", words[0]):
        words = words[1:] + words[:1]  # "LASSERRE Danièle" -> "Danièle LASSERRE" (an initial, "J. Smith", stays first)
    name = " ".join(words)
    return (name.title() if name.isupper() and len(words) >= 2 else name), gender


def _comma_dropped(entry: str, participants: list[Participant]) -> list[str]:
    """An entry of two words that are each a one-word name the lists already gave ("Lindqvist Brandauer" in a second
    roll call, where the first listed "Lindqvist" and "Brandauer"): the typist dropped the comma between two members."""
    words = entry.split()
    if len(words) == 2 and all(w[:1].isupper() and any(fold(p.name) == fold(w) for p in participants) for w in words):
        return words
    return [entry]


def _office_word(word: str) -> bool:
    """An office title, singular or plural: "Maire", "Adjoints", "CONCEJALES", "Councillors"."""
    w = fold(word.strip(" .:"))
    return " " not in w and any(x in OFFICE_TITLES for x in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w))


def read_attendance(text: str, units: list[Line], participants: list[Participant], nicks: bool = False,
                    skip: list[tuple[int, int]] | None = None) -> int:
    """Add the people of every attendance block to `participants`; return how many were read. `nicks`: the
    entries are IRC nicks (scribe minutes), so one-word entries in lower case are people too. `skip`: spans already
    read (`read_surname_first_list`)."""
    added = 0
    absent = False
    gender: str | None = None
    role = None
    this_list: set[int] = set()  # the people the current attendance block has named
    # "oli: …" lines: lower-case handles that speak (each line on its own: the cleaning joins a paragraph's lines)
    handles = {m.group(1) for u in units if (m := LOWER_HANDLE_LABEL.match(text[u.start:u.end]))}
    blocks: list[str] = []
    for u in units:
        if u.kind != LineKind.ATTENDANCE:
            continue
        line = text[u.start:u.end]
        tail = attendance_tail(line) if not ATTENDANCE.match(line) else None
        line = line[tail:] if tail is not None else line  # "… cotisation. Sont présents :": the heading on
        if skip and any(a < u.end and u.start < b for a, b in skip):
            line = ATTENDANCE.match(line).group(0) if ATTENDANCE.match(line) else ""  # the heading only: a new block
            if not line:
                continue
        blocks.extend(_inner_blocks(line))
    unboxed: bool | None = None  # the block's `absent`, while one check-box entry overrides it
    past_names = False  # a table's other column began ("Organisme"): its cells are no people
    for line in _wrapped_entries(blocks):
        boxed: tuple[str, str] | None = None
        if unboxed is not None:
            absent, unboxed = unboxed, None
        head = ATTENDANCE.match(line)
        if head:
            absent = bool(ATTENDANCE_ABSENT.search(head.group(0)))
            line = line[head.end():]
            gender, role = None, None
            this_list = set()
            past_names = False
        columns = fold(line.strip(" \t:*-")).split()
        if columns and all(w in ROSTER_NAME_COLUMN_WORDS | ROSTER_OTHER_COLUMN_WORDS for w in columns):
            past_names = past_names or any(w in ROSTER_OTHER_COLUMN_WORDS for w in columns)
            continue  # "Nom Prénom" over the names; "Organisme" / "Présent Excusé" over the other columns
        if past_names:
            continue
        elif ATTENDANCE_ROLE_HEADING.match(line):  # "Chair" on its own line, the chair's name on the next
            absent, gender, role = False, None, role_of(line.strip().rstrip(":").rstrip("sS"))
            continue
        elif ATTENDANCE_SUBLIST.match(line):  # "On IRC, and call:": the same list goes on
            continue
        box = CHECKBOX_ENTRY.match(line)
        if box is not None:  # "* [ ] Bill Roberts, Adobe": listed, not there; "* [x] Gordon Bradley, Autodesk": there
            ticked = (box.group("mark") or "").strip() or (box.group("glyph") or "☐") in "☑☒"
            unboxed, absent = absent, absent or not ticked
            entry = line[box.end():]
            named = BOXED_NAME.match(entry)
            boxed = (named.group(1), named.group(2).strip()) if named else None  # one person a box, whatever the commas
            line = "- " + entry
        if not absent and ROLE_ENTRY.search(line):  # "Chair: David Ackerman Treasurer: Charlie Leonhardt"
            parts = ROLE_ENTRY.split(line)
            line = parts[0]
            for title, value in zip(parts[1::2], parts[2::2]):
                added += _officer(title, value, participants)
        bullet = BULLET_AFFILIATION.match(line)  # "- Heather Miller, EPFL": the name, then where the person is from
        affiliation = bullet.group(2).strip(" .") if bullet and not LIST_JOIN_INSIDE.search(bullet.group(2)) \
            and PROXY.search(line) is None else None
        semi = None if affiliation else _semicolon_entries(line)
        pairs = [boxed] if boxed else [(bullet.group(1), affiliation)] if affiliation else semi if semi is not None else [
            (x, None) for e in LIST_SPLIT.split(line) for y in split_entries(e) for x in _comma_dropped(y, participants)]
        for entry, entry_affiliation in pairs:
            entry = LIST_JOIN_LEAD.sub("", entry)  # "…, and Claire Williams (CW)"
            if not entry.strip():
                continue
            abbr, entry = initials_first(entry)  # "JR – Jane Roe"
            abbr = abbr or bracketed(entry)  # "Pam Bullas (PB)"
            after = title_after(entry) if abbr else None  # "Claire Cann (CC) – Chair"
            entry = entry[:len(entry) - len(after) - 1].rstrip(" –—-") if after and role_of(after) is not None else entry
            dashed = NAME_DASH_TITLE.fullmatch(entry) if not abbr else None  # "Randy Marx - Board President"
            if dashed is not None:
                entry, after = dashed.group("name"), dashed.group("title").strip()
            proxy = PROXY.search(entry)
            if proxy:
                _proxy_holder(entry[proxy.end():], participants)
                entry = entry[:proxy.start()]
            sub = re.match(r"^\s*([^:]{2,40}):\s*(.*)$", entry)
            if sub and re.match(rf"(?:{HONORIFIC_RE})\s", sub.group(2)) and role_of(sub.group(1).split("-")[0]) is None \
                    and not ATTENDANCE_ROLE_HEADING.match(sub.group(1)) and not _office_word(sub.group(1)):
                entry, sub = sub.group(2), None  # "Cerelles : M. Poulle Guy": the commune (or group) the member sits for
            if sub and (role_of(sub.group(1).split("-")[0]) is not None or ATTENDANCE_ROLE_HEADING.match(sub.group(1))
                        or _office_word(sub.group(1))) \
                    or sub and not sub.group(2):  # "Scribe: Bob Stone" names Bob Stone; "CONCEJALES: Dª Ana …" too
                role = role_of(sub.group(1).split("-")[0]) if sub else None  # "ALCALDE-PRESIDENTE:", "CONCEJALES:"
                absent = absent and role is None  # "Absente : - X" then "Secrétaire : Y": the session's officer is there
                entry = sub.group(2)
                if not entry.strip():
                    continue
            plural = entry.split()[0].lower() if entry.split() else ""
            if plural in PLURAL_HONORIFICS:
                gender = PLURAL_HONORIFICS[plural]
            bullet_nick = re.match(r"^\s*[*•▪◦-]\s*[a-z][\w-]{1,30}\s*$", entry) is not None  # "* alecu": a nick in a list
            handle = entry.strip() in handles and fold(entry.strip()) not in NOT_SPEAKERS  # "…, oli, …" and "oli: …"
            name, g = _name(entry, nicks or bullet_nick or handle)
            if name is None and (described := DESCRIBED_ENTRY.match(entry)) is not None:
                name, g = _name(described.group(1))  # "… dont représentant la mairie : Jean Roe": the name after the colon
                name = name if name is not None and len(name.split()) >= 2 else None
            if name is None:
                continue
            g = g if g in ("m", "f") else gender
            p = None if absent else resolve(name, participants, g) or fuller(name, participants, g)
            if p is not None and id(p) in this_list and fold(p.name) != fold(name):
                p = None  # a list names each person once: "Anne-Marie, …, Marie" are two people, not Anne-Marie twice
            if p is None:
                p = Participant(name=name, gender=g, in_roster=False, session_role="absent" if absent else None)
                participants.append(p)
                added += 1
            elif p.name.islower() and fold(p.name) == fold(name) and not name.islower():
                p.name = name  # "ada" in the present list, "Ada" under "Chair": the capitalised form
            tagged = re.search(r"\(([^()]{2,30})\)", entry)  # "shepazu (chair)"
            own = role_of(tagged.group(1)) if tagged else None
            title = tagged.group(1).strip() if tagged else ""
            office = entry.split()[-1].strip(" .") if len(entry.split()) >= 3 else ""
            if office and fold(office) in OFFICE_TITLES and fold(office) not in fold(name).split() and not absent:
                own, p.role = own or role_of(office), p.role or office  # "M.CHARRIER Jean-Paul Maire": the mayor
            if not absent and p.role is None and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ-]{3,}", title) and fold(title) not in ORG_FOLDED:
                p.role = title  # "Bob Jones (Treasurer)": "The Treasurer noted…" is him
            if abbr and fits(abbr, p.name) and abbr not in p.labels:
                p.labels.append(abbr)  # the minutes may name them by the initials alone: "CC noted that…"
            if after and (titled := role_of(after)) is not None and not absent:
                own = own or titled
                p.role = p.role or after
            elif dashed is not None and not absent:
                p.role = p.role or after  # "Tom R. Gray - General Manager": "General Manager Gray reported…" is him
            this_list.add(id(p))
            if (own or role) is not None and not absent and p.session_role in (None, "speaker"):
                p.session_role = (own or role).value
            if p.gender is None:
                p.gender = g
            if entry_affiliation and p.organization is None and p.role is None:
                if role_of(entry_affiliation) is None:
                    p.organization = entry_affiliation
                else:
                    p.role = entry_affiliation  # "- Jon Pretty, chairperson"
    return added


def _wrapped_entries(blocks: list[str]) -> list[str]:
    """The lines of attendance blocks with an entry cut by a hard wrap joined again: a comma list of at least
    WRAPPED_LIST_COMMAS commas whose line ends without a comma ("…, M. JALON" / "Benjamin Délégué, Mme PÉROT…") goes on
    in the next line when that line is more of the list, not a new heading (a list of one "Name, Organisation" a line
    has one comma a line)."""
    out: list[str] = []
    for line in blocks:
        prev = out[-1] if out else ""
        if prev.count(",") >= WRAPPED_LIST_COMMAS and prev.rstrip()[-1:] not in ",;.:" and not ATTENDANCE.match(line) \
                and not ATTENDANCE_ROLE_HEADING.match(line) and not CHECKBOX_ENTRY.match(line) \
                and ("," in line or line.rstrip().endswith(".")):
            out[-1] = prev.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return out


def surname_first_entries(text: str, participants: list[Participant]) -> int:
    """Turn round the list entries written surname first in title case ("M. Bigot Patrick", "Mme Denis Isabelle", as
    French lists often put them) where the text shows which word is the surname: it writes the honorific before the
    first word ("M. Bigot souligne…") and never before the last, or writes the two words the other way round
    ("Isabelle Denis souligne…"). "Patrick Bigot" is then the name, "Bigot Patrick" a label. Return how many."""
    turned = 0
    for p in participants:
        words = p.name.split()
        if len(words) != 2 or p.in_roster or not all(w[:1].isupper() and not w.isupper() for w in words):
            continue
        first, last = (re.escape(w) for w in words)
        # the honorific before one word, the other word not after it ("M. Bigot souligne", not the list's "M. Bigot Patrick")
        alone = lambda w, other: re.search(rf"(?<![\w’'])(?:{HONORIFIC_RE})[ \t]+{w}(?![\w’'-])(?![ \t]+{other})", text)  # noqa: E731
        reversed_ = re.search(rf"(?<![\w’'-]){last}[ \t]+{first}(?![\w’'-])", text, re.I)  # ("Antoine TRYSTRAM" too)
        if reversed_ is None and not (alone(first, last) and not alone(last, first)):
            continue
        p.labels.append(p.name)
        p.name = f"{words[1]} {words[0]}"
        turned += 1
    return turned


def _semicolon_entries(line: str) -> list[tuple[str, str | None]] | None:
    """The (name, affiliation) entries of a list that parts its people with semicolons and each person from their
    organisation with a comma ("Robin Alden, Comodo CA; Don Sheehy, WebTrust/CPA Canada; …"), or None for a list
    written otherwise (a comma list, "Smith, Jones; apologies: Lee" once)."""
    parts = [x.strip() for x in line.split(";") if x.strip()]
    if len(parts) < SEMICOLON_ENTRIES_MIN or sum("," in x for x in parts) < SEMICOLON_COMMA_SHARE * len(parts):
        return None
    out: list[tuple[str, str | None]] = []
    for x in parts:
        name, _, org = x.partition(",")
        out.append((name.strip(), org.strip(" .") or None))
    return out


def _inner_blocks(line: str) -> list[str]:
    """An attendance line cut before each further attendance heading it runs into ("… Parish Clerk: Peter King In
    attendance: four members of the public."; "Présents : … Excusés : …"): each part is read as a block of its own.
    Only headings that end in a colon count inside a line, at the start of a capitalised word."""
    if len(line) > 2000:
        return [line]
    cuts = [m.start() for m in re.finditer(r"(?<=\s)[A-ZÀ-Ý]", line)
            if (h := ATTENDANCE.match(line[m.start():m.start() + 120])) is not None and h.group(0).rstrip().endswith(":")]
    bounds = [0] + cuts + [len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]


def read_officer_labels(text: str, units: list[Line], participants: list[Participant]) -> int:
    """A "Title: Name" line read as a speaker's turn whose words are only the name of one listed person ("Facilitator:
    TC" under "Meeting roles", after the members' list that names TC; "Moderator: Ana Gil"): the meeting's officers,
    not a turn. The line joins the attendance and the person takes the title as role. A title over words that name
    nobody listed ("Chair: Agreed", "Moderator: Okay") stays a turn. Return how many lines were read so."""
    listed = [p for p in participants if p.session_role != "absent"]
    read = 0
    for u in units:
        if u.kind != LineKind.LABEL or not listed:
            continue
        line = text[u.start:u.end].strip()
        m = ROLE_ENTRY.match(line)
        value = line[m.end():].strip().rstrip(".") if m is not None else ""
        if not value or len(value.split()) > 4 or re.search(r"[,;:!?]", value):
            continue
        p = resolve(value, listed, None)
        if p is None:
            continue
        u.kind, u.label, u.body = LineKind.ATTENDANCE, None, None
        _officer(m.group(1), p.name, participants)
        read += 1
    return read


def read_attendance_table(text: str, participants: list[Participant]) -> int:
    """An attendance table, one row per person with cells that say whether they attended ("Yes\tNo\tJane Roe\tACME",
    one cell per day): the name after the marks is a participant, present when any mark says so, else absent. A
    stand-in ("Bob Lee for Jane Roe") is the one who attended. Return how many were added."""
    added = 0
    for line in text.split("\n"):
        if "\t" not in line:
            continue
        cells = [c.strip() for c in line.split("\t")]
        k = 0
        while k < len(cells) and fold(cells[k]).strip(" .") in ATTENDANCE_MARK_YES | ATTENDANCE_MARK_NO:
            k += 1
        if k == 0 or k >= len(cells):
            continue
        present = any(fold(c).strip(" .") in ATTENDANCE_MARK_YES for c in cells[:k])
        entry = STANDS_FOR.split(cells[k])[0]
        name, g = _name(entry)
        if name is None or len(name.split()) < 2:
            continue
        p = resolve(name, participants, g)
        if p is None:
            participants.append(Participant(name=name, gender=g, in_roster=False,
                                            session_role=None if present else "absent"))
            added += 1
    return added


def read_marked_rows(text: str, line_starts: list[int], participants: list[Participant]) -> int:
    """A members table with no header row, each row a name, then the organisation, then a mark when the member came
    ("Chris Ferris | IBM | Yes", "Satoshi Oshima | Hitachi" for one who did not): a block of `MARKED_ROWS_MIN` rows or
    more, cells apart by a pipe or a tab, each opening with a name of two words or more, at least two of them ending in
    an attendance mark. A row whose last cell is no "yes" mark is an absent member's. Return how many were added."""
    added = 0
    block: list[list[str]] = []
    ends = line_starts[1:] + [len(text)]
    for line in [text[a:b].strip() for a, b in zip(line_starts, ends)] + [""]:  # the file's lines: cleaning joined them
        cells = [c.strip() for c in re.split(r"\t|\s\|\s", line.strip(" |"))] if ("|" in line or "\t" in line) else []
        if len(cells) >= 2 and len(line) <= 200:
            block.append(cells)
            continue
        marked = sum(1 for c in block if fold(c[-1]).strip(" .") in ATTENDANCE_MARK_YES | ATTENDANCE_MARK_NO)
        headed = bool(block) and fold(block[0][0]).strip(" .:") in NAME_COLUMN  # "Name | Attendance | …": `read_name_column_table`
        if len(block) >= MARKED_ROWS_MIN and marked >= 2 and not headed:
            for cells in block:
                name, g = _name(cells[0])
                if name is None or len(name.split()) < 2 or resolve(name, participants, g) is not None:
                    continue
                came = fold(cells[-1]).strip(" .") in ATTENDANCE_MARK_YES
                participants.append(Participant(name=name, gender=g, in_roster=False, session_role=None if came else "absent"))
                added += 1
        block = []
    return added


def read_item_leads(text: str, line_starts: list[int], participants: list[Participant]) -> int:
    """Agenda items that name their lead in brackets ("- Architecture WG (Ram Jagadeesan)", "- Whitepaper WG" over
    "(Dave Voell)"): each lead is a participant, where ITEM_LEADS_MIN items name one so, the meeting's people the
    labels and handles then resolve to ("ChristopherA:" for "Identity WG (Christopher Allen)"). Return how many were
    added."""
    ends = line_starts[1:] + [len(text)]
    lines = [text[a:b].rstrip() for a, b in zip(line_starts, ends)]
    names: list[str] = []
    for k, line in enumerate(lines):
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        joined = f"{line} {nxt}" if nxt.startswith("(") and nxt.endswith(")") and "(" not in line else line
        m = ITEM_LEAD.fullmatch(joined)
        if m is not None and not any(fold(w) in ATTENDANCE_MARK_NO for w in m.group("name").split()):
            names.append(" ".join(m.group("name").split()))
    if len(names) < ITEM_LEADS_MIN:
        return 0
    added = 0
    for name in dict.fromkeys(names):
        given, surname = fold(name).split()[0], fold(name).split()[-1]
        if resolve(name, participants) is None and not any(  # "(Dave Voell)" beside the listed David Voell: the same man
                len(ws := fold(p.name).split()) >= 2 and ws[-1] == surname and ws[0][:1] == given[:1] for p in participants):
            participants.append(Participant(name=name, in_roster=False))
            added += 1
    return added


def read_name_column_table(text: str, line_starts: list[int], participants: list[Participant]) -> int:
    """An attendance table in columns under a header row whose first cell names the column of people ("Name
    Company/Project/Role  Attendance" over "Alberto Contreras  Canonical / Server  In person"; "| Nom | Rôle |";
    cells apart by a tab, two spaces or more, or a pipe): each row's first cell that is a name of two words or more is
    a participant, absent when a cell says so ("Absent", "Apologies"). The table ends at the first line that is not a
    row. Return how many were added."""
    added = 0
    reading = False
    came: int | None = None  # the header's attendance column, if it has one
    ends = line_starts[1:] + [len(text)]
    for a, b in zip(line_starts, ends):
        line = text[a:b].strip()
        if b - a > 400:
            reading = False
            continue
        cells = [c.strip() for c in TABLE_CELL_GAP.split(line.strip(" |")) if c.strip()]
        if not reading:
            reading = len(cells) >= 2 and fold(cells[0]).strip(" .:") in NAME_COLUMN
            came = next((k for k, c in enumerate(cells) if fold(c).strip(" .:") in ATTENDANCE_COLUMN), None) if reading else None
            continue
        if TABLE_RULE_ROW.match(line):
            continue
        if len(cells) < 2:
            reading = False
            continue
        name, g = _name(cells[0])
        if name is None or len(name.split()) < 2:
            continue
        marks = cells[came:came + 1] if came is not None and len(cells) > came else cells[1:]
        absent = any(fold(c).strip(" .") in ATTENDANCE_MARK_NO for c in marks)
        if resolve(name, participants, g) is None:
            participants.append(Participant(name=name, gender=g, in_roster=False, session_role="absent" if absent else None))
            added += 1
    return added


def read_surname_first_list(text: str, line_starts: list[int], participants: list[Participant]) -> list[tuple[int, int]]:
    """An attendance list written one person a line, surname first ("Palma Vicuña, Ignacio" / "García Garzena, Víctor" /
    … / "Valenzuela Saéz, Ricardo."): each line is the person "Ignacio Palma Vicuña". Read so only when the lines run
    `SURNAME_FIRST_LIST_MIN` in a row and the text names at least `SURNAME_FIRST_NAMED_MIN` of them elsewhere by the
    surname alone, in capitals or after an honorific ("El señor PALMA (Presidente).-", "M. Dupont"): a list of
    "Jane Roe, Mozilla" lines (a name, then a company) is not turned round. Return the lists' spans in `text`, which
    the other readers leave alone (joined up, "Doolan, Humberto Baltra Cortés, Alberto" would pair the wrong words)."""
    spans: list[tuple[int, int]] = []
    ends = line_starts[1:] + [len(text)]
    run: list[tuple[int, int, re.Match]] = []
    for a, b in list(zip(line_starts, ends)) + [(len(text), len(text))]:
        m = SURNAME_FIRST_ENTRY.match(text[a:b].rstrip()) if b - a <= 120 else None
        if m is not None:
            run.append((a, b, m))
            continue
        if len(run) >= SURNAME_FIRST_LIST_MIN:
            rest = text[:run[0][0]] + " " + text[run[-1][1]:]
            named = [r for r in run if _named_by_surname(r[2].group("surname").split()[0], rest)]
            if len(named) >= SURNAME_FIRST_NAMED_MIN:
                spans.append((run[0][0], run[-1][1]))
                for _, _, e in run:
                    name = f"{e.group('given')} {e.group('surname')}"
                    name = name.title() if name.isupper() else name
                    _known_or_new(name, None, participants)
        run = []
    return spans


def _named_by_surname(surname: str, text: str) -> bool:
    """Whether the text writes the surname in capitals ("PALMA") or after an honorific ("señor Palma", "M. Dupont")."""
    if len(surname) < 3:
        return False
    s = re.escape(surname)
    return re.search(rf"(?<![\w’'])(?:{re.escape(surname.upper())}(?![\w’'])|(?i:{HONORIFIC_RE})\s+{s}(?![\w’']))", text) is not None


def read_presence(text: str, participants: list[Participant], skip: list[tuple[int, int]] | None = None) -> list[Participant]:
    """Attendance written in a sentence: "se reúne la Comisión con la presencia del presidente Pandolfi Daniel, el
    secretario Bastide Pablo y los vocales Pierucci Rafael, Carrara Carla", "en présence de M. X, maire, …". Each
    entry's title (the words in lower case before the name) is its role. Return the people it added. `skip`: spans
    already read (`read_surname_first_list`)."""
    added: list[Participant] = _presence_sentences(text, participants, skip or [])
    for m in PRESENCE_LIST.finditer(text):
        end = END_OF_LIST.search(text, m.end())
        title: str | None = None
        for entry in LIST_SPLIT.split(text[m.end():end.start() if end else len(text)]):
            entry = entry.strip()
            lead = ENTRY_TITLE_LEAD.match(entry)
            if lead:  # "el secretario de actas Godoy Santiago": the title; "los vocales X": the title of what follows
                title, entry = lead.group(1).strip(), entry[lead.end():]
            name, g = _name(entry)
            if name is None or len(name.split()) < 2:
                continue
            p, new = _known_or_new(name, g, participants)
            if new:
                added.append(p)
            one = bool(title) and not title.split()[0].endswith("s")  # "los vocales X, Y": a title for several
            role = role_of(title) if one else None
            if role is not None and p.session_role in (None, "speaker"):
                p.session_role = role.value
            if one and p.role is None:
                p.role = title
    return added


def _presence_sentences(text: str, participants: list[Participant], skip: list[tuple[int, int]]) -> list[Participant]:
    """"Present at the invitation of the Board was X, Executive Director, Y, Secretary, and Z, Treasurer of …": each
    name, with the title written after it as its role. Return the people it added."""
    added: list[Participant] = []
    for m in PRESENCE_SENTENCE.finditer(text):
        end = END_OF_LIST.search(text, m.end())
        if any(a < (end.start() if end else len(text)) and m.end() < b for a, b in skip):
            continue  # "Asistieron los señores:" over a surname-first list, read one line a person
        last: Participant | None = None
        for entry in LIST_SPLIT.split(text[m.end():end.start() if end else len(text)]):
            entry = ENTRY_JOIN_LEAD.sub("", entry.strip())  # ", and Chris Lee"
            if not entry:
                continue
            words = entry.split()
            if last is not None and (role_of(entry) is not None or _office_word(words[0]) or entry[:1].islower()
                                     or any(fold(w) in ORG_FOLDED | APPOSED_TITLE_WORDS for w in words) or len(words) == 1):
                if last.role is None and len(words) <= 4:
                    last.role = entry  # "X, Executive Director": the title after the name
                last = None if len(words) == 1 or fold(words[-1]) in ORG_FOLDED else last
                continue
            name, g = _name(entry)
            if name is None or len(name.split()) < 2:
                last = None
                continue
            p, new = _known_or_new(name, g, participants)
            if new:
                added.append(p)
            last = p
    return added


def _proxy_holder(tail: str, participants: list[Participant]) -> None:
    """"procuration à Monsieur LASSERRE Claude": the holder is present, so the list's "LASSERRE" gets the full name
    the proxy line writes, when exactly one present person of that gender has that surname (`fuller`). A holder the
    present list does not name is not added: a proxy says nothing about who speaks."""
    tail = PROXY_TO.sub("", tail.strip(" .:,"))
    name, g = _name(tail)
    if name is not None and len(name.split()) >= 2:
        fuller(name, participants, g if g in ("m", "f") else None)


def _signature_name(cell: str) -> str | None:
    """A signatory's name under a role: two to five capitalised words, no digits."""
    words = cell.strip(" .,").split()
    if words and (words[0].lower() in HONORIFICS or words[0].lower().rstrip(".") + "." in HONORIFICS):
        return None  # "Madame Claire Fabre" is written in running text, not under a signature
    if not 2 <= len(words) <= 5 or re.search(r"\d", cell) or role_of(cell) is not None or role_in(cell) is not None:
        return None
    if not all(w[0].isupper() or w.lower() in PARTICLES for w in words):
        return None
    return trim_name(" ".join(words))


def _speech_under(text: str, units: list[Line], i: int) -> bool:
    """A role label on its own line with a speech under it ("PRESIDENTE:" / "Se abre la sesión."), or a name line
    over its turn: a verbatim turn, not a signature, so neither the heading above it ("MINUTO DE SILENCIO") nor the
    short sentence under it ("Merci Monsieur Poettering.") is the role's name."""
    u = units[i]
    if u.kind == LineKind.LABEL_ALONE and u.name_line:
        return True  # a name over its turn ("La Présidente" / "Merci Monsieur Poettering."): `name_lines` saw speech
    if u.kind != LineKind.LABEL_ALONE or not text[u.start:u.end].rstrip().endswith(":"):
        return False
    below = next((v for v in units[i + 1:i + 3] if text[v.start:v.end].strip()), None)
    if below is None or below.kind != LineKind.TEXT:
        return False
    line = text[below.start:below.end]
    return len(line.split()) >= SPEECH_UNDER_WORDS and SENTENCE_LINE_END.search(line) is not None


def _name_above(text: str, units: list[Line], i: int) -> Line | None:
    """The name line right above a role line when the block stacks name over role ("Laura GÓMEZ" / "Presidenta" /
    "Ana Vera" / "Secretaria"): the line above is a bare name, and the line below is not a name or is a name with a
    role under it (with roles over names, "Le Maire," / "Daniel JUGY" / "Le secrétaire," / "Jean MARTIN", the name
    below a role has no role under it)."""
    def line(v: Line) -> str:
        return text[v.start:v.end]

    above = next((v for v in reversed(units[max(0, i - 2):i]) if line(v).strip()), None)
    if above is None or _signature_name(line(above)) is None:
        return None
    below = [v for v in units[i + 1:i + 5] if line(v).strip()][:2]
    if not below or _signature_name(line(below[0])) is None:
        return above
    if len(below) == 2 and _role_line(SIGNATURE_LEAD.sub("", line(below[1])).strip(" ,")):
        return above
    return None


def _role_line(line: str) -> bool:
    """A line that is only a role or an office ("Maire", "Premier Adjoint", "Conseillère municipale"): the office
    word among at most SIGNATURE_ROLE_WORDS words."""
    words = line.split()
    return role_of(line) is not None or 0 < len(words) <= SIGNATURE_ROLE_WORDS and any(_office_word(w) for w in words)


def _role_run(line: str) -> list[Role] | None:
    """The roles of a signature line that sets them side by side with no comma ("Maire Secrétaire de séance", "El
    Alcalde La Secretaria"): the line read from the left as role phrases of up to SIGNATURE_ROLE_WORDS words, the
    longest that is a role first; None unless the whole line is two roles or more."""
    words = line.split()
    if len(words) > 3 * SIGNATURE_ROLE_WORDS:
        return None
    roles: list[Role] = []
    i = 0
    while i < len(words):
        for n in range(min(SIGNATURE_ROLE_WORDS, len(words) - i), 0, -1):
            role = role_of(" ".join(words[i:i + n]))
            if role is not None:
                roles.append(role)
                i += n
                break
        else:
            return None
    return roles if len(roles) >= 2 else None


def _honorific_names(line: str) -> list[str] | None:
    """The names of a signature line that writes each after its honorific ("Madame Florence DEMOUY Madame Karine
    DUTEIL" -> both names); None unless the line opens with an honorific and every part is a name."""
    if SIGNATURE_HONORIFIC.match(line.strip()) is None:
        return None
    parts = [p.strip(" .,") for p in SIGNATURE_HONORIFIC.split(line.strip()) if p.strip(" .,")]
    return parts if parts and all(_signature_name(p) for p in parts) else None


def _side_by_side(text: str, units: list[Line], i: int, roles: list[Role]) -> list[tuple[Role, str]]:
    """The (role, name) pairs of a flattened signature table: the roles line `units[i]` and the names line right above
    or under it, with as many names, each after its honorific."""
    near = [v for v in (next((v for v in reversed(units[max(0, i - 2):i]) if text[v.start:v.end].strip()), None),
                        next((v for v in units[i + 1:i + 3] if text[v.start:v.end].strip()), None)) if v is not None]
    for v in near:
        names = _honorific_names(text[v.start:v.end])
        if names is not None and len(names) == len(roles):
            return list(zip(roles, names))
    return []


def read_signatures(text: str, units: list[Line], participants: list[Participant]) -> None:
    """Tie roles to names in a signature block: "Le Maire, Daniel JUGY" on one line, the roles side by side
    ("Vu le maire, Le secrétaire de séance,") over the names in the same order ("Daniel JUGY. Philippe POULEAU"), or
    a flattened signature table ("Madame Florence DEMOUY Madame Karine DUTEIL" / "Maire Secrétaire de séance")."""
    for i, u in enumerate(units):
        if _speech_under(text, units, i):
            continue
        if u.kind == LineKind.LABEL and u.body is not None and text[u.body:u.end].strip():
            continue  # "Moderador, Manuel López San Martín: Sí.": a turn, its words after the label, no signature
        cells = [c.strip() for c in text[u.start:u.end].split(",") if c.strip()]
        if not 1 <= len(cells) <= 6:
            continue
        roles = [role_of(SIGNATURE_LEAD.sub("", c)) for c in cells]
        pairs: list[tuple[Role, str]] = []
        if len(cells) == 1 and roles[0] is None and (run := _role_run(cells[0])) is not None:
            pairs = _side_by_side(text, units, i, run)
        elif roles[0] is None:
            continue
        elif all(r is not None for r in roles):  # the names are on the next line, or on the line above
            nxt = _name_above(text, units, i) or next((v for v in units[i + 1:i + 3] if text[v.start:v.end].strip()), None)
            names = [n for n in (SIGNATURE_NAMES.split(text[nxt.start:nxt.end]) if nxt else []) if n.strip(" .")]
            if len(names) != len(roles):
                continue
            pairs = [(r, n) for r, n in zip(roles, names) if r is not None]
        elif all(r is not None or _signature_name(c) for r, c in zip(roles, cells)):  # "Le Maire, Daniel JUGY"
            pairs = [(r, cells[k + 1]) for k, r in enumerate(roles[:-1]) if r is not None and roles[k + 1] is None]
        for role, raw in pairs:
            name = _signature_name(raw)
            if name is None:
                continue
            p = resolve(name, participants) or fuller(name, participants)
            if p is None and any(q.session_role == role.value for q in participants):
                continue  # the role's holder is already known ("EL ALCALDE-PRESIDENTE" over "DOCUMENTO FIRMADO…")
            if p is None:
                p = Participant(name=name, in_roster=False)
                participants.append(p)
            if p.session_role in (None, "speaker", "audience"):
                p.session_role = role.value


def _known_or_new(name: str, g: str | None, participants: list[Participant]) -> tuple[Participant, bool]:
    """The participant a listed name is (`resolve`, or `fuller` for a short form), else a new one off the roster,
    appended to `participants`; True when new."""
    p = resolve(name, participants, g) or fuller(name, participants, g)
    if p is not None:
        return p, False
    p = Participant(name=name, gender=g, in_roster=False)
    participants.append(p)
    return p, True


def _officer(title: str, value: str, participants: list[Participant]) -> int:
    """One "Title: Name" entry of an officers list: the person, with the title as role. 1 if new."""
    name, g = _name(LIST_SPLIT.split(value.strip())[0])
    if name is None:
        return 0
    p, new = _known_or_new(name, g, participants)
    p.role = p.role or title.strip()
    known = role_of(title)
    if known is not None and p.session_role in (None, "speaker"):
        p.session_role = known.value
    return int(new)
