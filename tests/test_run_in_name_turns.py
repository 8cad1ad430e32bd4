"""Minutes typed live that open each turn with the member's name as the roll call writes it, then at once the
member's words, no colon ("Okafor motion to table the item."): the paragraph is that member's turn. The form holds only
where the roll call's members open many paragraphs so, most of them with no verb of their own; ordinary minutes
("Okafor reported that…"), a table of attendees and short headings are no such turns. A guest the roll call lacks speaks
so too when the name opens two paragraphs, or one long one; a once-written name one letter short of a frequent one is
that person; the full name the text gives a surname is the speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

STUDENT_SENATE = """Riverbend Student Council Minutes
Monday, March 3

1. CALL TO ORDER

Chair Okafor called the meeting to order at 7:02 pm.

2. ROLL CALL

Present: Okafor, Lindqvist, Brandauer, Tembo, Quispe, Haverkamp
Late: Moreau
Absent: Delacroix

3. ANNOUNCEMENTS

Lindqvist tomorrow the garden club meets at noon by the library, bring gloves.

Brandauer reminder that ticket sales for the spring formal close on Friday.

Moreau I was stuck in traffic, sorry for being late.

4. APPOINTMENTS

Okafor motion to confirm the new treasurer of the film society.

Jonah Whitcombe

Tembo what made you want to handle the film society's money?
Whitcombe I kept the books for my family's bakery for two years.

Quispe how would you deal with a club that overspends?

Whitcombe first a warning, then I would freeze their account until they present a plan.

Haverkamp great candidate, strongly support.

Whitcombe thanks everyone.

Okafor we will vote after the break. Grab some coffee.

Public Comment

Pettigrew from the campus radio wants every council member on the show next week to talk about fees.

Lindqvist do we have a date yet?

Pettigre the Thursday slot, around six in the evening.

Okafor adjourned the meeting at 8:15 pm.

Faithfully submitted,

Mara Lindqvist
Council Recorder
"""


def _speaker(fragment: str, doc: str = STUDENT_SENATE) -> str | None:
    return speaker_at(ingest_text(doc, "council.txt"), fragment)


def test_a_members_name_run_in_opens_their_turn():
    # (the recorder's signature "Mara Lindqvist" is the one Lindqvist written in full: `ingest.full_names`)
    assert _speaker("tomorrow the garden club meets") == "Mara Lindqvist"


def test_the_turn_runs_on_to_the_paragraphs_end():
    assert _speaker("Grab some coffee.") == "Okafor"


def test_an_office_title_before_the_name_is_the_member():
    doc = STUDENT_SENATE.replace("Okafor we will vote", "Chair Okafor we will vote")
    assert _speaker("we will vote after the break", doc) == "Okafor"


def test_a_misspelt_office_title_before_the_name_is_the_member():
    doc = STUDENT_SENATE.replace("Okafor we will vote", "Vice Presdent Okafor we will vote")
    assert _speaker("we will vote after the break", doc) == "Okafor"


def test_a_surname_two_members_share_opens_no_turn():
    doc = STUDENT_SENATE.replace("Present: Okafor,", "Present: Ana Gil, Luis Gil, Okafor,").replace(
        "Public Comment", "Gil we should look at the budget before the vote.\n\nPublic Comment")
    assert _speaker("we should look at the budget", doc) not in ("Gil", "Ana Gil", "Luis Gil")


def test_a_late_member_speaks_as_themself():
    assert _speaker("stuck in traffic") == "Moreau"


def test_a_turn_typed_on_the_line_after_a_question():
    assert _speaker("kept the books for my family") == "Jonah Whitcombe"


def test_a_guests_surname_is_the_full_name_the_text_gives():
    assert _speaker("first a warning, then I would freeze") == "Jonah Whitcombe"


def test_a_guest_written_once_with_words_after_the_name():
    assert _speaker("from the campus radio wants") == "Pettigrew"


def test_a_typo_of_a_frequent_guests_name_is_that_guest():
    doc = STUDENT_SENATE.replace("Pettigrew from the campus radio wants every council member on the show next week to "
                                 "talk about fees.",
                                 "Pettigrew from the campus radio wants every council member on the show.\n\n"
                                 "Pettigrew I can send the questions ahead of time.")
    assert _speaker("the Thursday slot", doc) == "Pettigrew"


def test_the_record_of_the_meetings_course_is_nobodys():
    assert _speaker("called the meeting to order") is None
    assert _speaker("adjourned the meeting at 8:15") is None


def test_a_heading_and_a_closing_are_no_turns():
    assert _speaker("Faithfully submitted") is None
    assert _speaker("Public Comment") is None


def test_the_speakers_list_holds_the_run_in_members():
    names = [s.name for s in speakers_of(ingest_text(STUDENT_SENATE, "council.txt"))]
    assert {"Mara Lindqvist", "Brandauer", "Moreau", "Okafor", "Tembo", "Quispe", "Haverkamp", "Jonah Whitcombe"} <= set(names)


ORDINARY_MINUTES = """Riverbend Garden Club Minutes

