"""Recognise person references and resolve them to participants.

Handles honorifics, surname-only and accent variants, and two people sharing a
surname (told apart by first name, then by the honorific's gender).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from quidit.ingest.lexicon import (
    _PART,
    ACCOUNT_WRITING,
    AGENDA_HEADING_WORDS,
    BARE_INITIAL,
    CAPS_HONORIFIC_RE,
    DOC_SECTIONS,
    ELIDED_WORDS,
    FULL_NAME_REST,
    GENDER_ENDINGS,
    GIVEN_INITIALS,
    GIVEN_SHORT_FORM_MIN,
    HONORIFIC_CHAIN,
    HONORIFIC_RE,
    HONORIFICS,
    INITIAL_HANDLE,
    LOWER_HONORIFIC_RE,
    NAME_RE,
    NAME_TAIL_WORDS,
    NAME_TOKEN,
    NICK_MIN_PART,
    NICK_SEPARATORS,
    NICK_WORD,
    OFFICE_TITLES,
    ORG_FOLDED,
    PAIR_JOIN,
    PAIR_JOIN_ANY,
    PAIR_JOIN_END,
    PARTICLES,
    PLACE_LEADS,
    PROPER_AFTER_ADVERB,
    SHIFTED_NAME_WORD,
    TITLE_CASE_NAME_WORD,
    TOKEN_DIGITS,
    UPPER,
    fold,
    gender_hint,
    given_name_gender,
    role_of,
    roles_named,
    title_gender,
)
from quidit.ingest.records import Participant

__all__ = ["BARE_NAME", "HONORIFIC_MENTION", "HONORIFIC_RE", "NAME_TOKEN", "TextNames", "candidates", "fold", "honorific_gender",
           "full_name_written", "fuller", "labelled_as", "lower_case_words", "mentioned", "name_tokens", "named_in_question", "nick_name", "nick_person", "resolve", "title_gender",
           "trim_name"]

# (the honorific is the last of a chain: "Sr. D. Pascual" is Pascual, not a "D")
HONORIFIC_MENTION = re.compile(rf"(?<![\w.]){HONORIFIC_CHAIN}({HONORIFIC_RE}|{LOWER_HONORIFIC_RE}|{CAPS_HONORIFIC_RE})\s+({NAME_RE})", re.X)
BARE_NAME = re.compile(rf"(?<![\w’'])({NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN})+)")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
FUZZY_MIN = 90  # rapidfuzz ratio for two name tokens of 4+ letters to be one (accents are folded before)
HONORIFIC_WORDS = {fold(h).rstrip(".") for h in HONORIFICS}


def name_tokens(name: str) -> list[str]:
    """The tokens that identify a person: no particles, initials or honorifics ("Mr Scott" -> ["scott"])."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Cached: resolving each mention compares it with every participant's tokens (ingest was quadratic in them)."""
    words = name.split()
    lead = 0
    while lead < len(words) - 1 and fold(words[lead]).strip(".") in HONORIFIC_WORDS:
        lead += 1
    if lead < len(words) - 1 and GIVEN_INITIALS.fullmatch(words[lead]):
        words = words[:lead] + words[lead + 1:]  # "MC Rollin", "JP Dupont": a compound given name's initials, as "M.-C."
    toks = [t.strip(".‘’'\"“”") for t in fold(" ".join(words)).split()]  # "‘Tex’" in "Terence ‘Tex’ McCutcheon" is "tex"
    return tuple(t for t in toks if (t not in PARTICLES and len(t) > 1 and t not in HONORIFIC_WORDS) or t.isdigit())


