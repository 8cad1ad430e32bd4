"""Minutes: an agenda item's heading that names its presenter in parentheses ("Travaux piscine (Mme ETORÉ)"), and the
title after the name of the person who presides ("sous la Présidence de Monsieur X, Maire"). Each rule on a small text
written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CM = """Compte rendu du conseil municipal du 12 mars

Le conseil municipal s'est réuni sous la Présidence de Monsieur Paul VERNET, Maire, dans la salle des fêtes.

Étaient présents : Mesdames ARNAUD, BOYER. Messieurs VERNET, COSTE, DURAND.

Monsieur le Maire ouvre la séance et rappelle l'ordre du jour.

Le Conseil approuve le compte rendu précédent à l'unanimité.

Éclairage du stade (Mme BOYER)

Le devis de l'entreprise retenue couvre les quatre mâts et leur raccordement au réseau existant.

Le Conseil donne son accord à l'unanimité.

Fleurissement du village (suite)

Les jardinières de la place seront remplacées au printemps par des bacs en bois.
"""


@pytest.fixture(scope="module")
def cm():
    return ingest_text(CM, "cm.txt")


def test_item_heading_with_a_presenter_gives_the_item_to_her(cm):
    assert _speaker(cm, "Le devis de l'entreprise retenue") == "BOYER"


def test_item_heading_itself_is_nobodys(cm):
    assert _speaker(cm, "Éclairage du stade") is None


def test_item_heading_without_a_person_gives_nobody(cm):
    assert _speaker(cm, "Les jardinières de la place") is None


def test_presiding_title_after_the_name_ties_the_role(cm):
    assert _speaker(cm, "ouvre la séance") == "Paul VERNET"


def test_presiding_mayor_is_listed_once(cm):
    names = [s.name for s in speakers_of(cm)]
    assert "Paul VERNET" in names and not any(n.lower() == "le maire" for n in names)


ACTA = """Acta de la sesión ordinaria del 4 de mayo

Asisten: Sr. Tomás Herrera, Sra. Lucía Peña, Sr. Andrés Mora.

Se abre la sesión a las 19 horas.

Obras en la plaza mayor (Sra. Peña)

El presupuesto de la obra asciende a doce mil euros y se ejecutará en dos fases durante el verano.

Se aprueba por unanimidad.
"""


def test_spanish_item_heading_with_a_presenter():
    t = ingest_text(ACTA, "acta.txt")
    assert _speaker(t, "El presupuesto de la obra asciende") == "Lucía Peña"


MINUTES = """Parish council minutes, 9 June

Present: Mr Tom Hale, Ms Ruth Lane, Mr Dev Patel.

The chair opened the meeting at 7pm.

Playground repairs (Ms Lane)

The new swings will be installed in July and the old frame taken away by the supplier.

The council agreed unanimously.
"""


def test_english_item_heading_with_a_presenter():
    t = ingest_text(MINUTES, "minutes.txt")
    assert _speaker(t, "The new swings will be installed") == "Ruth Lane"


def test_sentence_ending_with_a_name_in_parentheses_is_not_a_heading():
    text = MINUTES.replace("Playground repairs (Ms Lane)\n\n", "The clerk read the letter. It was sent by the school (Ms Lane)\n\n")
    t = ingest_text(text, "minutes2.txt")
    assert _speaker(t, "The new swings will be installed") != "Ruth Lane"


def test_person_not_on_the_list_is_no_presenter():
    t = ingest_text(MINUTES.replace("(Ms Lane)", "(Ms Quinn)"), "minutes3.txt")
    assert _speaker(t, "The new swings will be installed") is None
