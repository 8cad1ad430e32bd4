"""Minutes whose PDF text came out as one line: the attendance heading mid-line ("ABSENTS EXCUSES : M. X, …") and an
item's number ("DM N°1 SSIAD") are nobody's names, and the conditional of a request ("Monsieur X souhaiterait avoir
un retour…") is a speech verb like its present."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = ("Compte rendu du Conseil d’Administration Du 5 mars 2021 ETAIENT PRESENTS : Mme Odile FERRAND, M. Paul "
          "GIRAUD, Mme Nadia KHELIF. ABSENTS EXCUSES : M. Henri LAMBERT, Mme Rose VIDAL. 1– Approbation du compte "
          "rendu de la séance du 2 février 2021 Le point est adopté à l’unanimité. 2 – DM N°1 SSIAD Madame la "
          "Présidente expose le rapport de présentation. Madame Nadia KHELIF demande si le budget suffit. Madame la "
          "Présidente indique que oui. Monsieur Paul GIRAUD souhaiterait avoir un retour des usagers sur le service. "
          "Madame Odile FERRAND indique qu’un questionnaire est transmis chaque année. Le point est adopté à "
          "l’unanimité.")


def people(t):
    return {p.name for p in t.participants}


def test_a_mid_line_attendance_heading_is_nobody():
    t = ingest_text(RECORD, "cr.txt")
    assert not any("ABSENTS" in name for name in people(t))


def test_the_excused_list_is_nobody_s_words():
    t = ingest_text(RECORD, "cr.txt")
    assert speaker_at(t, "ABSENTS EXCUSES") is None


def test_an_item_number_is_no_name():
    t = ingest_text(RECORD, "cr.txt")
    assert "DM N" not in people(t)


def test_a_conditional_request_is_the_member_s():
    t = ingest_text(RECORD, "cr.txt")
    assert speaker_at(t, "souhaiterait avoir un retour") == "Paul GIRAUD"


WORKSHOP = """Atelier 2. Maîtrise du foncier

Claire Dumas ouvre l’atelier et présente les pistes de la précédente journée.

Constats :
- une inadéquation entre l’offre et la demande de terres
- des chiffres de la souveraineté alimentaire très faibles

Analyses :
- se servir de ce qui a marché

Déroulé :
- accueil des participants, puis tour de table
"""


def test_a_workshop_s_part_headings_are_nobody():
    t = ingest_text(WORKSHOP, "atelier.txt")
    assert not {"Constats", "Analyses", "Déroulé"} & {p.name for p in t.participants}



ORDER_OF_THE_DAY = """DIARIO DE SESIONES DEL CONGRESO DE LOS DIPUTADOS

PRESIDENTE:
Se abre la sesión. Señorías, guardaremos un minuto de silencio.
Muchas gracias.

POSPOSICIÓN DEL DEBATE CORRESPONDIENTE A LOS SIGUIENTES PUNTOS
TOMA EN CONSIDERACIÓN DE PROPOSICIONES DE LEY:
- DEL GRUPO PARLAMENTARIO SOCIALISTA, ORGÁNICA DE REFORMA DEL CÓDIGO PENAL. (Número de expediente 122/000112).

PREGUNTAS:
INTERPELACIONES URGENTES:
- DEL GRUPO PARLAMENTARIO MIXTO (SEÑORA GIL), SOBRE LA POLÍTICA DE VIVIENDA. (Número de expediente 172/000298).

PRESIDENTE:
Vamos a tratar el primer punto del orden del día. Tiene la palabra la señora Gil.

GIL RUIZ:
Gracias, señor presidente. Traemos hoy una proposición sobre la vivienda.
"""


def test_a_heading_in_capitals_ends_the_chair_s_turn():
    t = ingest_text(ORDER_OF_THE_DAY, "diario.txt")
    assert speaker_at(t, "ORGÁNICA DE REFORMA DEL CÓDIGO PENAL") is None

