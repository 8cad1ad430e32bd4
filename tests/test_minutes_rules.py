"""Meeting-minutes rules, each on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

CM = """Compte rendu du conseil municipal
Présents : MM. Paul DURAND, Jean MARTIN, Mmes Claire PETIT, Anne ROUX.
Excusée : Mme Lise BLANC.
Ouverture de la séance à 18h00 par monsieur le maire.
FINANCES – Tarifs publics locaux à compter du 1er janvier 2016
Monsieur le maire propose de ne pas modifier les tarifs appliqués en 2015.
Les tarifs liés au rouleau compresseur seront ôtés des tarifs publics.
Vote favorable et à l’unanimité des membres présents et représentés.
VOIRIE – Impasse des Vignes – DETR 2016
Le montant prévisionnel des travaux est estimé à 110 000 € HT.
Monsieur le maire propose un tour de table :
Claire PETIT : pas d’opposition sur le périmètre.
M. le maire : nous n’aurons pas d’éléments avant juin.
INFORMATIONS ET QUESTIONS DIVERSES
- Préfecture : mesures à mettre en œuvre suite aux attentats
- Préfecture : courrier du ministère
- Commune de Sisteron : cérémonie du 13 novembre
Séance close à 19h50.
Vu le maire, Le secrétaire de séance,
Paul DURAND. Jean MARTIN
"""


@pytest.fixture(scope="module")
def cm():
    return ingest_text(CM, "cm.txt")


def _speaker(t, fragment):
    return speaker_at(t, fragment)


@pytest.mark.parametrize("fragment", [
    "FINANCES – Tarifs publics locaux",
    "VOIRIE – Impasse des Vignes",
], ids=["domain-dash-title", "domain-dash-title-dash-code"])
def test_dash_agenda_heading_is_narration(cm, fragment):
    assert _speaker(cm, fragment) is None


def test_dash_agenda_heading_ends_the_turn(cm):
    """The sentence after an agenda heading without a cue is nobody's, not the previous speaker's."""
    assert _speaker(cm, "Le montant prévisionnel des travaux") is None


def test_role_speaker_tied_by_side_by_side_signature(cm):
    """"Vu le maire, Le secrétaire de séance," over "Paul DURAND. Jean MARTIN": the mayor is Paul DURAND."""
    assert _speaker(cm, "Monsieur le maire propose de ne pas modifier") == "Paul DURAND"


def test_report_goes_on_after_role_speaker(cm):
    assert _speaker(cm, "Les tarifs liés au rouleau compresseur") == "Paul DURAND"


def test_role_label_with_abbreviated_honorific(cm):
    assert _speaker(cm, "nous n’aurons pas d’éléments avant juin") == "Paul DURAND"


def test_plural_honorific_not_part_of_the_name(cm):
    """"Mmes Claire PETIT" in the attendance line is Claire PETIT."""
    assert _speaker(cm, "pas d’opposition sur le périmètre") == "Claire PETIT"


def test_capitals_line_is_an_agenda_heading(cm):
    assert _speaker(cm, "INFORMATIONS ET QUESTIONS DIVERSES") is None


@pytest.mark.parametrize("fragment", [
    "mesures à mettre en œuvre suite aux attentats",
    "cérémonie du 13 novembre",
], ids=["recurring-one-word-item", "organisation-item"])
def test_information_items_are_not_speakers(cm, fragment):
    assert _speaker(cm, fragment) is None
    assert not any(p.name in ("Préfecture", "Commune de Sisteron") for p in cm.participants)


ACTA = """ACTA DE LA SESIÓN ORDINARIA DEL PLENO.

