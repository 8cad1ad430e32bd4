"""A Commons committee's record exported one paragraph a line, with no blank lines: the clock "(1535)" and the
language tags "[Traduction]", "[Français]" are lines of their own, so the label after them ("Le président:") still
opens its line and the first full label ("Le président (M. Pat Kelly (Calgary Rocky Ridge, PCC)):") names the chair."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """TÉMOIGNAGES
(1505)
[Traduction]
Le président (M. Pat Kelly (Calgary Rocky Ridge, PCC)):
La séance est ouverte.
Je demanderais au professeur Deibert de commencer sa déclaration.
M. Ronald J. Deibert (professeur, Citizen Lab):
Merci, monsieur le président. Les logiciels espions sont un danger.
(1535)
[Français]
Le deuxième point m'inquiète davantage, car j'ai observé des comportements troublants.
[Traduction]
Le président:
Merci, monsieur Deibert. Je vais maintenant donner la parole à M. Villemure.
"""


def test_a_label_after_a_language_tag_opens_a_turn():
    assert speaker_at(ingest_text(RECORD, "temoignages.txt"), "donner la parole à M. Villemure") == "Pat Kelly"


def test_the_turn_goes_on_after_the_clock_and_a_language_tag():
    assert speaker_at(ingest_text(RECORD, "temoignages.txt"), "comportements troublants") == "Ronald J. Deibert"
