"""Two members share a surname (Sylvain and Dominique Gaudin): "Monsieur Gaudin explique…" is the one the last
sentences named in full ("donne la parole à monsieur Sylvain Gaudin"), even after another member's question; with
neither named lately, the minutes do not say which."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Procès-verbal du conseil municipal

Présents : MM Sébastien LEROUX, Sylvain GAUDIN, Stéphane DAVID, Dominique GAUDIN, Mme Annick MACE

Monsieur le Maire donne la parole à monsieur Sylvain Gaudin, Président de la commission travaux.

Monsieur Gaudin rappelle la cession de trois véhicules dont l’état imposait le remplacement.

Monsieur David demande le concessionnaire en charge de cette opération.

Monsieur Gaudin explique que le garage de Flers avait présenté la meilleure offre.
"""

UNSAID = """Procès-verbal du conseil municipal

Présents : MM Sébastien LEROUX, Sylvain GAUDIN, Stéphane DAVID, Dominique GAUDIN, Mme Annick MACE

Monsieur David demande le concessionnaire en charge de cette opération.

Monsieur Gaudin explique que le garage de Flers avait présenté la meilleure offre.
"""


def test_namesake_named_lately_speaks():
    assert speaker_at(ingest_text(MINUTES, "pv.txt"), "garage de Flers") == "Sylvain GAUDIN"


def test_namesake_never_named_is_not_guessed():
    assert speaker_at(ingest_text(UNSAID, "pv.txt"), "garage de Flers") not in ("Sylvain GAUDIN", "Dominique GAUDIN")
