"""A parliament's record (Hansard, Assemblée, Cortes) writes a topic heading in capitals on a line of its own right
above the speaker's label, one paragraph a line: the heading is no speaker, and the label under it opens the turn even
though the heading has no final stop. Each rule on a small text written for the test (the real documents are in
evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

# one sentence a line, no blank line: the cleaner joins the lines with a space
RECORD_FR = """CHAMBRE DES COMMUNES
La séance est ouverte à 14 heures.
Le Président:
Nous commençons par les déclarations de députés.
* * *
M. Jean Tremblay (Laval, Lib.):
Monsieur le Président, je rends hommage aux bénévoles de ma circonscription.
Ils travaillent sans relâche pour nos familles.
* * *
LE COMMERCE
Mme Anne Roy (Québec, BQ):
Monsieur le Président, la récolte de cette année a été très mauvaise pour nos agriculteurs.
Je demande au gouvernement de les aider sans attendre.
* * *
LE SYSTÈME ROUTIER
M. Paul Leduc (Hull, PC):
Monsieur le Président, avant la relâche, j'aimerais que le premier ministre pense aux électeurs de ma région.
À compter de janvier, le péage sur l'autoroute coûtera cher aux familles.
"""

RECORD_ES = """DIARIO DE SESIONES
Se abre la sesión a las diez.
La señora PRESIDENTA:
Comenzamos con las preguntas al Gobierno.
* * *
LA PESCA
El señor GARCÍA PÉREZ (Grupo Popular):
Señora presidenta, en el norte la crisis de los pescadores es muy seria.
Pedimos al Gobierno medidas urgentes para ellos.
"""

# a capitals line after the separator that the speaker's words follow: a label on a line of its own, as before
CAPS_LABEL = """Program notes.

---
MARY SMITH
Thanks for having me on the show today, it is a pleasure.

---
JOHN DOE
Great to have you here with us this week.
"""


def test_heading_in_capitals_is_no_speaker():
    t = ingest_text(RECORD_FR, "record.txt")
    names = {s.name for s in speakers_of(t)}
    assert "Le Commerce" not in names and "Anne Roy" in names


def test_label_under_a_heading_opens_the_turn():
    t = ingest_text(RECORD_FR, "record.txt")
    assert speaker_at(t, "la récolte de cette année") == "Anne Roy"
    assert speaker_at(t, "de les aider sans attendre") == "Anne Roy"


def test_label_under_an_unheld_heading_opens_the_turn():
    t = ingest_text(RECORD_FR, "record.txt")
    assert speaker_at(t, "avant la relâche") == "Paul Leduc"
    assert speaker_at(t, "le péage sur l'autoroute") == "Paul Leduc"


def test_spanish_heading_over_label():
    t = ingest_text(RECORD_ES, "diario.txt")
    assert speaker_at(t, "la crisis de los pescadores") == "García Pérez"
    assert speaker_at(t, "Pedimos al Gobierno") == "García Pérez"
    assert "La Pesca" not in {s.name for s in speakers_of(t)}


def test_capitals_label_after_separator_still_holds():
    t = ingest_text(CAPS_LABEL, "show.txt")
    assert speaker_at(t, "Thanks for having me") == "Mary Smith"
    assert speaker_at(t, "Great to have you") == "John Doe"