SEÑORES ASISTENTES:
ALCALDE-PRESIDENTE:
SR. D. PEDRO RUIZ SOTO.
CONCEJALES:
DÑA. LUISA GIL MORA
DÑA. ANA PAZ LEÓN
D. JUAN VERA CANO
Preside el Sr. Alcalde-Presidente, D. Pedro Ruiz Soto.
ASUNTO I.- APROBACIÓN DEL PRESUPUESTO.
Se explica por el Sr. Alcalde el asunto a tratar.
PERSONAL:
EL 19,5% DE LOS PRESUPUESTOS SE DESTINA A PLANES DE EMPLEO.
• Plan empleo Local.
Interviene, Dª Luisa Gil Mora, portavoz del Grupo Municipal PP, preguntando por las multas.
A continuación el Sr. Alcalde da respuesta, indicando que los datos los maneja la Policía Local.
Seguidamente pregunta Dª Luisa Gil Mora, portavoz del Grupo Municipal PP, por el plan de inversiones.
Se responde por el Sr. Alcalde que no hay crédito.
ASUNTO II.- CONTROL DE ÓRGANOS DE GOBIERNO.
Se realizan las siguientes preguntas por el Sr. Concejal Dª Ana Paz León del Grupo Municipal PP, a la Sra. Dª Luisa Gil Mora:
1ª) ¿Por qué se ha cerrado la ludoteca?
A las 20.05 horas salen de la sesión plenaria Sra. Dª Luisa Gil Mora y D. Juan Vera Cano.
Se realizan las siguientes preguntas por la Sra. Portavoz Grupo Municipal PP, Dª Luisa Gil Mora al Sr. Alcalde:
1ª) ¿Cuándo termina el contrato de la piscina?
Y no siendo otros los asuntos a tratar, por el Sr. Alcalde-Presidente, se levanta la sesión siendo las 20.20 horas.
"""


@pytest.fixture(scope="module")
def acta():
    return ingest_text(ACTA, "acta.txt")


def test_capitals_word_label_written_in_lower_case_elsewhere_is_a_heading(acta):
    """"PERSONAL:" in the mayor's speech is a heading of it, not a speaker named Personal."""
    assert _speaker(acta, "Plan empleo Local") == "Pedro Ruiz Soto"
    assert not any(p.name.lower() == "personal" for p in acta.participants)


@pytest.mark.parametrize("fragment,who", [
    ("los datos los maneja la Policía Local", "Pedro Ruiz Soto"),
    ("por el plan de inversiones", "Luisa Gil Mora"),
], ids=["adverb-then-subject-gerund", "adverb-then-inverted-verb"])
def test_spanish_openers_after_an_adverb(acta, fragment, who):
    assert _speaker(acta, fragment) == who


@pytest.mark.parametrize("fragment,who", [
    ("¿Por qué se ha cerrado la ludoteca?", "Ana Paz León"),
    ("¿Cuándo termina el contrato de la piscina?", "Luisa Gil Mora"),
], ids=["office-title-then-honorific", "office-title-then-apposed-name"])
def test_questions_read_for_the_asker(acta, fragment, who):
    assert _speaker(acta, fragment) == who


@pytest.mark.parametrize("fragment", [
    "A las 20.05 horas salen de la sesión plenaria",
    "se levanta la sesión siendo las 20.20 horas",
], ids=["timed-departure", "closing-formula"])
def test_minutes_boilerplate_is_narration(acta, fragment):
    assert _speaker(acta, fragment) is None


BOARD = """Board Meeting Minutes: March 20, 2018
Officers:
Chair: Dana Ross
Vice Chair: Lee Park Secretary: Sam Doyle Executive Director: Ian Holt
ATTENDING
Lee Park
Ian Holt
Sam Doyle
Apologies in Advance: Dana Ross
Approval of January Minutes:
Moved to Approve: Lee Park Seconded: Sam Doyle
Board Elections Timeline
• Ian suggests the Board hold the election in May.
• Sam recommended that Board members read the policies.
Executive Director’s Written Report
I take this as confirmation that members want practical stories.
The Vienna meeting attracted around 80 attendees.
"""


@pytest.fixture(scope="module")
def board():
    return ingest_text(BOARD, "board.txt")


def test_officers_list_gives_titles(board):
    by = {p.name: p for p in board.participants if p.session_role != "absent"}
    assert by["Ian Holt"].role == "Executive Director"
    assert not any(p.name in ("Vice Chair", "Board Meeting Minutes") for p in board.participants)


@pytest.mark.parametrize("fragment,who", [
    ("Ian suggests the Board hold", "Ian Holt"),
    ("Sam recommended that Board members", "Sam Doyle"),
], ids=["first-name-suggests", "first-name-recommended"])
def test_listed_first_name_as_subject(board, fragment, who):
    assert _speaker(board, fragment) == who


@pytest.mark.parametrize("fragment", [
    "I take this as confirmation",
    "The Vienna meeting attracted around 80 attendees.",
], ids=["first-person", "third-person-item"])
def test_report_heading_gives_the_section_to_the_title_holder(board, fragment):
    assert _speaker(board, fragment) == "Ian Holt"


def test_title_case_line_is_an_agenda_heading(board):
    assert _speaker(board, "Board Elections Timeline") is None


