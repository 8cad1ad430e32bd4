"""A parliament's record written "M. Name. Words" names old members with more than capitalised words: a particle
before the surname ("M. de Lacretelle."), a nobility title after the article ("M. le baron Reille.", "M. le comte de
Colbert-Laplace."), an elided particle inside the surname ("M. de Baudry d'Asson."), a son's "fils" ("M. Le Provost de
Launay fils."), a département in parentheses telling namesakes apart ("M. Janvier de la Motte (Eure)."). Each such
label opens the member's turn. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label
from quidit.ingest.lexicon import DOT_LABEL

RECORD = """CHAMBRE DES DÉPUTÉS

M. le président. La séance est ouverte.

M. Paul Lenoir. Je demande la parole sur l'ordre du jour.

M. le président. La parole est à M. Lenoir.

M. Paul Lenoir. Messieurs, je serai bref ! M. le comte de Chambord a écrit au roi. Nous le savons bien.

M. de Lacretelle. Eh bien, votons jeudi prochain !

M. le baron Reille. Il faut procéder à un scrutin public.

M. le comte de Colbert-Laplace. Messieurs, la Constitution est claire.

M. de Baudry d'Asson. Nous demandons l'appel nominal !

M. Le Provost de Launay fils. Nos collègues ont les chemins de fer.

M. Janvier de la Motte (Eure). Veuillez lire la suite du règlement.

M. le président. Je consulte la Chambre.
"""


def _record():
    return ingest_text(RECORD, "compte-rendu.txt")


def test_particle_before_the_surname_opens_a_turn():
    assert speaker_at(_record(), "votons jeudi prochain") == "de Lacretelle"


def test_nobility_title_after_the_article_opens_a_turn():
    assert speaker_at(_record(), "scrutin public") == "M. le baron Reille"


def test_title_then_particle_opens_a_turn():
    assert speaker_at(_record(), "la Constitution est claire") == "de Colbert-Laplace"


def test_elided_particle_inside_the_surname_opens_a_turn():
    assert speaker_at(_record(), "appel nominal") == "de Baudry d'Asson"


def test_son_suffix_opens_a_turn():
    assert "Launay fils" in speaker_at(_record(), "chemins de fer")


def test_departement_in_parentheses_opens_a_turn():
    assert speaker_at(_record(), "suite du règlement") == "Janvier de la Motte"


def test_spanish_title_after_the_honorific_is_a_name():
    assert parse_label("El señor conde de Romanones") is not None


def test_title_with_no_name_after_it_is_no_label():
    assert parse_label("Le baron rouge") is None  # near miss: a title, then a word in lower case


def test_son_suffix_without_an_honorific_is_no_label():
    assert parse_label("Jean fils") is None  # near miss: "fils" counts only in an honorific's label


def test_sentence_about_a_titled_member_goes_on_with_the_speaker():
    # near miss: "… bref ! M. le comte de Chambord a écrit…" has no full stop after the name, it is Lenoir's sentence
    assert speaker_at(_record(), "Nous le savons bien") == "Paul Lenoir"


def test_name_with_a_lower_case_word_after_it_is_no_dotted_label():
    assert DOT_LABEL.match("M. de Lacretelle et ses amis. Ils votent.") is None  # near miss: words after the name
