"""Short names resolved to the full name the document's own lists give (nicks, first names, surnames), each on a
small text written for the test; ambiguous or unmatched short names stay as written."""
from __future__ import annotations

import pytest

from quidit.ingest import ingest_text
from quidit.ingest.names import nick_name, nick_person
from quidit.ingest.pipeline import speakers_of
from quidit.ingest.records import Participant


def _people(*names: str) -> list[Participant]:
    return [Participant(name=n) for n in names]


@pytest.mark.parametrize("nick,listed,who", [
    ("mnot", ("Mark Nottingham", "Mary Smith"), "Mark Nottingham"),
    ("plinss", ("Peter Linss", "Paul Lee"), "Peter Linss"),
    ("dka", ("Daniel Appelquist", "David Herman"), "Daniel Appelquist"),
    ("timbl", ("Tim Berners-Lee", "Tom Brown"), "Tim Berners-Lee"),
    ("bajones", ("Brandon Jones", "Nell Waliczek"), "Brandon Jones"),
    ("bjones", ("Brandon Jones", "Nell Waliczek"), "Brandon Jones"),
    ("darobin", ("Robin Berjon", "Dan Appel"), "Robin Berjon"),
    ("nellwaliczek", ("Nell Waliczek", "Brandon Jones"), "Nell Waliczek"),
    ("Brandon", ("brandonjones", "dom"), "brandonjones"),
], ids=["initial-surname-prefix", "initial-whole-surname", "initials-with-middle", "first-name-then-more",
        "two-initials-surname", "initial-surname", "prefix-first-name", "concatenated", "label-starts-listed-nick"])
def test_nick_fits_one_listed_person(nick, listed, who):
    p = nick_person(nick, _people(*listed))
    assert p is not None and p.name == who


@pytest.mark.parametrize("nick,listed", [
    ("dka", ("Daniel Appelquist", "Dana Kim-Adams")),
    ("mnot", ("Mark Nottingham", "Mike Notley")),
    ("alex", ("alexturner", "alexrussell")),
    ("wycats", ("Yehuda Katz", "Mark Nottingham")),
    ("twirl", ("Sergey Konstantinov",)),
    ("x", ("Xavier Yu",)),
], ids=["two-with-same-initials", "two-with-same-surname-prefix", "two-listed-nicks-same-start", "no-pattern",
        "matches-nobody", "one-letter"])
def test_nick_refused_unless_exactly_one_fits(nick, listed):
    assert nick_person(nick, _people(*listed)) is None


def test_absent_person_never_fits():
    listed = [Participant(name="Mark Nottingham", session_role="absent")]
    assert nick_person("mnot", listed) is None


@pytest.mark.parametrize("nick,name", [
    ("NellWaliczek", "Nell Waliczek"),
    ("Tony_Brainwaive", "Tony Brainwaive"),
    ("tony_brainwaive", "Tony Brainwaive"),
    ("AlexT", "AlexT"),
    ("LocMDao", "LocMDao"),
    ("AmeliaBR", "AmeliaBR"),
    ("brandonjones", "brandonjones"),
    ("McDonald", "McDonald"),
], ids=["camel-case", "underscore", "lower-underscore", "trailing-initial", "middle-initial", "capitals-suffix",
        "no-word-boundary", "prefix-too-short"])
def test_nick_name_splits_only_whole_words(nick, name):
    assert nick_name(nick) == name


SCRIBED = """Garden Working Group teleconf
Present
dom, ada, NellWaliczek, brandonjones, AlexT, Leonard
Regrets
ChrisW
Chair
Ada
Scribe
dom
Contents
Topics
Watering

Watering
nell: we have to decide when the pumps start
... the current timer runs at six in the morning
Brandon: a rain sensor would solve that
... it costs little
bajones: I can ask them this week.
... or next week at the latest
wycats: compost is another topic
... we should park it
ada: thanks everyone
... meeting adjourned
"""


@pytest.fixture(scope="module")
def scribed():
    return ingest_text(SCRIBED, "scribed.txt")


def _sentence(t, fragment):
    return next(s for s in t.sentences if fragment in t.text[s.start:s.end])


@pytest.mark.parametrize("fragment,speaker", [
    ("we have to decide when the pumps start", "Nell Waliczek"),
    ("a rain sensor would solve that", "Brandon Jones"),
    ("I can ask them this week", "Brandon Jones"),
    ("compost is another topic", "wycats"),
], ids=["first-name-of-camel-case-nick", "first-name-splits-listed-nick", "initials-surname-after-split",
        "unlisted-nick-as-written"])
