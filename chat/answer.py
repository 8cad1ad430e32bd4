"""Compose a short cited answer from retrieved passages, without a language model.

`answer()` runs five named steps: classify the question → retrieve passages → select the
sentences to quote → render the answer → update the conversation. Sentences inside the top
passages are scored against the question with the same encoder plus lexical overlap; the best
ones are quoted verbatim (the transcript's own text) and attributed to the passage's speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from quidit.chat.language import TEMPLATES, detect, is_elliptic
from quidit.index.encoders import Signals
from quidit.index.lexical import tokenize
from quidit.index.search import Hit, Searcher, SearchResult
from quidit.ingest import lexicon as lx
from quidit.ingest.labels import LABEL_LINE, parse_label
from quidit.ingest.records import Participant, cite
from quidit.settings import Retriever

# Sentence scoring (see `score_sentences`).
QUOTE_POOL = 4            # sentences come from this many top passages
OVERLAP_WEIGHT = 0.15     # weight of the share of the question's stemmed words found in the sentence
RANK_PENALTY = 0.005      # per rank of the sentence's passage
NARRATION_PENALTY = 0.05  # narration (title, roster) only when nothing said fits better
# Quote selection (see `select_quotes`).
HEADING_PENALTY = 0.3     # headings and agenda titles: quoted only when nothing else is there
PROCEDURAL_PENALTY = 0.06  # vote and roster lines: quoted when no speaker's sentence fits about as well
ASKING_PENALTY = 0.06     # a sentence asking a question ("¿…?", "preguntarle si…") rarely answers one
WANT_BONUS = 0.04         # the sentence holds what the question asks for (a number, a date, a name)
NAMED_BONUS = 0.08        # the sentence is by a participant the question names (search lifts them; so does quoting)
REPLY_WINDOW = 6          # passages after a question's passage searched for someone else's reply
REPLY_MARGIN = 0.15       # the reply is quoted first when it scores within this of the question it answers
REPLY_DISTANCE = 0.005    # per passage between the question and a reply: the nearest fitting turn is the reply
FRAGMENT_WORDS = 8        # a shorter sentence is a fragment: quote its neighbours of the same passage too
MAX_SPAN = 3              # sentences in one quoted span
FOLLOW_MARGIN = 0.05      # the next sentence is quoted too when it fits within this of the quoted one
TABLE_AMOUNTS = 4         # amounts in one unpunctuated "sentence": the cells of a table run together
TITLE_WORDS = 12          # an unpunctuated narration line up to this many words is a title
SENTENCE_END = (".", "!", "?", "…", ";", "»", '"', "”")
MAX_QUOTES = 2            # sentences quoted, each from a different passage
QUOTE_MARGIN = 0.05       # a second quote must score within this of the best one
SHOWN_WHEN_ABSTAINING = 3  # closest passages listed when we abstain
ABSENT_SPEAKERS_SHOWN = 12  # speakers listed when the question asks for someone the documents do not know
ROSTER_MIN_SCORE = 2.0    # roster fields shared with a "who is" question before we trust the match
TITLE_MAX = 120           # a document's first line up to this length is its title
REPORTED_GENRES = {"report", "minutes"}  # ingest.genre.Genre values written by a reporter, not the speakers' words
VERBATIM_GENRES = {"verbatim"}

class Kind(StrEnum):
    """What the question asks for."""

    WHO_IS = "who-is"      # a person's role/organisation from the roster ("Qui est le coordinateur … ?")
    WHO_SAID = "who-said"  # the speaker of something ("Qui a parlé du boom gastronomique ?")
    WHAT = "what"          # what was said


@dataclass
class Question:
    """A classified question: what to search for, and within which speakers."""

    text: str
    lang: str
    kind: Kind
    query: str
    speakers: list[str] | None = None  # restriction applied to the search
    sources: list[str] | None = None  # documents the user restricted the search to
    follow_up: bool = False  # elliptic question continuing the previous turn
    want: str | None = None  # "number" | "date" | "name": what the sentence should hold
    about_votes: bool = False  # asks about a vote: vote lines are what it wants
    about_asking: bool = False  # asks who asked ("Who asked whether…"): the question, not its reply, is wanted
    compare: bool = False  # asks to compare: quotes may come from several documents
    kept: list[str] = field(default_factory=list)  # speakers carried over from the previous turn
    named: list[str] = field(default_factory=list)  # participants the question names ("¿Qué planteó Alecu…?")


@dataclass
class Citation:
    n: int
    hit: Hit
    sentence: str


@dataclass
class Answer:
    question: str
    text: str
    speaker: str | None
    abstained: bool
    hits: list[Hit]
    citations: list[Citation] = field(default_factory=list)
    language: str = "fr"
    notices: list[str] = field(default_factory=list)
    confidence: float | None = None  # the calibration's score of `signals`; abstention compares it to a threshold
    kept_speakers: list[str] = field(default_factory=list)  # a follow-up's speaker restriction, to show the user
    note: str | None = None  # the closing note (our template text, ends `text` in italics)
    signals: Signals | None = None  # what the abstention decision read (evals refit the calibration from them)

    def to_dict(self) -> dict:
        return {
            "question": self.question, "answer": self.text, "speaker": self.speaker, "abstained": self.abstained,
            "passages": [{"id": h.passage.id, "source": h.passage.source, "speaker": h.passage.speaker,
                          "role": h.passage.role, "page": h.passage.page,
                          "start_s": h.passage.start_s, "end_s": h.passage.end_s, "score": h.score, "text": h.passage.text}
                         for h in self.hits],
        }


@dataclass
class Conversation:
    """What a follow-up needs from the previous turn."""
    speakers: list[str] = field(default_factory=list)
    topic: str = ""
    cited: set[str] = field(default_factory=set)


@dataclass
class Scored:
    score: float
    hit_index: int
    sentence: str
    position: int = 0  # the sentence's index within its passage
    cosine: float = 0.0  # the sentence's cosine with the question alone (abstention reads the best one)


# --- 1. classify ------------------------------------------------------------------------------
def classify(question: str, searcher: Searcher, speakers: list[str] | None = None,
             conversation: Conversation | None = None, sources: list[str] | None = None) -> Question:
    """Language, kind, and the speaker restriction: explicit, named in the question, or kept from the
    previous turn only when the question is elliptic ("et sur le budget ?", "what else did she say?")."""
    lang = detect(question)
    kind = Kind.WHO_IS if lx.QUESTION_WHO_IS.search(question) and not lx.QUESTION_SPOKE.search(question) else \
        Kind.WHO_SAID if lx.QUESTION_WHO.search(question) else Kind.WHAT
    want = "number" if lx.WANTS_NUMBER.search(question) else "date" if lx.WANTS_DATE.search(question) else \
        "name" if kind is Kind.WHO_SAID else None
    q = Question(question, lang, kind, question, list(speakers) if speakers else None, list(sources) if sources else None,
                 want=want, compare=bool(lx.QUESTION_COMPARE.search(question)), about_votes=bool(lx.QUESTION_VOTE.search(question)),
                 about_asking=bool(lx.QUESTION_ASKED.search(question)))
    if speakers:
        return q
    named = searcher.named_in(question)
    q.named = named
    if named:
        if kind is Kind.WHAT and lx.QUESTION_ATTRIBUTED.search(question):
            q.speakers = named  # "Que dit Madame Aleixo sur …": restrict to that speaker (else search lifts them)
        return q
    conv = conversation
    if conv is not None and conv.speakers and kind is not Kind.WHO_IS and is_elliptic(question):
        q.follow_up, q.kept, q.speakers = True, list(conv.speakers), list(conv.speakers)
        if lx.QUESTION_MORE.search(question):
            q.query = f"{conv.topic} {question}"
    return q


def absent_speaker(question: str, searcher: Searcher) -> str | None:
    """The name a question asks to hear from ("Qu'a dit Jean Dupont…", "according to Jane Roe") when nobody of that
    name is in the documents: its last word is in no passage and no participant's name. Quoting someone else
    instead would answer as if they were that person."""
    m = lx.QUESTION_SPEAKER_NAME.search(question)
    if m is None or searcher.named_in(m.group("name"), speaking_only=False):
        return None
    last = re.findall(r"\w+", m.group("name").split()[-1])
    return None if any(searcher.mentions(w) for w in last) else m.group("name")


def render_absent(q: Question, name: str, searcher: Searcher) -> str:
    shown = searcher.speaking[:ABSENT_SPEAKERS_SHOWN]
    more = len(searcher.speaking) - len(shown)
    speakers = ", ".join(shown) + (f" (+{more})" if more > 0 else "")
    return TEMPLATES[q.lang]["absent"].format(name=name, speakers=speakers or "—")


# --- 2. retrieve ------------------------------------------------------------------------------
def retrieve(q: Question, searcher: Searcher, k: int, retriever: Retriever,
             conversation: Conversation | None = None) -> SearchResult:
    """Search; a follow-up skips passages already quoted in the conversation (when others remain)."""
    res = searcher.search(q.query, k=k, speakers=q.speakers, retriever=retriever, sources=q.sources)
    if q.follow_up and conversation is not None:
        res.hits = [h for h in res.hits if h.passage.id not in conversation.cited] or res.hits
    return res


def prefer_described(q: Question, hits: list[Hit], searcher: Searcher) -> list[Hit]:
    """The hits to quote from: only those of the speaker the question describes ("selon la présidente slovaque",
    "la secrétaire de Gobernación": `Searcher.described_in`) when the search found them, else all. A named
    speaker already restricts the search (`classify`)."""
    if q.kind is not Kind.WHAT or q.speakers:
        return hits
    wanted = set(searcher.described_in(q.text))
    return [h for h in hits if h.passage.speaker in wanted] or hits


# --- 3. select quotes -------------------------------------------------------------------------
def score_sentences(query: str, hits: list[Hit], searcher: Searcher, qv: np.ndarray | None,
                    one_document: bool = True) -> list[Scored]:
    """The stored sentences of the top passages, best first.

    Score = cosine with the question (vectors stored at index time) + OVERLAP_WEIGHT x share of the
    question's stemmed words present, minus RANK_PENALTY per rank of the passage and NARRATION_PENALTY
    for narration (title, roster): questions about what was said want a speaker. With `one_document`,
    only passages of the top passage's document are read: one answer never mixes documents.
    """
    top = hits[:QUOTE_POOL]
    if one_document and top:
        top = [h for h in top if h.passage.source == top[0].passage.source]
    if not top:
        return []
    rank = {h.passage.id: i for i, h in enumerate(hits[:QUOTE_POOL])}
    narration = {h.passage.id for h in top if not h.passage.speaker}
    q_tokens = set(tokenize(query))
    if qv is not None:
        sims = searcher.sentence_scores(qv, [h.passage.id for h in top])
    else:
        sims = [(0.0, h.passage.id, 0, h.passage.text) for h in top]
    out = []
    for sim, pid, pos, s in sims:
        i = rank[pid]
        out.append(Scored(fit(sim, q_tokens, s) - RANK_PENALTY * i - NARRATION_PENALTY * (pid in narration), i, s, pos, sim))
    return sorted(out, key=lambda x: -x.score)


def fit(sim: float, q_tokens: set[str], sentence: str) -> float:
    """Cosine plus OVERLAP_WEIGHT x the share of the question's stemmed words in the sentence."""
    return sim + OVERLAP_WEIGHT * len(q_tokens & set(tokenize(sentence))) / max(1, len(q_tokens))


