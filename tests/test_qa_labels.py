"""Question-and-answer transcripts: askers labelled by the question's number ("Q1:", "P2b:", "Q5, by Jane Roe:"),
questions from the floor written "Q - …", the transcriber's bracketed notes ("[ inaudible ]", "[ risas ]"). Each rule
on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

TALK_QA = """Questions after the keynote on open data

Q1: Is the new licence compatible with the old one for the maps we publish?

Dana Whitfield: No, the two licences cannot be combined. You would have to pick one of them for the maps.

Q2: What about the archives that the city published before the change of licence?

Dana Whitfield: Those stay under the old terms, nothing changes for them.

Q2b: So do we have to keep two copies of every archive on the portal then?

Dana Whitfield: Only one copy, with a note saying which terms apply to which files.

Q3, by Harold Benning, treasurer of the users' association: I can confirm that figure from our own accounts this year.

Harold Benning also asks whether the association may mirror the portal.

Dana Whitfield: Yes, mirrors are welcome and we will list them on the portal.

Q3b, Harold Benning: Thank you, we will set one up before the summer starts.

Q4: [ inaudible, the question is about the cost of hosting the portal ]

The hosting costs us very little compared with the work of cleaning the data every month. Most of the budget goes to people.

Dana Whitfield: Thank you all for coming tonight.
"""


@pytest.fixture(scope="module")
def talk():
    return ingest_text(TALK_QA, "talk_qa.txt")


def _speaker(t, fragment):
    return speaker_at(t, fragment)


def test_numbered_question_label_is_its_asker(talk):
    assert _speaker(talk, "Is the new licence compatible") == "Q1"


def test_follow_up_letter_is_the_same_asker(talk):
    assert _speaker(talk, "So do we have to keep two copies") == "Q2"


def test_follow_up_is_not_listed_as_another_person(talk):
    names = [s.name for s in speakers_of(talk)]
    assert "Q2" in names and "Q2b" not in names


def test_named_asker_after_the_number_is_that_person(talk):
    assert _speaker(talk, "I can confirm that figure") == "Harold Benning"


def test_named_asker_follow_up_is_that_person(talk):
    assert _speaker(talk, "we will set one up before the summer") == "Harold Benning"


def test_named_asker_goes_by_the_question_number_too(talk):
    person = next(p for p in talk.participants if p.name == "Harold Benning")
    assert "Q3" in person.labels and "Q3b" in person.labels


def test_question_label_over_a_bracketed_note_is_nobodys(talk):
    assert _speaker(talk, "the question is about the cost of hosting") is None


def test_unrecorded_question_is_not_listed(talk):
    assert "Q4" not in [s.name for s in speakers_of(talk)]


def test_words_after_an_unrecorded_question_are_the_answerers(talk):
    assert _speaker(talk, "The hosting costs us very little") == "Dana Whitfield"


def test_answerer_keeps_the_next_label(talk):
    assert _speaker(talk, "Those stay under the old terms") == "Dana Whitfield"


ES_QA = """Preguntas del público tras la charla

P1: ¿La licencia sirve también para los manuales que publicamos en la biblioteca?

Lucía Ferrán: No es buena idea, para los manuales hay otra licencia pensada para eso.

P2: ¿Y para los programas que ya están publicados en el servidor municipal?

Lucía Ferrán: Esos siguen como estaban, no cambia nada.

P2b: ¿Entonces no hace falta volver a publicarlos en el servidor?
"""


def test_spanish_numbered_question_label_is_its_asker():
    t = ingest_text(ES_QA, "preguntas.txt")
    assert _speaker(t, "¿La licencia sirve también") == "P1"
    assert _speaker(t, "¿Entonces no hace falta") == "P2"


FR_QA = """Questions de la salle

Question 1 : Est-ce que la licence couvre aussi les cartes que la mairie publie chaque année ?

Marc Delorme : Oui, elle couvre toutes les cartes publiées depuis le changement.

Question 2 : Et les anciennes cartes qui sont encore sur le site de la mairie ?

Marc Delorme : Elles restent sous l'ancienne licence jusqu'à leur mise à jour.
"""


def test_french_numbered_question_label_is_its_asker():
    t = ingest_text(FR_QA, "questions.txt")
    assert _speaker(t, "Est-ce que la licence couvre") == "Question 1"
    assert _speaker(t, "Elles restent sous l'ancienne licence") == "Marc Delorme"


QUARTERS = """Sales summary for the year

Q1: Revenue grew by five percent over the previous year in every region.

Q2: Costs fell slightly because the new warehouse opened in the spring.

Q3: The summer was flat, as it usually is in this market.
"""


def test_quarter_lines_without_anyone_answering_are_not_askers():
    t = ingest_text(QUARTERS, "sales.txt")
    assert _speaker(t, "Revenue grew by five percent") is None
    assert [s.name for s in speakers_of(t)] == []


NO_ANSWERER = """Open floor

Q1: [ inaudible ]

The microphone was passed along the rows while the panel waited for the next question to come.

Anna Kirby: Let us take the next one.

Q2: [ inaudible ]

