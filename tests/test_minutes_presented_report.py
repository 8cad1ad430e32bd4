"""Minutes whose numbered item heading says who presents a report ("3. Rapport moral présenté par le président",
"2. Financial report presented by the Treasurer", "4. Informe de gestión presentado por la presidenta"): the item's
sentences, its numbered parts (3.1, 3.2.1 …) included, are the presenter's until the next item; an office nobody in
the text holds is the office itself ("le trésorier"). And "Président de séance : X" names who presides."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

PV = """Compte rendu de l'assemblée générale

Ordre du jour :

1. Rapport moral présenté par le président ;

2. Rapport financier présenté par le trésorier ;

3. Questions diverses.

Présents : Claire Martin, Paul Durand, Marc Petit

Président de séance : Claire Martin

Secrétaire de séance : Paul Durand

1. Rapport moral présenté par le président

L'année écoulée a été la deuxième année d'existence de l'association.

1.1. Membres

L'association compte aujourd'hui quarante membres actifs dans toute la région.

1.2. Actions menées

Marc Petit a présenté le projet de traduction lors du salon de printemps.

L'association a reçu un prix pour son travail de documentation en français.

2. Rapport financier présenté par le trésorier

En caisse : 410 EUR au 1er janvier.

3. Questions diverses

Marc Petit rappelle que le site doit être migré vers un nouvel hébergeur cette année.
"""


def _speaker(doc: str, fragment: str, name: str = "pv.txt") -> str | None:
    t = ingest_text(doc, name)
    return speaker_at(t, fragment)


def test_the_report_is_its_presenters():
    assert _speaker(PV, "L'année écoulée") == "Claire Martin"


def test_the_reports_numbered_parts_stay_the_presenters():
    assert _speaker(PV, "quarante membres actifs") == "Claire Martin"


def test_what_others_did_told_in_the_report_is_the_presenters():
    assert _speaker(PV, "Marc Petit a présenté le projet") == "Claire Martin"


def test_an_office_nobody_holds_is_the_office():
    assert (_speaker(PV, "En caisse") or "").lower() == "le trésorier"


def test_the_next_item_ends_the_report():
    # near miss: the present-tense turn of item 3 is Marc Petit's, not the president's
    assert _speaker(PV, "le site doit être migré") == "Marc Petit"


def test_the_agenda_line_is_no_report():
    # near miss: the agenda's "1. Rapport moral présenté par le président ;" over "2. …" opens nothing
    assert _speaker(PV, "Rapport financier présenté par le trésorier ;") is None


def test_president_of_the_sitting_is_no_speaker_label():
    t = ingest_text(PV, "pv.txt")
    assert "Président de séance" not in {s.speaker for s in t.sentences}


EN = """Minutes of the annual general meeting

Present: Alice Brown, Tom Green, Sara White

Chair of the meeting: Alice Brown

1. Annual report presented by the Chair

The association held four workshops during the year and doubled its membership.

1.1. Events

The spring workshop was attended by sixty people from eleven countries.

2. Any other business

Tom Green notes that the website needs a new host before the summer.
"""

ES = """Acta de la asamblea general

Asistentes: Ana López, Luis Gómez, Eva Ruiz

Presidente de la sesión: Ana López

1. Informe de gestión presentado por la presidenta

La asociación organizó cuatro talleres durante el año y duplicó el número de socios.

1.1. Actividades

El taller de primavera reunió a sesenta personas de once países distintos.

2. Ruegos y preguntas

Luis Gómez recuerda que la web necesita un nuevo alojamiento antes del verano.
"""


@pytest.mark.parametrize("doc, fragment, who", [(EN, "sixty people", "Alice Brown"),
                                                (ES, "sesenta personas", "Ana López")])
def test_the_same_in_english_and_spanish(doc, fragment, who):
    assert _speaker(doc, fragment) == who