def test_scribe_label_takes_the_listed_full_name(scribed, fragment, speaker):
    assert _sentence(scribed, fragment).speaker == speaker


def test_label_resolved_by_the_list_says_so_in_its_cue(scribed):
    assert _sentence(scribed, "we have to decide when the pumps start").cue.value == "label_roster"


def test_label_as_written_keeps_the_plain_label_cue(scribed):
    assert _sentence(scribed, "compost is another topic").cue.value == "label"


def test_role_heading_on_its_own_line_is_not_absent(scribed):
    ada = next(p for p in scribed.participants if p.name == "Ada")
    assert ada.session_role == "chair"


def test_document_heading_ends_the_attendance_block(scribed):
    assert not any(p.name in ("Contents", "Topics") for p in scribed.participants)


def test_speakers_list_each_person_once_under_the_full_name(scribed):
    names = [s.name for s in speakers_of(scribed)]
    assert sorted(names) == ["Ada", "Brandon Jones", "Nell Waliczek", "wycats"]


TWO_ALEXES = """Garden Working Group teleconf
Present: Alex Russell, Alex Turner, Bob Stone
Scribe: Bob Stone

alex: the pumps start at six
... far too early
bob: agreed
... let us move it
alex: seven then
... done
"""


def test_first_name_shared_by_two_listed_people_stays_as_written():
    t = ingest_text(TWO_ALEXES, "alexes.txt")
    assert _sentence(t, "the pumps start at six").speaker == "alex"


MINUTES = """Compte-rendu du Conseil Municipal du 4 avril 2003

Étaient présents : Mesdames CHOTARD, ETORÉ.
Messieurs DELPERIER, LASSERRE, PARÉ

Étaient absents excusés :
Madame LASSERRE Danièle, procuration à Monsieur LASSERRE Claude.
Monsieur SOLÉ Patrice, procuration à Madame ETORÉ Jeanne.
Monsieur ROUX Paul, procuration à Monsieur BLANC Henri.

Monsieur le Maire déclare la séance ouverte.

Monsieur LASSERRE fait observer que l'achat du terrain pèse sur les contribuables.

Madame ETORÉ rappelle que ce désaccord n'est pas nouveau.

Monsieur PARÉ fait observer que la gestion interdit toute orientation à long terme.
"""


@pytest.fixture(scope="module")
def minutes():
    return ingest_text(MINUTES, "cm.txt")


@pytest.mark.parametrize("fragment,speaker", [
    ("l'achat du terrain pèse", "Claude LASSERRE"),
    ("ce désaccord n'est pas nouveau", "Jeanne ETORÉ"),
    ("la gestion interdit toute orientation", "PARÉ"),
], ids=["proxy-holder-of-the-right-gender", "proxy-holder-woman", "no-full-name-given"])
def test_surname_speaker_takes_the_full_name_of_a_proxy_line(minutes, fragment, speaker):
    assert _sentence(minutes, fragment).speaker == speaker


def test_proxy_holder_not_on_the_present_list_is_not_added(minutes):
    assert not any("BLANC" in p.name for p in minutes.participants)


def test_inline_scribe_heading_is_not_part_of_the_name():
    t = ingest_text(TWO_ALEXES, "alexes.txt")
    assert _sentence(t, "agreed").speaker == "Bob Stone"


@pytest.mark.parametrize("raw,expected", [
    ("Chairs: Ann Lee, Peter Linss\nScribes: Domenic Denicola\n\nText.\n",
     [("Ann Lee", None, "chair"), ("Peter Linss", None, "chair")]),
    ("Animée par : Nadia Brun, journaliste\n\nText.\n", [("Nadia Brun", "journaliste", "moderator")]),
    ("Chair: Ann Lee, retired teacher\nScribes: Domenic Denicola\n\nText.\n", [("Ann Lee", "retired teacher", "chair")]),
], ids=["inline-list-of-names", "inline-name-and-role", "next-title-line-ends-the-entry"])
def test_inline_roster_heading_entries(raw, expected):
    from quidit.ingest.cleaning import clean
    from quidit.ingest.roster import parse_roster
    got = [(p.name, p.role, p.session_role) for p in parse_roster(clean(raw)).participants]
    assert got == expected


