"""Turns written as the speaker's name alone on a line, the words on the lines under it, no colon: the text of a video
transcription, subtitles turned to prose, a Word export or Markdown whose "#### Name" headings were stripped:

    00:04:00
    Maître MAZZA
    Donc, ça fait presque 20 ans que je suis avocate…

A short capitalised line is also a title, a heading, a one-line reply or an entry in a list of participants, so a
line counts only where the text writes its turns that way (`NAME_LINES_MIN` lines, at least `NAME_LINE_SPEAKERS_MIN`
names written so twice or more) and only as a turn's opening: after a blank line, a timestamp or a finished sentence,
over a line of speech (a name over another name is a list). A name written so once holds when the text writes it
elsewhere too ("Jocelyne Chassard" whom the host introduced as "Jocelyne CHASSARD"). A label that gives a surname
alone ("Maître MAZZA") is the person the text names in full ("Christelle MAZZA, avocate à la Cour").
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Label, Line, LineKind, formal_label, parse_label, section_word
from quidit.ingest.lexicon import (
    ADDRESS_OPENING,
    ARTICLES,
    CAPACITY_DASH_LEAD,
    CAPTION_LINES_MIN,
    CAPTION_STOPS_SHARE,
    CLOCK_LINE,
    END_OF_SENTENCE,
    HONORIFICS,
    LABEL_TITLES,
    NAME_LINE,
    NAME_LINE_CHARS,
    NAME_LINE_FUNCTION,
    NAME_LINE_ONCE_MAX,
    NAME_LINE_SPEAKERS_MIN,
    NAME_LINE_SPEECH_WORDS,
    NAME_LINE_WORDS,
    NAME_LINES_MIN,
    NAME_ROLE_LINE,
    NICKNAME_BEFORE_FULL,
    NICKNAME_INTRODUCED,
    NUMBERED_VOICE,
    OFFICE_TITLES,
    ORG_FOLDED,
    PARTICLE_SURNAME_LINE,
    PARTICLES,
    PERSON_TITLES,
    SPEECH_LINE_END,
    UPPER,
    fold,
    role_of,
)
from quidit.ingest.names import lower_case_words


def _line(text: str, u: Line) -> str:
    return text[u.start:u.end].strip()


def _name(text: str, u: Line) -> Label | None:
    """The person or role a line of its own names, or None: a sentence, a section heading ("Discussion"), a title.
    In ordinary case or in capitals ("CLAIRE DURAND", a line `classify` leaves to this layout or a separator above);
    a parliament's office label may run longer than a name ("The MINISTER OF RURAL DEVELOPMENT AND LAND REFORM")."""
    s = _line(text, u)
    role_heading = u.kind == LineKind.SECTION and not u.talk and NAME_ROLE_LINE.match(s) is not None
    if not (u.kind == LineKind.TEXT or u.kind == LineKind.LABEL_ALONE and u.bare or role_heading) or not s or section_word(s):
        return None  # (a "Name, office" line set apart reads as a heading: a turn where the text writes its turns so)
    if NUMBERED_VOICE.match(s):
        return Label(s, s, None, None, False)  # "Intervenant public 4" over the words: a numbered voice amid named turns
    if PARTICLE_SURNAME_LINE.match(s):
        return Label(s, s, None, None, False)  # "de Gaulle", "van den Berg": a surname written with its particle first
    function = _office_tail(s)
    name = s[:function.start()] if function is not None else s
    if (len(name) > NAME_LINE_CHARS or NAME_LINE.match(name) is None) and not formal_label(s):
        return None
    return parse_label(s if function is None or len(s) <= 90 else name)


def _office_tail(s: str) -> re.Match | None:
    """The office after a name line's comma ("Éric Diard, rapporteur de la commission …"), or None: not a sentence
    addressing someone ("Manu, entrevista a alguien importante…" holds no office)."""
    m = NAME_LINE_FUNCTION.search(s)
    return m if m is not None and _office_word(m.group("first")) else None


def _office_word(word: str) -> bool:
    """An office or a role ("rapporteur", "présidente", "ministre", "vice-président"), opening a name line's office."""
    w = fold(word)
    return w in OFFICE_TITLES or w in PERSON_TITLES or role_of(word) is not None or w.split("-")[-1] in OFFICE_TITLES


