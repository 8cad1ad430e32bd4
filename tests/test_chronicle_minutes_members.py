"""An assembly's minutes that list no one present and tell each member by the first name or handle: a one-word
heading over a list ("Necesitamos:", "Material:") and the field that counts who came ("N.º Asistentes: Unas 30
personas.") are no speaker labels; a member's speech is told with an object pronoun or a first verb before the speech
verb ("Marta nos ha hablado de…", "Berta quiere y propone…"), in the perfect ("- Hugo ha propuesto…"), with the verb first
("Comenta Tomás que…"), or right after the member's arrival with the subject unsaid ("Finalmente ha llegado Rosa. Ha
propuesto…"); the assembly's impersonal talk ("Se ha hablado de…") ends a turn; two people at once ("Laura y Eva nos
han contado…") and the impersonal "Se ha comentado…" after an arrival are no one's; in such minutes a line that opens in
the assembly's "we" ("Nos hemos ido a cenar.") ends the member's turn (where a list gives the members, the line goes on
with the member's words)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

LISTS = """ACTA DEL TALLER VECINAL
Sevilla, 3 de Marzo de 2021

N.º Asistentes: Unas 14 personas.

Nos hemos presentado y hemos repasado las tareas.

Material:

- Mesas y sillas para el patio.
- Una impresora vieja.

Necesitamos:

- Cables.
- Regletas.

Ya no necesitamos:

- Pintura.

Marta nos ha hablado de un huerto en la azotea.
"""

CHRONICLE = """ACTA DEL TALLER VECINAL
Sevilla, 10 de Marzo de 2021

Marta nos ha hablado de un huerto en la azotea. Le parece muy fácil de montar.

Se ha hablado de pedir permiso a la comunidad.

Comenta Tomás que ya tiene las semillas.

Berta quiere y propone hacer una jornada de puertas abiertas.

- Hugo ha propuesto pintar el mural del patio.

Laura y Eva nos han contado su experiencia con otro huerto.

Finalmente ha llegado Rosa. Ha propuesto traer tierra de su pueblo.

Se ha incorporado Iker. Se ha comentado que falta una llave.

Finalmente ha llegado Nerea. Ha propuesto algunas cosas para la semana que viene.
Nos hemos ido a cenar.
"""

LISTED = """ACTA DE LA JUNTA
Sevilla, 17 de Marzo de 2021

Asistentes: Nerea Gil, Tomás Ruiz, Berta Sanz

Nerea Gil ha propuesto algunas cosas para la semana que viene.
Hemos de revisar el presupuesto antes de votar.
"""


def _speaker(fragment: str, doc: str = CHRONICLE) -> str | None:
    return speaker_at(ingest_text(doc, "acta.txt"), fragment)


def test_a_heading_over_a_list_is_no_label():
    assert _speaker("Mesas y sillas para el patio", LISTS) is None


def test_the_count_of_who_came_is_no_speaker():
    assert "N.º Asistentes" not in [p.name for p in speakers_of(ingest_text(LISTS, "acta.txt"))]


def test_a_member_speaks_with_an_object_pronoun_before_the_verb():
    assert _speaker("nos ha hablado de un huerto", LISTS) == "Marta"


def test_the_impersonal_talk_ends_the_turn():
    assert _speaker("Se ha hablado de pedir permiso") is None


def test_the_verb_before_the_member():
    assert _speaker("ya tiene las semillas") == "Tomás"


def test_a_first_verb_and_a_conjunction_before_the_speech_verb():
    assert _speaker("hacer una jornada de puertas abiertas") == "Berta"


def test_the_spanish_perfect_of_a_speech_verb_after_a_bullet():
    assert _speaker("pintar el mural del patio") == "Hugo"


def test_two_people_at_once_are_no_one():
    assert _speaker("nos han contado su experiencia") not in ("Laura", "Eva", "Laura y Eva")


def test_the_newcomer_speaks_with_the_subject_unsaid():
    assert _speaker("traer tierra de su pueblo") == "Rosa"


def test_the_impersonal_after_an_arrival_is_no_ones():
    assert _speaker("falta una llave") is None


def test_a_line_in_the_assemblys_we_ends_the_turn():
    assert _speaker("Nos hemos ido a cenar") is None


def test_where_a_list_gives_the_members_a_line_in_we_goes_on():
    assert _speaker("Hemos de revisar el presupuesto", LISTED) == "Nerea Gil"
