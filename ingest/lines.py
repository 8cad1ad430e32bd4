"""What each line of a transcript is before anyone is given its sentences: a speaker label, a label alone, a
heading, a list item, a table row, a line that wraps on. `scan_lines` classifies every line once (ingest.labels reads
one line; this module reads a line against its neighbours); ingest.attribution then decides who speaks.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from quidit.ingest.caps_dot_labels import caps_dot_labels, caps_dot_unit
from quidit.ingest.cleaning import LIST_ITEM, CleanText
from quidit.ingest.colonless_labels import colonless_initials, dashless_caps_labels
from quidit.ingest.labels import (
    Line,
    LineKind,
    bracket_labels,
    classify,
    dot_labels,
    line_units,
    parse_label,
)
from quidit.ingest.lettered_headings import lettered_headings
from quidit.ingest.lexicon import (
    AGENDA_ITEM,
    ATTENDANCE,
    ATTENDANCE_NOTE,
    ATTENDANCE_SUBLIST,
    BRACKET_NAME_LINE,
    BRACKET_NAME_LINES_MIN,
    BRACKET_NAME_SPEAKERS_MIN,
    BULLET_START,
    BYLINE,
    BYLINE_BY,
    BYLINE_MAX_CHARS,
    CAPS_DASH_LABEL_LINE,
    CAPS_DASH_RECORD_MIN,
    DECLARED_SHORT_FORM,
    DOC_SECTIONS,
    DOT_LABEL,
    END_OF_SENTENCE,
    INNER_SENTENCE_END,
    INTROS_HEADING,
    ITEM_NUMBER_ALONE,
    ITEM_NUMBER_PREFIX,
    LABEL_TITLES,
    LINE_HEADING_WORDS,
    LISTED_FULL_NAME,
    MOTION_LINE,
    NAME_ROLE_LINE,
    NARRATION_START,
    NOT_SPEAKER_SOUNDS,
    NOT_SPEAKERS,
    NOTE_CLOSES,
    NOTE_LINES_MAX,
    NOTE_OPENS,
    OFFICE_TITLES,
    OFFICER_LINE,
    ORG_TAGS_LINE,
    PARAGRAPH_END,
    PARTICLES,
    PASSIVE_BEFORE_BY,
    PRESENTER_LINE,
    RECORD_LINE,
    RECORD_LIST_HEADING,
    RECORD_LIST_ITEM,
    REPORT_HEADING,
    ROMAN_ITEM_HEADING,
    SCRIBE_NICK,
    SENTENCE_LINE_END,
    SPEECH_VERB,
    TABLE_ROW,
    TALK_HEADING,
    TALK_HEADING_BY_END,
    TALK_HEADING_BY_END_WORDS,
    TALK_HEADING_WORDS,
    TALK_TITLE_WORDS,
    UPPER,
    VOCATIVE_LABEL,
    WRAPPED_LINE_END,
    fold,
    role_of,
)
from quidit.ingest.name_lines import full_names, name_line_turns
from quidit.ingest.names import (
    first_of_pair,
    lower_case_words,
    name_tokens,
)
from quidit.ingest.run_on_labels import (
    split_run_on_dash_labels,
    split_run_on_labels,
    split_run_on_person_dash_labels,
)

SERIES_LOOKBACK = 200  # lines back to the heading whose number a numbered title goes on from


def caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def title_cased(name: str) -> str:
    """A name of two words or more written in capitals, in title case ("SR. JORGE PÉREZ" -> "Sr. Jorge Pérez"): how a
    person a label or a title line writes in capitals is shown; any other name as written."""
    return name.title() if caps(name) and len(name.split()) >= 2 else name


def scan_lines(ct: CleanText) -> list[Line]:
    """Classify each original line once; a capitals label spread over one paragraph's lines is one unit."""
    text = ct.text
    lines = line_units(ct)
    for i in _line_headings(text, lines):
        lines[i].line_heading = True
        line, nxt = text[lines[i].start:lines[i].end], text[lines[i + 1].start:lines[i + 1].end]
        if (TALK_HEADING.match(line) is not None or NAME_ROLE_LINE.match(line)) and not ("|" in line and "|" in nxt):
            lines[i].own_paragraph = True  # a talk's or a speaker's heading, as if blank lines set it apart: `classify` reads it
    dotted = dot_labels(text, lines)  # "M. Julien Aubert. Nous avons…": the French parliamentary turn
    bracketed = bracket_labels(text, lines)  # "[Bears] The council, …": a caption export's turn
    caps_dotted = caps_dot_labels(text, lines)  # "MR. KOHN. Thank you.": an FOMC transcript's, a congressional record's turn
    if dotted:  # "(Rires.) M. Dupont. Je…": a label the OCR ran on after a reaction opens its own unit
        lines = split_run_on_labels(text, lines)
    lines = split_run_on_dash_labels(text, lines)  # "… pongan (?) El señor X .- Que…": a Spanish record's run-on turn
    lines = split_run_on_person_dash_labels(text, lines)  # "… platform specific Tim H – We don't…": a typed exchange's
    dash_record = sum(1 for _ in zip(range(CAPS_DASH_RECORD_MIN), (ln for ln in lines if CAPS_DASH_LABEL_LINE.match(
        text, ln.start, ln.end)))) >= CAPS_DASH_RECORD_MIN  # "EL C. PRESIDENTE.-  Gracias": its vocatives are no turns
    out: list[Line] = []
    i = 0
    in_attendance = False
    intro_end = -1  # end of the last sentence that introduced more of an attendance list
    while i < len(lines):
        ln = lines[i]
        para_end = text.find("\n", ln.start)
        para_end = len(text) if para_end < 0 else para_end
        para = text[ln.start:para_end].rstrip()
        if (ln.start == 0 or text[ln.start - 1] == "\n") and para.endswith(":") and caps(para) and len(para.split()) <= 30 \
                and not ATTENDANCE.match(para):  # "SEÑORES ASISTENTES:" opens a list, it names nobody
            j = i
            while j + 1 < len(lines) and lines[j + 1].start < para_end:
                j += 1
            out.append(Line(ln.start, ln.start + len(para), LineKind.LABEL_ALONE, para[:-1], own_paragraph=True))
            in_attendance = False
            i = j + 1
            continue
        talk = _talk_heading_by_end(text, lines, i, para_end)
        if talk is not None:  # "Devops Mythbusters" / "por Salvador Folgado y Jordi Borja": one talk heading
            out.append(talk[0])
            in_attendance = False
            i += talk[1]
            continue
        note = _note_end(text, lines, i)
        if note is not None:  # "[ Note de la rédaction:" / "Les députés se lèvent … Ô Canada.]": the record's aside
            out.append(Line(ln.start, lines[note].end, LineKind.NARRATION, own_paragraph=ln.own_paragraph, aside=True))
            in_attendance = False
            i = note + 1
            continue
        wrapped = _wrapped_label(text, lines, i, para_end)
        if wrapped is not None:  # "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE … DE LA" / "SALUD: Muy buenos días."
            out.append(wrapped)
            in_attendance = False
            i += 2
            continue
        if not (caps_dotted and not (dotted and DOT_LABEL.match(text[ln.start:ln.end])) and caps_dot_unit(text, ln)):
            # (a label `dot_labels` reads, "M. DUPONT. Je…", "Mr. BRANDT. Mr. Speaker…", is read as it always was)
            classify(text, ln, dotted, bracketed)
        if dash_record and ln.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) and ln.label and VOCATIVE_LABEL.match(ln.label.strip()):
            ln.kind, ln.label, ln.body = LineKind.TEXT, None, None  # "Señor Secretario: Me sumo a la bienvenida…"
        presenter = PRESENTER_LINE.match(text[ln.start:ln.end]) if ln.own_paragraph else None
        if presenter is not None:  # "Presented by: Mina Galic (FreeBSD Foundation)": the session's notes are hers
            ln.kind, ln.title, ln.label, ln.level, ln.talk, ln.body = (LineKind.SECTION, text[ln.start:ln.end],
                                                                      presenter.group("who"), 1, True, None)
            ln.presenter = True
        if ln.kind == LineKind.TEXT and ln.own_paragraph and ITEM_NUMBER_ALONE.match(text[ln.start:ln.end]):
            ln.kind = LineKind.HEADING  # "3." on its own line, the item's title on the next
        if ln.kind == LineKind.HEADING and (_wraps_on(text, lines, i, para_end) or _runs_through(text, lines, i, para_end)):
            ln.kind = LineKind.TEXT  # "4.- El Tesorero X informó que está en su etapa final" / "el cierre del …"
        elif ln.kind == LineKind.TEXT and _numbered_title(text, lines, i, para_end):
            ln.kind = LineKind.HEADING  # "2. Treasurer's report" over "Tom Lee presented …"
        if ln.kind in (LineKind.TEXT, LineKind.LABEL) and (RECORD_LINE.match(text[ln.start:ln.end])
                                                          or MOTION_LINE.match(text[ln.start:ln.end])):
            ln.kind = LineKind.NARRATION  # "Action: Tom to circulate the accounts", "Seconded: …": the record, nobody's words
        elif ln.kind == LineKind.LABEL and ln.label and len(ln.label.split()) >= 2 and len(ln.label.split()[0]) >= 4 \
                and fold(ln.label.split()[0]) in NOT_SPEAKERS and all(w[:1].isupper() for w in ln.label.split()):
            ln.kind = LineKind.NARRATION  # "Question Foxprimez-vous : … posée le 7 janvier.": an item of the record
        if ORG_TAGS_LINE.match(text[ln.start:ln.end]):  # "remeras     :valeriabuyatti:": a tagged task heading
            ln.kind, ln.label, ln.body = LineKind.HEADING, None, None
        if OFFICER_LINE.match(text[ln.start:ln.end]):  # "Vice Chair: Lucy Appert Secretary: Doug Johnson"
            ln.kind = LineKind.ATTENDANCE
        if ln.kind == LineKind.ATTENDANCE:
            in_attendance = True
        elif in_attendance:
            s = text[ln.start:ln.end]
            gap = "\n\n" in text[out[-1].end:ln.start] if out else False
            listy = re.match(r"^\s*(?:[*•▪◦-]\s+|\d+[.)]\s+)", s) is not None
            # "* Ana Gil (who came late …)": the entry is the name ("* Ana Gil (TSC): working on …" is her report)
            words = (s.split("(")[0] if listy and ":" not in s else s).split()
            # (on a line the list runs on to after a comma, an entry's note in brackets is no part of its name:
            # "Katie, …, Mirage," over "Kevin, David, Alberto, Erica (at the very end).")
            runs_on = bool(out) and out[-1].kind == LineKind.ATTENDANCE and text[out[-1].start:out[-1].end].rstrip().endswith(",")
            entries = [x.split() for x in (re.sub(r"\([^()\n]{0,80}\)", "", s) if runs_on else s).split(",")]
            name_list = len(entries) >= 3 and all(1 <= len(x) <= 3 for x in entries)  # "dom, ada, NellWaliczek, …"
            prose = len(words) >= 8 and sum(w[:1].islower() for w in words) >= 3 and not name_list
            if prose and not listy and out and out[-1].kind == LineKind.ATTENDANCE and _list_intro(text, lines, i):
                out.append(ln)  # "Los presentes … éramos unas 15 personas:" over "* Ana Gil": the list goes on under it
                intro_end = ln.end
                i += 1
                continue
            # (a bulleted entry before the gap is the list itself, not its heading: an unbulleted line after it ends it)
            first_gap = gap and out and not out[-1].dash_item and (out[-1].kind == LineKind.ATTENDANCE and not _has_entries(text, out[-1])
                                         and not (BULLET_START.match(text[out[-1].start:out[-1].end]) and not listy)
                                         or out[-1].end == intro_end)
            spoken = ln.kind == LineKind.LABEL and (ln.structured and not listy or prose)  # "<Jane> Hello", "Rod: …"
            sublist = s.rstrip().endswith(":") and role_of(s.rstrip()[:-1]) is not None \
                or ATTENDANCE_SUBLIST.match(s) is not None  # "SECRETARIA INTERVENTORA:", "On IRC, and call:"
            entry_dash = ln.dash_item and s.rstrip()[-1:] in ";,"  # "Antoine Rozo (entwanne) — secrétaire ;": an entry
            # "1. Michael Kleber (Google Privacy Sandbox)": a numbered entry, a name and where the person is from
            entry_numbered = listy and ":" not in s and 3 <= len(words) <= 5 and words[0][:1].isdigit() \
                and all(w[:1].isupper() for w in words[1:])
            agenda = NARRATION_START.match(s) is not None or ln.kind == LineKind.HEADING and not entry_dash and not entry_numbered \
                or s.rstrip().endswith(":") and len([w for w in words if w != ":"]) > 1 and not sublist \
                or fold(s.strip().rstrip(":")) in DOC_SECTIONS \
                or REPORT_HEADING.match(s[number.end():] if (number := ITEM_NUMBER_PREFIX.match(s)) else s) is not None \
                or ROMAN_ITEM_HEADING.match(s) is not None  # "IV. Retiree Awards" under the list of those present
            # "Contents", "Topics", "3. Rapport moral présenté par le président": the document goes on
            # "ASUNTO I.-", "ORDEN DEL DÍA", "Approval of January Minutes:" end the list; a role heading continues it, and so
            # does a commune with nobody present ("Bueil-en-Touraine :" among "Cerelles : M. Poulle Guy" lines)
            if prose or spoken or agenda or (gap and not listy and not first_gap) or (gap and listy and not first_gap and not _list_run(out)):
                in_attendance = False
            else:
                ln.kind = LineKind.ATTENDANCE
        out.append(ln)
        i += 1
    _unlisted_attendance(text, out)
    _record_lists(text, out)
    _table_rows(text, out)
    _talk_layout(text, out)
    name_line_turns(text, out)  # "Maître MAZZA" alone over her words, in a text that writes its turns so
    colonless_initials(text, out)  # "SA ouais ! Du coup…" among "SA : …" turns: the colon dropped
    dashless_caps_labels(text, out)  # "La señora EMBAJADORA No creo…" among "La señora EMBAJADORA.- …" turns
    _bracket_full_names(text, out)
    _bracketed_name_lines(text, out)  # "(Béatrice)" over her points, in notes of an exchange that write turns so
    lettered_headings(text, out)  # "G. Minutes of Feb 14, 2013", "VI. Committee Reports": an agenda item's title
    return out


