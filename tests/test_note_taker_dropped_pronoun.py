"""In a talk's section of conference notes, the note-taker's own sentence is nobody's even where Spanish drops the
pronoun: the object clitic opening the sentence ("Me gustó muchísimo…"), the possessive ("de mi antiguo post"), or
the readers addressed in the second person plural ("Si no la conocéis podéis…"). The talk's reported points, "Nos
comentó que…" included, stay the speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ES = """Jornadas de testing 2019

Como cada año, quiero recoger un resumen de las ponencias.

Calidad con valor
por Lucía Romero Beltrán

Siempre abre camino con tono divertido y esta vez con las acepciones de la palabra valor.
Me gustó muchísimo puesto que toda la parte de diseño me encanta.
Si no la conocéis podéis echar un vistazo a su blog.
Hablamos de ella en mi antiguo post sobre automatización.
Nos comentó que el valor se entrega con información y no solo con errores encontrados.
Igualmente debemos dar visibilidad al tiempo que se dedica a las pruebas en seis proyectos.
"""

FR = """Compte-rendu de la journée

Voici un tour d'horizon rapide des différentes présentations de la journée.

Le droit du logiciel par Camille Aubert

Le travail à mi-temps des mainteneurs pèse sur la qualité des correctifs publiés.
Me Durand, avocate du projet, a gagné le procès des licences en 2012 devant la cour.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_a_sentence_opening_on_the_object_clitic_me_is_the_note_takers():
    assert _speaker(ES, "Me gustó muchísimo") is None


def test_the_readers_addressed_as_vosotros_mark_the_note_takers_aside():
    assert _speaker(ES, "Si no la conocéis") is None


def test_the_possessive_mi_marks_the_note_takers_sentence():
    assert _speaker(ES, "en mi antiguo post") is None


def test_nos_comento_reports_the_talk_and_stays_the_speakers():
    assert _speaker(ES, "Nos comentó que") == "Lucía Romero Beltrán"


def test_a_plural_number_without_the_accent_is_no_reader_address():
    assert _speaker(ES, "en seis proyectos") == "Lucía Romero Beltrán"


def test_the_french_lawyers_title_me_before_a_name_is_no_clitic():
    assert _speaker(FR, "Me Durand, avocate") == "Camille Aubert"


def test_french_mi_in_a_hyphenated_word_is_no_possessive():
    assert _speaker(FR, "à mi-temps des mainteneurs") == "Camille Aubert"
