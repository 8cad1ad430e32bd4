"""A magazine's interview that labels the answers ("Léa Morel : pour nous, …") and sets the questions as unlabelled
paragraphs right over them: the questions are the interviewer's, whom the article names by its signature or its author
box after the last answer. Without a name for the interviewer, or in a text that is no interview, nothing changes.
Each rule on a text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ARTICLE = """Interview : le collectif des jardins partagés

Le collectif des jardins partagés anime douze jardins dans la ville. Nous l'avons rencontré.

Le jardin partagé, pour votre collectif, c'est quoi ?

Léa Morel : pour nous, un jardin partagé est d'abord un lieu de rencontre entre voisins.

Qui s'occupe des parcelles en été ?

Paul Roux : chaque famille prend une semaine, et les enfants arrosent le soir.

Quels projets pour l'an prochain ?

Léa Morel : un verger, si la mairie nous prête le terrain derrière l'école.

Comment vous rejoindre ?

Paul Roux : il suffit de venir le samedi matin, on accueille tout le monde.

Retrouvez le collectif sur son site.

Claire Dubois

Rédactrice en chef
"""


def test_an_unlabelled_question_over_a_labelled_answer_is_the_signer_s():
    assert speaker_at(ingest_text(ARTICLE, "article.txt"), "Qui s'occupe des parcelles") == "Claire Dubois"


def test_the_first_question_before_any_label_is_the_signer_s():
    assert speaker_at(ingest_text(ARTICLE, "article.txt"), "pour votre collectif, c'est quoi") == "Claire Dubois"


def test_the_answers_stay_the_labelled_speakers():
    assert speaker_at(ingest_text(ARTICLE, "article.txt"), "chaque famille prend une semaine") == "Paul Roux"


def test_without_a_signature_the_questions_are_left_alone():
    unsigned = ARTICLE.split("Claire Dubois")[0]
    assert speaker_at(ingest_text(unsigned, "article.txt"), "Qui s'occupe des parcelles") != "Claire Dubois"


def test_a_meeting_record_signed_by_its_clerk_gives_the_clerk_no_question():
    record = ARTICLE.replace("Interview : le collectif des jardins partagés", "Réunion du collectif des jardins partagés")
    assert speaker_at(ingest_text(record, "cr.txt"), "Qui s'occupe des parcelles") != "Claire Dubois"