def trim_name(name: str) -> str:
    """Drop a trailing organisation or addressee tail the name pattern swallowed ("Hoeflich de CGLU", "X al Sr"), and
    the next line's first word where lines were joined ("Juan García López CONCEJALES", "Carmen Díaz Romero En"), or
    a document part's heading ("Président : M. DIPANDA MOUELLE" over "SOMMAIRE"). A name never runs past a blank line."""
    name = BLANK_LINE.split(name, 1)[0]
    words = name.split()
    cut = len(words)
    while cut > 2 and (fold(words[cut - 1]) in NAME_TAIL_WORDS or fold(words[cut - 1]) in DOC_SECTIONS
                       or fold(words[cut - 1]) in AGENDA_HEADING_WORDS
                       or words[cut - 1].isupper() and len(words[cut - 1]) > 3
                       and fold(words[cut - 1]).rstrip("s").rstrip("e") in {fold(t).rstrip("e") for t in OFFICE_TITLES}
                       or cut > 2 and words[cut - 1].istitle() and fold(words[cut - 1]) in OFFICE_TITLES
                       and words[cut - 2].lower() not in PARTICLES):  # "Monsieur JEAU Michel Président de l'USYP"
        cut -= 1
    if cut < len(words):
        name, words = " ".join(words[:cut]), words[:cut]
    for i in range(1, len(words)):
        w = words[i]
        if w.lower() in PARTICLES:
            continue
        acronym = w.isupper() and len(w) > 1 and words[i - 1].lower() in PARTICLES and not (
            words[i - 1].isupper() and any(not x.isupper() for x in words[:i - 1]))
        # ("Hoeflich de CGLU", not "Jean DUPONT" nor "Françoise LE MEN": a particle in capitals after a given name in
        # ordinary case is the surname's; "ABATTOIR DE BOURGUEIL", all in capitals, is still no one)
        honorific = fold(w).rstrip(".") in HONORIFIC_WORDS and words[i - 1].lower() in PARTICLES  # "Luisa Gil al Sr"
        if fold(w) in ORG_FOLDED or acronym or honorific:
            j = i
            while j > 1 and words[j - 1].lower() in PARTICLES:
                j -= 1
            return " ".join(words[:j])
    return name


def honorific_gender(honorific: str) -> str | None:
    return HONORIFICS.get(honorific.lower())


def _numbers(token: str) -> tuple[str, ...]:
    """The numbers a name token carries, leading zeros aside ("speaker_02" -> ("2",))."""
    return tuple(d.lstrip("0") or "0" for d in TOKEN_DIGITS.findall(token))


@lru_cache(maxsize=262144)
def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if long_[:-1] == short and long_[-1] in GENDER_ENDINGS:
        return False  # Gabriel / Gabriela, INTERLOCUTOR / INTERLOCUTORA: two people, not a typo
    if _numbers(a) != _numbers(b):
        return False  # SPEAKER_02 / SPEAKER_03, spk_1 / spk_2: a diarizer's numbered voices, not a typo
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= FUZZY_MIN


def candidates(name: str, participants: list[Participant]) -> list[Participant]:
    """Participants whose name contains every token of the reference (accents and small typos aside); a one-word
    reference that is the whole name written without spaces ("nellwaliczek", "NellWaliczek") is that name too."""
    mt = name_tokens(name)
    if not mt:
        return []
    if (h := INITIAL_HANDLE.fullmatch(name.strip())) is not None:
        # "MartinD", "IanS": a first name and the surname's initial, no typo of "Martin": the one written so, else those
        # of that first name whose surname starts with the initial or who go by the first name alone ("IanS" for "Ian")
        same = [p for p in participants if fold(p.name).replace(" ", "") == fold(name.strip()).replace(" ", "").rstrip(".")]
        first, initial = fold(h.group(1)), fold(h.group(2))
        initialled = [p for p in participants if len(toks := _name_tokens(p.name)) >= 2 and toks[0] == first
                      and toks[-1].startswith(initial)]  # ("Ryan H" is Ryan Hurst before a "Ryan" some label made)
        return same or initialled or [p for p in participants if _name_tokens(p.name) == (first,)]
    found = [p for p in participants if all(any(_token_match(m, t) for t in _name_tokens(p.name)) for m in mt)
             or len(mt) == 1 and len(_name_tokens(p.name)) >= 2 and mt[0] == "".join(_name_tokens(p.name))]
    if found:
        return found
    # a given name listed short and written in full ("Phill Hallam-Baker" listed, "Phillip said…" written): the first
    # word only, the rest of the name the same
    return [p for p in participants if len(toks := _name_tokens(p.name)) >= 2 and _short_form(mt[0], toks[0])
            and all(any(_token_match(m, t) for t in toks[1:]) for m in mt[1:])]


def _short_form(written: str, listed: str) -> bool:
    """Whether the listed given name is the written one cut short ("phill" listed, "phillip" written; "chris" and
    "christopher"), by two letters or more (Gabriel / Gabriela are two people). Not the other way: "Alex" written
    beside "Alexander" listed may be someone else."""
    return len(listed) >= GIVEN_SHORT_FORM_MIN and len(written) >= len(listed) + 2 and written.startswith(listed)


