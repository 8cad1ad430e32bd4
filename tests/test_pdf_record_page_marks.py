"""Verbatim records taken from PDFs or from the Congressional Record's text: a page mark amid a turn ("[[Page
S5572]]", a page's number alone over its indented first line) is layout, and a deputy's "Señor presidente:" opening
the words addresses the chair: none of these ends the turn or names a speaker."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SENATE = """  The PRESIDING OFFICER. The Senator from Vermont is recognized.
  Mr. LEAHY. Mr. President, today we are continuing to debate the
Republican leader's bid for one-party rule. Our time would be better
used on the price of gasoline, or the surplus that has now turned into the largest

[[Page S5572]]

budget deficit in the lifetime of anybody in this Chamber. These are
real problems.
  Mr. DORGAN. Mr. President, I thank my colleague from Vermont.
  Mr. LEAHY. Mr. President, I yield the floor.
"""

CAMARA = """SESIÓN ESPECIAL

Sr. Presidente (Menem).- Tiene la palabra la señora diputada Del Plá.
Sra. Del Plá.- Señor presidente: ¡Qué pronto todo! Es porque se quiere votar rápido.
Sr. Martínez (G.P.).- Señor presidente: solicité el uso de la palabra para pedir que las mociones sean
votadas en forma nominal.

5
 Sr. Presidente (Menem).- Solicito a los diputados y diputadas el asentimiento para la votación nominal.
Sra. Pokoik.- Señor presidente: en el mismo sentido, quiero decir algo.
 Señor presidente: cuando se restringe el acceso a determinados medios, se limita la posibilidad de preguntar.
"""


def test_a_congressional_record_page_mark_does_not_end_the_turn():
    assert speaker_at(ingest_text(SENATE, "crec.txt"), "budget deficit in the lifetime") == "Mr. LEAHY"


def test_a_page_number_over_an_indented_label_line_is_no_part_of_it():
    assert speaker_at(ingest_text(CAMARA, "sesion.txt"), "asentimiento para la votación") == "Menem"


def test_senor_presidente_opening_the_words_is_no_speaker():
    assert speaker_at(ingest_text(CAMARA, "sesion.txt"), "restringe el acceso") == "Sra. Pokoik"


def test_the_senates_chair_label_by_office_opens_a_turn():
    t = ingest_text(SENATE.replace("  Mr. DORGAN.", "  The PRESIDING OFFICER. There are still 4 minutes remaining.\n  Mr. DORGAN."), "crec.txt")
    assert speaker_at(t, "4 minutes remaining") == "Presiding Officer"


def test_the_president_pro_tempore_label_opens_a_turn():
    t = ingest_text(SENATE.replace("  Mr. DORGAN.", "  The PRESIDENT pro tempore. The Senator from Texas is recognized.\n  Mr. DORGAN."), "crec.txt")
    assert speaker_at(t, "Senator from Texas is recognized").lower() == "president pro tempore"


def test_a_hyphen_led_note_in_a_record_of_dot_dash_turns_is_the_stenographers():
    record = CAMARA.replace("Sra. Pokoik.-", "- Ocupa la Presidencia el señor vicepresidente 2°, doctor Luis Petri.\nSra. Pokoik.-")
    assert speaker_at(ingest_text(record, "sesion.txt"), "Ocupa la Presidencia") is None


def test_a_hyphen_bullet_in_notes_stays_the_speakers():
    notes = "Notas\n\nAna: empezamos.\n- Propone revisar el presupuesto.\nLuis: de acuerdo.\nAna: seguimos.\n"
    assert speaker_at(ingest_text(notes, "notas.txt"), "revisar el presupuesto") == "Ana"
