"""Conference reports that retell each talk in reported speech, one paragraph per line, with no participants list and
no speaker labels: a speaker named in full once and then by first name or pronoun, plain heading lines between the
talks, the author's own first-person remarks. Each rule on a small text written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.labels import line_units, parse_label
from quidit.ingest.lines import _line_headings
from quidit.ingest.pipeline import speakers_of

REPORT = """Journée du web accessible : deuxième partie

Voici la deuxième partie de mon compte-rendu de la journée, après la conférence de Marc Lenoir sur les formulaires.
Il n’a échappé à personne que les téléphones ont tout changé pour les personnes aveugles, et la matinée en a parlé.
Lecteurs d’écran sur mobile
La première présentation portait sur les lecteurs d’écran.
Ainsi, Hugo Ferrand, développeur, explique comment il utilise son téléphone au quotidien.
Il commence par les gestes de base qui remplacent la souris et le clavier.
Une autre application qui a changé sa vie : le journal du matin, qu’il écoute dans le train chaque jour.
Il serait intéressant de refaire la même étude avec d’autres téléphones dans quelques années. Je l’espère.
Cette étude mériterait une suite sur les tablettes, avec bien plus d’utilisateurs qu’on en a vu ici.
Tests avec des utilisateurs
Après HTML et ARIA, on parle de tests avec Paul Girard et Léa Morin et leur présentation sur les méthodes d’évaluation.
Pour commencer, Léa met en valeur les liens entre ergonomie et accessibilité dans les projets.
Ces deux domaines sont plus complémentaires qu’opposés, même si on les traite souvent séparément.
Suite à cela, Paul prend la parole pour présenter le tri de cartes avec les utilisateurs.
Il présente aussi le test d’arborescence, qui montre les chemins suivis par chacun.
Démonstration pratique
Retour de Marc Lenoir pour une démonstration très simple : il nous présente des outils de vérification.
Les tests sont si simples qu’il laisse sa fille Zoé les effectuer devant toute la salle ce jour-là.
Zoé nous montre ainsi comment vérifier les alternatives des images en quelques clics.
Elle montre aussi comment vérifier les titres de la page et les étiquettes des formulaires.
Voilà pour cette démonstration très concrète et utile à tous les participants de la journée !
Les outils gratuits suffisent souvent pour trouver les erreurs les plus fréquentes dans une page.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "report.txt")
    return speaker_at(t, fragment)


@pytest.fixture(scope="module")
def report():
    return ingest_text(REPORT, "report.txt")


def _in(t, fragment: str) -> str | None:
    return speaker_at(t, fragment)


@pytest.mark.parametrize("fragment, speaker", [
    ("Ainsi, Hugo Ferrand, développeur, explique", "Hugo Ferrand"),
    ("Pour commencer, Léa met en valeur", "Léa Morin"),
    ("Suite à cela, Paul prend la parole", "Paul Girard"),
    ("Retour de Marc Lenoir pour une démonstration", "Marc Lenoir"),
    ("Zoé nous montre ainsi", "Zoé"),
], ids=["full-name-subject-of-speech-verb", "first-name-of-full-name-met-before", "first-name-takes-the-floor",
        "pronoun-after-colon-names-the-clause-before", "one-word-name-with-its-verb"])
def test_who_opens_a_reported_talk(report, fragment, speaker):
    assert _in(report, fragment) == speaker


@pytest.mark.parametrize("fragment, speaker", [
    ("Il commence par les gestes de base", "Hugo Ferrand"),
    ("Une autre application qui a changé sa vie", "Hugo Ferrand"),
    ("Ces deux domaines sont plus complémentaires", "Léa Morin"),
    ("Il présente aussi le test d’arborescence", "Paul Girard"),
    ("Les tests sont si simples", "Marc Lenoir"),
    ("Elle montre aussi comment vérifier les titres", "Zoé"),
], ids=["pronoun-sentence", "sentence-without-cue", "sentence-without-cue-first-name-speaker", "pronoun-after-hand-over",
        "after-pronoun-opener", "pronoun-after-one-word-name"])
