"""Study-day notes in Markdown: each talk is a "###" title, then its speaker's name line ("Nada Guzin Lukic, UQO"),
then notes that "####" sub-headings divide; those are parts of the talk, not the end of it. A talk headed by a first
name alone ("### Johanne") is that person's where the notes have her take the floor elsewhere ("Johanne se réjouit")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """# Journée d'étude, 21 février 2024

## Ouverture

Johanne se réjouit d'être ici. Premier événement au Musée depuis le début du partenariat.

## La politique des mots

### La documentation muséale et les femmes artistes

Isolda Gavida, registraire, MNBAQ

Le musée conserve dans ses collections plus de 42 000 œuvres. Service de 4 personnes.

### Les nouveaux termes dans les politiques des collections

Nada Guzin Lukic, UQO

Avec les enjeux de la justice sociale, de nouveaux champs lexicaux proposés.

#### Recension des écrits

Gestion de la diversité et sa représentation au musée.

### Projet de glossaire en ligne

Jean-Philippe Uzel, UQAM

Paradigme d'inclusion en vigueur jusqu'en 2010.

### Johanne

Pas par historicisme que fait un détour par intitulation.
"""


def test_a_sub_heading_inside_a_talk_keeps_its_speaker():
    assert speaker_at(ingest_text(NOTES, "notes.md"), "représentation au musée") == "Nada Guzin Lukic"


def test_the_next_talk_title_ends_the_talk():
    assert speaker_at(ingest_text(NOTES, "notes.md"), "Paradigme d'inclusion") == "Jean-Philippe Uzel"


def test_a_first_name_heading_is_the_speaker_the_notes_have_speak():
    assert speaker_at(ingest_text(NOTES, "notes.md"), "détour par intitulation") == "Johanne"


def test_a_first_name_heading_nobody_speaks_under_is_no_speaker():
    t = ingest_text(NOTES.replace("Johanne se réjouit", "On se réjouit"), "notes.md")
    assert speaker_at(t, "détour par intitulation") is None
