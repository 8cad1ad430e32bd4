

import pytest

from quidit.chat.answer import (
    Citation,
    Conversation,
    Kind,
    Question,
    Scored,
    answer,
    classify,
    holds,
    line_kind,
    prefer_described,
    preference,
    score_sentences,
    select_quotes,
)
from quidit.chat.language import detect
from quidit.ingest import lexicon as lx


def test_language_detection():
    assert detect("Qui a parlé du dessalement ?") == "fr"
    assert detect("What did Benali say about desalination?") == "en"
    assert detect("¿Qué dijo Benali sobre la desalinización?") == "es"


def test_answer_quotes_transcript_and_names_speaker(searcher):
    a = answer("Qui a parlé du dessalement ?", searcher, abstain_below=0.3)
    assert not a.abstained and a.speaker in {"Youssef Benali", "Inès Haddad", "Claire Martin"}
    c = a.citations[0]
    assert c.sentence in c.hit.passage.text  # only the transcript's own text is quoted
    assert a.text.startswith(f"C’est {a.speaker}")
    assert f"« {c.sentence} » [1]" in a.text


@pytest.mark.parametrize("genre,lang,question,note", [
    (None, "fr", "Qui a parlé du dessalement ?", "Les citations reprennent le texte du document, en français."),
    ("report", "fr", "Qui a parlé du dessalement ?", "écrit au discours indirect"),
    ("minutes", "en", "Who talked about the budget?", "Quotes are from a report in French, written as reported speech"),
    ("verbatim", "es", "¿Quién habló del dessalement?", "versión taquigráfica (literal) en francés"),
    ("notes", "fr", "Qui a parlé du dessalement ?", "Les citations reprennent le texte du document, en français."),
], ids=["unknown genre: no claim", "report fr", "minutes en", "verbatim es", "notes: no claim"])
def test_closing_note_follows_the_documents_genre(searcher, monkeypatch, genre, lang, question, note):
    monkeypatch.setattr(searcher, "genre_of", dict.fromkeys(searcher.sources, genre))
    a = answer(question, searcher, abstain_below=0.3)
    assert a.language == lang and not a.abstained and note in a.text
    if genre in (None, "notes"):
        assert "reported" not in a.text and "indirect" not in a.text


@pytest.mark.parametrize("genre,question,lead", [
    ("report", "Que dit-on du dessalement ?", "D’après le compte rendu, "),
    ("verbatim", "What did they say about dessalement?", "According to the transcript, "),
    ("notes", "¿Qué se dijo del dessalement?", "Según el documento, "),
], ids=["report fr", "verbatim en", "notes es"])
def test_the_lead_in_names_what_the_document_is(searcher, monkeypatch, genre, question, lead):
    """A verbatim transcript is never called "the report"."""
    monkeypatch.setattr(searcher, "genre_of", dict.fromkeys(searcher.sources, genre))
    a = answer(question, searcher, abstain_below=0.0)
    assert a.text.startswith(lead)


@pytest.mark.parametrize("question,opening,closing", [
    ("Que dit-on du dessalement ?", " : « ", " » [1]."),
    ("What did they say about dessalement?", ": “", "” [1]."),
    ("¿Qué se dijo del dessalement?", ": «", "» [1]."),
], ids=["fr", "en", "es"])
def test_quotes_take_the_questions_typography(searcher, question, opening, closing):
    a = answer(question, searcher, abstain_below=0.0)
    c = a.citations[0]
    assert f"{opening}{c.sentence.strip()}{closing}" in a.text


def test_index_carries_the_genre_ingest_detected(searcher):
    """The second transcript is a reported-speech report; its answers say so without being told."""
    assert set(searcher.genre_of.values()) == {"report"}
    assert "écrit au discours indirect" in answer("Qui a parlé du dessalement ?", searcher, abstain_below=0.3).text


@pytest.mark.parametrize("sentence,kind", [
    ("4-1 : VOIRIE – Travaux de réfection de la rue", "heading"),
    ("ORDRE DU JOUR", "heading"),
    ("Madame CHOTARD : 8 voix.", "procedural"),
    ("Pour : 12, contre : 2.", "procedural"),
    ("Le maire rappelle que les travaux coûteront 12 000 euros.", None),
    ("Dépenses Recettes Travaux 285 200 € HT État (DETR 2016) (60 %) 171 120 € Total TTC 342 240 € Madame X demande pourquoi.",
     "heading"),
    ("Le montant est estimé à 110 000 € HT, soit 132 000 € TTC, dont 22 000 € de TVA et 5 % d’aléas.", None),
], ids=["agenda item", "capitals", "vote count", "vote tally", "speech", "table cells run together", "speech giving amounts"])
def test_line_kind(sentence, kind):
    assert line_kind(sentence) == kind


