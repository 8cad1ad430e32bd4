"""More ways caption and speech-to-text exports write whose turn it is: the time before the bracketed name
("[00:00:05] [John Smith] Thank you…"), the bracketed name alone on its line over the words ("[John Smith]" /
"Thank you…"), and broadcast captions' chevrons before the label (">> JOHN SMITH: Thank you…")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.labels import bracket_label, bracket_labels, line_units
from quidit.ingest.lexicon import BRACKET_LABEL

TIMED = """Public hearing

[00:00:01] [Jane Roe] Good evening, the hearing will start now.
[00:00:05] [John Smith] Thank you, I have a question on the budget.
[00:00:09] [Jane Roe] Go ahead, we are listening to you.
"""

ALONE = """Réunion publique

[Marie Dubois]
Bonsoir, la séance est ouverte.
[Paul Martin]
Merci, j'ai une question sur le budget.
[Marie Dubois]
Allez-y, nous vous écoutons.
"""

CHEVRONS = """Noticiero

>> ANA GIL: Buenas noches, empezamos con las noticias del día.
>> PEDRO RUIZ: Gracias, Ana, hoy hablamos del presupuesto.
>> ANA GIL: Adelante, te escuchamos.
"""

LIST_OF_NAMES = """Reading list

[Jane Roe]
Annual report
[John Smith]
Budget figures
[Jane Roe]
Spending plan
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "captions.txt"), fragment)


def test_a_time_before_the_bracketed_name_is_layout():
    assert _speaker(TIMED, "I have a question on the budget") == "John Smith"


def test_near_miss_a_bracketed_time_alone_is_no_name():
    assert BRACKET_LABEL.match("[00:00:05] Thank you.").group("label") == "00:00:05"  # matched, then refused as no name
    assert _speaker(TIMED, "the hearing will start") == "Jane Roe"


def test_a_bracketed_name_alone_opens_the_turn_under_it():
    assert _speaker(ALONE, "j'ai une question sur le budget") == "Paul Martin"


def test_near_miss_bracketed_names_over_titles_make_no_transcript():
    ct = clean(LIST_OF_NAMES)
    assert not bracket_labels(ct.text, line_units(ct))


def test_chevrons_before_a_label_open_its_turn():
    assert _speaker(CHEVRONS, "hoy hablamos del presupuesto") == "Pedro Ruiz"


RUN_ON = """Town hall

[Jane Roe] Good evening, the meeting will start now.
[John Smith] Thank you, I have a question on the budget.
[Laughs]
And a second one on the roads, if I may.
[Jane Roe] Go ahead, we are listening to you.
"""


def test_caption_marks_of_the_room_name_nobody():
    for line in ("[Laughs] Yes.", "[Video Clip]", "[Technical Difficulties]", "[Toux] Oui.", "[Música] Hola."):
        assert bracket_label(line) is None, line


def test_a_turn_runs_on_past_a_bracketed_laugh():
    assert _speaker(RUN_ON, "a second one on the roads") == "John Smith"
