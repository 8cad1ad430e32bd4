"""A label that names a group answering as one ("Monitores de La Roda: …" among "Ana Gil: …", "Bruno Díaz: …"),
which the text also names in prose with an article, is a speaker when it opens two turns or more among people's
labels. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ES = """He entrevistado por correo a los monitores de la provincia:

Ana Gil Romero, del Club Ajedrez Toledo.
Bruno Díaz Pardo, del Club Ajedrez Cuenca.
Los monitores de Villarrobledo en su conjunto, con Juan Pérez y Rosa Sanz.

1. ¿Recordáis a vuestros primeros profesores?

Ana Gil Romero: Recuerdo a mi padre, que me enseñó a mover las piezas.

Bruno Díaz Pardo: Mi primer profesor fue un monitor del colegio.

Monitores de Villarrobledo: No recordamos exactamente cuándo empezamos a jugar. Nuestro único profesor fue el presidente del club.

2. ¿Qué métodos usaban?

Ana Gil Romero: Muchos ejercicios de táctica.

Bruno Díaz Pardo: Análisis de partidas, sobre todo.

Monitores de Villarrobledo: Partidas comentadas cada semana. Y torneos rápidos los viernes.
"""

# the group labels one turn only: a thing the text talks about, as before
ONCE = ES[:ES.index("2. ¿Qué métodos")]

# minutes with an attendance list: "Communes de X : …" is an item of the agenda
MINUTES = """Compte rendu du conseil communautaire

Présents : Jean Roe, Anne Martin, Paul Durand.

Communes de Sisteron : les communes de Sisteron demandent une aide pour la voirie.

Jean Roe : Nous verrons cela au budget.

Communes de Sisteron : les travaux commenceront en mai.

Anne Martin : Très bien.
"""


def test_group_label_among_people_is_a_speaker():
    t = ingest_text(ES, "entrevista.txt")
    assert speaker_at(t, "No recordamos exactamente") == "Monitores de Villarrobledo"
    assert speaker_at(t, "Nuestro único profesor") == "Monitores de Villarrobledo"
    assert speaker_at(t, "Y torneos rápidos") == "Monitores de Villarrobledo"


def test_group_labelled_once_is_not_read():
    t = ingest_text(ONCE, "entrevista.txt")
    assert speaker_at(t, "No recordamos exactamente") != "Monitores de Villarrobledo"


def test_group_label_in_minutes_is_not_read():
    t = ingest_text(MINUTES, "cr.txt")
    assert speaker_at(t, "les travaux commenceront") != "Communes de Sisteron"
