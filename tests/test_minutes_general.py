"""Minutes rules made general on documents of other conventions: each on a small text written for the test
(one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


# a PDF text layer: numbered paragraphs wrapped over several lines, no blank line between them, doubled spaces
ACTA = """Acta de la reunión de la Comisión Directiva, 3 de marzo.
1.- Siendo las 19 hs. se reúne la Comisión Directiva con la presencia de sus miembros.
2.- El Tesorero Martín Ríos informó que está en su etapa final
el cierre del balance del ejercicio anterior, se aprueba por unanimidad
3.-  El  Vicepresidente  Julio  Vega  informó  que  se  incorporó  al
plantel un nuevo entrenador para la temporada.
4.- El Secretario de Actas Pedro Gil detalló el Protocolo General de
Ingreso al Club. El mismo se aplicará en todas las sedes del club desde el lunes próximo y hasta fin de año, se aprueba por unanimidad.
5.- Gestión de compras del mes
6.- Se lee el acta anterior, la cual se aprueba por unanimidad.
"""


@pytest.fixture(scope="module")
def acta():
    return ingest_text(ACTA, "acta.txt")


@pytest.mark.parametrize("fragment, who", [
    ("El Tesorero Martín Ríos informó", "Martín Ríos"),
    ("El  Vicepresidente  Julio  Vega", "Julio Vega"),
    ("El Secretario de Actas Pedro Gil", "Pedro Gil"),
], ids=["line-wraps-lower-case", "doubled-spaces", "line-ends-in-preposition"])
def test_numbered_paragraph_that_wraps_is_speech_not_a_heading(acta, fragment, who):
    assert _speaker(acta, fragment) == who


def test_numbered_short_line_is_still_a_heading(acta):
    """A numbered line that does not run on ("5.- Gestión de compras del mes") stays an agenda heading."""
    assert _speaker(acta, "Gestión de compras del mes") is None


def test_numbered_line_starts_a_sentence_even_after_a_clause_without_full_stop(acta):
    """"…, se aprueba por unanimidad" (no full stop) then "3.- El Vicepresidente …": two sentences."""
    t = acta
    s = next(s for s in t.sentences if "Julio  Vega" in t.text[s.start:s.end])
    assert t.text[s.start:s.end].startswith("3.-")


def test_speech_that_ends_with_the_vote_is_the_speakers(acta):
    """"El Tesorero X informó que …, se aprueba por unanimidad": X opens the sentence, the vote only closes it."""
    assert _speaker(acta, "el cierre del balance") == "Martín Ríos"


def test_trailing_vote_clause_keeps_the_current_speaker(acta):
    assert _speaker(acta, "El mismo se aplicará en todas las sedes") == "Pedro Gil"


def test_vote_sentence_without_a_speaker_is_narration(acta):
    assert _speaker(acta, "Se lee el acta anterior") is None


def test_doubled_spaces_are_not_part_of_the_name(acta):
    assert "Julio Vega" in {p.name for p in acta.participants}


# council minutes that write who takes the floor in a line of its own ("Intervino …:") and quote the speech
CONCEJO = """ACTA 12

ASISTENTES:\tLaura Gómez Ruiz

Pedro Sánchez Mora

Tomás Ríos Castaño

Siendo las 09:30 horas el presidente declaró abierta la sesión.

ORDEN DEL DÍA:

1.

Aprobación del orden del día

Intervino el presidente Pedro Sánchez Mora:

“Vamos a votar la elección del secretario.”

Votaron por la doctora Marta Paz Gil los siguientes concejales:

Laura Gómez Ruiz

Tomás Ríos Castaño

Intervino el secretario General ad hoc, Tomás Ríos Castaño:

“Hago lectura del comunicado recibido.”

Intervino el gerente de Obras, Julio Pardo Vélez:

“Dentro del plan tenemos:

2 indicadores de resultado

3 proyectos de inversión

La ejecución del año pasado fue de 20 millones.

Nos dijeron que ellos votaron a favor del proyecto.”

