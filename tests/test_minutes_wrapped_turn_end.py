"""A hard-wrapped export (org-mode, Markdown, e-mail: lines filled to some 75 characters) may leave the last words of
a long turn as a paragraph of their own ("Ana: … si estoy en" / "tiene que haber un aviso"). When the turn's line is
as long as the text's lines get, ends on no stop, and the next paragraph's first word would not have fitted on it,
that paragraph ends the turn; it is no heading. Each test on a small text written for it (one behaviour per test;
the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FILLER = [
    "Ana: propongo que la fiesta del barrio sea en la plaza y no en el club.",
    "Bea: estoy de acuerdo, la plaza es mas grande y entra mas gente.",
    "Ciro: hay que pedir permiso al municipio con tiempo, un mes antes.",
    "Ana: yo escribo la nota al municipio esta semana y la mando el lunes.",
    "Bea: necesitamos sonido, luces y un toldo por si llueve esa noche.",
    "Ciro: el sonido lo consigo yo, tengo un amigo que lo presta gratis.",
    "Ana: las luces las podemos pedir a la escuela de enfrente otra vez.",
    "Bea: y el toldo lo alquilamos con la plata que quedo del año pasado.",
    "Ciro: falta decidir quien se ocupa de la comida y de las bebidas.",
    "Ana: la comida la hacen las familias, cada una trae algo para compartir.",
    "Bea: las bebidas las compramos en el mayorista, sale mucho mas barato.",
    "Ciro: tambien hay que avisar a los vecinos de la cuadra con un volante.",
    "Ana: el volante lo diseña mi hermana, ya hizo el del año pasado.",
    "Bea: lo imprimimos en la biblioteca, alli nos cobran poco por copia.",
    "Ciro: repartimos los volantes el sabado a la mañana entre todos.",
    "Ana: a la noche hay que limpiar la plaza, eso no lo olvidemos.",
    "Bea: traemos bolsas y escobas, y cada uno se lleva algo a su casa.",
    "Ciro: la proxima reunion es el jueves a las ocho en el club.",
    "Ana: perfecto, ahi repasamos lo que falta y cerramos la lista.",
    "Bea: yo llevo la lista de todo lo que prometio cada familia.",
]


def _minutes(turn: str, after: str) -> str:
    paras = ["Minutas de la comision", "presupuesto"] + FILLER[:10] + [turn, after, "agenda"] + FILLER[10:]
    return "\n\n".join(paras) + "\n"


CUT = "Ciro: cuando hay una multa no te cierran el lugar. si estamos en falta"


def test_paragraph_after_a_turn_cut_at_the_fill_width_is_the_turns_end():
    t = ingest_text(_minutes(CUT, "tiene que haber un aviso con plazos"), "minutas.txt")
    assert speaker_at(t, "tiene que haber un aviso") == "Ciro"


def test_paragraph_after_a_short_turn_is_not_its_end():
    # near miss: the turn stops far from the width; the short line after it is a heading of the minutes
    t = ingest_text(_minutes("Ciro: si estamos en falta", "tiene que haber un aviso con plazos"), "minutas.txt")
    assert speaker_at(t, "tiene que haber un aviso") is None


def test_paragraph_after_a_long_turn_that_ends_with_a_stop_is_not_its_end():
    # near miss: the long turn ends its sentence; the next line is a heading of the minutes
    t = ingest_text(_minutes(CUT + ".", "tiene que haber un aviso con plazos"), "minutas.txt")
    assert speaker_at(t, "tiene que haber un aviso") is None
