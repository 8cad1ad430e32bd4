"""Board minutes of small associations call members by a nickname cut from their given names ("Juanlu" for Juan
Luis Cano, "Mai" for Maite Giménez) once the attendance list has named them in full: the nickname before its speech
verb is that member. Each test on a small text written for it (one behaviour per test; the real documents are in
evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import given_name_nick
from quidit.ingest.records import Participant

ACTA = ("Acta de la Junta Directiva\n\nAsisten los miembros de la Junta Directiva por medios telemáticos:\n"
        "Juan Luis Cano\nMaite Giménez\nMario Corchero\nMarcos Gabarda\n\n1. Socios\n\n"
        "Se aprueba la renovación de los socios.\n\n{para}\n\nSe acuerda hacer una reunión monográfica.\n")


def _people(*names):
    return [Participant(name=n, in_roster=True, session_role=None) for n in names]


def test_nickname_of_two_given_names_speaks():
    t = ingest_text(ACTA.format(para="Juanlu comenta la disyuntiva de los socios locales y nacionales."), "acta.txt")
    assert speaker_at(t, "Juanlu comenta") == "Juan Luis Cano"


def test_nickname_with_a_clitic_before_its_verb_speaks():
    t = ingest_text(ACTA.format(para="Mai nos informa de que el acta está enviada al ministerio."), "acta.txt")
    assert speaker_at(t, "Mai nos informa") == "Maite Giménez"


def test_ambiguous_prefix_is_nobody():
    # near miss: "Mar" starts both Mario and Marcos
    assert given_name_nick("Mar", _people("Mario Corchero", "Marcos Gabarda")) is None


def test_whole_first_name_is_not_a_nickname():
    # near miss: "Mario" is a name of the list, not a cut-down one (resolve reads it)
    assert given_name_nick("Mario", _people("Mario Corchero", "Marcos Gabarda")) is None


def test_nickname_away_from_its_verb_does_not_speak():
    # near miss: the nickname is only named ("Con Mai" is a complement), nobody speaks
    t = ingest_text(ACTA.format(para="Con Mai se revisan las cuentas pendientes del trimestre anterior."), "acta.txt")
    assert speaker_at(t, "Con Mai") is None


def test_attendance_heading_with_body_and_means_opens_the_list():
    # "Asisten los miembros de la Junta Directiva por medios telemáticos:" then one name a line
    t = ingest_text(ACTA.format(para="Se habla de la contabilidad."), "acta.txt")
    assert {"Juan Luis Cano", "Marcos Gabarda"} <= {p.name for p in t.participants}
