"""People named in a sentence: honorific and bare names, roles tied to a participant, titles before a name, and
which of them opens the sentence as its subject (the speech verb's). ingest.attribution decides from these mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quidit.ingest.initials import holder as initials_holder
from quidit.ingest.initials import mentions as initial_words
from quidit.ingest.lexicon import (
    ADDRESSED_OFFICE,
    ARTICLES,
    AS_SAYS_BEFORE,
    ATTENDANCE,
    ATTRIBUTIVE,
    ATTRIBUTIVE_LEAD,
    BY_AFTER_VERB,
    CLAUSE_JOIN_BEFORE,
    CLEFT_AFTER,
    CLEFT_BEFORE,
    CONJUNCTION_SLOT,
    DIVISION_HEADING,
    ENGLISH_THE_BEFORE,
    ENGLISH_THE_LEAD,
    FLOOR_TAKEN,
    HONORIFIC_RE,
    HONORIFICS,
    ID_CODE_AFTER,
    ID_CODE_TAIL,
    INITIAL_SURNAME,
    INITIALLED_GIVEN_NAME,
    INVERTED_SAYS,
    ITEM_WORD_LEAD,
    LABEL_FLOOR_VERB,
    NAME_ALIAS,
    NAME_RE,
    NAMES_JOIN,
    NEW_SENTENCE_GAP,
    NUMBER_SIGN_AFTER,
    NUMBERED_WORD,
    OBJECT_AFTER_SOURCE,
    OFFICE_BRACKET_SLOT,
    OFFICE_OF_DEPARTMENT,
    OFFICE_PREFIXES,
    OFFICE_TITLES,
    OFFICER_TITLES,
    OPENING_PHRASE,
    PASSIVE_AFTER_NAME,
    PASSIVE_BY,
    PASSIVE_VERB_AFTER,
    POINT_OF_AFTER,
    POINT_OF_BEFORE,
    POINT_OF_VERB,
    POSSESSIVE_S,
    POSSESSOR_AFTER,
    PRONOUN_SUBJECT_BEFORE,
    QUOTE_OPEN,
    QUOTE_THEN_VERB,
    RELATIVE_BEFORE,
    ROLE_NOUN_SLOT,
    ROLE_QUALIFIERS,
    ROLE_WORD,
    SAID_AFTER_END,
    SAID_AFTER_QUOTE,
    SLASH_NICK,
    SOURCE_NAME_END,
    SPEAKER_LABEL,
    SPEECH_VERB,
    SUBJECT_SLOT,
    TITLE_ENDS_IN_LINK,
    TITLE_ENDS_IN_PREPOSITION,
    TITLE_MENTION,
    TITLE_MENTION_PAIR,
    TITLE_OF,
    TITLE_SLOT,
    TOPIC_LINE_BEFORE,
    TOPIC_RUN_IN_LINE,
    TOPIC_RUN_IN_MAX_CHARS,
    TOPIC_RUN_IN_MAX_WORDS,
    UPPER,
    WORDS_BACK,
    WORDS_OF,
    Role,
    caps_heading,
    fold,
    gender_of,
    role_in,
    role_of,
)
from quidit.ingest.names import (
    BARE_NAME,
    HONORIFIC_MENTION,
    TextNames,
    candidates,
    given_name_nick,
    honorific_gender,
    name_tokens,
    resolve,
    trim_name,
)
from quidit.ingest.office_first_labels import office_phrase
from quidit.ingest.records import Participant
from quidit.ingest.titled_members import runs_on, titled_holder, titled_name

WINDOW = 400  # characters a speech verb may follow its subject; also the look-behind for cues


CAPS_SURNAME = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b")


ONE_NAME = re.compile(rf"(?<![\w’'.-])[{UPPER}][\w’'-]+(?![\w’'-])")


APPOSED_AFTER_ROLE = re.compile(r"(?:[ \t]+[\wÀ-ÿ]+){0,4},\s*")  # "secretario| General ad hoc, |Name": up to the name


APPOSED_NAME = re.compile(rf"[^,;.\n]{{0,50}},\s*({HONORIFIC_RE})\s+({NAME_RE})")  # ", Dª Leonor Corbacho Tejada"


@dataclass
class Mention:
    start: int
    end: int
    name: str
    gender: str | None
    participant: Participant | None
    kind: str  # honorific | bare | role | named (a name the text writes, no participant yet: `TextNames`) | nickname


def holds_role(p: Participant, role: Role) -> bool:
    return p.session_role == role.value or bool(p.role and (role_of(p.role) == role or role_in(" le " + p.role) == role))


def role_participant(word: str, participants: list[Participant]) -> Participant | None:
    """The one participant who holds the role a word names ("le maire" -> the mayor named in the text)."""
    role = role_of(word) or role_in(word)
    if role is None:
        return None
    gender = gender_of(word)
    cands = [p for p in participants if holds_role(p, role) and p.session_role != "absent"]
    if not cands and role is Role.MAYOR:  # "sous la présidence de monsieur X" and no mayor named: a council's mayor
        cands = [p for p in participants if p.session_role == Role.CHAIR.value]  # presides it (X is "le Maire")
    if gender:  # MODERADOR and MODERADORA are two people
        cands = [p for p in cands if p.gender in (None, gender)]
    if len(cands) > 1:
        named = [p for p in cands if role_of(p.name) is None]
        cands = named if len(named) == 1 else cands
    return cands[0] if len(cands) == 1 else None


def _stems(words: str) -> list[str]:
    """An office's words without their last vowel, so that the feminine and the masculine meet ("Vice Intendenta" and
    "Vice Intendente Municipal")."""
    return [re.sub(r"[aeo]$", "", w) for w in fold(words).split()]


def _titled_holder(name: str, participants: list[Participant]) -> Participant | None:
    """The one participant whose office, as the attendance list gives it, starts with the office an honorific names
    ("El señor Intendente", "La señora Vice Intendenta" for "Vice Intendente Municipal: Rocío Portuguez Araya");
    only where every word the honorific names is an office word."""
    words = name.split()
    if not words or not all(fold(w) in OFFICE_TITLES or fold(w) in OFFICE_PREFIXES for w in words):
        return None
    key = _stems(name)
    found = [p for p in participants if p.role and _stems(p.role)[:len(key)] == key]
    return found[0] if len(found) == 1 else None


def find_mentions(text: str, s: int, e: int, participants: list[Participant], names: TextNames | None = None) -> list[Mention]:
    """People named in a sentence. With `names` (a text with no participants list), also full names in ordinary
    case ("Daniele Corciulo"), first names of a full name written before ("Daniele") and one-word proper names at the
    sentence's start ("Shanni nous montre"): kind "named", the person made only if they turn out to speak."""
    seg = text[s:e]
    participants = [p for p in participants if p.session_role != "absent"]  # absent people never speak
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in OFFICE_OF_DEPARTMENT.finditer(seg):  # "The Secretary of State said…": that office's holder, by its full name
        office = m.group("office")
        p = next((q for q in participants if fold(q.name).removeprefix("the ") == fold(office)), None)
        out.append(Mention(s + m.start(), s + m.end(), m.group(0).split(None, 1)[0].lower() + " " + office, None, p, "office"))
        taken.append((m.start(), m.end()))
    for m in HONORIFIC_MENTION.finditer(seg):
        if any(a <= m.start() < b for a, b in taken):
            continue
        name = orig = trim_name(m.group(2))
        if POSSESSIVE_S.search(name) and len(name) > 3:  # "Mr. Reid’s salary": the name is "Reid", the owner's
            name = orig = name[:-2]
        holder = _titled_holder(name, participants)
        if holder is not None:  # "El señor Intendente" where the list gives "Intendente Municipal: Wilberth Quirós Palma"
            out.append(Mention(s + m.start(), s + m.end(), holder.name, holder.gender, holder, "role"))
            taken.append((m.start(), m.end()))
            continue
        if role_of(name.split("-")[0]) is not None:
            continue  # "el Sr. Alcalde": a role, read below
        if len(name.split()) == 1 and fold(name) in OFFICE_TITLES:  # "la Sra. Portavoz Grupo PP, Dª Leonor X": the apposition
            app = APPOSED_NAME.match(seg, m.end())
            if app is None:
                office = resolve(name, participants)  # "el señor Ministro" after "el señor Ministro de Hacienda" spoke
                if office is not None and role_of(office.name) is None and fold(office.name).startswith(fold(name)):
                    out.append(Mention(s + m.start(), s + m.end(), office.name, office.gender, office, "honorific"))
                    taken.append((m.start(), m.end()))
                continue
            gender = honorific_gender(app.group(1))
            name = trim_name(app.group(2))
            out.append(Mention(s + m.start(), s + app.start(2) + len(name), name, gender, resolve(name, participants, gender), "honorific"))
            taken.append((m.start(), app.start(2) + len(name)))
            continue
        gender = honorific_gender(m.group(1))
        words = name.split()
        lead = 0  # "Sr. Concejal Dª María Moreno": the office title and the second honorific go
        while lead < len(words) - 2 and (fold(words[lead]) in OFFICE_TITLES or words[lead].lower() in HONORIFICS):
            gender = HONORIFICS.get(words[lead].lower()) or gender
            lead += 1
        if lead and fold(words[lead]) in TITLE_OF:  # "el señor Ministro de Hacienda": the office is all the text names
            lead = 0
        name = " ".join(words[lead:])  # (spaces made single: PDF text doubles them)
        end = s + m.start(2) + len(orig)
        out.append(Mention(s + m.start(), end, name, gender, resolve(name, participants, gender), "honorific"))
        taken.append((m.start(), m.end()))
    for m in initial_words(seg):  # "CC noted that…", "PB Noted that…" where the attendance list gives "Claire Cann (CC)"
        p = initials_holder(m.group(0), participants)
        if p is None or any(a <= m.start() < b for a, b in taken):
            continue
        out.append(Mention(s + m.start(), s + m.end(), m.group(0), p.gender, p, "initials"))
        taken.append((m.start(), m.end()))
    for m in BARE_NAME.finditer(seg):
        if any(a <= m.start() < b for a, b in taken):
            continue
        name, start, end = m.group(1), m.start(), m.end()
        verb = LABEL_FLOOR_VERB.match(name)
        if verb and len(name[verb.end():].split()) >= 2:  # "Intervino Santiago Perdomo": the verb opens the sentence
            name, start = name[verb.end():].lstrip(), start + len(name) - len(name[verb.end():].lstrip())
        said = ATTRIBUTIVE_LEAD.match(name)
        joined = NAMES_JOIN.split(name[said.end():]) if said else []
        if said and start == 0 and len(name[said.end():].split()) >= 2 \
                and not (len(joined) >= 2 and all(len(part.split()) >= 2 for part in joined)):
            name, start = name[said.end():], start + said.end()  # "Según Borja Terán, …": the name follows
            # ("Según Ana Gil y Pedro Ruiz, …": two people, neither one's words)
        tail = names.glued_tail(name) if names is not None and names.written else None
        if tail is not None:  # "Aspectos Financieros del Proyecto Ana Gil abordó…": a summary's topic, then the name
            name, start = tail, start + name.rfind(tail)
        lead = title_lead(name)
        if lead:  # "El Tesorero Martín Ríos": the article and the title are not part of the name
            name, start = name[lead:], start + lead
        elif ENGLISH_THE_BEFORE.search(seg, 0, start) or ENGLISH_THE_LEAD.match(name):
            words = ENGLISH_THE_LEAD.sub("", name).split()
            if len(words) >= 2 and not any(role_of(w) or fold(w) in OFFICE_TITLES or re.fullmatch(OFFICER_TITLES, w, re.I) for w in words):
                taken.append((m.start(), end))  # (nor one of its words alone, read as a known name's short form;
                # "The Parish Clerk", "The Treasurer" are offices, read as such below)
            continue  # "the United Kingdom Government were grateful…", "The Australian Delegation asked…": a body or a
            # country; a person is written with no article (roles, "the Chair", and "the Hon. X" are read elsewhere)
        code = ID_CODE_TAIL.search(name)
        if code and ID_CODE_AFTER.match(seg, end) and len(name[:code.start()].split()) >= 2:  # "Marcelo Blanco SA 004465"
            name, end = name[:code.start()], start + code.start()
        if NUMBERED_WORD.search(name):
            continue  # "FINANCES D2025-010- Objet : …": a deliberation's heading, no one's name
        if NUMBER_SIGN_AFTER.match(seg, end):
            continue  # "12 – DM N°1 SSIAD": an item's number, no one's name
        if ATTENDANCE.fullmatch(name):
            continue  # "… ROUSSEL. ABSENTS EXCUSES : M. Lucien BOUIS, …" in a record on one line: the list's heading
        if DIVISION_HEADING.match(name):
            continue  # "Part II.- Imposition of Tax.": a bill's division, its numeral in capitals, no one's name
        if (lead_words := ITEM_WORD_LEAD.match(seg)) is not None and end <= lead_words.end():
            continue  # "DÉCIMO QUINTO PUNTO.- Asuntos generales.": an acta's point, led by words, no one's name
        if caps_heading(name):
            continue  # "DEBAT SUR LES ORIENTATIONS BUDGETAIRES : M. le Président explique…": a heading, no one's name
        p = resolve(name, participants)
        titled = titled_name(name) if p is None else None
        if titled is not None:  # "Director Bagley shared…", "GM Washington reminded…": a member under an office title
            taken.append((m.start(), end))
            if not runs_on(seg, end):  # ("GM Oversight and Performance Management…": a body's name, no one)
                out.append(Mention(s + start, s + end, titled[1], None, titled_holder(titled[1], participants), "titled"))
            continue
        if p is not None or CAPS_SURNAME.search(name) and not ROLE_WORD.match(name) or floor_taker(seg[:start], name):
            out.append(Mention(s + start, s + end, " ".join(trim_name(name).split()), None, p, "bare"))  # "Raúl  Seguí"
            taken.append((m.start(), end))
        elif names is not None and (full := names.name_at(name, sentence_start=not seg[:start].strip(" -–—•*"))):
            at = start + name.find(full)
            out.append(Mention(s + at, s + at + len(full), full, None, resolve(full, participants), "named"))
            taken.append((m.start(), end))
    for m in INITIAL_SURNAME.finditer(seg):  # "B. Gervais indique…" with Bertrand GERVAIS on the list
        if any(a <= m.start() < b for a, b in taken):
            continue
        p = initialled_holder(m.group("ini"), m.group("sur"), participants)
        if p is not None:
            out.append(Mention(s + m.start(), s + m.end(), m.group(0), p.gender, p, "bare"))
            taken.append((m.start(), m.end()))
    for m in INITIALLED_GIVEN_NAME.finditer(seg):  # "Antoine C demande…" beside Antoine Claisse and Antoine Rozo
        if any(a <= m.start() < b for a, b in taken):
            continue
        p = resolve(m.group(0).rstrip("."), participants)
        if p is not None:
            out.append(Mention(s + m.start(), s + m.end(), m.group(0), p.gender, p, "bare"))
            taken.append((m.start(), m.end()))
    for m in ONE_NAME.finditer(seg):  # "Karine conclut …": one word that is one listed person's first name or surname
        word = POSSESSIVE_S.sub("", m.group(0))  # "Petr's plan": the name is "Petr"
        end = m.start() + len(word)
        if any(a <= m.start() < b for a, b in taken) or len(word) < 3 or ROLE_WORD.match(word) \
                or word.lower() in ARTICLES:  # "The auditor has said…": the article of "The Speaker" names nobody
            continue
        p = resolve(word, participants)
        if p is not None:
            out.append(Mention(s + m.start(), s + end, word, p.gender, p, "bare"))
            taken.append((m.start(), end))
        elif names is None and _shared_first_name(word, participants):  # "Daniel" with two listed Daniels
            p = next((q for q in participants if fold(q.name) == fold(word)), None)
            out.append(Mention(s + m.start(), s + end, word, p.gender if p else None, p, "first"))
            taken.append((m.start(), end))
        elif names is None and (p := given_name_nick(word, participants)) is not None:
            # "Juanlu comenta…" with Juan Luis Cano listed: a nickname; it speaks only with its verb right after it
            out.append(Mention(s + m.start(), s + end, word, p.gender, p, "nickname"))
            taken.append((m.start(), end))
        elif names is not None:
            full = names.full_name(word, s + m.start())  # "Daniele" after "Daniele Corciulo"
            # a one-word name opens the sentence, or follows its opening phrase ("En la segunda hora, Lola nos explicó…")
            # or a conjunction opens its clause ("… was used and Josh felt that…")
            if full is None and not (names.one_name(word) and (not seg[:m.start()].strip(" -–—•*")
                                                               or OPENING_PHRASE.fullmatch(seg[:m.start()])
                                                               or CLAUSE_JOIN_BEFORE.search(seg, 0, m.start()))):
                continue
            p = resolve(full, participants) if full else None
            out.append(Mention(s + m.start(), s + end, full or word, p.gender if p else None, p, "named"))
            taken.append((m.start(), end))
    for m in SLASH_NICK.finditer(seg):  # "Chris/Janus a pris contact…": a nick, listed or not
        if any(a <= m.start() < b for a, b in taken):
            continue
        p = next((q for q in participants if fold(q.name) == fold(m.group(0))), None)
        out.append(Mention(s + m.start(), s + m.end(), m.group(0), p.gender if p else None, p, "nick"))
        taken.append((m.start(), m.end()))
    named_at = {x.start for x in out}
    pairs = [p for p in participants if p.role and len(p.role.split()) == 2]
    for m in TITLE_MENTION_PAIR.finditer(seg) if pairs else ():  # "The Parish Clerk reported…" (list: "Parish Clerk: X")
        holders = [p for p in pairs if fold(p.role) == fold(" ".join(m.group(1).split()))]
        if len(holders) != 1 or any(a <= m.start() < b for a, b in taken):
            continue
        out.append(Mention(s + m.start(), s + m.end(), m.group(0), holders[0].gender, holders[0], "role"))
        taken.append((m.start(), m.end()))
    titled = {fold(p.role): p for p in participants if p.role and " " not in p.role.strip()}
    for m in TITLE_MENTION.finditer(seg):  # "The Treasurer noted…" where the list gives "Bob Jones (Treasurer)"
        p = titled.get(fold(m.group(1)))
        if p is None or any(a <= m.start() < b for a, b in taken) or ROLE_WORD.match(seg, m.start()) \
                or sum(fold(q.role or "") == fold(m.group(1)) for q in participants) != 1:
            continue
        out.append(Mention(s + m.start(), s + m.end(), m.group(0), p.gender, p, "role"))
        taken.append((m.start(), m.end()))
    for m in ROLE_WORD.finditer(seg):
        if any(a <= m.start() < b for a, b in taken):
            continue
        gap = re.match(r"[ \t]+", seg[m.end():])
        if gap and s + m.end() + gap.end() in named_at:
            continue  # "el secretario Pablo Bastide": the role is the name's title, one person
        apposed = APPOSED_AFTER_ROLE.match(seg, m.end())
        if apposed and s + apposed.end() in named_at:
            continue  # "el secretario General ad hoc, Brisvani Arenas": the name in apposition is the person
        p = role_participant(m.group(0), participants)
        out.append(Mention(s + m.start(), s + m.end(), m.group(0), gender_of(m.group(0)), p, "role"))
    return sorted(out, key=lambda x: x.start)


