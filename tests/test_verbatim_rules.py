"""Verbatim-transcript rules (label layouts, header lines, tables, label variants), each on a small text written for
the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

CALL = """Weekly Sync Call 12
Moderator: Jane Roe
Notes: Carl Penn

Decisions Made
Item | Decision
1 | Ship the parser next week.
2 | Drop the legacy flag.

Parser status
Jane Roe:
* Welcome everyone, first the parser.

Ramon:
* The parser is ready for review.

Jane:
* Thanks, any objections?

Piotr:
* Could we wait a week?

 Jane
*  Sure, Ramon you had a point?

Ramon:
* Only that the tests pass now.

Raomn:
* And the docs are done too.
"""


@pytest.fixture(scope="module")
def call():
    return ingest_text(CALL, "call.txt")


def _speaker(t, fragment):
    return speaker_at(t, fragment)


@pytest.mark.parametrize("fragment", ["Moderator: Jane Roe", "Notes: Carl Penn"], ids=["moderator", "note-taker"])
def test_header_officer_line_is_not_speech(call, fragment):
    assert _speaker(call, fragment) is None


def test_note_taker_of_the_header_is_not_a_speaker(call):
    assert "Carl Penn" not in [s.name for s in speakers_of(call)]


@pytest.mark.parametrize("fragment", ["Ship the parser next week", "Item | Decision"], ids=["row", "header-row"])
def test_table_rows_are_narration(call, fragment):
    assert _speaker(call, fragment) is None


def test_label_after_unpunctuated_heading_in_bullet_layout(call):
    """"Parser status" then "Jane Roe:" over a bullet: a label, not a wrapped line of the heading."""
    assert _speaker(call, "Welcome everyone") == "Jane Roe"


def test_one_word_label_used_once_in_bullet_layout(call):
    assert _speaker(call, "Could we wait a week?") == "Piotr"


def test_label_without_colon_repeating_a_label(call):
    """" Jane" alone on its line, where "Jane:" labels turns elsewhere: her turn, not Piotr's."""
    assert _speaker(call, "Sure, Ramon you had a point?") == "Jane Roe"


def test_misspelt_label_is_the_same_person(call):
    assert _speaker(call, "And the docs are done too.") == "Ramon"
    assert "Raomn" not in [s.name for s in speakers_of(call)]


def test_header_officers_do_not_make_a_transcript_minutes(call):
    assert call.genre.value == "verbatim"


def test_two_pipe_lines_are_not_a_table():
    t = ingest_text("Jane Roe: we can go | or stay | as you like.\nOmar Diaz: fine.\n", "x.txt")
    assert _speaker(t, "we can go") == "Jane Roe"


def test_names_one_ending_apart_are_not_merged():
    text = "Maria:\n* One.\n\nMario:\n* Two.\n\nMaria:\n* Three.\n\nBob Lee:\n* Four.\n"
    t = ingest_text(text, "x.txt")
    assert _speaker(t, "Two.") == "Mario"


def test_single_labels_without_bullet_layout_stay_weak():
    """Without the bullet layout a one-word label used once still needs the roster ("Peter:" in prose)."""
    text = "The plan was long. It said this:\nPeter: the numbers look fine to me.\n"
    t = ingest_text(text, "x.txt")
    assert "Peter" not in [s.name for s in speakers_of(t)]


def test_bare_name_in_prose_is_not_a_label():
    text = "Jane Roe:\n* Hello.\n\nOmar:\n* Hi.\n\nJane:\n* Bye.\n\nOmar\nis late again today.\n"
    t = ingest_text(text, "x.txt")
    assert _speaker(t, "is late again") != "Omar"


CEREMONY = """ACTA SESIÓN SOLEMNE

Presidida por el Presidente don Pedro Lagos Vera y con la asistencia de los siguientes consejeros:

Modalidad Presencial: (3)

Ana Ruiz Soto, Luis Mena Díaz, Pedro Lagos Vera.

Presidente del Consejo abre la sesión.

“Buenos días, damos inicio a esta sesión solemne”.

LOCUTOR :

Bienvenidos a este acto. Se dirige a los presentes el Gobernador Regional, don Mario Vidal Rojas.

(Palabras Sr. Pedro Lagos)

“Muchas gracias a todos por venir.
Es un honor presidir este consejo”.

Locutor

Fueron las palabras del Presidente.

(Palabras Sr. Gobernador)

“Quiero saludar a las autoridades presentes.”

Locutor:

Solicitamos al Sr. Gobernador firmar el libro.

Sr. Mario Vidal Rojas “Sí prometo, muchas gracias”.
"""


