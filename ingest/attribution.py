"""Give every sentence its speaker, from the text's own cues, and say which cue decided (`Sentence.cue`).

Lines first (`ingest.labels`): a speaker label ("Name: …", "M. X. –", "LA SEÑORA PRESIDENTA:"), a label or a
section heading on a line of its own gives the turn to that person until the next label or heading; headings,
agenda items, attendance lists, proxies, votes and signatures are narration (speaker null) and end the turn.
Elsewhere, reported speech: a person (honorific + name, a roster name, a name in capitals, or a role word such
as "Monsieur le maire", resolved to the named holder when the text ties them) stands in subject position before
a speech verb; "Selon X, …"; a hand-over ("donne la parole à X"); Spanish passive or inverted openers ("Por el
Sr. Alcalde se explica…", "Interviene Dª X"); an anaphor ("Cette dernière indique…") takes the last-mentioned
person of that gender. A person merely mentioned does not take the turn over; a group subject ("Le Conseil
accepte…") is narration. Sentences without a cue stay with the current speaker.
Conference reports: a talk's heading ("Title - Name, Company", "Title, par Name") or, under a heading that gives
only the title, its first sentence ("Name (Company) nous présente…") makes that person the speaker of the talk's
section up to the next heading; the note-taker's first-person sentences in it ("J'ai trouvé…", "We went…") are null.

Each sentence is looked at once, with look-behind windows of bounded size: linear in the text.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from quidit.ingest.account_labels import account_labels
from quidit.ingest.arrivals import arrived_speaker
from quidit.ingest.bracketed_subject import bracketed_subject
from quidit.ingest.bulleted_names import bulleted_name_turns
from quidit.ingest.caps_dot_labels import caps_dot_person
from quidit.ingest.chunk_headers import mark_chunk_headers
from quidit.ingest.cleaning import CleanText
from quidit.ingest.compound_names import compound_part
from quidit.ingest.editor_notes import editor_notes
from quidit.ingest.floor_askers import name_askers
from quidit.ingest.foreign_glosses import mark_foreign_glosses
from quidit.ingest.group_labels import group_labels
from quidit.ingest.handle_bullets import bulleted_handles, dashed_handles
from quidit.ingest.handovers import listened, reporter
from quidit.ingest.initials import adopt as adopt_initials
from quidit.ingest.initials import fits as fits_initials
from quidit.ingest.initials import given_names, name_initials
from quidit.ingest.irc_log import irc_lines, irc_log
from quidit.ingest.item_owners import item_owners
from quidit.ingest.label_holders import (
    header_first_names,
    header_holders,
    heading_holders,
    interview_title_holders,
    pseudonym_holder,
    title_holder,
)
from quidit.ingest.label_initials import labelled_initials
from quidit.ingest.label_short_forms import declared_short_forms, short_form_labels
from quidit.ingest.labels import (
    Label,
    Line,
    LineKind,
    Part,
    ends_paragraph,
    formal_label,
    parse_label,
    part_heading,
    question_label,
    rapporteur_heading,
    section_part,
    section_word,
)
from quidit.ingest.lexicon import (
    ACTION_AFTER_NAME,
    ADDRESS_OPENING,
    AGENDA_ITEM,
    AGENDA_LIST_ITEM,
    ANAPHORA,
    ANNOUNCED,
    ANNOUNCED_NAME,
    ANONYMOUS,
    ANSWER_LABELS,
    APPOSITION_AFFILIATION,
    APPOSITION_ASIDE,
    APPOSITION_CLAUSE,
    APPOSITION_MODERATOR,
    ARTICLE_BEFORE_TITLE,
    ARTICLES,
    ASIDE_CLOSED_END,
    ATTENDANCE_STATUS,
    ATTESTATION,
    AUDIENCE_NAME,
    BODY_OPENING_CLOCK,
    BODY_SUBJECT,
    BRACKET_ASIDE,
    BRACKET_HANDLE,
    BRACKET_ONLY,
    BULLET_ITEM_PRESENTER,
    BULLET_START,
    BY_AFTER_VERB,
    CAPTION_DURING,
    CHAT_MARK,
    CHAT_RELAY_LABEL,
    CLAUSE_ANAPHORA,
    CLOCK_LEADING,
    COLLECTIVE_HEADING,
    COLLECTIVE_VOICE,
    COLON_QUOTE,
    COLON_QUOTE_HEAD,
    CUT_OFF_END,
    DASH_LABEL_LINE_END,
    DASH_LABELLED_MIN,
    DATA_ROW,
    DATA_ROW_PROSE_WORDS,
    DATA_ROW_TURNS_BEFORE,
    DEFINITE_ARTICLE,
    DEFINITION,
    DEFINITION_LOOKBACK,
    DELIBERATION_HEADING,
    DERIVED_WORD_MIN,
    DOCUMENT_PART_WORDS,
    DOT_DASH_BEFORE,
    ELISION_LINE,
    END_OF_SENTENCE,
    FILED_BY,
    FIRST_PERSON_SINGULAR,
    FIRST_PERSON_SPEECH,
    FIRST_SECOND_PERSON,
    FLOOR_REMARK,
    FOLLOW_TARGET,
    FOLLOW_VERB,
    GIVEN_NAME_BEFORE,
    GIVEN_NAME_PARTICLES,
    GLUED_INITIAL,
    GROUP_LABELS,
    GROUP_OUTCOME,
    GROUP_PLUPERFECT,
    GROUP_SUBJECT,
    HANDED_RELATIVE,
    HANDOFF,
    HEADER_FIELD_KEYS,
    HEADING,
    HONORIFIC_RE,
    HONORIFICS,
    HYPHEN_STENO_NOTE,
    IMPERSONAL,
    IMPERSONAL_IL,
    INDEFINITE_SUBJECTS,
    INITIALS_ABBR,
    INITIALS_CONVENTION_MIN,
    INITIALS_LABEL,
    INITIALS_NAME,
    INITIALS_NAME_SPAN,
    INTRO_COLON_END,
    INTRO_ROUND,
    ITEM_HEADING_MIN_WORDS,
    ITEM_NUMBER_LEAD,
    ITEM_NUMBER_ONLY,
    ITEM_NUMBER_PREFIX,
    ITEM_PRESENTER,
    ITEM_PRESENTER_WORDS,
    LABEL_CAPACITY,
    LABEL_LEAD_IN,
    LEADING_TITLE,
    LEAVE_REQUEST,
    LINE_HEADING_WORDS,
    LIST_ITEMS_MIN,
    LIST_LEAD_WORDS,
    LISTEN_TURN_CHARS,
    MINUTE_REF_LEAD,
    MINUTES_HEADING_WORDS,
    MINUTES_TITLE,
    MOTION_MOVED_BY,
    MOTION_SECONDED,
    MOVEMENT,
    NAME_JOIN,
    NAME_LINE_CHARS,
    NAME_LINE_HONORIFIC,
    NAME_LINE_OVER_LABEL,
    NAME_RE,
    NAME_THEN,
    NAME_THEN_WORD,
    NAME_VERB_COLON,
    NAME_VERB_GAP,
    NARRATION_START,
    NICK_MIN_PART,
    NICK_VERB_GAP,
    NO_REMARKS,
    NOT_PRETERITE,
    NOT_SPEAKERS,
    NOTE_TAKER,
    NOTE_TAKER_CLAUSE,
    NOTE_TAKER_DROPPED,
    NOTE_TAKER_PRETERITE,
    NOTE_TAKER_STANCE,
    NOTE_TAKER_VIEW,
    NOUN_OF_NAME,
    NUMBERED_ITEM_LINE,
    NUMBERED_ITEMS_MIN,
    NUMBERED_VOICE,
    OFFICE_BRACKET_HOLDER,
    OFFICE_TITLES,
    OFFICER_LINE,
    OFFICER_TITLES,
    ONLINE_POINTER,
    ORG_FOLDED,
    OTHERS_SUBJECT,
    OTHERS_VERB,
    OUTCOME_RUBRICS,
    PART_TITLE_BODY,
    PARTICIPANTS_HEADER_LINE,
    PARTICLES,
    PASSIVE_AFTER_NAME,
    PASSIVE_BY,
    PAST_TURN_VERB,
    PERSON_DESCRIPTION_BODY,
    PERSONAL_PRONOUNS,
    PETITION_ASKS,
    PETITION_END,
    PLURAL_ENDINGS,
    PLURAL_FIRST_PERSON,
    PREAMBLE_CLOCKED_MIN,
    PRESENTED_NAME_WORD,
    PRESENTED_TITLE_LINES,
    PRESENTED_TITLE_WORDS,
    PRESIDENT_OF,
    PRONOUN_TERMS,
    PROXY,
    QUESTION_FORM,
    QUESTION_LABELS_MIN,
    QUOTE_INTRO_GAP,
    QUOTE_MARK,
    QUOTE_MARK_ANY,
    QUOTE_OPEN,
    QUOTE_PAIRS,
    QUOTE_SIGNED,
    QUOTE_SIGNED_SPAN,
    QUOTED_BY_AFTER,
    QUOTED_BY_BEFORE,
    QUOTED_PREDICATE,
    QUOTED_VOICES_MIN,
    REACTION_NOTE,
    READER_ADDRESS,
    RECALLED_QUESTION,
    RECORD_PASSIVE,
    RECORD_STATEMENT,
    RECOUNTED_RESOLUTION,
    RELATIVE_CUT,
    RELAYED_BY,
    REPORT_HEADING,
    REPORT_SELF,
    REPORT_TURN,
    REPORT_TURN_SAYS,
    REPORTED_THAT,
    RESOLUTION_INTRO,
    RESOLUTION_START,
    ROLE_AS_NAME_HONORIFIC,
    ROLE_WORD,
    ROOM_NOTE,
    ROOM_REACTION,
    RUBRIC_JOINER,
    SALUTATION,
    SCARE_QUOTE_OPEN,
    SCARE_QUOTE_WORDS,
    SCRIBE_ASSIST_BODY,
    SCRIBE_NICK,
    SCRIBE_TROUBLE_NOTE,
    SEAT_TAKEN,
    SELF_INTRO,
    SENTENCE_ADVERBS,
    SESSION_OPENED,
    SIGNED_NAME,
    SPEECH_VERB,
    SPOKEN_I,
    SPOKEN_RECITAL_LEAD,
    STAGE,
    STAGE_SENTENCE,
    STAGE_TAIL,
    STENO_NOTE,
    SUBJECT_SLOT,
    SUMMING_UP_LEAD,
    TALK_CONTENT_VERB,
    TALK_GIVEN_BY,
    TALK_HEADING_BRACKETED,
    TALK_INTRO,
    TALK_INTRO_BY,
    TALK_SUBJECT,
    TALK_VERDICT,
    TALK_VERDICT_AFTER,
    TEAM_ON_PLANS,
    TECH_NAMES,
    THANKS_TO,
    THING_ARTICLE,
    THING_QUOTES,
    TITLE_TURN,
    TOPIC_LINE_MAX_WORDS,
    TRANSLATION_NOTE,
    TRANSLATION_RESUMED,
    TRANSLATION_WORDS_MIN,
    TURN_HEADING_WORDS,
    TURN_SUBJECT,
    TURNS_LISTED,
    TWEET_SIGNATURE,
    UNKNOWN_SPEAKER_LABELS,
    UNLISTED_BULLET,
    UNLISTED_COORDINATED,
    UNLISTED_INVERTED,
    UNLISTED_SIDE_SPEAKER,
    UNLISTED_SPEAKER,
    UNLISTED_VERB_GAP,
    UNNAMED_MEMBER,
    UPPER,
    VERDICT_GOES_ON,
    VOTE,
    VOTE_TALLY_LINE,
    WHEREAS_CONJUNCTION,
    WORD_TOKEN,
    WORDS_BACK_HEAD,
    WRAPPED_LINE_END,
    WRITER_CLOSING,
    WRITER_NOTE_LEAD,
    WRITER_VERDICT,
    Role,
    anaphora_gender,
    fold,
    gender_of,
    role_in,
    role_of,
    roles_named,
    title_gender,
)
from quidit.ingest.lines import (
    next_line,
    scan_lines,
    title_cased,
)
from quidit.ingest.listed_headings import listed_name_headings, unlisted_dash_talk, unlisted_name_headings
from quidit.ingest.meeting_summary import own_items, record_tasks, silence, silence_tasks, summary_layout
from quidit.ingest.mentions import (
    CAPS_SURNAME,
    WINDOW,
    Mention,
    find_mentions,
    floor_taker,
    holds_role,
    opener_verb,
    role_participant,
    subject_slot,
    title_before,
    title_lead,
)
from quidit.ingest.minutes import (
    minutes_cue,
    read_attendance,
    read_attendance_table,
    read_item_leads,
    read_marked_rows,
    read_name_column_table,
    read_officer_labels,
    read_presence,
    read_signatures,
    read_surname_first_list,
    surname_first_entries,
)
from quidit.ingest.names import (
    HONORIFIC_MENTION,
    TextNames,
    candidates,
    full_name_written,
    given_name_nick,
    honorific_gender,
    listed_one,
    lower_case_words,
    name_tokens,
    named_person,
    nick_person,
    resolve,
    trim_name,
)
from quidit.ingest.nested_items import end_turns_at_outer_items
from quidit.ingest.office_attendance import read_office_attendance
from quidit.ingest.office_holders import learn_roles, learn_titles, office_holder, titled_holder, unheld_role
from quidit.ingest.org_speakers import org_speaker, org_ties
from quidit.ingest.page_furniture import numbered_heads, page_furniture
from quidit.ingest.participant_codes import code_label, inline_names, numbered_nouns, pseudonyms
from quidit.ingest.person_dash_items import person_dash_items
from quidit.ingest.presented import byline_presenter, introduced_speaker, presented_person, presents_speaker
from quidit.ingest.records import Cue, Participant, Sentence
from quidit.ingest.report_lists import own_report_lists
from quidit.ingest.role_lines import name_initials_handles, role_line_names, role_lines
from quidit.ingest.roster import cover_full_name, parse_entry
from quidit.ingest.rubric_chair import chair_calls, topic_headings
from quidit.ingest.run_in_names import run_in_turns
from quidit.ingest.run_on_labels import run_on_speaker
from quidit.ingest.scribe import nick_labels, opens_turn, scribe_heading, scribe_lines, scribe_style
from quidit.ingest.scribe_subjects import dash_turns, handle_labels, handle_subject, once_handle, opens_reported_turn
from quidit.ingest.self_named import self_named
from quidit.ingest.sentences import split_spans
from quidit.ingest.signed_answers import sign
from quidit.ingest.ticket_items import mark_ticket_headings
from quidit.ingest.titled_members import affiliated_speaker, title_holder_named, titled_person
from quidit.ingest.topic_items import topic_items
from quidit.ingest.topic_lead_ins import topic_lead_in
from quidit.ingest.voice_names import name_voices_from_text
from quidit.ingest.wrapping import wrapped_dash_lines, wrapped_turn_ends


def _role_kind(word: str) -> str:
    role = role_of(word) or role_in(word)
    return role.value if role else Role.CHAIR.value


def _apposition(text: str, start: int, verb_at: int) -> str:
    app = text[start:verb_at].strip(" ,:.–—-")
    if app.startswith("(") and app.endswith(")"):
        app = app[1:-1]
    if APPOSITION_ASIDE.match(app):
        return ""  # "Monsieur X - que l'ensemble du Conseil remercie … - procède": an aside, not a title
    return APPOSITION_CLAUSE.split(app)[0].strip(" ,")


def learn_genders(text: str, participants: list[Participant]) -> None:
    """Gender from unambiguous honorific mentions ("Madame Maria Luisa Zapata")."""
    for m in HONORIFIC_MENTION.finditer(text):
        g = honorific_gender(m.group(1))
        p = resolve(trim_name(m.group(2)), participants) if g else None
        if p is not None and p.gender is None:
            p.gender = g


@dataclass
class Attribution:
    """Sentences with speakers, and what the line scan found (for the genre)."""
    sentences: list[Sentence]
    labels: int = 0  # speaker-label lines kept
    sections: int = 0  # headings per speaker kept
    attendance: int = 0  # attendance lines
    officers: int = 0  # of which "Moderator: Name" header lines (a transcript's header has them too)
    nested: int = 0  # speaker-label lines inside a speaker's section ("Aurélien : …" in a talk's discussion)
    caps_dot: int = 0  # of the labels, "MR. KOHN. Words" turns (`caps_dot_labels`): a transcript's form, never minutes'
    irc: int = 0  # of the labels, lines of a raw IRC log (`irc_log`): the channel's own record, verbatim, never minutes
    examples: list[str] = field(default_factory=list)
    summary: str = ""  # a machine-written meeting summary's layout, as evidence ("machine-written meeting summary (…)")


def _cut(spans: list[tuple[int, int]], cuts: list[int], text: str) -> list[tuple[int, int]]:
    """Split sentence spans at line-kind boundaries (a label ends, a heading starts)."""
    out = []
    for s, e in spans:
        k = bisect.bisect_right(cuts, s)
        a = s
        while k < len(cuts) and cuts[k] < e:
            c = cuts[k]
            if text[a:c].strip():
                out.append(_strip(text, a, c))
            a = c
            k += 1
        if text[a:e].strip():
            out.append(_strip(text, a, e))
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def label_person(lab: Label, participants: list[Participant], elsewhere: set[int] = frozenset()) -> Participant:
    """The participant a kept label names: an existing one (surname, first name, role holder) or a new one.
    `elsewhere`: ids of people who preside another body (`_other_presidents`), never the holder of a bare chair label."""
    live = [p for p in participants if p.session_role != "absent"]
    if lab.role == Role.CHAIR and lab.core == lab.name:
        live = [p for p in live if id(p) not in elsewhere]
    if lab.role is not None and lab.core != lab.name or (lab.role is not None and role_of(lab.name) is None):
        p = resolve(lab.core, live, lab.gender)  # "The Chair (Hon. Jane Roe)": the holder is named
        if p is None:
            p = Participant(name=title_cased(lab.core), gender=lab.gender, in_roster=False)
            participants.append(p)
        p.session_role = lab.role.value
        return p
    if lab.role is not None:  # the named holder of the role, else the participant this very label made
        p = role_participant(lab.name, [q for q in live if role_of(q.name) is None])
        if p is None:
            p = next((q for q in participants if fold(q.name) == fold(lab.name)), None)
        if p is None:
            p = Participant(name=lab.name, session_role=lab.role.value, gender=lab.gender, in_roster=False)
            participants.append(p)
        return p
    p = resolve(lab.core, live, lab.gender)
    if p is not None and compound_part(lab.core, p.name):
        p = None  # "Mathieu :" beside "Jean-Mathieu :": a compound given name is another person's (`compound_names`)
    if p is None:
        p = next((q for q in participants if fold(q.name) == fold(lab.name)), None)
    if p is None:
        p = office_holder(lab.core, live)  # "Sr. Presidente del Consejo:" after "…del Presidente del Consejo Regional, señor X"
    if p is None:
        p = Participant(name=title_cased(lab.name), gender=lab.gender, in_roster=False)
        if lab.affiliation and len(lab.affiliation) < 160:  # "M. X (Ville de Tours)", "NOMBRE, CARGO"
            entry = parse_entry(f"{lab.core}, {lab.affiliation}", None, in_roster=False)[0]
            p.role, p.organization, p.place = entry.role, entry.organization, entry.place
        if not any(q.in_roster for q in participants):
            p.session_role = None
        participants.append(p)
    if p.gender is None:
        p.gender = lab.gender
    return p


def _spoken_figure(body: str, turns_before: int) -> bool:
    """A turn's words that hold a colon and a figure ("… la plataforma es esta: 255, y nos piden que…") under a label
    that opened turns before: talk, not a table row."""
    return turns_before >= DATA_ROW_TURNS_BEFORE and len(re.findall(r"[^\W\d_]{2,}", body)) >= DATA_ROW_PROSE_WORDS


def _preamble_labels(text: str, units: list[Line]) -> list[int]:
    """In a transcript whose turns open with a clock ("[00:01:43] Sergeant-at-Arms: …", at least PREAMBLE_CLOCKED_MIN),
    the label-like lines before its first clocked turn that name nobody who speaks later ("NYC Council, Committee of
    the Whole: Oversight…", "CLEAN VERBATIM EDITION, generated 2026-10-06…, then:") are its title and notes, no turn
    ("Jane Roe: Welcome…" before the clock starts, then "[00:02:10] Jane Roe: …", stays hers)."""
    labelled = [i for i, u in enumerate(units) if u.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) and u.label]
    clocked = [i for i in labelled if CLOCK_LEADING.match(text, units[i].start)]
    if len(clocked) < PREAMBLE_CLOCKED_MIN:
        return []
    later = {fold(units[i].label.strip()) for i in clocked}
    return [i for i in labelled if i < clocked[0] and fold(units[i].label.strip()) not in later]


def _keep_labels(text: str, units: list[Line], participants: list[Participant], roster_end: int = 0,
                 cover: bool = False) -> dict[int, Participant]:
    """Unit index -> the person its label names, for the labels that hold (see `parse_label`). `cover`: a
    line-numbered transcript, whose cover page lists its people (`_cover_names`)."""
    attendance = any(u.kind == LineKind.ATTENDANCE for u in units)
    record = attendance or minutes_cue(text) is not None  # a meeting's own record (its list or its title)
    scribe = scribe_style(text, units)
    irc = not scribe and irc_log(text, units)  # "14:05 <jrandom> hi": a raw IRC log, every line its nick's
    if scribe:
        scribe_lines(text, units)
    elif irc:
        irc_lines(text, units)
    else:
        dash_turns(text, units)  # "Jana - risk is…" in notes labelled by handles
    dashed = set() if scribe or irc else dashed_handles(text, units, participants, roster_end)  # "* cfallin - …"
    nicks = set() if scribe or irc else nick_labels(text, units, roster_end, participants)  # "stark: …", "adam3us: …"
    bulleted = set() if scribe or irc else bulleted_handles(text, units, roster_end) | dashed  # "* ko1: …" items as turns
    nicks |= bulleted
    for run in _label_runs(units):  # "Name :" lines one under the other, nothing said: a signature list
        for i in run:
            units[i].kind = LineKind.NARRATION
    for i in role_lines(text, units):  # "Chair: Mara" / "Scribe: Tess", "Mara Quist: President;": who holds what
        units[i].kind = LineKind.NARRATION
    for i in _preamble_labels(text, units):  # a clocked transcript's title and editor's notes before its first turn
        units[i].kind = LineKind.TEXT
    layout = _bullet_layout(text, units)
    parsed: dict[int, Label] = {}
    counts: dict[str, int] = {}
    listed = [p for p in participants if p.session_role != "absent"]  # the attendance list, when there is one
    comma_sections = 0
    lower = {w for w in re.findall(r"(?<![\w’'])[a-zà-ÿ][\w’'-]*", text)}
    lower |= {fold(w) for w in lower if not w.isascii()}  # "DEBAT SUR LES ORIENTATIONS BUDGETAIRES" drops its accents
    initials = read_initials(text)
    for u in units:  # "SJG <chat>: …": the chat mark is not part of who writes
        if u.kind == LineKind.LABEL and u.label and CHAT_MARK.search(u.label) and CHAT_MARK.sub("", u.label).strip():
            u.label = CHAT_MARK.sub("", u.label)
        if u.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) and u.label and (lead := LABEL_LEAD_IN.match(u.label)) is not None:
            u.label = u.label[lead.end():]  # "Intervention de M. Anceau :" is M. Anceau's turn
        if u.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) and u.label and (cap := LABEL_CAPACITY.search(u.label)) is not None \
                and cap.start() > 0:
            u.label = u.label[:cap.start()]  # "mnot, as individual: …" is mnot's turn
    by_initials = _initials_convention(units, listed, roster_end)
    presented, _ = _presented_lines(text, units)
    seen_np: dict[str, bool] = {}
    topics: set[int] = set()  # label lines refused as topics (common words): see `topic_items`
    titled: dict[int, str] = {}
    numbered = sum(1 for u in units if u.question and u.end > roster_end) >= QUESTION_LABELS_MIN
    questions: dict[int, Label] = {}  # "P1:", "P2b:", "P5, por Jane Roe:": kept when someone else's labels hold too
    coded = pseudonyms(text)  # "Código del participante: E1" + "Seudónimo: Abel Marco": E1's turns are Abel Marco's
    written = [u.label for u in units if u.kind == LineKind.LABEL and u.label]
    voices = [u.label for u in units if u.kind == LineKind.LABEL_ALONE and u.label and NUMBERED_VOICE.match(u.label)]
    nouns = numbered_nouns(written + voices)  # "Participante 1", "Participante 2", "audience6" alone: numbered participants
    coded = inline_names(written) | coded  # "E1 (Marta Ríos):" names the bare "E1:" too (before the metadata's pseudonym)
    label_names = _full_name_labels(written)  # "Ben Striegel: …" once, then "Ben: …"
    declared = declared_short_forms(units)  # "Mark Nottingham (mnot):", then "mnot:"
    accounts = account_labels(text[u.start:u.end] for u in units)  # "CALIDAD EMPRESARIAL: …" a turn a line
    groups = group_labels(text, units, lower)  # "Monitores de La Roda: …" among "Ángel Espinosa: …": a group answers
    chat: dict[int, Label] = {}  # a raw IRC log's lines: kept whatever the filters for prose labels say
    for i, u in enumerate(units):
        if u.kind not in (LineKind.LABEL, LineKind.LABEL_ALONE, LineKind.SECTION) or u.label is None or u.end <= roster_end:
            continue
        if u.kind == LineKind.LABEL and u.body is not None and (assist := SCRIBE_ASSIST_BODY.match(text, u.body)):
            typed_for = resolve(assist.group("label"), listed) or resolve(assist.group("label"), participants)
            u.label = typed_for.name if typed_for is not None else assist.group("label")
            u.body = assist.end()  # "X: (Scribe assist) manu: …": manu's words, X typed them
        if u.kind == LineKind.LABEL and not scribe and not u.irc and text[u.start] == "<" \
                and (chatter := nick_person(u.label, listed)
                     or (resolve(u.label.strip().title(), listed) if u.label.strip().isalpha() else None)) is not None:
            u.label = chatter.name  # "<kim> when does…" pasted amid minutes labelled by full names: Kim Hamilton Duffy's
        if u.kind == LineKind.LABEL and fold(u.label.strip()) in UNKNOWN_SPEAKER_LABELS and opens_turn(text, u):
            u.floor, u.label = True, None  # "xxx: …": the note-taker did not catch who spoke
            continue
        if u.irc:  # a raw IRC log's line is its nick's, as written, whatever word the nick is (`irc_log`)
            chat[i] = Label(u.label, u.label, None, None, True)
            continue
        if u.kind == LineKind.LABEL and CHAT_RELAY_LABEL.match(u.label):
            u.kind, u.aside, u.label, u.body = LineKind.NARRATION, True, None, None  # "David in comments: SLOP."
            continue
        if u.question:
            lab = question_label(u.label) if numbered else None
            if lab is not None and lab.core in coded:  # "P3:" where the metadata gives P3's pseudonym: a participant's code
                lab = code_label(lab.core, coded)
            if lab is not None:
                questions[i] = lab
            continue
        if u.kind == LineKind.LABEL_ALONE and u.bare and not (i and units[i - 1].kind == LineKind.SEPARATOR):
            continue  # a line in capitals is a label only after a separator ("---")
        if u.kind == LineKind.SECTION and section_word(u.label):
            continue  # "### Discussion", "## Références": a part of a talk, not its speaker
        if u.kind == LineKind.LABEL_ALONE and ends_paragraph(text, u) and part_heading(u.label):
            continue  # "Discussion:", "Preliminary discussion:" alone in their paragraph: a part of an agenda item
        if u.kind == LineKind.SECTION and u.talk and " " not in u.label.strip() \
                and TALK_HEADING_BRACKETED.match(text[u.start:u.end]) and listed_one(u.label.strip(), listed) is None:
            continue  # "[Applause] Thank you all": one word in brackets names a presenter only when the list does
        if u.kind == LineKind.SECTION and u.talk and record and unlisted_dash_talk(text[u.start:u.end], listed):
            u.kind, u.talk, u.label = LineKind.HEADING, False, None  # "Punto 4 - Informes Oficiales": an item's title
            continue
        if u.kind in (LineKind.LABEL_ALONE, LineKind.LABEL) and SALUTATION.match(u.label.strip()):
            continue  # "Señor presidente:" on a line of its own or opening the words: the speaker addresses someone
        if u.kind == LineKind.LABEL and u.body is not None and PERSON_DESCRIPTION_BODY.match(text, u.body, u.end):
            u.kind, u.label, u.body = LineKind.NARRATION, None, None  # "Delphine Robinault : élue de la commune de…": who she is
            continue
        lab = caps_dot_person(u.label) if u.caps_dot else parse_label(u.label)  # ("CHAIRMAN GREENSPAN": titles, a surname)
        if lab is None and (u.kind == LineKind.LABEL or u.kind == LineKind.LABEL_ALONE and NUMBERED_VOICE.match(u.label)):
            # "E1: …", "E1 (probe): …": a research participant's code; "Speaker 2" over the words: a numbered voice
            lab = code_label(u.label, coded, nouns)
        account = u.kind == LineKind.LABEL and u.label.strip() in accounts and opens_turn(text, u)
        if lab is None and account:  # "paula alicia leon: …", "jdoe@acme.com: …": a call's account name (`account_labels`)
            lab = Label(u.label.strip(), u.label.strip(), None, None, True)
        full = declared.get(fold(u.label.strip())) if u.kind == LineKind.LABEL and (lab is None or lab.role is None) else None
        if full is not None:  # "mnot:", "MNot:" after "Mark Nottingham (mnot), as individual:"
            lab = Label(full, full, None, None, True)
        first_named = _listed_first_name(u.label.strip(), listed + label_names) \
            if lab is None or lab.core.lower() in GIVEN_NAME_PARTICLES else None  # ("Ben:" for the listed Ben Michel)
        if first_named is not None:  # "Ben: …" for the listed Ben Michel or the labelled "Ben Striegel: …" ("ben" is a particle)
            lab = Label(first_named.name, first_named.name, None, first_named.gender, True)
        if lab is None and u.kind == LineKind.LABEL and (own := _listed_handle(u.label.strip(), listed)) is not None:
            lab = Label(own.name, own.name, None, own.gender, True)  # "oli: …" where the list writes "…, oli, …"
        if lab is None and u.bracketed and BRACKET_HANDLE.match(u.label.strip()):
            own = listed_one(u.label.strip(), listed)  # "* [simeon] …" for the listed "Simeon Vincent (Mozilla)"
            lab = Label(own.name, own.name, None, own.gender, True) if own else Label(u.label.strip(), u.label.strip(), None, None, True)
        if lab is None and u.label.strip() in initials:  # "DE: …" where the list gives "Daniel Ehrenberg (DE)"
            lab = Label(u.label.strip(), u.label.strip(), None, None, True)
        abbr = lab.core if lab is not None else u.label.strip()  # ("CF", a word parse_label refuses, is initials here too)
        if abbr in by_initials:  # "AR: …" where the attendance list gives "Andreas Rossberg"
            q = by_initials[abbr]
            lab = Label(q.name, q.name, None, q.gender, True)
        nick = (scribe or fold(u.label.strip()) in nicks and opens_turn(text, u)) and u.kind == LineKind.LABEL \
            and SCRIBE_NICK.match(u.label.strip()) is not None
        if lab is None and nick and not scribe and role_of(u.label) is not None:
            lab = parse_label(u.label.strip()[0].upper() + u.label.strip()[1:])  # "moderator: …": a role, not a nick
        if lab is None and nick:
            lab = Label(u.label.strip(), u.label.strip(), None, None, True)  # "dka: …", "nell: …": an IRC nick
        elif nick and lab is not None and lab.role is None:
            lab = Label(lab.name, lab.core, None, lab.gender, True, lab.affiliation)  # "Alex: …" once is a turn too
        if scribe and lab is not None and not nick and lab.role is None and resolve(lab.core, listed) is None:
            continue  # scribe minutes label people by nick: "The Great Bikeshedding II: …" is a heading
        if bulleted and lab is not None and not nick and lab.role is None and not lab.gender and " " not in lab.core.strip() \
                and not lab.core.isupper() and lab.core.lower() in lower:
            continue  # "* Preprocess: O(n)" amid "* ko1: …" turns: a word the text writes in lower case, no handle
        if lab is None and u.dotted and TITLE_TURN.match(u.label):
            titled[i] = TITLE_TURN.match(u.label).group("title")  # "Mme la garde des sceaux.": whose title, once the people are known
        if lab is None:
            _caps_heading_line(text, u)
            continue
        if u.kind == LineKind.LABEL_ALONE and u.bare and lab.role is None and not lab.gender and common_heading(lab.core, lower):
            continue  # "CONSTANCIAS", "ASPECTOS CENTRALES DEL DEBATE" under "- - -": a report's section, no speaker
        if nick:
            parsed[i] = lab
            key = fold(lab.core)
            counts[key] = counts.get(key, 0) + 1
            continue
        if MINUTES_TITLE.search(lab.core):
            continue  # "Apereo Board Meeting Minutes: March 20, 2018": the document's title
        if attendance and lab.role is None and not lab.gender and len(lab.core.split()) == 1 and lab.core.isupper() \
                and lab.core.lower() in lower and resolve(lab.core, listed) is None:
            continue  # minutes: "PERSONAL: EL 19,5% …" is a word the text writes in lower case too, a heading
        ruled = i and units[i - 1].kind == LineKind.SEPARATOR  # "---" on the line before: a turn opens, whatever the joiner
        # a line in capitals of its own right above ("LE SYSTÈME ROUTIER" over "M. Bill Casey (…):"): a topic heading,
        # so a strong label under it opens a turn even though the heading has no final stop
        ruled = ruled or (i and units[i - 1].bare and lab.strong)
        if u.start and text[u.start - 1] != "\n" and not u.structured and not ruled and not ((u.dotted or u.caps_dot) and not (
                i and WRAPPED_LINE_END.search(text[units[i - 1].start:units[i - 1].end]))) and not (u.line_heading and u.kind == LineKind.SECTION) and not re.search(r"[.!?…:»\"”)]\s*$", text[max(0, u.start - 3):u.start]) \
                and not (i and ASIDE_CLOSED_END.match(text[units[i - 1].start:units[i - 1].end])) \
                and not OFFICE_BRACKET_HOLDER.match(re.sub(r"\s+", " ", u.label).strip(" :")) \
                and not (listed and lab.role is None and (len(name_tokens(lab.core)) >= 2 and resolve(lab.core, listed) is not None
                                                          or any(p.name == lab.core.strip() for p in listed))):
            continue  # mid-sentence: a wrapped line that happens to start "Perpetuo : …" (a listed full name still holds,
            # and so does a name written as the list writes it: "tierce : …" under "attendu·e·s : tierce, Valérie, …",
            # and an office with its holder in brackets, "The Chairperson (Sen. X):" under a vote's unpunctuated rows)
        if u.kind == LineKind.LABEL and u.body is not None and re.match(r"[\s\d.,€$%£()-]+(?:\w{0,6})?[\s.;]*$", text[u.body:u.end]):
            continue  # "Dépenses : 497 098,58 €uros", "Modalidad Presencial: (13)": a figure, not words
        if u.kind == LineKind.LABEL and u.body is not None and PART_TITLE_BODY.match(text[u.body:u.end]):
            continue  # "Entrevista Monitores-Jugadores: Parte I", "Interview with Jane Roe: Part 2": a title
        if u.kind == LineKind.LABEL and u.body is not None and re.match(r"\s*(?:https?://|www\.|<)", text[u.body:u.end]):
            continue  # "Audio Recording: https://…"
        body_on = units[i + 1].end if text[u.start:u.end].rstrip().endswith(":") and i + 1 < len(units) else u.end
        clock = BODY_OPENING_CLOCK.match(text, u.body) if u.body is not None else None
        row = text[clock.end() if clock else u.body:body_on] if u.body is not None else ""
        if u.kind == LineKind.LABEL and u.body is not None and not u.structured and (
                ATTENDANCE_STATUS.match(text[u.body:u.end]) or DATA_ROW.search(row)
                and not _spoken_figure(row, counts.get(fold(lab.core), 0))):
            continue  # "Tatiana X : Absente" (a list of who attended), "Illuminations : Location … : 2014 : 1467 €" (a table row)
        if u.kind == LineKind.LABEL_ALONE and not u.bare and i + 1 < len(units) and i not in layout and not u.name_line \
                and text[u.start] != "(" and \
                len(re.findall(r"(?<![\w’'])[^\W\d_]{2,}", text[units[i + 1].start:units[i + 1].end])) < 4 and \
                (re.search(r"\d", text[units[i + 1].start:units[i + 1].end]) or lab.role is None and not lab.strong):
            continue  # "Section de Fonctionnement :" over a table of figures (a role or a full name over "Merci." holds)
        if lab.role is None and not lab.gender and resolve(lab.core, listed) is None and (
                _header_field(units, i) or fold(lab.core.split()[-1]) in DOCUMENT_PART_WORDS and len(lab.core.split()) >= 2):
            continue  # "SIG: Android SIG" over "Date: 2025-07-15"; "## Zoom Recording Transcript": the document's, nobody's
        if lab.role is None and not lab.gender and not account and not (u.name_line and formal_label(u.label)) and not u.run_in \
                and i not in groups and (common_words(lab.core, lower) or not _office_in_capitals(u.label)
                                         and _after_article(text, lab.core, seen_np) or _article_noun(lab, lower)
                                         or _noun_of(lab, lower) and resolve(lab.core, listed) is None):
            topics.add(i)  # ("The CHIEF WHIP OF THE MAJORITY PARTY" alone over a speech: an office's label, `formal_label`)
            continue  # "Section de Fonctionnement": words the text also writes in lower case are not a name
        if u.full:  # "Maître MAZZA" alone on its line, where the text names "Christelle MAZZA"
            lab = Label(u.full, u.full, None, lab.gender, True, lab.affiliation)
        parsed[i] = lab
        key = fold(lab.core)
        counts[key] = counts.get(key, 0) + 1
        comma_sections += u.kind == LineKind.SECTION and "," in u.label
    for i in topic_items(text, units, parsed, topics, counts, lambda core: resolve(core, listed) is not None):
        counts[fold(parsed[i].core)] -= 1  # "Entorno Urbano: …" under "Movilidad y Transporte: …": one more topic
        del parsed[i]
    for i in item_owners(text, units, parsed) if attendance else ():
        counts[fold(parsed[i].core)] -= 1  # "Steve: AGM first steps Steve suggested…": whose item, not a turn
        del parsed[i]
    for i in _list_item_heads(text, units, lower) & parsed.keys():
        if counts[fold(parsed[i].core)] == 1 and resolve(parsed[i].core, listed) is None:
            counts[fold(parsed[i].core)] -= 1  # "Beginning Phase: In the initial weeks…" under "…looks like this:"
            del parsed[i]
    for i in [i for i in parsed if units[i].bare and parsed[i].role is None and i + 1 in parsed]:
        # a line in capitals right over a label that holds ("LE COMMERCE" over "M. Murray Calder (…):") says nothing
        # itself: a topic heading, not a speaker (a role over a label, "LE PRÉSIDENT" over "M. X:", is left to the roles)
        counts[fold(parsed[i].core)] -= 1
        del parsed[i]
    if cover:  # "MS. MILLER:" and "Nancy Miller" on the cover page
        listed += _cover_names(text, units, parsed, participants)
    kept: dict[int, Label] = {}
    weak: list[int] = []
    # the labels that open a turn at the margin too ("Tess: …" beside "* Tess: …"): a person's, in a list item as well
    unbulleted = {fold(lab.core) for i, lab in parsed.items() if not BULLET_START.match(text, units[i].start, units[i].end)}
    for i, lab in parsed.items():
        u = units[i]
        if u.kind == LineKind.SECTION and "," in (u.label or "") and not u.label.lstrip().startswith(("#", "-")) \
                and comma_sections < 2:
            continue  # "Name, Role" headings make a notes document only when there are several
        generic = lab.role in (Role.INTERVIEWER, Role.INTERVIEWEE) and len(lab.core) == 1
        if attendance and lab.role is None and not lab.gender and resolve(lab.core, listed) is None \
                and fold(lab.core) not in dashed and not (by_initials and u.kind == LineKind.LABEL and INITIALS_LABEL.match(lab.core)) \
                and not GLUED_INITIAL.match(lab.core.strip()) and (  # (a dashed handle item holds: `dashed_handles`; so do
                # initials where the turns go by initials, and "- MikeD: …", a handle glued from a name and an initial)
                fold(lab.core.split()[0]) in ORG_FOLDED or len(lab.core.split()) == 1
                and (lab.core.isupper() or re.match(r"\s*[*•▪◦-]\s", text[u.start:u.end]) and not u.bracketed
                     and fold(lab.core) not in unbulleted and given_name_nick(lab.core.strip(), listed) is None)):
            continue  # minutes: "- Préfecture : …", "- SMAB : bilan", "- Commune de Sisteron : …" are items, not people
            # ("* Gui: if mocking libraries…" where Guillaume Martres is listed: his short name, `given_name_nick`)
        if attendance and listed and lab.role is None and not lab.gender and u.kind == LineKind.LABEL and not u.run_in \
                and len(lab.core.split()) == 1 and resolve(lab.core, listed) is None and fold(lab.core) not in dashed \
                and not lab.strong and not u.name_line and _derived_in_lower(lab.core.strip(), lower):
            continue  # minutes: "Environnement : projet d’arbres…" where the text writes "environnemental": a topic
        if attendance and listed and counts[fold(lab.core)] < 2 and lab.role is None and not lab.gender and u.kind == LineKind.LABEL \
                and u.body is not None and not u.run_in and _heading_line(text, u) and resolve(lab.core, listed) is None:
            continue  # minutes: "Piscine Elisabeth : plus accueillante pour les familles" once, unlisted: an agenda heading
        if i in presented and counts[fold(lab.core)] < 2 and lab.role is None and not lab.gender \
                and resolve(lab.core, listed) is None and _presented_lead_in(lab.core, lower):
            continue  # "CoL Checklist: 165 data sources" once in a presenter's talk: the talk's words, no person
        if lab.strong and not generic or counts[fold(lab.core)] >= 2 or i in layout or u.name_line or u.bracketed or u.run_in:
            kept[i] = lab  # ("[Lazzaro] Present", once: a caption export's bracket names its speaker whatever the count)
        else:
            weak.append(i)
    kept.update(chat)
    _repeated_bare_labels(text, units, kept)
    if kept:  # numbered questions, answered by labelled people: a Q&A
        kept.update(questions)
    known = list(participants)
    for lab in kept.values():
        if lab.role is None and resolve(lab.core, known) is None:
            known.append(Participant(name=lab.core))
    written: TextNames | None = None
    words: Counter[str] | None = None  # the text's words and how often each is written, counted once when needed
    handles = handle_labels(lab.core for lab in kept.values() if lab.role is None and not lab.gender)
    for i in weak:  # once, but a listed person's first name or surname ("Steven:" for Steven R Loomis)
        if resolve(parsed[i].core, known) is not None:
            kept[i] = parsed[i]
        elif attendance and parsed[i].role is None and units[i].kind == LineKind.LABEL \
                and (short := given_name_nick(parsed[i].core.strip(), listed)) is not None:
            # once, the short form of one listed person's first name ("Fred:" for Frédéric André, "Alex:" for the
            # only Alexandra): that person
            kept[i] = Label(short.name, short.name, None, short.gender, True)
        elif kept and parsed[i].role is None and units[i].kind == LineKind.LABEL and " " not in parsed[i].core.strip():
            # once, in a transcript whose other labels hold, the first name of a full name the text wrote before it
            # ("Yurii:" after the organisers' list "Yurii Rashkovskii, Omnigres"): that person takes a turn
            written = written or TextNames.of(text, [u.start for u in units])
            full = written.full_name(parsed[i].core.strip(), units[i].start)
            if full is not None and fold(full.split()[0]) == fold(parsed[i].core.strip()):
                participants.append(Participant(name=full, in_roster=False))
                kept[i] = parsed[i]
                continue
        if i not in kept and kept and parsed[i].role is None and units[i].kind == LineKind.LABEL \
                and GLUED_INITIAL.match(parsed[i].core.strip()):
            kept[i] = parsed[i]  # "MikeD: …" once, among labels that hold: a handle glued from a name and an initial
            continue
        if i not in kept and not attendance and parsed[i].role is None and units[i].kind == LineKind.LABEL:
            words = words or Counter(WORD_TOKEN.findall(text))
            if _first_name_once(text, units[i], parsed[i].core.strip(), kept, lower, words):
                # "Blaise : Et une petite annonce…" once, in a transcript that labels its speakers by first name and
                # names Blaise elsewhere ("Merci Blaise."): Blaise takes a turn
                kept[i] = parsed[i]
                continue
        if i not in kept and units[i].kind == LineKind.SECTION and parsed[i].role is None \
                and _speaker_heading_once(text, units, i, parsed[i].core.strip(), kept, lower):
            kept[i] = parsed[i]  # "### Johanne" over her talk, where the notes wrote "Johanne se réjouit d'être ici"
            continue
        if i not in kept and handles is not None and not attendance and parsed[i].role is None and units[i].kind == LineKind.LABEL \
                and once_handle(parsed[i].core, text[units[i].body:units[i].end] if units[i].body is not None else "", lower):
            # "Roy:  this is a very large space…" once, in notes labelled by first names and handles that list no
            # one present (a list's "Loomio : bascule de l'instance…" is an item)
            kept[i] = parsed[i]
    for i, u in enumerate(units):  # the lines whose label did not hold are ordinary text (or a plain heading)
        if i not in kept and i not in titled and u.kind in (LineKind.LABEL, LineKind.LABEL_ALONE, LineKind.SECTION):
            ruled = u.kind == LineKind.SECTION and (text[u.start:u.end].lstrip().startswith(("#", "-", "=")))
            # in minutes, a line in capitals of its own ("INFORMATIONS ET QUESTIONS DIVERSES") is an agenda heading
            caps = attendance and u.kind == LineKind.LABEL_ALONE and u.bare and len(u.label.split()) >= 2 \
                and re.fullmatch(r"[^\W\d_][^\d.,:;!?€$%]*", u.label.strip()) is not None  # words only, no figures
            part = u.kind == LineKind.LABEL_ALONE and ends_paragraph(text, u) and part_heading(u.label)  # "Conclusion:"
            u.kind = LineKind.HEADING if ruled or caps or part else LineKind.TEXT
        if scribe and u.kind == LineKind.TEXT and scribe_heading(text[u.start:u.end]):
            u.kind = LineKind.HEADING  # "Towards FPWD", "AOB": the scribe's topic line, not the speaker's words
    people: dict[int, Participant] = {}
    learn_titles(text, participants)
    named = [i for i in kept if kept[i].role is None or kept[i].core != kept[i].name]
    shared = _shared_surnames(text, units)
    for i in sorted(named, key=lambda k: -len(name_tokens(kept[k].core))):  # full names first, then "Ms Gray", "Milad D"
        people[i] = shared and _named_above(text, units, i, kept[i], participants, shared) \
            or label_person(kept[i], participants)
    for i, title in titled.items():
        holder = titled_holder(title, list(people.values()))
        if holder is not None:
            people[i] = holder
        else:  # "M. le président de la commission des lois." whom the text never names: someone's, not the last speaker's
            units[i].kind, units[i].label, units[i].body = LineKind.NARRATION, None, None
    for i, u in enumerate(units):  # "Questions From Counsel to the Inquiry" right before "Mr Scott: …"
        if u.kind in (LineKind.TEXT, LineKind.HEADING) and u.own_paragraph and i + 1 in people and kept[i + 1].role is None:
            roles = roles_named(text[u.start:u.end])
            if len(roles) == 1 and len(text[u.start:u.end].split()) <= 10 and people[i + 1].session_role in (None, "speaker") \
                    and not text[u.end - 1:u.end] == ".":  # a heading; "Fueron las palabras del Presidente." is a sentence
                people[i + 1].session_role = roles.pop()
    learn_roles(text, participants)
    owners = section_context(units, people, presented)
    # role labels last: "The Witness", "LA PRESIDENTA", "Counsel Inquiry"; first those that name the holder
    # ("Sr. PRESIDENTE (Ruiz)"), so that a bare "El señor PRESIDENTE" earlier in the text is that holder too
    elsewhere = _other_presidents(kept, people)
    for i in sorted(set(kept) - set(named), key=lambda k: (role_of(kept[k].name) is not None, k)):
        owner = owners[i][0] if fold(kept[i].core) in ANSWER_LABELS else None
        people[i] = owner or label_person(kept[i], participants, elsewhere)  # "R: …" in a talk's discussion: the speaker answers
    if scribe or nicks:
        _roster_nicks(people, participants, listed)
        _merge_nicks(people, participants)
        if bulleted:  # "- mq: …" and "Mara Quist: President;"
            name_initials_handles(people, role_line_names(text, units))
    elif handles is not None:
        _merge_initial_handles(people, participants)
    _initials_names(people, participants, initials)
    _listed_initials(people, participants)
    joined = labelled_initials(units, people)  # "MJ : …" after "Maxime Jaglin : …": one speaker
    for p in [p for p in {id(p): p for p in people.values()}.values() if id(p) in joined]:
        q = joined[id(p)]
        _merge_into(people, participants, p, q)
        if p.name not in q.labels:
            q.labels.append(p.name)
    _glued_initials(people, participants, listed)
    short_form_labels(text, units, people, listed)  # "TT (Timea):", then "TT:"; "TimBL:" for Tim Berners-Lee
    _merge_misspelt(people, participants)
    for p, q in self_named(text, units, people):  # "JUANA LISSET: Yo me llamo Juana Lissette": the label is a misspelling
        _merge_into(people, participants, p, q)
    for i in people:  # "Maître MAZZA" for Christelle MAZZA: the label as written, which the person goes by too
        if units[i].full and units[i].label and units[i].label not in people[i].labels:
            people[i].labels.append(units[i].label)
    for i in questions.keys() & people.keys():  # "P2b", "P5b": the label as written, which the person goes by too
        tag = units[i].label.split(",")[0].strip()
        if fold(tag) != fold(people[i].name) and tag not in people[i].labels:
            people[i].labels.append(tag)
    header_holders(text, units, kept, people)  # "Entrevistadora: Lucía Paredes" over the interview: who holds the role
    heading_holders(text, units, kept, people, participants)  # "PRESIDENTA SEÑORA MINISTRA:" over "NORMA LUCÍA PIÑA HERNÁNDEZ"
    title_holder(text, units, people)  # "THE PRESIDENT:" under "Remarks by President Biden …": President Biden
    pseudonym_holder(text, units, people)  # "Seudónimo: Marta Ríos" and the one "Entrevistada:" label
    header_first_names(text, units, people, participants)  # "BETTY:" under "Entrevistadora: Betty Huerta": Betty Huerta
    interview_title_holders(text, units, people)  # "A:" under "Interview with Marie Curie": Marie Curie
    name_askers(text, units, people, participants)  # "Q  …" after "Go ahead, Cindy.": the one the chair gave the floor to
    name_voices_from_text(text, units, people)  # "Maître Vidal." over "Speaker 3 (00:25:34): …": Speaker 3 is Vidal
    return people


def _cover_headings(units: list[Line]) -> None:
    """A line-numbered transcript is a verbatim record, its turns labelled on the line they open ("MS. X:  Hi."): the
    lines of its cover page (before the first such turn) that look like labels, attendance or a speaker's heading
    ("PRESIDING:", "SENATE MEMBERS PRESENT:", "Nancy Miller, LSMW") head or fill the lists of its roster
    (`_cover_names`); they are no speakers, nor a meeting's attendance that would make its turns minutes."""
    first = next((i for i, u in enumerate(units) if u.kind == LineKind.LABEL and u.label
                  and re.search(r"[^\W\d_]{2}", u.label)), None)  # ("9:00 a.m." is the session's time, no turn)
    for u in units[:first or 0]:
        if u.kind in (LineKind.ATTENDANCE, LineKind.LABEL_ALONE, LineKind.LABEL, LineKind.SECTION):
            u.kind, u.label, u.body = LineKind.HEADING, None, None  # (a "Name, Title" line is a roster entry)


def _cover_names(text: str, units: list[Line], labels: dict[int, Label], participants: list[Participant]) -> list[Participant]:
    """A transcript's cover page (its lines before the first turn) lists people by full name: a label that gives a
    surname no participant has ("MS. MILLER:") is the one person listed there under it ("Nancy Miller, LSMW").
    Returns the people added (a list, as the attendance list is)."""
    turns = [units[i].start for i in labels if units[i].kind == LineKind.LABEL]
    if not turns:
        return []
    cover = [text[u.start:u.end] for u in units if u.end <= min(turns)]
    added: list[Participant] = []
    for lab in labels.values():
        core = lab.core.strip()
        if lab.role is not None or lab.name.strip() == core or " " in core or resolve(core, participants, lab.gender):
            continue  # (a title or honorific before a surname: "MS. MILLER", "SENATOR VALESKY"; not a first name alone)
        full = cover_full_name(cover, core)
        if full is not None:
            added.append(Participant(name=full, gender=lab.gender, in_roster=False))
            participants.append(added[-1])
    return added


def _first_name_once(text: str, u: Line, word: str, kept: dict[int, Label], lower: set[str], words: Counter[str]) -> bool:
    """A one-word label used once that is a first name the way the transcript's other labels are: title case, never
    written in lower case, no word of the record, named elsewhere in the text as well (`words`: the text's word
    counts), in a transcript whose labels that hold give two first names or more."""
    firsts = {fold(lab.core.strip()) for lab in kept.values() if lab.role is None and " " not in lab.core.strip()
              and lab.core.strip()[:1].isupper()}
    if len(firsts) < 2 or not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,20}", word) or word.lower() in lower \
            or fold(word) in NOT_SPEAKERS or (u.label or "").strip(" :\t") != word:  # ("Rutgers, Living for the City:")
        return False
    return words[word] > WORD_TOKEN.findall(text, u.start, u.end).count(word)