def line_kind(sentence: str, spoken: bool = False) -> str | None:
    """"heading" (all capitals, agenda numbering, a title line), "procedural" (a vote line) or None for ordinary
    sentences. `spoken`: the sentence is in a speaker's passage, where "1) La déclaration finale…" is an item of
    what they said, not an agenda heading; in narration an unpunctuated short line is a title."""
    letters = "".join(filter(str.isalpha, sentence))
    if len(letters) >= 4 and sum(map(str.isupper, letters)) / len(letters) > 0.6:
        return "heading"
    text = sentence.strip()
    if text.startswith("#") or lx.STAGE.match(text) or lx.LINK_ONLY.match(text):  # a markdown heading; a stage
        return "heading"                                                              # direction; a link alone
    punctuated = text.endswith(SENTENCE_END)
    if lx.AGENDA_LINE.match(text) and not (spoken and punctuated):
        return "heading"
    if not spoken and not punctuated and len(text.split()) <= TITLE_WORDS:
        return "heading"
    amounts = lx.amounts(text)
    if len(amounts) >= TABLE_AMOUNTS and not lx.CLAUSE_MARK.search(text[:amounts[-1].end()]):
        return "heading"  # a table's cells run together ("Dépenses Recettes Travaux … 285 200 € HT État (60 %) 171 120 € …")
    if lx.VOTE_RESULT.search(sentence):
        return "procedural"
    return None


