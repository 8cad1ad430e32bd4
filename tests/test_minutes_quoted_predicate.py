"""Minutes that quote a member's own words as the predicate of a line, with no verb of saying ('Guillaume "soignera
sa maniaquerie" dans les commits', 'Ana «revisará el acta» antes del lunes'): the quotation is that member's, when the
text gives a person that first name. Each test on a small text written for it (one behaviour per test)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import QUOTED_PREDICATE

CR = """Compte rendu du comité de direction du 12 mars

Membres du comité : Paul Martin, Élise Roux, Jules Petit

Présent·e·s : Paul, Élise, Jules

[Paul] Trésorerie

Les comptes sont à jour.

{line}

Prochaine réunion le 9 avril
"""


def test_first_name_then_quoted_words_is_theirs():
    t = ingest_text(CR.format(line='Paul "relira les factures" avant la clôture'), "cr.txt")
    assert speaker_at(t, "relira les factures") in {"Paul", "Paul Martin"}  # the member, as the text lists him


def test_quoted_title_after_a_word_is_nobody():
    # near miss: a preposition before a quoted topic ("Sobre «acerados anchos»") names nobody
    t = ingest_text(CR.format(line='Sur "les factures en retard" du trimestre'), "cr.txt")
    assert speaker_at(t, "les factures en retard") is None


def test_pattern_in_each_language():
    assert QUOTED_PREDICATE.match('Ana «revisará el acta» antes del lunes')
    assert QUOTED_PREDICATE.match('Sam "will look into it" next week')
    assert QUOTED_PREDICATE.match('Guillaume "soignera sa maniaquerie" dans les commits')
    assert not QUOTED_PREDICATE.match('Robert "Bob" Smith opened the meeting')  # near miss: a nickname, a capital
    assert not QUOTED_PREDICATE.match('Paul "relire" demain')  # near miss: one quoted word is a term, not words said


def test_pattern_linear_on_a_long_line():
    assert not QUOTED_PREDICATE.match('Paul "' + "a " * 50_000)
