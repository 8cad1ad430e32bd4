"""Retold interviews: a host, alone at the microphone, recounts a conversation he had with a guest, with no label or
quotation mark between his words and her answers in the first person. Each rule on a small text written for the test
(the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


ES = """Grandes voces. Capítulo 3. Marta Ruiz

Les habla Tomás Vidal Peña desde Radio Sur y esto es Memorias, un programa sobre la música del país. Hoy les cuento una conversación que tuve en 2010 con la pianista Marta Ruiz. Es difícil que alguien no conozca a Marta Ruiz.

Le pregunto, ¿dónde nació usted?

En Sevilla, pero crecí en Quito con mis abuelos. Mi abuela Marta, de quien llevo el nombre, tocaba el piano todas las tardes.

Ella me cuenta que vivieron en una casa muy pequeña. Mi padre trabajaba en el puerto y mi madre cosía para las vecinas.

Yo le pregunto, ¿cuándo empezó a tocar en público?

Y dice Marta, yo tenía doce años cuando toqué por primera vez en el teatro. Entonces mi maestro Julián llegó a casa y dijo, esta niña tiene que estudiar en el conservatorio. Nunca lo olvidé.

Le digo que aquello debió ser muy emocionante. Sí, por supuesto, dice ella. Eso fue lo más importante que me pasó de niña.

Uno escucha esto y se emociona, sigue contando Marta Ruiz. Después gané una beca para estudiar en Viena.

Esos años de conservatorio a los que alude Marta Ruiz fueron los del gran auge de la música de cámara en Quito. En la próxima parte del programa seguimos con esta historia. Ya regresamos.
"""


def test_the_host_who_names_himself_says_the_opening():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Hoy les cuento una conversación") == "Tomás Vidal Peña"


def test_the_host_who_asks_says_the_question():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "¿dónde nació usted?") == "Tomás Vidal Peña"


def test_the_answer_after_the_hosts_question_is_the_guests():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "En Sevilla, pero crecí en Quito") == "Marta Ruiz"


def test_a_speech_verb_before_her_words_gives_them_to_the_guest():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Y dice Marta, yo tenía doce años") == "Marta Ruiz"


def test_a_speech_verb_after_her_words_gives_them_to_the_guest():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Sí, por supuesto, dice ella.") == "Marta Ruiz"


def test_the_host_reporting_what_she_tells_says_it_and_her_account_follows():
    t = ingest_text(ES, "es.txt")
    assert (_speaker(t, "Ella me cuenta que vivieron"), _speaker(t, "Mi padre trabajaba en el puerto")) == \
        ("Tomás Vidal Peña", "Marta Ruiz")


def test_the_host_saying_she_goes_on_says_it_and_her_words_follow():
    t = ingest_text(ES, "es.txt")
    assert (_speaker(t, "Uno escucha esto y se emociona"), _speaker(t, "Después gané una beca")) == \
        ("Tomás Vidal Peña", "Marta Ruiz")


def test_someone_the_guest_quotes_does_not_speak():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Entonces mi maestro Julián llegó") == "Marta Ruiz"


def test_the_host_naming_the_guest_in_the_third_person_says_it():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Esos años de conservatorio a los que alude") == "Tomás Vidal Peña"


def test_the_guest_naming_someone_else_with_her_name_in_the_first_person_keeps_it():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Mi abuela Marta, de quien llevo el nombre") == "Marta Ruiz"


def test_the_hosts_announcement_of_the_next_part_is_his():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Ya regresamos.") == "Tomás Vidal Peña"


def test_the_title_line_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Grandes voces") is None


def test_only_the_host_and_the_guest_are_listed():
    t = ingest_text(ES, "es.txt")
    assert sorted(s.name for s in speakers_of(t)) == ["Marta Ruiz", "Tomás Vidal Peña"]


def test_without_the_host_naming_himself_it_is_not_a_retold_interview():
    t = ingest_text(ES.replace("Les habla Tomás Vidal Peña desde Radio Sur y esto es Memorias",
                               "Esto es Memorias"), "es.txt")
    assert "Tomás Vidal Peña" not in {s.speaker for s in t.sentences}


def test_fewer_than_three_questions_of_the_host_is_not_a_retold_interview():
    text = ES.replace("Yo le pregunto, ¿cuándo", "¿Y cuándo").replace("Le digo que aquello", "Aquello")
    t = ingest_text(text, "es.txt")
    assert "Tomás Vidal Peña" not in {s.speaker for s in t.sentences}


EN = """Remarkable Lives, Episode 4

