"""Minutes whose items open with a short unnumbered heading run into the first sentence after a spaced dash ("IDS –
Steve reported that…", "Budget – Marie indique…", "Presupuesto – Ana informa…"): the name right after the dash is the
sentence's subject, so with its speech verb that person speaks, even someone the apologies list (who sent a written
report). A name after the dash with no speech verb is only mentioned."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Meeting 12 - 3 May 2021

Present: Kevin, Jody, Stuart, Rolf, Andy

Apologies: Milan, Steve (who sent a written report)

Action 11.1: Rolf reported that the locking change is still waiting for review.

Website review – Stuart reported that the installation pages are hard to follow for newcomers.

IDS – Steve reported that the new snapshot has been made available with its plugin.

Server – Steve has now made the relevant changes to the test suite for everyone.
"""

FR = """Compte rendu de la réunion du bureau

Présents : Marie, Paul, Hélène

Ordre du jour – Paul indique que la réunion commencera par le bilan financier.

Budget – Marie indique que les dépenses de l'année restent dans les limites prévues.
"""

ES = """Minuta de la reunión del equipo

Asistentes: Ana, Luis, Carmen

Luis informa que la reunión empieza con los temas pendientes de la semana.

Presupuesto – Ana informa que el gasto del trimestre se mantiene dentro de lo previsto.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_an_english_heading_run_in_after_a_dash_gives_the_floor_to_the_name_after_it():
    assert _speaker(EN, "the installation pages are hard") == "Stuart"


def test_a_person_in_the_apologies_list_reports_after_a_dash_heading():
    assert _speaker(EN, "the new snapshot has been made available") == "Steve"


def test_a_name_after_a_dash_heading_without_a_speech_verb_does_not_speak():
    assert _speaker(EN, "has now made the relevant changes") != "Steve"


def test_a_french_heading_run_in_after_a_dash_gives_the_floor_to_the_name_after_it():
    assert _speaker(FR, "les dépenses de l'année") == "Marie"


def test_a_spanish_heading_run_in_after_a_dash_gives_the_floor_to_the_name_after_it():
    assert _speaker(ES, "el gasto del trimestre") == "Ana"
