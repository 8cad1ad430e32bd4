"""Minutes whose attendance list defines each member's initials ("Ruth Ellis (RE), Tom Marsh (TM) – Chair", "JR – Jane
Roe") and then names them by the initials alone in reported speech ("TM noted that…"): the initials are that person
(`ingest.initials`, read by `read_attendance` and `find_mentions`)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.initials import fits, split_entries

EN = """Minutes of the Ashby Village Council meeting held on 4 March 2025

PRESENT (five Councillors): - Ruth Ellis (RE), Tom Marsh (TM) – Chair, Nora Pike (NP) Dan Cole (DC), and Ivy Webb (IW). Town Clerk: Sam Hale In attendance: two members of the public.

The Chairman welcomed everyone to the meeting of the council.

12/25 Footpaths

RE reported that the footpath behind the school had been cleared by the volunteers last week. TM noted that the council would write to the county about the broken stile near the bridge. DC added that the stile had been reported twice already by walkers from the next village.

13/25 Finance

IW asked whether the grant for the new bench had arrived before the end of the financial year.

The Chairman thanked everyone for attending and closed the meeting at nine.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_initials_in_brackets_name_the_listed_person():
    assert _speaker(EN, "the footpath behind the school") == "Ruth Ellis"


def test_an_entry_run_on_without_a_comma_is_a_person_of_its_own():
    assert _speaker(EN, "the stile had been reported twice") == "Dan Cole"


def test_the_title_after_the_dash_makes_the_chair():
    assert _speaker(EN, "thanked everyone for attending") == "Tom Marsh"


def test_a_bracketed_count_after_the_heading_still_opens_the_list():
    t = ingest_text(EN, "minutes.txt")
    assert {"Ruth Ellis", "Nora Pike", "Ivy Webb"} <= {p.name for p in t.participants}


def test_a_qualified_office_in_the_list_is_a_person_and_the_next_heading_no_one():
    t = ingest_text(EN, "minutes.txt")
    clerk = next(p for p in t.participants if p.name == "Sam Hale")
    assert clerk.role == "Town Clerk"
    assert not any("public" in p.name or "attendance" in p.name.lower() for p in t.participants)


INITIALS_FIRST = """Minutes of the Riverside Allotment Society committee meeting

Present: JR – Jane Roe; BL – Bob Lane; KS – Kim Stone

BL reported that the water troughs would be reconnected once the frosts were over for the year.
"""


def test_initials_written_before_the_name():
    assert _speaker(INITIALS_FIRST, "water troughs would be reconnected") == "Bob Lane"


FR = """Compte rendu du conseil d'administration de l'association

Présents (4) : Mme Anne Martin (AM) – Présidente, M. Paul Girard (PG), Mme Lucie Faure (LF), M. Marc Roy (MR).

PG indique que les comptes de l'exercice ont été vérifiés par le commissaire aux comptes sans réserve.
"""

ES = """Acta de la reunión de la junta directiva

Asistentes: Sra. Ana Gil (AG) – Presidenta, Sr. Luis Mora (LM), Sra. Eva Ruiz (ER), Sr. Juan Pons (JP).

LM informa que la subvención para las obras del local ha sido concedida por el ayuntamiento este mes.
"""


@pytest.mark.parametrize("doc, fragment, who", [(FR, "les comptes de l'exercice", "Paul Girard"),
                                                (ES, "la subvención para las obras", "Luis Mora")])
def test_the_same_in_french_and_spanish(doc, fragment, who):
    assert _speaker(doc, fragment) == who


ORG_IN_BRACKETS = """Minutes of the partners meeting

Present: Jane Roe (ACME), Bob Lane (Widgets Ltd), Kim Stone (KS)

ACME noted that the delivery dates for the second batch of parts had slipped by two weeks.
"""


def test_an_organisation_acronym_in_brackets_is_no_one_s_initials():
    assert _speaker(ORG_IN_BRACKETS, "the delivery dates for the second batch") is None


CARBON_COPY = """Minutes of the Ashby Village Council meeting

Present: Ruth Ellis (RE), Tom Marsh (TM), Nora Pike (NP)

CC noted that the letter to the county had been copied to every member of the planning committee.
"""


def test_capitals_that_are_no_listed_person_s_initials_name_no_one():
    assert _speaker(CARBON_COPY, "the letter to the county had been copied") is None


def test_initials_must_fit_the_name():
    assert fits("PB", "Pam Bullas") and fits("JYLB", "Jean-Yves Le Bouillonnec")
    assert not fits("ACME", "Jane Roe") and not fits("ARM", "Anne Lee")


def test_only_bracketed_initials_cut_a_run_on_entry():
    assert split_entries("Lorraine Hunt (LH) Pam Walker (PW)") == ["Lorraine Hunt (LH)", "Pam Walker (PW)"]
    assert split_entries("Jane Roe (Widgets Ltd) Board") == ["Jane Roe (Widgets Ltd) Board"]


def test_initials_before_a_capitalised_verb_are_still_the_subject():
    doc = EN.replace("DC added that the stile", "DC Noted that the stile")
    assert _speaker(doc, "the stile had been reported twice") == "Dan Cole"


def test_strict_initials_are_exactly_the_names():
    assert fits("MBS", "Myles Borins") and not fits("MBS", "Myles Borins", strict=True)
    assert fits("MB", "Myles Borins", strict=True)
