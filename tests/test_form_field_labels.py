"""A report's form fields ("Nombre de la Usuaria: Diana Sánchez", "Título: Registro") written one a line, as a user
story's card lists them, are fields, not people taking turns. One behaviour per test, on snippets written for it."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.account_labels import account_labels
from quidit.ingest.pipeline import speakers_of

CARDS = """Historias de usuario

Fecha: 08/08/2018
{field}: Diana Sánchez
Título: Registro
Historia: Voy a una entrevista de trabajo y quiero registrarme rápido en la entrada.
Fecha: 09/08/2018
{field}: Jorge Bolaño
Título: Administración
Historia: Quiero ver quién entró hoy al edificio sin buscar en una libreta.
Fecha: 10/08/2018
{field}: Adriana Sivan
Título: Dar de alta
Historia: Quiero dar de alta a mis visitas desde el teléfono antes de que lleguen.
"""


def _people(text):
    return {st.name for st in speakers_of(ingest_text(text, "r.txt"))}


def test_name_field_is_nobody():
    assert not {"Nombre de la Usuaria", "Título"} & _people(CARDS.format(field="Nombre de la Usuaria"))


def test_account_names_one_a_line_still_take_turns():
    # near miss: two people's names opening lines one under the other are accounts taking turns, not fields
    lines = [f"{who}: palabras de la llamada número {k}" for k in range(4) for who in ("Paula León", "Jorge Ruiz")]
    assert account_labels(lines) == {"Paula León", "Jorge Ruiz"}


def test_field_lines_are_no_accounts():
    lines = [f"{field}: valor de la tarjeta {k}" for k in range(4) for field in ("Nombre de la Usuaria", "Título")]
    assert account_labels(lines) == set()
