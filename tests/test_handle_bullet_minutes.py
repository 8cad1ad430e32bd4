"""Developers' meeting logs that write each turn as a list item behind the speaker's lower-case handle ("* ko1: …"),
with issue-tracker tickets as agenda items ("[Feature #123] Title (handle)", the proposer's text pasted under it)
and "Discussion:" / "Conclusion:" parts: each rule on a small text written for the test, with near misses that must
not fire (a changelog's "* fix: …", a field list, a lower-case "questions:" ending a wrapped sentence)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import Line, part_heading
from quidit.ingest.lexicon import TICKET_HEADING
from quidit.ingest.ticket_items import mark_ticket_headings

LOG = """DevMeeting-2031-05-02

Ordinary tickets

[Feature #4101] Add a frozen flag to the loader (ravenholm42)

* The loader keeps no record of the files it froze.
* I would like a decision on the flag's name before the release.

Discussion:

* tiko: I read the ticket. The flag sounds useful to me.
* raven: We need it for the boot sequence, since we freeze early.
* tiko: Is the name final?
* zuri: I prefer a shorter name for it.
* raven: OK, I will rename it.
* pell-a: We tried the same thing last year and it worked.
* zuri: Then let us merge it.

Conclusion:

* The flag is accepted under the shorter name.

[Bug #4102] Crash when the cache is empty (qmaru)

* I think the cache should be created lazily.

Discussion:

* tiko: Can you reproduce it on the main branch?
* zuri: I could not reproduce it yesterday.
* weights: the cache holds the figures
* tiko: Let us ask for a script.

[Misc #4103] Move the meeting to Thursday

* It would help the people in other time zones.

Discussion:

* zuri: Thursday works for me.
* tiko: Fine with me too.

Naive cache
* Sampling: O(n) when the cache is cold
* Sampling: O(1) when it is warm

* tiko: the sampling cost is what worries me.
"""


@pytest.fixture(scope="module")
def log():
    return ingest_text(LOG, "devmeeting.txt")


@pytest.mark.parametrize("fragment,speaker", [
    ("I read the ticket.", "tiko"),
    ("The flag sounds useful to me.", "tiko"),
    ("We need it for the boot sequence", "raven"),
    ("I prefer a shorter name for it.", "zuri"),
    ("Thursday works for me.", "zuri"),
], ids=["handle-item", "same-item-next-sentence", "second-handle", "third-handle", "later-ticket"])
def test_handle_items_are_turns(log, fragment, speaker):
    assert speaker_at(log, fragment) == speaker


def test_a_handle_once_with_a_sentence_is_a_turn(log):
    assert speaker_at(log, "We tried the same thing last year") == "pell-a"


def test_a_handle_shaped_word_once_without_a_sentence_is_no_turn(log):
    assert speaker_at(log, "the cache holds the figures") == "zuri"  # the turn before goes on


def test_a_capitalised_field_written_in_lower_case_elsewhere_is_no_person(log):
    people = {p.name for p in log.participants}
    assert "Sampling" not in people


def test_ticket_title_is_nobodys(log):
    assert speaker_at(log, "Add a frozen flag to the loader") is None
    assert speaker_at(log, "Crash when the cache is empty") is None


def test_pasted_ticket_text_is_the_proposers(log):
    assert speaker_at(log, "I would like a decision on the flag's name") == "raven"  # "raven:" writes "ravenholm42"
    assert speaker_at(log, "the cache should be created lazily") == "qmaru"  # a handle that never speaks by label


def test_a_ticket_without_a_handle_gives_its_text_to_nobody(log):
    assert speaker_at(log, "It would help the people in other time zones.") is None


def test_conclusion_part_is_nobodys(log):
    assert speaker_at(log, "Conclusion:") is None
    assert speaker_at(log, "The flag is accepted under the shorter name.") is None


def test_discussion_is_no_person(log):
    assert "Discussion" not in {p.name for p in log.participants}


CHANGELOG = """Release notes

* fix: the parser no longer drops the last line.
* fix: a crash on empty input is gone.
* docs: the guide explains the flags.
* feat: we now read the config from the home folder.
* fix: I made the error messages clearer.
* docs: the README lists the options.
* feat: the loader warns on old files.
"""


def test_changelog_kinds_are_no_people():
    t = ingest_text(CHANGELOG, "changes.txt")
    assert all(s.speaker is None for s in t.sentences)


FIELDS = """Configuration fields

- path: the folder the files are read from.
- mode: the way the files are opened.
- path: a second folder, read after the first.
- mode: the same as above, for the second folder.
- owner: the account that owns the files.
- owner: the account for the second folder.
"""


def test_field_list_items_are_no_turns():
    t = ingest_text(FIELDS, "fields.txt")
    assert all(s.speaker is None for s in t.sentences)


def test_proposer_written_as_initials_in_capitals():
    text = """[Bug #77] Stack marking for fibers (kjtsanaktsidis)

* I propose one function for all the stacks.

Discussion:

* mira: Is it slower?
* KJ: No, it is the same code path.
* mira: Then I have no objection.
* tolo: I agree with the change.
* KJ: Thanks, I will merge it.
* tolo: Good, we can close it.
"""
    t = ingest_text(text, "kj.txt")
    assert speaker_at(t, "I propose one function for all the stacks.") == "KJ"


def test_markdown_ticket_heading():
    m = TICKET_HEADING.match("### [Évolution #412] Export des votes en CSV (jdupont)")
    assert m is not None and m.group("who") == "jdupont"


@pytest.mark.parametrize("line", ["[secret]", "[Jane Roe] notes on the talk (x)", "* [Bug #12] crash on start (ana)",
                                  "See [Bug #12] for the crash (ana)"],
                         ids=["no-number", "name-in-brackets", "bulleted-list-of-tickets", "mid-sentence"])
def test_not_a_ticket_heading(line):
    u = Line(0, len(line))
    mark_ticket_headings(line, [u])
    assert u.kind.value == "text"


@pytest.mark.parametrize("label,heading", [
    ("Discussion", True), ("Conclusion", True), ("Preliminary discussion", True), ("Débat", True),
    ("Conclusiones", True), ("questions", False), ("Jane Roe", False), ("Discussion of the budget", False),
], ids=["discussion", "conclusion", "qualified", "fr", "es-plural", "lower-case-wrapped", "name", "long-title"])
def test_part_heading(label, heading):
    assert part_heading(label) is heading


FR = """Réunion des développeurs

[Évolution #88] Un cache pour les index (lamarck)

* Je propose de garder les index en mémoire entre deux requêtes.

Débat :

* sela : Je trouve l'idée bonne.
* nour : Nous avons déjà un cache pour les fichiers.
* sela : Et la mémoire, combien en faut-il ?
* ilan : Je peux aider à mesurer.
* nour : Je mesurerai la semaine prochaine.
* ilan : Je vous envoie mes chiffres.

Conclusion :

* À mesurer avant de décider.
"""


def test_french_log():
    t = ingest_text(FR, "fr.txt")
    assert speaker_at(t, "Je propose de garder les index") == "lamarck"
    assert speaker_at(t, "Nous avons déjà un cache") == "nour"
    assert speaker_at(t, "À mesurer avant de décider.") is None


MENTIONS = """Discussion:

* tiko: I read zeno's note before the meeting.
* raven: We should answer it, zeno says the order matters.
* tiko: I agree with that.
* zuri: I can write the reply.
* raven: Good, I will review it.
* zuri: Then I send it tonight.
* zeno: My note only covers the loader, not the cache.
* cache: I think the cache is cold on the first call.
"""


def test_a_handle_the_prose_names_as_a_person_is_a_turn():
    t = ingest_text(MENTIONS, "mentions.txt")
    assert speaker_at(t, "My note only covers the loader") == "zeno"  # "zeno's note", "zeno says" name a person


def test_a_word_the_prose_writes_is_no_handle():
    t = ingest_text(MENTIONS, "mentions.txt")
    assert speaker_at(t, "I think the cache is cold") == "zeno"  # "cache" is a word of the text: the turn goes on
