"""A parliament's record that heads each turn with the member's name alone on its line, the chair's role line written
again and again (a European Parliament sitting): a member heard once is a turn when the name line gives the office
they speak in ("Roth-Behrendt, presidente de la Comisión…"),
when the surname opens with its particle ("de Gaulle"), and when the words open by addressing the chair after the
capacity they speak in ("ponente . – Señora Presidenta, …"); the chair's words opening on a member's name ("Señor
Goebbels, su cuestión…") address that member and do not make him the chair. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SITTING = """Presidenta
Se reanuda la sesión del Parlamento Europeo interrumpida el viernes 6 de octubre de 2000.

Speroni
Señora Presidenta, en las Actas de la sesión del viernes no figura mi intervención sobre el orden del día.

Presidenta
Gracias, señor Speroni, se corregirá el Acta de la sesión en ese punto.

Goebbels
Señora Presidenta, quisiera plantear una cuestión de orden sobre el calendario de esta semana.

Presidenta
Señor Goebbels, su cuestión no es una cuestión de orden según el Reglamento.

Lannoye
Señora Presidenta, pido el aplazamiento del informe sobre los organismos modificados genéticamente.

Presidenta
¿Alguien desea intervenir a favor de esa solicitud?

Roth-Behrendt, presidente de la Comisión de Medio Ambiente, Salud Pública y Política del Consumidor
Como hemos dicho ya varias veces a la ponente y a la Asamblea, existe una importante legislación sobre esta materia.

Presidenta
Vamos ahora a escuchar a la ponente, la Sra. Klass, quien está en contra del aplazamiento.

Klaß
ponente . – Señora Presidenta, estoy en contra del aplazamiento del informe y me pregunto cuál es la forma de trabajo.

Presidenta
Doy la palabra a la Sra. Ana Palacio Vallelersundi para que nos dé su opinión.

Palacio Vallelersundi, Presidenta de la Comisión de Asuntos Jurídicos y Mercado Interior
Señora Presidenta, la Comisión de Asuntos Jurídicos, tras deliberar en la sesión de mayo, acordó recomendar la suspensión.

Presidenta
Tiene la palabra el señor de Gaulle.

de Gaulle
Señora Presidenta, me sorprende a pesar de todo que la Comisión de Asuntos Jurídicos no aborde la cuestión del mandato.

Presidenta
Muchas gracias, señor de Gaulle.
"""


def test_a_name_line_with_its_office_is_a_turn():
    t = ingest_text(SITTING, "pleno.txt")
    assert speaker_at(t, "existe una importante legislación") == "Roth-Behrendt"


def test_a_surname_opening_with_its_particle_is_a_turn():
    t = ingest_text(SITTING, "pleno.txt")
    assert speaker_at(t, "me sorprende a pesar de todo") == "de Gaulle"


def test_the_capacity_before_the_address_to_the_chair():
    t = ingest_text(SITTING, "pleno.txt")
    assert speaker_at(t, "estoy en contra del aplazamiento") == "Klaß"


def test_the_chair_addressing_a_member_is_still_the_chair():
    t = ingest_text(SITTING, "pleno.txt")
    assert speaker_at(t, "su cuestión no es una cuestión de orden") == "Presidenta"
