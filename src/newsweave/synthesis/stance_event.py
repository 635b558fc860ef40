"""What tells a reaction to this event from talk about something else: the event's core.

The reactions stage (:mod:`newsweave.synthesis.stages.reactions`) counts a stance only when
it is aimed at the event and made at or after it. Both are read against the event's core:
its key terms and the titles and name its headline gives the news-maker (who made the news),
and its day, from the dates of the articles' leads, with every sentence's dates. Kept apart
from the stage, which reads the stances themselves.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from newsweave.models import Entity, QuoteMention, Sentence
from newsweave.synthesis.actors import ActorNames
from newsweave.synthesis.dated import anchors, find_dates
from newsweave.synthesis.pipeline import Workspace
from newsweave.text.dates import MONTHS, WEEKDAYS, ResolvedDate
from newsweave.text.names import TITLE_WORDS

# Verbs of telling the news ("…, research suggests", "says"): how the headline tells it, not
# what happened.
TELLING = frozenset({"say", "tell", "told", "said", "report", "write", "add", "suggest"})
# Key terms are compared on their first characters ("proposes" / "proposal").
KEY_STEM_CHARS = 5
# Sentences of an article's lead (0 = first) whose dates give the event's day.
LEAD_SENTENCES = 2


@dataclass(frozen=True)
class EventCore:
    """What tells a reaction to this event from talk about something else."""

    key_stems: frozenset[str]  # the headline's content words, cut to KEY_STEM_CHARS
    # titles the headline names its news-maker by ("The remarks from the President…")
    titles: frozenset[str]
    protagonist: str | None  # the actor the headline names first (who made the news)
    day: date | None  # the event's day
    # (article, sentence start) -> its dates (a month or year as its last day), each with the
    # offset of its words
    days: dict[tuple[str, int], tuple[tuple[int, date], ...]]


def sentence_at(
    sentences_by_article: dict[str, list[Sentence]], article: str, start: int
) -> Sentence | None:
    """The sentence ``start`` is in; else one it follows by the closing marks' slack. A quote
    that opens the next sentence is that one's: the sentence before it is someone else's ("It
    is a breakthrough," says Lacham-Kaplan. The work provides evidence…, says Clark)."""
    sents = sentences_by_article.get(article, ())
    inside = next((s for s in sents if s.start <= start < s.end), None)
    return inside or next((s for s in sents if s.start <= start < s.end + 2), None)


def event_core(
    ws: Workspace, actors: ActorNames, sents_by_article: dict[str, list[Sentence]]
) -> EventCore:
    """The event's key terms, titles and protagonist (from its headline) and its day (from the leads'
    dates to the day), with every sentence's dates (resolved against each article's publication
    date, outside quoted words; a month or a year as its last day)."""
    assert ws.analyses is not None and ws.quote_mentions is not None
    # a date inside somebody's quoted words is what they spoke of, not when anything was said
    quoted: dict[str, list[QuoteMention]] = defaultdict(list)
    for m in ws.quote_mentions:
        if m.form == "direct":
            quoted[m.article].append(m)
    assert ws.headline is not None
    headline = ws.headline
    entities = ws.entities or []
    # names are actors, titles and dates are not the news, "says" is the telling of it
    not_key = {w.lower() for e in entities for n in (e.name, *e.aliases) for w in n.split()}
    not_key |= {w.lower() for w in TITLE_WORDS} | set(WEEKDAYS) | set(MONTHS) | STOP_WORDS
    key = frozenset(
        w.lower()[:KEY_STEM_CHARS]
        for w in re.findall(r"[A-Za-z]+", headline)
        if len(w) > 2 and w.lower() not in not_key and _verb_base(w.lower()) not in TELLING
    )
    protagonist = _protagonist(headline, entities, actors)
    anchored = anchors(ws.analyses)
    days: dict[tuple[str, int], list[tuple[int, date]]] = defaultdict(list)
    lead_days: Counter[date] = Counter()
    for an in ws.analyses:
        anchor = anchored[an.article.id].day
        for dm in find_dates(an, anchor):
            if dm.resolved is None:
                continue
            if any(m.start <= dm.start < m.end for m in quoted[an.article.id]):
                continue
            sent = sentence_at(sents_by_article, an.article.id, dm.start)
            if sent is None:
                continue
            days[(sent.article, sent.start)].append((dm.start, _last_day(dm.resolved)))
            if dm.resolved.precision != "day":
                continue
            if sent.index < LEAD_SENTENCES and anchor is not None and dm.resolved.date <= anchor:
                lead_days[dm.resolved.date] += 1
    day = None
    if lead_days:
        # the day the leads give the news (on a tie the later: reports trail the happening)
        day = max(lead_days, key=lambda d: (lead_days[d], d))
    else:
        known = Counter(a.day for a in anchored.values() if a.day is not None)
        day = max(known, key=lambda d: (known[d], d)) if known else None
    return EventCore(
        key, _titles(headline), protagonist, day, {k: tuple(v) for k, v in days.items()}
    )


def _last_day(resolved: ResolvedDate) -> date:
    """The last day a date can mean: a month or a year ("in that 2009 speech") lies before the
    event only when all of it does."""
    d = resolved.end or resolved.date
    if resolved.precision == "year":
        return date(d.year, 12, 31)
    if resolved.precision == "month":
        return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return d


def _verb_base(word: str) -> str:
    """A headline verb's base form, near enough to look it up ("says" → "say", "warned" → "warn")."""
    for suffix in ("ies", "es", "s", "ed", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _protagonist(headline: str, entities: list[Entity], actors: ActorNames) -> str | None:
    """The actor the headline names first ("Putin Proposes…" → Russia)."""
    best: tuple[int, str] | None = None
    for e in entities:
        if e.type not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        for n in (e.name, *e.aliases):
            m = re.search(r"\b" + re.escape(n) + r"\b", headline)
            ref = actors(e.name)
            if m and ref is not None and (best is None or m.start() < best[0]):
                best = (m.start(), ref.actor)
    return best[1] if best else None


def _titles(headline: str) -> frozenset[str]:
    """The titles the headline names someone by, as a definite reference ("the President",
    "the Pope"): the same title in an article names the news-maker as a name would."""
    return frozenset(
        m.group(1).lower()
        for m in re.finditer(r"\bthe\s+([A-Za-z]+)\b", headline, re.I)
        if m.group(1).lower() in TITLE_WORDS
    )
