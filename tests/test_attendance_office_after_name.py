"""An attendance list that writes the office after the name ("M.DURAND Pierre Maire, M.LEBRUN Paul Délégué") lists
Pierre Durand, the mayor, and Paul Lebrun: the office is no part of the name. An entry the PDF wrapped over two lines
("…, M. GIRARD" / "Luc Délégué, …") is one person, and "Monsieur MOREL Jacques Président de l'AS" is Jacques Morel."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """PROCES VERBAL DU CONSEIL MUNICIPAL

Présents :
M.DURAND Pierre Maire, M.LEBRUN Paul Délégué, Mme ROUX Anne, M. GIRARD
Luc Délégué, Mme BLANC Claire, Mme NOIR Julie, et M. VERT Marc.
Secrétaire de séance : Mme ROUX Anne.

1. Subvention au club

Monsieur le Maire rappelle que deux subventions ont déjà été attribuées au club.
- Monsieur MOREL Jacques Président de l'AS remercie d'avoir été invité.
Il présente le club qui compte 180 joueurs.
M. Girard précise avoir contacté le district au sujet des licences.
M. Lebrun propose de verser une aide de 2500 euros.
"""


def _names():
    return {p.name for p in ingest_text(MINUTES, "pv.txt").participants}


def test_the_office_after_a_name_is_not_part_of_it():
    assert {"Pierre DURAND", "Paul LEBRUN"} <= _names()


def test_the_office_after_the_name_makes_him_the_mayor():
    assert speaker_at(ingest_text(MINUTES, "pv.txt"), "rappelle que deux subventions") == "Pierre DURAND"


def test_an_entry_wrapped_over_two_lines_is_one_person():
    assert speaker_at(ingest_text(MINUTES, "pv.txt"), "avoir contacté le district") == "Luc GIRARD"


def test_an_office_after_a_named_guest_is_not_his_name():
    assert speaker_at(ingest_text(MINUTES, "pv.txt"), "remercie d'avoir été invité") == "MOREL Jacques"


def test_the_delegate_speaks_under_his_name():
    assert speaker_at(ingest_text(MINUTES, "pv.txt"), "propose de verser une aide") == "Paul LEBRUN"


SIGNED = """PROCES VERBAL DU CONSEIL MUNICIPAL

Présents : Pierre DURAND, Paul LEBRUN, Anne ROUX.

Monsieur le Maire rappelle que deux subventions ont déjà été attribuées au club.

Noms Signatures
Pierre DURAND
Maire

Paul LEBRUN
Premier Adjoint

Anne ROUX
Conseillère municipale
"""


def test_a_signature_stacks_each_office_under_its_name():
    assert speaker_at(ingest_text(SIGNED, "pv.txt"), "rappelle que deux subventions") == "Pierre DURAND"