def nick_name(nick: str) -> str:
    """The words of a CamelCase or separated nick as a name ("NellWaliczek" -> "Nell Waliczek", "tony_brainwaive"
    -> "Tony Brainwaive"); any other nick as written ("AlexT", "LocMDao", "brandonjones", "dka")."""
    nick = nick.strip()
    words = NICK_WORD.findall(nick)
    if len(words) < 2 or "".join(words) != "".join(c for c in nick if c not in NICK_SEPARATORS):
        return nick
    return " ".join(w[0].upper() + w[1:] for w in words)


def _nick_fits(nick: str, toks: list[str]) -> bool:
    """Whether an IRC nick is written from this full name by a common nick pattern (first and last name tokens):
    first name then more ("timbl", "alext", "brandonjones"), a first-name prefix or two initials then the surname
    ("bjones", "bajones"), first initial then a surname prefix of 3+ letters ("mnot"), a short prefix then the first name ("darobin"),
    or the initials, a middle one allowed ("dka", "da")."""
    first, last = toks[0], toks[-1]
    if nick.startswith(first) and len(first) >= NICK_MIN_PART:
        return True
    lead = nick[:-len(last)] if nick.endswith(last) else ""
    if len(last) >= NICK_MIN_PART and lead and (first.startswith(lead) or len(lead) == 2 and lead[0] == first[0]):
        return True  # "bjones", "brandjones", "bajones" (first and middle initials)
    if nick[0] == first[0] and len(nick) - 1 >= NICK_MIN_PART and last.startswith(nick[1:]):
        return True
    if len(first) >= 4 and nick.endswith(first) and 0 < len(nick) - len(first) <= 2:
        return True
    return nick.isalpha() and 2 <= len(nick) <= 3 and nick[0] == first[0] and nick[-1] == last[0]


def _present_tokens(participants: list[Participant]):
    """(person, name tokens with hyphens dropped) of everyone not listed absent: what nicks are matched against."""
    for p in participants:
        if p.session_role != "absent":
            yield p, [t.replace("-", "") for t in name_tokens(p.name)]


def nick_person(nick: str, participants: list[Participant]) -> Participant | None:
    """The one listed person an IRC nick stands for, by the nick patterns of `_nick_fits`; None when nobody or
    several fit (then the nick stays as written). A listed nick ("brandonjones") fits a shorter label that starts
    it ("Brandon") the same way. Absent people are never matched."""
    n = "".join(c for c in fold(nick) if c.isalnum())
    if len(n) < 2:
        return None
    fits = []
    for p, toks in _present_tokens(participants):
        if len(toks) >= 2 and n not in toks and _nick_fits(n, toks):
            fits.append(p)
        elif len(toks) == 1 and len(n) >= NICK_MIN_PART and toks[0] != n and toks[0].startswith(n):
            fits.append(p)  # label "Brandon" for the listed nick "brandonjones"
    return fits[0] if len(fits) == 1 else None


def given_name_nick(word: str, participants: list[Participant]) -> Participant | None:
    """The one listed person a nickname is cut from: the start, three letters or more, of their given names written
    together ("Juanlu" for Juan Luis Cano, "Mai" for Maite Giménez, "Fran" for the only Francisco); None when nobody
    or several fit ("Mar" with a Mario and a Marcos listed) or when the word is a whole name of someone. Absent
    people are never matched."""
    n = fold(word)
    if len(n) < NICK_MIN_PART or not n.isalpha():
        return None
    fits = []
    for p, toks in _present_tokens(participants):
        if n in toks:
            return None  # a whole name: `resolve`'s business
        given = "".join(toks[:-1]) if len(toks) >= 2 else toks[0] if toks else ""
        if given != n and given.startswith(n):
            fits.append(p)
    return fits[0] if len(fits) == 1 else None


def named_person(name: str, participants: list[Participant]) -> Participant:
    """The person a name written in the text stands for: the participant it resolves to, else a new one (added)."""
    p = resolve(name, participants)
    if p is None:
        p = Participant(name=name, in_roster=False, session_role=None)
        participants.append(p)
    return p