BULLETED = """Garden community call

Presents

On IRC, and call:

-   AmeliaBR (scribe)
-   shepazu (chair)
-   JenSimmons

On IRC:

-   eliezerb

Topics

-   Watering

Notes

Watering

jensimmons: we have to decide when the pumps start
... the current timer runs at six
shepazu: a rain sensor would solve that
... it costs little
Jen: I can ask them this week
... or next week
"""


@pytest.fixture(scope="module")
def bulleted():
    return ingest_text(BULLETED, "bulleted.txt")


@pytest.mark.parametrize("fragment,speaker", [
    ("we have to decide when the pumps start", "Jen Simmons"),
    ("I can ask them this week", "Jen Simmons"),
    ("a rain sensor would solve that", "shepazu"),
], ids=["concatenated-label-of-camel-case-entry", "first-name-label", "listed-nick"])
def test_bulleted_attendance_under_sublist_headings(bulleted, fragment, speaker):
    assert _sentence(bulleted, fragment).speaker == speaker


def test_role_in_brackets_after_a_listed_nick(bulleted):
    assert next(p for p in bulleted.participants if p.name == "shepazu").session_role == "chair"


def test_sublist_heading_is_not_a_person(bulleted):
    assert not any("IRC" in p.name for p in bulleted.participants)


NICKED = """Garden Working Group teleconf
Present: Mark Nottingham, Robin Berjon, Ann Lee
Scribe: Ann Lee

mnot: caching should be on by default
... for every page
darobin: not for private pages
... never
ann: noted
... moving on
"""


@pytest.mark.parametrize("question,who", [
    ("What did mnot say about caching?", ["Mark Nottingham"]),
    ("Did darobin agree?", ["Robin Berjon"]),
    ("What did Nottingham say?", ["Mark Nottingham"]),
], ids=["nick", "nick-with-prefix", "surname"])
def test_question_using_a_resolved_nick_finds_the_person(question, who):
    from quidit.ingest.names import named_in_question
    t = ingest_text(NICKED, "nicked.txt")
    assert [p.name for p in named_in_question(question, t.participants)] == who


def test_question_using_an_unknown_nick_finds_nobody():
    from quidit.ingest.names import named_in_question
    t = ingest_text(NICKED, "nicked.txt")
    assert named_in_question("What did wycats say?", t.participants) == []


ACTA = """BORRADOR ACTA DE LA SESIÓN ORDINARIA,
CELEBRADA POR EL PLENO DE ESTE AYUNTAMIENTO.
SEÑORES ASISTENTES:
ALCALDE-PRESIDENTE:
SR. D. FRANCISCO JOSÉ FARRONA NAVAS.
CONCEJALES:
DÑA. SARA JIMÉNEZ ROMERO
DÑA. LEONOR CORBACHO TEJADA
D. JUAN MORENO DORADO
AUSENTES: NINGUNO
En la Casa Consistorial, siendo las 20.00 horas, concurrieron los Señores Concejales anteriormente expresados.
ORDEN DEL DÍA
ASUNTO I.- APROBACIÓN DEL ACTA ANTERIOR.
El Sr. Farrona explica que el acta se remitió a todos los concejales.
La Sra. Corbacho pregunta por el plazo de las obras del camino.
Luego, el Sr. Moreno indica que las obras terminan en junio.
"""


@pytest.mark.parametrize("fragment,speaker", [
    ("el acta se remitió", "Francisco José Farrona Navas"),
    ("por el plazo de las obras", "Leonor Corbacho Tejada"),
    ("las obras terminan en junio", "Juan Moreno Dorado"),
], ids=["article-honorific-first-surname", "article-honorific-woman", "after-adverb-and-comma"])
def test_spanish_surname_takes_the_attendance_full_name(fragment, speaker):
    t = ingest_text(ACTA, "acta.txt")
    assert _sentence(t, fragment).speaker == speaker


def test_spanish_surname_shared_by_two_listed_men_is_nobody_of_them():
    t = ingest_text(ACTA.replace("D. JUAN MORENO DORADO", "D. JUAN MORENO DORADO\nD. PEDRO MORENO RUIZ"), "acta2.txt")
    assert _sentence(t, "las obras terminan en junio").speaker not in ("Juan Moreno Dorado", "Pedro Moreno Ruiz")
