"""In a talk's section of a conference write-up, the note-taker's own sentences that show the first person only by
the verb's ending ("Conocí la herramienta…", Spanish drops the pronoun) or open on the writer's stance ("À vrai dire,
…", "To be honest, …", "La verdad es que…") are nobody's words; the talk's speaker is reported in the third person.
Snippets written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

ES = """Jornadas de calidad 2019

Este año asistí a las jornadas. Aquí va el resumen.

Testing y DevOps
por Carla Ruiz Soto

Basado en la importancia de generar un pipeline para tener un despliegue automatizado.
{sentence}

Fin de las notas
"""


def _es(sentence: str):
    return ingest_text(ES.format(sentence=sentence), "notas.txt")


def test_first_person_preterite_is_the_note_takers():
    assert speaker_at(_es("Conocí la herramienta que ellos utilizan para los despliegues."), "Conocí") is None


def test_irregular_first_person_preterite_is_the_note_takers():
    assert speaker_at(_es("Tuve que salir antes del final de la charla."), "Tuve que") is None


def test_third_person_preterite_stays_the_speakers():
    assert speaker_at(_es("Mostró la herramienta que ellos utilizan para los despliegues."), "Mostró") == "Carla Ruiz Soto"


def test_noun_of_that_shape_stays_the_speakers():
    assert speaker_at(_es("Comité de calidad y equipo deben decidir juntos."), "Comité de") == "Carla Ruiz Soto"


def test_name_of_that_shape_is_no_verb():
    doc = ES.replace("por Carla Ruiz Soto", "por Carla Ruiz Soto y José Gil")
    t = ingest_text(doc.format(sentence="José mostró la herramienta de despliegue con Carla."), "notas.txt")
    assert speaker_at(t, "José mostró") is not None


FR = """dotJS 2015

Nous y étions encore cette année.

Modern Async JS par Christophe Porteneuve

Christophe Porteneuve présente les promesses et les générateurs.
{sentence}

Conclusion
"""


@pytest.mark.parametrize("sentence", [
    "A vrai dire, il était assez compliqué de suivre tellement les sujets étaient nombreux.",
    "Personnellement, les générateurs restent difficiles à lire.",
    "To be honest, the examples were hard to follow.",
    "La verdad es que los ejemplos eran difíciles de seguir.",
])
def test_writers_stance_opener_is_the_note_takers(sentence):
    t = ingest_text(FR.format(sentence=sentence), "notes.txt")
    assert speaker_at(t, sentence[:12]) is None


def test_same_words_later_in_the_sentence_stay_the_speakers():
    t = ingest_text(FR.format(sentence="Les générateurs restent, à vrai dire, simples à écrire."), "notes.txt")
    assert speaker_at(t, "Les générateurs restent") == "Christophe Porteneuve"


def test_la_verdad_as_a_subject_stays_the_speakers():
    t = ingest_text(FR.format(sentence="La verdad del código está en sus pruebas."), "notes.txt")
    assert speaker_at(t, "La verdad del") == "Christophe Porteneuve"
