"""In minutes with an attendance list, a one-word label the text also writes in lower case with an ending added
("Environnement : projet d’arbres…" and "l’enjeu environnemental") is a topic, not a speaker; a long given name
the text never derives from ("Christophe : …") still speaks."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Compte rendu du conseil communautaire

Présents : M. Trystram Antoine ; M. Canon Eloi ; Mme Plou Peggy

Le projet tient compte de l’enjeu environnemental du territoire.

M. le Président présente les orientations budgétaires.

Environnement : projet d’arbres pour le territoire.

Environnement : il faut acheter du matériel à hauteur de 300 000 euros.

M. le Président demande à tous les Vice-Présidents d’être vigilants pour contenir les dépenses.
"""


def test_derived_word_label_is_a_topic():
    t = ingest_text(MINUTES, "cr.txt")
    assert speaker_at(t, "projet d’arbres") != "Environnement"
    assert "Environnement" not in [p.name for p in t.participants]


def test_role_after_topic_labels_speaks():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "contenir les dépenses") == "Le Président"
