"""Live minutes of a small meeting whose items are turns behind the speakers' lower-case initials ("- jd: budget is
tight.", "- ab: +1"), in clipped words that rarely say "I": the initials are the speakers; a list whose items open
with lower-case words that are not initials ("- fix: …") stays narration."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Garden Collective Meeting - 3 March 2031

Chair: Mara
Scribe: Tovin

Budget
- Discussion
  - jd: budget too tight. why not ask the fund? ab: only an estimate.
      - jd: seeds cost more this year.
      - rk: not sure the fund replies in time.
  - ab: can plan a deficit for spring.
  - rk: jd++. prefer a small loan.
  - jd: fine with a loan.
  - ab: loan from the credit union then.

Pairs: (jd, rk); (ab)
| name | plot |
| jd   | 2    |
| rk   | 4    |
"""

CHANGES = """Release notes 4.2

- fix: crash on empty input.
- fix: wrong total in summary.
- doc: new page on setup.
- doc: typo in intro.
- ci: faster build.
- ci: cache the wheels.
- fix: leak in parser.
"""


def test_lower_case_initials_items_are_turns():
    t = ingest_text(NOTES, source="notes.txt")
    assert speaker_at(t, "seeds cost more") == "jd"
    assert speaker_at(t, "not sure the fund replies") == "rk"
    assert speaker_at(t, "can plan a deficit") == "ab"


def test_changelog_kinds_are_no_initials():
    t = ingest_text(CHANGES, source="changes.txt")
    assert speaker_at(t, "crash on empty input") is None
    assert speaker_at(t, "faster build") is None


ROLES = """Garden Collective Meeting

Chair: Mara
Timekeeper: Olu
Scribe: Tess

- Mara opened the meeting.

Officers appointed:

Mara Quist: President;
Olu Deng: Treasurer; and
Tess Brin: Secretary
"""

LONE_CHAIR = """Town Hall

Chair: Welcome.
Resident: Thank you for having us.
Chair: Next question.
"""


def test_role_lines_in_a_run_are_nobodys_turn():
    t = ingest_text(ROLES, source="roles.txt")
    assert speaker_at(t, "Chair: Mara") is None
    assert speaker_at(t, "Mara Quist: President") is None


def test_a_lone_role_label_with_words_stays_a_turn():
    from quidit.ingest.cleaning import clean
    from quidit.ingest.labels import line_units
    from quidit.ingest.role_lines import role_lines
    ct = clean(LONE_CHAIR)
    assert role_lines(ct.text, line_units(ct)) == []


OFFICERS = NOTES + """
Officers appointed:

Jon Dale: President;
Ari Bell: Treasurer; and
Rin Kato: Secretary
"""


def test_initials_take_the_officer_name_whose_initials_they_are():
    t = ingest_text(OFFICERS, source="officers.txt")
    assert speaker_at(t, "seeds cost more") == "Jon Dale"
    assert speaker_at(t, "can plan a deficit") == "Ari Bell"
    assert speaker_at(t, "Jon Dale: President") is None


def test_role_labels_in_separate_paragraphs_are_turns():
    from quidit.ingest.cleaning import clean
    from quidit.ingest.labels import line_units
    from quidit.ingest.role_lines import role_lines
    ct = clean("Moderadora: Bienvenidos.\n\nModerador: Gracias.\n")
    assert role_lines(ct.text, line_units(ct)) == []
