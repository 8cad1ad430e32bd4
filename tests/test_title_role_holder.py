"""A role label that names no one ("THE PRESIDENT:", "EL PRESIDENTE:") is the person the document's title line writes
with that role's word before a name ("Remarks by President Hale at …"). One behaviour per test, with near misses."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

HALL = """{title}

THE PRESIDENT:  Good evening, everyone, and thank you for coming out tonight.

MS. PRICE:  Thank you, sir.  Let us start with the schools of the county.

THE PRESIDENT:  The schools will open on time this fall, every one of them.
"""


def test_title_names_the_role_labels_holder():
    t = ingest_text(HALL.format(title="Remarks by President Hale at a Town Hall in Dayton"), "hall.txt")
    assert speaker_at(t, "The schools will open on time") == "President Hale"


def test_title_without_a_name_leaves_the_role():
    t = ingest_text(HALL.format(title="Remarks by the President at a Town Hall in Dayton"), "hall.txt")
    assert speaker_at(t, "The schools will open on time") == "THE PRESIDENT"


def test_role_word_in_lower_case_gives_the_name():
    text = """Conferencia de prensa del presidente Luis Arce en la sede de gobierno

EL PRESIDENTE: Buenos días a todos los periodistas presentes en esta sala.

PREGUNTA: ¿Cuándo se publicará el nuevo presupuesto del Estado para el año?

EL PRESIDENTE: El presupuesto se publicará la próxima semana, sin falta.
"""
    t = ingest_text(text, "cp.txt")
    assert speaker_at(t, "El presupuesto se publicará") == "Luis Arce"
