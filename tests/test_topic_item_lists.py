"""A note-taker's list of topics written "Topic: notes" one a line ("Desarrollo Social: …", "Commission
finances : …") under a presenter's line: the topics that look like names are topics too, where their neighbours in
the list are topics the text writes in lower case; a name in such a list that the text titles or writes again
("Dr. Paul Grant: …") holds. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of
from quidit.ingest.records import Cue

TALLER = """Bienvenida

Lic. Ana Gil: la planeación urbana es tarea de todos. Hay que cuidar el desarrollo social de los barrios.

Indicadores

Pedro Ruiz Soto: presentación de los indicadores del diagnóstico.
Desarrollo Social: zonas de vulnerabilidad y rezago educativo en los barrios del poniente.
Movilidad Urbana: transporte público lento, pocas rampas para discapacitados.
Patrimonio Histórico: edificios abandonados en el centro y sin recursos para restaurarlos.
Transporte Social: tarifas altas para estudiantes y personas mayores de la ciudad.

Se cierra la mesa.
"""

COMMISSIONS = """Réunion du comité

Marie Dubois : présentation des travaux des commissions pour la rentrée.
Finances Municipales : les finances municipales restent saines et le budget est tenu.
Jardins Partagés : trois nouvelles parcelles ouvertes au printemps dans le quartier.
Travaux Municipaux : les travaux municipaux de la rue principale reprennent en septembre.
"""

PEOPLE = """Planning meeting

Social Housing: the housing list grows again this year, and the social fund is spent.
Public Transport: the public buses run late and the transport budget is cut.
Dr. Paul Grant: I think we should ask the council for more money before the winter comes.
"""


def test_a_name_like_topic_under_a_refused_topic_is_no_speaker():
    t = ingest_text(TALLER, "taller.txt")
    assert "Patrimonio Histórico" not in [st.name for st in speakers_of(t)]


def test_the_topic_item_goes_on_with_the_presenter():
    t = ingest_text(TALLER, "taller.txt")
    assert speaker_at(t, "edificios abandonados en el centro") == "Pedro Ruiz Soto"


def test_a_french_commission_list_holds_no_speaker():
    t = ingest_text(COMMISSIONS, "commissions.txt")
    assert "Jardins Partagés" not in [st.name for st in speakers_of(t)]


def test_near_miss_a_titled_name_under_the_topics_keeps_its_turn():
    t = ingest_text(PEOPLE, "people.txt")
    said = next(s for s in t.sentences if "ask the council for more money" in t.text[s.start:s.end])
    assert (said.speaker, said.cue) == ("Paul Grant", Cue.LABEL)