I'm Daniel Hart and this is Remarkable Lives. Today I retell a conversation I had with the climber Ruth Okafor in 2015.

I ask her, where did you learn to climb?

In Scotland, on the sea cliffs near my grandmother's house. My brother took me there every summer.

Then I tell her that it must have been frightening. She says, not at all, I felt at home on the rock. We climbed until dark.

I asked her about her first expedition. It was in Nepal, and I was twenty. The cold was worse than anything I had imagined.

This episode is about courage, and Ruth Okafor has plenty of it. We'll be right back.
"""


def test_english_the_hosts_question_is_his():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "I ask her, where did you learn") == "Daniel Hart"


def test_english_the_answer_after_it_is_the_guests():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "In Scotland, on the sea cliffs") == "Ruth Okafor"


def test_english_she_says_gives_the_words_to_the_guest():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "She says, not at all") == "Ruth Okafor"


def test_english_the_presenters_words_are_the_hosts():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "This episode is about courage") == "Daniel Hart"


FR = """Portraits, épisode 2

Ici Paul Garnier, et vous écoutez Portraits. Je vous raconte aujourd'hui ma rencontre avec la photographe Inès Morel.

Je lui demande où elle a appris la photographie. À Lyon, dans l'atelier de mon oncle. Il me prêtait son appareil le dimanche.

Je lui dis que c'est un beau début. Elle me répond, oui, mais j'ai mis dix ans à vivre de mon travail.

Je lui demande ce qu'elle photographie aujourd'hui. Des visages, surtout. Je cherche les gens qui ne posent pas.

Dans cette émission, Inès Morel nous a ouvert son atelier. Restez avec nous.
"""


def test_french_the_answer_after_the_hosts_question_is_the_guests():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "À Lyon, dans l'atelier de mon oncle") == "Inès Morel"


def test_french_the_presenters_words_are_the_hosts():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Dans cette émission") == "Paul Garnier"


ES_INVERTED = """Les habla Tomás Vidal Peña desde Radio Sur. Hoy les traigo mi charla con la escritora Lola Martín Sanz.

Le pregunto, ¿cuándo empezó a escribir?

Muy pronto, dice Lola, a los nueve años ya llenaba cuadernos enteros. Mi madre los guardaba todos.

Yo le digo, eso es admirable. Nada de eso, responde Lola, escribía por aburrimiento.

Le pregunto, ¿y su primer libro? Tardé mucho en publicarlo, contesta Lola, casi diez años.
"""


def test_a_guest_named_only_after_the_speech_verb_gets_her_words_under_her_fullest_name():
    t = ingest_text(ES_INVERTED, "es.txt")
    assert _speaker(t, "Mi madre los guardaba todos.") == "Lola Martín Sanz"


FR_PAST = """Ici Paul Garnier, et vous écoutez Portraits. Je vous raconte ma rencontre avec la photographe Inès Morel.

Je lui ai demandé où elle avait appris la photographie. Chez mon oncle, m'a-t-elle dit, il me prêtait son appareil.

Je lui ai dit que c'était un beau début. Elle m'a répondu : oui, mais j'ai mis dix ans à en vivre.

Je lui ai demandé ce qu'elle photographie aujourd'hui. Des visages, surtout.
"""


def test_french_a_past_speech_verb_after_her_words_gives_them_to_the_guest():
    t = ingest_text(FR_PAST, "fr.txt")
    assert _speaker(t, "Chez mon oncle, m'a-t-elle dit") == "Inès Morel"


def test_french_the_hosts_past_question_is_his():
    t = ingest_text(FR_PAST, "fr.txt")
    assert _speaker(t, "Je lui ai dit que c'était un beau début.") == "Paul Garnier"
