"""French parliamentary turns ("M. Julien Aubert. Nous avons…", compte rendu intégral of the Assemblée nationale,
Sénat "M. le président. – …"), each rule on a small text written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

SEANCE = """Première séance du mardi 5 mars 2019
Présidence de M. Paul Morel
M. le président. La séance est ouverte.
(La séance est ouverte à quinze heures.)
Projet de loi sur l'eau
M. le président. La parole est à M. Jean Dupont, pour soutenir l'amendement n° 12.
M. Jean Dupont. Cet amendement protège les captages.
Il reprend une proposition du Sénat.
Mme Claire Vidal, rapporteure de la commission du développement durable, de l'aménagement du territoire et des finances locales. Avis défavorable.
Mme Léa Fontaine, ministre de la transition écologique. Même avis.
M. Marc Le Bris. C'est inacceptable !
Plusieurs députés du groupe LR. Très bien !
M. Jean Dupont. Je maintiens mon amendement.
(L'amendement n° 12 n'est pas adopté.)
"""


@pytest.fixture(scope="module")
def seance():
    return ingest_text(SEANCE, "seance.txt")


def _speaker(t, fragment):
    return speaker_at(t, fragment)


@pytest.mark.parametrize("fragment,who", [
    ("Cet amendement protège", "Jean Dupont"),
    ("Il reprend une proposition", "Jean Dupont"),  # a line without a label goes on with the last label's person
    ("Avis défavorable", "Claire Vidal"),  # a long title after the name, commas and all
    ("Même avis", "Léa Fontaine"),
    ("C'est inacceptable", "Marc Le Bris"),
    ("Je maintiens", "Jean Dupont"),
], ids=["name-full-stop", "continuation-line", "long-title", "minister", "particle-name", "again"])
def test_dot_label_gives_the_turn(seance, fragment, who):
    assert _speaker(seance, fragment) == who


@pytest.mark.parametrize("fragment", ["La séance est ouverte.", "La parole est à M. Jean Dupont"], ids=["opening", "floor"])
def test_chair_label_is_the_presiding_person(seance, fragment):
    assert _speaker(seance, fragment) == "Paul Morel"


@pytest.mark.parametrize("fragment", ["Très bien !", "n'est pas adopté"], ids=["group-cry", "stage-direction"])
def test_group_cry_and_stage_direction_are_nobodys(seance, fragment):
    assert _speaker(seance, fragment) is None


def test_people_of_the_seance(seance):
    assert sorted(p.name for p in speakers_of(seance)) == ["Claire Vidal", "Jean Dupont", "Léa Fontaine", "Marc Le Bris",
                                                           "Paul Morel"]


SENAT = """M. le président. – La parole est à M. Jean Dupont.
M. Jean Dupont. – Je défends cet amendement.
M. le président. – Quel est l'avis de la commission ?
M. Jean Dupont. – Je précise ma pensée.
"""


@pytest.mark.parametrize("fragment,who", [
    ("Je défends", "Jean Dupont"),
    ("Quel est l'avis", "M. le président"),
], ids=["name-dash", "role-dash"])
def test_dash_variant(fragment, who):
    t = ingest_text(SENAT, "senat.txt")
    assert _speaker(t, fragment) == who


MINUTES = """Conseil municipal du 3 mars 2014
Présents : M. Jean Dupont, Mme Claire Vidal, M. Paul Morel.
M. Jean Dupont présente le budget. Le conseil approuve à l'unanimité.
M. Paul Morel, adjoint aux travaux, présente le chantier. Les travaux commencent en avril.
"""


def test_speech_verb_after_name_is_not_a_label():
    t = ingest_text(MINUTES, "cm.txt")
    assert _speaker(t, "présente le chantier") == "Paul Morel"  # reported by the verb, not a "M. X, title." label
    assert not any(p.name.startswith("M. Paul Morel,") for p in speakers_of(t))


ONE_TURN = """Compte rendu de la réunion
M. Paul Morel, adjoint aux travaux, présente le chantier. Les travaux commencent en avril.
Le conseil prend acte.
"""


def test_one_dotted_line_does_not_make_the_format():
    t = ingest_text(ONE_TURN, "cr.txt")
    assert [p.name for p in speakers_of(t)] in (["Paul Morel"], [])  # never a person named by the whole clause
    assert not any("," in p.name for p in speakers_of(t))


DEBAT = """Présidence de Mme Anne Roy
Mme la présidente. La parole est à M. Jean Dupont.
M. Jean Dupont. Nous voterons contre. (Applaudissements sur les bancs du groupe LR.) Ce texte est mauvais.
Mme Léa Fontaine, ministre de la transition écologique. Madame la présidente, mesdames, messieurs les députés, je vous réponds.
M. Marc Le Bris. C'est faux !
Mme la présidente. Je mets aux voix l'amendement.
"""


@pytest.mark.parametrize("fragment,who", [
    ("je vous réponds", "Léa Fontaine"),  # the words open by addressing the chair: an honorific, yet no list
    ("Ce texte est mauvais", "Jean Dupont"),  # the turn goes on after a stage direction
    ("Je mets aux voix", "Anne Roy"),
], ids=["address-opening", "after-stage-direction", "chair-feminine"])
def test_turns_around_addresses_and_stage_directions(fragment, who):
    assert _speaker(ingest_text(DEBAT, "debat.txt"), fragment) == who


def test_stage_direction_inside_a_turn_is_nobodys():
    assert _speaker(ingest_text(DEBAT, "debat.txt"), "Applaudissements") is None


LIST = """Étaient présents :
M. Jean Dupont. Mme Claire Vidal. M. Paul Morel.
M. Paul Morel. Mme Léa Fontaine. M. Marc Le Bris.
M. Marc Le Bris. Mme Anne Roy. M. Jean Dupont.
Le conseil approuve le compte rendu.
"""


def test_list_of_people_with_full_stops_is_no_turn():
    t = ingest_text(LIST, "liste.txt")
    assert _speaker(t, "Mme Claire Vidal") is None


TITLES = """Présidence de M. Paul Morel
M. le président. La parole est à M. Jean Dupont.
M. Jean Dupont. Je défends cet amendement.
Mme Christiane Taubira, garde des sceaux, ministre de la justice. Défavorable.
M. Jean Dupont. Pourquoi ?
Mme la garde des sceaux. Je maintiens mon avis.
M. le ministre. Je maintiens aussi.
M. le président de la commission des lois. Je ne sais pas.
M. Jean Dupont. Merci.
"""


@pytest.mark.parametrize("fragment,who", [
    ("Je maintiens mon avis", "Christiane Taubira"),
    ("Je maintiens aussi", "Christiane Taubira"),
    ("Je ne sais pas", None),  # a title nobody's label gave: not the last speaker's words
], ids=["first-title", "second-title", "unknown-title"])
def test_title_turn_is_the_person_whose_label_gave_the_title(fragment, who):
    assert _speaker(ingest_text(TITLES, "titres.txt"), fragment) == who


SENAT_CAPS = """PRÉSIDENCE DE M. GÉRARD LARCHER
LE PRÉSIDENT. – La séance est ouverte.
M. Jean Dupont. – Je défends cet amendement.
LE PRÉSIDENT. – Quel est l'avis du Gouvernement ?
M. le président. – Je mets aux voix.
"""


@pytest.mark.parametrize("fragment,who", [
    ("La séance est ouverte", "Gérard Larcher"),  # right under a heading without a full stop
    ("Quel est l'avis", "Gérard Larcher"),
    ("Je mets aux voix", "Gérard Larcher"),
    ("Je défends", "Jean Dupont"),
], ids=["first-under-heading", "capitals-role", "role-in-lower-case", "name"])
def test_senate_capitals_and_dash(fragment, who):
    assert _speaker(ingest_text(SENAT_CAPS, "senat-caps.txt"), fragment) == who



COUNCIL = """Conseil municipal du 3 mars 2014
Présents : M. Jean Dupont, Mme Claire Vidal, M. Paul Morel.

M. le Maire.
Il ouvre la séance et présente l'ordre du jour.

M. Paul Morel présente le budget. Le conseil approuve à l'unanimité.

M. le Maire. Il remercie les élus.

M. Paul Morel. Il précise que les travaux commenceront en avril.

M. Jean Dupont. Il demande le calendrier.
"""


@pytest.mark.parametrize("fragment,who", [
    ("M. Paul Morel présente le budget", "Paul Morel"),  # a speech verb after the name: reported, no label
    ("Le conseil approuve", None),
    ("Il remercie les élus", "M. le Maire"),  # "M. le Maire. Words": the capitalised role in a council record
    ("Il précise que", "Paul Morel"),
    ("Il demande le calendrier", "Jean Dupont"),
], ids=["speech-verb", "council-narration", "mayor-turn", "named-turn", "next-named-turn"])
def test_council_record_with_dotted_turns(fragment, who):
    assert _speaker(ingest_text(COUNCIL, "cm-dots.txt"), fragment) == who
