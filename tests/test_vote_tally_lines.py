"""A procès-verbal's vote tally ("Contre : M. Papin, M. Tanguy", "3 abstentions : Mme X", "Abstenciones: D. Luis
Gil", "Against: Cllr Roe") is a line of its own in the PDF: the record's, nobody's words, and never run on into the
next line's sentence, whose speaker is the person that sentence names. A tally wrapped over two lines ("…, M. Lannier,"
/ "M. Leblanc") is one line."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """Procès-verbal du conseil municipal du 3 avril 2025
Présents : Madame Anne MARTIN, Monsieur Paul ROUX, Monsieur Marc PETIT, Madame Julie BLANC.
D2025-012- Objet : Subventions aux associations
Le Conseil municipal, après en avoir délibéré, à la majorité :
- DÉCIDE d’approuver le tableau des subventions
3 abstentions : Mme Blanc, M. Petit,
M. Roux
Contre : M. Blanc, M. Petit
Monsieur Roux estime qu’il s’agit d’une activité privée et que ce n’est pas à la commune de financer.
Pour le club de judo, Madame Blanc demande le nombre d’adhérents.
"""

ACTA = """Acta de la sesión ordinaria del Pleno
Asistentes: D. Luis Gil Mora, Dña. Ana Ruiz Vega, D. Pedro Sanz Pérez.
Se aprueba el presupuesto por mayoría.
Abstenciones: D. Luis Gil
El señor Sanz manifiesta que el presupuesto no recoge las inversiones del barrio norte.
"""

MINUTES = """Minutes of the meeting of the Parish Council
Present: Cllr Jane Roe, Cllr Tom Hill, Cllr Amy Shaw.
The motion to resurface the car park was carried.
Against: Cllr Roe
Cllr Hill said that the car park works would start in May.
"""


def test_the_sentence_after_a_tally_is_the_named_councillors():
    assert speaker_at(ingest_text(PV, "pv.txt"), "activité privée") == "Paul ROUX"


def test_a_tally_is_nobodys():
    assert speaker_at(ingest_text(PV, "pv.txt"), "Contre : M. Blanc") is None


def test_a_tally_wrapped_over_two_lines_stays_one_line():
    assert "\n3 abstentions : Mme Blanc, M. Petit, M. Roux\n" in ingest_text(PV, "pv.txt").text


def test_spanish_tally_then_the_councillors_words():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "barrio norte") == "Pedro Sanz Pérez"


def test_english_tally_then_the_councillors_words():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "start in May") == "Tom Hill"


def test_a_line_opening_with_contre_in_prose_is_no_tally():
    t = ingest_text(PV + "Monsieur Petit rappelle que le budget voté l’an dernier, malgré les votes\n"
                    "Contre : la majorité l’a imposé, était à l’équilibre.\n", "pv.txt")
    assert speaker_at(t, "la majorité l’a imposé") == "Marc PETIT"
