"""Minutes that log who comes and goes with the clock ("21h25 - Départ de X", "8:15 pm – Jane Roe left the meeting",
"20:10 Se incorpora X"), or the close ("22h33 - Clôture de l'AG."): the note is the record's, not the words of the
member whose turn comes before it (`NARRATION_START` in `ingest.lexicon`)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Compte-rendu de l'assemblée générale de l'association

Présents : Anne Martin, Paul Girard, Lucie Faure

Anne : nous avons organisé trois rencontres cette année, avec une bonne participation des adhérents.

Paul : les comptes sont à l'équilibre et la cotisation ne change pas.

21h25 - Départ de Lucie Faure, il y a 2 participants.

Anne : je remercie tout le monde pour cette année.

Paul : la prochaine assemblée aura lieu en février.
"""

EN = """Minutes of the Riverside Allotment Society annual meeting

Present: Jane Roe, Bob Lane, Kim Stone

Jane: the water troughs will be reconnected once the frosts are over.

Bob: the new taps have been ordered from the supplier in town.

8:15 pm Kim Stone left the meeting.

Jane: thanks to everyone for the work on the plots this year.

Bob: the next meeting is in March.
"""

ES = """Acta de la reunión de la asociación vecinal

Asistentes: Marta Ríos, Luis Gil, Ana Soto

Marta: hemos organizado tres jornadas de limpieza este año.

Luis: las cuentas están equilibradas y la cuota no cambia.

20:10 Se incorpora Ana Soto.

Marta: gracias a todos por el trabajo de este año.

Luis: la próxima reunión será en marzo.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_french_timed_departure_is_the_record():
    assert _speaker(FR, "Départ de Lucie Faure") is None


def test_french_timed_arrival_with_a_name_first_is_the_record():
    doc = FR.replace("21h25 - Départ de Lucie Faure, il y a 2 participants.", "19h54 Lucie Faure nous rejoint - il y a 3 participants")
    assert _speaker(doc, "Lucie Faure nous rejoint") is None


def test_french_timed_close_is_the_record():
    doc = FR + "\n22h33 - Clôture de l'AG.\n"
    assert _speaker(doc, "Clôture de l'AG") is None


def test_english_timed_departure_is_the_record():
    assert _speaker(EN, "Kim Stone left the meeting") is None


def test_spanish_timed_arrival_is_the_record():
    assert _speaker(ES, "Se incorpora Ana Soto") is None


def test_labelled_turns_around_the_note_keep_their_speakers():
    t = ingest_text(FR, "minutes.txt")
    assert "Paul" in (speaker_at(t, "les comptes sont à l'équilibre") or "")
    assert "Anne" in (speaker_at(t, "je remercie tout le monde") or "")


def test_a_time_in_the_speaker_s_own_sentence_stays_theirs():
    # near miss: a clock time that opens no note of coming or going ("18h30 nous avons commencé…")
    doc = FR.replace("les comptes sont à l'équilibre et la cotisation ne change pas.",
                     "les comptes sont à l'équilibre.\n\n18h30 serait une meilleure heure pour commencer la réunion.")
    assert "Paul" in (_speaker(doc, "serait une meilleure heure") or "")
