"""`TextNames.full_name`: the one full name written before a first-name (or surname) mention, found by look-up."""
from quidit.ingest.names import TextNames


def _names(text: str) -> TextNames:
    return TextNames.of(text, [0])


TEXT = ("le maire accueille Daniele Corciulo et le maire donne la parole à Paul Girard qui parle. "
        "le maire écoute Daniele qui ajoute un mot. le maire salue Paul Roche.")


def test_a_first_name_after_its_full_name_is_that_person():
    names = _names(TEXT)
    assert names.full_name("Daniele", TEXT.index("écoute")) == "Daniele Corciulo"


def test_a_surname_is_looked_up_too():
    names = _names(TEXT)
    assert names.full_name("Girard", TEXT.index("écoute")) == "Paul Girard"


def test_a_first_name_before_its_full_name_is_nobody_yet():
    names = _names(TEXT)
    assert names.full_name("Daniele", TEXT.index("Daniele")) is None


def test_a_first_name_two_people_share_is_nobody():
    names = _names(TEXT)
    assert names.full_name("Paul", len(TEXT)) is None and names.full_name("Paul", TEXT.index("écoute")) == "Paul Girard"


def test_a_word_of_a_full_name_is_not_a_one_word_name():
    names = _names("Marie Curie parle. Puis la chimiste Marie répond, et sa fille Irène sourit.")
    assert not names.one_name("Marie")