Intervino Laura Gómez Ruiz, vicepresidenta Primera:

“Continuamos con los concejales.”

Replicó el concejal Tomás Ríos Castaño:

“Una interpelación, compañera.”

2.

Proposiciones

Dentro del plan del año próximo

Se dio lectura a las proposiciones.
"""


@pytest.fixture(scope="module")
def concejo():
    return ingest_text(CONCEJO, "concejo.txt")


@pytest.mark.parametrize("fragment, who", [
    ("Hago lectura del comunicado", "Tomás Ríos Castaño"),
    ("La ejecución del año pasado", "Julio Pardo Vélez"),
    ("Continuamos con los concejales", "Laura Gómez Ruiz"),
    ("Una interpelación, compañera", "Tomás Ríos Castaño"),
], ids=["role-comma-listed-name", "role-comma-new-name", "verb-name-comma-role", "past-tense-replico"])
def test_floor_taking_line_names_who_speaks(concejo, fragment, who):
    assert _speaker(concejo, fragment) == who


def test_floor_verb_is_not_part_of_a_label_name(concejo):
    assert not any(p.name.startswith("Intervino") for p in concejo.participants)


def test_role_in_floor_line_ties_the_role_to_the_name(concejo):
    """"Intervino el presidente Pedro Sánchez Mora:" makes him the president, so "el presidente declaró" earlier is him."""
    assert _speaker(concejo, "el presidente declaró abierta") == "Pedro Sánchez Mora"


def test_vote_list_heading_is_narration(concejo):
    assert _speaker(concejo, "Votaron por la doctora") is None


def test_reported_vote_inside_speech_is_not_narration(concejo):
    """"que ellos votaron a favor" is what the speaker says, not a vote of the sitting."""
    assert _speaker(concejo, "Nos dijeron que ellos votaron") == "Julio Pardo Vélez"


def test_list_inside_an_open_quotation_is_the_speakers(concejo):
    assert _speaker(concejo, "2 indicadores de resultado") == "Julio Pardo Vélez"


def test_short_line_outside_quotations_still_ends_the_turn(concejo):
    assert _speaker(concejo, "Dentro del plan del año próximo") is None


def test_item_number_on_a_line_of_its_own_is_narration(concejo):
    """"2." alone on its line, the item's title on the next: an agenda heading, not the last speaker's words."""
    t = concejo
    assert next(s.speaker for s in t.sentences if t.text[s.start:s.end] == "2.") is None


# French council minutes: a roster with offices after the names, a table inside an unclosed «, closing lists
CONSEIL = """Compte rendu du conseil municipal
Présents : M. Paul DURAND, Maire, Mmes Claire PETIT, Anne ROUX, Adjointes, M. Marc LEROY
Absente : Madame Lise BLANC

DE-2014/70 – Travaux de voirie

Conformément à la délibération du 2 avril 2014, Monsieur le Maire rend compte au Conseil des marchés signés.

Madame Claire PETIT se retire de la salle du Conseil et ne prend pas part au vote.

Madame Anne ROUX, rapporteur, expose :
« Le syndicat a estimé les travaux comme suit :

Montant des travaux

80 000 €

Participation de la commune

16 000 €

La commission des travaux émet un avis favorable au projet.
Il est procédé à deux votes à main levée.

Illuminations de Noël : Location pour 3 ans :
2014 : 1467,10 € H.T.

Marc LEROY : Je voterai contre ce projet.

Lise BLANC : Absente

