"""What a parliament's printed record states in its own voice, never a member's words: a summary item that lists the
members who spoke on it (the next item's noun opening after the stop, "… (Loire). — Demande de renvoi"), a group of
members under a plural honorific ("MM. Roux, Blanc et Noir répondent à l'appel"), a member's leave of absence
("M. Roux demande un congé de huit jours."), the closing hour and the reporting service's signature."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import GROUP_SUBJECT, LEAVE_REQUEST, SIGNATURE

SUMMARY = """Compte rendu de la séance du 3 mars

Discussion du budget de la marine : MM. Paul Roux, Jean Blanc (Loire). — Demande de renvoi : M. Marc Noir. Adoption.

M. le président. La séance est ouverte. Nous commençons par le budget de la marine.
"""


def test_a_summary_item_listing_members_is_nobody_s():
    t = ingest_text(SUMMARY, "cr.txt")
    assert speaker_at(t, "Discussion du budget") is None


NOTES = """Board notes, 3 March

Jane Roe (Chair) explains the budget for the coming year.
"""


def test_a_name_before_its_own_lower_case_verb_still_speaks():
    t = ingest_text(NOTES, "notes.txt")
    assert speaker_at(t, "explains the budget") == "Jane Roe"


@pytest.mark.parametrize("sentence", [
    "MM. Paul Roux, Jean Blanc et Marc Noir répondent à l'appel de leurs noms.",
    "MM Paul Roux et Jean Blanc prennent place au bureau.",
    "Messrs. Roe and Doe left the chamber.",
    "Sres. Pérez y Gil manifiestan su apoyo.",
])
def test_a_plural_honorific_before_a_list_of_names_is_a_group(sentence):
    assert GROUP_SUBJECT.match(sentence)


@pytest.mark.parametrize("sentence", [
    "M. Roux et M. Blanc répondent.",  # singular honorifics: the ordinary reading
    "MM. Roux présente le rapport.",  # one name, no list
    "MM, JD and KL to review the draft.",  # initials of a minutes' action list
    "MM said we should wait.",  # initials as a subject
])
def test_near_misses_are_not_a_plural_honorific_group(sentence):
    assert not GROUP_SUBJECT.match(sentence)


@pytest.mark.parametrize("sentence", [
    "M. Roux demande un congé de huit jours.",
    "Mr Roe requests leave of absence for the week.",
    "El señor Pérez solicita licencia para ausentarse del país.",
])
def test_a_member_s_leave_request_is_the_record_s_notice(sentence):
    assert LEAVE_REQUEST.match(sentence)


@pytest.mark.parametrize("sentence", [
    "Je demande un congé pour les agents de la ville.",  # the speaker's own request
    "M. Roux demande la parole.",  # the floor, not a leave
    "Mr Roe requests a vote on the motion.",
])
def test_near_misses_are_not_leave_requests(sentence):
    assert not LEAVE_REQUEST.match(sentence)


LEAVE = """M. le président. La séance est ouverte.

M. Blanc. Je demande la parole pour un rappel au règlement.

M. le président. Vous l'aurez après la lecture des lettres.

M. Noir. Très bien.

M. le président. Le bureau provisoire est constitué.

M. Roux demande un congé de huit jours.

La demande sera renvoyée à la commission des congés.

J'ai reçu de M. Blanc la lettre suivante, dont je donne connaissance à la Chambre.

M. Noir. Je demande la parole sur l'ordre du jour.
"""


def test_the_reader_of_a_leave_notice_keeps_the_floor():
    t = ingest_text(LEAVE, "cr.txt")
    assert speaker_at(t, "J'ai reçu de M. Blanc") == "M. le président"


@pytest.mark.parametrize("line", [
    "(La séance est levée à six heures.",  # the closing bracket lost by a scan
    "Le chef du service sténographique de la Chambre des députés, JEAN ROUX.",
    "Le chef-adjoint du service sténographique du Sénat, PAUL BLANC.",
    "El Jefe del Servicio de Taquígrafos, Juan Pérez.",
    "The Editor of Debates, Jane Roe.",
])
def test_a_record_s_closing_and_its_reporters_signature_are_signatures(line):
    assert SIGNATURE.match(line)


@pytest.mark.parametrize("line", [
    "Le chef du service de presse nous a répondu.",
    "The head of the department said it was late.",
    "(Rires.)",
])
def test_near_misses_are_not_signatures(line):
    assert not SIGNATURE.match(line)