def _bracketed_name_lines(text: str, out: list[Line]) -> None:
    """Notes of an exchange that open each turn with the speaker's name in brackets on a line of its own, the points
    on the lines under it ("(Béatrice)" / "- Existence à Dinan d'un dispositif…", "(Elisabeth Lechenne) – qui est
    arrivée en cours de discussion"): such a line is the turn's label where the text writes BRACKET_NAME_LINES_MIN of
    them, for BRACKET_NAME_SPEAKERS_MIN people at least, none of their words one the text writes in lower case (a stage
    direction: "(Rires)", "(Applaudissements)", "(Juramento)")."""
    found: dict[int, str] = {}
    for k, ln in enumerate(out[:-1]):
        m = BRACKET_NAME_LINE.match(text, ln.start, ln.end) \
            if ln.kind in (LineKind.TEXT, LineKind.NARRATION, LineKind.HEADING) else None
        if m is None or fold(m.group("name")) in NOT_SPEAKER_SOUNDS or fold(m.group("name")) in NOT_SPEAKERS \
                or out[k + 1].kind not in (LineKind.TEXT, LineKind.NARRATION, LineKind.LABEL):
            continue
        found[k] = m.group("name")
    if len(found) >= BRACKET_NAME_LINES_MIN:  # (the text's lower-case words only where the layout may be there)
        lower = lower_case_words(text)
        found = {k: name for k, name in found.items() if not any(w.lower() in lower for w in name.split())}
    if len(found) < BRACKET_NAME_LINES_MIN or len(set(found.values())) < BRACKET_NAME_SPEAKERS_MIN:
        return
    for k, name in found.items():
        out[k].kind, out[k].label, out[k].structured, out[k].body = LineKind.LABEL_ALONE, name, True, None
        out[k].bracketed = True  # (kept once, as a caption export's "[Name]": the layout vouches for it)