Paul DURAND : Présent
"""


@pytest.fixture(scope="module")
def conseil():
    return ingest_text(CONSEIL, "conseil.txt")


def test_office_after_a_roster_name_is_not_a_person(conseil):
    names = {p.name for p in conseil.participants}
    assert "Maire" not in names and "Adjointes" not in names


def test_mayor_resolves_to_the_roster_name_before_maire(conseil):
    assert _speaker(conseil, "Monsieur le Maire rend compte") == "Paul DURAND"


def test_leaving_the_room_is_not_speech(conseil):
    assert _speaker(conseil, "se retire de la salle") is None


def test_table_inside_an_open_quotation_keeps_the_speaker(conseil):
    assert _speaker(conseil, "La commission des travaux émet") == "Anne ROUX"


def test_vote_procedure_is_narration(conseil):
    assert _speaker(conseil, "Il est procédé à deux votes") is None


@pytest.mark.parametrize("fragment", ["Illuminations de Noël", "Lise BLANC : Absente", "Paul DURAND : Présent"],
                         ids=["data-row", "absent-status", "present-status"])
def test_label_lines_that_are_lists_or_tables_name_nobody(conseil, fragment):
    assert _speaker(conseil, fragment) is None


def test_label_with_words_is_still_a_turn(conseil):
    assert _speaker(conseil, "Je voterai contre ce projet") == "Marc LEROY"


# notes that list attendees with their initials and label turns by the initials
NOTES = """June 6 Meeting Notes

Ada Lovelace (AL), Daniel Ehrenberg (DE), Grace Hopper (GH)

Top-level await, as the Programa de Alimentación Escolar (PAE) asked.

AL: The proposal is at stage 2 and we ask for stage 3.

DE: A clarification for bundlers, the async import would work.

GH: Sounds like consensus, no objection.

Audience: array of list.

AL: Thank you all.

PAE: un programa.