def _speaker_heading_once(text: str, units: list[Line], i: int, word: str, kept: dict[int, Label], lower: set[str]) -> bool:
    """A "#" heading once that is one first name alone ("### Johanne"), in notes whose other "#" headings that hold
    name speakers (two at least): a speaker's section when the text elsewhere has that name take the floor with its
    speech verb ("Johanne se réjouit d'être ici"); a topic's one word ("### Discussion") never does."""
    u = units[i]
    if sum(1 for j in kept if units[j].kind == LineKind.SECTION) < 2 or not text[u.start:u.end].lstrip().startswith("#") \
            or not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,20}", word) or word.lower() in lower or fold(word) in NOT_SPEAKERS:
        return False
    return any(SPEECH_VERB.match(text[m.end():m.end() + 40].lstrip()) is not None
               for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?=[ ])", text) if not u.start <= m.start() < u.end)


def _listed_first_name(word: str, listed: list[Participant]) -> Participant | None:
    """The one listed person whose first name is a one-word capitalised label that is also a name particle ("Ben" for
    Ben Michel, "Van" for Van Jones, "Del" for Del Harvey), which name matching skips as a particle. The same name
    listed twice (the attendance and a label) is one person; two people of that first name are no one."""
    if re.fullmatch(rf"[{UPPER}][a-zà-ÿ]{{1,20}}", word) is None or fold(word) not in PARTICLES:
        return None
    fits = [p for p in listed if " " in p.name.strip() and fold(p.name.split()[0]) == fold(word)]
    return fits[0] if len({fold(p.name) for p in fits}) == 1 else None


