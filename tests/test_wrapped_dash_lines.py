"""In a hard-wrapped transcript, a filled line with a dash in it ("So it is important that you all act like — we all
act like") whose paragraph goes on over the next line is prose of the turn, not an agenda item "FINANCES – Tarifs",
though the next line opens with a capital: the turn goes on. One behaviour per test, with a near miss."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FILLER = """THE MAYOR:  We have talked about the roads for a long time in this town, and
I think the people who live here deserve an answer from the council at
last.  The plan is ready, the money is there, and the work can start in
the spring if the weather is kind to us and the contractor keeps to time.

MR. COLE:  And what about the bridge on the river road, which has been
closed to trucks for two years now and costs the farms a long detour?

"""
TURN = FILLER * 3 + """THE MAYOR:  The bridge comes first, I promise you that tonight, Mr. Cole.

So it is very important that the people act like — that we all act like
Springfield neighbours who care.  We will open the bridge by June.
The engineers have signed off on the plans and the crews are hired now.

MR. COLE:  Thank you, that is good news for the farms on the river road.
"""


def test_filled_dash_line_goes_on_with_the_turn():
    t = ingest_text(TURN, "hall.txt")
    assert speaker_at(t, "We will open the bridge by June") == "THE MAYOR"


def test_dash_line_of_its_own_is_still_a_heading():
    heading = TURN.replace("So it is very important that the people act like — that we all act like\n",
                           "ROADS AND BRIDGES — Spring works of the county council and its partners\n\n")
    t = ingest_text(heading, "hall.txt")
    assert speaker_at(t, "ROADS AND BRIDGES") is None


def test_short_dash_line_over_its_paragraph_is_still_a_heading():
    short = TURN.replace("So it is very important that the people act like — that we all act like\n",
                         "ROADS — Spring works\n")
    t = ingest_text(short, "hall.txt")
    assert speaker_at(t, "ROADS") is None
