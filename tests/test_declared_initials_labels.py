"""A turn's label that gives its own short form in brackets ("Intervenant salle (IS) : …") names the later turns
labelled by that short form ("IS : …"), even when the label is a role, not a name; and a short label nobody
declared is not guessed from the order of turns once the speakers go by their initials. Each rule on a small text
written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TALK_FR = """Présenté par Jeanne Martin et Paul Durand

Jeanne Martin (JM) : Bonjour à tous, on va vous parler de tests automatiques.

Paul Durand (PD) : alors en fait, on a deux versions de nos slides.

JM : beaucoup de versions.

PD : et voilà, c'est tout pour nous.

Intervenant salle (IS) : tu as parlé de couverture. Moi ma question c'est plus sur les tests lents.

PD : alors, déjà, il faut les mesurer.

JM : il faut que tout le monde le sache.
IS : ouais mais c'est humain. Tu vas vouloir tout réécrire.

PD : tu vas lui dire !
"""

TALK_EN = """Presented by Jane Roe and Bob Lane

Jane Roe (JR): Welcome everyone, today we talk about release trains.

Bob Lane (BL): and we have two decks of slides.

JR: quite a few slides.

BL: that's all from us.

Speaker from the floor (SF): you mentioned freezes. How long do they last?

BL: about a week.

SF: and who decides when it ends?

JR: the release team does.
"""

# the bracket holds an organisation's acronym, which does not fit the name: no short form
ACRONYM = """Rod Vagg (TSC): Thanks all for joining the call today.

Jane Roe: Happy to be here with everyone.

Bob Lane: Same here, thanks.

TSC: The committee agreed on the new charter last week.
"""

# no bracket gives "IS": the turn two before was labelled by initials, so the order of turns settles nothing
UNDECLARED = TALK_FR.replace("Intervenant salle (IS) :", "Intervenant salle :")


def test_role_label_with_its_short_form_is_a_speaker():
    t = ingest_text(TALK_FR, "talk.txt")
    assert speaker_at(t, "tu as parlé de couverture") == "Intervenant salle"
    assert speaker_at(t, "les tests lents") == "Intervenant salle"


def test_short_form_names_the_later_turn():
    t = ingest_text(TALK_FR, "talk.txt")
    assert speaker_at(t, "ouais mais c'est humain") == "Intervenant salle"
    assert speaker_at(t, "Tu vas vouloir tout réécrire") == "Intervenant salle"


def test_english_floor_speaker_short_form():
    t = ingest_text(TALK_EN, "talk.txt")
    assert speaker_at(t, "who decides when it ends") == "Speaker from the floor"


def test_acronym_in_brackets_is_no_short_form():
    t = ingest_text(ACRONYM, "call.txt")
    assert speaker_at(t, "The committee agreed") != "Rod Vagg"


def test_undeclared_short_label_is_not_guessed_by_order():
    t = ingest_text(UNDECLARED, "talk.txt")
    assert speaker_at(t, "ouais mais c'est humain") not in ("Paul Durand", "Jeanne Martin")
