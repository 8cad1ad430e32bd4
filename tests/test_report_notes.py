"""Conference-report rules (a talk per section, the note-taker's own remarks), each on a small text written for the
test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import Line, LineKind, classify

DASH = """Notes de la journée Web rapide

Nous avons assisté à la journée. Voici nos notes.

Les polices variables - Marie Curie, Fonderie Alpha

Les polices variables réduisent le nombre de fichiers à charger. Un seul fichier remplace toutes les graisses d'une famille.
J'ai trouvé ce talk très clair.
Le subset ne garde que les glyphes utiles (nous faisions l'inverse chez nous) et allège la page.
Il faut tester sur les navigateurs que nous nous sommes fixés comme cibles.

Le cache HTTP, par Paul Martin

Le deuxième talk a été donné par Paul Martin, qui travaille chez Beta.
Les en-têtes de cache évitent de recharger les ressources inchangées.

Conclusion

La journée était dense et bien organisée.
"""

ENGLISH = """KubeCon day one

Fast builds with Bazel - Jane Roe & John Doe, Acme Inc.

Remote caching makes incremental builds much faster on large repositories.
We went to their booth after the talk and saw a demo.

Welcome reception

The day ended with a buffet next to the sponsor booths.
"""

INTRO = """Journée accessibilité

Mobilité et accessibilité

Jean Dupont (Société Alpha) nous présente les lecteurs d'écran sur mobile. Il explique que les gestes remplacent le clavier.

J'ai trouvé cette présentation très claire.

Les formulaires accessibles

Claire Martin, de l'agence Beta, a présenté les erreurs de formulaires. Les messages d'erreur doivent être liés au champ.
"""


MEETUP = """Meetup notes

Accessible forms

Jane Roe (Acme) explained how screen readers announce form errors. She said labels must be tied to inputs.

Performance budgets

A talk by John Smith on budgets. Budgets stop regressions before they ship.

Closing

The venue was great.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


@pytest.mark.parametrize("doc, fragment, speaker", [
    (DASH, "Les polices variables réduisent", "Marie Curie"),
    (DASH, "Un seul fichier remplace", "Marie Curie"),
    (DASH, "Les en-têtes de cache évitent", "Paul Martin"),
    (ENGLISH, "Remote caching makes incremental builds", "Jane Roe"),
    (INTRO, "Jean Dupont (Société Alpha) nous présente", "Jean Dupont"),
    (INTRO, "Il explique que les gestes", "Jean Dupont"),
    (INTRO, "Les messages d'erreur doivent", "Claire Martin"),
    (MEETUP, "Jane Roe (Acme) explained", "Jane Roe"),
    (MEETUP, "Budgets stop regressions", "John Smith"),
], ids=["english-intro", "talk-by-intro-then-content", "dash-heading", "dash-heading-next-sentence", "par-heading", "english-first-of-two-speakers",
        "intro-sentence", "intro-continues", "intro-comma-apposition"])
def test_talk_speaker_owns_its_section(doc, fragment, speaker):
    assert _speaker(doc, fragment) == speaker


@pytest.mark.parametrize("doc, fragment", [
    (DASH, "Les polices variables - Marie Curie"),
    (DASH, "J'ai trouvé ce talk très clair."),
    (DASH, "Le deuxième talk a été donné par Paul Martin"),
    (DASH, "La journée était dense"),
    (ENGLISH, "We went to their booth"),
    (ENGLISH, "The day ended with a buffet"),
    (INTRO, "J'ai trouvé cette présentation très claire."),
    (MEETUP, "A talk by John Smith on budgets."),
    (MEETUP, "The venue was great."),
], ids=["talk-by-intro-line", "plain-heading-ends-intro-talk", "heading-line", "note-taker-je", "intro-by-line", "after-plain-heading", "note-taker-we",
        "english-plain-heading-ends-talk", "note-taker-after-intro"])
def test_note_taker_and_headings_are_nobody(doc, fragment):
    assert _speaker(doc, fragment) is None


@pytest.mark.parametrize("fragment", [
    "Le subset ne garde que les glyphes utiles",  # first person only inside parentheses
    "Il faut tester sur les navigateurs",  # first person only in a relative clause
], ids=["parenthesised-aside", "relative-clause"])
def test_first_person_aside_keeps_the_talk(fragment):
    assert _speaker(DASH, fragment) == "Marie Curie"


@pytest.mark.parametrize("line", [
    "Monsieur le Maire propose au Conseil d'approuver les comptes de gestions dressés par Madame HILAIRE, Receveur.",
    "FINANCES – Tarifs publics locaux",
], ids=["passive-agent-par", "agenda-item-dash"])
def test_lines_that_are_not_talk_headings(line):
    u = Line(0, len(line), own_paragraph=True)
    classify(line, u)
    assert not u.talk and u.kind != LineKind.SECTION
