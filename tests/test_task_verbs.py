""""Assurer" is a speech verb with what it asserts ("assure que…", "assure les riverains qu'une réunion…"), not with a
task ("assure un tuilage sur certains dossiers"); the conditional "suggérerait" reports a suggestion as "suggère"
does. Written for the test."""
from __future__ import annotations

from quidit.ingest.lexicon import SPEECH_VERB


def test_assurer_a_task_is_no_speech():
    assert SPEECH_VERB.search("M. Lemière se concentre sur les espaces naturels et assure un tuilage sur certains dossiers") is None


def test_assurer_what_is_true_is_speech():
    assert SPEECH_VERB.search("Sidonie Parisot assure les riverains et le CQ qu’une réunion publique aura lieu") is not None


def test_the_conditional_of_suggerer_is_speech():
    assert SPEECH_VERB.search("Y. Gibert suggérerait même de le simplifier à l’extrême") is not None