def test_the_speaker_carries_over_the_reported_sentences(report, fragment, speaker):
    assert _in(report, fragment) == speaker


@pytest.mark.parametrize("fragment", [
    "Voici la deuxième partie de mon compte-rendu",
    "Lecteurs d’écran sur mobile",
    "La première présentation portait",
    "Il serait intéressant de refaire la même étude",
    "Cette étude mériterait une suite",
    "Tests avec des utilisateurs",
    "Après HTML et ARIA, on parle de tests avec Paul Girard",
    "Voilà pour cette démonstration",
    "Les outils gratuits suffisent souvent",
], ids=["author-intro", "line-heading", "after-line-heading", "author-first-person-line", "after-author-line",
        "line-heading-ends-talk", "names-mentioned-without-speech-verb", "closing-formula", "after-closing-formula"])
def test_headings_and_the_author_are_nobody(report, fragment):
    assert _in(report, fragment) is None


def test_only_people_who_speak_are_listed(report):
    assert {s.name for s in speakers_of(report)} == {"Hugo Ferrand", "Léa Morin", "Paul Girard", "Marc Lenoir", "Zoé"}


@pytest.mark.parametrize("doc, fragment", [
    ("Les notes de la journée.\n\nLe livre de Claire Fontaine explique comment tester une page.\n", "Le livre de Claire Fontaine"),
    ("Les notes de la journée.\n\nOn parle avec Paul Girard et Paul Roche.\nPaul présente ensuite le tri de cartes.\n",
     "Paul présente ensuite"),
    ("Les notes de la journée.\n\nZoé explique comment vérifier les images.\n", "Zoé explique"),
    ("Les notes de la journée.\n\nRetour de Marc Lenoir pour une démonstration : il fait beau ce jour-là.\n", "Retour de Marc"),
], ids=["full-name-after-de-is-not-subject", "first-name-of-two-full-names", "one-word-name-never-written-mid-sentence",
        "pronoun-after-colon-without-speech-verb"])
def test_mentions_that_do_not_open_a_talk(doc, fragment):
    assert _speaker(doc, fragment) is None


def test_first_person_is_the_speakers_own_without_a_report_of_the_author():
    doc = ("Réunion du comité.\n\nMarc Petit explique que le budget est serré cette année.\n"
           "Je pense que nous devons reporter les travaux de la salle.\n")
    assert _speaker(doc, "Je pense que nous devons") == "Marc Petit"


def _heads(raw: str) -> list[str]:
    ct = clean(raw)
    units = line_units(ct)
    return [ct.text[units[i].start:units[i].end] for i in sorted(_line_headings(ct.text, units))]


def test_heading_lines_of_a_one_paragraph_per_line_text():
    assert _heads(REPORT) == ["Lecteurs d’écran sur mobile", "Tests avec des utilisateurs", "Démonstration pratique"]


def test_no_heading_lines_in_wrapped_text():
    wrapped = "\n".join(["Le conseil municipal s'est réuni en séance publique sous la présidence",
                         "de Monsieur le Maire qui a ouvert la séance et rappelé les points",
                         "Travaux de voirie",
                         "qui figurent à l'ordre du jour de la réunion de ce soir dans la salle",
                         "des fêtes de la commune avec une assistance nombreuse et attentive",
                         "puis il a donné la parole au premier adjoint pour le budget primitif",
                         "de la commune qui a été voté à l'unanimité par les conseillers présents."])
    assert _heads(wrapped) == []


@pytest.mark.parametrize("label", ["Sur Android", "Dans la salle", "Pour Firefox"], ids=["sur", "dans", "pour"])
def test_a_label_led_by_a_preposition_is_no_speaker(label):
    assert parse_label(label) is None


def test_a_name_label_still_holds():
    assert parse_label("Sophie Martin") is not None


