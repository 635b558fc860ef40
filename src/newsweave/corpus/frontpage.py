"""The front page: today's stories, ranked by how widely they are covered, how recent their
latest report is and how fast they are growing.

A story makes the front page when at least :data:`MIN_OUTLETS` named outlets report it; a
story told by one (or by articles that name no outlet) stays reachable in its own section
(``single_source``). Every card says why it ranks where it does (:class:`Ranking`), from four
named parts:

* breadth: distinct named outlets (an article's outlet name, else the name its URL's domain
  gives; :mod:`newsweave.corpus.outlets`, as the list and the event page count them) and
  independent origins (reprints and wire copies count once, as the event's synthesis counts
  them), both on a log scale, so that the fortieth outlet adds less than the second;
* recency: the age of the latest report, halving every :data:`RECENCY_HALF_LIFE_H` hours;
* growth: the share of the story's reports that came in the last :data:`GROWTH_WINDOW` of
  the window.

A report's time is the article's publication time, else the time it was stored: a backfill
stores a month of articles in a minute, so storage time alone would call every story new. A
photo caption's day is the picture's, not the report's (it may be years older): such a report
is timed as an undated one, as the event list and the event's page do not date by it.
Stories are found through the publication-time index, and, for events that no stamp dates
(``events.stamped_day``: the date the list shows may be one its page read from the texts),
through their last change; an event that mixes both is found through its dated ones.
"Today" is the :data:`WINDOW` ending now (or at the end of a given day, or from a given time
to now); when nothing was reported in it, the page shows the latest stories in the store
and says so. A window without a story of two named outlets counts those the store holds
outside it (``outside``), so the page can say where they are rather than that there is none.
The page reads only what ranking needs (events, their members' outlets and
times, a cached brief's first sentence or the lead of the first report): nothing is woven.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from newsweave.clean.metadata import CAPTION_DATE
from newsweave.corpus.outlets import event_outlets, independent_origins, outlet_name
from newsweave.corpus.refresh import ORIGINS_PENDING
from newsweave.corpus.store import Store
from newsweave.errors import InputError
from newsweave.text.counts import plural
from newsweave.text.headline import lead_sentence

# "Today": a reader in the morning still sees what broke yesterday evening.
WINDOW = timedelta(hours=36)
# "Growing": the reports of the last hours of the window, against the story's reports before.
GROWTH_WINDOW = timedelta(hours=6)
# A story last reported this many hours before the window's end counts half as recent.
RECENCY_HALF_LIFE_H = 12.0
# Points per doubling of the outlets: breadth of coverage is what the page ranks by first.
OUTLET_WEIGHT = 2.0
# Points per doubling of the independent origins: own reporting, not reprints, on top of breadth.
ORIGIN_WEIGHT = 1.0
# Points of a story reported just now (half after RECENCY_HALF_LIFE_H): a fresh two-outlet
# story is level with a day-old four-outlet one.
RECENCY_WEIGHT = 2.0
# Points of a story whose every report came in the last GROWTH_WINDOW.
GROWTH_WEIGHT = 1.5
# Named outlets a story needs to make the front page; fewer is the single-source section.
MIN_OUTLETS = 2
# Cards shown in each section: a morning's reading; the rest is counted, and listed at /events.
FRONT_LIMIT = 30
SINGLE_LIMIT = 20
# Published times carry their own offsets (up to ±14 h): the day range read through the
# published index is widened by a day on each side, then every time is compared exactly.
OFFSET_SLACK = timedelta(days=1)
# Events without a dated article (their reports are timed when stored) changed in the window
# are read broadest first, at most this many: a store filled today with an undated corpus
# has every event changed today, and the page must stay fast.
UNDATED_CANDIDATES = 2000
# The longest window ``since`` may ask for: a week of stories is still one page's work; an
# older day is looked at with ``day``.
MAX_SINCE = timedelta(days=7)
# Ids per SQL ``IN (...)`` list (SQLite's default variable limit is far above; this keeps
# one statement small).
CHUNK = 500
# Characters of an article's start read for its lead sentence.
LEAD_READ_CHARS = 2000
# An article's publication time in SQL over ``articles a``: NULL for a photo caption's day (the
# picture's); the ``articles_published`` index (migration 11) holds both columns.
PUBLISHED = f"CASE WHEN a.published_source IS '{CAPTION_DATE}' THEN NULL ELSE a.published END"
# Articles whose ``published`` is a publication time, in SQL over ``articles a``.
PUBLICATION = f"a.published_source IS NOT '{CAPTION_DATE}'"


@dataclass(frozen=True, slots=True)
class Ranking:
    """Why a story ranks where it does: each part's points (the score is their sum)."""

    outlets: int
    origins: int
    origins_pending: bool  # an ingest is storing the event's articles: counted when it ends
    age_hours: float  # latest report, before the window's end
    recent: int  # reports in the last GROWTH_WINDOW of the window
    reports: int  # reports up to the window's end
    breadth: float
    independence: float
    recency: float
    growth: float

    @property
    def score(self) -> float:
        return self.breadth + self.independence + self.recency + self.growth

    def reasons(self) -> tuple[str, ...]:
        """The parts as a reader reads them: "4 outlets (+4.0)", ..."""
        hours = GROWTH_WINDOW.total_seconds() / 3600
        return (
            f"{plural(self.outlets, 'named outlet')} (+{self.breadth:.1f})",
            f"{independent_origins(self.origins, self.origins_pending)} (+{self.independence:.1f})",
            f"latest report {_age(self.age_hours)} (+{self.recency:.1f})",
            f"{self.recent} of {plural(self.reports, 'report')} in the last {hours:g} h"
            f" (+{self.growth:.1f})",
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 3),
            "breadth": round(self.breadth, 3),
            "independence": round(self.independence, 3),
            "recency": round(self.recency, 3),
            "growth": round(self.growth, 3),
            "age_hours": round(self.age_hours, 2),
            "recent_reports": self.recent,
            "reasons": list(self.reasons()),
        }