def resolve(name: str, participants: list[Participant], gender: str | None = None) -> Participant | None:
    """The one participant this reference can mean, or None when none or several fit."""
    mt = name_tokens(name)
    cands = candidates(name, participants)
    if gender and cands and len(mt) == 1 and not name.split()[-1].isupper() \
            and all(p.gender not in (None, gender) for p in cands):
        return None  # "M. Fournier :" where the one Fournier the text knows is "Mme Fournier": another person
        # (not a label in capitals: "La señor EMBAJADORA.-" is a typist's slip for "La señora EMBAJADORA")
    if len(cands) > 1 and gender:
        gendered = [p for p in cands if p.gender in (None, gender)]
        known = [p for p in gendered if p.gender == gender]
        cands = known if len(known) == 1 else gendered
        if len(cands) > 1 and gender == "m":  # "Monsieur Pichonnier": not the listed Sophie PICHONNIER
            men = [p for p in cands if given_name_gender(p.name) is None]  # (a list's "Messieurs" may cover her too)
            cands = men if len(men) == 1 else cands
    if len(cands) > 1:
        # a full-name match beats a partial one ("Eugene Zapata" vs "Maria Luisa Zapata")
        first = [p for p in cands if _token_match(mt[0], name_tokens(p.name)[0])]
        if len(first) == 1:
            return first[0]
        # the one whose name holds the words exactly beats near spellings ("Julie" for Julie Quillé, not Julien Porot)
        exact = [p for p in cands if set(mt) <= set(name_tokens(p.name))]
        if len(exact) == 1:
            return exact[0]
    return cands[0] if len(cands) == 1 else None


def labelled_as(name: str, participants: list[Participant]) -> Participant | None:
    """The one participant the text also calls by this label or short form ("Rob" for Robert Garvey, kept in
    `Participant.labels` when ingest names the speaker in full), else None."""
    want = fold(name.strip())
    found = [p for p in participants if any(fold(lab.strip()) == want for lab in p.labels)]
    return found[0] if len({p.name for p in found}) == 1 else None


def _tokens_and_nicks(p: Participant) -> list[str]:
    """A person's name tokens, then the one-word labels the text also calls them by ("mnot", "darobin"): a question
    may use either."""
    toks = name_tokens(p.name)
    return toks + [n for lab in p.labels if " " not in lab.strip() and (n := fold(lab.strip())).isalpha() and n not in toks]


def mentioned(text: str, participants: list[Participant]) -> list[Participant]:
    """Participants a free text names, in order: honorific mentions ("Madame Ponce"), then any word of four
    letters or more that matches a name token ("salinas") or a one-word label the text calls them by ("mnot",
    `_tokens_and_nicks`), then role words ("le modérateur"). The same token rule as `resolve`, so a question finds
    exactly the people ingest would."""
    found: list[Participant] = []
    for m in HONORIFIC_MENTION.finditer(text):
        p = resolve(m.group(2), participants, honorific_gender(m.group(1)))
        if p and p not in found:
            found.append(p)
    gender = gender_hint(text)
    words = list({w for w in re.findall(r"\w+", fold(text)) if len(w) >= 4})
    for p in participants:
        toks = [t for t in _tokens_and_nicks(p) if len(t) >= 4]
        # `_token_match` for tokens of 4+ letters, one C loop over the words per token (the chat runs this per question)
        if p in found or not any(process.extractOne(t, words, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_MIN)
                                 for t in toks):
            continue
        if gender and p.gender and p.gender != gender and any(
                q is not p and q.gender in (None, gender) and set(name_tokens(q.name)) & set(toks) for q in participants):
            continue  # "Madame Zapata": not the Monsieur who shares the surname
        found.append(p)
    roles = roles_named(text)
    found += [p for p in participants if p.session_role in roles and p not in found]
    return found


def fuller(name: str, participants: list[Participant], gender: str | None = None) -> Participant | None:
    """The one participant listed by part of this name ("DELPERIER" for "Max DELPERIER"), renamed to the full name."""
    toks = set(name_tokens(name))
    cands = [p for p in participants if name_tokens(p.name) and set(name_tokens(p.name)) < toks
             and p.session_role != "absent" and p.gender in (None, gender or p.gender)]
    if len(cands) != 1:
        return None
    cands[0].name = name
    return cands[0]