Boris Hale: I think the answer is no.

Q3: Could you say more about the budget?

Carla Mendez: Not today, sorry.
"""


def test_no_answerer_when_no_one_person_answers_most_questions():
    t = ingest_text(NO_ANSWERER, "floor.txt")
    assert _speaker(t, "The microphone was passed along") is None


PANEL = """Panel on wallet security

AB: My name is Alice and I work on wallets at a small company in Lisbon.

CD: My name is Carlos and I build payment channels for merchants.

AB: We have seen a lot of progress this year in how backups work.

Q&A

Q - Jane Doe said yesterday that backups are still too hard. Do you agree with her about that? What would you change first?

AB: I agree that backups are too hard for most users today.

CD: I would change the defaults first, so nobody has to think about it.

Q - How long until the channels are safe enough for large payments?

CD: A year at least, I would say, maybe more.
"""


@pytest.fixture(scope="module")
def panel():
    return ingest_text(PANEL, "panel.txt")


def test_floor_question_with_a_dash_is_nobodys(panel):
    assert _speaker(panel, "How long until the channels") is None


def test_floor_question_goes_on_over_its_sentences(panel):
    assert _speaker(panel, "Do you agree with her about that") is None
    assert _speaker(panel, "What would you change first") is None


def test_name_in_a_floor_question_is_a_mention(panel):
    assert _speaker(panel, "Jane Doe said yesterday") is None
    assert "Jane Doe" not in [s.name for s in speakers_of(panel)]


def test_label_after_a_floor_question_takes_the_turn(panel):
    assert _speaker(panel, "I agree that backups are too hard") == "AB"


def test_dash_inside_a_labelled_turn_is_not_a_floor_question(panel):
    t = ingest_text(PANEL.replace("AB: We have seen", "AB: Q - as people write it - we have seen"), "panel2.txt")
    assert _speaker(t, "as people write it") == "AB"


REACTIONS = {
    "es": ("Ana Ruiz: No existe tal cosa como una licencia única.\n\nBeto Gil: ¿Ninguna?\n\n"
           "Ana Ruiz: Ninguna en absoluto.\n\n[ risas ]\n\nY lo digo así porque el error es muy común.\n\n"
           "Beto Gil: Entendido, gracias.\n", "Y lo digo así", "Ana Ruiz"),
    "en": ("Ann Reed: There is no such thing as one single licence.\n\nBen Gale: None at all?\n\n"
           "Ann Reed: None whatsoever.\n\n(Laughter)\n\nAnd I say it that way because the mistake is common.\n\n"
           "Ben Gale: Understood, thanks.\n", "And I say it that way", "Ann Reed"),
    "fr": ("Anne Roux : Il n'existe pas de licence unique.\n\nBruno Gay : Aucune ?\n\n"
           "Anne Roux : Aucune, vraiment.\n\n(Rires)\n\nEt je le dis ainsi parce que l'erreur est fréquente.\n\n"
           "Bruno Gay : Entendu, merci.\n", "Et je le dis ainsi", "Anne Roux"),
}


@pytest.mark.parametrize("lang", sorted(REACTIONS))
def test_reaction_note_does_not_end_the_turn(lang):
    text, fragment, who = REACTIONS[lang]
    t = ingest_text(text, f"reaction-{lang}.txt")
    assert _speaker(t, fragment) == who


def test_reaction_note_itself_is_nobodys():
    text, _, _ = REACTIONS["es"]
    t = ingest_text(text, "reaction.txt")
    assert _speaker(t, "risas") is None


def test_other_bracketed_note_ends_the_turn():
    text, fragment, _ = REACTIONS["en"]
    t = ingest_text(text.replace("(Laughter)", "[ the recording stops here ]"), "stop.txt")
    assert _speaker(t, fragment) is None


def test_long_bracketed_paragraph_is_the_transcribers():
    note = ("[ the recording stops again, the speaker goes on to explain that there are many licences of that name, some "
            "of them free and some not, so the name alone says little about freedom, and then the next question comes ]")
    text, _, _ = REACTIONS["en"]
    t = ingest_text(text.replace("(Laughter)", note), "long-note.txt")
    assert _speaker(t, "the recording stops again") is None
    assert _speaker(t, "so the name alone says little") is None


@pytest.mark.parametrize("line", ["(risas" + " " * 100_000 + "x", "[a]" + " " * 100_000 + "x", "[" + "a " * 100_000,
                                  "Q1, " + "a" * 100_000, "Q" + " " * 100_000],
                         ids=["reaction-spaces", "bracket-spaces", "bracket-open", "question-long", "floor-spaces"])
def test_new_patterns_read_a_long_line_in_linear_time(line):
    import time

    from quidit.ingest.lexicon import BRACKET_ONLY, FLOOR_QUESTION, QUESTION_NUMBER_LABEL, REACTION_NOTE

    start = time.perf_counter()
    for pattern in (REACTION_NOTE, BRACKET_ONLY, QUESTION_NUMBER_LABEL, FLOOR_QUESTION):
        pattern.match(line)
    assert time.perf_counter() - start < 0.5
