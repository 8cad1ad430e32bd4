"""A report of talks that presents the next speaker by who they are ("X est la fondatrice du réseau…") before telling
the talk: the presenting sentence is the writer's, the rest of its paragraph the presented person's talk, not the last
speaker's. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


FR = """Journée des réseaux de science ouverte

Plusieurs réseaux européens ont été présentés pendant l'après-midi.

Margot Lefranc a présenté le réseau belge, fondé en 2019. Ce réseau compte aujourd'hui trente universités membres.

Sandro Bellucci est le coordinateur du réseau suisse depuis sa création en 2020. Le réseau organise une école d'été chaque année. Il publie aussi un guide des bonnes pratiques.

Hélène Marchal a conclu la journée en présentant les prochaines étapes du projet national.
"""


def test_the_paragraph_after_the_presenting_sentence_is_the_presented_persons():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Le réseau organise une école") == "Sandro Bellucci"


def test_the_presenting_sentence_itself_is_nobodys():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Sandro Bellucci est le coordinateur") is None


def test_the_presented_person_is_listed():
    t = ingest_text(FR, "fr.txt")
    assert "Sandro Bellucci" in [s.name for s in speakers_of(t)]


def test_english_and_spanish_copulas():
    en = FR.replace("Sandro Bellucci est le coordinateur du réseau suisse", "Sandro Bellucci is the coordinator of the Swiss network")
    es = FR.replace("Sandro Bellucci est le coordinateur du réseau suisse", "Sandro Bellucci es el coordinador de la red suiza")
    assert [_speaker(ingest_text(x, "x.txt"), "Le réseau organise une école") for x in (en, es)] == ["Sandro Bellucci"] * 2


def test_near_miss_a_copula_before_a_capitalised_word_is_no_presentation():
    t = ingest_text(FR.replace("est le coordinateur du réseau suisse", "est Le Premier du réseau suisse"), "fr.txt")
    assert _speaker(t, "Le réseau organise une école") != "Sandro Bellucci"


def test_near_miss_a_name_inside_the_paragraph_presents_nobody():
    t = ingest_text(FR.replace("Sandro Bellucci est le coordinateur", "Depuis 2020, Sandro Bellucci est le coordinateur"),
                    "fr.txt")
    assert _speaker(t, "Le réseau organise une école") != "Sandro Bellucci"


def test_near_miss_a_lone_first_name_presents_nobody():
    t = ingest_text(FR.replace("Sandro Bellucci est le coordinateur", "Sandro est le coordinateur"), "fr.txt")
    assert _speaker(t, "Le réseau organise une école") != "Sandro"
