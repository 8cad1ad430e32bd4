"""A research interview filled into its protocol keeps the guide's lines between the turns: section headings
("SECCIÓN A: …"), the guide's fields ("Objetivo: …", "Indicadores: …"), the researcher's notes in a bracketed field
("[NOTAS DE OBSERVACIÓN]: …") and the follow-up questions with a check box ("PROBE aplicado (si/no): [x] ¿…?"). They
are the record's, never anyone's words. Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

ES = """SECCIÓN B: TRAYECTORIA PROFESIONAL (5 minutos)

Objetivo: Comprender cómo llegó la participante a su oficio actual

Indicadores: Formación, primeros encargos, redes de contacto

ENTREVISTADOR: ¿Cómo empezó a trabajar como ilustradora de libros infantiles?

E2: [ríe] Empecé dibujando para mis sobrinos cuando era muy joven. Después una editorial pequeña me pidió unas portadas.

[NOTAS DE OBSERVACIÓN]: sonríe al recordarlo. La participante parece cómoda con la pregunta.

PROBE aplicado (si/no): [x] ¿Quién le dio su primer encargo profesional?

E2 (probe): Fue una editorial de Córdoba que buscaba ilustradoras nuevas para una colección.

PROBE aplicado (si/no): [ ] ¿Cuánto tiempo tardó en vivir de la ilustración?

SECCIÓN C: MATERIALES

ENTREVISTADOR: ¿Qué materiales usa para trabajar cada día?

E2: Casi siempre acuarela y lápiz sobre papel grueso. Lo digital lo uso solo para corregir colores al final.
"""

EN = """Section B: Background

Objective: Understand how the participant came to nursing

Interviewer: How did you come to work on this ward?

P2: I moved here from a surgical ward about six years ago. The hours suited my family better.

[Observation notes]: long pause before answering. She looks at the window while talking.

Follow-up asked (y/n): [ ] Did you ever think of leaving nursing altogether?

Interviewer: What do you like most about the night shifts?

P2: The quiet, mostly. You get to know the patients in a different way at night.
"""


def test_a_section_heading_of_the_protocol_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "SECCIÓN B: TRAYECTORIA") is None


def test_the_guides_objective_line_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Comprender cómo llegó") is None


def test_protocol_fields_are_not_listed_as_speakers():
    t = ingest_text(ES, "es.txt")
    assert not {"Objetivo", "Indicadores", "Sección B", "Sección C"} & {st.name for st in speakers_of(t)}


def test_a_bracketed_observation_note_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "sonríe al recordarlo") is None


def test_the_sentence_after_the_note_on_its_line_is_nobodys_too():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "La participante parece cómoda") is None


def test_a_bracketed_remark_opening_an_answer_stays_the_speakers():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Empecé dibujando para mis sobrinos") == "E2"


def test_a_ticked_follow_up_question_of_the_form_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Quién le dio su primer encargo") is None


def test_an_unticked_follow_up_question_of_the_form_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Cuánto tiempo tardó") is None


def test_the_answer_after_the_form_line_is_the_participants():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Fue una editorial de Córdoba") == "E2"


def test_an_english_observation_note_is_nobodys():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "She looks at the window") is None


def test_an_english_check_box_field_is_nobodys():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "Did you ever think of leaving") is None


def test_an_english_objective_line_is_nobodys():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "Understand how the participant came") is None