PAE: otro programa.
"""


@pytest.fixture(scope="module")
def notes():
    return ingest_text(NOTES, "notes.txt")


@pytest.mark.parametrize("fragment, who", [
    ("The proposal is at stage 2", "Ada Lovelace"),
    ("A clarification for bundlers", "Daniel Ehrenberg"),
], ids=["initials", "initials-that-are-a-particle"])
def test_initials_label_is_the_person_the_text_defines_them_for(notes, fragment, who):
    assert _speaker(notes, fragment) == who


def test_initials_stay_known_as_the_persons_label(notes):
    ada = next(p for p in notes.participants if p.name == "Ada Lovelace")
    assert "AL" in ada.labels


def test_organisation_acronym_is_not_a_persons_initials(notes):
    assert _speaker(notes, "un programa") == "PAE"


def test_audience_label_names_nobody(notes):
    assert _speaker(notes, "array of list") is None


def test_audience_label_is_not_listed_as_a_speaker(notes):
    from quidit.ingest.pipeline import speakers_of

    assert "Audience" not in {st.name for st in speakers_of(notes)}


# plain-text minutes with single line breaks: the cleaning joins lines, the line rules must still see them
BOARD = """Board of Directors Meeting Minutes
Present: Jane Smith (Chair), Bob Jones, Carla Diaz, Tom Lee
Apologies: Mary Wong
1. Approval of minutes
Motion by Bob Jones, seconded by Carla Diaz, to approve the minutes. Motion carried.
2. Treasurer's report
Tom Lee presented the treasurer's report. He noted that income rose by 5%.
Action: Tom Lee to circulate the full accounts.
3. Website
Carla Diaz reported that the new website will launch in May.
"""


@pytest.fixture(scope="module")
def board():
    return ingest_text(BOARD, "board.txt")


@pytest.mark.parametrize("fragment", ["Treasurer's report", "Website"], ids=["possessive-title", "one-word-title"])
def test_plainly_numbered_short_line_is_a_heading(board, fragment):
    t = board
    s = next(s for s in t.sentences if fragment in t.text[s.start:s.end])
    assert t.text[s.start:s.end].strip() == fragment and s.speaker is None


@pytest.mark.parametrize("fragment, who", [
    ("Tom Lee presented the treasurer", "Tom Lee"),
    ("Carla Diaz reported that", "Carla Diaz"),
], ids=["after-report-title", "after-one-word-title"])
def test_speaker_right_under_a_numbered_title_is_found(board, fragment, who):
    assert _speaker(board, fragment) == who


def test_numbered_title_ends_the_attendance_list(board):
    t = board
    s = next(s for s in t.sentences if "Approval of minutes" in t.text[s.start:s.end])
    assert s.cue.value != "roster"


def test_action_line_is_nobodys(board):
    assert _speaker(board, "Action: Tom Lee to circulate") is None


PLENO = """ACTA DE LA SESIÓN ORDINARIA DEL PLENO DEL AYUNTAMIENTO
SEÑORES ASISTENTES:
ALCALDE-PRESIDENTE: D. Juan García López
CONCEJALES: Dª Ana Ruiz Pérez, D. Pedro Gómez Sanz
SECRETARIA: Dª Carmen Díaz Romero
En la villa, siendo las veinte horas, se reúnen los señores arriba indicados.
SEGUNDO.- MOCIÓN DEL GRUPO SOCIALISTA.
Toma la palabra la Sra. Ruiz Pérez, quien expone que la moción pretende mejorar el alumbrado.
El Sr. Alcalde contesta que el equipo de gobierno ya trabaja en ello.
"""


@pytest.fixture(scope="module")
def pleno():
    return ingest_text(PLENO, "pleno.txt")


def test_title_over_the_attendance_heading_is_not_one_long_label(pleno):
    t = pleno
    s = next(s for s in t.sentences if "SEÑORES ASISTENTES" in t.text[s.start:s.end])
    assert s.cue.value == "roster"


@pytest.mark.parametrize("name", ["Juan García López", "Ana Ruiz Pérez", "Carmen Díaz Romero"],
                         ids=["role-sublist", "plural-office-sublist", "next-line-word"])
def test_attendance_names_stop_at_their_line(pleno, name):
    assert name in {p.name for p in pleno.participants}


def test_plural_office_sublist_is_not_the_previous_role(pleno):
    ana = next(p for p in pleno.participants if p.name == "Ana Ruiz Pérez")
    assert ana.session_role != "mayor"


@pytest.mark.parametrize("fragment, who", [
    ("Toma la palabra la Sra. Ruiz Pérez", "Ana Ruiz Pérez"),
    ("El Sr. Alcalde contesta", "Juan García López"),
], ids=["surname-to-listed-name", "role-to-listed-mayor"])
def test_speakers_resolve_to_the_attendance_list(pleno, fragment, who):
    assert _speaker(pleno, fragment) == who


def test_numbered_short_line_under_a_colon_is_a_list_item_not_a_heading():
    t = ingest_text("Minutes\nPresent: Ann Lee, Bob Stone, Cy Park\nAnn Lee presented the goals for next year:\n"
                    "1. Better budget control\n2. More local jobs\n", "goals.txt")
    assert _speaker(t, "More local jobs") == "Ann Lee"


@pytest.mark.parametrize("text, fragment, who", [
    ("Compte rendu\nPrésents : M. Jean DUPONT, Maire, Mme Claire MARTIN\n\n"
     "Monsieur le Maire donne la parole à Madame Claire MARTIN qui présente le projet d’école.\n",
     "donne la parole", "Claire MARTIN"),
    ("Acta\nASISTENTES: D. Juan García López (Presidente), D. Pedro Gómez Sanz, Dª Ana Ruiz Pérez\n\n"
     "El Sr. Presidente cede la palabra al Sr. Gómez Sanz, quien manifiesta su desacuerdo con la propuesta.\n",
     "cede la palabra", "Pedro Gómez Sanz"),
    ("Minutes\nPresent: Jane Smith (Chair), Carla Diaz, Tom Lee\n\n"
     "The Chair invited Carla Diaz, who explained the survey results.\n",
     "invited Carla Diaz", "Carla Diaz"),
], ids=["fr-qui", "es-quien", "en-who"])
def test_handover_with_a_relative_speech_verb_is_the_new_speakers(text, fragment, who):
    assert _speaker(ingest_text(text, "h.txt"), fragment) == who


def test_handover_without_relative_keeps_the_one_who_hands_over():
    t = ingest_text("Minutes\nPresent: Jane Smith (Chair), Carla Diaz, Tom Lee\n\n"
                    "The Chair thanked everyone and invited Carla Diaz to present the survey.\n", "h.txt")
    assert _speaker(t, "thanked everyone") == "Jane Smith"


@pytest.mark.parametrize("present, who", [
    ("Jane Smith (Chair), Bob Jones (Treasurer), Carla Diaz", "Bob Jones"),
    ("Jane Smith (Chair), Bob Jones (Treasurer), Carla Diaz (Treasurer)", None),
    ("Jane Smith (Chair), Bob Jones (TSC), Carla Diaz", None),
], ids=["title-in-parentheses", "title-two-people-share", "acronym-is-not-a-title"])
def test_article_and_roster_title_name_the_titled_person(present, who):
    t = ingest_text(f"Minutes\nPresent: {present}\n\nThe Treasurer noted that the bank fees had risen.\n", "t.txt")
    assert _speaker(t, "bank fees") == who


def test_motion_approved_ends_the_movers_turn():
    t = ingest_text("Acta\nPide la palabra el socio Roberto Prados y propone al socio Ricardo Sánchez para firmar el acta. "
                    "Queda aprobada la moción.\n\nPor pedido de la IGJ necesitamos que cada socio diga su nombre.\n", "m.txt")
    assert _speaker(t, "Queda aprobada la moción") is None and _speaker(t, "Por pedido de la IGJ") is None


PRESENCIA = """CABA, 3 de marzo.
1.- Siendo las 19 hs. se reúne la Comisión Directiva con la presencia del presidente Ríos Martín, el secretario Gil Pedro
y los vocales Vega Julio, Paz Ana.
2.- El Presidente informó que el balance está cerrado.
3.- El vocal Julio Vega detalló las obras de la sede.
4.- Vega agregó que las obras terminan en mayo.
"""


@pytest.fixture(scope="module")
def presencia():
    return ingest_text(PRESENCIA, "presencia.txt")


def test_attendance_in_a_sentence_gives_the_roles(presencia):
    """"con la presencia del presidente Ríos Martín, …": "El Presidente informó" is him (named as the list writes
    him, the only form the text gives)."""
    assert _speaker(presencia, "El Presidente informó") == "Ríos Martín"


def test_attendance_in_a_sentence_lets_a_surname_resolve(presencia):
    assert _speaker(presencia, "Vega agregó que") == "Julio Vega"


def test_name_shown_in_the_order_the_sentences_write_it(presencia):
    names = {p.name for p in presencia.participants}
    assert "Julio Vega" in names and "Vega Julio" not in names


def test_plural_title_is_not_a_role(presencia):
    """"los vocales Vega Julio, Paz Ana": "vocales" names several, it is nobody's title."""
    ana = next(p for p in presencia.participants if "Paz" in p.name)
    assert ana.role is None


@pytest.mark.parametrize("text, fragment, who", [
    ("Compte rendu\nPrésents : M. Paul DURAND, Mme Claire PETIT\n\nMadame Claire PETIT donne lecture des délibérations "
     "du dernier conseil. Pas d’observations, ni de questions, signature du registre.\n", "Pas d’observations", None),
    ("Acta\nASISTENTES: D. Juan García López, Dª Ana Ruiz Pérez\n\nLa Sra. Ruiz Pérez da lectura al acta anterior. "
     "Sin observaciones.\n", "Sin observaciones", None),
    ("Compte rendu\nPrésents : M. Paul DURAND, Mme Claire PETIT\n\nMadame Claire PETIT donne lecture des délibérations "
     "du dernier conseil. Elle précise qu’il n’y a pas d’observations.\n", "Elle précise", "Claire PETIT"),
], ids=["fr-no-remarks", "es-no-remarks", "reported-no-remarks-is-speech"])
def test_record_that_nobody_spoke_up_is_nobodys(text, fragment, who):
    assert _speaker(ingest_text(text, "r.txt"), fragment) == who