def holds(want: str | None, sentence: str) -> bool:
    """Does the sentence hold what the question asks for?"""
    if want == "number":
        return bool(lx.HAS_NUMBER.search(sentence))
    if want == "date":
        return bool(lx.HAS_DATE.search(sentence))
    if want == "name":
        return bool(lx.HAS_NAME.search(sentence[1:]))  # not the capital that starts every sentence
    return False


def own_names(q: Question) -> list[str]:
    """The names a question asks about ("Ollama", "NAFTA", "2019"), which the document answering it must write.
    Follow-ups lean on the previous question's topic and comparisons quote several documents: none then."""
    if q.compare or q.follow_up:
        return []
    return list(dict.fromkeys(m.group() for m in lx.QUESTION_OWN_NAME.finditer(q.text)))


def unmentioned_names(q: Question, hits: list[Hit], searcher: Searcher) -> list[str]:
    """The question's own names that the document it would be answered from never writes: a passage close in
    meaning cannot answer a question about something its document does not name ("In which language is Ollama
    written?" asked of a talk on another tool). Putting first the hits of documents that write them was tried and not
    kept: on real dev it found the right passage a little more often (hit@5 0.718 -> 0.726 over the top 10), but
    off-topic questions then met a document naming their words and were answered (refused 0.411 -> 0.376)."""
    names = own_names(q)
    return searcher.unmentioned(names, hits[0].passage.source, q.lang) if names and hits else []


