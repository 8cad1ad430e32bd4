"""Questionnaire write-ups: several people's written answers to the same form, a name heading per person and the
form's questions repeated under each heading. Each rule on a small text written for the test (the real documents are
in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.records import Cue

# the answer on the line after its question, a handle in brackets after one name, an initial in another
ES = """Ponentes de las jornadas

Marta Soler Vidal

¿A qué te dedicas y cuáles son tus aficiones?:
Trabajo en una cooperativa de software. Me encanta la montaña.

¿De qué hablarás en tu charla?:
Hablaré de bases de datos. Quiero que la gente pierda el miedo a SQL.

Tomás R. Ibáñez (tomasri)

¿A qué te dedicas y cuáles son tus aficiones?:
Soy profesor de secundaria. Toco la guitarra en un grupo.

¿De qué hablarás en tu charla?:
Contaré cómo usamos Linux en el aula. Es una experiencia de diez años.
"""

# the answer on the question's own line, an affiliation after the name
EN = """Jane Roe, Acme Labs

What do you work on? I maintain a build tool. It keeps me busy.

What will you talk about? Caching. I think most builds are slower than they need to be.

Peter Grant

What do you work on? I teach networking at a college. My students run the lab.

What will you talk about? Packet captures. They are less scary than they look.
"""

FR = """Claire Morel

Quel est votre parcours ? :
J'ai commencé comme graphiste. Je code depuis dix ans.

Racontez-nous un souvenir d'enfance. :
Je démontais les radios de mon grand-père.

Hugo Lambert

Quel est votre parcours ? :
Je viens de la physique. Le logiciel libre m'a attiré très tôt.

Racontez-nous un souvenir d'enfance. :
Je lisais tout le temps. Ma mère cachait mes livres.
"""


def test_spanish_answers_go_to_the_heading_above():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Me encanta la montaña") == "Marta Soler Vidal"
    assert speaker_at(t, "Toco la guitarra") == "Tomás R. Ibáñez"


def test_the_form_questions_are_nobodys():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "¿De qué hablarás en tu charla?") is None
    assert next(s.cue for s in t.sentences if "¿De qué hablarás" in t.text[s.start:s.end]) == Cue.NARRATION


def test_the_introduction_before_the_first_heading_is_not_an_answer():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Ponentes de las jornadas") is None


def test_english_answer_on_the_question_line_with_an_affiliation_after_the_name():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "It keeps me busy") == "Jane Roe"
    assert speaker_at(t, "My students run the lab") == "Peter Grant"


def test_french_answers_after_a_spaced_colon():
    t = ingest_text(FR, "fr.txt")
    assert speaker_at(t, "Je code depuis dix ans") == "Claire Morel"
    assert speaker_at(t, "Ma mère cachait mes livres") == "Hugo Lambert"


def test_the_people_are_listed_as_interviewees():
    t = ingest_text(FR, "fr.txt")
    assert {p.name for p in t.participants} >= {"Claire Morel", "Hugo Lambert"}


def test_near_miss_questions_not_repeated_under_another_heading():
    # two name headings, but each over its own questions: no shared form, so no answer goes to the headings
    text = """Claire Morel

Quel est votre parcours ? :
Je code depuis dix ans.

Hugo Lambert

Que pensez-vous du salon ? :
Je lisais tout le temps.
"""
    t = ingest_text(text, "fr.txt")
    assert speaker_at(t, "Je code depuis dix ans") is None


def test_near_miss_one_person_only():
    # the form repeated, but under one heading: not several people's answers
    text = """Claire Morel

Quel est votre parcours ? :
Je code depuis dix ans.

Quel est votre parcours ? :
Je viens de la physique.
"""
    t = ingest_text(text, "fr.txt")
    assert speaker_at(t, "Je code depuis dix ans") != "Claire Morel"


def test_near_miss_headings_that_are_not_names():
    # topic headings over a repeated checklist: no person to give the lines to
    text = """Release Notes

What changed in this version? The parser is faster.

What should you check? Nothing.

Known Issues

What changed in this version? The cache is smaller.

What should you check? The logs.
"""
    t = ingest_text(text, "en.txt")
    assert speaker_at(t, "The parser is faster") is None


# the same form in Markdown: "## Name" headings (read as a heading per speaker by the first pass), bold questions
MD = """# Five questions to our speakers

## Jane Roe

**What do you work on?**
I maintain a build tool. It keeps me busy.

**What will you talk about?**
Caching. I think most builds are slower than they need to be.

## Peter Grant

**What do you work on?**
I teach networking at a college. My students run the lab.

**What will you talk about?**
Packet captures. They are less scary than they look.
"""


def test_markdown_bold_questions_under_name_headings_are_nobodys():
    t = ingest_text(MD, "speakers.md")
    assert speaker_at(t, "What will you talk about?") is None


def test_markdown_answers_stay_with_the_heading_above():
    t = ingest_text(MD, "speakers.md")
    assert speaker_at(t, "They are less scary") == "Peter Grant"


def test_near_miss_speaker_labels_keep_the_questions_their_askers():
    # a transcript whose host asks the same questions of two guests: labels say who speaks, the rule stays out
    text = """Jane Roe

Host: What do you work on?
Jane: I maintain a build tool.

Host: What will you talk about?
Jane: Caching, I think.

Peter Grant

Host: What do you work on?
Peter: I teach networking.

Host: What will you talk about?
Peter: Packet captures, I guess.
"""
    t = ingest_text(text, "talk.txt")
    assert speaker_at(t, "Host: What will you talk about?") == "Host"
