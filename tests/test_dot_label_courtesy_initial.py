"""An honorific followed by an initial or a courtesy ("Dr. D. Benito de Lue…") at a line's head inside a list of
those present is no dotted turn label ("M. Julien Aubert. Nous…"): the name is not there; and a title after the
name does not run over a semicolon ("D. José Hernandez, vecino y del comercio; el Sr. D. …" lists people)."""
from __future__ import annotations

from quidit.ingest.lexicon import DOT_LABEL


def test_an_honorific_and_an_initial_are_no_label():
    assert DOT_LABEL.match("Dr. D. Benito de Lue y Riega, el Exmo. Sr. D. Pascual Ruiz Huidobro,") is None


def test_a_title_does_not_run_over_a_semicolon():
    assert DOT_LABEL.match("D. José Hernandez, vecino y del comercio; el Sr. D. Benito de Iglesias, vecino") is None


def test_a_dotted_turn_is_still_a_label():
    assert DOT_LABEL.match("M. Julien Aubert. Nous avons examiné le budget.").group("label") == "M. Julien Aubert"


def test_a_dotted_turn_with_a_title_is_still_a_label():
    m = DOT_LABEL.match("M. Erwann Binet, rapporteur de la commission des lois. Je vous remercie.")
    assert m.group("label") == "M. Erwann Binet, rapporteur de la commission des lois"