def lacks_figure(q: Question, citations: list[Citation]) -> bool:
    """A "how many / combien / cuánto" question whose quotes hold no number is not answered by them: on real dev,
    such quotes came from 7 of 17 off-topic number questions and 1 of 73 answerable ones."""
    return q.want == "number" and bool(citations) and not any(holds("number", c.sentence) for c in citations)


def preference(q: Question, item: Scored, hit: Hit) -> float:
    """The sentence's score adjusted for quoting: headings, vote lines and questions down, the asked-for detail and
    the words of a participant the question names up ("¿Qué planteó Alecu…?" when the search lifted Alecu's passage
    but another speaker's sentence of the same document fits the words a little better)."""
    kind = line_kind(item.sentence, spoken=bool(hit.passage.speaker))
    adj = -HEADING_PENALTY if kind == "heading" else \
        -PROCEDURAL_PENALTY if kind == "procedural" and not q.about_votes else 0.0
    adj -= ASKING_PENALTY * (not q.about_asking and lx.asks(item.sentence))
    adj += NAMED_BONUS * (hit.passage.speaker in q.named)
    return item.score + adj + WANT_BONUS * holds(q.want, item.sentence)


def without_label(quote: str, hit: Hit) -> str:
    """A quote that opens its speaker's turn opens with the turn's label ("THE PRESIDENT:  It relates to…",
    "Benjamin: Ok, enfin…"); the answer names the speaker already, so the label is dropped. Only in a passage with a
    speaker, and only a label ingest would read as one ("Note : …", "Subventions : 4 000 €" stay whole)."""
    m = LABEL_LINE.match(quote) if hit.passage.speaker else None
    if m is None or not m.group("body").strip() or "\n" in quote[:m.start("body")]:
        return quote
    label = parse_label(m.group("label"))
    if label is None:
        return quote
    own = set(lx.fold(hit.passage.speaker or "").split())  # a weak label ("Benjamin:") must be a word of the speaker's name
    return m.group("body").lstrip() if label.strong or set(lx.fold(label.core).split()) <= own else quote


def span(searcher: Searcher, hit: Hit, item: Scored, follow: bool = False) -> str:
    """The sentence, or for a fragment a contiguous run of up to MAX_SPAN sentences of the same passage
    (one passage is one speaker's), taken verbatim from the passage text, without its turn label. `follow`: the
    next sentence goes with it (`follows_up`)."""
    return without_label(_span(searcher, hit, item, follow), hit)


def _span(searcher: Searcher, hit: Hit, item: Scored, follow: bool) -> str:
    if len(item.sentence.split()) >= FRAGMENT_WORDS and not follow:
        return item.sentence
    spans = searcher.passage_sentences(hit.passage.id)
    if not 0 <= item.position < len(spans):
        return item.sentence
    lo = hi = item.position
    spoken = bool(hit.passage.speaker)
    if follow and hi + 1 < len(spans):
        hi += 1
    words = lambda a, b: len(hit.passage.text[spans[a][0]:spans[b][1]].split())  # noqa: E731
    while hi - lo + 1 < MAX_SPAN and words(lo, hi) < FRAGMENT_WORDS:
        if hi + 1 < len(spans) and not line_kind(hit.passage.text[slice(*spans[hi + 1])], spoken):
            hi += 1
        elif lo > 0 and not line_kind(hit.passage.text[slice(*spans[lo - 1])], spoken):
            lo -= 1
        else:
            break
    return hit.passage.text[spans[lo][0]:spans[hi][1]]


