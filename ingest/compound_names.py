"""A compound given name is one name, not two: "Jean-Mathieu" is not "Mathieu", "Anne-Marie" is not "Marie".

`names.fold` reads a hyphen as a space, so a name's tokens treat "Jean-Mathieu" like "Jean Mathieu", a first name and
a surname; a turn label "Mathieu :" then resolves to the Jean-Mathieu an earlier label "Jean-Mathieu :" made, and two
people of one meeting become one. French (and Spanish: "José-María", "María-José") write compound given names with a
hyphen, and nobody shortens one to its second part. So a one-word reference that is only a part of the hyphenated
first word of a person's name is someone else. A hyphenated surname ("Antoine Gaubbe-Maudou", "Pérez-Rubalcaba")
keeps today's reading: a speaker may be called by one part of it.
"""
from __future__ import annotations

from quidit.ingest.lexicon import fold


def compound_part(short: str, name: str) -> bool:
    """Whether `short`, one word, is only a part of the hyphenated given name that opens `name` ("Mathieu" and
    "Jean-Mathieu", "Marie" and "Anne-Marie Roux"), not a word of the name on its own ("Marie" and "Marie Roux")."""
    word = fold(short.strip())
    words = name.split()
    if not word or " " in word or "-" in short or not words or "-" not in words[0]:
        return False
    if any(fold(w) == word for w in words):
        return False
    return word in fold(words[0]).split()
