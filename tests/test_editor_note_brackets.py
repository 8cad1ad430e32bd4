"""An editor's note in brackets right after a speaker's sentence ("(Pour trouver l'événement auquel fait référence
le président, il faut retourner en 1875…)", "(Editor's note: …)", "(N. del E.: …)") is nobody's, and the turn goes
on after it. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Julien : Bonjour, monsieur le Président.

Président : Bonjour et bienvenue.

Julien : À neuf voix près, peut-on gouverner ?

Président : Oui, mais vous savez, nous sommes en République à une voix près. (Pour trouver l'événement auquel fait référence le président, il faut retourner en 1875, à Versailles. Le 30 janvier précisément, le jour où le mot République est entré dans la Constitution.) Et je crois qu'on peut gouverner.

Julien : Mais pendant quatre ans ?
"""

EN = """Host: Welcome to the show, Minister.

Minister: Thank you for having me.

Host: What about the report?

Minister: We published it last spring and it was clear. (Editor's note: the minister is referring to the 2019 audit of the water board, released in May.) We acted on every finding.

Host: Thank you.
"""

ES = """Periodista: Bienvenida, ministra.

Ministra: Gracias por la invitación.

Periodista: ¿Y la ley?

Ministra: Esa ley cambió muchas cosas en el país. (N. del E.: se refiere a la ley de dependencia aprobada en diciembre de 2006.) Y seguimos trabajando en ella.

Periodista: Gracias.
"""

# a bracket of the speaker's own, with no note's words: theirs
OWN = FR.replace("(Pour trouver l'événement auquel fait référence le président, il faut retourner en 1875, à Versailles.",
                 "(Je le dis entre parenthèses, il faut se souvenir de 1875, à Versailles.")

# a translation in brackets as a paragraph of its own, which happens to say "referring to": the speaker's words
TRANSLATION = """Host: Welcome to the show, Minister.

Minister: Thank you for having me.

Host: What do you say to the member?

Minister: Ke a leboha! (Translation of Sesotho paragraph follows.)

[... that is hearsay because you did not name the person. I do not know which people he is referring to. Thank you.]

Host: Thank you.
"""


def test_french_note_is_nobodys():
    t = ingest_text(FR, "interview.txt")
    assert speaker_at(t, "Pour trouver l'événement") is None
    assert speaker_at(t, "Le 30 janvier précisément") is None


def test_turn_goes_on_after_the_note():
    t = ingest_text(FR, "interview.txt")
    assert speaker_at(t, "nous sommes en République") == "Président"
    assert speaker_at(t, "Et je crois qu'on peut gouverner") == "Président"


def test_english_editors_note():
    t = ingest_text(EN, "interview.txt")
    assert speaker_at(t, "the minister is referring to") is None
    assert speaker_at(t, "We acted on every finding") == "Minister"


def test_spanish_editors_note():
    t = ingest_text(ES, "entrevista.txt")
    assert speaker_at(t, "se refiere a la ley") is None
    assert speaker_at(t, "Y seguimos trabajando") == "Ministra"


def test_speakers_own_bracket_stays_theirs():
    t = ingest_text(OWN, "interview.txt")
    assert speaker_at(t, "Je le dis entre parenthèses") == "Président"


def test_translation_paragraph_is_no_note():
    t = ingest_text(TRANSLATION, "hansard.txt")
    assert speaker_at(t, "which people he is referring to") == "Minister"
