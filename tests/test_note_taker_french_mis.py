"""Spanish "mi"/"mis" before a word marks the note-taker's own sentence in talk notes ("mis compañeros"), but French
"mis" before a preposition or an article is a participle ("a tout bien mis en oeuvre", "mis à jour"): the talk's
content, not the note-taker. Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

HEAD = ("Mon compte rendu du Forum du code à Lille\n\nDroit du travail - Maître Sophie DUBOIS\n\n"
        "Le harcèlement moral est défini par des agissements répétés.\n")


def test_french_mis_en_oeuvre_is_no_possessive():
    doc = HEAD + "Dans ce cas l'employeur doit montrer qu'il a tout bien mis en oeuvre pour sensibiliser les salariés.\n"
    assert speaker_at(ingest_text(doc, "notes.txt"), "Dans ce cas l'employeur") == "Sophie DUBOIS"


def test_near_miss_spanish_mis_before_a_noun_is_the_note_taker():
    doc = ("Notas de la jornada\n\nPruebas sin dolor - Lucía GARCÍA\n\nLas pruebas automáticas ahorran dinero. "
           "Después de la charla fui a comer con mis compañeros de trabajo.\n")
    assert speaker_at(ingest_text(doc, "notas.txt"), "fui a comer con mis") is None