@dataclass(frozen=True, slots=True)
class FrontCard:
    """One story as the front page and the feeds show it."""

    event_id: str
    title: str
    first: datetime  # the first report
    first_outlet: str | None  # who reported it first (None: an article naming no outlet)
    latest: datetime  # the latest report up to the window's end
    outlets: tuple[str, ...]  # named outlets, in the order they first reported
    n_outlets: int  # distinct named outlets (:func:`newsweave.corpus.outlets.event_outlets`)
    n_unnamed: int  # reports that name no outlet: not counted as outlets
    n_origins: int
    origins_pending: bool  # n_origins does not cover every article yet (an ingest counts them)
    n_articles: int
    summary: str  # the brief's first sentence, else the lead of the first report
    summary_from: str  # "brief" or "lead"
    updated: str  # when the event last changed in the store (ISO)
    ranking: Ranking

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.event_id,
            "url": f"/events/{self.event_id}",
            "title": self.title,
            "first": self.first.isoformat(),
            "first_outlet": self.first_outlet,
            "latest": self.latest.isoformat(),
            "outlets": list(self.outlets),
            "n_outlets": self.n_outlets,
            "n_unnamed": self.n_unnamed,
            "n_origins": self.n_origins,
            "origins_pending": self.origins_pending,
            "n_articles": self.n_articles,
            "summary": self.summary,
            "summary_from": self.summary_from,
            "updated": self.updated,
            "ranking": self.ranking.to_json(),
        }


@dataclass(frozen=True, slots=True)
class FrontPage:
    """The ranked stories of one window, the single-source ones apart."""

    start: datetime
    end: datetime
    stories: tuple[FrontCard, ...]
    single_source: tuple[FrontCard, ...]
    more_stories: int  # ranked below the page's limit
    more_single: int
    note: str | None  # set when the window was empty and the latest stories are shown instead
    outside: int  # no story in the window: the stories of MIN_OUTLETS named outlets outside it

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "note": self.note,
            "stories": [c.to_json() for c in self.stories],
            "more_stories": self.more_stories,
            "single_source": [c.to_json() for c in self.single_source],
            "more_single_source": self.more_single,
            "outside": self.outside,
        }


@dataclass(frozen=True, slots=True)
class _Report:
    article: str
    outlet: str | None  # its outlet's name (named, else from its URL)
    url: str | None
    at: datetime