def test_gold_snippet_over_a_new_sentence_boundary_is_scored_where_it_starts():
    """A hand label whose words now run over a heading the splitter cuts off still counts, on its first sentence."""
    from quidit.errors import InputError
    from quidit.evals.attribution import score_attribution
    t = ingest_text(CM, "cm.txt")
    over = {"source": "cm.txt", "text": "Tarifs publics locaux à compter du 1er janvier 2016 Monsieur le maire propose", "speaker": None}
    assert score_attribution([over], [t]).correct == 1
    with pytest.raises(InputError):
        score_attribution([{"source": "cm.txt", "text": "words nobody wrote in this file", "speaker": None}], [t])


NUMBERED = """Compte rendu du conseil municipal
Présents : MM. Paul DURAND, Jean MARTIN, Mme Claire PETIT.
Monsieur le maire ouvre la séance.
4-1 : VOIRIE – Travaux de la rue des Écoles
Les travaux commenceront en mars.
DE-2014/72 – Subvention au comité des fêtes
Mme Claire PETIT présente la demande du comité.
Elle rappelle que la fête aura lieu en juin.
3. FINANCES
Le budget est équilibré.

Ont signé :

Paul DURAND :
Jean MARTIN :
Claire PETIT :
"""


@pytest.fixture(scope="module")
def numbered():
    return ingest_text(NUMBERED, "numbered.txt")


@pytest.mark.parametrize("fragment", [
    "4-1 : VOIRIE – Travaux de la rue des Écoles",
    "Les travaux commenceront en mars.",
    "DE-2014/72 – Subvention au comité des fêtes",
    "FINANCES",
    "Le budget est équilibré.",
], ids=["two-level-number", "after-two-level", "deliberation-number", "plain-number-capitals", "after-plain-number"])
def test_numbered_agenda_items_are_headings_that_end_the_turn(numbered, fragment):
    assert _speaker(numbered, fragment) is None


def test_speaker_after_numbered_item(numbered):
    assert _speaker(numbered, "Elle rappelle que la fête aura lieu en juin.") == "Claire PETIT"


def test_signature_list_of_name_labels_is_not_turns(numbered):
    """"Paul DURAND :", "Jean MARTIN :", "Claire PETIT :" under "Ont signé :" say nothing."""
    ends = [s for s in numbered.sentences if "DURAND :" in numbered.text[s.start:s.end] or "MARTIN :" in
            numbered.text[s.start:s.end] or "PETIT :" in numbered.text[s.start:s.end]]
    assert len(ends) == 3 and all(s.speaker is None and s.cue.value == "narration" for s in ends)


def test_numbered_list_inside_a_speech_is_not_a_heading():
    t = ingest_text("Compte rendu du conseil municipal\nPrésents : M. Paul DURAND.\n"
                    "Monsieur Paul DURAND présente les objectifs :\n1 Continuer avec une bonne gestion\n"
                    "2. Fomenter l'emploi local\n", "list.txt")
    assert _speaker(t, "Fomenter l'emploi local") == "Paul DURAND"


def test_spanish_title_before_name_is_the_subject():
    t = ingest_text("Acta de la Comisión Directiva\nPresentes: Pandolfi Daniel, Andreatta Adrián.\n"
                    "1.- Informe de Tesorería\nEl Tesorero Adrián Andreatta informó que el balance cierra con superávit.\n",
                    "cd.txt")
    assert _speaker(t, "el balance cierra con superávit") == "Adrián Andreatta"  # (the list writes the surname first; the text shows the order)


URGENT = """ACTA DE LA SESIÓN ORDINARIA.

SEÑORES ASISTENTES:
ALCALDE-PRESIDENTE:
SR. D. PEDRO RUIZ SOTO.
CONCEJALES:
DÑA. LUISA GIL MORA
Preside el Sr. Alcalde-Presidente, D. Pedro Ruiz Soto y da fe del acto la Secretaria.
ASUNTO V.- ASUNTOS URGENTES.
Traigo aquí este punto porque creo que debemos debatirlo cara a cara.
Tiempo al tiempo.
Se realizan las siguientes preguntas por la Sra. Portavoz Grupo PP, Dª Luisa Gil Mora al Sr, Alcalde Presidente;
1ª) ¿Cuándo termina el contrato?
"""


@pytest.fixture(scope="module")
def urgent():
    return ingest_text(URGENT, "urgent.txt")


@pytest.mark.parametrize("fragment", ["Traigo aquí este punto", "Tiempo al tiempo."], ids=["first-person", "goes-on"])
def test_first_person_after_a_heading_is_the_presiding_person(urgent, fragment):
    assert _speaker(urgent, fragment) == "Pedro Ruiz Soto"


