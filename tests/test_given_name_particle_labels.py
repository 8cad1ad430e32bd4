"""A transcript labels a person in full at the first turn ("Ben Striegel:") and by the first name afterwards ("Ben:");
when that first name is also a name particle ("Ben", "Van", "Del"), the full label is still a full name and the
short one is the same person, with no attendance list to say so. Each test on a small text written for it (one
behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label
from quidit.ingest.pipeline import speakers_of

EN = """Jane Moss on the release team

Ben Striegel: Welcome to the show. I am here at the conference with a guest, using borrowed audio equipment.

Jane Moss: Thanks for having me. It is a pleasure to be here.

Ben: So you lead the release team now. How did that start?

Jane: I joined as a shadow two years ago, and then I stayed on for the next cycle.

Ben: And how long does a cycle last these days?

Jane: About fifteen weeks, with a short break at the end of the year.
"""


def test_a_full_label_opened_by_a_given_name_particle_holds():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "using borrowed audio equipment") == "Ben Striegel"


def test_the_first_name_label_is_the_person_labelled_in_full():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "How did that start?") == "Ben Striegel"


def test_the_full_and_the_short_label_are_one_person():
    t = ingest_text(EN, "en.txt")
    assert not {"Ben", "Striegel"} & {st.name for st in speakers_of(t)}


def test_two_people_of_that_first_name_are_not_guessed():
    # near miss: two labelled Bens, "Ben:" does not say which
    text = EN.replace("Jane Moss: Thanks", "Ben Ortiz: I produce the show. Jane Moss: Thanks")
    text = text.replace(" Jane Moss: Thanks", "\n\nJane Moss: Thanks")
    t = ingest_text(text, "en.txt")
    assert speaker_at(t, "How did that start?") not in {"Ben Striegel", "Ben Ortiz"}


def test_a_spanish_first_name_label_after_the_full_one():
    text = """Del Harvey: Bienvenidos al programa. Hoy hablamos de moderación de contenidos con una invitada.

Lucía Prats: Gracias por la invitación. Es un tema que me apasiona.

Del: ¿Cuándo empezaste a trabajar en esto?

Lucía: Hace diez años, en una pequeña empresa de Valencia.

Del: ¿Y qué ha cambiado desde entonces?
"""
    t = ingest_text(text, "es.txt")
    assert speaker_at(t, "Cuándo empezaste a trabajar") == "Del Harvey"


def test_a_particle_that_is_no_given_name_leaves_a_surname_label_weak():
    # near miss: "De Gaulle" is a surname with its particle, not a given name and a surname
    assert parse_label("De Gaulle").strong is False

