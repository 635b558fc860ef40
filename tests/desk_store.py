"""A store built for the front page's tests: real texts (the seeds and Multi-News events from
../shared) ingested through the real ingest, with outlets, URLs and times set by the test so
that breadth, recency and growth each decide one comparison.

Every story is at a known distance from ``now`` (hours before it):

* breadth: ``seeds`` (5 outlets) and ``narrow`` (2 outlets) have their latest report at the
  same time and no recent growth;
* recency: ``fresh`` (latest 7 h ago) and ``stale`` (latest 28 h ago), 2 outlets each, no growth;
* growth: ``growing`` (2 of 3 reports in the last 6 h) and ``steady`` (1 of 3), 3 outlets and
  2 independent origins each (two of each story's reports share copied passages), latest
  report at the same time;
* ``lone``: two reports by one outlet, fresh (the single-source section);
* ``old``: three days old, outside today's window;
* the five ``seeds`` have URLs; two name no outlet (one URL of a known outlet, one of an
  unknown domain) and one is a file given by hand, with a local path and no URL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from newsweave.corpus.ingest import ingest
from newsweave.corpus.store import Store
from newsweave.models import Article
from newsweave.sources.files import article_from_record, iter_articles

# Multi-News events (validation sample) whose documents the clustering keeps together, one
# story each: (story, event id in validation.jsonl, [(outlet, hours before now), ...]).
STORIES: tuple[tuple[str, str, tuple[tuple[str, float], ...]], ...] = (
    ("narrow", "mn-val-002", (("Harbour Post", 12), ("Valley Courier", 9))),
    ("fresh", "mn-val-027", (("Northern Ledger", 8), ("Daily Wend", 7))),
    ("stale", "mn-val-013", (("Harbour Post", 30), ("Valley Courier", 28))),
    (
        "growing",
        "mn-val-004",
        (("Harbour Post", 20), ("Northern Ledger", 2), ("Daily Wend", 1)),
    ),
    (
        "steady",
        "mn-val-023",
        (("Valley Courier", 20), ("Northern Ledger", 19), ("Daily Wend", 1)),
    ),
    ("lone", "mn-val-022", (("Lone Gazette", 3), ("Lone Gazette", 2))),
    ("old", "mn-val-011", (("Harbour Post", 74), ("Valley Courier", 72))),
)
# The seeds: (outlet, url, hours before now); None outlet: derived from the URL, or none at all.
SEED_SOURCES: tuple[tuple[str | None, str | None, float], ...] = (
    (None, "https://www.theepochtimes.com/world/putin-calls-for-direct-talks", 12),
    (None, "https://news.example.org/world/putin-proposes-istanbul-talks", 11),
    ("AFP", "https://www.afp.com/en/news/putin-proposes-direct-talks", 10.5),
    ("Al Jazeera", "https://www.aljazeera.com/news/russia-offers-direct-talks", 10),
    (None, None, 9),
)
# The local path of the seed given by hand: the pages may show its file name only.
HAND_PATH = "/home/reader/private-clippings/putin-notes.txt"


@dataclass(frozen=True)
class Desk:
    db: Path
    now: datetime
    events: dict[str, str]  # story → event id
    seed_articles: tuple[Article, ...]  # as ingested (outlet, url, published, path)


def _multinews(data_dir: Path) -> dict[str, list[str]]:
    wanted = {mn for _, mn, _ in STORIES}
    out = {}
    with open(data_dir / "multinews" / "validation.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in wanted:
                out[rec["id"]] = rec["documents"]
    return out


def build_desk(db: Path, seeds_dir: Path, data_dir: Path, now: datetime) -> Desk:
    """Ingest the stories into a new store at ``db``; check that each is one event."""
    docs = _multinews(data_dir)
    arts: list[Article] = []
    for story, mn, sources in STORIES:
        for k, (outlet, hours) in enumerate(sources):
            slug = f"{story}-{k}"
            arts.append(
                article_from_record(
                    {
                        "id": slug,
                        "text": docs[mn][k],
                        "outlet": outlet,
                        "url": f"https://{outlet.lower().replace(' ', '')}.example/{slug}",
                        "published": (now - timedelta(hours=hours)).isoformat(),
                    },
                    locator=f"{mn}#{k}",
                )
            )
    seeds = [a for a in iter_articles([str(seeds_dir)]) if isinstance(a, Article)]
    seeds.sort(key=lambda a: a.id)
    placed = []
    for a, (outlet, url, hours) in zip(seeds, SEED_SOURCES, strict=True):
        placed.append(
            replace(
                a,
                id=f"seed-{len(placed)}",
                outlet=outlet,
                url=url,
                path=HAND_PATH if url is None else None,
                published=now - timedelta(hours=hours),
                published_source="record",  # the desk's time is when the page was published
            )
        )
    ingest([*arts, *placed], db=db, progress=False)
    events: dict[str, str] = {}
    with Store(db, readonly=True) as st:
        for story, _, sources in STORIES:
            ids = {st.article_event(f"{story}-{k}") for k in range(len(sources))}
            assert len(ids) == 1 and None not in ids, f"story {story!r} was split: {ids}"
            events[story] = ids.pop()
        seed_events = {st.article_event(a.id) for a in placed}
        assert len(seed_events) == 1, f"the seeds were split: {seed_events}"
        events["seeds"] = seed_events.pop()
        assert len(set(events.values())) == len(events), f"stories were merged: {events}"
        stored = tuple(st.get_article(a.id) for a in placed)
    return Desk(db=db, now=now, events=events, seed_articles=stored)
