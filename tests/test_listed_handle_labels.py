"""Members' meeting notes that name people by handles and first names as the list of who was expected writes them
("attendu·e·s : tierce, Valérie, e-Jim, kim"), then give a round of "handle : words" lines, one a line, French style
with a space before the colon and no closing stop, so that the cleaning joins them: each line is its writer's.
Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

HEAD = "Réunion des membres\nattendu·e·s : tierce, Valérie, e-Jim, kim, tharyrok\n\nexcusé·e·s : Emmanuel\n\nMétéo du début\n"
ROUND = ("tierce : Tourbillon de folie, un vrai cyclone de folie\nValérie : ça va très bien merci à vous tous\n"
         "e-Jim : Moi, content d'être de retour et curieux de ce qui se passe\n"
         "kim : plein de soleil et envie de décloisonner avec le monde numérique\n\nHub admin\n\nNos finances\n")


def test_the_expected_list_is_an_attendance_list():
    t = ingest_text(HEAD + ROUND, "notes.md")
    assert {"tierce", "Valérie", "kim"} <= {p.name for p in t.participants}


def test_a_lower_case_handle_with_a_space_before_the_colon_is_its_writers_line():
    t = ingest_text(HEAD + ROUND, "notes.md")
    assert speaker_at(t, "Tourbillon de folie") == "tierce"


def test_a_handle_with_a_capital_inside_is_its_writers_line():
    t = ingest_text(HEAD + ROUND, "notes.md")
    assert speaker_at(t, "content d'être de retour") == "e-Jim"


def test_a_listed_name_after_a_line_without_a_stop_still_opens_a_line_of_its_own():
    t = ingest_text(HEAD + ROUND, "notes.md")
    assert speaker_at(t, "ça va très bien") == "Valérie"
    assert speaker_at(t, "plein de soleil") == "kim"


def test_near_miss_an_unlisted_lower_case_word_before_a_colon_is_no_label():
    text = HEAD + "suggestions : plastifier les supports pour noter les briques\n\nHub admin\n"
    t = ingest_text(text, "notes.md")
    assert speaker_at(t, "plastifier les supports") is None
    assert "suggestions" not in [p.name for p in speakers_of(t)]
