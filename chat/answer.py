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
from quidit.index.lexical import tokenize
from quidit.index.search import Hit, Searcher, SearchResult
from quidit.ingest.records import Participant, cite
from quidit.settings import Retriever

# Sentence scoring (see `score_sentences`).
QUOTE_POOL = 4            # sentences come from this many top passages
OVERLAP_WEIGHT = 0.15     # weight of the share of the question's stemmed words found in the sentence
RANK_PENALTY = 0.005      # per rank of the sentence's passage
NARRATION_PENALTY = 0.05  # narration (title, roster) only when nothing said fits better
# Quote selection.
MAX_QUOTES = 2            # sentences quoted, each from a different passage
QUOTE_MARGIN = 0.05       # a second quote must score within this of the best one
SHOWN_WHEN_ABSTAINING = 3  # closest passages listed when we abstain
ROSTER_MIN_SCORE = 2.0    # roster fields shared with a "who is" question before we trust the match

_WHO = re.compile(r"^\s*(?:¿\s*)?(qui|who|qui(?:é|e)n(?:es)?)\b", re.I)
_ROSTER = re.compile(r"^\s*(?:¿\s*)?(?:qui\s+(?:est|sont|représente|dirige|coordonne|préside|anime)|who\s+(?:is|are|represents|leads|chairs)|"
                     r"qui(?:é|e)n(?:es)?\s+(?:es|son|representa|dirige|coordina|preside))\b", re.I)
_SPOKE = re.compile(r"\b(parl|dit|say|said|speak|spoke|talk|habl|dij|mention|évoqu|soulign|propos|affirm)", re.I)
_MORE = re.compile(r"what else|anything else|quoi d.autre|dit d.autre|qué más|algo más", re.I)
_REPRESENTS = re.compile(r"repr[ée]sente|represents|representa", re.I)


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
    follow_up: bool = False  # elliptic question continuing the previous turn
    kept: list[str] = field(default_factory=list)  # speakers carried over from the previous turn


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
    confidence: float | None = None  # best sentence score; abstention compares it to a threshold
    kept_speakers: list[str] = field(default_factory=list)  # a follow-up's speaker restriction, to show the user

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


# --- 1. classify ------------------------------------------------------------------------------
def classify(question: str, searcher: Searcher, speakers: list[str] | None = None,
             conversation: Conversation | None = None) -> Question:
    """Language, kind, and the speaker restriction: explicit, named in the question, or kept from the
    previous turn only when the question is elliptic ("et sur le budget ?", "what else did she say?")."""
    lang = detect(question)
    kind = Kind.WHO_IS if _ROSTER.search(question) and not _SPOKE.search(question) else \
        Kind.WHO_SAID if _WHO.search(question) else Kind.WHAT
    q = Question(question, lang, kind, question, list(speakers) if speakers else None)
    if speakers:
        return q
    named = searcher.named_in(question)
    if named:
        if kind is Kind.WHAT:
            q.speakers = named  # "Que dit Madame Aleixo sur …": restrict to that speaker
        return q
    conv = conversation
    if conv is not None and conv.speakers and kind is not Kind.WHO_IS and is_elliptic(question):
        q.follow_up, q.kept, q.speakers = True, list(conv.speakers), list(conv.speakers)
        if _MORE.search(question):
            q.query = f"{conv.topic} {question}"
    return q


# --- 2. retrieve ------------------------------------------------------------------------------
def retrieve(q: Question, searcher: Searcher, k: int, retriever: Retriever,
             conversation: Conversation | None = None) -> SearchResult:
    """Search; a follow-up skips passages already quoted in the conversation (when others remain)."""
    res = searcher.search(q.query, k=k, speakers=q.speakers, retriever=retriever)
    if q.follow_up and conversation is not None:
        res.hits = [h for h in res.hits if h.passage.id not in conversation.cited] or res.hits
    return res


# --- 3. select quotes -------------------------------------------------------------------------
def score_sentences(query: str, hits: list[Hit], searcher: Searcher, qv: np.ndarray | None) -> list[Scored]:
    """The stored sentences of the top passages, best first.

    Score = cosine with the question (vectors stored at index time) + OVERLAP_WEIGHT x share of the
    question's stemmed words present, minus RANK_PENALTY per rank of the passage and NARRATION_PENALTY
    for narration (title, roster): questions about what was said want a speaker.
    """
    top = hits[:QUOTE_POOL]
    if not top:
        return []
    rank = {h.passage.id: i for i, h in enumerate(top)}
    narration = {h.passage.id for h in top if not h.passage.speaker}
    q_tokens = set(tokenize(query))
    if qv is not None:
        sims = searcher.sentence_scores(qv, [h.passage.id for h in top])
    else:
        sims = [(0.0, h.passage.id, h.passage.text) for h in top]
    out = []
    for sim, pid, s in sims:
        overlap = len(q_tokens & set(tokenize(s))) / max(1, len(q_tokens))
        i = rank[pid]
        out.append(Scored(sim + OVERLAP_WEIGHT * overlap - RANK_PENALTY * i - NARRATION_PENALTY * (pid in narration), i, s))
    return sorted(out, key=lambda x: -x.score)


