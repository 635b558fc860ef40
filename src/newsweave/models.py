"""The artifacts newsweave produces, one frozen dataclass each.

Every statement newsweave makes points at :class:`Span` objects: character
offsets into an :class:`Article`'s cleaned ``text``. Nothing crosses a module
boundary as a tuple or a bare dict; JSON is produced only at the edges by
:func:`to_json` and read back by the ``from_json`` class methods.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

ARTICLE_SCHEMA = "newsweave.article/1"
EVENT_SCHEMA = "newsweave.event/1"
# An article's cleaned text is at most this long to be stored or woven: a 2 MB "article" is a
# dump (a book, a log, a page of repeated words), not a story, and parsing it would spend an
# event's whole time budget.
MAX_TEXT_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Span:
    """A citation: ``text[start:end]`` of the article with id ``article``."""

    article: str
    start: int
    end: int

    def text_in(self, article: Article) -> str:
        return article.text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class RemovedSegment:
    """A piece of the raw input that cleaning dropped, kept so users can audit it.

    ``start``/``end`` are offsets into the raw input text (for HTML: into the
    page's visible text as newsweave flattened it), ``reason`` a short code such
    as ``share``, ``advertisement``, ``subscription``, ``caption``, ``credit``,
    ``related``, ``comments``, ``copyright``, ``navigation``, ``metadata``.
    """

    text: str
    reason: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: datetime | None = None
    url: str | None = None
    path: str | None = None
    language: str | None = None
    removed: tuple[RemovedSegment, ...] = ()
    source_format: str = "text"  # text | html | json
    raw_sha1: str | None = None  # hash of the raw input, to recognise re-ingests
    # where ``published`` came from: dateline | stamp | teaser | url | caption (text mode;
    # caption = the latest dated photo caption, a lower bound: trust it less than a dateline;
    # teaser = a video's stamp above the story, an upper bound) | html | record | feed | http |
    # crawl (a WARC record's Last-Modified, else its fetch time)
    published_source: str | None = None
    # why this document is not an article (a widget, a crawl notice, a player stub...: see
    # newsweave.clean.verdict), or None for an article; a non-article never enters an event
    not_article: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def to_json(self) -> dict[str, Any]:
        d = to_json(self)
        d["schema"] = ARTICLE_SCHEMA
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Article:
        pub = d.get("published")
        return cls(
            id=d["id"],
            text=d["text"],
            title=d.get("title"),
            outlet=d.get("outlet"),
            byline=d.get("byline"),
            published=datetime.fromisoformat(pub) if pub else None,
            url=d.get("url"),
            path=d.get("path"),
            language=d.get("language"),
            removed=tuple(RemovedSegment(**r) for r in d.get("removed", ())),
            source_format=d.get("source_format", "text"),
            raw_sha1=d.get("raw_sha1"),
            published_source=d.get("published_source"),
            not_article=d.get("not_article"),
        )


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article (segmentation is shared by every synthesis stage)."""

    article: str
    start: int
    end: int
    text: str
    index: int  # position in its article, 0 = lead

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Origin:
    """A group of articles that are not independent of each other (one wire story reprinted)."""

    id: str
    articles: tuple[str, ...]
    reason: str  # e.g. "shared passages (62% of 4-gram shingles)", "credits Reuters"


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    citations: tuple[Span, ...]
    sources: tuple[str, ...]  # article ids
    independent_sources: int
    origins: tuple[str, ...] = ()  # Origin ids behind this fact
    score: float = 0.0  # mean pairwise similarity of the aligned statements


@dataclass(frozen=True, slots=True)
class UniqueDetail:
    article: str
    text: str
    citations: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, EVENT, ...
    aliases: tuple[str, ...]
    articles: tuple[str, ...]
    mentions: tuple[Span, ...] = ()
    role: str | None = None  # "Russian President", when the text gives one


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str  # ISO: YYYY-MM-DD, or YYYY-MM-01 / YYYY-01-01 with a coarser precision
    precision: Literal["day", "month", "year"]
    text: str
    citations: tuple[Span, ...]
    expression: str = ""  # the words that gave the date ("Thursday", "early 2014")
    sources: tuple[str, ...] = ()
    end: str | None = None  # last day (ISO) of a range ("May 8-10", "last week")
    note: str | None = None  # a weekday/date disagreement, an inferred anchor, an offset's basis
    expressions: tuple[Span, ...] = ()  # the exact date words in every cited article


@dataclass(frozen=True, slots=True)
class Claim:
    article: str
    text: str
    citations: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Contradiction:
    kind: str  # number | date | actor | negation | status | position
    note: str
    claims: tuple[Claim, ...]
    update: bool = False  # True: a later report superseding an earlier one, not a conflict


@dataclass(frozen=True, slots=True)
class Voice:
    """Someone an outlet quotes, directly or in reported speech: ``quotes`` of its quotes
    are theirs, each cited (``citations``, one span per quote, in the article's order)."""

    speaker: str
    quotes: int
    citations: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Framing:
    article: str
    outlet: str | None
    lead: str  # what it leads with
    lead_citations: tuple[Span, ...]
    omits: tuple[str, ...]  # facts most independent origins report that this article lacks
    loaded_terms: tuple[str, ...]
    loaded_citations: tuple[Span, ...] = ()
    lead_fact: int | None = None  # index into the event's facts of the fact the lead states
    voices: tuple[Voice, ...] = ()  # whom it quotes, the most quoted first


@dataclass(frozen=True, slots=True)
class BriefSentence:
    text: str
    citations: tuple[Span, ...]
    # "analysis" (an outlet's or an analyst's reading: "could test...", "analysts view it as")
    # or "background" (what happened before the event); None for the news itself
    label: str | None = None


# How the words are reported: quoted verbatim, paraphrased ("Putin said he would speak to
# Erdogan"), or paraphrase with quoted words inside ("warned Putin was trying "to buy time"").
QuoteForm = Literal["direct", "indirect", "mixed"]
# What kind of speaker: a person, an organisation (a state speaking as one: "Turkey told…"),
# or a role or group the text does not name ("officials", "a spokesman").
SpeakerType = Literal["PERSON", "ORG", "GROUP"]


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """One attribution as it stands in one article: who said what, in which words.

    ``start``/``end`` delimit the content (a direct quote's marks excluded). ``form`` tells a
    verbatim quote from reported speech, which is the speaker's claim, never a fact.
    ``speaker_chain`` leads from the mention that names the speaker in this sentence
    (``he``, ``the minister``, ``Mr Love``) back to the full name it resolves to.
    """

    article: str
    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None = None
    speaker_span: Span | None = None
    speaker_role: str | None = None
    kind: Literal["statement", "term"] = "statement"
    form: QuoteForm = "direct"
    cue_span: Span | None = None
    speaker_type: SpeakerType | None = None
    speaker_chain: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    article: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """The same utterance across outlets, each outlet's wording kept side by side."""

    text: str
    speaker: str | None
    sources: tuple[str, ...]
    verbatim: bool
    variants: tuple[QuoteVariant, ...]
    relation: Literal["verbatim", "paraphrase", "translation variant", "single"] = "single"
    cue: str | None = None
    id: str = ""
    kind: Literal["statement", "term"] = "statement"  # "term": an attributed label, not speech
    form: QuoteForm = "direct"  # "indirect"/"mixed": reported speech, the speaker's claim


@dataclass(frozen=True, slots=True)
class Reaction:
    actor: str
    stance: Literal["welcomes", "rejects", "skeptical", "conditional", "neutral", "proposes"]
    quotes: tuple[str, ...]  # Quote ids
    sources: tuple[str, ...]
    citations: tuple[Span, ...] = ()
    evidence: tuple[str, ...] = ()  # the words that gave the stance ("welcomed", "buy time")
    # who spoke for the actor: the head of state or government behind a state's reaction
    # ("Volodymyr Zelenskyy" for "Ukraine (Volodymyr Zelenskyy)")
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StageWarning:
    """What a stage left out of an event and why: one article's contribution to ``stage``
    dropped (the error it raised, or its time budget run out) instead of failing the event."""

    stage: str
    article: str
    message: str


@dataclass(frozen=True, slots=True)
class Subset:
    """An event of more articles than one weave takes (sentence alignment is quadratic): its
    ``Event.articles`` are the ones woven, chosen from its ``total`` articles as ``rule`` says
    ("every outlet's first, the earliest and the latest, then the rest spread over time"). Every
    count the event's synthesis gives (sources, origins, outlets) is of the woven articles."""

    total: int
    rule: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    date: str | None
    articles: tuple[str, ...]
    facts: tuple[Fact, ...] = ()
    unique: tuple[UniqueDetail, ...] = ()
    entities: tuple[Entity, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    framing: tuple[Framing, ...] = ()
    brief: tuple[BriefSentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    origins: tuple[Origin, ...] = ()
    excluded: tuple[Span, ...] = ()
    warnings: tuple[StageWarning, ...] = ()  # articles a stage had to leave out, and why
    subset: Subset | None = None  # woven from some of its articles (too many), else None


@dataclass(frozen=True, slots=True)
class EventReport:
    """What ``newsweave brief`` emits: the articles and the events woven from them."""

    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    generator: str = field(default="newsweave")

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": EVENT_SCHEMA,
            "generator": self.generator,
            "articles": [to_json(a) for a in self.articles],
            "events": [to_json(e) for e in self.events],
        }


def to_json(obj: Any) -> Any:
    """Dataclasses, tuples, datetimes → plain JSON values (keys in field order)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    return obj