def _bracket_full_names(text: str, out: list[Line]) -> None:
    """A caption export's bracketed surname ("[Collins] Thank you…") is the full name the text writes for it, in the
    list of members at the top, a roll call or an introduction ("Kit Collins", "my name is Michelle Berkson"):
    `Line.full`, as for a name line's surname (`name_lines.full_names`: one given name for that surname, or none)."""
    lower = lower_case_words(text)
    alone = {id(u): sur for u in out if u.bracketed and u.label and (sur := _bracket_surname(u.label, lower))}
    if not alone:
        return
    surnames = {fold(sur) for sur in alone.values()}
    listed: dict[str, set[str]] = {}  # surname -> the full names written alone on a line that end with it
    for ln in out:  # each line as the file writes it (the cleaning joins "Kit Collins" to the title under it)
        got = LISTED_FULL_NAME.match(text[ln.start:ln.end]) if ln.end - ln.start <= 80 else None
        words = got.group("name").split() if got else []
        if words and fold(words[-1]) in surnames and all(w.strip("“\"«”»")[:1].isupper() for w in words) \
                and not any(w.lower() in lower or fold(w).rstrip(".") in OFFICE_TITLES for w in words):
            listed.setdefault(fold(words[-1]), set()).add(" ".join(words))
    written = full_names(text, surnames, lower)
    for u in out:
        if id(u) not in alone:
            continue
        key = fold(alone[id(u)])
        if len(listed.get(key, ())) == 1:
            u.full = next(iter(listed[key]))  # "Isaac B. “Zac” Bears" over "City Council President"
        elif key in written and not _title_like(written[key].split()[0]):
            u.full = written[key]  # "Hi, my name is Michelle Berkson": the one given name written before the surname