Present: Okafor, Lindqvist, Brandauer, Tembo, Quispe, Haverkamp

Okafor reported that the shed roof was repaired in February.

Lindqvist will circulate the planting rota before the next meeting.

Brandauer noted the water bill had gone up again.

Tembo and Quispe agreed to look for a cheaper supplier.

Haverkamp thanked everyone for the seed swap.

Riverside allotments are closed until April.

Okafor asked whether the gate lock had been replaced.

Lindqvist presented the accounts for the year.
"""


def test_ordinary_minutes_name_no_run_in_turn():
    assert _speaker("allotments are closed until April", ORDINARY_MINUTES) is None


def test_ordinary_minutes_keep_their_reported_speech():
    assert _speaker("the shed roof was repaired", ORDINARY_MINUTES) == "Okafor"


ATTENDEE_TABLE = """Workshop notes

Attending: Okafor, Lindqvist, Brandauer, Tembo, Quispe, Haverkamp

Okafor    Riverbend    remote
Lindqvist    Riverbend    in person
Brandauer    Hillside    in person
Tembo    Hillside    remote
Quispe    Lakeview    in person
Haverkamp    Lakeview    remote
Tembo    Hillside    second day only

Sessions ran from nine to five with a long lunch.
"""


def test_a_table_of_attendees_is_no_turns():
    t = ingest_text(ATTENDEE_TABLE, "workshop.txt")
    assert speaker_at(t, "Riverbend    in person") is None


CONSEIL_ETUDIANT = """Conseil des étudiants, compte rendu

Présents : Okafor, Lindqvist, Brandauer, Tembo, Quispe, Haverkamp

Okafor je propose qu'on commence par le budget du gala.

Lindqvist pour moi il faut d'abord valider le procès-verbal.

Brandauer d'accord avec Lindqvist, on vote le procès-verbal.

Tembo question sur la ligne trois du budget, qui paie la salle ?

Quispe la mairie, comme chaque année.

Haverkamp merci, rien à ajouter.

Okafor on passe au vote du budget.

Okafor lève la séance à 21 h 10.
"""


def test_the_form_in_french_minutes():
    assert _speaker("qui paie la salle", CONSEIL_ETUDIANT) == "Tembo"


def test_the_chair_closing_the_sitting_in_french_is_the_record():
    assert _speaker("lève la séance", CONSEIL_ETUDIANT) is None


ACTA_ORDINARIA = """Acta de la junta directiva

Asistentes: Okafor, Lindqvist, Brandauer, Tembo, Quispe, Haverkamp

Okafor presentó el balance del trimestre.

Lindqvist señaló que faltan dos recibos.

Brandauer explicó el retraso del proveedor.

Tembo y Quispe revisarán las cuentas.

Haverkamp propuso cambiar de banco.

Tesorería cerrada hasta enero por inventario.
"""


def test_ordinary_spanish_minutes_name_no_run_in_turn():
    assert _speaker("cerrada hasta enero", ACTA_ORDINARIA) is None
