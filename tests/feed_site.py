"""A news site on 127.0.0.1 for the source-list and watch tests, built at test time from
../shared (the AEB pages and the seed texts; nothing is copied into the repository).

It serves an RSS feed of seed pages, an Atom feed of AEB pages, an OPML of both, a site
page that advertises a third feed, and a feed whose items point elsewhere (127.0.0.2,
``file:``, a redirect to 127.0.0.2). Any path can be made to fail (:attr:`FeedSite.fail`:
HTTP 500, or a read that outlasts the timeout). Every feed and page has an ETag and a Last-Modified; a conditional request
that matches is answered 304. Each response is counted by path and status.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import lxml.html

from conftest import DATA, SEEDS, need

LAST_MODIFIED = "Mon, 12 May 2025 10:00:00 GMT"
# The feeds' names (the outlet names their articles must carry).
RSS_TITLE = "Seed Wire"
ATOM_TITLE = "AEB Digest"
SITE_NAME = "The Harbour Post"
# AEB pages served: the smallest few, so that extraction stays fast.
AEB_PAGES = 3
# How long /slow.xml holds its answer (the tests' read timeout is well below it).
SLOW_S = 3.0


@dataclass(frozen=True)
class Item:
    """One feed item: the page's path, its title, its feed time (RFC 822 and ISO)."""

    path: str
    title: str
    rfc822: str
    iso: str


def _time(day: int, hour: int) -> tuple[str, str]:
    return (
        f"Mon, {day:02d} May 2025 {hour:02d}:00:00 GMT",
        f"2025-05-{day:02d}T{hour:02d}:00:00+00:00",
    )


