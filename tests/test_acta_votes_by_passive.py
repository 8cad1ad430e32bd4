"""An older acta records each vote in the passive, "Por el Sr. D. X, se dijo: Que…": the person after "Por" speaks,
whatever chain of honorifics and titles comes before the name ("el Exmo. Sr. D.", "el Sr. Oidor D."), an office set
off by commas after it, or a role before it with the name in apposition ("Por el Reverendo Padre Guardian, Fray X,")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """Acta del Cabildo abierto del 22 de mayo.

Asistentes: el Exmo. Sr. D. Pascual Ruiz Huidobro, el Sr. D. Manuel José de Reyes, el Sr. D. Diego de la Vega, el
Reverendo Padre Guardian, Fray Pedro Cortinas.

Y en su virtud se procedió á la votacion, en el órden y forma siguiente.

Por el Exmo. Sr. D. Pascual Ruiz Huidobro, se dijo: Que debia cesar la autoridad del Exmo. Sr. Virey.

Por el Sr. Oidor D. Manuel José de Reyes, se dijo: Que no encuentra motivo por ahora para la subrogacion.

Por el Sr. D. Diego de la Vega, Contador Mayor Decano, se dijo: Que reproduce el anterior voto con una diferencia.

Por el Reverendo Padre Guardian de la Observancia, Fray Pedro Cortinas, se dijo: Que se conformaba en todo con el parecer.
"""


def test_a_chain_of_honorifics_before_the_name():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "debia cesar la autoridad") == "Pascual Ruiz Huidobro"


def test_a_title_between_the_honorifics():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "no encuentra motivo") == "Manuel José de Reyes"


def test_an_office_after_the_name_before_the_verb():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "reproduce el anterior voto") == "Diego de la Vega"


def test_a_role_before_the_name_in_apposition():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "se conformaba en todo") == "Pedro Cortinas"  # ("Fray": a title)


def test_no_honorific_letter_becomes_a_person():
    assert all(p.name.strip(". ") not in {"D", "Dr. D"} for p in ingest_text(ACTA, "acta.txt").participants)
