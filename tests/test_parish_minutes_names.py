"""English parish-council minutes: an initial before a surname in the attendance list ("Cllr J. Smith") stays first
(it is no SURNAME in capitals to turn round), and the record's impersonal decision ("It was resolved to object…",
"Il a été décidé de…", "Se acordó…") is nobody's, not the last speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.minutes import _name

MINUTES = """MINUTES OF THE PARISH COUNCIL MEETING HELD ON 3 MARCH 2024

Present: Cllr J. Smith (Chair), Cllr A. Jones, Cllr P. Brown. In attendance: Mrs K. Green (Clerk).

2. Planning
Cllr Jones asked whether the application for 12 High Street had been decided. The Clerk reported that the decision was still pending. Cllr Brown said he was concerned about parking. It was resolved to object to the application.
"""


def test_an_initial_before_a_surname_stays_first():
    assert _name("Cllr J. Smith") == ("J. Smith", None)


def test_a_surname_in_capitals_still_turns_round():
    assert _name("LASSERRE Danièle")[0] == "Danièle LASSERRE"


def test_the_councillor_speaks_by_the_listed_name():
    assert speaker_at(ingest_text(MINUTES, "pc.txt"), "concerned about parking") == "P. Brown"


def test_an_impersonal_resolution_is_the_records():
    assert speaker_at(ingest_text(MINUTES, "pc.txt"), "resolved to object") is None


def test_a_french_impersonal_decision_is_the_records():
    text = MINUTES.replace("It was resolved to object to the application.",
                           "Il a été décidé de reporter le point à la prochaine séance.")
    assert speaker_at(ingest_text(text, "pc.txt"), "décidé de reporter") is None
