"""A machine-written meeting summary ("Resumen" / "Detalles" / "Pasos siguientes recomendados"): names with an initial
written without its full stop ("Cornelio M Ramirez B"), even wrapped over two lines, or typed with a second capital
("Sara SAnchez") speak; a topic's impersonal finding ("● Moneda: Se determinó que…") and the team's ("El equipo
acordó…") are nobody's, not the last speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SUMMARY = """Notas de la reunión
8 abr 2026

Resumen
La reunión trató la facturación por adelantado y la moneda de la proforma.

Detalles
●
Búsqueda de pedidos: Rose Ríos Gómez explicó el flujo de la pantalla de resumen y los filtros disponibles.
●
Forma de pago: Sara SAnchez señaló que el dato de la forma de pago era importante y no estaba visible. Cornelio M
Ramirez B explicó que si la forma de pago es PPD, se establece automáticamente como por definir.
●
Moneda de la proforma: Se determinó que la moneda sería la de la cotización del cliente.
●
Campos editables: El equipo acordó que la mayoría de los campos serían de solo lectura.

Pasos siguientes recomendados
Rose Ríos Gómez enviará la versión corregida de las pantallas.
"""


def test_a_name_with_bare_initials_wrapped_over_two_lines_speaks():
    assert speaker_at(ingest_text(SUMMARY, "notas.txt"), "si la forma de pago es PPD") == "Cornelio M Ramirez B"


def test_a_name_typed_with_a_second_capital_speaks():
    assert speaker_at(ingest_text(SUMMARY, "notas.txt"), "el dato de la forma de pago era importante") == "Sara SAnchez"


def test_an_impersonal_finding_is_nobodys():
    assert speaker_at(ingest_text(SUMMARY, "notas.txt"), "Se determinó que la moneda sería") is None


def test_the_teams_agreement_is_nobodys():
    assert speaker_at(ingest_text(SUMMARY, "notas.txt"), "El equipo acordó que la mayoría") is None


def test_one_initial_after_a_first_name_is_no_name():
    t = ingest_text(SUMMARY.replace("Cornelio M\nRamirez B explicó", "Cornelio M explicó"), "notas.txt")
    assert "Cornelio M" not in [p.name for p in t.participants]
