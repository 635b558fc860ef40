"""An actor's stance from the evidence the reactions stage gathered: weighing it, and the
reaction it makes.

Each piece of evidence is a word or phrase (a cue verb, a stance phrase, a feeling) with the
stance it shows and the sentence it was read in. The same words may be read twice, as a
phrase and again as a feeling of the parse ("happy for" and "happy" in "I'm happy for
them"): one reading of one passage is one piece of evidence (:func:`dedupe`), or the stance
would weigh double; and words read in several reports are shown once, the longer form
("happy for", not "happy for", "happy"). Kept apart from
:mod:`newsweave.synthesis.stages.reactions`, which gathers the evidence from the parse.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newsweave.models import Quote, Reaction, Span
from newsweave.synthesis.actors import ActorRef

# Order used on a tie: the more specific stance first.
PRIORITY = ("conditional", "skeptical", "rejects", "welcomes", "proposes")


@dataclass(frozen=True)
class Evidence:
    """A word or phrase that shows an actor's stance, and where it was read."""

    stance: str
    weight: float
    trigger: str  # the words, as shown in the reaction ("welcomed", "happy for")
    span: Span  # the sentence (or quoted words) it was read in
    quote: str | None  # the quote it was read from, if any
    person: str | None  # the head of state whose words or act it is (:class:`ActorRef`)


def decide(scores: dict[str, float]) -> str:
    """The best-scored stance; welcoming or rejecting with a condition attached is
    ``conditional``; ``neutral`` without evidence."""
    if not scores:
        return "neutral"
    best = max(scores.values())
    if scores.get("conditional") and best in (scores.get("welcomes"), scores.get("rejects")):
        # a "yes, but" or a "no, unless": welcoming or rejecting with a condition attached
        return "conditional"
    return next(s for s in PRIORITY if scores.get(s) == best)


def reaction(
    actor: str, evs: list[Evidence], quotes: list[Quote], refs: list[ActorRef]
) -> Reaction:
    """The actor's stance (the best-scored one), its quotes, and the sentences that show it.

    The actor is named with the heads of state whose words or acts show its stance ("Ukraine
    (Volodymyr Zelenskyy)"): a ministry's statement is the state's, not its president's, even
    when the president spoke on the event too (without a stance, the heads of state who spoke
    for it). Without evidence for the stance, the actor's quotes are the citations.
    """
    scores: dict[str, float] = defaultdict(float)
    for e in evs:
        scores[e.stance] += e.weight
    stance = decide(dict(scores))
    quote_ids = tuple(
        sorted(
            {e.quote for e in evs if e.quote} | {x.id for x in quotes},
            key=lambda qid: (len(qid), qid),
        )
    )
    cites = tuple(dict.fromkeys(e.span for e in evs if e.stance == stance)) or tuple(
        dict.fromkeys(Span(v.article, v.start, v.end) for x in quotes for v in x.variants)
    )
    if stance == "neutral":
        shown = [r.person for r in refs]
    else:
        shown = [e.person for e in evs if e.stance == stance]
    persons = list(dict.fromkeys(p for p in shown if p))
    return Reaction(
        actor=f"{actor} ({', '.join(persons)})" if persons else actor,
        stance=stance,  # type: ignore[arg-type]
        quotes=quote_ids,
        sources=tuple(dict.fromkeys(c.article for c in cites)),
        citations=cites,
        evidence=_shown_words([e.trigger for e in evs if e.stance == stance]),
        speakers=tuple(persons),
    )


def _shown_words(triggers: list[str]) -> tuple[str, ...]:
    """The words to show for a stance, each once, and none that stands inside other words
    shown (“happy for” read in one report, “happy” in another: the words once)."""
    words = list(dict.fromkeys(triggers))
    return tuple(w for w in words if not any(o != w and _holds(o, w) for o in words))


def dedupe(evs: list[Evidence]) -> list[Evidence]:
    """The evidence, each reading of a passage once: the same words for the same stance read
    in overlapping passages, or words read again inside longer ones there ("happy" inside
    "happy for"), are one piece of evidence, the heavier reading's (on a tie, the longer
    words')."""
    out: list[Evidence] = []
    for e in sorted(evs, key=lambda e: (-e.weight, -len(e.trigger))):
        if not any(_same_reading(e, kept) for kept in out):
            out.append(e)
    order = {id(e): i for i, e in enumerate(evs)}
    return sorted(out, key=lambda e: order[id(e)])


def _same_reading(a: Evidence, b: Evidence) -> bool:
    """Both show one stance from words one of which holds the other, in overlapping passages."""
    return (
        a.stance == b.stance
        and a.span.article == b.span.article
        and a.span.start < b.span.end
        and b.span.start < a.span.end
        and (_holds(a.trigger, b.trigger) or _holds(b.trigger, a.trigger))
    )


def _holds(longer: str, shorter: str) -> bool:
    """Whether ``shorter``'s words stand, whole, in ``longer`` ("happy" in "happy for", not
    "pleased" in "displeased")."""
    return f" {shorter.lower()} " in f" {longer.lower()} "
