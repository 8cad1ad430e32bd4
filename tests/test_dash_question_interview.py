"""Written interviews as the press prints them: each question a paragraph led by a dash ("— Pourquoi… ?"), the answer
unmarked paragraphs until the next dash, no speaker label at all; the interviewee named in a byline that opens with
the name and the person's role ("Claire Vasseur, chercheuse au …"), the interviewer in "Propos recueillis par …".
Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


FR = """Les Cahiers de la recherche - Océans et climat

Claire Vasseur, chercheuse au laboratoire d’océanographie, spécialiste des courants profonds, mars 2023

Claire Vasseur nous explique comment les courants profonds changent avec le climat.

Propos recueillis par Julien Marchetti

Les courants profonds

— Pourquoi les courants profonds intéressent-ils autant les climatologues aujourd’hui, alors que les mesures en surface sont bien plus faciles à obtenir et à comparer d’une année à l’autre ?

Parce qu’ils transportent la chaleur sur des milliers de kilomètres. Nous les mesurons depuis vingt ans avec des flotteurs.

— Vos mesures ont beaucoup changé en vingt ans. Pouvez-vous nous dire ce qui a changé ?

Les flotteurs descendent maintenant à deux mille mètres. Je passe une partie de l’année en mer pour les déployer.

Une question de moyens ?

— Et le financement de ces campagnes, est-il assuré pour les prochaines années ?

Nous avons des crédits jusqu’en 2026. Ensuite, tout dépendra des programmes européens.
"""


def test_the_unmarked_paragraphs_under_a_dash_are_the_interviewees():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Les flotteurs descendent maintenant") == "Claire Vasseur"


def test_every_sentence_of_a_dash_question_is_the_interviewers():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Pouvez-vous nous dire ce qui a changé") == "Julien Marchetti"


def test_a_dash_question_longer_than_a_question_line_is_still_a_question():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Pourquoi les courants profonds") == "Julien Marchetti"


def test_both_people_are_listed():
    t = ingest_text(FR, "fr.txt")
    assert sorted(s.name for s in speakers_of(t)) == ["Claire Vasseur", "Julien Marchetti"]


def test_the_bylines_and_standfirst_before_the_first_question_are_nobodys():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Claire Vasseur nous explique") is None


def test_a_subheading_ending_in_a_question_mark_is_no_question_and_nobodys():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Une question de moyens") is None


def test_an_elided_particle_stays_in_the_interviewees_name():
    t = ingest_text(FR.replace("Claire Vasseur", "Claire d’Aubercourt"), "fr.txt")
    assert _speaker(t, "Les flotteurs descendent maintenant") == "Claire d’Aubercourt"


ES = """Ana Robledo, investigadora del instituto de ecología, especialista en humedales

Entrevista realizada por Marcos Ibarra

—¿Cómo empezó su trabajo en los humedales de la costa?

Empecé como becaria en 2004 y nunca lo dejé. Creo que es el mejor lugar para aprender.

—¿Qué ha cambiado desde entonces?

Tenemos sensores en todas las lagunas y medimos el agua cada hora.

—¿Qué les diría a los jóvenes?

Les diría que yo también empecé sin saber nada.
"""


def test_spanish_dash_questions_and_bylines():
    t = ingest_text(ES, "es.txt")
    assert (_speaker(t, "Tenemos sensores en todas"), _speaker(t, "¿Qué ha cambiado")) == ("Ana Robledo", "Marcos Ibarra")


def test_near_miss_without_the_interviewers_byline_changes_nothing():
    t = ingest_text(FR.replace("Propos recueillis par Julien Marchetti", "Une page de vulgarisation.")
                    .replace("Claire Vasseur nous explique", "Voici"), "fr.txt")
    assert not any(s.speaker for s in t.sentences)


def test_near_miss_a_dialogue_that_dashes_the_answers_too_changes_nothing():
    dialogue = ES.replace("\nEmpecé", "\n—Empecé").replace("\nTenemos", "\n—Tenemos").replace("\nLes diría", "\n—Les diría")
    t = ingest_text(dialogue, "es.txt")
    assert not any(s.speaker for s in t.sentences)


def test_near_miss_a_place_and_date_line_is_no_interviewees_byline():
    t = ingest_text(FR.replace("Claire Vasseur, chercheuse", "Brest, le 3 mars, chercheuse")
                    .replace("Claire Vasseur nous", "Elle nous"), "fr.txt")
    assert not any(s.speaker for s in t.sentences)


def test_near_miss_a_list_of_dashed_questions_is_no_interview():
    listed = """Propos recueillis par Julien Marchetti

Claire Vasseur, chercheuse au laboratoire, mars 2023

Les questions de l’atelier :
— Comment mesurer les courants ?
— Qui finance les campagnes ?
— Quand partent les flotteurs ?

Nous avons répondu à toutes ces questions pendant la séance. Je reviendrai sur la dernière.
"""
    t = ingest_text(listed, "fr.txt")
    assert not any(s.speaker for s in t.sentences)