def _full_name_labels(written: list[str]) -> list[Participant]:
    """The people a transcript's own labels name in full with a given name that is also a particle ("Ben Striegel:",
    `GIVEN_NAME_PARTICLES`): a podcast labels a person in full once, then by the first name ("Ben:"), which name
    matching skips as a particle."""
    out: list[Participant] = []
    for raw in written:
        words = raw.split()
        if len(words) < 2 or fold(words[0]) not in GIVEN_NAME_PARTICLES:
            continue
        lab = parse_label(raw)
        if lab is not None and lab.role is None and lab.strong and lab.core == lab.name and len(lab.core.split()) >= 2:
            out.append(Participant(name=lab.core))
    return out


def _listed_handle(word: str, listed: list[Participant]) -> Participant | None:
    """The one listed person whose name the attendance list itself writes as this lower-case handle ("Council members:
    …, oli, …" and "oli: …"): the person's own way of writing their name, a label though it has no capital."""
    if not word[:1].islower() or SCRIBE_NICK.match(word) is None:
        return None
    fits = [p for p in listed if p.name == word and p.session_role != "absent"]
    return fits[0] if len(fits) == 1 else None


def _other_presidents(kept: dict[int, Label], people: dict[int, Participant]) -> set[int]:
    """Ids of the people whose own turn label names them with the presidency of a body ("M. Hervé Hasquin, Président du
    Collège. -", "JANE ROE, PRESIDENTA DEL CONSEJO:", "Jane Roe, Chair of the Finance Committee:"): a record
    writes the sitting's chair as the bare role ("M. le Président. -", "El señor PRESIDENTE:", "The CHAIR:"), so the
    president of another body who takes the floor under their own name is not that chair."""
    out = set()
    for i, lab in kept.items():
        aff = lab.affiliation or ""
        if i in people and lab.role is None and role_of(aff) is None and role_in(" le " + aff) == Role.CHAIR \
                and PRESIDENT_OF.match(aff):
            out.add(id(people[i]))
    return out


def _answerer(units: list[Line], people: dict[int, Participant]) -> Participant | None:
    """In a Q&A whose questions are labelled by number, the person whose label comes after most of them: the one who
    answers (None when nobody answers at least two, or when no one person answers most)."""
    asked = sorted(i for i in people if units[i].question)
    by: dict[int, int] = {}
    turns = sorted(people)
    for i in asked:
        j = next((j for j in turns[bisect.bisect_right(turns, i):] if not units[j].question), None)
        if j is not None:
            by[id(people[j])] = by.get(id(people[j]), 0) + 1
    if not by:
        return None
    top = max(by, key=by.get)
    if by[top] < 2 or 2 * by[top] <= len(asked):
        return None
    return next(p for p in people.values() if id(p) == top)


def _unnamed(p: Participant) -> bool:
    """A label that names a group, not a person ("Audience:", "Public :"): its words are someone's the text leaves
    unnamed. ("INTERVENCIÓN", a stenographer's label for one questioner, stays a speaker.)"""
    return p.session_role == Role.AUDIENCE.value and fold(p.name).strip(" .:") in GROUP_LABELS


def read_initials(text: str) -> dict[str, str]:
    """Initials the text defines for people: "Myles Borins (MBS), Daniel Ehrenberg (DE)" -> {"MBS": "Myles Borins",
    "DE": "Daniel Ehrenberg"}, from a paragraph that lists three or more such pairs. The initials start with the
    name's first letter; an acronym in prose ("el Programa de Alimentación Escolar (PAE)") is not a person's."""
    by_paragraph: dict[int, list[tuple[str, str]]] = {}
    for m in INITIALS_ABBR.finditer(text):
        named = INITIALS_NAME.search(text, max(0, m.start() - INITIALS_NAME_SPAN), m.start())
        if named is None:
            continue
        words, abbr = named.group("name").split("\n")[-1].split(), m.group("abbr")
        # the name pattern may take words before the name ("Meeting Notes Ada Lovelace"): the name starts where the
        # initials' first letter does
        start = next((k for k in range(len(words) - 1) if fold(words[k][0]) == fold(abbr[0])), None)
        if start is None or any(fold(w) in ORG_FOLDED for w in words[start:]):
            continue
        by_paragraph.setdefault(text.count("\n", 0, m.start("abbr")), []).append((abbr, trim_name(" ".join(words[start:]))))
    out: dict[str, str] = {}
    for pairs in by_paragraph.values():
        if len(pairs) >= 3:  # a list of people ("A (X), B (Y), C (Z)"), not one acronym in prose
            for abbr, name in pairs:
                out.setdefault(abbr, name)
    return out


def _initials_names(people: dict[int, Participant], participants: list[Participant], initials: dict[str, str]) -> None:
    """A speaker labelled by initials the text defines ("MBS:") is the person they stand for (Myles Borins): named
    so, the initials kept as the label they go by."""
    for p in list({id(q): q for q in people.values()}.values()):
        abbr = p.name
        full = initials.get(abbr)
        if full is None:
            continue
        q = next((x for x in participants if x is not p and fold(x.name) == fold(full)), None)
        if q is not None:
            _merge_into(people, participants, p, q)
            p = q
        p.name = full if q is None else p.name
        if abbr not in p.labels:
            p.labels.append(abbr)


def _caps_heading_line(text: str, u: Line) -> None:
    """Make a line alone after a finished one, of two words or more in capitals that name nobody (the label was
    refused), ending in a colon over a dashed list ("POSPOSICIÓN DEL DEBATE … DE PROPOSICIONES DE LEY:" over "- DEL
    GRUPO PARLAMENTARIO SOCIALISTA, …"), a heading: it ends the turn before it, and the agenda items under it are
    nobody's words. (A page's running head in capitals, "H. AYUNTAMIENTO", introduces no list and is left alone.)"""
    line = text[u.start:u.end].strip()
    if u.kind == LineKind.LABEL_ALONE and (u.start == 0 or re.search(r"(?:\n\n|[.:)]\s*\n)$", text[max(0, u.start - 4):u.start])) \
            and len(line.split()) >= 2 and line.isupper() and line.endswith(":") \
            and re.match(r"\n[ \t]*[-–•*][ \t]", text[u.end:u.end + 8]):
        u.kind, u.talk, u.label = LineKind.HEADING, False, None


def _initials_convention(units: list[Line], listed: list[Participant], roster_end: int) -> dict[str, Participant]:
    """Minutes whose turns are labelled by initials only ("AR: …", "CW: …") and whose attendance list gives full names
    one a line ("Andreas Rossberg", "Conrad Watt"): each initials label that fits exactly one listed person is that
    person. A convention only when at least INITIALS_CONVENTION_MIN different labels fit different people; a lone
    "PS:" or "NB:" (NOT_SPEAKERS) is never a person's, nor are initials that fit nobody or two people."""
    if len(listed) < INITIALS_CONVENTION_MIN:
        return {}
    names: dict[str, list[Participant]] = {}
    for q in listed:
        if " " in q.name.strip():
            for abbr in name_initials(q.name):
                names.setdefault(abbr, []).append(q)
    out: dict[str, Participant] = {}
    # a word such as "CF" or "PS" (NOT_SPEAKERS) is someone's initials too where it labels several turns ("CF: The doc
    # was approved…", then "CF: Agree.")
    used = Counter(u.label.strip() for u in units if u.kind == LineKind.LABEL and u.label is not None and u.end > roster_end)
    for u in units:
        if u.kind != LineKind.LABEL or u.label is None or u.end <= roster_end:
            continue
        abbr = u.label.strip()
        if not INITIALS_LABEL.match(abbr) or fold(abbr) in NOT_SPEAKERS and used[abbr] < 2 or abbr in out:
            continue
        fits = {id(q): q for q in names.get(abbr, [])}
        if len(fits) == 1:
            out[abbr] = next(iter(fits.values()))
    return out if len({id(q) for q in out.values()}) >= INITIALS_CONVENTION_MIN else {}


def _listed_initials(people: dict[int, Participant], participants: list[Participant]) -> None:
    """A speaker labelled by initials ("MF:", "OO:") that fit exactly one person of the participants list (a transcript's
    "speakers: Michael Folkson, Olaoluwa Osuntokun, …" line) is that person, the initials kept as the label they go by."""
    listed = [q for q in participants if q.in_roster and q.session_role != "absent"]
    for p in list({id(q): q for q in people.values()}.values()):
        abbr = p.name
        if p.in_roster or not INITIALS_LABEL.match(abbr):
            continue
        fits = [q for q in listed if q is not p and fits_initials(abbr, q.name, strict=True)]
        if len(fits) != 1:
            continue
        _merge_into(people, participants, p, fits[0])
        if abbr not in fits[0].labels:
            fits[0].labels.append(abbr)


def _bullet_layout(text: str, units: list[Line]) -> set[int]:
    """Labels written the same way three times or more, each alone on its line with the words on the next line
    under a bullet ("Peter:" then "* How easy…"): the document's label layout, so each of them is a label even
    used once by a one-word name, and even after a heading line without final punctuation. Returns their indices.
    Only lines a name or a role could be count: a sentence that announces its list ("Ya no necesitamos o nos han
    traído:") or one word the text also writes in lower case ("Necesitamos:" over "- Ventiladores.") is no label."""
    found = set()
    lower: set[str] | None = None
    for i, u in enumerate(units[:-1]):
        if u.kind == LineKind.LABEL_ALONE and not u.bare and u.label and not u.label.strip().startswith(("*", "-")) \
                and BULLET_START.match(text, units[i + 1].start, units[i + 1].end):
            lab = parse_label(u.label)
            if lab is None:
                continue
            if lab.role is None and " " not in lab.core.strip():
                lower = lower if lower is not None else set(re.findall(r"(?<![\w’'])[a-zà-ÿ][\w’'-]*", text))
                if lab.core.strip().lower() in lower:
                    continue
            found.add(i)
    if len(found) < 3:
        return set()
    for i in found:
        units[i].structured = True
    return found


def _repeated_bare_labels(text: str, units: list[Line], kept: dict[int, Label]) -> None:
    """A label written once without its colon ("Locutor" or " Tim" on a line of its own, where "LOCUTOR :" and
    "Tim:" label turns elsewhere): the same words alone at a paragraph's start, with words on the lines after,
    are that label too."""
    names: dict[str, int] = {}
    for i, lab in kept.items():
        if units[i].kind in (LineKind.LABEL, LineKind.LABEL_ALONE):
            names.setdefault(fold(lab.name), i)
            names.setdefault(fold(lab.core), i)
    if not names:
        return
    found: dict[int, int] = {}
    for i, u in enumerate(units[:-1]):
        if u.kind != LineKind.TEXT or i in kept or u.start and text[max(0, u.start - 2):u.start] != "\n\n":
            continue  # only a line that opens a paragraph
        words = text[u.start:u.end].strip()
        j = names.get(fold(words)) if words and len(words.split()) <= 6 and not re.search(r"[.,;:!?()]", words) else None
        nxt = text[units[i + 1].start:units[i + 1].end].lstrip()
        if j is None or units[i + 1].kind != LineKind.TEXT or nxt[:1].islower():  # "Omar\nis late": a wrapped sentence
            continue
        found[i] = j
    for i, j in found.items():
        if i - 1 in found or i + 1 in found:
            continue  # names one under the other ("Paul Martin" / "Anne Roux"): a list of participants, no turn
        units[i].kind, units[i].label, units[i].body = LineKind.LABEL_ALONE, text[units[i].start:units[i].end].strip(), None
        kept[i] = kept[j]


def _glued_initials(people: dict[int, Participant], participants: list[Participant], listed: list[Participant]) -> None:
    """A label glued from a given name and a surname's initial ("NoahM:" beside the listed Noah Meyerhans): that
    listed person, when exactly one has this given name and a surname with this initial ("NoahM" and two listed
    Noahs, or none, stays as written)."""
    for p in list({id(q): q for q in people.values()}.values()):
        m = GLUED_INITIAL.match(p.name.strip())
        if m is None or any(p is q for q in listed):
            continue
        given, initial = fold(m.group(1)), fold(m.group(2))
        fits = [q for q in listed if q in participants and len(toks := fold(q.name).split()) >= 2
                and toks[0] == given and toks[-1].startswith(initial)]
        if len(fits) == 1:
            _merge_into(people, participants, p, fits[0])


def _merge_misspelt(people: dict[int, Participant], participants: list[Participant]) -> None:
    """A one-word label used once that is one letter off (or two letters swapped) from a label used more often
    ("Asngar" beside "Ansgar", "Vtalik" beside "Vitalik"): the note-taker's typo, the same person. Names of five
    letters or more only, with the same first and last letter ("Mario" and "Maria", "Daniel" and "Daniela" are two
    people), and only when exactly one person fits."""
    turns: dict[int, int] = {}
    by_id: dict[int, Participant] = {}
    for who in people.values():
        turns[id(who)] = turns.get(id(who), 0) + 1
        by_id[id(who)] = who
    for pid, n in list(turns.items()):
        p = by_id[pid]
        name = fold(p.name)
        if n != 1 or " " in name or len(name) < 5:
            continue
        fits = [q for qid, q in by_id.items() if qid != pid and turns.get(qid, 0) >= 2 and " " not in fold(q.name).strip()
                and len(fold(q.name)) >= 5 and OSA.distance(name, fold(q.name)) == 1
                and (fold(q.name)[0], fold(q.name)[-1]) == (name[0], name[-1])]  # "Mario" is not "Maria"
        if len(fits) == 1:
            _merge_into(people, participants, p, fits[0])


def _merge_into(people: dict[int, Participant], participants: list[Participant], p: Participant, q: Participant) -> None:
    """Speaker p is q: q takes p's labels and turns."""
    q.labels += [lab for lab in p.labels if lab not in q.labels]
    for i, who in people.items():
        if who is p:
            people[i] = q
    if p in participants:
        participants.remove(p)


def _roster_nicks(people: dict[int, Participant], participants: list[Participant], listed: list[Participant]) -> None:
    """Scribe minutes: a label nick that the attendance list ties to one listed person ("mnot" and Mark Nottingham,
    "dka" and Daniel Appelquist, "Brandon" and the listed nick "brandonjones") is that person (`nick_person`);
    a listed nick that a label splits ("Brandon" + "brandonjones") is named by its words ("Brandon Jones").
    Twice, so that a nick that fits only the completed name ("bajones" and Brandon Jones) joins it too."""
    for _ in range(2):
        for p in list({id(q): q for q in people.values()}.values()):
            if any(p is q for q in listed) or " " in p.name.strip():
                continue
            q = nick_person(p.name, [x for x in listed if x in participants])
            if q is None:
                continue
            rest = fold(q.name)[len(fold(p.name)):]
            if " " not in q.name.strip() and fold(q.name).startswith(fold(p.name)) and len(rest) >= NICK_MIN_PART \
                    and rest.isalpha():
                q.name = f"{p.name[0].upper()}{p.name[1:]} {rest[0].upper()}{rest[1:]}"  # "Brandon" + "brandonjones"
            _merge_into(people, participants, p, q)


def _merge_nicks(people: dict[int, Participant], participants: list[Participant]) -> None:
    """Scribe minutes name one person by a first name and by a longer nick that starts with it ("Jen" and
    "jensimmons", "Alex" and "AlexT", "Tim Berners-Lee" and "timbl"): one person, when exactly one fits. The
    listed name wins, else the longer nick."""
    def unique(ps: list[Participant]) -> list[Participant]:
        return list({id(q): q for q in ps}.values())

    speakers = unique(list(people.values()))
    for p in speakers:
        nick = fold(p.name)
        if " " in nick or not any(who is p for who in people.values()):
            continue
        listed = [q for q in participants if q.session_role != "absent"]
        fits = [q for q in unique(speakers + listed) if q is not p and (q in listed or any(who is q for who in people.values()))
                and len(first := fold(q.name).split()[0]) >= 3 and nick.startswith(first) and nick != first]
        if len(fits) != 1:
            continue
        q = fits[0]
        if " " not in q.name.strip():
            q.name = p.name  # "Jen" + "jensimmons": the fuller nick; a full name ("Tim Berners-Lee") stays
        _merge_into(people, participants, p, q)


def _merge_initial_handles(people: dict[int, Participant], participants: list[Participant]) -> None:
    """Notes labelled by first names and handles: a label that is a first name with the surname's initial glued on,
    in either case ("Mikeb:", "MikeB:"), is the one labelled speaker of that first name and that initial ("Mike
    Bishop:"); "MartinD" beside Martin Thomson stays someone else."""
    speakers = list({id(q): q for q in people.values()}.values())
    for p in speakers:
        handle = fold(p.name.strip())
        if " " in handle or len(handle) < 4:
            continue
        fits = [q for q in speakers if q is not p and len(toks := name_tokens(q.name)) >= 2 and handle == toks[0] + toks[-1][0]]
        if len(fits) == 1:
            _merge_into(people, participants, p, fits[0])


def _label_runs(units: list[Line]) -> list[list[int]]:
    """Runs of three or more labels alone, one line after the other with no words between them ("Paul DURAND :",
    "Anne ROUX :", … under a signature heading): a list of names, not turns."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, u in enumerate(units):
        if u.kind == LineKind.LABEL_ALONE and not u.bare and u.label and parse_label(u.label) is not None:
            run.append(i)
            continue
        if run and u.start == u.end:
            continue  # an empty line inside the list
        if len(run) >= 3:
            runs.append(run)
        run = []
    if len(run) >= 3:
        runs.append(run)
    return runs


def _list_item_heads(text: str, units: list[Line], lower: set[str]) -> set[int]:
    """Run-in headings of a list inside someone's prose, not speakers: a sentence that announces a list and ends with a
    colon ("The complete release process looks like this:", "Voici les étapes :"), then paragraphs that each open with
    "Words: …" ("Beginning Phase: In the initial weeks…"). They are items when every one of them names no person (a
    word of each is one the text also writes in lower case, "phase", "team"; none has an honorific, a role or
    capitals) and none recurs as a label; a list of who spoke ("Questions from the floor:" / "Jane Roe: …") keeps its
    labels, and the items end at the first label that may name someone. Unit indices of the item lines."""
    out: set[int] = set()
    n = len(units)

    def opens(k: int) -> bool:  # the unit opens a paragraph (the cleaning joins a paragraph's lines with spaces)
        return units[k].start == 0 or text[units[k].start - 2:units[k].start] == "\n\n"

    i = 1
    while i < n:
        lead = text[units[i - 1].start:units[i - 1].end].rstrip()
        if not (opens(i) and lead.endswith(":") and len(lead.split()) >= LIST_LEAD_WORDS
                and any(w[:1].islower() for w in lead.split())):
            i += 1
            continue
        run: list[int] = []
        k = i
        while k < n and units[k].kind == LineKind.LABEL and units[k].label and _item_head(units[k].label, lower):
            run.append(k)  # each paragraph opens with "Words: …" (up to a person's label: the exchange goes on)
            k += 1
            while k < n and not opens(k):
                k += 1  # the rest of the item's paragraph
        if len(run) >= LIST_ITEMS_MIN:
            out.update(run)
        i = max(k, i + 1)
    return out


def _item_head(label: str, lower: set[str]) -> bool:
    """A list item's run-in heading: capitalised words of which one the text writes in lower case, no person in them."""
    lab = parse_label(label)
    if lab is not None and (lab.role is not None or lab.gender or any(w.isupper() and len(w) > 1 for w in lab.core.split())
                            or lab.core != lab.name):
        return False
    words = [w for w in re.findall(r"[\w’'-]+", label) if w.lower() not in PARTICLES and len(w) > 2]
    return bool(words) and any(w.lower() in lower for w in words)


def section_context(units: list[Line], people: dict[int, Participant],
                    presented: set[int] = frozenset()) -> list[tuple[Participant | None, Part | None]]:
    """For each line, the speaker whose "## Name" section holds it and the part of it ("### Discussion"), or
    (None, None) outside such sections. A heading as deep as the section's or shallower ends it; a talk a presenter
    field opened holds the lines of `presented` (see `_presented_lines`), its sub-headings too. A speaker's name line
    right under a heading ("### Title of the talk" / "Jane Roe, University") opens a section at that heading's depth."""
    out: list[tuple[Participant | None, Part | None]] = []
    owner: Participant | None = None
    level = 0
    part: Part | None = None
    presenting = False  # the section is a talk a presenter field opened, in a programme of such talks
    opened = -2  # the line of the section's heading
    for j, u in enumerate(units):
        if u.kind == LineKind.SECTION and j in people and u.level:
            owner, level, part = people[j], u.level, Part.REPORT if u.talk else Part.TALK
            presenting = u.presenter and j in presented
            opened = j if TALK_HEADING_BRACKETED.match(u.title or "") else -2
        elif u.kind == LineKind.SECTION and j in people and j and units[j - 1].kind == LineKind.HEADING \
                and units[j - 1].level and not presenting:
            # "### L'équité… dans les politiques" / "Nada Guzin Lukic, UQO": the talk's title, then its speaker's name
            # line; the talk's "#### Recension des écrits" is a part of it, the next "###" title ends it
            owner, level, part, opened = people[j], units[j - 1].level, Part.REPORT if u.talk else Part.TALK, -2
        elif j == opened + 1 and u.plain_heading and u.kind != LineKind.SECTION:
            pass  # a pad's talk's subtitle right under its heading ("[Nina Gasking] IA" / "Entrez dans la tête d'une IA")
        elif presenting and j not in presented:
            owner, level, part, presenting = None, 0, None, False  # the next talk's title, over its presenter field
        elif u.level and u.level <= level or part == Part.REPORT and (u.plain_heading and not u.list_head and not presenting
                                                                       or u.kind == LineKind.SECTION):
            owner, level, part = None, 0, None  # a report's talk ends at the next heading ("Conclusion")
        elif owner is not None and u.level > level:
            part = section_part(u.title)
        out.append((owner, part))
    return out


