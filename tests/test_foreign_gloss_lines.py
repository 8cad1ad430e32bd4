"""A short line in another script inside a Latin-script transcript ("公平的问题：大公司的额外分红" between two
paragraphs of one answer) is a heading for other readers: nobody's words, and the answer goes on under it. Each
rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.foreign_glosses import mark_foreign_glosses
from quidit.ingest.lines import scan_lines

HEAD = """Entretien avec la ministre, le 3 mars

Claire : Bonjour, madame la ministre. Merci de nous recevoir.

Ministre : Bonjour. Je suis heureuse de pouvoir répondre à vos questions.

Claire : Parlons des impôts. Est-ce que les grandes entreprises paieront davantage ?

Ministre : Il faut entendre ce besoin de justice, et moi je l'entends.

{line}

Au moins à deux égards : quand on voit des entreprises aidées qui rachètent leurs propres actions, il y a un problème.

Claire : Donc ce qui est lié, c'est la taxe ?

Ministre : Non, la taxe existe déjà pour l'énergie.
"""


def test_gloss_in_another_script_is_nobodys():
    t = ingest_text(HEAD.format(line="公平的问题：大公司的额外分红"), "interview.txt")
    assert speaker_at(t, "公平的问题") is None


def test_answer_goes_on_under_the_gloss():
    t = ingest_text(HEAD.format(line="公平的问题：大公司的额外分红"), "interview.txt")
    assert speaker_at(t, "quand on voit des entreprises aidées") == "Ministre"


def test_cyrillic_gloss_too():
    t = ingest_text(HEAD.format(line="Вопрос справедливости"), "interview.txt")
    assert speaker_at(t, "quand on voit des entreprises aidées") == "Ministre"


def _glosses(text: str) -> int:
    ct = clean(text)
    return mark_foreign_glosses(ct.text, scan_lines(ct))


def test_sentence_in_another_script_is_no_gloss():
    assert _glosses(HEAD.format(line="公平的问题：大公司的额外分红")) == 1
    assert _glosses(HEAD.format(line="我们必须倾听人民的声音，这是我们的责任。")) == 0


def test_text_mostly_in_another_script_has_no_gloss():
    text = "Анна: Добрый день, коллеги, начнём собрание.\n\nИван: Спасибо, Анна. У меня вопрос по бюджету.\n\n" \
           "Вопрос бюджета\n\nАнна: Хорошо, слушаю вас внимательно.\n"
    assert _glosses(text) == 0


def test_latin_heading_still_ends_the_turn():
    t = ingest_text(HEAD.format(line="La justice fiscale"), "interview.txt")
    assert speaker_at(t, "quand on voit des entreprises aidées") != "Ministre"
