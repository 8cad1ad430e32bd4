"""Written interviews whose title is only the interviewee's name ("Gaël Varoquaux", no "interview with"): an interview
series posts each answer sheet under who answers. The questions address him in the second person; the answers are his.
Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


FR = """Claire Dumoulin

Où travailles-tu ?

Je passe la plupart de mon temps au laboratoire de chimie, à Orsay. Mon bureau est au deuxième étage.

Quel est ton parcours ?

J'ai fait des études de biologie, puis une thèse en chimie analytique. Ensuite je suis partie deux ans à Montréal.

Quels outils utilises-tu ?

Je travaille surtout avec R et un éditeur de texte. Le reste du temps, je relis le code des stagiaires.

Qu'est-ce qui te plaît dans ce travail ?

La liberté de choisir mes sujets. Personne ne me dit quoi chercher.
"""

EN = """Tomas Whitfield

Where do you work?

I spend most of my time at the observatory, in the instrument shop. My desk is next to the spectrograph.

What is your background?

I studied mechanical engineering and then moved to astronomy. That was a long detour.

Which tools do you use?

Mostly Python and a soldering iron. The rest of the day goes to reviews.
"""

ES = """Marta Quiroga

¿Dónde trabajas tú ahora?

Paso casi todo el tiempo en el instituto, en el área de datos. Mi oficina da al patio.

¿Cómo llegaste a este trabajo? ¿Qué te atrajo?

Estudié estadística y después entré en un proyecto de encuestas. Creo que fue pura casualidad.

¿Qué herramientas usas en tu día a día?

Trabajamos casi todo con R. Lo demás es hoja de cálculo.
"""

# the near miss: a page of questions readers ask a project, headed with capitalised common words
FAQ = """Frequently Asked Questions

How do you install the package?

We publish it on the package index. Our releases come out every month.

Which platforms do you support?

We test on Linux and macOS. Windows works but our team does not test it.

Where do you answer questions?

We answer on the forum. Our maintainers read it every day.
"""


def test_a_bare_name_title_over_questions_to_tu_gives_the_answers_to_that_name():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "J'ai fait des études de biologie") == "Claire Dumoulin"


def test_a_short_answer_sentence_without_first_person_is_his_too():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Personne ne me dit quoi chercher.") == "Claire Dumoulin"


def test_the_questions_under_a_bare_name_title_are_nobodys():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Quel est ton parcours ?") is None


def test_the_bare_name_title_itself_is_nobodys():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Claire Dumoulin") is None


def test_a_bare_name_title_over_questions_to_you_in_english():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "I studied mechanical engineering") == "Tomas Whitfield"


def test_a_bare_name_title_over_questions_to_tu_in_spanish():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Estudié estadística") == "Marta Quiroga"


def test_a_title_of_capitalised_words_the_text_writes_in_lower_case_names_nobody():
    t = ingest_text(FAQ, "faq.txt")
    assert _speaker(t, "We publish it on the package index.") is None


def test_a_bare_name_title_over_questions_asked_of_nobody_names_nobody():
    text = EN.replace("Where do you work?", "Where is the workshop?").replace(
        "What is your background?", "What is the background?").replace("Which tools do you use?", "Which tools are used?")
    t = ingest_text(text, "en.txt")
    assert _speaker(t, "I studied mechanical engineering") is None