def _presented_lines(text: str, units: list[Line]) -> tuple[set[int], set[int]]:
    """In a programme of two or more talks each opened by a presenter field ("Presenter: Jane Roe (Acme)"), the lines
    of each talk: from its field down to the next talk's title lines right above the next field (up to
    PRESENTED_TITLE_LINES headings of their own: "Taxonomic data systems" / "Taxonomy in the Digital Age"), or to the
    next speaker's section. A sub-heading inside ("Open data, open access", "Budget:") does not end the talk. Also
    the title lines, which are nobody's."""
    fields = [i for i, u in enumerate(units) if u.presenter]
    if len(fields) < 2:
        return set(), set()
    out: set[int] = set()
    titles: set[int] = set()
    for n, first in enumerate(fields):
        end = fields[n + 1] if n + 1 < len(fields) else len(units)
        taken = 0
        while n + 1 < len(fields) and taken < PRESENTED_TITLE_LINES and end - 1 > first \
                and _title_like(text, units[end - 1]):
            end, taken = end - 1, taken + 1
        stop = next((k for k in range(first + 1, end) if units[k].kind == LineKind.SECTION), end)
        out.update(range(first, stop))
        if stop == end:
            titles.update(range(end, end + taken))
    return out, titles


def _resumed_turn(text: str, out: list[Sentence]) -> str | None:
    """The speaker a bracketed note just broke off ("(Suena el timbre…)." after their words), skipping a scan's stray
    mark between them ("*", "/"); None when the sentence before is no note or the words before it are nobody's."""
    if not out:
        return None
    last = text[out[-1].start:out[-1].end]
    if out[-1].speaker is not None and out[-1].cue in (Cue.LABEL, Cue.CONTINUATION) and STAGE_TAIL.search(last):
        return out[-1].speaker  # the note closes a sentence the scan left open ("…del Ja­pón . . .# * (Suena…).")
    if out[-1].cue != Cue.NARRATION or not STAGE.match(last):
        return None
    before = [o for o in out[-3:-1] if re.search(r"[^\W\d_]{2}", text[o.start:o.end])]
    if before and before[-1].speaker is not None and before[-1].cue in (Cue.LABEL, Cue.CONTINUATION):
        return before[-1].speaker
    return None


def _title_like(text: str, u: Line) -> bool:
    """A heading of its own: a heading line, or a short paragraph of one line without final punctuation."""
    s = text[u.start:u.end].strip()
    return bool(s) and (u.kind == LineKind.HEADING or u.plain_heading or u.line_heading or u.own_paragraph
                        and len(s.split()) <= PRESENTED_TITLE_WORDS and re.search(r"[.!?…:;,]$", s) is None)


def _presented_lead_in(core: str, lower: set[str]) -> bool:
    """In a presenter's talk, a label of two or more words not all shaped like a name, or one the text also writes in
    lower case ("OECD MegaSCience Forum", "CoL Checklist", "Expert Consortium"): a lead-in of the notes, no person."""
    words = core.split()
    return len(words) >= 2 and not all(PRESENTED_NAME_WORD.fullmatch(w) and (w in PARTICLES or w.lower() not in lower)
                                       for w in words)


def _heading_line(text: str, u: Line) -> bool:
    """A "Topic : subtitle" line that is a paragraph of its own, its words after the colon in lower case, few and
    without final punctuation ("Révision du PLU : point d'avancement"): a heading, not a turn ("Paul : Oui." is one)."""
    body = text[u.body:u.end].strip()
    whole_para = (u.start == 0 or text[max(0, u.start - 2):u.start] == "\n\n") and (text[u.end:u.end + 2] == "\n\n" or not text[u.end:].strip())
    return whole_para and body[:1].islower() and len(body.split()) <= MINUTES_HEADING_WORDS and not END_OF_SENTENCE.search(body) \
        and body[-1:] not in ",;:"


def _agenda_item(text: str, units: list[Line], people: dict[int, Participant], k: int, s: int, e: int) -> bool:
    """In a labelled document, a paragraph of its own, capitalised, without final punctuation, right before a
    speaker label, is an agenda item or a heading."""
    if k < 0 or not units[k].own_paragraph or k + 1 not in people or (s, e) != (units[k].start, units[k].end):
        return False
    seg = text[s:e]
    return seg[:1].isupper() and len(seg.split()) <= 16 and not re.search(r"[.!?…;:,]$", seg) \
        and not CUT_OFF_END.search(seg)  # "…the new law says no bonuses—": a turn cut off


def _header_field(units: list[Line], i: int) -> bool:
    """A label whose next line is a header field ("Date: …", "Duration: …", `HEADER_FIELD_KEYS`): one more field."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return units[i].kind == LineKind.LABEL and nxt is not None and nxt.kind == LineKind.LABEL and bool(nxt.label) \
        and fold(nxt.label.strip()) in HEADER_FIELD_KEYS


def _office_in_capitals(label: str | None) -> bool:
    """A label written whole in capitals after its article ("THE VICE PRESIDENT", "THE SECRETARY"), as a stenographic
    record labels an office: the article is the office's, not a thing's."""
    words = (label or "").split()
    return len(words) >= 2 and fold(words[0]) in ARTICLES and all(w.isupper() for w in words)


def _after_article(text: str, core: str, cache: dict[str, bool]) -> bool:
    """Whether the text writes this label after an article ("le Compte Administratif Lotissement", "una Unidad
    Didáctica") or whole between quotation marks ("“Dream Exchange Battle”"): a thing, not a person. One search per
    distinct label."""
    if len(core.split()) < 2:
        return False
    if core not in cache:
        opens, closes = (re.escape(q) for q in THING_QUOTES)
        cache[core] = re.search(rf"{THING_ARTICLE}{re.escape(core)}(?![\w’'])|[{opens}]\s?{re.escape(core)}\s?[{closes}]",
                                text, re.I) is not None
    return cache[core]


def _article_noun(lab: Label, lower: set[str]) -> bool:
    """A label written as an article and one word the text also writes in lower case ("Reto 2 - El Aula" where the
    text says "en el aula"): a thing; a person's name takes no article (a role does, "La Presidenta": `lab.role`)."""
    words = lab.name.split()
    return len(words) == 2 and fold(words[0]) in ARTICLES and lab.core.strip() == words[1] and words[1].lower() in lower


def _noun_of(lab: Label, lower: set[str]) -> bool:
    """A label written as a noun the text also writes in lower case and a complement after "de" ("Station de la
    Fontenelle :" where the text says "la station", "Section de Fonctionnement"): a thing and its name, not a person
    (a listed person's name whose first word is also a noun, "Pierre du Pont", is kept by the caller)."""
    m = NOUN_OF_NAME.fullmatch(lab.core.strip())
    return m is not None and m.group("noun").lower() in lower


def common_words(name: str, lower: set[str]) -> bool:
    """Whether every word of a would-be name also occurs in lower case in the text (so it is a common noun)."""
    words = [w for w in re.findall(r"[\w’'-]+", name) if w.lower() not in PARTICLES and len(w) > 2]
    return len(words) >= 2 and all(w.lower() in lower for w in words)  # one word may be a casual "trevor"


def common_heading(name: str, lower: set[str]) -> bool:
    """Whether most words of a line in capitals are words the text also writes in lower case, in the singular or the
    plural ("ASPECTOS CENTRALES DEL DEBATE", "CONSTANCIAS" with "dejar constancia"): a section heading, not a name
    (a name's words are seldom common nouns: "JUAN CRUZ" has one of two)."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", name) if w.lower() not in PARTICLES and len(w) > 2]
    common = sum(1 for w in words if w in lower or any(w.endswith(end) and w[:-len(end)] in lower for end in PLURAL_ENDINGS))
    return bool(words) and 2 * common > len(words)


def _translation(text: str, units: list[Line], k: int) -> bool:
    """The bracketed paragraph k is the record's translation of the speech before it (`TRANSLATION_NOTE`,
    `TRANSLATION_RESUMED`): the speaker's words, and the turn goes on after it."""
    seg = text[units[k].start:units[k].end]
    if not seg.lstrip().startswith("["):
        return False
    if TRANSLATION_RESUMED.match(seg) and len(seg.split()) >= TRANSLATION_WORDS_MIN:
        return True
    j = k - 1
    while j >= 0 and not text[units[j].start:units[j].end].strip():
        j -= 1
    return j >= 0 and TRANSLATION_NOTE.search(text, units[j].start, units[j].end) is not None


def _rubric_line(seg: str) -> bool:
    """A line of a record's outcome rubrics only ("Débat :", "Décision / Actions", `OUTCOME_RUBRICS`): no one's words,
    and under it each point names who made it."""
    parts = RUBRIC_JOINER.split(seg.strip(" \t:.-–•*"))
    return bool(parts) and all(p and fold(p) in OUTCOME_RUBRICS for p in parts)


def _is_heading(text: str, s: int, e: int) -> bool:
    before, after = text[max(0, s - 2):s], text[e:e + 2]
    whole_para = (s == 0 or before == "\n\n") and (e == len(text) or after == "\n\n")
    return whole_para and bool(HEADING.match(text[s:e])) and len(text[s:e].split()) <= 8 \
        and not QUOTED_PREDICATE.match(text[s:e])  # 'Ana «revisará el acta» el lunes' quotes Ana: no heading


def _minutes_heading(text: str, s: int, e: int, participants: list[Participant]) -> bool:
    """In minutes, a paragraph of its own, capitalised, of up to `MINUTES_HEADING_WORDS` words, without final
    punctuation and naming no one, is an agenda item's heading ("Au 50 Jourdan, quelles échéances + associer les
    habitants", "Accord passé entre la RATP et Amazon"): the last speaker's reported speech ends before it."""
    seg = text[s:e]
    whole_para = (s == 0 or text[max(0, s - 2):s] == "\n\n") and (e == len(text) or text[e:e + 2] == "\n\n")
    if not whole_para or not seg[:1].isupper() or len(seg.split()) > MINUTES_HEADING_WORDS or END_OF_SENTENCE.search(seg) \
            or re.search(r"[,;:][-–—]?\s*$", seg) or QUOTED_PREDICATE.match(seg):
        return False  # ('Ana «revisará el acta» antes del lunes' quotes Ana, "… was adopted:-" introduces: no heading)
    return not any(m.participant is not None or m.kind == "honorific" for m in find_mentions(text, s, e, participants))


def _turn_heading(text: str, units: list[Line], k: int) -> bool:
    """In a labelled transcript, a paragraph of its own in sentence case without final punctuation, of up to
    TURN_HEADING_WORDS words in the third person, right over the next turn's label (or over the name line above it,
    "M. Luc Fortin" / "M. Fortin (Sherbrooke) : …"), after a paragraph that ends a sentence: a heading of the record
    ("Rendre hommage à M. Léo Brunet pour son engagement bénévole", a Hansard's titles), not the last speaker's words.
    A record without punctuation (speech-to-text) never qualifies: its paragraphs end no sentence."""
    u = units[k]
    seg = text[u.start:u.end].strip()
    if u.kind != LineKind.TEXT or not u.own_paragraph or not seg[:1].isupper() or len(seg.split()) > TURN_HEADING_WORDS \
            or END_OF_SENTENCE.search(seg) or seg[-1:] in ",;:-–—" or FIRST_SECOND_PERSON.search(seg):
        return False
    before = next((v for v in reversed(units[:k]) if text[v.start:v.end].strip()), None)
    if before is None or not END_OF_SENTENCE.search(text[before.start:before.end].rstrip()):
        return False
    after = [v for v in units[k + 1:k + 4] if text[v.start:v.end].strip()][:2]
    if not after:
        return False
    if after[0].kind == LineKind.TEXT and len(after) == 2 and NAME_LINE_OVER_LABEL.match(text[after[0].start:after[0].end]):
        after = after[1:]  # the speaker's name line, then the label
    return after[0].kind in (LineKind.LABEL, LineKind.LABEL_ALONE)


def _apposed_title(rest: str) -> bool:
    """Whether the words after a comma open on a title in apposition ("rapporteur, rappelle…")."""
    first = rest.split(maxsplit=1)[0].strip(",;") if rest.strip() else ""
    return bool(first) and (role_of(first) is not None or fold(first) in OFFICE_TITLES)


def _shared_surnames(text: str, units: list[Line]) -> set[str]:
    """The surnames (folded) that full-name lines over labels give two people ("M. Sylvain Simard", "M. André Simard")."""
    fulls: dict[str, set[str]] = {}
    for u in units:
        line = text[u.start:u.end].strip()
        if u.kind == LineKind.TEXT and len(line) <= NAME_LINE_CHARS and NAME_LINE_OVER_LABEL.match(line) \
                and len(toks := name_tokens(line)) >= 2:
            fulls.setdefault(toks[-1], set()).add(" ".join(toks))
    return {surname for surname, names in fulls.items() if len(names) >= 2}


def _named_above(text: str, units: list[Line], i: int, lab: Label, participants: list[Participant],
                 shared: set[str]) -> Participant | None:
    """The person the full-name line right above a surname label names ("M. Sylvain Simard" / "M. Simard (Richelieu):
    …", as the Journal des débats heads each turn), where two members share that surname (`shared`) and the label
    alone cannot tell them apart. None otherwise."""
    above = next((units[j] for j in range(i - 1, max(-1, i - 3), -1) if text[units[j].start:units[j].end].strip()), None)
    if above is None or above.kind != LineKind.TEXT or lab.role is not None:
        return None
    line = text[above.start:above.end].strip()
    full, short = name_tokens(line), name_tokens(lab.core)
    if not NAME_LINE_OVER_LABEL.match(line) or len(full) < 2 or len(short) != 1 or full[-1] != short[0] \
            or short[0] not in shared:
        return None
    gender = honorific_gender(line.split()[0])
    if lab.gender and gender and lab.gender != gender:
        return None
    name = NAME_LINE_HONORIFIC.sub("", line)
    p = resolve(name, [p for p in participants if p.session_role != "absent"], lab.gender or gender)
    if p is None:
        p = Participant(name=name, gender=lab.gender or gender, in_roster=False)
        participants.append(p)
    return p


def _label_block(text: str, units: list[Line], k: int) -> bool:
    """Whether the label line k heads or sits in a presenter's list of topics: the line right above or right under
    it, no blank line between, opens with a label refused as a topic ("Desarrollo Social: …"); not a hard wrap, nor
    a block of people's turns one under the other ("Anne : …" / "Paul : …"), which may go on after a blank line."""
    return any(0 <= j < len(units) and units[j].label is not None and units[j].kind == LineKind.TEXT
               and "\n\n" not in text[units[min(j, k)].end:units[max(j, k)].start] for j in (k - 1, k + 1))


def _item_list_heading(text: str, u: Line, s: int, e: int, participants: list[Participant]) -> bool:
    """Right after a turn written as a line of a list of topics ("Rodrigo Gil: presentación…" over "Desarrollo
    Social: …", `_label_block`), a line that is a paragraph of its own, one capitalised sentence of up to `MINUTES_HEADING_WORDS`
    words in the third person, naming no one ("Ejercicio de diagnóstico por mesas (problemas y causas).", not
    "Karine conclut en remerciant les participants.") is the note-taker's next heading: the list's turn ends before
    it (a turn written as a paragraph of its own may go on in the next one)."""
    seg = text[s:e].strip()
    return u.own_paragraph and seg == text[u.start:u.end].strip() and seg[:1].isupper() \
        and ITEM_HEADING_MIN_WORDS <= len(seg.split()) <= MINUTES_HEADING_WORDS and not END_OF_SENTENCE.search(seg.rstrip(".")) \
        and not FIRST_SECOND_PERSON.search(seg) \
        and not any(m.participant is not None or m.kind == "honorific" for m in find_mentions(text, s, e, participants))


def _title_line(text: str, u: Line | None, s: int, e: int) -> bool:
    """In minutes, a whole line in title case without final punctuation ("LAK Hackathon and Related Intellectual
    Property Issues", "Board Elections Timeline") is an agenda heading."""
    if u is None or (s, e) != (u.start, u.end) or END_OF_SENTENCE.search(text[s:e]) or text[e - 1:e] in ",;:":
        return False
    words = text[s:e].split()
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return 2 <= len(words) <= 10 and text[s].isupper() and bool(long) and all(w[0].isupper() for w in long)


def _new_from_bare(m: Mention, participants: list[Participant], floor: bool = False, before: str = "") -> Participant | None:
    """A name in capitals with no honorific ("Claire DUPONT présente…"), or any first and last name after an
    explicit floor-taking opener (`floor`, "Toma la palabra el socio Marcelo Blanco:"), names a new person."""
    if m.kind != "bare" or len(m.name.split()) < 2 or not (floor or CAPS_SURNAME.search(m.name)):
        return None
    title = title_before(before)
    art = ARTICLE_BEFORE_TITLE.search(before)
    article = art.group(1).lower() if art else None
    p = Participant(name=m.name, in_roster=False)
    if not any(q.in_roster for q in participants):
        p.session_role = None
    if floor and title:  # "La Presidenta Laura Gómez propone…": the title is her role, its article her gender
        p.role = title
        p.gender = gender_of(f"{article} {title}") if article else title_gender(title)
    participants.append(p)
    return p


