"""RSS/Atom feeds and web pages, fetched through the safe :class:`~newsweave.sources.fetch.Fetcher`.

A URL is read as a feed when its content looks like RSS/Atom, else as an article page
(HTML, extracted by :func:`newsweave.sources.files.extract_html`). At most
:data:`MAX_FEED_ENTRIES` pages are fetched per feed, and a whole call of
:func:`fetch_articles` ends by its run deadline (:data:`RUN_DEADLINE_S`): what is left is
reported, one error per URL, instead of holding the run. A URL given by hand is trusted as
given (its host and port may be internal), and so are its feed's items on that same origin;
links and redirects elsewhere are checked (:mod:`newsweave.sources.fetch`).

For a source list (:mod:`newsweave.corpus.sources`) the same module reads what a user may
add: a feed with its title and home page (:func:`read_feed`), an OPML list of feeds
(:func:`parse_opml`), or a site page that advertises its feed (:func:`advertised_feeds`,
:func:`site_name`); and :func:`item_article` makes a feed item's article carry its outlet's
name, its canonical URL and the item's publication time.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urljoin

import lxml.etree

from newsweave.clean.html import parse_html
from newsweave.errors import EmptyInput, FetchError, InputError
from newsweave.models import Article
from newsweave.sources.fetch import Fetched, Fetcher, origin_of, trusted_as_given
from newsweave.sources.files import charset_of, extract_page

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
    # the item's publication (else update) time as feedparser read it (RFC 822 or RFC 3339),
    # in UTC; None when the item has none or it is unreadable
    published: datetime | None


@dataclass(frozen=True, slots=True)
class Feed:
    """An RSS/Atom feed: its own title and home page (the channel's link), and its entries."""

    url: str
    title: str | None
    home: str | None
    entries: tuple[FeedEntry, ...]


def read_feed(f: Fetched) -> Feed:
    """An RSS/Atom feed with its title and home page (links resolved against the feed URL)."""
    import feedparser

    parsed = feedparser.parse(f.content)
    out = []
    for e in parsed.entries[:MAX_FEED_ENTRIES]:
        link = e.get("link")
        if not link:
            continue
        # the entry's own keys: asking feedparser for a missing "published" maps it to
        # "updated" with a DeprecationWarning
        own = set(e.keys())
        stamp = "published" if "published" in own else "updated"
        when = e[f"{stamp}_parsed"] if f"{stamp}_parsed" in own else None
        out.append(
            FeedEntry(
                url=urljoin(f.url, link),
                title=e.get("title"),
                published=datetime(*when[:6], tzinfo=UTC) if when else None,
            )
        )
    # a feed with no item yet is a feed; one that is cut, broken or not a feed at all is not
    if not out and (parsed.bozo or not parsed.get("version")):
        if not f.content.strip():
            why = "the response is empty"
        elif parsed.bozo:
            why = str(parsed.bozo_exception)
        else:
            why = "no RSS, Atom or RDF root element in it"
        raise FetchError(f"not a readable RSS/Atom feed: {why}", path=f.url)
    title = (parsed.feed.get("title") or "").strip() or None
    home = parsed.feed.get("link")
    return Feed(f.url, title, urljoin(f.url, home) if home else None, tuple(out))


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One feed an OPML file lists: its URL, its title and its site (when the file says)."""

    url: str
    title: str | None
    home: str | None


def looks_like_opml(content: bytes) -> bool:
    """Whether ``content`` is an OPML document (its root element is ``<opml>``)."""
    head = content[:4096].lstrip().lower()
    return b"<opml" in head and (head.startswith(b"<?xml") or head.startswith(b"<opml"))


def parse_opml(content: bytes, *, base: str | None, locator: str) -> list[OpmlFeed]:
    """The feeds an OPML file lists (every ``<outline xmlUrl=...>``, nested ones too), URLs
    resolved against ``base``. An OPML comes from anywhere: one that declares entities (an
    OPML never needs any; they are how an XML "bomb" grows) is refused, and nothing is
    loaded from the network. ``locator`` names the file in errors."""
    if b"<!entity" in content.lower():
        raise InputError("an OPML file that declares XML entities is refused", path=locator)
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = lxml.etree.fromstring(content, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(f"not a readable OPML file: {exc}", path=locator) from exc
    if root.tag != "opml":
        raise InputError(f"not an OPML file (its root element is <{root.tag}>)", path=locator)
    out: dict[str, OpmlFeed] = {}
    for el in root.iter("outline"):
        url = el.get("xmlUrl") or el.get("xmlurl")
        if not url:
            continue  # a folder of outlines, not a feed
        url = urljoin(base, url.strip()) if base else url.strip()
        title = (el.get("title") or el.get("text") or "").strip() or None
        home = el.get("htmlUrl") or el.get("htmlurl")
        out.setdefault(url, OpmlFeed(url, title, home.strip() if home else None))
    if not out:
        raise InputError("the OPML file lists no feed (no <outline xmlUrl=...>)", path=locator)
    return list(out.values())


# The link types a page advertises its feeds with (<link rel="alternate" type=...>).
FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml")


def advertised_feeds(f: Fetched) -> list[str]:
    """The feeds an HTML page advertises (``<link rel="alternate"`` with an RSS or Atom
    type), in page order, resolved against the page's URL; only http(s) ones."""
    root = parse_html(f.content)
    if root is None:
        return []
    found: list[str] = []
    for el in root.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        kind = (el.get("type") or "").lower().split(";")[0].strip()
        href = (el.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_LINK_TYPES and href:
            url = urljoin(f.url, href)
            if origin_of(url) is not None and url not in found:
                found.append(url)
    return found


def site_name(f: Fetched) -> str | None:
    """The name a page gives its site (``og:site_name``, else ``application-name``)."""
    root = parse_html(f.content)
    if root is None:
        return None
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").lower()
        if key in ("og:site_name", "application-name"):
            name = (el.get("content") or "").strip()
            if name:
                return name
    return None


def item_article(f: Fetched, entry: FeedEntry, outlet: str | None = None) -> Article:
    """A feed item's page as an article: the page's canonical URL (its ``<link rel=canonical>``
    / ``og:url`` when http(s), else the URL fetched), the item's title when the page has none,
    and the item's publication time from the feed (the page's own date when the feed has
    none). ``outlet`` (a watched source's name) replaces the outlet read from the page.

    One policy for ``ingest URL`` and ``watch``: the feed's time is the publisher's own
    structured stamp (read by feedparser), where a page's date may be guessed from its text."""
    art = page_article(f)
    changes: dict[str, object] = {}
    if outlet is not None:
        changes["outlet"] = outlet
    if not art.title and entry.title:
        changes["title"] = entry.title
    if entry.published is not None:
        changes["published"] = entry.published
        changes["published_source"] = "feed"
    return replace(art, **changes) if changes else art


def page_article(f: Fetched) -> Article:
    """A fetched HTML page as an article, at its canonical URL (the URL fetched when the page
    names no http(s) one), read in the charset its Content-Type names, with its encoding
    repairs listed as a file's are."""
    art = extract_page(f.content, declared=charset_of(f.content_type), url=f.url)
    if art.url is None or origin_of(art.url) is None:
        art = replace(art, url=f.url)
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
                    entries = read_feed(f).entries
                except FetchError as exc:
                    yield exc
                    continue
                if not entries:
                    yield EmptyInput(
                        "the feed lists no item with a link: nothing to fetch", path=f.url
                    )
                for e in entries:
                    if e.url in seen:
                        continue
                    seen.add(e.url)
                    try:
                        yield item_article(fx.get(e.url, trusted=trusted, until=until), e)
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