@pytest.fixture(scope="module")
def ceremony():
    return ingest_text(CEREMONY, "acta.txt")


def test_label_with_a_count_is_not_a_speaker(ceremony):
    """"Modalidad Presencial: (3)" heads a list of names: nobody speaks it, nor the list under it."""
    assert _speaker(ceremony, "Ana Ruiz Soto, Luis Mena") is None
    assert "Modalidad Presencial" not in [s.name for s in speakers_of(ceremony)]


@pytest.mark.parametrize("fragment,who", [
    ("Muchas gracias a todos por venir", "Pedro Lagos Vera"),
    ("Es un honor presidir este consejo", "Pedro Lagos Vera"),
], ids=["first-line", "goes-on"])
def test_stage_direction_naming_a_speaker_is_a_label(ceremony, fragment, who):
    assert _speaker(ceremony, fragment) == who


def test_stage_direction_with_a_title_is_the_titles_holder(ceremony):
    """"(Palabras Sr. Gobernador)": the one person the text calls "Gobernador Regional, don Mario Vidal Rojas"."""
    assert _speaker(ceremony, "Quiero saludar a las autoridades") == "Mario Vidal Rojas"


def test_plain_stage_direction_is_still_narration():
    t = ingest_text("LOCUTOR :\n\nBienvenidos.\n\n(Himno Nacional)\n\nLOCUTOR :\n\nGracias.\n", "x.txt")
    assert _speaker(t, "(Himno Nacional)") is None


def test_role_label_without_colon_after_a_stage_direction(ceremony):
    assert _speaker(ceremony, "Fueron las palabras del Presidente") == "LOCUTOR"


def test_quote_after_a_line_naming_a_role_holder(ceremony):
    """"Presidente del Consejo abre la sesión." then a quoted paragraph: the president's words; the line is narration."""
    assert _speaker(ceremony, "Buenos días, damos inicio") == "Pedro Lagos Vera"
    assert _speaker(ceremony, "Presidente del Consejo abre la sesión") is None


def test_quote_after_a_line_naming_nobody_stays_unattributed():
    t = ingest_text("El acto comienza a las once.\n\n“Buenos días a todos”.\n", "x.txt")
    assert _speaker(t, "Buenos días a todos") is None


def test_honorific_and_name_before_a_quote_is_a_label(ceremony):
    assert _speaker(ceremony, "Sí prometo, muchas gracias") == "Mario Vidal Rojas"


def test_quote_mark_after_a_phrase_without_honorific_is_not_a_label():
    t = ingest_text("El Consejo Regional “aprobó” el plan.\n\nMaría Soto: Gracias.\n", "x.txt")
    assert "El Consejo Regional" not in [s.name for s in speakers_of(t)]
    assert "Consejo Regional" not in [s.name for s in speakers_of(t)]


def test_name_in_capitals_after_a_title_is_title_cased():
    t = ingest_text("Asume el Gobernador Regional Electo, SR. JORGE PÉREZ SOTO.\n\n(Palabras Sr. Gobernador)\n\n"
                    "“Gracias a todos.”\n", "x.txt")
    assert _speaker(t, "Gracias a todos") == "Jorge Pérez Soto"


OATH = """LOCUTOR :

A continuación, la Srta. Ana Ruiz Soto, Secretaria Ejecutiva, procederá a tomar juramento al Gobernador.

(Juramento)

Sr. Mario Vidal Rojas, jura o promete cumplir con fidelidad las funciones del cargo.

Locutor:

Invitamos a todos a ponerse de pie.

(Himno)

Suena el himno en la sala.
"""


@pytest.fixture(scope="module")
def oath():
    return ingest_text(OATH, "oath.txt")


def test_announced_person_speaks_after_the_stage_direction(oath):
    """The master of ceremonies names who takes the floor; after "(Juramento)" the unlabelled words are theirs,
    not the person they address."""
    assert _speaker(oath, "jura o promete cumplir") == "Ana Ruiz Soto"


def test_announcement_is_used_once(oath):
    assert _speaker(oath, "Suena el himno en la sala") is None


def test_no_announcement_no_speaker_after_stage_direction():
    t = ingest_text("LOCUTOR :\n\nBienvenidos a todos.\n\n(Juramento)\n\nSr. Mario Vidal Rojas, jura o promete.\n", "x.txt")
    assert _speaker(t, "jura o promete") is None


