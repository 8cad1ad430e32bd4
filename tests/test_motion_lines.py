"""Motion lines of minutes ("Proposed: Cllr. Stephen Keary", "Seconded by Ms. Roe", "Appuyé par Mme Roy", "Secundado
por: D. Juan Gil"): the record of a vote, not anyone's words, so neither the last speaker's turn running on nor a
person named "Seconded"; the proposer speaks only where the text makes them speak. A label of a person whose name
only starts like the word ("Moveda: …") is still a label."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

EN = """Minutes of the meeting of the Housing Committee

Present: Ms. Sarah Kiely, Mr. Stephen Keary, Mr. Rob Lowth

Item 1: Matters arising

Mr. Lowth noted that the inspection process has been amended since the spring.

Proposed: Mr. Keary, who had raised the matter at the last meeting

Seconded:

Ms. Kiely
"""

FR = """Compte rendu de la réunion du bureau

Présents : M. Paul Dupont, Mme Anne Roy, M. Jean Petit

M. Petit indique que le budget de l'année reste dans les limites prévues.

Appuyé par Mme Roy, qui rappelle que le budget a été voté en mars.
"""

ES = """Acta de la reunión de la junta

Asistentes: D. Juan Gil, Dña. Ana Ruiz, D. Pedro Sanz

D. Pedro Sanz informa que el gasto del trimestre se mantiene dentro de lo previsto.

Secundado por: Dña. Ana Ruiz, que recuerda que el acta ya se había enviado a todos.
"""

LABEL = """Release call

Moveda: I think the release can go out on Friday after the last review.

Tom: Fine with me, as long as the notes are ready by then.

Moveda: They will be, I am writing them this afternoon.

Tom: Then Friday it is, thanks everyone for joining.
"""


def test_an_english_proposer_line_does_not_run_on_the_last_turn():
    assert speaker_at(ingest_text(EN, "minutes.txt"), "who had raised the matter") is None


def test_a_seconder_alone_on_the_line_is_no_person():
    assert "Seconded" not in [s.name for s in speakers_of(ingest_text(EN, "minutes.txt"))]


def test_a_french_seconder_line_is_nobody_s_words():
    assert speaker_at(ingest_text(FR, "cr.txt"), "Appuyé par") is None


def test_a_spanish_seconder_line_is_nobody_s_words():
    assert speaker_at(ingest_text(ES, "acta.txt"), "Secundado por") is None


def test_a_label_that_only_starts_like_the_word_is_still_a_label():
    assert speaker_at(ingest_text(LABEL, "notes.txt"), "release can go out") == "Moveda"
