"""A stenographer may spell one speaker's label two ways; when the speaker under one spelling gives her name in that
turn ("Yo me llamo …") and another label writes exactly that name, the two labels are one person. A different
surname said, or no other label writing the name, changes nothing."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of
from quidit.ingest.self_named import _spelling

RECORD = """Versión estenográfica del encuentro con estudiantes

MODERADOR: Buenos días, vamos a escuchar a las alumnas de la escuela de música.
MARISELA ORTEGA: La primera pieza que vamos a tocar viene de la sierra de Oaxaca.
MODERADOR: ¿Nos dicen su nombre completo, por favor, para el registro?
MARISELA ORTEG: Yo me llamo Marisela Ortega, para servirle a usted.
MODERADOR: Muchas gracias a las dos por su participación esta mañana.
"""


def _names(doc: str) -> set[str]:
    return {p.name for p in speakers_of(ingest_text(doc, "esteno.txt"))}


def test_the_misspelt_label_is_the_named_speaker():
    names = _names(RECORD)
    assert "Marisela Ortega" in names and "Marisela Orteg" not in names


def test_another_surname_said_is_left_alone():
    # near miss: "Marisela Ruiz" is no spelling of "Marisela Orteg"
    doc = RECORD.replace("MARISELA ORTEGA:", "MARISELA RUIZ:").replace("Yo me llamo Marisela Ortega", "Yo me llamo Marisela Ruiz")
    names = _names(doc)
    assert "Marisela Ruiz" in names and "Marisela Orteg" in names


def test_no_other_label_with_that_name_changes_nothing():
    # near miss: the name said is written by no other label
    doc = RECORD.replace("Yo me llamo Marisela Ortega", "Yo me llamo Marisol Ortega")
    assert {"Marisela Ortega", "Marisela Orteg"} <= _names(doc)


def test_spelling_needs_the_same_first_name():
    assert _spelling("Juana Lisset", "Juana Lissette")
    assert not _spelling("Juan Lisset", "Juana Lissette")
    assert not _spelling("Ana Gil", "Ana Gómez")