def _shared_first_name(word: str, participants: list[Participant]) -> bool:
    """A one-word reference that is the first name of two or more listed people and nothing else of anyone's
    ("Matías" with Matías Capeletto and Matías Eissler): the text does not say which, the first name is all it gives."""
    key = fold(word)
    cands = candidates(word, participants)
    return len(cands) >= 2 and all(name_tokens(c.name)[:1] == [key] or fold(c.name) == key for c in cands)


def title_lead(name: str) -> int:
    """Length of a leading article and title the name pattern swallowed ("El Tesorero Martín Ríos" -> len("El Tesorero ")),
    0 when the words are all name or fewer than two would be left."""
    spans = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", name)]  # offsets: PDF text doubles its spaces
    words = [w for _, w in spans]
    if len(words) < 4 or fold(words[0]) not in ARTICLES:
        return 0
    i = 2
    while i < len(words) and (fold(words[i]) in ROLE_QUALIFIERS or fold(words[i]) in OFFICE_TITLES):
        i += 1
    if i < len(words) - 2 and fold(words[i - 1]) in TITLE_OF:
        i += 1  # "El Secretario de Actas Santiago Godoy": the title's own noun after "de", two words still left
    if len(words) - i < 2:
        return 0
    return spans[i][0]


def floor_taker(before: str, name: str) -> bool:
    """A first and last name right after an explicit floor-taking opener ("Toma la palabra el socio Marcelo Blanco")
    or after a title in a subject slot ("El Tesorero Martín Ríos informó…") names someone, even in ordinary case
    and with no participants list (the speech verb after it is still required by `opener_verb`)."""
    return len(name.split()) >= 2 and (bool(BY_AFTER_VERB.search(before[-60:])) or title_before(before) is not None)


