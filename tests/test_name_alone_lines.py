"""A transcript that writes each turn as the speaker's name alone on a line, the words on the lines under it, no
colon (video transcriptions, subtitles turned to text, Markdown headings stripped): the words under a name line are
that person's, up to the next name line; a surname-only label ("Maître DURAND") is the full name the text gives
("Claire DURAND"). Short capitalised lines that are no turn (a title, a list of participants, a name inside a wrapped
sentence, a name line in a text not written so) stay what they are."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.lines import scan_lines

TABLE_RONDE = """Table ronde sur la protection des agents publics
00:00:00
Paul Martin
Merci d'être venues aujourd'hui pour cette table ronde.
Je vous présente Claire DURAND, avocate spécialisée en droit public.
Et Anne Roux, enseignante dans un lycée de la région.
Alors, maître, comment ça se passe pour un agent qui signale des faits
00:04:00
Maître DURAND

Donc, cela fait quinze ans que je défends des fonctionnaires.
La difficulté principale, c'est le devoir d'obéissance envers la hiérarchie.

Paul Martin
Même en allant voir le chef du chef?

Maître DURAND
Oui, même dans ce cas. On vous reproche une faute disciplinaire.
Il y a aussi un juge qui a constitutionnellement son indépendance et qui se...

Paul Martin
et qui rend la décision. C'est lui qui décide.

Anne Roux
Au niveau pénal?

Maître DURAND
Oui, au niveau pénal. J'en ai parlé avec
Paul Martin
hier soir, et il le sait bien.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "table-ronde.txt"), fragment)


def test_the_words_under_a_name_line_are_that_persons():
    assert _speaker(TABLE_RONDE, "Merci d'être venues") == "Paul Martin"


def test_the_introductions_are_the_hosts_words():
    assert _speaker(TABLE_RONDE, "Je vous présente Claire DURAND") == "Paul Martin"


def test_a_surname_label_is_the_full_name_the_text_gives():
    assert _speaker(TABLE_RONDE, "quinze ans que je défends") == "Claire DURAND"


def test_the_turn_runs_to_the_next_name_line():
    assert _speaker(TABLE_RONDE, "devoir d'obéissance") == "Claire DURAND"
    assert _speaker(TABLE_RONDE, "Même en allant voir") == "Paul Martin"


def test_a_name_written_so_once_holds_when_the_text_names_that_person_elsewhere():
    assert _speaker(TABLE_RONDE, "Au niveau pénal?") == "Anne Roux"


def test_a_turn_that_completes_the_last_one_in_lower_case():
    assert _speaker(TABLE_RONDE, "et qui rend la décision") == "Paul Martin"


def test_a_timestamp_line_is_nobodys():
    assert _speaker(TABLE_RONDE, "00:04:00") is None


def test_the_title_line_is_nobodys():
    assert _speaker(TABLE_RONDE, "Table ronde sur la protection") is None


def test_a_name_inside_a_wrapped_sentence_is_no_turn():
    # near miss: "Paul Martin" alone on a line, but the line above runs on and the line below goes on in lower case
    assert _speaker(TABLE_RONDE, "hier soir, et il le sait bien") == "Claire DURAND"


def test_a_surname_two_people_share_stays_as_written():
    # near miss: "Claire DURAND" and "Marc DURAND" both in the text: the label names one of them, the text does not
    # say which
    doc = TABLE_RONDE.replace("Et Anne Roux, enseignante", "Et Marc DURAND, son associé, et Anne Roux, enseignante")
    assert _speaker(doc, "quinze ans que je défends") == "Maître DURAND"


def test_the_same_in_english():
    doc = """Senate roundtable on aging services

Senator Golden
Good morning, and thank you all for coming.
I want to welcome Maria Alvarez, who leads the senior action council.

Ms. ALVAREZ
Thank you, Senator. Our members rely on these programs every day.

Senator Golden
How many people does the council serve?

Ms. ALVAREZ
About forty thousand people across the state.
"""
    assert _speaker(doc, "Good morning, and thank you") == "Senator Golden"
    assert _speaker(doc, "About forty thousand") == "Maria Alvarez"


def test_the_same_in_spanish():
    doc = """Debate sobre la reforma educativa

Lucía Pérez
Buenas tardes a todos y bienvenidos al debate.
Hoy nos acompaña el profesor Tomás MORALES Soto, de la universidad pública.

Profesor MORALES
Gracias por la invitación. La reforma llega tarde.

Lucía Pérez
¿Por qué llega tarde?

Profesor MORALES
Porque los recursos no alcanzan desde hace años.
"""
    assert _speaker(doc, "Buenas tardes a todos") == "Lucía Pérez"
    assert _speaker(doc, "los recursos no alcanzan") == "Tomás MORALES Soto"  # both family names


def test_a_list_of_participants_is_no_turn():
    # near miss: names one under the other, nobody's words between them; the title under the last one is not hers
    doc = "Intervenants\n\nPaul Martin\n\nClaire Durand\n\nAnne Roux\n\n" + TABLE_RONDE
    assert _speaker(doc, "Claire Durand") is None
    assert _speaker(doc, "Table ronde sur la protection") is None


def test_name_lines_in_a_text_not_written_so_are_no_turns():
    # near miss: a report with two headings that look like names, each once, over the author's prose
    doc = """Notes from the community day

Jane Roe
The morning opened with a review of the year, and the room was full.

Ada Lovelace Hall
Lunch was served in the hall next to the main stage.
"""
    assert _speaker(doc, "Lunch was served") is None


CAPITALS = """LA TABLE RONDE
Une table ronde organisée à Paris par le collectif des agents publics.

PAUL MARTIN
Merci d'être venues aujourd'hui pour cette table ronde.

CLAIRE DURAND (avocate)
Donc, cela fait quinze ans que je défends des fonctionnaires.

PAUL MARTIN
Même en allant voir le chef du chef?

CLAIRE DURAND (avocate)
Oui, même dans ce cas. On vous reproche une faute disciplinaire.
"""


def test_name_lines_in_capitals():
    assert _speaker(CAPITALS, "Merci d'être venues") == "Paul Martin"


def test_a_name_line_with_an_affiliation_in_brackets():
    assert _speaker(CAPITALS, "quinze ans que je défends") == "Claire Durand"


def test_a_title_in_capitals_is_no_name_line():
    # near miss: "LA TABLE RONDE" over a sentence; the text writes "table ronde" in lower case too
    assert _speaker(CAPITALS, "Une table ronde organisée") is None


CAPTIONS = """Weekly community call
John Smith
so today we are going to talk about
the new release and what changed
Jane Doe
yeah thanks John
so the main change is the parser
John Smith
right and when does it ship
Jane Doe
next week if the tests pass
"""


def test_unpunctuated_captions_open_a_turn_at_each_name_line():
    assert _speaker(CAPTIONS, "yeah thanks John") == "Jane Doe"
    assert _speaker(CAPTIONS, "right and when does it ship") == "John Smith"


def test_unpunctuated_captions_naming_each_person_once_have_no_turns():
    # near miss: one name line per person is no layout of turns, whatever the punctuation
    doc = CAPTIONS.split("John Smith\nright")[0]
    assert not any(u.name_line for u in scan_lines(clean(doc)))