@lru_cache(maxsize=64)
def full_name_written(text: str, short: str, unique: bool) -> str | None:
    """The full name a text writes for a short name ("Sam" -> "Sam Halliday" where the text writes "from Sam Halliday
    of…"): the short name, then one capitalised word (`FULL_NAME_REST`), two name tokens in all and no role ("Sam
    Chair" is none); spaces as one. A text names a person in full once and then by one name only: a quotation credited
    to "Sam", a hand-over to "Cindy" are that person. `unique`: only when the text writes one such full name (two Sams
    written in full: no guess), else the first one it writes (a hand-over names the asker just before, in its turn).
    Cached per text and name: a text's many quotations credited to one name read it once."""
    found: list[str] = []
    for m in re.finditer(rf"(?<![\w’']){re.escape(short)}{FULL_NAME_REST}", text):
        full = " ".join(m.group(0).split())
        if full not in found and len(name_tokens(full)) == 2 and role_of(full) is None:
            if not unique:
                return full
            found.append(full)
    return found[0] if len(found) == 1 else None


_WORD = re.compile(r"\w+")


def _extends(a: str, b: str) -> bool:
    """One token is the other plus letters ("marcel" / "marcelo"): two names, not a typo of one."""
    return a != b and (a.startswith(b) or b.startswith(a))


def _other_name(i: int, words: list[str], folded: list[str], toks: list[str]) -> bool:
    """Word i is a capitalised name word that is none of `toks` (not the question's first word, not an honorific)."""
    return 0 < i < len(words) and words[i][:1].isupper() and folded[i] not in HONORIFIC_WORDS \
        and not any(_token_match(folded[i], t) for t in toks)


def _named_by_words(p: Participant, words: list[str], folded: list[str]) -> bool:
    """Whether the question's own words (not an honorific or a role) name `p`: a word of 4+ letters matches one of
    p's name tokens by `_token_match` but is not a longer or shorter name ("Marcel" is not "Marcelo"), and a first
    name is not next to a capitalised word that is none of p's tokens ("Marcel Mauss", "Jean Martin" for "Jean
    Dupont" or for "Martin Keller": another person)."""
    toks = _tokens_and_nicks(p)
    for i, w in enumerate(folded):
        if len(w) < 4:
            continue
        for j, t in enumerate(toks):
            if len(t) < 4 or not _token_match(w, t) or _extends(w, t):
                continue
            if j == 0 and len(toks) > 1 and (_other_name(i + 1, words, folded, toks) or _other_name(i - 1, words, folded, toks)):
                continue
            return True
    return False


def named_in_question(text: str, participants: list[Participant]) -> list[Participant]:
    """`mentioned`, with a stricter rule for a question's bare words (see `_named_by_words`): a person the question
    is ABOUT ("les livres de Marcel Mauss") must not lift or restrict to a participant whose first name merely
    resembles theirs (Marcelo Ebrard). Honorific mentions and role words count as `mentioned` finds them."""
    found = mentioned(text, participants)
    if not found:
        return found
    by_honorific = {id(resolve(m.group(2), participants, honorific_gender(m.group(1))))
                    for m in HONORIFIC_MENTION.finditer(text)}
    roles = roles_named(text)
    words = _WORD.findall(text)
    folded = [fold(w) for w in words]
    return [p for p in found if id(p) in by_honorific or p.session_role in roles
            or _named_by_words(p, words, folded)]