CEREMONIE = """PRÉSENTATRICE :

Bonsoir à toutes et à tous, bienvenue à cette cérémonie.

Mme Claire Petit, adjointe au maire, va prendre la parole.

(Applaudissements)

Merci à tous d'être venus si nombreux ce soir.

PRÉSENTATRICE :

Merci.

JEAN ROUX :

Bonsoir.

PRÉSENTATRICE :

Merci encore.
"""


@pytest.fixture(scope="module")
def ceremonie():
    return ingest_text(CEREMONIE, "voeux.txt")


def test_announcement_stays_with_who_holds_the_floor(ceremonie):
    """"Mme X va prendre la parole." inside the presenter's turn is the presenter's, not X taking the floor."""
    assert _speaker(ceremonie, "va prendre la parole") == "PRÉSENTATRICE"


def test_announced_person_named_without_honorific(ceremonie):
    assert _speaker(ceremonie, "Merci à tous d'être venus") == "Claire Petit"


@pytest.mark.parametrize("fragment,who", [("Merci.", "PRÉSENTATRICE"), ("Bonsoir.", "Jean Roux")],
                         ids=["role-label", "full-name-label"])
def test_label_alone_over_a_short_answer(ceremonie, fragment, who):
    assert _speaker(ceremonie, fragment) == who


def test_one_word_label_over_a_figure_is_not_a_turn():
    t = ingest_text("Fonctionnement :\nDépenses 497 098,58 €\n\nInvestissement :\nRecettes 12 000 €\n", "budget.txt")
    assert {s.name for s in speakers_of(t)} == set()


PANEL = """Moderator: Jane Roe

Moderator: Welcome to the panel on budgets.

John Smith: Thanks for having me.

Moderator: Okay

John Smith: So the budget grew a lot this year.

Chair: Agreed

John Smith: Good.
"""


@pytest.fixture(scope="module")
def panel():
    return ingest_text(PANEL, "panel.txt")


@pytest.mark.parametrize("fragment,who", [("Moderator: Okay", "Jane Roe"), ("Chair: Agreed", "Chair")],
                         ids=["moderator-one-word", "chair-one-word"])
def test_role_label_with_one_capitalised_word_is_a_turn(panel, fragment, who):
    """"Moderator: Okay" is the moderator speaking, not an officers line naming someone called Okay."""
    assert _speaker(panel, fragment) == who


def test_officer_line_with_a_full_name_is_the_header(panel):
    assert _speaker(panel, "Moderator: Jane Roe") is None
    assert _speaker(panel, "Welcome to the panel") == "Jane Roe"


# --- initials labels tied to the participants list --------------------------------------------------------------

INITIALS_PANEL = """Panel on wallet security

speakers: Alice Brandt, Carlos Duarte, Ena Ferreira

AB: Welcome everyone, let us start with short introductions from the panel.

CD: My name is Carlos and I build payment channels for merchants.

EF: I work on backups for a small wallet company in Lisbon.

AB: Thank you both, first question is about backups then.
"""


@pytest.fixture(scope="module")
def initials_panel():
    return ingest_text(INITIALS_PANEL, "initials.txt")


def test_initials_label_is_the_listed_person_with_those_initials(initials_panel):
    assert _speaker(initials_panel, "I build payment channels") == "Carlos Duarte"


def test_initials_label_speakers_list_gives_full_names(initials_panel):
    assert [s.name for s in speakers_of(initials_panel)] == ["Alice Brandt", "Carlos Duarte", "Ena Ferreira"]


def test_initials_label_is_kept_as_the_persons_label(initials_panel):
    person = next(p for p in initials_panel.participants if p.name == "Ena Ferreira")
    assert "EF" in person.labels


def test_initials_that_fit_two_listed_people_stay_as_written():
    t = ingest_text(INITIALS_PANEL.replace("Ena Ferreira", "Ana Berg, Ena Ferreira"), "two-ab.txt")
    assert _speaker(t, "Welcome everyone") == "AB"


def test_initials_without_a_participants_list_stay_as_written():
    t = ingest_text(INITIALS_PANEL.replace("speakers: Alice Brandt, Carlos Duarte, Ena Ferreira\n\n", ""), "no-list.txt")
    assert _speaker(t, "I build payment channels") == "CD"
