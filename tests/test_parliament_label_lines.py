"""A parliament's record that prints each speaker's label alone on its line, without a colon (South African, UK or
Australian Hansard, a congress's diary): a member as honorific, initials and surname in capitals, a party in brackets
("Mr S G MMUSI (ANC)"), an office-holder by office ("The SPEAKER", "The MINISTER OF HIGHER EDUCATION AND TRAINING");
headings in capitals with their kind in brackets ("MARIKANA DISASTER (Member's Statement)") are nobody's. Each rule
on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import Line, LineKind, classify, formal_label, parse_label
from quidit.ingest.lexicon import ADDRESS_OPENING, HEADING
from quidit.ingest.pipeline import speakers_of

RECORD = """Thursday, 4 March 2021

PROCEEDINGS OF THE NATIONAL ASSEMBLY

NOTICES OF MOTION

Mr T K ROSSOUW

Mr Speaker, I hereby give notice that on the next sitting day of the House I shall move on behalf of the DA:

That the House debates the state of rural roads and the cost of their repair to farmers.

Ms P N DLAMINI-VAN WYK

Mr Speaker, I hereby give notice that on the next sitting day of the House I shall move on behalf of the ANC:

That the House debates the shortage of nurses in public clinics across the provinces.

WATER SHORTAGES IN THE KAROO (Member's Statement)

Dr A B KRUGER (FF Plus)

Mr Speaker, the drought has now lasted four years and the towns of the Karoo have run dry.

Farmers are selling their herds because there is no water left for the animals.

The MINISTER OF WATER AND SANITATION AND HUMAN SETTLEMENTS

Hon Speaker, we have sent water tankers to every town that asked for help this month.

The department will drill new boreholes before the end of the year.

PUBLIC TRANSPORT SUBSIDIES (Draft Resolution)

Mrs E M MOKOENA

Speaker, I move without notice:

That the House -

1) notes that commuters now spend a third of their wages on transport;

2) calls on the department to review the subsidy formula.

Agreed to.
"""


def test_member_label_written_once_holds_the_turn():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "state of rural roads") == "T K Rossouw"


def test_member_label_with_party_in_brackets():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "Farmers are selling their herds") == "A B Kruger"


def test_office_label_longer_than_a_name_holds_the_turn():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "drill new boreholes") == "The MINISTER OF WATER AND SANITATION AND HUMAN SETTLEMENTS"


def test_heading_with_its_kind_in_brackets_is_nobodys():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "WATER SHORTAGES IN THE KAROO") is None
    assert "WATER SHORTAGES IN THE KAROO" not in {s.name for s in speakers_of(t)}


def test_address_to_the_chair_stays_with_the_member():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "the drought has now lasted") == "A B Kruger"


def test_line_ending_on_a_dash_keeps_the_turn_over_its_items():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "commuters now spend a third") == "E M Mokoena"


def test_members_listed_one_under_another_are_no_turns():
    listing = RECORD.replace("NOTICES OF MOTION\n", "MEMBERS SWORN IN\n\nMr J J PETERSEN\nMs L VAN DER BERG\n"
                             "Mr Q R NXUMALO\nDr S DE VILLIERS\n\nAll four took the oath in the office before the sitting.\n")
    t = ingest_text(listing, "hansard.txt")
    assert speaker_at(t, "All four took the oath") is None


def test_french_and_spanish_formal_labels():
    assert formal_label("M. Jean DUPONT (LR)") and formal_label("El señor PÉREZ GARCÍA")
    assert formal_label("Le PRÉSIDENT") and formal_label("The DEPUTY MINISTER OF POLICE")


def test_a_party_or_a_sentence_is_no_formal_label():
    assert not formal_label("The ANC") and not formal_label("The House met at")
    assert not formal_label("Mr Speaker")


def test_office_label_parses_whole():
    lab = parse_label("The MINISTER OF HIGHER EDUCATION AND TRAINING")
    assert lab is not None and lab.core == "MINISTER OF HIGHER EDUCATION AND TRAINING"


def test_short_surname_after_initials_is_no_postnominal():
    assert parse_label("Mr K S MUBU").core == "K S MUBU"
    assert parse_label("Jane Roe AM").core == "Jane Roe"


def test_afrikaans_honorific():
    lab = parse_label("Mnr P J GROENEWALD")
    assert lab is not None and lab.core == "P J GROENEWALD" and lab.gender == "m"


def test_kind_heading_classified_as_heading():
    s = "ANNIVERSARY OF THE UPRISING (Member's Statement)"
    line = Line(0, len(s), own_paragraph=True)
    classify(s, line)
    assert line.kind == LineKind.HEADING


def test_name_in_capitals_with_role_in_brackets_is_no_kind_heading():
    s = "ANA GIL (moderadora)"
    line = Line(0, len(s), own_paragraph=True)
    classify(s, line)
    assert line.kind != LineKind.HEADING


def test_address_opening_to_the_chair():
    assert ADDRESS_OPENING.match("Mr Speaker, the ANC believes that grants matter.")
    assert ADDRESS_OPENING.match("Monsieur le président, nous votons contre.")
    assert not ADDRESS_OPENING.match("Mr Speaker said that the debate was over.")


def test_dash_ended_line_is_no_heading():
    assert not HEADING.match("That the House -")
    assert HEADING.match("Public transport subsidies")


def test_address_then_sentence_is_no_name_role_heading():
    s = "Mr Speaker, I hereby give notice that on the next sitting day of the House I shall move on behalf of the DA:"
    line = Line(0, len(s), own_paragraph=True)
    classify(s, line)
    assert line.kind != LineKind.SECTION
    s = "Csaba Kőrösi, President of the General Assembly"
    line = Line(0, len(s), own_paragraph=True)
    classify(s, line)
    assert line.kind == LineKind.SECTION
