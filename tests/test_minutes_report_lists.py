"""Minutes where a person's reporting sentence ends on a colon at its line's end ("El secretario dio seguimiento a
los acuerdos siguientes:", "Steve reported the following:", "Marie présente les points suivants :"): the lines after
it are that person's report, item headings run into the sentence and the record's impersonal voice included, up to
the next numbered item, a vote or decision, or a turn of someone the lists give."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ES = """ACTA DE LA REUNIÓN DEL CPA

Participantes: 12 (10 presenciales y 2 en línea)

3.- Seguimiento de acuerdos
El secretario del CPA, dio seguimiento a los acuerdos siguientes:

Actualización del Reglamento del CPA: Se siguen realizando reuniones semanales con un avance del 50% del reglamento.
Solicitud a la dirección de una guía de procedimientos administrativos, todavía sin respuesta.

Cierre fiscal: Se informó que el cierre fiscal se realizará el 30 de junio. Asimismo, se mencionó la posibilidad de restablecer el trámite de autorización.

Mantenimiento de salones: Por solicitud de la dirección, se revisarán los proyectores de todos los salones.

4.- Evaluación de la administración
Se propuso invitar a las coordinaciones a aplicar la encuesta de evaluación en sus reuniones.

5.- Asuntos generales
El secretario del CPA informó lo siguiente:

Estacionamientos: Se informó que el acceso en fines de semana debe solicitarse por escrito.
Por unanimidad, se acordó consultar el proceso de acceso en la próxima reunión del comité.
"""

ITEM = """ACTA DE LA REUNIÓN DEL CPA

Participantes: 12 (10 presenciales y 2 en línea)

3.- Seguimiento de acuerdos
El secretario del CPA, dio seguimiento a los acuerdos siguientes:

Actualización del Reglamento del CPA: Se siguen realizando reuniones semanales con un avance del 50% del reglamento.
Solicitud a la dirección de una guía de procedimientos administrativos, todavía sin respuesta.

4.- Evaluación
Se propuso invitar a las coordinaciones a aplicar la encuesta.
"""

EN = """Meeting 108 minutes

Present: Kevin, Stuart, Rolf, Andy

Apologies: Steve

Component updates

Steve reported the following:

Release: The server 4.9 has been released with its four authorization plugins.
"""

FR = """Compte rendu de la réunion du bureau

Présents : Marie, Paul, Hélène

Marie présente les points suivants :

Trésorerie : les comptes de l'association sont à l'équilibre pour cette année.
"""

LISTED = """Minuta de la reunión del equipo

Asistentes: Ana Gil, Luis Mora, Carmen Díaz

Ana Gil informó lo siguiente:

Presupuesto: El gasto del trimestre se mantiene dentro de lo previsto por el comité.

Luis Mora: No estoy de acuerdo con la manera en que se presentan estas cifras.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "acta.txt"), fragment)


def test_the_spanish_follow_up_verb_with_its_colon_names_the_reporter():
    assert _speaker(ES, "dio seguimiento a los acuerdos siguientes") == "El secretario"


def test_an_item_heading_read_as_a_label_is_the_reporters_item():
    assert _speaker(ITEM, "Se siguen realizando reuniones semanales") == "El secretario"


def test_an_unheaded_item_line_after_such_an_item_is_the_reporters():
    assert _speaker(ITEM, "Solicitud a la dirección de una guía") == "El secretario"


def test_the_records_impersonal_voice_inside_the_list_is_the_reporters():
    assert _speaker(ES, "Asimismo, se mencionó la posibilidad") == "El secretario"


def test_a_paragraph_after_the_records_voice_is_still_the_reporters():
    assert _speaker(ES, "se revisarán los proyectores") == "El secretario"


def test_the_next_numbered_item_ends_the_list():
    assert _speaker(ES, "Se propuso invitar a las coordinaciones") is None


def test_a_decision_ends_the_list():
    assert _speaker(ES, "Por unanimidad, se acordó consultar") is None


def test_an_english_report_of_the_following_gives_its_items_to_the_reporter():
    assert _speaker(EN, "The server 4.9 has been released") == "Steve"


def test_a_french_list_of_points_gives_its_items_to_the_reporter():
    assert _speaker(FR, "les comptes de l'association") == "Marie"


def test_a_label_naming_a_listed_person_inside_the_list_is_that_persons_turn():
    assert _speaker(LISTED, "No estoy de acuerdo con la manera") == "Luis Mora"


CLOSING = """ACTA DE LA REUNIÓN DEL CONSEJO

El secretario del Consejo informó que la próxima reunión ordinaria se realizará el 19 de febrero.

Siendo las 12:55 horas del día 29 de enero se da por concluida la reunión.
"""


def test_the_actas_closing_formula_is_nobodys():
    assert _speaker(CLOSING, "se da por concluida la reunión") is None


def test_the_sentence_before_the_closing_formula_keeps_its_speaker():
    assert _speaker(CLOSING, "la próxima reunión ordinaria") == "El secretario"


HEADED = """Meeting 108 minutes

Present: Kevin, Stuart, Rolf, Andy

Steve reported the following:

Release: The server 4.9 has been released with its four authorization plugins.

Next face to face meeting

It was agreed that the next meeting would most likely be hosted in October.
"""


def test_an_unnumbered_heading_line_ends_the_list():
    assert _speaker(HEADED, "the next meeting would most likely be hosted") is None
