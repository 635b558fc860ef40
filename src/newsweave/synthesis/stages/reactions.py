"""Who reacted how: each actor's stance on the event, with the quotes and sentences behind it.

A lexicon- and cue-based reading, no model: a stance is claimed only from words in
the text, and every reaction cites the sentences that gave it.

Evidence for an actor (a person, government or organisation named in the event):

* the actor's quotes: the words inside them and the sentence that reports them
  (``welcomed the offer as a "positive sign"``, ``warned that Putin was merely
  trying "to buy time"``) — the cue verb is the journalist's own reading of the
  stance and weighs double (:data:`CUE_WEIGHT`);
* sentences where the actor is the subject of a stance verb, even without a quote
  (``Trump hailed Putin's proposal``, ``Putin rejected the proposals``).

Stances: ``proposes`` (the actor puts the offer forward), ``welcomes``, ``rejects``,
``skeptical`` (doubts the other side's intent: "buy time", "not enough"),
``conditional`` (accepts only on a condition: "only once", "unless", "must first"),
``neutral`` (quoted, but nothing in the words takes a side). The highest score wins;
welcoming evidence next to a condition is ``conditional`` (a "yes, but" is not a
plain yes). Negated verbs ("did not reject") and hypotheticals ("if Moscow refused")
are not evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from newsweave.models import Entity, Quote, Reaction, Sentence, Span
from newsweave.nlp import Analysis
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.quotes.attribution import article_index, resolve_subject, subject_of
from newsweave.text.names import resolve_entity

STANCE_VERBS: dict[str, str] = {
    **dict.fromkeys(
        [
            "welcome",
            "hail",
            "praise",
            "applaud",
            "endorse",
            "embrace",
            "celebrate",
            "commend",
            "thank",
            "support",
            "back",
        ],
        "welcomes",
    ),
    **dict.fromkeys(
        [
            "reject",
            "dismiss",
            "refuse",
            "deny",
            "condemn",
            "denounce",
            "slam",
            "rebuff",
            "spurn",
            "decry",
            "blast",
        ],
        "rejects",
    ),
    **dict.fromkeys(["warn", "doubt", "question", "caution"], "skeptical"),
    **dict.fromkeys(["propose", "offer", "suggest", "invite"], "proposes"),
}
# Phrases (lowercase, matched on word boundaries) that show a stance in quoted or reported words.
STANCE_PHRASES: dict[str, tuple[str, ...]] = {
    "welcomes": (
        "positive sign",
        "great day",
        "good news",
        "step in the right direction",
        "welcome",
        "encouraging",
        "hopeful",
        "breakthrough",
        "positive step",
        "lives that will be saved",
    ),
    "rejects": (
        "unacceptable",
        "ultimatum",
        "ultimatums",
        "non-starter",
        "performative",
        "anti-russian rhetoric",
        "will not accept",
        "cannot accept",
        "refuse",
    ),
    "skeptical": (
        "buy time",
        "not enough",
        "skeptical",
        "sceptical",
        "way out",
        "pretending",
        "stalling",
        "not serious",
        "empty words",
        "games",
        "delay",
    ),
    "conditional": (
        "only if",
        "only once",
        "only begin once",
        "as long as",
        "provided that",
        "on condition",
        "unless",
        "must first",
        "cannot proceed until",
        "not preceded by negotiations",
    ),
    "proposes": (
        "we propose",
        "we are proposing",
        "we offer",
        "our proposal",
        "we suggest",
        "propose to",
    ),
}
# A journalist's cue verb ("hailed", "dismissed") is a direct reading of the stance.
CUE_WEIGHT = 2.0
PHRASE_WEIGHT = 1.0
# "without preconditions" is the proposer's wording, not a condition set by the speaker.
_NOT_CONDITION = re.compile(r"without (any )?(pre)?conditions?", re.I)
# Order used on a tie: the more specific stance first.
PRIORITY = ("conditional", "skeptical", "rejects", "welcomes", "proposes")


@dataclass
class _Evidence:
    stance: str
    weight: float
    trigger: str
    span: Span
    quote: str | None


def _phrase_hits(text: str) -> list[tuple[str, str]]:
    low = _NOT_CONDITION.sub(" ", text.lower())
    hits = []
    for stance, phrases in STANCE_PHRASES.items():
        for ph in phrases:
            if re.search(r"(?<![\w-])" + re.escape(ph) + r"(?![\w-])", low):
                hits.append((stance, ph))
    return hits


def _sentence_at(
    sentences_by_article: dict[str, list[Sentence]], article: str, start: int
) -> Sentence | None:
    for s in sentences_by_article.get(article, ()):
        if s.start <= start < s.end + 2:
            return s
    return None


def _decide(scores: dict[str, float]) -> str:
    if not scores:
        return "neutral"
    best = max(scores.values())
    if scores.get("welcomes") == best and scores.get("conditional"):
        return "conditional"  # a "yes, but": welcoming with a condition attached
    return next(s for s in PRIORITY if scores.get(s) == best)


@stage(
    "reactions",
    needs=("quotes", "entities", "analyses", "sentences"),
    provides=("reactions",),
)
def reactions_stage(ws: Workspace) -> None:
    """Stance per actor from their quotes and the stance verbs they are the subject of."""
    assert ws.quotes is not None and ws.analyses is not None and ws.sentences is not None
    sents_by_article: dict[str, list[Sentence]] = defaultdict(list)
    for s in ws.sentences:
        sents_by_article[s.article].append(s)
    canonical = _ActorNames(ws.entities or [])
    evidence: dict[str, list[_Evidence]] = defaultdict(list)
    _quote_evidence(ws.quotes, sents_by_article, canonical, evidence)
    _verb_evidence(ws.analyses, canonical, evidence)
    quoted_actors = {canonical(x.speaker) for x in ws.quotes if x.speaker}
    reactions = [
        _reaction(actor, _dedupe(evidence.get(actor, [])), ws.quotes, canonical)
        for actor in sorted(set(evidence) | {a for a in quoted_actors if a})
    ]
    # the most discussed actors first
    weight = {r.actor: len(r.citations) + 2 * len(r.quotes) for r in reactions}
    reactions.sort(key=lambda r: (-weight[r.actor], r.actor))
    ws.reactions = reactions


class _ActorNames:
    """Speaker names as the event's entities name them; the same speakers come up again and again."""

    def __init__(self, entities: list[Entity]) -> None:
        self._entities = entities
        self._resolved: dict[str, str] = {}

    def __call__(self, name: str | None) -> str | None:
        if not name:
            return None
        if name in self._resolved:
            return self._resolved[name]
        ent = resolve_entity(self._entities, name) if self._entities else None
        self._resolved[name] = ent.name if ent is not None else name
        return self._resolved[name]