def reply_to(q: Question, asked: Scored, hits: list[Hit], searcher: Searcher, qv: np.ndarray | None) -> tuple[Hit, Scored] | None:
    """The reply to a question someone asked in the document: the best-fitting sentence of the next REPLY_WINDOW
    passages by another speaker (the mayor's numbered answers after a councillor's questions, "mnot: we'll clean
    up…" after "dka: what does the IETF think"), when it fits the user's question within REPLY_MARGIN of the
    asking sentence. A question asks for what was answered, unless it asks who asked. The same for a heading or
    stage direction: what a speaker says under it ("(INICIA VIDEO)", then the video's speaker). Not when the
    question is restricted to some speakers: the reply would be someone else's words."""
    heading = line_kind(asked.sentence, bool(hits[asked.hit_index].passage.speaker)) == "heading"
    if qv is None or not (heading or (not q.about_asking and lx.asks(asked.sentence))):
        return None
    if q.speakers:  # restricted to some speakers (`--speaker`, or "Qu'a proposé Facundo…"): never another's reply
        return None
    asker = hits[asked.hit_index].passage
    nxt = searcher.following(asker.id, REPLY_WINDOW)
    after = {p.id: p for p in nxt if p.speaker and p.speaker != asker.speaker}
    if not after:
        return None
    q_tokens = set(tokenize(q.query))
    best: tuple[float, str, int, str, float] | None = None
    distance = {p.id: n for n, p in enumerate(nxt)}
    for sim, pid, pos, s in searcher.sentence_scores(qv, list(after)):
        if lx.asks(s) or line_kind(s, spoken=True):
            continue
        score = fit(sim, q_tokens, s) - REPLY_DISTANCE * distance[pid]
        if best is None or score > best[0]:
            best = (score, pid, pos, s, sim)
    if best is None or best[0] < asked.score - REPLY_MARGIN:
        return None
    score, pid, pos, s, sim = best
    lead = hits[asked.hit_index]
    hit = Hit(after[pid], lead.score, lead.rank, list(lead.retrievers))
    return hit, Scored(score, asked.hit_index, s, pos, sim)


def select_quotes(q: Question, scored: list[Scored], hits: list[Hit], searcher: Searcher,
                  qv: np.ndarray | None = None) -> list[Citation]:
    """Up to MAX_QUOTES sentences from different passages, within QUOTE_MARGIN of the best, ranked by
    `preference`; a fragment is widened to its span. When the best one still asks a question (nothing said fits
    as well) and another speaker answers it next (`reply_to`), the reply is quoted first and the question after it;
    when the best one is still a heading, what a speaker says under it is quoted instead."""
    ranked = sorted(scored, key=lambda x: -preference(q, x, hits[x.hit_index]))
    if not ranked:
        return []
    asked = ranked[0]
    reply = reply_to(q, asked, hits, searcher, qv)
    if reply is not None:
        hit, item = reply
        first = Citation(1, hit, span(searcher, hit, item))
        if line_kind(asked.sentence, bool(hits[asked.hit_index].passage.speaker)):
            return [first]  # a heading is never quoted
        return [first, Citation(2, hits[asked.hit_index], span(searcher, hits[asked.hit_index], asked))]
    best = preference(q, ranked[0], hits[ranked[0].hit_index])
    chosen: list[Scored] = []
    for item in ranked:
        if len(chosen) == MAX_QUOTES or (chosen and preference(q, item, hits[item.hit_index]) < best - QUOTE_MARGIN):
            break
        spoken = bool(hits[item.hit_index].passage.speaker)
        if all(item.hit_index != c.hit_index for c in chosen) and (not chosen or not line_kind(item.sentence, spoken)):
            chosen.append(item)
    at = {(x.hit_index, x.position): x for x in scored}
    return [Citation(n, hits[c.hit_index], span(searcher, hits[c.hit_index], c, follows_up(q, c, at.get((c.hit_index, c.position + 1)), hits)))
            for n, c in enumerate(chosen, 1)]


def follows_up(q: Question, item: Scored, nxt: Scored | None, hits: list[Hit]) -> bool:
    """Whether the sentence after the quoted one, in the same passage, goes with it: a minutes line that opens a topic
    ("Boris raised the issue of the outage.") is followed by what was said about it ("Boris encouraged members to…").
    It goes when it fits the question within FOLLOW_MARGIN of the quoted one, or holds what the question asks for
    (a number, a date, a name) when the quoted one does not; never a heading or a vote line."""
    if nxt is None or line_kind(nxt.sentence, bool(hits[nxt.hit_index].passage.speaker)):
        return False
    if q.want and holds(q.want, nxt.sentence) and not holds(q.want, item.sentence):
        return True
    return nxt.score >= item.score - FOLLOW_MARGIN


