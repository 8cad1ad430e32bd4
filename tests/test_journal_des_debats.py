"""The Québec Journal des débats heads each turn with the member's full name on a line, then a label by surname and
riding ("M. Sylvain Simard" / "M. Simard (Richelieu): …"): where two members share a surname, the line above tells
them apart. A minister speaking of a working group "sous la présidence de M. X" does not make X the chair of the
sitting. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

JOURNAL = """Questions et réponses orales

Le Président: Nous en sommes maintenant à la période de questions et de réponses orales. M. le député de Richelieu.

Régime de retraite des dirigeants

M. Sylvain Simard

M. Simard (Richelieu): M. le Président, le régime de retraite des dirigeants des universités est inacceptable pour les contribuables.

Le Président: Mme la présidente du Conseil du trésor.

Mme Michelle Courchesne

Mme Courchesne: Merci, M. le Président. Le gouvernement, par le biais d'un groupe de travail qui est sous la présidence de M. Alban D'Amours, a demandé d'étudier l'avenir de nos régimes de retraite.

Le Président: Principale, M. le député de Kamouraska-Témiscouata.

Aide aux producteurs agricoles

M. André Simard

M. Simard (Kamouraska-Témiscouata): M. le Président, la Banque Nationale a accès aux programmes d'aide du ministère de l'Agriculture.

Le Président: M. le ministre de l'Agriculture.

M. Pierre Corbeil

M. Corbeil: M. le Président, les programmes s'appliquent à toutes les entreprises agricoles du Québec.

Le Président: Cela met fin à la période de questions et de réponses orales.
"""


def test_the_full_name_line_tells_two_members_of_one_surname_apart():
    t = ingest_text(JOURNAL, "journal.txt")
    assert (speaker_at(t, "des universités est inacceptable"), speaker_at(t, "la Banque Nationale a accès")) \
        == ("Sylvain Simard", "André Simard")


def test_a_working_group_s_chair_in_a_minister_s_words_is_not_the_sitting_s():
    t = ingest_text(JOURNAL, "journal.txt")
    assert speaker_at(t, "Cela met fin à la période") == "Le Président"


def test_a_member_addressing_the_chair_is_not_the_chair():
    text = JOURNAL.replace("M. Corbeil: M. le Président, les programmes s'appliquent à toutes les entreprises agricoles du Québec.",
                           "M. Corbeil: Merci. Les programmes s'appliquent à toutes les entreprises.\n\n"
                           "M. le Président, c'est important de mentionner que les programmes sont ouverts à tous.")
    t = ingest_text(text, "journal.txt")
    assert speaker_at(t, "c'est important de mentionner") == "Pierre Corbeil"
