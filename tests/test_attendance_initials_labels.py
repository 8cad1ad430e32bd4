"""Minutes whose turns are labelled by initials only ("AR: …", "CW: …") and whose attendance list gives the full names
one a line: each initials label that fits exactly one listed person is that person (`_initials_convention`)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Agenda for the video call of the Widgets Community Group

Meeting Notes

Attendees

Alice Rowan
Conrad Wilde
Ryan Hale
Paula Silva
Sean Jensen-Grey

Discussion of the process document

AR: We changed the process document so that the wording matches what the group already does in practice.

CW: My worry is that relaxing the requirement will make the second implementation far less meaningful.

RH: My question here is in which cases the engines have actually been blocking proposals for a long time.

SJG: The reference interpreter could count as one of the implementations if we agree on what it must pass.

AR: That would at least be some progress on the question we keep coming back to.
"""


def _speaker(doc: str, fragment: str, name: str = "minutes.txt") -> str | None:
    t = ingest_text(doc, name)
    return speaker_at(t, fragment)


def test_initials_fitting_one_listed_person_are_that_person():
    assert _speaker(MINUTES, "My worry is that relaxing") == "Conrad Wilde"


def test_hyphenated_surname_initials_fit_too():
    assert _speaker(MINUTES, "The reference interpreter") == "Sean Jensen-Grey"


FR = """Compte rendu de la réunion du groupe de travail

Présents :
Amélie Roux
Claire Vidal
Romain Hébert

AR : Nous avons revu la procédure de vote pour que le texte suive ce que le groupe fait déjà.

CV : Je crains que cet assouplissement rende la seconde implémentation beaucoup moins utile.
"""

ES = """Acta de la reunión del grupo de trabajo

Asistentes:
Amalia Ruiz
Carlos Vega
Rosa Herrera

AR: Hemos revisado el procedimiento de votación para que el texto refleje lo que el grupo ya hace.

CV: Me preocupa que relajar el requisito haga que la segunda implementación sea mucho menos útil.
"""


@pytest.mark.parametrize("doc, fragment, who", [(FR, "Je crains que", "Claire Vidal"),
                                                (ES, "Me preocupa que", "Carlos Vega")])
def test_the_same_in_french_and_spanish(doc, fragment, who):
    assert _speaker(doc, fragment) == who


def test_initials_that_fit_two_listed_people_name_nobody():
    # near miss: "CW" fits Conrad Wilde and Carla Webb: the list does not settle who speaks
    doc = MINUTES.replace("Paula Silva\n", "Paula Silva\nCarla Webb\n")
    assert _speaker(doc, "My worry is that relaxing") != "Conrad Wilde"


def test_a_postscript_line_is_nobodys_even_when_initials_fit():
    # near miss: "PS:" is a postscript, though Paula Silva is listed
    doc = MINUTES + "\nPS: The next call will be moved to the following Tuesday at the same hour as usual.\n"
    assert _speaker(doc, "The next call will be moved") != "Paula Silva"


def test_one_initials_label_alone_is_no_convention():
    # near miss: a single initials line that happens to fit a listed person does not make the document's labels
    doc = MINUTES.split("\nAR: We changed")[0] + "\nRH: The engines have been blocking proposals for a long time now.\n"
    assert _speaker(doc, "The engines have been blocking") != "Ryan Hale"


def test_initials_that_fit_two_listed_people_keep_their_own_turn():
    # "CW" fits Conrad Wilde and Carla Webb: the turn stays CW's, it is not run on from the speaker before
    doc = MINUTES.replace("Paula Silva\n", "Paula Silva\nCarla Webb\n")
    assert _speaker(doc, "My worry is that relaxing") == "CW"


MARKDOWN = """## Meeting Notes

### Attendees

 - Alice Rowan
 - Conrad Wilde
 - Ryan Hale
 - Shu-yu Guo

### Discussion of the process document

AR: We changed the process document so that the wording matches what the group already does in practice.

CW: My worry is that relaxing the requirement will make the second implementation far less meaningful.

SYG: The goal of requiring a maximum is to always allow an implementation that never copies.
"""


def test_a_markdown_attendees_heading_opens_the_list():
    assert _speaker(MARKDOWN, "My worry is that relaxing") == "Conrad Wilde"


def test_initials_count_a_lower_case_part_of_a_hyphenated_given_name():
    assert _speaker(MARKDOWN, "The goal of requiring a maximum") == "Shu-yu Guo"
