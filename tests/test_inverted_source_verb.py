"""The speech verb comes before the source it names: after a quotation ('"Lo difícil no es que nos vean", subraya Remei
Blasco, …') or after "as" ("como subraya César Peña (RTVE Lab), …", "comme le souligne Anne Roy, …"). The named
person is the sentence's speaker, whichever speech verb it is."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Diez claves de las jornadas

1. Recuperar la credibilidad

"Lo difícil no es que nos vean, sino que nos crean", subraya Remei Blasco, directora de informativos, quien asegura que el reto es la confianza. Para ello, es fundamental desarrollar una imagen de marca.

2. Perderle el miedo a la tecnología

Muchas veces pensamos que las nuevas tecnologías no sirven para informar. No obstante, como subraya César Peña (RTVE Lab), este tipo de narrativas pueden resultar muy útiles. Permiten conectar con la audiencia.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_a_quote_then_a_speech_verb_then_the_name():
    assert _speaker(NOTES, "Lo difícil no es") == "Remei Blasco"


def test_como_and_a_speech_verb_before_the_name():
    assert _speaker(NOTES, "como subraya César Peña") == "César Peña"


def test_the_point_goes_on_after_the_inverted_source():
    assert _speaker(NOTES, "Permiten conectar") == "César Peña"


@pytest.mark.parametrize("doc, fragment, who", [
    ("Notes de la journée\n\nComme le souligne Anne Roy, le calendrier doit être publié en mars.\n", "Comme le souligne", "Anne Roy"),
    ('Notes from the day\n\n"Caching is the easy part", stressed Anna Berg, who leads the build team.\n', "Caching is the easy", "Anna Berg"),
])
def test_the_same_in_french_and_english(doc, fragment, who):
    assert _speaker(doc, fragment) == who


def test_como_before_a_verb_that_is_no_speech_is_only_a_mention():
    # near miss: "como trabaja César Peña" compares; nobody is quoted
    doc = "Notas\n\nEl equipo trabaja como trabaja César Peña, con prototipos rápidos.\n"
    assert _speaker(doc, "como trabaja César Peña") is None


def test_as_said_inside_anothers_reported_speech_cites_without_speaking():
    # near miss: "comme l'a dit Monsieur Fernandez" in the middle of Salinas's point: Salinas cites him
    doc = ("Compte rendu\n\nMonsieur Salinas explique que les villes doivent s'ouvrir au monde. Une ville fermée se retrouve "
           "à la traîne et ceux qui en souffrent, comme l'a dit Monsieur Fernandez, ce sont les citoyens.\n")
    assert "Salinas" in (_speaker(doc, "comme l'a dit Monsieur Fernandez") or "")


def test_as_said_opening_a_sentence_inside_a_turn_stays_the_turns():
    # near miss: the labelled speaker opens with "Comme l'a rappelé Madame Roy": he cites her, the words are his
    doc = ("Table ronde\n\nM. Benali : Merci. Comme l'a rappelé Madame Roy, la coopération a financé une station pilote.\n\n"
           "Mme Roy : Merci.\n\nM. Benali : Je termine.\n\nMme Roy : Merci encore.\n")
    assert "Benali" in (_speaker(doc, "Comme l'a rappelé Madame Roy") or "")
