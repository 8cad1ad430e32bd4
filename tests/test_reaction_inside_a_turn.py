"""A reaction note inside a labelled turn's line ("AB: No, yo siempre creo … un cliché (risas). Me parece…") is a
laugh in the turn, not a stage direction: the line keeps its label. A line that is only the note, or a witness's
short line ("MS JANE ROE (affirmed)"), is still the record's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TALK = """Una charla sobre cine

LM: ¿Cómo trabajaste con la actriz para el papel de la madre?

RP: No, yo siempre creo que los personajes se construyen con lo que la actriz trae de su propia vida al rodaje (risas). Me parece que es la manera de evitar el cliché.

LM: ¿Y la elegiste por eso?

RP: Sí, por eso la llamé a ella y no a otra.

(aplausos)

LM: Gracias por venir.
"""


def test_a_laugh_inside_a_long_turn_keeps_the_label():
    t = ingest_text(TALK, "charla.txt")
    assert speaker_at(t, "los personajes se construyen") == "RP"


def test_a_line_that_is_only_the_note_is_nobody_s():
    t = ingest_text(TALK, "charla.txt")
    assert speaker_at(t, "(aplausos)") is None


WITNESS = """Hearing of 3 May

MS JANE ROE (affirmed)

COUNSEL: Could you give the inquiry your full name, please?

MS ROE: Jane Roe.
"""


def test_a_witness_s_short_line_with_its_oath_is_still_the_record_s():
    t = ingest_text(WITNESS, "hearing.txt")
    assert speaker_at(t, "(affirmed)") is None


SHOW = """Émission du 4 mars

Léa : Bonjour Marc, bienvenue. Comment vas-tu ?

Marc : Très bien merci, je suis content d'être là ce soir.

Léa : (rires) Tant mieux ! Parle-nous de ton livre.

Marc : (rires) Il raconte l'histoire d'une brasserie de quartier qui ferme ses portes.

Léa : Et pourquoi une brasserie ?
"""


def test_a_laugh_at_the_head_of_a_turn_keeps_the_label():
    t = ingest_text(SHOW, "emission.txt")
    assert speaker_at(t, "Il raconte l'histoire") == "Marc"