_WORD_START = re.compile(r"(?<!\S)\S")  # where each word of a run starts
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-zà-ÿœæ][\w’'-]*")
_PROPER_AFTER_LOWER = re.compile(rf"(?<![\w’'])[a-zà-ÿœæ][\w’'-]*,?\s+([{UPPER}][\w’'-]+)")  # "sa fille Shanni"


def lower_case_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case ("Conférence Romande" is no name when "romande" is written so too)."""
    return frozenset(_LOWER_WORD.findall(ACCOUNT_WRITING.sub(" ", text)))  # (no address, no "[ana gil]" account)


@dataclass
class TextNames:
    """The people a text with no participants list names in ordinary case, read from the text itself: full names
    ("Daniele Corciulo", "Jean-Pierre Villain") and one-word proper nouns ("sa fille Shanni"). A report names a
    speaker in full once and then by first name: "Daniele explique…" is the Daniele Corciulo written before."""
    full: list[tuple[int, str]]  # (offset, full name) in text order
    lower: frozenset[str]  # words the text writes in lower case: "Conférence Romande" is not a name
    proper: frozenset[str]  # words the text writes capitalised after a lower-case word, mid-sentence
    # first or last word -> folded full name -> its (offsets, forms) in text order; built once `full` is read, so
    # that `full_name` and `one_name` take one look-up per mention instead of a pass over every name of the text
    _by_word: dict[str, dict[str, tuple[list[int], list[str]]]] | None = field(default=None, repr=False)
    _words: frozenset[str] = field(default=frozenset(), repr=False)
    # how often the text writes each folded full name; set only for a text whose items open with a topic heading run
    # into their first sentence (a machine-written meeting summary, `glued_headings`)
    written: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, line_starts: list[int], glued_headings: bool = False) -> TextNames:
        """Read line by line: the cleaning joins a heading to the next line ("Conclusion Voilà pour…").
        `glued_headings`: the text's items open with a title-case topic run into the first sentence ("Aspectos
        Financieros del Proyecto Rodrigo Hernández Escalante abordó…"): a sentence's first run ending with a full name
        the text also writes as a name is that name, the words before it the topic."""
        bounds = list(zip(line_starts, [*line_starts[1:], len(text)])) or [(0, len(text))]
        lines = [(a, text[a:b]) for a, b in bounds]
        lower = lower_case_words(text)
        proper = frozenset(m.group(1) for _, ln in lines for pat in (_PROPER_AFTER_LOWER, PROPER_AFTER_ADVERB)
                           for m in pat.finditer(ln))
        names = cls([], lower, proper)
        names._read(lines)
        if glued_headings:
            for _, n in names.full:
                names.written[fold(n)] = names.written.get(fold(n), 0) + 1
            names.full = []
            names._read(lines)
        return names

    def _read(self, lines: list[tuple[int, str]]) -> None:
        for a, ln in lines:
            for m in BARE_NAME.finditer(ln):
                for at, run in _pair(m.start(1), m.group(1)):
                    name = self.name_at(run, sentence_start=_sentence_start(ln, at))
                    if name:
                        self.full.append((a + at + run.find(name), name))

    def name_at(self, words: str, sentence_start: bool = False) -> str | None:
        """The person's full name in a run of capitalised words, or None: two to four title-case words, none an
        organisation word or a word the text also writes in lower case; a sentence's first word before a particle is
        not part of it ("Retour de Jean-Pierre Villain" -> "Jean-Pierre Villain")."""
        if self.written:
            tail = self.glued_tail(words)
            if tail is not None:
                return tail
        toks = words.split()
        if sentence_start and len(toks) > 2 and toks[1].lower() in PARTICLES:
            rest = toks[1:]
            while rest and rest[0].lower() in PARTICLES:
                rest = rest[1:]
            if len(rest) >= 2:
                toks = rest
        while toks and toks[0].lower() in self.lower:
            toks = toks[1:]  # "Ainsi Daniele Corciulo": the adverb is a word of the text
        core = [t for t in toks if t.lower() not in PARTICLES]
        if not 2 <= len(core) <= 4 or not toks or toks[0].lower() in PARTICLES or fold(toks[0]) in PLACE_LEADS:
            return None  # ("Grand Poitiers", "Nueva Esperanza": a place)
        # an initial without its full stop after the first name ("Cornelio M Ramirez B") and a surname typed with its
        # second letter still in capitals ("Sara SAnchez") are a name's words, beside two ordinary ones at least
        plain = [t for t in core if self.name_word(t)]
        odd = [t for i, t in enumerate(core) if t not in plain and (i > 0 and BARE_INITIAL.fullmatch(t) or SHIFTED_NAME_WORD.fullmatch(t))]
        initials = sum(1 for t in odd if BARE_INITIAL.fullmatch(t))
        if len(plain) + len(odd) != len(core) or odd and (len(plain) < 1 + (initials > 0) or not self.name_word(core[0])):
            return None
        return " ".join(toks)

    def glued_tail(self, words: str) -> str | None:
        """The full name of two words or more that ends the run after at least one topic word and that the text writes
        as a name, most often (then the shortest): "Propuesta de Edición de Video y Herramientas Rodrigo Hernández Escalante" -> "Rodrigo
        Hernández Escalante". None when no such tail is written, or when the whole run is the name."""
        starts = [m.start() for m in _WORD_START.finditer(words)][1:-1]  # a tail of two words at least, not the whole
        # the tail the text writes most often, the shortest of those; none where a longer tail or the whole run is
        # written more often: "Rose Ríos Gómez" (ten times) is one name, "Ríos Gómez" (once, cut by a line) its end
        written = [(self.written.get(fold(words[at:].rstrip()), 0), at) for at in reversed(starts)]
        count, at = max(written, key=lambda w: w[0], default=(0, 0))
        if not count or self.written.get(fold(words.strip()), 0) > count:
            return None
        if PAIR_JOIN_END.search(words[:at]):
            return None  # (after "y"/"e"/"and": two people, "Ana Gil y Pedro Ruiz", not a topic and a name)
        return words[at:].rstrip()

    def _index(self) -> dict[str, dict[str, tuple[list[int], list[str]]]]:
        if self._by_word is None:
            self._by_word = {}
            for at, n in sorted(self.full):
                for key in {fold(n.split()[0]), fold(n.split()[-1])}:
                    offsets, forms = self._by_word.setdefault(key, {}).setdefault(fold(n), ([], []))
                    offsets.append(at)
                    forms.append(n)
            self._words = frozenset(w for _, n in self.full for w in fold(n).split())
        return self._by_word

    def full_name(self, first: str, before: int) -> str | None:
        """The one full name written before `before` whose first name or surname is `first` ("Daniele",
        "Corciulo"), or None (several written forms of one name: the last one before `before`)."""
        found = [(offsets, forms) for offsets, forms in self._index().get(fold(first), {}).values() if offsets[0] < before]
        if len(found) != 1:
            return None
        offsets, forms = found[0]
        return forms[bisect.bisect_left(offsets, before) - 1]

    def one_name(self, word: str) -> bool:
        """A one-word proper name: written capitalised mid-sentence, never in lower case, not an organisation word,
        and no part of a full name the text writes ("Paul" with Paul Girard and Paul Roche is one of them, unknown)."""
        self._index()
        return word in self.proper and self.name_word(word) and fold(word) not in self._words

    def name_word(self, t: str) -> bool:
        """A word that can be part of a person's name: title case, never written in lower case by the text, and no
        organisation word, honorific or title ("Monsieur le Maire", "Consejero Regional" name nobody)."""
        return TITLE_CASE_NAME_WORD.fullmatch(t) is not None and t.lower() not in self.lower and fold(t) not in ELIDED_WORDS and fold(t) not in ORG_FOLDED \
            and t.lower() not in HONORIFICS and fold(t) not in OFFICE_TITLES and role_of(t) is None


def _pair(at: int, run: str) -> list[tuple[int, str]]:
    """A run of capitalised words that joins two full names ("Rodrigo Hernández Escalante e Itzcoatl Merino Gonzalez",
    "Ana Gil y Pedro Ruiz") as its two names, with their offsets; any other run as it is ("José Ortega y Gasset").
    A first name alone before the join and a full name after it ("Alan y Leticia Uribe") are two people too: a
    surname joined by "y" is one word at the end ("Ortega y Gasset"), never a first name and a surname."""
    join = PAIR_JOIN_ANY.search(run)
    if join is None or len(run[join.end():].split()) < 2:
        return [(at, run)]
    return [(at, run[:join.start()]), (at + join.end(), run[join.end():])]


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip()
    return at == 0 or not before or before[-1] in ".!?…:\n"


def first_of_pair(name: str) -> str:
    """The first of two people a byline joins as one name ("Salvador Folgado y Jordi Borja" -> "Salvador Folgado", as
    "& Simon Cochrane" after a name leaves the first the talk's speaker); a name whose particle only looks like a join
    ("José Ortega y Gasset": one word after it) stays whole."""
    parts = PAIR_JOIN.split(name.strip(), maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) >= 2 and len(parts[1].split()) >= 2:
        return parts[0]
    return name


def listed_one(word: str, listed: list[Participant]) -> Participant | None:
    """The one listed person this word names in full or by the first name ("Marie" for Marie Duflot-Kremer)."""
    fits = {fold(p.name): p for p in listed if fold(p.name) == fold(word) or fold((p.name.split() or [""])[0]) == fold(word)}
    return next(iter(fits.values())) if len(fits) == 1 else None