# --- 4. render --------------------------------------------------------------------------------
def _who(p: Participant | None, name: str | None, lang: str, full: bool = False) -> str:
    """"Name (organisation)", or with `full` "Name (role, organisation)" for who-said answers."""
    if not name:
        return TEMPLATES[lang]["narration"]
    parts = [x for x in ((p.role, p.organization) if full else (p.organization or p.role,)) if x] if p else []
    return f"{name} ({', '.join(parts)})" if parts else name


def mid_sentence(who: str, speaker: str) -> str:
    """A role-only speaker named inside a sentence takes a lower-case article ("Según el documento, el señor
    Presidente"); a person's name never changes ("Le Bouillonnec", "La Fontaine" are not roles)."""
    m = lx.ROLE_NAME_ARTICLE.match(who)
    if m is None or not any(r.match(speaker) for r in lx.ROLE_ONLY.values()):
        return who
    return m.group(1).lower() + who[m.end():]


def _participant(searcher: Searcher, name: str | None) -> Participant | None:
    return next((p for p in searcher.participants if p.name == name), None)


def document_label(searcher: Searcher, source: str) -> str:
    """How an answer names a document: its title (the first paragraph, when short) and the date its opening
    gives, else its file name."""
    first = next((p for p in searcher.passages if p.source == source), None)
    if first is None or first.start != 0:
        return source
    text = first.text.strip()
    front = lx.FRONT_MATTER.match(text)  # Markdown notes open with "---\ndate: …\ntitle: …\n---": not a title
    if front:
        named = lx.FRONT_TITLE.search(front.group(1))
        text = (named.group(1) if named else text[front.end():]).strip()
    date = lx.DOCUMENT_DATE.search(first.text[:TITLE_MAX * 4])
    title = ""
    for head in re.split(r"\n\s*\n", text, maxsplit=3)[:3]:
        title = " ".join(head.lstrip("#").split())
        if not _date_only(title):  # "Thursday, 20 September 2012" over "PROCEEDINGS OF …": the date, then the title
            break
    if lx.fold(title.strip(" :.")) in lx.OPENING_SECTIONS:  # "Time and Location": a part of the meeting, no title
        title = ""
    if not 8 <= len(title) <= TITLE_MAX or title.endswith((":", ",")) or _date_only(title):
        return f"{source} ({date.group(0)})" if date else source
    if date and not lx.DOCUMENT_DATE.search(title):  # a title that gives its own date keeps it
        return f"« {title} » ({date.group(0)})"
    return f"« {title} »"


def _date_only(line: str) -> bool:
    """A line that gives a date and nothing else but a weekday."""
    m = lx.DOCUMENT_DATE.search(line)
    rest = (line[:m.start()] + line[m.end():]) if m else line
    return bool(m) and all(lx.fold(w) in lx.WEEKDAYS for w in re.findall(r"[^\W\d_]+", rest))


def closing_note(searcher: Searcher, sources: list[str], lang: str) -> str:
    """What the quotes are: reported speech or a verbatim record when the document's genre is known, in the
    document's own language; a plain statement otherwise (never a claim we cannot back)."""
    t = TEMPLATES[lang]
    src = sources[0]
    doc_lang = t["language_names"][searcher.language_of.get(src, "fr")]
    return t[f"note_{written_as(searcher, src)}"].format(language=doc_lang)


def written_as(searcher: Searcher, source: str) -> str:
    """"reported" (a report or minutes: the writer's words), "verbatim" (the speakers' own) or "plain" (unknown)."""
    genre = searcher.genre_of.get(source)
    return "reported" if genre in REPORTED_GENRES else "verbatim" if genre in VERBATIM_GENRES else "plain"