def test_addressing_the_mayor_does_not_make_one_mayor(urgent):
    """"Dª Luisa Gil Mora al Sr, Alcalde Presidente": she asks the mayor, she is not the mayor."""
    assert next(p for p in urgent.participants if p.name == "Luisa Gil Mora").session_role != "mayor"


def test_honorific_name_opening_a_line_after_a_table_is_the_subject():
    t = ingest_text("Compte rendu du conseil municipal\nPrésents : Mme Claire PETIT, M. Paul DURAND.\n"
                    "Total TTC\n342 240 €\nMadame Claire PETIT demande pourquoi le taux de TVA est à 20 %.\n", "tva.txt")
    assert _speaker(t, "demande pourquoi le taux de TVA") == "Claire PETIT"


def test_nem_con_approval_is_narration():
    t = ingest_text("Board Meeting Minutes\nAttending\nIan Holt\nSam Doyle\n\nBudget\n"
                    "Ian suggests a new budget process.\nApproved by the Board Nem con.\n", "nemcon.txt")
    assert _speaker(t, "Approved by the Board Nem con.") is None


ACTA_OFFICERS = """BORRADOR  ACTA  CERTIFICADA  DE  LA  SESIÓN  ORDINARIA,
CELEBRADA,  POR  EL  PLENO  DE  ESTE  AYUNTAMIENTO,  EL  DÍA
DOS DE MAYO DE DOS MIL VEINTICINCO.
SEÑORES ASISTENTES:
ALCALDE-PRESIDENTE:
SR. D. PEDRO GÓMEZ RUIZ.
CONCEJALES:
DÑA. ANA LÓPEZ DÍAZ
D. LUIS PARDO SOTO
SECRETARIA INTERVENTORA:
Dª ELENA VIDAL MORA
AUSENTES: NINGUNO
En la Casa Consistorial, siendo las 20.00 horas, concurrieron los Señores Concejales anteriormente expresados.
ASUNTO I.- RUEGOS Y PREGUNTAS.
Interviene Dª Ana López Díaz, preguntando por el estado de las obras de la calle Mayor.
Respuesta del Sr. Alcalde Presidente: 1ª) Que, las obras terminan en junio.
2ª) Que, la calle se abrirá al tráfico después.
Y no habiendo más asuntos se levanta la sesión.
   EL ALCALDE-PRESIDENTE
DOCUMENTO FIRMADO ELECTRÓNICAMENTE.
"""


@pytest.fixture(scope="module")
def acta_officers():
    return ingest_text(ACTA_OFFICERS, "acta-officers.txt")


@pytest.mark.parametrize("fragment,who", [
    ("Respuesta del Sr. Alcalde Presidente", "Pedro Gómez Ruiz"),
    ("la calle se abrirá al tráfico", "Pedro Gómez Ruiz"),
    ("SECRETARIA INTERVENTORA", None),
], ids=["double-title-role-resolves-to-mayor", "role-answer-goes-on", "officer-heading-in-attendance-is-not-speech"])
def test_acta_speakers(acta_officers, fragment, who):
    assert _speaker(acta_officers, fragment) == who


def test_signature_under_a_held_role_adds_nobody(acta_officers):
    from quidit.ingest.pipeline import speakers_of

    assert not any("FIRMADO" in p.name.upper() for p in acta_officers.participants)
    assert [s.name for s in speakers_of(acta_officers)] == ["Pedro Gómez Ruiz", "Ana López Díaz"]


@pytest.mark.parametrize("title,role", [("ALCALDE-PRESIDENTE", "mayor"), ("Alcalde Presidente", "mayor"),
                                        ("SECRETARIA INTERVENTORA", "secretary")],
                         ids=["hyphenated", "spaced", "secretary-auditor"])
def test_spanish_double_titles_are_roles(title, role):
    from quidit.ingest.lexicon import role_of

    assert role_of(title).value == role


VOTE_TALLY = """Compte rendu du conseil municipal
Présents : MM. Paul DURAND, Jean MARTIN, Mmes Claire PETIT, Anne ROUX.
Monsieur le maire propose Madame PETIT comme présidente de séance. Monsieur MARTIN se déclare également candidat.
Madame PETIT : 8 voix.
Monsieur MARTIN : 7 voix.
Madame PETIT est élue.
"""