def _common(lab: Label, lower: frozenset[str]) -> bool:
    """Every word of the would-be name is one the text also writes in lower case ("Next Steps", "Rires"): no name."""
    words = [w for w in re.findall(r"[\w’'-]+", lab.core) if w.lower() not in PARTICLES and len(w) > 2]
    return lab.role is None and (not words or all(w.lower() in lower for w in words))


def _set_apart(text: str, units: list[Line], i: int) -> bool:
    """The line is the text's first, or a blank line or a timestamp is right above it."""
    return i == 0 or text[max(0, units[i].start - 2):units[i].start] == "\n\n" \
        or CLOCK_LINE.match(_line(text, units[i - 1])) is not None


def _unpunctuated(text: str, units: list[Line]) -> bool:
    """Captions turned to text: hardly any line of several words ends with a sentence's stop, so where a sentence
    ends (and a turn may open) the text does not say."""
    long = [s for u in units if u.kind == LineKind.TEXT and len((s := _line(text, u)).split()) >= NAME_LINE_SPEECH_WORDS]
    return len(long) >= CAPTION_LINES_MIN and sum(SPEECH_LINE_END.search(s) is not None for s in long) \
        < CAPTION_STOPS_SHARE * len(long)


def _opens(text: str, units: list[Line], i: int, names: dict[int, Label], unpunctuated: bool,
           formal: set[int] | frozenset[int] = frozenset()) -> bool:
    """The line opens a turn: set apart, or right after a finished sentence (anywhere in unpunctuated captions); not
    right under another name (the last entry of a list of names, over whatever follows the list). A parliament's
    label (`formal`) is kept under a line that is no such label: a section heading ("NOTICES OF MOTION"); so is a name
    set apart under a name that said nothing, when its words address the chair (`_addresses_chair`)."""
    if i - 1 in names and not (i in formal and i - 1 not in formal) \
            and not (_set_apart(text, units, i) and _addresses_chair(text, units, i, names[i])):
        return False
    return unpunctuated or _set_apart(text, units, i) or END_OF_SENTENCE.search(_line(text, units[i - 1])) is not None


def _speech(text: str, units: list[Line], i: int, names: dict[int, Label], unpunctuated: bool) -> bool:
    """The line under line i is someone's words: text (a "Words: …" line whose words are no name's too: "Alors, du
    coup, on ne dit pas: des malversations…", "I move without notice:"), not another name (a list), not a timestamp, a sentence or long enough
    to be one; in lower case only under a name set apart (a turn that completes the last one, "et qui rend la
    décision."), else it is a wrapped sentence; in unpunctuated captions, any line of words."""
    j = i + 1
    if j >= len(units) or j in names:
        return False
    u = units[j]
    if not (u.kind == LineKind.TEXT or u.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) and u.label
            and (parse_label(u.label) is None or len(u.label.split()) > NAME_LINE_WORDS)):
        return False
    s = _line(text, u)
    if unpunctuated:
        return CLOCK_LINE.match(s) is None
    return CLOCK_LINE.match(s) is None and (not s[:1].islower() or _set_apart(text, units, i)) \
        and (SPEECH_LINE_END.search(s) is not None or len(s.split()) >= NAME_LINE_SPEECH_WORDS)


def _addresses_chair(text: str, units: list[Line], i: int, lab: Label) -> bool:
    """A name that speaks once is a turn when the words under it open by addressing the chair ("Stenmarck" / "Monsieur
    le Président, le rapport…"): a parliament's member, who speaks once in a sitting, as no list or title does."""
    if lab.role is not None or i + 1 >= len(units):
        return False
    words = _line(text, units[i + 1])
    lead = CAPACITY_DASH_LEAD.match(words)  # "ponente . – Señora Presidenta, …": the capacity they speak in, first
    return ADDRESS_OPENING.match(words[lead.end():] if lead else words) is not None


def _called_by_title(folded: str, cores: set[str]) -> set[str]:
    """The full names (folded, two words or more) whose surname the text writes after a title or honorific
    (LABEL_TITLES: "Justice Kavanaugh?", "Mr. Kanji.", "Senator Golden"): the chair calling on a member, or someone
    citing them; a name line that speaks once is then that person's turn, as one written twice is."""
    by_surname: dict[str, set[str]] = {}
    for c in cores:
        words = [w for w in c.split() if len(w.rstrip(".")) > 1]
        if len(c.split()) >= 2 and words:
            by_surname.setdefault(words[-1], set()).add(c)
    if not by_surname:
        return set()
    titles = "|".join(re.escape(t) for t in sorted(LABEL_TITLES - ARTICLES, key=len, reverse=True))
    surnames = "|".join(re.escape(w) for w in sorted(by_surname, key=len, reverse=True))
    out: set[str] = set()
    for m in re.finditer(rf"(?<![\w’'])(?:{titles})\.?[ \t]{{1,3}}({surnames})(?![\w’'])", folded):
        out |= by_surname[m.group(1)]
    return out


