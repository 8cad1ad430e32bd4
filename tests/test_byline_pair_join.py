"""A talk's byline that joins two people with "y"/"et"/"and"/"&" ("por Salvador Folgado y Jordi Borja") is not one
person's name: the first is the talk's speaker, as with "& Simon Cochrane" after a name. One behaviour per test, with a
near miss (a surname with the particle "y")."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.names import first_of_pair
from quidit.ingest.pipeline import speakers_of

NOTES = """Jornada de testing

Devops Mythbusters
por Salvador Folgado y Jordi Borja

Comentaron los mitos que han detectado al implantar DevOps en las empresas.

El software escondido
por Francesc Pastor

Nos habló del software que no se ve.
"""


def test_pair_gives_the_first_person():
    assert first_of_pair("Salvador Folgado y Jordi Borja") == "Salvador Folgado"
    assert first_of_pair("Ana Gil et Léo Roy") == "Ana Gil"
    assert first_of_pair("Jane Roe and John Doe") == "Jane Roe"


def test_particle_y_in_one_name_stays():
    # near miss: "José Ortega y Gasset" is one person
    assert first_of_pair("José Ortega y Gasset") == "José Ortega y Gasset"


def test_no_speaker_named_with_a_join():
    t = ingest_text(NOTES, "n.txt")
    names = {s.name for s in speakers_of(t)}
    assert not any(" y " in n for n in names) and "Salvador Folgado" in names