def _bracket_surname(label: str, lower: frozenset[str]) -> str | None:
    """The surname a bracket label gives alone ("Collins") or after a title ("City Clerk Hurtubise", "Councilor
    Bears": a title among the words before it, the others titles or words the text writes in lower case), else None
    ("Jane Roe" gives a given name; "Moderator" is a role)."""
    words = label.split()
    if role_of(words[-1]) is not None or _title_like(words[-1]):
        return None
    if len(words) == 1:
        return words[0]
    before = words[:-1]
    titled = any(fold(w).rstrip(".") in LABEL_TITLES or role_of(w) is not None for w in before)
    plain = all(w.lower() in lower or fold(w).rstrip(".") in LABEL_TITLES or role_of(w) is not None for w in before)
    return words[-1] if titled and plain else None


def _title_like(word: str) -> bool:
    """An office title, however the captions spell it ("Councelor" for "Councilor"): no given name."""
    w = fold(word).rstrip(".")
    return w in OFFICE_TITLES or any(len(t) >= 5 and fuzz.ratio(w, t) >= 85 for t in OFFICE_TITLES)


def _record_lists(text: str, out: list[Line]) -> None:
    """The items under a "Decisions"/"Actions"/"Intros" heading line ("Check Meeting Time (Kevin): Kevin will…",
    "Adam: TSC voting member…"), and the lines an item wraps onto, are the record's, not labelled turns. The list ends
    at the first line after a blank line that is no such item."""
    listing, prev, intros, turn = False, None, False, False
    labels: dict[str, int] = {}
    for ln in out:
        if ln.kind == LineKind.LABEL and ln.label:
            labels[ln.label.strip()] = labels.get(ln.label.strip(), 0) + 1
    for ln in out:
        s = text[ln.start:ln.end]
        if not s.strip():
            continue
        if RECORD_LIST_HEADING.fullmatch(s):
            listing, prev, intros = True, None, INTROS_HEADING.fullmatch(s) is not None
            continue
        if listing and prev is not None and "\n\n" in text[prev.end:ln.start] and not RECORD_LIST_ITEM.match(s):
            listing = False
        if listing and intros and ln.kind == LineKind.LABEL and ln.label and labels.get(ln.label.strip(), 0) >= 2:
            prev, turn = ln, True  # a round of intros in notes whose turns go by the same labels ("* SC: Been part of
            continue  # Solid…" and "* SC: Agenda overview."): each intro is that person's words
        if listing and turn and ln.kind == LineKind.TEXT and not RECORD_LIST_ITEM.match(s):
            prev = ln  # the line such an intro wraps onto
            continue
        turn = False
        if listing and (prev is not None or RECORD_LIST_ITEM.match(s)) and ln.kind in (LineKind.TEXT, LineKind.LABEL):
            ln.kind, ln.label, ln.body = LineKind.NARRATION, None, None
            prev = ln
        elif listing:
            listing = False


