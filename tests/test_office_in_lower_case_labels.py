"""Mexico's stenographic record writes each label with the article and the offices in lower case before the name ("El
presidente diputado Porfirio Muñoz Ledo:", "La diputada Ana Ruth García Grande (desde la curul):", "La presidenta
diputada María de los Dolores Padierna Luna:"): the person named speaks."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

RECORD = """SESIÓN SOLEMNE

El presidente diputado Porfirio Muñoz Ledo: Haga del conocimiento de esta Presidencia el resultado del cómputo de asistencia.

La secretaria diputada Lyndiana Elizabeth Bugarín Cortés: Se informa, señor presidente, que existen registrados 158 diputados.

El diputado Alfredo Porras Domínguez (desde la curul): Señor presidente, con todo respeto, el pueblo nos paga para ser puntuales.

La presidenta diputada María de los Dolores Padierna Luna: Tiene la palabra, hasta por cinco minutos, la diputada Clementina Dekker.
"""


@pytest.mark.parametrize("fragment, who", [
    ("resultado del cómputo de asistencia", "Porfirio Muñoz Ledo"),
    ("existen registrados 158 diputados", "Lyndiana Elizabeth Bugarín Cortés"),
    ("el pueblo nos paga para ser puntuales", "Alfredo Porras Domínguez"),
    ("hasta por cinco minutos", "María de los Dolores Padierna Luna"),
])
def test_an_office_in_lower_case_before_the_name_is_a_label(fragment, who):
    assert speaker_at(ingest_text(RECORD, "estenografica.txt"), fragment) == who


def test_the_office_is_the_labels_role():
    assert parse_label("El presidente diputado Porfirio Muñoz Ledo").role is not None


def test_an_office_with_no_name_after_it_is_no_label():
    # near miss: "El diputado" alone names nobody
    assert parse_label("El diputado") is None


def test_a_lower_case_phrase_is_still_no_label():
    # near miss: lower-case words that are not offices keep a line from being a label
    assert parse_label("El informe sobre Porfirio Muñoz Ledo") is None
