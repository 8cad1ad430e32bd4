"""A news anchor's turn that ends by announcing a correspondent ("… avec notre correspondant à Rome Luc Marchand.",
"Our correspondent Jane Roe reports.", "Desde Bruselas, nuestra corresponsal Ana Gil.") hands the air over: the next
paragraph, unlabelled, is the announced reporter's, up to the next label. One behaviour per test, with near misses."""
from __future__ import annotations

import time

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.handovers import reporter
from quidit.ingest.lexicon import HANDOVER_REPORT, HANDOVER_REPORTS

FR = """Journal du soir

Claire Dubois : Bonsoir à tous, voici les titres de ce journal.

Paul Mercier : Bonsoir Claire.

Claire Dubois : Le gouvernement italien a présenté son budget ce matin. Les syndicats appellent à la grève. {close}

Le texte prévoit des économies dans la santé. Les députés en débattront dès la semaine prochaine.

Les négociations reprendront lundi au ministère.

Paul Mercier : Merci. Passons au sport.
"""
ANNOUNCE = "Les précisions avec notre correspondant à Rome Luc Marchand."


def test_announced_correspondent_speaks_the_next_paragraph():
    t = ingest_text(FR.format(close=ANNOUNCE), "j.txt")
    assert speaker_at(t, "Le texte prévoit") == "Luc Marchand"


def test_report_runs_to_the_next_label():
    t = ingest_text(FR.format(close=ANNOUNCE), "j.txt")
    assert speaker_at(t, "Les négociations reprendront") == "Luc Marchand"
    assert speaker_at(t, "Passons au sport") == "Paul Mercier"


def test_announcement_stays_the_anchors():
    t = ingest_text(FR.format(close=ANNOUNCE), "j.txt")
    assert speaker_at(t, "Les précisions avec") == "Claire Dubois"


def test_correspondence_heading_form():
    t = ingest_text(FR.format(close="Correspondance à Rome, Luc Marchand."), "j.txt")
    assert speaker_at(t, "Le texte prévoit") == "Luc Marchand"


def test_english_correspondent_reports():
    text = FR.format(close="Our correspondent in Rome, Luke Marsh, reports.")
    t = ingest_text(text, "j.txt")
    assert speaker_at(t, "Le texte prévoit") == "Luke Marsh"


def test_spanish_corresponsal():
    t = ingest_text(FR.format(close="Desde Roma, nuestra corresponsal Ana Gil."), "j.txt")
    assert speaker_at(t, "Le texte prévoit") == "Ana Gil"


def test_correspondent_without_name_hands_nothing_over():
    # near miss: the sentence speaks of a correspondent but names nobody at its end: the anchor goes on
    t = ingest_text(FR.format(close="Notre correspondant a pu assister à la séance."), "j.txt")
    assert speaker_at(t, "Le texte prévoit") == "Claire Dubois"


def test_correspondent_mid_turn_hands_nothing_over():
    # near miss: the announcement is not the turn's last sentence, so the next paragraph is still the anchor's
    t = ingest_text(FR.format(close=ANNOUNCE + " Mais d'abord, un rappel des faits."), "j.txt")
    assert speaker_at(t, "Le texte prévoit") == "Claire Dubois"


def test_first_name_alone_is_no_reporter():
    assert reporter("Les précisions avec notre correspondant Luc.") is None
    assert reporter("Les précisions avec notre correspondant à Rome Luc Marchand.") == "Luc Marchand"


def test_reporter_patterns_are_linear_on_long_lines():
    t0 = time.perf_counter()
    assert HANDOVER_REPORT.search("Correspondant Aa " * 4000 + "x.") is None
    assert HANDOVER_REPORT.search("correspondant de Aa " * 4000 + "x.") is None
    assert HANDOVER_REPORTS.match("Aa " * 20000 + "reports x y.") is None
    assert time.perf_counter() - t0 < 2.0