def _written_elsewhere(folded: str, cores: set[str]) -> set[str]:
    """The names (folded) the text writes more than on their own line (an introduction, a list, an address)."""
    if not cores:
        return set()
    alternation = "|".join(re.escape(c) for c in sorted(cores, key=len, reverse=True))
    seen: dict[str, int] = {}
    for m in re.finditer(rf"(?<!\w)(?:{alternation})(?!\w)", folded):
        seen[m.group(0)] = seen.get(m.group(0), 0) + 1
    return {c for c in cores if seen.get(c, 0) >= 2}


_WORD = rf"[{UPPER}][a-zà-ÿœæ]{{1,30}}(?:-[{UPPER}][a-zà-ÿœæ]{{1,30}})?"
# a capitalised word, then (looked ahead, so that "Mme Christelle MAZZA" is read at "Christelle" too) the next word in
# any case and up to two capitalised words after it
_NAME_PAIR = re.compile(rf"(?<![\w’'])({_WORD})(?=[ \t]{{1,3}}([^\W\d_][\w’'-]{{0,40}})((?:[ \t]{{1,3}}{_WORD}){{0,2}})(?![\w’']))")


def full_names(text: str, surnames: set[str], lower: frozenset[str]) -> dict[str, str]:
    """The one full name the text writes for each surname (folded) it has one for ("mazza" -> "Christelle MAZZA",
    "egas" -> "Daniel Egas Matamala"): a capitalised given name right before the surname, in any case, that is no
    honorific, title, article or word the text writes in lower case, and the capitalised surnames right after it (a
    second family name); none for a surname the text writes with no given name or with several. One pass."""
    found: dict[str, dict[str, str]] = {}  # surname -> given name -> the longest full name written with it
    for m in _NAME_PAIR.finditer(text):
        g, sur = m.group(1), m.group(2)
        if fold(sur) not in surnames or g.lower() in lower or g.lower() in HONORIFICS or fold(g) in OFFICE_TITLES \
                or fold(g).rstrip(".") in ARTICLES or role_of(g) is not None:
            continue
        tail = []
        for t in m.group(3).split():
            if t.lower() in lower or fold(t) in ORG_FOLDED or role_of(t) is not None:
                break
            tail.append(t)
        full = " ".join([g, sur, *tail])
        given = found.setdefault(fold(sur), {})
        if len(full) > len(given.get(g, "")):
            given[g] = full
    return {sur: next(iter(given.values())) for sur, given in found.items() if len(given) == 1}


def introduced_nicknames(text: str, nicknames: set[str], lower: frozenset[str]) -> dict[str, str]:
    """The one full name the text ties to each nickname (folded) of `nicknames` ("kristian" -> "Christian Viver" from
    "Christian Viver (Kristian)", "Francisco Miguel Martínez, alias Roswell", "Kristian (Christian Viver)"): a group
    interview's introduction, whose answers are then headed by the nickname alone. Words the text writes in lower case
    are cut from the head of the full name ("Con Christian Viver (Kristian)"); two words at least remain; none for a
    nickname tied to several names. One pass for each form."""
    if not nicknames:
        return {}
    found: dict[str, set[str]] = {}
    pairs = [(m.group("nick") or m.group("alias"), m.group("full")) for m in NICKNAME_INTRODUCED.finditer(text)]
    pairs += [(m.group("nick"), m.group("full")) for m in NICKNAME_BEFORE_FULL.finditer(text)]
    for nick, full in pairs:
        words = full.split()
        while words and words[0].lower() in lower:
            words.pop(0)
        if fold(nick) in nicknames and len(words) >= 2 and fold(nick) not in {fold(w) for w in words}:
            found.setdefault(fold(nick), set()).add(" ".join(words))
    return {nick: fulls.pop() for nick, fulls in found.items() if len(fulls) == 1}


