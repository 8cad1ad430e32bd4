"""A collective's notes of a round table: the guests are introduced ("Emmanuel Cibert : élu de la commune de
Plouër…"), each guest's points then sit under the place they stand for and their full name ("Plouër-sur-Rance,
Emmanuel Cibert"), and the exchange after it writes each turn under the speaker's name in brackets ("(Béatrice)")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Compte-rendu de la table ronde

Emmanuel Cibert : élu de la commune de Plouër-sur-Rance, adjoint à l'environnement.
Laurence Le Du-Blayo : élue de la commune de Dinan, adjointe à la transition écologique.

Plouër-sur-Rance, Emmanuel Cibert

- les écoles sur Plouër représentent environ 600 repas. La commune vient de signer une convention.
- au sujet des problématiques foncières : certaines communes voient le prix des parcelles flamber.

Dinan, Laurence Le Du-Blayo

- depuis 2009, Dinan a entamé un travail important pour recenser les producteurs.

Echanges

(Béatrice)
- Existence à Dinan d'un dispositif « Energie en action ». Est ce que cela pourrait intéresser les Vigiliantes ?
(Thierry)
- Pistes de réponses sur ces points à Rouen, notamment par le biais d'une monnaie locale.
(Nicolas)
- Question qui se pose notamment à Matignon : où permettre l'habitat de producteurs ?
(Elisabeth Lechenne) – qui est arrivée en cours de discussion
- présentation : juriste à la chambre de l'agriculture et présidente de l'association.
"""


def _t():
    return ingest_text(NOTES, "cr.md")


def test_a_place_and_full_name_line_heads_the_guests_points():
    assert speaker_at(_t(), "600 repas") == "Emmanuel Cibert"


def test_the_next_place_and_name_line_heads_the_next_guest():
    assert speaker_at(_t(), "recenser les producteurs") == "Laurence Le Du-Blayo"


def test_a_bracketed_name_alone_on_its_line_opens_a_turn():
    assert speaker_at(_t(), "Energie en action") == "Béatrice"


def test_a_bracketed_name_with_a_remark_after_a_dash_opens_a_turn():
    assert speaker_at(_t(), "juriste à la chambre") == "Elisabeth Lechenne"


def test_a_stage_direction_in_brackets_is_no_turn():
    t = ingest_text("Séance\n\n" + "".join(f"M. Roe : point {i} du débat.\n(Rires)\n- la suite du débat numéro {i}.\n" for i in range(5)), "pv.txt")
    assert all(p.name != "Rires" for p in t.participants)


def test_a_guests_introduction_line_is_who_they_are_not_their_words():
    assert speaker_at(_t(), "adjoint à l'environnement") is None


def test_a_colon_label_over_words_is_still_a_turn():
    t = ingest_text(NOTES.replace("(Thierry)\n", "Thierry : il faut une monnaie locale. Elle aide les producteurs.\n(Thierry)\n"), "cr.md")
    assert speaker_at(t, "il faut une monnaie locale") == "Thierry"