def parse_time(value: str, what: str) -> datetime:
    """An ISO date or date-time from a request (``since``, ``day``), as an aware UTC time."""
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(
            f"{what} must be an ISO date (YYYY-MM-DD) or date-time, got {value!r}"
        ) from exc
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def front_page(
    store: Store,
    *,
    now: datetime | None = None,
    day: date | None = None,
    since: datetime | None = None,
    limit: int = FRONT_LIMIT,
    single_limit: int = SINGLE_LIMIT,
) -> FrontPage:
    """The front page of ``store`` (read-only is enough): the :data:`WINDOW` ending ``now``,
    or ending at the end of ``day`` (UTC), or from ``since`` to ``now``."""
    if day is not None and since is not None:
        raise InputError("give a day or a since time for the front page, not both")
    now = _utc(now or datetime.now(UTC))
    if day is not None:
        end = datetime.combine(day + timedelta(days=1), time(), UTC)
        start = end - WINDOW
    else:
        end = now
        start = _utc(since) if since is not None else end - WINDOW
    if start > end:
        raise InputError(f"since {start.isoformat()} is after now ({end.isoformat()})")
    if end - start > MAX_SINCE:
        raise InputError(
            f"since may go back at most {MAX_SINCE.days} days (got {start.isoformat()}); "
            "give day=YYYY-MM-DD to see an older day"
        )
    cards = _window_cards(store, start, end)
    note = None
    if not cards and day is None and since is None:
        newest = _newest_report(store, now)
        if newest is not None and newest < start:
            note = (
                f"Nothing was reported in the {WINDOW.total_seconds() / 3600:g} hours up to "
                f"{end:%d %b %Y %H:%M} UTC: these are the latest stories in the store, up to "
                f"{newest:%d %b %Y %H:%M} UTC."
            )
            start, end = newest - WINDOW, newest
            cards = _window_cards(store, start, end)
    ranked = sorted(cards, key=lambda c: (-c.ranking.score, -c.latest.timestamp(), c.event_id))
    front = [c for c in ranked if c.n_outlets >= MIN_OUTLETS]
    single = [c for c in ranked if c.n_outlets < MIN_OUTLETS]
    return FrontPage(
        start=start,
        end=end,
        stories=tuple(_with_summaries(store, front[:limit])),
        single_source=tuple(_with_summaries(store, single[:single_limit])),
        more_stories=max(0, len(front) - limit),
        more_single=max(0, len(single) - single_limit),
        note=note,
        # (a store of archived stories and today's undated ones said it had no such story)
        outside=0 if front else store.count_events(min_sources=MIN_OUTLETS),
    )


def describe_events(
    store: Store, event_ids: Sequence[str], *, now: datetime | None = None
) -> list[FrontCard]:
    """Cards for given events (a search, an entity's events) as of ``now``, in their order;
    an event with no report up to ``now`` is left out."""
    now = _utc(now or datetime.now(UTC))
    cards = {c.event_id: c for c in _cards(store, event_ids, datetime.min.replace(tzinfo=UTC), now)}
    return _with_summaries(store, [cards[i] for i in event_ids if i in cards])


# --------------------------------------------------------------------------- the window


def _window_cards(store: Store, start: datetime, end: datetime) -> list[FrontCard]:
    """Cards of the events with a report in [start, end]."""
    lo = (start - OFFSET_SLACK).date().isoformat()
    hi = (end + OFFSET_SLACK).date().isoformat() + "~"  # "~" sorts after any time of that day
    ids = {
        r[0]
        for r in store.db.execute(
            "SELECT DISTINCT m.event_id FROM articles a JOIN event_articles m ON m.article_id = a.id"
            f" WHERE a.published >= ? AND a.published <= ? AND {PUBLICATION}",
            (lo, hi),
        )
    }
    ids.update(
        r[0]
        for r in store.db.execute(
            "SELECT id FROM events WHERE stamped_day IS NULL AND updated >= ?"
            " ORDER BY n_sources DESC, seq LIMIT ?",
            (start.isoformat(), UNDATED_CANDIDATES),
        )
    )
    return _cards(store, sorted(ids), start, end)


def _newest_report(store: Store, now: datetime) -> datetime | None:
    """The newest report up to ``now``: the latest publication time, or the latest change of
    an event without a dated article (whose reports are timed when stored)."""
    ceiling = (now + OFFSET_SLACK).isoformat()
    found = [
        _utc(datetime.fromisoformat(r[0]))
        for r in store.db.execute(
            f"SELECT MAX(published) FROM articles a WHERE published <= ? AND {PUBLICATION}"
            " UNION ALL"
            " SELECT MAX(updated) FROM events WHERE stamped_day IS NULL",
            (ceiling,),
        )
        if r[0]
    ]
    return min(max(found), now) if found else None  # a time zone ahead reads as now


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _cards(
    store: Store, event_ids: Sequence[str], start: datetime, end: datetime
) -> list[FrontCard]:
    """A card (without its summary yet) for each event with a report up to ``end``."""
    reports: dict[str, list[_Report]] = {}
    rows: dict[str, Any] = {}
    for chunk in _chunks(list(event_ids)):
        marks = ",".join("?" * len(chunk))
        for r in store.db.execute(
            f"SELECT m.event_id, a.id, a.outlet, a.url, {PUBLISHED},"
            f" CASE WHEN ({PUBLISHED}) IS NULL THEN a.ingested_at END"
            f" FROM event_articles m JOIN articles a ON a.id = m.article_id"
            f" WHERE m.event_id IN ({marks}) ORDER BY a.rowid",
            chunk,
        ):
            at = _utc(datetime.fromisoformat(r[4] or r[5]))
            if at <= end:
                reports.setdefault(r[0], []).append(_Report(r[1], r[2], r[3], at))
        for r in store.db.execute(
            f"SELECT id, title, n_origins, updated, {ORIGINS_PENDING} FROM events"
            f" WHERE id IN ({marks})",
            chunk,
        ):
            rows[r[0]] = r
    out = []
    for eid, reps in reports.items():
        if eid in rows and any(start <= r.at for r in reps):
            out.append(_card(rows[eid], reps, end))
    return out


