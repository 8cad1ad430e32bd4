"""Compose a short cited answer from retrieved passages, without a language model.

Sentences inside the top passages are scored against the question with the same
encoder plus lexical overlap; the best ones are quoted verbatim (the transcript's
own text) and attributed to the passage's speaker, with citation markers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from quidit.chat.language import TEMPLATES, detect
from quidit.index.lexical import tokenize
from quidit.index.search import Hit, Searcher
from quidit.ingest.records import Participant
from quidit.settings import Retriever

# Best-sentence score under which we abstain, per encoder backend and question language.
# Calibrated with `quidit eval` (its "suggested threshold" per language) on the dev set's answerable
# vs off-topic questions: cross-lingual questions score lower, so en/es get a lower bar than fr.
ABSTAIN_BELOW = {
    "e5-small": {"fr": 0.875, "en": 0.81, "es": 0.81},
    "sentence-transformers": {"fr": 0.45, "en": 0.35, "es": 0.35},
    "fake": {"fr": 0.5, "en": 0.5, "es": 0.5},
}
_WHO = re.compile(r"^\s*(?:¿\s*)?(qui|who|qui(?:é|e)n(?:es)?)\b", re.I)
_ROSTER = re.compile(r"^\s*(?:¿\s*)?(?:qui\s+(?:est|sont|représente|dirige|coordonne|préside|anime)|who\s+(?:is|are|represents|leads|chairs)|"
                     r"qui(?:é|e)n(?:es)?\s+(?:es|son|representa|dirige|coordina|preside))\b", re.I)
_SPOKE = re.compile(r"\b(parl|dit|say|said|speak|spoke|talk|habl|dij|mention|évoqu|soulign|propos|affirm)", re.I)
_FOLLOW = re.compile(r"^\s*(?:¿\s*)?(?:et\b|and\b|y\b|what else|anything else|quoi d.autre|qu.a-t-(?:il|elle) dit d.autre|"
                     r"qué más|algo más|et sur|and on|and about|y sobre)", re.I)
_REPRESENTS = re.compile(r"repr[ée]sente|represents|representa", re.I)
_PRONOUN = re.compile(r"\b(il|elle|lui|he|she|him|her|él|ella)\b", re.I)


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


def _who(p: Participant | None, name: str | None, lang: str, full: bool = False) -> str:
    """"Name (organisation)", or with `full` "Name (role, organisation)" for who-said answers."""
    if not name:
        return TEMPLATES[lang]["narration"]
    parts = [x for x in ((p.role, p.organization) if full else (p.organization or p.role,)) if x] if p else []
    return f"{name} ({', '.join(parts)})" if parts else name


def _participant(searcher: Searcher, name: str | None) -> Participant | None:
    return next((p for p in searcher.participants if p.name == name), None)


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
    return best if best_score >= 2 else None


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


def _score_sentences(question: str, hits: list[Hit], searcher: Searcher, qv) -> list[tuple[float, int, str]]:
    """(score, hit index, sentence) for the stored sentences of the top passages, best first.

    Score = cosine with the question (vectors stored at index time) + 0.15 x share of the
    question's stemmed words present, with a small penalty per rank of the passage, and a
    larger one for narration (title, roster): questions about what was said want a speaker.
    """
    top = hits[:4]
    if not top:
        return []
    rank = {h.passage.id: i for i, h in enumerate(top)}
    narration = {h.passage.id for h in top if not h.passage.speaker}
    q_tokens = set(tokenize(question))
    if qv is not None:
        scored = searcher.sentence_scores(qv, [h.passage.id for h in top])
    else:
        scored = [(0.0, h.passage.id, h.passage.text) for h in top]
    out = []
    for sim, pid, s in scored:
        overlap = len(q_tokens & set(tokenize(s))) / max(1, len(q_tokens))
        i = rank[pid]
        out.append((sim + 0.15 * overlap - 0.005 * i - 0.05 * (pid in narration), i, s))
    return sorted(out, key=lambda x: -x[0])


def answer(question: str, searcher: Searcher, k: int = 5, speakers: list[str] | None = None,
           conversation: Conversation | None = None, retriever: Retriever = Retriever.HYBRID,
           abstain_below: float | None = None) -> Answer:
    lang = detect(question)
    t = TEMPLATES[lang]
    conv = conversation if conversation is not None else Conversation()
    named = searcher.named_in(question) if not speakers else []
    follow = bool(conv.speakers) and not named and not speakers and (
        _FOLLOW.search(question) or (_PRONOUN.search(question) and not _WHO.search(question)))
    query = question
    if follow:
        speakers = list(conv.speakers)
        if re.search(r"what else|anything else|quoi d.autre|dit d.autre|qué más|algo más", question, re.I):
            query = f"{conv.topic} {question}"
    elif named and not _WHO.search(question):
        speakers = named  # "Que dit Madame Aleixo sur …": restrict to that speaker
    if _ROSTER.search(question) and not _SPOKE.search(question) and not speakers:
        p = _who_is(question, searcher)
        if p is not None:
            res = searcher.search(question, k=k, speakers=[p.name] if p.name in searcher.speaking else None, retriever=retriever)
            conv.speakers, conv.topic = [p.name], question
            return Answer(question, _profile(p, searcher, lang), p.name, False, res.hits, [], lang, res.notices)
    res = searcher.search(query, k=k, speakers=speakers, retriever=retriever)
    hits = [h for h in res.hits if not (follow and h.passage.id in conv.cited)] or res.hits
    threshold = abstain_below if abstain_below is not None else ABSTAIN_BELOW.get(
        searcher.encoder.backend if searcher.encoder else "", {}).get(lang, 0.0)
    qv = res.query_vector if res.query_vector is not None or searcher.encoder is None else searcher.encode_query(query)
    scored = _score_sentences(query, hits, searcher, qv)
    if not scored or scored[0][0] < threshold:
        lines = [t["none"]] + [f"[{n}] {_who(_participant(searcher, h.passage.speaker), h.passage.speaker, lang)}, {h.passage.where()}"
                               for n, h in enumerate(hits[:3], 1)]
        return Answer(question, "\n".join(lines), None, True, hits, [], lang, res.notices,
                      scored[0][0] if scored else None)
    chosen: list[tuple[float, int, str]] = []
    for item in scored:
        if len(chosen) == 2 or (chosen and item[0] < scored[0][0] - 0.05):
            break
        if all(item[1] != c[1] for c in chosen):
            chosen.append(item)
    citations = [Citation(n, hits[i], s) for n, (_, i, s) in enumerate(chosen, 1)]
    lead = citations[0].hit.passage.speaker
    parts = []
    for c in citations:
        first = bool(_WHO.search(question) and c.n == 1 and c.hit.passage.speaker)
        who = _who(_participant(searcher, c.hit.passage.speaker), c.hit.passage.speaker, lang, full=first)
        frame = t["speaker_first"] if first else t["according"] if c.hit.passage.speaker else t["narration_quote"]
        parts.append(f"{frame.format(who=who)} : « {c.sentence.rstrip()} » [{c.n}].")
    text = "\n\n".join(parts) + f"\n\n_{t['report']}_"
    conv.speakers = [lead] if lead else conv.speakers
    conv.topic = question if not follow else conv.topic
    conv.cited |= {c.hit.passage.id for c in citations}
    return Answer(question, text, lead, False, hits, citations, lang, res.notices, scored[0][0])
