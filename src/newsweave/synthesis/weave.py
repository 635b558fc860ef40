"""``weave``: articles in, one cited account per event out.

The synthesis is the stage pipeline of :mod:`newsweave.synthesis.pipeline` run on a
:class:`~newsweave.synthesis.pipeline.Workspace`: parse and embed once (batched, models
loaded once per process), then origins, off-topic exclusion, facts, entities,
timeline, contradictions, quotes, reactions, framing and the brief. This module
only orders the work and assembles :class:`~newsweave.models.Event`\\ s; each
stage lives with its logic. A last guard drops anything any stage cited from an
excluded (off-topic) span, so material about other stories appears nowhere.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from newsweave.config import Settings
from newsweave.errors import InputError, PipelineError
from newsweave.events.cluster import cluster_articles
from newsweave.models import (
    MAX_TEXT_CHARS,
    Article,
    Event,
    EventReport,
    Span,
    StageWarning,
    Subset,
)
from newsweave.synthesis.dated import anchors, caption_story_days, story_day
from newsweave.synthesis.event_day import stamped_day, top_day
from newsweave.synthesis.pipeline import WeaveOptions, Workspace, run
from newsweave.synthesis.sampling import choose
from newsweave.synthesis.stages import STAGES
from newsweave.text.headline import event_headline

# An event of more articles is woven from this many of them, chosen by
# :func:`newsweave.synthesis.sampling.choose` (sentence alignment is quadratic).
MAX_EVENT_ARTICLES = 200
# An event that fails as a whole is retried without each article in turn up to this size
# (each retry runs every stage again; past it the failure is reported as it is).
MAX_LEAVE_ONE_OUT = 12


def event_id(articles: Sequence[Article]) -> str:
    """Stable id of the event made of these articles (order does not matter): their ids with
    their texts' hashes, since a file's article id is its name and folders of ``0.txt``,
    ``1.txt``... would otherwise give different events one id. An event read from a store
    shows the store's id instead."""
    keys = sorted(f"{a.id}:{a.content_hash}" for a in articles)
    return "ev-" + hashlib.sha1("\n".join(keys).encode("utf-8")).hexdigest()[:12]


