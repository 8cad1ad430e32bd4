"""A compound given name is one person's name (`ingest.compound_names`): a turn label "Lucas :" is not the
"Paul-Lucas :" an earlier label made; a part of a hyphenated surname still names its holder."""
from __future__ import annotations

from quidit.ingest.attribution import label_person
from quidit.ingest.compound_names import compound_part
from quidit.ingest.labels import parse_label
from quidit.ingest.records import Participant


def test_the_second_part_of_a_compound_given_name_is_another_person():
    people = [Participant(name="Paul-Lucas", in_roster=False)]
    p = label_person(parse_label("Lucas"), people)
    assert p.name == "Lucas" and [q.name for q in people] == ["Paul-Lucas", "Lucas"]


def test_the_compound_label_itself_still_finds_its_person():
    people = [Participant(name="Paul-Lucas", in_roster=False)]
    assert label_person(parse_label("Paul-Lucas"), people) is people[0]


def test_a_first_name_with_a_surname_is_still_that_person():
    people = [Participant(name="Lucas Ferrand", in_roster=False)]
    assert label_person(parse_label("Lucas"), people) is people[0]


def test_a_part_of_a_hyphenated_surname_is_not_a_compound_given_name():
    assert not compound_part("Vernier", "Odile Brass-Vernier")
    assert compound_part("Claire", "Anne-Claire Pujol")
    assert not compound_part("Anne-Claire", "Anne-Claire Pujol")
