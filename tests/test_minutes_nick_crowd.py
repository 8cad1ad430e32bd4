"""Minutes typed live at a meeting of many people (an etherpad, an org-mode page): each line is a lower-case first
name or nick and what the person said ("dolores: …", "caro: …"), fifteen people and more. More distinct nicks than
the few labels of a transcript still are the document's label style when their turns are most of the text's lines;
in a text that is mostly prose, as many lower-case words before a colon stay text. Each test on a small text written
for it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NICKS = ["ana", "bea", "ciro", "dani", "eli", "fede", "gabi", "hugo", "ines", "juli", "karu", "lalo", "mati", "nora"]


def _turns(first: str, second: str) -> list[str]:
    return [f"{n}: {first} {k + 1}." for k, n in enumerate(NICKS)] + [f"{n}: {second} {k + 1}." for k, n in enumerate(NICKS)]


def _crowd() -> str:
    return "Asamblea del jueves\n\n" + "\n\n".join(_turns("propongo el punto", "estoy de acuerdo con la idea")) + "\n"


def test_many_lower_case_nicks_that_are_most_lines_are_turns():
    t = ingest_text(_crowd(), "minutas.txt")
    assert speaker_at(t, "propongo el punto 14") == "nora"


def test_each_nick_of_the_crowd_keeps_its_own_turn():
    t = ingest_text(_crowd(), "minutas.txt")
    assert speaker_at(t, "estoy de acuerdo con la idea 3") == "ciro"


def test_as_many_lower_case_words_in_a_text_mostly_prose_stay_text():
    # near miss: the same lines, but the prose around them is most of the text: no conversation of nicks
    prose = [f"The garden committee wrote a long paragraph number {k} about the beds and the water." for k in range(70)]
    lines = _turns("propongo el punto", "estoy de acuerdo con la idea")
    mixed = [x for pair in zip(prose[0::2], prose[1::2], prose[2::2] + [""], lines) for x in pair if x]
    t = ingest_text("Garden report\n\n" + "\n\n".join(mixed) + "\n", "notes.txt")
    assert speaker_at(t, "propongo el punto 14") is None