def render(q: Question, citations: list[Citation], searcher: Searcher) -> str:
    t = TEMPLATES[q.lang]
    several = len(searcher.sources) > 1
    parts = []
    for c in citations:
        p = c.hit.passage
        first = q.kind is Kind.WHO_SAID and c.n == 1 and bool(p.speaker)
        who = _who(_participant(searcher, p.speaker), p.speaker, q.lang, full=first)
        if several:
            frame = (t["speaker_first_doc"] if first else t["according_doc"] if p.speaker else t["narration_doc"])
        else:
            frame = t["speaker_first"] if first else t["according"] if p.speaker else t["narration_quote"]
        if p.speaker and not frame.startswith("{who}"):
            who = mid_sentence(who, p.speaker)
        if several:
            head = frame.format(who=who, doc=document_label(searcher, p.source))
        else:
            noun = t["source_nouns"][written_as(searcher, p.source)]  # "the report", "the transcript", "the document"
            head = frame.format(who=who, source=noun, Source=noun[:1].upper() + noun[1:])
        parts.append(t["quote"].format(head=head, sentence=c.sentence.strip(), n=c.n))
    sources = "\n".join(f"[{c.n}] {cite(c.hit.passage, c.sentence)}" for c in citations)  # "[1] Jane Roe — meeting.vtt, 00:12:34"
    note = closing_note(searcher, [c.hit.passage.source for c in citations], q.lang)
    return "\n\n".join(parts) + f"\n\n{sources}\n\n_{note}_"


def render_abstention(q: Question, hits: list[Hit], searcher: Searcher, reason: str = "none",
                      names: list[str] | None = None) -> str:
    """`reason`: "none" (nothing fits well enough), "no_figure" (what fits gives no number for a "how many") or
    "unmentioned" (the closest document never writes `names`, which the question asks about)."""
    lines = [TEMPLATES[q.lang][reason]]
    if names and hits:
        quoted = ", ".join(f"« {n} »" if q.lang == "fr" else f"“{n}”" for n in names)
        lines[0] = lines[0].format(doc=document_label(searcher, hits[0].passage.source), names=quoted)
    if len(searcher.sources) > 1:  # which document, as the answers' sources say it: "[1] Jane Roe — minutes.txt, p. 2"
        lines += [f"[{n}] {cite(h.passage, None)}" for n, h in enumerate(hits[:SHOWN_WHEN_ABSTAINING], 1)]
    else:
        lines += [f"[{n}] {_who(_participant(searcher, h.passage.speaker), h.passage.speaker, q.lang)}, {h.passage.where()}"
                  for n, h in enumerate(hits[:SHOWN_WHEN_ABSTAINING], 1)]
    return "\n".join(lines)


# --- 5. update the conversation ----------------------------------------------------------------
def update_conversation(conv: Conversation, q: Question, speaker: str | None, cited: list[str]) -> None:
    """The answered speaker becomes the one a follow-up keeps; a fresh question starts a new topic, and one answered
    by nobody (narration, an abstention, a person the documents do not know) leaves no speaker to keep: "what else
    did he say?" after it must not quietly mean the speaker of an older question."""
    if speaker:
        conv.speakers = [speaker]
    elif not q.follow_up:
        conv.speakers = []
    if not q.follow_up:
        conv.topic, conv.cited = q.text, set()
    conv.cited |= set(cited)


# --- who-is questions --------------------------------------------------------------------------
def roster_answer(question: str, searcher: Searcher) -> Participant | None:
    """The participant whose roster line (role, organisation, represented person) best fits a 'who is' question."""
    q = set(tokenize(question))
    best, best_score = None, 0.0
    represent = re.search(r"repr[ée]sent|represent", question, re.I)
    for p in searcher.participants:
        fields = " ".join(x for x in (p.role, p.organization, p.place, p.represents if represent else None) if x)
        toks = set(tokenize(fields))
        score = len(q & toks) + (0.5 if represent and p.represents else 0)
        if score > best_score:
            best, best_score = p, score
    return best if best_score >= ROSTER_MIN_SCORE else None


def _who_is(question: str, searcher: Searcher) -> Participant | None:
    """"Qui est Sarah Hoeflich ?" is that person; "Qui est le coordinateur … ?" is looked up in the roster;
    "Qui représente X ?" is X's representative."""
    named = searcher.named_in(question, speaking_only=False)
    p = _participant(searcher, named[0]) if len(named) == 1 else roster_answer(question, searcher)
    if p is not None and lx.QUESTION_REPRESENTS.search(question):
        p = next((q for q in searcher.participants if q.represents == p.name), p)
    return p


def _profile(p: Participant, searcher: Searcher, lang: str) -> str:
    t = TEMPLATES[lang]
    desc = ", ".join(x for x in (p.role, p.organization, p.place) if x)
    deputy = next((q.name for q in searcher.participants if q.represents == p.name), None)
    rep = (f" ({t['represents']} {p.represents})" if p.represents else "") + \
          (f" ({t['represented']} {deputy})" if deputy else "")
    who = f"{p.name}{rep} — {desc}" if desc else p.name + rep
    return t["roster" if p.in_roster else "profile"].format(who=who)


