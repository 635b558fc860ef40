"""RSS/Atom feeds and web pages, fetched politely.

* timeouts on connect and read (:data:`TIMEOUT_S`), at most
  :data:`MAX_BYTES` per response (streamed; a larger body is refused, not
  truncated), :data:`MAX_FEED_ENTRIES` pages per feed;
* retries with exponential backoff on timeouts, connection errors, 429 and
  5xx (a ``Retry-After`` header is honoured up to :data:`MAX_RETRY_AFTER_S`);
* a per-host rate limit: requests to one host are spaced by
  :data:`HOST_INTERVAL_S` (other hosts are not slowed down);
* every failure is a :class:`~newsweave.errors.FetchError` naming the URL.

A URL is read as a feed when its content looks like RSS/Atom, else as an
article page (HTML, extracted by :func:`newsweave.sources.files.extract_html`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import httpx

from newsweave import __version__
from newsweave.errors import FetchError, InputError
from newsweave.models import Article
from newsweave.sources.files import extract_html
from newsweave.text.dates import parse_date

# Seconds to connect / to wait for each read; a news page that takes longer is not worth waiting for.
TIMEOUT_S = 15.0
# Responses above 5 MB are refused: a news page is ~100 KB, a feed rarely above 1 MB.
MAX_BYTES = 5_000_000
# Tries per URL (1 + 2 retries), waiting BACKOFF_S · 2^k between them.
ATTEMPTS = 3
BACKOFF_S = 0.5
# A server's Retry-After is honoured up to a minute; longer means "not today".
MAX_RETRY_AFTER_S = 60.0
# One request per second per host: polite for news sites, which rate-limit scrapers.
HOST_INTERVAL_S = 1.0
# Pages fetched per feed: a feed lists the latest ~20-100 items.
MAX_FEED_ENTRIES = 200
USER_AGENT = f"newsweave/{__version__} (+https://github.com/newsweave/newsweave)"

_RETRY_STATUS = {429, 500, 502, 503, 504}


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


class HostRateLimiter:
    """Space requests to the same host by ``interval`` seconds (thread-safe)."""

    def __init__(self, interval: float = HOST_INTERVAL_S) -> None:
        self.interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(host, 0.0))
            self._next[host] = at + self.interval
        if at > now:
            time.sleep(at - now)


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the final URL after redirects
    content: bytes
    content_type: str


class Fetcher:
    """An httpx client with the limits above; use as a context manager."""

    def __init__(
        self,
        *,
        timeout: float = TIMEOUT_S,
        max_bytes: int = MAX_BYTES,
        attempts: int = ATTEMPTS,
        backoff: float = BACKOFF_S,
        host_interval: float = HOST_INTERVAL_S,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.attempts = attempts
        self.backoff = backoff
        self.limiter = HostRateLimiter(host_interval)
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=5,
            headers={"User-Agent": USER_AGENT},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(self, url: str) -> Fetched:
        last = "no attempt made"
        for k in range(self.attempts):
            if k:
                time.sleep(self.backoff * 2 ** (k - 1))
            self.limiter.wait(url)
            try:
                with self.client.stream("GET", url) as r:
                    if r.status_code in _RETRY_STATUS:
                        last = f"HTTP {r.status_code}"
                        ra = _retry_after(r.headers.get("retry-after"))
                        if ra is not None and k + 1 < self.attempts:
                            time.sleep(min(ra, MAX_RETRY_AFTER_S))
                        continue
                    if r.status_code >= 400:
                        raise FetchError(f"HTTP {r.status_code} {r.reason_phrase}", path=url)
                    declared = r.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise FetchError(
                            f"response of {int(declared)} bytes exceeds the limit of {self.max_bytes}",
                            path=url,
                        )
                    buf = bytearray()
                    for chunk in r.iter_bytes():
                        buf += chunk
                        if len(buf) > self.max_bytes:
                            raise FetchError(
                                f"response exceeds the limit of {self.max_bytes} bytes", path=url
                            )
                    return Fetched(str(r.url), bytes(buf), r.headers.get("content-type", ""))
            except httpx.TimeoutException:
                last = "timed out"
            except httpx.TransportError as exc:
                last = f"connection failed: {type(exc).__name__}: {exc}"
            except httpx.HTTPError as exc:
                raise FetchError(f"request failed: {exc}", path=url) from exc
        raise FetchError(f"gave up after {self.attempts} attempts: {last}", path=url)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


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
    urls: Iterable[str], *, fetcher: Fetcher | None = None
) -> Iterator[Article | InputError]:
    """Each URL: a feed → its entries' pages; a page → its article. Errors are yielded, not raised."""
    own = fetcher is None
    fx = fetcher or Fetcher()
    try:
        seen: set[str] = set()
        for url in urls:
            try:
                f = fx.get(url)
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
                        yield page_article(fx.get(e.url), e)
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
            fx.client.close()