@pytest.mark.parametrize("text,found", [
    ("Travaux 285 200 € HT État (60 %) 171 120 € et $5", ["285 200 €", "60 %", "171 120 €", "$5"]),
    ("soit 1.361 euros, puis 12 34 sans unité", ["1.361 euros"]),
    ("1 2 $5 et 3 eurosx", ["$5 "]),
    ("12 34 56", []),
], ids=["units and currency", "a run without unit is not an amount", "unit glued to a word", "no unit"])
def test_amounts(text, found):
    assert [m.group(0) for m in lx.amounts(text)] == found


def test_line_kind_reads_a_long_run_of_numbers_once():
    # a table's column of figures with no unit, tens of thousands of characters in one "sentence": each run of
    # digits is read once (it used to be rescanned from each digit, quadratic: minutes on this line instead of milliseconds)
    assert line_kind("Totaux " + "1 2, 3. " * 10000 + "fin de la table", spoken=True) is None


@pytest.mark.parametrize("sentence,spoken,kind", [
    ("1) La déclaration finale de la COP 21 donne un rôle différent aux villes.", True, None),
    ("1) La déclaration finale de la COP 21 donne un rôle différent aux villes.", False, "heading"),
    ("3) Subventions aux associations", True, "heading"),
    ("Node.js v4 Release Timeline #2522", False, "heading"),
    ("Node.js v4 Release Timeline #2522", True, None),
    ("## 11h50-12h30 : Elena Pierazzo : L’édition comme lieu de fabrique des savoirs et des savoir-faire critiques", False, "heading"),
    ("(INICIA VIDEO)", False, "heading"),
    ("(INICIA VIDEO)", True, "heading"),
    ("<dka> https://wiki.mozilla.org/WebAPI/WebNFC#Fifth_iteration", True, "heading"),
    ("mnot: see http://w3ctag.github.io for the list", True, None),
], ids=["numbered item of a speaker", "numbered item in narration", "unpunctuated numbered item of a speaker",
        "title line in narration", "short unpunctuated line of a speaker", "markdown heading", "stage direction",
        "stage direction in a speaker's passage", "link alone", "sentence with a link"])
def test_line_kind_depends_on_who_says_it(sentence, spoken, kind):
    assert line_kind(sentence, spoken) == kind


@pytest.mark.parametrize("want,sentence,expected", [
    ("number", "Le budget atteint 2,5 millions d’euros.", True),
    ("number", "Le budget est important.", False),
    ("date", "La station a ouvert en mars 2018.", True),
    ("date", "La station a ouvert récemment.", False),
    ("date", "Monday is the release date.", True),
    ("name", "Selon Youssef Benali, l’eau manque.", True),
    ("name", "L’eau manque.", False),
], ids=["number", "no number", "date", "no date", "weekday", "name", "no name"])
def test_holds_what_is_asked(want, sentence, expected):
    assert holds(want, sentence) is expected


def test_abstains_when_nothing_is_relevant(searcher):
    a = answer("Quelle est la recette de la paella ?", searcher, abstain_below=0.7)
    assert a.abstained and a.speaker is None and a.citations == []
    assert a.text.startswith("Je n’ai pas trouvé") and "[1]" in a.text


def test_named_speaker_restricts(searcher):
    a = answer("Que dit Monsieur Benali sur l'eau ?", searcher, abstain_below=0.0)
    assert a.hits and {h.passage.speaker for h in a.hits} == {"Youssef Benali"}
    a = answer("What did Madame Martin say about water?", searcher, abstain_below=0.0)
    assert {h.passage.speaker for h in a.hits} == {"Claire Martin"}


def test_a_person_named_as_the_topic_does_not_restrict_the_answer(searcher):
    """No speech or opinion verb: "Monsieur Benali" may be what the question is about, so other speakers stay."""
    q = classify("Combien de fois Monsieur Benali est-il cité dans le rapport ?", searcher)
    assert q.speakers is None


def test_a_question_about_what_a_person_said_restricts_to_them(searcher):
    assert classify("Selon Monsieur Benali, combien coûte l'eau ?", searcher).speakers == ["Youssef Benali"]


def test_roster_question(searcher):
    a = answer("Qui est la rédactrice en chef de la revue Territoires Durables ?", searcher)
    assert a.speaker == "Sophie Lemaire" and "liste des participants" in a.text
    a = answer("Qui représente Giulia Rossi ?", searcher)
    assert a.speaker == "Marco Bianchi"
    a = answer("Who is Giulia Rossi?", searcher)
    assert a.speaker == "Giulia Rossi" and "represented by Marco Bianchi" in a.text
    a = answer("¿Quién es Thomas Girard?", searcher)  # an audience member, described from the report
    assert a.speaker == "Thomas Girard" and "Según el informe" in a.text and "AFD" in a.text


