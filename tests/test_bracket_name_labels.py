"""Caption and speech-to-text exports edited by hand write each turn with the speaker's name in square brackets at the
start of the line, no colon needed ("[Bears] The council, …", "[Collins]: Thank you.", "[Bears]. Try now."), the place
perhaps after the name ("[Berkson on zoom]"). Where a text writes several such turns that end sentences, each opens the
named person's turn; bracketed sounds, times and cuts name nobody, and minutes whose items name their owner in brackets
are no such text."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.labels import bracket_label, bracket_labels, line_units
from quidit.ingest.lexicon import BRACKET_LABEL

COUNCIL = """Committee of the Whole

[Bears] Good evening, the committee will come to order.
[Hurtubise] Councilor Callahan?
[Callahan] Present.
[Bears] Thank you. We go to the budget of the schools tonight.
[Collins]: Thank you, president. My question is about the school budget.
[Bears]. Try now, the microphone should work.
[Costigan on the podium] Testing, the valuations went up by five percent this year.
[Bears] Thank you for that answer on the valuations.
"""

FRENCH = """Réunion publique

[Marie Dubois] Bonjour à tous, nous commençons par le budget.
[Rires]
[Paul Martin] Merci, les chiffres sont arrivés hier soir.
[Marie Dubois] Parfait, alors regardons les dépenses du trimestre.
"""

SPANISH = """Reunión vecinal

[Ana Gil] Buenas tardes, empezamos con el presupuesto del año.
[Pedro Ruiz] Sí, las cifras llegaron ayer por la tarde.
[Ana Gil] Perfecto, entonces revisamos los gastos del trimestre.
"""

OWNED_ITEMS = """Comité de direction

[Pierre] Signature des PV d'AG
[Rémy] Démissions :
Deux membres quittent le comité.
[Marc] Spam liste diffusion
[Pierre] Mails reçus
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "captions.txt"), fragment)


def _bracketed(doc: str) -> bool:
    ct = clean(doc)
    return bracket_labels(ct.text, line_units(ct))


def test_a_bracketed_surname_opens_its_turn():
    assert _speaker(COUNCIL, "We go to the budget") == "Bears"


def test_a_colon_after_the_brackets_keeps_the_name():
    assert _speaker(COUNCIL, "My question is about the school budget") == "Collins"


def test_a_full_stop_after_the_brackets_keeps_the_name():
    assert _speaker(COUNCIL, "Try now") == "Bears"


def test_a_place_after_the_name_is_no_part_of_it():
    assert _speaker(COUNCIL, "the valuations went up") == "Costigan"


def test_a_bracketed_name_met_once_still_opens_a_turn():
    assert _speaker(COUNCIL, "Present.") == "Callahan"


def test_french_bracketed_names_open_their_turns():
    assert _speaker(FRENCH, "les chiffres sont arrivés") == "Paul Martin"


def test_a_bracketed_laugh_is_no_speaker():
    assert bracket_label("[Rires]") is None


def test_spanish_bracketed_names_open_their_turns():
    assert _speaker(SPANISH, "las cifras llegaron") == "Pedro Ruiz"


def test_bracketed_sounds_times_and_cuts_name_nobody():
    for line in ("[Music] Hello everyone.", "[inaudible] and then", "[crosstalk]", "[00:01:02] Good morning.",
                 "[…]", "[Applause]", "[Risas] Gracias.", "[MUSIC PLAYING] Welcome back."):
        assert bracket_label(line) is None, line


def test_near_miss_items_headed_by_their_owner_make_no_bracketed_transcript():
    assert not _bracketed(OWNED_ITEMS)


def test_near_miss_an_editors_restored_letter_is_no_label():
    assert BRACKET_LABEL.match("[J]e vais me restreindre à un certain nombre d'éléments.") is None


def test_near_miss_a_link_is_no_label():
    assert BRACKET_LABEL.match("[Jane Roe](https://example.org/jane) wrote the report.") is None
