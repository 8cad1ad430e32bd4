"""A Hansard's record between labelled turns: a topic title over the next member's name line and label is a heading,
however long and whoever it names ("Rendre hommage à M. Léo Brunet pour son engagement…"), not the last speaker's
words; the chair's unlabelled paragraph in the first person under a heading ("Dépôt de documents" / "Pour ma part, je
dépose…") is the chair's turn going on; "M. Fournier :" is not the "Mme Fournier" who spoke before."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Le Président : Bonjour à tous. Veuillez vous asseoir.

Déclarations de députés

Nous en sommes à la rubrique des déclarations, et je cède la parole à Mme la députée de Mirabel.

Rendre hommage à M. Léo Brunet pour son engagement bénévole et communautaire dans sa région depuis quarante ans

Mme Sylvie Dumas

Mme Dumas (Mirabel) : Merci, M. le Président. J'aimerais rendre hommage à M. Léo Brunet, bénévole.

Le Président : Merci, Mme la députée. M. le député de Rimouski.

Féliciter le comité organisateur du Festival de l'oie blanche de Montmagny pour sa quarante-sixième édition

M. Paul Morin

M. Morin : M. le Président, je tiens à féliciter le comité organisateur du festival.

Le Président : Merci, M. le député.

Dépôt de documents

Pour ma part, je dépose le rapport annuel du Protecteur du citoyen.

Mme Catherine Fournier

Mme Fournier : Merci, M. le Président. Ma question porte sur les soins à domicile.

M. Fournier : M. le Président, je dépose les réponses du gouvernement aux pétitions.
"""


def _t():
    return ingest_text(RECORD, "journal.txt")


def test_a_long_topic_title_over_a_name_line_is_a_heading():
    assert speaker_at(_t(), "Rendre hommage à M. Léo Brunet") is None


def test_a_topic_title_over_the_next_label_is_not_the_chairs():
    assert speaker_at(_t(), "Féliciter le comité organisateur") is None


def test_the_chair_goes_on_under_a_heading_in_the_first_person():
    assert speaker_at(_t(), "je dépose le rapport annuel") == "Le Président"


def test_the_chair_goes_on_under_the_first_heading():
    assert speaker_at(_t(), "je cède la parole à Mme la députée") == "Le Président"


def test_the_member_speaks_after_the_heading():
    assert speaker_at(_t(), "rendre hommage à M. Léo Brunet, bénévole") == "Sylvie Dumas"


def test_a_monsieur_is_not_the_madame_of_the_same_surname():
    assert speaker_at(_t(), "réponses du gouvernement aux pétitions") not in ("Catherine Fournier", "Mme Fournier")


RAW = """Le Président : Bonjour à tous.

Déclarations de députés

La séance reprend à 10 h 5 et les députés prennent place.
"""


def test_a_paragraph_in_the_third_person_under_a_heading_is_nobodys():
    assert speaker_at(ingest_text(RAW, "journal.txt"), "La séance reprend") is None
