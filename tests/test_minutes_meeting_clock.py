"""Minutes told by their own clock: a line giving when the meeting began or ended ("Début de la réunion à 18 h 07",
"Meeting started at 7:02 pm", "Inicio de la reunión a las 18:07") marks the text as a meeting's record even without a
title word or an attendance list. Then a heading opens an agenda item (the turn of the last member ends there), and
a member named by the first name alone who opens a paragraph with a speech verb speaks ("Quentin se propose comme
trésorier"). One behaviour per test, each with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.genre import Genre
from quidit.ingest.lexicon import MEETING_CLOCK
from quidit.ingest.minutes import minutes_cue

FR = """Réunion du bureau

Début de la réunion à 18\u00a0h\u202f07

Local

Paul Martin a soulevé le problème du rangement.

Sophie Leroy soutient qu'en majorité les membres rangent bien le local.

Élus

Un conseil prendra place le 20 avril.

Élections

Quentin se propose comme trésorier.

Fin de la réunion à 19\u00a0h\u202f57
"""

NO_CLOCK = FR.replace("Début de la réunion à 18\u00a0h\u202f07\n\n", "").replace(
    "\n\nFin de la réunion à 19\u00a0h\u202f57", "")


def test_clock_line_is_a_minutes_cue():
    assert minutes_cue(FR) is not None


def test_clock_lines_in_three_languages():
    for line in ("Début de la réunion à 18 h 07", "Meeting started at 7:02 pm", "Inicio de la reunión a las 18:07",
                 "Fin de la séance : 21h"):
        assert MEETING_CLOCK.search(line), line


def test_clock_needs_a_time():
    # near miss: a sentence about the end of a meeting, with no time, is no clock line
    assert MEETING_CLOCK.search("La fin de la réunion a été animée.") is None
    assert MEETING_CLOCK.search("Fin de la réunion") is None


def test_clock_makes_reported_prose_minutes():
    t = ingest_text(FR, "pv.txt")
    assert t.genre == Genre.MINUTES


def test_heading_ends_the_turn_in_minutes():
    t = ingest_text(FR, "pv.txt")
    assert speaker_at(t, "Un conseil prendra place") is None


def test_without_clock_the_report_goes_on():
    # near miss: the same prose with no clock and no title word is a report, where a heading does not end a talk
    t = ingest_text(NO_CLOCK, "pv.txt")
    assert speaker_at(t, "Un conseil prendra place") == "Sophie Leroy"


def test_first_name_with_verb_speaks_in_minutes_without_list():
    t = ingest_text(FR, "pv.txt")
    assert speaker_at(t, "Quentin se propose") == "Quentin"


def test_capitalised_word_without_verb_is_nobody():
    # near miss: a capitalised word opening a paragraph with no speech verb is no member speaking
    text = FR.replace("Un conseil prendra place le 20 avril.", "Quant au conseil, il prendra place le 20 avril.")
    t = ingest_text(text, "pv.txt")
    assert speaker_at(t, "Quant au conseil") is None


def test_without_clock_a_lone_first_name_is_not_taken():
    # near miss: in reported prose with no minutes cue, a first name nobody lists is not made a member
    t = ingest_text(NO_CLOCK, "pv.txt")
    assert speaker_at(t, "Quentin se propose") != "Quentin"
