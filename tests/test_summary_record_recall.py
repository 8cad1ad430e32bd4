"""A summary record in reported speech told in the present (a UN compte rendu analytique): "appelle l'attention"
opens a turn; the speaker named again as the subject of something not a speech verb ("M. X ne peut citer aucun
chiffre") goes on with his own answer; "On notera que…" is a remark inside the answer, not the meeting's; and a
question in the perfect ("M. Y a demandé si…") inside X's answer recalls Y's earlier question, so the answer stays
X's. Near misses: a record told in the passé composé, where "M. Y a demandé si" is Y's own turn, and "On note que",
still the meeting's. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CRA = """COMPTE RENDU ANALYTIQUE DE LA 12e SEANCE

1. M. BERG (Norvège) appelle tout d'abord l'attention du Comité sur le rapport complémentaire.

2. M. Berg s'efforcera de répondre aux questions posées à la séance précédente. La première concernait la détention provisoire.

3. M. Tanaka a demandé si la loi norvégienne punit la torture. C'est bien le cas depuis 1994. On notera par ailleurs qu'une loi nouvelle est en préparation.

4. M. Berg ne peut citer aucun chiffre sur le nombre de cas, car ces données sont confidentielles.

5. M. TANAKA souhaite savoir si la Convention prime la loi nationale.

6. M. BERG (Norvège) précise que la Convention ne prime pas la loi nationale.
"""

PV = """Procès-verbal du conseil municipal du 3 mars

Présents : M. Martin, Mme Roux, M. Petit.

M. Martin a présenté le budget primitif de la commune. Les dépenses de voirie ont augmenté. Mme Roux prépare le dossier de subvention.

M. Petit a demandé si les travaux de l'école seraient terminés avant l'été. Il a ajouté que les parents s'inquiètent.

Mme Roux a répondu que le chantier suivait son calendrier.

On note que le devis reste inchangé.
"""


@pytest.fixture(scope="module")
def cra():
    return ingest_text(CRA, "cra.txt")


@pytest.fixture(scope="module")
def pv():
    return ingest_text(PV, "pv.txt")


def test_appelle_l_attention_opens_a_turn(cra):
    assert _speaker(cra, "appelle tout d'abord") == "BERG"


def test_speaker_named_again_without_a_speech_verb_goes_on(cra):
    assert _speaker(cra, "La première concernait") == "BERG"


def test_speaker_who_cannot_cite_figures_is_still_answering(cra):
    assert _speaker(cra, "ne peut citer aucun chiffre") == "BERG"


def test_answer_after_a_recalled_question_stays_the_answerers(cra):
    assert _speaker(cra, "C'est bien le cas depuis 1994") == "BERG"


def test_on_notera_is_a_remark_inside_the_answer(cra):
    assert _speaker(cra, "On notera par ailleurs") == "BERG"


def test_the_asker_speaks_when_he_takes_the_floor_in_the_present(cra):
    assert _speaker(cra, "souhaite savoir si la Convention") == "TANAKA"


def test_the_recalled_asker_is_not_made_a_speaker_by_the_recall(cra):
    stats = {s.name: s.passages for s in speakers_of(cra, everyone=True)}
    assert _speaker(cra, "a demandé si la loi norvégienne") == "BERG" and "Tanaka" not in stats


def test_in_a_record_told_in_the_past_a_question_is_the_askers_turn(pv):
    assert _speaker(pv, "a demandé si les travaux") == "Petit"


def test_someone_else_acting_is_still_the_records(pv):
    assert _speaker(pv, "prépare le dossier de subvention") is None


def test_on_note_is_still_the_meetings(pv):
    assert _speaker(pv, "On note que le devis") is None