def weave(
    articles: Sequence[Article],
    *,
    words: int | None = None,
    single_event: bool = True,
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> EventReport:
    """Weave articles into an :class:`EventReport`.

    ``single_event=True`` treats every article as a report of one event;
    ``False`` clusters them into events first (:mod:`newsweave.events.cluster`).
    ``words`` switches the brief to a length-limited summary of at most that many words.
    ``settings`` chooses the models (the CLI and the server pass the one they built; a
    library call without it reads the environment, :meth:`Settings.from_env`).
    ``progress(done, total)`` is called after each event is woven (the CLI's progress bar).
    An event of more than :data:`MAX_EVENT_ARTICLES` articles is woven from that many of them
    (:mod:`newsweave.synthesis.sampling`), says so in ``Event.subset``, and the report carries
    only the articles woven (with the non-articles).
    """
    arts = list(articles)
    if not arts:
        raise InputError("no articles to weave")
    ids = [a.id for a in arts]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        raise InputError(
            f"article ids must be unique within one call; repeated: {', '.join(dup[:5])}"
        )
    if words is not None and words < 1:
        raise InputError(f"--words must be a positive number of words, got {words}")
    # documents that are not articles (widgets, crawl notices...) are listed in the report with
    # their reason (Article.not_article) and enter no event; so is a text too long to be one,
    # set aside before its parse spends the event's time budget
    arts = [_too_long_set_aside(a) for a in arts]
    real = [a for a in arts if a.not_article is None]
    if not real:
        return EventReport(articles=_shown(arts), events=())
    settings = Settings.from_env() if settings is None else settings
    groups = [list(range(len(real)))] if single_event else event_groups(real, settings)
    # an event of more articles than one weave takes is woven from a chosen subset, chosen
    # before anything is parsed (the limit is read here, at call time)
    chosen = [
        choose([real[i] for i in g], MAX_EVENT_ARTICLES) if len(g) > MAX_EVENT_ARTICLES else None
        for g in groups
    ]
    woven = [[g[k] for k in c.members] if c else g for g, c in zip(groups, chosen, strict=True)]
    keep = sorted({i for w in woven for i in w})
    at = {i: k for k, i in enumerate(keep)}
    # parse and embed what is woven once, in one batch, then split by event. One event embeds
    # its sentences itself, after its vector-free stages (STAGES), which run meanwhile beside
    # the embedder's background thread (the parse queued every sentence there)
    whole = Workspace(
        articles=[real[i] for i in keep], options=WeaveOptions(brief_words=words), settings=settings
    )
    run(whole, ["analyze"])
    if len(groups) > 1:
        # (in one call: a batch of more sentences than the embedder caches is embedded once)
        run(whole, ["embed"])
    events = []
    for g, c, w in zip(groups, chosen, woven, strict=True):
        ev = _woven_event(whole, [at[i] for i in w])
        if c is not None:
            ev = _as_whole_event(ev, [real[i] for i in g], c.subset, settings)
        events.append(ev)
        if progress is not None:
            progress(len(events), len(groups))
    # the report carries the articles its events cite, and the non-articles set aside: an
    # event's articles not woven are counted (Event.subset), not shipped on its page
    shown = {a.id for a in whole.articles}
    return EventReport(
        articles=_shown([a for a in arts if a.not_article is not None or a.id in shown]),
        events=tuple(events),
    )


def _as_whole_event(
    ev: Event, members: Sequence[Article], subset: Subset, settings: Settings
) -> Event:
    """An event woven from a subset of its ``members``, named as the whole event: its id,
    headline and day are the whole event's (the same rule on the same members as the store's
    list, :func:`~newsweave.synthesis.event_day.stamped_day` with the captions' story days only
    the parse tells, else the sample's), and it carries ``subset``, which every page shows
    beside its counts."""
    day = stamped_day(members, caption_story_days(members, settings))
    return replace(
        ev,
        id=event_id(members),
        title=_title(members),
        date=day if day is not None else ev.date,
        subset=subset,
    )


def _woven_event(whole: Workspace, members: list[int]) -> Event:
    """Run every stage on one event. If a stage fails over the whole event (stages that work
    across articles cannot leave one out themselves), find the one article whose absence lets
    the event weave and leave it out, with a warning: one article never fails the event."""
    ws = _sub_workspace(whole, members)
    try:
        run(ws, STAGES)
        return assemble(ws)
    except PipelineError as exc:
        if not 2 <= len(members) <= MAX_LEAVE_ONE_OUT:
            raise
        failure = exc
    for k in members:
        rest = _sub_workspace(whole, [i for i in members if i != k])
        try:
            run(rest, STAGES)
        except PipelineError:
            continue
        left_out = whole.articles[k].id
        rest.warnings.append(StageWarning("event", left_out, f"left out: {failure}"))
        return assemble(rest)
    raise failure


def _too_long_set_aside(a: Article) -> Article:
    """``a``, set aside as no article when its text is over :data:`MAX_TEXT_CHARS` (as an
    ingest refuses it)."""
    if a.not_article is not None or len(a.text) <= MAX_TEXT_CHARS:
        return a
    return replace(
        a,
        not_article=f"a text of {len(a.text):,} characters, over the limit of "
        f"{MAX_TEXT_CHARS:,} for one article: a dump, not a story",
    )


def _shown(arts: list[Article]) -> tuple[Article, ...]:
    """The cleaned articles without the audit trail of what cleaning removed (ads, Related
    Articles about other stories): `newsweave extract` shows that; a report must not repeat
    other stories' text."""
    return tuple(replace(a, removed=()) if a.removed else a for a in arts)


def _sub_workspace(whole: Workspace, members: list[int]) -> Workspace:
    """A workspace for some articles, reusing the parse and embeddings of the whole batch."""
    arts = [whole.articles[i] for i in members]
    if len(members) == len(whole.articles):
        return Workspace(
            articles=arts,
            analyses=whole.analyses,
            sentences=whole.sentences,
            sentence_vectors=whole.sentence_vectors,
            options=whole.options,
            settings=whole.settings,
            warnings=list(whole.warnings),
        )
    keep = {a.id for a in arts}
    ws = Workspace(
        articles=arts,
        options=whole.options,
        settings=whole.settings,
        warnings=[w for w in whole.warnings if w.article in keep],
    )
    if whole.analyses is not None and whole.sentences is not None:
        ws.analyses = [whole.analyses[i] for i in members]
        rows = [k for k, s in enumerate(whole.sentences) if s.article in keep]
        # sentences stay in article order: the order of ``members``
        order = {a.id: n for n, a in enumerate(arts)}
        rows.sort(key=lambda k: (order[whole.sentences[k].article], whole.sentences[k].index))  # type: ignore[index]
        ws.sentences = [whole.sentences[k] for k in rows]
        if whole.sentence_vectors is not None:
            ws.sentence_vectors = whole.sentence_vectors[rows]
    return ws


# --------------------------------------------------------------------------- clustering


def event_groups(arts: list[Article], settings: Settings) -> list[list[int]]:
    """Group articles into events (:func:`newsweave.events.cluster.cluster_articles`):
    positions in ``arts``, ascending within a group, groups by their first article."""
    pos = {a.id: i for i, a in enumerate(arts)}
    groups = [sorted(pos[m] for m in c.members) for c in cluster_articles(arts, settings).clusters]
    return sorted(groups, key=lambda g: g[0])


# --------------------------------------------------------------------------- assembly


def assemble(ws: Workspace) -> Event:
    """Build the :class:`Event` from a finished workspace."""
    ids = tuple(a.id for a in ws.articles)
    excluded = tuple(ws.excluded or ())
    ev = Event(
        id=event_id(ws.articles),
        title=ws.headline or ws.articles[0].id,
        date=_date(ws),
        articles=ids,
        facts=tuple(ws.facts or ()),
        unique=tuple(ws.unique or ()),
        entities=tuple(ws.entities or ()),
        timeline=tuple(ws.timeline or ()),
        contradictions=tuple(ws.contradictions or ()),
        framing=tuple(ws.framing or ()),
        brief=tuple(ws.brief or ()),
        quotes=tuple(ws.quotes or ()),
        reactions=tuple(ws.reactions or ()),
        origins=tuple(ws.origins or ()),
        excluded=excluded,
        warnings=tuple(ws.warnings),
    )
    return drop_excluded(ev) if excluded else ev


def _inside(span: Span, excluded: Sequence[Span]) -> bool:
    return any(
        e.article == span.article and e.start < span.end and span.start < e.end for e in excluded
    )


def drop_excluded(ev: Event) -> Event:
    """Remove every item whose evidence lies in an off-topic span (whatever stage made it)."""
    ex = ev.excluded

    def clean(spans: Sequence[Span]) -> tuple[Span, ...]:
        return tuple(s for s in spans if not _inside(s, ex))

    entities = []
    for e in ev.entities:
        if e.mentions:
            kept = clean(e.mentions)
            if not kept:
                continue
            arts = tuple(a for a in e.articles if any(m.article == a for m in kept))
            e = replace(e, mentions=kept, articles=arts)
        entities.append(e)
    timeline = [t for t in ev.timeline if not t.citations or clean(t.citations)]
    timeline = [replace(t, citations=clean(t.citations)) for t in timeline]
    contradictions = [
        c
        for c in ev.contradictions
        if all(not cl.citations or clean(cl.citations) for cl in c.claims)
    ]
    quotes = []
    for q in ev.quotes:
        vs = tuple(v for v in q.variants if not _inside(Span(v.article, v.start, v.end), ex))
        if q.variants and not vs:
            continue
        quotes.append(replace(q, variants=vs) if vs != q.variants else q)
    reactions = [r for r in ev.reactions if not r.citations or clean(r.citations)]
    return replace(
        ev,
        entities=tuple(entities),
        timeline=tuple(timeline),
        contradictions=tuple(contradictions),
        quotes=tuple(quotes),
        reactions=tuple(reactions),
    )


def _title(arts: Sequence[Article]) -> str:
    """The event's headline: the same rule, on the same members, as the store's event list."""
    return event_headline([a.title for a in arts], [a.text for a in arts]) or arts[0].id


# A lead that fewer articles tell may be another story's: multinews 62 (a missing boy in Idaho)
# led with an article about another missing child and would have taken that child's day.
LEAD_MIN_ARTICLES = 2
# A story tells its news within days of it: a main fact's day this much before a day or month
# the same articles date other happenings on is the story's background, not its day (multinews
# 157: a woman killed on April 1, 1990 and identified through a database linked in March 2017
# was dated 1990-04-01). A plan a year or so ahead ("the 2012 election", 112) stays inside it.
BACKGROUND_GAP_DAYS = 2 * 365


def _date(ws: Workspace) -> str | None:
    """The event's date: the day most articles were published (a photo's day counts as the
    story's only where its text tells the story on it, :func:`~newsweave.synthesis.dated.anchors`:
    a picture may be days or years older than the story); else the date of the day-precise
    timeline entry that cites the main fact, unless the articles date other happenings years
    after it (:data:`BACKGROUND_GAP_DAYS`), else the brief's lead when at least
    :data:`LEAD_MIN_ARTICLES` tell it (the main fact is the best supported, not always the
    news); else the day the undated stories' own texts tell them on
    (:func:`~newsweave.synthesis.dated.story_day`)."""
    anchored = anchors(ws.analyses or [])
    day = top_day(
        anc.day
        for a in ws.articles
        if a.published
        and (anc := anchored.get(a.id)) is not None
        and anc.day is not None
        and anc.note is None
        and not anc.after
    )
    if day is not None:
        return day
    leads = [ws.facts[0].citations] if ws.facts else []
    leads += [
        b.citations
        for b in (ws.brief or [])[:1]
        if b.label is None and len({c.article for c in b.citations}) >= LEAD_MIN_ARTICLES
    ]
    dated = [date.fromisoformat(t.date) for t in ws.timeline or [] if t.precision != "year"]
    latest = max(dated, default=None)
    for main in leads:
        for t in ws.timeline or []:
            if (
                latest is not None
                and (latest - date.fromisoformat(t.date)).days > BACKGROUND_GAP_DAYS
            ):
                continue
            if t.precision == "day" and any(
                c.article == m.article and c.start < m.end and m.start < c.end
                for c in t.citations
                for m in main
            ):
                return t.date
    told = story_day(ws.analyses or [])
    return told.isoformat() if told else None
