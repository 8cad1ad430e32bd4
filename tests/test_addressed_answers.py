"""A podcast's transcript that drops some labels: the host's paragraph ending with a question to a speaker by name
("Richard, tu peux te présenter un peu ?", "Maria ?") is followed by that speaker's unlabelled answer, up to the next
label; a question to nobody by name leaves the host's turn going on."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TRANSCRIPT = """Adrien : Bonjour à toutes et à tous, bienvenue dans l'émission.

Richard : Merci de me recevoir, c'est un plaisir.

Maria : Bonjour.

Adrien : Nous parlons aujourd'hui de la désescalade numérique dans les communes.

Richard, tu peux te présenter un peu, s'il te plaît ?

Oui. Moi, je suis, on va dire, un déçu du numérique, développeur depuis longtemps.

J'ai lancé un podcast en 2018, donc ça fait sept ans que je l'anime.

Adrien : Merci. Et les services publics, qu'en pensez-vous ?

Je pense qu'ils font de leur mieux, mais la fracture numérique reste grande.

Maria : Je voudrais réagir sur l'exclusion numérique.

Richard : Je suis d'accord avec Maria sur ce point.
"""


def test_the_named_speaker_answers():
    assert speaker_at(ingest_text(TRANSCRIPT, "podcast.txt"), "un déçu du numérique") == "Richard"


def test_the_answer_runs_to_the_next_label():
    assert speaker_at(ingest_text(TRANSCRIPT, "podcast.txt"), "J'ai lancé un podcast en 2018") == "Richard"


def test_a_question_to_nobody_by_name_keeps_the_host():
    assert speaker_at(ingest_text(TRANSCRIPT, "podcast.txt"), "la fracture numérique reste grande") == "Adrien"


ROUND_TABLE = """Adrien : Bonjour à toutes et à tous, bienvenue dans l'émission.

Maria : Bonjour.

Adrien : Merci à Blaise d'être venu, nous l'entendrons en fin d'émission.

Maria : Je voudrais réagir sur l'exclusion numérique.

Adrien : Nous terminons avec une annonce.

Blaise : Et une petite annonce aussi, le 24 janvier, le centenaire de la naissance d'Ivan Illich.

Rutgers, Living for the City : Rise of the Black Panther in Oakland
"""


def test_a_first_name_label_used_once_speaks_where_the_text_names_it():
    assert speaker_at(ingest_text(ROUND_TABLE, "podcast.txt"), "le centenaire de la naissance") == "Blaise"


def test_a_title_line_with_a_comma_is_no_label():
    assert speaker_at(ingest_text(ROUND_TABLE, "podcast.txt"), "Rise of the Black Panther") != "Rutgers"
