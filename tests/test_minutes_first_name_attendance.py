"""Minutes of small associations list the board by first name, often in French inclusive writing: "Présent.es :
Anne-Marie, Monique, Marie", "Excusé·es : …". The heading opens an attendance list, and a list names each person
once, so "Marie" after "Anne-Marie" is another member, not Anne-Marie again. Each test on a small text written for it
(one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import ATTENDANCE

CR = ("Conseil d'administration du 5 mai\n\nDate : 5 mai à 18 h\n{present} : Anne-Marie, Monique, Marie, Quentin\n"
      "Excusé.es : Lucie, Paul\n\n1. Bilan\n\nNous avons un déficit.\n\n"
      "Quentin constate que les soirées se passent bien.\n\nMarie évoque la création d'un flyer.\n")


def test_inclusive_heading_opens_the_list():
    t = ingest_text(CR.format(present="Présent.es"), "cr.txt")
    assert speaker_at(t, "Quentin constate") == "Quentin"


def test_first_name_after_a_compound_one_is_another_member():
    t = ingest_text(CR.format(present="Présent.es"), "cr.txt")
    assert speaker_at(t, "Marie évoque") == "Marie"


def test_excused_members_are_listed_absent():
    t = ingest_text(CR.format(present="Présent·es"), "cr.txt")
    absent = {p.name for p in t.participants if p.session_role == "absent"}
    assert {"Lucie", "Paul"} <= absent


def test_inclusive_forms():
    for s in ("Présent.es : A", "Présent·e·s : A", "Présent(e)s : A", "Présent-e-s : A", "Excusé.es : A",
              "Absent·es : A", "Présents : A"):
        assert ATTENDANCE.match(s), s
    for s in ("Présentation : le projet", "Présente.ment : A", "Excusez-moi : A"):
        assert ATTENDANCE.match(s) is None, s  # near misses: not a heading of people


def test_a_name_in_a_later_list_is_the_same_member():
    # near miss: each list names a person once, but the next heading ("Secrétaire de séance") starts another list
    t = ingest_text(CR.format(present="Présent.es") + "\nSecrétaire de séance : Quentin\n", "cr.txt")
    assert [p.name for p in t.participants].count("Quentin") == 1