def _note_end(text: str, lines: list[Line], i: int) -> int | None:
    """The last line of an editor's note in square brackets that opens on line `i` and closes at the end of one of
    the next NOTE_LINES_MAX - 1 lines (see `NOTE_OPENS`), or None."""
    if not NOTE_OPENS.match(text[lines[i].start:lines[i].end]):
        return None
    for j in range(i + 1, min(len(lines), i + NOTE_LINES_MAX)):
        s = text[lines[j].start:lines[j].end]
        if NOTE_CLOSES.match(s):
            return j
        if "[" in s or "]" in s:
            return None
    return None


def _talk_heading_by_end(text: str, lines: list[Line], i: int, para_end: int) -> tuple[Line, int] | None:
    """A paragraph of one or two lines that is a talk's title and then a bare "par/por/by" and the speaker's name
    ("Modern Async JS par Christophe Porteneuve", "Devops Mythbusters" / "por Salvador Folgado y Jordi Borja"): one
    talk heading (`Line.talk`) naming the first speaker, over both lines, and how many lines it takes. Not a passive
    agent ("rédigé par X"), not a longer paragraph."""
    ln = lines[i]
    if not (ln.start == 0 or text[ln.start - 2:ln.start] == "\n\n") or text[para_end:para_end + 2] not in ("", "\n\n"):
        return None
    n = 1
    while i + n < len(lines) and lines[i + n].start < para_end:
        n += 1
    para = text[ln.start:para_end].rstrip()
    if n > 2 or len(para.split()) > TALK_HEADING_BY_END_WORDS or not (para[:1].isupper() or para[:1] in "¿¡\"“«"):
        return None
    m = TALK_HEADING_BY_END.match(para)
    byline = n == 2 and BYLINE_BY.match(text[lines[i + 1].start:para_end]) is not None
    if m is None or not byline and PASSIVE_BEFORE_BY.search(m.group("title")):
        return None  # ("El software escondido" / "por Francesc Pastor": a byline of its own is no passive agent)
    return Line(ln.start, ln.start + len(para), LineKind.SECTION, first_of_pair(m.group("who")), own_paragraph=True, level=1, title=para,
                talk=True), n