@pytest.mark.parametrize("fragment", ["Madame PETIT : 8 voix", "Monsieur MARTIN : 7 voix"], ids=["first-tally", "second-tally"])
def test_vote_tally_under_a_name_is_narration(fragment):
    assert _speaker(ingest_text(VOTE_TALLY, "tally.txt"), fragment) is None


# An association's assembly written as turns opened by "Toma la palabra el <title> <Name>:" (no participants list,
# names in ordinary case, a membership number after a member's name).
ASAMBLEA = """ASAMBLEA ORDINARIA DEL 3 DE MAYO DE 2021
Siendo las 10 horas se da inicio a la Asamblea con 120 asociados presentes.
Toma la palabra la secretaria Lucía Ferreyra:
Buenos días, el único punto es la aprobación del balance del ejercicio.
Toma la palabra el socio Tomás Aguirre PV 001234:
¿Por qué aumentaron tanto los gastos de mantenimiento este año?
Retoma la palabra la secretaria Lucía Ferreyra:
Los gastos aumentaron porque se repararon los techos del gimnasio.
Retoma la palabra el socio Tomás Aguirre:
Entonces pido que se presenten las facturas de esas obras.
"""


@pytest.fixture(scope="module")
def asamblea():
    return ingest_text(ASAMBLEA, "asamblea.txt")


def test_toma_la_palabra_with_a_lowercase_title_names_the_speaker(asamblea):
    assert _speaker(asamblea, "el único punto es la aprobación") == "Lucía Ferreyra"


def test_retoma_la_palabra_hands_the_turn_back(asamblea):
    assert _speaker(asamblea, "Los gastos aumentaron porque") == "Lucía Ferreyra"


def test_membership_number_is_not_part_of_the_name(asamblea):
    assert _speaker(asamblea, "aumentaron tanto los gastos") == "Tomás Aguirre"


def test_same_member_without_number_is_the_same_person(asamblea):
    assert _speaker(asamblea, "pido que se presenten las facturas") == "Tomás Aguirre"


def test_title_before_a_name_adds_no_role_only_speaker(asamblea):
    from quidit.ingest.pipeline import speakers_of
    assert sorted(s.name for s in speakers_of(asamblea)) == ["Lucía Ferreyra", "Tomás Aguirre"]


def test_opening_narration_has_no_speaker(asamblea):
    assert _speaker(asamblea, "se da inicio a la Asamblea") is None


# Board minutes in reported prose: each item reported as "El <Cargo> <Nombre> informó que…" (no participants list).
COMISION = """ACTA N° 7 DE LA COMISIÓN DIRECTIVA
Se reúne la Comisión Directiva a las 19 horas.
Informe de Tesorería.
El Tesorero Martín Ríos informó que el saldo de caja es de 200.000 pesos.
Agregó que se pagaron todas las facturas del mes.
La Presidenta Laura Gómez propone contratar a una empresa para pintar el salón.
Ella señaló que el presupuesto alcanza.
"""


@pytest.fixture(scope="module")
def comision():
    return ingest_text(COMISION, "comision.txt")


@pytest.mark.parametrize("fragment, who", [
    ("El Tesorero Martín Ríos informó", "Martín Ríos"),
    ("La Presidenta Laura Gómez propone", "Laura Gómez"),
], ids=["masculine-title", "feminine-title"])
def test_title_then_name_then_speech_verb_names_the_speaker(comision, fragment, who):
    assert _speaker(comision, fragment) == who


def test_capitalised_article_is_not_the_pronoun_el(comision):
    """"El Tesorero …" at the start of a sentence is an article, not the anaphora "Él"."""
    assert _speaker(comision, "Se reúne la Comisión Directiva") is None
    assert _speaker(comision, "El Tesorero Martín Ríos") != "Laura Gómez"


def test_title_gives_the_new_person_a_gender_for_anaphora(comision):
    assert _speaker(comision, "Ella señaló que el presupuesto alcanza") == "Laura Gómez"



# A municipal council session record with verbatim labels ("SR. ALCALDE:", "CONCEJAL SOTO:"); who presides and
# who attends is said in prose paragraphs.
SESION = """SESIÓN ORDINARIA N° 45 DEL CONCEJO MUNICIPAL

Preside el Alcalde don Jorge Tapia Muñoz.

Asisten los concejales señora Carmen Rojas Díaz, señor Luis Soto Pérez y señor Raúl Vega Mora.

SR. ALCALDE: Buenas tardes, en nombre de Dios damos inicio a la sesión.
CONCEJAL SOTO: Gracias alcalde, quiero consultar por el estado de la plaza.
SR. ALCALDE: La plaza se termina en abril, concejal.
CONCEJALA ROJAS: Yo pido que se informe por escrito.

Actúa como ministro de fe la Secretaria Municipal señora Paula Lagos.

SRA. SECRETARIA MUNICIPAL: Se somete a votación el acta anterior.
"""


