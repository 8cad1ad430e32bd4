"""A blog write-up of a session retold in the third person, with no labels and no turns: every attribution is
reported speech in narrative prose, between the writer's own explanations, captions and closing judgement. Each
rule on a small text written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

WRITEUP = """The Build Tools Summit 2025: Caching and Remote Execution

Two members of the build team, Anna Berg and Omar Haddad, presented back-to-back talks on caching.

Anna Berg explained that the cache keys must include the compiler version. She noted that stale keys caused most of the broken builds last year.

Anna's slides showing the cache hit rates per project over the last two years

Omar Haddad asked whether remote caching was safe for release builds. Anna's answer was that release builds skip the cache entirely. This answer surprised part of the room.

Buildkite maintainer Lise Aubry asked how long the cache entries live.

Omar Haddad answered that entries live for a week and pointed to the Remote Execution Protocol. Remote Execution Protocol is a standard that lets one client talk to many build farms. The Remote Execution Protocol can also carry the cache lookups.

There was broad agreement from the room about publishing the cache statistics.

Others noted that the statistics would only help the largest projects.

Overall, the ideas presented by both Anna and Omar were well received. It is clear that the build team is on the right track.
"""


@pytest.fixture(scope="module")
def writeup():
    return ingest_text(WRITEUP, "writeup.txt")


def _in(t, fragment: str) -> str | None:
    return speaker_at(t, fragment)


def _speaker(doc: str, fragment: str) -> str | None:
    return _in(ingest_text(doc, "writeup.txt"), fragment)


def test_two_people_joined_as_the_subject_is_nobodys(writeup):
    assert _in(writeup, "Two members of the build team") is None


@pytest.mark.parametrize("doc, fragment", [
    ("Notes\n\nAnne Roy et Luc Marin présentent ensemble le nouveau calendrier des versions.\n", "Anne Roy et Luc Marin"),
    ("Notas\n\nSegún Ana Gil y Pedro Ruiz, el nuevo calendario de versiones empieza en marzo.\n", "Según Ana Gil"),
])
def test_joined_subject_in_french_and_spanish(doc, fragment):
    assert _speaker(doc, fragment) is None


def test_one_subject_with_people_joined_as_object_is_the_subjects():
    doc = "Notes\n\nAnna Berg explained that Omar Haddad and Lise Aubry had fixed the cache.\n"
    assert _speaker(doc, "Anna Berg explained") == "Anna Berg"


def test_caption_line_is_nobodys(writeup):
    assert _in(writeup, "Anna's slides showing the cache hit rates") is None


def test_one_line_paragraph_ending_like_a_sentence_is_not_a_caption():
    doc = WRITEUP.replace("Anna's slides showing the cache hit rates per project over the last two years",
                          "She showed the cache hit rates per project over the last two years.")
    assert _speaker(doc, "She showed the cache hit rates") == "Anna Berg"


def test_possessive_point_as_subject_is_that_persons(writeup):
    assert _in(writeup, "Anna's answer was that release builds") == "Anna Berg"


def test_sentence_after_a_possessive_point_goes_on_with_that_person(writeup):
    assert _in(writeup, "This answer surprised part of the room") == "Anna Berg"


@pytest.mark.parametrize("sentence, speaker", [
    ("La proposition de Anne Roy est de publier les statistiques chaque mois.", "Anne Roy"),
    ("La respuesta de Ana Gil fue que las versiones no usan la caché.", "Ana Gil"),
])
def test_possessive_point_in_french_and_spanish(sentence, speaker):
    doc = f"Notes\n\nLuc Marin a demandé si la caché était sûre. {sentence}\n"
    assert _speaker(doc, sentence[:25]) == speaker


def test_possessive_thing_that_is_not_a_point_does_not_make_a_speaker():
    doc = "Notes\n\nAnna Berg explained the plan. Omar's laptop was used to show the build farm.\n"
    assert _speaker(doc, "Omar's laptop was used") == "Anna Berg"


def test_role_noun_before_a_name_is_a_subject_slot(writeup):
    assert _in(writeup, "Buildkite maintainer Lise Aubry asked") == "Lise Aubry"


def test_role_noun_inside_a_clause_is_not_a_subject_slot():
    doc = "Notes\n\nAnna Berg explained the plan. The bug that kernel maintainer Lise Aubry asked about is fixed.\n"
    assert _speaker(doc, "The bug that kernel maintainer") == "Anna Berg"


def test_gloss_of_a_term_just_named_is_nobodys(writeup):
    assert _in(writeup, "Remote Execution Protocol is a standard") is None


def test_sentence_going_on_about_the_glossed_term_is_nobodys(writeup):
    assert _in(writeup, "The Remote Execution Protocol can also carry") is None


def test_definition_of_a_term_not_named_before_is_not_a_gloss():
    doc = "Notes\n\nAnna Berg explained the cache design.\n\nHermeticity is a property every build should have, she said.\n"
    assert _speaker(doc, "Hermeticity is a property") == "Anna Berg"


@pytest.mark.parametrize("sentence", [
    "There was broad agreement from the room about publishing the cache statistics.",
    "Il y a eu un large consensus dans la salle sur la publication des statistiques.",
    "Hubo acuerdo general en la sala sobre la publicación de las estadísticas.",
])
def test_room_reaction_is_nobodys(sentence):
    doc = f"Notes\n\nAnna Berg explained the cache design. {sentence}\n"
    assert _speaker(doc, sentence[:20]) is None


@pytest.mark.parametrize("sentence", [
    "Others noted that the statistics would only help the largest projects.",
    "D'autres participants ont souligné que les statistiques aideraient surtout les gros projets.",
    "Otros participantes señalaron que las estadísticas ayudarían sobre todo a los grandes proyectos.",
])
def test_unnamed_others_speaking_is_nobodys(sentence):
    doc = f"Notes\n\nAnna Berg explained the cache design. {sentence}\n"
    assert _speaker(doc, sentence[:20]) is None


def test_others_as_an_object_does_not_end_the_turn():
    doc = "Notes\n\nAnna Berg explained the cache design. Others in the team will review the design next week.\n"
    assert _speaker(doc, "Others in the team will review") == "Anna Berg"


def test_writers_closing_judgement_is_nobodys_and_ends_the_turn(writeup):
    assert _in(writeup, "Overall, the ideas presented") is None
    assert _in(writeup, "It is clear that the build team") is None


def test_closing_adverb_before_a_speaker_still_reports_them():
    doc = "Notes\n\nOmar Haddad asked about releases.\n\nOverall, Anna Berg said the plan works for every project.\n"
    assert _speaker(doc, "Overall, Anna Berg said") == "Anna Berg"


def test_listing_is_a_speech_verb():
    doc = "Notes\n\nA short title line\n\nAnna Berg started off by listing her goals for the cache this year.\n"
    assert _speaker(doc, "Anna Berg started off by listing") == "Anna Berg"


def test_people_listed_are_those_who_speak(writeup):
    assert {p.name for p in speakers_of(writeup)} == {"Anna Berg", "Omar Haddad", "Lise Aubry"}


def test_closing_adverb_in_minutes_with_an_attendance_list_keeps_the_turn():
    doc = ("Procès-verbal du conseil\n\nPrésents : Jean Roux, Anne Roy, Luc Marin\n\n"
           "Monsieur Jean Roux présente le budget de la commune pour l'année prochaine. "
           "En conclusion, le budget reste stable malgré la hausse des prix de l'énergie.\n")
    assert _speaker(doc, "En conclusion, le budget reste stable") == "Jean Roux"