def next_line(units: list[Line], i: int) -> int | None:
    """Index of the first non-empty line after line i."""
    j = i + 1
    while j < len(units) and units[j].start == units[j].end:
        j += 1
    return j if j < len(units) else None


def _declares_short_form(label: str) -> bool:
    """A label that gives its own short form in brackets, the initials or the given name and the surname's initial
    ("Martin Thomson (MT)", "Eric Gorbaty (Eric G)"): minutes that will write "MT:" for the person's next turns, so a
    turn, not a talk's heading ("Jane Roe (Acme): Title" brackets an organisation)."""
    m = DECLARED_SHORT_FORM.fullmatch(label.strip().rstrip(":").strip())
    if m is None:
        return False
    words, short = m.group("name").split(), m.group("short").split()
    initials = "".join(w[0] for w in words).upper()
    return len(short) == 1 and short[0] == initials or len(short) == 2 and short[0] == words[0] \
        and short[1].rstrip(".") == words[-1][0]


def _talk_layout(text: str, units: list[Line]) -> None:
    """A conference report whose talks have headings that name their speaker (`Line.talk`):
    - a "Name : Title" line of its own, without final punctuation, whose name labels no other line, is one more
      talk's heading ("Benoit Martin : Introduction à la pensée visuelle"), not the person's words; a title is short
      (TALK_TITLE_WORDS), a turn whose last sentence lost its stop is not;
    - the line of names right under a talk's heading is the note-taker's byline ("Claude Roux et Florence Martin"):
      nobody's words, and the talk goes on after it;
    - a short line of its own over a bulleted list ("A éviter" over "- Changer les noms…") is a part of the talk's
      notes, not a heading that ends the talk."""
    if not any(u.talk for u in units):
        return
    labels: dict[str, int] = {}
    for u in units:
        if u.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) and u.label:
            labels[fold(u.label).strip()] = labels.get(fold(u.label).strip(), 0) + 1
    for u in units:
        if u.kind != LineKind.LABEL or not u.own_paragraph or u.body is None or not u.label or u.structured:
            continue
        body = text[u.body:u.end]
        lab = parse_label(u.label)
        if lab is None or lab.role is not None or len(name_tokens(lab.core)) < 2 or labels[fold(u.label).strip()] > 1 \
                or not 2 <= len(body.split()) <= TALK_TITLE_WORDS or re.search(r"[.!?…;:,»\"”)]\s*$", body) \
                or INNER_SENTENCE_END.search(body) or _declares_short_form(u.label):
            continue
        u.kind, u.title, u.level, u.talk, u.body = LineKind.SECTION, text[u.start:u.end], 1, True, None
    for i, u in enumerate(units):
        j = next_line(units, i)
        if j is None:
            continue
        nxt = units[j]
        line = text[nxt.start:nxt.end]
        if u.talk and nxt.own_paragraph and not nxt.talk and len(line) <= BYLINE_MAX_CHARS and BYLINE.match(line):
            nxt.kind, nxt.aside, nxt.plain_heading, nxt.label, nxt.body = LineKind.NARRATION, True, False, None, None
        elif u.plain_heading and BULLET_START.match(line):
            u.list_head = True


def _table_rows(text: str, lines: list[Line]) -> None:
    """Three or more lines in a row made of " | " cells are a table (an agenda, a list of decisions): narration,
    whatever the cells say ("2 | Calaveras, a new devnet will be spun…")."""
    run: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and ln.kind in (LineKind.TEXT, LineKind.LABEL, LineKind.LABEL_ALONE) \
                and TABLE_ROW.match(text[ln.start:ln.end]):
            run.append(ln)
            continue
        if len(run) >= 3:
            for row in run:
                row.kind, row.label, row.body = LineKind.NARRATION, None, None
        run = []


# the second line of a capitals label wrapped over two: its last capitals (perhaps a note in brackets, "(Desde su
# curul)"), then the colon or a Spanish record's ".-" ("ROMO.-  Gracias, …"); or the rest of a bracket the first
# line opened ("EL C. DIPUTADO FERNANDO ESPINO ARÉVALO (Desde" / "su curul).-  Con su permiso…")
_WRAPPED_END = re.compile(rf"(?P<label>[{UPPER}][{UPPER}\s,.'’-]*?(?:\s?\([^()\n]{{1,40}}\))?)\s?(?::|\.\s?-(?![\d-]))")
_WRAPPED_BRACKET_END = re.compile(r"(?P<label>[^()\n:]{1,40}\))\s?(?::|\.\s?-(?![\d-]))")
_SENTENCE_END = re.compile(r"[.!?…\]]\s*$")  # ("[…]": an excerpt's cut)