def _seed_page(text: str, canonical: str) -> tuple[str, str]:
    """An article page made from a seed text: its first line is the headline."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0]
    paras = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines[1:] if len(ln.split()) > 6)
    page = (
        f"<!doctype html><html><head><title>{html.escape(title)}</title>"
        f'<link rel="canonical" href="{canonical}"></head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>{html.escape(title)}</h1>{paras}</article>"
        "<footer>Share this story.</footer></body></html>"
    )
    return title, page


def _declared_url(page: bytes) -> str | None:
    """The URL a page declares as its own: ``<link rel=canonical>``, else ``og:url``."""
    root = lxml.html.fromstring(page)
    for href in root.xpath("//link[contains(@rel, 'canonical')]/@href"):
        return str(href).strip()
    for url in root.xpath("//meta[@property='og:url']/@content"):
        return str(url).strip()
    return None


class FeedSite:
    """The site's documents (path → body, type) and the server answering them."""

    def __init__(self) -> None:
        need(SEEDS, "the seed articles")
        aeb = need(DATA / "aeb", "the AEB benchmark")
        self.docs: dict[str, tuple[bytes, str]] = {}
        self.responses: Counter[tuple[str, int]] = Counter()
        self.hits: list[tuple[str, float]] = []
        self.redirects: dict[str, str] = {}
        self.fail: dict[str, str] = {}  # path → "500" or "slow"
        self.seed_items: list[Item] = []
        self.aeb_items: list[Item] = []
        self.canonical: dict[str, str] = {}  # page path → the canonical URL it declares
        self._seeds = sorted(SEEDS.glob("*.txt"))
        self._aeb = sorted((aeb / "html").glob("*.html.gz"), key=lambda p: p.stat().st_size)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._build()

    # ------------------------------------------------------------------ content
    def _build(self) -> None:
        for i, f in enumerate(self._seeds[:3]):
            path = f"/seed/{i}.html"
            title, page = _seed_page(f.read_text(encoding="utf-8"), f"{self.base}{path}")
            self.docs[path] = (page.encode(), "text/html; charset=utf-8")
            self.canonical[path] = f"{self.base}{path}"
            self.seed_items.append(Item(path, title, *_time(12, 6 + i)))
        for i, f in enumerate(self._aeb[:AEB_PAGES]):
            path = f"/aeb/{i}.html"
            raw = gzip.decompress(f.read_bytes())
            self.docs[path] = (raw, "text/html; charset=utf-8")
            self.canonical[path] = _declared_url(raw) or f"{self.base}{path}"
            self.aeb_items.append(Item(path, f"AEB page {i}", *_time(11, 8 + i)))
        self.docs["/rss.xml"] = (self.rss(RSS_TITLE, self.seed_items), "application/rss+xml")
        self.docs["/atom.xml"] = (self.atom(ATOM_TITLE, self.aeb_items), "application/atom+xml")
        self.docs["/feeds.opml"] = (self.opml(), "text/x-opml")
        # the site page advertises a feed of the two other seeds
        site_items = []
        for i, f in enumerate(self._seeds[3:5], start=3):
            path = f"/site/{i}.html"
            title, page = _seed_page(f.read_text(encoding="utf-8"), f"{self.base}{path}")
            self.docs[path] = (page.encode(), "text/html; charset=utf-8")
            self.canonical[path] = f"{self.base}{path}"
            site_items.append(Item(path, title, *_time(13, 9 + i)))
        self.site_items = site_items
        self.docs["/site/feed.xml"] = (
            self.rss("Harbour Post: all stories", site_items),
            "text/xml",
        )
        self.docs["/site/"] = (
            (
                "<!doctype html><html><head><title>The Harbour Post</title>"
                f'<meta property="og:site_name" content="{SITE_NAME}">'
                '<link rel="alternate" type="application/rss+xml" title="RSS" href="/site/feed.xml">'
                "</head><body><h1>Front page</h1></body></html>"
            ).encode(),
            "text/html",
        )
        self.docs["/plain.html"] = (
            b"<!doctype html><html><head><title>No feed here</title></head>"
            b"<body><p>Nothing to follow.</p></body></html>",
            "text/html",
        )
        port = self.server.server_address[1]
        bad = [
            Item(f"http://127.0.0.2:{port}/seed/0.html", "elsewhere", *_time(14, 1)),
            Item("file:///etc/passwd", "a file", *_time(14, 2)),
            Item("/jump", "a redirect elsewhere", *_time(14, 3)),
            Item("/aeb/good.html", "a good one", *_time(14, 4)),
        ]
        good = gzip.decompress(self._aeb[AEB_PAGES].read_bytes())
        self.docs["/aeb/good.html"] = (good, "text/html; charset=utf-8")
        self.redirects["/jump"] = f"http://127.0.0.2:{port}/seed/1.html"
        self.docs["/bad.xml"] = (self.rss("Bad Links", bad), "application/rss+xml")

    def rss(self, title: str, items: list[Item]) -> bytes:
        body = "".join(
            f"<item><title>{html.escape(it.title)}</title><link>{self._abs(it.path)}</link>"
            f"<pubDate>{it.rfc822}</pubDate></item>"
            for it in items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{html.escape(title)}</title><link>{self.base}/</link>"
            f"<description>test feed</description>{body}</channel></rss>"
        ).encode()

    def atom(self, title: str, items: list[Item]) -> bytes:
        body = "".join(
            f'<entry><title>{html.escape(it.title)}</title><link href="{self._abs(it.path)}"/>'
            f"<id>{self._abs(it.path)}</id><updated>{it.iso}</updated></entry>"
            for it in items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{html.escape(title)}</title><link href="{self.base}/aeb/"/>'
            f"<id>{self.base}/atom.xml</id><updated>2025-05-12T10:00:00Z</updated>{body}</feed>"
        ).encode()

    def opml(self) -> bytes:
        return (
            '<?xml version="1.0"?><opml version="2.0"><head><title>my feeds</title></head><body>'
            '<outline text="news">'
            f'<outline type="rss" text="{RSS_TITLE}" xmlUrl="{self.base}/rss.xml"/>'
            f'<outline type="rss" text="{ATOM_TITLE}" xmlUrl="{self.base}/atom.xml"'
            f' htmlUrl="{self.base}/aeb/"/>'
            "</outline></body></opml>"
        ).encode()

    def _abs(self, path: str) -> str:
        return f"{self.base}{path}" if path.startswith("/") else path

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def count(self, status: int, prefix: str = "") -> int:
        """Responses with ``status`` to paths starting with ``prefix``."""
        return sum(
            n for (p, s), n in self.responses.items() if s == status and p.startswith(prefix)
        )

    def write_opml(self, folder: Path) -> Path:
        """The OPML as a local file (what a user exports from a feed reader)."""
        p = folder / "feeds.opml"
        p.write_bytes(self.opml())
        return p

    # ------------------------------------------------------------------ server
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: object) -> None:  # quiet test output
                pass

            def _send(self, code: int, body: bytes = b"", headers: dict[str, str] | None = None):
                site.responses[(self.path, code)] += 1
                self.send_response(code)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # a client that gave up (a test's timeout) has gone: nothing to answer
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def do_GET(self) -> None:
                site.hits.append((self.path, time.monotonic()))
                failure = site.fail.get(self.path)
                if failure == "500":
                    return self._send(500, b"oops")
                if failure == "slow":
                    time.sleep(SLOW_S)
                if self.path in site.redirects:
                    return self._send(302, headers={"Location": site.redirects[self.path]})
                if self.path not in site.docs:
                    return self._send(404, b"not here")
                body, ctype = site.docs[self.path]
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag or (
                    self.headers.get("If-None-Match") is None
                    and self.headers.get("If-Modified-Since") == LAST_MODIFIED
                ):
                    return self._send(304, headers={"ETag": etag})
                return self._send(
                    200,
                    body,
                    {"Content-Type": ctype, "ETag": etag, "Last-Modified": LAST_MODIFIED},
                )

        return Handler

    def __enter__(self) -> FeedSite:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