SECOND = """Notes du billet

Voici la suite de ce billet sur la journée, qui a été très riche en démonstrations et en échanges avec la salle.
Logiciel libre et accessibilité
On passe ensuite au logiciel libre avec Jean-Luc Marchand, de l’association Alpha, pour une présentation plus personnelle.
Il est aveugle et nous raconte comment il a choisi ses outils il y a dix ans.
Marchand explique aussi que les aides financières arrivent souvent trop tard.
Vidéos et sous-titres
Pour finir la journée, c’est Nadia Ferrer qui présente le projet de sous-titrage collaboratif.
Les vidéos sont d’abord annotées automatiquement, puis corrigées par des bénévoles.
J’ai trouvé le projet très prometteur pour les petites associations.
Les bénévoles travaillent en réseau et se répartissent les vidéos selon leurs compétences.
"""

ENGLISH = """Conference notes

These are my notes from the second day of the conference, which was mostly about testing with real users.
Testing with real users
After lunch, Maria Lopez talked about recruiting testers among people who use screen readers every day.
She showed how a small panel of five testers finds most of the problems in a form.
"""


@pytest.mark.parametrize("doc, fragment, speaker", [
    (SECOND, "Il est aveugle et nous raconte", "Jean-Luc Marchand"),
    (SECOND, "Marchand explique aussi", "Jean-Luc Marchand"),
    (SECOND, "c’est Nadia Ferrer qui présente", "Nadia Ferrer"),
    (SECOND, "Les vidéos sont d’abord annotées", "Nadia Ferrer"),
    (ENGLISH, "Maria Lopez talked about recruiting", "Maria Lopez"),
    (ENGLISH, "She showed how a small panel", "Maria Lopez"),
], ids=["pronoun-for-full-name-mentioned-in-intro", "surname-of-full-name-met-before", "cleft-subject",
        "after-cleft-opener", "english-talked-about", "english-pronoun-showed"])
def test_more_ways_to_open_a_reported_talk(doc, fragment, speaker):
    assert _speaker(doc, fragment) == speaker


@pytest.mark.parametrize("doc, fragment", [
    (SECOND, "J’ai trouvé le projet très prometteur"),
    (SECOND, "Les bénévoles travaillent en réseau"),
    (SECOND, "On passe ensuite au logiciel libre avec Jean-Luc Marchand"),
], ids=["author-je-in-a-billet", "after-author-line", "intro-without-speech-verb"])
def test_author_of_a_billet_and_intros_are_nobody(doc, fragment):
    assert _speaker(doc, fragment) is None


def test_a_name_after_a_noun_and_preposition_is_not_the_subject():
    doc = ("Acta de la asamblea.\n\nTras la lectura del balance, se abre el debate.\n"
           "La deuda con Marcos Acuña se muestra en el pasivo corriente del ejercicio.\n")
    assert _speaker(doc, "La deuda con Marcos Acuña") is None


LINED = """Notes de la conférence Web rapide
Nous avons assisté à la conférence et voici ce que nous en avons retenu, talk par talk, pour toute l'équipe.
Les polices variables - Marie Curie
Les polices variables réduisent le nombre de fichiers à charger pour une même famille de caractères.
J'ai bien aimé ce talk, très clair et plein d'exemples concrets pour nos projets 👏
Le cache HTTP sans douleur - Paul Martin
Les en-têtes de cache évitent de recharger les ressources inchangées à chaque visite.
Conclusion
La journée était dense et bien organisée, nous reviendrons l'an prochain avec toute l'équipe.
"""


@pytest.mark.parametrize("fragment, speaker", [
    ("Les polices variables réduisent", "Marie Curie"),
    ("Les en-têtes de cache évitent", "Paul Martin"),
    ("La journée était dense", None),
    ("J'ai bien aimé ce talk", None),
], ids=["talk-heading-line", "talk-heading-after-emoji-line", "plain-heading-line-ends-talk", "note-taker-in-talk"])
def test_talk_headings_without_blank_lines(fragment, speaker):
    assert _speaker(LINED, fragment) == speaker


