"""A record with each speaker's name on a line of its own: the first words under it are that speaker's, even when
they open like a recital ("Considérant…") or name a group as their subject ("le groupe X tient à rappeler…")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Mme la présidente
La parole est à M. Marc Blanc, pour soutenir l'amendement no 12.

M. Marc Blanc
Cet amendement précise le rôle des infirmières scolaires.

Mme la présidente
Quel est l'avis de la commission ?

M. Jean Noir, rapporteur
Défavorable, madame la présidente.

Mme la présidente
Quel est l'avis du Gouvernement ?

M. Pierre Gris, ministre
Même avis.

M. Marc Blanc
Mais non !

M. Jean Noir, rapporteur
Tout d'abord, le dispositif relève du domaine réglementaire.

M. Marc Blanc
Je retire l'amendement.

Mme la présidente
L'amendement no 12 est retiré.

Mme la présidente
La parole est à Mme Anne Roy.

Mme Anne Roy (Dem)
Nous voterons ce texte, qui protège enfin les élèves.

Mme la présidente
La parole est à M. Paul Martin.

M. Paul Martin (LR)
Considérant la gravité de ce sujet, le groupe Les Républicains tient à rappeler qu'il faut appliquer la loi. Nous voterons en faveur de ce texte.

Mme la présidente
La parole est à M. Luc Petit.
"""


def test_a_recital_opening_under_the_label_is_the_speakers():
    assert speaker_at(ingest_text(RECORD, "cri.txt"), "Considérant la gravité de ce sujet") == "Paul Martin"


def test_the_turn_goes_on_after_it():
    assert speaker_at(ingest_text(RECORD, "cri.txt"), "Nous voterons en faveur de ce texte") == "Paul Martin"