def attribute(ct: CleanText, participants: list[Participant], roster_end: int = 0) -> Attribution:
    """Sentences with speakers and cues; adds the people it meets (labels, audience) to `participants`."""
    text = ct.text
    units = scan_lines(ct)
    for u in units:  # "Rapport par M. Grillon": the rapporteur's words follow (`REPORT_HEADING`), not a talk's notes
        if u.kind == LineKind.SECTION and u.talk and rapporteur_heading(text[u.start:u.end]):
            u.kind, u.talk, u.label, u.title, u.level = LineKind.TEXT, False, None, None, 0
    mark_chunk_headers(text, units)  # "Timestamp : [0.0, 442.88] / […]:", "[00:01:02 --> 00:01:30]": layout
    mark_foreign_glosses(text, units)  # "公平的问题：…" inside a French answer: a heading for other readers
    mark_ticket_headings(text, units)  # "[Feature #20265] Deprecate … (peterzhu2118)": an agenda item, nobody's words
    if ct.numbered:
        _cover_headings(units)
    listed_lines = read_surname_first_list(text, ct.line_starts, participants)  # "Palma Vicuña, Ignacio" one a line
    listed_lines += read_office_attendance(text, units, participants)  # "Presidente Municipal: X." / "Concejales: A, B y C"
    read_attendance(text, units, participants, nicks=scribe_style(text, units), skip=listed_lines)
    surname_first_entries(text, participants)  # "Présents : M. Bigot Patrick, …" and "M. Bigot souligne…": Patrick Bigot
    given_names(text, participants)  # "Kohlhase (MK)" listed, "Michael Kohlhase spoke to…" written: Michael Kohlhase
    read_officer_labels(text, units, participants)  # "Facilitator: TC" naming a listed member: no turn
    read_attendance_table(text, participants)
    read_marked_rows(text, ct.line_starts, participants)  # "Chris Ferris | IBM | Yes" one row a member, no header
    read_item_leads(text, ct.line_starts, participants)  # "- Architecture WG (Ram Jagadeesan)": the item's lead
    read_name_column_table(text, ct.line_starts, participants)  # "Name  Company  Attendance" over one row a person
    in_prose = read_presence(text, participants, listed_lines)
    if not ct.numbered:  # (a line-numbered record's "PRESIDING:" over a name is its cover's roster, no signature)
        read_signatures(text, units, participants)
    listed = {id(p) for p in participants}  # the participants and attendance lists, before any label
    listed_name_headings(text, units, participants, roster_end)  # "Jane Roe" alone over her notes, after "Speakers:" list
    bulleted_name_turns(text, units, participants, roster_end)  # "*   Michael" over his words, after "Attendees:" list
    # no list at all: "Jane Roe 'JR'" alone over her talk's title, over her notes
    unlisted = unlisted_name_headings(text, units) if not any(p.in_roster for p in participants) else {}
    run_in_turns(text, units, participants, roster_end)  # "Lindqvist motion to confirm…" under "Present: Okafor, Lindqvist, …"
    person_dash_items(text, units, participants, listed)  # "Ryan S – dropping ambiguous…" under "Attendees: …; Ryan Sleevi, Google"
    people = _keep_labels(text, units, participants, roster_end, ct.numbered)
    for i, (_, nick) in unlisted.items():  # "Mancha nos invita…" under "Fernando Lamas 'Mancha'"
        if i in people and nick and nick not in people[i].labels:
            people[i].labels.append(nick)
    # a label the lists tied to a fuller name ("nell:" -> Nell Waliczek): its cue says so
    via_roster = {k for k, p in people.items() if id(p) in listed and units[k].label
                  and fold(units[k].label).strip(" :") != fold(p.name)}
    for k in via_roster:  # the nick or short name stays known, so a question that uses it finds the person
        short = units[k].label.strip(" :")
        if " " not in short and short not in people[k].labels:
            people[k].labels.append(short)
    learn_genders(text, participants)
    line_heads = {i for i, u in enumerate(units) if u.line_heading and u.kind == LineKind.TEXT}
    for i in line_heads:
        units[i].plain_heading = True  # "Conclusion" on a line of its own ends a talk's section, as with blank lines
    heads = numbered_heads(text, units)  # "July 31, 2013 SENATE DEBATES 2" over the page's first words: no part of them
    cuts = sorted(({c for u in units if u.kind != LineKind.TEXT for c in (u.start, u.end)}
                   | {c for i in heads for c in (units[i].start, units[i].end)}
                   | {c for i in line_heads for c in (units[i].start, units[i].end)})
                  - {u.end for u in units if u.kind == LineKind.LABEL}  # a label's words run on past its line
                  | {b.start for a, b in zip(units, units[1:]) if re.search(r"\.\s?[-–]$", text[a.start:a.end])
                     or NARRATION_START.match(text[b.start:b.end])
                     or AGENDA_ITEM.match(text[b.start:b.end])}  # "9.- El Presidente …" after "Se aprueba por unanimidad"
                  | {u.end for u in units if REPORT_HEADING.match(text[u.start:u.end]) and len(text[u.start:u.end].split()) <= 8
                     and not END_OF_SENTENCE.search(text[u.start:u.end])})  # "Executive Director’s Written Report" ends there
    # ("ASUNTO II.- TÍTULO.-" ends its heading at the line end, though no full stop and capital follow)
    spans = _cut(split_spans(text), cuts, text)
    starts = [u.start for u in units]
    # (a pad's section under a presenter's bracketed name, "[Nina Gasking] IA", holds notes of a talk: its lines are
    # hers, but the text is still notes, not a transcript of headed turns)
    def bracketed(u: Line) -> bool:
        return u.talk and TALK_HEADING_BRACKETED.match(text[u.start:u.end]) is not None

    layout = summary_layout(text, ct.line_starts)  # a machine-written meeting summary: topics glued to names
    # its task list's "[Jane Roe] Send the deck: …" names who will do a task, no one's turn: no label of the text's
    task_owners = {i for i in people if layout is not None and any(a <= units[i].start < b for a, b in layout.tasks)}
    result = Attribution([], labels=sum(1 for i in people if units[i].kind != LineKind.SECTION and i not in task_owners),
                         sections=sum(1 for i in people if units[i].kind == LineKind.SECTION and not bracketed(units[i])),
                         attendance=sum(1 for u in units if u.kind == LineKind.ATTENDANCE),
                         officers=sum(1 for u in units if u.kind == LineKind.ATTENDANCE and (OFFICER_LINE.match(text[u.start:u.end])
                                                                                          or PARTICIPANTS_HEADER_LINE.match(text[u.start:u.end]))))
    result.caps_dot = sum(1 for i in people if units[i].caps_dot)
    result.irc = sum(1 for i in people if units[i].irc)
    result.examples = [units[i].label.strip()[:40] for i in sorted(people)[:2] if units[i].label]
    # a report with no participants list, attendance or labels names its speakers in its sentences only
    names = TextNames.of(text, ct.line_starts, glued_headings=layout is not None) if not result.labels and not result.attendance \
        and not any(p.in_roster for p in participants) else None
    author_voice = names is not None and REPORT_SELF.search(text) is not None  # "mon compte-rendu": "je" is the author
    label_doc = result.labels >= 3 or result.sections >= 2  # else a label opens a turn like any other cue
    # a recording's transcript, most labels with the turn's time ("Jane Roe (00:01:02): …"): every word is someone's
    # speech, none the writer's narration, so a sentence naming someone with a verb ("Mme X témoigne…") is still the
    # labelled speaker's (as in a line-numbered record)
    recorded = label_doc and 2 * sum(1 for i in people if units[i].timed) > len(people)
    if label_doc:  # "So it's … that you act like — we all act like" over the next line: a filled line, no agenda item
        wrapped_dash_lines(text, units)
    # a hard-wrapped text's turn cut at its fill width, its last words a paragraph of their own: no heading
    wrapped_ends = wrapped_turn_ends(text, units, {i for i in people if units[i].kind == LineKind.LABEL}) if label_doc else set()
    furniture = page_furniture(text, units)  # a PDF's page heads and feet kept as lines: layout inside a turn
    # a record whose turns open "Sr. Presidente (Menem).- …": its lines led by a hyphen are the stenographers' notes
    dash_labelled = sum(1 for i in people if units[i].body is not None and DOT_DASH_BEFORE.search(text, max(0, units[i].body - 4), units[i].body)
                        or units[i].body is None and DASH_LABEL_LINE_END.search(text, units[i].start, units[i].end)) >= DASH_LABELLED_MIN
    # (or "El señor STARK (Vicepresidente). -" alone on its line over the words, as the Chilean chamber writes it)
    presented, talk_titles = _presented_lines(text, units)
    context = section_context(units, people, presented)
    result.nested = sum(1 for i in people if units[i].kind != LineKind.SECTION and context[i][0] is not None)
    line_starts = frozenset(ct.line_starts)
    quoted = quotations(text, units, people)
    resolutions = _resolution_paragraphs(text)
    asides = _bracket_asides(text)
    notes = editor_notes(text) if label_doc else []  # "(Pour trouver l'événement auquel fait référence le président, …)"
    tweets = _tweets(text, participants)
    # minutes by their title ("Board Meeting Minutes"): a heading opens an agenda item, not a talk whose first sentence
    # names its speaker for the whole section
    minutes_title = minutes_cue(text) is not None  # or the meeting's clock: "Début de la réunion à 18 h 07"
    numbered_items = (result.attendance or minutes_title) and sum(  # minutes that number their agenda items
        1 for u in units if u.own_paragraph and NUMBERED_ITEM_LINE.match(text, u.start, u.end)) >= NUMBERED_ITEMS_MIN
    if (result.attendance or minutes_title) and not label_doc:  # "JR noted that…" with "Jane Roe" in the list
        adopt_initials(text, [p for p in participants if id(p) in listed])
    # minutes whose lists name people by one word (nicks, first names: "* Mozinet", "* Lilzeon"): a one-word name the
    # lists lack is a person too when it opens a sentence (`_unlisted_speaker`); the words the text writes in lower case
    # are not such names
    one_word = [p for p in participants if id(p) in listed and p.session_role != "absent"]
    lower_words = lower_case_words(text) \
        if len(one_word) >= 2 and 2 * sum(" " not in p.name.strip() and not p.name.isupper() for p in one_word) >= len(one_word) \
        else None  # (surnames in capitals, "CHOTARD", are a council's list, not nicks)
    # minutes with no list of the members present (none at all, told so by their title or clock, or only the excused
    # ones: "Excusés : Guillaume X, …") name a member by the first name too when it opens a sentence with its speech
    # verb ("Quentin se propose comme vice-ROOT", "… Jean-Paul s'engage à le faire"); a sentence such a name opens
    # without one is that member's doing, if the name speaks elsewhere (`speaking`: a capitalised word without a verb,
    # "Quant à la technique…", is no one acting)
    unlisted_lower = lower_case_words(text) if lower_words is None and (minutes_title or result.attendance) and not one_word and not label_doc \
        else None
    speaking = _speaking_names(text) if unlisted_lower is not None else frozenset()
    # a working group's scribe notes, labelled by first names and handles ("Jana: …", "Mikeb: …"): a name or a handle
    # opening a sentence with its speech verb is a participant too, and takes the floor from the labelled speaker
    # (`scribe_subjects`)
    handles = handle_labels(units[i].label for i in people if units[i].label) \
        if label_doc and (result.attendance or minutes_title) else None
    handle_lower = (lower_words or unlisted_lower or lower_case_words(text)) if handles is not None else None
    dotted = any(u.dotted for i, u in enumerate(units) if i in people)  # a parliament's record: "M. X. Words"
    recalls = _present_record(text)  # "M. X a demandé si…" inside Y's answer recalls X's question (`_reported`)
    floor_until = -1  # end of a paragraph of questions from the floor (speaker unnamed)
    answerer = _answerer(units, people) if label_doc else None  # who answers a Q&A's numbered questions
    filed: Participant | None = None  # who filed the document the minutes recite ("recurso … presentado por D. X")
    petitioner: Participant | None = None  # whose points are being read out (after "Es por lo que SOLICITA:")
    opener: str | None = None  # who opened the session ("toma la palabra el Secretario X, … se da inicio a la Asamblea")
    current: Participant | None = None
    handed_over = False
    labelled = False
    recent: list[Participant] = []  # people mentioned lately, newest last (anaphora)
    intro: Participant | None = None  # the speaker a talk's first sentence named, under a heading without one
    announced: Participant | None = None  # the last person announced to take the floor ("X procederá a …")
    after_stage = False  # the sentence before was a stage direction ("(Juramento)")
    quote_owner: Participant | None = None  # who a one-sentence paragraph of narration names, for a quote right after it
    colon_quote = False  # quote_owner came from an introduction ending with a colon: their quote ends the turn
    quote_until = -1  # the end of such a quoted paragraph: after it, the writer's narration again
    introducing = False  # inside a list announced as a round of introductions (`INTRO_ROUND`)
    await_intro = False  # right after a plain heading ("Mobilité et accessibilité"): the talk's first sentence
    collective = _collective_sections(text, units)
    talk_owner: Participant | None = None  # the speaker of the report's talk section the last sentence was in
    turn_held: Participant | None = None  # who an event report's turn phrase gave the floor ("ha sido el turno de X")
    byline_talk: Participant | None = None  # who an item's byline named ("Par M. Larrouy, cf. présentation"): up to the next item
    ties = org_ties(text)  # "La Banque des Territoires (Thomas RAULET) a rappelé…": who each organisation stands for
    item_owner: Participant | None = None  # who a label line inside a block of lines gave the turn (`_item_list_heading`)
    quote_signer: Participant | None = None  # who signs a quotation over several lines ('"…' / '…" - Saskia, 16 ans')
    signed_until = -1  # and where its signature ends
    report_scope: tuple[Participant, str] | None = None  # a numbered report's holder and number ("3." -> 3.1, 3.2.1 …)
    out = result.sentences
    # who a colon label run on inside a paragraph of notes may name: the people listed as present or labelled at a
    # line's head ("… chunk grids. Alistair: all feel…", `run_on_speaker`); and the line such a label last opened
    run_on_people = list({id(p): p for p in [p for p in participants if id(p) in listed and p.session_role != "absent"]
                          + [p for i, p in people.items() if units[i].kind == LineKind.LABEL]}.values()) if label_doc else []
    run_on_line = -1
    held_over: Participant | None = None  # a labelled turn's speaker, cut by the headings since `held_at` (a sentence count)
    held_at = -1
    for s, e in spans:
        page = ct.page_at(s)
        if 0 <= quote_until <= s:  # past the quoted paragraph an introduction announced: its owner no longer speaks
            current, labelled, recent, quote_until = None, False, [], -1
        k = bisect.bisect_right(starts, s) - 1
        u = units[k] if k >= 0 else None
        kind = u.kind if u else LineKind.TEXT
        staged, after_stage = after_stage, False
        if ANNOUNCED.search(text, s, e):  # "X, Secretaria Ejecutiva, procederá a tomar juramento": X speaks after the pause
            announced = _announced(text, s, e, participants) or announced
        if e <= roster_end:
            out.append(Sentence(s, e, page, None, Cue.ROSTER))
            continue
        if (result.attendance or minutes_title) and s in line_starts and WRITER_NOTE_LEAD.match(text, s, e):
            # "Note: All monthly meetings take place…": the writer's note, not the last speaker's turn going on; a
            # speaker the note names with a verb ("N.B. : Zébulon avait émis des objections…") is still found below
            current, labelled, recent, intro = None, False, [], None
        tweet = next((tw for tw in tweets if tw[0] <= s < tw[2]), None) if tweets else None
        if tweet is not None:  # an embedded tweet: its words are its author's, its signature nobody's; the turn goes on
            out.append(Sentence(s, e, page, tweet[3].name, Cue.QUOTE) if s < tweet[1] else Sentence(s, e, page, None, Cue.NARRATION))
            continue
        if quote_signer is not None and s < signed_until:  # the signed quotation's next line, up to its signature
            out.append(Sentence(s, e, page, quote_signer.name, Cue.QUOTE))
            continue
        # the line, or the lines of its paragraph from it ('"En refaisant…' / '… de jeunesse" - Saskia, 16 ans')
        signed = (QUOTE_SIGNED.match(text[u.start:u.end]) or QUOTE_SIGNED.match(
            text[u.start:_paragraph_end(text, u.start, QUOTE_SIGNED_SPAN)])) if u is not None and s == u.start else None
        quote_signer = resolve(signed.group("who"), participants) if signed is not None else None
        if quote_signer is not None:  # '"You have to deal with me…" -- Robert S': the signed quotation is theirs; the turn goes on
            signed_until = u.start + signed.end()
            out.append(Sentence(s, e, page, quote_signer.name, Cue.QUOTE))
            continue
        if petitioner is not None and (k in people or kind not in (LineKind.TEXT, LineKind.NARRATION)
                                       or PETITION_END.match(text[s:e]) or _is_heading(text, s, e)):
            petitioner = None  # "Visto informe técnico…", "El Pleno ACUERDA:", a heading: the minutes go on
        if petitioner is not None:  # "PRIMERO: Anulación de los pliegos… A mayor abundamiento…": the filer's points
            out.append(Sentence(s, e, page, petitioner.name, Cue.QUOTE))
            continue
        found = _filer(text, s, e, participants)
        if (found or filed) is not None and PETITION_ASKS.search(text, s, e):
            petitioner, filed = found or filed, None  # from the next sentence on
        else:
            filed = found  # "SOLICITA:" may end this sentence or the next one
        if dotted and STAGE_SENTENCE.match(text[s:e]) and (kind != LineKind.LABEL or s >= (u.body or e)):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "(Exclamations sur les bancs du groupe UMP.)"
            continue
        if notes and _in_spans(notes, s) and (kind != LineKind.LABEL or s >= (u.body or e)):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # an editor's note amid the answer: the turn goes on
            continue
        if label_doc and SCRIBE_TROUBLE_NOTE.fullmatch(text[s:e].strip()) and (kind != LineKind.LABEL or s >= (u.body or e)):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "[A/V difficulties…]": the scribe's note, nobody's
            continue
        if k in people and _unnamed(people[k]):  # "Audience: …": someone from the floor, whom the text does not name
            out.append(Sentence(s, e, page, None, Cue.LABEL))
            current, labelled, recent = None, label_doc, []
            continue
        if k in people and u.question and kind == LineKind.LABEL and BRACKET_ONLY.match(text[u.body:u.end]):
            # "P3: [ sin grabar, pero la pregunta fue sobre … ]": the question was not recorded; unlabelled words
            # after it are the answer (the label of the one who answers the numbered questions was lost with it)
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            current, labelled, recent = answerer, answerer is not None, [answerer] if answerer else []
            continue
        run_on = run_on_speaker(text, s, e, u.start, run_on_people) if run_on_people and u is not None \
            and (kind == LineKind.TEXT or kind == LineKind.LABEL and s >= (u.body or e)) else None
        if run_on is not None:  # "… chunk grids. Alistair: all feel…": Alistair's turn, from here
            out.append(Sentence(s, e, page, run_on.name, Cue.LABEL))
            current, labelled, recent, run_on_line = run_on, True, [run_on], k
            continue
        if k == run_on_line and k in people and kind == LineKind.LABEL and current is not None:
            out.append(Sentence(s, e, page, current.name, Cue.CONTINUATION))  # the run-on turn goes on to the line's end
            continue
        # scribe notes that run several turns into a labelled line ("Jana: … new packet data.  Ian note that there are
        # two ways…"): a sentence that opens with another subject and its speech verb is that person's turn, and the
        # room's outcome ("… Consensus to factor out that part.") the record's; not after the labelled speaker's own
        # first person ("Joe: I'll ask Jory. Chris suggested…": Joe tells what Chris said)
        inner = k in people and kind == LineKind.LABEL and s >= (u.body or e) and handles is not None and (
            GROUP_OUTCOME.match(text[s:e]) is not None
            or FIRST_PERSON_SINGULAR.search(text, u.body or u.start, s) is None
            and _narrated_switch(text, s, e, participants, people[k], [people[k]], handles, handle_lower) is not None)
        if k in people and not inner:
            p = people[k]
            if kind == LineKind.LABEL and s < (u.body or e):
                out.append(Sentence(s, e, page, p.name, Cue.LABEL_ROSTER if k in via_roster else Cue.LABEL))
            elif kind == LineKind.LABEL:
                out.append(Sentence(s, e, page, p.name, Cue.CONTINUATION))
            else:  # the label or heading line itself
                out.append(Sentence(s, e, page, None, Cue.LABEL))
            current, labelled, recent = p, label_doc, [p]
            item_owner = p if kind == LineKind.LABEL and _label_block(text, units, k) else None
            await_intro = await_intro and not ct.numbered  # a line-numbered record's turn: no talk's introduction
            continue
        if kind == LineKind.ATTENDANCE:
            out.append(Sentence(s, e, page, None, Cue.ROSTER))
            current, labelled = None, False
            continue
        if introducing and s in line_starts:  # "* Stu Hood has been at Twitter…", an item under "… introduce themselves:"
            who = _introduced(text, s, e, participants)
            introducing = who is not None
            if who is not None:
                out.append(Sentence(s, e, page, who.name, Cue.SPEECH_VERB))
                current, labelled, recent = who, False, [who]
                continue
            current, labelled, recent = None, False, []  # the round is over: the last one introduced does not go on
        if INTRO_ROUND.search(text, s, e) and text[s:e].rstrip().endswith(":"):
            introducing = True  # the list under this sentence
        owner, part = context[k] if k >= 0 else (None, None)
        if talk_owner is not None and owner is None and current is talk_owner:
            current, labelled, recent = None, False, []  # past a report's talk section: its speaker no longer speaks
        talk_owner = owner if part == Part.REPORT else None
        if u is not None and u.aside:  # IRC chatter amid a scribed turn: the turn goes on after it
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            continue
        if label_doc and kind == LineKind.NARRATION and announced is None and REACTION_NOTE.match(text[u.start:u.end]):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "[ risas ]", "(Applause)": the speaker goes on
            continue  # (unless someone was announced to take the floor: "X va prendre la parole." "(Applaudissements)")
        if label_doc and kind == LineKind.NARRATION and current is not None and _translation(text, units, k):
            out.append(Sentence(s, e, page, current.name, Cue.CONTINUATION))  # "[... we are aware that …]": theirs
            continue
        if u is not None and ELISION_LINE.match(text[u.start:u.end]):  # "[…]": the excerpt skips a part; the turn goes on
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            continue
        if k in furniture:  # "Page 3" / "4 June 1997" / "2986" amid a turn: a page break; the turn goes on after it
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            continue
        number = ITEM_NUMBER_LEAD.match(text, u.start, u.end) if u is not None and report_scope is not None else None
        if number is not None and not number.group(1).startswith(report_scope[1] + "."):
            report_scope = None  # "4." after the report numbered "3.": the report ends
        elif number is not None and (s == u.start or ITEM_NUMBER_PREFIX.fullmatch(text, u.start, s)) \
                and kind in (LineKind.TEXT, LineKind.HEADING) and (kind == LineKind.HEADING or _is_heading(text, s, e)):  # "3.1." and its title "Membres": a part of the report, which goes on
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            current, labelled, recent = report_scope[0], False, [report_scope[0]]
            continue
        if report_scope is not None and kind == LineKind.TEXT and not _in_spans(quoted, s):
            if not _turn_taken(text[s:e]):  # "Jan Wieck a présenté Slony1", "L'association a reçu…": what the report tells
                out.append(Sentence(s, e, page, report_scope[0].name, Cue.CONTINUATION))
                current, labelled, recent = report_scope[0], False, [report_scope[0]]
                continue
            report_scope = None  # "Jean-Paul Argudo rappelle que…": someone takes the floor, the report ends
        if kind in (LineKind.NARRATION, LineKind.SEPARATOR, LineKind.SECTION, LineKind.HEADING) or k in talk_titles:
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            current, labelled, recent, intro, await_intro = None, False, [], None, False
            after_stage = kind == LineKind.NARRATION and bool(STAGE.search(text[s:e]))  # "(Juramento)"
            # "### Communication" under "## Name"; "Objective 1 – CONSORTIUM" inside a presenter's talk
            if owner is not None and u is not None and (u.level or k in presented) and part != Part.OWN:
                current, labelled, recent = owner, True, [owner]
            continue
        seg = text[s:e]
        if owner is not None and part == Part.OWN:  # the note-taker's "Rmq perso", "Références"
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            continue
        if owner is not None and part == Part.DISCUSSION and (s == 0 or text[s - 2:s] == "\n\n"):
            para_end = text.find("\n\n", s)
            para = text[s:len(text) if para_end < 0 else para_end]
            asker = _asker(para, participants)
            if asker is not None:  # "Elena Pierazzo, lorsque vous évoquez …": the named person asks
                current, labelled, recent = asker, True, [asker]
                out.append(Sentence(s, e, page, asker.name, Cue.LABEL))
                continue
            # the floor asks up to the paragraph's last question line; the lines after it are the answer
            asked = [units[j].end for j in range(k, len(units)) if units[j].start < s + len(para)
                     and (QUESTION_FORM.search(text, units[j].start, units[j].end) or j == k and FLOOR_REMARK.match(para))]
            floor_until = asked[-1] if asked else -1
            current, labelled, recent = owner, True, [owner]  # else the section's speaker answers
        if label_doc and u is not None and u.floor and s == u.start:  # "Q - How much…": an asker nobody names
            nxt = next((j for j in range(k + 1, len(units)) if j in people or units[j].floor
                        or units[j].kind not in (LineKind.TEXT, LineKind.LABEL)), None)
            floor_until = units[nxt].start if nxt is not None else len(text)  # up to the next turn
            current, labelled, recent, owner = None, False, [], None
        if s < floor_until:  # a question from the floor; who asked is not written
            out.append(Sentence(s, e, page, None, Cue.NONE))
            current, labelled = owner, True
            continue
        resumed = _resumed_turn(text, out) if label_doc and u is not None and s == u.start and STENO_NOTE.match(seg) else None
        if resumed is not None:
            # "SEÑOR PUIG. — …" / "(Suena el timbre indicador de tiempo disponible)." / "— Lamento que se ha terminado
            # el plazo…": a record that puts its notes in brackets resumes the turn the note broke with a dash
            current, labelled = named_person(resumed, participants), True
            out.append(Sentence(s, e, page, resumed, Cue.CONTINUATION))
            continue
        if label_doc and u is not None and s == u.start and (STENO_NOTE.match(seg) or dash_labelled and HYPHEN_STENO_NOTE.match(seg)):
            # "– Resulta afirmativa."; "- Ocupa la Presidencia, el señor vicepresidente…" in a record of "Sr. X.-" turns
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            continue
        if label_doc and current is not None and ROOM_NOTE.match(seg):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "(Applaudissements sur les bancs du groupe RE.)"
            continue  # inside a turn: the record's note of the room; the speaker goes on after it
        if recorded and labelled and current is not None and kind == LineKind.TEXT:
            # a recording's transcript has no headings between its timed turns: "Mon confrère" over "Alain Ferland y
            # reviendra", a short line without a stop, is the speaker's sentence the speech-to-text cut in two
            out.append(Sentence(s, e, page, current.name, Cue.CONTINUATION))
            continue
        if label_doc and _agenda_item(text, units, people, k, s, e):  # "Jenkins merge jobs … #179" before "Trevor: …"
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            current, labelled, recent = None, False, []
            continue
        # ("3. Rapport moral présenté par le président": the item's number, which the splitter cuts off, opens the line)
        report = REPORT_HEADING.match(seg) if owner is None and (s in line_starts or u is not None and u.start < s
                                                                and ITEM_NUMBER_PREFIX.fullmatch(text, u.start, s)) else None
        if report is not None and report.group("who3") and _agenda_list_item(text, units, k):
            report = None  # "3. Rapport moral présenté par le président ;" over "4. Rapport financier …": the agenda
        holder = _report_owner(report.group("who") or report.group("who2") or report.group("who3"), participants, text) if report else None
        if holder is None and report is not None and report.group("who3"):
            holder = unheld_role(report.group("who3"), participants)  # "présenté par le trésorier", never named
        if holder is not None:  # "Executive Director’s Written Report": what follows is the holder's
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            lead = ITEM_NUMBER_LEAD.match(text, u.start, s) if u is not None and u.start < s else None
            report_scope = (holder, lead.group(1)) if lead is not None else None
            current, labelled, recent = holder, False, [holder]
            continue
        if k in wrapped_ends and u is not None and s == u.start and labelled and current is not None:
            out.append(Sentence(s, e, page, current.name, Cue.CONTINUATION))  # "… si estoy en en infraccion" / "tiene que…"
            continue
        line_head = k in line_heads and (s, e) == (u.start, u.end)
        presenter = _item_presenter(text, s, e, participants) if owner is None and u is not None and u.own_paragraph else None
        if presenter is None and owner is None and u is not None and s == u.start:  # ("- Architecture WG (Ram Jagadeesan)" alone too)
            presenter = _bullet_item_presenter(text, s, e, participants)
        if presenter is not None:  # "Travaux piscine (Mme ETORÉ)": the item's unnamed sentences are hers
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            current, labelled, recent, intro, await_intro = presenter, False, [presenter], None, False
            continue
        if current is not None and kind == LineKind.TEXT and _in_spans(quoted, s) and _is_heading(text, s, e) \
                and not NARRATION_START.match(seg):  # "1 indicador de resultado", a table row, inside the speech's quotes
            out.append(Sentence(s, e, page, current.name, Cue.CONTINUATION))
            labelled = False  # after the list, a vote or a group decision still ends the turn
            continue
        if label_doc and current is not None and current is item_owner and kind == LineKind.TEXT and u is not None \
                and _item_list_heading(text, u, s, e, participants):  # a list's "Topic: notes" turn, then "Ejercicio por mesas."
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            current, labelled, recent, item_owner = None, False, [], None
            continue
        if (result.attendance or minutes_title) and not label_doc and owner is None \
                and (VOTE_TALLY_LINE.match(seg) or DELIBERATION_HEADING.match(seg)):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "Contre : M. Papin", "D2025-011- Objet : …": the
            current, labelled, recent, intro = None, False, [], None  # record's lines; a deliberation's heading ends the turn
            continue
        item_head = (result.attendance or minutes_title) and not label_doc and owner is None \
            and _minutes_heading(text, s, e, participants)  # "Accord passé entre la RATP et Amazon + Chronopost"
        recital = NARRATION_START.match(seg) is not None and not (  # "… Whereas the end users, like us, …" in a turn
            label_doc and labelled and current is not None and s not in line_starts and WHEREAS_CONJUNCTION.match(seg)) \
            and not (label_doc and labelled and current is not None and SPOKEN_RECITAL_LEAD.match(seg)
                     and FIRST_PERSON_SPEECH.search(seg)) \
            and not (label_doc and labelled and current is not None and _under_label_line(out))
        # ("Vista la explicación…, nos vemos obligados…" in a turn, and a turn's first words under its label line alone,
        # "M. Maxime Minot (LR)" / "Considérant la gravité de ce sujet…": the speaker's, not the record's recital)
        turn_heading = label_doc and u is not None and _turn_heading(text, units, k)
        if _is_heading(text, s, e) or line_head or recital or result.attendance and _title_line(text, u, s, e) \
                or item_head or turn_heading:
            if label_doc:  # the labelled turn a record's headings cut: its speaker may go on under them (`held_over`)
                held_over = current if current is not None and labelled else held_over if held_at == len(out) else None
                held_at = len(out) + 1
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            if intro is not None and owner is None:  # the talk the last heading opened ends here
                current, labelled, recent = None, False, []
            if turn_held is not None and current is turn_held:  # so does the turn a report's turn phrase opened
                current, labelled, recent = None, False, []
            turn_held = None
            intro, await_intro = None, owner is None and u is not None and u.plain_heading and not result.attendance \
                and not (minutes_title and not label_doc)
            if owner is not None:  # a short line inside a talk's notes; the talk goes on
                current, labelled = owner if current is None else current, True
            elif labelled or line_head or item_head or recital or turn_heading \
                    or _is_heading(text, s, e) and (not _reported_only(result) or minutes_title or author_voice):
                # (in minutes a heading opens an agenda item: the turn ends; in a text its writer calls their own report
                # or diary, the writer's next section; minutes that number their items write an unnumbered heading
                # inside one, "7. OMDoc" / "MK spoke to this topic." / "Syntax" / "He now believes…": the speaker
                # stays the one a pronoun stands for)
                sub = numbered_items and u is not None and s == u.start and not NUMBERED_ITEM_LINE.match(text, u.start, u.end)
                current, labelled, recent = None, False, ([current] if current else recent) if sub else []
            if owner is None and not label_doc and s in line_starts \
                    and (presenter := byline_presenter(seg, participants)) is not None:
                current, recent = presenter, [presenter]  # "Par M. Durand, cf. présentation (page 4)" read as a heading
                byline_talk = presenter
            elif owner is None and not label_doc and s in line_starts and _rubric_line(seg):
                current, labelled, recent, byline_talk = None, False, [], None  # "Décision / Actions": the record's
            elif byline_talk is not None and owner is None:
                if ITEM_NUMBER_ONLY.match(seg):
                    byline_talk = None  # "3.": the next item; the talk is over
                else:  # "Changements au sein de la DMA": the talk's own sub-headings
                    current, recent = byline_talk, [byline_talk]
            continue
        if byline_talk is not None and owner is None and s in line_starts and _rubric_line(seg):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "Débat :" after the talk: each point names its speaker
            current, labelled, recent, byline_talk = None, False, [], None
            continue
        if (result.attendance or minutes_title) and not label_doc and owner is None and not _in_spans(quoted, s) \
                and (_in_spans(asides, s) or _topic_line(text, s, e, participants, line_starts, names)):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "[La soirée a été retransmise…]", "Sur le cumul."
            # (a topic line inside a numbered item, "Protocol/Control" under "7. OMDoc" / "MK spoke to this topic.",
            # leaves the item's speaker the one a later "He claimed that…" stands for, as an unnumbered heading does)
            sub = numbered_items and u is not None and s == u.start and not NUMBERED_ITEM_LINE.match(text, u.start, u.end)
            current, labelled, recent, intro = None, False, ([current] if current else recent) if sub else [], None
            if byline_talk is not None:  # "Webinaire d'initiation" inside the talk its byline named: the talk goes on
                current, recent = byline_talk, [byline_talk]
            continue
        if _in_spans(resolutions, s) or RESOLUTION_INTRO.search(seg) and not _speaks_before(
                text, s, e, find_mentions(text, s, e, participants), line_starts) \
                and not (current is not None and not label_doc and RECOUNTED_RESOLUTION.search(seg)):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "RESOLVED, that …", "the following resolution was passed:"
            current, labelled, recent, intro = None, False, [], None
            continue
        if _unnamed_member(text, s, e):  # "A board member asked whether…": someone the minutes do not name
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            current, labelled, recent, intro = None, False, [], None
            continue
        if ATTESTATION.search(seg):  # "This being a true record … signed by me below." over "/s/ Jane Roe": the signer's
            signer = _attested_by(text, s, e, participants)  # (no signature under it: the record's, nobody's)
            out.append(Sentence(s, e, page, signer.name if signer else None, Cue.SPEECH_VERB if signer else Cue.NARRATION))
            current, labelled, recent = None, False, []
            continue
        if _reported_only(result) and _caption(text, u, s, e):  # "Slide from Victor's talk on adoption"
            out.append(Sentence(s, e, page, None, Cue.NARRATION))
            continue
        if await_intro and layout is None:  # (a meeting summary's topics are no talks: each item names its own people)
            await_intro = False
            intro, by = _talk_intro(text, s, e, participants)
            if intro is not None:  # "Jean Dupont (Société X) nous présente…": the talk is theirs up to the next heading
                # ("A talk by X on budgets." only introduces: the note-taker's line)
                out.append(Sentence(s, e, page, None, Cue.NARRATION) if by else Sentence(s, e, page, intro.name, Cue.SPEECH_VERB))
                current, labelled, recent = intro, False, [intro]
                continue
        if intro is not None and owner is None:
            if _note_takers(text, s, e, intro):
                out.append(Sentence(s, e, page, None, Cue.NARRATION))
                continue
            current = current or intro
        verdict_before = bool(out) and out[-1].speaker is None and "\n\n" not in text[out[-1].end:s] \
            and _talk_verdict(text[out[-1].start:out[-1].end]) if part == Part.REPORT and owner is not None else False
        if part == Part.REPORT and owner is not None and not (result.labels >= 3 and labelled and current is not None) \
                and _note_takers(text, s, e, owner, presented=k in presented, verdict_before=verdict_before):
            # (under a speaker's label, "Submissions by Mr Moloney" / "Mr Moloney: …" / "Our submissions…", the "we"
            # and "I" are the labelled speaker's, not a note-taker's)
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "I may have to test this", "donné par X"
            continue
        if (result.attendance or minutes_title) and not label_doc and owner is None and MINUTE_REF_LEAD.match(seg):
            current, labelled, recent, intro = None, False, [], None  # "71/17 Declaration of Interest…": a new minute
        if result.labels < 3 and FOLLOW_VERB.search(seg) and FOLLOW_TARGET.search(seg):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "Pour suivre Nina, ça se passe par là : @nlapalice"
            continue  # (in a report; a labelled transcript's "follow me at @x" is its speaker's)
        if label_doc and labelled and kind == LineKind.TEXT and _paragraph_start(text, s) and out \
                and current is not None and out[-1].speaker == current.name \
                and (name := reporter(text[out[-1].start:out[-1].end])
                     or listened(_turn_before(text, out[-1].start), text[out[-1].start:out[-1].end],
                                 [p.name for p in people.values()], QUOTE_OPEN.match(seg) is not None)) is not None:
            # "… Les précisions avec notre correspondant Pierre Bénezet." then an unlabelled paragraph: the report;
            # "… Elle est satisfaite. Écoutez" then one: the sound bite of the person the turn told about
            current, recent = named_person(name, participants), []
            out.append(Sentence(s, e, page, current.name, Cue.HANDOVER))
            continue
        if label_doc and labelled and current is not None and owner is None and (result.attendance or minutes_title) \
                and kind == LineKind.TEXT and _paragraph_start(text, s) and topic_lead_in(seg) \
                and _after_label_paragraph(text, starts, units, people, s) \
                and not any(m.participant is not None for m in find_mentions(text, s, e, participants)):
            out.append(Sentence(s, e, page, None, Cue.NARRATION))  # "Demo del flujo…: el equipo ejecutó…": the next item
            current, labelled, recent = None, False, []
            continue
        if labelled and current is not None:
            if owner is not None and current is owner:  # inside a talk's notes, others are only quoted
                out.append(Sentence(s, e, page, current.name, Cue.CONTINUATION))
                continue
            if (result.attendance or minutes_title) and (_paragraph_start(text, s) and _record_statement(seg)
                                                         and (not _impersonal(seg)
                                                              or _after_label_paragraph(text, starts, units, people, s))
                                                         or GROUP_OUTCOME.match(seg)):
                # "There was general agreement…", "All: …"; "Consensus to…" even inside the labelled paragraph
                out.append(Sentence(s, e, page, None, Cue.NARRATION))
                current, labelled, recent = None, False, []
                continue
            # (a line-numbered record labels every turn: "Mike Burgess … has highlighted" is the speaker's own words)
            # the first words under a label line alone ("M. Maxime Minot (LR)" / "Considérant…, le groupe Les Républicains
            # tient à rappeler…") are the labelled speaker's, unless they open on another known person and their verb
            under_label = _under_label_line(out) and not _known_subject(text, s, e, participants, current)
            switch = None if ct.numbered or recorded or under_label else _narrated_switch(
                text, s, e, participants, current, recent, handles, handle_lower,
                minutes=bool(result.attendance or minutes_title) and owner is None)
            if switch is None or label_doc and SPOKEN_I.search(seg) \
                    and not (NAME_VERB_COLON.match(seg) and _paragraph_start(text, s)):
                out.append(Sentence(s, e, page, current.name, Cue.CONTINUATION))
                continue
            labelled = False
        org_said, org_person = org_speaker(seg, ties, participants) if ties and not label_doc else (False, None)
        if org_said:  # "L'IGN (Elisabeth LEBLANC) a indiqué…"; "Le Cerema a confirmé…" where two spoke for it: no one named
            out.append(Sentence(s, e, page, org_person.name if org_person else None,
                                Cue.SPEECH_VERB if org_person else Cue.NARRATION))
            current, labelled, recent = org_person, False, [org_person] if org_person else []
            continue
        speaker, cue, current, handed = _reported(text, s, e, participants, current, recent, line_starts=line_starts, names=names,
                                                  minutes=bool(result.attendance) or minutes_title or layout is not None, lower=lower_words,
                                                  recalls=recalls, unlisted_lower=unlisted_lower, speaking=speaking,
                                                  handles=handles, handle_lower=handle_lower)
        if names is not None and current is not None and cue in (Cue.NARRATION, Cue.HANDOVER) and speaker in (None, current):
            turn_held = current  # "ha sido el turno de X", "ha intervenido X, quien…": X's turn, up to the next heading
        if author_voice and owner is None and intro is None and cue in (Cue.CONTINUATION, Cue.NONE) \
                and u is not None and _author_line(text, u):
            speaker, current, cue = None, None, Cue.NARRATION  # the note-taker's own paragraph ends the reported talk
        if speaker is None and quote_owner is not None and QUOTE_OPEN.match(seg) and _paragraph_start(text, s):
            speaker = current = quote_owner  # "Presidente … abre la sesión." then "“Muy buenos días…”": the quote is theirs
            if colon_quote:  # "… nous explique le concept dans son article :" then '"dotConference …"': up to its close
                para_end = text.find("\n\n", s)
                quote_until = next((b for a, b in quoted if a <= s < b), len(text) if para_end < 0 else para_end)
            cue = Cue.QUOTE
        if speaker is None and cue == Cue.NONE and held_over is not None and held_at == len(out) \
                and _paragraph_start(text, s) and SPOKEN_I.search(seg):
            # a Hansard's headings inside the chair's turn ("Le Président : …" / "Dépôt de documents" / "Pour ma part,
            # je dépose…"): an unlabelled paragraph in the first person under them is the same speaker's
            speaker = current = held_over
            cue, labelled = Cue.CONTINUATION, True
        if speaker is None and cue == Cue.NONE and staged and announced is not None and _paragraph_start(text, s):
            speaker = current = announced  # the person announced before the stage direction takes the floor after it
            cue, announced = Cue.HANDOVER, None
        if speaker is None and cue == Cue.NONE and (intro_name := SELF_INTRO.match(seg)) is not None:
            named = resolve(intro_name.group(1), [p for p in participants if p.session_role != "absent"])
            if named is not None:  # "My name is Floor, I'm one of the organizers…" before any label: Floor's words
                speaker, cue = named, Cue.SPEECH_VERB
        if speaker is not None and cue == Cue.SPEECH_VERB and WORDS_BACK_HEAD.match(seg) and out and out[-1].speaker is None \
                and out[-1].cue == Cue.NONE and QUOTE_OPEN.match(text, out[-1].start):
            out[-1].speaker, out[-1].cue = speaker.name, Cue.QUOTE  # '"…".' then "Con esta declaración … X": X's quotation
        quote_owner = _introducer(text, s, e, participants) if speaker is None and cue != Cue.NARRATION else None
        colon_quote = quote_owner is None and speaker is None and cue != Cue.NARRATION \
            and (quote_owner := _quote_introducer(text, s, e, participants, names)) is not None
        if opener is None and SESSION_OPENED.search(seg):
            opener = _session_opener(text, s, e, participants, names)
            if speaker is None and cue == Cue.NONE and opener is not None \
                    and (who := named_person(opener, participants)) is not None \
                    and fold(opener.split()[-1]) in {fold(w) for w in seg.split()[:3]}:
                # "Chair Jerdonek called the meeting to order at 6:02 p.m.": the chair's act, the name its subject
                speaker, cue = who, Cue.PRESIDING
        if speaker is None and cue == Cue.NONE and (result.attendance or opener) and FIRST_PERSON_SPEECH.search(seg) \
                and not _in_spans(collective, s):  # ("5. Résolutions": "Nous souhaitons…" is the assembly's)
            # "Traigo aquí este punto…" after an agenda heading; "Por pedido de la IGJ necesitamos…" after a vote
            speaker = current = (named_person(opener, participants) if opener else None) or _presiding(participants)
            cue = Cue.PRESIDING if speaker else cue
        if speaker is None and cue == Cue.NARRATION and s in line_starts and current is not None \
                and byline_presenter(seg, participants) is current:
            byline_talk = current
        if cue == Cue.CONTINUATION and handed_over:
            cue = Cue.HANDOVER  # the first words after "donne la parole à X"
        out.append(Sentence(s, e, page, speaker.name if speaker else None, cue))
        handed_over = handed is not None
        if handed is not None:
            current = handed
    if names is not None and not result.sections and _quoted_voices(text, quoted, out):
        lead: Participant | None = None  # who the last "Name …: “" introduced: his quotation runs on
        for st in out:
            if st.cue in (Cue.CONTINUATION, Cue.NONE) and (p := _colon_quoter(text, st.start, st.end, participants)):
                st.speaker, st.cue, lead = p.name, Cue.QUOTE, p  # "Juan Pablo refuerza la idea…: “Yo era…”"
            elif st.cue == Cue.CONTINUATION and (not _overlaps(quoted, st.start, st.end)
                                                 and not QUOTE_MARK_ANY.search(text, st.start, st.end)
                                                 or _scare_quotes_only(text, st.start, st.end)):
                st.speaker, st.cue, lead = None, Cue.NARRATION, None  # the writers' narration: "Esos públicos incluyen…"
            elif st.cue == Cue.CONTINUATION and lead is not None:
                st.speaker = lead.name
            elif st.cue != Cue.CONTINUATION:
                lead = None
    if layout is not None:  # each item's subject; the task list and the tool's lines: nobody's words
        result.summary = layout.evidence()
        if names is not None:  # (no labels, attendance or roster: a summary's own items, not a transcript's turns)
            own_items(text, layout, out, participants, names)
        silence_tasks(layout, out)
    elif result.attendance or minutes_title:  # "Action Items" / "X will provide the minutes…": the record's tasks
        silence(record_tasks(text, ct.line_starts), out)
    if result.attendance or minutes_title or any(p.in_roster for p in participants):
        own_report_lists(text, out, {p.name for p in participants if id(p) in listed}, label_doc)
    sign(text, out, participants)  # "A: …" then "— EliWhite" on a line of its own: the signer's words
    if label_doc:  # "    - PD:  …" then "- Chris Ferris to move …": the list's next point, not PD's words
        end_turns_at_outer_items(ct, out)
    if label_doc:  # a parliament's record: the chair's call under a rubric, a statement's topic over the member's name
        chair_calls(text, out)
        topic_headings(text, units, out)
    _prose_order(text, in_prose, out)
    return result