def _wrapped_label(text: str, lines: list[Line], i: int, para_end: int) -> Line | None:
    """A capitals label too long for one line: a paragraph's first line all in capitals, without a colon, whose
    next line opens with capitals and a colon (or ".-", `_WRAPPED_END`). One LABEL unit over both lines. A record
    run on as one paragraph (a PDF's text) has the label's first line after a finished sentence instead."""
    ln = lines[i]
    if i + 1 >= len(lines) or lines[i + 1].start >= para_end:
        return None
    if not (ln.start == 0 or text[ln.start - 1] == "\n" or i and (_SENTENCE_END.search(text, lines[i - 1].start, lines[i - 1].end)
                                                               or caps(text[lines[i - 1].start:lines[i - 1].end]))):
        return None  # (a paragraph's first line, or a line after a finished sentence or a capitals heading where the
        # record runs on as one paragraph)
    first = text[ln.start:ln.end]
    bracket = first.rfind("(") if first.count("(") > first.count(")") else -1  # "… ESPINO ARÉVALO (Desde"
    head = first[:bracket] if bracket > 0 else first
    if ":" in first or first.rstrip().endswith(".") or re.search(r"\d", first) or not caps(head) or len(head.split()) < 3:
        return None
    nxt = lines[i + 1]
    m = (_WRAPPED_BRACKET_END if bracket > 0 else _WRAPPED_END).match(text, nxt.start, nxt.end)
    if m is None or ATTENDANCE.match(text[nxt.start:nxt.end]):
        return None  # (a title over "SEÑORES ASISTENTES:" is a title over the attendance list, not one long label)
    body = m.end()
    while body < nxt.end and text[body].isspace():
        body += 1
    label = f"{first} {m.group('label')}".strip()
    if parse_label(label) is None:
        return None  # "… GASTOS" / "ASUNTO IV.- MOCIONES": an agenda item's ".-", not a label's
    alone = body >= nxt.end
    return Line(ln.start, nxt.end, LineKind.LABEL_ALONE if alone else LineKind.LABEL, label, None if alone else body)


def _wraps_on(text: str, lines: list[Line], i: int, para_end: int) -> bool:
    """A numbered line that is the first line of a wrapped paragraph, not an agenda heading: the paragraph goes on
    on the next line, which continues its sentence (starts in lower case), or the line stops on a word that cannot
    end a title ("… el Protocolo General de" / "Ingreso/salida al y del Club")."""
    ln = lines[i]
    if not AGENDA_ITEM.match(text[ln.start:ln.end]) or i + 1 >= len(lines) or lines[i + 1].start >= para_end:
        return False
    nxt = text[lines[i + 1].start:lines[i + 1].end].lstrip()
    return nxt[:1].islower() or WRAPPED_LINE_END.search(text[ln.start:ln.end]) is not None


def _runs_through(text: str, lines: list[Line], i: int, para_end: int) -> bool:
    """A line that looks like a heading but that a hard-wrapped sentence runs through: it goes on the line before
    (same paragraph, which stops without end punctuation, and it starts in lower case: "… the Board will vote upon
    those" / "policies – perhaps at the April meeting -- and …"), or the paragraph's next line goes on from it (starts
    in lower case: "…, a las 18:00 hs, en primera" / "convocatoria, de acuerdo a …")."""
    ln = lines[i]
    if i and ln.start - lines[i - 1].end <= 1 and "\n" not in text[lines[i - 1].end:ln.start] \
            and text[ln.start:ln.start + 1].islower() and not re.search(r"[.!?…:;]\s*$", text[lines[i - 1].start:lines[i - 1].end]):
        return True
    return i + 1 < len(lines) and lines[i + 1].start < para_end and text[lines[i + 1].start:lines[i + 1].start + 1].islower()


def _numbered_title(text: str, lines: list[Line], i: int, para_end: int) -> bool:
    """A plainly numbered short line without final punctuation or speech verb ("2. Treasurer's report", "3. Website")
    that does not run on into the next line: an agenda item, though its number has no dash or capitals after it."""
    s = text[lines[i].start:lines[i].end]
    item = AGENDA_ITEM.match(s)
    if item is None or not item.group("weak") or (lines[i].start and text[lines[i].start - 1] not in "\n "):
        return False
    rest = s[item.end():]
    # a longer title on a line of its own when it goes on a series of numbered titles ("10. No tenemos todas las
    # respuestas, sino cada vez más preguntas" after the heading "9. Recuperar la credibilidad")
    most = LINE_HEADING_WORDS if lines[i].own_paragraph and _series_goes_on(text, lines, i, s) else 8
    if not 1 <= len(rest.split()) <= most or END_OF_SENTENCE.search(rest) or re.search(r"[,;:]\s*$", rest) \
            or SPEECH_VERB.search(rest):
        return False
    prev = text[lines[i - 1].start:lines[i - 1].end].strip() if i else ""
    if prev.endswith(":") or re.match(r"\d", prev):
        return False  # "X présente les objectifs :" / "1 Continuer …" / "2. Fomenter …": a list in the speech
    return not _wraps_on(text, lines, i, para_end)