def _card(row: Any, reps: list[_Report], end: datetime) -> FrontCard:
    reps = sorted(reps, key=lambda r: r.at)
    counted = event_outlets((r.outlet, r.url) for r in reps)  # in the order they reported
    latest = reps[-1].at
    recent = sum(1 for r in reps if r.at > end - GROWTH_WINDOW)
    # the stored count, as the list and the event's page say it; a past day's window may hold
    # fewer of the event's reports, and each is one origin at most
    n_origins = min(int(row[2]), len(reps))
    age_h = max(0.0, (end - latest).total_seconds() / 3600)
    ranking = Ranking(
        outlets=counted.count,
        origins=n_origins,
        origins_pending=bool(row[4]),
        age_hours=age_h,
        recent=recent,
        reports=len(reps),
        # no named outlet (or one origin) adds nothing, as one does
        breadth=OUTLET_WEIGHT * math.log2(max(1, counted.count)),
        independence=ORIGIN_WEIGHT * math.log2(max(1, n_origins)),
        recency=RECENCY_WEIGHT * 0.5 ** (age_h / RECENCY_HALF_LIFE_H),
        growth=GROWTH_WEIGHT * recent / len(reps),
    )
    return FrontCard(
        event_id=row[0],
        title=row[1] or row[0],
        first=reps[0].at,
        first_outlet=outlet_name(reps[0].outlet, reps[0].url),
        latest=latest,
        outlets=counted.reported,
        n_outlets=counted.count,
        n_unnamed=counted.unnamed,
        n_origins=n_origins,
        origins_pending=bool(row[4]),
        n_articles=len(reps),
        summary="",
        summary_from="lead",
        updated=row[3],
        ranking=ranking,
    )


# --------------------------------------------------------------------------- summaries


def _with_summaries(store: Store, cards: list[FrontCard]) -> list[FrontCard]:
    """Each card with the first sentence of its event's cached brief, when that brief is
    current for the event's members, else the lead of its first report."""
    if not cards:
        return []
    ids = [c.event_id for c in cards]
    members: dict[str, list[str]] = {i: [] for i in ids}
    briefs: dict[str, tuple[str, str | None]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for r in store.db.execute(
            f"SELECT event_id, article_id FROM event_articles WHERE event_id IN ({marks})", chunk
        ):
            members[r[0]].append(r[1])
        for r in store.db.execute(
            "SELECT event_id, key, json_extract(report, '$.events[0].brief[0].text')"
            f" FROM syntheses WHERE event_id IN ({marks})",
            chunk,
        ):
            briefs[r[0]] = (r[1], r[2])
    out = []
    for c in cards:
        key, text = briefs.get(c.event_id, ("", None))
        if text and key == store.synthesis_key(members[c.event_id]):
            out.append(replace(c, summary=" ".join(str(text).split()), summary_from="brief"))
        else:
            out.append(replace(c, summary=_lead(store, c), summary_from="lead"))
    return out


def _lead(store: Store, card: FrontCard) -> str:
    """The lead sentence of the earliest member article that has one."""
    for r in store.db.execute(
        "SELECT substr(a.text, 1, ?) FROM event_articles m JOIN articles a"
        " ON a.id = m.article_id WHERE m.event_id = ?"
        f" ORDER BY COALESCE({PUBLISHED}, a.ingested_at), a.rowid",
        (LEAD_READ_CHARS, card.event_id),
    ):
        lead = lead_sentence(r[0] or "")
        if lead:
            return lead
    return ""


# --------------------------------------------------------------------------- small pieces


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _age(hours: float) -> str:
    """How old the latest report was at the window's end."""
    return f"{round(hours * 60)} min old" if hours < 1 else f"{hours:.0f} h old"