def title_before(before: str) -> str | None:
    """The title right before a name in a subject slot: "El Tesorero " -> "Tesorero", ", la vocal " -> "vocal"."""
    t = TITLE_SLOT.search(before, max(0, len(before) - 200))  # (a window: the whole prefix per name was quadratic)
    title = t and (t.group(1) or t.group(2) or t.group(3))
    if not title or SPEECH_VERB.search(title) or TITLE_ENDS_IN_LINK.search(title):
        return None
    return title


def subject_slot(prefix: str) -> bool:
    """Whether a name after this prefix can be the sentence's subject: at the start, after a comma
    or a linking adverb, or after a title ("…, l'ambassadrice Élise X indique")."""
    if SUBJECT_SLOT.search(prefix) or ROLE_NOUN_SLOT.search(prefix):  # (or "PyO3 maintainer X asked")
        return True
    held = OFFICE_BRACKET_SLOT.search(prefix)
    if held is not None and office_phrase(held.group("office")):  # "El señor ministro de Hacienda (X) expone…"
        return True
    t = TITLE_SLOT.search(prefix)
    # "l'ambassadrice X" is a title; "La voix de X" is not ("de" ends a noun phrase about X)
    title = t and (t.group(1) or t.group(2) or t.group(3))
    return bool(title) and not SPEECH_VERB.search(title) and not TITLE_ENDS_IN_PREPOSITION.search(title)