def test_follow_up_keeps_speaker(searcher):
    conv = Conversation()
    first = answer("Que dit Madame Gomez sur l'eau ?", searcher, conversation=conv, abstain_below=0.0)
    assert first.speaker == "Ana Lucía Gómez Ruiz"
    nxt = answer("et sur le financement ?", searcher, conversation=conv, abstain_below=0.0)
    assert {h.passage.speaker for h in nxt.hits} == {"Ana Lucía Gómez Ruiz"}
    more = answer("what else did she say?", searcher, conversation=conv, abstain_below=0.0)
    assert {h.passage.speaker for h in more.hits} == {"Ana Lucía Gómez Ruiz"}


def test_json_shape(searcher):
    d = answer("dessalement", searcher, abstain_below=0.0).to_dict()
    assert set(d) == {"question", "answer", "speaker", "abstained", "passages"}
    assert set(d["passages"][0]) == {"id", "source", "speaker", "role", "page", "start_s", "end_s", "score", "text"}


@pytest.mark.parametrize("sentence", [
    "Y también preguntarle al subsecretario acerca de la variante MU, si ya está aquí en México.",
    "Comment coordonner ces actions ?",
    "¿Qué está pasando con el Conacyt?",
], ids=["request to ask", "question mark", "spanish question"])
def test_a_sentence_asking_a_question_is_quoted_after_one_that_answers(searcher, sentence):
    q = Question("Le variant MU est-il au Mexique ?", "fr", Kind.WHAT, "variant MU")
    hit = searcher.search("dessalement", k=1).hits[0]
    plain = "Ya tenemos la variante MU, que se identificó al inicio del año en Sudamérica."
    assert preference(q, Scored(0.9, 0, sentence), hit) < preference(q, Scored(0.9, 0, plain), hit)


DIALOGUE = """Compte rendu de la réunion du comité de l'eau

Jane Roe: Bonjour à tous, nous commençons la réunion.
Paul Durand: Pourquoi le budget de l'eau a-t-il baissé cette année ?
Jane Roe: Le budget de l'eau a baissé parce que l'aide de l'État a pris fin en mars.
Paul Durand: Merci pour cette réponse claire.
Jane Roe: Nous passons au point suivant sur les citoyens.
"""


@pytest.fixture(scope="module")
def dialogue(tmp_path_factory):
    """A labelled transcript where one person asks and another answers in the next turn (fake encoder)."""
    from fakes import FakeEncoder

    from quidit.index.service import open_index
    from quidit.settings import Settings

    tmp = tmp_path_factory.mktemp("dialogue")
    (tmp / "corpus").mkdir()
    (tmp / "corpus" / "comite.txt").write_text(DIALOGUE, encoding="utf-8")
    return open_index(Settings(corpus=tmp / "corpus", home=tmp / "home", chunk_size=400, chunk_overlap=50),
                      FakeEncoder(), progress=False).searcher


def quotes_from_the_question_only(question: str, searcher) -> list[Citation]:
    """The quotes chosen when the search found only the passage that asks (the reply is not among the hits)."""
    q = classify(question, searcher)
    qv = searcher.encode_query(question)
    hits = [h for h in searcher.search(question, k=5).hits if h.passage.speaker == "Paul Durand"
            and "?" in h.passage.text]
    return select_quotes(q, score_sentences(question, hits, searcher, qv), hits, searcher, qv)


def test_a_question_asked_in_the_document_is_answered_by_the_next_speakers_reply(dialogue):
    quotes = quotes_from_the_question_only("Pourquoi le budget de l'eau a-t-il baissé ?", dialogue)
    assert [c.hit.passage.speaker for c in quotes] == ["Jane Roe", "Paul Durand"]
    assert "l'aide de l'État a pris fin" in quotes[0].sentence


def test_a_question_restricted_to_the_asker_never_quotes_another_speakers_reply(dialogue):
    question = "Pourquoi le budget de l'eau a-t-il baissé ?"
    q = classify(question, dialogue, speakers=["Paul Durand"])
    qv = dialogue.encode_query(question)
    hits = dialogue.search(question, k=5, speakers=["Paul Durand"]).hits
    quotes = select_quotes(q, score_sentences(question, hits, dialogue, qv), hits, dialogue, qv)
    assert {c.hit.passage.speaker for c in quotes} == {"Paul Durand"}


def test_a_question_about_who_asked_quotes_the_question(dialogue):
    quotes = quotes_from_the_question_only("Qui a demandé pourquoi le budget de l'eau a baissé ?", dialogue)
    assert quotes[0].hit.passage.speaker == "Paul Durand" and "?" in quotes[0].sentence


