"""Lines that name who speaks next: verbatim labels ("Name:", "M. X. –", "La señora PRESIDENTA:"), a label on
a line of its own ("NOMBRE APELLIDO, CARGO", "António Guterres, UN Secretary-General:"), section headings
per speaker ("## Name", "------ Name ------", "**Name**") — and the lines that look like labels but are not
("Note: …", "Ordre du jour :", "10:30 :"), which `parse_label` refuses.

Every original line of the cleaned text is read once (`line_units`, `classify`): linear in the text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz

from quidit.ingest.cleaning import CleanText
from quidit.ingest.dash_office_labels import dash_office_label
from quidit.ingest.initials import fits
from quidit.ingest.lexicon import (
    AGENDA_ITEM,
    AGENDA_WEAK_REST,
    ARTICLES,
    ASKER_LINE,
    ATTENDANCE,
    ATTENDANCE_TAIL,
    ATTENDANCE_TAIL_CHARS,
    BRACKET_HANDLE,
    BRACKET_LABEL,
    BRACKET_LABEL_WHERE,
    BRACKET_LABELS_MIN,
    BRACKET_NAMES_MIN,
    BRACKET_NOT_SPEAKERS,
    BRACKET_ONLY,
    BRACKETED_TITLE,
    CAPACITY_LABEL_LINE,
    CAPS_HEADING_WORDS,
    CAPS_LABEL_NAME_WORDS,
    CAPS_LABEL_WORDS,
    CAPS_OFFICE_FIRST_LABEL,
    CAPS_TITLED_LABEL,
    CASE_PARTIES_TAIL,
    CHANGE_KINDS,
    CHECKBOX_FIELD_LINE,
    CITIZEN_TITLE,
    CLOCK_SPAN,
    COUNT_LEADS,
    DECISION_CAPS_LINE,
    DELIBERATION_HEADING,
    DISCOURSE_LEADS,
    DISCUSSION_SECTIONS,
    DIVISION_HEADING,
    DOT_LABEL,
    DOT_LABELS_MIN,
    END_OF_SENTENCE,
    FIELD_NOTE_LINE,
    FLOOR_QUESTION,
    GENERATION_SUFFIX,
    GENERIC_SPEAKERS,
    GIVEN_NAME_PARTICLES,
    GROUP_DOT_LABEL,
    HEADCOUNT_LABEL,
    HEADING_NAME_OCCUPATION,
    HEADING_TIME,
    HONORIFICS,
    INITIALS_LABEL,
    INTERVIEW_SECTION_LINE,
    INTERVIEW_TITLE,
    ITEM_WORD_LEAD,
    LABEL_FLOOR_VERB,
    LABEL_SPECK,
    LEAD_SOUND_NOTE,
    MEETING_HEADING_LEADS,
    NAME_ROLE_LINE,
    NAME_SUFFIXES,
    NARRATION_START,
    NOBLE_TITLES,
    NOT_SPEAKERS,
    NUMBERED_OFFICE_LABEL,
    OFFICE_BRACKET_HOLDER,
    OFFICE_FIRST_LABEL_LONG,
    OFFICE_HOLDER_LABEL,
    OFFICE_TITLES,
    ORG_FOLDED,
    ORIGIN_LABEL,
    OWN_SECTIONS,
    PAREN_LABEL_ALONE,
    PARLIAMENT_LABEL_WORDS,
    PARLIAMENT_MEMBER_LINE,
    PARLIAMENT_OFFICE_LINE,
    PARLIAMENT_OFFICES,
    PARTICLE_SURNAME_LINE,
    PARTICLES,
    PHRASE_LEADS,
    POSTNOMINAL,
    POSTNOMINAL_HONOURS,
    QUESTION_NUMBER_LABEL,
    QUOTE_LABEL,
    REFERENCE_LEADS,
    REPORT_HEADING,
    RESOLUTION_CLAUSE_LINE,
    RESOLUTION_CLAUSE_OPENING,
    ROLE_QUALIFIERS,
    SCRIBE_COMMANDS,
    SCRIBE_HEADINGS,
    SECTION_KIND_HEADING,
    SECTION_KINDS,
    SECTION_WORDS,
    SHORT_ITEM,
    SIGNATURE,
    SPEECH_VERB,
    SPOKEN_LABEL_TAIL,
    STAGE,
    STAGE_IN_SPEECH_WORDS,
    STAGE_SPEAKER,
    STAGE_TAIL_WORDS,
    TALK_HEADING,
    TALK_HEADING_ASKED,
    TALK_HEADING_BRACKETED,
    TALK_HEADING_BRACKETED_WORDS,
    TALK_HEADING_WORDS,
    TALK_OF_HEADING,
    TIME_VOICE_LINE,
    TITLE_COMPLEMENT_LEADS,
    TITLE_EXCLAIMED,
    TOOL_NOTE_LINE,
    UPPER,
    VOICE_LABEL,
    Role,
    caps_heading,
    fold,
    gender_of,
    role_of,
)
from quidit.ingest.names import first_of_pair
from quidit.ingest.office_first_labels import office_first, office_then_holder
from quidit.ingest.report_labels import report_author
from quidit.ingest.speaker_labels import parse_label as parse_speaker_label


class LineKind(str, Enum):
    TEXT = "text"
    LABEL = "label"  # "Name: words…" — the words are the person's
    LABEL_ALONE = "label_alone"  # a label on its own line; the next lines are the person's
    SECTION = "section"  # a heading per speaker ("## Name", "Name, Role" heading in notes)
    HEADING = "heading"  # agenda item, title: narration, ends the turn
    ATTENDANCE = "attendance"  # "Présents : …" and the list under it
    NARRATION = "narration"  # proxy, vote, signature, stage direction: never speech
    SEPARATOR = "separator"  # "---"


@dataclass
class Line:
    start: int
    end: int
    kind: LineKind = LineKind.TEXT
    label: str | None = None  # the raw label text
    body: int | None = None  # offset where the person's words start (LABEL)
    own_paragraph: bool = False
    bare: bool = False  # a line in capitals without colon: a label only after a separator
    structured: bool = False  # timestamp, bold, bullet or <nick>: a label even where a wrapped line would not be
    level: int = 0  # a heading's depth ("## X" is 2, a ruled "--- X ---" is 1); 0 for other lines
    aside: bool = False  # IRC chatter in scribe minutes ("+present", "<x> q+"): narration that does not end the turn
    title: str | None = None  # a heading's whole text ("10h20 : Name : Title"), of which `label` is the name part
    talk: bool = False  # a report's talk heading ("Title - Name, Company", "Title, par Name"): what follows reports the talk
    plain_heading: bool = False  # a short capitalised line of its own without final punctuation ("Conclusion", "Keynotes")
    dotted: bool = False  # a "M. Julien Aubert. Nous avons…" turn of a text written that way (`dot_labels`)
    line_heading: bool = False  # a heading line of a one-paragraph-per-line text, no blank line around it (`attribution._line_headings`)
    question: bool = False  # a Q&A's numbered question label ("P2b:", "Q5, by Jane Roe:"): see `question_label`
    floor: bool = False  # a question from the floor written "Q - …", a turn labelled "xxx:": an unnamed person's turn, in a labelled transcript
    list_head: bool = False  # a short line of its own over a bulleted list ("A éviter" over "- …"): a part of the talk
    presenter: bool = False  # a session's speaker field ("Presenter: Jane Roe (Acme)", "Ponente: …"): opens their talk
    name_line: bool = False  # a name alone on its line over the speech, in a text that writes its turns so (`name_lines`)
    full: str | None = None  # the full name the text gives a name line's surname ("Maître MAZZA" -> "Christelle MAZZA")
    bracketed: bool = False  # a "[Name] words" turn of a caption export (`bracket_labels`): a turn even once
    dash_item: bool = False  # a heading told by its dash alone ("FINANCES – Tarifs publics"): `wrapping` may take it back
    run_in: bool = False  # a turn whose speaker's name runs in at the paragraph's head, no colon (`run_in_names`): a turn even once
    caps_dot: bool = False  # a "MR. KOHN. Words" turn of a text written that way (`caps_dot_labels`): its titles are no name
    irc: bool = False  # a line of a raw IRC log (`irc_log`): the nick that typed it speaks, whatever its shape
    timed: bool = False  # a label with the turn's time ("Jane Roe (00:01:02): …", "Speaker 1 (0:03):"): a recording's transcript


@dataclass
class Label:
    """A parsed speaker label: a person's name (with the honorific's gender) or a role."""
    name: str  # display name: "Sue Gray", "Mr Scott", "La señora PRESIDENTA"
    core: str  # the name without honorific / article, for resolution
    role: Role | None
    gender: str | None
    strong: bool  # honorific, role, several capitalised words or capitals: counts even once
    affiliation: str | None = None


# --- the line shapes ------------------------------------------------------------------------------------
# Every run of spaces in a line shape is bounded ({0,20}, not *): around a label of up to 90 characters that may hold
# spaces itself, an unbounded run made a line of 100,000 spaces after a time and a dash take minutes to refuse.
# a leading timestamp: "00:12:03 ", "[10:31]", "(0:05)", "00:12:03.250 - "
# a time before the label, or a time span with an arrow as speech-to-text tools write it ("[00:00:01 --> 00:00:05]")
_TIME = r"(?:[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?(?:\s{0,3}-->?\s{0,3}\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)?[\])]?\s{0,20}(?:[-–—|]\s{0,20})?(?=\S))?"
LABEL_LINE = re.compile(rf"""^{_TIME}{LEAD_SOUND_NOTE}
    (?:(?:[*•▪◦-]\s{{1,20}}){{1,3}}|>>\s{{0,20}})?  # a list bullet: "* Rod Vagg (TSC): …", nested "- - CF: …"; broadcast captions' ">> JANE ROE: …"
    (?:\*\*)?
    (?P<label>[^:\n]{{1,90}}?)               # the label, shortest first
    (?:\*\*)?
    (?:\s{{0,3}}(?P<clock>[\[(]\d{{1,2}}(?::\d{{2}}){{1,2}}(?:[.,]\d{{1,3}})?[\])]))?  # the turn's time after the name: "Justice Moreau (00:00:26): …" (Rev)
    \s{{0,20}}(?P<sep> :(?!//) | \.\s{{0,20}}[–—] | \.\s{{1,20}}-(?:\s|$) | \.-(?!\d) | \s[–—]\s | \s--\s | \s—(?=[¿¡"«“]?[A-ZÀ-ÝÑ])
                      | [.,]['’]?\s{{0,3}}(?:-[–—]|[–—]{{2}}|[–—]■|[~_])["'’]?(?=\s) | ,\s{{1,3}}[–—](?=\s) )
                                             # "Name:"  "M. Dupont. –"  "El señor GONZÁLEZ.-" (". -" at a label line's
                                             # end too: "El señor STARK (Vicepresidente). -"),  "NAME — ", "Name -- " (a typed
                                             # dash); "RB —Le quedan…":
                                             # the Spanish dialogue dash, glued to the words it opens
                                             # ("PRIMERO.-", "ASUNTO I.-" are refused by parse_label); a scan's
                                             # misread dash: "SEÑOR PRESIDENTE. -— Se va…", "SEÑOR SALGADO, — Yo…",
                                             # "SEÑOR ESPALTER. _ Pido…", "SEÑOR SALGADO. ~ Tengo…"
    (?:\*\*)?\s*
    (?P<body>.*)$""", re.X | re.S)
# the given name a record adds after a surname shared by two members: "SEÑOR GONZALEZ (don Carmelo R.)"
GIVEN_NAME_PAREN = re.compile(rf"(?:don|doña|D\.|Dña\.|Dª)\s{{1,3}}(?P<given>[{UPPER}][\w’'-]+\.?(?:\s{{1,3}}[{UPPER}][\w’'-]*\.?){{0,3}})")
IRC_LABEL = re.compile(rf"^{_TIME}<(?P<label>[^<>\n]{{1,40}})>\s+(?P<body>\S.*)$", re.S)  # "<Lapin> text" (IRC, scribe notes)
BOLD_LABEL = re.compile(rf"^{_TIME}(?:\*\*|__)(?P<label>[^*_\n]{{1,90}})(?:\*\*|__)\s*(?:[\[(]\d{{1,2}}(?::\d{{2}}){{1,2}}[\])])?"
                        rf"\s*:?\s*(?P<body>.*)$", re.S)  # "**Name** text", "__Name__: text", "**Name** (00:01:02) text"
# a transcript's turn line "00:01:30 Ruth del Salto" (a timestamp, a space, the speaker, nothing else; the words on the
# next lines): the export of a recorded debate, hearing or podcast. A name only: no colon, no figure, no sentence stop.
# The other order, "Ruth del Salto  00:01:30" (the speaker, then the time: a recording app's export), is the same turn.
_CLOCK = r"[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?"
_TURN_NAME = r"([^\W\d_][^\d:;.,!?¿¡()\[\]\n]{0,58}?)"
# Teams writes the time in brackets after the name, then a colon, the words on the next line ("Jane Roe (0:03):")
_TURN_TAG = r"(?:[ \t]{1,3}\([^\d()\n]{1,25}\))?"  # Teams' tag after the name: "Ann Lee (Guest)   0:41"
# (CLOCK_SPAN: WhisperX's cue line, the time span, the speaker in brackets: "00:10.191 --> 01:49.204 [Jane Roe]")
TIME_NAME_LINE = re.compile(rf"^{CLOCK_SPAN}[ \t]+(?:[-–—|][ \t]+)?(?:\[{_TURN_NAME}\]|{_TURN_NAME})[ \t]*$|^{_TURN_NAME}{_TURN_TAG}[ \t]+(?:[-–—|][ \t]+)?{_CLOCK}[ \t]*$"
                            rf"|^{_TURN_NAME}[ \t]{{0,3}}[\[(]\d{{1,2}}(?::\d{{2}}){{1,2}}[\])][ \t]{{0,3}}:[ \t]{{0,20}}$")
# Zoom's web transcript copied out: the speaker's name, the clock, then the words on the same line ("Jason Plumb
# 00:02:04 I rebased, but it went badly."), the turn running on over the next lines; the name in capitalised words,
# the clock in hours, minutes and seconds (a time of day in a sentence, "The Board 10:30 meeting", is no such clock)
_NAME_WORD = rf"[{UPPER}][\w’'.-]{{0,30}}"
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))  # "Ana de la Cruz", "Jan van Dijk"
NAME_TIME_WORDS = re.compile(rf"^(?P<label>{_NAME_WORD}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)?{_NAME_WORD}){{0,4}})"
                             rf"[ \t]+(?P<start>\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?)[ \t]+(?P<body>\S.*)$", re.S)
# Teams writes a directory's names surname first, perhaps with a tag ("Roe, Jane   0:03", "Lee, Ann (Guest)   0:41"):
# the same turn line, the name read given name first ("Jane Roe")
_NAME_PART = r"[^\W\d_][^\d:;.,!?¿¡()\[\]\n]{0,40}?"
SURNAME_FIRST_TIME_LINE = re.compile(rf"^(?P<surname>{_NAME_PART}),[ \t]{{1,3}}(?P<given>{_NAME_PART})"
                                     rf"{_TURN_TAG}[ \t]+(?:[-–—|][ \t]+)?{_CLOCK}[ \t]*$")
# the same name and clock anywhere in a text, counted to tell the layout (`_surname_first_layout`): the cleaning may
# have run the first words of the turn onto the clock's line ("Roe, Jane   0:03 Welcome everyone…")
SURNAME_FIRST_TIME_MARK = re.compile(rf"(?:^|\n){_NAME_PART},[ \t]{{1,3}}{_NAME_PART}{_TURN_TAG}[ \t]+(?:[-–—|][ \t]+)?{_CLOCK}(?=\s|$)")
SURNAME_FIRST_TURNS_MIN = 3  # such lines a text must have for the layout to count
HASH_SECTION = re.compile(r"^#{1,6}\s*(?P<label>[^#\n]{1,200}?)\s*#*\s*$")  # long: "## 10h20 : Name : a talk's title"
RULE_SECTION = re.compile(r"^[-=~_*]{3,}\s*(?P<label>[^-=~_*\s][^\n]{0,88}?)\s*[-=~_*]{3,}\s*$")
SEPARATOR = re.compile(r"^\s*(?:[-=_*~]\s*){3,}$")


def heading_label(title: str) -> str:
    """The part of a heading that may name its speaker: "9h35-10h15 Christian Jacob : Nouvelles Alexandries" ->
    "Christian Jacob"; "Introduction, Louise Merzeau" -> "Louise Merzeau" (a section word before the comma)."""
    s = HEADING_TIME.sub("", title).strip(" :–—-")
    s = re.split(r"\s+[:–—]\s+|:\s+", s, maxsplit=1)[0].strip()
    if "," in s:
        head, tail = (x.strip() for x in s.split(",", 1))
        if section_word(head) and tail:
            return tail
    if (m := HEADING_NAME_OCCUPATION.match(s)) is not None:
        return m.group("name")  # "Bonnie Devine artiste Anishinaabe…": the name, then what she does
    return s or title


def section_word(word: str) -> bool:
    """"Discussion", "Communication", "Références" (and a notes typo such as "Discusssion"): a part of a talk."""
    w = fold(word).strip(" .:")
    if w in SECTION_WORDS or w in NOT_SPEAKERS:
        return True
    return " " not in w and len(w) >= 8 and any(len(x) >= 8 and fuzz.ratio(w, x) >= 90 for x in SECTION_WORDS)


def ends_paragraph(text: str, line: Line) -> bool:
    """A line a blank line follows (or the text's end): its own paragraph, or the last line of one."""
    return line.own_paragraph or line.end == len(text) or text[line.end:line.end + 3].lstrip(" \t").startswith("\n\n")


def part_heading(label: str) -> bool:
    """A label alone on its line that heads a part of an agenda item, not a person's turn: "Discussion:",
    "Conclusion:", "Preliminary discussion:", "Débat :", "Conclusiones:" (a part word, after one or two qualifiers)."""
    words = label.split()  # capitalised, a heading's: "…some fundamental questions:" ends a wrapped sentence
    return 1 <= len(words) <= 3 and words[0][:1].isupper() and (
        section_word(label) or len(words) > 1 and section_word(words[-1]) and all(w[:1].islower() for w in words[1:]))


class Part(str, Enum):
    """What a sub-heading under a speaker's section opens."""
    TALK = "talk"  # "Présentation", "Communication", any other: the section's speaker goes on
    REPORT = "report"  # a talk's section of a conference report: the talk reported, the note-taker's "I"/"nous" aside
    DISCUSSION = "discussion"  # questions from the floor, answers by the section's speaker
    OWN = "own"  # the note-taker's remarks or references: nobody at the event says them


def section_part(title: str | None) -> Part:
    w = fold(title or "").strip(" .:")
    if w in OWN_SECTIONS:
        return Part.OWN
    if w in DISCUSSION_SECTIONS or any(len(x) >= 8 and fuzz.ratio(w, x) >= 90 for x in DISCUSSION_SECTIONS):
        return Part.DISCUSSION
    return Part.TALK


def line_units(ct: CleanText) -> list[Line]:
    """Each original line of the file, as a span of the cleaned text (joiners dropped)."""
    text, starts = ct.text, ct.line_starts
    out: list[Line] = []
    for i, a in enumerate(starts):
        b = starts[i + 1] if i + 1 < len(starts) else len(text)
        e = b
        while e > a and text[e - 1].isspace():
            e -= 1
        own = (a == 0 or text[a - 2:a] == "\n\n") and (b == len(text) or text[e:b].startswith("\n\n"))
        out.append(Line(a, e, own_paragraph=own))
    return out


def _capitalised(word: str) -> bool:
    w = word.strip("().,;\"'“”«»")
    return bool(w) and (w[0].isupper() or w.lower() in PARTICLES or w.lower().rstrip(".") in ARTICLES
                        or w.lower() in HONORIFICS)


LABEL_SMALL_WORDS = 3  # lower-case offices and particles a label may hold beyond its seven words


def _name_word(words: list[str], k: int) -> bool:
    """A word of a label's name: capitalised (`_capitalised`), or one of the lower-case words an old parliament's
    record writes inside a member's name: a nobility title after the article or honorific ("M. le baron Reille", "M. le
    comte de Colbert-Laplace", "El señor conde de Romanones"), an elided particle glued to the surname ("M. de Baudry d'Asson"), a son's "fils" at the end
    ("M. Le Provost de Launay fils"), an office in lower case between the article and the name ("El presidente diputado
    Porfirio Muñoz Ledo", as Mexico's stenographic record writes its labels). Not "Le comte : …" (no name after the
    title) nor "Jean fils" (no honorific)."""
    w = words[k]
    if _capitalised(w):
        return True
    folded = fold(w)
    if 0 < k < len(words) - 1 and folded in NOBLE_TITLES and (words[k - 1].lower().rstrip(".") in ARTICLES
                                                               or words[k - 1].lower() in HONORIFICS):
        return _capitalised(words[k + 1])
    if k > 0 and re.fullmatch(r"d[’'][A-ZÀ-Þ][\w’'-]*", w):
        return True
    if 0 < k < len(words) - 1 and folded in OFFICE_TITLES and all(
            x.lower().rstrip(".") in ARTICLES or x.lower() in HONORIFICS or fold(x) in OFFICE_TITLES for x in words[:k]) \
            and any(_capitalised(x) for x in words[k + 1:]):
        return True  # "El presidente diputado Porfirio Muñoz Ledo", "La diputada Ana Ruth García Grande": offices in lower case
    return k == len(words) - 1 >= 2 and w.lower() in NAME_SUFFIXES and words[0].lower() in HONORIFICS


def _digit_scope(s: str) -> str:
    """The part of a label that may hold no digit: all of it, but for a full name's role after its comma, which may
    name a place or team by a number ("Fabiola Pineda, Administradora de A255", "Jane Roe, Team 3 lead")."""
    name, comma, role = s.partition(",")
    words = name.split()
    full_name = 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
    return name if comma and full_name and role.strip()[:1].isalpha() else s


def parse_label(raw: str) -> Label | None:
    """A label's person or role, or None when the text is not a speaker label ("Note", "Ordre du jour", "10:30")."""
    s = re.sub(r"\s+", " ", raw.replace("**", "")).strip(" *–—-:")
    s = LABEL_SPECK.sub("", s)  # "¡El señor JEREZ": a scan's speck before the honorific
    s = CITIZEN_TITLE.sub(r"\g<article>", s)  # "EL C. PRESIDENTE": the article and the office
    s = BRACKETED_TITLE.sub(r"\1", s)  # "Sen. (Prof.) Lonyangapuo": the senator Lonyangapuo
    if (held_by := OFFICE_BRACKET_HOLDER.match(s)) is not None and role_of(held_by.group("office")) is None \
            and (holder := parse_label(held_by.group("who"))) is not None and holder.role is None:
        holder.affiliation = held_by.group("office").strip()  # "The Deputy Speaker (Sen. Kembi-Gitura)": Sen. Kembi-Gitura
        return holder
    held = (office_then_holder(s) or office_first(s)) if s[:1].isupper() else None
    if held is not None:  # "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO", "El señor MINISTRO DE X (Pérez García)":
        # the name after the office is the person
        person = parse_label(held[1])
        if person is not None:
            person.affiliation = held[0]
            person.gender = person.gender or gender_of(held[0])
            return person
    if not s or len(s) > 90 or s[0].islower() and not PARTICLE_SURNAME_LINE.match(s) or not s[0].isalpha():
        return None  # (in lower case only a surname its particle opens: "de Gaulle")
    author = report_author(s)
    if author is not None and (person := parse_label(author)) is not None:
        return person  # "Reporte de Ana Gil: …", "Jane's update: …": the person whose report it is
    if re.search(r"[^\W\d_][’']s\s+[^\W\d_]", s):
        return None  # "Carol's Big Giant Triumph", "Tim's Fail": a segment's title naming whose it is, not a name
    if re.search(r"\d", _digit_scope(s)) or "http" in s or "/" in s or NARRATION_START.match(s) or LABEL_FLOOR_VERB.match(s):
        return None  # ("Intervino Ana Gil, vicepresidenta:" says who speaks in a sentence, read as reported speech)
    if DIVISION_HEADING.match(s):
        return None  # "Part II.- Imposition of Tax.": a bill's division and its title, a heading
    if caps_heading(s):
        return None  # "DEBAT SUR LES ORIENTATIONS BUDGETAIRES": a heading's words, never a name's
    if fold(s.split()[0]).rstrip(".") in REFERENCE_LEADS:
        return None  # "Cf. Debray : …" cites a work
    if len(s.split()) >= 2 and fold(s.split()[0]) in MEETING_HEADING_LEADS:
        return None  # "Meeting Cadence", "Meeting Notes": the record's part, never a name
    if fold(s.split()[0]) in PHRASE_LEADS:
        return None  # "- Sur Android : on navigue…": a phrase, not a name
    if len(s.split()) >= 2 and s.split()[0].endswith(",") and fold(s.split()[0][:-1]) in DISCOURSE_LEADS:
        return None  # "Alors, l'objectif était de dire : …": the speaker's own sentence up to its colon
    if len(s.split()) >= 2 and fold(s.split()[0]) in COUNT_LEADS:
        return None  # "Deux Antoine : …": a note on two people of one name, no one's turn
    if (origin := ORIGIN_LABEL.match(fold(s))) is not None and origin.group("org") in ORG_FOLDED:
        return None  # "De la Biblioteca del Congreso Nacional: asesor, señor X": where the people listed come from
    if len(s.split()) >= 2 and len(s.split()[0]) >= 4 and fold(s.split()[0]) in NOT_SPEAKERS:
        return None  # "Question Foxprimez-vous : …", "Note Trello : …": a document's item, named by its first word
    name, affiliation = s, None
    paren = name.find("(")
    if paren > 0:  # "The Chair (Hon. Jane Roe (Riverside, Lib.))": the role's holder, parsed by speaker_labels
        held = parse_speaker_label(s)
        if held.role and held.name and role_of(held.name) is None and not (
                INITIALS_LABEL.match(held.name) and fits(held.name, held.role)):  # ("Intervenant salle (IS)": the
            # label's own short form, which later turns go by, not the holder's name: `label_initials`)
            return Label(held.name, held.name, role_of(held.role), gender_of(held.honorific or "") or gender_of(held.role),
                         True, held.affiliation)
        name, affiliation = name[:paren].strip(), name[paren:].strip("() ")  # "Rod Vagg (TSC)"
        given = GIVEN_NAME_PAREN.fullmatch(affiliation)
        words = name.split()
        lead = next((k + 1 for k, w in enumerate(words[:2]) if w.lower() in HONORIFICS), 0)
        if given is not None and 0 < lead < len(words):
            # "SEÑOR GONZALEZ (don Carmelo R.)": a record that tells two members of one surname apart by the given name
            surname = " ".join(words[lead:])
            surname = surname.title() if surname.isupper() else surname  # shown as the label's capitals would be
            name, affiliation = " ".join(words[:lead] + [given.group("given"), surname]), None
    suffix = None
    if "," in name:  # "NOMBRE APELLIDO, CARGO", "António Guterres, UN Secretary-General"
        name, affiliation = name.split(",", 1)[0].strip(), name.split(",", 1)[1].strip()
        if SPOKEN_LABEL_TAIL.search(affiliation):
            return None  # "So, my question is: …": the speaker's own sentence up to its colon
        if CASE_PARTIES_TAIL.match(affiliation):
            return None  # "FLORIDA, ET AL. :": a party in a case's caption
        if GENERATION_SUFFIX.match(affiliation):  # "John G. Roberts, Jr.": the name's own suffix, no affiliation
            suffix, affiliation = affiliation, None
    if fold(name).strip(" .") in NOT_SPEAKERS or fold(s).strip(" .") in NOT_SPEAKERS or HEADCOUNT_LABEL.match(s):
        return None  # ("N.º Asistentes: Unas 30 personas": how many came)
    role = role_of(name)
    if role is not None:
        words = name.split()
        if len(words) == 1 and fold(words[0]) in GENERIC_SPEAKERS:
            return Label(name, name, role, None, False, affiliation)
        return Label(name, name, role, gender_of(name), True, affiliation)
    office = office_label(name)
    if office is not None:  # "The MINISTER OF HIGHER EDUCATION AND TRAINING": the office, whole (no "MINISTER X")
        return Label(name, office, None, gender_of(name), True, affiliation)
    words = name.split()
    while len(words) > 1 and POSTNOMINAL.match(words[-1]) and not all(w.isupper() for w in words) \
            and not (words[-2].lower() in HONORIFICS or words[-2].lower().rstrip(".") in ARTICLES) \
            and not re.fullmatch(r"[A-Z]\.?", words[-2]) and not (len(words[-2]) > 1 and words[-2].isupper() and words[-1] not in POSTNOMINAL_HONOURS):
        words.pop()  # "Jane Roe AM" (but "El señor EGAS", "M. LAM", "Mr K S MUBU": a short surname in capitals after
        # the honorific or an initial; "El señor RUIZ SOTO": a second surname after a first one in capitals)
    small = sum(1 for w in words if w.islower() and (w in PARTICLES or fold(w) in OFFICE_TITLES or w.rstrip(".") in ARTICLES))
    if not 1 <= len(words) - small <= 7 or len(words) > 7 + LABEL_SMALL_WORDS or not all(_name_word(words, k) for k in range(len(words))):
        return None  # ("La presidenta diputada María de los Dolores Padierna Luna": offices and particles in lower case aside)
    if len(words) >= 2 and words[-1] in PARTICLES:
        return None  # "Révision du PLU : …" (the capitals dropped as a postnominal): no name ends on "du", "de", "von"
    if any(w.lower() in HONORIFICS and not _middle_initial(words, k) for k, w in enumerate(words) if k) and not all(
            w.lower() in HONORIFICS or w.lower().rstrip(".") in ARTICLES or _title_word(w) for w in words[:next(
                (k for k, w in enumerate(words) if w.lower() in HONORIFICS), 0)]):
        return None  # "Question de Madame X": a phrase about someone, not a label ("CONSEJERO SR. PÉREZ" is one)
    lead = [w for w in words[:3] if w.lower() in HONORIFICS or w.lower().rstrip(".") in ARTICLES or w.lower() in HONORIFICS]
    i = 0
    gender = None
    while i < len(words) - 1 and (words[i].lower() in HONORIFICS or words[i].lower().rstrip(".") in ARTICLES
                                  or i and fold(words[i]) in NOBLE_TITLES and not _capitalised(words[i])):
        gender = gender or HONORIFICS.get(words[i].lower())
        i += 1  # ("M. le baron Reille": the title is how he is addressed, his name is "Reille")
    title_role, t, titled = None, i, False
    # office titles, their qualifiers and honorifics after them: "Consejero Pérez", "Presidente Díaz",
    # "Consejero Regional Pérez", "CONSEJERO SR. PÉREZ", "Consejera Regional Sra. María Soto"
    while t < len(words) - 1:
        w = fold(words[t]).rstrip(".")
        if w in OFFICE_TITLES:
            title_role = title_role or role_of(words[t])
            gender = gender or gender_of(words[t])
            titled = True
        elif not (titled and (w in ROLE_QUALIFIERS or words[t].lower() in HONORIFICS)):
            break
        gender = gender or HONORIFICS.get(words[t].lower())
        t += 1
    if titled and name.isupper() and (fold(words[t]) in TITLE_COMPLEMENT_LEADS or fold(words[t - 1]) in TITLE_COMPLEMENT_LEADS):
        # "SECRETARIO GENERAL DE ACUERDOS": an office of something, whole, no surname in capitals ("Sr. Presidente del
        # Consejo" in ordinary case is left to the title's holder, `office_holders`)
        return Label(name, name, title_role, gender, True, affiliation)
    if titled and not _title_word(words[t]):
        lead, i = lead + words[:t], t
    else:
        title_role = None
    core_words = [w for w in words[i:] if w.lower() not in PARTICLES or w is not words[i]]
    if not core_words and words == words[i:] == [words[0]] and words[0].istitle() and words[0].lower() in GIVEN_NAME_PARTICLES:
        core_words = words  # "Ben:" alone, a podcast host's first name (weak: it counts where it labels several turns)
    if not core_words:
        return None
    if i == 0 and len(words) >= 2 and words[0].istitle() and words[0].lower() in GIVEN_NAME_PARTICLES:
        core_words.insert(0, words[0])  # "Ben Striegel": a given name that is also a particle, a full name
    core = " ".join(words[i:])
    honorific = bool(lead) and i > 0
    capitals = any(w.isupper() and len(w) > 1 for w in core_words)
    strong = honorific or len(core_words) >= 2 or capitals
    display = core if len(core.split()) >= 2 else " ".join(words)
    if suffix is not None:
        display = f"{display}, {suffix}"
    return Label(display, core, title_role, gender, strong, affiliation)


def _middle_initial(words: list[str], k: int) -> bool:
    """words[k] is a middle initial between a given name and a surname ("Brett M. Kavanaugh"), though "M." is also
    the French honorific: not after a lower-case word ("Question de M. Dupont") nor before a surname in capitals that
    the word before does not share ("Intervention M. DUPONT", as French minutes write a member)."""
    w, before, after = words[k], words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""
    return bool(before and after) and len(w) == 2 and w[0].isupper() and w[1] == "." and _capitalised(before) \
        and before.lower() not in HONORIFICS and _capitalised(after) and (before.isupper() or not after.isupper())


def office_label(s: str) -> str | None:
    """The office a parliament's office label names, its article aside ("The SPEAKER" -> "SPEAKER", "The MINISTER OF
    POLICE" -> "MINISTER OF POLICE"), or None for any other line (`PARLIAMENT_OFFICE_LINE`: "The ANC" is a party)."""
    m = PARLIAMENT_OFFICE_LINE.match(s) if len(s.split()) <= PARLIAMENT_LABEL_WORDS else None
    if m is None or fold(m.group("office")) not in PARLIAMENT_OFFICES:
        return None
    return s[m.start("office"):]


def formal_label(s: str) -> bool:
    """A parliament's label: honorific, initials and surname in capitals ("Mr S G MMUSI (ANC)"), or an office in
    capitals after its article ("The SPEAKER", "The MINISTER OF POLICE"); see `PARLIAMENT_MEMBER_LINE`."""
    return len(s.split()) <= PARLIAMENT_LABEL_WORDS and PARLIAMENT_MEMBER_LINE.match(s) is not None \
        or office_label(s) is not None


def question_label(raw: str) -> Label | None:
    """A Q&A's numbered question label: "P2b" -> the asker "P2" (a letter after the number is the same asker's
    follow-up); "P5, por Jane Roe, presidenta de X" -> Jane Roe, when the words after the number parse as a name.
    None for any other label."""
    m = QUESTION_NUMBER_LABEL.match(raw)
    if m is None:
        return None
    tag = re.sub(r"\s+", " ", m.group("tag"))
    if m.group("who"):
        named = parse_label(m.group("who"))
        if named is None or named.role is not None:
            return None  # "Q3, by the committee": no person named
        return Label(named.name, named.core, None, named.gender, True, (m.group("aff") or "").strip() or None)
    return Label(tag, tag, None, None, True)


def _title_word(word: str) -> bool:
    w = fold(word).rstrip(".")
    return w in OFFICE_TITLES or w in ROLE_QUALIFIERS


def dot_labels(text: str, lines: list[Line]) -> bool:
    """Whether the text writes its turns "M. Julien Aubert. Nous avons…" (see `DOT_LABEL`): several lines do, with a
    name alone (a minutes sentence "M. Dupont, adjoint, présente le budget. Le conseil…" once does not make the format)."""
    n = 0
    for ln in lines:
        m = DOT_LABEL.match(text[ln.start:ln.end])
        if m and "," not in m.group("label") and parse_label(m.group("label")) is not None:
            n += 1
            if n >= DOT_LABELS_MIN:
                return True
    return False


def bracket_label(s: str) -> tuple[str, int | None] | None:
    """The name of a line opening with a bracketed speaker ("[Bears] The council…" -> "Bears", "[Castanetti on the
    podium] Hi" -> "Castanetti") and where the words start (None for the label alone), or None when the brackets hold
    no name: a sound or the room ("[Music]", "[inaudible]", "[Rires]"), a time ("[00:01:02]"), a cut ("[…]")."""
    m = BRACKET_LABEL.match(s)
    if m is None:
        return None
    raw = m.group("label").strip()
    if any(fold(w) in BRACKET_NOT_SPEAKERS for w in re.findall(r"[^\W\d]+", raw)):
        return None
    name = BRACKET_LABEL_WHERE.sub("", raw).strip() or raw
    if fold(name) in NOT_SPEAKERS:
        return None
    if parse_label(name) is None and (BRACKET_HANDLE.match(name) is None or name in CHANGE_KINDS or name in SCRIBE_COMMANDS
                                      or name in SCRIBE_HEADINGS or name in BRACKET_NOT_SPEAKERS):
        return None
    return name, m.start("body") if m.group("body").strip() else None


def bracket_labels(text: str, lines: list[Line]) -> bool:
    """Whether the text writes its turns "[Name] words" (a caption export): several lines do, their words ending a
    sentence, for several names (a transcriber's "[Applause]", an editor's "[sic]", items headed by their owner's name
    "[Pierre] Signature des PV" make no such text; see `BRACKET_LABELS_MIN`)."""
    names: set[str] = set()
    spoken = bracketed = 0
    for i, ln in enumerate(lines):
        s = text[ln.start:ln.end]
        got = bracket_label(s) if "[" in s[:40] else None
        if got is not None:
            bracketed += 1
            said = s if got[1] is not None else text[lines[i + 1].start:lines[i + 1].end] if i + 1 < len(lines) else ""
            if END_OF_SENTENCE.search(said):  # the words on the line, or on the next one under a label alone
                spoken += 1
                names.add(fold(got[0]))
    return spoken >= BRACKET_LABELS_MIN and 2 * spoken >= bracketed and len(names) >= BRACKET_NAMES_MIN


def _dot_label(label: str) -> str:
    """The label to parse: the name and the first part of its title ("M. Erwann Binet, rapporteur de la commission des
    lois constitutionnelles, de la législation…" -> "M. Erwann Binet, rapporteur de la commission des lois
    constitutionnelles"), or the name alone when that is still longer than a label may be."""
    parts = [x.strip() for x in label.split(",")]
    short = parts[0]
    for part in parts[1:]:  # as many of the titles as a label may hold: "Mme X, garde des sceaux, ministre de la justice"
        if len(f"{short}, {part}") > 90:
            break
        short = f"{short}, {part}"
    return short


def attendance_tail(s: str) -> int | None:
    """Where an attendance heading starts that ends the line after a sentence ("… à jour de leur cotisation. Sont
    présents :"), or None."""
    m = ATTENDANCE_TAIL.search(s, max(0, len(s.rstrip()) - ATTENDANCE_TAIL_CHARS))
    return m.end() if m is not None and ATTENDANCE.match(s[m.end():]) else None


@functools.lru_cache(maxsize=8)
def _surname_first_layout(text: str) -> bool:
    """Whether the text opens its turns with "Surname, Given   0:03" lines (once per text: a str caches its hash)."""
    return sum(1 for _ in zip(range(SURNAME_FIRST_TURNS_MIN), SURNAME_FIRST_TIME_MARK.finditer(text))) >= SURNAME_FIRST_TURNS_MIN


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph: lines between blank lines."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]


def rapporteur_heading(s: str) -> bool:
    """A short heading naming who reports what follows ("Rapport par M. Grillon", "Rapport de M. Leclère", "Informe
    de la Sra. Gil"): the rapporteur's words, first person and all, up to the next heading (no talk of a report)."""
    report = REPORT_HEADING.match(s)
    return report is not None and report.group("who2") is not None and len(s.split()) <= 8 \
        and re.match(r"\s*\S+\s+(?:par|de|by|por)\s", s, re.I) is not None \
        and report.group("who2")[:1].isupper() and parse_label(report.group("who2")) is not None  # (a person, no topic)


def _honorific_person(label: str) -> bool:
    """'SEÑOR CHOUHY TERRA (don Pedro)', 'M. Dupont': an honorific, then a person's name (no role)."""
    words = label.split()
    if len(words) < 2 or words[0].lower() not in HONORIFICS:
        return False
    parsed = parse_label(label)
    return parsed is not None and parsed.role is None


def _label_line(s: str) -> re.Match | None:
    """LABEL_LINE's match, but a typed dash "--" parts a name from the words only in a list item ("- Mic -- OBC
    starts…"): in a transcript's line it is the speaker's own break ("So, again, this intended -- we may…")."""
    m = LABEL_LINE.match(s)
    if m is not None and m.group("sep").strip() == "--" and (
            not re.match(r"\s{0,20}[*•▪◦-]\s", s) or not re.fullmatch(r"[^\W\d_][\w.’']{0,30}(?: [^\W\d_][\w.’']{0,30}){0,2}", m.group("label").strip())):
        return None  # (and only after a name of up to three words: '* cfallin - "term rewriting" - studied -- not…')
    return m


def classify(text: str, line: Line, dotted: bool = False, bracketed: bool = False) -> None:
    """Set the line's kind, label and body offset (a candidate label; `attribution` keeps the ones that hold).
    `dotted`: the text writes its turns "M. Dupont. Words" (`dot_labels`); `bracketed`: "[Name] words" (`bracket_labels`)."""
    s = text[line.start:line.end]
    if not s.strip():
        return
    if SEPARATOR.match(s):
        line.kind = LineKind.SEPARATOR
        return
    if ATTENDANCE.match(s) or line.own_paragraph and attendance_tail(s) is not None:
        line.kind = LineKind.ATTENDANCE
        return
    deliberation = DELIBERATION_HEADING.match(s)
    if RESOLUTION_CLAUSE_LINE.match(s) or RESOLUTION_CLAUSE_OPENING.match(s) \
            or deliberation is not None and not s[deliberation.end():].strip():
        line.kind = LineKind.HEADING  # "ACUERDO 4°", "CONSIDERANDO:" over a resolution's text: the record's, no speaker
        return
    staged = STAGE_SPEAKER.match(s) if line.own_paragraph else None
    if staged:  # "(Palabras Sr. Tolentino Soto)": the words after it are that person's
        line.kind, line.label, line.structured = LineKind.LABEL_ALONE, staged.group("who"), True
        return
    if DECISION_CAPS_LINE.match(s) and line.own_paragraph:
        line.kind = LineKind.NARRATION  # "QUEDA APROBADO EN VOTACIÓN ECONÓMICA …": the record's decision, nobody's words
        return
    if TOOL_NOTE_LINE.match(s):
        line.kind = LineKind.NARRATION  # "Esta transcripción editable se ha generado por ordenador…": the tool's, not speech
        return
    if FIELD_NOTE_LINE.match(s) or CHECKBOX_FIELD_LINE.match(s):
        line.kind = LineKind.NARRATION  # "[NOTAS DE OBSERVACIÓN]: …", "PROBE aplicado (si/no): [x] ¿…?": the record's, not speech
        return
    stage = STAGE.search(s)
    if stage is not None and len(re.findall(r"[^\W\d_]+", s[:stage.start()])) > STAGE_IN_SPEECH_WORDS:
        stage = None  # "AB: No, yo siempre creo … eso es componer un cliché (risas). Me parece…": a laugh in a turn
    if stage is not None and stage.start() > len(s) - len(s.lstrip()) \
            and len(re.findall(r"[^\W\d_]+", s[stage.end():])) > STAGE_TAIL_WORDS:
        stage = None  # "Adam : (rires) Et elle voulait gagner…": a laugh at a turn's head, the words after it said
    if SIGNATURE.match(s) or stage and (line.own_paragraph or dotted and s.lstrip()[:1] in "([") \
            or line.own_paragraph and s.lstrip()[:1] == "[" and BRACKET_ONLY.match(s):  # a transcriber's note, long or short
        # (a parliament's record writes one paragraph a line: "(L'amendement n° 53 n'est pas adopté.)" is one)
        line.kind = LineKind.NARRATION
        return
    for pattern in (HASH_SECTION, RULE_SECTION):
        m = pattern.match(s)
        if m:
            line.kind, line.title = LineKind.SECTION, m.group("label")
            line.label = heading_label(line.title)
            line.level = len(s) - len(s.lstrip("#")) if pattern is HASH_SECTION else 1
            return
    if not line.own_paragraph and INTERVIEW_SECTION_LINE.match(s):
        line.kind = LineKind.HEADING  # "Entrevista Indira Gutiérrez, colaboradora de X" under the last turn: the next interview
        return
    m = QUOTE_LABEL.match(s)
    if m:  # "Sr. Jorge Pérez “Sí prometo…”": the person, then their quoted words
        line.kind, line.label, line.structured = LineKind.LABEL, m.group("label"), True
        line.body = line.start + m.start("body")
        return
    m = TIME_VOICE_LINE.match(s)
    if m:  # "00:33:34 audience6", "Speaker 1  0:03", "Participante 2 (0:10):" over the voice's words
        line.kind, line.label, line.structured = LineKind.LABEL_ALONE, m.group("after") or m.group("before") or m.group("colon"), True
        line.timed = True
        return
    m = VOICE_LABEL.match(s)
    if m:  # "[SPEAKER_1] Good morning", "SPEAKER_00 [00:00:01]: Hello": a diarization export's numbered voice
        line.kind, line.label, line.structured = LineKind.LABEL, m.group("bracketed") or m.group("timed"), True
        line.body, line.timed = line.start + m.end(), m.group("timed") is not None
        return
    got = bracket_label(s) if bracketed and "[" in s[:40] else None
    if got is not None:  # "[Bears] The council, …", "[City Clerk Hurtubise] Councilor Callahan?": a caption export's turn
        line.kind = LineKind.LABEL if got[1] is not None else LineKind.LABEL_ALONE
        line.label, line.structured, line.bracketed = got[0], True, True
        line.body = line.start + got[1] if got[1] is not None else None
        return
    m = IRC_LABEL.match(s)
    if m:
        line.kind, line.label, line.structured = LineKind.LABEL, m.group("label"), True
        line.body = line.start + m.start("body")
        return
    m = TIME_NAME_LINE.match(s)
    label = m and next((g for g in m.groups() if g), None)
    if label and len(label.split()) <= 5:  # "00:01:30 Ruth del Salto" over the turn's words
        line.kind, line.label, line.structured, line.timed = LineKind.LABEL_ALONE, label.strip(), True, True
        return
    m = SURNAME_FIRST_TIME_LINE.match(s)
    if m and len(m.group("surname").split()) + len(m.group("given").split()) <= 5 and _surname_first_layout(text):
        # "Roe, Jane   0:03" over the words, in a text that opens its turns so ("Paris, France   10:30" once is a
        # dateline)
        line.kind, line.structured, line.timed = LineKind.LABEL_ALONE, True, True
        line.label = f"{m.group('given').strip()} {m.group('surname').strip()}"
        return
    m = NAME_TIME_WORDS.match(s)
    if m:  # "Jason Plumb 00:02:04 I rebased, but it went badly."
        line.kind, line.label, line.structured, line.timed = LineKind.LABEL, m.group("label"), True, True
        line.body = line.start + m.start("body")
        return
    m = BOLD_LABEL.match(s)
    if m:
        line.structured = True
        line.label = m.group("label")
        body = m.group("body")
        line.kind = LineKind.LABEL if body.strip() else LineKind.LABEL_ALONE
        line.body = line.end - len(body) if body.strip() else None
        return
    held = dash_office_label(s)
    if held is not None:  # "Concejal Ligia Trejos Sánchez-Presidenta Municipal Buenas tardes…": the label, no colon
        line.kind, line.label = (LineKind.LABEL if held.body < len(s) else LineKind.LABEL_ALONE), held.label
        line.body = line.start + held.body if held.body < len(s) else None
        return
    if dotted and GROUP_DOT_LABEL.match(s):
        line.kind = LineKind.NARRATION  # "Plusieurs députés du groupe SRC. Défavorable !": a group's cry, nobody's words
        return
    m = DOT_LABEL.match(s) if dotted else None
    if m:  # "M. Julien Aubert. Nous avons…", "M. le président. La parole est à…"
        line.kind, line.label, line.dotted = LineKind.LABEL, _dot_label(m.group("label")), True
        line.body = line.start + m.start("body")
        return
    m = CAPACITY_LABEL_LINE.match(s)
    if m:  # "mnot, as individual: I agree…", "MNot with chair hat: I'll take this to the list": the person's turn
        line.kind, line.label, line.body = LineKind.LABEL, m.group("label"), line.start + m.start("body")
        return
    m = _label_line(s)
    if m and m.group("sep").strip() == ":" and QUESTION_NUMBER_LABEL.match(m.group("label")):
        body = m.group("body")  # "P1: ¿Es útil…?", "P5, por Jane Roe, presidenta de X: …" (not a talk's heading)
        line.kind = LineKind.LABEL if body.strip() else LineKind.LABEL_ALONE
        line.label, line.question = m.group("label"), True
        line.body = line.start + m.start("body") if body.strip() else None
        return
    m = ASKER_LINE.match(s)
    if m:  # "Q     Thank you, Mr. President.": someone from the floor (`floor_askers` names them)
        line.kind, line.label, line.body = LineKind.LABEL, m.group("label"), line.start + m.end()
        return
    line.floor = FLOOR_QUESTION.match(s) is not None
    if line.own_paragraph and rapporteur_heading(s):
        return  # "Rapport par M. Grillon": a rapporteur's report follows, in the first person (no talk)
    talk = TALK_HEADING_BRACKETED.match(s) if (line.start == 0 or text[line.start - 2:line.start] == "\n\n") \
        and len(s.split()) <= TALK_HEADING_BRACKETED_WORDS else None
    if talk and re.fullmatch(_CLOCK, (talk.group("title") or talk.group("title2") or "").strip()):
        # "[Jane Roe] 10:03:45" over her words: Zoom's saved live transcript, a turn's name and clock, not a talk
        line.kind, line.label, line.structured, line.timed = LineKind.LABEL_ALONE, talk.group("who") or talk.group("who2"), True, True
        return
    if talk and not re.match(r"[ \t]{0,20}\n?[ \t]{0,20}\[", text[line.end:line.end + 40]):
        # (not one of a list of "[Rémy] Démissions" items, one a line: an agenda's, naming who brings each point)  # "[Nina Gasking] IA : apprentissage supervisé" opening a paragraph of a pad: her talk's notes follow
        line.kind, line.title, line.level, line.talk = LineKind.SECTION, s, 1, True
        line.label = talk.group("who") or talk.group("who2")
        return
    talk = TALK_HEADING.match(s) if line.own_paragraph and len(s.split()) <= TALK_HEADING_WORDS else None
    if talk and not re.search(r"[.!?]\s+[A-Z]|:\s*$", talk.group("title")) and not s.rstrip().endswith("?") \
            and not INTERVIEW_TITLE.match(s):
        # (a line asking something, "MARY: And that was given by Seth Vargo, right?", is no talk's heading; nor is an
        # interview's title naming its interviewer, "Interview with Marie Curie, by John Smith": `interview_title_holders`)
        line.kind, line.title, line.label, line.level, line.talk = LineKind.SECTION, s, first_of_pair(talk.group("who")), 1, True
        return  # "Web Performance Testing - Estela Franco", "Mobilité et accessibilité, par Jean Dupont"
    talk = TALK_HEADING_ASKED.match(s) if line.own_paragraph and len(s.split()) <= TALK_HEADING_WORDS else None
    if talk:  # "Peut-on réussir sans effort ni aucun talent ? Gilles VERVISCH": the title asks, the speaker follows
        line.kind, line.title, line.label, line.level, line.talk = LineKind.SECTION, s, talk.group("who"), 1, True
        return
    talk = TALK_OF_HEADING.match(s) if line.own_paragraph else None
    if talk:  # "La keynote de Bruno Martin": the talk's kind, then its speaker
        line.kind, line.title, line.label, line.level, line.talk = LineKind.SECTION, s, talk.group("who"), 1, True
        return
    worded = ITEM_WORD_LEAD.match(s)
    if worded:  # "UNO: El Regidor Lic. X: Presentó…", "DÉCIMO CUARTO PUNTO.- El Regidor X, …": the item's words, no one's label
        rest = Line(line.start + worded.end(), line.end, own_paragraph=line.own_paragraph)
        classify(text, rest, dotted, bracketed)
        line.kind = rest.kind if rest.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) else LineKind.TEXT
        line.label, line.body = rest.label, rest.body
        return
    item = AGENDA_ITEM.match(s)
    if item and NUMBERED_OFFICE_LABEL.match(s, item.end()):
        # "1. Regidor Carlos Fonseca Brenes:  Con respecto…", "2. El regidor Cristopher Sánchez Corrales:": an item
        # of "Asuntos varios" that is a member's turn: the label after the number
        rest = Line(line.start + item.end(), line.end, own_paragraph=line.own_paragraph)
        classify(text, rest, dotted, bracketed)
        if rest.kind in (LineKind.LABEL, LineKind.LABEL_ALONE):
            line.kind, line.label, line.body = rest.kind, rest.label, rest.body
            return
    if item and not END_OF_SENTENCE.search(s) and len(s.split()) <= 30 and (
            not item.group("weak") or AGENDA_WEAK_REST.search(s[item.end():])):
        line.kind = LineKind.HEADING  # "4-1 : VOIRIE – Travaux de la rue", "5.- Aprobación del acta": an agenda item
        return
    if item and item.group("weak") and SHORT_ITEM.match(s[item.end():]) and not SPEECH_VERB.search(s[item.end():]):
        line.kind = LineKind.HEADING  # "2. Obras en la sede.", "3. Varios.": a short numbered title, full stop and all
        return
    m = _label_line(s)
    if m and (m.group("sep").strip() in ("–", "—") or m.group("sep").strip() == "--" and m.group("label").isupper()) \
            and not END_OF_SENTENCE.search(s) and not _honorific_person(m.group("label")):
        # ("Patrick -- not necessarily…", a typed dash after a name, is a turn; so is "SEÑOR CHOUHY TERRA (don Pedro)
        # — Voy a hacer" whose words wrap onto the next line: an agenda item never opens on an honorific and a name)
        line.kind, line.dash_item = LineKind.HEADING, True  # "FINANCES – Tarifs publics locaux", "10.2 RESEAUX – EAU – …": an agenda item
        return
    held = (CAPS_OFFICE_FIRST_LABEL.match(s) or OFFICE_FIRST_LABEL_LONG.match(s)) if m is None else None
    if held and office_first(held.group("label")):  # "DIRECTOR GENERAL DE LA AGENCIA … , ANDRÉS LAJOUS LOAEZA: words"
        line.kind, line.label = LineKind.LABEL, held.group("label")  # (longer than LABEL_LINE's label: the office's)
        line.body = line.start + held.start("body")
        return
    holder = OFFICE_HOLDER_LABEL.match(s) if m is None else None
    if holder and office_then_holder(holder.group("label")):  # "El señor VICEPRESIDENTE … Y MINISTRO DE … (Solbes Mira):"
        body = holder.group("body")  # (longer than LABEL_LINE's label: the office's)
        line.kind, line.label = (LineKind.LABEL, holder.group("label")) if body else (LineKind.LABEL_ALONE, holder.group("label"))
        line.body = line.start + holder.start("body") if body else None
        return
    caps = CAPS_TITLED_LABEL.match(s) if m is None else None
    if caps and len(caps.group("label").split(",")[0].split()) <= CAPS_LABEL_NAME_WORDS:
        line.kind, line.label = LineKind.LABEL, _dot_label(caps.group("label"))  # "NAME, A LONG POSITION (note): words"
        line.body = line.start + caps.start("body")
        return
    long_office = PAREN_LABEL_ALONE.match(s) if m is None else None
    if long_office:  # "L'hon. Stéphane Dion (président du Conseil privé … , Lib.):" over the words: the name holds the turn
        whole = f"{long_office.group('name').strip()} ({long_office.group('office').strip()})"
        line.kind, line.label = LineKind.LABEL_ALONE, whole if len(whole) <= 90 else long_office.group("name").strip()
        return
    if m:
        line.timed = bool(re.match(rf"{_TIME}\S", s) and re.match(r"\[?\(?\d", s)) or m.group("clock") is not None
        line.structured = line.timed or bool(re.match(r"[*•▪◦-]\s|>>", s))
        line.dotted = re.match(r"\.\s*[–—]", m.group("sep").strip()) is not None  # "LE PRÉSIDENT. – …" (Sénat)
        line.label = m.group("label")
        body = m.group("body")
        line.kind = LineKind.LABEL if body.strip() else LineKind.LABEL_ALONE
        line.body = line.start + m.start("body") if body.strip() else None
        return
    kind = SECTION_KIND_HEADING.match(s) if line.own_paragraph else None
    if kind and any(fold(w) in SECTION_KINDS for w in re.findall(r"[^\W\d_]+", kind.group("kind"))):
        line.kind = LineKind.HEADING  # "ANNIVERSARY OF STEVE BIKO'S DEATH (Member's Statement)": the record's title
        return
    if True:
        words = s.split()
        letters = [c for c in s if c.isalpha()]
        if line.own_paragraph and s[:1].isupper() and len(words) <= 10 and (not re.search(r"[.!?…;:,]\s*$", s)
                                                                            or TITLE_EXCLAIMED.match(s)):
            line.plain_heading = True  # "Conclusion", "Welcome reception", "Mejora tus habilidades… ¡Jugando!": ends a report's talk section
        titled = "," in s and 1 <= len(s.split(",")[0].split()) <= CAPS_LABEL_NAME_WORDS and len(words) <= CAPS_LABEL_WORDS
        if (1 <= len(words) <= 8 or titled) and letters and all(c.isupper() for c in letters) and not s.rstrip().endswith("."):
            line.kind, line.label, line.bare = LineKind.LABEL_ALONE, _dot_label(s) if len(s) > 90 else s, True  # "NOMBRE APELLIDO, CARGO", "MODERADORA"
        elif line.own_paragraph and len(words) >= CAPS_HEADING_WORDS and letters and all(c.isupper() for c in letters) \
                and not s.rstrip().endswith("."):
            line.kind = LineKind.HEADING  # "INTERPELLATION DE MME X A M. Y, PRESIDENT DU COLLEGE, A PROPOS DE …": the record's title
        elif line.own_paragraph and NAME_ROLE_LINE.match(s) \
                and not re.search(r"[.!?;]$", s) and not SPOKEN_LABEL_TAIL.search(s.split(",", 1)[1]):
            line.kind, line.label = LineKind.SECTION, s  # "Csaba Kőrösi, President of the General Assembly"
            # (not "Mr Speaker, I hereby give notice that …:", the speaker's own sentence addressing the chair)