def _collective_sections(text: str, units: list[Line]) -> list[tuple[int, int]]:
    """Spans of the numbered sections a heading of the body's decisions opens ("5. Résolutions" up to "6. …"; its
    parts 5.1, 5.1.2 … inside), in order."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(units):
        u = units[k]
        lead = ITEM_NUMBER_LEAD.match(text, u.start, u.end)
        if lead is None or not COLLECTIVE_HEADING.fullmatch(text, lead.end(), u.end):
            k += 1
            continue
        j = k + 1
        while j < len(units):
            nxt = ITEM_NUMBER_LEAD.match(text, units[j].start, units[j].end)
            if nxt is not None and not nxt.group(1).startswith(lead.group(1) + "."):
                break
            j += 1
        out.append((u.end, units[j].start if j < len(units) else len(text)))
        k = j
    return out


def _turn_taken(seg: str) -> bool:
    """Whether a sentence opens with a name and a speech verb in the present ("Jean-Paul Argudo rappelle que…",
    "Ana Gil explains…"): someone speaks at the meeting ("X a présenté…" tells what X did before it)."""
    m = NAME_THEN.match(seg)
    v = SPEECH_VERB.match(seg, m.end()) if m is not None else None
    return v is not None and PAST_TURN_VERB.match(v.group(0)) is None


def _agenda_list_item(text: str, units: list[Line], k: int) -> bool:
    """Whether the line is an item of a numbered list (the agenda): the next non-empty line is another item, a number
    and its title ("4. Rapport financier …"; a sub-item "3.1. Membres" opens the item's own text)."""
    j = next_line(units, k)
    return j is not None and AGENDA_LIST_ITEM.match(text, units[j].start, units[j].end) is not None


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether a span of `spans` (sorted, disjoint) overlaps [s, e)."""
    k = bisect.bisect_left(spans, (e, -1)) - 1  # the last span that opens before `e`
    return k >= 0 and spans[k][1] > s


def _quoted_voices(text: str, quoted: list[tuple[int, int]], out: list[Sentence]) -> bool:
    """A feature article about people (an interview written up as prose): every sentence that names its speaker with a
    verb of saying gives his words between quotation marks ('Pablo explica que “…”', '“…”, así explica Juan Pablo',
    'Jane Roe adds: “…”'), so the people speak only in quotations and the prose around them is the writers'."""
    said = [k for k, st in enumerate(out) if st.speaker and st.cue in (Cue.SPEECH_VERB, Cue.QUOTE)]
    if len(said) < QUOTED_VOICES_MIN:
        return False
    return all(_overlaps(quoted, out[k].start, out[k].end)
               or k + 1 < len(out) and _overlaps(quoted, out[k + 1].start, out[k + 1].end) for k in said)


def _scare_quotes_only(text: str, s: int, e: int) -> bool:
    """A sentence whose quotation marks only set off terms of its own: each pair holds a few words opened after a word
    of the sentence ('El segundo paso era "abrir el proceso” además de “mejorar el flujo de trabajo”.'), none opens the
    sentence or follows a colon, and every mark is closed inside it."""
    marks = [m.start() for m in QUOTE_MARK_ANY.finditer(text, s, e)]
    if not marks or len(marks) % 2:
        return False
    for a, b in zip(marks[::2], marks[1::2]):
        if len(text[a + 1:b].split()) > SCARE_QUOTE_WORDS or not SCARE_QUOTE_OPEN.search(text, max(s, a - 40), a):
            return False
    return True


def _colon_quoter(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """The person a sentence opens with when it goes on to a colon and a quotation, whatever its verb ("Juan Pablo
    refuerza la idea con su experiencia personal: “…”", "Jane Roe sums it up: “…”"), in a text whose people speak
    only in quotations; None when another person is named before the colon."""
    colon = COLON_QUOTE.search(text, s, e)
    if colon is None or colon.start() - s > COLON_QUOTE_HEAD:
        return None
    head = text[s:colon.start()]
    if QUOTE_MARK_ANY.search(head):
        return None
    found = [(len(n), p) for p in participants if p.session_role != "absent" for n in {p.name, *p.labels}
             if n and head.startswith(n) and NAME_THEN_WORD.match(head, len(n))]
    if not found:
        return None
    size, who = max(found, key=lambda f: f[0])
    rest = head[size:]
    if any(n and n in rest for p in participants if p is not who for n in {p.name, *p.labels}):
        return None
    return who


def _present_record(text: str) -> bool:
    """Whether a record tells its turns in the present ("M. X précise", "Mme Y demande", "el señor Z comenta") more
    often than in the past ("M. X a précisé", "Z señaló", "Ms W noted"): its perfect then refers to an earlier time."""
    verbs = [v.group(0) for t in TURN_SUBJECT.finditer(text) if (v := SPEECH_VERB.match(text, t.end()))]
    past = sum(1 for v in verbs if PAST_TURN_VERB.match(v))
    return len(verbs) - past > past


def _resolution_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs a resolution formula opens ("RESOLVED, that …", "LE CONSEIL DÉCIDE :"), in order."""
    out: list[tuple[int, int]] = []
    for m in RESOLUTION_START.finditer(text):
        if m.start() and text[max(0, m.start() - 2):m.start()] != "\n\n" or out and m.start() < out[-1][1]:
            continue  # only a paragraph's first line
        end = text.find("\n\n", m.start())
        out.append((m.start(), len(text) if end < 0 else end))
    return out


def _unnamed_member(text: str, s: int, e: int) -> bool:
    """"A board member asked whether…", "Un membre du bureau demande…", "Alguien piensa que…": an unnamed member
    as the subject of a speech verb right after it (a few words at most between)."""
    m = UNNAMED_MEMBER.match(text[s:min(e, s + 120)])  # (a slice: "^" holds at the string's start only)
    if m is None:
        return False
    v = SPEECH_VERB.search(text, s + m.end(), min(e, s + m.end() + 40))
    return v is not None and len(text[s + m.end():v.start()].split()) <= 2


def _attested_by(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """The signer of a first-person attestation that ends the minutes: the name on the signature line right under the
    sentence's paragraph ("/s/ Jane Roe"), a known person or a first and last name."""
    para_end = text.find("\n\n", e)
    if para_end < 0 or text[e:para_end].strip():
        return None  # the attestation is its paragraph's last sentence
    nxt = text.find("\n", para_end + 2)
    line = text[para_end + 2:len(text) if nxt < 0 else nxt]
    m = SIGNED_NAME.match(line) if len(line) <= 80 else None
    if m is None:
        return None
    name = trim_name(m.group("name").strip())
    live = [p for p in participants if p.session_role != "absent"]
    p = resolve(name, live)
    if p is None and 2 <= len(name.split()) <= 4 and all(w[:1].isupper() or w.lower() in PARTICLES for w in name.split()) \
            and role_of(name) is None:
        p = Participant(name=name, in_roster=False)
        participants.append(p)
    return p


def _session_opener(text: str, s: int, e: int, participants: list[Participant], names: TextNames | None) -> str | None:
    """The name of the person a session-opening sentence names first ("Siendo las 9.10 horas, toma la palabra el Señor
    Secretario Pablo Bastide, … se da inicio a la Asamblea … los veedores … Sol Amesqueta"): a name of two words or more."""
    found = sorted((m.start, m.participant.name if m.participant else m.name) for m in find_mentions(text, s, e, participants, names))
    full = [n for _, n in found if len(name_tokens(n)) >= 2 and role_of(n) is None]
    if not full:
        return None
    words = full[0].split()
    while len(words) > 2 and (fold(words[0]) in OFFICE_TITLES or re.fullmatch(OFFICER_TITLES, words[0], re.I)):
        words.pop(0)  # "Tesorero Julián Ortega Vidal": the title the name pattern took along
    return " ".join(words)


def _filer(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """Who filed the document a sentence recites ("Visto recurso de reposición presentado por D. JOSE MARIA GONZALEZ
    TORRALBA, en nombre de …"): a listed person, or a new one with a name of two words or more."""
    m = FILED_BY.search(text, s, min(e, s + 600))
    if m is None:
        return None
    name = trim_name(re.sub(r"\s+", " ", m.group("name")).strip())
    if len(name.split()) < 2 and resolve(name, participants) is None:
        return None
    return named_person(name, participants)


def _item_presenter(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """The listed person an agenda item's heading names in parentheses at its end ("Travaux piscine (Mme ETORÉ)"): a
    paragraph of its own, short, no sentence inside it."""
    seg = text[s:e]
    if (s and text[s - 2:s] != "\n\n") or text[e:e + 2] not in ("", "\n", "\n\n") or not seg.rstrip().endswith(")") \
            or len(seg.split()) > ITEM_PRESENTER_WORDS or re.search(r"[.!?]\s+[A-ZÀ-Ý]", seg[:seg.rfind("(")]):
        return None
    m = ITEM_PRESENTER.search(seg)
    if m is None or not seg[:m.start()].strip():
        return None
    return resolve(m.group("name"), [p for p in participants if p.session_role != "absent"], honorific_gender(m.group("hon")))


def _bullet_item_presenter(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """The one listed person a bulleted agenda item names by first name in parentheses at its end, in minutes typed
    as one bulleted list ("* Member surveys (Michelle)", "* SIGGRAPH Updates (Emily)"): the bullets under it are that
    person's report, up to the next turn or item. A title, no sentence inside it."""
    m = BULLET_ITEM_PRESENTER.fullmatch(text, s, e)
    if m is None or re.search(r"[.!?]\s", m.group("title")):
        return None
    name = " ".join(m.group("name").split())
    found = resolve(name, [p for p in participants if p.session_role != "absent"])
    if found is None and len(name.split()) == 2 and resolve(name, participants) is None:
        # "- Architecture WG (Ram Jagadeesan)": a full name leads the item even where no list gives it
        found = Participant(name=name, in_roster=False)
        participants.append(found)
    return found


def _prose_order(text: str, people: list[Participant], sentences: list[Sentence]) -> None:
    """A list that writes "Pandolfi Daniel", "Santa María Gabriel" (surname first) names people the text writes
    "Daniel Pandolfi", "Gabriel Santa Maria" where they speak: the form the text uses in its sentences is the name
    shown (the list's form stays a label the person goes by)."""
    for p in people:
        words = p.name.split()
        if len(words) < 2:
            continue
        flipped = " ".join(words[-1:] + words[:-1])  # the first name last in the list, first in prose
        m = re.search(r"(?<![\w’'])" + r"\s+".join(re.escape(w) for w in flipped.split()) + r"(?![\w’'])", text, re.I)
        if m is None:
            m = re.search(r"(?<![\w’'])" + r"\s+".join(_loose(w) for w in flipped.split()) + r"(?![\w’'])", text, re.I)
        if m is None:
            continue
        old, new = p.name, " ".join(m.group(0).split())
        p.name = new
        if old not in p.labels:
            p.labels.append(old)
        for st in sentences:
            if st.speaker == old:
                st.speaker = new


def _loose(word: str) -> str:
    """A word's pattern with its accents optional ("María" also matches "Maria")."""
    return "".join(f"[{c}{fold(c)}]" if fold(c) != c.lower() else re.escape(c) for c in word)


def _author_line(text: str, u: Line) -> bool:
    """A line where the note-taker speaks in the first person ("Je l’espère.", "À titre personnel, j’adore", "Me
    encargué de…"), parenthesised asides left out."""
    line = re.sub(r"\([^()]*\)", "", text[u.start:u.end])
    # (Spanish drops the subject: "Me encargué de…", "Mi papel…", "Publiqué el primer tweet…" are the writer's too)
    return NOTE_TAKER.search(line) is not None or NOTE_TAKER_VIEW.search(line) is not None \
        or NOTE_TAKER_DROPPED.search(line) is not None or _first_person_preterite(text, line)
def quotations(text: str, units: list[Line], people: dict[int, Participant]) -> list[tuple[int, int]]:
    """Spans of quoted speech (“…”, «…»), in order: a quotation runs to its closing mark, or, left open (minutes often
    never close « before a table), to the next heading, label or narration line. Lists and table rows inside one are
    the speaker's, not headings that end the turn."""
    spans: list[tuple[int, int]] = []
    opened, closer = -1, ""
    for k, u in enumerate(units):
        if u.kind != LineKind.TEXT or k in people:
            if opened >= 0:
                spans.append((opened, u.start))
                opened = -1
            continue
        for m in QUOTE_MARK.finditer(text, u.start, u.end):
            mark = m.group(0)
            if mark in QUOTE_PAIRS and opened < 0:
                opened, closer = m.start(), QUOTE_PAIRS[mark]
            elif mark == closer and opened >= 0:  # «Pilar 1» inside a “…” speech does not close it
                spans.append((opened, m.end()))
                opened = -1
    if opened >= 0:
        spans.append((opened, len(text)))
    return spans


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1  # the last span that opens at or before `at`
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _announced(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """Who a master of ceremonies announces ("Ruth Bravo, Secretaria Ejecutiva, procederá a tomar juramento"):
    the person named before the announcing verb, a known one or a first and last name (a new participant, with the
    title set beside the name as role)."""
    verb = ANNOUNCED.search(text, s, e)
    if verb is None:
        return None
    clause_start = max(s, text.rfind(";", s, verb.start()) + 1)
    for m in find_mentions(text, clause_start, verb.start(), participants):
        if m.participant is not None:
            return m.participant
    for m in ANNOUNCED_NAME.finditer(text, clause_start, verb.start()):
        words = m.group("name").split()
        if len(words) < 2 or fold(words[0]) in OFFICE_TITLES or fold(words[0]) in ORG_FOLDED or role_in("el " + words[0]):
            continue
        name = trim_name(m.group("name"))
        p = resolve(name, [q for q in participants if q.session_role != "absent"])
        if p is None:
            title = (m.group("title") or "").strip(" ,") or None
            p = Participant(name=name, role=title, in_roster=False)
            participants.append(p)
        return p
    return None


def _paragraph_end(text: str, s: int, span: int) -> int:
    """Where the paragraph holding `s` ends, looking `span` characters ahead at most (linear on long paragraphs)."""
    end = text.find("\n\n", s, s + span)
    return min(len(text), s + span) if end < 0 else end


def _turn_before(text: str, s: int) -> str:
    """The words of the paragraph holding `s` before it, LISTEN_TURN_CHARS at most (linear on long paragraphs)."""
    lo = max(0, s - LISTEN_TURN_CHARS)
    at = text.rfind("\n\n", lo, s)
    return text[lo if at < 0 else at + 2:s]


def _paragraph_start(text: str, s: int) -> bool:
    return s == 0 or text[max(0, s - 2):s] == "\n\n"


def _after_label_paragraph(text: str, starts: list[int], units: list[Line], people: dict[int, Participant],
                           s: int) -> bool:
    """Whether the paragraph right before the one starting at `s` opens with a speaker label that holds: a turn of one
    paragraph, as notes write each person's point (a speech over several paragraphs goes on past a lead-in)."""
    before = text.rfind("\n\n", 0, max(0, s - 2))
    k = bisect.bisect_right(starts, before + 2 if before >= 0 else 0) - 1
    return k in people and units[k].kind == LineKind.LABEL and units[k].start == (before + 2 if before >= 0 else 0)


def _introducer(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """A short paragraph of narration, one sentence, that opens with a known person or the holder of a role ("Presidente
    del Consejo Regional abre la sesión desde testera."): that person, whose quoted words may follow."""
    if not _paragraph_start(text, s) or text[e:e + 2] not in ("\n\n", "") and e < len(text) or len(text[s:e].split()) > 20:
        return None
    mentions = find_mentions(text, s, e, participants)
    first = mentions[0] if mentions else None
    if first is not None and first.participant is not None and re.fullmatch(rf"(?:(?i:{DEFINITE_ARTICLE}))?\s*", text[s:first.start]):
        return first.participant
    title = LEADING_TITLE.match(text, s, e)  # a stage direction's title without article: "Presidente del Consejo …"
    if title is None or role_in("el " + title.group(0)) is None:
        return None
    return role_participant("el " + title.group(0), [p for p in participants if role_of(p.name) is None])


def _quote_introducer(text: str, s: int, e: int, participants: list[Participant], names: TextNames | None) -> Participant | None:
    """A paragraph of one sentence ending with a colon that names someone in full right before a speech verb
    ("dont mon collègue Martin Cadoux nous explique le concept dans son article :", "as Jane Roe explains in her
    post:"): that person, whose quoted paragraph may follow. (The sentence itself is the writer's: it only introduces.)"""
    if not _paragraph_start(text, s) or text[e:e + 2] not in ("\n\n", "") and e < len(text) \
            or INTRO_COLON_END.search(text, s, e) is None:
        return None
    for m in find_mentions(text, s, e, participants, names):
        if m.kind == "role" or len(name_tokens(m.name)) < 2:
            continue
        gap = QUOTE_INTRO_GAP.match(text, m.end, e)
        if gap is not None and SPEECH_VERB.match(text, gap.end(), e):
            return m.participant or named_person(m.name, participants)
    return None


def _presiding(participants: list[Participant]) -> Participant | None:
    """The one person who presides the session: the mayor or the chair the text names (None if none or several)."""
    for role in (Role.MAYOR, Role.CHAIR):
        away = {fold(p.name) for p in participants if p.session_role == "absent"}  # "Apologies: <the Chair>"
        cands = [p for p in participants if holds_role(p, role) and p.session_role != "absent" and role_of(p.name) is None
                 and fold(p.name) not in away]
        if len(cands) == 1:
            return cands[0]
    return None


def _report_owner(who: str, participants: list[Participant], text: str = "") -> Participant | None:
    """Whose report a heading announces: a listed name, the holder of a listed title ("Executive Director"), the
    holder of a role ("du maire"), or the member the text names under that title ("General Manager's Report" where
    it writes "General Manager Washington")."""
    live = [p for p in participants if p.session_role != "absent"]
    who = who.strip()
    found = (resolve(who, live) or next((p for p in live if p.role and fold(p.role) == fold(who)), None)
             or role_participant(who, [p for p in live if role_of(p.name) is None]) or title_holder_named(who, text, live))
    if found is None and re.match(rf"(?:{HONORIFIC_RE})\s+[{UPPER}]", who) and (lab := parse_label(who)) is not None \
            and lab.role is None and resolve(lab.core, participants) is None:
        found = Participant(name=lab.name, gender=lab.gender, in_roster=False)  # "Rapport par M. Grillon", no list:
        participants.append(found)  # the rapporteur the heading names
    return found


_ASKER = re.compile(rf"^({NAME_RE}),\s+\S")


def _tweets(text: str, participants: list[Participant]) -> list[tuple[int, int, int, Participant]]:
    """Embedded tweets a blog post kept as text: the tweet's words (the paragraph the signature closes, or the
    paragraph right before a signature of its own), where its signature starts and ends ("— Juan Lopez (@JuanLopezVi)
    9 de noviembre de 2016"), and its author, a known participant or a new one."""
    out: list[tuple[int, int, int, Participant]] = []
    for m in TWEET_SIGNATURE.finditer(text):
        sig = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        para = text.rfind("\n\n", 0, sig)
        para = 0 if para < 0 else para + 2
        if not text[para:sig].strip():  # the signature on a paragraph of its own: the tweet is the paragraph before
            if para < 2:
                continue
            para = text.rfind("\n\n", 0, para - 2)
            para = 0 if para < 0 else para + 2
        who = m.group("who").strip()
        p = resolve(who, participants)
        if p is None:
            p = Participant(name=trim_name(who) or who, in_roster=False)
            participants.append(p)
        out.append((para, sig, m.end(), p))
    return out


def _asker(para: str, participants: list[Participant]) -> Participant | None:
    """A discussion paragraph of talk notes that opens with a full name and a comma ("Elena Pierazzo, lorsque vous
    évoquez …"): the note-taker wrote who asked. A known participant, or a new one for two or more names."""
    m = _ASKER.match(para)
    if m is None or len(m.group(1).split()) < 2 or role_of(m.group(1)) is not None:
        return None
    p = resolve(m.group(1), participants)
    if p is None:
        p = Participant(name=trim_name(m.group(1)), in_roster=False)
        participants.append(p)
    return p


def _narrated_switch(text: str, s: int, e: int, participants: list[Participant], current: Participant,
                     recent: list[Participant], handles: frozenset[str] | None = None,
                     handle_lower: frozenset[str] | None = None, minutes: bool = False) -> Participant | None:
    """Inside a labelled turn, a paragraph that opens with someone else taking the floor in the third person
    ("Un participant demande…", "Monsieur X répond…") ends the turn; anything else continues it. In scribe notes
    labelled by handles (`handles`), a sentence that opens with its subject and speech verb ("Spencer says that what
    you have…") does so inside a paragraph too, whatever person its reported clause holds; so, in `minutes` (a
    record with its attendance list or title), does one that opens with a known person's name and their speech
    verb ("… convenir à RC. MC Rollin rappelle que l'outil…": the minute-taker's lines run into one paragraph)."""
    reported_turn = handles is not None and opens_reported_turn(text[s:e], handles) \
        or minutes and _known_subject(text, s, e, participants, current)
    if not reported_turn and (s and text[s - 1] != "\n" or FIRST_SECOND_PERSON.search(text, s, min(e, s + 80))):
        return None
    if ANNOUNCED.search(text, s, e):  # "Mme X va prendre la parole.": the one who holds the floor announces X
        return None
    if ADDRESS_OPENING.match(text[s:e]):  # "Mr Speaker, the ANC believes…": the speaker addresses the chair
        return None
    speaker, cue, _, _ = _reported(text, s, e, list(participants), current, list(recent), probe=True,
                                   minutes=handles is not None, handles=handles, handle_lower=handle_lower)
    if speaker is None or speaker is current or cue not in (Cue.SPEECH_VERB, Cue.ROLE_WORD, Cue.PASSIVE):
        return None
    if s and text[s - 1] != "\n" and not any(q is speaker for q in participants):
        return None  # inside a line, only someone the notes know takes the floor ("… e.g. Seimens said they use it")
    return speaker


def _under_label_line(out: list[Sentence]) -> bool:
    """The sentence being read comes right under a label line without words ("M. Maxime Minot (LR)")."""
    return bool(out) and out[-1].cue is Cue.LABEL and out[-1].speaker is None


def _known_subject(text: str, s: int, e: int, participants: list[Participant], current: Participant) -> bool:
    """Whether the sentence opens with the name of a known person other than the one speaking, or the office of one
    ("M. le Président signale que…"), their speech verb right after it ("MC Rollin rappelle que…", "Mme Bliard
    explique…")."""
    first = next(iter(find_mentions(text, s, e, participants)), None)
    if first is None or first.start != s or first.participant is None or first.participant is current \
            or first.kind not in ("honorific", "bare", "role"):
        return False
    after = text[first.end:e]
    return SPEECH_VERB.match(after.lstrip()) is not None


def _note_takers(text: str, s: int, e: int, owner: Participant, presented: bool = False,
                 verdict_before: bool = False) -> bool:
    """In a talk's section of a conference report, the note-taker's own sentence: a first-person subject outside
    parentheses ("We went to the booth", "J'ai trouvé…"), the note-taker as object or giving a view ("not clear to
    me", "à mon avis"), a verdict on the talk ("Nice talk, …"), or the line that introduces the speaker ("Le deuxième
    talk a été donné par X", "a talk by X"). In a talk a presenter field opened (`presented`), whose notes are the
    presenter's points, "we"/"nous"/"nosotros" is the presenter's side ("We are federated together!"): only the
    singular first person is the note-taker's. `verdict_before`: the sentence before, in the same paragraph, is the
    note-taker's verdict on the talk (`_talk_verdict`), which a sentence opening on a pronoun and saying nothing goes
    on with ("C'est drôle et plus efficace qu'un long discours", "D'ailleurs, il le maîtrise peut-être trop")."""
    seg = re.sub(r"\([^()]*\)", "", text[s:e])
    if verdict_before and VERDICT_GOES_ON.match(seg) and SPEECH_VERB.search(seg) is None:
        return True
    first = any(not (presented and PLURAL_FIRST_PERSON.fullmatch(m.group())) for m in NOTE_TAKER.finditer(seg))
    summed = SUMMING_UP_LEAD.match(seg)  # "Au final, une présentation intéressante…": the verdict after its lead
    told = seg[summed.end():] if summed else seg
    if first or NOTE_TAKER_VIEW.search(seg) or TALK_VERDICT.match(told) or TALK_VERDICT_AFTER.match(told):
        return True
    if NOTE_TAKER_CLAUSE.search(seg):
        return True  # "Cela me rappelle…", "bien au-delà de ce que je pensais", "parce que j'avais…"
    if NOTE_TAKER_DROPPED.search(seg) or READER_ADDRESS.search(seg):
        return True  # "Me gustó muchísimo…", "de mi antiguo post", "Si no la conocéis podéis…"
    if NOTE_TAKER_STANCE.match(seg) or WRITER_VERDICT.match(seg) or TEAM_ON_PLANS.match(seg) \
            or _first_person_preterite(text, seg):
        return True  # "À vrai dire, il était assez compliqué de suivre", "Conocí la herramienta…"
    if ONLINE_POINTER.search(seg) or _talk_subject(told):
        return True  # "Un article … est en ligne sur le site de X", "La présentation a duré 4h"
    if _thanks_to(seg, owner):
        return True  # "Merci Romain pour ce partage", "Un grand merci à Gaël qui…": the writer thanks the speaker
    if presents_speaker(text, s, e, owner):
        return True  # "Roman est consultant indépendant", "À noter que Roman a écrit un livre": the writer presents them
    by = TALK_GIVEN_BY.search(seg)
    if by is not None and MOTION_MOVED_BY.match(seg):
        return False  # "A motion was presented by X to accept…": the mover's proposal, not a talk's byline
    return by is not None and resolve(by.group(1), [owner]) is owner


def _talk_verdict(seg: str) -> bool:
    """The note-taker's verdict on the talk: "Keynote passionnante…", "La présentation de X est très vivante", "Au
    final, une présentation intéressante", "Rien de vraiment nouveau mais…"."""
    summed = SUMMING_UP_LEAD.match(seg)
    told = seg[summed.end():] if summed else seg
    return bool(TALK_VERDICT.match(told) or TALK_VERDICT_AFTER.match(told) or WRITER_VERDICT.match(seg)) \
        or _talk_subject(told)


def _thanks_to(seg: str, speaker: Participant | None) -> bool:
    """A sentence of a report opening with thanks to the speaker whose talk it tells, by name ("Merci Romain pour ce
    partage", "Big thanks to Jane for…", "Muchas gracias a Nuria por…"): the writer's, as no one thanks themselves."""
    thanks = THANKS_TO.match(seg) if speaker is not None else None
    return thanks is not None and resolve(thanks.group("who"), [speaker]) is speaker


def _first_person_preterite(text: str, seg: str) -> bool:
    """A sentence opening on a Spanish verb in the first person singular of the preterite ("Conocí la herramienta…",
    "Tuve que…"): the note-taker's, unless the word is a name ("José nos explicó…": a speech verb follows, or the text
    writes the word with its capital after a lower-case word elsewhere, "con José Carlos")."""
    m = NOTE_TAKER_PRETERITE.match(seg)
    if m is None or fold(m.group("verb")) in {fold(w) for w in NOT_PRETERITE} or SPEECH_VERB.search(seg):
        return False
    word = m.group("verb")
    return not word[:1].isupper() or re.search(rf"[a-zà-ÿ,]\s+{re.escape(word)}(?![\w’'])", text) is None


def _talk_subject(seg: str) -> bool:
    """The talk itself is the sentence's subject and the main clause has no speech verb ("La présentation a duré
    4h", "Cette série de sessions s'appuie sur la méthode que X a exposée"): the note-taker tells about the talk.
    ("La keynote de X nous a présenté…" reports the talk's words.)"""
    m = TALK_SUBJECT.match(seg)
    if m is None:
        return False
    rel = RELATIVE_CUT.search(seg, m.end())
    end = rel.start() if rel else len(seg)
    return SPEECH_VERB.search(seg, m.end(), end) is None and TALK_CONTENT_VERB.search(seg, m.end(), end) is None


def _talk_intro(text: str, s: int, e: int, participants: list[Participant]) -> tuple[Participant | None, bool]:
    """The speaker a talk's first sentence introduces, and whether it only introduces them: "Jean Dupont (Société X)
    nous présente…" (False), "A talk by Jane Roe on budgets." (True); (None, False) when it names no speaker."""
    m = TALK_INTRO.match(text, s, e)
    by = TALK_INTRO_BY.search(text, s, e) if m is None or not SPEECH_VERB.match(text, m.end(), e) else None
    who = by.group("who") if by else m.group("who") if m else None
    if by is not None and MOTION_MOVED_BY.match(text[s:e]):
        return None, False  # "A motion was presented by X to…": the mover's proposal, read by the reported-speech rules
    if who is None or by is None and not SPEECH_VERB.match(text, m.end(), e) or role_of(who) is not None \
            or who.split()[0].lower() in HONORIFICS:
        return None, False  # "Madame Claire Martin souligne…": an honorific mention, read by the reported-speech rules
    who = who[title_lead(who):]  # "El Arq. Rafael Pérez comenzó…": the article and the title are no part of the name
    p = resolve(who, participants)
    title, _, rest = who.partition(" ")
    if p is None and fold(title).strip(".") in OFFICE_TITLES and rest and resolve(rest, participants) is not None:
        return None, False  # "Councilor Callahan requested…" under a heading: a listed member by title and surname, read
        # by the reported-speech rules (taken whole, the title made one more person, whom the next members matched)
    if p is None:
        p = Participant(name=trim_name(who), in_roster=False)
        participants.append(p)
    return p, by is not None


def _caption(text: str, u: Line | None, s: int, e: int) -> bool:
    """In a report without labels, a paragraph of one line that starts with a capital and ends without punctuation
    ("Petr's slides showing the annotations in use", "Trying to move all functions from private to public"): a
    caption or a heading longer than `HEADING` allows, nobody's words. The turn goes on after it, as after a heading."""
    if u is None or (s, e) != (u.start, u.end) or not u.own_paragraph or not text[s:s + 1].isupper():
        return False
    seg = text[s:e]
    during = CAPTION_DURING.search(seg)
    if during is not None and len(seg.split()) <= LINE_HEADING_WORDS and "," in seg[:during.start()] \
            and not SPEECH_VERB.search(seg, 0, during.start()):
        return True  # "Sergi Cameron, director de Entretenimiento en PlayGround, durante su charla.": a photo's caption
    return len(seg.split()) <= LINE_HEADING_WORDS and not re.search(r"[.!?…;:,»\"”)\]]\s*$", seg) \
        and QUOTE_MARK.search(seg) is None


def _reported_only(result: Attribution) -> bool:
    return result.labels == 0 and result.sections == 0 and result.attendance == 0


def _reported(text: str, s: int, e: int, participants: list[Participant], current: Participant | None,
              recent: list[Participant], probe: bool = False, line_starts: frozenset[int] = frozenset(),
              names: TextNames | None = None, minutes: bool = False, lower: frozenset[str] | None = None,
              recalls: bool = False, unlisted_lower: frozenset[str] | None = None, speaking: frozenset[str] = frozenset(),
              handles: frozenset[str] | None = None, handle_lower: frozenset[str] | None = None
              ) -> tuple[Participant | None, Cue, Participant | None, Participant | None]:
    """(speaker, cue, new current speaker, handed-over speaker) for one sentence of reported speech. `minutes`: the
    text is a meeting's record (an attendance list or a minutes title), where the group's impersonal talk and a named
    person's actions are the record's, not the last speaker's. `recalls`: the record tells its turns in the present,
    so a question in the perfect ("M. X a demandé si…") inside someone else's turn recalls an earlier question.
    `unlisted_lower`: minutes with no list of those present, where a first name opening a sentence with its verb is a member (the
    words the text writes in lower case are not names); `speaking`: the names (folded) such minutes put before a
    speech verb somewhere, the only ones whose other sentences are their doings. `handles`: scribe notes labelled by
    first names and handles (`scribe_subjects`), where a handle or an unlisted first name opening a sentence with its
    verb is a participant (the words of `handle_lower` are no names)."""
    seg = text[s:e]
    vote = VOTE.search(seg)
    if PROXY.search(seg) or _group_subject(seg, not _paragraph_start(text, s)) and not seg.rstrip().endswith("?"):
        return None, Cue.NARRATION, None, None
    if LEAVE_REQUEST.match(seg):  # "M. X demande un congé de vingt jours.": the record's notice; whoever read it goes on
        return None, Cue.NARRATION, current, None
    if minutes and _paragraph_start(text, s) and BODY_SUBJECT.match(seg):  # "Le CQ regrette…", "Des riverains demandent…"
        return None, Cue.NARRATION, None, None
    mentions = find_mentions(text, s, e, participants, names)
    if vote is not None and not _speaks_before(text, s, s + vote.start(), mentions, line_starts) \
            and not (current is not None and _trailing_vote(seg, vote.start(), vote.end())) \
            and not (current is not None and RECOUNTED_RESOLUTION.search(seg)):  # (another meeting's vote, recounted)
        return None, Cue.NARRATION, None, None
    if NO_REMARKS.match(seg) or MOTION_SECONDED.match(seg):
        return None, Cue.NARRATION, current, None  # "Pas d'observations, ni de questions": nobody spoke; the record
        # ("The motion was seconded by Y": the vote's record, the turn of whoever spoke goes on after it)
    moves = MOVEMENT.search(seg)
    if moves is not None and not _speaks_before(text, s, s + moves.start(), mentions, line_starts):
        return None, Cue.NARRATION, current, None  # "Madame X se retire de la salle": X leaves; the turn is not X's
    if ROOM_REACTION.match(seg):
        return None, Cue.NARRATION, None, None  # "There was enthusiastic agreement from the room …": nobody's words
    if TURNS_LISTED.match(seg):
        return None, Cue.NARRATION, None, None  # "En turno de fijación de posiciones intervienen la señora X, …; señores Y…"
    others = OTHERS_SUBJECT.match(seg)
    if others is not None and (SPEECH_VERB.match(seg, others.end()) or OTHERS_VERB.match(seg, others.end())):
        return None, Cue.NARRATION, None, None  # "Others noted that …": unnamed people, not the last speaker
    if minutes and _action_note(text, s, mentions):
        return None, Cue.NARRATION, None, None  # "PW to circulate the report…": a task the minutes assign
    if minutes and _paragraph_start(text, s) and (said := affiliated_speaker(seg, participants)) is not None:
        p = resolve(said[0], participants) or named_person(said[0], participants)  # "- Jane Roe, City of X, expressed…"
        recent.append(p)
        del recent[:-6]
        return p, Cue.SPEECH_VERB, p, None
    joined = _joined(text, s, e, mentions, line_starts)
    joint = False
    first: Participant | None = None
    first_verb = -1  # where the first speaker's verb is
    cue = Cue.CONTINUATION
    handed: Participant | None = None
    speakers_met: list[tuple[int, Participant]] = []
    handed_speaks = False  # "cede la palabra al Sr. X, quien manifiesta …": the sentence is X's
    report = names is not None and not minutes  # an event report: no labels, no lists, no minutes title
    if report and _thanks_to(seg, current):
        return None, Cue.NARRATION, current, None  # "Muchas gracias a Paloma por…" in Paloma's turn: the writer's thanks
    if _paragraph_start(text, s) and (introduced := introduced_speaker(text, s, e, participants)) is not None \
            or s in line_starts and (introduced := byline_presenter(seg, participants)) is not None:
        recent.append(introduced)  # "Presentación del asesor Arq. X, fundador de…": X's talk follows, point by point
        return None, Cue.NARRATION, introduced, None  # ("Par M. Larrouy, cf. présentation (page 5)" under an item)
    if names is not None and current is not None and _paragraph_start(text, s) \
            and (shown := presented_person(text, s, mentions, participants, current)) is not None:
        recent.append(shown)  # "X est le fondateur du réseau…": the writer presents X, whose talk the paragraph goes on with
        return None, Cue.NARRATION, shown, None
    for m in mentions:
        if report and REPORT_TURN.search(text[max(s, m.start - 80):m.start]):
            turn = _report_turn(text, s, m, participants)
            if turn is not None:  # "ha sido el turno de X": X holds the next sentences
                recent.append(turn[2])
                return turn
        if HANDOFF.search(text[max(s, m.start - 80):m.start]):  # "donne la parole à Madame X": X speaks next
            handed = m.participant or (_new_participant(m, "", participants) if m.kind == "honorific" else
                                       named_person(m.name, participants) if m.kind == "named" and len(name_tokens(m.name)) >= 2
                                       else None)
            rel = HANDED_RELATIVE.match(text, m.end)
            handed_speaks = handed is not None and rel is not None and SPEECH_VERB.match(text, rel.end()) is not None
            continue
        if RELAYED_BY.search(text[max(s, m.start - 30):m.start]):
            continue  # "Dattaz relayé par Chris/Hello avait émis l'idée": Chris/Hello passed it on
        if m.kind == "role" and SEAT_TAKEN.search(text[max(s, m.start - 30):m.start]):
            continue  # "The Speaker took the Chair and requested…": the seat, not who sits in it
        if m.kind == "role" and not text[s:m.start].strip() and (address := ADDRESS_OPENING.match(seg)) is not None \
                and not _apposed_title(seg[address.end():]):
            continue  # "M. le Président, c'est important de mentionner que…": a member addressing the chair (not
            # "Monsieur le Maire, rapporteur, rappelle…": the mayor, a title in apposition)
        verb_at = opener_verb(text, m, s, e, mentions, line_starts, nobody_speaking=current is None)
        if verb_at is None:
            continue
        if m.kind == "nickname" and not NICK_VERB_GAP.fullmatch(text[m.end:verb_at]):
            continue  # "Juanlu nos informa…" speaks; "Mai" further from its verb is only named
        if recalls and current is not None and m.participant is not current and RECALLED_QUESTION.match(text, verb_at):
            continue  # "M. Regmi a demandé si…" in Reimann's answer: Reimann recalls the question, the turn stays his
        if id(m) in joined:  # "X and Y presented …": two people at once, neither one's words
            joint = True
            continue
        p = m.participant
        if p is None and m.kind in ("first", "nick"):  # "Matías ofrece…" with two Matías listed: the first name speaks
            p = Participant(name=m.name, in_roster=False, session_role=None)
            participants.append(p)
        if p is None and len(both := candidates(m.name, participants)) > 1:
            p = _met_lately(both, recent)  # "Monsieur Gaudin" after "donne la parole à monsieur Sylvain Gaudin"
            if p is None:
                continue  # "Madame Petit" with two Petits and no way to tell: not a new person
        if p is None and m.kind == "honorific":
            p = _new_participant(m, _apposition(text, m.end, verb_at), participants, text[max(s, m.start - 80):m.start])
        elif p is None and m.kind == "role":
            p = next((q for q in participants if fold(q.name) == fold(_role_name(m.name))), None)
            if p is None:
                p = Participant(name=_role_name(m.name), session_role=_role_kind(m.name), gender=m.gender, in_roster=False)
                participants.append(p)
        elif p is None and m.kind == "titled":  # "Director Bagley shared…": the member under that title
            p = titled_person(text[m.start:m.end], participants)
        elif p is None and m.kind == "office":  # "The Secretary of State said…": the office's holder, as the text names them
            p = named_person(m.name, participants)
        elif p is None and m.kind == "named":
            if len(m.name.split()) == 1 and not NAME_VERB_GAP.fullmatch(text[m.end:verb_at]):
                continue  # a one-word name speaks only with its verb right after it ("Shanni nous montre")
            p = named_person(m.name, participants)
        elif p is None:
            before = text[max(s, m.start - 60):m.start]
            p = _new_from_bare(m, participants, floor_taker(before, m.name), before)
        if p is None:
            continue
        if first is not None and verb_at == first_verb:
            continue  # "…, señor X, acerca del reparo del Senador señor Y, relató…": one verb, its subject named first
        if first is None:
            first, first_verb = p, verb_at
            prefix = text[max(s, m.start - 60):m.start]
            cue = (Cue.ROLE_WORD if m.kind == "role" else
                   Cue.PASSIVE if BY_AFTER_VERB.search(prefix) or PASSIVE_BY.search(prefix) else Cue.SPEECH_VERB)
        current = p
        speakers_met.append((m.start, p))
    if handed_speaks and handed is not None:
        first, cue, current = handed, Cue.HANDOVER, handed
        speakers_met.append((s, handed))
    if first is None:
        a = ANAPHORA.match(seg) if not IMPERSONAL_IL.match(seg) else None  # "Il est encouragé de…" stands for nobody
        if a and SPEECH_VERB.search(text, s + a.end(), min(e, s + a.end() + 80)):
            g = anaphora_gender(a.group(1))
            personal = fold(a.group(1)) in PERSONAL_PRONOUNS
            target = None
            # ("il répond" after "Un participant demande…" is the speaker answering, not the unnamed questioner)
            if personal and current is not None and current.gender in (None, g) and current.name != AUDIENCE_NAME:
                target = current
            else:
                target = next((p for p in reversed(recent) if p.gender in (None, g) and p.name != AUDIENCE_NAME), None)
            if target is not None:
                target = _adopt(target, participants)
                first, cue, current = target, Cue.ANAPHORA, target
    if first is None:
        target = _clause_anaphora(text, s, e, mentions, participants)
        if target is not None:  # "Retour de Jean Dupont pour une démonstration : il nous présente…"
            first, cue, current = target, Cue.ANAPHORA, target
    if first is None and minutes:
        writer = _quoted_writer(text, seg, participants)
        if writer is not None:  # 'Sam wrote, "It is concerning…"' where the lists do not give Sam
            first, cue, current = writer, Cue.SPEECH_VERB, writer
    if first is None and _group_subject(seg, not _paragraph_start(text, s)) and not seg.rstrip().endswith("?"):
        return None, Cue.NARRATION, None, handed
    if first is None and minutes and unlisted_lower is not None and (newcomer := arrived_speaker(text, s, e)) is not None:
        # "Finalmente ha llegado Carmen. Ha propuesto algunas cosas…": the newcomer speaks, the subject unsaid
        p = _unlisted_person(newcomer, participants)
        first, cue, current = p, Cue.SPEECH_VERB, p
        recent.append(p)
    if first is None and minutes and (lower is not None or unlisted_lower is not None):
        p = _unlisted_speaker(seg, mentions, participants, lower if lower is not None else unlisted_lower)
        if p is not None:  # "Laurent conseille…" where the list names "Lilzeon": someone the list does not give
            first, cue, current = p, Cue.SPEECH_VERB, p
            recent.append(p)
    if first is None and handles is not None:  # "ekr notes that…", "MartinD says…", "Spencer says that…" in scribe notes
        p = handle_subject(seg, handles, participants) or _unlisted_speaker(seg, mentions, participants, handle_lower)
        if p is not None:
            first, cue, current = p, Cue.SPEECH_VERB, p
            recent.append(p)
    if first is None and minutes and (p := bracketed_subject(seg, participants)) is not None:
        first, cue, current = p, Cue.SPEECH_VERB, p  # "On (e-jim) va tout de même aller voir…": the bracket says who
        recent.append(p)
    if first is None and current is not None and minutes and (_paragraph_start(text, s) or unlisted_lower is not None
                                                              and s in line_starts and COLLECTIVE_VOICE.match(seg)) \
            and (COLLECTIVE_VOICE.match(seg) or RECORD_PASSIVE.match(seg)):
        return None, Cue.NARRATION, None, handed  # a paragraph in the board's "nous"/"we" or its open question: the record's
    if first is None and current is not None and minutes and (_record_statement(seg) or _someone_acts(text, s, e, mentions, current)
                                                                or lower is not None and _unlisted_actor(seg, lower)):
        return None, Cue.NARRATION, None, handed  # "Se habló de…", "Mientras tanto, X carga los nombres": not the last speaker's
    if first is None and minutes and unlisted_lower is not None and (actor := _actor_name(seg, unlisted_lower)) \
            and fold(actor) in speaking and (current is None or fold(actor) not in {fold(w) for w in current.name.split()}):
        # minutes with no list of those present: "Frédéric travaille aux parcours." is Frédéric's doing, not the last
        # speaker's words (inside Frédéric's own point it goes on as his); a pronoun right after ("Il explique qu'…")
        # takes him up (`_adopt` lists him then)
        recent.append(next((q for q in participants if fold(q.name) == fold(actor)),
                           Participant(name=actor, in_roster=False, session_role=None)))
        del recent[:-6]
        return None, Cue.NARRATION, None, handed
    if first is None and names is not None and _gloss(text, s, e):
        return None, Cue.NARRATION, None, handed  # "Argument Clinic is a tool…" right after "… similar to Argument Clinic."
    if first is None and (joint or names is not None and WRITER_CLOSING.match(seg)):
        return None, Cue.NARRATION, None, handed  # two speakers at once; "Overall, …": the writer's closing judgement
    if first is None and not mentions and _anonymous_opener(text, s, e):
        first = current = _anonymous(participants)
        cue = Cue.SPEECH_VERB
    live = [p for p in participants if p.session_role != "absent"]
    met = list(speakers_met)
    for m in mentions:  # people met in this sentence, new ones and role holders included, for a later "celui-ci"
        q = m.participant or (resolve(m.name, live, m.gender) if m.kind != "role" else None)
        if q is None and m.kind == "named" and len(name_tokens(m.name)) >= 2:  # "… avec Jean Dupont." then "Il raconte…"
            q = Participant(name=m.name, in_roster=False, session_role=None)  # listed only if a pronoun makes them speak
        if q is not None:
            met.append((m.start, q))
    recent.extend(q for _, q in sorted(met, key=lambda x: x[0]))
    del recent[:-6]
    speaker = first or current
    return speaker, (cue if speaker else Cue.NONE), current, handed


def _derived_in_lower(word: str, lower: set[str]) -> bool:
    """A long word the text also writes in lower case with an ending added ("Environnement" and "l’enjeu
    environnemental"): a common noun, no one's name (names are not derived from; short words could be handles)."""
    w = fold(word)
    if len(w) < DERIVED_WORD_MIN:
        return False
    return any(len(x) > len(w) and fold(x).startswith(w[:-1]) for x in lower)


def _met_lately(namesakes: list[Participant], recent: list[Participant]) -> Participant | None:
    """Of the people a short name fits (two Gaudins listed), the one the last sentences met, if they met only one:
    "Monsieur Gaudin explique…" a few sentences after "Monsieur le Maire donne la parole à monsieur Sylvain Gaudin"."""
    met = {id(q) for q in recent}
    lately = [q for q in namesakes if id(q) in met]
    return lately[0] if len(lately) == 1 else None


def _group_subject(seg: str, inside: bool = False) -> bool:
    """A group is the sentence's subject (GROUP_SUBJECT), not the subject of a clause someone reports ("Chair X shared
    that on May 2, the Board had…": the group is in X's words; "General discussion considered that…" is the group's
    own verb). `inside`: the sentence is inside a paragraph, where a group's doing told in the pluperfect ("As a
    matter of fact, the Board office had done due diligence…") is the speaker's reported words, the tense shifted
    back, not the record's."""
    g = GROUP_SUBJECT.match(seg)
    return g is not None and not any((t := REPORTED_THAT.match(seg, v.end())) is not None and t.end() <= g.end()
                                     for v in SPEECH_VERB.finditer(seg, 0, g.end())) \
        and not (inside and GROUP_PLUPERFECT.match(seg, g.end()) is not None)


def _action_note(text: str, s: int, mentions: list[Mention]) -> bool:
    """A task the minutes assign, its subject the sentence's first person, in the infinitive or with "is to" ("PW to
    circulate the report…", "The Parish Clerk is to follow this up…", "X se charge de…"): no one's words."""
    first = next((m for m in mentions if m.participant is not None), None)
    return first is not None and subject_slot(text[max(s, first.start - WINDOW):first.start]) \
        and ACTION_AFTER_NAME.match(text, first.end) is not None


def _report_turn(text: str, s: int, m: Mention, participants: list[Participant]
                 ) -> tuple[Participant | None, Cue, Participant | None, Participant | None] | None:
    """An event report's turn phrase before a name ("A continuación, ha sido el turno de X.", "Next up was X."): the
    sentence only announces X (the writer's), unless a relative clause tells what X said ("ha intervenido X, quien ha
    destacado…"): then it is X's. Either way X is the current speaker, for the sentences up to the next turn or
    heading. None when the name is no person (a one-word name the text gives nowhere in full)."""
    p = m.participant
    if p is None and m.kind == "named" and len(name_tokens(m.name)) >= 2:
        p = named_person(m.name, participants)
    elif p is None and m.kind == "honorific":
        p = _new_participant(m, "", participants)
    if p is None:
        return None
    rel = HANDED_RELATIVE.match(text, m.end)
    if REPORT_TURN_SAYS.match(text, m.end) or rel is not None and SPEECH_VERB.match(text, rel.end()):
        return p, Cue.HANDOVER, p, None
    return None, Cue.NARRATION, p, None


def _unlisted_speaker(seg: str, mentions: list[Mention], participants: list[Participant],
                      lower: frozenset[str]) -> Participant | None:
    """In minutes, a one-word name or a slash nick that opens the sentence with its speech verb right after it ("Laurent
    conseille…", "N.B. : Sodan avait émis…", "Chris/Hello signale…"; an object pronoun or a first verb and a conjunction
    may come between, "Lorena nos ha hablado…", "Chema quiere y propone…"; or the verb first, "Comenta Agustín que…"):
    a person the lists do not give. Not a word the text also writes in lower case, an indefinite subject, a role, an
    honorific or an organisation."""
    bullet = UNLISTED_BULLET.match(seg)
    seg = seg[bullet.end():] if bullet is not None else seg  # "- Lorena nos ha hablado de…"
    side = UNLISTED_SIDE_SPEAKER.match(seg[:200])
    m = side if side is not None and SPEECH_VERB.match(seg, side.end()) else UNLISTED_SPEAKER.match(seg[:200])
    gap = UNLISTED_VERB_GAP.match(seg, m.end()) if m is not None else None
    lead = UNLISTED_COORDINATED.match(seg, m.end()) if m is not None else None
    if m is None or not (SPEECH_VERB.match(seg, m.end()) or gap.end() > m.end() and SPEECH_VERB.match(seg, gap.end())
                         or lead is not None and SPEECH_VERB.match(seg, lead.end())):
        # ("Iwanttobefreak nos habla…", "Chema quiere y propone…": a pronoun or a first verb between; "Dax from the
        # sales team pointed out…": the team the person speaks from)
        m = UNLISTED_INVERTED.match(seg[:200])  # "Comenta Agustín que…": the verb first
        if m is None or not SPEECH_VERB.fullmatch(m.group("verb").lower()) or fold(m.group("verb")) in SENTENCE_ADVERBS:
            return None
    if mentions and mentions[0].participant is not None and not m.groupdict().get("relay") \
            and fold(mentions[0].name) != fold(m.group("name")):
        return None  # a known person comes first
    name = m.group("name")
    word = name.split("/")[0]
    if "/" not in name and (word.lower() in lower or fold(word) in INDEFINITE_SUBJECTS or fold(word) in SENTENCE_ADVERBS
                            or fold(word) in ORG_FOLDED
                            or fold(word) in OFFICE_TITLES or word.lower() in HONORIFICS or role_of(word) is not None
                            or fold(word) in NOT_SPEAKERS or fold(word) in TECH_NAMES):
        return None  # ("Java provides…": a programming language, no one the lists forgot)
    return _unlisted_person(name, participants)


def _unlisted_person(name: str, participants: list[Participant]) -> Participant:
    """The participant a name the lists do not give stands for: the one met before under it, else a new one."""
    p = next((q for q in participants if fold(q.name) == fold(name)), None)
    if p is None:
        p = Participant(name=name, in_roster=False, session_role=None)
        participants.append(p)
    return p


def _speaking_names(text: str) -> frozenset[str]:
    """The given names (folded) that a text puts right before a speech verb somewhere ("Frédéric émet le souhait…"):
    in minutes with no list, the members; a capitalised word that never speaks ("Quant à…", "Sous l'impulsion…") is
    none, so a sentence it opens is not taken for a member's doing."""
    return frozenset(fold(m.group(1)) for m in GIVEN_NAME_BEFORE.finditer(text)
                     if SPEECH_VERB.match(text, m.end()) and fold(m.group(1)) not in SENTENCE_ADVERBS)


def _unlisted_actor(seg: str, lower: frozenset[str]) -> bool:
    """A sentence that opens with a name the lists do not give, no speech verb in it ("Florent a prévu de faire un
    dessin…", "Ahubert n'a toujours pas été relancé…"): someone's action, not the last speaker's words."""
    return _actor_name(seg, lower) is not None


def _actor_name(seg: str, lower: frozenset[str]) -> str | None:
    """The name opening such a sentence (`_unlisted_actor`), or None."""
    m = UNLISTED_SPEAKER.match(seg[:200])
    if m is None or m.group("relay") or SPEECH_VERB.search(seg, m.end()):
        return None
    word = m.group("name").split("/")[0]
    if "/" in m.group("name") or not (word.lower() in lower or fold(word) in INDEFINITE_SUBJECTS or fold(word) in SENTENCE_ADVERBS
                                     or fold(word) in ORG_FOLDED or fold(word) in OFFICE_TITLES
                                     or word.lower() in HONORIFICS or role_of(word) is not None
                                     or fold(word) in NOT_SPEAKERS):
        return m.group("name")
    return None


def _impersonal(seg: str) -> bool:
    """"Se habló de…", "Entonces se propone que…", "On discute de…", "It was suggested that…": the group's talk, in a
    sentence without the first person (in minutes, "Se decía que yo…" is the speaker's own words)."""
    return IMPERSONAL.match(seg[:200]) is not None and FIRST_PERSON_SPEECH.search(seg) is None


def _bracket_asides(text: str) -> list[tuple[int, int]]:
    """Spans of the note-taker's asides in square brackets that open a sentence and hold whole sentences
    (`BRACKET_ASIDE`), in order."""
    out = []
    for m in BRACKET_ASIDE.finditer(text):
        before = text[max(0, m.start() - 3):m.start()]
        if (m.start() == 0 or re.search(r"(?:[.!?…]\s*|\n\s*)$", before)) and len(m.group(0).split()) >= 8:
            out.append((m.start(), m.end()))
    return out


def _topic_line(text: str, s: int, e: int, participants: list[Participant], line_starts: frozenset[int],
                names: TextNames | None = None) -> bool:
    """A short sentence that is a line of its own, after a line that ended a sentence and before a blank line
    ("Sur le lien aux partis politiques.", "Quel rôle pour la tête de liste ?"), with no speech verb, no first person and
    nobody named nor quoted ('Ana «revisará el acta»'): a topic heading of reported minutes (`TOPIC_LINE`)."""
    seg = text[s:e]
    if s not in line_starts or not re.match(r"[ \t]*\n[ \t]*\n", text[e:e + 20]) or not text[e:].strip():
        return False  # (a heading has text after it: the last line of the text is none)
    if s > 1 and text[s - 2] != "\n" and not re.search(r"[.!?…:»”)]\s*$", text[max(0, s - 4):s - 1]):
        return False  # the line before was cut mid-sentence
    words = seg.split()
    if not 1 <= len(words) <= TOPIC_LINE_MAX_WORDS or not seg[:1].isupper() or seg.rstrip().endswith((":", ",", ";")):
        return False
    return SPEECH_VERB.search(seg) is None and FIRST_PERSON_SPEECH.search(seg) is None \
        and QUOTED_PREDICATE.match(seg) is None and not find_mentions(text, s, e, participants, names)


def _introduced(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """The listed person an item of a round of introductions opens with ("* Stu Hood has been at Twitter…", "- Ana
    Gil dirige…"), after its bullet; None when the item opens otherwise (the list has ended)."""
    lead = re.match(r"\s*(?:[*•▪◦–-]\s+)?", text[s:e]).end()
    first = next(iter(find_mentions(text, s, e, participants)), None)
    if first is None or first.start != s + lead or first.participant is None or first.kind == "role":
        return None
    return first.participant


def _quoted_writer(text: str, seg: str, participants: list[Participant]) -> Participant | None:
    """In minutes, the one-word name a quotation is credited to ('Sam wrote, "…"', '"…," wrote Sam.', 'Sam "will look
    into it"') when no mention
    made anyone speak: the participant of that name, else the one full name the text writes with that first name
    ("from Sam Halliday of the X project"), else a new person of that one name (not where no verb of saying credits
    the quotation: a known person only). Not a pronoun, article, role or organisation word."""
    m = QUOTED_BY_BEFORE.match(seg) or QUOTED_BY_AFTER.search(seg[-200:])
    verbless = m is None
    m = m or QUOTED_PREDICATE.match(seg)
    if m is None:
        return None
    name = m.group("name")
    key = fold(name)
    if key in PERSONAL_PRONOUNS or key in INDEFINITE_SUBJECTS or key in ARTICLES or key in NOT_SPEAKERS \
            or key in ORG_FOLDED or role_of(name) is not None or name.lower() in HONORIFICS:
        return None
    live = [p for p in participants if p.session_role != "absent"]
    p = resolve(name, live)
    if p is not None:
        return p
    if any(key in name_tokens(q.name) for q in participants):
        return None  # an absent or second person of that name: not a guess
    full = full_name_written(text, name, unique=True)
    if verbless and full is None:
        return None  # with no verb of saying, only a name the text gives a person ("Sobre «…»" is a topic)
    return named_person(full or name, participants)


def _record_statement(seg: str) -> bool:
    """In labelled minutes, a paragraph after someone's turn that is the record's, not theirs: the group's talk or
    consensus ("There was general agreement that…", "Se habló de…", "It was noted…"), the room reacting, the whole
    group as a label ("All: General agreement"), the minutes' note on their sources ("Extracted from …"), the room's
    outcome ("Consensus to…", "Hum for…", "Lunch break starts": `GROUP_OUTCOME`)."""
    return _impersonal(seg) or ROOM_REACTION.match(seg) is not None or RECORD_STATEMENT.match(seg) is not None \
        or GROUP_OUTCOME.match(seg) is not None


def _someone_acts(text: str, s: int, e: int, mentions: list[Mention], current: Participant | None = None) -> bool:
    """A sentence whose subject is a named participant doing something that is not speech ("Mientras tanto, X carga
    los nombres…", "X a créé une page…", "John ganó una remera"): the record of an action, not the last speaker's words.
    The name opens the sentence (or its clause after a comma or colon) and no speech verb follows it."""
    first = mentions[0] if mentions else None
    if first is None or first.participant is None and first.kind != "nick" or first.kind == "role" \
            or first.participant is not None and role_of(first.participant.name) is not None or fold(first.name) in ARTICLES:
        return False  # ("The" read as the participant "The chair" is no name)
    if current is not None and first.participant is current:
        return False  # "M. X ne peut citer aucun chiffre…" inside X's own turn: the record goes on with X's answer
    if not SUBJECT_SLOT.search(text[max(s, first.start - 60):first.start]) or QUOTE_MARK.search(text, s, first.start):
        return False
    if re.match(r"\s*(?:\([^()]{0,60}\)\s*)?:", text[first.end:min(e, first.end + 70)]):
        return False  # "* Ann Lee (TSC): …": a label, her words
    verb = SPEECH_VERB.search(text, first.end, e)
    # ("General Counsel X was asked to explain…": X is asked, the record tells it, X has not spoken yet)
    return verb is None or first.kind == "titled" and PASSIVE_AFTER_NAME.fullmatch(text, first.end, verb.start()) is not None


def _gloss(text: str, s: int, e: int) -> bool:
    """A report's sentence that defines a term named just before in its paragraph ("… a tool similar to Argument
    Clinic. Argument Clinic is a tool maintained by …"), or goes on about the term its previous sentence defined
    ("The Limited C API is a subset of … The Limited C API can be opted-in …"): the writer explaining, not the
    speaker."""
    seg = text[s:e]
    para = text.rfind("\n", 0, s) + 1
    before = text[max(para, s - DEFINITION_LOOKBACK):s]
    m = DEFINITION.match(seg)
    if m is None:
        last = DEFINITION.match(re.split(r"(?<=[.!?])\s+", before.rstrip())[-1]) if before.strip() else None
        return last is not None and _term_ok(last.group("term")) and re.match(
            rf"\W*(?:(?i:{DEFINITE_ARTICLE})\s*)?{re.escape(last.group('term'))}(?![\w’'])", seg) is not None
    term = m.group("term")
    return _term_ok(term) and re.search(rf"(?<![\w’']){re.escape(term)}(?![\w’'])", before) is not None


def _term_ok(term: str) -> bool:
    """A glossed term starts with a capital and is not a pronoun ("It is a tool", "Ce est")."""
    return term[:1].isupper() and term.split()[0].lower() not in PRONOUN_TERMS


def _joined(text: str, s: int, e: int, mentions: list[Mention], line_starts: frozenset[int]) -> set[int]:
    """Two people joined as one subject by "and", "et", "y", "&" ("Petr Viktorin and Victor Stinner presented…"):
    the first is in a subject slot and its speech verb comes after the second. Ids of both. ("… con Pedro y Alecu
    pregunta" has no subject before "y": Alecu speaks.)"""
    out: set[int] = set()
    for a, b in zip(mentions, mentions[1:]):
        if a.end <= b.start and b.start - a.end <= 8 and NAME_JOIN.fullmatch(text, a.end, b.start):
            verb_at = opener_verb(text, a, s, e, mentions, line_starts)
            if verb_at is not None and verb_at >= b.end:
                out |= {id(a), id(b)}
    return out


def _speaks_before(text: str, s: int, until: int, mentions: list[Mention], line_starts: frozenset[int]) -> bool:
    """Whether someone opens the sentence as its speaker before `until` (where a vote result starts): "El Tesorero X
    informó que …, se aprueba por unanimidad." reports X's words, the vote only closes them."""
    before = [m for m in mentions if m.end <= until]
    return any((v := opener_verb(text, m, s, until, before, line_starts)) is not None and v < until for m in before)


def _trailing_vote(seg: str, at: int, end: int) -> bool:
    """A vote result as the last clause of a sentence that says something else first ("El mismo se construirá en …,
    con capacidad para 50 personas, se aprueba por unanimidad."): the sentence goes on with the speaker's report.
    A closing formula followed by more words ("…, se levanta la sesión siendo las 20.20 horas") is not one."""
    if seg[end:].strip(" .;)»”\""):
        return False
    cut = max(seg.rfind(",", 0, at), seg.rfind(";", 0, at))
    return cut > 0 and len(seg[cut + 1:at].split()) <= 3 and len(seg[:cut].split()) >= 8


def _adopt(p: Participant, participants: list[Participant]) -> Participant:
    """A person a pronoun stands for: a full name only mentioned so far (`_reported`'s recent list) joins the
    participants now that they speak, as the participant of that name if there is one."""
    if any(q is p for q in participants):
        return p
    q = resolve(p.name, participants)
    if q is None:
        participants.append(p)
        return p
    return q


def _clause_anaphora(text: str, s: int, e: int, mentions: list[Mention], participants: list[Participant]) -> Participant | None:
    """A pronoun subject after a colon or semicolon, a speech verb next: the person the sentence named last before
    it (a participant or a full name), when the gender fits."""
    for c in CLAUSE_ANAPHORA.finditer(text, s, e):
        if not SPEECH_VERB.match(text, c.end(), e):
            continue
        g = anaphora_gender(c.group(1))
        for m in reversed([m for m in mentions if m.end <= c.start() and m.kind != "role"]):
            if m.participant is None and (m.kind != "named" or len(name_tokens(m.name)) < 2):
                continue
            gender = m.participant.gender if m.participant else m.gender
            if gender not in (None, g):
                continue
            return m.participant or named_person(m.name, participants)
        return None
    return None


def _role_name(words: str) -> str:
    """"monsieur le Maire" -> "Le Maire": a participant named by the role."""
    w = ROLE_AS_NAME_HONORIFIC.sub("", words.strip())
    return w[0].upper() + w[1:]

def _anonymous_opener(text: str, s: int, e: int) -> bool:
    """"Un participant demande …", "Une personne dans la salle souligne …": someone unnamed takes the floor."""
    m = ANONYMOUS.match(text[s:e])
    if not m:
        return False
    v = SPEECH_VERB.search(text, s + m.end(), e)
    return v is not None and v.start() - (s + m.end()) <= 20


def _anonymous(participants: list[Participant]) -> Participant:
    p = next((p for p in participants if p.name == AUDIENCE_NAME), None)
    if p is None:
        p = Participant(name=AUDIENCE_NAME, session_role="audience", in_roster=False)
        participants.append(p)
    return p


def _new_participant(m: Mention, apposition: str, participants: list[Participant], before: str = "") -> Participant:
    """Someone the roster does not list; "La modératrice, Madame X, …" or "Madame X, modératrice, …"
    makes them the moderator (or chair), anyone else is from the audience."""
    of = APPOSITION_AFFILIATION.match(apposition)
    if of:  # "X, de l'Observatoire ..., se dit frappé": the apposition is the affiliation
        p = Participant(name=m.name, organization=apposition[of.end():] or None, session_role="audience", in_roster=False)
    else:
        entry = f"{m.name}, {apposition}" if apposition else m.name
        p = parse_entry(entry, "audience", in_roster=False)[0]
        p.name = m.name
    p.gender = m.gender
    tail = before[-40:]
    role_word = next((r for r in ROLE_WORD.finditer(tail) if not tail[r.end():].strip(" ,")), None)  # "La modératrice, Madame X"
    role_word = role_word or APPOSITION_MODERATOR.search(apposition)
    if role_word:
        p.session_role = _role_kind(role_word.group(0))
    elif not any(q.in_roster for q in participants):
        p.session_role = None  # no participants list: "audience" would be a guess
    participants.append(p)
    return p
