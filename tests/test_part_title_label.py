"""A title line whose words after the colon are only the instalment's number ("Entrevista Monitores-Jugadores:
Parte I", "Interview with Jane Roe: Part 2") is a title, no speaker's turn. Each rule on a small text written for the
test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TEXT = """{title}
2017-04-06

He hablado con dos monitores de la región para esta entrevista por correo.

Ana Gil: Recuerdo que mi hermano me enseñó a mover las piezas.

Bruno Díaz: Mi primer profesor fue un monitor del colegio.

Ana Gil: Luego vinieron los torneos.

Bruno Díaz: Y los campeonatos por edades.
"""


def test_part_number_title_is_no_speaker():
    t = ingest_text(TEXT.format(title="Entrevista Monitores-Jugadores: Parte I"), "entrevista.txt")
    assert speaker_at(t, "Parte I") is None
    assert speaker_at(t, "He hablado con dos monitores") is None


def test_english_part_title():
    t = ingest_text(TEXT.format(title="Coaches Roundtable: Part 2"), "interview.txt")
    assert speaker_at(t, "He hablado con dos monitores") is None


def test_ordinal_part_title():
    t = ingest_text(TEXT.format(title="Rencontre Monitrices-Joueuses : deuxième partie"), "entretien.txt")
    assert speaker_at(t, "He hablado con dos monitores") is None


def test_label_whose_words_start_with_part_stays():
    t = ingest_text(TEXT.replace("Ana Gil: Luego vinieron", "Ana Gil: Parte de lo que aprendí vino luego, con"),
                    "entrevista.txt")
    assert speaker_at(t, "Parte de lo que aprendí") == "Ana Gil"