def _topic_run_in(text: str, sent_start: int, at: int, line_starts: frozenset[int]) -> bool:
    """Whether the only words before `at` (a line start) are a topic heading line the splitter ran into this
    sentence ("2030 Vision Alignment" | "Kevin stressed…"): the name after it opens the writer's sentence."""
    if sent_start not in line_starts or sent_start >= at:
        return False
    if TOPIC_LINE_BEFORE.match(text, sent_start, at) is not None:
        return True
    # a paragraph's first line that is a short heading in lower case ("Responsabilités des administrateurs" | "Tharyrok
    # propose que…"): a hard-wrapped line would run to its fill width (TOPIC_RUN_IN_MAX_CHARS)
    # (the cleaner joins the two lines with a space; `line_starts` still tells where the name's line began)
    line = text[sent_start:at]
    return (sent_start == 0 or text[sent_start - 2:sent_start] == "\n\n") and len(line) <= TOPIC_RUN_IN_MAX_CHARS \
        and len(line.split()) <= TOPIC_RUN_IN_MAX_WORDS and TOPIC_RUN_IN_LINE.fullmatch(line.strip()) is not None \
        and not any(x in line_starts for x in range(sent_start + 1, at))


def addressed(text: str, m: Mention, sent_start: int, sent_end: int) -> bool:
    """`m` is the office the speaker addresses, set off by commas with its honorific ("…, Mr Chairman, …", "Monsieur le
    Président, …"): a vocative, never the subject of the sentence's verb (ADDRESSED_OFFICE)."""
    seg = text[sent_start:sent_end]
    return any(sent_start + a.start("office") <= m.start < sent_start + a.end("office") for a in ADDRESSED_OFFICE.finditer(seg))


