"""A passive verb of saying with its agent ("It was noted by Ms. Newell that…", "Il a été précisé par M. Petit que…",
"Fue señalado por el Sr. Gil que…"): the agent speaks. A passive with no agent ("It was noted that…") is the
record's, nobody's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Minutes of the meeting of the Housing Committee

Present: Ms. Sarah Newell, Mr. Rob Lowth

Item 1: Housing delivery

Mr. Lowth advised that the assessments are running on time this quarter.

It was noted by Ms. Newell that the delivery of social housing will ramp up next year.

It was noted that the next meeting will be held in December in the chamber.
"""

FR = """Compte rendu de la réunion du bureau

Présents : M. Jean Petit, Mme Anne Roy

Mme Roy indique que le budget de l'année reste dans les limites prévues.

Il a été précisé par M. Petit que les travaux commenceront au printemps prochain.
"""

ES = """Acta de la reunión de la junta

Asistentes: D. Juan Gil, Dña. Ana Ruiz

Dña. Ana Ruiz informa que el gasto del trimestre se mantiene dentro de lo previsto.

Fue señalado por el Sr. Gil que las obras empezarán en la primavera del año próximo.
"""


def test_the_english_agent_of_a_passive_verb_of_saying_speaks():
    assert speaker_at(ingest_text(EN, "minutes.txt"), "will ramp up next year") == "Sarah Newell"


def test_an_english_passive_with_no_agent_is_nobody_s():
    assert speaker_at(ingest_text(EN, "minutes.txt"), "the next meeting will be held") is None


def test_the_french_agent_of_a_passive_verb_of_saying_speaks():
    assert speaker_at(ingest_text(FR, "cr.txt"), "les travaux commenceront") == "Jean Petit"


def test_the_spanish_agent_of_a_passive_verb_of_saying_speaks():
    assert speaker_at(ingest_text(ES, "acta.txt"), "las obras empezarán") == "Juan Gil"
