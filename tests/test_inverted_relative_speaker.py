"""A sentence that takes up what was just said with a relative and puts the verb of saying before its subject
("Ce que confirme Jean Roe en indiquant que…", "Ce à quoi répond Jean Roe…", "A lo que responde Ana Gil…"): the
person named right after the verb speaks, and goes on in the next sentences. Each test on a small text written for
it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

CR = ("Compte rendu de la réunion du conseil de quartier\n\nPrésents : Jeanne Roux (élue), Paul Martin\n\n"
      "Marché du samedi\n\nJeanne Roux rappelle que le marché reste place Verte. {para}\n")
ACTA = ("Acta de la reunión de la junta vecinal\n\nAsistentes: Juana Ruiz (concejala), Pablo Martín\n\n"
        "Mercado\n\nJuana Ruiz explica que el mercado sigue en la plaza. {para}\n")


def test_inverted_verb_gives_the_speaker():
    t = ingest_text(CR.format(para="Ce que confirme Paul Martin en indiquant que les forains sont d'accord."), "cr.txt")
    assert speaker_at(t, "Ce que confirme") == "Paul Martin"


def test_inverted_speaker_goes_on():
    t = ingest_text(CR.format(para="Ce que confirme Paul Martin en indiquant que les forains sont d'accord. "
                                   "Le dossier est bouclé."), "cr.txt")
    assert speaker_at(t, "Le dossier est") == "Paul Martin"


def test_inverted_verb_in_spanish():
    t = ingest_text(ACTA.format(para="A lo que responde Pablo Martín que los puestos están de acuerdo."), "acta.txt")
    assert speaker_at(t, "A lo que responde") == "Pablo Martín"


def test_relative_with_no_verb_of_saying_keeps_the_speaker():
    # near miss: "contient" says nothing; the name after it is not a speaker
    t = ingest_text(CR.format(para="Ce que contient Paul Martin dans son carton reste secret."), "cr.txt")
    assert speaker_at(t, "Ce que contient") == "Jeanne Roux"
