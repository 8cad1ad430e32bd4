"""Every word list that attribution reads (French, English, Spanish), and the patterns built from them.

One place for speech verbs, hand-overs, honorifics, role words, gender words, anaphora,
attendance headings, proxy/vote/signature lines and the words that look like speaker
labels but are not. Other modules import from here; none keeps its own list. The
patterns are built once, below the lists, in `re.VERBOSE` form with a comment each.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import Enum
from itertools import filterfalse


class Role(str, Enum):
    """A speaker's function in the session; the value is what `Participant.session_role` stores."""
    CHAIR = "chair"
    MODERATOR = "moderator"
    MAYOR = "mayor"
    SECRETARY = "secretary"
    RAPPORTEUR = "rapporteur"
    WITNESS = "witness"
    COUNSEL = "counsel"
    INTERVIEWER = "interviewer"
    INTERVIEWEE = "interviewee"
    ANNOUNCER = "announcer"
    AUDIENCE = "audience"


_FOLD_SPACE = re.compile(r"[’'\-]")


def fold(s: str) -> str:
    """Lower-case, accent-free, apostrophes and hyphens as spaces."""
    if not s.isascii():  # ASCII has nothing to decompose (the chat folds every question and sentence it scores)
        s = "".join(filterfalse(unicodedata.combining, unicodedata.normalize("NFKD", s)))
    return _FOLD_SPACE.sub(" ", s).lower()


# frequent function words (and a few question words) that tell the three languages apart (`language.detect`)
LANGUAGE_MARKERS = {
    "fr": {"le", "la", "les", "des", "du", "est", "qui", "que", "quel", "quelle", "quels", "sur", "dit", "a-t-il",
           "a-t-elle", "et", "pour", "comment", "pourquoi", "combien", "dans", "une", "où", "qu", "parlé", "ville"},
    "en": {"the", "what", "who", "did", "does", "is", "was", "about", "how", "which", "say", "said", "of", "and",
           "why", "many", "much", "city", "else", "tell", "where", "when", "he", "she"},
    "es": {"el", "los", "las", "qué", "quién", "dijo", "sobre", "cómo", "cuál", "cuántos", "cuántas", "del", "es",
           "por", "ciudad", "habló", "y", "más", "dónde", "cuándo", "ella", "él", "una", "un", "para"},
}


# --- honorifics (gender m / f / None) ------------------------------------------------------------
HONORIFICS: dict[str, str | None] = {
    # French
    "monsieur": "m", "m.": "m", "messieurs": "m", "madame": "f", "mme": "f", "mme.": "f", "mesdames": "f",
    "mademoiselle": "f", "mlle": "f", "mlle.": "f", "docteur": None, "professeur": None, "pr.": None, "maître": None,
    "l'hon.": None, "l’hon.": None,  # "L'hon. Paul Martin (ministre des Finances, Lib.):", a minister in a Hansard label
    # English
    "mr": "m", "mr.": "m", "mnr": "m", "mnr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m", "lord": "m",
    "lady": "f", "dame": "f", "dr": None, "dr.": None, "hon.": None, "professor": None, "prof.": None,
    # Spanish (D. / Dª / Dña. are the written forms of don / doña)
    "sr.": "m", "sr": "m", "señor": "m", "don": "m", "d.": "m", "sra.": "f", "sra": "f", "srta.": "f", "señora": "f",
    "señorita": "f", "doña": "f", "dª": "f", "dña.": "f", "dña": "f", "dra.": "f", "profesor": "m", "profesora": "f",
    "lic.": None, "licda.": "f", "ing.": None,  # licenciado, licenciada, ingeniero: "EL C. LIC. MARIO M. DELGADO CARRILLO.-"
    "lcda.": "f", "profa.": "f", "profra.": "f",  # licenciada, profesora: "La Regidora Profra. Ana Isabel Flores Viera"
    "c.": None,  # ciudadano, ciudadana, a Mexican record's courtesy: "La Regidora C. Azucena López Legorreta, comentó…"
    "maestro": "m", "maestra": "f", "mtro.": "m", "mtra.": "f",  # a Mexican master's title: "el Maestro Arturo Silva"
    "fray": "m", "sor": "f",  # a friar's and a nun's title: "el Reverendo Padre Provincial, Fray Ramon Alvarez"
    # abbreviated titles of elected members and officers ("Cllr. Kiely noted…", "Sen. Roe asked…", "Supt. Lee advised…")
    **{t: None for t in ("cllr", "cllr.", "coun.", "ald.", "sen.", "rep.", "dep.", "supt.", "insp.", "sgt.")},
}
# a Mexican record's "ciudadano" before a label's office or name, after the article: "EL C. PRESIDENTE.-", "LA C.
# DIPUTADA X.-", "EL C. LIC. X.-": a courtesy, dropped (the article stays, the office or name follows)
CITIZEN_TITLE = re.compile(r"^(?P<article>(?:EL|LA|El|La)\s+)(?:C\.|CIUDADAN[OA]|Ciudadan[oa])\s+(?=\S)")
# the forms written in running text (regex alternation, longest first so "Mme." beats "M.")
_HONORIFIC_FORMS = [
    "Monsieur", "Madame", "Mademoiselle", "Messieurs", "Mesdames", "Docteur", "Professeur", "Professor", "Profesora", "Profesor", r"Prof\.", "Maître", r"Mme\.?", r"Mlle\.?",
    r"Mrs\.?", r"Mnr\.?", r"Mr\.?", r"Ms\.?", r"Dr\.?", r"Dra\.", r"Pr\.", r"M\.", "Miss", "Sir", "Lady", "Lord", "Dame", r"Hon\.",
    r"Sra\.?", r"Srta\.", r"Sr\.?", "Señora", "Señorita", "Señor", "Doña", "Don", "Dª", r"D[ñÑ][aA]\.?", r"D\.",
    "Maestra", "Maestro", r"Mtra\.", r"Mtro\.", "Fray", "Sor", r"Licda\.", r"Lcda\.", r"Lic\.", r"Ing\.", r"Profra\.", r"Profa\.",
    # ("C." only after an article or a council office: "Councillor C. Sheehan" is an initial)
    r"(?:(?<=[Ee]l[ ])|(?<=[Ll]a[ ])|(?<=[Rr]egidor[ ])|(?<=[Rr]egidora[ ])|(?<=[Ss]índico[ ])|(?<=[Ss]índica[ ]))C\.",
    r"Cllr\.?", r"Coun\.", r"Ald\.", r"Sen\.", r"Rep\.", r"Dep\.", r"Supt\.", r"Insp\.", r"Sgt\.",
]
HONORIFIC_RE = "(?:" + "|".join(_HONORIFIC_FORMS) + ")"
# the English honorifics in capitals, as minutes of the old British style open a paragraph with the speaker ("DR. EVATT
# said that…", "MR FRASER asked…", "SIR FIROZ KHAN NOON enquired…"): read in running text only (`names.HONORIFIC_MENTION`),
# never as a label's (a record labelled "MR. HALLORAN. Words" has its own reader, `caps_dot_labels`); "MS" and "DR"
# need their dot ("MS Word", "DR Congo")
CAPS_HONORIFIC_RE = r"(?:MRS\.?|MR\.?|MS\.|DR\.|SIR|LADY|LORD|DAME)"
# a scanned record's speck before a label (OCR): "¡El señor JEREZ.- He pedido…", "'M. DUPONT. – Je…": one stray mark,
# then the honorific (after its article) that opens the label; the mark is not part of the name
LABEL_SPECK = re.compile(rf"^[¡!'`´·•][ \t]?(?=(?:(?:El|La|Le|The)[ \t]+)?(?i:{HONORIFIC_RE})[ \t])")
# the same honorifics as running text writes them in lower case before a capitalised name: Spanish actas write
# "don Pablo García", "el señor Marfán", "doña Elena"; French records sometimes "monsieur Hasquin", "madame Durand"
LOWER_HONORIFIC_RE = r"(?:se[ñn]ora?|don|doña|monsieur|madame)"
# "Hon." may follow another honorific ("Mr Hon. X" is rare; "the Hon. X" is handled as an article)

# --- name particles and organisation words ----------------------------------------------------------------
PARTICLES = {"de", "da", "del", "della", "do", "dos", "das", "e", "y", "van", "von", "der", "den", "du", "di", "la", "le",
             "el", "al", "ben", "bin", "ibn", "i", "las", "los"}  # ("Paloma de las Cuevas", "Ana de los Ríos")
# particles that are also given names ("Ben Striegel", "Van Jones", "Del Harvey"): capitalised at the head of a label
# with a capitalised word after it, a first name, so the label is a full name; alone ("Ben:"), that person's first name
GIVEN_NAME_PARTICLES = frozenset({"ben", "van", "del"})
ORG_WORDS = {
    "mairie", "ville", "municipalité", "municipalidad", "agence", "ministère", "région", "conseil", "direction",
    "université", "institut", "gouvernement", "secrétariat", "département", "délégation", "association",
    "observatoire", "fondation", "centre", "organisation", "programme", "réseau", "métropole", "communauté",
    "préfecture", "commission", "cité", "city", "alcaldía", "ambassade", "chambre", "banque", "office", "maison",
    "commune", "syndicat", "sénat", "senado", "ayuntamiento", "diputación", "junta", "ministerio", "comité", "grupo",
    "fundación", "foundation", "biblioteca", "bibliothèque", "library", "universidad", "university", "instituto",
    "subsecretaría", "secretaría", "dirección", "división", "departamento",
    # the Spanish and English bodies the French "conseil", "commission" and "comité" name ("Consejo de Educación: 5
    # escuelas…" is a body's figures in a member's report, no person's label)
    "consejo", "comisión", "council", "committee",
    # a state's government as minutes name it ("The United Kingdom Government were very grateful…"): a body, no person
    "government", "gobierno", "ministry",
}
ORG_FOLDED = frozenset(fold(w) for w in ORG_WORDS)  # accents and case folded once, for word-by-word tests
# in a roster entry's role, the French article that opens its organisation: before an organisation word or an acronym
# ("Directeur du Centre X", "chargée de la Commission…", "Président de l’AMF"): the role ends there
ORG_INSIDE = re.compile(r"\s+(?:du|de\s+la|de\s+l[’']|des|au|à\s+la)\s*(?=(" + "|".join(ORG_WORDS) + r")\b|(?-i:[A-Z]{2,})\b)", re.I)
# the French article an organisation is written after ("de la Mairie", "du CNRS", "d’Ottawa"): dropped from its name
ORG_ARTICLE_LEAD = re.compile(r"^(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*", re.I)
# a roster heading and its first entry on one line ("Animée par : Nadia B., journaliste", "Moderated by Jane Roe,
# …"): the heading, then the entry; "par" after the heading's words is one of them ("Animée par")
ROSTER_HEADING_SPLIT = re.compile(r"^(.{3,40}?)\s*(?::|\bpar\b\s*:?|\bby\b\s*:?)\s*(\S.*)$")
HEADING_PAR = re.compile(r"\bpar\b")
# capital letters of names: ASCII, Latin-1 and Latin Extended-A ("Čaputová", "Łukasz", "Şahin")
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
UPPER = _UP
NAME_TOKEN = rf"[{_UP}][\w’'\-]*"
_PART = "|".join(sorted(PARTICLES, key=len, reverse=True))
# capitalised words with an elision inside that are no name ("Aujourd’hui Marie X…"), folded; "Lorsqu’il" and the
# other "qu’" forms are told by their letters (see `TITLE_CASE_NAME_WORD`)
ELIDED_WORDS = frozenset(fold(w) for w in ("aujourd’hui", "prud’homme", "presqu’île", "entr’acte"))
# a title-case word of a name in ordinary case (`names.TextNames`): "Daniele", "Béguin", "Jean-Pierre", and a name with an
# apostrophe inside ("Moncond’huy", "O'Brien"), not an elided word ("Lorsqu’il", "Aujourd’hui": `ELIDED_WORDS`)
TITLE_CASE_NAME_WORD = re.compile(rf"(?:O[’'](?=[{_UP}]))?[{_UP}][a-zà-ÿœæ]+(?:(?<!qu)[’'][a-zà-ÿœæ]{{2,20}})?(?:-[{_UP}][a-zà-ÿœæ]+)*")
# a middle or last initial written without its full stop ("Cornelio M Ramirez B", "John F Kennedy"): one capital
BARE_INITIAL = re.compile(rf"[{_UP}]")
# a surname typed with its second letter still in capitals ("Sara SAnchez"): two capitals, then three lower-case letters
SHIFTED_NAME_WORD = re.compile(rf"[{_UP}]{{2}}[a-zà-ÿ]{{3,20}}")
# English's definite article right before capitalised words, or opening them: "the United Kingdom Government", "The
# Australian Delegation" name a body or a country, never a person (`mentions.find_mentions`)
ENGLISH_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[ \t]+$")
ENGLISH_THE_LEAD = re.compile(r"The[ \t]+")
NAME_RE = rf"{NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN})*"
# the honorifics and titles an older record chains before the last honorific of a name ("el Exmo. Sr. D. Pascual Ruiz
# Huidobro", "el Sr. Oidor D. Manuel José de Reyes", "el Sr. Dr. D. Domingo Belgrano", "el Ilustrísimo Sr. Obispo"):
# each an honorific or a courtesy abbreviation, perhaps with one rank word after it ("Sr. Brigadier"), at most three
HONORIFIC_CHAIN = rf"""(?:(?:{HONORIFIC_RE}|Exc?m[oa]\.|Ilm[oa]\.|Ilustr[íi]sim[oa]|Rm[oa]\.|Rvdo\.|Fr\.|Cnel\.|Mtro\.)
    [ \t]{{1,3}}(?:[{_UP}][a-zà-ÿ]{{2,20}}[ \t]{{1,3}})?){{0,3}}"""
# what follows a short name where the text writes it in full ("Sam| Halliday", "Cindy|  Peebles"): a few spaces, then one
# whole capitalised word of at most 31 letters (bounded: linear on long lines); `names.full_name_written` puts the
# short name before it
FULL_NAME_REST = rf"\s{{1,3}}[{_UP}][\w’'-]{{1,30}}(?![\w’'])"

# capitalised words that open the next sentence or line, never a name's last word: where the cleaning joined a name's
# line to the next one ("Dª Carmen Díaz Romero" / "En la villa…"), the name pattern must not take them (folded)
NAME_TAIL_WORDS = {"en", "el", "la", "los", "las", "se", "y", "a", "al", "le", "les", "il", "elle", "the", "in", "on", "at",
                   "and", "et", "con", "por", "para", "que", "qui"}

# the first word of the heading that follows an attendance list, where the cleaning joined its line to the last
# name ("Secrétaire de séance : Mme Denis Isabelle" / "Ordre du jour :", "… Juan Gil" / "Orden del día", "Agenda"):
# never a name's last word (folded; `names.trim_name`)
AGENDA_HEADING_WORDS = {"ordre", "orden", "agenda"}

# --- gender words -------------------------------------------------------------------------------------------------
FEMININE_TITLE = re.compile(r"""\b(?:
      \w+(?:rice|ère|euse|esse)                       # directrice, conseillère, chercheuse, maîtresse
    | présidente | adjointe | déléguée | chargée | élue | doyenne | consule | avocate | experte
    | presidenta | alcaldesa | concejala | secretaria | diputada | senadora | consejera | portavoz\s+femenina
    | \w+(?:dora|tora|sora) | interventora | licenciada | doctora        # moderadora, directora, asesora
    | mujer | femme | woman | femenina | féminine                         # "VOZ MUJER"
    | chairwoman | spokeswoman | congresswoman
)\b""", re.I | re.X)
MASCULINE_TITLE = re.compile(r"""\b(?:
      \w+(?:teur|ier|eur)                             # directeur, conseiller, rapporteur
    | président | adjoint | délégué | chargé | élu | doyen | consul | avocat | expert
    | alcalde | concejal | secretario | diputado | senador | consejero
    | \w+(?:ador|edor|idor|ctor|sor) | licenciado                         # moderador, director, asesor (not "moderator")
    | hombre | homme | man | masculina | masculine                         # "VOZ HOMBRE"
    | chairman | spokesman | congressman
)\b""", re.I | re.X)
PRONOUN_GENDER = {"elle": "f", "il": "m", "she": "f", "he": "m", "her": "f", "his": "m", "him": "m", "ella": "f", "él": "m"}

# --- roles -------------------------------------------------------------------------------------------------------
# each role: the nouns that name it (fr / en / es); feminine forms end the alternation
_ROLE_NOUNS: dict[Role, str] = {
    Role.CHAIR: r"pr[ée]sident(?:e)?(?:\s+de\s+(?:la\s+)?s[ée]ance)? | presidente | presidenta"
                r" | chair(?:man|woman|person)? | president | speaker\s+of\s+the\s+house"
                # the Senate's chair in the Congressional Record: "The PRESIDING OFFICER.", "The PRESIDENT pro tempore."
                r" | presiding\s+officer | (?:acting\s+)?president\s+pro\s+tempore",
    Role.MODERATOR: r"mod[ée]rat(?:eur|rice) | animat(?:eur|rice) | moderador(?:a)? | moderator | facilitat(?:or|eur|rice)",
    # Spanish double titles: "Alcalde-Presidente", "Secretaria Interventora" (secretary who is also the auditor)
    Role.MAYOR: r"maire | mairesse | alcalde(?:sa)?(?:[\s-]+president[ea])? | mayor(?:ess)?",
    # "Secretaria Municipal", "Secretario Ejecutivo": the council's secretary (ministro de fe) in Latin-American records
    Role.SECRETARY: r"secr[ée]taire(?:\s+de\s+s[ée]ance)? | secretari[oa](?:[\s-]+(?:interventor(?:a)?|municipal|ejecutiv[oa]))?"
                    r" | secretary | clerk",
    Role.RAPPORTEUR: r"rapporteur(?:e)? | rapporteuse | ponente",
    Role.WITNESS: r"witness | t[ée]moin | testigo",
    Role.COUNSEL: r"(?:committee\s+|general\s+|legal\s+|chief\s+)?counsel(?:\s+(?:to\s+the\s+)?(?:inquiry|committee))?",
    # a research interview's "I:" / "R:" letters, "Enquêteur :" / "Enquêtée :", "Entrevistada:", "Respondent:"
    Role.INTERVIEWER: r"interviewer | intervieweur | intervieweuse | entrevistador(?:a)? | journaliste | periodista | q | p"
                      r" | enqu[êe]t(?:eur|rice) | i",
    Role.INTERVIEWEE: r"interviewee | a | r | entrevistad[oa] | enqu[êe]t[ée]e? | interview[ée]e? | respondent"
                      r" | r[ée]pondant(?:e)?",
    Role.ANNOUNCER: r"locutor(?:a)? | announcer | narrat(?:or|eur|rice) | narrador(?:a)? | presentador(?:a)? | voz\s+en\s+off"
                    r" | voice[\s-]?over | voz\s+(?:hombre|mujer|masculina|femenina) | voix\s+off",
    Role.AUDIENCE: r"intervenci[óo]n | participante | asistente | audience(?:\s+member)? | participant(?:e)? | public"
                   r" | unidentified\s+(?:speaker|man|woman) | voix\s+dans\s+la\s+salle | pregunta\s+del\s+p[úu]blico"
                   # one person from the floor, as a talk's transcript labels them: "Intervenant salle (IS) :",
                   # "Intervenante de la salle :", "Speaker from the floor:", "Interviniente del público:"
                   r" | intervenante?\s+(?:(?:de|dans)\s+la\s+)?salle | speaker\s+from\s+the\s+floor"
                   r" | interviniente\s+(?:del\s+p[úu]blico|de\s+la\s+sala)",
}
_ROLE_ARTICLE = r"(?:(?:Monsieur|Madame|Mister|Madam|M\.|Mme\.?|Mr\.?|Mrs\.?|Ms\.?|(?:el|la)\s+(?:se[ñn]ora?|sr[a]?\.?)|se[ñn]ora?|sr[a]?\.?)\s+)?" \
                r"(?:le|la|l[’']|the|el|los|las)?\s*"
ROLE_ONLY = {role: re.compile(rf"^\s*{_ROLE_ARTICLE}(?:{nouns})\s*$", re.I | re.X) for role, nouns in _ROLE_NOUNS.items()}
# The capitalised article that opens a role-only speaker's name ("El señor Presidente", "La Présidente", "The Chair"):
# an answer that names them mid-sentence writes it in lower case ("Según el documento, el señor Presidente").
ROLE_NAME_ARTICLE = re.compile(r"^(El|La|Le|Les|Los|Las|The|L[’'])(?=\s|(?<=[’'])\w)")
# a role word with its article in running text: "Monsieur le maire", "la présidente de séance", "el Sr. Alcalde", "the Chair"
ROLE_WORD = re.compile(r"""
    (?<![\w’'])
    (?: (?:[Mm]onsieur|[Mm]adame|M\.|Mme\.?)\s+ )?      # "Monsieur le maire", "monsieur le maire", "M. le maire"
    (?: [Ll]e | [Ll]a | [Ll][’'] | [Tt]he | [Ee]l | [Dd]el )\s*  # an article is required in running text ("Respuesta del Sr. Alcalde")
    (?: (?:[Ss]r|[Ss]ra)\.?\s+ | [Ss]e[ñn]ora?\s+ )?         # "el Sr. Alcalde", "la señora Presidenta"
    ( (?i: mod[ée]rat(?:eur|rice) | animat(?:eur|rice) | (?:vice[\s-])?pr[ée]sident(?:e)?(?:\s+de\s+(?:la\s+)?s[ée]ance)?
    | maire | [Aa]lcalde(?:sa)?(?:[\s-]+[Pp]resident[ea])? | [Pp]residenta? | [Ss]ecretari[oa](?:[\s-]+[Ii]nterventora?)?
    | secr[ée]taire\s+de\s+s[ée]ance
    | rapporteur(?:e)? | moderator | facilitator | [Cc]hair(?:person|woman|man)? | [Mm]ayor | [Ww]itness
    | moderador(?:a)? ) )                                   # the noun in any case: "le Maire", "la PRESIDENTA"
    (?![\w’'])
""", re.X)


def role_of(text: str) -> Role | None:
    """The role a text names when it is nothing but a role ("Le Président", "The Chair", "La señora PRESIDENTA")."""
    for role, pattern in ROLE_ONLY.items():
        if pattern.match(text.strip(" .:–—-")):
            return role
    return None


def role_in(text: str) -> Role | None:
    """The first role named anywhere in a text ("Monsieur le maire ouvre la séance" -> mayor)."""
    m = ROLE_WORD.search(text)
    return role_of(m.group(1)) if m else None


# role nouns anywhere in a question ("What did the moderator say?"), no article needed
_ROLE_NOUN = {role: re.compile(rf"(?<![\w’'])(?:{nouns})(?![\w’'])", re.I | re.X)
              for role, nouns in _ROLE_NOUNS.items() if role not in (Role.INTERVIEWER, Role.INTERVIEWEE, Role.AUDIENCE)}
_GENDER_WORD = re.compile(r"(?<![\w.])(?:(madame|mme|mrs|ms|señora|sra|doña|lady|elle|she|her|ella)|(monsieur|mr|señor|sr|don|sir|he|him|his|él)|(M)\.)(?![\w’'])",
                          re.I)


# roles a text names by the noun alone, no article needed: "modérateur", "Questions From Counsel to the Inquiry"
_NOUN_ALONE = {Role.MODERATOR: _ROLE_NOUN[Role.MODERATOR],
               Role.COUNSEL: re.compile(r"(?<![\w’'])counsel\s+(?:to|for)\s+the\s+inquiry(?![\w’'])", re.I)}


def roles_named(text: str) -> set[str]:
    """Session roles a free text names: a moderator or counsel to the inquiry by the noun alone, other roles with their
    article and no complement ("le président de séance", "the chair"; not "the president of France")."""
    found = {role.value for role, noun in _NOUN_ALONE.items() if noun.search(text)}
    for m in ROLE_WORD.finditer(text):
        role = role_of(m.group(1))
        if role is not None and not re.match(r"\s+(?:de|du|des|d[’']|of|del|de\s+la)\b", text[m.end():]):
            found.add(role.value)
    return found


def gender_hint(text: str) -> str | None:
    """The gender of the first honorific or pronoun in a free text (a question), else None."""
    m = _GENDER_WORD.search(text)
    if not m:
        return None
    return "f" if m.group(1) else "m"


def gender_of(text: str) -> str | None:
    """"m" / "f" from a leading honorific, else from a gendered title or role word, else None."""
    words = text.strip().split()
    if not words:
        return None
    first = words[0].lower()
    if first in ("el", "la", "le") and len(words) > 1:
        g = HONORIFICS.get(words[1].lower())
        if g:
            return g
        return {"la": "f", "el": "m", "le": "m"}[first] if role_of(" ".join(words[1:])) else title_gender(" ".join(words[1:]))
    if first in HONORIFICS:
        return HONORIFICS[first]
    return title_gender(text)


def title_gender(title: str | None) -> str | None:
    """Grammatical gender of a title ("Conseillère municipale déléguée" -> f), when it has one."""
    if not title:
        return None
    f, m = bool(FEMININE_TITLE.search(title)), bool(MASCULINE_TITLE.search(title))
    return "f" if f and not m else "m" if m and not f else None


# --- speech verbs ------------------------------------------------------------------------------------------------
# French -er verbs by stem; every tense form we meet in reports is built from the stem below
_ER = (
    "soulign propos demand affirm expliqu ajout précis remerci présent souhait commenc indiqu not insist estim "
    "pens interrog salu exprim partag annonc profit évoqu mentionn déclar racont observ constat regrett félicit "
    "confirm termin pos continu abord détaill plaid recommand résum signal témoign illustr invit adress lanc "
    "rappel appel clôtur accueill interpell rebond enchaîn insist questionn remarqu expos défend déplor nuanc "
    "contest réfut object alert assur jug trouv cit relev abond acquiesc approuv encourag exhort inform montr parl démontr "
    "conseill réaffirm suppos"
).split()
_IRREGULAR = (
    # French
    "admet|a admis|retient|a retenu|renchérit|a renchéri|croit|tient à|a tenu à|tenait à|s’est exprimée?|"
    "s'est exprimée?|prévient|avertit|concède|espère|relève|"
    "prend|prennent|a pris la parole|a pris acte|a pris note|pris la parole|prendre la parole|repris|répondu|réagi|intervenue?|poursuivi|décrit|reconnu|"
    "reprend|a repris|conclut|a conclu|conclu|introduit|a introduit|dit|a dit|se dit|"
    "répond|a répondu|réagit|a réagi|intervient|est intervenue?|poursuit|a poursuivi|décrit|a décrit|"
    "reconnaît|a reconnu|voulait|veut|voudrait|aimerait|tient à|laisse|cède|passe|donne|ouvre|a ouvert|"
    "suggère|a suggéré|suggérerait|suggéreraient|considère|a considéré|est invitée?|sont invités|fait remarquer|fait valoir|fait part|"
    "fait observer|fait savoir|fait état|rend compte|rendent compte|a rendu compte|rappelle|rappellent|interpelle|soulève|a soulevé|révèle|répète|achève|"
    "procède à la présentation|procède à la lecture|expose|précise|"
    "met en avant|met en valeur|met l’accent|met l'accent|revient|est revenue?|clôt|s’interroge|s'interroge|se demande|se félicite|"
    "se réjouit|s’inquiète|s'inquiète|se dit|rejoint|complète|a complété|soutient|a soutenu|lit|donne lecture|"
    # a member tables a paper ("M. Lebas, architecte, dépose sur le bureau un projet…")
    "dépose|a déposé|"
    # a stance voiced ("manifeste son impatience", "a manifesté son inquiétude", "manifestent leur intérêt")
    "manifeste (?:son|sa|ses|leur|leurs)|manifestent (?:son|sa|ses|leur|leurs)|a manifesté (?:son|sa|ses|leur|leurs)|"
    "ont manifesté (?:son|sa|ses|leur|leurs)|"
    # English
    "says|said|notes|noted|asks|asked|explains|explained|adds|added|stresses|stressed|argues|argued|thanks|thanked|"
    "opens|opened|concludes|concluded|takes the floor|took the floor|points out|pointed out|replies|replied|"
    "responds|responded|welcomes|welcomed|recalls|recalled|presents|presented|introduces|introduced|states|stated|"
    "comments|commented|agrees|agreed|proposes|proposed|suggests|suggested|reports|reported|mentions|mentioned|"
    "emphasi[sz]es|emphasi[sz]ed|warns|warned|urges|urged|insists|insisted|"
    # a member taking a point further in their own words ("Sébastien goes further on the topic of…, explaining…",
    # "She went on to say…")
    "goes further|went further|goes on to (?:say|explain|add|note|argue)|went on to (?:say|explain|add|note|argue)|"
    # a member putting a point to the meeting ("Mr. Edelsohn brought forth the idea of…", "Mr. Hoffman made it clear that…")
    "brought forth|brings forth|made it clear|makes it clear|make it clear|"
    # a member's spoken report, as board minutes write it ("Member Wasserman gave a short review of his report…")
    "gives an? (?:short |brief )?(?:review|report|summary|update|overview)|"
    "gave an? (?:short |brief )?(?:review|report|summary|update|overview)|"
    # the verbs of older British minutes ("SIR X enquired what…", "DR. Y contended that…", "MR. Z regretted that…")
    "enquires|enquired|inquires|inquired|remarks|remarked|contends|contended|maintains|maintained|admits|admitted|"
    "acknowledges|acknowledged|concedes|conceded|regrets|regretted|repeats|repeated|assures|assured|informs|informed|"
    "continues that|continued that|went on to say|goes on to say|"
    # Spanish
    "dice|dijo|señala|señaló|afirma|afirmó|explica|explicó|agradece|agradeció|pregunta|preguntó|toma la palabra|"
    "tomó la palabra|manifiesta|manifestó|indica|indicó|expone|expuso|interviene|intervino|responde|respondió|"
    "contesta|contestó|propone|propuso|informa|informó|añade|añadió|considera|consideró|solicita|solicitó|plantea|"
    "planteó|recuerda|recordó|aclara|aclaró|comenta|comentó|insiste|insistió|defiende|sostiene|opina|expresa|expresó|"
    "destaca|destacó|subraya|subrayó|reitera|reiteró|pide|pidió|muestra|mostró|da lectura|dio lectura|replica|replicó|"
    "da respuesta|dio respuesta|ruega|rogó|indicando|señalando|manifestando|explicando|informando|preguntando|"
    "respondiendo|contestando|añadiendo|exponiendo|"
    "detalla|detalló|agrega|agregó|menciona|mencionó|comunica|comunicó|anuncia|anunció|advierte|advirtió|sugiere|"
    "sugirió|relata|relató|describe|describió|resalta|resaltó|enfatiza|enfatizó|puntualiza|puntualizó|precisa|precisó|"
    "declara|declaró|reporta|reportó|argumenta|argumentó|opinó|sostuvo|defendió|"
    "presenta|presentó|habla|habló|comparte|compartió|cuenta|contó|"
    "apunta|apuntó|"  # "Israel apunta que, de cara a…": points out
    "da la bienvenida|dio la bienvenida|"  # "el Dr. X dio la bienvenida a los asistentes": welcomed
    "dirige unas palabras|dirigió unas palabras|dirige un mensaje|dirigió un mensaje|"  # "el Rector, Dr. X, dirigió unas palabras a…"
    "insta|instó|urge|urgió|exhorta|exhortó|"  # "Rose instó a priorizar la agilidad…": urges
    # a council's acta, a member's round of remarks ("El Regidor X, celebra que se esté…", "felicitó al Presidente",
    # "se sumó a las felicitaciones", "invitó a que…", "Retomó el tema…", "Aprovechó la palabra para…", "Concluyó…")
    "celebra|celebró|felicita|felicitó|se suma a|se sumó a|invita|invitó|retoma|retomó|concluye|concluyó|"
    "aprovecha la palabra|aprovechó la palabra|saluda y|saludó y|"
    # a parliamentary committee's report, each turn told in the preterite with a verb of judging or stressing ("El
    # Honorable Senador señor X estimó indispensable…", "…, señor Y, concordó con…", "Z previno que…", "valoró que…")
    "estima|estimó|alerta|alertó|previene|previno|juzga|juzgó|valora|valoró|postula|postuló|reconoce|reconoció|"
    "concuerda|concordó|asevera|aseveró|remarca|remarcó|acota|acotó|asegura|aseguró|lamenta|lamentó|narra|narró|"
    "reflexiona|reflexionó|razona|razonó|hace hincapié|hizo hincapié|pone de relieve|puso de relieve|"
    "da a conocer|dio a conocer|"
    # English (talk reports: "Jane Roe talked about…", "He then showed…")
    "talks about|talked about|describes|described|discusses|discussed|shows|showed|demonstrates|demonstrated|"
    "highlights|highlighted|shares|shared|"
    # English (minutes)
    "recommends|recommended|advises|advised|updates|updated|raises|raised|believes|believed|feels|felt|thinks|thought|"
    "considers|considered|takes this as|took this as|sees this as|saw this as|invites|invited|"
    # English (board minutes: "X indicated that…", "X confirmed that…", "X reviewed the financial status with the Board")
    "indicates|indicated|confirms|confirmed|verifies|verified|declares|declared|outlines|outlined|reviewed|encourages|encouraged|"
    "questioned|lists|listed|listing|enumerates|enumerated|enumera|enumeró|provides|provided|gives an update|gave an update|"
    # English (advisory-board minutes: "Jon observes that…", "Martin told us that…", "Adriaan reiterated…", "Heather
    # addressed the issue of…", "Alexy spoke up in favor of…", "Christian spoke to the need for…", "X summarized…",
    # "Sam wrote, …")
    "observes|observed|tells|told|reiterates|reiterated|addresses|addressed|speaks up|spoke up|speaks to|spoke to|"
    # ("Ms. Mirka Morales spoke of her observations…", "Member Wasserman gave a short review of his report…")
    "speaks of|spoke of|gives a short review|gave a short review|gives a review|gave a review|gives an overview|gave an overview|"
    "summari[sz]es|summari[sz]ed|"
    "writes|wrote|"
    # English (a water board's minutes: "General Manager Gray recognized the benefit of training", "Rex Meurer …
    # voiced support.", "Director Sarkovich wants meetings to have an agenda", "… prefers to specify the types")
    "recogni[sz]es|recogni[sz]ed|voices|voiced|wants(?! to )|prefers|"  # ("wants to rent…" is a wish to act)
    # English (a society's or a committee's minutes in reported speech: "JHD countered that…", "AMC wondered about…",
    # "AS reminded the meeting that…", "AS spoke about the work at…", "X clarified that…", "X requested volunteers…")
    "counters|countered|wonders|wondered|announces|announced|reminds|reminded|speaks about|spoke about|"
    "clarifies|clarified|claims|claimed|queries|queried|requests|requested|rephrases|rephrased|"
    # a motion's mover and a member's offer, told by the minutes ("Matt moved that Ben be re-appointed…", "Rob offered
    # to prepare the accounts", "Ana se ofrece a…"): the member's proposal, made at the meeting (only "moved that": "moved
    # to Paris" is no motion; "moved to" with a motion's verb is: "Director Sarkovich moved to approve the MOU")
    "moves that|moved that|offers to|offered to|se ofrece a|se ofreció a|"
    "moves to approve|moved to approve|moves to adopt|moved to adopt|moves to accept|moved to accept|moves to adjourn|"
    "moved to adjourn|moves to amend|moved to amend|moves to table|moved to table|moves to authorize|moved to authorize|"
    # a stance restated or a proposal launched ("Kalam reafirma la importancia de…", "X reaffirmed…", "Lorena lanza una
    # propuesta para…"), a wish for the group ("Apardo quiere que nos paremos…", as French "veut" is)
    "reafirma|reafirmó|reaffirms|reaffirmed|lanza una propuesta|lanzó una propuesta|quiere que|quería que|"
    # the Spanish perfect of a chronicle's minutes ("Fanta ha propuesto hacer…", "Lorena nos ha hablado de…"), in the
    # singular only ("Laura y Eugenia nos han contado…" is two people at once)
    "(?:ha|había) (?:dicho|comentado|propuesto|explicado|señalado|hablado|indicado|planteado|sugerido|"
    "preguntado|respondido|contestado|añadido|informado|recordado|aclarado|insistido|expuesto|manifestado|destacado|"
    "subrayado|mencionado|comunicado|anunciado|advertido|apuntado|afirmado|compartido|contado|relatado|reiterado|"
    "pedido|solicitado|expresado|opinado|argumentado|reafirmado|lanzado una propuesta)|"
    # French (minutes of a community: "X conseille de…", "X avait émis des objections")
    "émet|a émis|avait émis|"
    # a member's undertaking or appeal, told by the minutes: "Jean s'engage à le faire", "Ana fait appel au club pour…",
    # "Ana se compromete a…", "Bob undertook to…" (not a bare "engage": "X engage des frais" is spending)
    "s’engage à|s'engage à|s’est engagée? à|s'est engagée? à|(?:a )?fait (?:donc |alors |aussi |ensuite )?appel a[ux]?|"
    "se compromete a|se comprometió a|hace un llamado|hizo un llamado|undertakes to|undertook to|"
    # a remark made in passing, told with the occasion taken: "Ana en profite pour annoncer que…", "Ana aprovecha para
    # recordar…", "Bob took the opportunity to thank…" (the verb after it is one of saying)
    "en profite pour (?:annoncer|signaler|rappeler|redire|dire|préciser|remercier|souligner|indiquer|informer)|"
    "aprovecha para (?:anunciar|recordar|agradecer|señalar|informar|decir)|aprovechó para (?:anunciar|recordar|agradecer|señalar|informar|decir)|"
    "(?:takes|took) the opportunity to (?:announce|thank|remind|note|mention|say)|"
    # Spanish (a meeting's chronicle: "Lucio saltó diciendo que…", "Matías ofrece…", "Alecu coincide con…")
    "saltó diciendo|salta diciendo|diciendo|ofrece|ofreció|coincide|coincidió|recalca|recalcó|"
    "observa|observó|critica|criticó|hace una exposición|hizo una exposición|tiró a la palestra|tira a la palestra|"
    "pone sobre la mesa|puso sobre la mesa|saca a colación|sacó a colación|"
    "met sur la table|a mis sur la table|puts forward|put forward|"
    # a member's summary or remark, told by the minutes: "Bénédicte fait un point sur les finances : …", "X fait le
    # bilan de…", "Ana hace un balance de…", "Jane gave an overview of…"
    "fait un point|fait le point|a fait un point|a fait le point|fait un bilan|fait le bilan|fait un retour|"
    # (with a word on the summary's size: "Luc a fait un bref point sur…", "hizo un breve repaso", "gave a brief overview")
    "fait un (?:bref|rapide|petit) point|fait un (?:bref|rapide|petit) bilan|hace un breve (?:repaso|balance|resumen)|"
    "hizo un breve (?:repaso|balance|resumen)|gives a (?:brief|quick|short) overview|gave a (?:brief|quick|short) overview|"
    # ("Franck Beysson fait plusieurs remarques sur ce rapport", "X fait quelques observations", "hace varias
    # observaciones", "made several comments"; "Y n’a rien de particulier à ajouter, si ce n’est…" still speaks)
    "fait (?:une|des|deux|trois|plusieurs|quelques|diverses) (?:remarques?|observations?|commentaires?)|"
    "hace (?:una|varias|algunas|dos|tres) (?:observaciones|observación|precisiones|precisión|consideraciones)|"
    "hizo (?:una|varias|algunas|dos|tres) (?:observaciones|observación|precisiones|precisión|consideraciones)|"
    "made (?:several|a few|some|two|three) (?:comments|remarks|observations)|"
    "n[’']a rien (?:de particulier )?à ajouter|"
    "hace un balance|hizo un balance|hace un repaso|hizo un repaso|hace un resumen|hizo un resumen|"
    "gives an overview|gave an overview|gives a summary|gave a summary|"
    # the next point of a report taken up by its speaker: "Jonathan moved on to give an update on…", "X went on to
    # explain…" (only with a verb of saying after it: "moved on to Paris" is a move)
    "(?:moves|moved|went|goes) on to (?:talk|speak|give|discuss|present|describe|explain|say|outline|introduce|report|"
    "review|update|summari[sz]e|propose|raise)|"
    # a board's acta or a summary record: "el señor Ministro consulta sobre…", "el señor Herrera hace presente que…",
    # "M. X appelle (tout d'abord) l'attention du Comité sur…", "Ms X drew attention to…"
    "consulta|consultó|hace presente|hizo presente|hace notar|hizo notar|hace ver|hizo ver|"
    # a municipal council's acta as the River Plate writes it: "El concejal X aportó que…" (a remark added to the
    # debate; only with "que": "aportó 500 dólares" is money), "X mocionó convocar…" (a motion made), "X objetó…",
    # "X saludó a las enfermeras…" (a greeting made from the floor), as "objected" ("objects" is a noun too), "objecte",
    # "salue" say elsewhere
    "aporta que|aportó que|mociona|mocionó|objeta|objetó|saluda a|saludó a|objected|"
    # a workshop's facilitator giving the exercise's instructions: "El Arq. X comenzó las indicaciones…", "X dio las
    # indicaciones", "Jane gave the instructions", "Luc donne les consignes"
    "(?:da|dio|daba|comienza|comenzó|inicia|inició) (?:con )?(?:las |unas )?indicaciones|"
    "(?:gives|gave) (?:the )?instructions|(?:donne|a donné|donnait) (?:les |des )?consignes|"
    # an acta's follow-up report: "El secretario del CPA dio seguimiento a los acuerdos siguientes:"
    "da seguimiento|dio seguimiento|dando seguimiento|"
    "appelle|appellent|attire l’attention|attire l'attention|a attiré l’attention|a attiré l'attention|"
    "draws attention|drew attention|"
    # council minutes: "Cllr. X flagged a concern about…", "Ms. Z gave a presentation on…"
    "flags|flagged|gives a presentation|gave a presentation|made a presentation|"
    # a board's minutes: "Director X expressed her support", "Director Y echoed Director X's comments", "Z reflected
    # that…", "W cited…", "V made reference to…"; the mover and seconder in the active, subject first ("Director X made
    # the motion to approve…", "Director Y seconded the motion."; the passive "The motion was seconded by Y" is the
    # record's, MOTION_SECONDED). "Expressed" and "reflected" with what a person expresses or reflects on ("Concern
    # expressed with this scheme…", "… will be reflected in the codes" are no one's turn)
    "expresses (?:that|his|her|their|my|our|the|a|an|some|concerns?|support|interest|appreciation|thanks|opposition|she|he|they)|"
    "expressed (?:that|his|her|their|my|our|the|a|an|some|concerns?|support|interest|appreciation|thanks|opposition|she|he|they)|"
    "echoes|echoed|reflects (?:that|on)|reflected (?:that|on)|cites|cited|references|referenced|makes reference|made reference|"
    "makes the motion|made the motion|makes a motion|made a motion|seconds the motion|seconded the motion|"
    "seconded this request|seconded the request|calls for a motion|called for a motion|calls for a vote|called for a vote|"
    # a procès-verbal's debate in reported speech, a councillor's stance told with a verb of feeling or judging
    # ("Monsieur Leblanc ne saisit pas quelles sont…", "Monsieur Tanguy est gêné par le nom…", "X s'étonne de…"), and a
    # vote given with its reason ("Monsieur Papin s'abstient car il n'est pas d'accord…"; a bare "s'abstient" or "vote
    # contre" is the record's tally): what the councillor said at the sitting
    "ne saisit pas|ne comprend pas|ne voit pas|est gênée?|est surprise?|est étonnée?|s’étonne|s'étonne|"
    "est favorable|est défavorable|n’est pas d’accord|n'est pas d'accord|s’oppose|s'oppose|"
    "s’abstient car|s'abstient car|s’abstient parce|s'abstient parce|vote contre car|vote contre parce|"
    "no entiende|no comprende|se muestra de acuerdo|no está de acuerdo|se opone|se sorprende|"
    "se abstiene porque|se abstiene ya que|vota en contra porque|vota en contra ya que|"
    "does not understand|did not understand|is concerned|was concerned|is surprised|was surprised|"
    # a working group's scribe telling a stance with its degree or its refusal ("Marten is somewhat concerned that…",
    # "Ian doesn't want on-the-wire priority", "X asserts that…"), as "ne veut pas", "no quiere" are the speaker's
    "is somewhat concerned|was somewhat concerned|is very concerned|was very concerned|is a bit concerned|"
    "was a bit concerned|does not want|doesn’t want|doesn't want|did not want|didn’t want|didn't want|no quiere|"
    "asserts|asserted|"
    # a board's notes telling a director's wish or stance as what the director said ("Vera wants to know the job
    # description…", "Noah is happy for Mars to stay…", "Vera is still interested in…"), as "veut", "voudrait",
    # "est favorable" do in French and "quiere saber", "está interesada en" in Spanish
    "wants to know|wanted to know|would like to know|is happy for|is happy with|is happy to|was happy for|was happy with|"
    "was happy to|is interested in|is still interested in|was interested in|"
    "quiere saber|quería saber|está interesad[oa] en|sigue interesad[oa] en|"
    "abstains because|abstained because|votes against because|voted against because"
)
# present, imperfect, perfect, pluperfect, participle, and the conditional minutes use for a wish or a request put
# softly ("Monsieur X souhaiterait avoir un retour…", "Mme Y demanderait que…")
# "assurer" is speech with what it asserts ("assure que…", "assure les élus que…"), not with a task ("assure un tuilage sur
# certains dossiers", "assure la présidence", "assure le suivi"): an article and no "que" after it is the task
_TASK_AFTER = r"(?!\s+(?:un|une|le|la|les|l[’']|des|du|son|sa|ses|leur|leurs)\b(?![^.;:\n]{0,60}\bqu(?:e\b|[’'])))"
_ER_FORMS = "|".join("|".join(f + (_TASK_AFTER if s == "assur" else "") for f in
                              (f"{s}e", f"{s}ent", f"{s}ait", f"a {s}é", f"avait {s}é", f"{s}é", f"{s}erait", f"{s}eraient"))
                     for s in _ER)
_IRREGULAR_X, _ER_FORMS_X = _IRREGULAR.replace(" ", r"\s+"), _ER_FORMS.replace(" ", r"\s+")
SPEECH_VERB = re.compile(rf"""
    (?<![\w’'])
    (?: (?:n[’']\s*)? (?:se\s|s[’']|lui\s|leur\s)? )      # negation, reflexive or dative clitic
    (?: a\s(?:\w+\s)? )?                                 # auxiliary with an adverb: "a ensuite"
    (?: {_IRREGULAR_X} | {_ER_FORMS_X} )     # (spaces inside the phrases made explicit for re.X)
    (?![\w’'])
""", re.I | re.X)

# a diary's summary listing who took the floor, the verb in the plural before the honorifics ("En turno de fijación
# de posiciones intervienen la señora X, del Grupo Mixto; señores Y, …", "Interviennent Mme X et M. Y.", "Speaking
# in the debate were Mr X and Ms Y."): the record's, nobody's words, and whoever was reported before no longer speaks
# ("Intervienen muchos factores" names no one)
TURNS_LISTED = re.compile(r"""^[^.;:\n]{0,80}?(?<![\w’'])(?:intervienen|intervinieron|han\s+intervenido|interviennent
    |sont\s+intervenu(?:e)?s|(?:speaking|taking\s+part)(?:\s+in\s+the\s+debate)?\s+were)
    \s{1,20}(?:(?:la|el|las|los)\s{1,20})?(?:señora?s?|señores|sr(?:a|es|as)?\.|don|doña|d\.|dña\.|M\.|MM\.|Mmes?\.?|Mrs?\.?|Ms\.?|Dr\.?)\s""",
                          re.X)
# a turn's opening as a record writes it: an honorific, a name, an optional "(Country)", then the verb; with
# SPEECH_VERB after it, tells whether the record tells its turns in the present ("M. X précise", "el señor X comenta")
# or in the past ("M. X a précisé", "X señaló", "X noted")
TURN_SUBJECT = re.compile(rf"(?<![\w.])(?:{HONORIFIC_RE}|{LOWER_HONORIFIC_RE})[ \t]+{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,3}}"
                          r"[ \t]+(?:\([^()\n]{1,40}\)[ \t]+)?")
PAST_TURN_VERB = re.compile(r"^(?:(?:n[’']\s*)?(?:se\s|s[’']|lui\s|leur\s)?(?:a|avait|ont|avaient|ha|había|has|had)\s|.*(?:ó|ed)$)",
                            re.I | re.S)
# a question asked earlier, recalled in the perfect inside someone else's answer in a record told in the present: "M.
# Regmi a demandé si la loi…" in the delegate's reply; "Ms X had asked whether…"; "el señor X ha preguntado si…"
RECALLED_QUESTION = re.compile(r"(?:a|avait|ont|avaient)\s+(?:\w+\s+)?(?:demandé|posé\s+la\s+question|soulevé\s+la\s+question)"
                               r"|(?:has|had|have)\s+(?:\w+\s+)?asked|(?:ha|había|han|habían)\s+(?:\w+\s+)?(?:preguntado|consultado)",
                               re.I)

# a name then a passive auxiliary right before the speech verb ("Stefan Hagen was asked to label…", "Ana was invited
# to…", "Ana fue invitada a…", "Luc a été invité à…"): the name is the one spoken to, not the speaker
PASSIVE_AFTER_NAME = re.compile(r"""[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:was|were|is|are|has[ \t]+been|had[ \t]+been
    |will[ \t]+be|fue|fueron|ha[ \t]+sido|a[ \t]+été|ont[ \t]+été|est|sont)[ \t]{1,3}(?:(?:also|then|aussi|también)[ \t]{1,3})?""",
                                re.X)
# "donne la parole à X": X speaks next
HANDOFF = re.compile(r"""
    (?: (?:donne|passe|cède|laisse|redonne|rend)(?:\s+\w+)?\s+la\s+parole\s+à
      | la\s+parole\s+est\s+(?:\w+\s+)?(?:donnée|passée|laissée|cédée|rendue)\s+à
      | gives\s+the\s+floor\s+to | gave\s+the\s+floor\s+to | hands\s+over\s+to | handed\s+over\s+to | invites | invited
      | calls\s+(?:on|upon) | called\s+(?:on|upon)
      | (?:da|concede|cede)\s+(?:el\s+uso\s+de\s+)?la\s+palabra\s+a(?:l)?
      | (?<![\w’'])place\s+à | (?<![\w’'])au\s+tour\s+(?:de|d[’'])      # a report's next talk: "Place à X", "Au tour de X"
      | next\s+up\s+(?:was|is|came) | then\s+came
    )\s*$
""", re.I | re.X)
# an event report's (crónica, compte rendu, recap) turn phrase right before the name of the next speaker, who holds
# the sentences after it up to the next such phrase or heading: "ha sido el turno de X", "En primer lugar, ha hablado
# X", "Seguidamente, ha intervenido X, quien…", "C'est ensuite au tour de X", "Puis est intervenue X", "Next up was
# X". The sentence itself only announces (the writer's), unless a relative clause says what X said (REPORT_TURN_SAYS)
REPORT_TURN = re.compile(r"""
    (?: (?<![\w’'])(?:el\s+)?turno\s+(?:de|para)
      | (?<![\w’'])(?:ha|había|han|habían)\s+(?:hablado|intervenido|tomado\s+la\s+palabra|subido\s+al\s+(?:escenario|estrado))
      | (?<![\w’'])(?:le|les)\s+(?:ha\s+)?(?:tocado|tocó|toca)\s+(?:el\s+turno\s+)?a
      | (?<![\w’'])(?:au|à\s+son)\s+tour\s+(?:de|d[’'])
      | (?<![\w’'])place\s+à
      | (?<![\w’'])(?:est|sont)\s+(?:ensuite\s+|alors\s+|enfin\s+)?(?:intervenue?s?|montée?s?\s+sur\s+(?:scène|l[’']estrade))
      | (?<![\w’'])next\s+up\s+(?:was|is|came) | (?<![\w’'])then\s+came
      | (?<![\w’'])the\s+(?:next|last|final|first)\s+speaker\s+(?:was|is)
    )\s*$
""", re.I | re.X)
# after REPORT_TURN's name (an apposition at most), a relative clause with a verb of saying, in the perfect of a
# report ("…, quien ha destacado…", "…, qui a rappelé…", "…, who explained…"): the sentence is the new speaker's
REPORT_TURN_SAYS = re.compile(r"""
    (?:\s*,[^,.;:!?\n]{1,80})?\s*,?\s*(?:quien|quienes|que|qui|who)\s+
    (?:(?:nos|les|le|lui|leur|nous|us|then|ensuite|también|además)\s+){0,2}
    (?:(?:ha|han|había|a|ont|avait|has|have|had)\s+)?(?:(?:\w+)\s+)?
    (?: (?:destac|añad|coment|cont|habl|explic|mostr|enseñ|señal|afirm|indic|present|record|subray|mencion|resalt|insist
          |defend|compart|relat|apunt|manifest|aclar|advert|reivindic|plante|recalc|subray)(?:ado|ido)
      | dicho | expuesto | propuesto | descrito )(?![\w’'])
""", re.I | re.X)
# after a hand-over, a relative clause with a speech verb says what the new speaker does: "cede la palabra al Sr. X,
# quien manifiesta …", "donne la parole à Madame X qui présente …", "invited X, who explained …" (the verb follows)
HANDED_RELATIVE = re.compile(r"\s*,?\s*(?:quien|qui|who)\s+(?:(?:a|ha|had|has|lui|les|nous|se|s[’'])\s+)?", re.I)
# a title the participants list gives in parentheses ("Bob Jones (Treasurer)"), then named with an article ("The
# Treasurer noted…"): the word after the article
TITLE_MENTION = re.compile(r"(?<![\w’'])(?:[Tt]he|[ÉEé]l|[Ll]a|[Ll]e|[Ll][’'])\s*([A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ-]{3,})(?![\w’'])")
# the same with a title of two capitalised words that an attendance list ties to one person ("Parish Clerk: Peter
# King", then "The Parish Clerk reported…"; "Town Clerk", "Acting Chair"): the article, then both words; at the
# sentence's start minutes drop the article ("General Manager said…" where the list gives "Tom Gray - General Manager")
TITLE_MENTION_PAIR = re.compile(r"(?:(?<![\w’'])(?:[Tt]he|[ÉEé]l|[Ll]a|[Ll]e)[ \t]{1,3}|^[ \t]*)([A-ZÀ-Ý][a-zà-ÿ-]{2,30}[ \t]{1,3}[A-ZÀ-Ý][a-zà-ÿ-]{2,30})(?![\w’'])")
# an office written with its department, "The Secretary of State said…", "The Deputy Secretary of Defense said…", "The
# Chief of Naval Operations": one person, the holder of that office, whoever holds another office of the same title
# ("Secretary Wilson" is not "the Secretary of State"); English records name members so when they never give the name
OFFICE_OF_DEPARTMENT = re.compile(r"(?<![\w’'])[Tt]he[ \t]+(?P<office>(?:(?:Deputy|Under|Assistant|Acting|Vice|Associate)[ \t-])?"
                                  r"(?:Secretary|Minister|Director|Administrator|Commissioner|Chief|Attorney)(?:[ \t]+General)?"
                                  r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3})(?![\w’'])")
# "Selon X, …": X is the source of what follows
ATTRIBUTIVE = re.compile(r"(?:^|[,;:]\s*)(?:[Ss]elon|[Pp]our|[Dd][’']apr[èe]s|[Ss]egún|[Aa]ccording to|[Pp]ara|[Dd]e\s+acuerdo\s+con)\s*$")
# the same word opening the sentence, which the capitalised-name pattern takes for a first name ("Según Borja Terán")
ATTRIBUTIVE_LEAD = re.compile(r"(?:Selon|Según|Segun|Para|Pour)\s+")
# a speech verb before its subject, after "as" opening the sentence (after a connective at most): "No obstante, como
# subraya César Peña (RTVE Lab), …", "Comme le souligne X, …", "Tal como explicó X, …": X is the source of the sentence
# (the verb's words, at most two, are checked by SPEECH_VERB). Inside a sentence, "…, comme l'a dit Monsieur X, ce
# sont …" is the speaker citing X, not X's words
AS_SAYS_BEFORE = re.compile(r"^\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,\s*)?(?:[Cc]omo|[Cc]omme|[Tt]al\s+(?:y\s+)?como)\s+"
                            r"(?:l[ea]\s+|l[’']\s*)?((?:[^\W\d_]+\s+)?[^\W\d_]+)\s+$")
# a quotation, then any speech verb before its speaker: '"Lo difícil no es que nos vean", subraya Remei Blasco, …'
# (SAID_AFTER_QUOTE lists the usual ones; the verb's words, at most three, are checked by SPEECH_VERB); "thus" may point
# back at the quotation before the verb: '"Cuando empezamos, …", así explica Juan Pablo el desafío…', '« … », ainsi
# résume X', '"…," thus spoke X'
QUOTE_THEN_VERB = re.compile(r"[”\"»]\s*,?\s*[—–]?\s*(?:(?i:así|asi|ainsi|thus)\s+)?((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+$")
# after the name so placed, the verb's object ("… así explica Juan Pablo el desafío"): a lower-case word, neither a
# conjunction ("said Ana and Tom": two people) nor a possessive ("said Priya's assistant": somebody else)
OBJECT_AFTER_SOURCE = re.compile(r"^\s+(?!(?:and|or|y|e|o|u|et|ou|ni|nor)(?![\w’']))[a-zà-ÿ]")
# a sentence that opens by pointing back at the words just quoted, then names who said them: "Con esta declaración de
# intenciones inauguraba Borja Terán, …", "With these words Anna Berg opened the day", "Par ces mots, Anne Roy a ouvert
# …": the person named next (up to four words on) said the quotation before it
_WORDS_BACK_HEAD = r"""^\s*(?:Con|With|Avec|Par|Sur|On)\s+(?:esta|estas|este|estos|these|this|those|ces|cette|ce|cet)\s+
    (?:palabras|declaraci[óo]n|frase|reflexi[óo]n|afirmaci[óo]n|mensaje|words|statement|remarks|message
     |mots|paroles|propos|d[ée]claration|phrase)\b"""
WORDS_BACK_HEAD = re.compile(_WORDS_BACK_HEAD, re.X)
WORDS_BACK = re.compile(_WORDS_BACK_HEAD + r"(?:\s+[^\W\d_]+){0,4}\s*,?\s*$", re.X)
# a sentence opening on a relative that takes up what was just said, the verb of saying before its subject ("Ce que
# confirme Jean Roe en indiquant que…", "Ce à quoi répond Jean Roe…", "C'est ce que rappelle Jean Roe", "Lo que
# confirma Ana Gil…", "A lo que responde Ana Gil…"): the person named right after the verb speaks (the verb is checked
# with SPEECH_VERB; used with .fullmatch on the words before the name)
INVERTED_SAYS = re.compile(r"""\s*(?:(?:et|mais|y|pero)\s+)?(?:ce\s+(?:que|qu[’']|à\s+quoi)|c[’']est\s+ce\s+(?:que|qu[’'])
    |(?:a\s+)?lo\s+que|con\s+lo\s+que)\s*(?P<verb>[^\W\d_][\w’']{1,24}(?:\s+[^\W\d_]{2,24})?)\s+""", re.I | re.X)
# the words a speaker gives their own name with ("My name is", "je m'appelle", "me llamo"), spelled once for the two
# patterns below
_MY_NAME_IS = r"(?:[Mm]y\s+name\s+is|[Jj]e\s+m[’']appelle|[Mm]on\s+nom\s+est|[Mm]e\s+llamo|[Mm]i\s+nombre\s+es|[Jj]e\s+me\s+présente\s*[,:]|[Mm]e\s+presento\s*[,:])"
# a speaker introducing themselves where no label says who speaks ("My name is Floor, I'm one of the organizers…"):
# the name that follows, when it is someone the text knows
SELF_INTRO = re.compile(rf"^\s*(?:(?:Hello|Hi|Bonjour|Hola|Buenos\s+días)\s*[,!.]?\s+)?{_MY_NAME_IS}"
                        r"\s+([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,2})")
# a labelled speaker giving their own name inside their turn, at a sentence's start, the pronoun written or not ("Yo
# me llamo Juana Lissette, para servirle.", "Moi, je m'appelle Jean Roy", "My name is Jane Roe"; a full name only): the name that
# follows (`self_named`: the label's spelling of that name gives way to another label that writes it so)
TURN_SELF_INTRO = re.compile(r"(?:^|(?<=[.!?…])\s{1,3})(?:(?:Oui|Bonjour|Bonsoir|Alors|Donc|Sí|Hola|Yes|Hello|Hi)\s*[,!.]?\s+)?(?:(?:Yo|Y\s+yo|Moi|Et\s+moi)\s*,?\s+)?"
                             rf"{_MY_NAME_IS}\s+"
                             r"(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,3})")
# how many letters a word of a label may be off the name its speaker says, for the label to be a spelling of it
SELF_NAMED_LETTERS_OFF = 2
# a label that relays a written comment, not speech in the call ("David in comments: SLOP.", "Ana en el chat: …",
# "Luc dans le chat : …"): narration that does not end the turn
CHAT_RELAY_LABEL = re.compile(r"^\s*[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2}\s+(?:in|on|dans|en|via)\s+(?:the\s+|le\s+|les\s+|el\s+"
                              r"|los\s+|la\s+)?(?:comments?|chat|commentaires?|comentarios?)\s*$", re.I)
# a photo caption: a name and a position, then "during their talk" and nothing else ("Sergi Cameron, director de
# Entretenimiento en PlayGround, durante su charla.", "Anna Berg, build lead, during her keynote"): nobody's words
CAPTION_DURING = re.compile(r""",\s*(?:durante|during|lors\s+de|pendant|en)\s+(?:su|sus|his|her|their|the|son|sa|ses|la|el|le)\s+
    (?:[^\W\d_]+\s+){0,2}(?:charla|intervenci[óo]n|ponencia|conferencia|presentaci[óo]n|mesa\s+redonda|talk|presentation|keynote
     |speech|session|panel|intervention|conf[ée]rence|expos[ée]|discours|table\s+ronde)\s*\.?\s*$""", re.X | re.I)
# what may follow the name of a source that opens or closes a clause: an affiliation in brackets, then a comma or the end
# a nickname after a name, which ends the line or the sentence: "Philippe Pitolli, dit karchnu", "Marie Curie, dite
# « Mimi »", "Jane Roe, aka jroe", "Ana Gil, alias Anita": French "dit"/"dite" here means "known as", not "says"
NAME_ALIAS = re.compile(r"""^[^\S\n]{0,3},[^\S\n]{0,3}(?i:dite?|surnomm[ée]e?|alias|aka|a\.k\.a\.?|apodad[oa]|llamad[oa])[^\S\n]{1,3}
    [«"“'(]?[^\S\n]{0,2}[^\s,;:.!?«»"“”()]{1,40}[^\S\n]{0,2}[»"”')]?[^\S\n]{0,3}[.;]?[^\S\n]{0,3}(?:\n|$)""", re.X)
SOURCE_NAME_END = re.compile(r"^\s*(?:\([^()\n]{1,60}\)\s*)?(?:[.!?,;:]|$)")
# "Question de Madame X : …"
FLOOR_TAKEN = re.compile(r"""
    ^\s*(?: (?:Une\s+|La\s+)?(?:question|intervention|réponse|remarque|réaction|témoignage)s?\s+(?:de|d[’'])
          | (?:Introduction|Présentation|Exposé|Conclusion|Synthèse|Mot\s+d[’']accueil|Restitution)\s+(?:par|de|d[’'])
          | (?:Question|Comment|Remark|Introduction|Presentation|Summary|Welcome)\s+(?:from|by)
          | (?:Intervención|Pregunta|Respuesta|Presentación|Introducción)(?:\s+a\s+cargo)?(?:\s+(?:de|del)(?:\s+la|\s+el)?)? )\s*$
          # (the bare noun too: in "Respuesta del Sr. Alcalde" the role mention starts at "del")
""", re.I | re.X)
# a paragraph's number before its first words ("4.- El Tesorero X informó", "12) La Sra. Y explica"): still the start
_ITEM_LEAD = r"(?:\s*(?:\d{1,3}|[IVXL]{1,5})\s?(?:\.-|\.|\)|-|–)\s*)?"
# the hour that opens a minutes sentence, before its subject: "Siendo las 09:32 horas el presidente declaró abierta…",
# or the clock time a live scribe notes before it ("9:30 Mark notes that…", "9:35: Mark goes through…")
_TIME_LEAD = r"(?:(?:Siendo|A)\s+las\s+\d{1,2}(?:[:.,h]\d{2})?\s*(?:horas|hs\.?|h\.?)?\s*,?|\d{1,2}:\d{2}:?[ \t]{1,5})?"
# the number of a minute or of an item of it, opening a line: a numbered minute ("70/17", "2024/05", "64/17c"), a
# numbered item ("3.", "3.2", "IV."), a lettered one ("a)", "(b)")
ITEM_REF = r"(?:\d{1,4}/\d{2,4}[a-z]?|\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-zA-Z]\)|[IVXL]{1,5}\.)"
# a sentence that opens with a numbered minute's reference ("71/17 Declaration of Interest…", "2024/05 Budget"): a new
# item of the minutes begins, and the last speaker's turn ends with the one before
MINUTE_REF_LEAD = re.compile(r"^\s{0,4}\d{1,4}/\d{2,4}[a-z]?(?:[ \t]{1,3}[–—-])?[ \t]{1,3}[A-ZÀ-Ý]")
# an action the minutes assign, in the infinitive after the person's name or initials: "PW to circulate the report…",
# "The Parish Clerk is to follow this up…", "Jane Roe will circulate…"; French and Spanish "X se charge de…", "X est
# chargée de…", "X queda encargada de…", "X se encargará de…": a task the record notes, not anyone's words
ACTION_AFTER_NAME = re.compile(r"""[ \t]{1,3}(?:
      (?:(?:is|are)[ \t]{1,3})?to[ \t]{1,3}(?!be\b)[a-z]{2,}
    | se[ \t]{1,3}charge(?:ra)?[ \t]{1,3}d | (?:est|sont)[ \t]{1,3}charg[ée]e?s?[ \t]{1,3}d
    | se[ \t]{1,3}encarga(?:r[áa])?[ \t]{1,3}de | queda(?:n)?[ \t]{1,3}encargad[oa]s?[ \t]{1,3}de )""", re.X)
# an item's heading run into its first sentence, the speaker after a dash or after the first lettered sub-item: "78/17
# Police Report – PK reported…", "a) Farm Tenancy Agreement – CC noted…", "3.2 Budget - Ana Gil informa…", "77/17
# Handyman’s Report a) The Parish Clerk presented…" (the heading has no sentence's end in it)
_RUN_IN_HEADING = rf"^\s*{ITEM_REF}[ \t]{{1,3}}[A-ZÀ-Ý][^.!?;:–—\n]{{0,160}}?[ \t](?:[–—-]|\(?[a-h]\))[ \t]{{0,3}}"
# an unnumbered item heading of a few words run into its first sentence after a spaced dash, the speaker right after it:
# "IDS – Steve reported…", "Review of website – Stuart reported…", "Budget — Ana informa…", "Bilan - Marie indique…"
# (the heading starts with a capital and holds no sentence's end, colon or other dash)
_DASH_HEADING = r"[A-ZÀ-Ý][^.!?;:–—\n]{0,60}?[ \t][–—-][ \t]{1,3}"
# a sentence-opening adverbial that informal minutes write without the comma before the subject: a linking phrase
# ("D'autre part Vincent fait remarquer…", "De même Ana annonce…", "Après discussions Pierre se propose…", "Pour
# l'instant Luc précise…", "Por otra parte Ana comenta…", "After discussion Bob proposed…") or a topic phrase, a
# preposition then a noun phrase that opens on a determiner, up to five words ("Toujours pour le Téléthon Laurent prend
# la parole…", "A propos de ces situations Paul fait remarquer…", "Suite à cette erreur…", "En cuanto al presupuesto
# Ana explica…", "Regarding the budget Bob noted…"). A name right after it may be the subject (its speech verb is still
# required); a bare preposition before a name ("Pour Vincent…", "Avec Laurent…") is no such lead. Bounded words.
_LEAD_DETERMINER = (r"(?:le|la|les|l[’']|ce|cet|cette|ces|un|une|des|du|au|aux|son|sa|ses|notre|nos|leur|leurs|quelques"
                    r"|al|del|el|los|las|este|esta|estos|estas|su|sus|nuestro|nuestra|unos|unas|the|this|these|that|those|our|its|some)")
LEAD_ADVERBIAL = (r"(?i:d[’']autre\s+part|de\s+m[êe]me|par\s+ailleurs|en\s+outre|de\s+plus|pour\s+l[’']instant|pour\s+le\s+moment"
                  r"|apr[èe]s\s+(?:de\s+longues\s+|quelques\s+)?(?:discussions?|[ée]changes?|d[ée]bats?|d[ée]lib[ée]rations?|r[ée]flexion)"
                  r"|por\s+otra\s+parte|por\s+otro\s+lado|adem[áa]s|de\s+igual\s+(?:modo|forma)|por\s+ahora|por\s+el\s+momento"
                  r"|tras\s+(?:el\s+|la\s+|un\s+|una\s+)?(?:debate|discusi[óo]n|deliberaci[óo]n|intercambio)"
                  r"|in\s+addition|additionally|likewise|similarly|for\s+now|after\s+(?:some\s+)?discussion"
                  r"|(?:(?:toujours|encore|également)\s+)?(?:pour|concernant|suite\s+[àa]|[àa]\s+propos\s+(?=d)|au\s+sujet\s+(?=d)"
                  r"|quant\s+(?=[àa]u?x?\s)|s[’']agissant\s+(?=d)|en\s+cuanto\s+(?=a)|respecto\s+(?=a)|con\s+respecto\s+(?=a)"
                  r"|en\s+relaci[óo]n\s+con|regarding|concerning|as\s+for|as\s+regards|following)"
                  rf"\s*(?:de\s+|d[’']\s*|[àa]\s+|a\s+)?{_LEAD_DETERMINER}(?:(?<=[’'])\s*|\s+)(?:[\w’'-]{{1,30}}\s+){{0,4}}[\w’'-]{{1,30}})")
# a name can be a subject here: at the start, after punctuation or a linking adverb
# (a dash bullet opens a list item whose subject comes next: "- Director X shared…")
SUBJECT_SLOT = re.compile(rf"(?:{_RUN_IN_HEADING}$|^\s*{LEAD_ADVERBIAL}\s+$|^\s*{_DASH_HEADING}$|^{_ITEM_LEAD}{_TIME_LEAD}(?:\(\s*)?|[,;:•▪◦*]|^\s*[-–+][ \t]|\b(?:[Ee]nfin|[Ee]nsuite|[Pp]uis|[Aa]lors|[Dd]e son côté|[Àà] son tour|[Pp]our sa part"
                          r"|[Tt]hen|[Ff]inally|[Aa]simismo|[Ff]inalmente|[Ll]uego|[Ee]ntonces|[Aa]\s+continuaci[óo]n|[Ss]eguidamente"
                          r"|[Aa]cto\s+seguido|[Pp]or\s+su\s+parte|[Aa]\s+su\s+vez|[Dd]espu[ée]s)"
                          rf"|(?:^{_ITEM_LEAD}{_TIME_LEAD}|[,;:•▪◦*]|^\s*[-–+][ \t]|\b(?:[Ff]inalmente|[Ll]uego|[Ss]eguidamente|[Pp]osteriormente|[Aa]simismo"
                          r"|[Dd]espu[ée]s|[Aa]\s+continuaci[óo]n|[Aa]cto\s+seguido)\s)\s*(?:[ÉEée]l|[Ll]a|[Ll]os|[Ll]as))\s*$")
# ("El Sr. Farrona explica", "Finalmente el Dr. Pérez agradeció", "• El regidor Moya Sánchez consulta": the article of
# an honorific or a title, after a linking adverb or a list item's bullet too, "+" as a scanned acta's OCR gives it)
# a diary's summary names a minister by the office, the holder's surnames in brackets, then the verb ("El señor
# vicepresidente segundo del Gobierno y ministro de Economía y Hacienda (Solbes Mira) expone…", "The Minister of
# Police (Mr N P T Nhleko) replied…"): the bracketed name is the subject when the words before the bracket are an
# office after its article, at the sentence's start or after a comma (`office_first_labels.office_phrase` checks the
# office); "Interviene de nuevo el señor ministro (X)." has no subject slot
OFFICE_BRACKET_SLOT = re.compile(r"(?:^|[,;:])\s*(?P<office>(?:[ÉEé]l|La|[Tt]he|Le|L[’'])\s*[^\W\d_][^()\[\],;:.!?\n]{1,150}?)\s*\(\s*$")
# a topic heading on a line of its own that the splitter runs into the first sentence under it, its last word
# capitalised or bracketed (the Topic column of a flattened minutes table, a summary's topic line): "2030 Vision
# Alignment" | "Kevin stressed…", "Suivi du Budget" | "Marie indique…", "Research Update (Fergie)" | "Fergie gave…"
# (a hard-wrapped prose line ends in a lower-case word: "… the report that" | "Kevin presented…" is no heading);
# matched from the sentence start to the name, so no "^"
TOPIC_LINE_BEFORE = re.compile(r"[A-ZÀ-Ý0-9](?:[^\n.!?:;]{0,80}[ \t])?(?:[A-ZÀ-Ý0-9][^\s.!?:;,]{0,30}|\([^()\n.!?]{1,40}\))[ \t]*$")
# a paragraph's first line that is a short topic heading in lower case, the name opening the next line ("Responsabilités
# des administrateurs" | "Tharyrok propose que…", "Budget review" | "Kevin stressed…"): capitalised first word, no
# sentence punctuation, no comma; short enough (TOPIC_RUN_IN_MAX_CHARS, TOPIC_RUN_IN_MAX_WORDS) that it is no
# hard-wrapped prose line running to its fill width
TOPIC_RUN_IN_LINE = re.compile(r"[A-ZÀ-Ý0-9][^\n.!?:;,…]*[^\s.!?:;,…]")
TOPIC_RUN_IN_MAX_CHARS = 45
TOPIC_RUN_IN_MAX_WORDS = 6
# a subject pronoun of the group or the first person with one member's name in brackets right after it: "On (e-jim) va
# aller voir…", "We (Jana) will draft…", "Nosotros (Ana) revisamos…" (`bracketed_subject`): the name is one word or two,
# no list ("On (Ana et Paul)…" has a join word, "We (all) agreed" names nobody: the caller resolves it)
PRONOUN_BRACKETED = re.compile(r"""^\W{0,3}(?:on|nous|we|nosotr[oa]s|je|I|yo)[ \t]*
    \((?P<who>[^\W\d_][\w.’'-]{1,25}(?:[ \t][^\W\d_][\w.’'-]{1,25})?)\)[ \t]+[a-zà-ÿñ]""", re.I | re.X)
# a title between the punctuation and the name: ", l'ambassadrice Élise X indique"
TITLE_SLOT = re.compile(rf"(?:^{_ITEM_LEAD}|[,;:]|^\s*[•▪◦*+-][ \t])\s*(?:[Ll]e|[Ll]a|[Ll][’'])\s*((?:[a-zà-ÿ-]+\s+)?[a-zà-ÿ-]+)\s+$"
                        rf"|(?:^{_ITEM_LEAD}|[,;:]|^\s*[•▪◦*+-][ \t])\s*(?:[ÉEé]l|La|[Tt]he)\s+((?:[A-Za-zÀ-ÿ-]+\s+)?[A-Za-zÀ-ÿ-]+"
                        r"(?:\s+(?:de|del|of)\s+[A-ZÀ-Ý][a-zà-ÿ-]+)?)\s+$"  # "El Tesorero X informó", "El Secretario de Actas X"
                        # after an opening phrase and its comma, the article in lower case before a capitalised title:
                        # "Por su lado, el Honorable Senador señor X estimó…", "Enseguida, la Ministra Y propuso…"
                        r"|[,;:]\s*(?:el|la)\s+([A-ZÀ-Ý][a-zà-ÿ-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ-]+)?)\s+$")
# a word ending such a "title" makes it a noun phrase about the name that follows ("La voix de X", "la propuesta del
# X", "La deuda con X"), not the name's title; for a title that names a new person, a conjunction too ("el informe y X")
_TITLE_PREPOSITIONS = r"de|du|des|à|of|del|con|avec|with|sur|sobre|para|pour|por|par|sin|sans|contre|contra|chez|dans|for|about"
# the preposition inside a title ("Secretario de Actas", "Presidente del Consejo"): the noun after it is the title's
TITLE_OF = {"de", "del", "du", "des", "of"}
TITLE_ENDS_IN_PREPOSITION = re.compile(rf"\b(?:{_TITLE_PREPOSITIONS})$")
TITLE_ENDS_IN_LINK = re.compile(rf"\b(?:{_TITLE_PREPOSITIONS}|y|e|et|and)$")
# the article before a title right before a name ("La Presidenta Laura Gómez"): it gives the title's gender
ARTICLE_BEFORE_TITLE = re.compile(r"(?:^|\W)(el|la|le|the)\s+(?:\w+\s+)?\w+\s+$", re.I)
# verbatim label tail after a name already found in the text: "M. X : …", "Mme Y (org). – …"
SPEAKER_LABEL = re.compile(r"^\s*(?:,[^,:.]{1,120},|\([^)]{1,120}\))?\s*(?::|\.\s*[–—-])\s*\S")
# someone unnamed takes the floor
ANONYMOUS = re.compile(r"""
    ^\s*(?: (?:un|une)\s+(?:participant|participante|auditeur|auditrice|personne|membre)\b[^,.]{0,60}?
          | (?:an?\s+)?(?:audience\s+member|participant)\b[^,.]{0,40}?
          | la\s+salle )\s*(?:,\s*)?
""", re.I | re.X)
AUDIENCE_NAME = "Participant·e de la salle"
# a label that names the room, not a person ("Audience: array of list."): whoever spoke is not named (folded)
GROUP_LABELS = {"audience", "the audience", "audience member", "public", "le public", "la salle", "salle", "the floor",
                "floor", "publico", "el publico", "room", "the room"}
# a verb after these belongs to a relative clause, not to the name before it
RELATIVE_BEFORE = re.compile(r"(?<![\w’'])(?:qui|que|qu[’']|dont|who|that|which|que|quien)\s*(?:\w+\s+)?$", re.I)
# a line that ends like a paragraph: a full stop, a question or exclamation mark, a closing quote or bracket, an emoji
# (not a letter, a digit, a comma or a hyphen, as a line wrapped mid-sentence does)
PARAGRAPH_END = re.compile(r"[^\w\s,;(\-–—]\s*$")
# a speaker's heading "Name Surname, their role" ("Csaba Kőrösi, President of the General Assembly")
NAME_ROLE_LINE = re.compile(rf"^[{_UP}][\w’'\-]+(?:\s+[{_UP}][\w’'\-.]*){{1,5}},\s+\S.{{2,100}}$")
# a stenographic record's label in capitals: the name, a comma and the position, sometimes a lower-case note in brackets,
# then a colon and the words, all on one line, longer than a label usually is ("CARLOS HANK GONZÁLEZ, PRESIDENTE DEL
# CONSEJO DE ADMINISTRACIÓN DE GRUPO FINANCIERO BANORTE (interpretación inglés-español): Quiero que…"); the name before
# the first comma, in capitals too, holds no more than CAPS_LABEL_NAME_WORDS words
CAPS_TITLED_LABEL = re.compile(rf"""^(?P<label>[{_UP}][{_UP}’'.\- ]{{1,60}},[{_UP}’'.,\- ]{{2,160}}?
    (?:\s*\([^()\n:]{{1,60}}\))?)\s*:\s+(?P<body>\S.*)$""", re.X | re.S)
CAPS_LABEL_NAME_WORDS = 5
# a line that ends on the dash closing an aside it opened ("—¿Alguien más? A ver, el compañero, y ya—", "―Adelante―"):
# a stenographer's aside (the speaker's words to the room) ends the line's words as a stop would, so a label on the
# next line opens a turn; the dashes come in pairs (an odd one left open, "we act like —", is a line cut mid-phrase)
ASIDE_CLOSED_END = re.compile(r"^(?:[^—―\n]{0,400}[—―][^—―\n]{0,400}[—―]){1,20}[ \t]{0,20}$")
# the words between a name and a capitalised speech verb end on a full stop (a closing bracket or quote, a dash may
# follow it): the verb opens a new sentence or a summary's next item ("MM. X, Y (Eure). — Demande de renvoi : M. Z.",
# "… Jane Roe. Asks the clerk…"), the name is not its subject (`mentions.opener_verb`; searched in the gap only)
NEW_SENTENCE_GAP = re.compile(r"[.!?][)\]»”\"’']?[ \t]{0,3}(?:[—–-][ \t]{0,3})?\Z")
# --- office-first speaker labels (ingest.office_first_labels) ---
# a stenographic record's label that gives the office first and the name after its last comma, often in capitals
# ("PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO:", "SECRETARIO DE INFRAESTRUCTURA, COMUNICACIONES Y TRANSPORTES,
# JESÚS ANTONIO ESTEVA MEDINA:", "LE PRÉSIDENT DE LA RÉPUBLIQUE, EMMANUEL MACRON :", "Secretary of State, Jane Roe:"):
# the words that may open the office besides OFFICE_TITLES and PERSON_TITLES: occupations and a place's people a
# record describes a guest by ("ESCRITOR, MARDONIO CARBALLO:", "HABITANTE DE X, VERACRUZ, MARÍA CRUZ HERNÁNDEZ:")
LABEL_OCCUPATIONS = frozenset(fold(w) for w in (
    "escritor", "escritora", "writer", "écrivain", "écrivaine", "maestro", "maestra", "teacher", "professeur",
    "professeure", "profesor", "profesora", "enseignant", "enseignante", "habitante", "habitant", "resident",
    "vecino", "vecina", "subsecretario", "subsecretaria", "comisionada", "fiscal", "jefe", "jefa", "ambassadrice",
    "rector", "rectora", "recteur", "rectrice", "chief", "dirigente", "vocero", "vocera",
    # a debate's candidates ("Candidata a la Presidencia por la Coalición “…”, Claudia Sheinbaum Pardo:")
    "candidato", "candidata", "candidate", "candidat", "aspirante",
))
# a video insert's testimony labels its speaker by what they are to the service shown, then the name
# ("DERECHOHABIENTE, ROSA PÉREZ LUNA:", "MADRE DEL PACIENTE, ANA SOTO:", "BÉNÉFICIAIRE, JEANNE MARTIN :", "PATIENT,
# JANE ROE:"): the role before the last comma, the person after it, as with LABEL_OCCUPATIONS (folded)
LABEL_TESTIMONY_ROLES = frozenset(fold(w) for w in (
    "derechohabiente", "beneficiario", "beneficiaria", "bénéficiaire", "beneficiary", "paciente", "patient",
    "patiente", "usuario", "usuaria", "usager", "usagère", "madre", "padre", "mère", "père", "mother", "father",
    "familiar", "tutor", "tutora",
))
# the words that may follow the office's first word before its complement ("DIRECTOR GENERAL DE …", "SECRETARY OF …")
# are ROLE_QUALIFIERS; the complement opens with one of these prepositions (folded)
OFFICE_COMPLEMENT_LEADS = frozenset({"de", "del", "of", "for", "du", "des", "d", "pour", "para", "en", "in", "at",
                                     "a", "por"})  # "Candidato a la Presidencia", "Senador por Jalisco"
# the ordinal that ranks one of several holders of an office ("VICEPRESIDENTE SEGUNDO DEL GOBIERNO", "Secretaria
# primera", "First Deputy Minister", "premier vice-président"): part of the office, as its qualifiers are
OFFICE_ORDINALS = {fold(w) for w in (
    "primero", "primera", "primer", "segundo", "segunda", "tercero", "tercera", "tercer", "cuarto", "cuarta",
    "first", "second", "third", "fourth", "premier", "première", "deuxième", "seconde", "troisième",
)}
# a parliament's diary writes a minister's turn office first, the holder's surnames in brackets after it ("El señor
# MINISTRO DE HACIENDA (Pérez García): …", "La señora VICEPRESIDENTA PRIMERA DEL GOBIERNO (Fernández de la Vega
# Sanz): …", "The MINISTER OF POLICE (Mr N P T NHLEKO): …"); the office may run longer than a label usually does.
# The head holds no colon nor bracket, the brackets no bracket: linear (`office_first_labels.office_then_holder`
# tells the office and the name apart)
OFFICE_HOLDER_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:()\[\]\n]{2,220}?\([^()\[\]\n:]{3,60}\))[ \t]{0,3}:"
                                 r"[ \t]{0,20}(?P<body>\S.*)?$", re.S)
# an office-first label may run that long, its name after the last comma included (the office can name a long
# programme: "COORDINADOR GENERAL DE PUNTOS DE INNOVACIÓN, LIBERTAD, ARTE, EDUCACIÓN Y SABERES (PILARES) …, NAME")
OFFICE_FIRST_CHARS = 220
# the name after the office: two to six words
OFFICE_FIRST_NAME_WORDS = (2, 6)
# an office-first label in capitals on the line of its words, longer than LABEL_LINE's 90 characters: the office
# (capitals, commas, brackets), the name after the last comma, a bracketed note, the colon, the words
# the same label in ordinary case, its office with quotes in it ("Candidata a la Presidencia por la Coalición “Fuerza y
# Corazón por México”, Bertha Xóchitl Gálvez Ruiz: words"), checked by `office_first_labels.office_first`
OFFICE_FIRST_LABEL_LONG = re.compile(rf"""^(?P<label>[{_UP}][^:\n]{{20,220}}?,[ ][{_UP}][^:\n,]{{2,80}}?)[ \t]{{0,3}}:[ \t]+(?P<body>\S.*)$""",
                                     re.S)
CAPS_OFFICE_FIRST_LABEL = re.compile(rf"""^(?P<label>[{_UP}][{_UP}’'.,()\- ]{{20,220}}?,[ ][{_UP}][{_UP}’'.\- ]{{2,80}}?
    (?:\s{{0,3}}\([{_UP} ]{{1,40}}\))?)\s{{0,3}}:\s+(?P<body>\S.*)$""", re.X | re.S)
# a transcriber's sound note in square brackets before the label that opens a turn ("[MUSIC PLAYING] AJA: Hi…",
# "[Applause] MARY: …", "[Musique] MARIE : …", "[Aplausos] ANA: …"): a few words, no colon or bracket inside, then
# the label (a "[10:31]" timestamp is read before it; a "[ Note de la rédaction: …]" note has a colon and is not one)
LEAD_SOUND_NOTE = r"(?:\[[^\[\]:\n\d]{1,40}\]\s+)?"
# a parliament's label on a line of its own whose brackets give a long office, longer than a label usually is
# ("L'hon. Stéphane Dion (président du Conseil privé de la Reine pour le Canada et ministre des Affaires
# intergouvernementales, Lib.):", "The Hon. Jane Roe (Minister of …, Lib.):", "El señor PÉREZ (Ministro de …):"): the
# name before the brackets (no colon, no bracket), the office inside them (no nested bracket), the colon ending the line
PAREN_LABEL_ALONE = re.compile(r"^(?P<name>[^\W\d_][^:()\[\]\n]{1,60}?)\s*\((?P<office>[^()\n]{1,300})\)\s*:\s*$")
# a label in capitals on a line of its own may run that long when it is "NAME, POSITION" (a bare name or role: 8 words)
CAPS_LABEL_WORDS = 16
# a line of its own in capitals longer than a bare name or role may be (and no "NAME, POSITION" label), with no full
# stop: a record's title ("INTERPELLATION DE MME EVELYNE HUYTEBROECK A M. HERVE HASQUIN, PRESIDENT DU COLLEGE, A PROPOS
# DES AIDES …"), nobody's words; the turn before it ends
CAPS_HEADING_WORDS = 9
# the plural endings a heading's noun may carry where the text writes the noun in the singular ("CONSTANCIAS" and
# "dejar constancia", "NORMAS" and "norma de quórum"; French, English and Spanish alike: `attribution.common_heading`)
PLURAL_ENDINGS = ("es", "s", "x")
# a Spanish salutation, which takes a colon ("Señor presidente:", "Señoras y señores:", "Señora secretaria de
# Economía:"): the honorific spelled out, no article, and the addressee's title in lower case. A speaker label writes
# an article or an abbreviation and the role capitalised ("El señor PRESIDENTE:", "Sr. Presidente:")
SALUTATION = re.compile(r"^(?:Señor|Señora|Señores|Señoras|Señorita)\s+[a-zà-ÿ][\w’'-]*(?:\s+[\w’'-]+){0,5}\s*:?\s*$"
                        # a report or a message addressed to a chamber opens by saluting it, in capitals or not:
                        # "HONORABLE SENADO:", "Honorable Cámara:", "H. Asamblea:", "Excelentísima Corte:"
                        r"|^(?i:honorable|h\.|excelent[íi]sim[ao]|excma\.|excmo\.)\s+"
                        r"(?i:senado|c[áa]mara|asamblea|sala|corte|congreso|concejo|consejo|junta|convenci[óo]n)\s*:?\s*$")
# a presidency qualified by the body presided, as a speaker's own label gives it ("Président du Collège", "Presidenta
# del Consejo", "Chair of the Finance Committee"): the president of that body, not the chair of the sitting
PRESIDENT_OF = re.compile(r"^\s*(?i:pr[ée]sident(?:e)?|presidenta|chair(?:man|woman|person)?)\s+"
                          r"(?i:du|de\s+la|de\s+l[’']|des|de|del|de\s+los|de\s+las|of(?:\s+the)?)\s*\S")
TALK_HEADING_WORDS = 60  # words a talk's heading may have, its speakers' names, roles and companies included
# words a talk's title may have after its speaker's name ("Benoit Martin : Introduction à la pensée visuelle"); a
# verbatim turn whose last stop the transcript dropped runs longer
TALK_TITLE_WORDS = 40
# a sentence's end inside the words after a "Name :" ("this should not be normative. Should also improve…"): a
# title is one phrase, so two sentences are a turn whose last stop was dropped; a stop after a word all in lower
# case ("do it. Should"), so that "Dr. Who" or "Vol. II" are no end
# a name with its short form in brackets ("Martin Thomson (MT)", "Eric Gorbaty (Eric G)"): `lines._declares_short_form`
DECLARED_SHORT_FORM = re.compile(rf"(?P<name>[{UPPER}][\w’'-]+(?:[ \t][{UPPER}][\w’'-]+){{1,3}})[ \t]*\((?P<short>[{UPPER}][\w.]{{0,20}}(?:[ \t][{UPPER}]\.?)?)\)")
INNER_SENTENCE_END = re.compile(r"(?<![\w’'-])[a-zà-ÿ]{2,}[.!?…][ \t]+[A-ZÀ-Ý¿¡]")
LINE_HEADING_WORDS = 16  # words a heading on a line of its own may have ("Le logiciel libre comme outil d’accessibilité …")
# a line that ends a sentence, the sentence's stop perhaps inside a closing quote or bracket ("…les gouvernements
# provinciaux.»", '…he said."', "…Ô Canada.]"): no heading, though its last character is no stop; nor is a line whose
# last word an em dash cuts off (CUT_OFF_END)
SENTENCE_LINE_END = re.compile(r"(?:[.!?…;:,][»\"”’')\]]{0,3}|:[-–—]|(?<=[^\W\d_])—)\s*$")  # (":-": the old colon-dash, "as follows:-")
# words a sentence under a role label must have to be that role's speech, not a signature's name ("PRESIDENTE:" /
# "Se abre la sesión."; a "Fdo. Juan Pérez." under "El Presidente:" is shorter)
SPEECH_UNDER_WORDS = 4
# the em dash glued to a word that ends a turn cut off, as a Hansard prints an interrupted speaker ("…the new law says
# no bonuses—", "…and the fees—"): the speaker's words, never a heading or an agenda item
CUT_OFF_END = re.compile(r"(?<=[^\W\d_])—\s*$")
# an editor's note in square brackets over two or three lines, its opening line ending without the bracket closed
# ("[ Note de la rédaction:" / "Les députés se lèvent … et chantent Ô Canada.]", "[Editor's note:" / "…]"): the
# record's, nobody's words, and the turn goes on after it
NOTE_OPENS = re.compile(r"^\s*\[[^\[\]\n]{0,200}$")
NOTE_CLOSES = re.compile(r"^[^\[\]\n]{0,600}\]\s*\.?\s*$")
NOTE_LINES_MAX = 3  # lines such a note may run over
# a short line with no sentence punctuation (one that ends on a dash announces what follows, as a colon does: "That
# the House -" over a resolution's numbered items, no heading; an em dash glued to the last word cuts a speaker off,
# "…the new law says no bonuses—" as a Hansard prints an interrupted turn: words, no heading)
HEADING = re.compile(r"^[^.!?:;]{1,60}(?<![ \t][-–—])(?<![^\W\d_]—)$")  # (the second: CUT_OFF_END)

# Spanish impersonal / passive attribution: "Por el Sr. Alcalde se explica que…", "Se responde por la Sra. X"
# and inverted openers "Interviene Dª X, portavoz de…", "Toma la palabra el Sr. Y"
# the mover of a motion, in the passive: "A motion was presented by X to accept…", "A motion to adjourn was made by X",
# "Une motion est présentée par X", "Una moción fue presentada por X": the proposal is X's, as a speech verb's agent is
# (BY_AFTER_VERB), not a talk's byline; the seconder's "The motion was seconded by Y" is the record's (RECORD_STATEMENT)
_MOTION_MOVED_BY = r"""(?:A|An|The|Une|La|Una)\s+(?:\w{1,12}-)?(?:motion|moción)(?:\s+(?:to|de|d[’'])\s*\w{1,20}(?:\s+\w{1,20}){0,3})?
             \s+(?:was|is|has\s+been|had\s+been|est|a\s+été|avait\s+été|fue|es|ha\s+sido)
             \s+(?:presented|made|moved|put\s+forward|tabled|brought|introduced|présentée|déposée|proposée|presentada|propuesta)
             \s+(?:by|par|por)"""
MOTION_MOVED_BY = re.compile(rf"^\s*{_MOTION_MOVED_BY}\s", re.X)
PASSIVE_BY = re.compile(r"""
    ^\s*(?:[Pp]or\s+(?:parte\s+de\s+)?(?:el|la|los|las)?\s*            # "Por el Sr. Alcalde" / "Por parte de la Sra. X"
         (?:[A-ZÁÉÍÓÚ][^,;:.\n]{2,60},\s*)?)$                            # "Por el Reverendo Padre Provincial, Fray X"
""", re.X)
# "… se explica / se informa / se responde", perhaps after the person's office set off by commas ("Por el Sr. D. Diego
# de la Vega, Contador Mayor Decano, se dijo: Que…")
PASSIVE_VERB_AFTER = re.compile(r"^\s*(?:,[^,;:.\n]{1,60})?,?\s*se\s+\w+", re.I)
BY_AFTER_VERB = re.compile(r"""
    ^\s*(?:Se\s+\w+\s+(?:\w+\s+){0,3}por\s+(?:parte\s+de\s+)?(?:el|la)?   # "Se responde por la Sra. X",
                                                                         # "Se realizan las siguientes preguntas por el Sr. Concejal"
         | (?:(?:Seguidamente|A\s+continuaci[óo]n|Acto\s+seguido|Despu[ée]s|Luego|Finalmente),?\s+)?  # "Seguidamente pregunta Dª X"
           (?:Con\s+(?:la\s+venia|el\s+permiso|la\s+autorizaci[óo]n)\s+de[^,;:.\n]{1,50},\s+)?  # "Con la venia del Presidente, tomó…"
           (?:Interviene|Intervino|(?:Re)?[Tt]oma\s+la\s+palabra|(?:Re)?[Tt]omó\s+la\s+palabra|Tomando\s+la\s+palabra
            |Pide\s+la\s+palabra|Vuelve\s+a\s+tomar\s+la\s+palabra|Hace\s+uso\s+de\s+la\s+palabra|Responde|Contesta|Replica|Expone|Prend\s+la\s+parole|Intervient|Répond
            |Respondió|Contestó|Replicó|Expuso|Preguntó|Pidió\s+la\s+palabra                      # past tense: "Replicó el concejal X:"
            |Salta|Saltó|Insiste|Insistió|Añade|Añadió|Agrega|Agregó|Acota|Acotó|Aclara|Aclaró   # a chronicle: "Salta Facundo recordando…"
            |Consulta|Consultó|Pregunta                                   # an acta: "Consulta nuevamente el señor Ministro si…"
            |Intervention\s+de
            # the agent of a passive verb of saying: "It was noted by Ms. X that…", "Il a été précisé par M. X que…",
            # "Fue señalado por el Sr. X que…"
            |(?:It|Il)\s+(?:was|has\s+been|had\s+been|a\s+été|avait\s+été)\s+(?:also\s+|further\s+|aussi\s+|également\s+)?
             (?:noted|stated|advised|mentioned|reported|pointed\s+out|highlighted|flagged|raised|suggested|proposed|explained
              |confirmed|clarified|observed|remarked|indicated|emphasi[sz]ed|stressed|asked|not[ée]|indiqu[ée]|signal[ée]
              |pr[ée]cis[ée]|rappel[ée]|soulign[ée]|propos[ée]|demand[ée]|expliqu[ée]|mentionn[ée]|observ[ée])\s+(?:by|par)
            |Fue\s+(?:señalado|indicado|manifestado|expuesto|planteado|propuesto|mencionado)\s+por
            # the same with the thing said as the subject: "Un problème de matériel est signalé par Pauline", "The
            # issue was raised by Jane Roe", "El tema fue planteado por la Sra. X": the agent said it
            |[^\W\d_][^.!?;:\n]{0,60}?\s(?:est|sont|a\s+été|ont\s+été|was|were|is|are|has\s+been|have\s+been|fue|fueron|es|son
             |ha\s+sido|han\s+sido)\s+(?:also\s+|aussi\s+|également\s+|también\s+)?
             (?:raised|reported|flagged|mentioned|suggested|proposed|pointed\s+out|presented|signal[ée]e?s?|soulev[ée]e?s?
              |évoqu[ée]e?s?|mentionn[ée]e?s?|rapport[ée]e?s?|propos[ée]e?s?|suggér[ée]e?s?|présent[ée]e?s?|señalad[oa]s?
              |plantead[oa]s?|mencionad[oa]s?|propuest[oa]s?|sugerid[oa]s?|presentad[oa]s?)\s+(?:by|par|por)
            |""" + _MOTION_MOVED_BY + r"""
            |(?<=[\s,])(?:pregunta|ruega|manifiesta|indica|señala|solicita|responde|contesta|interviene|replica|expone)
            )(?:\s+(?:nuevamente|tambi[ée]n|adem[áa]s|de\s+nuevo|otra\s+vez|entonces|luego))?  # "Consulta nuevamente el…"
            \s*,?\s*(?:el|la|de)?                                          # (lower case only after the adverb)
    )\s*(?:(?:Sr|Sra)\.?\s+(?:Concejal[a]?|Portavoz)\s+
          | (?<=\b(?:el|la)\s)(?:[a-záéíóúñü]{4,}\s+){1,2}                  # "Toma la palabra el socio X", "… la consejera X"
          | (?<=\b(?:el|la)\s)[a-záéíóúñü]{4,}(?:\s+[\wáéíóúñü]+){0,4},\s*   # "Intervino el secretario General ad hoc, X:",
                                                                          # "Intervino el gerente de Corregimientos, X:"
         )?$
""", re.X)

# a label that opens with a floor-taking verb ("Intervino Ana Gil, vicepresidenta:") is a sentence about who speaks,
# read by the reported-speech rules (BY_AFTER_VERB), not a label naming "Intervino Ana Gil"
LABEL_FLOOR_VERB = re.compile(r"^(?:Interviene|Intervino|Replica|Replicó|Responde|Respondió|Contesta|Contestó|Pregunta|Preguntó"
                              r"|Expone|Expuso|(?:Re)?[Tt]oma\s+la\s+palabra|(?:Re)?[Tt]omó\s+la\s+palabra|Intervient|Répond"
                              r"|Prend\s+la\s+parole)\b")
# a person's initials defined in the text, "Myles Borins (MBS)", "Dr. Felienne Hermans (FHS)": labels may use them
# (found from the parenthesis back: the name pattern run from every capitalised word of a long capitals text was
# quadratic; a name and its spacing fit in INITIALS_NAME_SPAN characters)
INITIALS_ABBR = re.compile(rf"\((?P<abbr>[{_UP}][{_UP}a-z]{{1,3}})\)")
INITIALS_NAME = re.compile(rf"(?P<name>{NAME_RE})\s*$")
INITIALS_NAME_SPAN = 120
# a speaker label made of initials only ("MF:", "JC:", "OO:"): the one listed person whose name has those initials
INITIALS_LABEL = re.compile(rf"^[{_UP}]{{2,4}}$")
# a turn whose initials label lost its colon ("SA ouais ! Du coup…" among "SA : …" turns; `colonless_labels`): the
# initials the text labels turns with, a space, then a word in lower case; only initials so used at least
# COLONLESS_LABELS_MIN times with their colon
COLONLESS_INITIALS = re.compile(rf"(?P<abbr>[{_UP}]{{2,4}})[ \t]{{1,3}}(?=[a-zà-ÿ])")
COLONLESS_LABELS_MIN = 3
# notes of an exchange that write each turn under the speaker's name in brackets, alone on its line ("(Béatrice)",
# "(Emmanuel C)", "(Elisabeth Lechenne) – qui est arrivée en cours de discussion"): one to three capitalised words, an
# initial allowed, a remark after a dash (`lines._bracketed_name_lines`); so many lines, for so many people, at least
BRACKET_NAME_LINE = re.compile(rf"[ \t]*\((?P<name>[{_UP}][\w’'-]+(?:[ ][{_UP}][\w’'.-]*){{0,2}})\)[ \t]*(?:[–—-][ \t][^()\n]{{1,80}})?$")
BRACKET_NAME_LINES_MIN = 4
# a name's colon line that says who the person is, not what they said: the guests of a round table introduced one a
# line ("Delphine Robinault : élue de la commune de Matignon, et conseillère communautaire", "Emmanuel : citoyen de la
# commune de Taden", "Ana Gil: vecina del barrio", "Jane Roe: resident of Ward 3"): an office or a standing, in lower
# case, then what of (`attribution._keep_labels`: no turn)
PERSON_DESCRIPTION_BODY = re.compile(r"""[ \t]*(?:(?:un|une|le|la|l[’']|el|la|a|an|the)[ \t]*)?
    (?:élue?s?|citoyen(?:ne)?s?|habitante?s?|adjointe?s?|conseill(?:er|ère)s?(?:[ \t]municipa(?:l|le|ux|les)|[ \t]communautaires?)?
      |représentante?s?|vecin[oa]s?|concejal(?:a|es)?|residents?|member[ \t]of[ \t]the[ \t]public)
    [ \t]+(?:de|d[’']|du|des|à|au|en|del|for|of|in)(?![\w’'])""", re.X)
# a guest's heading in a round table's notes: the place the guest stands for, a comma, the full name ("Plouër-sur-Rance,
# Emmanuel Cibert", "Dinan, Laurence Le Du-Blayo") (`listed_headings`)
PLACE_NAME_LINE = re.compile(rf"(?P<place>[{_UP}][\w’'-]+(?:[ ][\w’'-]+){{0,3}}),[ ](?P<name>[{_UP}][\w’'-]+(?:[ ][{_UP}][\w’'.-]+){{1,3}})")
BRACKET_NAME_SPEAKERS_MIN = 3
# minutes typed live that open lines with a short name and a spaced dash ("Ryan S – dropping…", "Wayne – disagrees…"),
# PERSON_DASH_LINES_MIN lines and more, run quick exchanges into one line with no stop between turns: such a name run on
# after a word, before its spaced dash, opens a turn there (`run_on_labels.split_run_on_person_dash_labels`)
PERSON_DASH_LINES_MIN = 3
SPACED_DASH = re.compile(r"[ \t][–—][ \t]")
# a Spanish record's turn label, an article, an honorific and the name or office in capitals ("El señor MONTESINOS
# TORRES", "La señora EMBAJADORA"), as it opens a line before its ".-"; `colonless_labels` finds it where the ".-"
# was dropped ("La señora EMBAJADORA No creo…", "… EMBAJADORA Y es…": the label the text writes with it, then a
# capitalised word in lower case or a one-letter word) or where the turn runs on after the last one's end on the same line ("… pongan (?) El señor X .- Que…")
ARTICLE_CAPS_LABEL = rf"(?:El|La|Los|Las)[ \t]+(?i:señor|señora|señorita|señores|señoras)[ \t]+[{_UP}][{_UP}’'\-]+(?:[ \t]+[{_UP}][{_UP}’'\-]+){{0,4}}"
DASHLESS_CAPS_LABEL = re.compile(rf"(?P<label>{ARTICLE_CAPS_LABEL})[ \t]{{1,3}}(?=[{_UP}¿¡](?:[a-zà-ÿ]|[ \t]))")
DASHED_CAPS_LABEL_LINE = re.compile(rf"[ \t]{{0,3}}(?P<label>{ARTICLE_CAPS_LABEL})[ \t]?\.[-–—][ \t]")
RUN_ON_DASH_LABEL = re.compile(rf"(?<=[.!?…)\]])[ \t]{{1,3}}(?P<label>{ARTICLE_CAPS_LABEL})[ \t]?\.[-–—][ \t]")
# a line a record opens with a label in capitals and ".-" ("EL C. PRESIDENTE.-  Gracias", "ROMO (Desde su curul).-
# Queda…"): counted to tell a record that labels its turns so (`lines.scan_lines`)
CAPS_DASH_LABEL_LINE = re.compile(rf"[ \t]{{0,3}}[{_UP}][{_UP}\s.,'’-]{{1,80}}?(?:\s?\([^()\n]{{1,40}}\))?\s?\.-\s")
CAPS_DASH_RECORD_MIN = 3
# an address in title case with a colon, an honorific then an office or a name ("Señor Secretario:", "Señor
# Licenciado Mario Delgado:", "Madame la Ministre :", after a lead "Le pregunto, señor Secretario:"): in a record whose turns are labelled in capitals with ".-", the
# speaker's own words to the person addressed, never a turn of theirs
VOCATIVE_LABEL = re.compile(rf"^(?:[^,:]{{1,40}},[ \t]+)?(?i:señor|señora|señorita|monsieur|madame|madam|mister)(?:[ \t]+(?:la|le|el))?"
                            rf"(?:[ \t]+[{_UP}][a-zà-ÿ.]+){{1,4}}$")
# words of a heading in capitals that no name and no office holds ("DEBAT SUR LES ORIENTATIONS BUDGETAIRES :", "POINT
# POUR INFORMATION :"): such a label is a heading ("DE", "LA", "LOS", "FOR", "OF" are in names and offices: not here)
HEADING_FUNCTION_WORDS = frozenset({"sur", "les", "pour", "aux", "avec"})


def caps_heading(s: str) -> bool:
    """A capitals line of three words or more holding a heading's function word ("DEBAT SUR LES ORIENTATIONS
    BUDGETAIRES"): a heading, never a name (`labels.parse_label`, `mentions`)."""
    words = s.split()
    return len(words) >= 3 and s.isupper() and any(fold(w) in HEADING_FUNCTION_WORDS for w in words)
# a given name written short in one place and in full in another ("Phill" on the list, "Phillip" in the minutes; "Chris"
# and "Christopher"): the shorter has at least this many letters (`names.candidates`, when nothing else fits)
GIVEN_SHORT_FORM_MIN = 4
# the short form a turn's label gives itself in brackets after the name, which the later turns go by ("Intervenant
# salle (IS) : …" then "IS : …", "Speaker from the floor (SF): …" then "SF: …"): two to four capitals ending the label
DECLARED_INITIALS = re.compile(rf"\(\s{{0,2}}(?P<abbr>[{_UP}]{{2,4}})\s{{0,2}}\)\s{{0,3}}$")
# minutes labelled by initials that the attendance list ties to full names ("AR:" for the listed Andreas Rossberg) hold
# as a convention from this many different initials fitting different listed people (a lone "OK:" does not make one)
INITIALS_CONVENTION_MIN = 2
# initials an attendance list defines for its people, which the minutes then use alone as each one's name ("Pam Bullas
# (PB), Claire Cann (CC) – Chair" and "CC noted that…"; "JR – Jane Roe"; "Mme Anne Martin (AM)"; "Sra. Ana Gil (AG)").
# ENTRY_INITIALS: two to four capitals in brackets after the entry's name
ENTRY_INITIALS = re.compile(rf"\(\s{{0,2}}(?P<abbr>[{_UP}]{{2,4}})\s{{0,2}}\)")
# where one entry's bracketed initials run straight into the next entry's name, no comma between ("Lorraine Hunt (LH)
# Pam Walker (PW)"): the cut after the bracket
INITIALS_THEN_NAME = re.compile(rf"\(\s{{0,2}}[{_UP}]{{2,4}}\s{{0,2}}\)[ \t]{{1,4}}(?=[{_UP}][a-zà-ÿ])")
# an entry that gives the initials first, then a dash, an equals sign or a colon, then the name ("JR – Jane Roe")
INITIALS_FIRST_ENTRY = re.compile(rf"^[\s*•-]{{0,4}}(?P<abbr>[{_UP}]{{2,4}})[ \t]{{0,4}}[–—=:-][ \t]{{0,4}}(?P<name>[^\s–—=:-][^–—=:]{{1,80}})$")
# the entry's title after its name and a dash: "Claire Cann (CC) – Chair", "Ana Gil (AG) - Secretaria" (read by role_of)
ENTRY_TITLE_AFTER = re.compile(r"[ \t][–—-][ \t]{0,4}(?P<title>[^\s–—-][^–—()-]{1,40})$")
# initials opening a line or a sentence, a word in lower case right after them ("JR noted that…", "BL reported…"): where
# minutes that list full names only ("Present: Jane Roe, Bob Lane") name their members by initials all the same
INITIALS_OPENING = re.compile(rf"(?:^|(?<=[.!?…”)] )|(?<=[–—-] ))[ \t]{{0,3}}(?P<abbr>[{_UP}]{{2,4}})[ \t]{{1,3}}(?=[a-zà-ÿ])", re.M)
# a convention only from this many different listed people named so (one "BT said…" may be a company's)
INITIALS_PROSE_MIN = 2
# initials in running text, standing alone: "CC noted that…", "PK reported…", "PB Noted" (a possessive "PK’s" too; not
# part of a longer word, a hyphenated code or a path: "CC-BY", "AB/12")
INITIALS_WORD = re.compile(rf"(?<![\w’'.@/&-])[{_UP}]{{2,4}}(?![\w@/&-]|[’'](?!s\b)\w)")
# an identifier after a name, "Marcelo Blanco SA 004465", "Ana Gil (PV 0031)": the capitals code is not a surname
ID_CODE_AFTER = re.compile(r"\s+\d{3,}")  # used with .match(text, pos)
ID_CODE_TAIL = re.compile(r"\s+[A-Z]{1,3}$")  # the capitals code at a name's end, cut when ID_CODE_AFTER follows
# a word with a digit in it: a deliberation's or a file's number ("D2025-010-", "DCM-2024/12"), never a word of a
# person's name; capitalised words run together with one ("FINANCES D2025-010- Objet") name nobody
NUMBERED_WORD = re.compile(r"\d")
# a number sign right after capitals: "DM N°1 SSIAD", "Acta Nº 158" (the "N" of the sign is no word of a name)
NUMBER_SIGN_AFTER = re.compile(r"\s?[°º]")  # used with .match(text, end of the capitals)

# a group as the subject: nobody in particular speaks ("Le Conseil accepte…", "L'ensemble des conseillers…")
GROUP_SUBJECT = re.compile(r"""
    ^\s*(?:[^,.;:]{1,50},\s*){0,2}                    # "Cependant, compte tenu des délais, le Conseil …"
    (?: (?:le|the|el)\s+(?:conseil(?:\s+municipal)?|council|committee|board|pleno|ayuntamiento|corporación|comité|bureau
          # a working group deciding: "Le GT CNIG Accessibilité valide la proposition…", "The working group agreed…"
          |groupe(?:\s+de\s+travail)?|GT|working\s+group|grupo(?:\s+de\s+trabajo)?)
      | (?:(?:l[’']ensemble|un\s+certain\s+nombre|la\s+plupart|plusieurs|la\s+majorité)\s+des? | tous\s+les)\s+(?:PEOPLE)
      | (?:les|des|los|las|all\s+the|the)\s+(?:\d{1,4}\s+)?(?:PEOPLE)                # "Assis en cercle, les 20 candidat.e.s …"
      | (?:todos|todas)\s+los | (?:it\s+was\s+)?agreed | se\s+acuerda
      | il\s+est\s+décidé | le\s+compte\s+rendu
      | (?:all|everyone|everybody)\s+(?:were\s+|was\s+)?agreed                     # "All were agreed that…"
      # the meeting as a whole: "All in attendance were pleased…", "Many on the call provided…", "Conversation ensued…"
      | (?:all|many|several|some|most|those)\s+(?:in\s+attendance|on\s+the\s+call|present)
      | (?:conversation|discussion|debate)\s+ensued
      # the talk itself as the subject of a verb of saying: "General discussion noted…", "Initial discussion considered
      # that…", "La discusión señaló…", "La discussion a relevé…": the room's, no member's
      | (?:(?:general|initial|further|brief|subsequent|some|the|a)\s+){1,2}discussion\s+(?:noted|considered|concluded
          |agreed|suggested|highlighted|identified|raised|revealed|showed|indicated|supported|favou?red|felt|recogni[sz]ed)
      | (?:la|el)\s+(?:discusi[óo]n|debate)\s+(?:señal[óa]|concluy[óe]|consider[óa]|destac[óa]|puso\s+de\s+relieve)
      | (?:la\s+discussion|le\s+débat)\s+(?:a\s+)?(?:relev[ée]|conclu|soulign[ée]|mis\s+en\s+évidence|fait\s+ressortir)
      | (?-i:Councillors|Members|Trustees|Directors|Concejales|Consejeros|Miembros|Conseillers|Membres)
        (?=\s+(?:present\s+|presentes\s+|présents\s+)?[a-zà-ÿ])  # the bare plural: "Councillors agreed that…"
      # a plural honorific before a list of names: "MM. Dupont, Durand et Roux répondent à l'appel…", "Messrs. Roe and
      # Doe left…", "Sres. Pérez y Gil manifiestan…" (several people, none of them alone)
      | (?-i:MM|Messrs|Mmes|Sres|Sras)(?=\.?\s+(?-i:[A-ZÀ-Þ])[^,.;:\n]{0,40}?(?:,|\s(?:et|and|y)\s)) )\b
""".replace("PEOPLE", r"conseill(?:er|ère)s?|membres|élu(?:e)?s|participants|présents|concejales|miembros|members|councillors"
           # candidates, and the inclusive plurals French minutes write ("candidat.e.s", "élu·e·s", "participant.e.s")
           r"|candidat(?:e)?s|candidates|candidat[oa]s|(?:candidat|élu|participant|conseill(?:er|ère))[.·]\w{1,4}[.·]s"),
    re.I | re.X)  # a group of people, not "la majorité des thèmes"

# a group subject's verb in the pluperfect, the tense reported speech shifts back to ("the Board office had done…",
# "the committee had already agreed…"): a word of the subject may come before it (`attribution._group_subject`)
GROUP_PLUPERFECT = re.compile(r"(?:\s+[a-z]+)?\s+had\s+(?:(?:already|not|never|also|just)\s+)?[a-z]+(?:ed|en|ne|wn|t)(?![\w’'])")

# the conjunction that opens a reported clause after a speech verb ("X shared that…", "X indique que…"): a group
# subject after it is inside what X said (`attribution._group_subject`)
REPORTED_THAT = re.compile(r"\s+(?:that|que|qu[’'])(?![\w’'])", re.I)

# a recital's mixed-case "Whereas" (NARRATION_START) amid a paragraph of a labelled speaker's turn, not at a line's
# start: the conjunction of speech ("It would not affect the breeders … Whereas the end users, like us, would not …"),
# no recital (`attribution`; in minutes' prose, "… presented the budget. Whereas the Board has reviewed…", and at a
# line's start it stays a recital; "WHEREAS" in capitals is one anywhere)
WHEREAS_CONJUNCTION = re.compile(r"\s*Whereas(?![\w’'])")
# a recital's opening ("Visto el dictamen…", "Considérant que…", "Whereas the Board…") in a labelled turn whose
# sentence speaks in the first person (FIRST_PERSON_SPEECH): the speaker's own reasoning ("Vista la explicación que el
# señor ministro nos ha dado, nos vemos obligados…", "Considérant ce que vous venez de dire, nous…"), no recital
SPOKEN_RECITAL_LEAD = re.compile(r"\s*(?:Vist[oa]s?|Vus?|Considerando|Considérant|Whereas|WHEREAS|A\s+la\s+vista"
                                 r"|Por\s+todo\s+lo)(?![\w’'])")
# a word as written, apostrophes inside it ("Blaise", "aujourd’hui"): what a text's words are counted by
WORD_TOKEN = re.compile(r"[\w’']+")
# the minutes writer's own note at a line's head ("Note: All monthly meetings take place…", "NB : la salle…", "Nota:
# …", "Remarque : …", "P.S.: …"): the writer's words, not the last speaker's (`attribution.attribute`, minutes only)
WRITER_NOTE_LEAD = re.compile(r"\s*(?i:note|nota(?:[ \t]+bene)?|n\.[ \t]?b\.?|nb|remarque|p\.?[ \t]?s\.?)[ \t]*:")
# formulaic openings of narration in minutes: recitals, resolutions, arrivals ("Visto el dictamen…", "PRIMERO.-"); a
# recital's "Whereas" is in capitals or before a comma or its subject ("Whereas the Board…"); "Whereas most things…",
# "Whereas with Postgres…" in speech is a conjunction
NARRATION_START = re.compile(r"""
    ^\s*(?: (?:(?:Visto|Vista|Vistos|Vistas|Vu|Vus)\s+(?i:el|la|los|las|le|les|l[’']|que|dictamen|expediente|recurso|informe)\b|Considérant|Considerando|WHEREAS|Whereas(?=\s*,|\s+(?:the|this|these|its|said|such)\s)|Resolved|Sometid[oa]s?|Se\s+somete
            |Por\s+todo\s+lo|Con\s+fecha|A\s+la\s+vista|Asiste|Se\s+incorpora|Se\s+ausenta|Abandona|Arrivée|Départ
            |A\s+las\s+\d{1,2}[.:,]\d{2}\s+horas?\s+(?:sale|salen|entra|entran|se\s+incorpora|se\s+ausenta|abandona)
          # a timed note of who comes or goes, or of the close: "21h25 - Départ de X", "19h54 X nous rejoint - …",
          # "22h33 - Clôture de l'AG.", "8:15 pm – Jane Roe left the meeting", "20:10 Se incorpora X", "Meeting closed":
          # the record's clock, never a speaker's words (up to five words, a name, before the verb)
          | \d{1,2}\s?(?:[hH]|[:.](?=\d))\s?\d{2}(?:\s?(?i:am|pm|a\.m\.|p\.m\.))?\s*(?:[-–—:,]\s*)?
            (?: (?i:arriv[ée]e|d[ée]part|cl[ôo]ture|lev[ée]e\s+de\s+(?:la\s+)?s[ée]ance|fin\s+de\s+(?:la\s+)?(?:r[ée]union|s[ée]ance|sesi[óo]n)
                   |arrival|departure|(?:meeting\s+)?(?:closed|adjourned|ends)|close\s+of|llegada|salida|cierre|se\s+levanta)(?![\w’'])
              | (?:[\w’'.-]+\s+){0,5}?(?i:nous\s+rejoint|rejoint\s+la|arrive|quitte|s['’]en\s+va|joins|joined|arrives|arrived|leaves|left
                   |se\s+incorpora|se\s+une|llega|se\s+retira|se\s+va|abandona)(?![\w’']) )
            |Après\s+(?:en\s+avoir\s+)?délibér[ée]|Après\s+dépouillement|Le\s+résultat\s+du\s+vote
            |Voilà\s+pour|That['’]s\s+(?:it|all)\s+for)\b   # a report's closing line: "Voilà pour cette conférence"
          # the record telling the sitting in the past, in its own voice: "Se abrió la sesión a las 16.14…" (a scan's
          # "Sé abrió"), "Se suspendió a las 16.20.", "Se reanudó la sesión pública…", "Se constituyó la Sala en sesión
          # secreta…", "The sitting was suspended at…", "La séance a été levée…", "La séance, suspendue à 16 h 20, est
          # reprise…" (the chair's own present, "se abre la sesión", "La séance est ouverte.", is the chair's words)
          | S[eé]\s+(?:abri[óo]|levant[óo]|suspendi[óo]|reanud[óo]|constituy[óo]|cerr[óo]|inici[óo])\s+(?:la\s+(?:sesi[óo]n|Sala|reuni[óo]n)|a\s+las\s+\d)
          | (?:The|This)\s+(?:sitting|meeting|session|hearing)\s+was\s+(?:suspended|resumed|adjourned|opened|closed|called\s+to\s+order)
          | La\s+s[ée]ance\s+(?:a\s+été\s+(?:ouverte|levée|suspendue|reprise|close)|,\s+suspendue\s+[^,\n]{1,40},\s+est\s+reprise)
          # a vote's result and the hour the sitting ended, told by a parliament's diary in its own voice: "Efectuada la
          # votación, dio el siguiente resultado: votos emitidos, 294; …", "Il est procédé au scrutin.", "Eran las doce y
          # veinte minutos del mediodía.", "Era la una de la tarde.", "The House rose at 18:05." (the hour a sentence of
          # its own; "Eran las tres de la tarde cuando…" tells a story)
          | (?:Efectuad|Realizad|Practicad|Verificad)a\s+la\s+votaci[óo]n(?![\w’'])
          | Il\s+est\s+proc[ée]d[ée]\s+au\s+(?:scrutin|vote)(?![\w’'])
          | Eran?\s+la(?:s)?\s+[^.,;:\n]{1,60}?\s(?:de\s+la\s+(?:mañana|tarde|noche|madrugada)|del\s+mediod[íi]a)(?:\s{0,3}\.)?\s*$
          | The\s+(?:House|Senate|Assembly|Council|Committee)\s+(?:rose|adjourned)\s+at\s+\d{1,2}[.:]\d{2}
          # who acted as the sitting's secretary or chair, told by the record: "Actuó de Secretario el señor X, y de Prosecretario…"
          | Act(?:u[óo]|úa|uaron|[úu]an)\s+(?:de|como)\s+(?i:secretari|prosecretari|presid)
          # a vote told with its tally: "Se aprueba la indicación (9 votos contra 4 y 2 pareos).", "Se rechaza (3 votos…)"
          | Se\s+(?:aprueba|aprueban|aprob[óo]|rechaza|rechazan|rechaz[óo])\b[^()\n]{0,120}\(\s*\d+\s+votos?\b
          | (?:PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO|SEXTO|S[ÉE]PTIMO|OCTAVO|NOVENO|D[ÉE]CIMO|[ÚU]NICO)\s*[.:-]
          | ASUNTO\b | ORDEN\s+DEL\s+D[ÍI]A
          # a deliberation's article, not one cited by a speaker ("Article 22 said:-")
          | (?:Article|Artículo|Punto|Point)\s+\d+(?!\d|\s+(?:said|says|stated|states|reads|provides|provided|dit|disait|dispose|prévoit|dice|dec[íi]a|dispone|establece|establec[íi]a)\b)
          # the agenda's own heading ("Ordre du jour de la séance :", "Orden del día:", "Agenda:") and the record of
          # the last minutes' approval ("Le procès-verbal de la séance du 6 mars est approuvé.", "The minutes of the
          # meeting of 3 May were approved.", "El acta de la sesión anterior queda aprobada", "Se aprueba el acta")
          | (?:Ordre\s+du\s+jour|ORDRE\s+DU\s+JOUR|Orden\s+del\s+d[íi]a|Agenda|AGENDA)(?:\s+(?:de|of|for)\s+[^:\n]{1,40})?\s*:
          | (?:Le|Les|L[’'])\s*(?:proc[èe]s[-\s]verba(?:l|ux)|comptes?[-\s]rendus?)\b[^.;:\n]{0,100}?\s
            (?:est|sont|a\s+été|ont\s+été)\s+(?:(?:ensuite|alors|donc)\s+)?(?:approuv|adopt)
          | (?:The\s+)?[Mm]inutes\s+of\b[^.;:\n]{0,100}?\s(?:were|are|have\s+been|was)\s+(?:duly\s+)?(?:approved|adopted|accepted|agreed)
          | (?:El\s+|Las\s+)?[Aa]ctas?\b[^.;:\n]{0,100}?\s(?:es|son|fue|fueron|queda|quedan|qued[óo])\s+aprobad
          | Se\s+aprueba(?:n)?\s+(?:el\s+acta|las\s+actas|el\s+orden\s+del\s+d[íi]a)
          # the date of the next meeting, which the record states: "Next meeting is the Parish Council Meeting on…",
          # "Prochaine réunion le 3 mars", "Próxima reunión: 5 de mayo"
          | (?:The\s+)?(?:[Dd]ate\s+of\s+(?:the\s+)?)?[Nn]ext\s+meeting\s*(?:is|will\s+be|:) | (?:La\s+)?[Pp]rochaine\s+r[ée]union\s*:
          | (?:La\s+)?[Pp]r[óo]xima\s+reuni[óo]n\s*: )
""", re.X)

# --- anaphora: a pronoun or demonstrative standing for the last-mentioned person --------------------------------
ANAPHORA = re.compile(r"""
    ^\s*(?:(?:Puis|Ensuite|Enfin|Alors|Then|Later|Luego|Después),?\s+)?
    ( cette\s+derni[èe]re | celle-ci | ce\s+dernier | celui-ci | l[’']int[ée]ress[ée]e?
    | elle | il | she | he | ella | (?-i:él|Él|ÉL) | esta\s+[úu]ltima | este\s+[úu]ltimo )   # "El Tesorero …" is an article
    (?![\w’'-])
""", re.I | re.X)
# French impersonal "il": "Il est important de…", "Il a été proposé de…", "Il est par exemple encouragé de…", "Il y a…",
# "Il faut…", "Il s'agit…": no one the pronoun stands for ("Il est convaincu que…" is someone; its word is not listed)
IMPERSONAL_IL = re.compile(r"""
    ^\s*(?:(?:Puis|Ensuite|Enfin|Alors|Mais|Donc|Aussi|Ainsi),?\s+)?il\s+
    (?: (?:ne\s+)?(?:y\s+a(?:vait)?|y\s+aura(?:it)?|faut|fallait|faudra(?:it)?|s[’']agit|s[’']agissait|convient|conviendrait|reste
        |restait|suffit|suffirait|importe|semble|semblait|para[iî]t|manque|manquait|arrive|vaut\s+mieux)(?![\w’'])
      | (?: (?:est|était|sera|serait)\s+(?:(?:ADV),?\s+){0,3}                              # "Il est par exemple encouragé de"
          | (?:a|avait|aurait)\s+(?:(?:ADV),?\s+){0,2}été\s+(?:(?:ADV),?\s+){0,2} )       # "Il a ensuite été proposé"
        (?:important|nécessaire|indispensable|essentiel|possible|impossible|difficile|facile|utile|inutile|urgent|souhaitable
        |intéressant|préférable|évident|clair|dommage|temps|vrai|question|prévu|proposé|décidé|convenu|rappelé|demandé
        |suggéré|encouragé|envisagé|noté|souligné|précisé|entendu|acté|constaté|observé|relevé|reproché|admis|recommandé
        |conseillé|interdit|permis|rapporté|signalé|indiqué|expliqué|évoqué|mentionné|répondu|objecté|remarqué)e?s?
        (?![\w’']) )
""".replace("ADV", r"par\s+exemple|aussi|donc|également|toutefois|cependant|néanmoins|pourtant|encore|bien|très|enfin|ensuite"
            r"|notamment|alors|surtout|souvent|pas|plus|ainsi|en\s+outre|d[’']ailleurs|de\s+plus|finalement|déjà"), re.I | re.X)
# a place's first word: "Grand Poitiers", "Greater London", "Nueva Esperanza", "Saint Louis" are places, never a person's
# full name (folded; a hyphenated "Saint-Just" is one word)
PLACE_LEADS = frozenset(fold(w) for w in (
    "grand", "grande", "gran", "greater", "great", "new", "nouvelle", "nouveau", "nueva", "nuevo", "saint", "sainte",
    "san", "santa", "são", "mont", "mount", "port", "puerto", "fort", "lake", "cape", "cabo", "north", "south", "east",
    "west", "nord", "sud", "norte"))
_ANAPHORA_GENDER = {"cette derniere": "f", "celle ci": "f", "ce dernier": "m", "celui ci": "m", "l interessee": "f",
                    "l interesse": "m", "elle": "f", "il": "m", "she": "f", "he": "m", "ella": "f", "el": "m",
                    "esta ultima": "f", "este ultimo": "m"}


def anaphora_gender(word: str) -> str | None:
    """Gender of an anaphoric word ("cette dernière" -> f, "he" -> m)."""
    return _ANAPHORA_GENDER.get(re.sub(r"\s+", " ", fold(word)).strip())


# --- questions: what an elliptic follow-up may hold (chat.language.is_elliptic) -------------------------------------
# Words an elliptic follow-up may hold besides stop words: pronouns standing for the previous
# speaker, speech verbs, "else / autre / más". Anything else is a content word: a new topic.
FOLLOW_UP_WORDS = {
    # pronouns and references to the previous speaker
    "il", "elle", "lui", "he", "she", "him", "her", "his", "they", "them", "él", "ella", "ellos", "ellas", "le", "la",
    "same", "person", "speaker", "orateur", "oratrice", "intervenant", "intervenante",
    # speech verbs (all forms we meet in questions)
    "dit", "dire", "dis", "ajoute", "ajouté", "ajoutait", "pense", "parlé", "parle", "évoqué", "expliqué", "mentionné",
    "say", "said", "says", "tell", "told", "talk", "talked", "mention", "mentioned", "add", "added", "think", "thinks",
    "dijo", "dice", "decir", "habló", "habla", "añadió", "agregó", "piensa", "mencionó", "comentó", "contó",
    # "what else"
    "else", "more", "autre", "autres", "encore", "más", "otra", "otro", "also", "aussi", "también", "anything",
    "what", "quoi", "qué", "que", "qu", "sur", "about", "on", "sobre", "de", "and", "et", "y",
}
# A question led by a connective ("et sur…", "and about…", "¿y sobre…?") continues the previous turn
# when it is short: the verb and the speaker are left implicit.
FOLLOW_UP_CONNECTIVE = re.compile(r"^\s*(?:¿\s*)?(?:et|and|y)\b(?:\s+(?:sur|about|on|sobre|de|du|des|concernant|regarding|"
                                  r"what about|quant\s+à|en\s+cuanto\s+a))?\s+", re.I)
# A French inverted subject ("a-t-elle", "doit-il", "veut-elle") is a verb form, not a reference to
# the previous speaker: "Comment la ville de Quito a-t-elle travaillé … ?" starts fresh.
FRENCH_INVERSION = re.compile(r"\b\w+-t-(?:il|elle|ils|elles|on)\b|\b\w+-(?:il|elle|ils|elles)\b", re.I)
QUESTION_SPEECH_VERB = re.compile(r"\b(?:dit|dire|ajout\w*|pens\w*|parl\w*|say|said|says|tell|told|talk\w*|mention\w*|"
                                  r"add\w*|think\w*|dij\w*|dice|habl\w*|añad\w*|agreg\w*|mencion\w*)\b", re.I)
SUBJECT_PRONOUN = re.compile(r"\b(?:il|elle|he|she|él|ella)\b", re.I)


# --- minutes: attendance, proxies, votes, signatures ------------------------------------------------------------
# a heading that opens an attendance list; the list is a roster, never speech
# French inclusive writing of a plural that covers both genders: "Présent.es", "Présent·e·s", "Excusé-e-s",
# "Présent(e)s" (the feminine ending set off by a point, middle dot, hyphen or brackets; one "e", bounded)
INCLUSIVE_E = r"[.·•‧(-]e[.·•‧)-]?"
ATTENDANCE = re.compile(r"""
    ^\s*(?:\#{1,6}\s+(?:\*\*|__)?|(?:\*\*|__)|\W\s*)?   # a markdown heading or bold ("### Attendees", "**Attendees**"), a bullet
    (?:[ée]taient\s+|sont\s+)?(?:
        (?:membres\s+)?pr[ée]sent(?:e|INCL)?s | absent(?:e|INCL)?s?(?:\s+excus[ée](?:INCL)?s?|\s+non\s+excus[ée]s?)?
      | excus[ée](?:INCL)?s? | attendu(?:e|INCL)?s | convocad[oa]s | invitees   # who was expected: "attendu·e·s : tierce, …"
      | (?:pouvoirs?|procurations?) | secr[ée]taire\s+de\s+s[ée]ance | [ée]taient\s+pr[ée]sents
      | assistent | (?:se[ñn]ores\s+)?(?:concejales\s+)?asistentes | asistencia | ausentes | no\s+asisten | excusan\s+su\s+asistencia
      | asisten(?:\s+(?:los|las)\s+(?:se[ñn]or[ae]s\s+)?(?:concejal[ea]s|consejer[oa]s(?:\s+regionales)?|miembros|integrantes
                 |socios|directiv[oa]s)(?:\s*\(as\))?
                 (?:\s+de(?:l|\s+la|\s+el)?\s+(?:junta(?:\s+directiva)?|consejo(?:\s+rector)?|comisi[óo]n|comit[ée]|asociaci[óo]n)
                   (?:\s+[A-ZÁÉÍÓÚÑ][\w-]{1,30}){0,3})?   # "Asisten los miembros de la Junta Directiva (de Python España)"
                 )?,?  # "Asisten los concejales señora X, señor Y": a list in prose
      | present | also\s+present | in\s+attendance | (?:arrived\s+)?late | (?:arriv[ée](?:e|INCL)?s\s+)?en\s+retard
      | retardataires | (?:llegan|llegaron)\s+tarde | con\s+retraso   # who came late: present ("Late: Moreau")
      | attendees | apologies(?:\s+in\s+advance)? | absent(?:\s+w/o\s+notice)? | regrets
      | participant(?:e|INCL)?s(?=\s*:) | participantes(?=\s*:)   # "Participants :" over a working group's list, one
                                                     # name a line (without its colon the heading may be a list's alone)
      | (?:district|other|board|staff|council|committee|public|additional|guest)\s+attendees   # "District Attendees", "Other Attendees"
      | attending | officers | guests? | (?:board\s+members|directors|members|attendees)\s+present | apologies\s+received
      | (?:[\w’'-]+\s+)?staff\s+present | others\s+present   # a board's minutes: "RTD STAFF PRESENT", "OTHERS PRESENT"
      | (?:voting\s+)?(?:members?|board|committee|council)\s+attendance | attendance | observers | (?:council|board|committee|steering\s+committee|core\s+team|team)\s+members   # "Attendance" /
      | membres\s+du\s+(?:bureau|conseil|CA) | miembros\s+de\s+la\s+junta(?:\s+directiva)?    # "Council members: …"
      | (?:[\w’'-]+\s+){0,6}?(?:were|are|members|officers|directors|attendees|participants|membres|miembros|concejales
           |participantes|personas)\s+(?:present|pr[ée]sente?s|presentes)(?=\s*:)   # "The following members were present:",
                                                      # "Other board members and officers present:", "Miembros presentes:"
    )(?:\s+(?:por\s+medios\s+telem[áa]ticos|por\s+videoconferencia|en\s+l[íi]nea|de\s+forma\s+(?:telem[áa]tica|presencial|remota)
        |a\s+distancia|en\s+visio(?:conf[ée]rence)?|à\s+distance|remotely|online|in\s+person|by\s+(?:video|phone)))?  # how they attend
    (?:\s{0,4}\([^()\n]{1,40}\))?  # how many, in brackets: "PRESENT (six Councillors):", "Présents (12) :", "Asistentes (5):"
    (?:\*\*|__)?\s*(?::|$|\s*[-–—]\s|(?=(?:se[ñn]ora?|sr\.?|sra\.?|don|doña|d\.|dª)\s))  # (or an honorific opens the list)
""".replace("INCL", INCLUSIVE_E), re.I | re.X)
# a note to the readers after an attendance heading's colon, the names on the lines under it: "Attendees: please sign
# yourself in!", "Present: (add your name)", "Asistentes: por favor, anótense", "Présents : merci de vous inscrire"
ATTENDANCE_NOTE = re.compile(r"""[ \t(]{0,3}(?i:please|pls|add\s+your(?:self|\s+name)|sign\s+(?:yourself\s+)?in|por\s+favor
    |an[óo]t(?:ense|ate)|merci\s+de|veuillez|inscrivez|ajoutez)(?![\w’'])""", re.X)
# the field that gives how many attended, before its figure ("Número de asistentes: 12 personas", "N.º Asistentes:
# Unas 30 personas", "Nombre de présents : 14", "Number of attendees: 20"): a count, neither a speaker's label nor a
# list of people
HEADCOUNT_LABEL = re.compile(r"""^(?:n[úu]mero|nombre|number|cantidad|total|n\.?[ \t]?[º°]|no\.)[ \t]{0,3}
    (?:(?:de|of)[ \t]{1,3}|d[’'][ \t]{0,3})?(?:(?:los|las|les|the)[ \t]{1,3})?
    (?:asistentes|participantes|personas|presentes|miembros|socios|socias|pr[ée]sent(?:e|\.e)?s|participant(?:e|\.e)?s
       |personnes|membres|attendees|participants|people|members|present)$""", re.I | re.X)
# an attendance heading that ends its line after a sentence of the record: "L'association compte 21 adhérents. Sont
# présents :", "Quorum was reached. Present:", "Hubo quórum. Asistentes:" (the names follow on the next lines); the
# heading is looked for in the line's last ATTENDANCE_TAIL_CHARS characters only
ATTENDANCE_TAIL = re.compile(r"[.!?]\s+(?=[^.!?\n]{1,60}:\s*$)")
ATTENDANCE_TAIL_CHARS = 80
# attendance written in a sentence, up to the sentence's end: "con la presencia (virtual) del presidente X, …",
# "en présence de M. X, …", "in the presence of X, …"
# in an attendance table's cell, the word after a name that says whom the person stands for ("Ana Gil por la
# Alcaldía", "Jane Roe for Acme", "representing…", "en remplacement de…"): the name is what comes before
STANDS_FOR = re.compile(r"\s+(?:for|pour|por|representing|en\s+remplacement\s+de|en\s+representaci[óo]n\s+de)\s+")
# the lower-case title words that open an entry of a presence list, after an article ("el secretario de actas Godoy
# Santiago", "los vocales …"): the title of the name after them, or of the names that follow
ENTRY_TITLE_LEAD = re.compile(r"^(?:(?:el|la|los|las|le|les|the|l[’'])\s+)?((?:[a-záéíóúñàâçèêëîïôûü]+\s+){1,4})")
PRESENCE_LIST = re.compile(r"\b(?:con\s+la\s+presencia(?:\s+(?:virtual|presencial))?\s+de(?:l|\s+los|\s+las|\s+la)?"
                           r"|en\s+présence\s+de|in\s+the\s+presence\s+of)\s+", re.I)
END_OF_LIST = re.compile(r"\.(?:\s+[A-ZÀ-Ý0-9]|\s*$)|\n", re.M)
# one bulleted attendance entry "- Heather Miller, EPFL", "* Ana Gil, Ayuntamiento de Soria": a name of two to four
# capitalised words, then after one comma the person's organisation (a bulleted list gives one person a line)
BULLET_AFFILIATION = re.compile(rf"^\s*[*•▪◦-]\s+((?:{NAME_TOKEN}\s+){{1,3}}{NAME_TOKEN})\s*,\s*([^,\n]{{2,80}})$")
# an attendance entry ticked or not in a Markdown check box: "* [x] Kimball Thurston - Chairperson, Weta" was there,
# "* [ ] Bill Roberts, Adobe" was not (`minutes.read_attendance`); the box goes, the bullet stays
CHECKBOX_ENTRY = re.compile(r"^(?P<bullet>\s*[*•▪◦-]\s+)?(?:\[(?P<mark>[ xX✓✔]?)\]|(?P<glyph>[☐☑☒]))[ \t]+")
# a check box holds one person: the name, then after a comma or a spaced dash the office or the organisation, itself
# perhaps with commas ("Kimball Thurston - Chairperson, Weta Digital Limited", "Jane Roe, Epic Games, Inc.")
BOXED_NAME = re.compile(rf"^((?:{NAME_TOKEN}\.?\s+){{1,3}}{NAME_TOKEN})\s*(?:,|\s[-–—])\s*([^,\n]{{2,80}})")
ATTENDANCE_ABSENT = re.compile(r"absent|excus|pouvoir|procuration|ausente|no\s+asisten|excusan|apolog|regrets", re.I)
# "Mme X donne pouvoir à M. Y", "pouvoir de X à Y", "delega su voto en", "proxy to"
PROXY = re.compile(r"donne?n?t?\s+(?:pouvoir|procuration)|pouvoir\s+(?:de|à)\s|procuration\s|delega(?:n)?\s+(?:su\s+)?voto"
                   r"|represented\s+by\s+proxy|gives?\s+(?:a\s+)?proxy|proxy\s+(?:to|for)", re.I)
# a member's leave of absence, as a parliament's record states it: "M. X demande un congé de vingt jours.", "M. X
# sollicite un congé", "Mr X requests leave of absence", "El señor X solicita licencia": the record's notice, not
# X's words (third person only: "Je demande un congé" is the speaker's own request)
LEAVE_REQUEST = re.compile(r"""^\s*(?!(?:je|j[’']|i|yo|nous|we|nosotros)\b)[^;:!?\n]{1,80}?\s
    (?: (?:demande|demandent|sollicite|sollicitent)\s+(?:un\s+)?cong[ée]s?
      | (?:requests?|asks?\s+for|applies\s+for)\s+(?:a\s+)?leave\s+of\s+absence
      | (?:solicita|solicitan|pide|piden)\s+(?:una\s+)?(?:licencia|permiso)(?:\s+(?:para\s+)?ausentarse)? )\b""", re.I | re.X)
# the word before a proxy's holder: "procuration à Monsieur X", "proxy to X"
PROXY_TO = re.compile(r"^\s*(?:à|a|to|en|for)\s+", re.I)
# vote results and decisions
VOTE = re.compile(r"""
    \b(?: adopt[ée]e?s?\s+(?:à\s+l[’']unanimit[ée]|par\s+\d+) | (?:à\s+l[’']|l[’'])unanimit[ée]
        | (?:votes?\s+)?pour\s*:\s*\d+ | contre\s*:\s*\d+ | abstentions?\s*:\s*\d+
        | aprobad[oa]s?\s+por\s+unanimidad | por\s+unanimidad | votos?\s+a\s+favor | votos?\s+en\s+contra
        | ^vot(?:ó|aron)\s+(?:por|a\s+favor|en\s+contra|en\s+blanco)   # "Votaron por la doctora X los …" (opening the sentence:
                                                                           # "que ellos votaron a favor" is reported speech)
        | (?:il\s+est\s+)?procédé\s+(?:à|au)\s+(?:\w+\s+)?votes? | se\s+procede\s+a\s+(?:la\s+)?votaci[óo]n   # the vote itself
        | (?:puest|sometid)[oa]s?\s+(?:a|en)\s+votaci[óo]n | por\s+la\s+unanimidad   # "Sometido a votación…, fue aprobado
        | put\s+to\s+(?:the\s+|a\s+)?vote | mise?s?\s+aux\s+voix                         # por la unanimidad de…", "put to the vote"
        | soumise?s?\s+au\s+vote                                                    # "Le rapport … est soumis au vote à 15h11."
        | \d{1,3}\s*/\s*\d{1,3}\s+(?:votes?|yes|no|votos?|s[íi]|voix|oui|non)    # a board's tally: "4/4 votes for Aiden", "0/4 yes"
        | par\s+\d+\s+voix                                                          # "Par 12 voix « Pour » et 6 …"
        | queda\s+(?:aprobad[oa]|rechazad[oa]) | the\s+motion\s+(?:was\s+)?(?:approved|passed|carried|defeated)  # "Queda aprobada la moción"
        | unanimously | motion\s+carried | nem(?:ine)?\.?\s+con(?:tradicente)? | votes?\s+(?:for|in\s+favou?r)\s*:?\s*\d+ | vote\s+passed
        | se\s+levanta\s+la\s+sesi[óo]n | la\s+s[ée]ance\s+est\s+(?:lev[ée]e|close) | s[ée]ance\s+close   # closing formulas
        | se\s+da\s+por\s+(?:concluida|terminada|finalizada|clausurada)\s+la\s+(?:reuni[óo]n|sesi[óo]n)   # "se da por concluida la reunión"
        | (?:meeting|session)\s+(?:was\s+)?(?:closed|adjourned)
        | \d+\s+(?:voix|suffrages|votos|votes)(?=\s*[.;]?\s*$)                  # a tally: "Madame X : 8 voix."
        # a tally in a sentence: "There were 9 votes for and nil against", "9 votes were recorded for this motion"
        | \d{1,4}\s+votes?\s+(?:for|in\s+favou?r|against|(?:were|was)\s+(?:recorded|cast))
        # the vote announced: "the following motion was voted on:", "se votó la siguiente moción"
        | the\s+following\s+(?:motion|resolution)s?\s+(?:was|were)\s+(?:voted|put|moved|passed|adopted|carried)
        | se\s+vot[óa]\s+la\s+siguiente\s+(?:moci[óo]n|propuesta|resoluci[óo]n) )\b
""", re.I | re.X)
# someone leaving or joining the sitting: a record of the meeting, never speech ("Madame X se retire de la salle du
# Conseil et ne prend pas part au vote", "Se ausenta el Sr. Y", "Ms Z left the meeting")
MOVEMENT = re.compile(r"""\b(?: se\s+retire | quitte\s+la\s+(?:salle|séance) | sort\s+de\s+la\s+salle | ne\s+prend\s+pas\s+part
    | (?:arrive|entre)\s+en\s+séance | rejoint\s+la\s+séance | se\s+ausenta | abandona\s+(?:la\s+sesi[óo]n|el\s+sal[óo]n)
    | se\s+incorpora\s+a\s+la\s+sesi[óo]n | (?:left|leaves|joined|joins)\s+the\s+(?:meeting|room|call)
    # someone's absence noted ("Tous, sauf Pierre X, absent pour raisons professionnelles.", "Ana Gil está ausente.")
    | (?:,|(?:est|sont|était|étaient|is|are|was|were|está|están|estaba|estuvo)(?=\s))\s*(?:absente?s?|excusée?s?|excused
        |ausentes?|excusad[oa]s?)(?=\s+(?:pour|for|por|par|due|debido)\s|\s*[.;)]|\s*$) )\b""", re.I | re.X)
# a sentence that records that nobody spoke up: "Pas d'observations, ni de questions, signature du registre",
# "Sin observaciones.", "No se presentaron intervenciones.", "No comments were received." (at the sentence's start)
NO_REMARKS = re.compile(r"""^\s*(?: pas\s+d[’']observations? | aucune\s+(?:observation|remarque|question) | sans\s+observations?
    | signature\s+du\s+registre | sin\s+observaciones | no\s+(?:se\s+)?(?:presentaron|hubo|hay|formulan?|formularon)\s+
      (?:intervenciones|observaciones|preguntas) | no\s+(?:comments|objections|questions)\s+(?:were\s+)?(?:made|received|raised)
    | there\s+were\s+no\s+(?:comments|objections|questions) )\b""", re.I | re.X)
# a label's words that only say whether the person attends ("Tatiana X : Absente", "Y : Excusé", "Z : pouvoir à …"):
# a line of an attendance or signature list, not a turn
ATTENDANCE_STATUS = re.compile(r"^\s*(?:absente?s?|excusée?s?|excused|apologies|ausentes?|pouvoir|procuration|present|présente?s?)\b",
                               re.I)
# a label's words that are a data row ("Illuminations de Noël : Engagement … : 2014 : 1467,10 € H.T."): a second colon
# followed by a figure (an item number opening the next line, "…que se indican:" / "1) Observaciones…", is a list, not a figure)
DATA_ROW = re.compile(r":\s*\d(?!\d{0,2}[).][ \t])")
# a stenographic turn's clock in brackets right after its label ("-EL C. PRESIDENTE X: (12:11 horas) Solicito…"): the
# hour the turn began, no data row's figure
BODY_OPENING_CLOCK = re.compile(r"\s*\(\d{1,2}:\d{2}(?:\s{0,2}(?:horas|hrs?\.?|h))?\)")
# a turn that says a figure after a colon in its talk ("IG: Fue súper cool, … la plataforma es esta: 255, y nos piden…")
# is no data row where its label already opened that many turns before it and its words run this long
DATA_ROW_TURNS_BEFORE = 2
DATA_ROW_PROSE_WORDS = 15
# a signature block: "Le maire, X", "Fait à …", "El Secretario, Fdo."
# (and a sitting's record's: its closing hour, its bracket sometimes lost by a scan, "(La séance est levée à trois
# heures.", and the signature of the head of its reporting service, "Le chef du service sténographique de la Chambre
# des députés, X.", "El Jefe del Servicio de Taquígrafos, X", "The Editor of Debates, X")
SIGNATURE = re.compile(r"^\s*\(?\s*(?:Fait\s+à\b|Fdo\.|Firmado|Signed\b|Le\s+(?:maire|président|secrétaire)\s*,|La\s+(?:maire|présidente|secrétaire)\s*,"
                       r"|El\s+(?:Alcalde|Secretari[oa]|Presidente)\s*,|La\s+(?:Alcaldesa|Secretaria|Presidenta)\s*,"
                       r"|Vu\s+pour\s+être|Certifi[ée]\s+conforme|Y\s+no\s+habiendo\s+más|La\s+séance\s+est\s+levée"
                       r"|The\s+meeting\s+(?:closed|ended|adjourned)"
                       r"|(?:Le|La|El|The)\s+(?:chef|jefe|jefa|directeur|directrice|director|directora|head|editor)(?:[\s-]adjoint[e]?)?"
                       r"\s+(?:(?:du|del|of\s+the)\s+(?:service|servicio|cuerpo|department)\s+)?(?:sténographique|de\s+(?:la\s+)?sténographie"
                       r"|du\s+compte\s+rendu|de\s+taqu[íi]grafos|de\s+taquigraf[íi]a|of\s+(?:debates|reporting|official\s+report))\b)", re.I)

# --- participants lists: a heading names the session role of the entries under it ---------------------------------
# a "Title: …" line after a participants list ("Scribes: …", "Regrets: …"): another kind of line, the list's entry ends
ROSTER_TITLE_LINE = re.compile(r"^\s*[^\W\d][^,:;.]{0,30}:\s")
# the kind of talk an English speakers' list may name before its head word ("Plenary Speakers:", "Keynote speakers:",
# "Invited Panelists:"); French and Spanish put theirs after it ("Intervenants invités", "Ponentes invitados")
SPEAKER_LIST_QUALIFIERS = r"(?:plenary|keynote|invited|guest|featured|opening|closing)"
# what joins two listed speakers' names in a joint talk's heading ("Jane Roe & John Doe", "Ana Gil y Eva Paz")
LISTED_PAIR_JOINER = re.compile(r"\s+(?:&|and|et|y|e)\s+")
# call notes' turn opener: a list item holding a name alone, the organisation in brackets after it perhaps ("*   Jonasz
# (RTB House)", "*   Michael Kleber", "- B. McLeod Sims"), several names joined by a slash or an "and" for a joint
# heading ("*   Shankar Venkataraman / Taranjit Singh (Jivox)"); the words are in the list items under it
# (`bulleted_names`). The name: capitalised words, initials, particles; no sentence stop, colon or comma
_BULLET_NAME_WORD = rf"(?:[{UPPER}][\w’'.-]{{0,30}}|de|da|del|der|di|du|la|le|van|von|y|e|et|and|&|/)"
BULLET_NAME_ITEM = re.compile(rf"[ \t]{{0,8}}[*•▪◦-][ \t]+(?P<name>[{UPPER}][\w’'.-]{{0,30}}(?:[ \t]{{1,3}}{_BULLET_NAME_WORD}){{0,11}}?)"
                              r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*")
BULLET_NAME_TURNS_MIN = 3  # such openings before the layout counts (one is an agenda item's owner)
BULLET_NAME_SPEAKERS_MIN = 2  # listed people they name
# a joint opening's names ("Shankar Venkataraman / Taranjit Singh / Amit Gupta")
BULLET_NAMES_JOINER = re.compile(rf"\s*/\s*|{LISTED_PAIR_JOINER.pattern}")
ROSTER_HEADINGS = [
    (re.compile(r"^(?:les\s+)?pr[ée]sident(?:e|s|es)?\s+de\s+(?:la\s+)?s[ée]ance\b|^pr[ée]sidence\b|^chairs?\b"
                r"|^pr[ée]sid[ée]e?s?\s+par\b|^chaired\s+by\b", re.I), "chair"),
    (re.compile(r"^(?:animation|mod[ée]ration)(?:\s+de\s+(?:la\s+)?s[ée]ance)?\b|^(?:les?\s+|la\s+)?(?:mod[ée]rat|animat)(?:eur|rice)s?\b|^moderators?\b"
                r"|^(?:anim|mod[ée]r)[ée]e?s?\s+par\b|^moderated\s+by\b", re.I), "moderator"),
    (re.compile(r"^(?:les\s+)?(?:intervenant|pan[ée]liste|orat|conf[ée]renci)(?:e|eur|rice)?s?\b|^(?:grands?\s+)?t[ée]moins?\b"
                rf"|^(?:{SPEAKER_LIST_QUALIFIERS}\s+)?(?:speakers?|panel(?:ists)?)\b|^ponentes\b", re.I), "speaker"),
]

# --- words that look like a label ("Note:", "Ordre du jour :") but never name a speaker ---------------------------------
# a line of a list of who came from where, its head the body they came from: "De la Biblioteca del Congreso Nacional:
# asesor legislativo, señor X", "Del Ministerio de Hacienda: …", "From the Library: …", "De la Fondation X : …"; the
# preposition, an article, then a word of ORG_WORDS (folded). Not a speaker ("De la Fuente:" names no body: a surname)
# (matched on the folded label: lower case, no accents, the apostrophe of "l’" a space)
ORIGIN_LABEL = re.compile(r"^(?:de|del|des|du|from)\s+(?:(?:la|las|los|el|le|les|the|l)\s+)?(?P<org>[a-z]+)(?![\w])")
# a count of people that opens a line ("Deux Antoine : l'un participe, l'autre non", "Two Johns: one is…", "Tres
# Marías: …"): a note about people who share a name, no one's turn (labels.parse_label; "dos" is left out: "Dos
# Santos" is a surname)
COUNT_LEADS = {fold(w) for w in (
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
    "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
)}
# prepositions that open a phrase, never a name: "- Sur Android : on navigue…", "Dans la salle :", "On IRC:" are not labels
PHRASE_LEADS = {fold(w) for w in (
    "sur", "dans", "pour", "avec", "sans", "sous", "chez", "vers", "entre", "contre", "après", "avant", "depuis", "pendant",
    "par", "en", "on", "in", "at", "for", "with", "without", "from", "into", "about", "under", "over", "after", "before",
    "sobre", "con", "sin", "para", "desde", "hasta", "contra", "bajo", "hacia", "durante", "tras",
    "por", "según", "ante", "mediante",  # an acta's vote, "Por el Sr. D. X, se dijo: Que…", is no label
)}
# the keys of a document's header fields ("Date: 2025-07-15", "Duration: 60 minutes", "Lieu : Paris"): a label on the
# line right over one of them is one more field of that header ("SIG: Android SIG"), never a speaker
HEADER_FIELD_KEYS = {fold(w) for w in (
    "date", "fecha", "time", "hora", "heure", "duration", "durée", "duración", "location", "lieu", "lugar", "place",
    "venue", "where", "when", "quand", "où", "dónde", "cuándo",
)}
# the last word of a title naming a part of the document, not a person ("Zoom Recording Transcript", "Meeting Notes",
# "Compte rendu de séance", "Resumen de la reunión" end so; "## Zoom Recording Transcript" over the turns is no
# speaker's section)
DOCUMENT_PART_WORDS = {fold(w) for w in (
    "transcript", "transcripts", "transcription", "transcripción", "minutes", "notes", "notas", "agenda", "summary",
    "résumé", "resumen", "recording", "enregistrement", "grabación",
)}
# a label's words after its comma that are a sentence's, not a title: "So, my question is:", "So, what I want to know
# is:", "Alors, ma question est :", "Bueno, mi pregunta es:": a first-person word or a copula in lower case (a title
# after a name, "Jane Roe, UN Secretary-General:", "Ana Gil, jefa de prensa:", has neither)
SPOKEN_LABEL_TAIL = re.compile(r"(?<![\w’'])(?:I|my|me|we|our|is|are|was|je|j[’']|mon|ma|mes|nous|est|sont|yo|mi|mis|es|son"
                               r"|era)(?![\w’'])")
NOT_SPEAKERS = {fold(w) for w in (
    "public comment", "public comments",  # "Public Comment: Mr. David Cary said that…": the item, then who spoke
    "disclaimer", "ayes", "noes", "nays", "absentions",  # a Hansard PDF's page footer and its division lists
    "note", "nota", "nb", "n.b", "ps", "objet", "ordre du jour", "order of business", "agenda", "agenda items", "orden del día", "asunto",
    # a note's own rubrics ("Enjeu : dvpt éco, social…", "Problem: no one funds it", "Reto: …"): what is at stake, never who
    "enjeu", "enjeux", "problème", "problèmes", "idée", "idées", "risque", "risques", "besoin", "besoins", "solution",
    "solutions", "challenge", "challenges", "problem", "problems", "idea", "ideas", "risk", "risks", "need", "needs",
    "reto", "retos", "desafío", "desafíos", "problema", "problemas", "riesgo", "riesgos", "contexto",
    "subject", "re", "date", "fecha", "lieu", "lugar", "heure", "hora", "time", "place", "venue", "location", "durée",
    "goal", "issue", "action", "actions", "action item", "action items", "décision", "decision", "décisions",
    "résolution", "resolution", "vote", "votes", "voto", "votación", "pour", "contre", "abstention", "abstentions",
    "resolved", "consensus", "consensed", "agreed", "outcome", "acuerdo",  # a meeting's decision: "CONSENSED: to change…"
    "résultat", "result", "links", "link", "source", "sources", "url", "http", "https", "www", "email", "mail", "tel",
    "téléphone", "remarque", "question", "questions", "réponse", "answer", "summary", "résumé", "conclusion",
    "present", "présents", "absents", "excusés", "apologies", "attendees", "asistentes", "ausentes", "update",
    "status", "next steps", "next meeting", "prochaine réunion", "todo", "to do", "warning", "attention", "important",
    "exemple", "example", "ejemplo", "annexe", "anexo", "appendix", "titre", "title", "título", "chapitre", "chapter", "article",
    "artículo", "point", "punto", "item", "sujet", "thème", "tema", "rappel", "info", "information", "context",
    "contexte", "background", "transcript", "transcription", "audio", "video", "vidéo", "recording", "minutes",
    "procès verbal", "acta", "compte rendu", "documents", "document", "pièces jointes", "attachments", "voir", "see",
    "cf", "introduction", "conclusions", "propuesta", "proposition", "proposal", "motion", "moción", "acuerdo",
    # a motion's record in a board's minutes: "Motion: Director X made…", "Discussion: Director Y requested…"
    "discussion", "discusión",
    # a working group's "Débat :" over the points raised after a talk, each saying who raised it ("- P. Martin demande…")
    "débat", "débats", "debate", "debates", "échanges", "échange", "intercambio",
    "adjournment", "clausura", "levée de séance",  # the record's last part ("Adjournment" / "Mr. X closed the meeting…")
    "délibération", "considérant", "vu", "visto", "whereas", "dispositif", "fin", "end", "début", "ouverture",
    "ninguno", "ninguna", "néant", "aucun", "aucune", "none", "nadie", "asunto", "primero", "segundo", "tercero", "cuarto", "quinto", "acuerdo", "acuerdos", "dépenses", "recettes",
    "total", "montant", "budget", "presupuesto", "gastos", "ingresos", "expenses", "income", "standup", "present",
    # a form's fields in a report (user stories, personas): "Nombre de la Usuaria: Diana Sánchez", "Name: Jane Roe"
    "nombre", "name",
    # a court transcript's list of counsel ("APPEARANCES:", then "JANE ROE, ESQ., …; on behalf of Petitioners.") and the
    # parties of its caption ("Petitioners : No. 11-398")
    "appearances", "petitioners", "respondents", "appellants", "appellees",
    # the kind of a session in a summit's notes ("Presentation: FreeBSD State of the Union", "Roundtable: …", "Demo:
    # …", "Slides: …"): a heading, not a person
    "presentation", "présentation", "presentación", "roundtable", "round table", "table ronde", "mesa redonda",
    "demo", "démo", "slides", "diapositives", "diapositivas", "workshop", "atelier", "taller",
    # an issue tracker's fields copied into notes ("Labels: T-leadership-council, I-council-nominated", "Milestone: …")
    "labels", "label", "tags", "milestone", "assignees", "assignee", "reviewers", "étiquettes", "etiquetas",
    # a caption over a table or figure (pandoc writes "Table: Procédure de vote …" under a simple table; "Figure 2: …",
    # "Cuadro: …"): it names what is shown, never who speaks
    "table", "tableau", "tabla", "cuadro", "figure", "fig", "figura", "graphique", "gráfico", "chart", "graph", "listing",
    # an interview protocol's fields and parts ("Objetivo: Contextualizar…", "Indicadores: …", "SECCIÓN A: DATOS
    # GENERALES", "Section B: Background", "Objectif : …"): the guide's text, never who speaks
    "objetivo", "objetivos", "objective", "objectives", "objectif", "objectifs", "indicadores", "indicators",
    "indicateurs", "dimensión", "dimension", "sección", "section",
    # a meeting entry's header fields in a log of meetings ("Modalidad: presencial", "Horario: 14:00 a 14:15",
    # "Format : en ligne", "Modality: remote"): how and when it met, never who speaks
    "modalidad", "modalité", "modality", "formato", "format", "horario", "horaire",
    # the parts of a workshop's write-up, each over a bulleted list ("Constats :", "Analyses :", "Déroulé :",
    # "Findings:", "Hallazgos:"): what the group found or planned, never one person's turn
    "constat", "constats", "analyse", "analyses", "remarques", "déroulé", "pistes", "propositions", "partenaires",
    "ressource", "findings", "observations", "analysis", "hallazgos", "análisis", "observaciones",
)}

# capitalised words that name a programming language, a program or a platform, never a person, though they open
# sentences with a verb as a member would ("Java provides load-on-demand…", "Prolog does not understand binding…",
# "Python permite…", "Linux gère…"); the ones that are also given names (Ada, Ruby, Julia, Pascal) are left out
TECH_NAMES = frozenset(fold(w) for w in (
    "java", "javascript", "typescript", "python", "prolog", "lisp", "haskell", "fortran", "cobol", "perl", "php",
    "kotlin", "erlang", "clojure", "ocaml", "smalltalk", "golang", "matlab", "mathematica", "maple",
    "linux", "windows", "android", "macos", "unix", "excel", "github", "gitlab", "docker", "kubernetes", "firefox",
    "chrome", "mozilla", "wikipedia", "wordpress", "drupal", "jira", "postgresql", "mysql", "sqlite", "node.js",
))

# a speaker's heading in notes that runs the person's occupation on after the name, without a comma ("## Bonnie
# Devine artiste Anishinaabe, fondatrice…", "## Jane Roe professor of history"): the name is the heading's speaker
HEADING_NAME_OCCUPATION = re.compile(rf"""^(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,2}})\s+(?=
    (?:artiste|professeure?|chercheu(?:r|se)|direct(?:eur|rice)|fondat(?:eur|rice)|consultante?|conservat(?:eur|rice)
      |historien(?:ne)?|doctorante?|journaliste|aut(?:eur|rice)|écrivaine?|maîtresse\s+de\s+conférences|maître\s+de\s+conférences
      |artist|professor|researcher|director|founder|curator|consultant|historian|journalist|author|writer|lecturer
      |artista|profesora?|investigador(?:a)?|director(?:a)|fundador(?:a)?|curador(?:a)?|consultor(?:a)?|historiador(?:a)?
      |periodista|autora?|escritor(?:a)?)\b)""", re.X)

# --- talk notes: the parts of one speaker's section ("## 10h20 : Name : Title" then "### Discussion") -------------
# sub-headings under a speaker's section; none of them names a person
SECTION_WORDS = {fold(w) for w in (
    "présentation", "presentation", "presentación", "communication", "comunicación", "exposé", "talk", "ponencia",
    "intervention", "intervención", "discussion", "discusión", "débat", "debate", "échanges", "questions", "q&a",
    "questions-réponses", "preguntas", "coloquio", "introduction", "introducción", "conclusion", "conclusión",
    "références", "references", "referencias", "bibliographie", "bibliography", "bibliografía", "liens", "enlaces",
    "ressources", "resources", "recursos", "perso", "rmq perso", "remarques perso", "mes notes", "notes", "notas",
    "remarques", "commentaires", "comments", "résumé", "resumen", "abstract", "slides", "diapositives",
)}
# sub-headings of a discussion with the floor: unlabelled questions there are the floor's, answers the speaker's
DISCUSSION_SECTIONS = {fold(w) for w in (
    "discussion", "discusión", "débat", "debate", "échanges", "questions", "q&a", "questions-réponses", "preguntas",
    "coloquio", "questions de la salle", "questions from the floor", "preguntas del público",
)}
# sub-headings of the note-taker's own remarks or reading list: nobody at the event says them
OWN_SECTIONS = {fold(w) for w in (
    "perso", "rmq perso", "remarques perso", "remarque perso", "mes notes", "notes perso", "notes personnelles",
    "my notes", "personal notes", "notas personales", "références", "references", "referencias", "bibliographie",
    "bibliography", "bibliografía", "liens", "links", "enlaces", "ressources", "resources", "recursos",
)}
# a note of a question or remark from the floor, speaker unnamed: "Question sur le versionning.", "Remarque sur le fait que…"
FLOOR_REMARK = re.compile(r"^\s*(?:question|remarque|commentaire|réaction|objection|comment|remark|pregunta|comentario|observación)s?"
                          r"\s+(?:sur|de|du|des|d[’']|à\s+propos|concernant|about|on|regarding|sobre|acerca|del?)\b", re.I)
# a question in the notes: a question mark, or a French inverted "-vous"/"-tu" ("Avez-vous une transposition…")
QUESTION_FORM = re.compile(r"\?|\b(?!rendez-)\w+-(?:t-)?(?:vous|tu)\b", re.I)
# a time or time range opening a programme heading: "9h35-10h15 ", "10h20-11h : ", "14:00–14:40 –"
HEADING_TIME = re.compile(r"^\s*\d{1,2}\s*[h:.]\s*\d{0,2}(?:\s*[-–—à/]\s*\d{1,2}\s*[h:.]\s*\d{0,2})?\s*(?:[:–—-]\s*)?")
# a division of a bill, a report or a book with its number, roman or arabic, is a heading, never a speaker's label:
# "Part II.- Imposition of Tax.", "Chapter IV: Results", "Título II.- De los derechos", "Chapitre 3 : …", "Schedule
# 2 —" (`labels.parse_label`; arabic numbers are refused there already). Only a numeral in capitals after the word:
# "Part Vi" or "Chapter Ivy" are no numbers
DIVISION_HEADING = re.compile(r"""^\s{0,3}(?i:part|chapter|section|schedule|article|clause|title|book|volume|partie|chapitre|titre
    |livre|annexe|parte|cap[íi]tulo|t[íi]tulo|secci[óo]n|art[íi]culo|libro|anexo)\s{1,3}(?:[IVXLC]{1,7}|\d{1,4})(?![\w’'])""", re.X)
# a label led by a reference word is a citation, not a speaker: "Cf. Debray : …", "Voir X : …", "See X:"
REFERENCE_LEADS = {"cf", "cfr", "voir", "see", "ver", "vid", "ibid", "idem"}
# interview letters and words for "answer": in a speaker's section of notes, the section's speaker answering
ANSWER_LABELS = {"r", "a", "réponse", "reponse", "answer", "respuesta", "rep"}
# a Q&A's lead words before the asker's or answerer's name in minutes: "Question: Kirk Hall, Entrust Datacard – What
# is…", "Follow-up Question: Ryan Sleevi, Google – …", "Answer: Tim – …", "Réponse : M. Roe – …" (`person_dash_items`)
QA_LEAD_LABEL = re.compile(r"^(?i:(?:follow[- ]?up[ ]+)?(?:question|answer|comment|response|reply|remark)s?|question|réponse"
                           r"|reponse|remarque|commentaire|pregunta|respuesta|comentario)$")
# a first name and its feminine form are two people (Gabriel / Gabriela, Pascal / Pascale, INTERLOCUTOR /
# INTERLOCUTORA), not one name with a typo
GENDER_ENDINGS = ("a", "e")
# a given name's likely gender from its ending, only to tell apart two listed people who share a surname when the text
# says "Monsieur Pichonnier" and the list wrote "Sophie PICHONNIER, …, Sylvain PICHONNIER" without honorifics: French,
# Spanish and English women's names mostly end so; the men's names that do are listed (a compound "Jean-Marie" is
# read by its first part)
FEMININE_GIVEN_ENDINGS = ("ie", "ine", "elle", "ette", "anne", "enne", "a")
MASCULINE_GIVEN_EXCEPTIONS = frozenset({
    "charlie", "eddie", "jamie", "ronnie", "archie", "freddie", "willie", "bobbie", "jackie", "frankie", "stevie",
    "johnnie", "elie", "jeremie", "antoine", "etienne", "luca", "luka", "andrea", "nicola", "joshua", "elia", "mustafa",
    "attila", "sasha", "sacha", "misha", "nikita", "ilya", "borja", "jona",
})


def given_name_gender(name: str) -> str | None:
    """"f" when the name's first word reads as a woman's given name (`FEMININE_GIVEN_ENDINGS`), else None (never
    "m": a tie-break that only rules a woman out)."""
    raw = name.split()[0].split("-")[0] if name.split() else ""
    first = fold(raw)
    if len(first) < 3 or not first.isalpha() or raw.isupper() or first in MASCULINE_GIVEN_EXCEPTIONS:
        return None  # ("DUPONT Anne": a surname first)
    return "f" if first.endswith(FEMININE_GIVEN_ENDINGS) else None


# the numbers in a name token: two tokens that differ only in them are two diarized voices (SPEAKER_02 / SPEAKER_03,
# spk_1 / spk_2, Locuteur 1 / Locuteur 2), never one name with a typo
TOKEN_DIGITS = re.compile(r"\d{1,12}")

# --- office titles written before a name in a speaker label: "Consejero Pérez:", "Presidente Díaz:", "Concejala SOTO:" ---
# the name after them is the person (resolved against the attendance list); the title is kept for display
OFFICE_TITLES = {fold(w) for w in (
    "consejero", "consejera", "concejal", "concejala", "diputado", "diputada", "senador", "senadora", "regidor",
    "regidora", "edil", "edila", "síndico", "síndica", "portavoz", "legislador", "legisladora", "ministro", "ministra",
    "gobernador", "gobernadora", "intendente", "intendenta", "alcalde", "alcaldesa", "presidente", "presidenta",
    "vicepresidente", "vicepresidenta", "secretario", "secretaria", "conseiller", "conseillère", "député", "députée",
    "sénateur", "sénatrice", "adjoint", "adjointe", "maire", "président", "présidente", "councillor", "councilor",
    "councilmember", "senator", "representative", "commissioner", "alderman", "supervisor", "minister", "governor",
    "délégué", "déléguée", "delegado", "delegada", "representante",
    # Mexico's stenographic versions name a guest by "El ciudadano X:" / "La ciudadana X:", the host "El moderador X:"
    "ciudadano", "ciudadana", "moderador", "moderadora",
)}
# words that qualify an office title ("Consejero Regional Pérez", "Secretario General"): never a name
ROLE_QUALIFIERS = {fold(w) for w in (
    "regional", "municipal", "nacional", "provincial", "departamental", "general", "adjunto", "adjunta", "suplente",
    "accidental", "subrogante", "titular", "délégué", "déléguée", "municipal", "général", "générale", "deputy",
    "ejecutivo", "ejecutiva", "executive", "de", "del", "la", "sesión", "séance", "du", "conseil", "concejo", "consejo",
    "propietario", "propietaria",  # a Costa Rican council's "Regidor Propietario" (sitting, not substitute)
)}

# --- speaker labels of machine transcripts (ingest.speaker_labels, ingest.readers) -----------------------------------
# a diarizer's label for an unnamed voice ("SPEAKER_01", "spk-2", "A", "3"): a voice, nobody's name
DIARIZATION_ID = re.compile(r"^(?:speaker[ _-]?\d+|spk[ _-]?\d+|[A-Z]|\d{1,3})$", re.I)
# letters after a label's name that are no part of it: honours, offices and suffixes ("Jane Roe AM", "X MP", "John
# Doe Q.C.", "Sam Roe Jr.")
POSTNOMINAL = re.compile(r"^(?:[A-Z]{2,4}|Q\.?C\.?|K\.?C\.?|Jr\.?|Sr\.?)$")
# the post-nominals that also follow a surname written in capitals ("Mr SMITH MP"); any other capitals word after
# one is a second surname ("El señor RUIZ SOTO", "La señora GIL PAZ")
POSTNOMINAL_HONOURS = frozenset({"AM", "MP", "MLA", "MSP", "MS", "MEP", "TD", "QC", "KC", "JP", "OBE", "MBE", "CBE",
                                 "KBE", "DBE", "PC", "SC"})
# the small words a caption or subtitle label's name may hold between its capitalised words ("Secretary of State",
# "Ursula von der Leyen", "ACTOR AS EINSTEIN"), as a pattern piece (`readers.prefixes`)
LABEL_NAME_LINKS = r"of|de|la|van|von|der|du|da|AS|as"
# a page's number on a line of its own: "Page 3 / 12", "3 sur 12", "2 of 9", "- 4 -", and the page break a
# PDF-to-text extractor writes between pages ("-- 6 of 22 --", pdf-parse's mark: layout, so a turn runs on across it)
# (`cleaning`); in a PDF, a bare number at a page's top or bottom too ("12", "Page 3", "– 7 –", `readers.pdf`)
PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}\s*(?:/|sur|of)\s*\d{1,4}\s*$|^\s*-\s*\d{1,4}\s*-\s*$"
                         r"|^\s*--\s*\d{1,4}\s+(?:of|sur|de)\s+\d{1,4}\s*--\s*$", re.I)
BARE_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*$", re.I)
# words before a name in a caption or hearing label that are titles, not part of the name ("Hon. Jane Roe",
# "Chairman INOUYE", "Lt. Col. North"); kept for display, never for identity
LABEL_TITLES = {fold(h).rstrip(".").strip() for h in HONORIFICS} | {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "hon", "honourable", "honorable",
    "rt", "right", "the", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "councillor", "cllr",
    "councilmember", "mayor", "minister", "judge", "justice", "colonel", "col", "lt", "lieutenant", "general", "gen",
    "admiral", "adm", "major", "maj", "captain", "capt", "rev", "reverend", "father", "sister", "brother", "ambassador",
    "president", "commissioner", "chairman", "chairwoman", "chair", "chairperson", "deputy", "acting", "vice", "mme", "m",
} | OFFICE_TITLES  # one list of office titles for text labels and caption labels ("Consejero Pérez")
# caption labels in brackets that are sounds, not speakers ("[Music]", "[Applause]")
NOT_SPEAKER_SOUNDS = {"music", "musique", "música", "applause", "applaudissements", "aplausos", "laughter", "rires", "risas",
                      "inaudible", "crosstalk", "silence", "noise", "bruit", "ruido", "sound", "foreign", "blank_audio"}
# a caption or speech-to-text export's turn with the speaker's name in square brackets opening the line, no colon
# needed: "[Bears] The council, …", "[Councilor Bears]: Thank you", "[Bears]. Try now.", ">> [Jane Roe] Yes",
# "[Marie Dubois] Bonjour", "[Ana Gil] Hola", after the time perhaps ("[00:01:02] [Jane Roe] Yes"), or as a list item
# of live minutes ("* [simeon] See wiki…", `BRACKET_HANDLE`). Not a link ("[the site](https://…)": a bracket right after) nor an
# editor's restored letter ("[J]e vais", "[I]l y a": a letter right after). The words may also start on the next line
# (the label alone). Kept only where the text writes several turns so (`labels.bracket_labels`), and only for a label
# that reads as a name (`labels.bracket_label`)
BRACKET_LABEL = re.compile(r"^[ \t]{0,8}(?:[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?[ \t]{1,3}(?:[-–—|][ \t]{1,3})?)?"
                           r"(?:>>[ \t]{0,3}|[*•-][ \t]{1,3})?\[(?P<label>[^\[\]\n]{1,80})\](?![\w(])[ \t]{0,3}[:.]?[ \t]{0,20}(?P<body>.*)$",
                           re.S)
# a full name alone on its line, as a list of members or staff writes it over their title ("Kit Collins" / "City
# Council Vice President", "George A. Scarpelli", "Isaac B. “Zac” Bears"): capitalised words, initials and a nickname
# in quotes; the full name of a caption export's bracketed surname ("[Scarpelli] …") that ends it (`lines`)
LISTED_FULL_NAME = re.compile(r"""^[ \t]{0,8}(?P<name>[^\W\d_][\w’'-]{1,30}
    (?:[ \t]{1,3}(?:[^\W\d_]\.|[“"«][^\W\d_][\w’'-]{0,30}[”"»]|[^\W\d_][\w’'-]{1,30})){1,4})[ \t]*$""", re.X)
# a bracketed label that is a person's lower-case handle or first name, as live minutes write their list-item turns
# ("* [simeon] See wiki for the agenda.", "* [rob] FYI some reports…"): the person the attendee list names so
# ("Simeon Vincent (Mozilla)"), or the handle itself; never a change's kind ("* [docs] Fix typo": `CHANGE_KINDS`)
BRACKET_HANDLE = re.compile(r"^[a-z][a-z0-9_-]{1,30}$")
# the form counts where at least BRACKET_LABELS_MIN such lines, of BRACKET_NAMES_MIN names, end a sentence, and at
# least half of the lines opening on a bracketed name do: the speech of a caption export ("[Bears] Sure. And then
# we'll go to Ted."), not minutes whose items name their owner in brackets ("[Pierre] Signature des PV d'AG",
# "[Rémy] Démissions :") nor notes whose talk headings do ("[Nina Gasking] IA : apprentissage supervisé")
BRACKET_LABELS_MIN = 3
BRACKET_NAMES_MIN = 2
# words of a bracketed caption mark that is no speaker, folded, beside the sounds above: "[Laughs]", "[Video Clip]",
# "[Technical Difficulties]", "[Pause]", "[Recess]", "[Toux]", "[Murmures]", "[Risa]", "[Música]"
BRACKET_NOT_SPEAKERS = {fold(w) for w in (
    *NOT_SPEAKER_SOUNDS, "laughs", "laughing", "chuckles", "sighs", "cheers", "cheering", "coughs", "cough", "pause",
    "break", "recess", "video", "clip", "audio", "unintelligible", "indistinct", "overlapping", "background",
    "technical", "difficulties", "static", "beep", "ringing", "intermission", "interruption", "murmurs", "rire",
    "toux", "murmures", "coupure", "pausa", "risa", "aplauso", "tos", "murmullos", "interrupción", "corte", "música",
)}
# where the speaker is, after the name inside the brackets: "[Castanetti on the podium]", "[Berkson on zoom]", "[Ana
# Gil desde Zoom]", "[Marie Dubois en visio]", "[Jane Roe (remote)]": the name is the part before it
BRACKET_LABEL_WHERE = re.compile(r"(?:[ \t]{1,3}(?:on|at|via|from|in|en|sur|depuis|au|à|desde|por|vía)[ \t]{1,3}[^()\[\]\n]{1,40}"
                                 r"|[ \t]{0,3}\([^()\[\]\n]{1,40}\))$")


# --- a role tied to a name in the text ----------------------------------------------------------------------------
_TIE_ROLE = (r"(?i:maire|mairesse|alcalde(?:sa)?(?:-president[ae])?|presidente?a?(?:\s+de\s+s[ée]ance)?|pr[ée]sidente?"
             r"(?:\s+de\s+s[ée]ance)?|secr[ée]taire\s+de\s+s[ée]ance|secretari[oa](?:\s+interventor[a]?)?|mayor|chair(?:man|woman|person)?)")
# words after a role noun that make it another office: "Maire adjoint", "président de l'association", "Teniente de Alcalde"
_NOT_THE_ROLE = r"de|du|des|d[’']|of|del|adjointe?|d[ée]l[ée]gu[ée]e?|honoraire|suplente|accidental|deputy|emeritus"
_TIE_HON = r"(?:(?i:Monsieur|Madame|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Sr\.?|Sra\.?|Señora?|D\.|Dª|D[ñÑ][aA]\.?|Don|Doña)\s+)+"
# the verbs that open a sentence saying who takes the floor next, and the words that may follow the role's noun there
_FLOOR_VERBS = r"Interviene|Intervino|(?:Re)?[Tt]oma\s+la\s+palabra|(?:Re)?[Tt]omó\s+la\s+palabra|Hace\s+uso\s+de\s+la\s+palabra"
_TIE_QUALIFIERS = r"general|ad\s+hoc|primer[oa]?|segund[oa]|ejecutiv[oa]|municipal|regional|titular"
ROLE_TIE = re.compile(rf"""
      (?P<hon1>{_TIE_HON})(?P<name1>{NAME_RE})\s*,\s*(?:(?:le|la|el|the)\s+)?(?P<role1>{_TIE_ROLE})
          (?!\s*(?:{_NOT_THE_ROLE})\b)(?![\w-])                               # "Monsieur Max DELPERIER, Maire"
    | (?<![\w-])(?<!de\s)(?P<role2>{_TIE_ROLE})(?![\w-]*\s+(?:{_NOT_THE_ROLE})\b)[\w-]*\s*[,:]\s*
          (?P<hon2>{_TIE_HON})(?P<name2>{NAME_RE})                                # "Alcalde-Presidente, D. Francisco …"
    | ^\s*(?:{_TIE_HON})?(?P<name3>{NAME_RE})\s*\((?P<sworn>affirmed|sworn|jurad[oa]|assermentée?)\)   # the witness
    | (?<![\w-])(?<!de\s)(?<!(?i:monsieur\sle)\s)(?<!(?i:madame\sla)\s)(?<!(?i:m\.\sle)\s)(?<!(?i:mme\sla)\s)
          (?P<role4>{_TIE_ROLE})(?:\s+(?i:municipal|general|regional|ejecutiv[oa]))?\s+
          (?P<hon4>{_TIE_HON})(?P<name4>{NAME_RE})            # "Preside el Alcalde don Jorge X", no comma: honorific needed
          # (not "Retour de monsieur le Maire / Monsieur Gaudin explique…": the mayor, then another person)
    | (?:{_FLOOR_VERBS})\s+(?:el|la)\s+(?P<role5>{_TIE_ROLE})(?:\s+(?i:{_TIE_QUALIFIERS}))*\s*,?[ \t]+(?P<name5>{NAME_RE})
          # a floor-taking verb says the titled person speaks: "Intervino el presidente X:", "… el secretario General ad hoc, X:"
    | (?<![\w-])(?i:pr[ée]sidence\s+de)\s+(?P<hon6>{_TIE_HON})(?P<name6>{NAME_RE})(?![\w.’'-])
          (?:\s*,\s*(?:(?:le|la|el|the)\s+)?(?P<role6>{_TIE_ROLE})(?![\w-]))?
          # a parliament's record heads each sitting (or the part of it a chair presides) "Présidence de M. Claude Bartolone";
          # a council's minutes add the title of the one who presides: "sous la Présidence de Monsieur Max X, Maire"
    | (?<![\w-])(?i:pr[ée]sidence\s+de)\s+(?i:monsieur|madame|m\.|mme)\s+(?i:le|la)\s+(?P<role7>{_TIE_ROLE})\s*,\s*(?P<name7>{NAME_RE})
          # or the title first: "sous la présidence de Monsieur le Président, Antoine TRYSTRAM"
""", re.X | re.M)


# a labelled turn's label at its line's start ("Mme Courchesne: ", "M. Simard (Richelieu): "), and how far into the
# words after it a phrase is a speaker's own sentence rather than the record's heading (`office_holders._inside_turn`)
TURN_LABEL_LEAD = re.compile(r"[^:\n]{1,80}?:[ \t]")
TURN_WORDS_BEFORE = 40
# after a name, a relative pronoun opens an aside, not a title: "Monsieur X - que l'ensemble du Conseil remercie - procède"
APPOSITION_ASIDE = re.compile(r"(?:qui|dont|que|qu[’']|who|which|quien)\b", re.I)
# where a title apposition ends and a relative clause begins: "Mme X, adjointe, qui rappelle…"
APPOSITION_CLAUSE = re.compile(r",\s*(?:qui|dont|que|qu[’'])\b")
# an apposition that gives an affiliation: "X, de l'Observatoire …, se dit frappé"
APPOSITION_AFFILIATION = re.compile(r"^(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*", re.I)
# an apposition that makes someone the session's moderator or chair: "Madame X, modératrice, …", "…, président de séance"
APPOSITION_MODERATOR = re.compile(r"\b(mod[ée]rat|animat|facilitat)\w*|\bpr[ée]sident\w*\s+de\s+s[ée]ance", re.I)
# the honorific before a role used as a name: "monsieur le Maire" is the participant "Le Maire"
ROLE_AS_NAME_HONORIFIC = re.compile(r"^(?:Monsieur|Madame|M\.|Mme\.?)\s+", re.I)

# a title in apposition to a named person: "las palabras del Presidente del Consejo Regional, señor Juan Pérez Soto",
# "la Secretaria Ejecutiva doña Ana Ruiz": a label that gives the title alone ("Sr. Presidente del Consejo:") is them
TITLE_APPOSED = re.compile(rf"""
    (?<![\w-])(?P<title>[{_UP}][\w-]+(?:\s+(?:de|del|de\s+la|de\s+los|[{_UP}][\w-]+)){{0,5}})
    ,?[ \t]+(?P<hon>(?i:se[ñn]ora?|don|doña|sr\.|sra\.|d\.|dª))\s+(?P<name>{NAME_RE})  # (on one line: a title ending
    # the line before is no apposition, "… del señor Intendente" / "Sr. Héctor Agüero Luna- Intendente Municipal …")
""", re.X)

# an attendance list that parts its people with semicolons and gives each one's organisation after a comma ("Robin
# Alden, Comodo CA; Don Sheehy, WebTrust/CPA Canada; …"): at least this many entries, most of them with a comma
SEMICOLON_ENTRIES_MIN = 4
SEMICOLON_COMMA_SHARE = 0.6

# --- labels, lists, sentences: stage directions, articles, interview letters, pronouns, list separators -------------
# a list announced inside someone's prose: a sentence of at least this many words ending with a colon ("The complete
# release process looks like this:", "Voici comment nous procédons :", "El proceso es el siguiente:"), then at least
# LIST_ITEMS_MIN paragraphs that each open with a run-in heading ("Beginning Phase: …"): items, not speakers
LIST_LEAD_WORDS = 4
LIST_ITEMS_MIN = 2
# a stage direction or an oath on its own line: "(10.00 am)", "MS X (affirmed)." — never speech
STAGE = re.compile(r"^\s*[(\[][^()\[\]]{1,120}[)\]]\s*\.?\s*$|\((?:affirmed|sworn|jurad[oa]|aplausos|applause|rires|risas|"
                   r"laughter|inaudible|pause|silence|silencio)\)", re.I)
# a line whose words before such a note run longer than this is speech with a reaction inside it ("AB: No, yo
# siempre creo … un cliché (risas). Me parece…"), not a stage direction: a witness's "MS JANE ROE (affirmed)" is short
STAGE_IN_SPEECH_WORDS = 12
# and a line with more words than this after such a note, the note not opening the line, is a turn that begins with a
# reaction ("Adam : (rires) Et elle voulait…"); "MS JANE ROE (affirmed)." and "(Rires.) Voilà." stay notes
STAGE_TAIL_WORDS = 3
# a stage direction that records the room's reaction, nothing else: "[ risas ]", "(Laughter)", "(Rires.)",
# "[applause]", "(Aplausos)", a Hansard's "(Loud consultations)" (members talking among themselves while one has the
# floor) and "(Off record)" (the microphone off): in a labelled transcript the speaker goes on after it
REACTION_NOTE = re.compile(r"""^\s*[(\[]\s*(?i:(?:loud|prolonged|continued)\s+)?(?i:consultations|interruptions?|off\s+record|inaudible|risas?|aplausos?|rires?|applaudissements?|laughter|laughs?|applause|sourires?
    |murmures?|murmullos?|murmurs?|silencio|silence|pause|pausa)(?:\s+(?i:et|and|y)\s+\w+)?(?:\s*\.)?\s*[)\]](?:\s*\.)?\s*$""", re.X)
# a whole sentence in brackets inside a turn of a labelled record that notes the room's reaction or a vote ("(Applau-
# dissements sur les bancs du groupe RE.)", "(Mme Élise Leboucher s’exclame.)", "(Rumores.)", "(L’amendement n° 53
# n’est pas adopté.)"): nobody's words, and the speaker goes on after it (a bracketed sentence that reports someone,
# "(Alexy … expressed interest…)", is not one)
ROOM_NOTE = re.compile(r"""^\s*\(\s*(?:
      (?:(?:Vifs?|Nouveaux|Nouvelles|Mêmes|Quelques|Fortes?|Longs?|Grands?)\s+)?
      (?:Applaudissements|Exclamations|Protestations|Rires|Sourires|Murmures|Mouvements|Interruptions|Brouhaha|Bruit
        |Huées|Aplausos|Rumores|Risas|Protestas|Murmullos|Laughter|Applause|Cheers|Interruption|Uproar)\b
    | [^()\n]{1,120}?\s(?:s[’']exclame|s[’']exclament|proteste|protestent|applaudit|applaudissent|s[’']esclaffe|rit|sourit
        |se\s+lèvent|se\s+lève|quitte\s+l[’']hémicycle|interrompt|protesta|protestan|aplaude|aplauden|interrumpe)(?![\w’'])
    | (?:L[’']|Les\s|La\s|Le\s)[^()\n]{1,120}?\s(?:n[’']est\s+pas\s+|ne\s+sont\s+pas\s+)?(?:adoptée?s?|rejetée?s?|retirée?s?)
    )[^()\n]{0,200}\)\s*\.?\s*$""", re.X)
# the note-taker's own note of the call's trouble, a sentence of its own in brackets at a turn's end ("[A/V
# difficulties…]", "(audio cut out)", "[connection lost]"): nobody's words, not the speaker's
SCRIBE_TROUBLE_NOTE = re.compile(r"""[\[(]\s*(?i:a/v|av|audio|video|sound|mic(?:rophone)?|connection|network|technical|tech)
    \s+(?i:difficult(?:y|ies)|issues?|problems?|trouble|glitch(?:es)?|cuts?\s+out|cut\s+out|drop(?:ped|s)?|lost)
    [^\[\]()\n]{0,40}[\])]\s*\.?""", re.X)
# an editor's mark of a cut, alone on its line ("[…]", "[...]", "(…)"): an excerpt that skips part of a text; the
# speaker before the cut is still the one after it (a cut is no change of turn)
ELISION_LINE = re.compile(r"^\s*[(\[]\s*(?:…|\.{3})\s*[)\]]\s*$")
# a translation the record prints in square brackets after words in another language, the speaker's words, not the
# record's note: announced by a note at the end of the paragraph before it ("(Translation of Sesotho paragraph
# follows.)", "(Traduction)", "(Traducción del euskera)"), or taking the speech up mid-sentence on an ellipsis ("[...
# we are aware that the President has established …]", at least TRANSLATION_WORDS_MIN words: "[... inaudible]" is a note)
TRANSLATION_NOTE = re.compile(r"\(\s{0,3}(?i:translation|traduction|traducción|interpretation|interprétation|interpretación)"
                              r"(?![\w’'])[^()\n]{0,80}\)\s{0,3}\.?\s{0,3}$")
TRANSLATION_RESUMED = re.compile(r"^\s{0,3}\[\s{0,3}(?:\.{3}|…)\s{0,3}[^\W\d_]")
TRANSLATION_WORDS_MIN = 6
# a Q&A transcript's labels for unnamed askers: the question's number ("Q1:", "P2:", "Question 3 :", "Pregunta 4:"),
# a letter after it for the same asker's follow-up ("P2b:", "Q4c:"); the asker's name may follow a comma ("P5, por
# Jane Roe, presidenta de …:", "Q5, by John Smith:", "Q6, Jean Dupont :"). Kept only where several questions are
# numbered and a named person answers them ("Q1: revenue grew" in a quarterly report is no turn)
QUESTION_NUMBER_LABEL = re.compile(r"""^\s*(?P<tag>(?:Q|P|Question|Pregunta)\s?\d{1,3})(?P<more>[a-z])?
    \s*(?:,\s*(?:(?i:por|by|par|de)\s+)?(?P<who>[^,:()\n]{2,80}?)\s*(?:,(?P<aff>[^:\n]{0,160}))?)?\s*$""", re.X)
QUESTION_LABELS_MIN = 2  # numbered questions a text must have for the form to count
# --- research-interview transcripts: participant codes, protocol fields, the researcher's notes ------------------
# a turn that only calls someone by name, as a court's or a meeting's chair gives the floor to counsel or a member:
# "Maître Vidal.", "Mr. Smith, please.", "Señora López, adelante.", "Madame Roy, vous avez la parole." (an honorific
# and up to three capitalised words, then at most a word of courtesy; the whole turn, nothing else): the next turn is
# the called person's (`voice_names`). "Merci, Maître Vidal." or "Maître Vidal a raison." say more and are no call.
CALLED_TURN = re.compile(rf"""^\s{{0,3}}(?P<name>{HONORIFIC_RE}\s{{1,3}}[{_UP}][\w’'-]{{1,30}}(?:[ \t]{{1,3}}[{_UP}][\w’'-]{{1,30}}){{0,2}})
    \s{{0,3}}(?:,\s{{0,3}}(?i:please|go\s+ahead|s[’']il\s+vous\s+pla[iî]t|allez-y|vous\s+avez\s+la\s+parole|por\s+favor|adelante
    |tiene\s+(?:usted\s+)?la\s+palabra)\s{{0,3}})?[.!?]?\s{{0,3}}$""", re.X)
# a participant's code as a turn's label ("E1:", "P3:", "EA12:", "R-2:"), or a numbered participant of a focus group
# or an unnamed recording ("Participante 1:", "Participant 2:", "Entrevistada 3:", "Speaker 1:", "Intervenant 2 :"),
# with a lower-case qualifier in brackets that keeps the same person ("E1 (probe):", "P3 (cont.):", "E2
# (seguimiento):", "E1 (relance) :"), or with the participant's name or pseudonym in brackets ("E1 (Marta Ríos):",
# "Participant 2 (Jane):", checked as a name by the caller): one to three capitals or such a noun, a number, nothing else;
# the noun in any case and joined to the number as diarization tools write it (WhisperX/pyannote "SPEAKER_00",
# Amazon Transcribe "spk_0", "Orador 1", "Interlocuteur 2")
# (the noun may say the voice asks from the room: "Intervenant public 4", "Intervenant du public 2", "Speaker from
# the floor 3")
_VOICE_NOUN = r"""(?i:participante?|entrevistad[oa]|informante|respondent|interviewee|enqu[êe]t[ée]e?|interview[ée]e?
    |speaker|hablante|intervenante?|(?:inter)?locut(?:or|ora|eur|rice)|orador[a]?|orat(?:eur|rice)|spk
    |audience(?:[ _-]?member)?|attendee|questioner|auditeur|auditrice|asistente|oyente|public|p[úu]blico
    |voice|voix|voz|guest|invit[ée]e?|invitad[oa]|person|personne|persona)
    (?i:[ \t]+(?:(?:du|dans[ \t]+la|from[ \t]+the|del|de[ \t]+la)[ \t]+)?(?:public|salle|assistance|floor|audience|p[úu]blico|sala))?"""
_VOICE_TIME = r"[\[(]\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?(?:\s{0,3}(?:-->|->|[-–—])\s{0,3}\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)?[\])]"
PARTICIPANT_CODE_LABEL = re.compile(rf"""^\s*(?P<code>[A-Z]{{1,3}}-?\d{{1,3}}
    | {_VOICE_NOUN}[ _-]?\d{{1,3}})
    (?:\s*\((?:(?P<qual>[a-zà-ÿ][a-zà-ÿ.'’ -]{{0,30}})|(?P<who>[A-ZÀ-Þ][^()\n]{{0,60}}))\))?\s*$""", re.X)
# a numbered voice as a whole label ("SPEAKER_00", "spk_1", "Locuteur 2"): an unnamed voice of a plain-text
# transcript, which `quidit speakers` lists and a sidecar may name (ingest.pipeline)
NUMBERED_VOICE = re.compile(rf"^\s*{_VOICE_NOUN}[ _-]?\d{{1,3}}\s*$", re.X)
# a numbered voice as diarization exports write a turn without the usual "Name: " (ingest.labels): in brackets, no
# colon needed ("[SPEAKER_1] Good morning", "[Locuteur 2] Oui"), or with the time after it, before the colon
# ("SPEAKER_00 [00:00:01]: Good morning", "spk_1 (00:01:02 --> 00:01:05): Yes")
VOICE_LABEL = re.compile(rf"""^\s{{0,8}}(?:
      \[(?P<bracketed>{_VOICE_NOUN}[ _-]?\d{{1,3}})\]\s{{0,3}}:?
    | (?P<timed>{_VOICE_NOUN}[ _-]?\d{{1,3}})\s{{0,3}}{_VOICE_TIME}\s{{0,3}}:
    )\s{{0,3}}(?=\S)""", re.X)
# a numbered voice alone on a transcription tool's turn line, the speech on the lines under it: after the time
# ("00:33:34 audience6", "[00:01:02] Intervenant 2", "00:01:02 - SPEAKER_03"), before it ("Speaker 1  0:03", Otter), or
# before the time in brackets and a colon ("Participante 1 (0:03):", Teams); each number is its own person
_VOICE_CLOCK = r"[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?"
# a clock or a time span as WhisperX's cue line gives it, the voice or name in brackets after it
# ("00:10.191 --> 01:49.204 [SPEAKER_00]"; `ingest.labels` reads the same line with a name)
CLOCK_SPAN = rf"{_VOICE_CLOCK}(?:[ \t]{{0,3}}(?:-->|->)[ \t]{{0,3}}{_VOICE_CLOCK})?"
TIME_VOICE_LINE = re.compile(rf"""^[ \t]{{0,8}}(?:
      {CLOCK_SPAN}[ \t]{{1,8}}(?:[-–—|][ \t]{{1,3}})?(?P<lb>\[)?(?P<after>{_VOICE_NOUN}[ _-]?\d{{1,3}})(?(lb)\])
    | (?P<before>{_VOICE_NOUN}[ _-]?\d{{1,3}})[ \t]{{1,8}}(?:[-–—|][ \t]{{1,3}})?{_VOICE_CLOCK}
    | (?P<colon>{_VOICE_NOUN}[ _-]?\d{{1,3}})[ \t]{{0,3}}{_VOICE_TIME}[ \t]{{0,3}}:
    )[ \t]{{0,8}}$""", re.X)
PARTICIPANT_CODE_TURNS = 2  # turns a code must open to be a label, when the metadata does not give it
DIARIZATION_SHORT_NOUNS = {"spk"}  # a noun of numbered voices shorter than four letters (Amazon Transcribe's "spk_0")
# the metadata field that gives the participant's code (anywhere in a line: the cleaning may have joined the metadata
# lines): "Código del participante: E1", "Participant code: P3",
# "Participant ID: P3", "Code participant : E1", "Code de l'enquêté : E2", "Interviewee code: R1"
PARTICIPANT_CODE_FIELD = re.compile(r"""(?<![\w-])(?i:c[óo]digo\s+(?:del?\s+|de\s+la\s+)?(?:participante|entrevistad[oa]|informante)
    | (?:participant|interviewee|respondent)(?:['’]s)?\s+(?:code|id|number|no\.?)
    | code\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*)?(?:participant|participante|enquêté|enquêtée|interviewé|interviewée))
    (?:[ \t]*\([^()\n]{0,30}\))?[ \t]*:[ \t]*(?P<code>[A-Z]{1,3}-?\d{1,3})(?![\w-])""", re.X)
# the metadata field that gives the participant's pseudonym: "Seudónimo (opcional): Abel Marco", "Pseudonym: Jane",
# "Pseudonyme : Léa Martin", "Nombre ficticio: …", "Nom d'emprunt : …"; the name is checked as a name by the caller
PSEUDONYM_FIELD = re.compile(r"""^[ \t]*(?i:seud[óo]nimo|pseud[óo]nimo|pseudonyme?|nombre\s+ficticio|nom\s+fictif
    | nom\s+d['’]emprunt|alias)(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*:[ \t]*(?P<name>[^\n]{2,60}?)[ \t]*\.?[ \t]*$""", re.X | re.M)
PSEUDONYM_REACH = 400  # characters between the code field and the pseudonym field of one participant's metadata
# the researcher's written note field, its name in brackets then a colon: "[NOTAS DE OBSERVACIÓN]: tono pensativo.",
# "[Observation notes]: laughs", "[NOTE DE L'ENQUÊTEUR] : …", "[Memo]: …"; the record's, never speech
FIELD_NOTE_LINE = re.compile(r"""^\s*\[[^\[\]\n]{0,40}?(?i:notas?|notes?|observaci[óo]n|observaciones|observations?|memos?
    |comentarios?|comments?|commentaires?|remarques?|apuntes?)(?![\w])[^\[\]\n]{0,40}\]\s*:""", re.X)
# a form's field answered with a check box: "PROBE aplicado (si/no): [x] ¿…?", "Follow-up asked (y/n): [ ] …",
# "Relance posée : ☑ …": the protocol's line, never speech (a box ticked or not)
CHECKBOX_FIELD_LINE = re.compile(r"^\s*[^\[\]\n:]{1,60}:\s*(?:\[[ xX✓✔]?\]|[☐☑☒])(?=\s|$)")
# the header of a role-labelled interview naming who holds a role: "Entrevistadora: Lucía Paredes", "Interviewee: Grace
# Kim (pseudonym)": a full name of HOLDER_NAME_WORDS words at most, a short note in brackets after it dropped
HOLDER_NAME_WORDS = 5
TITLE_LINE_CHARS = 200  # a document's first line longer than this is a turn or prose, no title naming a role's holder
HOLDER_CHARS = 120  # longer words after the label are a turn, never a name
HOLDER_NOTE = re.compile(r"\s*\([^()\n]{1,30}\)\s*$")
# a nickname in quotes between a given name and a surname ('Verónica "Vero" Saldaña', 'Robert “Bob” Smith',
# 'Jean-Baptiste « JB » Martin'): the person a "Vero:" label means; every word bounded, so linear on long lines
QUOTED_NICKNAME = re.compile(
    rf"(?<![\w’'])(?P<given>[{_UP}][\w’'-]{{1,30}})[ \t]+[\"“«][ \t]?(?P<nick>[{_UP}][\w’'-]{{0,30}})[ \t]?[\"”»]"
    rf"[ \t]+(?P<surname>[{_UP}][\w’'-]{{1,30}}(?:[ \t]+[{_UP}][\w’'-]{{1,30}}){{0,2}})")
# role labels for the one person a research interview questions, besides the interviewee role's own words ("R:",
# "Entrevistada:", "Respondent:"): a study's "Participant:" / "Participante :" (elsewhere someone from the floor)
INTERVIEWEE_LABELS = {fold(w) for w in ("participant", "participante", "participant(e)")}
# a question from the floor written with its letter and a spaced dash ("Q - How much…", "P – ¿Cuándo…?"): an asker
# the transcript does not name, in a transcript whose other turns are labelled
FLOOR_QUESTION = re.compile(r"^\s*(?:Q|P)\s+[-–—]\s+(?=\S)")
# a question from the floor labelled with the letter and no colon, as White House transcripts write it: "Q" and a run
# of (no-break) spaces, or "Q." and a space, then the asker's words ("Q     Thank you, Mr. President."); with a colon
# ("Q:") it is an ordinary label. Kept only where it recurs (a generic letter, see `GENERIC_SPEAKERS`)
ASKER_LINE = re.compile(r"^[ \t]*(?P<label>Q\.(?=[ \t\u00a0])|Q(?=[ \t\u00a0]{2}))[ \t\u00a0]{1,12}(?=\S)")
# labels that stand for whoever from the floor the chair gave the floor to, not for one person: the asker's name is
# the hand-over's (`floor_askers`)
ASKER_LABELS = frozenset(fold(w) for w in (
    "q", "q.", "question", "questioner", "audience member", "audience question", "member of the audience",
    "pregunta", "asistente", "público", "interlocutor", "interlocutora",
    "intervenant", "intervenante", "auditeur", "auditrice", "question de la salle", "participant de la salle"))
# a name a chair hands the floor to: an honorific at most, then one to four capitalised words (bounded, line breaks
# allowed: "get to Dr.\nNicole Baldwin")
_GIVEN_NAME = rf"(?P<GROUP>(?:{HONORIFIC_RE}\s{{1,3}})?[{_UP}][\w’'-]{{1,30}}(?:[ \t\n]{{1,3}}[{_UP}][\w’'-]{{1,30}}){{0,3}})"  # (GROUP: the group's name, one per branch)
# the chair's hand-over to someone from the floor, anywhere in the chair's turn: "Go ahead, Cindy.", "Our next
# question comes from Cindy Peebles.", "I want to get to Dr. Nicole Baldwin.", "let's bring in Christian Oliver", "la
# parole est à Mme Durand", "allez-y, Jean.", "adelante, Ana.", "tiene la palabra Ana Gil", "le doy la palabra a Ana
# Gil", "la siguiente pregunta es de Ana Gil"
FLOOR_GIVEN = re.compile(rf"""(?<![\w’'])(?:
      (?i:(?:please\s+)?go\s+ahead|allez-y|vas-y|adelante),?\s{{1,3}}{_GIVEN_NAME.replace("GROUP", "after")}\s*[.!,]
    | (?i:(?:next|first|last|final)\s+question\s+(?:comes\s+from|is\s+from|goes\s+to|is\s+(?:for|with))
        |(?:I\s+want\s+to|I[’']d\s+like\s+to|let[’']s|let\s+me|we[’']ll)\s+(?:get\s+to|bring\s+in|go\s+to|turn\s+to|hear\s+from
          |introduce\s+you\s+to|call\s+on)
        |(?:la\s+)?parole\s+est\s+à|(?:donne|passe|cède)\s+la\s+parole\s+à
        |(?:tiene\s+la\s+palabra|(?:le|les)\s+(?:doy|cedo|paso)\s+la\s+palabra\s+a)
        |(?:siguiente|próxima|primera|última)\s+pregunta\s+(?:es\s+de|viene\s+de|la\s+hace)
        |(?:prochaine|première|dernière)\s+question\s+(?:est\s+celle\s+de|vient\s+de))\s{{1,3}}{_GIVEN_NAME.replace("GROUP", "named")}
)""", re.X)
# the same hand-over as a vocative opening a sentence (the caller checks that it does): "Dr. Baldwin, go ahead.",
# "Christian, what's your question?", "Jean, vous avez la parole.", "Ana, adelante."
# the words that open such a hand-over without naming anyone ("Allez, allez-y, posez votre question", "Okay, go
# ahead", "Bueno, adelante"): an interjection before the comma, never the person called
_HANDOVER_INTERJECTION = r"(?!(?i:allez|alors|bon|oui|voilà|tenez|okay|ok|so|well|right|yes|bueno|vale|venga|sí|adelante|go)\b)"
FLOOR_GIVEN_VOCATIVE = re.compile(rf"""{_HANDOVER_INTERJECTION}{_GIVEN_NAME.replace("GROUP", "before")},\s{{1,3}}(?i:(?:please\s+)?go\s+ahead
    |what[’']s\s+your\s+question|what\s+is\s+your\s+question|the\s+floor\s+is\s+yours|you\s+have\s+the\s+floor|allez-y
    |vous\s+avez\s+la\s+parole|tu\s+as\s+la\s+parole|adelante|tiene\s+(?:usted\s+)?la\s+palabra|su\s+pregunta|tu\s+pregunta)
    (?![\w’'])""", re.X)
# what may stand before such a vocative hand-over in its sentence: a sentence's end, then one word and a comma at most
# ("Okay, Dr. Baldwin, go ahead."); read on the last VOCATIVE_LEAD_CHARS characters before it only
VOCATIVE_LEAD = re.compile(r"(?:(?P<end>[.!?…][”\"’')\]]*)\s+|\s*)(?:[\w’']{1,12},\s{1,3})?$")
VOCATIVE_LEAD_CHARS = 40
# a label's words that are only the transcriber's note of what was not recorded: "[ inaudible ]", "[ sin grabar, pero
# la pregunta fue sobre … ]", "(inaudible question about …)": nobody's words
BRACKET_ONLY = re.compile(r"^\s*(?:\[[^\[\]\n]{1,600}\]|\([^()\n]{1,600}\))(?:\s*\.)?\s*$")
# a filed document the minutes recite, with who filed it: "Visto recurso de reposición presentado por D. X", "la requête
# déposée par M. X", "the appeal lodged by Mr X" (the honorific is optional: "presentado por Ana Gil")
FILED_BY = re.compile(rf"""(?<![\w-])(?i:recurso|escrito|solicitud|reclamaci[óo]n|alegaciones|instancia|petici[óo]n|queja
    |recours|requête|réclamation|pétition|courrier|lettre|appeal|petition|request|complaint|objection|letter)(?![\w-])
    [^.;:\n]{{0,80}}?\s(?i:presentad[oa]s?|interpuest[oa]s?|formulad[oa]s?|d[ée]pos[ée]e?s?|pr[ée]sent[ée]e?s?|adress[ée]e?s?
    |form[ée]e?s?|submitted|filed|lodged|sent)\s+(?i:por|par|by)\s+(?:(?P<hon>{HONORIFIC_RE})\s+)?(?P<name>{NAME_RE})""", re.X)
# the line that opens what the filed document asks for, its points on the lines after it: "Es por lo que SOLICITA:",
# "SUPLICA:", "Il demande :", "DEMANDE :", "The appellant requests:": those points are the filer's words
PETITION_ASKS = re.compile(r"(?<![\w-])(?i:solicita|suplica|pide|demande|sollicite|requests|asks)\s*:\s*$")
# what ends the filed document's points: the body's own recitals and decision ("Visto informe…", "Considérant…",
# "El Pleno ACUERDA:", "Le Conseil décide", "The council resolved"), its numbered points do not ("PRIMERO:", "SEGUNDO:")
PETITION_END = re.compile(r"""^\s*(?:(?:Visto|Vista|Vistos|Vistas|Vu|Vus|Considerando|Considérant|Whereas|Having\s+regard|En\s+virtud
    |Por\s+todo\s+lo|A\s+la\s+vista|Se\s+somete|Sometid[oa]|ASUNTO|ORDEN\s+DEL\s+D[ÍI]A|(?:Article|Artículo|Punto|Point)\s+\d)\b
    |[^\n]{0,80}\b(?:ACUERDA|acuerda|RESUELVE|resuelve|DÉCIDE|décide|DECIDE|resolved|RESOLVED|agreed)\b)""", re.X)
# the sentence that opens the session, naming who opens it: "toma la palabra el Secretario X, … se da inicio a la
# Asamblea", "Monsieur X ouvre la séance", "Jane Roe called the meeting to order": with no mayor or chair named, that
# person leads the session, and the unnamed first-person words of the minutes are theirs (see FIRST_PERSON_SPEECH)
SESSION_OPENED = re.compile(r"""(?<![\w-])(?i:se\s+da\s+inicio|da\s+inicio|abre\s+la\s+sesi[óo]n|se\s+abre\s+la\s+sesi[óo]n
    |declara\s+abierta|ouvre\s+la\s+s[ée]ance|d[ée]clare\s+(?:la\s+s[ée]ance\s+)?ouverte|opens\s+the\s+meeting
    |opened\s+the\s+meeting|called\s+the\s+meeting\s+to\s+order|calls\s+the\s+meeting\s+to\s+order)(?![\w-])""", re.X)
# an agenda item's heading that names who presents it, in parentheses at its end: "Travaux piscine (Mme ETORÉ)",
# "Obras en la plaza (Sr. Gil)", "Pool works (Ms Reed)": the item's unnamed sentences after it are that person's
ITEM_PRESENTER = re.compile(rf"\(\s*(?P<hon>{HONORIFIC_RE})\s+(?P<name>{NAME_RE})\s*\)\s*$")
ITEM_PRESENTER_WORDS = 16  # words such a heading may have
# the same in minutes typed as one bulleted list, the presenter by first name: "* Member surveys (Michelle)",
# "* Quick governing board update (Kimball)" (`attribution._bullet_item_presenter`)
BULLET_ITEM_PRESENTER = re.compile(rf"[ \t]*(?:[*•-][ \t]+){{1,3}}(?P<title>[{_UP}][^():\n]{{2,70}}?)[ \t]*\((?P<name>{NAME_TOKEN}(?:[ ]{NAME_TOKEN})?)\)[ \t]*")
# an agenda item or a heading that names its lead by full name in brackets, the bracket perhaps wrapped onto the next
# line ("- Architecture WG (Ram Jagadeesan)", "HIP Presentation (Patrick Holmes)", "- Requirements WG" over "(Patrick
# Holmes)"): the lead is a participant of the meeting (`minutes.read_item_leads`), where ITEM_LEADS_MIN items do so
ITEM_LEAD = re.compile(rf"[ \t]*(?:[*•-][ \t]+){{0,3}}(?P<title>[{_UP}][^():.!?\n]{{2,70}}?)[ \t]*\((?P<name>{NAME_TOKEN}[ ]{NAME_TOKEN})\)[ \t]*")
ITEM_LEADS_MIN = 2
# a stage direction that names who speaks next: "(Palabras Sr. Tolentino Soto)", "(Intervención de la Presidenta)",
# "(Remarks by the Chair)", "(Allocution de M. Dupont)": a label on a line of its own, for the named person
STAGE_SPEAKER = re.compile(r"""^\s*\(\s*(?i:palabras|intervenci[óo]n|discurso|saludo|mensaje|words|remarks|speech|address
    |statement|intervention|allocution|discours|mot)
    \s+(?i:(?:de(?:l|\s+la|\s+los|\s+las)?|by(?:\s+the)?|of(?:\s+the)?|du|de\s+l[’']|des)\s+)?
    (?P<who>[A-ZÀ-ÖØ-Þ][^()\n]{1,80}?)\s*\)\s*\.?\s*$""", re.X)
# a person's honorific and name right before their quoted words, on a line of its own: "Sr. Jorge Pérez “Sí prometo…”"
QUOTE_LABEL = re.compile(rf"^\s*(?P<label>{HONORIFIC_RE}\s+{NAME_RE})\s*[:,]?\s*(?=[“\"«])(?P<body>.*)$", re.S)
# the French parliamentary turn (Assemblée nationale, Sénat, council verbatim records): honorific, name and a full stop,
# the words on the same line: "M. Julien Aubert. Nous avons…", "Mme Marie-George Buffet. La ministre…", "M. Erwann Binet,
# rapporteur de la commission des lois. Même avis", "M. le président. La parole est à…". The name is capitalised words
# (or an article and a role: `parse_label` keeps only a role it knows); a title after a comma may run long but holds no
# full stop; the words open with a capital, a quote, a parenthesis or a dash, and never with another honorific, name and
# full stop (a list of people "M. Dupont. Mme Durand." is no turn; "Monsieur le président, mesdames…" is an address). "M. Dupont présente le budget." has no full stop after the name.
# after "Monsieur X," a subject pronoun opens a clause, not a title: "Monsieur Harmel, je ne sais pas ce qui vous est
# arrivé…" addresses X (a vocative), it is no turn of X's
_ADDRESS_CLAUSE = r"(?:je|j[’']|tu|il|elle|on|nous|vous|ils|elles|c[’']|ce|cela|ça)(?![\w’'-])"
# nobility titles a parliament's label writes between the article and the name ("M. le comte de Colbert-Laplace",
# "M. le baron Reille", "el señor conde de Romanones") or after the name's comma ("M. de La Rochefoucauld, duc de
# Bisaccia"): part of how the member is named, not an office
NOBLE_TITLES = frozenset({
    "duc", "duchesse", "prince", "princesse", "marquis", "marquise", "comte", "comtesse", "vicomte", "vicomtesse",
    "baron", "baronne", "chevalier",
    "duque", "duquesa", "príncipe", "princesa", "marqués", "marquesa", "conde", "condesa", "vizconde", "vizcondesa",
    "barón", "baronesa",
    "duke", "duchess", "marquess", "earl", "count", "countess", "viscount", "viscountess", "baroness",
})
# what a label writes after a surname to tell a son, a father or a brother apart: "M. Le Provost de Launay fils"
NAME_SUFFIXES = frozenset({"fils", "père", "aîné", "cadet", "jeune", "hijo", "padre"})
_NOBLE = "|".join(sorted(NOBLE_TITLES, key=len, reverse=True))
_NAME_SUFFIX = "|".join(sorted(NAME_SUFFIXES, key=len, reverse=True))
# a member's name in a parliament's dotted label: capitalised words and the particles between them (`NAME_RE`), and
# what an old record's names add to that: a nobility title after the article ("le baron Reille"), a particle before
# the first capital ("de Lacretelle", "de La Rochefoucauld", "d'Harcourt"), an elided particle glued to the next word
# ("Baudry d'Asson"), a son's "fils", a département in parentheses telling namesakes apart ("Janvier de la Motte
# (Eure)"). Every repetition bounded: linear on long lines
DOT_LABEL_NAME = rf"""(?:(?:le|la|el)\s+(?:{_NOBLE})\s+)?(?:(?:de|du|des|del|von|van)\s+(?:(?:la|La|los|las)\s+)?|d[’'])?
    {NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN}|\s+d[’']{NAME_TOKEN}){{0,6}}
    (?:\s+(?:{_NAME_SUFFIX})(?![\w’'-]))?(?:\s{{0,3}}\([{_UP}][^()\n]{{1,30}}\))?"""
DOT_LABEL = re.compile(rf"""^\s*(?P<label>{HONORIFIC_RE}\s+
        (?: (?![{_UP}]\.)  # (an initial or a courtesy after the honorific, "Dr. D. Benito…", "Sr. D.": no name, no label)
            {DOT_LABEL_NAME}(?:\s*,\s+(?!{_ADDRESS_CLAUSE})[a-zà-ÿ][^.;\n]{{1,240}}?)?  # "M. Erwann Binet, rapporteur de la commission des lois"
            # (no semicolon in the title: "D. José Hernandez, vecino y del comercio; el Sr. D. …" is a list of those present)
          | (?:le|la|l[’'])\s*[a-zà-ÿ][^.,\n]{{1,60}}?            # "M. le président", "Mme la présidente"
          | (?:le|la|l[’'])\s*{NAME_TOKEN} ))                      # "M. le Maire" (council records)
    \.[ \t]+(?:[–—-][ \t]*)?
    (?!{HONORIFIC_RE}\s+{NAME_RE}\.(?:\s|$))
    (?!(?<=[\s.][{_UP}]\.[ \t]){NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}}[ \t]?:)  # "Hon. Mary T. Lowe: …": a middle initial, the label's colon after the surname
    (?P<body>[«“"(¿¡…A-ZÀ-Ý0-9].*)$""", re.X | re.S)
# where a turn label runs on inside a line of a parliament's dotted record, the OCR having lost the line break: right
# after the closing parenthesis of the reaction that ended the turn before ("(Rires.) M. Dupont. Je…", "(Aux voix !)
# M. le président. J'ai reçu…"), or after the exclamation or question that ended it ("… aujourd'hui !M. le
# président. Il a paru…"), or after that exclamation mark as a scan's OCR reads it, a lone "1", "l" or "t" after a
# word ("Aux voix ! aux voix 1 M. le comte de Colbert-Laplace. Messieurs…", "Je proteste t M. le président. En
# conséquence…"); `run_on_labels` checks the label itself with DOT_LABEL
RUN_ON_LABEL_START = re.compile(rf"(?P<before>[)!?]|(?<=[^\W\d_])[ \t][1lt](?=[ \t]))[ \t]{{0,3}}(?P<label>{HONORIFIC_RE}[ \t])")
# a colon label run on after the sentence that ended the turn before, inside one paragraph of notes, as a note-taker
# writes a quick exchange without line breaks ("… unaligned chunk grids. Alistair: all feel that…", "…? Ana: sí,
# lo reviso.", "… merci. Luc : d'accord."): a name of one to three capitalised words, its colon, then the words
# (`run_on_labels.run_on_speaker` checks the name against the people of the document)
RUN_ON_COLON_LABEL = re.compile(r"(?P<label>[A-ZÀ-Þ][\w’'.-]{0,30}(?:[ \t][A-ZÀ-Þ][\w’'.-]{0,30}){0,2})[ \t]?:[ \t]{1,3}(?=[^\W\d_(\[])")
# what comes before such a label on its line: a sentence's end ("grids.", "governance?", "…..", "(done)."), nothing else
RUN_ON_COLON_BEFORE = re.compile(r"(?:[.!?…]|[.!?…][)\]”\"»])[ \t]{1,3}$")
# a sentence that opens by addressing the chair or a minister by office, then a comma: "Mr Speaker, the ANC believes…",
# "Hon Speaker, the DA notes…", "Speaker, on Tuesday the Minister…", "Madam Chair, we…", "Monsieur le président, …",
# "Señora ministra, …": the speaker's own words to the chair, not the chair taking the floor (the office is the comma's
# whole subject: "Mr Speaker said, …" has no comma after the office)
_ADDRESS_HONORIFIC = r"""(?i:mr\.?|mister|madam|madame|mrs\.?|ms\.?|hon\.?|honourable|honorable|monsieur|señor|señora
    |sr\.|sra\.|m\.|mme\.?)\s{1,3}(?:(?i:le|la|l[’']|el|deputy|vice)[ \t]{0,3})?"""
_ADDRESS_OFFICE = r"""(?i:speaker|chair|chairman|chairwoman|chairperson|president|président|présidente|presidente|presidenta
    |minister|ministre|ministro|ministra|mayor|maire|alcalde|alcaldesa)(?![\w’'])"""
ADDRESS_OPENING = re.compile(rf"^\s{{0,3}}(?:{_ADDRESS_HONORIFIC})?{_ADDRESS_OFFICE}\s{{0,3}},", re.X)
# the same address amid a sentence, set off by commas, its honorific written: "Secondly, Mr Chairman, the exemption
# is…", "I will take heed also, Mr Chairman, of the comments…", "Je crois, Monsieur le Président, que…", "Quiero,
# señora Presidenta, decir…": the speaker's words to the chair, never the chair as the subject of a verb after it
# (`mentions.opener_verb`; "office" is the address's span). Not at the sentence's start, where minutes write the
# office and its apposition as the subject ("Monsieur le Maire, rapporteur, rappelle…"); nor without its honorific
# ("The Chairman, Jane Roe, said…": an apposition)
ADDRESSED_OFFICE = re.compile(rf",\s{{0,3}}(?P<office>{_ADDRESS_HONORIFIC}{_ADDRESS_OFFICE})\s{{0,3}},", re.X)
# a sentence that is nothing but a stage direction in parentheses, amid a turn: "(Exclamations sur les bancs du groupe
# UMP.)", "(Rires.)", "(Applaudissements sur plusieurs bancs.)" — the record's words, nobody's; the turn goes on after it
STAGE_SENTENCE = re.compile(r"^\s*\([^()]{1,160}\)\s*\.?\s*$")
# the other turn of that form: an honorific and a title the lexicon has no role for ("Mme la garde des sceaux.",
# "M. le ministre.", "M. le président de la commission des lois."): the one person whose own label gave that title
TITLE_TURN = re.compile(rf"^\s*{HONORIFIC_RE}\s+(?:le|la|l[’'])\s*(?P<title>[a-zà-ÿ][^.,\n]{{1,60}})$")
DOT_LABELS_MIN = 3  # a text must have this many such turns (name alone, no title) for the form to count: the format recurs
# a group's interjection in the same form, words nobody in particular says: "Plusieurs députés du groupe SRC. Défavorable !",
# "Un député du groupe UMP. C'est faux !", "De nombreux sénateurs. Très bien !", "Une voix sur les bancs du groupe UMP. Non !"
GROUP_DOT_LABEL = re.compile(r"""^\s*(?:Plusieurs|De\s+nombreux|De\s+nombreuses|Quelques|Divers|Nombreux|Des|Un|Une|Les)\s+
    (?:députée?s?|sénat(?:eur|rice)s?|conseill(?:er|ère)s?|élue?s?|membres?|voix|orat(?:eur|rice)s?)\b[^.\n]{0,100}
    \.[ \t]+(?:[–—-][ \t]*)?[«“"(¿¡…A-ZÀ-Ý]""", re.X)
# the turn label of a record that writes the speaker's surname in capitals after a title, a full stop closing the
# label and the turn running on the same line (`caps_dot_labels`): the Federal Reserve's FOMC transcripts ("MR. KOHN.
# Thank you.", "CHAIRMAN GREENSPAN. Good morning.", "VICE CHAIRMAN MCDONOUGH. In short…"), the Congressional Record
# and hearings ("Mr. BOEHNER. Mr. Speaker, I rise…", "Mr. SMITH of Texas. I yield…", "Senator LEAHY. Thank you."),
# old court and council records ("Sr. PÉREZ. Gracias", "M. DUPONT. Je…"). One to three titles or honorifics in any
# case (`caps_dot_labels` checks each against LABEL_TITLES and HONORIFICS), one to three surname words in capitals of
# two letters or more ("McDONOUGH", "DE LA GARZA" too), a state after "of" as the House writes it; then the words,
# opening on a capital or a quotation and holding a word in lower case ("MR. SMITH. THE END" is a line in capitals).
# Never a name in ordinary case ("Mr. Smith. The meeting…", "MR. Smith said"), nor "U.S." (no title before it);
# every repetition bounded: linear on long lines
CAPS_DOT_LABEL = re.compile(rf"""^[ \t]*(?P<label>(?:[^\W\d_]{{1,14}}\.?[ \t]{{1,3}}){{1,3}}
    (?:Mc|Mac)?[{_UP}][{_UP}’'-]+(?:[ \t](?:Mc|Mac)?[{_UP}][{_UP}’'-]+){{0,2}}
    (?:[ \t]of[ \t][{_UP}][a-zà-ÿ]+(?:[ \t][{_UP}][a-zà-ÿ]+)?|[ \t]pro[ \t]tempore)?)
    \.[ \t]+(?P<body>[«“"(¿¡{_UP}0-9][^\n]*)$""", re.X)
CAPS_DOT_LOWER = re.compile(r"[a-zß-öø-ÿ]")  # the words hold a letter in lower case: a turn, not a line in capitals
CAPS_DOT_LABELS_MIN = 3  # a text must have this many such turns for the form to count: the format recurs
# capitalised words at a line's start, with the particles between them: "Presidente del Consejo Regional abre…"
LEADING_TITLE = re.compile(rf"{NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN})*")
# a master of ceremonies announcing who takes the floor next, the person named before the verb ("la Srta. Ruth Bravo,
# Secretaria Ejecutiva, procederá a tomar juramento", "Jane Roe will now address the meeting", "M. X va prendre la
# parole"): after the next stage direction ("(Juramento)"), the unlabelled words are that person's
ANNOUNCED = re.compile(r"""(?<![\w’'])(?:proceder[áa]n?\s+a|har[áa]\s+uso\s+de\s+la\s+palabra|tomar[áa]\s+(?:la\s+palabra|juramento)
    |dar[áa]\s+lectura|will\s+now\s+(?:address|speak|read)|va\s+(?:prendre\s+la\s+parole|nous\s+lire)|prendra\s+la\s+parole)""",
                       re.I | re.X)
# the announced person's name, and the title set beside it ("Ruth Bravo Rodríguez, Secretaria Ejecutiva Interina, …")
ANNOUNCED_NAME = re.compile(rf"(?:{HONORIFIC_RE}\s+)?(?P<name>{NAME_RE})(?:\s*,\s*(?P<title>[{_UP}][^,;:\n]{{2,80}}),)?")
# a paragraph that opens a quotation: the words of the person the narration line before it names
# between a full name and its speech verb in a sentence that introduces a quoted paragraph with a colon ("dont mon
# collègue Martin Cadoux nous explique le concept dans son article :", "as Jane Roe explains in her post:", "como
# Ana Gil nos cuenta en su blog:"): an optional object pronoun, nothing else
QUOTE_INTRO_GAP = re.compile(r"\s+(?:(?:nous|vous|lui|leur|nos|os|les|le|us|me)\s+)?")
# the colon that ends such an introduction, at the sentence's end
INTRO_COLON_END = re.compile(r"[ \t]?:\s*$")
# a line that is a quotation signed after a dash, as notes and blog posts write a remark worth keeping ("[Quotable]:
# "You have to deal with me if you want the stuff" -- Robert S", "« Le web est lent » — Jeanne Roux", "“…” – Ana
# Gil"): an optional bracketed mark, the quote within its marks, a dash and a name of one to four words ending the line
# (after the name, a short apposition: '"…" - Saskia, 16 ans', '"…" — Ana Gil, CTO'); the quote may run over the
# lines of one paragraph, its signature on the last ('"En refaisant la démo…' / 'On fait tous des erreurs" - Saskia')
QUOTE_SIGNED = re.compile(rf"""^[ \t]*(?:\[[^\]\n]{{1,30}}\]\s*:?\s*)?["“«](?:[^"“”«»\n]|\n(?![ \t]*\n)){{1,600}}["”»]
    [ \t]*(?:--|[—–]|-(?=[ \t]))[ \t]*
    (?P<who>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,3}})(?:[ \t]*,[ \t]*[^\n,;.!?]{{1,40}})?[ \t]*(?:\n|$)""", re.X)
QUOTE_SIGNED_SPAN = 1000  # characters from a line's start such a quotation and its signature may run over
QUOTE_OPEN = re.compile(r"\s*[“\"«]")
# a stenographer's note in a verbatim record: a line of its own led by a dash ("– Resulta afirmativa.",
# "—Se aprueba.", "– Ocupa su banca el concejal X."): narration, read only in documents with speaker labels
# a table row of a Markdown table stripped of its outer pipes ("1 | Malicious transactions | 9:14", "Decision Item |
# Decision Made"): cells, not speech (`labels.scan` needs several rows in a run)
TABLE_ROW = re.compile(r"^(?=[^|\n]*\S)[^|\n]*(?:\s\|\s[^|\n]*)+$")  # (the lookahead keeps it linear on long lines)
# a bullet glyph inside a line, after a word or a stop and before a capitalised item: where a list was run into one line
# ("Detalles ● Abordaje de la facturación: …", "…la transacción. ● Funciones…"); the ASCII "-" and "*" are left out
# (hyphens, emphasis, footnotes)
INLINE_BULLET = re.compile(r"(?<=\S)(?=[ \t]+[●•▪◦][ \t]+[A-ZÀ-ÖØ-Þ¿¡])")
# a line that opens with a list bullet ("* I think…", "- yes", "• Oui"): in a transcript, the words under a label
BULLET_START = re.compile(r"\s*[*•▪◦-]\s+\S")
STENO_NOTE = re.compile(r"^\s*[–—]\s*(?=[(¿¡A-ZÀ-ÖØ-Þ])")
# a record whose turns open with a ".-" label ("Sr. Presidente (Menem).- Solicito…", DASH_LABELLED_MIN of them at
# least) writes its stenographers' notes as lines led by a hyphen: "- Ocupa la Presidencia, el señor vicepresidente…",
# "- Puestos de pie los señores diputados…"
DOT_DASH_BEFORE = re.compile(r"\.[ \t]?-[ \t]*$")
DASH_LABELLED_MIN = 5
# a bracketed note that closes a sentence the scan left open ("…del Ja-pón . . .# * (Suena el timbre indicador de tiempo
# disponible)."): the note broke the speaker's turn, a dash-led paragraph after it resumes it
STAGE_TAIL = re.compile(r"\s\([^()]{3,120}\)\s*\.?\s*$")
HYPHEN_STENO_NOTE = re.compile(r"^\s*-\s*(?=[(¿¡A-ZÀ-ÖØ-Þ])")  # (the hyphen glued to the note too: "-Se suspendió la sesión…")
DASH_LABEL_LINE_END = re.compile(r"\.[ \t]?-[ \t]*$")  # a label line alone ending ".-" or ". -"
ARTICLES = {"the", "le", "la", "el", "l"}
# the same articles as a pattern piece: "the Treasurer", "le trésorier", "l’Argument Clinic"
DEFINITE_ARTICLE = r"(?:the|le|la|l[’']|el)"
# the article an office takes back when a heading's preposition swallowed it: "Rapport du trésorier" is le trésorier's,
# "Informe del tesorero" el tesorero's, "Rapport de la secrétaire" la secrétaire's (`authored_reports`)
ARTICLE_AFTER_PREPOSITION = {"du": "le ", "del": "el ", "la": "la ", "l'": "l'", "l’": "l’"}
# an article, plural, contracted or indefinite too, before a label that makes it a thing ("le Compte Administratif
# Lotissement", "des Finances", "los Presupuestos", "diseñar una Unidad Didáctica"); the label follows it (English "a"
# is left out: "a Jane Roe" may be a person), on the same line: a turn cut off at "…to go through the" over the next
# speaker's name line does not make that name a thing
THING_ARTICLE = r"(?<![\w’'])(?:le|la|les|du|au|aux|des|the|el|los|las|un|une|una|an)[^\S\n]+"
# a label the text also writes whole between quotation marks, as a title is ("la aplicación “Dream Exchange Battle”")
THING_QUOTES = ("\"“«", "\"”»")
GENERIC_SPEAKERS = {"q", "a", "r", "p", "i"}  # interview letters; strong only when they recur
# anaphora that are plain pronouns: the current speaker when the gender fits
PERSONAL_PRONOUNS = {"il", "elle", "he", "she", "el", "ella"}
# minutes: words in the first person (or addressing the room) that only the person presiding can be saying when
# nobody is named: "Traigo aquí este punto…", "Creo que…", "Je propose…", "I believe…"
FIRST_PERSON_SPEECH = re.compile(r"""(?<![\w’'])(?:
      yo | me(?![ \t]+(?-i:[A-ZÀ-ÖØ-Þ]))   # (not "Me ROBLIN, notaire": maître before a name)
    | mi | mí | nos | nosotros | ustedes | usted | creo | considero | entiendo | traigo | quiero | propongo
    | pienso | opino | les\s+informo | le\s+informo | les\s+recuerdo | le\s+recuerdo
    | je | j[’'] | nous | vous | I | we | you )(?![\w’'])""", re.X | re.I)
# the speaker's own "I" ("yo", "je", "j'", "I"): in a labelled turn, a sentence saying it is the labelled speaker's
# even where it names someone with a verb of speech ("…, ellos realizaron una exposición…, yo me gozaba…")
SPOKEN_I = re.compile(r"(?<![\w’'])(?:(?i:yo|je|j[’'](?=\w))|I)(?![\w’'])")
# a student's diary of a course, kept as the course's assignment ("Diario de aprendizaje", "mi diario", "journal de
# bord", "learning journal", "my diary"): its first person is the student's narration, as a report's is its author's
LEARNING_DIARY = (r"diario\s+de\s+aprendizaje|(?:mi|este)\s+diario|journal\s+(?:de\s+bord|d['’]apprentissage)"
                  r"|mon\s+journal|learning\s+(?:diary|journal|log)|my\s+diary")
# a text that calls itself its author's report ("mon compte-rendu", "my notes", "mi crónica"): the first person in it is
# the note-taker's, not a speaker's (in minutes "como yo estábamos…" is the speaker's own words)
REPORT_SELF = re.compile(r"(?<![\w’'])(?:(?:mon|notre)\s+(?:compte[- ]rendu|récit|résumé|billet)|(?:ce|cet)\s+billet|(?:mes|nos)\s+notes"
                         r"|(?:my|our)\s+(?:notes|write-?up|recap|blog\s+post|takeaways|highlights)|(?:mi|nuestr[oa])\s+(?:crónica|resumen)"
                         r"|(?:mis|nuestras)\s+notas"
                         rf"|{LEARNING_DIARY})(?![\w’'])", re.I)
# the writer of a diary or report telling that they themselves said something, in the first person singular of a
# verb of saying in the past, an object pronoun before it or not: "le comenté lo que escribí", "planteé a mis
# compañeros si…", "les pregunté", "je lui ai demandé", "j'ai expliqué", "I asked Tom", "I told them"; the writer's
# own words, where the narration around them is nobody's (the regular Spanish forms end in an accented -é/-í)
WRITER_SAID = re.compile(r"""(?<![\w’'])(?:
      (?:(?:le|les|te|os|se\s+lo|se\s+la)\s+)?(?:(?:coment|pregunt|plante|expliqu|respond|contest|suger|ped|cont)[éí]|dije|propuse|expuse)
    | (?:je\s+(?:lui|leur|vous|te)\s+ai|j[’']ai)\s+(?:dit|demandé|expliqué|proposé|répondu|suggéré|raconté|signalé)
    | I\s+(?:asked|told|said|explained|suggested|proposed|replied|answered) )(?![\w’'])""", re.X)
WRITER_COVER_PARAGRAPHS = 8  # the cover's lines before the first paragraph of prose: title, course, author, date
# a clause whose subject is a pronoun after a colon or semicolon, the verb next (after an object clitic): "Retour de
# Jean Dupont pour une démonstration : il nous présente…" — the pronoun stands for the person the clause before named
CLAUSE_ANAPHORA = re.compile(r"[:;]\s*(il|elle|he|she|él|ella)\s+(?:(?:nous|lui|leur|vous|nos|us)\s+)?(?=\S)", re.I)
# a cleft subject: "c'est Benoît Encelle qui présente…", "es Ana Gil quien explica…", "it is Jane Roe who explains…"
CLEFT_BEFORE = re.compile(r"(?<![\w’'])(?:c[’']est|ce\s+fut|es|fue|it\s+(?:is|was))\s+$", re.I)
CLEFT_AFTER = re.compile(r"\s*(?:\([^()]{1,80}\)\s*|,[^,]{1,80},\s*)?(?:qui|quien|who)\s+", re.I)
# a subject pronoun right before the speech verb: the verb is that pronoun's, not the name's before it ("Après HTML et
# ARIA, on parle de…"); "nous"/"vous" are left out, they are object clitics as often ("Shanni nous montre")
PRONOUN_SUBJECT_BEFORE = re.compile(r"(?<![\w’'])(?:on|il|elle|ils|elles|je|j[’']|we|they|he|she|I|yo|ellos|ellas)"
                                    r"(?:\s+|(?<=[’']))(?:(?:ne|n[’']|lui|leur|les|la|le|l[’']|se|s[’']|y|en)\s*)*$")
# a sentence in the first or second person is speech, not narration of someone else taking the floor
FIRST_SECOND_PERSON = re.compile(r"(?<![\w’'])(?:I|I'm|we|you|your|je|j[’']|nous|vous|yo|nosotros|usted|ustedes)(?![\w’'])", re.I)
# a paragraph of a record's notes opened by a topic and its colon, the note-taker's next item: "Demo del flujo completo
# realizada durante el bloque: el equipo ejecutó…", "Purposes of this meeting:", "Décisions prises en fin de réunion :"
# (`topic_lead_ins`). Three to twelve words before the colon, one of them in lower case (a name is all capitals:
# "Jane Roe Smith:"), then the words or the paragraph's end
TOPIC_LEAD_IN = re.compile(r"^(?P<lead>[A-ZÀ-Þ][^\s:]{0,30}(?:[ \t]{1,3}[^\s:]{1,30}){2,11})[ \t]?:(?:[ \t]{1,3}\S|[ \t]*$)")
# a first-person possessive: "notre inquiétude", "our plan", "nuestro objetivo", "mi parte" (the speaker's own words)
POSSESSIVE_FIRST = re.compile(r"(?<![\w’'])(?:notre|nos|mon|ma|mes|our|ours|my|mine|nuestr[oa]s?|mis?)(?![\w’'])", re.I)
# attendance lists: "Mesdames A, B. Messieurs C, D"
PLURAL_HONORIFICS = {"mesdames": "f", "messieurs": "m", "mmes": "f", "mmes.": "f", "mm.": "m", "mm": "m", "señoras": "f",
                     "señores": "m", "sres.": "m", "sras.": "f", "messrs": "m", "messrs.": "m"}
# entries of an attendance list: commas, semicolons, lines, "et"/"y"/"and", a full stop after a name
# an attendance list written one person a line, surname first: "Palma Vicuña, Ignacio", "García Garzena, Víctor",
# "Carmona Peralta, Juan de Dios", "DUPONT, Jean", "Smith, John" (a parliament's or a board's list), the last line
# perhaps closed by ", y" / ", and" / ", et" or a full stop. `minutes.read_surname_first_list` reads a run of such lines
# as "Given Surname", when the text names some of them elsewhere by the surname alone (see there).
SURNAME_FIRST_ENTRY = re.compile(rf"^[ \t]*(?P<surname>{NAME_TOKEN}(?:[ \t]+(?:(?:{_PART})[ \t]+)?{NAME_TOKEN}){{0,2}})"
                                 rf"[ \t]*,[ \t]*(?P<given>{NAME_TOKEN}(?:[ \t]+(?:(?:{_PART})[ \t]+){{0,2}}{NAME_TOKEN}){{0,2}})"
                                 r"[ \t]*(?:,[ \t]*(?:y|and|et|e))?[ \t]*[.,;]?[ \t]*$")
SURNAME_FIRST_LIST_MIN = 3  # lines in a row: a list, not one "Name, Company" line
SURNAME_FIRST_NAMED_MIN = 2  # entries the text names by surname elsewhere ("El señor PALMA", "M. Dupont"): the reading holds
# an attendance entry whose words before a colon describe whom the named people stand for, in lower case ("… dont
# représentant la mairie 14 : Jean Roe", "representing the council: Jane Roe", "en representación del ayuntamiento: Ana
# Gil"): the name is the part after the colon (one colon only; bounded, linear)
DESCRIBED_ENTRY = re.compile(r"^[^:\n]{0,200}[a-zà-ÿ0-9)]\s?:\s*(?P<name>[^:\n]{3,60})$")
LIST_SPLIT = re.compile(r"\s*(?:[,;]|\n|\s(?:et|y|and|&)\s|(?<=[a-zà-ÿ)])\.\s+|(?<=[A-ZÀ-Þ]{2})\.\s+)\s*")
# words that name a meeting record in its title
MINUTES_TITLE = re.compile(r"(?<!aprobaci[óo]n del )(?<!approbation du )(?<!adoption du )(?<!approval of the )(?<!adoption of the )"
                           r"\b(?:proc[èe]s[- ]verbal|compte[- ]rendu|conseil\s+municipal|d[ée]lib[ée]rations?|acta|sesi[óo]n\s+"
                           r"(?:ordinaria|extraordinaria|plenaria)|pleno|(?<!\d\s)minutes|minutas?|meeting\s+notes)\b", re.I)
# the sitting, not its record: a parliament's verbatim record is titled so too ("PLENO", "SESIÓN ORDINARIA")
SITTING_TITLE = re.compile(r"(?i:pleno|sesi[óo]n\s+(?:ordinaria|extraordinaria|plenaria)|conseil\s+municipal)")
TITLE_LINE_WORDS = 12  # a line of the opening this short may be the record's title; a longer one is prose
# (a count of minutes is a duration, "Duration: 60 minutes", not the record's title; "Aprobación del Acta de la sesión
# anterior", "Adoption du procès-verbal", "Approval of the minutes": an item of the agenda approving the last record,
# which a verbatim record has too, not this one's title)
# the record's own clock on a line of its own: when the meeting began or ended ("Début de la réunion à 18 h 07", "Fin de
# la séance à 19 h 57", "Ouverture de la séance : 20h", "Meeting started at 7:02 pm", "Start of meeting: 18:00", "Inicio
# de la reunión a las 18:07", "Se levanta la sesión a las 21.30"), written in the third person: a text that keeps it is a
# meeting's minutes even without a title word (the chair's own "La séance est ouverte." is a speech, not this); the
# spaces may be no-break ones ("à 18 h 07")
MEETING_CLOCK = re.compile(r"""^[^\S\n]{0,4}(?:[*_#>-]{1,4}[^\S\n]{0,4})?(?i:
      (?:d[ée]but|ouverture|fin|cl[ôo]ture|lev[ée]e)\s{1,4}de\s{1,4}(?:la\s{1,4})?(?:r[ée]union|s[ée]ance|session|assembl[ée]e)
    | (?:la\s{1,4})?(?:r[ée]union|s[ée]ance)\s{1,4}(?:commence|d[ée]bute|s[’']ouvre|se\s{1,4}termine|s[’']ach[èe]ve|est\s{1,4}lev[ée]e|prend\s{1,4}fin)
    | (?:start|beginning|opening|end|close)\s{1,4}of\s{1,4}(?:the\s{1,4})?(?:meeting|session)
    | (?:the\s{1,4})?(?:meeting|session)\s{1,4}(?:started|starts|began|begins|opened|ended|ends|closed|adjourned|was\s{1,4}adjourned
        |(?:was\s{1,4})?called\s{1,4}to\s{1,4}order)
    | (?:inicio|comienzo|apertura|fin|cierre|final)\s{1,4}de\s{1,4}la\s{1,4}(?:reuni[óo]n|sesi[óo]n|asamblea)
    | (?:la\s{1,4})?(?:reuni[óo]n|sesi[óo]n)\s{1,4}(?:comienza|empieza|se\s{1,4}inicia|termina|finaliza|se\s{1,4}levanta)
    | se\s{1,4}(?:levanta|cierra|abre|inicia)\s{1,4}la\s{1,4}(?:reuni[óo]n|sesi[óo]n))
    [^\S\n]{0,4}(?::[^\S\n]{0,4}|à[^\S\n]{1,4}|at[^\S\n]{1,4}|@[^\S\n]{0,4}|a[^\S\n]{1,4}las[^\S\n]{1,4})?\d{1,2}[^\S\n]{0,4}(?:h|[.:])""", re.X | re.M)
# abbreviations whose full stop does not end a sentence
ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "p", "pp", "n°", "no",
    "art", "av", "vol", "éd", "ed", "fig", "mr", "mrs", "ms", "sr", "sra", "dra", "prof", "vs", "env", "ex", "jr",
    # Spanish professional and plural titles before a name ("el Lic. Diego Silber", "los Sres. …", "la Ing. …")
    "lic", "licda", "lcdo", "lcda", "mtro", "mtra", "ing", "arq", "profa", "profra", "abog", "cdor", "cra", "srta", "sres", "sras", "srs", "dres", "gral", "hon",
    # titles of elected members and officers before a name ("Cllr. Kiely", "Sen. Roe", "Supt. Lee", "Dña. Ana")
    "cllr", "coun", "ald", "sen", "rep", "dep", "supt", "insp", "sgt", "dña",
    # courtesy and clerical titles of older Spanish records, chained before a name ("el Exmo. Sr. D. Pascual", "el
    # Ilmo. Sr. Obispo", "el Rmo. P. Fr. Manuel", "el Sr. Cnel. D. Joaquín", "Mtro.")
    "exmo", "excmo", "exma", "excma", "ilmo", "ilma", "rmo", "rvdo", "fr", "cnel", "mtro",
    # a street's kind before its name ("Avda. Japón", "Avda. Gral. Caballero")
    "avda", "avd",
}
# currency abbreviations written before the amount ("Gs. 250.000.000" guaraníes, "Bs. 100" bolívares or bolivianos,
# "Rs. 500" rupees, "Ptas. 1.000" pesetas, "Frs. 20" francs, "Dls. 30" dollars): their full stop ends no sentence
# when a figure follows (a sentence that ends on the abbreviation is followed by a capital)
CURRENCY_ABBREVIATIONS = frozenset({"gs", "bs", "rs", "ptas", "pts", "frs", "dls", "dlls"})
# the record's own lines in a procès-verbal / acta / council minutes, each a line of its own in the PDF, that the
# cleaning must not run on into the next line's sentence: a vote tally ("Contre : M. Papin, M. Tanguy", "3 abstentions :
# Mme X, M. Y", "Abstenciones: D. Luis Gil", "Against: Cllr Roe") and a deliberation's numbered heading with its object
# ("D2025-011- Objet : Affectation des résultats", "DELIBERATION N° 2025-12 : Tarifs", "Acuerdo nº 3/2024 - Asunto:
# …"). Anchored, bounded: a few words before the colon, then a number, a name or a capital.
VOTE_TALLY_LINE = re.compile(r"""^\s*(?:\d{1,3}\s+)?(?:
        abstentions? | absentions? | (?:votes?\s+)?contre | votes?\s+pour | ne\s+prennent?\s+pas\s+part\s+au\s+vote
      | abstenci[oó]n(?:es)? | (?:votos?\s+)?en\s+contra | votos?\s+a\s+favor
      | against | abstained | abstentions? | votes?\s+(?:for|against) | in\s+favou?r | opposed
    )\s*:[ \t]*(?=\d|(?-i:[A-ZÀ-Ý])|n[ée]ant|aucun|ningun|none|nil)""", re.I | re.X)
RECORD_LINE_MAX = 200  # characters: a longer line is prose that only opens like a tally or a heading
DELIBERATION_HEADING = re.compile(r"""^\s*(?:
        (?:d[ée]lib[ée]ration|acuerdo|resoluci[oó]n|resolution)\s+n[°ºo]?\.?\s*[A-Z]{0,5}[-\s]?\d[\w./-]{0,20}
      | (?:acuerdo|resoluci[oó]n)\s+\d{1,3}\s?[°º]  # a Costa Rican acta's "ACUERDO 4°" over the resolution's text
      | [A-Z]{0,5}[-\s]?\d{1,4}(?:\s?[./_-]\s?\d{1,4}){1,3}\s*[-–—.]?\s*(?:objet|objeto|asunto|subject|sujet)
    )\s*[-–—.]?\s*:?[ \t]*(?=\S|$)""", re.I | re.X)
# an edited record's endnotes (`endnotes`): a paragraph opened by the note's number and a capital ("7 General Thomas
# D. White, Chief of Staff, USAF."), and the mark of a note in the text, a number in brackets after a word ("April
# 11.[2]", "presentation,[4]"); so many notes at least
ENDNOTE_PARAGRAPH = re.compile(rf"(\d{{1,3}})[ \t]+(?=[{_UP}“\"(])")
ENDNOTE_MARK = re.compile(r"(?<=[\w.,;:)”\"])\[(\d{1,3})\]")
ENDNOTES_MIN = 3
# a resolution's clause word on a line of its own ("VISTO:", "CONSIDERANDO:", "POR TANTO,", "Considérant :",
# "WHEREAS"): the resolution's text follows, the record's and nobody's words (`labels.classify`)
RESOLUTION_CLAUSE_LINE = re.compile(r"^\s*(?:vistos?|considerando|resultando|por\s+tanto|se\s+acuerda|considérant|vu"
                                    r"|whereas|resolved)\s*[:,.]?\s*$", re.I)
# a French deliberation's clause opening its line in capitals, its words run on after it ("VU le projet de convention
# …,", "CONSIDÉRANT l’intérêt manifesté…;", "D’AUTORISER Monsieur le Maire … à signer"): the resolution's text, the
# record's and nobody's, whoever it names; in capitals only ("Vu le contexte, je propose…" is someone's sentence)
RESOLUTION_CLAUSE_OPENING = re.compile(r"^\s*(?:VU|CONSID[ÉE]RANT|D[’']AUTORISER|D[’']APPROUVER|D[’']ADOPTER|DE\s+FIXER"
                                       r"|DE\s+VALIDER|DE\s+DONNER|DE\s+D[ÉE]SIGNER|DE\s+SOLLICITER)[ \t]+(?=[a-zà-ÿ’'A-Z])")
# a line that ends with an abbreviated title, its name wrapped onto the next line ("… and Cllr." / "Kiely advised…"):
# the title never ends a paragraph (titles of two letters or more; a lone initial "D." may end a name)
# ("Mr", "Ms", "Dr", "Cllr" are written without the full stop too)
TITLE_LINE_END = re.compile(r"(?:^|[\s,(–—-])(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?|(?:Prof|Mme|Mlle|Sr|Sra|Srta|Dra|D[ñÑ]a|Coun|Ald|Sen"
                            r"|Rep|Dep|Supt|Insp|Sgt|Hon|Lic|Ing)\.)$")
# bullets of the Symbol and Wingdings fonts, which PDF extraction gives as private-use characters: U+F0B7 (Symbol's
# bullet), U+F0A7 (Wingdings' square), U+F0D8 (an arrowhead), U+F076 (a diamond), U+F06C (a disc), U+F06E (a square),
# U+F0FC (a tick), U+F0A8 (a hollow square): read as the bullet "•" they show
PDF_SYMBOL_BULLETS = {c: "•" for c in (0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF06C, 0xF06E, 0xF0FC, 0xF0A8)}
# a numbered agenda item: "4-1 : VOIRIE – Travaux", "5.- Aprobación …", "DE-2014/72 – Subvention", "10.2 RESEAUX – EAU",
# "6 .1. Restauration scolaire", "II.- …": a number with a separator (a bare "1 Continuar …" in a speech is not one)
AGENDA_ITEM = re.compile(rf"""^\s*(?: (?:[A-Z]{{1,4}}-)?\d{{1,4}}(?:\s?[./-]\s?\d{{1,4}})+\.?    # "4-1", "10.2", "6 .1.", "DE-2014/72"
                              | \d{{1,3}}\s?\.-  | [IVXL]{{1,5}}\.-                           # "5.-", "II.-"
                              | (?P<weak> \d{{1,3}}\s?(?:\.|-|°|º|\)|\s:) ) )                 # "3.", "3)", "3 :" (see below)
                          \s*[:–—-]?\s+(?=[{_UP}])""", re.X)
# an acta's item or point led by words, not figures, before what was said under it: "DÉCIMO CUARTO PUNTO.- El
# Regidor X…", "PRIMER PUNTO.- Lista de asistencia.", and the points of "Asuntos generales" counted in capitals
# ("UNO: El Regidor X: Presentó…", "SIETE: La Regidora Y, invitó…"); what follows is classified on its own
ITEM_WORD_LEAD = re.compile(rf"^\s*(?:(?:[{_UP}]+\s+){{0,3}}(?:PUNTO|Punto)|UNO|DOS|TRES|CUATRO|CINCO|SEIS|SIETE|OCHO|NUEVE"
                            rf"|DIEZ|ONCE|DOCE|TRECE|CATORCE|QUINCE)\s?(?:\.-|\.–|:|\.|-|–)\s+(?=[{_UP}])")
# a line that records an outcome or a task, not anyone's words: "Action: Tom to circulate the accounts",
# "ACTION ITEM: …", "Decision: …", "Resolved: …", "Acuerdo: …", "Décision : …", and the board's outcome of an item:
# "Outcome: Adopted, by a 7-2 vote", "Consensus: no further action", "Résultat : adopté", "Resultado: aprobado"
# The same word as a bracketed mark opening a line of running notes, colon or not: "[ACTION] Releases: document…",
# "[Outcome] Multiple people preferring changelog route", "[Décision] …", "[Acuerdo] …"
_RECORD_WORD = (r"(?:action(?:\s+items?)?|actions|decision|decided|resolved|resolution|acuerdo|acuerdos"
                r"|décision|todo|outcome|consensus|consenso|résultat|resultado"
                # a poll's outcome: "Unanimous consent poll: no objections", "Straw poll: …", "Sondage : …"
                r"|(?:unanimous\s+)?(?:consent\s+|straw\s+)?poll|sondage|sondeo)")
# an org-mode heading with its tags at the end of the line, set apart by spaces ("remeras     :valeriabuyatti:",
# "FA CAFF     :diego:", "Budget review   :ana:bob:"): a task or topic of the minutes whose tags name who takes it on,
# not a label ("FA CAFF" is no speaker, "remeras" no nick); the tags are one or more words between colons
ORG_TAGS_LINE = re.compile(r"^[ \t]*[^\s:][^:\n]{0,80}?\S(?:[ \t]{2,}|\t):(?:[\w@#%.-]{1,40}:){1,8}[ \t]*$")
RECORD_LINE = re.compile(rf"^\s*(?:[*•-]\s*)?(?:{_RECORD_WORD}\s*:|\[\s*{_RECORD_WORD}\s*\]\s*:?)\s*\S", re.I)
# a heading line, alone, over a list of the record's items in "Title (Owner): text" form: the decisions and actions
# ("Decisions", "Action items", "Decisions/Actions", "Relevé de décisions", "Acuerdos", "Tareas") and the intros or
# self-descriptions read out at the start ("Intros", "Introductions", "Tour de présentation", "Presentación de los
# asistentes"), a roster: the items' "Title:"/"First name:" is no speaker label, the items nobody's words
_INTROS = (r"intros|introductions|round\s+of\s+introductions|tour\s+de\s+présentation|tour\s+de\s+table\s+de\s+présentation"
           r"|présentation\s+des\s+participants|presentaci[óo]n\s+de\s+(?:los|las)\s+(?:asistentes|participantes)")
RECORD_LIST_HEADING = re.compile(
    r"[ \t]*(?i:(?:decisions?|actions?(?:\s+(?:items?|points?))?|next\s+steps|décisions|relevé\s+des?\s+décisions"
    r"|actions\s+à\s+mener|acuerdos|decisiones|acciones|tareas|compromisos)"
    r"(?:\s*(?:/|&|and|et|y)\s*(?:decisions?|actions?(?:\s+items?)?|décisions|acuerdos|decisiones|acciones|tareas))?"
    rf"|{_INTROS})[ \t]*:?[ \t]*")
# the intros among those headings: under them, an item whose label the notes also use for turns is that person's
# words (`lines._record_lists`)
INTROS_HEADING = re.compile(rf"[ \t]*(?i:{_INTROS})[ \t]*:?[ \t]*")
# an item of such a list: a title of a few words, an owner in brackets or not, then a colon and the item's text
# ("Check Meeting Time (Kevin): Kevin will…", "Adam: Guy who does stuff…"); the title holds no sentence's end
RECORD_LIST_ITEM = re.compile(r"[ \t]*(?:[*•-][ \t]*)?[A-ZÀ-Ý][^:.!?\n]{0,100}:[ \t]*\S")
# a line that records who moved or seconded a motion ("Proposed: Cllr. Stephen Keary", "Seconded by Ms. Roe", "Moved:
# …", "Proposé par M. Dupont", "Appuyé par Mme Roy", "Propuesto por D. Juan Gil", "Secundado por …"): the vote's
# record, not anyone's words; the proposer is no label's speaker (the word is followed by "by"/"par"/"por" or a colon)
MOTION_LINE = re.compile(r"^\s*(?:[*•-]\s*)?(?i:proposed|seconded|moved|proposer|seconder|propos[ée]e?|appuy[ée]e?|propuest[oa]"
                         r"|secundad[oa])[ \t]{0,3}(?:(?i:by|par|por)\b[ \t]{0,3}:?|[:–—])[ \t]{0,3}\S")
# minutes that head an agenda item with its owner's name and the topic ("Steve: AGM first steps Steve suggested that…",
# "Rob: The need for a review… Rob submitted…"): the label's own name told in the third person within ITEM_OWNER_SPAN
# characters of the label, with a verb in the third person after it (an auxiliary, "-ed", "-ó", or SPEECH_VERB), is a
# heading's owner, not a turn (`item_owners`); a first person singular before it ("Rob: I think Rob…") keeps the turn
ITEM_OWNER_SPAN = 200
ITEM_OWNER_TOLD = re.compile(r"""[ \t]{1,3}(?:(?:also|then|further|aussi|ensuite|également|también|luego|además)[ \t]{1,3})?
    (?:has|had|is|was|will|a|avait|est|ha|había|[a-zà-ÿ]{2,}(?:ed|ó))(?![\w’'-])""", re.X)
ITEM_OWNER_SELF = re.compile(r"(?<![\w’'-])(?:I|I’m|I'm|me|my|je|j[’']|moi|mon|ma|mes|yo|mí|mi|mis)(?![\w’'-])")
# an item's number alone on its line ("3.", "4)", "II.-"), its title on the next: an agenda heading
ITEM_NUMBER_ALONE = re.compile(r"^\s*(?:\d{1,3}|[IVXL]{1,5})\s?(?:\.-|\.|\)|-)?\s*$")
# a numbered list's item, its number then its title on one line ("4. Rapport financier", "IV.- Ruegos"); not a sub-item
# ("3.1. Membres")
AGENDA_LIST_ITEM = re.compile(r"\s*(?:\d{1,3}|[IVXL]{1,5})\s?(?:\.-|\.|\)|-)\s+[^\W\d_]")
# a label's mark that the words were written in the call's chat ("SJG <chat>:", "Ana (chat):", "Luc [chat] :"): the
# words are still that person's (unlike "David in comments:", CHAT_RELAY_LABEL, a comment relayed by someone else)
CHAT_MARK = re.compile(r"\s*(?:<chat>|\((?:in\s+|via\s+|en\s+el\s+|dans\s+le\s+)?chat\)|\[chat\])\s*$", re.I)
# a label that names the turn rather than the speaker ("Intervention de M. Anceau :", "Intervención del Sr. Pérez:",
# "Statement by Ms. Lee:"): the person after the lead-in speaks (only a capitalised name or title after it: "Intervention
# de la salle" stays as written)
LABEL_LEAD_IN = re.compile(r"^\s*(?:interventions?|intervenci[óo]n(?:es)?|statement|remarks|comments?)\s+"
                           r"(?:de\s+la\s+|de\s+l[’']|de\s+los\s+|de\s+las\s+|du\s+|des\s+|del\s+|de\s+|d[’']|by\s+(?:the\s+)?|from\s+)"
                           r"(?=[A-ZÀ-ÖØ-Þ])", re.I)
# the capacity a standards body's minutes add to a speaker's label ("mnot, as individual:", "MNot with chair hat:",
# "Tommy (as chair):", "Ted, speaking as an individual:"), and a scribe's doubt about the name ("Kouhei??:"): the
# speaker is the name before it
# (and "CF (speaking as self, not on behalf of IBM or TSC):")
_CAPACITY = (r"(?:speaking\s+)?(?:as\s+(?:an?\s+)?(?:individual|participant|contributor|(?:co-?)?chair|AD|author|editor|self|myself)"
             r"(?:,?\s+not\s+(?:on\s+behalf\s+of|for)\s+[^():\n]{1,60})?"
             r"|with(?:out)?\s+(?:the\s+|my\s+)?(?:co-?)?chair\s+hat(?:\s+(?:on|off))?|(?:co-?)?chair\s+hat\s+(?:on|off))")
LABEL_CAPACITY = re.compile(rf"(?:\s*,\s*|\s+)(?:\((?=[^)]*\)\s*$))?{_CAPACITY}\)?\s*$|\s*\?+\s*$", re.I)
# a line opening so, in a handle or a name of one to three words ("mnot, as individual: I agree…"): a turn
CAPACITY_LABEL_LINE = re.compile(rf"^\s*(?P<label>[A-Za-z][\w.’'-]{{1,30}}(?:\s[A-Z][\w.’'-]{{1,30}}){{0,2}}?)"
                                 rf"(?:\s*,\s*|\s+)\(?{_CAPACITY}\)?\s*:\s*(?P<body>\S.*)$", re.I)
# a heading of the body's own decisions ("5. Résolutions", "Resolutions", "Acuerdos"): "nous"/"we" there is the
# assembly speaking as one, not the person who presides
COLLECTIVE_HEADING = re.compile(r"\s*(?:r[ée]solutions?|d[ée]cisions?|resoluciones|acuerdos|decisiones|motions?(?:\s+adopt[ée]es)?"
                                r"|resolutions?\s+adopted)\s*[.:;]?\s*", re.I)
# a sentence that opens with a person's name, before its verb ("Jean-Paul Argudo rappelle…")
NAME_THEN = re.compile(rf"\s*(?:{NAME_RE})\s+")
# a line's leading item number, kept without its final dot ("3.2.1. Titre" -> "3.2.1"), for the parts of a report
ITEM_NUMBER_LEAD = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){0,4})\s?(?:\.-|\.|\)|-)?(?=\s|$)")
# an agenda item's heading line that opens with its number, then its capitalised title ("7. OMDoc: An Infrastructure…",
# "3.2 Budget", "4) Elections"): minutes with NUMBERED_ITEMS_MIN such lines number their items, and an unnumbered
# heading among them is a part of the item ("Syntax", "Semantics" inside a member's talk)
NUMBERED_ITEM_LINE = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,3}){0,3}[ \t]?[.)]?[ \t]+[A-ZÀ-Ý]")
NUMBERED_ITEMS_MIN = 3
# an agenda item's number alone, the splitter having cut it from its title ("3." / "Gabarit CNIG…"); "2.1" is a part of
# item 2 and not one
ITEM_NUMBER_ONLY = re.compile(r"\s*\d{1,2}\s*[.)]?\s*$")
# the rubrics a working group's minutes put after a talk ("Débat :", "Décision / Actions", "Next steps"): under them
# each point names who raised it, or is the group's; the talk is over
OUTCOME_RUBRICS = frozenset(fold(w) for w in (
    "débat", "débats", "debate", "debates", "discussion", "discussions", "discusión", "échanges", "intercambio",
    "décision", "décisions", "decision", "decisions", "decisión", "decisiones", "action", "actions", "action items",
    "acciones", "acuerdo", "acuerdos", "relevé de décisions", "next steps", "prochaines étapes", "suites à donner",
    "próximos pasos"))
# a participants table's column headers, one a line when a PDF's table is read out ("Nom Prénom", then the names;
# "Organisme", "Présent Excusé", then the organisations and the ticks): the names' header is no one, and after another
# column's header the list holds no more names
ROSTER_NAME_COLUMN_WORDS = frozenset(fold(w) for w in (
    "nom", "noms", "prénom", "prénoms", "name", "names", "surname", "first", "last", "nombre", "nombres", "apellido",
    "apellidos", "y"))
ROSTER_OTHER_COLUMN_WORDS = frozenset(fold(w) for w in (
    "organisme", "organismes", "organisation", "organization", "structure", "fonction", "function", "affiliation",
    "institution", "entité", "service", "présent", "présente", "excusé", "excusée", "absent", "absente", "organismo",
    "cargo", "entidad", "institución", "role", "rôle", "company", "société", "email", "courriel", "qualité"))
# a paragraph opening with a person, a verb of saying and a colon ("Iulian comments: UncheckedNull seems…, I think…"):
# that person's words, whatever first person follows (the colon introduces them, as a label would)
NAME_VERB_COLON = re.compile(r"^\W{0,3}[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){0,2}\s+[a-zà-ÿ]+(?:\s+(?:that|que))?\s*:\s")
# the first word of a record's own part headings, never of a name ("Meeting Cadence", "Meeting Notes", "Réunion du
# bureau", "Reunión ordinaria")
MEETING_HEADING_LEADS = frozenset(("meeting", "meetings", "reunion", "reunions"))
# the words joining a rubric's names in one heading ("Décision / Actions", "Questions et réponses")
RUBRIC_JOINER = re.compile(r"\s*(?:[/&,+]|\s(?:et|and|y)\s)\s*", re.I)
# an agenda item's number before its title on the same line ("3. ", "3.2.1. ", "IV.- "), which the splitter cuts off
# an agenda item's heading under its letter or Roman numeral, a line of its own in title case ("G. Minutes of Feb 14,
# 2013 12:00 PM", "H. Contract Award to Acme Corporation", "VI. Committee Reports"): the item, no one's turn (its
# words of four letters or more all capitalised, two of them at least, so no verb; no colon but a clock's;
# `lettered_headings`)
LETTERED_HEADING = re.compile(rf"^[ \t]*(?P<mark>[IVXL]{{1,5}}|[{_UP}])\.[ \t]+(?P<title>[{_UP}](?:[^:\n]|(?<=\d):(?=\d))*)$")
LETTERED_HEADING_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")
LETTERED_HEADING_MIN_WORDS = 2
# an agenda part's heading under its Roman numeral ("IV. Retiree Awards", "XI. General Manager's Report"): two
# words at least and no comma, so no list of initialled names ("V. Hugo, A. Dumas"); it ends the attendance list above
ROMAN_ITEM_HEADING = re.compile(rf"^\s*[IVXL]{{1,5}}\.[ \t]+[{_UP}][^,\n]*\s[^,\n]*$")
ITEM_NUMBER_PREFIX = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3}){0,4}\s?(?:\.-|\.|\)|-)?|[IVXL]{1,5}\s?(?:\.-|\.|\)|-))\s*")
# after a plain "3." the item must look like an agenda heading: a word in capitals or a dash ("3. VOIRIE", "3) Budget – …")
AGENDA_WEAK_REST = re.compile(rf"^(?:\S+\s+){{0,2}}[{_UP}]{{4,}}\b|\s[–—]\s")
# the title of a numbered item that ends with a full stop ("2. Obras en la sede.", "3. Varios."): up to 60 characters,
# no comma, colon or second sentence; a speech verb in it makes it a sentence ("1. El Tesorero informa …")
SHORT_ITEM = re.compile(rf"^[{_UP}][^.,;:!?]{{0,60}}\.\s*$")
# a line that stops on a preposition, article or conjunction does not end there: a numbered line that does
# ("6.- El Tesorero X detalló el Protocolo General de") is the first line of a wrapped paragraph, not a heading
WRAPPED_LINE_END = re.compile(r"(?<![\w’'])(?:de|del|des|du|à|al|a|en|con|por|para|sobre|el|la|los|las|le|les|un|una|y|e|o|et|ou"
                              r"|of|to|the|a|an|and|or|in|on|for|with|que|qui)\s*$", re.I)
# a hard-wrapped text (`ingest.wrapping`): the column its lines are filled to is the FILL_QUANTILE of its lines'
# lengths, when it has FILL_LINES_MIN lines and that column is one of a filled text (org-mode and Markdown exports,
# e-mail: 70 to 80 characters); a turn's line at least FILL_NEAR of it that ends on a letter, a digit, a comma or a
# hyphen (WRAPPED_TURN_END: no stop, colon or closing mark) was cut there, and the paragraph after it ends the turn
FILL_LINES_MIN = 20
FILL_QUANTILE = 0.95
FILL_WIDTH_MIN = 60
FILL_WIDTH_MAX = 100
FILL_NEAR = 0.8
WRAPPED_TURN_END = re.compile(r"[\w,-]$")
# a line-numbered transcript (a court reporter's, a stenographer's, a hearing's or a deposition's record): every line
# opens with its number in a left margin ("   12      SENATOR X:  Good morning"), 1 to LINE_NUMBER_MAX, the numbers
# starting again at 1 on each page; the numbers are layout, not text (`ingest.numbered_lines`). NUMBERED_LINE: up to
# 16 spaces, a number of one or two digits, then white space or the line's end; a number followed by a dot, a bracket,
# a slash or a letter ("1. Apologies", "2) Budget", "70/17 Police", "3rd") is an item's or a word, never a line's.
NUMBERED_LINE = re.compile(r"^([ \t]{0,16})(\d{1,2})(?:[ \t]+|$)")
# a line holding only a number: an empty numbered line in the margin, or the page's number (right-aligned, or centred)
BARE_NUMBER_LINE = re.compile(r"^[ \t]*\d{1,4}[ \t]*$")
LINE_NUMBER_MAX = 50  # lines a page of such a transcript has at most (courts: 25 to 28; hearings: up to 32)
LINE_NUMBERED_MIN = 20  # numbered lines a text needs before its numbers are taken for layout
LINE_NUMBERED_SHARE = 0.6  # ... of its non-empty lines (the others: a cover page's wrapped entries, page numbers)
LINE_NUMBER_IN_ORDER = 0.85  # ... of successive numbered lines with the last one's number plus one, or 1 (a new page)
LINE_NUMBER_RESTART_FROM = 10  # a page holds this many lines at least: 1 after it starts a new page
LINE_NUMBER_GAP = 3  # spaces between the number and its text in a margin (the cue when no page restarts the count)
LINE_NUMBER_COLUMN_SLACK = 1  # columns a bare number may end off the margin's column and still be an empty line's
PARAGRAPH_INDENT = 3  # columns deeper than the text's own column that open a paragraph (a turn's label, a new paragraph)
# a transcript's cover page (the lines before its first turn) lists the people, a name opening each entry's line
# ("Senator David J. Valesky", "Nancy Miller, LSMW", "Laura A. Cameron"): a label that gives a surname only ("MS.
# MILLER:") is the one listed name that ends in it. COVER_NAME_WORDS: words a cover line may hold before the surname
# (titles, up to three given names or initials); COVER_NAME_TOKEN: a given name ("AnneMarie", "Jean-Luc", "JoAnne")
# or an initial ("J.")
COVER_NAME_WORDS = 6
COVER_NAME_TOKEN = re.compile(r"[A-ZÀ-Ý](?:[A-Za-zÀ-ÿ'’-]{1,30}|\.)")
# quotation marks that open and close a quoted speech (the straight " cannot tell which it is)
QUOTE_PAIRS = {"“": "”", "«": "»"}
QUOTE_MARK_ANY = re.compile(r"[“”«»\"]")  # any quotation mark, straight ones too: a sentence that quotes somebody's words
# sentences that name their speaker with a verb of saying, every one with a quotation, a text must have to read as a
# feature article whose people speak only in quotations (`_quoted_voices`)
QUOTED_VOICES_MIN = 4
# in such an article, a sentence that opens with a person's name and goes on, whatever its verb, to a colon and a
# quotation gives that person's words: "Juan Pablo refuerza la idea con su experiencia personal: “Yo era…”", "Jane Roe
# sums it up: “…”", "Marie Roy a une formule : « … »"
# in such an article, a term the writers put between quotation marks inside their own sentence ('El segundo paso era
# "abrir el proceso” además de “mejorar el flujo de trabajo”.', 'presentan las “distintas maneras de entrarle a la
# información”'): a few words opened after a word of the sentence, not after a colon; the sentence stays the writers'
SCARE_QUOTE_WORDS = 8  # words such a term may have
SCARE_QUOTE_OPEN = re.compile(r"[\w,)]\s{1,3}$")  # what comes right before its opening mark: a word of the sentence
COLON_QUOTE = re.compile(r":\s{0,3}[“\"«]")
COLON_QUOTE_HEAD = 200  # characters from the sentence's start to that colon
NAME_THEN_WORD = re.compile(r"\s+[a-zà-ÿ]")  # the name ends there: a lower-case word follows ("Juan Pablo refuerza")
QUOTE_MARK = re.compile(r"[“”«»]")
# the end of a sentence: a line that ends so is speech or prose, not an agenda heading ("FINANCES – Tarifs publics")
# a presiding officer's call in a parliament's record, said in a paragraph of its own under a rubric's heading with no
# label before it ("À la rubrique Dépôt de documents, Mme la ministre…", "Alors, nous en sommes à la rubrique
# Déclarations de députés. … je reconnais Mme la députée de…", "I recognize the Member for…", "Tiene la palabra el
# diputado…"): the words of whoever presides (`rubric_chair`)
CHAIR_CALL = re.compile(r"""(?<![\w’'])(?:
    [ÀA]\s+la\s+rubrique\b | nous\s+en\s+sommes\s+(?:à|aux?)\s | je\s+reconnais\s+(?:M\.|Mme|le|la|les)\s
  | je\s+c[èe]de\s+la\s+parole | la\s+parole\s+est\s+(?:à|au)\s | j['’]appelle\s+l['’]article
  | I\s+recogni[sz]e\s+the\s | the\s+floor\s+is\s+(?:yours|given)\b | I\s+call\s+(?:on|upon)\s+the\s
  | tiene\s+(?:el\s+uso\s+de\s+)?la\s+palabra\b | se\s+(?:le\s+)?concede\s+(?:el\s+uso\s+de\s+)?la\s+palabra\b | cedo\s+la\s+palabra\b
)""", re.X | re.I)
# the presiding officer's label beside the chair's own roles (`role_of`): a deputy ("Le Vice-Président (M. X)", "La
# vicepresidenta"), a house's Speaker ("The Speaker", "Mr. Speaker", "Madam Deputy Speaker")
PRESIDING_LABEL = re.compile(r"^(?:(?:le|la|el|the)\s+)?(?:vice[-\s]?pr[ée]sident(?:e)?|vicepresident[ae]|vice[-\s]?chair(?:man|woman)?"
                             r"|(?:mr\.?|madam|madame)?\s*(?:deputy\s+)?speaker)\b", re.I)
# a community Q&A typed as a chat and tidied into a page: each question on a line "Q: … — asker", each answer's
# paragraphs (the first after "A:") signed by the one who wrote them on a line of their own, "— EliWhite" (`signed_answers`)
_SIGNER = r"(?P<who>[@\w][\w.’'@-]{0,30}(?:[ ][A-Z][\w.’'-]{0,30}){0,2})"
SIGNOFF_LINE = re.compile(rf"[ \t]{{0,8}}[—–][ \t]?{_SIGNER}[ \t]*")
SIGNED_QUESTION = re.compile(rf"[ \t]{{0,8}}(?:Q|P|Question|Pregunta)[ \t]?:[ \t]*\S[^\n]*?(?:[ \t]|(?<=[).?!]))[—–][ \t]?{_SIGNER}[ \t]*")
SIGNED_BLOCKS_MIN = 3  # signature lines a text needs for the layout to count
# a member's academic or professional title in brackets between the honorific and the name, as Kenya's Hansard
# writes it ("Sen. (Prof.) Lonyangapuo:", "Sen. (Dr.) Khalwale:", "Hon. (Eng.) Karue:"): no part of the name
BRACKETED_TITLE = re.compile(rf"^((?:{HONORIFIC_RE})\s*)\((?:Prof|Dr|Eng|Capt|Col|Gen|Rev|Amb|Maj|Lt|Arch|Mrs|Ms|Mr)\.?\)\s*")
# an office's label with its holder in brackets, as a Hansard writes its presiding officers and party leaders ("The
# Deputy Speaker (Sen. Kembi-Gitura):", "The Senate Minority Leader (Sen. Wetangula):", "The Speaker (Hon. Ethuro):"):
# the bracket names the person who speaks, where the office is no role of `role_of` (`labels.parse_label`)
OFFICE_BRACKET_HOLDER = re.compile(rf"^(?:the\s+)?(?P<office>[^()]{{0,40}}?\b(?:speaker|chairperson|chairman|chairwoman|leader|whip|clerk|minister|secretary|president|deputy)\b[^()]{{0,30}}?)"
                                   rf"\s*\((?P<who>(?:{HONORIFIC_RE})\s*[^()]{{2,40}})\)\s*$", re.I)
END_OF_SENTENCE = re.compile(r"[.!?…»\"”]\s*$")
# a labelled transcript's heading over the next turn (`attribution._turn_heading`): up to this many words
TURN_HEADING_WORDS = 40
# a speaker's name alone on the line over their label ("M. Luc Fortin" / "M. Fortin (Sherbrooke) : …"): an honorific
# and a name of up to 60 characters, no sentence or label punctuation
NAME_LINE_HONORIFIC = re.compile(rf"^[ \t]*(?:{HONORIFIC_RE})[ \t]+")  # the honorific before such a line's name
NAME_LINE_OVER_LABEL = re.compile(rf"^[ \t]*(?:{HONORIFIC_RE})[ \t]+[^\W\d_][^\n.:;!?]{{0,60}}$")
# a signature block's roles, side by side: "Vu le maire, Le secrétaire de séance," over "Daniel JUGY. Philippe POULEAU";
# each cell is a role (after "Vu", "Pour", "Vº Bº"), the line under it gives the names in the same order
SIGNATURE_LEAD = re.compile(r"^\s*(?:vu|pour|vº\s*bº|v\.\s*b\.|signed|firmado|fdo\.)\s+", re.I)
SIGNATURE_NAMES = re.compile(r"\.\s+|\s{2,}|\t|,\s*|\s+[-–—]\s+")
# a PDF's signature table flattened to two lines, the names side by side, each after its honorific, over (or under) the
# roles side by side with no comma: "Madame Florence DEMOUY Madame Karine DUTEIL" / "Maire Secrétaire de séance",
# "Don Luis GIL Doña Ana RUIZ" / "El Alcalde La Secretaria". The names line is cut before each honorific; the roles line
# is read as role phrases of up to SIGNATURE_ROLE_WORDS words each, in order
SIGNATURE_HONORIFIC = re.compile(rf"(?<![\w.])(?:{HONORIFIC_RE})[ \t]+")
SIGNATURE_ROLE_WORDS = 5
# a comma list of attendance with at least this many commas on a line may wrap an entry onto the next line
WRAPPED_LIST_COMMAS = 3
# a heading that names whose report the next lines are: "Executive Director’s Written Report", "Rapport du maire",
# "Informe de la Presidencia"; the named person (or the holder of the role) speaks them
REPORT_HEADING = re.compile(r"""
    ^\s*(?: (?P<who>[A-Z][^’'\n]{1,50}?)[’']s\s+(?:written\s+|oral\s+|verbal\s+)?(?:report|update|remarks|statement)\b
         # ("Rapport par M. Grillon", "Rapport de M. Leclerc": a council's rapporteur, the honorific's stop and all)
         | (?:rapport|compte[\s-]rendu|communication|mot|informe|intervenci[óo]n)\s+(?:de\s+la|de\s+l[’']|du|del|de|par)\s+
           (?P<who2>(?:(?:M|MM|Mme|Mlle|Dr|Sr|Sra|Srta|D|Dª)\.\s+)?[^\n:.]{2,50}?)\s*(?::|$|\n)
         # "Rapport moral présenté par le président", "Annual report presented by the Treasurer", "Informe de gestión
         # presentado por la presidenta": the one who presents it, at the line's end
         | (?:[^\W\d_][\w’'-]{0,20}\s+){0,2}?(?:rapport|report|informe|memoria|bilan|compte[\s-]rendu)(?:\s+[^\W\d_][\w’'-]{0,20}){0,3}?\s+
           (?:pr[ée]sent[ée]e?|presented|given|delivered|presentad[oa]|rendu)\s+(?:par|by|por)\s+
           (?P<who3>[^\n:.;]{2,50}?)\s*[.;:]?\s*$ )""", re.X | re.I)
# a label that is one person's report heading, the report run in after its colon, as stand-up, daily and weekly notes
# head each member's round: "Reporte de Ana Gil: durante el día anterior…", "Informe de Ana Gil:", "Update from Jane
# Roe:", "Report by Sam:", "Compte rendu de Paul Roux :", "Rapport d’Anne :", "Jane's update:", "Sam’s daily
# status:". The heading word is no part of the name: the person named speaks the report (`report_labels`). The words
# are the ones that say whose round it is; a word that also heads a topic ("Point de Vue", "Estado de Jalisco",
# "Avance de Obra") is left out, and the heading word alone ("Update: …") names nobody
REPORT_LABEL_NOUNS = (r"reportes?|reports?|rapports?|informes?|updates?|status|compte[\s-]rendu|actualizaci[óo]n"
                      r"|check-?in|stand-?up")
# words that make the one such a heading names a body or a thing, not a person ("Report of Committee Meetings",
# "Update from Platform Team", "Informe de Tesorería"; with ORG_WORDS, HEADING_WORDS and NOT_SPEAKERS)
REPORT_BODY_WORDS = frozenset(fold(w) for w in (
    "committee", "committees", "board", "council", "team", "teams", "group", "groups", "department", "meeting",
    "meetings", "project", "projects", "staff", "members", "chapter", "club", "society", "office", "working",
    "equipo", "comisión", "área", "tesorería", "équipe", "groupe", "pôle", "service", "bureau"))
_REPORT_LABEL_CADENCE = r"(?:diari[oa]|daily|quotidien|semanal|weekly|hebdomadaire|individual|individuel)"
REPORT_LABEL = re.compile(rf"""
    ^(?i:{REPORT_LABEL_NOUNS})(?:\s{{1,3}}(?i:{_REPORT_LABEL_CADENCE}))?
     (?:\s{{1,3}}(?i:de|from|by|of|por)\s{{1,3}}|\s{{1,3}}(?i:d)[’'])(?P<who>[^\W\d_][^:\n]{{0,60}})$
  | ^(?P<owner>[^\W\d_][^:’'\n]{{0,60}}?)[’']s\s{{1,3}}(?:(?i:{_REPORT_LABEL_CADENCE})\s{{1,3}})?
     (?i:report|update|status|check-?in|stand-?up)$""", re.X)
# office titles of an officers list: "Chair: David Ackerman Treasurer: Charlie Leonhardt" (several on one line)
OFFICER_TITLES = (r"(?:vice[\s-]+|deputy\s+|co-)?(?:chair(?:man|woman|person)?|president[ae]?|président(?:e)?|treasurer|trésori(?:er|ère)"
                  r"|tesorer[oa]|secretary|secr[ée]taire|secretari[oa]|executive\s+director|director(?:a)?|directeur|directrice"
                  r"|clerk|vocal|maire|alcalde(?:sa)?|mayor"
                  # a meeting's header names its moderator and note-taker the same way ("Moderator: Tim Beiko",
                  # "Notes: David Schirmer"): who runs the meeting or writes it down, never a turn of speech
                  r"|moderat(?:or|ora|eur|rice)|facilitat(?:or|ora|eur|rice)|note[\s-]?takers?|notes)"
                  # of this meeting only: "Président de séance : X", "Presidente de la sesión: X", "Chair of the meeting: X"
                  r"(?:\s+de\s+(?:la\s+)?s[ée]ance|\s+de\s+la\s+sesi[óo]n|\s+of\s+the\s+meeting)?")
# a word before an office title that says whose office it is or how it is held: "Parish Clerk: Peter King", "Town
# Clerk:", "Acting Chair:", "Secrétaire adjoint :" is covered by the title itself; one such word at most
OFFICE_QUALIFIER = r"(?:parish|town|village|city|county|district|borough|council|acting|interim|locum|assistant|honorary)"
ROLE_ENTRY = re.compile(rf"(?:^|(?<=\s))((?i:(?:{OFFICE_QUALIFIER}\s+)?{OFFICER_TITLES}))\s*:\s*")
# a line of such entries only, each a first and last name ("Chair: Agreed", "Moderator: Okay" are turns)
OFFICER_LINE = re.compile(rf"^\s*(?:(?i:{OFFICER_TITLES})\s*:\s*{NAME_TOKEN}\s+{NAME_RE}\s*)+$")
# a transcript's header naming its people after "Participants:" on the same line ("Participantes: Sebastián Chocho
# (Estudiante) y Prorector"): like an officer line, it heads interviews and podcasts as much as minutes (`genre`)
PARTICIPANTS_HEADER_LINE = re.compile(r"^\s*(?i:participant(?:e|INCL)?s|participantes)\s*:\s*\S".replace("INCL", INCLUSIVE_E))
# a participants-list entry that goes on on the next line
# a line all in capitals (an agenda heading, perhaps the wrapped end of one: "LOUESTAULT") and a line that opens a
# sentence in ordinary case ("Monsieur le Président présente…"): the heading is a line of its own (`cleaning.clean`)
CAPS_LINE = re.compile(r"^(?=.*[A-ZÀ-Þ]{3})[^a-zà-ÿ]+(?<![:.;,])$")  # (not a label "NAME (0:14):", nor a sentence's end)
SENTENCE_LINE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ’']+(?:\s+[a-zà-ÿ’'-]+|\s+[A-ZÀ-Þ][a-zà-ÿ]+\s+[a-zà-ÿ])")
CONTINUES = re.compile(r"(?:,|\b(?:de|du|des|d’|d'|l’|l'|la|le|les|et|aux|au|à|en|pour|sur))\s*$", re.I)
# a numbered heading on a line of its own over the paragraph it heads, which an ordinary text file joins to it ("XV.
# Adjournment" / "With no further business to come before the Board, President Marx adjourned…"): the heading line
# ends on no stop and on no word that would carry it over ("… to supply parts to" / "FOWD"), and is at most
# TITLE_OVER_PARAGRAPH of the line under it, which ends as a sentence does. A hard-wrapped paragraph's lines are
# as long as one another but the last, so a short line over a long one is no wrap.
TITLE_LINE_OPEN = re.compile(r"^(?:\d{1,2}|[IVXL]{1,5}|[A-Z])[.)]\s+[A-ZÀ-Þ]")  # a numbered item: "XV. Adjournment", "5. Discussion…"
TITLE_LINE_CLOSE = re.compile(r"[\w)\]]$")
CARRIES_OVER = re.compile(r"\b(?:of|the|and|or|to|for|on|in|at|by|with|from|a|an|de|del|la|las|el|los|y|o|en|para"
                          r"|por|con|que|al|du|des|le|les|et|ou|aux|au|à|sur|par)\s*$", re.I)
PARAGRAPH_LINE_CLOSE = re.compile(r"[.!?…:][»\"”’')\]]{0,3}\s*$")
TITLE_OVER_PARAGRAPH = 0.5
HEADING_LINE_WORDS = 8  # words of an unnumbered heading line opening its paragraph (`cleaning._heading_line`)
# a line ending on a word that opens a clause ("… reviewed the budget that" / "Maria noted…") is a wrapped sentence
CLAUSE_OPEN_END = re.compile(r"\b(?:that|which|who|whom|whose|when|where|because|if|whether|than|as|que|qui|dont|où|quand|si"
                             r"|porque|cuando|donde|cual|cuyo|cuya)\s*$", re.I)
# letters a one-word label needs before a lower-case word of the text that extends it ("Environnement :" and
# "environnemental") makes it a topic: shorter words would meet handles ("martind", "martindurant")
DERIVED_WORD_MIN = 9
# "(représenté par X)" in a participants list
REPRESENTED = re.compile(r"\(\s*repr[ée]sent[ée]e?\s+par\s+(.+?)\)\s*$", re.I | re.S)

# --- question words (search) ----------------------------------------------------------------------
# Words of the question form, not of its topic: interrogatives and "who said / talked about" verbs in French,
# English and Spanish (accent-folded like BM25's tokens). BM25 drops them from queries: "parlé", "said" or
# "dijo" match every transcript's talk about talking, "combien" or "how much" name no passage's subject.
QUESTION_WORDS = frozenset(fold(w) for w in """
    combien comment pourquoi quand quoi lequel laquelle lesquels lesquelles parle parlé parlent dit dire disent
    explique expliqué évoque évoqué mentionne mentionné selon propose proposé souligne raconte affirme déclare
    intervenant intervenante
    many much why when where who whom whose say says said talk talks talked speak speaks spoke mention mentions
    mentioned explain explains explained according describe described
    cuánto cuántos cuánta cuántas cuándo dónde porqué dijo dice dicen habló habla hablaron mencionó menciona
    explicó explica según""".split())

# --- questions and answers: what a question asks for, and lines that are nobody's words (chat.answer) -----------------
# Question forms: who-said, who-is (roster), speech verbs, "what else", representation, votes, comparisons;
# what a question wants (a number, a date) and how a sentence shows it holds that (digits or number words,
# years, months and weekdays, two capitalised words); agenda numbering and vote results, which are never an
# answer when a speaker's sentence fits; the date a document's opening gives.
QUESTION_WHO = re.compile(r"^\s*(?:¿\s*)?(qui|who|qui(?:é|e)n(?:es)?)\b", re.I)
QUESTION_WHO_IS = re.compile(r"^\s*(?:¿\s*)?(?:qui\s+(?:est|sont|représente|dirige|coordonne|préside|anime)|who\s+(?:is|are|represents|leads|chairs)|"
                     r"qui(?:é|e)n(?:es)?\s+(?:es|son|representa|dirige|coordina|preside))\b", re.I)
QUESTION_SPOKE = re.compile(r"\b(parl|dit|say|said|speak|spoke|talk|habl|dij|mention|évoqu|soulign|propos|affirm)", re.I)
# A question that asks for someone's words or view ("Que dit Madame Aleixo…", "según Perpetuo", "What does X think"):
# only then does a person it names restrict the answer to that speaker; otherwise the person may be its topic
# ("De quand est datée la déclaration de Sue Gray ?", answered by counsel) and only lifts their passages.
QUESTION_ATTRIBUTED = re.compile(r"\b(?:parl|dit|dis|dire|say|said|speak|spoke|talk|tell|told|habl|dij|dic|mention|évoqu|"
                                 r"soulign|propos|affirm|explai|expliqu|explic|pens|think|thought|opin|selon|según|segun|"
                                 r"according|descri|décri|racont|cuent|cont[oó]|argu|insist|recomm|suggest|sugir|estim)", re.I)
# The person a question asks to hear from, by name: "Qu'a dit Jean Dupont…", "selon Ana Pérez", "according to
# Guido van Rossum", "¿Qué dijo Luis Gómez…", "What did Jane Roe say…". A name is two to four capitalised words
# (particles such as "van", "de la" between them) or an honorific and one word ("selon M. Dupont"). The chat answers
# that nobody of that name is in the documents when its last word appears nowhere in them (`absent_speaker`).
_QUESTION_NAME = (rf"(?:[{UPPER}][\w-]+(?:\s+(?:(?:de|du|des|del|della|la|le|van|von|der|den|da|dos|di|y)\s+){{0,2}}[{UPPER}][\w-]+){{1,3}}"
                  rf"|(?i:{'|'.join(sorted((re.escape(h) for h in HONORIFICS), key=len, reverse=True))})\.?\s+[{UPPER}][\w-]+)")
QUESTION_SPEAKER_NAME = re.compile(
    rf"(?i:\b(?:selon|d['’]après|according\s+to|según|segun)\s+"
    rf"|\bqu['’](?:a|ont)\s+(?:dit|déclaré|expliqué|proposé|répondu|affirmé|pensé|suggéré|raconté)\s+"
    rf"|\bque\s+(?:dit|pense|propose|répond|raconte)\s+"
    rf"|\b(?:dijo|dice|opina|piensa|propuso|explicó|mencionó|respondió|afirmó|sugirió|contó)\s+"
    rf"|\b(?:did|does|do)\s+(?=(?:{_QUESTION_NAME})\s+(?:say|think|propose|suggest|mention|explain|argue|tell|claim|recommend|"
    rf"answer|reply|describe|state|announce)\b))(?-i:(?P<name>{_QUESTION_NAME}))")
# A question's own names, which its answer must hold: a capitalised word not opening the question or a sentence of
# it ("Ollama", "Rails", "Jupiter"), a word in capitals ("NAFTA") or a number of two digits or more ("2019", "7.1").
# The chat refuses when the document it would quote never writes one of them (`chat.answer.unmentioned_names`).
QUESTION_OWN_NAME = re.compile(rf"(?<![.?!¿¡:;]\s)(?<![.?!¿¡:;])(?<!^)\b(?:[{UPPER}][\w’'-]*[\w]|\d{{2,}}(?:[.,]\d+)*|\d+[.,]\d+)")
QUESTION_MORE = re.compile(r"what else|anything else|quoi d.autre|dit d.autre|qué más|algo más", re.I)
QUESTION_REPRESENTS = re.compile(r"repr[ée]sente|represents|representa", re.I)
QUESTION_VOTE = re.compile(r"\b(?:voix|vot\w*|scrutin|ballot|elect\w*|[ée]lu\w*|unanim\w*)\b", re.I)
QUESTION_COMPARE = re.compile(r"compar|diff[ée]ren|diferen|versus|\bvs\.?\s", re.I)

# What a question asks for, and how a sentence shows it holds that.
WANTS_NUMBER = re.compile(r"\b(?:combien|how\s+(?:much|many|long|old)|cu[áa]nt[oa]s?|quel(?:le)?s?\s+(?:montant|somme|part|"
                          r"pourcentage|nombre|co[uû]t|budget)|what\s+(?:share|percentage|amount|number|sum))\b", re.I)
WANTS_DATE = re.compile(r"\b(?:quand|when|cu[áa]ndo|en\s+quelle\s+ann[ée]e|depuis\s+quand|de\s+quand|what\s+year|"
                        r"which\s+year|en\s+qu[ée]\s+a[ñn]o|what\s+date|quelle\s+date|qu[ée]\s+fecha)\b", re.I)
HAS_NUMBER = re.compile(r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|cent|mille|millions?|milliards?|"
                     r"two|three|four|five|seven|eight|nine|ten|twenty|hundred|thousand|billion|"
                     r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cien|mil|mill[óo]n|millones)\b", re.I)
# month and weekday names (French, English, Spanish), each spelled once: the date patterns below are built from them
MONTH_NAMES = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
           "diciembre"),
}
WEEKDAY_NAMES = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
# month names that a sentence's date cue (`HAS_DATE`) leaves out: "may" is the modal verb too ("we may vote"); "mai"
# is left out beside it, as it always was
MONTHS_ALSO_WORDS = frozenset({"may", "mai"})
# what a date line may hold beside the date: a weekday ("Thursday, 20 September 2012", "Jeudi 3 octobre 2019") (folded)
WEEKDAYS = frozenset(fold(w) for names in WEEKDAY_NAMES.values() for w in names)


def word_alternation(words: Iterable[str], *, bare_accents: bool = False) -> str:
    """The regex alternatives for these words, in their order ("lunes|martes"), to put between word boundaries; with
    bare_accents an accented letter matches its bare letter too ("mi[ée]rcoles"), for text typed without accents."""
    def letter(c: str) -> str:
        bare = "".join(filterfalse(unicodedata.combining, unicodedata.normalize("NFKD", c)))
        return f"[{c}{bare}]" if bare_accents and bare != c else re.escape(c)
    return "|".join("".join(letter(c) for c in w) for w in words)


_MONTHS = word_alternation(m for names in MONTH_NAMES.values() for m in names)
# a sentence that holds a date: a year, a month's name (not one that is an everyday word too) or a weekday's, its
# accents optional (chat: a question that asks "when" prefers such sentences)
HAS_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:"
                      + word_alternation(m for names in MONTH_NAMES.values() for m in names if m not in MONTHS_ALSO_WORDS)
                      + "|" + word_alternation((d for names in WEEKDAY_NAMES.values() for d in names), bare_accents=True)
                      + r")\b", re.I)
HAS_NAME = re.compile(r"\b[A-ZÀ-Ý][\w’'-]+\s+(?:(?:de|del|da|la|e)\s+)?[A-ZÀ-Ý][\w’'-]+")  # two capitalised words

# Lines that are not anyone's words: agenda numbering and headings, votes, roster lines.
AGENDA_LINE = re.compile(r"^\s*(?:\d+(?:\s*[-.]\s*\d+)*\s*[:.)–-]|[IVX]+\s*[.)–-]\s|point\s+n?°?\s*\d+|ordre\s+du\s+jour|"
                     r"order\s+of\s+business|agenda\b|orden\s+del\s+d[íi]a)", re.I)
VOTE_RESULT = re.compile(r"\b(?:\d+\s+voix|vot(?:e|es|os?)\s*(?:pour|contre|a\s+favor|en\s+contra)|(?:pour|contre|abstentions?|"
                   r"a\s+favor|en\s+contra|ayes|noes)\s*:\s*\d+|adopt[ée]e?s?\s+à\s+l.unanimit[ée]|"
                   r"aprobad[oa]s?\s+por\s+unanimidad|motion\s+(?:carried|passed))", re.I)
# Markdown notes open with YAML front matter, which is not the title; cleaning has joined its lines:
# "--- date: 2015-01-22 tags: … ---". Its "title:" value, when there is one, is the title.
FRONT_MATTER = re.compile(r"---\s(.*?)\s---(?:\s|$)", re.S)
FRONT_TITLE = re.compile(r"\btitle:\s*[\"']?(.+?)[\"']?(?=\s+[a-z_]+:\s|\s*$)", re.S)
DOCUMENT_DATE = re.compile(
    rf"\b\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{_MONTHS})\s+(?:de\s+)?\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
    rf"\b(?:{word_alternation(MONTH_NAMES['en'])})\s+\d{{1,2}},\s+\d{{4}}\b",
    re.I)
# a PDF record's running head or foot that a converter kept as a paragraph of its own (`ingest.page_furniture`): the
# page's number ("Page 3", the journal's "2986", "- 4 -", "3 / 12") or the sitting's date alone on its line ("4 June
# 1997", "Jeudi 3 octobre 2019", "June 4, 1997"); PAGE_WORD_LINE is the number with the word "page" ("Page 3",
# "Página 3", "p. 3"), a page's head even alone
# a Hansard's clock stamp alone on its line, the time of day as four figures, bare or in brackets ("1050", "(1105)"):
# Canada's provincial and federal Hansards print it every ten minutes or so, often inside a turn; a run of them rising
# through the record is the sitting's clock (`ingest.page_furniture`), not a list's or a vote's number
HANSARD_CLOCK_LINE = re.compile(r"^[ \t]{0,3}\(?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\)?[ \t]{0,3}$")
HANSARD_CLOCK_MIN = 2  # stamps a record needs, each later than the one before, for the form to count
# a Hansard's clock or language tag alone on its line, in a record exported one paragraph a line: "(1535)",
# "[Traduction]", "[Français]" (`cleaning.clean` keeps them lines of their own, never run into a label)
# the Québec Journal des débats' clock between bullets, "• (11 h 20) •", and a video transcript's timecode with its
# frames, "00:47:41:70", over the next turn's "Attendee 3: …"
TAG_ONLY_LINE = re.compile(r"^(?:\(\d{4}\)|\[(?:Fran[çc]ais|English|Traduction|Translation|Espa[ñn]ol|Interpr[ée]tation|Interpretation)\]"
                           r"|•\s?\(\d{1,2}\s?h(?:\s?\d{2})?\)\s?•|\d{1,2}:\d{2}:\d{2}[:;]\d{2})$")
# a PDF's running head broken over short lines ("City Commission" / "Meeting" / "January" / "9, 2024"): the words a line
# of it may have, and how often the same run must recur for it to be furniture
RUNNING_HEAD_LINE_WORDS = 4
RUNNING_HEAD_MIN = 3
# a PDF record's notice printed at the foot of every page ("Disclaimer: The electronic version of the Senate Hansard
# Report is for information purposes" / "only. A certified version…"): a paragraph of at least this many lines and
# words that recurs word for word, line for line, RUNNING_HEAD_MIN times or more (`page_furniture.recurring_notices`)
NOTICE_MIN_LINES = 2
# a running head printed as one line, the page's number last ("July 31, 2013 SENATE DEBATES 2"): the line's words up
# to the number, which must hold a figure of their own (the sitting's date) and at least RUNNING_HEAD_WORDS_MIN words
# (`page_furniture.numbered_heads`)
NUMBERED_HEAD_LINE = re.compile(r"^[ \t]*(?P<head>\S(?:.{0,80}\S)?)[ \t]+(?P<page>\d{1,4})[ \t]*$")
RUNNING_HEAD_WORDS_MIN = 3
NOTICE_MIN_WORDS = 12
PAGE_WORD_LINE = re.compile(r"^\s{0,3}(?i:page|p[áa]gina|p\.)\s{0,3}\d{1,4}\s{0,3}$"
                            r"|^\s{0,3}\[\[Page\s[A-Z]{0,2}\d{1,6}\]\]\s{0,3}$")  # the Congressional Record's "[[Page S5572]]"
# a stenographic version's cut between its typists' parts ("(Sigue 3ª. Parte)", "(Sigue 4ª parte)", "(Continúa)"): the
# next part goes on with the same speaker, often mid-sentence (". . . y de darle…")
STENO_PART_LINE = re.compile(r"^\s{0,3}\((?i:sigue|contin[úu]a)(?:\s{1,3}\d{1,2}\s?[ªa°º]\.?\s{1,3}(?i:parte))?\.?\)\s{0,3}$")
PAGE_DATE_LINE = re.compile(
    rf"^\s{{0,3}}(?:(?i:{word_alternation((d for names in WEEKDAY_NAMES.values() for d in names), bare_accents=True)}),?\s{{1,3}})?"
    rf"(?:{DOCUMENT_DATE.pattern})\s{{0,3}}$", re.I)
# a document's first lines that name a part of the meeting, not the document ("Time and Location", "Ordre du jour",
# "Asistentes"): an answer naming the document by its title skips them (`chat.answer.document_label`) (folded)
OPENING_SECTIONS = frozenset(fold(w) for w in (
    "time and location", "date and time", "time and place", "agenda", "attendance", "attendees", "present",
    "members present", "roll call", "call to order", "welcome", "introduction", "minutes", "notes", "summary",
    "ordre du jour", "présents", "présences", "participants", "liste des présents", "compte rendu", "procès-verbal",
    "résumé", "orden del día", "asistentes", "asistencia", "acta", "resumen", "introducción",
))
# a sentence that asks rather than answers: a question mark, a request to ask ("preguntarle al subsecretario…",
# "I'd like to ask", "je voudrais demander si"), a reported question ("Madame X demande pourquoi…", "pose la question
# de…", "pregunta por…", "asked whether…"), or a scribe's question without its mark ("dka: what does the IETF think")
ASKING_WORDS = re.compile(r"""[?¿] | \b(?:
      pregunt(?:arle|arles|ar|o|amos)\b | I(?:'d|\s+would)\s+like\s+to\s+ask\b | (?:je|nous)\s+voudri(?:ons|ez|ais|ait)\s+(?:vous\s+)?demander\b
    | demand(?:e|ent|é|ait|aient)\s+(?:pourquoi|si|s[’']ils?|quand|comment|combien|où|quel\w*|qui|ce\s+qu)\b
    | pos(?:e|ent|é|ait)\s+(?:la|une|des)\s+questions?\b | s[’']interroge
    | pregunt(?:a|ó|an|aron|ando)\s+(?:por|si|qu[ée]|cu[áa]l\w*|cu[áa]ndo|c[óo]mo|d[óo]nde|qui[ée]n\w*|cu[áa]nt\w*|sobre)\b
    | ask(?:s|ed|ing)?\s+(?:whether|if|why|what|how|when|where|who|about)\b | wanted\s+to\s+know\b
    | wonder(?:s|ed|ing)?\s+(?:whether|if|why|how)\b)""", re.I | re.X)
# the scribe's question at the start of a line ("dka: what does the IETF think"), read with .match only
ASKING_OPENING = re.compile(r"""\s*(?:[\w.-]{1,30}\s?:\s*)?(?:(?:what|why|how|who|when|where|which)\s+(?:do|does|did|is|are|was|were|can|could|should|would|will)
        | (?:do|does|did|is|are|can|could|should|would|will)\s+(?:we|you|they|anyone|anybody|there|people))\b""", re.I | re.X)


def asks(sentence: str) -> bool:
    """Does the sentence ask rather than answer (see ASKING_WORDS and ASKING_OPENING)?"""
    return bool(ASKING_WORDS.search(sentence) or ASKING_OPENING.match(sentence))
# an amount (a number with its unit: "285 200 €", "(60 %)", "$5", "1.361 euros"), and the commas or full stops of a
# written sentence: several amounts with none of those are a table's cells run together, not anyone's sentence.
# A run of digits is read once (possessive `*+`, its unit optional; `amounts` drops the runs without a currency or
# unit), so a long run of numbers with no unit costs linear time, not a scan from each of its digits.
AMOUNT = re.compile(r"(?P<cur>[$£])\s?\d[\d\s.,]*+|\d[\d\s.,]*+(?P<unit>(?:€|%|\$|£|euros?|€uros|pesos|dollars?|USD|EUR)(?!\w))?",
                    re.I)
CLAUSE_MARK = re.compile(r"[,;](?=\s)|\.\s+\S|[.!?…]\s*$")


def amounts(text: str) -> list[re.Match[str]]:
    """The amounts in a text (`AMOUNT` matches that carry a currency or a unit)."""
    return [m for m in AMOUNT.finditer(text) if m.group("cur") or m.group("unit")]


# office titles a question can describe a speaker by ("la présidente slovaque", "the Amir of Qatar", "la secrétaire
# de Gobernación"), folded; matched to the words of a participant's role with their last letters free (chat answers)
PERSON_TITLES = frozenset("""
    president presidente presidenta secretary secretaire secretaria secretario minister ministre ministro ministra
    mayor maire alcalde alcaldesa governor gouverneur gobernador gobernadora amir emir king roi rey queen reine reina
    director directeur directrice directora chair chairman chairwoman chairperson chancellor chancelier canciller
    ambassador ambassadeur embajador embajadora councillor conseiller conseillere concejal concejala deputy depute
    diputado diputada senator senateur senador senadora spokesperson portavoz titular coordinator coordinateur
    coordinatrice coordinador coordinadora representative representant representante delegate delegue delegado
    delegada commissioner commissaire comisionado rapporteur relator relatora prefet""".split())
# a pasted link alone, with or without its chat label ("<dka> https://wiki…", "mnot: http://w3ctag.github.io"): nobody's words
LINK_ONLY = re.compile(r"^\s*(?:<[^<>\s]{1,40}>\s*|[\w.-]{1,30}\s?:\s*)?(?:https?://|www\.)\S+\s*$", re.I)
# a question about who asked: it wants the question itself, not the reply
QUESTION_ASKED = re.compile(r"\b(?:ask\w*|pregunt\w*|demand[ée]\w*|interrog\w*|pos[ée]\w*\s+la\s+question|wanted\s+to\s+know|"
                            r"quer[íi]a\s+saber|voulait\s+savoir|wondered)\b", re.I)

# --- a working group's scribe notes: first names and handles (ingest/scribe_subjects.py) -----------------------------
# a handle written as a first name with the surname's initial glued on ("MartinD", "IanS", "MikeB"): group 1 the first
# name, group 2 the initial ("McDonald", "DeVito" go on in lower case after the capital: no such handle); minutes
# write it with a space, a full stop perhaps ("Ryan S –", "Tim H.:")
INITIAL_HANDLE = re.compile(r"([A-Z][a-z]{2,30})[ ]?([A-Z])\.?")
# the same in running text, a lower-case word after it: "Antoine C demande…", "Ryan S. noted…" (`mentions`)
# a member named by the initials of the given name and the surname ("B. Gervais indique…", "P-H. Pelloux demande…",
# "P-H Pelloux s'interroge…"), as a working group's minutes write the people of their list ("Bertrand GERVAIS"): the
# initials, a dot or not, then the surname (`mentions.find_mentions`: the listed person of that surname and initial)
INITIAL_SURNAME = re.compile(rf"(?<![\w’'.-])(?P<ini>[{_UP}](?:\.?-[{_UP}])?\.?)[ \t]+(?P<sur>[{_UP}][\w’'-]{{2,30}})(?![\w’'-])")
INITIALLED_GIVEN_NAME = re.compile(rf"(?<![\w’'])[{_UP}][a-zà-ÿ]{{2,30}}[ ][{_UP}]\.?(?=[ \t]+[a-zà-ÿ])")
# a one-word subject opening a scribe's sentence, perhaps after the clock time the scribe noted ("9:30 Mark notes…"):
# a first name, a handle with an initial ("AlanF"), a lower-case handle ("ekr"); the speech verb is checked after it
HANDLE_SUBJECT = re.compile(r"^\s*(?:\d{1,2}[:.h]\d{2}\s{1,5})?(?P<name>[A-Za-z][a-z]{1,30}[A-Z]?)\s+")
# a scribe's turn written with a hyphen after the handle ("Jana - risk is the server…", "MartenS - no way to…", "Mike b -
# if the client…"): the handle, a space, a hyphen, a space, the words; read only for handles the notes name elsewhere
# (`scribe_subjects.dash_turns`: "Tldr - …", "Issue 35 - starting packet number" are not)
DASH_TURN = re.compile(r"^[ \t]{0,4}(?P<label>[A-Za-z][a-z]{1,30}[A-Z]?(?:[ \t][A-Za-z](?![\w’'-]))?)[ \t]{1,5}-[ \t]{1,5}(?P<body>\S)")
# a label candidate shaped as such notes write one: a first name or a handle, perhaps a surname after it ("Jana",
# "Mikeb", "MartenS", "Mike Bishop"); no figure, no sentence ("Number 74", "Back to logistics")
HANDLE_LABEL = re.compile(r"[A-Za-z][a-z]{1,30}[A-Z]?(?:[ \t][A-Z][a-z]{1,30})?")
# the distinct speakers a labelled record needs, most of them labelled by one word, to be read as such notes
SCRIBE_HANDLE_LABELS_MIN = 4

# --- scribe minutes (W3C / IRC tradition) -------------------------------------------------------------------
# An IRC scribe writes "nick: what they said", carries a turn on with "... more", and types commands to the
# minuting bots ("Topic: …", "ScribeNick: x", "q+", "+present"). The style is told by its continuation lines.
SCRIBE_CONTINUATION = re.compile(r"^\s*\.\.\.\s*\S")  # "... and fill gaps"
SCRIBE_TURN = re.compile(r"^\s*(?:<[^<>\s]{1,40}>\s+)?[A-Za-z][\w`|-]{0,30}\s?:\s+\S")  # "dka: …", "<cabanier> ada: …"
# an IRC nick as a speaker label: one token, letters first ("dka", "alexT", "twirl_", "Ornythorinque")
SCRIBE_NICK = re.compile(r"^[A-Za-z][A-Za-z0-9_`|-]{1,30}$")
# a header's key alone on its line at the margin ("Organizer:", "Scribe:", "Present:") under a block of indented lines
# (its values, "  4. Traceability API"): it opens a line of its own, never the last indented line's end
FIELD_KEY_LINE = re.compile(r"^[A-ZÀ-Þ][\w’'-]{1,20}(?:[ \t][\w’'-]{1,20}){0,2}[ \t]?:$")
# a second scribe typing for the first: "Heather Vescent: (Scribe assist) manu: thanks Wayne, …" (the words are manu's,
# the label before the bracket only says who typed them)
SCRIBE_ASSIST_BODY = re.compile(r"[ \t]*\((?i:scribe[ \t]+assist(?:ing|ance)?|scribe[ \t]+help)\)[ \t]*"
                                r"(?P<label>[^\W\d_][\w.’'-]{0,30}(?:[ \t][^\W\d_][\w.’'-]{0,30}){0,2})[ \t]*:[ \t]+(?=\S)")
# the label a note-taker writes for a speaker they did not catch ("xxx: son dos cosas distintas", "??: …",
# "unknown: …", "inconnu : …"): a turn of someone unnamed, nobody's to credit, not the last speaker's
UNKNOWN_SPEAKER_LABELS = {"xxx", "xx", "??", "???", "?", "unknown", "unidentified", "desconocido", "desconocida",
                          "inconnu", "inconnue", "anonimo", "anonima", "anonyme", "anonymous"}
# a broadcast transcript's name line for a voice it did not identify ("No identificado" over a turn, "Unidentified
# speaker", "Non identifié", "Orador desconocido"): the turn is someone's the line does not name (`announced_turns`)
UNIDENTIFIED_LINE = re.compile(r"[ \t]*(?i:no[ \t]+identificad[oa]|unidentified(?:[ \t]+speaker)?|unknown[ \t]+speaker"
                               r"|non[ \t]+identifi[ée]e?|(?:orador|oradora|voz|hablante)[ \t]+(?:desconocid[oa]|no[ \t]+identificad[oa])"
                               r"|intervenant[ \t]+(?:inconnu|non[ \t]+identifi[ée])e?)[ \t]*:?[ \t]*")
# the end of a turn that announces who speaks next: "Vamos a escuchar a la asambleísta Paola Jaramillo.", "Tiene la
# palabra el legislador X.", "Let's hear from Senator Jane Roe.", "Je donne la parole à Mme X." (the name last)
ANNOUNCED_NEXT = re.compile(rf"(?<![\w’'])(?i:vamos[ \t]+a[ \t]+escuchar[ \t]+a|escuchemos[ \t]+a|escuchamos[ \t]+a|tiene[ \t]+la[ \t]+palabra"
                            rf"|(?:le[ \t]+)?(?:doy|cedo|damos|concedo)[ \t]+la[ \t]+palabra[ \t]+a|let['’]s[ \t]+hear[ \t]+from"
                            rf"|we[ \t]+(?:now[ \t]+)?hear[ \t]+from|i[ \t]+(?:now[ \t]+)?(?:give|yield)[ \t]+the[ \t]+floor[ \t]+to|i[ \t]+call[ \t]+on"
                            rf"|je[ \t]+(?:donne|passe)[ \t]+la[ \t]+parole[ \t]+[àa]|la[ \t]+parole[ \t]+est[ \t]+[àa]|écoutons)"
                            rf"[ \t]+(?:(?i:a[ \t]+)?(?i:la|el|al|the|le|l['’])[ \t]+)?"
                            rf"(?:(?i:asambleísta|legislador|legisladora|diputad[oa]|senador|senadora|concejal|concejala|señor|señora|doctor|doctora"
                            rf"|ministr[oa]|compañer[oa]|senator|councillor|member|honou?rable|député|députée|sénateur|sénatrice|conseill[eè]re?)[ \t]+)?"
                            rf"(?:{HONORIFIC_RE}[ \t]+)?(?P<name>{NAME_RE})[ \t]*[.!]?[ \t]*$")
# a handle opening with a lower-case letter opening a line as a turn's label ("oli: We should…", "e-Jim : Moi…",
# French typography's space before the colon): with the same word an entry of an
# attendance list ("Council members: Eric Huss, TC, oli, Mark"), the handle is a member, as the person writes it
LOWER_HANDLE_LABEL = re.compile(r"^[ \t]*([a-z][A-Za-z0-9_-]{1,30})[ \t]?:[ \t]+\S", re.M)  # ("tierce : …", "e-Jim : …")
# "scribe: …" is the scribe's own line: the turn in progress goes on (scribe.perl writes it for unlabelled lines)
SCRIBE_SELF = {"scribe"}
# words before a colon that open a heading of the minutes, not a turn
SCRIBE_HEADINGS = {"topic", "subtopic", "sujet", "tema"}
# bot commands, roll call and records of the meeting (scribe.perl's "RESOLUTION:", "ACTION:", "ISSUE:"): never anyone's words
SCRIBE_COMMANDS = {
    "scribenick", "scribe nick", "scribes", "chair", "chairs", "meeting", "date", "agenda", "present", "regrets",
    "resolved", "resolution", "résolution", "action", "decision", "décision", "issue", "rrsagent", "zakim", "trackbot",
    "unknown_speaker", "unknown", "github", "github-bot", "ghurlbot", "agendabot", "rssagent",
}
SCRIBE_BOTS = {"zakim", "rrsagent", "trackbot", "agendabot", "github-bot", "ghurlbot", "rssagent", "github"}
# IRC chatter to the bots or the room: "+present", "q+", "q?", "ack dka", "+1", "X has joined #tag"
# and commands typed without a colon ("scribenick cabanier", "zakim choose a victim", "agenda+ flags")
SCRIBE_CHATTER = re.compile(r"^\s*(?:[+-]\s*present\b|q\s*[+?-]|ack\s+\S+|[+-]1\b|(?:present|regrets|agenda)\s*[+-]|"
                            r"\S+\s+has\s+(?:joined|left|quit)\b|(?:scribe\s*nick|zakim|rrsagent|trackbot|agendabot)\b)", re.I)
# the scribe's own remark on an IRC line: "[crickets]", "[timbl explains how …]", "dka talks about the summits"
SCRIBE_REMARK = re.compile(r"^\s*(?:\[[^\]]*\]\s*$|[A-Za-z][\w`|-]{1,30}\s+(?:talks|explains|notes|describes|presents|"
                           r"reviews|shows|summari[sz]es|discusses|demos|gives|walks)\b)")
# an IRC "/me" action as a client logs it: "* renoirb +1 vertical bar", "* jswisher is in the channel"
# (the nick is lower case or CamelCase, so that a bullet "* Creating a form" stays a list item)
SCRIBE_ACTION = re.compile(r"^\s*\*\s+(?:[a-z][\w`|-]{1,30}|[A-Z][a-z]*[A-Z][\w`|-]*)\s+\S")
# the line naming the scribes: "scribe: Ada, Bob", "<ada> ScribeNick: ada", "Scribes:" (names may follow on the next line)
SCRIBE_LINE = re.compile(r"^\s*(?:<[^<>\s]+>\s+)?scribe(?:\s*nick|s)?\s*:?\s*(.*)$", re.I)
# an IRC client's log line: "<@renoirb> text" (the channel-mode sign is not part of the nick)
IRC_NICK = re.compile(r"^\s*<[@+%~&]?(?P<nick>[^<>\s]{1,40})>\s+")
# a label inside such a line, typed by the scribe: "<ada> bob: the spec says…"
IRC_INNER_LABEL = re.compile(r"(?P<label>[A-Za-z][\w`|-]{0,30})\s?:\s+(?=\S)")

# --- raw IRC logs (ingest.irc_log) ------------------------------------------------------------------------------
# A chat client's log of a channel, one line per message and no scribe: an optional time ("14:05", "[14:05:33]",
# "2005-04-12 14:05"), then "<nick> words" (a channel-mode sign before the nick is no part of it: "<+cervantes>",
# "<@op>"), or "* nick does something" (a /me action: the nick's own words, in the third person), or the client's
# notice that someone joined, left, changed nick or topic, which is nobody's speech.
_IRC_TIME = r"(?:[\[(]?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]{1,4})?"
_IRC_NICK = r"[A-Za-z_\[\]\\`^{|}][\w\[\]\\`^{|}-]{0,31}"  # RFC 2812's nick characters
_IRC_GAP = r"[ \t]{1,20}"  # a bounded run of spaces (see "the line shapes" below)
# "14:05 <jrandom> 0) hi", "[14:05] <+cervantes> never mind", "<dom> ok"
IRC_MESSAGE = re.compile(rf"^[ \t]{{0,4}}(?P<time>{_IRC_TIME})<[@+%~&!]?(?P<nick>{_IRC_NICK})>{_IRC_GAP}(?P<body>\S)")
# "14:14  * gott mutters something…": the caller takes it only for a nick of the log or under a time, so that a
# bullet ("* Creating a form") stays a list item
IRC_ACTION = re.compile(rf"^[ \t]{{0,4}}(?P<time>{_IRC_TIME})\*{_IRC_GAP}(?P<nick>{_IRC_NICK}){_IRC_GAP}(?P<body>\S)")
# the client's notices: irssi "-!- ada [~a@host] has joined #i2p", mIRC "*** ada has quit IRC (Ping timeout)",
# HexChat and WeeChat "-->  ada has joined", "<-- bob has quit", "* ada is now known as ada_away", "--  Mode #x [+o ada]
# by ChanServ", "* Topic for #i2p is …"; in French and Spanish clients "* ada a rejoint #x", "* bob ha salido"
IRC_NOTICE_MARK = re.compile(rf"^[ \t]{{0,4}}{_IRC_TIME}(?:-!-|\*\*\*|-->|<--|==>|<==|--)[ \t]")
IRC_NOTICE = re.compile(rf"""^[ \t]{{0,4}}{_IRC_TIME}\*{_IRC_GAP}(?:
      {_IRC_NICK}{_IRC_GAP}(?:[(\[][^()\[\]\n]{{0,120}}[)\]]{_IRC_GAP})?   # "ada (~a@host)", "ada [~a@host]"
      (?i:has{_IRC_GAP}(?:joined|left|quit|changed{_IRC_GAP}the{_IRC_GAP}topic|been{_IRC_GAP}kicked)
        |is{_IRC_GAP}now{_IRC_GAP}known{_IRC_GAP}as|sets?{_IRC_GAP}mode|changes{_IRC_GAP}topic|was{_IRC_GAP}kicked
        |a{_IRC_GAP}rejoint|a{_IRC_GAP}quitt[ée]|est{_IRC_GAP}parti|est{_IRC_GAP}maintenant{_IRC_GAP}connu
        |ha{_IRC_GAP}(?:entrado|salido|abandonado)|se{_IRC_GAP}ha{_IRC_GAP}(?:unido|ido|desconectado)
        |ahora{_IRC_GAP}es{_IRC_GAP}conocid[oa])
    | (?i:topic{_IRC_GAP}(?:for|is|set|changed)|now{_IRC_GAP}talking{_IRC_GAP}on|mode{_IRC_GAP}[#&]) )""", re.X)
# the message lines a text must hold, and their share of its lines with words (messages, actions and notices
# together), to be read as such a log: a few "<x> y" lines in prose or in scribe minutes are not
IRC_LOG_MIN_MESSAGES = 8
IRC_LOG_SHARE = 0.6
# a relay bot speaks for users of another network or chat: its lines open with the real sender's nick, in angle or
# square brackets or braces ("<+ant> <BS314159> is that incorporated?", "<bridge> [ada] hi", "<i2p-relay> {-anonimal}
# topics today…"); a nick whose lines do so at least IRC_RELAY_MIN times and for IRC_RELAY_SHARE of its lines relays,
# and each such line is the inner nick's
IRC_RELAYED = re.compile(rf"(?:<[@+%~&!]?(?P<angle>{_IRC_NICK})>|\[(?P<square>{_IRC_NICK})\]|\{{-?(?P<curly>{_IRC_NICK})\}})"
                         rf"{_IRC_GAP}(?=\S)")
IRC_RELAY_MIN = 2
IRC_RELAY_SHARE = 0.8
# a nick that calls itself a relay or a bridge ("i2p-relay", "matrix_bridge", "relaybot") relays from its first line
IRC_RELAY_NAME = re.compile(r"(?i)(?:^|[-_])(?:relay|bridge)(?:bot)?(?:$|[-_\d])|^relay")

# A transcript may label every turn with the speakers' lower-case IRC nicks, without the scribe's "..." lines
# ("stark: Thank you…", "adam3us: Thank you for inviting me."). Its label style is told by the same few lower-case
# one-word labels opening several lines: each repeats (NICK_STYLE_MIN_TURNS) and at least two of them alternate, so
# that a lone "note: …" or a lower-case word opening a line of prose is never read as a person.
NICK_STYLE_MIN_TURNS = 2  # lines a lower-case label must open to be a nick of the document
NICK_STYLE_MIN_LABELS = 2  # distinct such nicks: a conversation
NICK_STYLE_MAX_LABELS = 12  # more distinct lower-case words before a colon are not the few labels of a transcript
# ... unless the nicks' turns are most of the text: minutes typed live at an assembly of many people (an etherpad or
# org-mode page where each line is "dolores: …", "caro: …", "niv: …", fifteen people and more) are a conversation of
# nicks, not prose with a few lower-case words before a colon; the share counts the non-empty lines after the roster
NICK_CROWD_SHARE = 0.5

# Minutes may write each turn as a list item opened by the speaker's lower-case handle ("* ko1: I read this proposal.",
# "- mame: We already allow arrays of strings.", "* nobu: je préfère…"), a dozen people and more, amid pasted text and
# code. The items are a conversation when several handles open BULLET_HANDLE_TURNS_MIN items each, the handle changes
# from one item to the next (BULLET_HANDLE_ALTERNATION of the adjacent pairs) and people speak in the first person in
# them (BULLET_HANDLE_PERSONAL_SHARE): a changelog's "* fix: …" / "* docs: …" runs, a field list's "- type: …" or a
# commit list's "* deps: update v8" have neither (`handle_bullets`).
BULLET_HANDLES_MIN = 3  # distinct handles opening BULLET_HANDLE_TURNS_MIN items each
BULLET_HANDLE_TURNS_MIN = 2
BULLET_HANDLE_ALTERNATION = 0.5
BULLET_HANDLE_PERSONAL_SHARE = 0.15
# the kinds of change a changelog or commit log prefixes its items with ("* fix: …", "- feat(parser): …", "* deps: …"):
# never a person's handle, however many items they open
CHANGE_KINDS = frozenset({
    "fix", "fixes", "bugfix", "hotfix", "feat", "feature", "features", "docs", "doc", "chore", "refactor", "test", "tests",
    "build", "ci", "perf", "style", "deps", "revert", "release", "src", "lib", "tools", "security", "breaking",
})
# a handle's mention in the prose as a person's, not as a word: "mrkn's comment" (with SPEECH_VERB after the handle,
# "nobu says…", too), the person's page in a link ("hackmd.io/@mrkn/…"), a person's mark in brackets ("… clause?
# (yui-knk)", "I (or k0kubun) will try", "(y nobu)")
HANDLE_POSSESSIVE = re.compile(r"[’']s(?![\w’'])")
HANDLE_IN_LINK = re.compile(r"[@/~]$")
HANDLE_BRACKET_OPEN = re.compile(r"\((?:(?:or|and|ou|et|o|y)\s{1,3})?$")
# more mentions of a person by handle: a "+1" given to them ("gi++", "uv++", as chat karma is written), and a cell
# of a table row ("| gi | 5 |"), where minutes list who drew what
HANDLE_KARMA = re.compile(r"\+\+")
HANDLE_TABLE_CELL = re.compile(r"\|\s{0,3}$")
# and the lists of a chat's notes that name people without their words: the emoji reactions under a turn ("- 👍:
# antiochp, phyro, joltz"), and an attendance list of one handle a bullet ("- phyro")
HANDLE_REACTION_LINE = re.compile(r"[ \t]*[-*•][ \t]*[^\w\s]{1,6}[ \t]*:")
HANDLE_LIST_ENTRY = re.compile(r"[ \t]*[-*•][ \t]*[\w.-]+[ \t]*$")
# Live minutes that label their turns by the speakers' lower-case initials ("- jd: budget is tight.", "- ab: +1"):
# two or three letters, no vowel needed. When BULLET_HANDLES_MIN such initials open BULLET_HANDLE_TURNS_MIN items
# each and alternate, the items are turns even in a scribe's clipped notes, which rarely say "I" or "we": the
# share of first-person items (BULLET_HANDLE_PERSONAL_SHARE) is not asked of them (`handle_bullets`).
INITIALS_HANDLE = re.compile(r"[a-z]{2,3}")
# two or three capitals glued, before a surname: a (compound) given name's initials ("MC Rollin" for Marie-Cécile
# Rollin, "JP Dupont"), written as the dotted "M.-C. Rollin" is; alone ("AMC", "JHD") they are a person's initials
GIVEN_INITIALS = re.compile(r"[A-Z]{2,3}")
# a project call's note item opened by the speaker's handle and a dash ("* cfallin - not familiar with v8",
# "- uweigand - other way around."): the list mark, a lower-case handle, a spaced dash or en dash, the words
DASHED_HANDLE_ITEM = re.compile(r"[ \t]*[*•▪◦-][ \t]+(?P<label>[a-z][A-Za-z0-9_`|-]{1,30})[ \t]+[-–][ \t]+(?P<body>\S)")
DASHED_HANDLES_LISTED_MIN = 3  # attendee-list handles opening such items BULLET_HANDLE_TURNS_MIN times each

# An issue tracker's ticket as an item of a meeting's agenda, as Redmine and its kin write it: the tracker and the
# number in brackets, the title, the proposer's handle in brackets at the end ("[Feature #20265] Deprecate and remove
# rb_newobj (peterzhu2118)", "[Évolution #412] Export CSV (jdupont)", "[Soporte #77] Copia de seguridad (@mlopez)"),
# a line of its own, a Markdown heading's marks before it at most ("### [Bug #19231] …"). The text pasted under it,
# up to the discussion's first turn or part heading ("Discussion:"), is the ticket's, so its proposer's
# (`ticket_items`). A title with no handle at its end is a heading all the same.
TICKET_HEADING = re.compile(r"""^[ \t]{0,8}(?:\#{1,6}[ \t]{1,4})?\[(?P<kind>[^\W\d_][^\W\d_]{1,20}(?:[ \t-][^\W\d_]{1,20})?)[ \t]{1,3}\#\d{1,8}\]
    [ \t]{1,20}(?P<title>\S[^\n]{0,300}?)(?:[ \t]\(@?(?P<who>[A-Za-z][A-Za-z0-9_`|-]{1,30})\))?[ \t]*$""", re.X)
# an issue's title as an agenda item of a group's call notes, its tracker number at the end and a paragraph of its
# own: "Are unsubscribe links with a user ID link decoration and/or tracking? #5", "Clarify the scope of the API #12 and
# PR Add examples #14": a heading, nobody's words (not a label's line: "Ana: see #5" is Ana's)
ISSUE_TITLE_LINE = re.compile(r"^[ \t]{0,8}[^\W\d_][^\n]{8,400}?[ \t]\#\d{1,6}[ \t]*$")
# the same item with its tracker number first: "PR #1412 - CPE conversion rule in cvrf2csaf converter", "Issue #12:
# Clarify the scope", "#5 – Link decoration" (a paragraph of its own, no sentence's stop at its end)
TRACKER_ITEM_LINE = re.compile(r"^[ \t]{0,8}(?:(?:PR|MR|Issue|Pull[ \t]request|Ticket|Bug)[ \t])?\#\d{1,6}[ \t]*[-–—:][ \t]*[^\W_][^\n]{2,300}$")
# the shortest part of a handle a label may write for the proposer ("peter" for "peterzhu2118", "moris" for
# "tagomoris"); an all-capitals label of two or three letters may start it ("KJ" for "kjtsanaktsidis")
TICKET_HANDLE_PART_MIN = 4

# A machine transcript of a video call (Google Meet's transcript tab, a Zoom or Teams text export) opens every turn
# with the speaker's account name and a colon, whatever the account is called: "Frank Saavedra: …", a name in lower
# case ("paula alicia leon: …"), a company in capitals ("CALIDAD EMPRESARIAL: …"), a handle ("jdoe@acme.com: …").
# The layout makes it a label (`account_labels`): the same prefix opens several lines, two or more prefixes take turns,
# and their lines are most of the lines with words (timestamp lines aside). Up to five words, no figure first.
ACCOUNT_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w.@’'-]{0,39}(?: [^\W\d_][\w.@’'-]{0,39}){0,4}) ?:[ \t]+\S")
ACCOUNT_TURNS_MIN = 3  # lines one prefix must open
ACCOUNT_LABELS_MIN = 2  # distinct prefixes that take turns: a conversation
ACCOUNT_SHARE = 0.5  # of the lines with letters, the share those prefixes open
ACCOUNT_LINE_TURNS_SHARE = 0.5  # of those lines, the share right under another line: turns written line after line
# a text that writes one paragraph a line, a blank line after each: at most this share of its lines sit right over
# another line (a caption over the next turn's line), and it has that many lines at least (`account_labels`)
UNWRAPPED_ADJACENT_SHARE = 0.1
UNWRAPPED_LINES_MIN = 20
# a court's or a council's decision, printed in capitals as a paragraph of its own inside the chair's turn ("QUEDAN
# APROBADOS POR UNANIMIDAD DE VOTOS DE LOS PRESENTES…", "QUEDA APROBADO EN VOTACIÓN ECONÓMICA…"): the record's
DECISION_CAPS_LINE = re.compile(r"^\s*(?:QUEDAN?|SE\s+APRUEBAN?|SE\s+DECLARAN?|APROBAD[OA]S?|ADOPTÉE?S?|ADOPTED|CARRIED)\s"
                                r"[^a-zà-ÿ]{10,}$")
# the lines a transcription tool writes into its own export, nobody's words: Google Meet's closing note ("La
# transcripción finalizó después de 02:16:56", "Transcription ended after 01:02:03", "La transcription s'est terminée
# après …") and its disclaimer ("Esta transcripción editable se ha generado por ordenador y puede contener errores.",
# "This editable transcript was computer generated and might contain errors.", "Cette transcription modifiable a été
# générée par ordinateur…"), Otter's "Transcribed by https://otter.ai"; Teams' narration of who started or stopped
# the transcription ("Jane Roe started transcription", "ISAAC ORTIZ inició la transcripción", "Marie Dupont a arrêté la
# transcription": a name, never a pronoun, then the verb); the credits under a transcript ("Transcripción realizada por
# Microsoft Teams.", "Transcribed by Rev.com", "Revisada y editada por Jane Roe", "Reviewed and edited by Jane Roe",
# "Relue et corrigée par Marie Dupont": the whole line, the editor's name and nothing after it)
_CREDIT_PARTICIPLE = r"(?:revisad[ao]s?|editad[ao]s?|corregid[ao]s?|reviewed|edited|revised|proofread|corrected|relue?s?|revue?s?|corrig[ée]e?s?|édit[ée]e?s?)"
_CREDIT_NAME_WORD = r"[^\W\d_][\w.'’-]{0,40}"
TOOL_NOTE_LINE = re.compile(rf"""^\s*(?:
    (?:the\s+|la\s+)?transcri(?:pt|ption|pción)\s+(?:ended|finaliz[oó]|termin[oó]|s[’']est\s+termin[ée]e|(?:a\s+pris\s+)?fin)
        \s+(?:after|después\s+de|après)\s+\d{{1,2}}:\d{{2}}
  | (?:this|esta|cette)\s+(?:editable\s+)?transcri(?:pt|ption|pción)\s+(?:[\w’'-]{{1,20}}\s+){{0,6}}?(?:computer|automatically|ordenador|computadora
        |automáticamente|ordinateur|automatiquement)\b
  | transcribed\s+by\s+(?:https?://)?(?:www\.)?otter\.ai\b
  | (?!(?:I|we|he|she|they|you|it|yo|nosotros|nosotras|él|ella|ellos|ellas|je|nous|on|il|elle|ils|elles|vous|tu)[ \t])
        (?:{_CREDIT_NAME_WORD}[ \t]{{1,3}}){{1,6}}?(?:started|stopped|inici[oó]|detuvo|a[ \t]+(?:démarré|arrêté|commencé|lancé))
        [ \t]+(?:the[ \t]+|la[ \t]+|l[’'])?(?:transcription|transcripción)[ \t]*\.?[ \t]*$
  | (?:transcri(?:pt|ption|pción)[ \t]+(?:realizada|generada|hecha|made|generated|produced|created|réalisée|générée|produite
        |faite|effectuée)|transcribed|transcrite?|transcrit[oa])[ \t]+(?:por|by|par|con|with|avec)[ \t]+[^\n]{{1,80}}$
  | {_CREDIT_PARTICIPLE}(?:[ \t]+(?:y|and|et|&)[ \t]+{_CREDIT_PARTICIPLE})?[ \t]+(?:por|by|par)[ \t]+
        (?:{_CREDIT_NAME_WORD}[ \t]{{0,3}}){{1,6}}\.?[ \t]*$)""", re.I | re.X)

# --- names written as nicks or short forms (the roster ties them to a full name) -------------------------------
# An attendance block may give its roles as headings of their own ("Chair" over "Ada", "Scribe" over "cabanier,
# dom", as W3C minutes stripped of HTML do): the names under them are present, with that role.
ATTENDANCE_ROLE_HEADING = re.compile(r"^\s*(?:co-?)?(?:chairs?|scribes?|scribe\s*nicks?|minute[- ]?takers?|note[- ]?takers?|"
                                     r"facilitators?|moderators?)\s*:?\s*$", re.I)
# a heading that splits an attendance block by how people took part ("On IRC, and call:", "On the phone:",
# "In the room:", "Remote:"): the list goes on under it
ATTENDANCE_SUBLIST = re.compile(r"^\s*(?:(?:on|in|via|by)\s+(?:the\s+)?(?:irc|call|phone|telephone|zoom|webex|room|site|"
                                r"person|video)\b[^:]{0,30}|remote(?:ly)?|on[- ]?site)\s*:\s*$", re.I)
# headings of a document's own parts, that end an attendance block ("Contents", "Topics", "Sommaire")
DOC_SECTIONS = {fold(w) for w in (
    "contents", "table of contents", "topics", "sommaire", "table des matières", "índice", "temas", "summary",
    "summary of action items", "summary of resolutions", "minutes", "notes",
)}
# the words of a CamelCase or underscore nick: "NellWaliczek" -> Nell | Waliczek, "Tony_Brainwaive" -> Tony |
# Brainwaive. Each word is a capital and two or more lower-case letters (or a lower-case run after "_"), so that
# "AlexT", "LocMDao" and "AmeliaBR" (an initial or letters in capitals) are not split: an initial is not a name.
NICK_WORD = re.compile(r"[A-Z][a-z]{2,}|(?<=_)[a-z]{2,}|^[a-z]{2,}(?=_)")
NICK_SEPARATORS = "_-."  # "tony_brainwaive", "nell-waliczek", "nell.waliczek"
# between a nickname cut from a listed given name ("Juanlu", "Mai") and its speech verb: only a clitic pronoun
# ("Juanlu nos informa", "Mai nous dit", "Mai les explica"), or the formal name the minutes bracket after the
# nickname at its first mention ("Alex (Alexander) discussed…", "Pepe (José) explica…"); a nickname further from
# the verb is only named
NICK_VERB_GAP = re.compile(r"\s+(?:\([A-ZÀ-Ý][\w’'-]{1,30}(?:\s[A-ZÀ-Ý][\w’'-]{1,30})?\)\s+)?(?:(?:nous|lui|leur|vous|us|nos|les|le|me)\s+)?")
NICK_MIN_PART = 3  # letters a first name or surname prefix must have to be read inside a nick ("mnot", "timbl")
# a sentence's opening phrase set off by a comma, before its subject ("En la segunda hora, ", "After the break, ",
# "Ensuite, "): a one-word name right after it opens the clause as if it opened the sentence
OPENING_PHRASE = re.compile(r"[^\W\d_][^,;:.!?\n]{0,40},\s{1,3}")
# between a one-word name and its speech verb: spaces, and an object pronoun at most ("Ana nous dit", "Ana me dit",
# "Sam told us"; Spanish clitics before the verb: "Lola nos explicó", "Lola me dijo", "Ana les pidió")
NAME_VERB_GAP = re.compile(r"\s+(?:(?:nous|lui|leur|vous|us|me|te|nos|os|le|les)\s+)?")

# --- conference reports: a talk's heading names its speaker, the note-taker speaks in the first person ----------
# the words that put a talk's speaker after its title: "Mobilité et accessibilité, par Jean Dupont", "A talk by Jane
# Roe", "presentado por Ana Gil"; a dash does the same: "HTMX, le nouvel atout - Ewen Quimerc‘h"
# a bare "par"/"by"/"por" only after a comma: "les comptes dressés par Madame X" is a passive agent, not a speaker
TALK_BY = (r"(?:(?:présentée?|animée?|donnée?|proposée?)\s+par|(?:presented|given|hosted|delivered)\s+by"
           r"|(?:talk|keynote|session|workshop|conférence|atelier|charla|ponencia)\s+(?:by|par|por)"
           r"|(?:presentad[oa]|impartid[oa]|dictad[oa])\s+por|a\s+cargo\s+de|(?<=,\s)(?:par|by|por))")
_TALK_NAME_TOKEN = rf"[{_UP}][\w’‘'.\-]*"
_TALK_NAME = rf"{_TALK_NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{_TALK_NAME_TOKEN}){{1,4}}"  # two to five words
# a talk's heading on a line of its own: the title, then a dash or "par/by/por", then the speaker's name, then an
# optional "(Company)", ", Role, Company" or more speakers ("& Simon Cochrane, Nearmap"); the first name is the speaker.
# The dash may be typed as two hyphens, as plain text writes an em dash ("Lean et Scrum -- Damien Thouvenin"), but not
# after a closing quotation mark: '"The goal is to provide better functions" -- Jane Roe' signs a quotation
TALK_DASH = re.compile(r"\s+(?:--|[-–—|])\s+")  # the dash (or bar) between a talk's title and its speaker
TALK_HEADING = re.compile(rf"""^(?P<title>[^\n]{{3,200}}?)
    (?:(?<!["”»])\s+--\s+ | \s+[-–—|]\s+ | ,?\s+{TALK_BY}\s+)
    (?P<who>{_TALK_NAME})
    (?P<rest>\s*\([^)\n]{{1,80}}\)|\s*(?:,|;|&|\band\b|\bet\b|\by\b)\s*[^\n]{{0,250}})?\s*$""", re.X)
# a talk's heading whose title is a question or an exclamation, the speaker's name right after it on the same line,
# the surname in capitals as programmes write it: "Peut-on réussir sans effort ni aucun talent ? Gilles VERVISCH",
# "¿Quién teme al código legado? Lucía GARCÍA", "Why do builds break? Jane ROE & John DOE" (the first name is the speaker)
TALK_HEADING_ASKED = re.compile(rf"""^(?P<title>[^\n]{{3,200}}?[?!])[ \t]+
    (?!(?:Le|La|Les|El|Los|Las|Lo|The|Un|Une|Una|Uno|An?|Des|Du|Del|Ce|Cette|Este|Esta|This|Our|Notre|Nuestro|Nuestra)[ \t])
    (?P<who>(?:[{_UP}][a-zà-ÿ][\w’'\-]*[ \t]+(?:(?:{_PART})[ \t]+){{0,2}}){{1,3}}[{_UP}][{_UP}’'\-]*[{_UP}])
    (?P<rest>[ \t]*(?:&|\band\b|\bet\b|\by\b)[ \t]*[^\n]{{1,80}})?[ \t]*$""", re.X)
# a talk's heading whose title runs straight into a bare "par/por/by" and the speaker's name, which ends the heading
# (on one line, "Modern Async JS par Christophe Porteneuve", or the name on the heading's second line, "Devops
# Mythbusters" / "por Salvador Folgado y Jordi Borja"): the talk's speaker. A passive agent ("Le rapport rédigé par
# Jean Dupont", "The budget approved by Jane Roe", "Informe presentado por Ana Gil") is not: the word before the
# "par" must not be a past participle, and the title must not end a sentence or a clause
TALK_HEADING_BY_END = re.compile(rf"""^(?P<title>[^\n]{{2,200}}?[^\s.,;:])
    \s+(?:par|by|por)\s+
    (?P<who>{_TALK_NAME})
    (?P<rest>\s*\([^)\n]{{1,80}}\)|\s+(?:and|et|y|&)\s+[^\n]{{1,80}})?\s*$""", re.X)
TALK_HEADING_BY_END_WORDS = 24  # words such a heading may have, title and names together
# a section of shared notes headed by its presenter's name in square brackets, before or after the title, as pads
# write who presents ("[Nina Gasking] IA : apprentissage supervisé", "ANR déposée sur … [Éric Duchêne]", "[Ana Gil]
# Taller de datos", "Open data roadmap [Jane Roe]"): one to four capitalised words, the title a short line with no
# stop in it (not "Mr Speaker, you have been ignoring me! [Laughter.]"). A one-word name ("[Marie] grande muraille") holds only for a listed person (the caller checks):
# "[Applause] Thank you all", "[Update] new figures" are no presenters
_BRACKET_NAME = rf"{_TALK_NAME_TOKEN}(?:[ \t]+(?:(?:{_PART})[ \t]+){{0,2}}{_TALK_NAME_TOKEN}){{0,3}}"
TALK_HEADING_BRACKETED = re.compile(rf"""^[ \t]*(?:
      \[(?P<who>{_BRACKET_NAME})(?<!\.)\][ \t]+(?P<title>[^\s\[\]][^\n\[\].!?…]{{0,150}}?)(?<![;,:])
    | (?P<title2>[^\s\[\]][^\n\[\].!?…]{{0,150}}?)(?<![;,:])[ \t]+\[(?P<who2>{_BRACKET_NAME})(?<!\.)\]
    )[ \t]*$""", re.X)
TALK_HEADING_BRACKETED_WORDS = 20  # words such a heading may have, title and name together
# a byline's first word on the line under a talk's title ("par Jean Roe", "by Jane Roe", "por Ana Gil")
BYLINE_BY = re.compile(r"(?:par|by|por)\s")
# the word before "par/by/por" that makes it a passive agent: a past participle (French -é(e)(s), English -ed,
# Spanish -ado/-ido and their forms) or an irregular one
PASSIVE_BEFORE_BY = re.compile(r"(?:é|ée|és|ées|ed|[ai]d[oa]s?|written|given|made|done|taken|shown|held|led|run|"
                               r"escrito|dicho|hecho|puesto|abierto|fait|faite|dit|écrit|pris|mis|conduit)$", re.I)
# a title whose last words are an exclamation opened inside the line, as Spanish writes it ("Mejora tus habilidades
# como tester... ¡Jugando!", "Software testing… ¡Hay que echarle valor!"): on a short line of its own, a heading (a
# talk's title that names no speaker ends the talk before it), not a sentence of the notes ("¡Hay que invertir en
# formación!" opens with its mark, "Great talk!" has none, "Muy buena charla, ¡gracias!" is a clause)
TITLE_EXCLAIMED = re.compile(r"^[^\W\d_][^\n.,;!?¡¿]{1,80}?(?:\.{2,3}|…|:|\s[-–—])?\s+¡[^\n!?¡¿]{1,60}!\s*$")
# a session's presenter on a line of their own under the session's heading, as shared notes and programmes write it:
# a verb and "by/par/por" ("Presented by: Mina Galic (FreeBSD Foundation)", "Chaired by: James Falcon", "Présenté par :
# Jean Dupont", "Présentation par Jean Dupont", "Moderado por: Ana Gil", "Presentación a cargo de Ana Gil"), or the
# programme's field for the speaker, with its colon ("Presenter: Jane Roe (Acme; CTO)", "Speaker: …", "Intervenante :
# …", "Orateur : …", "Conférencière : …", "Ponente: …", "Expositora: …", "Conferenciante: …"): the session's unnamed
# notes are that person's, up to the next session. After the name, one bracket of affiliation and role (one bracket
# may nest in it: "(Aphia/WoRMS coordinator, Flanders Marine Institute (VLIZ))") or ", Affiliation".
# ("Presentation: Security overview" is the session's title: the noun of the talk is no field for its speaker.) The
# name keeps its capitals: "Speaker: the room was full" is a note.
_PRESENTER_BY = (r"(?:(?:presented|given|delivered|hosted|chaired|led|moderated|facilitated)\s+by"
                 r"|(?:présentée?|animée?|donnée?|proposée?|modérée?)\s+par|présentation\s+par"
                 r"|(?:presentad[oa]|impartid[oa]|moderad[oa]|dirigid[oa])\s+por|presentación\s+a\s+cargo\s+de)\s*:?")
_PRESENTER_FIELD = (r"(?:presenters?|speakers?|intervenante?s?|orat(?:eur|rice)s?|conférenci(?:er|ère)s?"
                    r"|ponentes?|expositor(?:a|es|as)?|conferenciantes?|disertantes?)\s*:")
PRESENTER_LINE = re.compile(rf"""^(?i:{_PRESENTER_BY}|{_PRESENTER_FIELD})
    \s*(?P<who>{_TALK_NAME})(?:\s*\((?:[^()\n]|\([^()\n]{{0,60}}\)){{1,200}}\)|,\s[^\n]{{1,120}})?\s*$""", re.X)
# inside a talk that a presenter field opened, the notes are the presenter's: a "Words: …" lead-in used once names a
# person only when each of its two or more words is shaped like a name (a capital, then lower-case letters: "Noah
# Meyerhans"; an initial: "J.", "Robert S"; a particle), none of them a word the text also writes in lower case;
# "OECD MegaSCience Forum: seed of GBIF…", "CoL Checklist: 165 data sources", "Expert Consortium: RBINS" (the text
# writes "expert") are the talk's lead-ins
PRESENTED_NAME_WORD = re.compile(rf"(?:[{_UP}][a-zß-öø-ÿ’'\-]{{1,30}}|[{_UP}]\.?|{_PART})")
# the lines right above a presenter field that are its talk's title (and the session's heading over it): at most this
# many such lines, each a heading of its own (no final stop), end the talk before them
PRESENTED_TITLE_LINES = 2
PRESENTED_TITLE_WORDS = 16  # words such a title line may have

# an embedded tweet's signature, as a blog post stripped of its markup keeps it: a dash, the author's display name, the
# handle in brackets and the date, at the end of a line ("— Juan Lopez (@JuanLopezVi) 9 de noviembre de 2016",
# "— gerardsans (@gerardsans) 7 Décembre 2015", "— Jane Roe (@janeroe) November 9, 2016"); the tweet's words are
# the author's, the signature nobody's
_TWEET_MONTH = (r"(?:jan|feb|fév|fev|mar|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|août|aou|ago|sep|oct|nov|dec|déc|dic|ene|"
                r"janv|févr)[a-zéû]{0,7}\.?")
TWEET_SIGNATURE = re.compile(rf"""(?:^|\s)[—–]\s*(?P<who>[^\s()@—–][^()\n@—–]{{0,60}}?)\s*\(@\w{{1,30}}\)\s*
    (?:\d{{1,2}}\s+(?:de\s+)?{_TWEET_MONTH}\s+(?:de\s+)?\d{{4}} | {_TWEET_MONTH}\s+\d{{1,2}},?\s+\d{{4}})[ \t]*$""",
                             re.X | re.I | re.M)
# the note-taker's own voice inside a talk's section of a report: a first-person subject ("I realized…", "We went to
# the booth", "J'ai trouvé…", "nous avons découvert…", "nosotros probamos…"); "nous" before a verb in -ons/"sommes"
# only, since "on nous a expliqué", "Ce talk nous a présenté" report the talk. Parenthesised asides are left out
# by the caller ("(I wouldn't ask my colleagues…)" inside the speaker's point), and so is a relative clause ("les
# standards que nous nous sommes fixés", "qui je dois le dire m'a paru…": the talk's point, the note-taker's words)
NOTE_TAKER = re.compile(r"""(?<![\w’'])(?<!que\s)(?<!qui\s)(?<!qu’)(?<!qu')(?<!that\s)(?<!which\s)(?<!who\s)(?<!dont\s)(?<!nous\s)
    (?: (?: I(?=\s{1,3}[a-z]|,) | I['’](?:m|ve|d|ll) | [Ww]e | [Ww]e['’](?:re|ve|d|ll) | [Jj]e | [Nn]ous\s+(?:\w+\s+)?(?:\w+ons|sommes)
          | [Yy]o | [Nn]osotr[oa]s )(?![\w’'])
      | [Jj]['’](?=\w) )""", re.X)
# the plural first person among NOTE_TAKER's subjects ("we", "we're", "nous sommes", "nosotros"): in a talk a
# presenter field opened, the presenter's side speaking, not the note-taker
PLURAL_FIRST_PERSON = re.compile(r"(?:[Ww]e(?:['’](?:re|ve|d|ll))?|[Nn]ous\s+(?:\w+\s+)?(?:\w+ons|sommes)|[Nn]osotr[oa]s)")
# the note-taker's verdict on the talk: "Nice talk, and …", "Great presentation!", "Très bon talk", "Super conférence",
# "Une très belle clôture de cette journée" (the day's closing talk)
TALK_VERDICT = re.compile(r"^\W*(?:(?:a|un|une|very|really|très|vraiment)\s+){0,2}(?:nice|great|good|excellent|awesome|amazing|interesting"
                          r"|cool|fun|inspiring|bon(?:ne)?|beau|belle|super|excellente?|intéressante?|passionnante?|chouette)"
                          r"\s+(?:talk|presentation|session|keynote|demo|conférence|présentation|intervention|charla|ponencia"
                          r"|clôture|ouverture|closing|opening|cierre|apertura)\b", re.I)  # ("Une très belle clôture de…")
# the note-taker as object or owner, or giving their view: "It's not clear to me", "kept my attention", "à mon avis",
# (English "me" after a preposition only: French "me" is "il me semble", "je me base")
# "pour ma part", "selon moi" (a talk's speaker is reported in the third person; "il me semble" is left out, talk notes
# write it for the speaker too)
NOTE_TAKER_VIEW = re.compile(r"(?<![\w’'/])(?:(?:to|for|with|about)\s+me|my|mine|myself|à\s+mon\s+avis|pour\s+ma\s+part|selon\s+moi|pour\s+moi"
                             # ("à mon sens", "de mon point de vue", "c'est mon résumé": the writer's own reading)
                             r"|à\s+mon\s+(?:sens|goût|humble\s+avis)|de\s+mon\s+point\s+de\s+vue|mon\s+(?:résumé|ressenti|impression|interprétation)"
                             r"|en\s+mi\s+opinión|para\s+mí)(?![\w’'])", re.I)
# a hard-wrapped notes line that opens on a short speaker tag or a bracketed note mark ("Noah M: do you have…",
# "NoahM: Would it…", "John C: Example of convention", "[ACTION] Releases: document…", "[Outcome] Multiple people…"):
# it starts a new line even when the line before ends without a full stop, so the tag is read as a label and the
# mark as a line of its own instead of running on in the last speaker's sentence ("versions." over "  Want to…",
# a wrapped continuation, opens on no tag)
TAG_LINE_START = re.compile(r"""^(?: \[[A-Za-z][A-Za-z ]{0,20}\]:?
    | [A-Z][a-zà-ÿ’'-]{1,20}(?:\s?[A-Z][a-zà-ÿ’'.-]{0,20}){0,2}:
    | <[A-Za-z_][\w.|`-]{0,30}> )[ \t]+\S""", re.X)  # (an IRC line pasted in scribed minutes: "<kim> when does…")
# the note-taker in the first person where Spanish drops the pronoun: the object clitic opening the sentence before a
# lower-case verb ("Me gustó muchísimo…", "Me encantó"; "Me Dupont", the French lawyer's title, has a capital after it)
# or the possessive before a word ("de mi antiguo post", "mis compañeros"; French "mi-temps" has a hyphen): a talk's
# speaker is reported in the third person, so these are the note-taker's own words. French "mis" before a preposition
# or an article is a participle ("a tout bien mis en oeuvre", "mis à jour", "mis de côté"), no possessive
NOTE_TAKER_DROPPED = re.compile(r"^\W{0,3}Me\s+(?=[a-zà-ÿ])|(?<![\w’'/-])[Mm]is?\s+(?=[a-zà-ÿ])"
                                r"(?!(?:en|à|au|aux|de|du|des|sur|par|le|la|les|l[’']|dans|sous|hors|fin)(?![\w’']))")
# the note-taker's first person where Spanish shows it only by the verb's ending: a sentence that opens (after "y",
# "también", "luego"…) on a verb in the first person singular of the preterite, -é or -í after a consonant ("Conocí la
# herramienta…", "Disfruté mucho…", "Aprendí que…") or an irregular one ("Fui a…", "Tuve que…"), before a lower-case
# word: a talk's speaker is reported in the third person (-ó, -ió). The caller checks the word is no name ("José nos
# explicó…": a speech verb, or the text writing the word with its capital after a lower-case word, "con José")
NOTE_TAKER_PRETERITE = re.compile(r"""^\W{0,3}(?:(?:y|también|además|luego|después|ya|ahí|allí|hoy|ayer)\s+)?
    (?P<verb>[a-zñáéíóúü]{2,15}[b-df-hj-np-tv-zñ](?:é|í) | fui|vi|hice|tuve|estuve|pude|quise|supe|dije|traje|puse|vine)
    (?=\s+[a-zñáéíóú¿¡"“«])""", re.I | re.X)
# words of that shape that are no verb: adverbs and nouns ("Allí se…", "Comité de…", "Café para…")
NOT_PRETERITE = frozenset(("allí", "comité", "café", "bebé", "puré", "esquí", "maniquí", "rubí", "jabalí", "bisturí",
                           "frenesí", "marroquí", "israelí", "iraquí", "canapé", "chalé", "clisé", "buró", "popurrí"))
# the note-taker's stance opening a sentence of a talk's notes ("À vrai dire, il était assez compliqué de suivre",
# "Personnellement…", "To be honest, …", "La verdad es que…", "En bonus: …"): the writer's aside, not the talk's words
NOTE_TAKER_STANCE = re.compile(r"""^\W{0,3}(?: [àa]\s+vrai\s+dire | personnellement | franchement | honnêtement
    | pour\s+être\s+honnête | en\s+bonus | to\s+be\s+honest | honestly | personally | frankly | as\s+a\s+bonus
    | la\s+verdad(?=\s*,|\s+es\s+que) | a\s+decir\s+verdad | sinceramente | personalmente | francamente )(?![\w’'])""",
                               re.I | re.X)
# the note-taker's first person inside a clause of a talk's notes, where NOTE_TAKER leaves a "que"/"that" clause alone
# (that is often the talk's point): the writer reminded of something ("Cela me rappelle…", "Ça me fait penser aux…",
# "This reminds me of…", "Esto me recuerda…"), measured against what they expected ("bien au-delà de ce que je
# pensais", "more than I expected", "más de lo que pensaba"), or giving their reason ("parce que j'avais déjà…",
# "because I had…", "porque yo…"). ("Il me semble", "que nous nous sommes fixés" stay the talk's.)
NOTE_TAKER_CLAUSE = re.compile(r"""(?<![\w’'])(?:
      (?:cela|ça|ceci|cette\s+\w+)\s+me\s+(?:rappelle|rappel|rappelait|fait\s+penser|faisait\s+penser|évoque)
    | (?:this|that|it)\s+(?:reminds|reminded)\s+me | (?:this|that|it)\s+makes\s+me\s+think
    | (?:esto|eso|ello)\s+me\s+(?:recuerda|recordó|hace\s+pensar|hizo\s+pensar)
    | (?:ce\s+)?que\s+je\s+(?:ne\s+)?(?:pensais|croyais|imaginais|supposais|m[’']attendais|m[’']imaginais)
    | than\s+I\s+(?:had\s+)?(?:thought|expected|imagined|assumed)
    | (?:de\s+)?lo\s+que\s+(?:yo\s+)?(?:pensaba|creía|esperaba|imaginaba|suponía)
    | (?:parce\s+que|puisque|bien\s+que|alors\s+que)\s+(?:je\s|j[’'])
    | (?:because|since|although|though)\s+I(?:\s|['’])
    | (?:porque|ya\s+que|aunque|puesto\s+que)\s+yo\s
    )""", re.I | re.X)
# a sentence right after the note-taker's verdict on a talk that goes on with it: it opens (after a connective at most)
# on a demonstrative or a pronoun standing for the talk or its speaker ("C'est drôle et plus efficace qu'un long
# discours", "D'ailleurs, il le maîtrise peut-être trop", "It was also very funny", "Es muy amena"); one with a speech
# verb is the talk's again ("Il explique ensuite…")
VERDICT_GOES_ON = re.compile(r"""^\W{0,3}(?:[^\W\d_][^,;:.!?\n]{0,30},\s{1,3})?
    (?:c[’']est|c[’']était|cela|ça|il|elle|it|it[’']s|this|that|es|era|fue)(?![\w’'])""", re.I | re.X)
# a summing-up word that opens the note-taker's closing verdict ("Au final, une présentation intéressante…", "En bref,
# la présentation de X est agréable", "Overall, a great talk", "En resumen, una charla amena"): the verdict and the
# talk-as-subject forms (TALK_VERDICT, TALK_VERDICT_AFTER, TALK_SUBJECT) are read after it
SUMMING_UP_LEAD = re.compile(r"""^\W{0,3}(?:au\s+final|en\s+bref|bref|en\s+somme|en\s+résumé|globalement|finalement
    | overall | all\s+in\s+all | in\s+short | in\s+the\s+end | all\s+told | en\s+resumen | en\s+definitiva | en\s+suma
    | al\s+final | en\s+general)\s*,\s*""", re.I | re.X)
# the note-taker's verdict opening a sentence of a talk's notes, on the talk or on its subject ("Rien de vraiment nouveau
# mais une piqûre de rappel nécessaire", "Un peu court de résumer tout cela en 10min, mais…", "Dommage que…", "Nothing
# really new, but…", "A bit short for…", "Es una maravilla que alguien aporte…", "Una pena que…"): the writer's words
WRITER_VERDICT = re.compile(r"""^\W{0,3}(?: rien\s+de\s+(?:vraiment\s+|très\s+|bien\s+)?nouveau | un\s+peu\s+(?:trop\s+)?(?:court|long|rapide|dense)\b
    | dommage\s+qu | petit\s+bémol | nothing\s+(?:really\s+|very\s+)?new | a\s+bit\s+(?:too\s+)?(?:short|long|rushed|dense)\b
    | too\s+bad | (?:it[’']?s\s+)?a\s+(?:shame|pity)\s+that | nada\s+(?:realmente\s+|muy\s+)?nuevo
    | un\s+poco\s+(?:corta?|larga?|rápida?|densa?)\b | es\s+una\s+(?:maravilla|pena|lástima|gozada)\s+que
    | (?:una\s+)?(?:pena|lástima)\s+que )""", re.I | re.X)
# French "on" for the note-taker's own team, planning what to do with the talk's tool ("On envisage de l'ajouter au
# projet smart TV", "On compte l'essayer", "On va le tester chez nous"): the talk's "on" tells what one can do ("on peut
# surcharger les liens"), the team's "on" plans
TEAM_ON_PLANS = re.compile(r"""^\W{0,3}(?:(?:et|mais|donc|alors|d[’']ailleurs)\s*,?\s+)?on\s+(?:envisage|prévoit|compte|songe|aimerait|voudrait
    | va\s+(?:l[’']|les?\s+|la\s+)?(?:essayer|tester|regarder|étudier|ajouter|intégrer|adopter)
    | réfléchit\s+à | pense\s+(?:l[’']|les?\s+|la\s+)?(?:essayer|tester|ajouter|intégrer|adopter))\b""", re.I | re.X)
# the note-taker speaking to the readers in Spanish's second person plural ("Si no la conocéis podéis echar un ojo",
# "la recordáis", "Espero que toméis alguna idea"): only the writer addresses the reader (-áis/-éis with the accent is
# a vosotros verb; "jamais", "seis" carry none)
READER_ADDRESS = re.compile(r"(?<![\w’'])[a-zñ]{1,20}(?:áis|éis)(?![\w’'])")
# a talk's section whose heading gives only the title: its first sentence names the speaker, an optional
# "(Company)" or ", de l'agence X," and then a speech verb, after an optional pronoun and auxiliary ("Jean Dupont
# (Société X) nous présente…", "Claire Martin, de l'agence Beta, a présenté…", "Jane Roe (Acme) explained…")
TALK_INTRO = re.compile(rf"""\s*(?P<who>{_TALK_NAME})
    (?:\s*\([^)\n]{{1,80}}\) | \s*,[^,\n]{{1,80}},)?
    \s+(?:(?:nous|nos|us|lui|leur|les)\s+)?(?:(?:a|ont|has|have|had|ha|han)\s+)?(?=\S)""", re.X)
# or names the speaker after "talk by", "présenté par", "donné par notre cher" (two lower-case words at most between)
TALK_INTRO_BY = re.compile(rf"(?<![\w’'])(?:{TALK_BY})\s+(?:[a-zà-ÿ]+\s+){{0,2}}(?P<who>{_TALK_NAME})")
# inside a talk's section, the line that introduces its speaker ("Le deuxième talk a été donné par X"): the
# note-taker's, any two words between, the name as the resolver reads names
TALK_GIVEN_BY = re.compile(rf"(?<![\w’'])(?:{TALK_BY})\s+(?:\w+\s+){{0,2}}({NAME_RE})")


# --- minutes in reported prose: resolutions, unnamed members, attestation, attendance tables ------------------------
# a resolution's formula opens its paragraph ("RESOLVED, that…", "BE IT RESOLVED", "LE CONSEIL DÉCIDE :", "SE ACUERDA:"):
# the whole paragraph is the record's text, nobody's words (capitals: the formula, not "resolved" in a sentence)
RESOLUTION_START = re.compile(r"""^[ \t]*(?: (?:IT\s+(?:IS|WAS)\s+|BE\s+IT\s+(?:FURTHER\s+)?)?RESOLVED\b | Resolved\s*[:,]
    | (?:LE\s+CONSEIL(?:\s+MUNICIPAL)?\s*,?\s*)?(?:D[ÉE]CIDE|D[ÉE]LIB[ÈE]RE|ARR[ÊE]TE)\s*[:,]
    | (?:SE\s+)?(?:ACUERDA|RESUELVE)\s*[:,] | SE\s+ACUERDA\b )""", re.X | re.M)
# the line that announces a resolution ("the following resolution was passed:", "la délibération suivante est adoptée",
# "se aprueba el siguiente acuerdo"): the record's, not the last speaker's
RESOLUTION_INTRO = re.compile(r"""(?<![\w’'])(?: the\s+following\s+(?:\w+\s+)?resolutions?
    | (?:la|les)\s+(?:r[ée]solution|d[ée]lib[ée]ration)s?\s+suivantes? | (?:la|las)\s+siguientes?\s+resoluci(?:ón|ones)
    | (?:el|los)\s+siguientes?\s+acuerdos? )(?![\w’'])""", re.I | re.X)
# a resolution of another, dated meeting that a speaker recounts ("At the Australian-New Zealand Conference in November,
# 1944, the following resolution was adopted:-"): a year before the words that introduce it; the record's own resolution
# goes undated ("The following resolution was passed:")
RECOUNTED_RESOLUTION = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)[^.;:]{0,120}?(?:the\s+following|suivantes?|siguientes?)", re.I)
# someone the minutes leave unnamed on purpose, as the subject ("A board member asked whether…", "Un membre du bureau
# demande…", "Un miembro sugiere…", "Alguien piensa que…"): nobody the reader can cite, and a "He" after it is them
UNNAMED_MEMBER = re.compile(r"""^\s*(?:(?:Then|Later|Also|Puis|Ensuite|Luego|Después|Entonces|Y|Pero)\s*,?\s+)?
    (?: (?:an?|one|another)\s+(?:board\s+|committee\s+|council\s+)?(?:member|director|trustee)
      | (?:un|une)\s+(?:autre\s+)?(?:membre|administrat(?:eur|rice)|conseill(?:er|ère)|élue?)(?:\s+du\s+(?:conseil|bureau|comité))?
      | (?:un|una|otro|otra)\s+(?:miembro|consejer[oa]|concejal[a]?|soci[oa]|vocal)(?:\s+de\s+la\s+(?:junta|comisión))?
      | alguien(?:\s+más)? | someone(?:\s+else)? | quelqu[’']un(?:\s+d[’']autre)? )\s+(?:(?:also|then|aussi|también)\s+)?""",
    re.I | re.X)
# a first-person attestation that closes minutes, right above the signer's name ("This being a true and accurate record
# … is attested to and signed by me below.", "Je soussignée … certifie…", "Doy fe", "certifico que…")
ATTESTATION = re.compile(r"""(?<![\w’'])(?: signed\s+by\s+me | attested\s+to | I\s+(?:hereby\s+)?certify | je\s+soussign[ée]e?
    | certifi[ée]e?\s+(?:exact|conforme)\s+par\s+moi | doy\s+fe | certifico | (?:yo|la|el)\s+suscrit[oa] )(?![\w’'])""",
    re.I | re.X)
# a signature line under an attestation: "/s/ Jane Roe", "(signé) Jane Roe", "Fdo.: Jane Roe", or the name alone
SIGNED_NAME = re.compile(r"^\s*(?:/s/|\(sign[ée]e?\)|\(firmado\)|Fdo\.?:?|Signed:?|Sign[ée]e?\s*:)?\s*(?P<name>[^\W\d_][^\d,;:()]{2,60}?)\s*$")
# an attendance table's cells saying whether someone attended ("Yes\tNo\tJane Roe\tACME"): the row's name is a participant,
# present when any cell says so
ATTENDANCE_MARK_YES = frozenset({"yes", "y", "oui", "si", "present", "presente", "attended", "✓", "✔"})
ATTENDANCE_MARK_NO = frozenset({"no", "n", "non", "absent", "absente", "ausente", "excused", "excuse", "excusee", "apologies"})
# a members table with no header, "Chris Ferris | IBM | Yes" a row (`minutes.read_marked_rows`): rows it needs
MARKED_ROWS_MIN = 3
# a nick glued from a given name and the surname's initial ("NoahM", "AlexT", "MaríaG"): the one listed person with that
# given name and initial
GLUED_INITIAL = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]{2,30})([A-ZÀ-Ý])$")
# an attendance table written in columns ("Name  Company/Project/Role  Attendance" over "Jane Roe  Acme / SW Eng  In
# person", cells apart by a tab, two spaces or more, or a pipe): the header row's first cell is one of these words, and
# each row's first cell is a person (folded)
NAME_COLUMN = frozenset(fold(w) for w in (
    "name", "names", "full name", "attendee", "attendees", "participant", "participants", "member", "members", "person",
    "nom", "noms", "nom complet", "prénom nom", "participante", "participantes", "membre", "membres", "personne",
    "nombre", "nombres", "nombre y apellidos", "asistente", "asistentes", "miembro", "miembros", "persona",
))
# the header cell of an attendance table's column that says who came ("Name | Attendance | Role | Voting Seat (Y/N)"):
# where the header gives one, only that column's "No" marks the person absent, not a "N" in another yes/no column
ATTENDANCE_COLUMN = frozenset(fold(w) for w in (
    "attendance", "attended", "present", "presence", "présence", "présent", "présents", "asistencia", "asistió",
    "presente", "presentes",
))
# a nickname in quotation marks inside a full name ("Terence ‘Tex’ McCutcheon", 'Robert "Bob" Smith')
QUOTED_NICK = re.compile(r"[‘'“\"][A-ZÀ-Ý][\w-]{0,20}[’'”\"]")
TABLE_CELL_GAP = re.compile(r"\t|[^\S\n]{2,40}|[^\S\n]{0,8}\|[^\S\n]{0,8}")
TABLE_RULE_ROW = re.compile(r"^[\s|:+=-]{3,400}$")  # "|---|:---|", "----  -----": the rule under a header
# attendance written in a sentence by those who attend at the board's invitation: "Present at the invitation of the
# Board was X, Executive Director, and Y, Treasurer", "Also present were X and Y", "Étaient également présents : …";
# and a council's members run in after the record's first sentence, up to the sentence's end ("Bajo la presidencia
# del Dr. X. Concejales presentes: A, B y C. Ausente: …", "Chaired by X. Councillors present: A, B and C.",
# "Conseillers présents : A, B et C."): at a line's start such a heading is an attendance line (`ATTENDANCE`)
PRESENCE_SENTENCE = re.compile(r"""(?:^|(?<=[.\n]\s)|(?<=\n))[ \t]{0,4}(?: (?:also\s+)?present(?:\s+at\s+the\s+invitation\s+of\s+the\s+\w+)?\s+(?:was|were)
    | (?:[ée]tai(?:en)?t\s+(?:[ée]galement\s+)?pr[ée]sente?s?|assistai(?:en)?t\s+[ée]galement) | (?:asistieron|estuvieron\s+presentes)(?:\s+tambi[ée]n)?
    | (?<=\.[ \t])(?:concejal[ea]s|consejer[oa]s|miembros|members|councill?ors|conseill[eè]res|conseillers|membres)
      [ \t]{1,3}(?:presentes|present|pr[ée]sente?s)[ \t]{0,3}: )
    \s*:?\s+""", re.I | re.X)
# words of a title written after a name in such a sentence ("X, Executive Director, Y, Treasurer of …"): the title, not
# another person
APPOSED_TITLE_WORDS = frozenset(fold(w) for w in (
    "director", "directora", "directeur", "directrice", "executive", "ejecutivo", "ejecutiva", "exécutif", "exécutive",
    "treasurer", "trésorier", "trésorière", "tesorero", "tesorera", "secretary", "secrétaire", "secretario", "secretaria",
    "chair", "chairman", "chairwoman", "chairperson", "president", "président", "présidente", "presidente", "presidenta",
    "manager", "gérant", "gérante", "gerente", "officer", "counsel", "avocat", "avocate", "abogado", "abogada", "head",
    "coordinator", "coordinateur", "coordinatrice", "coordinador", "coordinadora", "vice", "deputy", "general", "général",
    "générale", "of", "de", "du", "del"))

# --- conference notes written as a blog post (session 6) ----------------------------------------------------------
_TALK_NOUNS = (r"keynote|talk|presentation|session|workshop|lecture|conférence|présentation|intervention|atelier"
               r"|plénière|charla|ponencia|conferencia|presentación|sesión|taller|plenaria")
# a talk's heading that names its speaker after the talk's kind: "La keynote de Bruno Martin", "The keynote by Jane
# Roe", "La ponencia de Ana Gil" (the title-first form, "Title, par X", is TALK_HEADING)
TALK_OF_HEADING = re.compile(rf"^\s*(?i:(?:(?:la|le|l[’']|the|el|una?|a)\s*)?(?:(?:first|second|third|opening|closing"
                             rf"|première|seconde|deuxième|dernière|primera|segunda|última)\s+)?(?:{_TALK_NOUNS})s?"
                             rf"\s+(?:de|d[’']|du|of|by|par|del|por))\s*(?P<who>{_TALK_NAME})\s*$")
# a byline under a talk's heading: the note-taker's name(s) on a line of their own ("Florence Martin", "Claude Roux et
# Florence Martin", "by Jane Roe & John Doe"), not the speaker's words
BYLINE = re.compile(rf"^\s*(?:(?:par|by|por|notes?\s+(?:de|by|por))\s+)?{_TALK_NAME}"
                    rf"(?:\s*(?:,|&|\bet\b|\band\b|\by\b)\s*{_TALK_NAME}){{0,3}}\s*$")
BYLINE_MAX_CHARS = 120  # a byline is short; longer lines are not read as one (and the pattern never runs on them)
# the note-taker's verdict with the noun first: "Keynote intéressante mêlant…", "Une présentation très intéressante
# mais…", "A talk worth seeing", "Una charla muy interesante"
TALK_VERDICT_AFTER = re.compile(rf"^\W*(?:(?:a|an|the|this|un|une|cette|ce|la|le|una|esta|la)\s+)?(?:{_TALK_NOUNS})\s+"
                                r"(?:(?:très|vraiment|fort|plutôt|assez|plus|very|really|quite|more|muy|realmente|bastante|más)\s+)?"
                                r"(?:intéressante?|passionnante?|riche|excellente?|réussie?|inspirante?|instructive?|drôle|théorique"
                                r"|interesting|great|excellent|inspiring|worth\s+\w+|engaging|insightful|funny|theoretical"
                                r"|interesante|excelente|inspiradora|amena|genial|divertida|teórica)\b"
                                # or the talk ranked among the day's: "Sans doute l'une des présentations les plus
                                # intéressantes", "One of the best talks of the day", "Una de las charlas más…"
                                rf"|^\W*(?:(?:sans\s+doute|probablement|probably|sin\s+duda)\s+)?(?:l['’]une?|one|una|uno)\s+"
                                rf"(?:des|of\s+the|de\s+las|de\s+los)\s+(?:(?:most|best)\s+(?:\w+\s+)?)?(?:{_TALK_NOUNS})s?"
                                r"\s+(?:les\s+plus|más|of\s+the)\b", re.I)
# the writer thanking someone by name at the head of a sentence: "Un grand merci à Gaël qui…", "Merci Romain pour ce
# partage", "Big thanks to Jane for…", "Muchas gracias a Nuria por…": in a report, thanks to the speaker whose talk
# it tells are the writer's, not the speaker's words (the name is read from group "who")
THANKS_TO = re.compile(rf"""^\W{{0,3}}(?i:
      (?:(?:un|a)\s+)?(?:(?:très|vraiment|really|very)\s+)?(?:(?:grand|gros|énorme|immense|big|huge|special|heartfelt)\s+)?
        (?:merci|thanks|thank\s+you)(?:\s+(?:beaucoup|encore|again|so\s+much|very\s+much))?\s*,?\s*(?:(?:à|to)\s+)?
    | (?:(?:muchas|mil|muchísimas)\s+)?gracias(?:\s+de\s+nuevo)?\s*,?\s*(?:a\s+)?
    )(?P<who>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})""", re.X)
# a line pointing the reader to someone's account, as write-ups close each talk: a verb of following, then a handle
# or a link ending the sentence ("Pour suivre Nina, ça se passe par là : @nlapalice", "… à suivre ici : @scribissimo",
# "Follow Jane on Mastodon: @jane@hachyderm.io", "Podéis seguirla en Twitter: @anagil"): the writer's, nobody's words
FOLLOW_VERB = re.compile(r"(?<![\w’'])(?:suivre|suivez|follow|seguir|seguidl[aeo]s?|seguirl[aeo]s?|sigue|síguel[aeo]s?|sigan)(?![\w’'])",
                         re.I)
FOLLOW_TARGET = re.compile(r"(?:@[\w.@-]{2,80}|https?://\S{1,300}|www\.\S{1,300})(?:[ \t]+(?:et|and|y|&|,)[ \t]+@[\w.@-]{2,80}){0,3}"
                           r"[ \t]*[.!)]?[ \t]*$")
# a pointer to material put online, not the talk's content: "Un article … est en ligne sur le site de X", "les
# oeuvres ont été mises en ligne", "The slides are available online", "Las diapositivas están en línea"
ONLINE_POINTER = re.compile(r"(?<![\w’'])(?:est|sont|seront|été|mise?s?|is|are|was|were|been|be|put|posted|uploaded"
                            r"|está|están|estarán|fue|fueron|puest[oa]s?|subid[oa]s?|publicad[oa]s?)"
                            r"\s+(?:[\w’']+\s+){0,2}?(?:en\s+ligne|online|en\s+l[íi]nea)(?![\w’'])", re.I)
# the talk itself as the subject, with no speech verb in the sentence: the note-taker tells about the talk ("La
# présentation a duré 4h", "Cette série de sessions s'appuie sur…", "The session ran long", "La charla duró una hora");
# ("La keynote de X nous a présenté…" has a speech verb: the talk says it, the speaker does)
TALK_SUBJECT = re.compile(rf"^\W*(?:la|le|l[’']|les|cette|cet|ce|ces|the|this|these|la|el|esta|este|estas)\s*"
                          rf"(?:[\w’'-]+\s+){{0,2}}?(?:{_TALK_NOUNS})s?(?![\w’'])", re.I)
# verbs that tell what a talk covers, with the talk as subject ("The talk covered…", "La présentation a porté sur…",
# "La charla abordó…"): the talk's content, the speaker's (other speech verbs count too: SPEECH_VERB)
TALK_CONTENT_VERB = re.compile(r"(?<![\w’'])(?:covers|covered|focuse[sd]\s+on|focused\s+on|walks?\s+through|walked\s+through"
                               r"|explores|explored|addresses|addressed|deals\s+with|dealt\s+with|goes\s+through|went\s+through"
                               r"|porte\s+sur|portait\s+sur|a\s+porté\s+sur|traite|traitait|a\s+traité|se\s+concentre|s[’']est\s+concentrée?"
                               r"|explore|a\s+exploré|passe\s+en\s+revue|a\s+passé\s+en\s+revue"
                               r"|aborda|abordó|trata|trató|se\s+centra|se\s+centró|repasa|repasó|analiza|analizó|explora|exploró"
                               r"|recorre|recorrió)(?![\w’'])", re.I)
# where a relative clause starts: what follows is not the main clause ("… la méthode que X a exposée")
# (the elided "qu'" runs into its next word: "d'autant plus intéressante qu'il montre…" cuts at "qu'")
RELATIVE_CUT = re.compile(r"(?<![\w’'])(?:(?:que|qui|dont|which|that|who|whom|quien|quienes|cual)(?![\w’'])|qu[’'](?=\w))", re.I)
# two people joined as one subject ("Petr Viktorin and Victor Stinner presented…", "Ana et Léo expliquent…"): the
# sentence is not one person's words
NAME_JOIN = re.compile(r"\s*,?\s*(?:and|et|y|e|&)\s+", re.I)
# the same join inside what a talk's byline gives as one name ("por Salvador Folgado y Jordi Borja", "par Ana Gil et Léo
# Roy", "by Jane Roe and John Doe"): two people when each side has two words or more ("José Ortega y Gasset" is one)
PAIR_JOIN = re.compile(r"[^\S\n]{1,4}(?:y|et|and|&)[^\S\n]{1,4}")
# the same join, Spanish "e" (before "I"/"Hi") too, inside a run of capitalised words that may be two full names
# ("Rodrigo Hernández Escalante e Itzcoatl Merino Gonzalez discutieron…"): each side is read as a name of its own
PAIR_JOIN_ANY = re.compile(r"[^\S\n]{1,4}(?:y|e|et|and|&)[^\S\n]{1,4}")
PAIR_JOIN_END = re.compile(r"[^\S\n]{1,4}(?:y|e|et|and|&)[^\S\n]{1,4}$")  # the same join ending a run's head
# the same joins in a name read after "Según"/"Selon" ("Según Ana Gil y Pedro Ruiz, …": two people)
NAMES_JOIN = re.compile(r"\s+(?:y|e|et|and|&)\s+")
# the join opening an entry of an attendance list, Spanish "e" too (", and Chris Lee", "e Inés Roe"): no part of the name
ENTRY_JOIN_LEAD = re.compile(r"^(?:and|et|y|e|&)\s+")
# the same without "e", spaces before allowed, in a list of the minutes' header ("…, and Claire Williams (CW)"); and the
# join inside a bullet's affiliation ("- Heather Miller, EPFL and Jo Roe": two people, no affiliation)
LIST_JOIN_LEAD = re.compile(r"^\s*(?:and|et|y|&)\s+")
LIST_JOIN_INSIDE = re.compile(r"\s(?:and|et|y|&)\s")
# an English possessive after a name ("Petr's", "Victor’s"): not part of the name
POSSESSIVE_S = re.compile(r"['’]s$")
# the writer's gloss of a term the sentence before just named: "Argument Clinic is a tool maintained by…", "The
# Limited C API is a subset of…", "Le Lean Office est une méthode…", "El Scrum es un marco…" (the term's words start
# with capitals; the caller checks the previous words of the paragraph name it)
DEFINITION = re.compile(r"^\W*(?:(?:the|le|la|l[’']|el)\s*)?(?P<term>[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){0,4})"
                        r"\s+(?:is|are|est|sont|es|son)\s+(?:(?:a|an|the|un|une|le|la|una|el)\s+|one\s+of\b)", re.I)
PRONOUN_TERMS = {"it", "this", "that", "these", "those", "he", "she", "they", "il", "elle", "ils", "elles", "ce", "cela",
                 "ceci", "celui", "celle", "esto", "eso", "ello", "él", "ella", "ellos", "ellas", "este", "esta"}
DEFINITION_LOOKBACK = 400  # characters of the paragraph before a gloss where its term must be named
# someone's reported point as the subject: "Petr's plan was to…", "Jane's answer is that…" (English possessive,
# then the noun, then a copula and what the point is), "La proposition de X est de…", "La respuesta de X fue que…"
_POINT_NOUNS = (r"plan|answer|reply|response|point|view|argument|proposal|suggestion|position|opinion|conclusion|idea"
                r"|recommendation|concern|proposition|réponse|idée|avis|point\s+de\s+vue|recommandation|propuesta"
                r"|respuesta|idea|opinión|postura|posición|sugerencia|conclusión|recomendación")
POINT_OF_AFTER = re.compile(rf"['’]s\s+(?:[a-z]+\s+)?(?:{_POINT_NOUNS})\s+(?:was|is|had\s+been|has\s+been)\s+(?:to|that)\b")
# an English possessive right after a name, its noun following: "Mr. Reid’s salary was reported…", "Petr’s slides
# showed…": the noun is the verb's subject, the named person only its owner (a contraction's verb right after the
# "’s", "Petr’s said…", is not a possessive)
POSSESSOR_AFTER = re.compile(r"['’]s[ \t]+(?!(?:said|asked|told|noted|added|explained|suggested|mentioned|proposed)\b)[^\W\d_]")
POINT_OF_BEFORE = re.compile(rf"^\W*(?:la|le|l[’']|el)\s*(?:{_POINT_NOUNS})\s+(?:de|d[’']|del)\s*$", re.I)
POINT_OF_VERB = re.compile(r"\s*(?:est|était|fut|es|era|fue)\s+(?:de|d[’']|que|qu[’'])", re.I)
# a role noun right before a name at a sentence's start, without article: "PyO3 maintainer David Hewitt asked…",
# "Core developer Jane Roe noted…" (the French and Spanish title takes an article: TITLE_SLOT)
ROLE_NOUN_SLOT = re.compile(r"^\W*(?:[A-Z][\w.+-]*\s+){0,2}(?:maintainer|developer|author|creator|co-?founder|founder"
                            r"|engineer|researcher|contributor|member|lead|chair|maintainers?|CEO|CTO)\s+$"
                            # an elected office before the surname, as council minutes write a member: "Councilor
                            # Callahan requested…", "Senator Roe asked…", "Vice Mayor Doe noted…"
                            r"|^\W*(?:(?:Vice|Deputy)[\s-])?(?:Council(?:l)?or|Councilmember|Senator|Alderman|Alderwoman"
                            r"|Alderperson|Commissioner|Supervisor|Trustee|Mayor)\s+$")
# a group or unnamed others as the subject of a speech verb: "Others noted that…", "D'autres participants ont
# souligné…", "Otros señalaron…", "Some attendees asked…": nobody named speaks; so do some of a board's members, after
# an opening phrase or not ("Several board members objected…", "While on the topic, some members requested…")
OTHERS_SUBJECT = re.compile(r"^\W*(?:[^\W\d_][^,.;:!?\n]{0,40},\s{1,3})?"
                            r"(?:others|some\s+(?:others|attendees|participants|people)|several\s+(?:attendees|participants|people)"
                            r"|(?:some|several|many|most|a\s+few|a\s+number\s+of)\s+(?:(?:of\s+the\s+)?(?:board|committee|council)\s+)?"
                            r"(?:members|directors|trustees)"
                            r"|d[’']autres(?:\s+participants)?|certains\s+participants|plusieurs\s+participants"
                            r"|otr[oa]s(?:\s+participantes)?|algunos\s+participantes|varios\s+participantes)\s+(?:(?:also|aussi|también|ont|have|had)\s+)?", re.I)
# their verb, in the plural where the language has one ("noted", "ont souligné", "señalaron")
OTHERS_VERB = re.compile(r"(?:señalaron|dijeron|preguntaron|comentaron|indicaron|observaron|propusieron|plantearon|sugirieron"
                         r"|respondieron|añadieron|destacaron|expresaron|opinaron|soulignent|disent|estiment|pensent|notent"
                         r"|remarquent|demandent|proposent|suggèrent|ajoutent)(?![\w’'])", re.I)
# the room as a whole reacting: "There was enthusiastic agreement from the room…", "The audience applauded",
# "Il y a eu un large consensus dans la salle", "Hubo acuerdo general en la sala": nobody's words
ROOM_REACTION = re.compile(r"^\W*(?:there\s+(?:was|were)\s+(?:[\w-]+\s+){0,3}?(?:agreement|consensus|support|applause|laughter"
                           r"|enthusiasm|disagreement|pushback|interest|debate|discussion)"  # "There was heated debate on…"
                           # nobody answered, or the room discussed: "There was no response from the members of the public",
                           # "A discussion ensued as to…", "Une discussion s'engage…", "Se abre un debate…"
                           r"|there\s+(?:was|were)\s+no\s+(?:[\w-]+\s+)?(?:response|responses|reply|replies|comments?|questions?|objections?)"
                           r"|a\s+(?:[\w-]+\s+)?discussion\s+(?:ensued|followed|took\s+place)"
                           r"|there\s+(?:followed|ensued)\s+(?:[\w-]+\s+){0,3}?(?:debate|discussion)"  # "There followed some debate…"
                           # what the members said back, or what came of the talk: "Feedback from board members was
                           # quite positive…", "One element of clarity that emerged from the discussion was…"
                           r"|(?:the\s+)?(?:feedback|comments|reactions|input|responses?)\s+from\s+(?:the\s+)?(?:other\s+)?"
                           r"(?:(?:board|committee|council)\s+)?(?:members|directors|trustees|attendees|participants|audience|room)\b"
                           r"|(?:[\w-]+\s+){1,6}?(?:that|which)\s+(?:emerged|came\s+out)\s+(?:from|of)\s+the\s+(?:discussion|debate|conversation)\b"
                           r"|une\s+(?:[\w-]+\s+)?discussion\s+(?:s[’']engage|s[’']ensuit|a\s+lieu|s[’']est\s+engag[ée]e)"
                           r"|se\s+(?:abre|abri[óo]|produce|produjo|genera|gener[óo])\s+(?:un\s+)?(?:debate|intercambio)"
                           r"|il\s+y\s+(?:a\s+eu|avait)\s+(?:[\w-]+\s+){0,3}?(?:accord|consensus|applaudissements|rires|enthousiasme|désaccord)"
                           r"|hubo\s+(?:[\w-]+\s+){0,3}?(?:acuerdo|consenso|aplausos|risas|entusiasmo|desacuerdo)"
                           r"|(?:the\s+(?:room|audience)|la\s+salle|le\s+public|la\s+sala|el\s+público)\s+(?:\w+\s+)?"
                           r"(?:agreed|applauded|laughed|approuve|a\s+approuvé|applaudit|a\s+applaudi|aplaudió|aprobó))\b", re.I)
# the writer's closing judgement: "Overall, the work … was well received.", "Dans l'ensemble, …", "En resumen, …"; and
# the writer drawing the event's conclusions: "Una de las conclusiones más compartidas fue…", "Another of the event's
# takeaways was…", "L'une des conclusions de la journée…" (the event's, not the last speaker's)
WRITER_CLOSING = re.compile(r"^\W*(?:(?:overall|all\s+in\s+all|in\s+conclusion|to\s+conclude|in\s+summary|dans\s+l[’']ensemble"
                            r"|en\s+conclusion|en\s+résumé|en\s+resumen|en\s+conclusión|en\s+definitiva|en\s+suma)\s*,"
                            r"|(?:una|otra|one|another|l[’']une|une\s+autre)\s+(?:de\s+las|of\s+the|des)\s+(?:[\w’']+\s+){0,2}?"
                            r"(?:conclusiones|conclusions|takeaways|lecciones|lessons|leçons)\b)", re.I)
# the words a narrator quotes, then whose they are: "“no maleables” en palabras de X", "(en palabras de X)", "…? fue la
# pregunta de X", "in the words of X", "selon les mots de X", "…, was X's question": X is the sentence's speaker
# a quotation, then its speaker after an inverted verb of saying: '"I don't think we can relicense," said Adriaan.',
# '« Il faut voter », a dit X.', '« … », explique X', '"No hay plazo", dijo X.', '… —afirmó X': X is the speaker
SAID_AFTER_QUOTE = re.compile(r"""[”"»]\s*,?\s*[—–]?\s*(?: said|says|asked|asks|added|adds|wrote|writes|replied|explained|noted
    | a\s+dit|dit|a\s+expliqué|explique|a\s+ajouté|ajoute|a\s+répondu|répond|a\s+précisé|précise
    | dijo|dice|afirmó|afirma|añadió|añade|explicó|explica|señaló|señala|respondió|responde )\s+$""", re.I | re.X)
# quoted words and a one-word name that wrote or said them, in minutes that do not list that person ('Sam wrote, "It is
# concerning…"', '"This is concerning…," wrote Sam.', 'Ana escribió: «…»', 'X a écrit : « … »'): the name speaks
_QUOTE_VERBS = (r"(?:wrote|writes|said|says|added|replied|asked|a\s+écrit|écrit|a\s+dit|dit|a\s+ajouté|ajoute|escribió|escribe"
                r"|dijo|dice|añadió)")
QUOTED_BY_BEFORE = re.compile(rf"^\s*(?P<name>[{_UP}][a-zà-ÿ]{{2,30}})\s+{_QUOTE_VERBS}\s*[,:]\s*[“\"«]")
# minutes that quote a member's own words as the sentence's predicate, no verb of saying: 'Guillaume "soignera sa
# maniaquerie" dans les commits', 'Ana «revisará el acta» antes del lunes', 'Sam "will look into it" next week': a first
# name opens the line, then a quotation opening on a lowercase word of two or more (a nickname between a given name and
# a surname, 'Robert "Bob" Smith', opens on a capital; a quoted title, 'Django "Girls"', too)
QUOTED_PREDICATE = re.compile(rf"^\s*(?P<name>[{_UP}][a-zà-ÿ]{{2,30}})\s+[“\"«]\s?[a-zà-ÿ][^“”\"«»\n]{{0,200}}?\s[^“”\"«»\n]{{1,200}}?[”\"»]")
QUOTED_BY_AFTER = re.compile(rf"[”\"»]\s*,?\s*[—–]?\s*{_QUOTE_VERBS}\s+(?P<name>[{_UP}][a-zà-ÿ]{{2,30}})\s*[.!?]?\s*$")
# the end of a sentence right after that speaker's name (or an apposition after a comma)
SAID_AFTER_END = re.compile(r"^\s*(?:[.!?]|,|$)")
WORDS_OF = re.compile(r"""(?<![\w’'])(?: (?:en|según|con)\s+(?:las\s+)?palabras\s+de | fue\s+la\s+(?:pregunta|respuesta|propuesta)\s+de
    | in\s+the\s+words\s+of | (?:was|were)\s+the\s+(?:question|answer|proposal)\s+(?:of|from) | selon\s+les\s+(?:mots|termes)\s+de
    | ^\W*(?:a|one|another)\s+(?:comment|remark|question|suggestion|observation)\s+from    # "One comment from X triggered…"
    | pour\s+reprendre\s+les\s+(?:mots|termes)\s+de | (?:a\s+)?[ée]t[ée]\s+la\s+(?:question|r[ée]ponse|proposition)\s+de )\s*$""",
    re.I | re.X)
# an impersonal or passive main clause opening the sentence: the group's talk, nobody's in particular ("Se habló de…",
# "Entonces se propone que…", "Sobre X se dijo que…", "On discute de…", "It was suggested that…"); a few leading words
# (a connective, a topic) may come first
IMPERSONAL = re.compile(r"""^\s*(?:●\s*)?(?:[^.;:\n]{3,120}:\s+)?  # a machine summary's topic first: "● Moneda de la Proforma: Se determinó…"
    (?:[^\s,.;:]+\s+){0,4}?(?:[^,.;:]{1,40},\s*)?(?:
      (?:aquí\s+|ahí\s+|no\s+|también\s+|luego\s+)?se\s+(?:(?:ha|han|había|habían)\s+)?  # (the perfect: "Se ha insistido en…")
        (?:habl|dij|dic|mencion|propon|propus|propuso|sugi|pens|plante|coment|dialog
        |discut|insist|critic|juzg|opin|pregunt|respond|acord|decid|concluy|tuvo\s+la\s+noticia|hizo\s+la\s+observaci
        |determin|confirm|aclar|estableci|defini
        |lleg[óo]\s+a|demostr|tir[óa]ron\s+sobre\s+la\s+mesa|realiza\w*\s+(?:algunas\s+)?cr[íi]ticas)[a-záéíóúñ]*
    | on\s+(?:a\s+|n[’']a\s+|en\s+)?(?!(?:not|rappell|soulign)er(?:a|ait)\b)   # "On notera que…": a remark to the reader, the speaker's
        (?:discut|parl|évoqu|propos|sugg|rappel|dit|soulign|not|abord|décid|convien|conclu)\w*  # ("On en conclut que…")
    # a discussion as the subject after its verb: "Ensuite s'engage une longue discussion sur…", "S'ensuit un débat…",
    # "Se entabla un debate…"
    | (?:s[’']engage|s[’']ensuit|s[’']ouvre|se\s+entabla|se\s+abre)\s+(?:alors\s+|ensuite\s+|luego\s+)?(?:une?|un)\s+(?:\w+\s+)?
        (?:discussion|débat|échange|discusi[óo]n|debate|intercambio)
    | it\s+(?:was|is)\s+(?:noted|suggested|agreed|mentioned|said|proposed|pointed\s+out|discussed|felt|decided|determined|confirmed|clarified)
    # the team as a whole: "El equipo acordó que…", "The team agreed…", "L'équipe a convenu…"
    | (?:el\s+equipo|the\s+team|l[’']équipe|el\s+grupo|the\s+group)\s+(?:(?:también|also|a)\s+)?(?:acord|plante|decid|concluy|convino
        |agreed|decided|concluded|raised|discussed|convenu|décidé|conclu)[a-záéíóúñ]*
    | (?:la|una)\s+(?:respuesta|repuesta|opinión)\s+general
    # the board as a whole: "There was general agreement that…", "There wasn't clear interest…", "The discussion was
    # inconclusive…", "Il y a eu consensus…", "La discussion a été…", "Hubo consenso…", "La discusión fue…"
    | there\s+(?:was|were|is|are)(?:n[’']t|\s+not|\s+no)?\s+(?:(?:general|broad|wide|some|further|clear|little|strong|much|brief|a|an)\s+){0,3}
        (?:agreement|consensus|discussion|interest|support|debate|disagreement|objection)s?
    | the\s+(?:discussion|debate)\s+(?:was|is|remained)
    | il\s+y\s+(?:a|a\s+eu|avait)\s+(?:un\s+)?(?:large\s+|vif\s+)?(?:consensus|accord|débat|discussion)
    | la\s+discussion\s+(?:a\s+été|est|fut|reste)
    | (?:hubo|hay)\s+(?:un\s+)?(?:amplio\s+|general\s+)?(?:consenso|acuerdo|debate|discusi[óo]n)
    | la\s+discusi[óo]n\s+(?:fue|es|qued[óo]) )(?![\w’'])""", re.I | re.X)
# a note-taker's aside in square brackets, whole sentences ("[La soirée a été retransmise en direct… Voici les grandes
# lignes des échanges]."): the writer's, not the last speaker's (a short "[inaudible]", "[risas]" is `REACTION_NOTE`)
BRACKET_ASIDE = re.compile(r"\[[^\[\]\n]{40,3000}\]")
# a topic line in reported minutes: a short line of its own, then a blank line ("Sur le lien aux partis politiques.",
# "Quel rôle pour la tête de liste ?", "On the budget."): not the words of whoever spoke last
TOPIC_LINE_MAX_WORDS = 8
# a list of topic items written "Topic: notes" one a line ("Desarrollo Social: …", "Commission finances : …"): the
# refused topics a run of such lines needs before a name-like label right under one is taken as a topic too
TOPIC_ITEMS_MIN = 2
# the record's own line in labelled minutes, a paragraph after someone's turn that no one says: the whole group as a
# label ("All: General agreement", "Tous : d'accord", "Todos: de acuerdo"), or the minutes' note on where a list came
# from ("Extracted from tsc-agenda labelled issues…", "Extrait de l'ordre du jour…", "Extraído de…")
RECORD_STATEMENT = re.compile(r"""^\s*(?:
      (?:all|everyone|everybody|tous|toutes|tout\s+le\s+monde|todos|todas|todo\s+el\s+mundo)\s*:
    | (?:extracted|taken|compiled|generated|copied|extrait|extraits|tiré|tirés|repris|extraído|extraídos|tomado|tomados)
      \s+(?:from|de|du|des|d[’'])(?![\w’'])
    # the record calling a vote: "Vote sur le fait d'ajouter…", "Vote on the amended budget", "Votación sobre la propuesta"
    | (?:vote|voting|votación|votacion)\s+(?:sur|on|sobre|concernant|regarding)(?![\w’'])
    # a motion's text as the record gives it: "Motion: That the subscription is allowed to expire…", "Moción: Que…",
    # "Résolution : Que…" (the mover, if any, is named after it)
    | (?:motion|resolution|moci[óo]n|resoluci[óo]n|r[ée]solution)\s*:\s*(?:that|que|qu[’'])(?![\w’']) )""", re.I | re.X)
# the outcome a working group's scribe writes after the turns, at any sentence's start, inside a labelled paragraph too
# ("Jana: gives the blob semantics. Consensus to factor out that part."): the room's consensus or its absence
# ("Consensus to…", "Consensus that…", "Consensus - kill it", "No consensus", "Consenso para…", "Pas de consensus"),
# a hum ("Hum for support of…", "Hums in favour"), where the talk went ("Discussion focuses on which peer…", "La
# discusión se centra en…", "La discussion porte sur…"), no resolution, a summing-up ("Tldr - client SHOULD cache"), a
# break ("Lunch break starts", "Pause déjeuner", "Pausa para el almuerzo"): the record's, not the last speaker's.
# ("Consensus is hard to reach" is a speaker's sentence: the noun needs a linking word, a dash or a colon after it)
GROUP_OUTCOME = re.compile(r"""^\s*(?:
      (?:(?:no|rough|clear|strong|general|some)\s+)?(?:consensus|consenso)
        (?:\s+(?:to|that|this|on|for|in\s+favou?r|against|was\s+reached|reached|para|sobre|en|de|pour|sur|que)(?![\w’'])|\s*[-–—:])
    | (?:pas\s+de|sin|sans)\s+(?:consensus|consenso)(?![\w’'])
    | hums?\s+(?:for|on|in\s+favou?r|against|taken|shows?|showed)(?![\w’'])
    | (?:the\s+)?discussion\s+(?:focuses|focused|centers|centres|centered|centred|turns|turned|moves|moved)\s+(?:on|to|around)(?![\w’'])
    | la\s+discusi[óo]n\s+se\s+centr[aó]\s+en | la\s+discussion\s+(?:porte|a\s+port[ée])\s+sur
    | no\s+resolution | sin\s+resoluci[óo]n | pas\s+de\s+r[ée]solution
    | tl;?\s?dr\s*[-–—:]
    | (?:lunch|coffee|afternoon|morning)\s+break(?![\w’'])
    | pause\s+(?:d[ée]jeuner|caf[ée]|midi)(?![\w’']) | pausa\s+(?:para\s+(?:el\s+)?)?(?:almuerzo|comida|caf[ée])(?![\w’'])
    # the body deciding, as the record says ("The meeting elected X as a new member", "Le bureau décide de…", "La
    # asamblea aprobó…"), and the talk that followed ("Discussion followed about…", "This caused a lively debate…")
    | (?:the|le|la|l[’']|el)\s*(?:meeting|committee|board|council|assembly|group|tc|bureau|conseil|assemblée|comité|réunion
        |asamblea|junta|comisión|comision|consejo|reunión|reunion)
      \s+(?:(?:then|also|unanimously|ensuite|alors|à\s+l[’']unanimité|luego|por\s+unanimidad)\s+)?
      (?:elected|agreed|approved|decided|resolved|voted|adopted|accepted|rejected|re-elected|endorsed
        |élit|a\s+élu|décide|a\s+décidé|approuve|a\s+approuvé|adopte|a\s+adopté|vote|a\s+voté|valide|a\s+validé
        |aprobó|aprueba|acordó|acuerda|eligió|elige|decidió|decide|votó|adoptó)(?![\w’'])
    | (?:a\s+)?(?:(?:brief|short|long|lively|lengthy|some|further|much)\s+)?discussion\s+(?:followed|ensued)(?![\w’'])
    | (?:general|broad|unanimous)\s+agreement\s+(?:that|to|on)(?![\w’'])   # "General agreement that we need…"
    # the impersonal decision ("It was resolved to object…", "It was agreed that…", "Il a été décidé de…", "Se acordó…")
    | it\s+was\s+(?:(?:then|also|unanimously|further)\s+)?(?:resolved|agreed|decided|RESOLVED)\s+(?:to|that)(?![\w’'])
    | il\s+(?:a\s+été|est)\s+(?:(?:ensuite|alors|aussi|unanimement)\s+)?(?:décidé|convenu|résolu|acté)(?![\w’'])
    | se\s+(?:acordó|acuerda|resolvió|resuelve|decidió|decide|aprobó|aprueba)(?![\w’'])
    | this\s+(?:caused|prompted|sparked|led\s+to)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:debate|discussion)(?![\w’']) )""",
                           re.I | re.X)
# the seconder of a motion, opening the sentence: "The motion was seconded by Y", "La motion est appuyée par Y", "La
# moción fue secundada por Y": the vote's record, neither Y's words nor the mover's (the mover: MOTION_MOVED_BY)
MOTION_SECONDED = re.compile(r"""^\s*(?:the|this|that|la|cette|esta)\s+(?:motion|moción|proposal|proposition|propuesta)
    \s+(?:was|is|has\s+been|est|a\s+été|fut|fue|es|ha\s+sido)\s+(?:(?:duly|also|then|ensuite|luego)\s+)?
    (?:seconded|appuyée|secondée|secundada|apoyada)(?![\w’'])""", re.I | re.X)
# a round of introductions announced before a list ("asked all participants to introduce themselves, including the
# following new board members:", "Tour de table des nouveaux membres :", "Ronda de presentaciones:"): each item that
# opens with a listed person's name is that person introducing themselves
INTRO_ROUND = re.compile(r"""(?<![\w’'])(?: introduc(?:e|es|ed|ing)\s+(?:themselves|himself|herself|yourselves|ourselves)
    | round\s+of\s+introductions | introductions\s+were\s+made | self-introductions
    | tour\s+de\s+table | (?:se\s+sont|se)\s+présenté(?:e|s|es)\b | se\s+présentent | chacun(?:e)?\s+se\s+présente
    | (?:ronda|rueda)\s+de\s+presentaciones | se\s+presentaron\s+(?:los|las)\s+(?:asistentes|participantes|miembros|consejeros)
    | cada\s+un[oa]\s+se\s+present[óa] )(?![\w’'])""", re.I | re.X)
# minutes written in the board's collective voice: a paragraph that opens with the first person plural ("Nous devons
# insister…", "We agreed to…", "Nosotros creemos…") or with the group's open question in the impersonal ("Est-il
# possible de…?", "Faut-il…?", "Is it possible to…?", "¿Es posible…?"), or whose first clause names the whole group
# ("La voluntad de todos los miembros…", "L'ensemble des membres…", "All members…") is the record's, not the last named member's
# (used at a paragraph's start, after a member's reported turn, when the paragraph names nobody speaking)
COLLECTIVE_VOICE = re.compile(r"""^\s*(?:(?:mais|donc|alors|ensuite|enfin|par\s+ailleurs|en\s+conclusion|but|so|then|finally
        |pero|entonces|además|por\s+último|en\s+conclusi[óo]n),?\s+){0,2}
    (?: (?:nous|we|nosotr[oa]s|(?:(?:no|nos)\s+)?(?:hemos|habíamos))(?![\w’'])   # ("Hemos pasado a otro tema:", "Nos
                                                     # hemos ido a cenar.": the Spanish verb alone)
      | (?:¿\s*)?(?:est-il|faut-il|peut-on|pourrait-on|devrait-on|is\s+it|should\s+we|could\s+we|can\s+we|es\s+posible
          |podemos|podr[íi]amos|deber[íi]amos)(?![\w’'])[^?\n]{0,300}\?\s*$ )
    | [^.?!:;\n]{0,60}?(?<![\w’'])(?:todos\s+los\s+(?:miembros|socios|asistentes)|todas\s+las\s+(?:personas|socias|miembros)
      |tous\s+les\s+(?:membres|participants|présents|administrateurs)|l[’']ensemble\s+des\s+(?:membres|participants)
      |(?:l[’']ensemble|la\s+totalité)\s+du\s+(?:bureau|conseil|comité|groupe)|todo\s+el\s+(?:consejo|comité|grupo|directorio)
      |all\s+(?:the\s+)?(?:members|directors|attendees|participants)|the\s+whole\s+(?:board|council|committee|group))(?![\w’'])
""", re.I | re.X)  # (or the paragraph's first clause names the whole group: "La voluntad de todos los miembros…")
# the longest paragraph a record's agenda heading may be, in words, when it has no final punctuation ("Au 50 Jourdan,
# quelles échéances + associer les habitants à la destination future du RDC" is 15)
MINUTES_HEADING_WORDS = 16
# the shortest such line that reads as the note-taker's heading after a list's turn (`attribution._item_list_heading`):
# "Gracias." or "Muy bien." on a line of its own is the speaker's
ITEM_HEADING_MIN_WORDS = 4
# in a meeting's record, the meeting's own body or a group of residents as the subject opening a paragraph ("Le CQ
# souligne…", "Le collectif d'habitants se déclare…", "Des riverains regrettent…", "L'assemblée approuve…", "The
# residents asked…", "La asamblea propone…", "Los vecinos piden…", after up to two leading clauses): the collective
# voice is nobody's, and it ends the last named person's reported speech; the French bodies' usual abbreviations in
# capitals (conseil de quartier, d'administration, comité d'entreprise, comité social et économique, assemblée
# générale). Not a commission or an association: a member presents their report ("La commission … émet un avis
# favorable", "L'association a organisé…" in the chair's report is the chair's)
BODY_SUBJECT = re.compile(r"""
    ^\s*(?:[^,.;:\n]{1,50},\s*){0,2}
    (?: (?:(?:le|la|the|el)\s+|l[’']\s*)
        (?:collectif|assembl[ée]e(?!\s+nationale)|conseil\s+de\s+quartier|copropri[ée]t[ée]
          |assembly|residents['’]?\s+association|neighbou?rhood\s+(?:council|association)
          |asamblea|junta\s+(?:directiva|vecinal)|colectivo|comunidad\s+de\s+propietarios)
      | (?:le|la)\s+(?-i:CQ|CA|CE|CSE|AG)
      | (?:les|des|certains|plusieurs|de\s+nombreux|the|some|many|several|los|las|unos|unas|algunos|algunas|varios|varias|muchos)
        \s+(?:habitant(?:e)?s|riverain(?:e)?s|locataires|copropriétaires|résident(?:e)?s|residents|neighbou?rs|tenants
          |vecin[oa]s|residentes|inquilin[oa]s|propietari[oa]s|habitantes) )(?![\w’'-])""", re.I | re.X)
# the record's passive, no agent: a paragraph whose first clause says that something "est aussi évoquée", "est
# proposée", "was raised", "fue propuesta" (by nobody named: "proposée par X" has its speaker) is the meeting's talk,
# not the last named member's (used like COLLECTIVE_VOICE, at a paragraph's start after a reported turn)
RECORD_PASSIVE = re.compile(r"""^[^.?!:;\n]{1,120}?\s(?:est|sont|a\s+été|ont\s+été|is|are|was|were|has\s+been|have\s+been|es|son|fue
        |fueron|ha\s+sido|han\s+sido)\s+(?:(?:aussi|également|ensuite|alors|also|then|briefly|también|luego|brevemente)\s+)?
    (?:évoqu|propos|discut|abord|soulev|suggér|mentionn|rappel|raised|proposed|discussed|suggested|mentioned|noted
      |propuest|discutid|plantead|sugerid|mencionad|comentad)\w{0,4}(?![\w’'])(?!\s+(?:par|by|por)\s)""", re.I | re.X)
# a conjunction right before a name ("Pero Lucio saltó diciendo…", "… y Alecu pregunta:", "Mais Anne répond…", "and Bob
# asked"): a subject too when the speech verb comes right after the name
CONJUNCTION_SLOT = re.compile(r"(?:^|\s)(?:y|e|pero|et|mais|and|but)\s+$", re.I)
# the same conjunction joining a second clause, after a word in lower case ("…, the example of Swift was used and Josh
# felt that…"): a one-word name right after it may be that clause's subject (not "Monty, Todd and Josh", a list)
CLAUSE_JOIN_BEFORE = re.compile(r"[a-zà-ÿ][\w’'-]*,?\s+(?:y|e|pero|et|mais|and|but)\s+$")
# a sentence opened by an adverb and its comma ("Briefly, Imad introduced…", "Finalmente, Carla…", "Ensuite, Paul…"):
# the capitalised word after it is capitalised as a name, not as a sentence's first word
PROPER_AFTER_ADVERB = re.compile(r"(?:^|[.!?]\s+)[A-ZÀ-Þ][a-zà-ÿ]+(?:ly|mente|ment),\s+([A-ZÀ-Þ][\w’'-]+)")
# a name the minutes' lists do not give, opening a sentence (after a lead such as "N.B. :", one or two phrases closed
# by commas, "Pour les casques, suite à quelques demandes, Jean-Luc propose…", or a LEAD_ADVERBIAL written without
# its comma, "D'autre part Vincent fait remarquer…") with its speech verb right after it ("Laurent conseille…", "Sodan avait émis des objections…", "Chris/Hello signale…", a nick with a slash; "IDS –
# Steve reported…" after an item heading and a dash), or
# after who relayed it ("Dattaz relayé par Christophe/Hello avait émis l'idée"): someone who spoke
# a given name as minutes write one alone, compound ones hyphenated ("Vincent", "Jean-Paul", "María-José")
GIVEN_NAME_WORD = rf"[{_UP}][a-zà-ÿ]{{2,30}}(?:-[{_UP}][a-zà-ÿ]{{1,30}})?"
# such a word anywhere, before the words after it (a speech verb is checked there: `attribution._speaking_names`)
GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w’'-])({GIVEN_NAME_WORD})\s+")
UNLISTED_SPEAKER = re.compile(rf"""^\s*(?:[^:\n]{{1,30}}:\s*|{_DASH_HEADING}|{LEAD_ADVERBIAL}\s+|(?:[^,.;:!?\n]{{1,60}},\s*){{1,2}})?
    (?P<name>{GIVEN_NAME_WORD}(?:/[{_UP}][\w-]{{1,30}})?)
    (?P<relay>\s+(?:relay[ée]e?|rapport[ée]e?|transmise?|relayed|reported|relayad[oa]|transmitid[oa])\s+(?:par|by|por)\s+\S{{1,40}})?
    \s+""", re.X)
# a list's bullet before such a name with its speech verb ("- Lorena nos ha hablado de…"); a bulleted item with no
# speech verb ("* Creating a form for events") is no one's doing
UNLISTED_BULLET = re.compile(r"\s*[*•▪◦-][ \t]{1,3}(?=\S)")
# between such a name and its speech verb: an object pronoun ("Iwanttobefreak nos habla de…", "Luc nous explique…"), or
# a first verb of a few lower-case words and a conjunction ("Chema quiere y propone…", "Gabriel se ha venido arriba y
# ha dicho que…", "Bob stood up and said…"): the name is still the speaker's
UNLISTED_VERB_GAP = re.compile(r"(?:(?:nos|nous|lui|leur|vous|me|te|os|le|les|us)[ \t]{1,3})?")
UNLISTED_COORDINATED = re.compile(r"(?:(?:se|nos|me|le|les)[ \t]{1,3}|s[’'])?(?:[a-zà-ÿ]{1,20}[ \t]{1,3}){1,4}?(?:y|e|et|and)[ \t]{1,3}")
# between such a name and its speech verb, the team or side the person speaks from, which introduces someone the lists
# do not give ("Dax from the sales team pointed out…", "Elena, from the engineering group, noted…", "Ana, del equipo de
# ventas, señaló…", "Luc, de l'équipe technique, précise…"): a word for a group closes it, so "Ana from Paris said"
# or "Luc de Lyon" (a place, a surname's particle) is left alone
_UNIT_WORDS = r"team|group|side|department|dept|office|lab|staff|equipo|grupo|departamento|área|area|oficina|équipe|groupe|service|pôle"
UNLISTED_SIDE_SPEAKER = re.compile(rf"""^\s*(?P<name>{GIVEN_NAME_WORD})(?:
      [ \t]{{1,3}}(?i:from|of|on)[ \t]{{1,3}}(?:(?i:the|our|their|its)[ \t]{{1,3}})?(?:[\w’'&.-]{{1,30}}[ \t]{{1,3}}){{0,3}}?(?i:{_UNIT_WORDS})(?![\w’'-])
      (?:[ \t]{{0,3}},)?[ \t]{{1,3}}
    | ,[ \t]{{0,3}}(?i:from|of)[ \t]{{1,3}}(?:(?i:the|our|their|its)[ \t]{{1,3}})?(?:[\w’'&.-]{{1,30}}[ \t]{{1,3}}){{0,3}}?(?i:{_UNIT_WORDS})(?![\w’'-])
      [ \t]{{0,3}},[ \t]{{1,3}}
    | ,[ \t]{{0,3}}(?i:del|de[ \t]{{1,3}}la|de[ \t]{{1,3}}l[’']|du|de[ \t]{{1,3}}los|de[ \t]{{1,3}}las)[ \t]{{0,3}}(?i:{_UNIT_WORDS})(?![\w’'-])
      (?:[ \t]{{1,3}}[\w’'&.-]{{1,30}}){{0,3}}?[ \t]{{0,3}},[ \t]{{1,3}}
    )""", re.X)
# the same name after its speech verb, Spanish and French putting the verb first before "que" ("Comenta Agustín que alex
# ya…", "Señala Ana que…", "Précise Luc que…"): the verb (checked by SPEECH_VERB in lower case) opens the sentence
UNLISTED_INVERTED = re.compile(rf"^\s*(?:[*•▪◦-][ \t]{{1,3}})?(?P<verb>[{_UP}][a-zà-ÿ]{{2,20}})[ \t]{{1,3}}"
                               rf"(?P<name>{GIVEN_NAME_WORD})[ \t]{{1,3}}(?:que|qu[’'])(?![\w’'])")
# a late arrival recorded by the name after its verb, closing the sentence ("Se ha incorporado Eduardo (de la comisión
# Bienvenida).", "Finalmente ha llegado Carmen.", "Llegó Ana."), within ARRIVAL_WINDOW characters before the next
# sentence; that sentence, opening on a speech verb with no subject ("Nos ha hablado de…", "Ha propuesto…": an object
# pronoun at most before the verb; not the impersonal "Se ha comentado…"), is the newcomer's (`arrivals`)
ARRIVAL_WINDOW = 160
ARRIVAL_BEFORE = re.compile(rf"""(?<![\w’'])(?i:ha\s+llegado|lleg[óo]|llega|se\s+ha\s+incorporado|se\s+incorpor[óoa])[ \t]{{1,3}}
    (?P<name>{GIVEN_NAME_WORD}(?:[ \t]{{1,3}}{GIVEN_NAME_WORD})?)(?:[ \t]{{0,3}}\([^()\n]{{0,80}}\))?[ \t]{{0,3}}\.[ \t\n]{{1,4}}$""", re.X)
NULL_SUBJECT_SPEECH = re.compile(r"[ \t]*(?:(?:Nos|Les|Le|Me|nos|les|le|me)[ \t]{1,3})?(?![Ss]e\s|[Ss][’'])(?=[A-ZÁÉÍÓÚa-záéíóú])")
# a nick written with a slash, first name or nick then the wiki or chat name ("Chris/Hello", "Christophe/Janus"): a person
SLASH_NICK = re.compile(rf"(?<![\w/])[{_UP}][a-zà-ÿ]{{1,30}}/[{_UP}][\w-]{{1,30}}(?![\w/])")
# subjects that are nobody in particular, whatever their capital at a sentence's start (folded)
INDEFINITE_SUBJECTS = frozenset(fold(w) for w in (
    "chacun", "chacune", "personne", "tous", "toutes", "certains", "certaines", "plusieurs", "aucun", "aucune",
    "everyone", "everybody", "someone", "somebody", "nobody", "each", "all", "some", "many", "several", "others",
    "todos", "todas", "cada", "nadie", "alguien", "algunos", "algunas", "varios", "varias", "otros", "otras", "muchos",
    # determiners and pronouns a sentence opens with ("Ces notes…", "This item…")
    "ce", "ces", "cet", "cette", "les", "des", "une", "this", "these", "those", "that", "the", "there", "here", "los",
    "las", "una", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella"))
# adverbs and connectives that open a sentence right before its verb, the subject left unsaid as Spanish leaves it
# ("Después aclaró que…", "Luego explicó…", "Ensuite précise…", "Then asked…"): capitalised there, and no one's name
# (`attribution._unlisted_speaker`; folded)
SENTENCE_ADVERBS = frozenset(fold(w) for w in (
    "después", "luego", "entonces", "finalmente", "además", "ahora", "hoy", "ayer", "antes", "primero", "también",
    "asimismo", "posteriormente", "seguidamente", "igualmente", "enseguida", "tampoco", "siempre", "nunca", "solo",
    "ensuite", "puis", "après", "alors", "enfin", "aujourd'hui", "hier", "ainsi", "donc", "aussi", "également",
    "toutefois", "cependant", "pourtant", "désormais", "dorénavant", "auparavant", "finalement",
    "then", "later", "afterwards", "finally", "also", "today", "yesterday", "now", "first", "next", "meanwhile",
    "however", "thus", "therefore", "again"))
# a speaker's opening word and its comma before a colon ("Alors, l'objectif était de dire : D'accord…", "Bon, bien,
# voici :", "So, the point is:"): the sentence's lead, never a label's name
DISCOURSE_LEADS = SENTENCE_ADVERBS | frozenset(fold(w) for w in (
    "bon", "bien", "bref", "voilà", "oui", "non", "mais", "et", "or", "so", "well", "yes", "no", "okay", "ok", "but", "and",
    "bueno", "pues", "sí", "vale", "pero", "y", "o"))
# the words before who relayed someone's idea ("Dattaz relayé par Chris/Hello", "Ann, relayed by Bob,"): that one
# only passed it on
RELAYED_BY = re.compile(r"(?:relay[ée]e?|rapport[ée]e?|transmise?|relayed|reported|relayad[oa]|transmitid[oa])\s+(?:par|by|por)\s+$",
                        re.I)
# the words before a role that is the seat, not its holder: "The Speaker took the Chair and requested members to…",
# "Mr X resumed the Chair", "la présidente occupe le fauteuil", "el Presidente ocupa la Presidencia": the record tells
# who presides, the Chair does not speak
SEAT_TAKEN = re.compile(r"(?i:took|takes|take|taking|resumed|resumes|resume|left|leaves|leave|vacated|vacates|occupied|occupies"
                        r"|occupe|occupait|ocupa|ocupó|ocupaba|asume|asumió)\s{1,3}(?:(?i:the|le|la|el)\s{1,3})?$")
# nouns that label a document part by a letter ("attached as Exhibit Q. A board member…", "voir annexe B. Le maire…"):
# the letter before a full stop is that label, not a person's initial, so a sentence may end there (folded)
LETTER_LABELS = frozenset(fold(w) for w in (
    "exhibit", "annex", "annexe", "appendix", "attachment", "schedule", "anexo", "apéndice", "pièce", "figure",
    "tableau", "cuadro", "option", "opción", "variante", "plan", "scenario", "scénario", "escenario"))

# --- a report of talks: a paragraph that presents its speaker by who they are (`presented.py`) ----------------------
# right after a full name opening the paragraph, the copula and a role: "Jane Roe est la fondatrice du réseau…", "Jane
# Roe is the founder of…", "Ana Gil es la coordinadora de…", "Jane Roe, qui est …" not read (a relative clause); the
# role a lower-case word after the article ("est le fondateur", not "est Le Monde")
PERSON_PRESENTED = re.compile(r"[ \t]{1,3}(?:est|était|is|was|es|era|fue)[ \t]{1,3}"
                              r"(?:le|la|l[’']|un|une|the|an|a|el|una|un)[ \t]{0,3}(?<=[ \t’'])[a-zà-ÿñ]")
# inside a talk's notes under a heading that names the speaker, the sentences that present that speaker are the
# writer's (`presented.presents_speaker`): the copula before a role with no article, as French and Spanish write a
# profession ("Roman est consultant indépendant", "Ana es ingeniera de datos"), not before a past participle ("Damien
# est revenu sur…", "Ana es elegida…": a compound tense or a passive, the speaker's doing) or "en train de"
PERSON_PRESENTED_BARE = re.compile(r"[ \t]{1,3}(?:est|était|es|era)[ \t]{1,3}"
                                   r"(?!en[ \t]|[a-zà-ÿñ]+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|it|ado|ada|ados|adas|ido|ida|idos|idas)(?![\w’']))"
                                   r"[a-zà-ÿñ]{3,}")
# or a fact of their career after the name: a book written, a workplace ("Roman a écrit un livre sur le sujet", "Jane
# has written a book on…", "Ana ha escrito un libro", "Jane works at Acme", "Roman travaille chez X", "Ana trabaja en Y")
PERSON_CAREER = re.compile(r"""[ \t]{1,3}(?:
      (?:a|avait)\s+(?:écrit|publié|co-?écrit)\s+(?:un|deux|plusieurs)\s+(?:livres?|ouvrages?)
    | (?:has\s+|had\s+)?(?:written|wrote|published|co-?authored)\s+(?:a|two|several)\s+books?
    | (?:ha|había)\s+(?:escrito|publicado)\s+(?:un|dos|varios)\s+libros? | (?:escribió|publicó)\s+(?:un|dos|varios)\s+libros?
    | travaille\s+(?:chez|pour) | works\s+(?:at|for) | trabaja\s+(?:en|para) )(?![\w’'])""", re.X)
# what a sentence that presents the speaker may hold before the name: nothing, or a writer's note lead ("À noter que
# Roman a écrit un livre", "Note that Jane works at…", "Cabe destacar que Ana…")
PRESENTING_LEAD = re.compile(r"""\W{0,3}(?:(?:à\s+noter|notons|il\s+faut\s+(?:savoir|noter)|note|worth\s+noting|cabe\s+(?:destacar|señalar)
    | hay\s+que\s+(?:destacar|decir))\s*,?\s*(?:que\s+|qu[’']|that\s+))?""", re.I | re.X)

# a paragraph that opens with a talk's noun and its speaker, titled, before the notes of the talk: "Presentación del
# asesor del IMPLAN Arq. Rafael Pérez, fundador de…", "Presentation by Dr Jane Roe, director of the lab.", "Intervention
# de M. Paul Durand, maire de Tours." (`presented.introduced_speaker`); the words between the preposition and the name
# a title (`PRESENTER_TITLE_WORDS` first: "Presentación del libro de Ana Gil" is the book's, not her talk), the name's
# abbreviated professional title ("Arq.", "Lic.", "Ing.") or honorific kept out of the name, then a comma, a bracket
# or the sentence's end
PRESENTED_TALK = re.compile(rf"""\W{{0,3}}(?:(?i:la|le|l[’']|the|el|una?|an?)\s+)?
    (?i:{_TALK_NOUNS}|exposici[óo]n|intervenci[óo]n|expos[ée]|remarks|address)\s+
    (?i:del|de\s+la|de\s+l[’']|de|d[’']|du|of|by|par|por)\s+
    (?P<title>(?:[\w’'-]+\s+){{0,4}}?)
    (?:(?:{HONORIFIC_RE}|[A-Z][a-z]{{1,4}}\.)\s+)?
    (?P<who>{NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+)?{NAME_TOKEN}){{1,3}})
    \s*(?:[,(]|\.?\s*$)""", re.X)
# a working group's item byline naming who presented it, the slides referred to: "Par M. Larrouy, cf. présentation
# (page 5)", "Par A. Tesson, cf. présentation (pages 17 à 27)", "By Jane Roe, see slides": one person (an honorific or
# the given name's initial, then the name), a comma, the reference to the presentation; the item's notes are that
# person's talk (`presented.introduced_speaker`); two presenters ("Par A. Gallais, B. Gervais, cf. …") name no one
PRESENTER_BYLINE = re.compile(rf"""\W{{0,3}}(?i:par|by|por)\s+
    (?:(?P<ini>[{_UP}](?:\.?-[{_UP}])?\.)\s*|{HONORIFIC_RE}\s+)?
    (?P<who>{NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+)?{NAME_TOKEN}){{0,2}})
    \s*,\s*(?i:cf\.?|voir|see|véase|ver)\s+(?i:la\s+|les\s+|the\s+|el\s+|las\s+)?
    (?i:présentation|presentation|presentación|diaporama|slides?|transparents|diapositivas)""", re.X)
PRESENTER_TITLE_WORDS = APPOSED_TITLE_WORDS - {"of", "de", "du", "del"} | frozenset(fold(w) for w in (
    "asesor", "asesora", "adviser", "advisor", "conseiller", "conseillère", "consultor", "consultora", "consultant",
    "consultante", "invitado", "invitada", "guest", "invité", "invitée", "ponente", "speaker", "orateur", "oratrice",
    "profesor", "profesora", "professor", "professeur", "investigador", "investigadora", "researcher", "chercheur",
    "chercheuse", "experto", "experta", "expert", "experte", "especialista", "specialist", "spécialiste", "fundador",
    "fundadora", "founder", "fondateur", "fondatrice", "doctor", "doctora", "docteur", "ingeniero", "ingeniera",
    "engineer", "ingénieur", "ingénieure", "arquitecto", "arquitecta", "architect", "architecte", "licenciado", "licenciada"))

# a given name written before a listed surname ("Michael Kohlhase", "Jean-Yves Le Bouillonnec"'s "Jean-Yves"): one
# capitalised word in lower case after its capital, perhaps hyphenated (`initials.given_names`)
GIVEN_NAME_WORD = r"(?<![\w’'.-])([A-ZÀ-Ý][a-zß-ÿ]{1,20}(?:-[A-ZÀ-Ý][a-zß-ÿ]{1,20})?)"

# --- written interviews: a title that names the interview, questions as lines of their own, answers as prose ---------
# the title line: "An Interview With Spree's Ryan Bigg", "Interview avec Bastien Guerry", "Entrevista con Ana Gil",
# "Entretien avec X", "Q&A with X"; `rest` holds the name (after a possessive: "Spree's Ryan Bigg")
INTERVIEW_TITLE = re.compile(r"""^\s*(?:(?i:an?|une?|la|el|the|our|notre|nuestra|mi|my)\s+)?
    (?i:interview|entretien|entrevista|rencontre|conversation|conversaci[óo]n|charla|q\s?&\s?a)
    \s+(?i:with|avec|con|a)\s+(?P<rest>[^\n]{1,120})$""", re.X)
# a line that opens the next interview of a report's annex, right under the last turn of the one before ("Entrevista
# Indira Gutiérrez, colaboradora de X…", "Entrevista a Ana Gil, realizada el…", "Interview with Jane Roe, tenant",
# "Transcripción de la entrevista realizada a Ana Gil", "Entretien avec Jean Dupont, gérant"): the interview noun,
# perhaps "transcript of", a participle and a preposition, then a capitalised first name and surname; no turn's words
INTERVIEW_SECTION_LINE = re.compile(rf"""^\s*(?:(?i:transcripci[óo]n|transcription|transcript)\s+(?i:de\s+la|de\s+l['’]|de|of\s+the|of\s+an|of)\s+)?
    (?i:entrevista|interview|entretien)
    (?:\s+(?i:realizada|réalisé|réalisée|conducted|held|hecha))?
    (?:\s+(?i:a|con|with|avec|de|to|of|par|por|by))?
    \s+{NAME_TOKEN}\s+(?:(?i:de|del|de\s+la|van|von|da|le|la)\s+)?{NAME_TOKEN}(?:[,.(]|\s*$)""", re.X)
# where the name in such a title ends: "Ryan Bigg, maintainer of Spree", "Ana Gil (UIDE)", "X - founder of Y"
INTERVIEW_NAME_END = re.compile(r"\s*(?:[,:;(|–—]|\s-\s)")
# possessives before the name: "Spree's Ryan Bigg", "Mozilla’s Jane Roe"
INTERVIEW_POSSESSIVE = re.compile(r"^(?:[^\s’']{1,40}[’']s\s+){1,2}")
# a question that greets the person it asks (used with .match(text, pos)): "Bonjour Jean-Baptiste.", "Hi Jane,", "Hola Ana:", "Dear Mr Roe,"
INTERVIEW_GREETING = re.compile(rf"""\s*(?i:bonjour|bonsoir|salut|cher|chère|hello|hi|hey|dear|hola|buenos\s+d[íi]as
    |buenas\s+tardes|buenas|querid[oa]|estimad[oa])\s+(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})\s*[,.!:]""", re.X)
# a headline that quotes the interviewee, as the press writes it: "Jane Roe (Acme): 'We love stories'", "Ana Gil: «Nos gusta
# contar historias»", "Jean Dupont : « Il faut… »"; read as a label by the line scan, it names who answers
INTERVIEW_HEADLINE = re.compile(rf"\s*{NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN}){{0,4}}(?:\s*\([^()\n]{{1,80}}\))?"
                                r"\s*:\s*['\"«“‘]")
# the introduction of a blog interview that names who asks and who answers, before the first question: "Nitish Kumar
# interviews Verónica López (PlanetScale), …", "Jane Roe talked to John Smith about…", "Marie Curie s'entretient avec
# Paul Roux", "Ana Gil entrevista a Luis Mora"; or the writer in the first person asks ("we spoke with Jane Roe",
# "nous avons rencontré Paul Roux", "hablamos con Ana Gil": `asker` then empty). Names: 2-4 capitalised words for the
# asker, 1-4 for the guest (a possessive before it, "Mozilla's Jane Roe", is cut later)
_INTRO_NAME = rf"{NAME_TOKEN}(?:[ \t\n]+(?:(?:{_PART})[ \t\n]+){{0,2}}{NAME_TOKEN}){{0,3}}"
_INTRO_THIRD = (r"interviews|interviewed|(?:talks|talked|speaks|spoke|chats|chatted|sits[ \t]+down|sat[ \t]+down|catches[ \t]+up"
                r"|caught[ \t]+up)[ \t]+(?:with|to)|interviewe|a[ \t]+interviewé|s[’']entretient[ \t]+avec"
                r"|s[’']est[ \t]+entretenue?[ \t]+avec|a[ \t]+rencontré|discute[ \t]+avec|a[ \t]+discuté[ \t]+avec"
                r"|entrevista[ \t]+a|entrevistó[ \t]+a|ha[ \t]+entrevistado[ \t]+a|(?:conversa|conversó|charla|charló|habla|habló)[ \t]+con")
_INTRO_FIRST = (r"(?i:we|I)[ \t]+(?:interviewed|(?:talked|spoke|chatted|sat[ \t]+down|caught[ \t]+up)[ \t]+(?:with|to))"
                r"|(?i:nous)[ \t]+avons[ \t]+(?:interviewé|rencontré|discuté[ \t]+avec)|(?i:j[’']ai)[ \t]+(?:interviewé|rencontré)"
                r"|(?i:nous)[ \t]+nous[ \t]+sommes[ \t]+entretenu[e]?s[ \t]+avec"
                r"|(?i:entrevistamos|hemos[ \t]+entrevistado)[ \t]+a|(?i:hablamos|conversamos|charlamos)[ \t]+con")
INTERVIEW_INTRO = re.compile(rf"(?<![\w’'])(?:(?P<asker>{NAME_TOKEN}(?:[ \t\n]+{NAME_TOKEN}){{1,3}})[ \t\n]+(?:{_INTRO_THIRD})"
                             rf"|(?:{_INTRO_FIRST}))[ \t\n]+(?P<guest>{_INTRO_NAME})")
# the writer's closing after a labelled exchange (`closing.py`): the exchange keeps one paragraph per turn over at
# least this many turns; a name the closing writes as a vocative ("Thank you, Jane,", "Merci Gertjan !", "Gracias, Ana.")
# does not tell the writer's voice
CLOSING_TURNS_MIN = 6
CLOSING_VOCATIVE_BEFORE = re.compile(r"(?:,|(?<![\w’'])(?i:thanks|thank\s+you|merci|gracias|bravo|dear|cher|chère|querid[oa]"
                                     r"|hi|hello|bonjour|hola))[ \t]*$")
CLOSING_VOCATIVE_AFTER = re.compile(r"[ \t]*[,!](?!\w)")
CLOSING_VOCATIVE_WINDOW = 20  # characters before the name where a greeting or a comma makes it a vocative
# the writer's closing formula, which names the interview or its part as a thing that ends (`closing.closing_formula`):
# "Y hasta aquí la primera parte de la entrevista.", "Hasta aquí esta charla", "Fin de la entrevista", "C'est tout
# pour cet entretien", "Voilà pour cette première partie de l'interview", "Fin de l'entretien", "That's all for this
# interview", "This concludes part one of the interview", "End of the interview"; a linking word may open it
_CLOSED_THING = (r"(?:entrevista|charla|conversaci[óo]n|parte|entrega|interview|entretien|entrevue|[ée]change|partie"
                 r"|conversation|part|episode|[ée]pisode|episodio)")
_FEW_WORDS = r"(?:[\w’'-]{1,15}\s{1,3}){0,4}?"
CLOSING_FORMULA = re.compile(rf"""\s{{0,3}}(?:(?i:y|e|et|and|so|well|bueno|pues|bon|eh\s+bien),?\s{{1,3}})?(?i:
      hasta\s+aqu[íi]\s+{_FEW_WORDS}{_CLOSED_THING}
    | fin\s+(?:de\s+)?{_FEW_WORDS}{_CLOSED_THING}
    | (?:c[’']est\s+tout|voil[àa])\s+pour\s+{_FEW_WORDS}{_CLOSED_THING}
    | (?:that[’']s|that\s+is)\s+(?:all|it)\s+for\s+{_FEW_WORDS}{_CLOSED_THING}
    | this\s+(?:concludes|ends)\s+{_FEW_WORDS}{_CLOSED_THING}
    | end\s+of\s+{_FEW_WORDS}{_CLOSED_THING}
)(?![\w’'])""", re.X)
# a question numbered as a list item ("1. What is…", "Q3) How…", "P2. ¿Cómo…"): such a paragraph ending with "?" is
# the interviewer's question however many lines it is wrapped over
INTERVIEW_QUESTION_NUMBER = re.compile(r"\s*(?:[QP]\s?)?\d{1,2}[.)]\s+\S")
# a question that addresses the person it asks, in the second person: "Où travailles-tu ?", "Quel est ton parcours ?",
# "What do you use?", "¿Cómo llegó usted…?", "¿Qué te gusta?"; a title that is only a name ("Jane Roe") over questions
# so written is an interview series headed with who answers
QUESTION_SECOND_PERSON = re.compile(r"(?<![\w’'])(?i:(?:you|your|yours|yourself|tu|te|toi|ton|ta|tes|vous|votre|vos|tú"
                                    r"|usted|ustedes|ti|contigo|tus|vuestr[oa]s?)(?![\w’'])|t[’'](?=\w))")
# a photo caption between two answers: a line of its own that short, with no first person, closing an answer
INTERVIEW_CAPTION_WORDS = 14
# a question the press marks with a dash at the paragraph's head, its answer unmarked paragraphs until the next dash
# ("— Pourquoi le sujet… ?", "—¿Cómo empezó…?", "– Why now?"): used with .match(text, paragraph start); in a text
# that asks so (`interview.py`), every dash-led paragraph is a question however long, and no other paragraph is
INTERVIEW_DASH_QUESTION = re.compile(r"[ \t]{0,3}[—–―][ \t]?(?=[¿¡«\"“(\w])")
INTERVIEW_QUESTIONS_MIN = 3  # question lines, each followed by prose, a text must have for the form to count
INTERVIEW_QUESTION_WORDS = 60  # words a question line may have
INTERVIEW_ASIDE = 200  # characters of an aside in brackets after the question mark ("…your time? (i.e. Developing, …)")
# the first person of an answer: "I", "my", "nous", "j'", "mi"…; Spanish drops the pronoun, so its verbs in the first
# person plural ("queremos", "buscamos", "nacimos") and the commonest in the singular ("creo", "pienso") count too
ANSWER_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|(?i:I[’'](?:m|ve|d|ll)|my|me|we|our|us|je|j[’']|moi|mon|ma|mes|nous|notre|nos"
                                 r"|yo|mi|mis|nosotros|nuestr[oa]s?|creo|pienso|opino|considero|estoy|tengo|quiero|puedo"
                                 r"|[a-zñáéíóú]{1,20}(?:amos|emos|imos)))(?![\w’'])")

# --- questionnaire write-ups: several people's answers to one form ("five questions to…", speaker spotlights, survey
# answers), each person under a heading of their own, the form's questions repeated under every heading ---------------
# where a form's question may end on its line, the answer then on the same line or the next: "…tus aficiones?:", "What
# do you do?", "Tell us your story.:", "Votre parcours :", "**What do you do?**" (a colon or question mark before a space
# or the line's end, a closing bold mark allowed between)
QUESTIONNAIRE_PROMPT_END = re.compile(r"(?:\?[:.]?|\.?\s?:)(?:\*\*|__)?(?=\s|$)")
# Markdown's marks around a name heading: "## Jane Roe", "**Jane Roe**", "### __Jane Roe__ ###"
QUESTIONNAIRE_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+|^\s*(?:\*\*|__)|(?:\*\*|__)\s*$|\s+#{1,6}\s*$")
# a form question's leading mark, dropped before comparing copies: "1. ", "Q3: ", "P: ", "- ", "**", "> "
QUESTIONNAIRE_PROMPT_LEAD = re.compile(r"^(?:\d{1,2}[.)]\s*|[-*•#>]{1,4}\s*|[QP]\d{0,2}\s?[:.]\s*)")
# the words of a form question, compared across its copies with case, accents and punctuation aside
QUESTIONNAIRE_WORD = re.compile(r"\w+")
# an initial inside a heading's name: "Pedro J. Molina", "Elena G Blanco"
QUESTIONNAIRE_INITIAL = re.compile(r"[A-ZÁÉÍÓÚÑÇ]\.?")
QUESTIONNAIRE_PROMPT_CHARS = 300  # characters of a line's start where a form question may end
QUESTIONNAIRE_HEADING_CHARS = 120  # characters a name heading's line may have ("Agustín Benito Bethencourt (toscalix)")
QUESTIONNAIRE_PEOPLE_MIN = 2  # name headings, each right over a form question, a text must have for the form to count
QUESTIONNAIRE_SHARED_MIN = 2  # form questions that must recur under at least two of those headings

# --- retold interviews: a host alone at the microphone recounts a conversation he had with a guest, switching with no
# label between his own words and the guest's answers in the first person ----------------------------------------------
_RETOLD_NAME = rf"{NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN}){{0,3}}"
# the host names himself as a broadcast does: "Les habla Rafael Roe desde Radio X", "Soy Ana Gil y esto es…", "I'm Jane
# Roe and this is…", "This is Jane Roe, you're listening to…", "Ici Jean Dupont, vous écoutez…", "Je suis X et bienvenue"
RETOLD_HOST = re.compile(rf"""(?<![\w’'])(?:
    (?i:les|os)\s+(?i:habla|saluda)\s+({_RETOLD_NAME})
  | (?i:soy)\s+({_RETOLD_NAME})\s*(?:,\s*|\s+y\s+)(?i:esto\s+es|est[áa]n\s+escuchando|bienvenid)
  | (?:I[’']m|I\s+am|(?i:this\s+is))\s+(?i:your\s+host\s*,?\s+)?({_RETOLD_NAME})\s*,?\s+(?i:and\s+)?
    (?i:this\s+is|you[’']re\s+listening|welcome)
  | (?i:ici|je\s+suis)\s+({_RETOLD_NAME})\s*,?\s+(?i:et\s+)?(?i:vous\s+[ée]coutez|bienvenue)
  | (?i:vous\s+parle|your\s+host\s+is)\s+({_RETOLD_NAME})
)""", re.X)
# the host, in the first person, asks or tells the guest something ("Yo le pregunto, ¿…?", "Claro, le digo yo", "I ask
# her", "je lui demande"): the host's words, and what follows is the guest's answer
RETOLD_ASK = re.compile(r"""(?<![\w’'])(?i:
    le\s+(?:pregunto|pregunté|digo|dije|comento|comenté|repregunto|insisto|voy\s+a\s+preguntar|vuelvo\s+a\s+preguntar)
  | vuelvo\s+a\s+preguntarle
  | I\s+(?:ask|asked|tell|told|say\s+to|said\s+to|put\s+it\s+to)\s+(?:him|her|them)
  | je\s+lui\s+(?:demande|dis|réponds|ai\s+demandé|ai\s+dit|ai\s+répondu)
  | lui\s+(?:demandé|dis|ai)[-\s]je
)(?![\w’'])""", re.X)
# the host gives the guest's own words, the speech verb inside or before them ("Y dice Soledad, yo fui…", "Y ella
# dice, sí…", "Sí, por supuesto, dice ella.", "she says,", "dit-elle"); `name` is a name that says them
_RETOLD_SAY_ES = r"(?i:dice|responde|contesta|añade|agrega|replica|dijo|respondió|contestó|añadió|agregó|replicó)"
_RETOLD_SAY_EN = r"(?i:says|said|answers|answered|replies|replied|adds|added)"
_RETOLD_SAY_FR = r"(?i:dit|répond|ajoute|réplique|raconte|a\s+dit|a\s+répondu|a\s+ajouté)"
RETOLD_SAYS = re.compile(rf"""(?<![\w’'])(?:
    (?:(?i:ella|él)|(?P<name>{NAME_TOKEN}))\s+(?:(?i:me|nos)\s+)?{_RETOLD_SAY_ES}(?:\s+[a-zá-ú]{{2,20}}mente)?\s*[,:.]
  | (?<!que\s)(?:(?i:me|nos)\s+)?{_RETOLD_SAY_ES}\s+(?:(?i:ella|él)|(?P<name2>{NAME_TOKEN}))(?![\w’'])
  | ^[¡¿"«“\s]*(?:(?i:y|entonces)\s+)?(?:(?i:me|nos)\s+)?{_RETOLD_SAY_ES}\s*[,:]
  | (?i:she|he)\s+(?:(?i:tells|told)\s+me|{_RETOLD_SAY_EN})\s*[,:.]
  | ,\s*{_RETOLD_SAY_EN}\s+(?:(?i:she|he)|(?P<name3>{NAME_TOKEN}))(?![\w’'])
  | (?i:elle|il)\s+(?:(?i:me|nous)\s+|(?i:m|nous)[’']\s*)?{_RETOLD_SAY_FR}\s*[,:]
  | (?:(?i:dit|répond|ajoute|réplique|raconte)-(?i:elle|il)
    | (?i:m[’'])?a-t-(?i:elle|il)\s+(?i:dit|répondu|ajouté))(?![\w’'])
)""", re.X)
# the host reports what the guest says or tells ("Ella dice que se quedó aquí.", "ella refiere que un día…", "she says
# that", "elle raconte qu'"): his words, and her account follows
RETOLD_REPORTS = re.compile(r"""(?<![\w’'])(?i:
    (?:ella|él)\s+(?:(?:me|nos)\s+)?(?:dice|cuenta|explica|recuerda|refiere|relata|aclara)\s+que
  | (?:refiere|relata|aclara|referir|relatar)\s+(?:a\s+)?que
  | (?:sigue|continúa|seguía|continuaba)\s+(?:diciendo|contando|relatando)
  | (?:she|he)\s+(?:goes\s+on|went\s+on|continues|continued)
  | (?:poursuit|continue)-(?:elle|il)
  | (?:she|he)\s+(?:says|said|tells\s+us|told\s+us|explains|explained|recalls|recalled)\s+that
  | (?:elle|il)\s+(?:(?:me|nous)\s+)?(?:dit|raconte|explique|rappelle|précise)\s+qu
)(?![\w’'])""", re.X)
# the host comments on the guest's telling ("ella se está refiriendo a…", "los estudios a los que alude", "she is
# referring to", "elle fait allusion à"), or speaks as the broadcast's presenter ("En la próxima parte del programa…",
# "Ya regresamos.", "fíjense", "this episode", "stay tuned", "cette émission")
RETOLD_HOST_WORDS = re.compile(r"""(?<![\w’'])(?i:
    refiere|refiriendo|refiriéndo\w{0,6}|alude|aludiendo|relatando
  | (?:este|nuestro|esta|nuestra)\s+(?:programa|episodio|capítulo|serie|emisión|entrega)
  | (?:parte|final|inicio)\s+(?:y\s+\w{1,12}\s+)?del\s+programa
  | (?:comenzamos|empezamos|terminamos|cerramos)\s+(?:el|este)\s+programa | hasta\s+aquí\s+el\s+programa
  | ya\s+(?:regresamos|volvemos) | fíjense | imagínense | les\s+habla | me\s+acompañan\s+en\s+la\s+producción
  | (?:she|he)\s+(?:is\s+|was\s+)?(?:refers|referring|alludes|alluding|recounts|recounting)
  | this\s+(?:episode|show|programme|program) | stay\s+tuned | (?:we[’']ll|we\s+will)\s+be\s+right\s+back
  | (?:cette|notre)\s+émission | cet\s+épisode | restez\s+avec\s+nous | fait\s+allusion | chers\s+auditeurs
)(?![\w’'])""", re.X)
# a first-person singular pronoun: a sentence that has one is the guest's telling, not the host's comment about her
FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w’'])(?:I(?=\s+[a-z])|(?i:I[’'](?:m|ve|d|ll)|me|my|mine|je|j[’']|moi|mon|ma|mes|m[’']"
                                   r"|yo|mí|mi|mis|conmigo))(?![\w’'])")
RETOLD_ASKS_MIN = 3  # sentences where the host asks or tells the guest, for a text to count as a retold interview

# --- turns written as a name alone on its line over the speech (video transcriptions, subtitles turned to text, Markdown
# headings stripped, Word exports): "Ugo Bernalicis" / "Merci à toutes…", "Maître MAZZA" / "Donc, ça fait…", "Senator
# GOLDEN", "La señora Pérez" — no colon, no dash, nothing else on the line (ingest.name_lines)
# the line's shape: words of letters joined by spaces, hyphens, apostrophes or an honorific's dot ("Dr. Jane Roe"), at
# most seven; no figure, no comma, no colon, no final stop (separators and letters are disjoint: linear); an affiliation
# or role in brackets may follow ("Paul Martin (LFI)", "Ana Gil (moderadora)")
# a generation's suffix after the surname, with or without its comma ("John G. Roberts, Jr.", "Martin Luther King Jr.",
# "Henry Ford II"), written so in court and hearing transcripts; a name line may end on it, its stop and all
_GENERATION = r"(?:Jr|Sr|Jnr|Snr)\.?|II|III|IV"
GENERATION_SUFFIX = re.compile(rf"^(?:{_GENERATION})$")
# a case's caption names parties, not speakers: "FLORIDA, ET AL. :", "HUMAN SERVICES, ET AL., :", "Gómez y otros :"
CASE_PARTIES_TAIL = re.compile(r"^(?:et\s+al|y\s+otros|et\s+autres)\.?,?$", re.I)
NAME_LINE = re.compile(rf"^[^\W\d_]+(?:[ .'’-]{{1,3}}[^\W\d_]+){{0,6}}(?:,?[ \t]{{1,3}}(?:{_GENERATION}))?"
                       r"(?:[ \t]{1,3}\([^()\[\]\n]{1,40}\))?$")
NAME_LINE_CHARS = 80  # longer is a sentence or a title, not a name
# the capacity a member speaks in, before a stop and a dash at the start of their words, as the European Parliament's
# record writes it ("ponente . – Señora Presidenta, …", "en nombre del Grupo PSE. – Señor Presidente, …"): in lower
# case, short, no sentence inside
CAPACITY_DASH_LEAD = re.compile(r"^[a-zà-ÿ][^.\n–—]{0,80}?[ \t]?\.[ \t]?[–—-][ \t]")
# a surname whose particle opens it, alone on its line ("de Gaulle", "van den Berg", "von der Leyen"), as a European
# Parliament record heads a member's turn: the particle in lower case, then the capitalised name
PARTICLE_SURNAME_LINE = re.compile(rf"^(?:de|van|von|du|da|di|del|della|ter|den|der|dos|das)(?:[ \t](?:den|der|la|le|los|las)){{0,1}}"
                                   rf"[ \t][{_UP}][\w’'-]{{1,30}}$")
# the office after a name line's comma, in lower case and with no sentence's stop ("Éric Diard, rapporteur de la
# commission du développement durable et de l'aménagement du territoire", "Ana Gil, ministra de Hacienda, portavoz")
NAME_LINE_FUNCTION = re.compile(r",[ \t]{1,3}(?P<first>[a-zà-ÿ][\w-]*)[^.!?:;\n]{0,200}$")
# a nickname in quotes after a full name on a name line, as a conference report heads a talk: "Fernando Lamas 'Mancha'",
# 'Jane Roe "JR"', "Paul Dubois « Polo »" (a nickname of up to three words, each bounded)
TRAILING_NICKNAME = re.compile(r"[ \t]{1,3}['\"‘“«][ \t]?(?P<nick>[^\W\d_][\w’'-]{0,30}(?:[ \t][^\W\d_][\w’'-]{0,30}){0,2})[ \t]?['\"’”»]$")
# a full name and the nickname the text ties to it, in an introduction: "Christian Viver (Kristian)", "Francisco Miguel
# Martínez, alias Roswell", "Jane Roe, aka jroe", "Marie Curie, dite « Mimi »", "Ana Gil, conocida como Anita", "John
# Smith, better known as Smitty"; or the nickname first with the full name in brackets ("Kristian (Christian Viver)").
# A name line giving the nickname alone is that person (ingest.name_lines). Two to four capitalised words (a particle
# between them, not "y"/"and"/"et": "Toño y Kristian" is two people), every word and gap bounded: linear on long lines
_NICK_FULL_WORD = rf"[{_UP}][\w’'-]{{1,30}}"
_NICK_FULL = rf"{_NICK_FULL_WORD}(?:[ \t]{{1,3}}(?:(?:de|da|del|della|do|dos|das|van|von|der|den|du|di|la|le|el|al|ben|bin|ibn|las|los)[ \t]{{1,3}}){{0,2}}{_NICK_FULL_WORD}){{1,3}}"
_NICK_WORD = r"[^\W\d_][\w’'-]{0,30}"
NICKNAME_INTRODUCED = re.compile(
    rf"(?<![\w’'])(?P<full>{_NICK_FULL})[ \t]{{0,3}}"
    rf"(?:\([ \t]{{0,2}}[«\"“']?[ \t]?(?P<nick>{_NICK_WORD})[ \t]?[»\"”']?[ \t]{{0,2}}\)"
    rf"|,[ \t]{{0,3}}(?i:alias|aka|a\.k\.a\.|dite?|surnomm[ée]e?|apodad[oa]|conocid[oa][ \t]{{1,3}}como"
    rf"|(?:better[ \t]{{1,3}})?known[ \t]{{1,3}}as)[ \t]{{1,3}}[«\"“']?[ \t]?(?P<alias>{_NICK_WORD})(?![\w’']))")
NICKNAME_BEFORE_FULL = re.compile(rf"(?<![\w’'])(?P<nick>{_NICK_WORD})[ \t]{{1,3}}\([ \t]{{0,2}}(?P<full>{_NICK_FULL})[ \t]{{0,2}}\)")
# --- a written interview whose answers are headed by name lines, its questions unlabelled (ingest.interview_askers)
# who put the questions, as a byline says: "Interview by Jane Roe", "Interviewed by …", "Entrevista realizada por Ana
# Gil", "Entrevista por …", "Preguntas de …", "Propos recueillis par Paul Roux", "Interview réalisée par …", "Entretien
# mené par …"; a line of its own, the name one to four capitalised words. ("Entrevista de X", "Interview de X" name
# who answers as often: not read.)
INTERVIEW_BYLINE = re.compile(
    rf"^[ \t]{{0,3}}(?i:(?:entrevista|preguntas|interview|questions|entretien|propos)(?:[ \t]{{1,3}}(?:realizada|hecha|conducida"
    rf"|conducted|réalisée?|mené|menée|conduite?|recueillis))?[ \t]{{1,3}}(?:por|by|par)|interviewed[ \t]{{1,3}}by"
    rf"|preguntas[ \t]{{1,3}}de)[ \t]{{1,3}}(?P<name>{_NICK_FULL_WORD}(?:[ \t]{{1,3}}{_NICK_FULL_WORD}){{0,3}})[ \t]{{0,3}}[.]?[ \t]{{0,3}}$",
    re.M)
# the interviewer named at the end of an interview's title line ("Interview with Marie Curie, physicist, by John
# Smith", "Entretien avec Ana Gil, par Paul Roux"): `label_holders.interview_title_holders`
INTERVIEW_TITLE_BY = re.compile(
    rf"[,;]?[ \t]{{1,3}}(?i:by|par|por)[ \t]{{1,3}}(?P<name>{_NICK_FULL_WORD}(?:[ \t]{{1,3}}{_NICK_FULL_WORD}){{1,3}})[ \t]{{0,3}}[.]?[ \t]{{0,3}}$")
# the interviewee's byline over a written interview whose questions a dash marks (`interview.py`): a paragraph that
# opens with a full name and a comma, the person's role after it ("Florence Roux, professeure à …", "Ana Gil,
# investigadora del CSIC", "Jane Roe, professor at …"); a surname may carry an elided particle ("Anne d’Aubigny"); used
# with .match(text, paragraph start), its capitalised words then checked as a name the text never writes in lower case
INTERVIEW_GUEST_LINE = re.compile(
    rf"[ \t]{{0,3}}(?P<name>{_NICK_FULL_WORD}(?:[ \t]{{1,3}}(?:(?:{_PART})[ \t]{{1,3}}){{0,2}}(?:[dD][’'])?{_NICK_FULL_WORD}){{1,3}})"
    rf"[ \t]{{0,3}},[ \t]{{1,3}}(?=[a-zà-ÿ])")
# an answerer thanking the interviewer by name, at the end of the interview: "Gracias a ti por la entrevista Manu!!!",
# "Thanks, Jane!", "Thank you for having me, Jane.", "Merci Paul !", "Merci à toi pour l'interview, Paul."; the name is a
# capitalised word or two right before a stop
INTERVIEWER_THANKED = re.compile(
    rf"(?<![\w’'])(?i:gracias|thanks|thank[ \t]{{1,3}}you|merci)(?:[ \t]{{1,3}}(?i:a[ \t]{{1,3}}ti|a[ \t]{{1,3}}vos|a[ \t]{{1,3}}usted"
    rf"|to[ \t]{{1,3}}you|à[ \t]{{1,3}}toi|à[ \t]{{1,3}}vous|beaucoup|so[ \t]{{1,3}}much|a[ \t]{{1,3}}lot))?"
    rf"(?:[ \t]{{1,3}}(?i:por[ \t]{{1,3}}(?:la|esta)[ \t]{{1,3}}entrevista|for[ \t]{{1,3}}(?:the|this)[ \t]{{1,3}}interview"
    rf"|for[ \t]{{1,3}}having[ \t]{{1,3}}(?:me|us)|pour[ \t]{{1,3}}(?:l['’]|cet[ \t]{{1,3}}|cette[ \t]{{1,3}})(?:interview|entretien)))?"
    rf"[ \t]{{0,3}},?[ \t]{{0,3}}(?P<name>{_NICK_FULL_WORD}(?:[ \t]{{1,3}}{_NICK_FULL_WORD})?)[ \t]?[!.,]")
# a paragraph that opens by thanking the answerers: the interviewer's closing question-less turn ("Gracias por dedicar
# vuestro tiempo…", "Thank you both for…", "Merci à vous deux…")
INTERVIEW_THANKS_OPEN = re.compile(r"[ \t]{0,3}(?i:(?:muchas[ \t]{1,3})?gracias|thanks|thank[ \t]{1,3}you|many[ \t]{1,3}thanks"
                                   r"|merci|un[ \t]{1,3}grand[ \t]{1,3}merci)(?![\w’'])")
NAME_LINE_WORDS = 7  # words a name line may have (honorific and particles included): the most NAME_LINE allows
# a timestamp alone on its line ("00:04:00", "[01:02:03]", "(12:05)"): the recording's clock, nobody's words; a Teams
# export writes its hours, minutes and seconds unpadded, may give the turn's range ("0:0:5.900 --> 0:0:8.930") and,
# for speech before the recording's start, a negative offset ("0:0:-7.-650")
_TURN_CLOCK = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?|\d{1,2}:\d{1,2}:-?\d{1,2}(?:[.,]-?\d{1,3})?"
CLOCK_LINE = re.compile(rf"[ \t]*[\[(]?(?P<start>{_TURN_CLOCK})(?:[ \t]*-->[ \t]*(?P<end>{_TURN_CLOCK}))?[\])]?[ \t]*$")
# the clock a recording app's text export writes at each turn (`clock_times`): on a line of its own (CLOCK_LINE, a
# range's end kept), before the name ("00:01:30 Jane Roe", "[00:00:00] Jane Roe: …") or after it ("Jane Roe  0:15",
# "Jane Roe (00:00:01):", Zoom's "[Jane Roe] 10:03:45", a name of at most CLOCK_NAME_WORDS words)
CLOCK_LEADING = re.compile(rf"[ \t]*[\[(]?(?P<start>{_TURN_CLOCK})[\])]?[ \t]+(?=[^\W\d_])")
CLOCK_NAME_WORDS = 6
# a transcript with at least this many turns opened by a clock reads the label-like lines before the first as its
# preamble (`attribution._preamble_labels`)
PREAMBLE_CLOCKED_MIN = 5
CLOCK_TRAILING = re.compile(rf"\[?(?P<name>[^\W\d_][^\n:\[\]]{{0,80}}?)\]?[ \t]+[\[(]?(?P<start>{_TURN_CLOCK})[\])]?:?[ \t]*$")
CLOCK_MARKS_MIN = 4  # clocks a text must write for them to be the recording's
# clocks all written in two parts whose first is at least 6 ("9:30", "11:01") are the time of day, hours and minutes
DAY_CLOCK_FROM = 6 * 60
TWO_PART_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
NAME_LINES_MIN = 4  # name lines a text must have for the layout to count
# an article's signature, the writer's name alone on the last line: two to four capitalised words ("Annabelle Roe",
# "Jean-Paul de La Roche"), nothing else (`interview_askers.label_line_questions`)
ARTICLE_SIGNATURE = re.compile(rf"{_NICK_FULL_WORD}(?:[ \t](?:(?:de|du|des|la|le|del|van|von|da|di)[ \t])?{_NICK_FULL_WORD}){{1,3}}")
INTERVIEW_QUESTION_SENTENCES_MAX = 2  # sentences of an unlabelled question paragraph over a labelled answer
# a title that calls the text an interview ("Interview : Féministes contre…", "Entretien avec Jane Roe", "Entrevista a
# Ana Gil", "Q&A with …"): a labelled transcript's unlabelled questions are then the interviewer's, who signs it
INTERVIEW_WORD = re.compile(r"(?i)\b(?:interview|entretien|entrevue|entrevista|q\s?&\s?a)\b")
NAME_LINE_ONCE_MAX = 20  # names written so once that a dialogue may have; more is a list of people, not turns
NAME_LINE_SPEAKERS_MIN = 2  # distinct names written so at least twice each, one of them in full or titled: a dialogue
NAME_LINE_SPEECH_WORDS = 4  # words the line under a name needs when it ends without a sentence's stop ("Oui!" ends so)
# a parliament's record writes its turns so too, with the formal label a Hansard or a congress's diary prints, one
# that names its speaker even when written once (a member who moves one motion, makes one statement): a member as
# honorific, initials and the surname in capitals, a party or constituency in brackets ("Mr M S F DE FREITAS", "Mr S G
# MMUSI (ANC)", "Dr M G ORIANI-AMBROSINI (IFP)", "M. Jean DUPONT (LR)", "El señor PÉREZ GARCÍA"); an office in
# capitals after its article ("The SPEAKER", "The MINISTER OF HIGHER EDUCATION AND TRAINING", "Le PRÉSIDENT", "El señor
# PRESIDENTE"), whose first word is an office's (`PARLIAMENT_OFFICES`: "The ANC" is a party, no label). Word shapes and
# separators are disjoint, every repetition bounded: linear
_CAPS_WORD = rf"[{_UP}][{_UP}’'-]{{1,30}}"
_LABEL_PARTY = r"(?:[ \t]{1,3}\([^()\n]{1,40}\))?"
PARLIAMENT_MEMBER_LINE = re.compile(rf"^(?:(?:El|La)[ \t]+(?:señora?|Sra?\.)|{HONORIFIC_RE})[ \t]+(?:[{_UP}]\.?[ \t]{{1,2}}){{0,4}}"
                                    rf"(?:[{_UP}][a-zß-ÿœ’'-]{{1,30}}[ \t]+){{0,2}}{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}}{_LABEL_PARTY}$")
PARLIAMENT_OFFICE_LINE = re.compile(rf"^(?:(?:The|Le|La|El)[ \t]+(?:(?:señora?|Sra?\.)[ \t]+)?|L[’'])(?P<office>{_CAPS_WORD})"
                                    rf"(?:[ \t]+{_CAPS_WORD}){{0,10}}{_LABEL_PARTY}$")
PARLIAMENT_OFFICES = {fold(w) for w in (
    "speaker", "chair", "chairman", "chairwoman", "chairperson", "president", "vice-president", "deputy", "minister",
    "prime", "premier", "chief", "leader", "clerk", "secretary", "acting", "house", "temporary", "presiding",
    "attorney", "solicitor", "whip", "mayor", "président", "présidente", "vice-président", "vice-présidente",
    "ministre", "première", "rapporteur", "rapporteure", "secrétaire", "garde", "doyen", "doyenne", "orateur",
    "presidenta", "vicepresidente", "vicepresidenta", "ministro", "ministra", "relator", "relatora", "portavoz",
)} | OFFICE_TITLES
PARLIAMENT_LABEL_WORDS = 14  # words an office label may have ("The CHIEF WHIP OF THE MAJORITY PARTY"): more than a name
# a record's section heading in capitals with its kind in brackets in ordinary case ("ANNIVERSARY OF STEVE BIKO'S DEATH
# (Member's Statement)", "CONDOLENCES ON DEATH OF MR ALI HALIMEH (Draft Resolution)", "LOI DE FINANCES (Suite de la
# discussion)", "REFORMA LABORAL (Proposición no de ley)"): the record's title, nobody's label (a member's label has an
# honorific, its brackets a party); the kind is one of `SECTION_KINDS`
SECTION_KIND_HEADING = re.compile(rf"^[{_UP}\"“][{_UP}\d \t’'\"“”.,:;&/()-]{{2,300}}?[ \t]\((?P<kind>[^()\n]{{1,60}})\)$")
SECTION_KINDS = {fold(w) for w in (
    "statement", "statements", "resolution", "response", "responses", "announcement", "announcements", "motion",
    "motions", "debate", "question", "questions", "reply", "bill", "report", "notice", "petition", "declaration",
    "reading", "consideration", "condolences", "tribute", "tributes", "ruling", "amendment", "amendments", "adjournment",
    "déclaration", "débat", "motion", "proposition", "projet", "résolution", "suite", "discussion", "lecture", "rapport",
    "amendement", "amendements", "communication", "annonce", "réponse", "réponses", "interpellation",
    "declaración", "proposición", "moción", "pregunta", "preguntas", "dictamen", "resolución", "informe",
    "comparecencia", "interpelación", "respuesta", "lectura", "anuncio", "debate",
)}
# the line under a name that is speech ends like a sentence, quotes and brackets aside
SPEECH_LINE_END = re.compile(r"[.!?…][»\"”’')\]]{0,3}$")
# captions turned to text, without punctuation ("so today we are going to talk about" / "John Smith" / "yeah thanks"):
# fewer than this share of the lines of several words end with a sentence's stop, over at least this many lines; there
# a name line may open a turn under any line, over any line of words
CAPTION_STOPS_SHARE = 0.2
CAPTION_LINES_MIN = 5

# --- turns opened by the speaker's name run in at the head of the paragraph, no colon, no dash (ingest.run_in_names):
# minutes typed live at a student senate's or a club's meeting, "Lindqvist motion to confirm…", "Whitcombe I kept the
# books…", "Chair Okafor we'll come back to the minutes later."
# the word after a listed member's name that makes the paragraph the minutes' own prose about the member ("Lindqvist
# reported that…", "Smith will circulate…", "Roe to send the report", "Roe and Doe agreed", "Dupont a présenté…", "Gil
# señaló…"): a verb in the past ("-ed", "-ó"), an auxiliary or a modal (not asking: "did you watch…?" is the member's
# own question), the infinitive's "to", a conjunction joining a second subject. Such paragraphs are read as reported
# speech, and they count against the form (SPEECH_VERB after the name counts so too)
RUN_IN_PROSE_NEXT = re.compile(r"""^(?:
      [a-z]{2,}ed | [a-zñ]{2,}ó
    | (?:will|would|shall|should|can|could|may|might|must|is|was|are|were|has|had|have|does|did|do|a|avait|ha|había|va|est|es|fue)
      (?![\w’'])(?![ \t]{1,3}(?:I|you|we|they|he|she|it|vous|nous|usted|ustedes)(?![\w’']))
    | to | and | or | et | ou | y | e | &
    )(?![\w’'])""", re.X)
# what the record tells of the meeting's own course, even after a name written so: "Chair Okafor called the meeting
# (back) to order at 7:02 pm.", "… adjourned the meeting at 8:15 pm.", "X ouvre la séance", "X levanta la sesión"
RUN_IN_RECORD = re.compile(r"""^(?i:
      (?:called|calls)\s{1,3}the\s{1,3}(?:meeting|session)\s{1,3}(?:back\s{1,3})?to\s{1,3}order
    | (?:adjourned|adjourns|opened|opens|closed|closes|reconvened|reconvenes)\s{1,3}the\s{1,3}(?:meeting|session)
    | (?:ouvre|l[èe]ve|cl[ôo]t|suspend|reprend)\s{1,3}la\s{1,3}s[ée]ance
    | (?:abre|levanta|cierra|suspende|reanuda)\s{1,3}la\s{1,3}(?:sesi[óo]n|reuni[óo]n)
    )(?![\w’'])""", re.X)
RUN_IN_TURNS_MIN = 6  # paragraphs a listed member's name opens with words of the member's own after it, for the form
RUN_IN_NAMES_MIN = 3  # distinct listed members whose names open such paragraphs
RUN_IN_OWN_SHARE = 0.75  # share of the paragraphs a listed name opens that must go on so (not the minutes' prose)
RUN_IN_PARAGRAPH_SHARE = 0.3  # share of the paragraphs after the attendance list that such paragraphs must be
RUN_IN_ONCE_WORDS = 4  # words after a name the list lacks, written so once, for its paragraph to be that person's turn
# the first person's "I" opening the words after a name ("Moreau I was stuck in traffic", "Tembo I'd rather wait")
RUN_IN_I = re.compile(r"I(?:[’'](?:m|ve|d|ll))?(?![\w’'])")
RUN_IN_TITLE_WORDS = 2  # office words a member's name may have before it ("Vice President Okafor")

# --- a news anchor's hand-over to an unlabelled report (ingest.handovers) ---------------------------------------------
# radio and TV news label the presenters' turns only; the correspondent's report that follows a turn has no label, the
# turn's last sentence announces it: "Les précisions avec notre correspondant en Belgique Pierre Bénezet.",
# "Correspondance à Washington, Anne Cornet.", "Our correspondent in Brussels, Jane Roe, reports.", "Desde Bruselas,
# nuestra corresponsal Ana Gil.", "Jane Roe reports from Kyiv.", "Le reportage de Paul Roux." — the person's name
# closes the sentence (a report verb and its place may follow it)
_REPORTER = r"""(?:correspondant(?:e|s|es)?|correspondance|envoy[ée]e?s?\s+spéciale?s?|reporters?|journalistes?
    |correspondents?|reporters?
    |corresponsal(?:es)?|corresponsalía|enviad[oa]s?\s+especial(?:es)?|report(?:er[oa]s?|ero|era))"""
_REPORT_OF = r"""(?:reportage|précisions|détails|explications|éclairage|analyse|report|crónica|informe|reportaje)\s+(?:de|d[’']|by|of)"""
# where the reporter is: "en Belgique", "à Washington", "in Brussels", "desde Bruselas" (short, no sentence stop)
_REPORT_PLACE = r"(?:\s+(?:en|à|au|aux|dans|depuis|in|at|from|desde|de|del|para)\s+[^.!?;:\n]{1,50}?)?"
# the report verb a name may take at the end: "Jane Roe reports.", "…, Ana Gil, nos cuenta desde Quito."
_REPORT_VERB = r"""(?:,?\s+(?:reports|has\s+more|has\s+(?:this|the)\s+(?:report|story)|informa|nos\s+cuenta|reporta
    |nous\s+en\s+dit\s+plus|fait\s+le\s+point)(?:\s+(?:from|desde|depuis)\s+[^.!?;:\n]{1,40})?)?"""
# a full name of two to five words, bounded so that the patterns stay linear on long lines
_REPORTER_NAME = rf"{NAME_TOKEN}(?:\s{{1,3}}(?:(?:{_PART})\s{{1,3}}){{0,2}}{NAME_TOKEN}){{1,4}}"
HANDOVER_REPORT = re.compile(rf"""(?<![\w’'])(?:(?i:{_REPORTER}){_REPORT_PLACE}|(?i:{_REPORT_OF}))[\s,]{{1,3}}
    (?P<name>{_REPORTER_NAME}){_REPORT_VERB}\s*,?\s*[.!:…]?\s*$""", re.X)
# "Jane Roe reports from Kyiv.": a sentence that is only a name and its report verb (after a place and a comma at most)
HANDOVER_REPORTS = re.compile(rf"""^(?:[^.!?;:\n]{{1,60}}?,\s*)?(?P<name>{_REPORTER_NAME})\s+(?:reports|has\s+more
    |has\s+(?:this|the)\s+(?:report|story))(?:\s+(?:from|in)\s+[^.!?;:\n]{{1,40}})?\s*[.!:…]?\s*$""", re.X)
HANDOVER_CHARS = 300  # a longer sentence is the anchor's story, not a hand-over (and no regex over a long line)

# a line of its own of at most this many words, with no sentence's end, is an item's heading: it ends a reporter's list
HEADING_LINE_MAX_WORDS = 8
# a reporter's list of items: a sentence whose speech verb is one of reporting and which ends on a colon at the line's
# end ("El secretario dio seguimiento a los acuerdos siguientes:", "…, informando lo siguiente:", "Steve reported the
# following:", "Marie fait le point suivant :"); the lines after it are that person's report (see report_lists.py)
REPORT_LIST_OPENER = re.compile(r"""
    (?<![\w’'])(?: inform(?:ó|a|an|aron|ando) | report(?:ó|a|ando) | (?:da|dio|dando)\s+seguimiento | detall(?:ó|a|ando)
      | present(?:ó|a|ando) | expuso | expone | reported | reports | updated | gave\s+an\s+update | gives\s+an\s+update
      | presented | outlined | listed | (?:a\s+)?(?:informé|présenté|détaillé|rendu\s+compte|fait\s+le\s+point)
      | informe | présente | détaille | rend\s+compte | fait\s+le\s+point )
    (?![\w’'])[^:\n]{0,160}:[ \t]*$""", re.I | re.X)

# a presenter's turn that ends by playing a sound bite: "Écoutez", "Écoutons-la.", "Écoutez Emmanuel Macron.", "Listen
# to Jane Roe.", "Let's listen.", "Escuchemos a Ana Gil." — the next paragraph, unlabelled, is the voice played: the
# person the cue names, else the one the turn was telling about (`handovers.listened`). No bare "Listen.", "Écoute.",
# "Escucha.": a speaker's own word to the other in a dialogue
LISTEN_CUE = re.compile(rf"""^(?:(?i:et|and|y)\s{{1,3}})?(?i:écoutez|écoutons|on\s+l[’']écoute
    |listen\s+to|let[’']s\s+listen|take\s+a\s+listen|have\s+a\s+listen|escuchemos|escuchen|escuchamos|oigamos)(?:-(?:le|la|les|lui|nous))?
    (?:\s{{1,3}}(?:(?i:to|a)\s{{1,3}})?(?P<name>{_REPORTER_NAME}))?\s*[.!:…]?\s*$""", re.X)
# a full name written in the turn (two to five capitalised words), a candidate for the voice a listen cue plays
TURN_NAME = re.compile(rf"(?<![\w’'\-]){_REPORTER_NAME}")
# words that make the name after them an opponent, a partner or an agent, not the one the story is about ("qualifiée
# face à la Chinoise X", "lost to Jane Roe", "ganó contra Ana Gil", "reçu par X"); not "de"/"of", whose name is often
# the story's own ("les débuts de Léa Martin"); articles and a capitalised descriptor between them are skipped
NAME_GOVERNORS = frozenset({"à", "a", "contre", "face", "avec", "par", "chez", "to", "against", "with", "by", "versus",
                            "vs", "contra", "ante", "con", "frente", "al"})
NAME_ARTICLES = frozenset({"la", "le", "les", "l", "un", "une", "the", "an", "el", "los", "las", "una", "uno"})
LISTEN_TURN_CHARS = 2000  # how far back in the turn a listen cue's voice is looked for

# Machine-written meeting summaries (Google Meet's "Notas de Gemini"/"Notes by Gemini"/"Notes de Gemini", Zoom AI
# Companion, Teams Copilot, Otter): fixed section headings, each a line of its own (an emoji, "#" or "**" before it, a
# colon after it, allowed). The overview ("Resumen", "Summary", "Résumé", "Quick recap", "Meeting summary"), the
# topics ("Detalles", "Details", "Détails", "Outline", "Key points") and the task list ("Próximos pasos", "Pasos
# siguientes recomendados", "Suggested next steps", "Action items", "Étapes suivantes suggérées"). See meeting_summary.py
_SUMMARY_LINE = r"^[^\w\n]{{0,6}}(?:{})[ \t]*:?[^\w\n]{{0,4}}$"
SUMMARY_OVERVIEW_LINE = re.compile(_SUMMARY_LINE.format(
    r"resumen(?:\s+de\s+la\s+reuni[óo]n)?|(?:meeting\s+)?summary|r[ée]sum[ée](?:\s+de\s+la\s+r[ée]union)?"
    r"|quick\s+recap|resumen\s+r[áa]pido|r[ée]capitulatif(?:\s+rapide)?|overview"), re.I | re.M)
SUMMARY_DETAILS_LINE = re.compile(_SUMMARY_LINE.format(
    r"detalles|details|d[ée]tails|outline|key\s+points|puntos\s+clave|points\s+cl[ée]s"), re.I | re.M)
SUMMARY_TASKS_LINE = re.compile(_SUMMARY_LINE.format(
    r"(?:suggested\s+|recommended\s+)?next\s+steps|action\s+items|follow[- ]up\s+tasks"
    r"|pr[óo]ximos\s+pasos(?:\s+(?:recomendados|sugeridos))?|(?:pasos|acciones)\s+siguientes(?:\s+(?:recomendad[oa]s|sugerid[oa]s))?"
    r"|siguientes\s+pasos|elementos\s+de\s+acci[óo]n|tareas\s+pendientes"
    r"|[ée]tapes\s+suivantes(?:\s+(?:sugg[ée]r[ée]es|recommand[ée]es))?|prochaines\s+[ée]tapes|actions\s+[àa]\s+mener"
    r"|points\s+d[’']action"), re.I | re.M)
# the tool's own lines about its notes ("Revisa las notas de Gemini para asegurarte…", "Review Gemini's notes…",
# "Vérifiez les notes de Gemini…", "AI-generated content may be inaccurate…"): nobody's words
SUMMARY_TOOL_LINE = re.compile(r"""^[^\w\n]{0,4}(?:revisa|review|v[ée]rifiez|obt[ée]n|get|danos|give\s+us|donnez|how\s+is
    |ai-generated|el\s+contenido\s+generado|le\s+contenu\s+g[ée]n[ée]r[ée])\b[^\n]{0,120}?
    (?:gemini|ai\s+companion|copilot|otter|inaccurate|inexact|incorrect)""", re.I | re.M | re.X)
# in a meeting summary's item, the word after the name that opens a sentence: its verb, in lower case ("Rodrigo
# demostró…", "Ana también indicó…", "Anne Morel a indiqué…", "Tom Baker explained…"); not a join to a second name
# ("… e Itzcoatl", "… and Tom"), a particle or a comma (an apposition)
SUMMARY_SUBJECT_VERB = re.compile(r"[^\S\n]{1,3}(?!(?:y|e|et|and|o|ou|or|ni|de|del|of|du|des|la|le|van|von)\b)[a-zà-ÿ]")
# times a meeting summary must write a run of capitalised words for it to count as a person in a run of names ("X y Y
# discutieron…"); a run written once is an item's topic glued to a name ("Recomendación de Series y Problemas Técnicos
# Kauneda Arashi recomendó…")
SUMMARY_NAME_WRITTEN_MIN = 2
# a machine-written summary's task-list item under the name of whoever will do it, in brackets: "[Ana Gil] Enviar
# agenda: …", "[leticia uribe] Coordinar reunión: …", "[Médico Ocupacional2] Revisar demo: …" (a Meet account's name,
# in any case, digits and all)
SUMMARY_TASK_OWNER = re.compile(r"^[^\S\n]*\[(?P<owner>[^\W\d_][\w.’'-]*(?:[^\S\n][\w.’'-]+){0,4})\][^\S\n]+(?=\S)", re.M)
# words written in lower case that are no prose of the text's, so no sign that a capitalised form is no name: an
# e-mail address ("leticia.uribe@clinica.mx" among the invited) and an account name in brackets at a line's start
# (a task list's "[leticia uribe] Agendar reunión: …"); the text's "Leticia Uribe sugirió…" is still a full name
ACCOUNT_WRITING = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|^[^\S\n]*\[[a-zà-ÿ]+(?:[^\S\n][a-zà-ÿ]+){1,3}\](?=[^\S\n]+[A-ZÀ-Þ])",
                             re.M)
# a sentence's first word, capitalised, as a one-word subject ("Rodrigo demostró…")
SUMMARY_ONE_WORD = re.compile(rf"{NAME_TOKEN}")
# a meeting summary's item topic, run into its first sentence before the name: title-case words and short particles
# ("Aspectos Financieros del Proyecto ", "Integración de la Documentación para la IA "), the last one capitalised
# ("Acordaron que Ana Gil…" is a sentence, not a topic)
# (a capitalised word may take an apposition's comma: "Dama, la Broker de Información Ludo Bermejo sugirió…"; the
# topic may end in a colon: "Inicio de Sesión y Presentación de Avance: Frank Saavedra inició…")
# A topic that ends in a colon may hold any words, after the item's bullet glyph where an export kept it ("● Revisión
# del uso del tipo de cambio en el tiempo: Rose Ríos Gómez señaló…")
SUMMARY_TOPIC_HEAD = re.compile(rf"""(?:[●•▪◦][^\S\n]{{1,3}})?
    (?: (?:(?:{NAME_TOKEN},?|[a-zà-ÿ]{{1,5}})[^\S\n]{{1,3}}){{0,15}}{NAME_TOKEN}:?[^\S\n]{{1,3}}
      | [^\W\d_][^:\n]{{0,120}}:[^\S\n]{{1,3}} )""", re.X)
# a meeting summary's sentence whose subject is the pair or the group, or no one: "Ambos acordaron…", "Both agreed…",
# "Les deux participants…", "They discussed…", a Spanish verb in the plural with no subject ("Acordaron que…",
# "También se coordinaron…"), the impersonal "Se habló de…", "It was agreed…", "Il a été convenu…"
SUMMARY_GROUP_OPENER = re.compile(r"""(?:(?:tambi[ée]n|adem[áa]s|luego|despu[ée]s|finalmente|asimismo|also|then|finally
      |ensuite|enfin|aussi),?[^\S\n]{1,3})?
    (?: (?:ambos|ambas|los\s+dos|las\s+dos|los\s+participantes|el\s+grupo|todos|both|they|the\s+participants|the\s+group
        |everyone|ils|elles|tous\s+les\s+deux|les\s+deux|les\s+participants|le\s+groupe)\b
      | (?:se[^\S\n]{1,3})?[a-záéíóúñ]{2,20}(?:aron|ieron|eron)\b
      | se[^\S\n]{1,3}[a-záéíóúñ]{2,20}(?:ó|aba|ía)\b | it\s+was\b | il\s+a\s+été\b )""", re.I | re.X)
# --- chunk and segment headers of machine transcripts (ingest.chunk_headers, ingest.cleaning) ----------------------
# a speech-to-text pipeline that transcribes a recording piece by piece writes a header over each piece: the piece's
# time span, sometimes the diarization labels heard in it ("Timestamp : [0.0, 442.88] / ['SPEAKER_03', …]:",
# "[00:01:02 --> 00:01:30]", "Segment 3", "Segmento 2 (00:10 - 00:20)"). It is layout on a line of its own: never a
# speaker, and it neither ends nor changes the turn it falls in (the pieces are cut by length, not by speaker).
_CLOCK = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"  # "00:01:02", "1:02.5"
_SECONDS = r"\d{1,6}(?:[.,]\d{1,3})?"  # "442.88"
_SPAN_SEP = r"\s{0,3}(?:-->|->|[-–—/,]|to|à|a)\s{0,3}"
_CHUNK_WORD = r"(?i:timestamps?|time\s?stamps?|horodatage|marca\s+de\s+tiempo|segment|segmento|chunk)"
CHUNK_HEADER = re.compile(rf"""^\s{{0,8}}(?:
      {_CHUNK_WORD}(?:\s{{1,3}}\d{{1,4}})?\s{{0,3}}:?\s{{0,3}}   # the header word, a piece number ("Segment 3 :")
      [\[(]\s{{0,3}}(?:{_CLOCK}|{_SECONDS})(?:{_SPAN_SEP}(?:{_CLOCK}|{_SECONDS}))?\s{{0,3}}[\])]   # "[0.0, 442.88]"
      (?:\s{{0,3}}/\s{{0,3}}\[[^\]\n]{{0,4000}}\])?   # "/ ['SPEAKER_03', 'SPEAKER_02']": the labels heard in the piece
    | [\[(]\s{{0,3}}(?:{_CLOCK}(?:{_SPAN_SEP}{_CLOCK})?|{_SECONDS}\s{{0,3}}-->\s{{0,3}}{_SECONDS})\s{{0,3}}[\])]   # "[00:01:02 --> 00:01:30]" alone
    | {_CHUNK_WORD}\s{{1,3}}\d{{1,4}}   # "Segment 3" alone
    )\s{{0,3}}:?[ \t]*$""", re.X)

# minutes written into a shared page by their authors (`ingest.authored_reports`). An office's own report heading
# ("Treasurer's Report", "Rapport du trésorier", "Informe de la Secretaría"): the office, or the office noun of a
# Spanish or French heading ("la Presidencia", "la trésorerie"); an optional article, one qualifier word at most
_REPORT_OFFICE = (rf"(?i:(?:the|le|la|l[’']|el)\s*)?(?i:(?:{OFFICE_QUALIFIER}\s+)?(?:{OFFICER_TITLES}"
                  r"|(?:vice)?presidencia|secretar[íi]a|tesorer[íi]a|vice-?pr[ée]sidence|pr[ée]sidence|tr[ée]sorerie"
                  r"|secr[ée]tariat))")
REPORT_OFFICE = re.compile(_REPORT_OFFICE)
# the English heading without the possessive: "Treasurer Report", "Report from the Treasurer", "Report of the
# Secretary", its apostrophe lost ("Presidents Report from Jane Roe": the holder named after "from"/"by")
# ("Secretary's update" is REPORT_HEADING's; the plural "Director Reports" groups reports)
OFFICE_REPORT_HEADING = re.compile(rf"^\s*(?:(?P<office>{_REPORT_OFFICE})(?:[’']?s)?\s+(?i:report|update)(?!s)"
                                   rf"|(?i:report|update)\s+(?i:from|of|by)\s+(?P<office2>{_REPORT_OFFICE}))(?![\w’'-])")
# after a report heading, the name of who holds the office or gives the report: "Treasurer's Report - Katie
# Bechtold", "Secretary Report (Ana)", "Rapport du trésorier : Jean Roe"
REPORT_HOLDER_TAIL = re.compile(r"^\s*(?:[-–—:]\s*|\(\s*|(?i:from|by)\s+)(?P<holder>[^\W\d_][^()\n:,;]{0,40}?)\s*\)?\s*$")
# a signature alone on its line under the report it closes: "- Alberto", "— Ana Gil", "-- mirage335"
SIGNATURE_LINE = re.compile(r"^\s*[-–—]{1,2}\s?(?P<who>[^\W\d_][\w’'.-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,2})\s*$")
# a heading that groups the reports of several people ("Member Reports", "Director-at-Large Reports", "Rapports des
# commissions", "Informes de los vocales"): under it a participant's name or handle alone on a line heads that
# person's own report. Up to three words before the plural, a short "of/des/de los …" complement after it
REPORT_GROUP_HEADING = re.compile(r"^(?:[^\W\d_][\w’'-]{0,24}\s{1,3}){0,3}(?i:reports|rapports|informes|comptes[\s-]rendus"
                                  # a round of each member's news: "Member Updates", "Tour de table", "Ronda de informes"
                                  r"|updates|tour\s+de\s+table|round[\s-]?table|ronda\s+de\s+(?:informes|novedades))"
                                  r"(?:\s{1,3}(?i:from|of|by|des|de|du|del)(?:\s{1,3}(?i:los|las|la|l[’']))?\s{1,3}"
                                  r"[^\W\d_][\w’'-]{0,24}(?:\s{1,3}[\w’'-]{1,24}){0,3})?\s*:?\s*$")
# the agenda items after the reports, which end the last one: "Old Business", "New Business", "Any other business",
# "Announcements", "Adjournment", "Questions diverses", "Affaires diverses", "Ruegos y preguntas", "Asuntos varios"
REPORTS_END_HEADING = re.compile(r"""^\s*(?i:(?:old|new|unfinished|other|any\s+other)\s+business|a\.?o\.?b\.?|announcements
    |adjournment|adjourned|questions?\s+diverses|affaires\s+diverses|points?\s+divers|divers|ruegos\s+y\s+preguntas
    |asuntos\s+(?:varios|generales)|cl[ôo]ture(?:\s+de\s+la\s+s[ée]ance)?|lev[ée]e\s+de\s+(?:la\s+)?s[ée]ance|clausura
    |cierre(?:\s+de\s+la\s+sesi[óo]n)?)\s*:?\s*$""", re.X)
# a member's handle as a report's heading: one lower-case word with a digit ("mirage335", "jdoe42"); a capitalised word
# must be a name of the participants list
REPORT_HANDLE = re.compile(r"^[a-z][a-z0-9_.-]{0,30}\d[a-z0-9_]{0,12}$")
# a report's closing signature after its last sentence: "… until then. - Alberto", "— Ana Gil" (one to three words)
REPORT_SIGNATURE = re.compile(r"(?<=[.!?)])\s{1,3}[-–—]{1,2}\s?(?P<who>[A-Z][\w’'-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,2})\s*$")
# a note-taker's bracketed remark opening a paragraph inside an author's report ("[Lively discussion..] There's
# disagreement…"): that paragraph is the note-taker's
NOTE_TAKER_BRACKET = re.compile(r"^\s*\[[^\[\]\n]{1,80}\]")
# a report's whole body saying there is none: "-Not present.", "-no report", "Absent", "Pas de rapport", "Sin informe"
REPORT_NONE = re.compile(r"^\s*[-–—]?\s*(?i:not\s+present|absent|no\s+report|excused|pas\s+de\s+rapport|absente?|excus[ée]e?"
                         r"|sin\s+informe|ausente)\s*[.!]?\s*$")
# who holds an office, said in passing in a citation or a recognition ("Katie Bechtold. Continuing to serve as our
# treasurer…", "Ana Gil, que actúa como nuestra tesorera", "Jean Roe, en tant que notre trésorier"): the phrase, whose
# paragraph opens with the holder's name (`office_holders.office_ties`)
SERVES_AS_OFFICE = re.compile(rf"(?i:serv(?:e|es|ed|ing)\s+as|acting\s+as|act[úu]a\s+como|en\s+tant\s+que)\s+"
                              rf"(?i:our|the|notre|nuestr[oa])\s+(?P<office>(?i:{OFFICER_TITLES}))(?![\w-])")


# --- letters and e-mails pasted into a narrated text (ingest.letters) ------------------------------------------------
# a letter's greeting at the start of a paragraph, the addressee's name after it or not, or words in lower case
# ("Buenas tardes Lola, soy…", "Buenos días Lola.", "Estimados estudiantes, …", "Dear Tom,", "Bonjour Paul,")
_LETTER_NAME = rf"[{UPPER}][\w’'-]{{1,30}}(?:[ \t][{UPPER}][\w’'-]{{1,30}}){{0,2}}"
LETTER_GREETING = re.compile(rf"(?i:buen[oa]s[ \t]+(?:tardes|noches|d[ií]as)|hola|estimad[oa]s?|querid[oa]s?|dear|hi|hello"
                             rf"|bonjour|bonsoir|ch[eè]re?s?)(?![\w’'])"
                             rf"(?:[ \t]{{1,3}}(?P<to>{_LETTER_NAME})|[ \t]{{1,3}}[a-zà-ÿ][\w’'-]{{1,30}}(?:[ \t][a-zà-ÿ][\w’'-]{{1,30}}){{0,2}})?"
                             rf"[ \t]{{0,3}}[,.:!]")
# a letter's sign-off, a line of its own ("Gracias de antemano Lola, un saludo.", "Saludos cordiales.", "Best regards,",
# "Cordialement,"); thanks alone ("Gracias.") ends no letter
LETTER_SIGN_OFF = re.compile(rf"(?:(?i:gracias(?:[ \t]+de[ \t]+antemano)?|thanks(?:[ \t]+in[ \t]+advance)?|merci(?:[ \t]+d['’]avance)?)"
                             rf"(?:[ \t]{{1,3}}{_LETTER_NAME})?[ \t]{{0,3}},[ \t]{{0,3}})?"
                             r"(?i:un[ \t]+(?:saludo|abrazo)|saludos?(?:[ \t]+cordiales)?|atentamente|cordialmente"
                             r"|(?:best|kind|warm)[ \t]+(?:regards|wishes)|regards|sincerely(?:[ \t]+yours)?|yours[ \t]+(?:sincerely|truly)"
                             r"|cordialement|bien[ \t]+à[ \t]+vous|amitiés|bien[ \t]+amicalement)[.,!]?")
# the signature under the sign-off: a name alone ("Belén.", "Tom", "Ana Gil")
LETTER_SIGNATURE = re.compile(rf"(?P<name>{_LETTER_NAME})\.?")
# a letter's writer introducing themselves in its first paragraph ("soy Belén del Rocío García Camino, alumna…",
# "my name is Tom Reed", "je suis Paul Roux"); particles inside the name
LETTER_SELF_NAME = re.compile(rf"(?<![\w’'])(?i:soy|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|my[ \t]+name[ \t]+is|I[ \t]+am|I['’]m"
                              rf"|je[ \t]+suis|je[ \t]+m['’]appelle)[ \t]{{1,3}}"
                              rf"(?P<name>[{UPPER}][\w’'-]{{1,30}}(?:[ \t]{{1,3}}(?:(?:de|del|la|las|los|y|van|von|da|di|du|le)[ \t]{{1,3}}){{0,3}}"
                              rf"[{UPPER}][\w’'-]{{1,30}}){{0,5}})")
# a formal letter's address block, ending on "P R E S E N T E" or "PRESENTE" in capitals (Mexican and Spanish official
# letters: "DR. ISMAEL RODRÍGUEZ" / "DIRECTOR GENERAL" / "P R E S E N T E:", joined into one line by the cleaning or
# not): the letter opens there, as on a greeting; at most 400 characters (bounded)
LETTER_ADDRESS_BLOCK = re.compile(r"(?s:.{0,400}?)(?<![\w’'])(?:P[ \t]R[ \t]E[ \t]S[ \t]E[ \t]N[ \t]T[ \t]E|PRESENTE)[ \t]*[.:]?[ \t]*")
# the place and date a formal letter gives after its sign-off, on the same line once the cleaning joined them, a motto
# after them or not ("ATENTAMENTE Aguascalientes, Ags., a 03 de marzo de 2020 “SE LUMEN PROFERRE”", "Cordialement,
# Paris, le 4 mars 2021"): a day, a month's word and a year
LETTER_PLACE_DATE = re.compile(r"[^\n]{0,60}?(?<!\d)\d{1,2}(?:er)?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,12}[ \t]+(?:de[ \t]+|del[ \t]+)?"
                               r"(?:19|20)\d\d(?!\d)[^\n]{0,80}")
# a formal letter's signature under its sign-off, past the place and date and a motto: a name in capitals, academic
# degrees before it or not ("M. N. y F. JORGE SILVA ROBLES", "DR. ANA GIL"), the office in capitals after it on the
# same line or not ("… ROBLES JEFE DEL DEPARTAMENTO…": the name stops at an office word, `letters._caps_signature`)
LETTER_CAPS_SIGNATURE = re.compile(rf"(?:(?:[A-Z][A-Za-z]{{0,3}}\.[ \t]*)+(?:y[ \t]+(?:[A-Z][A-Za-z]{{0,3}}\.[ \t]*)+)?)?"
                                   rf"(?P<words>[{UPPER}]{{2,30}}(?:[ \t][{UPPER}]{{1,30}}){{1,12}})[ \t]*")
LETTER_SIGNATURE_LINES = 6  # lines under a sign-off where a formal signature in capitals may stand
LETTER_PARAGRAPHS_MAX = 12  # paragraphs from a greeting to its sign-off; further, the greeting opens no letter

# a would-be label that is a noun and its complement ("Station de la Fontenelle", "Salle des fêtes", "Commission
# d'Appel d'Offres"): the noun, then "de", "du", "des", "de la", "d'" and capitalised words (`attribution._noun_of`)
NOUN_OF_NAME = re.compile(rf"(?P<noun>[{UPPER}][a-zà-ÿ]{{2,20}})[ \t]+(?:de[ \t]+la|de[ \t]+l[’']|des|du|de|d[’'])[ \t]*"
                          rf"[{UPPER}][\w’'-]{{1,30}}(?:[ \t]+[{UPPER}][\w’'-]{{1,30}}){{0,3}}")

# the word before an office that makes another office of it ("Vice Intendente", "Sub Director", "Vice President")
OFFICE_PREFIXES = frozenset({"vice", "sub", "pro", "co"})
# an attendance entry that gives the person, a spaced dash, then the office or the organisation ("Randy Marx - Board
# President", "Tom R. Gray - General Manager", "Rex Meurer – Citrus Heights Water District Water Efficiency
# Supervisor"): the name is what comes before the dash (two to four capitalised words, a middle initial allowed)
NAME_DASH_TITLE = re.compile(rf"[ \t]*(?P<name>[{UPPER}][\w’'-]+(?:[ \t]+(?:[{UPPER}]\.|[{UPPER}][\w’'-]+)){{1,3}})[ \t]+[-–—][ \t]+(?P<title>[{UPPER}][^\n]{{1,120}})")
# --- attendance given office by office (ingest.office_attendance) ----------------------------------------------------
# a council's acta that lists who attended one office a line, under "Con la asistencia de los señores (as):" or at the
# record's head: "Presidente Municipal: José Carlos Vindas Ureña.", "Concejales Propietarios: A, B y C", "Intendente
# Municipal: X.", "Ausencias injustificadas: Y.", "Visitantes: …", "Secretaria: Z." (first word folded)
OFFICE_ATTENDANCE_WORDS = frozenset(fold(w) for w in (
    "presidente", "presidenta", "vicepresidente", "vicepresidenta", "vice", "secretario", "secretaria", "tesorero",
    "tesorera", "síndico", "síndica", "sindico", "sindica", "concejal", "concejala", "concejales", "regidor", "regidora",
    "regidores", "intendente", "intendenta", "alcalde", "alcaldesa", "vocal", "vocales", "asesor", "asesora", "asesores",
    "director", "directora", "fiscal", "visitantes", "invitados", "invitadas", "oyentes", "ausencias", "ausentes",
    "funcionarios", "funcionarias", "miembros", "consejero", "consejera", "consejeros",
))
OFFICE_ATTENDANCE_ABSENT = frozenset(fold(w) for w in ("ausencias", "ausentes"))
OFFICE_ATTENDANCE_AUDIENCE = frozenset(fold(w) for w in ("visitantes", "invitados", "invitadas", "oyentes"))
# the line: the office (one to four words, the first capitalised), a colon, the names; "No hubo." names nobody
OFFICE_ATTENDANCE_LINE = re.compile(rf"[ \t]*(?P<office>[{UPPER}][\w]+(?:[ \t]+[\w()]+){{0,3}})[ \t]*:[ \t]*(?P<names>\S[^\n]*)")
# a name in such a list: two to five capitalised words, Spanish particles between ("Liz Amadelys Morales Rodríguez")
OFFICE_ATTENDANCE_NAME = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w’'-]+(?:[ \t]+(?:(?:de|del|la|las|los|y)[ \t]+)?[A-ZÁÉÍÓÚÑÜ][\w’'-]+){1,4}")
OFFICE_ATTENDANCE_MIN = 3  # such lines in a row that make the list (one "Secretaria: X" line is a label or a field)
NO_ONE = re.compile(r"(?i:no[ \t]+hubo|ninguno|ninguna|none|néant|aucun)\.?[ \t]*$")

# --- a host's question to a guest by name, then the guest's unlabelled answer (ingest.addressed_answers) --------------
# the question that ends a host's paragraph and names who is to answer: the name first, after a comma, or alone
# ("Richard, tu peux te présenter un peu, s'il te plaît ?", "Maria ?", "Serge...", "Et toi, Leïla ?", "Jane, what do
# you think?"): the name in `name`
ADDRESSED_QUESTION = re.compile(rf"(?:(?i:et|and|y|alors|so|bueno|donc)[ \t]+(?:(?i:toi|vous|you|tú|usted)[ \t]*,[ \t]*)?)?"
                                rf"(?P<name>[{UPPER}][\w’'-]{{1,30}})[ \t]*(?:,[^\n]{{0,200}}\?|\?|\.\.\.|…)[ \t]*")

# an agenda item's number before a member's label ("1. Regidor Carlos Fonseca Brenes:  Con respecto…", "2. El regidor
# Cristopher Sánchez Corrales:"): after the number, an article or not, an office or an honorific, a capitalised name, a
# colon (`labels.classify` reads the label after the number)
NUMBERED_OFFICE_LABEL = re.compile(r"[ \t]*(?:(?:El|La)[ \t]+)?(?i:regidor|regidora|concejal|concejala|s[íi]ndic[oa]|consejer[oa]"
                                   r"|diputad[oa]|senador|senadora|señor|señora|sr\.|sra\.|don|doña|dr\.|dra\.|councillor|councilor"
                                   r"|director|directora)[ \t]+[A-ZÁÉÍÓÚÑ][^\n:]{2,80}:")
# --- short forms of the attendees' names as notes' labels (ingest.label_short_forms) --------------------------------
# initials two people share, told apart by a bracket before the colon ("* TT (Timea):", "TT (TallTed):")
SHORT_FORM_BRACKETED = re.compile(r"[ \t]*(?:[*•-][ \t]*)?(?P<abbr>[A-Z]{2,4})[ \t]*\((?P<who>[A-Za-zÀ-ÿ][\w’'-]{1,30})\)[ \t]*:")
# a label that gives its speaker's short form in brackets, the short form as the minutes write it elsewhere, in any
# case ("Mark Nottingham (mnot), as individual:", "Martin Thomson (MT):"; later "mnot:", "MNot:", "mt:")
DECLARED_LABEL = re.compile(rf"^\s*(?P<name>[{UPPER}][\w’'-]+(?:[ \t][{UPPER}][\w’'-]+){{1,3}})[ \t]*\((?P<short>[A-Za-z][\w.]{{1,12}})\)\s*$")
# the words of a nick written in CamelCase or lower case ("TallTed" -> Tall, Ted)
NICK_PART = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]+")
# a nick of a given name and the initials of the rest of the name ("TimBL" for Tim Berners-Lee)
GIVEN_INITIALS_NICK = re.compile(r"(?P<given>[A-ZÀ-Ý][a-zà-ÿ]{1,20})(?P<initials>[A-Z]{1,3})")

# --- texts the minutes say someone wrote, annexed under their title (ingest.annexes) --------------------------------
# the narration naming a text's writer and its title: "procedió a leer un texto que elaboró el Sr. Salomón Reyes,
# responsable de…, que se titula Panorama del estado…", "le rapport rédigé par Mme Anne Roux, intitulé « Bilan… »",
# "a report prepared by Jane Roe entitled 'Budget…'"; the apposition between name and title at most 300 characters
# (bounded, one paragraph); the title's first words after it
ANNEX_AUTHORED = re.compile(
    rf"(?<![\w’'])(?i:texto|informe|documento|reporte|escrito|estudio|texte|rapport|note|étude|text|report|paper|memo|statement)"
    rf"\s+(?i:que\s+(?:elabor[óo]|redact[óo]|escribi[óo]|prepar[óo])|(?:elaborad|redactad|escrit|preparad)[oa]\s+por"
    rf"|(?:rédigé|élaboré|préparé|écrit)e?\s+par|(?:written|prepared|drafted|authored)\s+by)\s+"
    rf"(?:(?i:el|la|le|the)\s+)?(?:{HONORIFIC_RE}\s+){{0,2}}(?P<name>{NAME_RE})"
    rf"(?:(?!\n[ \t]*\n)[^\n]|\n){{0,300}}?(?<![\w’'])(?i:que\s+se\s+titula|titulad[oa]|intitulad[oa]|cuyo\s+t[íi]tulo\s+es|intitulée?"
    rf"|titrée?|entitled|titled)\s*[«“\"']?\s*(?P<title>\w[\w’'-]*(?:\s+[\w’'-]+){{3,9}})")
ANNEX_TITLE_WORDS = 5  # the title's first words a heading line must start with to be the annexed text's heading
ANNEX_HEADING_WORDS = 25  # words a title's heading line may have
# a line that opens another document after an annexed text: a letter's or a memo's header field ("NO. Oficio: 008",
# "ASUNTO: Solicitud…", "Objet : …", "Subject: …", "Ref.: …")
DOCUMENT_HEADER_FIELD = re.compile(r"[ \t]*(?:N[oO°º]\.?[ \t]*)?(?i:oficio|asunto|objet|subject|ref(?:erencia)?\.?)[ \t]*:")

# --- glosses in another script (ingest.foreign_glosses) ---------------------------------------------------------------
# a short line with no Latin letter in a Latin-script text ("公平的问题：大公司的额外分红" between two paragraphs of
# one answer): the publisher's heading for readers of another language, no end of the turn. The text's letters are
# at least this share Latin; the line at most this long, and without a sentence stop at its end (Latin or CJK)
LATIN_SCRIPT_SHARE_MIN = 0.9
FOREIGN_GLOSS_MAX_CHARS = 60
FOREIGN_GLOSS_END = re.compile(r"[.!?…。！？．]\W{0,3}$")

# --- editors' notes in brackets inside a turn (ingest.editor_notes) ---------------------------------------------------
# a bracket that opens a sentence and closes after whole sentences, within one paragraph ("(Pour trouver l'événement
# auquel fait référence le président, il faut retourner en 1875… l'amendement Wallon.)"); bounded, no nested bracket
EDITOR_NOTE = re.compile(r"\([^()\n]{20,1500}\)|\[[^\[\]\n]{20,1500}\]")
EDITOR_NOTE_WORDS_MIN = 8
# the note follows a sentence of the turn on the same line: a sentence stop and a space before the bracket (a bracket
# that opens its own paragraph is a translation or a transcriber's note: `attribution._translation`, `lines._note_end`)
SENTENCE_OPENS_AFTER = re.compile(r"[.!?…»\"”][ \t]{1,2}$")
# the words that make a bracket an editor's note: its name ("NDLR", "N.d.T.", "Note de la rédaction", "Editor's
# note", "Translator's note", "Nota del editor", "N. del E.") or the speaker's reference explained ("auquel fait
# référence le président", "the minister is referring to", "se refiere a")
EDITOR_NOTE_CUE = re.compile(r"""(?<![\w’'])(?i:
      n\.?\s?d\.?\s?l\.?\s?r\.? | n\.\s?d\.\s?t\.? | ndt | note\s+de\s+la\s+r[ée]daction | note\s+du\s+traducteur
    | editor[’']?s\s+note | translator[’']?s\s+note | ed\.\s+note
    | nota\s+del?\s+(?:editor|redactor|traductor|la\s+redacci[óo]n) | n\.\s?del?\s?[ert]\.
    | fai(?:t|sait|sant)\s+r[ée]f[ée]rence | (?:is|was)\s+referring\s+to | refers\s+to
    | se\s+refer[íi]a | se\s+refiere | (?:hace|hac[íi]a|haciendo)\s+referencia
)(?![\w’'])""", re.X)

# --- an instalment's title written as a label (attribution._keep_labels) ------------------------------------------
# a title line whose words after the colon are only the instalment's number ("Entrevista Monitores-Jugadores: Parte
# I", "Interview with Jane Roe: Part 2", "Entretien : deuxième partie", "Capítulo 3"): a title, no speaker's turn
PART_TITLE_BODY = re.compile(r"""^\s{0,3}(?i:
      (?:part(?:e|ie)?|episod(?:e|io)|épisode|cap[íi]tulo|chapitre|chapter|entrega|volet)\s{1,3}
        (?:[ivxl]{1,5}|\d{1,3}|one|two|three|four|uno|dos|tres|cuatro|un|deux|trois|quatre)
    | (?:primera|segunda|tercera|cuarta|última|premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|derni[èe]re
       |first|second|third|fourth|last|final)\s{1,3}(?:parte|partie|part|entrega|[ée]pisode|episodio)
)\s{0,3}[.:!]?\s{0,3}$""", re.X)

# --- a group's label among people's (ingest.group_labels) ---------------------------------------------------------
# a plural noun (and one adjective at most), a preposition, then a place or body's proper name, one to three
# capitalised words after an optional article ("Monitores de La Roda", "Les élèves de Villeneuve", "Vecinos afectados
# del Cabanyal", "Residents of Oak Street"); kept as a speaker when it opens at least GROUP_LABEL_TURNS_MIN turns in
# a transcript with at least GROUP_LABEL_PEOPLE_MIN people labelled by full names
GROUP_LABEL = re.compile(rf"""^(?:(?i:les|los|las|the)\s{{1,3}})?[{_UP}][a-zà-ÿ’'-]{{1,30}}[sx]
    (?:\s{{1,3}}[a-zà-ÿ-]{{2,20}}[sx])?
    \s{{1,3}}(?:de\s{{1,3}}la|de\s{{1,3}}los|de\s{{1,3}}las|del|des|du|de|d[’']|of\s{{1,3}}the|of|from)\s{{0,3}}
    (?P<proper>(?:(?:La|Las|Los|El|Le|Les|L[’']|The)\s{{0,3}})?[{_UP}][\w’'-]{{1,30}}(?:\s{{1,3}}[{_UP}][\w’'-]{{1,30}}){{0,2}})$""",
                         re.X)
GROUP_LABEL_TURNS_MIN = 2
GROUP_LABEL_PEOPLE_MIN = 2

# --- a speaker named by the fullest form the document writes (`full_names`) ---
# words right before a full name written in the text that make it a topic, not a person of the meeting ("the Rob Ford
# documentary", "un livre sur Marcel Mauss", "sobre Gabriel García Márquez"): such a name never lends a speaker its
# full form, though it still makes a short form ambiguous
TOPIC_LEADS = frozenset(fold(w) for w in (
    "the", "a", "an", "about", "regarding", "on", "of", "by", "like", "le", "la", "les", "un", "une", "sur", "du",
    "des", "de", "d", "l", "comme", "el", "los", "las", "una", "sobre", "del", "acerca", "como"))
# words of a heading that are never part of a person's name, though capitalised before one ("Rapport de Alberto",
# "Treasurer Report", "Informe de Ana Gil", "Bilan Paul Roux")
HEADING_WORDS = frozenset(fold(w) for w in (
    "report", "reports", "rapport", "rapports", "informe", "informes", "bilan", "memoria", "compte", "minutes", "agenda",
    "item", "point", "punto", "update", "motion", "moción", "résolution", "resolution", "acta"))
# letters a one-word short form must have to stand for a name (initials "TT", "P2" name nobody's full name)
SHORT_NAME_MIN = 3
# what a first name adds to a shorter one that makes it another (feminine) name, not the long form of a nickname:
# "Jean" / "Jeanne", "Daniel" / "Daniela", "Louis" / "Louise", "Paul" / "Paulette"
FEMININE_ADDS = ("a", "e", "ne", "ette", "ine", "ina", "elle")
# the words before a full name that make it a person of the meeting, not a topic: a self-introduction ("My name is Tim
# Roe", "je m'appelle…", "me llamo…"), a hand-over ("je laisse la parole à Bruno Roux", "la palabra al señor…", "the
# floor to…", "over to…"), a guest introduced ("joined by…", "accueille…", "recibimos a…")
FULL_NAME_LEAD = re.compile(rf"""(?:{_MY_NAME_IS}|(?i:la\s+parole\s+à|la\s+palabra\s+(?:a|al)|the\s+floor\s+to|over\s+to
    |joined\s+(?:today\s+)?by|i[’']m|je\s+suis|soy))\s+$""", re.X)
# words that join two people's names in one run ("Huenchumilla y Pugh", "Ana Gil et Paul Roux"): a run breaks there
NAME_JOINS = frozenset({"y", "e", "i", "et", "and", "und", "&"})
# a line that lists people: an optional heading ("Present:", "Votes pour :"), then items split by commas, semicolons or
# "and"/"et"/"y", each a few words at most ("Rob Garvey (Treasurer)")
LIST_ITEM_SPLIT = re.compile(r"[,;:]|\s(?:and|et|y|e)\s")  # (items are stripped: no \s* here, no quadratic runs)
LIST_ITEM_WORDS = 6
LIST_MIN_ITEMS = 3  # a list line has three name items at least (or is one name alone)…
LIST_SHARE = 0.75  # …and three in four of its items are names (the cleaning joins a date or a heading to it)


# --- role lines ---------------------------------------------------------------------------------------------------
# The offices and meeting chores a record assigns in a run of short lines, either the role first ("Chair: Mara",
# "Timekeeper: Olu", "Secrétaire de séance : Anne", "Moderadora: Lucía") or the person first ("Mara Quist: President;",
# "Olu Deng: Treasurer; and"). A run of such lines is the roster's, never a turn (`role_lines`).
ROLE_LINE_OFFICE = (r"(?:vice[\s-]?)?(?:president(?:e|a)?|pr[ée]sident(?:e)?)(?:\s+de\s+s[ée]ance)?|chair(?:person|woman|man)?"
                    r"|co-?chairs?|treasurer|tr[ée]sori(?:er|[èe]re)|tesorer[oa]|secretary|secr[ée]taire(?:\s+de\s+s[ée]ance)?"
                    r"|secretari[oa](?:\s+de\s+actas)?|scribe|note[\s-]?taker|minute[\s-]?taker|timekeeper|time[\s-]keeper"
                    r"|facilitat(?:or|eur|rice)|mod[ée]rat(?:or|eur|rice)|moderador(?:a)?|animat(?:eur|rice)|gardien(?:ne)?\s+du\s+temps"
                    r"|relator(?:a)?|vocal|director|directeur|directrice|administrat(?:eur|rice)")
_ROLE_LINE_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'.-]{0,30}(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]{0,30}){0,2}"
ROLE_FIRST_LINE = re.compile(rf"^\s*(?:[-*•]\s+)?(?i:{ROLE_LINE_OFFICE})\s?:\s*{_ROLE_LINE_NAME}"
                             rf"(?:\s*(?:,|&|and|et|y)\s*{_ROLE_LINE_NAME})?\s*[.;]?\s*$")
PERSON_FIRST_LINE = re.compile(rf"^\s*(?:[-*•]\s+)?{_ROLE_LINE_NAME}\s?:\s*(?i:{ROLE_LINE_OFFICE})\s*[.;,]?"
                               r"(?:\s*(?:and|et|y))?\s*$")
ROLE_LINES_MIN = 2  # role lines one under the other; a single "Chair: Welcome." may be the chair's turn


# --- members named by an office title before the surname (ingest.titled_members) ----------------------------------
# US board minutes name their members by a title and the surname, no roster line giving them: "Chair Anderson asked…",
# "Director Bagley shared…", "General Manager Washington indicated…", "GM Washington reminded…", "Legal Counsel Lien
# stated…" (folded; one or two words; "president" is left to the role words, a session's president being its chair)
# the preposition after an office title that opens what the office is of ("SECRETARIO GENERAL DE ACUERDOS", "EL
# SECRETARIO GENERAL DEL SENADO"): the label is the office, whole, and names no one (narrower than
# OFFICE_COMPLEMENT_LEADS, whose name this once took over by mistake)
TITLE_COMPLEMENT_LEADS = frozenset({"de", "del", "of", "du", "des"})
MEMBER_TITLES = frozenset({
    "chair", "vice chair", "chairman", "chairwoman", "chairperson", "director", "general manager", "gm",
    "general counsel", "legal counsel", "councillor", "councilor", "councilmember", "council member", "commissioner",
    "trustee", "treasurer", "superintendent", "alderman", "alderwoman", "supervisor", "board member",
    # a board's officers and staff as its minutes title them before the surname ("President Marx called…", "Vice
    # President McRae asked…", "Operations Manager Nisenboym reported…", "Finance Manager Ha-Ly informed…")
    "president", "vice president", "mayor", "deputy mayor", "clerk", "secretary", "manager", "operations manager",
    "finance manager", "operations superintendent",
    # an advisory committee's members, titled so before the surname ("Member Kattouw pointed out…")
    "member", "committee member",
})
MEMBER_TITLE_MAX_WORDS = 2
MEMBER_NAME_MAX_WORDS = 3  # "Director Angelina Rivera-Malpiede": a given name, at most a middle name, the surname
# a body's name before the title ("Finance Committee Chair Pike", "GM Oversight and Performance Management Committee
# Chair Bagley"): the title is that body's office, the person is the surname (folded words)
MEMBER_TITLE_BODIES = frozenset({"committee", "subcommittee", "council", "board", "commission", "panel", "force",
                                 "caucus", "authority"})
# what follows a title and a capitalised word that are the head of a longer proper name, an organisation's or an
# agenda item's ("GM Oversight and Performance Management", "Director Solano and Hoy" in a list of liaisons): "and",
# "&" or "of", then a capitalised word
MEMBER_NAME_RUNS_ON = re.compile(rf"[ \t]+(?:and|&|of)[ \t]+[{_UP}]")
# a public comment item: the commenter's full name, their affiliation or home town after a comma, then the speech
# verb ("- Jane Roe, City of Riverton Planning, expressed that…", "- Sam Lee, Oakdale shared concerns…"); the item's
# bullet is optional, the name opens the line
AFFILIATED_NAME = re.compile(rf"^[ \t]*(?:[-–•*][ \t]+)?([{_UP}][a-zà-ÿ’'-]+(?:[ \t]+[{_UP}]\.)?(?:[ \t]+[{_UP}][a-zà-ÿ’'-]+){{1,2}}),"
                             rf"[ \t]+(?=[{_UP}])")
# the words that open a phrase before a comma, never a commenter's name ("As Executive Director, Jane Roe summarized…",
# "In Public Comment, …", "After The Break, …"), folded
AFFILIATED_LEAD_WORDS = frozenset({"as", "in", "on", "at", "for", "after", "before", "with", "by", "from", "to", "of",
                                   "the", "a", "an", "during", "under", "per", "regarding", "re", "since", "when"})
AFFILIATION_MAX_CHARS = 80  # the affiliation runs up to the first speech verb within this many characters
AFFILIATION_STOP = re.compile(r"[.;:()\n]")  # …and holds no sentence's end, colon or bracket


# --- organisations standing for their speaker (ingest.org_speakers) ------------------------------------------------
# minutes that say who spoke by the organisation, the person in brackets after it: "La Banque des Territoires (Thomas
# RAULET) a introduit…", "L’IGN (Elisabeth LEBLANC) a indiqué…", "Business France (Cloé SAUVE) a précisé…": the
# organisation (capitalised words, with the small words of a name between them), then a person's name in brackets
_ORG_WORD = rf"[{_UP}][\w’'&+-]{{0,30}}"
_ORG = rf"{_ORG_WORD}(?:[ \t]+(?:(?:de|des|du|de[ \t]la|d[’']|of|the|and|et|del|de[ \t]los|y)[ \t]*)?{_ORG_WORD}){{0,5}}"
ORG_PERSON_BRACKET = re.compile(rf"""(?P<org>{_ORG})[ \t]+\((?P<who>[{_UP}][\w’'-]{{1,30}}(?:[ \t-]+[{_UP}][\w’'-]{{1,30}}){{1,3}})\)[ \t]+""")
# the organisation alone as the subject of a sentence ("La Banque des Territoires a présenté…", "Le Cerema a confirmé…"),
# after an opening connective and an article at most
ORG_ALONE_SUBJECT = re.compile(rf"""^\W{{0,3}}(?:(?i:en\s+outre|enfin|par\s+ailleurs|de\s+plus|ensuite|puis|also|finally|además|por\s+último)\s*,\s*)?
    (?:(?i:le|la|les|the|el|los|las)[ \t]+|(?i:l)[’'])?(?P<org>{_ORG})[ \t]+""", re.X)
ORG_ARTICLES = frozenset(("l", "la", "le", "les", "the", "el", "los", "las"))  # before the organisation's name
ORG_BRACKET_REACH = 80  # how far into a sentence the bracketed subject may open (a heading run on before it)
