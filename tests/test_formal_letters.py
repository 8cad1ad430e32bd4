"""A formal letter pasted into minutes, opening on an address block that ends "P R E S E N T E" and signed in
capitals under its sign-off, the place and date and a motto: its body is the signer's; the address block and the
signature are nobody's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """ACTA DE LA SESIÓN DEL CONSEJO

Siendo las 17:00 horas se reunieron los integrantes del Consejo.

El Dr. Mario Ruiz Soto agradeció la presentación del informe.

Se levantó la sesión a las 19:00 horas.

DR. ISMAEL RODRÍGUEZ HERRERA
DIRECTOR GENERAL DE DIFUSIÓN
P R E S E N T E:

Por medio del presente, me dirijo a Usted para solicitar un espacio en la programación de la emisora.

Agradeciendo de antemano la atención que se sirvan brindar a esta petición, quedo a la espera de su respuesta.

ATENTAMENTE
Aguascalientes, Ags., a 03 de marzo de 2020
“SE LUMEN PROFERRE”

M. N. y F. JORGE SILVA ROBLES
JEFE DEL DEPARTAMENTO DE CONTADURÍA
"""


def test_the_letters_body_is_the_signers():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "Por medio del presente, me dirijo") == "Jorge Silva Robles"


def test_the_letters_closing_sentence_is_the_signers():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "quedo a la espera de su respuesta") == "Jorge Silva Robles"


def test_the_address_block_is_nobodys():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "P R E S E N T E") is None


def test_the_minutes_before_the_letter_keep_their_speaker():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "agradeció la presentación") == "Mario Ruiz Soto"
