"""Minutes typed in org-mode and exported: a task heading carries its tags at the end of the line, set apart by spaces
("remeras     :valeriabuyatti:", "FA CAFF     :diego:"). The tags name who takes the task on; the line is a heading
of the record, not a speaker label, and the note under it is nobody's words. Each test on a small text written for
it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TASKS = """Reunión de la comisión

acciones

FA CAFF     :diego:

va a hablar con la federación, a priori todo bien.

remeras     :ana:bea:

estampados en la feria del sábado.

charla

ana: propongo armar una milonga en la plaza.

bea: estoy de acuerdo, la armamos el viernes.

ana: entonces lo anuncio en la lista.

bea: yo llevo el sonido y las banderas.

Mara Bos: the release is out   :tada:
"""


def test_capitals_heading_with_org_tags_is_no_speaker():
    t = ingest_text(TASKS, "minutas.txt")
    assert speaker_at(t, "va a hablar con la federación") is None


def test_lower_case_heading_with_several_org_tags_is_no_turn():
    t = ingest_text(TASKS, "minutas.txt")
    assert speaker_at(t, "estampados en la feria") is None


def test_a_turn_ending_with_an_emoji_code_stays_the_speakers():
    # near miss: "Mara Bos: … :tada:" has a label before the spaces and the tag-like word: a turn, not a heading
    t = ingest_text(TASKS, "minutas.txt")
    assert speaker_at(t, "the release is out") == "Mara Bos"
