"""A working group's minutes: the list under "Participants :" one name a line ("Bertrand GERVAIS"), then its
members named by the initial of the given name and the surname ("B. Gervais indique…", "P-H Pelloux demande…"),. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Groupe de Travail Accessibilité
CR de réunion du 22 janvier 2026

Participants :
Arthur ALBA
Guillaume BLANCHARD
Bertrand GERVAIS
Paul-Henri PELLOUX
Muriel LARROUY

1. Gabarit Géopackage

Débat :
- B. Gervais indique que la société a entamé la démarche de codage du geopackage avec le plugin.
- P-H Pelloux demande des précisions sur les différences entre le modèle relationnel et le modèle à plat.
- G. Blanchard s’inquiète de savoir si le passage au modèle à plat ne risque pas de perdre des informations.
"""


def _speakers(text: str = MINUTES) -> dict[str, str | None]:
    t = ingest_text(text, "cr.txt")
    return {f: speaker_at(t, f) for f in ("démarche de codage", "différences entre le modèle", "perdre des informations")}


def test_an_initial_and_a_surname_name_the_listed_member():
    assert _speakers()["démarche de codage"] == "Bertrand GERVAIS"


def test_a_hyphenated_given_name_s_initials_name_the_listed_member():
    assert _speakers()["différences entre le modèle"] == "Paul-Henri PELLOUX"


def test_an_initial_that_fits_no_listed_given_name_names_nobody():
    assert _speakers(MINUTES.replace("- G. Blanchard", "- H. Blanchard"))["perdre des informations"] != "Guillaume BLANCHARD"


def test_the_participants_heading_reads_its_list():
    t = ingest_text(MINUTES, "cr.txt")
    assert {p.name for p in t.participants} >= {"Arthur ALBA", "Muriel LARROUY"}