def initialled_holder(initials: str, surname: str, participants: list[Participant]) -> Participant | None:
    """The one listed person whose surname this is and whose given name starts with the first initial ("B. Gervais":
    Bertrand GERVAIS; "P-H Pelloux": Paul-Henri PELLOUX); None when none or several fit."""
    fits = [p for p in participants if len(words := p.name.split()) >= 2 and fold(words[-1]) == fold(surname)
            and fold(words[0])[:1] == fold(initials)[:1]]
    return fits[0] if len(fits) == 1 else None


def opener_verb(text: str, m: Mention, sent_start: int, sent_end: int, others: list[Mention],
                line_starts: frozenset[int] = frozenset(), nobody_speaking: bool = False) -> int | None:
    """Offset of the speech verb that makes `m` the speaker, or None when `m` is only mentioned. `nobody_speaking`:
    no speaker's turn runs on into this sentence (the writer's own prose)."""
    prefix = text[max(sent_start, m.start - WINDOW):m.start]
    after = text[m.end:min(sent_end, m.end + WINDOW + 100)]
    if addressed(text, m, sent_start, sent_end):  # "Secondly, Mr Chairman, the exemption is…": the chair is spoken to
        return None
    if ATTRIBUTIVE.search(prefix) and after.lstrip().startswith(","):
        return m.end
    if BY_AFTER_VERB.search(prefix[-60:]):  # "Interviene Dª X", "Se responde por la Sra. X"
        return m.end
    if WORDS_OF.search(prefix[-40:]):  # "“no maleables” en palabras de X", "¿…? fue la pregunta de X": X's words
        return m.end
    if SAID_AFTER_QUOTE.search(prefix[-30:]) and SAID_AFTER_END.match(after):  # '"…," said Adriaan.': the quote is his
        return m.end
    # ("Comme l'a rappelé Madame X, …" inside someone's turn is that speaker citing X: only the writer's prose has a source)
    verb = QUOTE_THEN_VERB.search(prefix[-50:]) \
        or (AS_SAYS_BEFORE.match(text[sent_start:m.start]) if nobody_speaking and m.start - sent_start <= 80 else None)
    if verb and SPEECH_VERB.fullmatch(verb.group(1)) and (SOURCE_NAME_END.match(after) or verb.re is QUOTE_THEN_VERB
                                                          and QUOTE_OPEN.match(text, sent_start) and OBJECT_AFTER_SOURCE.match(after)):
        # '"…", subraya Remei Blasco, …', "como subraya César Peña (RTVE Lab), …": the source speaks; after a quotation
        # that opens the sentence the verb's object may follow the name ('"…", así explica X el desafío que…')
        return m.end
    inverted = INVERTED_SAYS.fullmatch(text, sent_start, m.start) if m.start - sent_start <= 60 else None
    if inverted is not None and SPEECH_VERB.fullmatch(inverted.group("verb")):
        return m.end  # "Ce que confirme Jean Roe en indiquant que…": the verb comes before its subject
    if m.start - sent_start <= 120 and WORDS_BACK.match(text[sent_start:m.start]):
        return m.end  # "Con esta declaración de intenciones inauguraba Borja Terán, …": the words before were X's
    if PASSIVE_BY.search(prefix[-40:]) and PASSIVE_VERB_AFTER.match(after[:80]):  # "Por el Sr. Alcalde se explica"
        return m.end
    if CLEFT_BEFORE.search(prefix) and subject_slot(CLEFT_BEFORE.sub("", prefix)):  # "…, c'est X qui présente"
        cleft = CLEFT_AFTER.match(after)
        verb = SPEECH_VERB.match(after, cleft.end()) if cleft else None
        return m.end + verb.start() if verb else None
    if FLOOR_TAKEN.search(prefix):  # "Question de Madame X (…) : …"
        colon = after.find(":")
        return m.end + colon if 0 <= colon <= 200 else m.end
    if not prefix.strip():
        label = SPEAKER_LABEL.match(after)
        if label:  # verbatim style: "M. Dupont : Merci …" / "Mme Roy (Ville de Lyon). – Je …"
            return m.end + label.end() - 1
    if POINT_OF_BEFORE.search(prefix) and POINT_OF_VERB.match(after):  # "La proposition de X est de …"
        return m.end
    if not subject_slot(prefix) and not (m.start in line_starts and (m.kind != "bare" or _topic_run_in(text, sent_start, m.start, line_starts))):  # "Madame X …" opens a line
        joined = CONJUNCTION_SLOT.search(prefix[-12:]) and (v := SPEECH_VERB.match(after, len(after) - len(after.lstrip())))
        if not joined:
            return None
        return m.end + v.start()  # "Pero Lucio saltó…", "… y Alecu pregunta:": a conjunction, the name, its verb at once
    if POINT_OF_AFTER.match(after):  # "Petr's plan was to …": X's reported point is the subject
        return m.end
    if NAME_ALIAS.match(after):  # "Philippe Pitolli, dit karchnu": a nickname, not "says"
        return None
    if POSSESSOR_AFTER.match(after):  # "Mr. Reid’s salary was reported…": the salary is reported, Reid says nothing
        return None
    for v in SPEECH_VERB.finditer(after):
        if v.start() > WINDOW:
            return None
        verb_at = m.end + v.start()
        # "X qui a commencé …" / "X, qui intervient au nom de …, estime": skip verbs of relative clauses
        if not RELATIVE_BEFORE.search(text[max(m.end, verb_at - 12):verb_at]):
            break
    else:
        return None
    if text[verb_at:verb_at + 1].isupper() and NEW_SENTENCE_GAP.search(text, m.end, verb_at):
        return None  # "…, Janvier de La Motte (Eure). — Demande de renvoi…": a summary's next item, where the splitter
        # kept the stop; a verb that opens a sentence of its own is not the name's
    if any(m.end <= o.start < verb_at and (subject_slot(text[max(sent_start, o.start - WINDOW):o.start])
                                           or o.start in line_starts and _topic_run_in(text, sent_start, o.start, line_starts))
           for o in others if o is not m):
        return None  # another subject comes first (also the name opening the line under a run-in topic heading, where
        # the heading's words are no one: "LEOCIP Feedback" | "Nicolas stated…"); object mentions do not block
    if PRONOUN_SUBJECT_BEFORE.search(text, m.end, verb_at):
        return None  # "Après X et Y, on parle de…": the verb has its own subject
    if PASSIVE_AFTER_NAME.fullmatch(text, m.end, verb_at):
        return None  # "Stefan Hagen was asked to label the PRs…": X is asked, the words are someone else's
    return verb_at
