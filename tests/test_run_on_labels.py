"""A parliament's record written "M. Name. Words" whose OCR lost the line break after the reaction closing a turn: the
next speaker's label runs on after the parenthesis ("(Rires.) M. Guichard. Le motif…") or after the exclamation ending
the turn ("… aujourd'hui!M. le président. Il a paru…"). Such a label opens the next turn. Snippets written for the
test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """CHAMBRE DES DÉPUTÉS

M. le président. La séance est ouverte.

M. Paul Lenoir. Je demande la parole sur l'ordre du jour.

M. le président. La parole est à M. Lenoir.

M. Paul Lenoir. Je continue. (Rires à droite.) M. Guichard. Le motif de l'ajournement est connu de tous.

M. Marc Durand. Nous voulons voter aujourd'hui!M. le président. Il a paru au bureau que le nombre manquait.

M. Paul Lenoir. Je reprends. (Bruit.) M. Dupont a raison sur ce point, messieurs.

M. Marc Durand. Aux voix ! aux voix 1 M. le comte de Brissac. Messieurs, la Constitution est claire.

M. Paul Lenoir. Je proteste t M. le président. En conséquence, la séance est renvoyée à jeudi.

M. Marc Durand. Relisez l'article 1 M. Dupont vous le dira.

M. Marc Durand. Laissez-moi finir. (Interruptions.) Plusieurs membres à droite. Parlez !
"""

HANSARD = """OFFICIAL REPORT

Mr. SPEAKER. The House will come to order.

Mr. JONES. I rise to speak on the bill.

Mr. SPEAKER. The gentleman is recognized.

Mr. JONES. I have said my piece. (Laughter.) Mr. SMITH. I yield the balance of my time to the gentleman.
"""


def test_label_after_a_reaction_in_parentheses_opens_a_turn():
    assert speaker_at(ingest_text(RECORD, "cr.txt"), "ajournement est connu") == "M. Guichard"


def test_label_after_an_exclamation_opens_a_turn():
    assert speaker_at(ingest_text(RECORD, "cr.txt"), "le nombre manquait") == "M. le président"


def test_label_after_an_exclamation_misread_as_one_opens_a_turn():
    assert speaker_at(ingest_text(RECORD, "cr.txt"), "la Constitution est claire") == "de Brissac"


def test_label_after_an_exclamation_misread_as_t_opens_a_turn():
    assert speaker_at(ingest_text(RECORD, "cr.txt"), "renvoyée à jeudi") == "M. le président"


def test_figure_before_a_name_in_a_sentence_is_no_run_on_label():
    # near miss: "article 1 M. Dupont vous le dira" has no full stop after the name, it is Durand's sentence
    assert speaker_at(ingest_text(RECORD, "cr.txt"), "vous le dira") == "Marc Durand"


def test_english_label_after_a_reaction_opens_a_turn():
    assert speaker_at(ingest_text(HANSARD, "hansard.txt"), "I yield the balance") == "Mr. SMITH"


def test_sentence_naming_a_member_after_a_reaction_goes_on_with_the_speaker():
    # near miss: "M. Dupont a raison" has no full stop after the name, it is Lenoir's sentence about him
    assert speaker_at(ingest_text(RECORD, "cr.txt"), "a raison sur ce point") == "Paul Lenoir"


def test_run_on_needs_a_dotted_record():
    text = "Compte rendu de la réunion\n\nLe conseil approuve le budget. (Unanimité) M. Dupont. Il présente le point suivant.\n"
    t = ingest_text(text, "minutes.txt")
    assert speaker_at(t, "présente le point suivant") != "M. Dupont"  # near miss: minutes, not a dotted record
