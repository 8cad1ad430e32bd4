"""A quotation signed after a dash ('"…" - Saskia, 16 ans') that runs over two lines of one paragraph: both lines are
the signer's. Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

HEAD = ("Mon compte rendu du Forum du code à Lille\n\nTester sans douleur - Sophie DUBOIS\n\n"
        "Les tests automatisés coûtent moins cher que les bugs trouvés en production.\n\n")


def test_both_lines_of_a_signed_quotation_are_the_signers():
    doc = HEAD + ("\"Quand j'ai commencé, je ne testais rien du tout.\n"
                  "Aujourd'hui je ne livre plus rien sans tests\" - Sophie, développeuse\n")
    t = ingest_text(doc, "writeup.txt")
    assert speaker_at(t, "Quand j'ai commencé") == "Sophie DUBOIS"
    assert speaker_at(t, "Aujourd'hui je ne livre") == "Sophie DUBOIS"


def test_near_miss_a_blank_line_ends_the_quotation():
    doc = HEAD + ("\"Quand j'ai commencé, je ne testais rien du tout.\n\n"
                  "Aujourd'hui je ne livre plus rien sans tests\" - Marc, développeur\n")
    t = ingest_text(doc, "writeup.txt")
    assert speaker_at(t, "Quand j'ai commencé") != "Marc"