def _series_goes_on(text: str, lines: list[Line], i: int, s: str) -> bool:
    """Whether the numbered line `s` has the number after that of the last heading before it ("10." after "9.")."""
    number = re.match(r"\s*(\d{1,3})", s)
    for j in range(i - 1, max(-1, i - SERIES_LOOKBACK), -1):
        if lines[j].kind == LineKind.HEADING:
            before = re.match(r"\s*(\d{1,3})\s?[.)]", text[lines[j].start:lines[j].end])
            return number is not None and before is not None and int(before.group(1)) + 1 == int(number.group(1))
    return False


def _list_intro(text: str, lines: list[Line], i: int) -> bool:
    """A sentence inside an attendance list that introduces more of it ("Durante la reunión llegó más gente…",
    "Those present were:"): it ends on a colon or an ellipsis, and the next line is a bullet holding a name alone."""
    if i + 1 >= len(lines) or not re.search(r"(?::|\.\.\.|…)\s*$", text[lines[i].start:lines[i].end]):
        return False
    m = re.match(r"^\s*[*•▪◦-]\s+([^(\n]*)", text[lines[i + 1].start:lines[i + 1].end])
    words = m.group(1).split() if m else []
    return 1 <= len(words) <= 6 and (all(w[:1].isupper() or w.lower() in PARTICLES for w in words)
                                     or len(words) == 1 and SCRIBE_NICK.match(words[0]) is not None)


def _unlisted_attendance(text: str, out: list[Line]) -> None:
    """An attendance heading alone on its line, no colon and nothing on it, over a paragraph the list did not take
    ("Asistencia" over "Comprobación de las faltas de asistencia de los tutores.", in a school's list of duties;
    "Attendance" over "Tracking who missed class."): a topic's heading, no list of who came. A heading over the
    names, or with a colon, stays the list's."""
    for i, ln in enumerate(out):
        s = text[ln.start:ln.end].strip()
        if ln.kind != LineKind.ATTENDANCE or not ln.own_paragraph or s.endswith(":") or _has_entries(text, ln) \
                or i + 1 >= len(out) or out[i + 1].kind == LineKind.ATTENDANCE or (m := ATTENDANCE.match(s)) is None \
                or s[m.end():].strip(" .:-–—"):
            continue
        ln.kind = LineKind.TEXT


def _has_entries(text: str, line: Line) -> bool:
    """An attendance heading with names after it on the same line ("Présents : A, B"); a note to the readers after it
    ("Attendees: please sign yourself in!", `ATTENDANCE_NOTE`) names nobody, the list is under it."""
    s = text[line.start:line.end]
    m = re.search(r":\s*(?=\S)", s)
    return m is not None and ATTENDANCE_NOTE.match(s, m.end()) is None


def _list_run(out: list[Line]) -> bool:
    return bool(out) and out[-1].kind == LineKind.ATTENDANCE


def _line_headings(text: str, units: list[Line]) -> set[int]:
    """In a text written one paragraph per line (most lines of 8 words or more end like a sentence), the short
    capitalised lines without final punctuation, followed by a line that does not go on in lower case: headings,
    though no blank line sets them apart (the cleaning joined "Démonstration d’usages mobiles" to the next line)."""
    lines = [text[u.start:u.end] for u in units]
    long = [ln for ln in lines if len(ln.split()) >= 8 and not TALK_HEADING.match(ln)]
    if len(long) < 5 or sum(PARAGRAPH_END.search(ln) is not None for ln in long) < 0.8 * len(long):
        return set()  # (talks' headings, "Title - Name, Company", are left out of the count: they end without a stop)
    out = set()
    for i, u in enumerate(units[:-1]):
        line, nxt = lines[i], lines[i + 1]
        words = len(line.split())
        if u.kind != LineKind.TEXT or u.own_paragraph or not line[:1].isupper() or SENTENCE_LINE_END.search(line) \
                or LIST_ITEM.match(line) or not nxt or nxt[:1].islower():
            continue
        if words <= LINE_HEADING_WORDS or words <= TALK_HEADING_WORDS and TALK_HEADING.match(line):
            out.add(i)  # (a talk's heading may be long: "CNCF Project Update - Liz Rice, Technology Evangelist, …")
    return out