def _quote_evidence(
    quotes: list[Quote],
    sents_by_article: dict[str, list[Sentence]],
    canonical: _ActorNames,
    evidence: dict[str, list[_Evidence]],
) -> None:
    """Evidence from quotes: the quoted words, the sentence reporting them, and the cue verb."""
    for quote in quotes:
        actor = canonical(quote.speaker)
        if not actor:
            continue
        seen: set[tuple[str, str]] = set()
        for v in quote.variants:
            sent = _sentence_at(sents_by_article, v.article, v.start)
            span = sent.span if sent is not None else Span(v.article, v.start, v.end)
            text = sent.text if sent is not None else v.text
            for stance, trig in _phrase_hits(text):
                if (stance, trig) not in seen:
                    seen.add((stance, trig))
                    evidence[actor].append(_Evidence(stance, PHRASE_WEIGHT, trig, span, quote.id))
        if quote.cue:
            lemma = _cue_lemma(quote.cue)
            if lemma in STANCE_VERBS:
                v = quote.variants[0]
                sent = _sentence_at(sents_by_article, v.article, v.start)
                span = sent.span if sent is not None else Span(v.article, v.start, v.end)
                evidence[actor].append(
                    _Evidence(STANCE_VERBS[lemma], CUE_WEIGHT, quote.cue, span, quote.id)
                )


def _verb_evidence(
    analyses: list[Analysis], canonical: _ActorNames, evidence: dict[str, list[_Evidence]]
) -> None:
    """Evidence from stance verbs with a named subject, with or without a quote."""
    for an in analyses:
        idx = article_index(an.doc)
        for tok in an.doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "VERB" or lemma not in STANCE_VERBS:
                continue
            if any(c.dep_ == "neg" for c in tok.children) or tok.dep_ in ("acl", "amod"):
                continue  # negated, or a participle describing a noun ("separatists supported by")
            if any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children
            ):
                continue  # "sanctions if Moscow refused": a hypothetical, not a reaction
            subj = subject_of(tok)
            if subj is None:
                continue
            spk = resolve_subject(subj, idx)
            actor = canonical(spk.name)
            if not actor:
                continue
            sent = tok.sent
            span = Span(an.article.id, sent.start_char, sent.end_char)
            evidence[actor].append(
                _Evidence(STANCE_VERBS[lemma], CUE_WEIGHT, tok.text.lower(), span, None)
            )
            for stance, trig in _phrase_hits(sent.text):
                evidence[actor].append(_Evidence(stance, PHRASE_WEIGHT, trig, span, None))


def _reaction(
    actor: str, evs: list[_Evidence], quotes: list[Quote], canonical: _ActorNames
) -> Reaction:
    """The actor's stance (the best-scored one), its quotes, and the sentences that show it.

    Without evidence for the stance, the actor's quotes themselves are the citations.
    """
    scores: dict[str, float] = defaultdict(float)
    for e in evs:
        scores[e.stance] += e.weight
    stance = _decide(dict(scores))
    quote_ids = tuple(
        sorted(
            {e.quote for e in evs if e.quote}
            | {x.id for x in quotes if canonical(x.speaker) == actor},
            key=lambda qid: (len(qid), qid),
        )
    )
    cites = tuple(dict.fromkeys(e.span for e in evs if e.stance == stance)) or tuple(
        dict.fromkeys(
            Span(v.article, v.start, v.end)
            for x in quotes
            if canonical(x.speaker) == actor
            for v in x.variants
        )
    )
    sources = tuple(dict.fromkeys(c.article for c in cites))
    return Reaction(
        actor=actor,
        stance=stance,  # type: ignore[arg-type]
        quotes=quote_ids,
        sources=sources,
        citations=cites,
        evidence=tuple(dict.fromkeys(e.trigger for e in evs if e.stance == stance)),
    )


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    ed = (
        lemma + "d"
        if lemma.endswith("e")
        else (lemma[:-1] + "ied" if lemma.endswith("y") else lemma + "ed")
    )
    s = lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "s"
    return {lemma, s, ed, stem + "ing"}


_CUE_FORMS = {f: lemma for lemma in STANCE_VERBS for f in _forms(lemma)}


def _cue_lemma(cue: str) -> str:
    return _CUE_FORMS.get(cue.lower(), cue.lower())


def _dedupe(evs: list[_Evidence]) -> list[_Evidence]:
    seen: set[tuple[str, str, Span]] = set()
    out = []
    for e in evs:
        key = (e.stance, e.trigger, e.span)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