def select_quotes(scored: list[Scored], hits: list[Hit]) -> list[Citation]:
    """Up to MAX_QUOTES sentences from different passages, within QUOTE_MARGIN of the best."""
    chosen: list[Scored] = []
    for item in scored:
        if len(chosen) == MAX_QUOTES or (chosen and item.score < scored[0].score - QUOTE_MARGIN):
            break
        if all(item.hit_index != c.hit_index for c in chosen):
            chosen.append(item)
    return [Citation(n, hits[c.hit_index], c.sentence) for n, c in enumerate(chosen, 1)]


# --- 4. render --------------------------------------------------------------------------------
def _who(p: Participant | None, name: str | None, lang: str, full: bool = False) -> str:
    """"Name (organisation)", or with `full` "Name (role, organisation)" for who-said answers."""
    if not name:
        return TEMPLATES[lang]["narration"]
    parts = [x for x in ((p.role, p.organization) if full else (p.organization or p.role,)) if x] if p else []
    return f"{name} ({', '.join(parts)})" if parts else name


def _participant(searcher: Searcher, name: str | None) -> Participant | None:
    return next((p for p in searcher.participants if p.name == name), None)


def render(q: Question, citations: list[Citation], searcher: Searcher) -> str:
    t = TEMPLATES[q.lang]
    parts = []
    for c in citations:
        first = q.kind is Kind.WHO_SAID and c.n == 1 and bool(c.hit.passage.speaker)
        who = _who(_participant(searcher, c.hit.passage.speaker), c.hit.passage.speaker, q.lang, full=first)
        frame = t["speaker_first"] if first else t["according"] if c.hit.passage.speaker else t["narration_quote"]
        parts.append(f"{frame.format(who=who)} : « {c.sentence.rstrip()} » [{c.n}].")
    sources = "\n".join(f"[{c.n}] {cite(c.hit.passage, c.sentence)}" for c in citations)  # "[1] Jane Roe — meeting.vtt, 00:12:34"
    return "\n\n".join(parts) + f"\n\n{sources}\n\n_{t['report']}_"


def render_abstention(q: Question, hits: list[Hit], searcher: Searcher) -> str:
    lines = [TEMPLATES[q.lang]["none"]]
    lines += [f"[{n}] {_who(_participant(searcher, h.passage.speaker), h.passage.speaker, q.lang)}, {h.passage.where()}"
              for n, h in enumerate(hits[:SHOWN_WHEN_ABSTAINING], 1)]
    return "\n".join(lines)


# --- 5. update the conversation ----------------------------------------------------------------
def update_conversation(conv: Conversation, q: Question, speaker: str | None, cited: list[str]) -> None:
    """The answered speaker becomes the one a follow-up keeps; a fresh question starts a new topic."""
    if speaker:
        conv.speakers = [speaker]
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
    if p is not None and _REPRESENTS.search(question):
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


def answer(question: str, searcher: Searcher, k: int = 5, speakers: list[str] | None = None,
           conversation: Conversation | None = None, retriever: Retriever = Retriever.HYBRID,
           abstain_below: float | None = None) -> Answer:
    """Classify → retrieve → select quotes → render → update the conversation."""
    conv = conversation if conversation is not None else Conversation()
    q = classify(question, searcher, speakers, conv)
    if q.kind is Kind.WHO_IS and not q.speakers:
        p = _who_is(question, searcher)
        if p is not None:
            res = searcher.search(question, k=k, speakers=[p.name] if p.name in searcher.speaking else None,
                                  retriever=retriever)
            update_conversation(conv, q, p.name, [])
            return Answer(question, _profile(p, searcher, q.lang), p.name, False, res.hits, [], q.lang, res.notices)
    res = retrieve(q, searcher, k, retriever, conv)
    qv = res.query_vector if res.query_vector is not None or searcher.encoder is None else searcher.encode_query(q.query)
    scored = score_sentences(q.query, res.hits, searcher, qv)
    confidence = scored[0].score if scored else None
    if confidence is None or confidence < _threshold(searcher, q.lang, abstain_below):
        return Answer(question, render_abstention(q, res.hits, searcher), None, True, res.hits, [], q.lang,
                      res.notices, confidence, q.kept)
    citations = select_quotes(scored, res.hits)
    lead = citations[0].hit.passage.speaker
    update_conversation(conv, q, lead, [c.hit.passage.id for c in citations])
    return Answer(question, render(q, citations, searcher), lead, False, res.hits, citations, q.lang,
                  res.notices, confidence, q.kept)