def _threshold(searcher: Searcher, lang: str, abstain_below: float | None) -> float:
    if abstain_below is not None:
        return abstain_below
    calibration = getattr(searcher.encoder, "calibration", None)
    return calibration.threshold(lang) if calibration is not None else 0.0


def signals(res: SearchResult, scored: list[Scored], searcher: Searcher, q: Question, retriever: Retriever) -> Signals | None:
    """The evidence abstention weighs: the best sentence cosine, and (from a hybrid search, run here when the
    user chose another retriever) the question's top BM25 score, the dense/BM25 agreement and the share of the
    question's words in the first hit's document."""
    if not scored:
        return None
    if res.bm25_top is None or res.agreement is None:
        if searcher.encoder is None:
            return Signals(max(x.cosine for x in scored))
        res = searcher.search(q.query, k=1, speakers=q.speakers, retriever=Retriever.HYBRID, sources=q.sources)
    cover = searcher.coverage(q.query, res.hits[0].passage.source, q.lang) if res.hits else 1.0
    return Signals(max(x.cosine for x in scored), res.bm25_top or 0.0, res.agreement or 0, cover)


def confidence_of(sig: Signals | None, searcher: Searcher) -> float | None:
    calibration = getattr(searcher.encoder, "calibration", None)
    if sig is None:
        return None
    return calibration.score(sig) if calibration is not None else sig.sentence


def answer(question: str, searcher: Searcher, k: int = 5, speakers: list[str] | None = None,
           conversation: Conversation | None = None, retriever: Retriever = Retriever.HYBRID,
           abstain_below: float | None = None, sources: list[str] | None = None) -> Answer:
    """Classify → retrieve → select quotes → render → update the conversation.

    `speakers` and `sources` (file names) restrict the search; `abstain_below` overrides the encoder's calibration."""
    conv = conversation if conversation is not None else Conversation()
    q = classify(question, searcher, speakers, conv, sources)
    missing = None if speakers else absent_speaker(question, searcher)
    if missing is not None:
        update_conversation(conv, q, None, [])
        return Answer(question, render_absent(q, missing, searcher), None, True, [], [], q.lang)
    if q.kind is Kind.WHO_IS and not q.speakers:
        p = _who_is(question, searcher)
        if p is not None:
            res = searcher.search(question, k=k, speakers=[p.name] if p.name in searcher.speaking else None,
                                  retriever=retriever, sources=q.sources)
            update_conversation(conv, q, p.name, [])
            return Answer(question, _profile(p, searcher, q.lang), p.name, False, res.hits, [], q.lang, res.notices)
    res = retrieve(q, searcher, k, retriever, conv)
    qv = res.query_vector if res.query_vector is not None or searcher.encoder is None else searcher.encode_query(q.query)
    hits = prefer_described(q, res.hits, searcher)
    scored = score_sentences(q.query, hits, searcher, qv, one_document=not q.compare)
    sig = signals(res, scored, searcher, q, retriever)
    confidence = confidence_of(sig, searcher)
    absent = unmentioned_names(q, hits, searcher)
    if absent:
        update_conversation(conv, q, None, [])
        return Answer(question, render_abstention(q, hits, searcher, "unmentioned", absent), None, True, res.hits, [],
                      q.lang, res.notices, confidence, q.kept, signals=sig)
    if confidence is None or confidence < _threshold(searcher, q.lang, abstain_below):
        update_conversation(conv, q, None, [])
        return Answer(question, render_abstention(q, res.hits, searcher), None, True, res.hits, [], q.lang,
                      res.notices, confidence, q.kept, signals=sig)
    citations = select_quotes(q, scored, hits, searcher, qv)
    if lacks_figure(q, citations):
        update_conversation(conv, q, None, [])
        return Answer(question, render_abstention(q, res.hits, searcher, "no_figure"), None, True, res.hits, [], q.lang,
                      res.notices, confidence, q.kept, signals=sig)
    lead = citations[0].hit.passage.speaker
    update_conversation(conv, q, lead, [c.hit.passage.id for c in citations])
    return Answer(question, render(q, citations, searcher), lead, False, res.hits, citations, q.lang,
                  res.notices, confidence, q.kept, closing_note(searcher, [c.hit.passage.source for c in citations], q.lang), sig)