def name_line_turns(text: str, units: list[Line]) -> set[int]:
    """Mark the lines that open a turn with a name alone (`LineKind.LABEL_ALONE`, `Line.name_line`; `Line.full` the
    full name of a surname-only label) and the timestamps among them (narration that does not end the turn); return
    the indices of the name lines, empty when the text does not write its turns so."""
    names = {i: lab for i, u in enumerate(units) if (lab := _name(text, u)) is not None}
    if len(names) < NAME_LINES_MIN:
        return set()
    lower = lower_case_words(text)
    formal = {i for i in names if formal_label(_line(text, units[i]))}
    names = {i: lab for i, lab in names.items() if i in formal or not _common(lab, lower)}
    bare = _unpunctuated(text, units)
    turns = {i: lab for i, lab in names.items() if _opens(text, units, i, names, bare, formal) and _speech(text, units, i, names, bare)}
    counts: dict[str, int] = {}
    for lab in turns.values():
        counts[fold(lab.core)] = counts.get(fold(lab.core), 0) + 1
    recurring = {fold(lab.core) for lab in turns.values() if counts[fold(lab.core)] >= 2}
    # a nickname alone ("Kristian") is as good as a full name where the introduction ties it to one
    single = {fold(lab.core) for lab in turns.values() if lab.role is None and len(lab.core.split()) == 1}
    nicknamed = introduced_nicknames(text, single, lower)
    strong = {fold(lab.core) for lab in turns.values()
              if (lab.strong or fold(lab.core) in nicknamed) and fold(lab.core) in recurring}
    dialogue = len(turns) >= NAME_LINES_MIN and len(recurring) >= NAME_LINE_SPEAKERS_MIN and strong
    # a parliament's record whose members mostly speak once: its formal labels make the layout, or the members' words
    # opening by addressing the chair under their names ("Speroni" / "Señora Presidenta, en las Actas…"), the chair's
    # own name line written again and again
    addressing = {i for i, lab in turns.items() if _addresses_chair(text, units, i, lab)}
    if not dialogue and len(formal & turns.keys()) < NAME_LINES_MIN and not (strong and len(addressing) >= NAME_LINES_MIN):
        return set()
    once = {fold(lab.core) for lab in turns.values() if fold(lab.core) not in recurring and lab.strong and lab.role is None}
    named = _written_elsewhere(fold(text), once) | _called_by_title(fold(text), once) if len(once) <= NAME_LINE_ONCE_MAX else set()
    named |= nicknamed.keys()
    # a full name under its honorific ("Mme Danielle Simonnet" over "Et concrètement, comment font les femmes ?") in a
    # dialogue written so: a member who speaks once, an interjection, as a parliament's record gives it
    titled = {fold(lab.core) for lab in turns.values() if fold(lab.core) in once and lab.gender
              and len(lab.core.split()) >= 2} if dialogue else set()
    # a member's name with the office they speak in after it ("Roth-Behrendt, presidente de la Comisión de Medio
    # Ambiente…" / "Como hemos dicho…"), in a parliament's record that writes its turns so (its members address the
    # chair): once is enough, as a title is (a report's speakers listed "Name, Office" are no turns)
    parliament = strong and len(addressing) >= NAME_LINES_MIN
    officed = {i for i, lab in turns.items() if parliament and lab.role is None and _office_tail(_line(text, units[i])) is not None}
    kept = {i for i, lab in turns.items() if fold(lab.core) in recurring or fold(lab.core) in named or i in formal
            or fold(lab.core) in titled or i in addressing or i in officed}
    surnames = {fold(turns[i].core) for i in kept if turns[i].role is None and len(turns[i].core.split()) == 1}
    fulls = full_names(text, surnames, lower) if surnames else {}
    for i in kept:
        u, lab = units[i], turns[i]
        line = _line(text, u)
        if len(line) > 90 and (function := _office_tail(line)) is not None:
            line = line[:function.start()]  # "Éric Diard, rapporteur de la commission du …": the name (a label is short)
        u.kind, u.label, u.body, u.structured, u.name_line, u.bare = LineKind.LABEL_ALONE, line, None, True, True, False
        if lab.role is None and len(lab.core.split()) == 1:
            u.full = nicknamed.get(fold(lab.core)) or fulls.get(fold(lab.core))
    for u in units:
        if u.kind in (LineKind.TEXT, LineKind.LABEL) and CLOCK_LINE.match(_line(text, u)):  # ("00:04:00" reads as "00: 04:00")
            u.kind, u.aside, u.label, u.body = LineKind.NARRATION, True, None, None
    return kept