def test_a_table_header_row_is_no_talk_heading():
    from quidit.ingest.lines import scan_lines
    raw = LINED.replace("Le cache HTTP sans douleur - Paul Martin\n",
                        "Point de décision | Décision Prise\n1 | Les en-têtes de cache sont adoptés par toute l'équipe.\n")
    ct = clean(raw)
    units = scan_lines(ct)
    row = next(u for u in units if ct.text[u.start:u.end].startswith("Point de décision"))
    assert not row.talk


VIEWS = """Notes from the meetup

Faster builds - Jane Roe, Acme

Remote caching makes incremental builds fast on every laptop.
It's not clear to me how to set that up with our own runners.
Nice talk, and nice to see a small team share so much.
The cache key must include the compiler version.

Les polices variables - Marie Curie

Les polices variables réduisent le nombre de fichiers à charger.
Il me semble que le subset reste indispensable pour les langues rares.
Ce talk nous a présenté les axes de variation les plus utiles.
"""


@pytest.mark.parametrize("fragment, speaker", [
    ("It's not clear to me how", None),
    ("Nice talk, and nice to see", None),
    ("The cache key must include", "Jane Roe"),
    ("Il me semble que le subset", "Marie Curie"),
    ("Ce talk nous a présenté", "Marie Curie"),
], ids=["english-me-after-preposition", "verdict-on-the-talk", "talk-goes-on-after-verdict", "french-me-semble-is-the-speakers",
        "talk-as-subject-of-speech-verb-is-no-verdict"])
def test_note_takers_view_inside_a_talk(fragment, speaker):
    assert _speaker(VIEWS, fragment) == speaker


HANDOVERS = """Notes de la journée

Voici mon compte-rendu de l'après-midi, consacré aux outils et aux retours d'expérience des équipes.
Outils de test
Place à Julie Marchal, qui travaille sur les lecteurs d'écran depuis dix ans.
Les tests automatiques ne trouvent qu'une partie des erreurs d'une page.
Une participante demande si les outils gratuits suffisent pour un petit site.
Elle répond que oui, à condition de tester aussi avec de vrais utilisateurs.
Retours d'expérience
Au tour de Marc Olivier, qui a mené la refonte d'un site public l'an dernier.
La refonte a duré huit mois et a impliqué vingt testeurs aveugles.
"""


@pytest.mark.parametrize("fragment, speaker", [
    ("Les tests automatiques ne trouvent", "Julie Marchal"),
    ("Elle répond que oui", "Julie Marchal"),
    ("La refonte a duré huit mois", "Marc Olivier"),
], ids=["place-a-hands-over", "pronoun-answer-after-unnamed-question-is-the-speaker", "au-tour-de-hands-over"])
def test_hand_overs_and_answers(fragment, speaker):
    assert _speaker(HANDOVERS, fragment) == speaker


def test_no_hand_over_without_a_person():
    doc = HANDOVERS.replace("Place à Julie Marchal, qui", "Place aux outils, qui")
    assert _speaker(doc, "Les tests automatiques ne trouvent") is None


@pytest.mark.parametrize("doc, genre", [
    (REPORT, "report"),
    ("Compte-rendu du conseil municipal\n\nMonsieur le Maire ouvre la séance.\n\nMadame Durand explique le budget.\n", "minutes"),
], ids=["authors-compte-rendu-is-a-report", "minutes-title-stays-minutes"])
def test_genre_of_an_authors_report(doc, genre):
    assert ingest_text(doc, "g.txt").genre.value == genre


ROLES = """Quotes from the debate
Here is what the leaders said at the general debate this year, in their own words and in order of speaking.
Jane Roe, President of Freedonia
We have a duty to act on the climate before it is too late for all of us.
The world cannot wait for another summit to decide what it already knows.
John Smith, Prime Minister of Sylvania
Peace is the first condition of every development plan we could ever adopt.
No country can grow while its neighbours are at war with each other.
"""


@pytest.mark.parametrize("fragment, speaker", [
    ("The world cannot wait", "Jane Roe"),
    ("No country can grow", "John Smith"),
], ids=["name-role-heading-line", "second-name-role-heading-line"])
def test_name_role_headings_without_blank_lines(fragment, speaker):
    assert _speaker(ROLES, fragment) == speaker
