"""Conference reports written as a blog post, one section per talk: the talk's heading names its speaker ("La
keynote de X", "Title, par X", "X : Title"), a byline under it names the note-taker, the talk's notes hold
bulleted lists under short sub-headings, and the note-taker's own lines (verdicts, pointers to material put online,
lines about the talk itself) are nobody's words. Each rule on a small text written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

REPORT = """Journée Agile du Nord 2019

Nous étions deux à la journée Agile du Nord cette année. Voici nos notes sur les sessions qui nous ont plu.

La keynote de Hélène Vasseur

Paul Dumont et Lucie Girard

Le management visuel aide une équipe à voir ses blocages au lieu de les cacher dans un outil.
Un tableau physique vaut mieux que dix tableurs partagés par courriel.

Keynote passionnante et pleine d'exemples tirés de son usine.

Les équipes autonomes, par Marc Lefort

Lucie Girard

Une équipe autonome choisit elle-même comment elle découpe son travail chaque semaine.

A éviter

- Nommer un chef déguisé en coach agile.
- Changer tout le processus en une seule nuit. Le changement doit se faire petit à petit.

J'ai pensé à notre propre équipe pendant tout ce passage.

Une vidéo de la session est en ligne sur le site de Marc Lefort.

Arnaud Petit : Dessiner pour comprendre les problèmes

Paul Dumont

La session a duré deux heures avec un atelier en fin de journée.
Le dessin rend visibles les liens entre les idées que les mots laissent dans l'ombre.
Une présentation très intéressante mais un peu longue.

Fin de la journée

Les textes sont de Paul Dumont et Lucie Girard.
"""


@pytest.fixture(scope="module")
def report():
    return ingest_text(REPORT, "notes.txt")


def _in(t, fragment: str) -> str | None:
    return speaker_at(t, fragment)


def test_keynote_heading_names_the_talks_speaker(report):
    assert _in(report, "Le management visuel aide") == "Hélène Vasseur"


def test_keynote_heading_itself_is_nobodys(report):
    assert _in(report, "La keynote de Hélène Vasseur") is None


@pytest.mark.parametrize("heading, speaker", [
    ("The keynote by Jane Roe", "Jane Roe"),
    ("La ponencia de Ana Gil", "Ana Gil"),
])
def test_keynote_heading_in_english_and_spanish(heading, speaker):
    doc = f"Notes\n\nWe went to the event.\n\n{heading}\n\nTeams should measure what users feel, not what servers log.\n"
    assert _in(ingest_text(doc, "notes.txt"), "Teams should measure") == speaker


def test_talk_heading_with_a_common_noun_after_de_is_not_a_speaker():
    doc = "Notes\n\nNous étions là.\n\nLa conférence de presse du matin\n\nLe budget sera voté en mars prochain par tous.\n"
    t = ingest_text(doc, "notes.txt")
    assert _in(t, "Le budget sera voté") is None and not speakers_of(t)


def test_byline_under_a_talk_heading_is_nobodys(report):
    assert _in(report, "Paul Dumont et Lucie Girard") is None


def test_talk_goes_on_after_its_byline(report):
    assert _in(report, "Une équipe autonome choisit") == "Marc Lefort"


def test_note_takers_of_the_bylines_are_not_speakers(report):
    names = {p.name for p in speakers_of(report)}
    assert names == {"Hélène Vasseur", "Marc Lefort", "Arnaud Petit"}


def test_name_colon_title_line_is_a_talk_heading_in_a_report(report):
    assert _in(report, "Arnaud Petit : Dessiner") is None
    assert _in(report, "Le dessin rend visibles") == "Arnaud Petit"


def test_name_colon_line_stays_a_turn_without_talk_headings():
    doc = "Entretien\n\nArnaud Petit : Bonjour à tous et merci de me recevoir ici\n\nLucie Girard : Merci à vous.\n"
    assert _in(ingest_text(doc, "entretien.txt"), "Bonjour à tous") == "Arnaud Petit"


def test_subheading_over_a_bulleted_list_keeps_the_talk(report):
    assert _in(report, "Le changement doit se faire petit à petit") == "Marc Lefort"


def test_heading_over_prose_still_ends_the_talk(report):
    assert _in(report, "Les textes sont de Paul Dumont") is None


def test_note_takers_first_person_inside_a_talk_is_nobodys(report):
    assert _in(report, "J'ai pensé à notre propre équipe") is None


def test_verdict_with_the_noun_first_is_nobodys(report):
    assert _in(report, "Keynote passionnante") is None
    assert _in(report, "Une présentation très intéressante") is None


def test_pointer_to_material_online_is_nobodys(report):
    assert _in(report, "Une vidéo de la session est en ligne") is None


def test_talk_as_subject_without_speech_verb_is_nobodys(report):
    assert _in(report, "La session a duré deux heures") is None


def test_talk_as_subject_with_speech_verb_is_the_speakers():
    doc = REPORT.replace("La session a duré deux heures avec un atelier en fin de journée.",
                         "La session nous a expliqué comment dessiner un problème en trois traits.")
    assert _in(ingest_text(doc, "notes.txt"), "La session nous a expliqué") == "Arnaud Petit"


@pytest.mark.parametrize("sentence", [
    "La session a porté sur le dessin des problèmes en trois traits simples.",
    "The session covered how to draw a problem in three simple strokes.",
    "La session abordó cómo dibujar un problema en tres trazos simples.",
])
def test_talk_as_subject_with_a_verb_of_content_is_the_speakers(sentence):
    doc = REPORT.replace("La session a duré deux heures avec un atelier en fin de journée.", sentence)
    assert _in(ingest_text(doc, "notes.txt"), sentence[:25]) == "Arnaud Petit"
