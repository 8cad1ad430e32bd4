"""The debate of a procès-verbal or an acta in reported speech tells a councillor's stance with a verb of feeling or
judging ("Monsieur Leblanc ne saisit pas quelles sont leurs dépenses.", "Monsieur Tanguy est gêné par le nom…", "Israel
apunta que…") or gives a vote with its reason ("Monsieur Papin s'abstient car il n'est pas d'accord…", "Cllr Hill
abstained because…"): the councillor's words. A bare "s'abstient." is the record's tally."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """Procès-verbal du conseil municipal du 3 avril 2025
Présents : Madame Anne MARTIN, Monsieur Paul ROUX, Monsieur Marc PETIT, Madame Julie BLANC.

Pour Vital’Marche, Madame Blanc s’interroge sur le besoin de 500 €. Madame le maire indique que cela sert pour les lots.
Monsieur Petit ne saisit pas quelles sont leurs dépenses.
Pour le festival, Monsieur Roux est gêné par le nom de l’association.
Monsieur Petit s’abstient car il n’est pas d’accord avec le montant, il aurait aimé donner plus.
Monsieur Roux s’abstient.
"""

ACTA = """Acta de reunión de la asociación
Asistentes: Israel Santana Alemán, Sergio Delgado Quintero.

Propuestas para la asociación

Israel apunta que, de cara a una posible capitalización inicial de la asociación, se podría ir cobrando entrada.
"""

MINUTES = """Minutes of the meeting of the Parish Council
Present: Cllr Jane Roe, Cllr Tom Hill, Cllr Amy Shaw.

The motion to resurface the car park was carried.
Cllr Hill abstained because the quotes for the works had not been circulated before the meeting.
"""


def test_ne_saisit_pas_is_the_councillors_stance():
    assert speaker_at(ingest_text(PV, "pv.txt"), "quelles sont leurs dépenses") == "Marc PETIT"


def test_est_gene_is_the_councillors_stance():
    assert speaker_at(ingest_text(PV, "pv.txt"), "gêné par le nom") == "Paul ROUX"


def test_an_abstention_with_its_reason_is_the_councillors():
    assert speaker_at(ingest_text(PV, "pv.txt"), "aurait aimé donner plus") == "Marc PETIT"


def test_a_bare_abstention_is_the_records():
    assert speaker_at(ingest_text(PV, "pv.txt"), "Monsieur Roux s’abstient.") is None


def test_spanish_apunta_que_is_a_verb_of_saying():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "capitalización inicial") == "Israel Santana Alemán"


def test_english_abstention_with_its_reason_is_the_councillors():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "quotes for the works") == "Tom Hill"