@pytest.fixture(scope="module")
def sesion():
    return ingest_text(SESION, "sesion.txt")


def test_role_then_honorific_then_name_ties_the_role_without_a_comma(sesion):
    """"Preside el Alcalde don Jorge Tapia Muñoz": the SR. ALCALDE label is him."""
    assert _speaker(sesion, "damos inicio a la sesión") == "Jorge Tapia Muñoz"


def test_asisten_los_concejales_in_prose_is_an_attendance_list(sesion):
    from quidit.ingest.pipeline import speakers_of
    assert {"Carmen Rojas Díaz", "Luis Soto Pérez"} <= {s.name for s in speakers_of(sesion)}


@pytest.mark.parametrize("fragment, who", [
    ("quiero consultar por el estado de la plaza", "Luis Soto Pérez"),
    ("Yo pido que se informe por escrito", "Carmen Rojas Díaz"),
], ids=["concejal", "concejala"])
def test_office_and_surname_label_is_the_listed_councillor(sesion, fragment, who):
    assert _speaker(sesion, fragment) == who


def test_attendance_paragraph_is_not_speech(sesion):
    assert _speaker(sesion, "Asisten los concejales") is None


# Board minutes with numbered item titles ending in a full stop and a signature block that stacks each name over
# its role.
PUNTOS = """ACTA N° 3 DE LA COMISIÓN DIRECTIVA

1. Informe de Tesorería.
El Tesorero Martín Ríos informó que el saldo de caja es de 200.000 pesos.
2. Obras en la sede.
El Presidente propone contratar a una empresa para pintar el salón.
3. El Tesorero Martín Ríos informa que la empresa cobra 50.000 pesos.
4. Varios.
No habiendo más temas que tratar, se levanta la sesión.

Laura GÓMEZ
Presidenta
Ana VERA
Secretaria
"""


@pytest.fixture(scope="module")
def puntos():
    return ingest_text(PUNTOS, "puntos.txt")


@pytest.mark.parametrize("fragment", ["Obras en la sede", "Varios"], ids=["title", "one-word"])
def test_short_numbered_title_with_full_stop_is_narration(puntos, fragment):
    assert _speaker(puntos, fragment) is None


def test_numbered_line_with_a_speech_verb_is_not_a_title(puntos):
    assert _speaker(puntos, "la empresa cobra 50.000 pesos") == "Martín Ríos"


def test_signature_name_over_role_ties_the_role(puntos):
    assert _speaker(puntos, "El Presidente propone contratar") == "Laura GÓMEZ"


def test_signature_roles_over_names_still_tie():
    t = ingest_text("Compte rendu.\nMonsieur le maire propose de voter le budget.\n\nLe Maire,\nDaniel JUGY\n"
                    "Le secrétaire de séance,\nPhilippe POULEAU\n", "cr.txt")
    assert _speaker(t, "propose de voter le budget") == "Daniel JUGY"


def test_secretaria_municipal_label_is_the_secretary_the_text_names(sesion):
    """"la Secretaria Municipal señora Paula Lagos": the SRA. SECRETARIA MUNICIPAL label is her."""
    assert _speaker(sesion, "Se somete a votación el acta anterior") == "Paula Lagos"


# A regional council's special session: a Locutor introduces the speakers; labels give titles only.
CORE = """SESIÓN ESPECIAL DEL CONSEJO REGIONAL

Locutor: A continuación, las palabras del Presidente del Consejo Regional, señor Juan Pérez Soto.

Sr. Presidente del Consejo: "Estimados consejeros y consejeras, hoy es un día importante para nuestra región."

Sr. Gobernador Regional: "Sí, juro desempeñar fielmente el cargo."
"""


@pytest.fixture(scope="module")
def core():
    return ingest_text(CORE, "core.txt")


def test_title_only_label_is_the_person_the_text_gives_that_title(core):
    assert _speaker(core, "hoy es un día importante para nuestra región") == "Juan Pérez Soto"


def test_title_label_the_text_never_ties_stays_the_title(core):
    assert _speaker(core, "juro desempeñar fielmente el cargo") == "Gobernador Regional"
