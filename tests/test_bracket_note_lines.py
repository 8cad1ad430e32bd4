"""An editor's note in square brackets over two or three lines ("[ Note de la rédaction:" / "Les députés se lèvent …
et chantent Ô Canada.]") is the record's, nobody's words, and the turn goes on after it. Each rule on a small text
written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD_FR = """CHAMBRE DES COMMUNES
La séance est ouverte à 14 heures.
Le Président:
Nous avons invité une chorale de Toronto à chanter l'hymne national avec nous aujourd'hui.
[ Note de la rédaction:
Les députés se lèvent, avec les chanteurs invités, et chantent l'hymne national.]
Je remercie la chorale de sa présence parmi nous en ce jour de fête.
M. Jean Tremblay (Laval, BQ):
Monsieur le Président, je rends hommage aux bénévoles de ma circonscription cette semaine.
"""

RECORD_EN = """HOUSE OF COMMONS
Mr. John Smith (Calgary West, Ref.):
Mr. Speaker, the farmers of my riding are still waiting for the relief they were promised.
[Editor's note:
Members rise and applaud the farmers seated in the gallery.]
They deserve an answer from the minister before the holidays begin.
"""

# a bracket opened on a line and closed only several lines later is no note: the speaker's words
LONG = """CHAMBRE DES COMMUNES
Le Président:
Nous avons invité une chorale de Toronto à chanter l'hymne national avec nous aujourd'hui.
[ Nous reprendrons
les travaux après la pause,
comme convenu avec les leaders des partis,
à quinze heures.]
M. Jean Tremblay (Laval, BQ):
Monsieur le Président, je rends hommage aux bénévoles de ma circonscription cette semaine.
"""


def test_note_over_two_lines_is_nobodys():
    t = ingest_text(RECORD_FR, "record.txt")
    assert speaker_at(t, "Les députés se lèvent") is None


def test_turn_goes_on_after_the_note():
    t = ingest_text(RECORD_FR, "record.txt")
    assert speaker_at(t, "Je remercie la chorale") == "Le Président"


def test_english_editors_note():
    t = ingest_text(RECORD_EN, "hansard.txt")
    assert speaker_at(t, "Members rise and applaud") is None
    assert speaker_at(t, "They deserve an answer") == "John Smith"


def test_bracket_over_many_lines_is_no_note():
    t = ingest_text(LONG, "record.txt")
    assert speaker_at(t, "les travaux après la pause") is not None
