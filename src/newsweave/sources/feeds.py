"""RSS/Atom feeds and web pages, fetched through the safe :class:`~newsweave.sources.fetch.Fetcher`.

A URL is read as a feed when its content looks like RSS/Atom, else as an article page
(HTML, extracted by :func:`newsweave.sources.files.extract_html`). At most
:data:`MAX_FEED_ENTRIES` pages are fetched per feed, and a whole call of
:func:`fetch_articles` ends by its run deadline (:data:`RUN_DEADLINE_S`): what is left is
reported, one error per URL, instead of holding the run. A URL given by hand is trusted as
given (its host and port may be internal), and so are its feed's items on that same origin;
links and redirects elsewhere are checked (:mod:`newsweave.sources.fetch`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from urllib.parse import urljoin

from newsweave.errors import FetchError, InputError
from newsweave.models import Article
from newsweave.sources.fetch import Fetched, Fetcher, trusted_as_given
from newsweave.sources.files import extract_html
from newsweave.text.dates import parse_date

# Pages fetched per feed: a feed lists the latest ~20-100 items.
MAX_FEED_ENTRIES = 200
# Wall-clock seconds for all the fetching of one call of fetch_articles: a 200-entry feed at
# one request per second takes ~4 minutes; an hour covers a dozen such feeds and stops a run
# of slow or hostile servers from going on for days.
RUN_DEADLINE_S = 3600.0


def looks_like_feed(f: Fetched) -> bool:
    ct = f.content_type.lower()
    if any(t in ct for t in ("rss", "atom", "xml")) and "html" not in ct:
        return True
    head = f.content[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (
        b"<rss" in f.content[:4096].lower() or b"<feed" in f.content[:4096].lower()
    )


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None
    published: str | None
    summary: str | None


def parse_feed(f: Fetched) -> list[FeedEntry]:
    """Entries of an RSS/Atom feed (links resolved against the feed URL)."""
    import feedparser

    parsed = feedparser.parse(f.content)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"not a readable RSS/Atom feed: {parsed.bozo_exception}", path=f.url)
    out = []
    for e in parsed.entries[:MAX_FEED_ENTRIES]:
        link = e.get("link")
        if not link:
            continue
        out.append(
            FeedEntry(
                url=urljoin(f.url, link),
                title=e.get("title"),
                published=e.get("published") or e.get("updated"),
                summary=e.get("summary"),
            )
        )
    return out


def page_article(f: Fetched, entry: FeedEntry | None = None) -> Article:
    """Extract an article from a fetched HTML page (feed metadata fills gaps)."""
    art = extract_html(f.content, url=f.url)
    if entry is not None:
        fill = {}
        if not art.title and entry.title:
            fill["title"] = entry.title
        if art.published is None and entry.published:
            when = parse_date(entry.published)
            if when is not None:
                fill["published"] = when
        if fill:
            art = replace(art, **fill)
    return art


def fetch_articles(
    urls: Iterable[str],
    *,
    fetcher: Fetcher | None = None,
    allow_private: bool = False,
    deadline: float = RUN_DEADLINE_S,
) -> Iterator[Article | InputError]:
    """Each URL: a feed → its entries' pages; a page → its article. Errors are yielded, not
    raised. Each URL is taken as typed by the user: trusted as given, with its feed items on
    the same origin (``allow_private`` trusts every internal address; it is used only when
    no ``fetcher`` is given). Fetching stops ``deadline`` seconds after the call."""
    until = time.monotonic() + deadline
    own = fetcher is None
    fx = Fetcher(allow_private=allow_private) if fetcher is None else fetcher
    try:
        seen: set[str] = set()
        for url in urls:
            trusted = trusted_as_given(url)
            try:
                f = fx.get(url, trusted=trusted, until=until)
            except FetchError as exc:
                yield exc
                continue
            if looks_like_feed(f):
                try:
                    entries = parse_feed(f)
                except FetchError as exc:
                    yield exc
                    continue
                for e in entries:
                    if e.url in seen:
                        continue
                    seen.add(e.url)
                    try:
                        yield page_article(fx.get(e.url, trusted=trusted, until=until), e)
                    except InputError as exc:
                        yield exc
            else:
                if f.url in seen:
                    continue
                seen.add(f.url)
                try:
                    yield page_article(f)
                except InputError as exc:
                    yield exc
    finally:
        if own:
            fx.close()
