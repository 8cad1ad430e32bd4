"""A French list written surname first in title case ("Présents : M. Bigot Patrick, Mme Morlec Chantal"): the
text's "M. Bigot souligne…" shows which word is the surname, so the person is Patrick Bigot."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

CR = """COMPTE-RENDU DU CONSEIL MUNICIPAL

Présents : M. Padiolleau Jean-Luc, M. Bigot Patrick, Mme Morlec Chantal, M. Gratteau Cédric.

M. Bigot souligne l'importance de connaître les situations familiales avant de décider d'une aide.
Madame Morlec, Adjointe au Maire, présente le projet d'aire de jeux à l'assemblée.
M. Gratteau s'interroge quant à la qualité et la durée de vie du matériau.
"""


def test_a_surname_first_entry_is_named_given_name_first():
    assert speaker_at(ingest_text(CR, "cr.txt"), "situations familiales") == "Patrick Bigot"


def test_the_list_order_stays_a_label_of_the_person():
    p = next(p for p in ingest_text(CR, "cr.txt").participants if p.name == "Chantal Morlec")
    assert "Morlec Chantal" in p.labels


def test_a_given_name_first_entry_is_left_as_written():
    # near miss: "M. Lee" after "M. John Lee" listed: the honorific is before the last word, nothing to turn round
    doc = CR.replace("M. Gratteau Cédric", "M. John Lee").replace("M. Gratteau s'interroge", "M. Lee s'interroge")
    assert speaker_at(ingest_text(doc, "cr.txt"), "durée de vie du matériau") == "John Lee"
