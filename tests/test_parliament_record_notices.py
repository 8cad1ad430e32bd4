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


@pytest.mark.parametrize(("pattern", "text"), [
    # a plural honorific before a list of names: a group
    (GROUP_SUBJECT, "MM. Paul Roux, Jean Blanc et Marc Noir répondent à l'appel de leurs noms."),
    (GROUP_SUBJECT, "MM Paul Roux et Jean Blanc prennent place au bureau."),
    (GROUP_SUBJECT, "Messrs. Roe and Doe left the chamber."),
    (GROUP_SUBJECT, "Sres. Pérez y Gil manifiestan su apoyo."),
    # a member's leave of absence: the record's notice
    (LEAVE_REQUEST, "M. Roux demande un congé de huit jours."),
    (LEAVE_REQUEST, "Mr Roe requests leave of absence for the week."),
    (LEAVE_REQUEST, "El señor Pérez solicita licencia para ausentarse del país."),
    # the closing hour (its bracket lost by a scan) and the reporting service's signature
    (SIGNATURE, "(La séance est levée à six heures."),
    (SIGNATURE, "Le chef du service sténographique de la Chambre des députés, JEAN ROUX."),
    (SIGNATURE, "Le chef-adjoint du service sténographique du Sénat, PAUL BLANC."),
    (SIGNATURE, "El Jefe del Servicio de Taquígrafos, Juan Pérez."),
    (SIGNATURE, "The Editor of Debates, Jane Roe."),
])
def test_the_record_s_own_forms_are_read(pattern, text):
    assert pattern.match(text)


@pytest.mark.parametrize(("pattern", "text"), [
    (GROUP_SUBJECT, "M. Roux et M. Blanc répondent."),  # singular honorifics: the ordinary reading
    (GROUP_SUBJECT, "MM. Roux présente le rapport."),  # one name, no list
    (GROUP_SUBJECT, "MM, JD and KL to review the draft."),  # initials of a minutes' action list
    (GROUP_SUBJECT, "MM said we should wait."),  # initials as a subject
    (LEAVE_REQUEST, "Je demande un congé pour les agents de la ville."),  # the speaker's own request
    (LEAVE_REQUEST, "M. Roux demande la parole."),  # the floor, not a leave
    (LEAVE_REQUEST, "Mr Roe requests a vote on the motion."),
    (SIGNATURE, "Le chef du service de presse nous a répondu."),
    (SIGNATURE, "The head of the department said it was late."),
    (SIGNATURE, "(Rires.)"),
])
def test_near_misses_are_not_read_as_the_record_s_forms(pattern, text):
    assert not pattern.match(text)


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
