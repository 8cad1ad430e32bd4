"""Committee minutes that record a motion in the passive with its mover named after "by" ("A motion was presented by
Thomas Schmidt to accept…", "Une motion est présentée par X", "Una moción fue presentada por X"): the proposal is the
mover's (`lexicon.MOTION_MOVED_BY`), even right under an item's heading where "presented by X" could read as a talk's
byline; the seconding sentence ("The motion was seconded by Y") is the vote's record, nobody's words
(`lexicon.MOTION_SECONDED`)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Technical Committee Working Meeting

Present: Jane Roe, Bob Lane, Kim Stone, Ann Lee.

Leave of Absence

A motion was presented by Jane Roe to accept the leave of absence of one member until the autumn, seconded by Bob Lane.

Pull request 12 - Typo fixes

Kim Stone presented the pull request, which fixes several typos in the conformance section of the specification.
A motion was presented by Kim Stone to accept the pull request into the next draft. The motion was seconded by Ann Lee in the same minute. No objections were raised.

A motion to adjourn the meeting was made by Bob Lane after the last item on the agenda had been covered.
"""

NO_LIST = """Technical Committee Working Meeting

PR #12 - Typo fixes in the conformance section

Kim Stone presented PR #12, which fixes several typos in the conformance section of the specification.
Bob Lane asked whether the typos changed the meaning of any normative statement. Kim Stone confirmed.
A motion was presented by Kim Stone to accept PR #12 into the next draft of the specification and seconded by Ann Lee.
"""

FR = """Compte rendu de la réunion du comité technique

Présents : Jean Dupont, Anne Martin, Paul Girard.

Une motion est présentée par Anne Martin pour adopter le nouveau règlement intérieur du comité technique. La motion est appuyée par Paul Girard lors de la même séance.
"""

ES = """Acta de la reunión del comité técnico

Asistentes: Ana Gil, Luis Mora, Eva Ruiz.

Una moción fue presentada por Luis Mora para aprobar el nuevo reglamento interno del comité técnico. La moción fue secundada por Eva Ruiz en la misma sesión.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_the_mover_of_a_motion_in_the_passive_makes_the_proposal():
    assert _speaker(EN, "accept the leave of absence") == "Jane Roe"


def test_presented_by_under_an_item_heading_is_the_mover_not_a_talks_byline():
    assert _speaker(NO_LIST, "to accept PR #12 into the next draft") == "Kim Stone"


def test_a_motion_to_do_something_made_by_a_member_is_theirs():
    assert _speaker(EN, "adjourn the meeting was made") == "Bob Lane"


def test_the_seconding_sentence_is_the_record_not_the_mover_nor_the_seconder():
    assert _speaker(EN, "The motion was seconded by Ann Lee") is None


def test_french_motion_and_its_seconder():
    assert _speaker(FR, "adopter le nouveau règlement") == "Anne Martin"
    assert _speaker(FR, "La motion est appuyée par Paul Girard") is None


def test_spanish_motion_and_its_seconder():
    assert _speaker(ES, "aprobar el nuevo reglamento") == "Luis Mora"
    assert _speaker(ES, "La moción fue secundada por Eva Ruiz") is None
