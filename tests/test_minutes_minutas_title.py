"""A Spanish minutes title ("Minutas", "Minuta de la reunión") is the document's title like "Minutes" or "Acta": a
heading that names it ("# Vecinos Unidos Minutas") is not a speaker's section. Each test on a small text written
for it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DOC = """# {title}

Se habló del presupuesto de la fiesta del barrio.

# Ana Gil

Propongo que la fiesta sea en la plaza.
"""


def test_heading_with_minutas_is_no_speaker():
    t = ingest_text(DOC.format(title="Vecinos Unidos Minutas"), "minutas.txt")
    assert speaker_at(t, "Se habló del presupuesto") is None


def test_heading_with_a_name_that_starts_like_minuta_stays_a_speaker():
    # near miss: "Minutolo" is a surname, not the word "minuta"
    t = ingest_text(DOC.format(title="Rosa Minutolo"), "notas.txt")
    assert speaker_at(t, "Se habló del presupuesto") == "Rosa Minutolo"