def test_following_gives_the_next_passages_of_the_same_document(dialogue):
    first = next(p for p in dialogue.passages if "Pourquoi" in p.text)
    assert [p.speaker for p in dialogue.following(first.id, 2)] == ["Jane Roe", "Paul Durand"]


@pytest.mark.parametrize("sentence,asking", [
    ("Madame Fabienne JOUVE demande pourquoi le taux de TVA est à 20%.", True),
    ("Monsieur BLANCHET pose la question de la location de l’équipement sono.", True),
    ("Seguidamente se pregunta por los ingresos de multas.", True),
    ("She asked whether the pool would reopen.", True),
    ("dka: what does the IETF think", True),
    ("Monsieur le maire demande au conseil municipal d’approuver le plan de financement.", False),
    ("mnot: we'll clean up whatever mess you guys make", False),
], ids=["demande pourquoi", "pose la question", "pregunta por", "asked whether", "scribe question without its mark",
        "a request to the council", "a statement"])
def test_asking_sentences(sentence, asking):
    assert lx.asks(sentence) is asking


@pytest.mark.parametrize("question,speakers", [
    ("Que pense la directrice de Marseille de l'eau ?", ["Claire Martin"]),
    ("What did the director from Marseille say about water?", ["Claire Martin"]),
    ("Qu'a dit l'adjoint au maire de Tanger ?", ["Youssef Benali"]),
    ("Que dit-on de l'eau à Marseille ?", []),
    ("Qu'a dit la personne chargée du dossier ?", []),
], ids=["title and organisation", "title across languages", "title and place", "a place alone is a topic",
        "a word several speakers share"])
def test_described_in(searcher, question, speakers):
    assert searcher.described_in(question) == speakers


def test_quotes_come_only_from_the_speaker_the_question_describes(searcher):
    question = "Que dit l'adjoint au maire de Tanger sur l'eau et le dessalement ?"
    q = classify(question, searcher)
    hits = searcher.search(question, k=5).hits
    assert hits[0].passage.speaker != "Youssef Benali" and "Youssef Benali" in {h.passage.speaker for h in hits}
    assert {h.passage.speaker for h in prefer_described(q, hits, searcher)} == {"Youssef Benali"}


def test_a_heading_that_fits_best_is_replaced_by_what_a_speaker_says_under_it(dialogue):
    question = "Qu'a-t-on dit au comité de l'eau sur le budget ?"
    q = classify(question, dialogue)
    qv = dialogue.encode_query(question)
    hits = [h for h in dialogue.search(question, k=10).hits if h.passage.speaker is None]  # the title line only
    assert len(hits) == 1 and line_kind(hits[0].passage.text) == "heading"
    quotes = select_quotes(q, score_sentences(question, hits, dialogue, qv), hits, dialogue, qv)
    assert [c.hit.passage.speaker for c in quotes] == ["Jane Roe"] and "budget" in quotes[0].sentence


def test_a_sentence_by_the_participant_the_question_names_is_preferred(searcher):
    hits = searcher.search("dessalement", k=10).hits
    by = {h.passage.speaker: h for h in hits if h.passage.speaker}
    named, other = sorted(by)[:2]
    q = Question(f"Qu'a proposé {named} ?", "fr", Kind.WHAT, "proposé", named=[named])
    sentence = "Le dessalement coûte cher mais il faut le financer."
    assert preference(q, Scored(0.9, 0, sentence), by[named]) > preference(q, Scored(0.9, 0, sentence), by[other])


def test_no_participant_named_no_speaker_preferred(searcher):
    hits = searcher.search("dessalement", k=10).hits
    by = {h.passage.speaker: h for h in hits if h.passage.speaker}
    a, b = sorted(by)[:2]
    q = Question("Qu'a-t-on proposé ?", "fr", Kind.WHAT, "proposé")
    sentence = "Le dessalement coûte cher mais il faut le financer."
    assert preference(q, Scored(0.9, 0, sentence), by[a]) == preference(q, Scored(0.9, 0, sentence), by[b])


def test_classify_keeps_the_participants_a_question_names(searcher):
    assert classify("Qu'a dit Youssef Benali sur le dessalement ?", searcher).named == ["Youssef Benali"]


@pytest.mark.parametrize("who,expected", [
    ("El señor Presidente", "el señor Presidente"),
    ("La Présidente", "la Présidente"),
    ("The Chair", "the Chair"),
    ("Le Bouillonnec", "Le Bouillonnec"),
    ("Jane Roe", "Jane Roe"),
], ids=["spanish role", "french role", "english role", "a surname that opens with an article", "a name"])
def test_a_role_named_mid_sentence_takes_a_lower_case_article(who, expected):
    from quidit.chat.answer import mid_sentence

    assert mid_sentence(who, who) == expected
