"""A line-numbered transcript's cover page is its roster: a label that gives a title and a surname ("MS. BRANDT:") is
the one full name listed there ("Greta Brandt"); the cover's list headings ("PRESIDING:", "MEMBERS PRESENT:") are no
speakers and do not make the record minutes; every turn is labelled, so a third-person paragraph stays the speaker's.
Each on a small text written for the test."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.genre import Genre
from quidit.ingest.roster import cover_full_name


def _numbered(rows: list[str]) -> str:
    """Rows ("text", or ">text" for a deeper line: a turn's label, a new paragraph; "=text" for a line between two
    numbered ones) on pages of 25 numbered lines, double-spaced, each page's number right-aligned above it."""
    out: list[str] = []
    k = 0
    for row in rows:
        if row.startswith("="):
            out += [" " * 14 + row[1:], ""]
            continue
        if k % 25 == 0:
            out += [" " * 60 + str(k // 25 + 1), ""]
        body = ("       " + row[1:]) if row.startswith(">") else row
        out += [f"{k % 25 + 1:>8}      {body}".rstrip(), ""]
        k += 1
    return "\n".join(out) + "\n"


COVER = ["BEFORE THE COUNTY LEGISLATURE", "", "PRESIDING:", ">Senator Ada J. Okafor", "=Chair", "",
         "MEMBERS PRESENT:", ">Senator Paul Wen", "", "WITNESSES:", "Greta Brandt", "=Ferry Riders Association",
         "Thomas Halloran", "=County Executive", ""]
TURNS = [
    ">SENATOR OKAFOR:  Good morning.  We are here to",
    "hear about the ferry and the county bridges.",
    ">MS. BRANDT:  Thank you, Senator.  The schedule was",
    "cut twice in the last two years and the riders",
    "were never asked about it at all.",
    ">Thomas Halloran has highlighted the county's budget",
    "problems for the ferry many times over the years.",
    ">MR. HALLORAN:  We will, and we will report back to",
    "the committee before the summer recess begins.",
    ">SENATOR WEN:  I would like to add a question",
    "about the bridges, if the chair allows it.",
    ">SENATOR OKAFOR:  Please go on, we have the time.",
]


def _said(t, start: str) -> str | None:
    return next(s.speaker for s in t.sentences if t.text[s.start:s.end].startswith(start))


def test_a_title_and_surname_label_takes_the_full_name_the_cover_lists():
    t = ingest_text(_numbered(COVER + TURNS * 3), "hearing.txt")
    assert _said(t, "The schedule was cut twice") == "Greta Brandt"
    assert _said(t, "SENATOR OKAFOR:  Good morning") == "Ada J. Okafor"  # the title and the middle initial: "Senator Ada J. Okafor"


def test_the_cover_lists_headings_are_no_speakers_and_the_record_stays_verbatim():
    t = ingest_text(_numbered(COVER + TURNS * 3), "hearing.txt")
    assert t.genre == Genre.VERBATIM
    assert _said(t, "Greta Brandt") is None and _said(t, "Senator Paul Wen") is None
    assert _said(t, "Senator Ada J. Okafor") is None  # under "PRESIDING:", which is no label
    assert {p.name for p in t.participants} == {"Ada J. Okafor", "Paul Wen", "Greta Brandt", "Thomas Halloran"}


def test_a_third_person_paragraph_inside_a_labelled_turn_stays_the_speakers():
    t = ingest_text(_numbered(COVER + TURNS * 3), "hearing.txt")
    said = [s.speaker for s in t.sentences if t.text[s.start:s.end].startswith("Thomas Halloran has highlighted")]
    assert said == ["Greta Brandt"] * 3


def test_without_line_numbers_the_cover_is_not_read_as_a_roster():
    plain = "\n\n".join(r.lstrip(">=") for r in COVER + TURNS * 3 if r)
    t = ingest_text(plain, "hearing.txt")
    # no roster read from the cover: the title and surname are not the cover's "Senator Ada J. Okafor" ("MS. BRANDT:"
    # may still take the full name "Greta Brandt" the text writes on a line of its own, `ingest.full_names`)
    assert _said(t, "SENATOR OKAFOR:  Good morning") != "Ada J. Okafor"


def test_cover_full_name_strips_titles_and_keeps_initials():
    lines = ["PRESIDING:", "Senator David J. Valesky Chair", "Nancy Miller, LSMW", "Executive Director"]
    assert cover_full_name(lines, "VALESKY") == "David J. Valesky"
    assert cover_full_name(lines, "MILLER") == "Nancy Miller"


def test_cover_full_name_in_french_and_spanish_lists():
    assert cover_full_name(["Mme Anne-Sophie Durand, rapporteure"], "DURAND") == "Anne-Sophie Durand"
    assert cover_full_name(["Sr. Luis Alberto Mora, Diputado"], "MORA") == "Luis Alberto Mora"


def test_cover_full_name_two_people_with_the_surname_are_nobody():
    assert cover_full_name(["Anna Wen", "Paul Wen"], "WEN") is None


def test_cover_full_name_the_surname_must_follow_given_names_at_the_line_start():
    assert cover_full_name(["Office of the Brandt Foundation"], "BRANDT") is None
    assert cover_full_name(["Brandt"], "BRANDT") is None


def test_french_and_spanish_labels_take_the_cover_pages_full_names():
    fr = ["PRÉSIDENCE :", ">M. Jean-Pierre Durand", "", "TÉMOINS :", "Mme Claire Vasseur", "=Directrice de la régie", "",
          ">M. DURAND :  La séance est ouverte.  Nous", "commençons par l'audition de la directrice.",
          ">MME VASSEUR :  Merci, monsieur le président.  Je", "voudrais d'abord présenter notre budget."]
    es = ["PRESIDE:", ">Sr. Luis Alberto Mora", "", "COMPARECEN:", "Sra. Elena Ruiz", "=Directora de Transporte", "",
          ">SR. MORA:  Se abre la sesión.  Tiene la palabra", "la directora para presentar el informe.",
          ">SRA. RUIZ:  Gracias, señor presidente.  Quiero", "presentar primero el presupuesto del año."]
    t = ingest_text(_numbered(fr[:7] + fr[7:] * 8), "audition.txt")
    assert _said(t, "Je voudrais d'abord présenter") == "Claire Vasseur"
    t = ingest_text(_numbered(es[:7] + es[7:] * 8), "comparecencia.txt")
    assert _said(t, "Quiero presentar primero") == "Elena Ruiz"
