"""Feeds and URLs against a real HTTP server on 127.0.0.1 (no internet)."""

from __future__ import annotations

import itertools
import threading
import time
import typing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsweave.errors import EmptyInput, FetchError, UnreadableInput
from newsweave.sources.feeds import fetch_articles, looks_like_feed, read_feed
from newsweave.sources.fetch import Fetcher

# Our own prose (fictional), not third-party articles.
PAGE = """<!doctype html><html><head><title>{title} | Harbour Gazette</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2025-03-{day:02d}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
<p>The harbour board of Port Elwin voted on Tuesday to {what}, after a meeting that ran late
into the evening and drew more residents than the town hall could seat.</p>
<p>Board chair Mirela Ostrand said the decision followed two years of consultation with fishing
crews, ferry operators and the families who live along the quay.</p>
<p>"We listened to everyone who came to the table, and this is the plan most of them asked for,"
Ostrand told reporters outside the hall, adding that work would start in the spring.</p>
<p>Opponents said the board had ignored the cost to small businesses on the waterfront and promised
to raise the matter again at the regional council in April.</p>
</article><footer>Share this story. Subscribe for more local news.</footer></body></html>"""

# Our own prose in Czech, whose letters cp1252 also decodes (into the wrong ones).
BRNO = """<!doctype html><html><head><title>Most v Brně</title></head><body><article>
<h1>Městská rada uzavřela starý most</h1>
<p>Městská rada v úterý odhlasovala uzavření starého mostu přes přístav kvůli opravám.</p>
<p>Starosta řekl, že práce potrvají osm týdnů. Obyvatelé si stěžují, že objížďka jim přidá
dvacet minut.</p></article></body></html>"""

ITEMS = [
    ("Harbour board approves new breakwater", "approve a new breakwater", 4),
    ("Harbour board delays ferry fee rise", "delay a rise in ferry fees", 5),
    ("Harbour board names new harbourmaster", "name a new harbourmaster", 6),
]


def _feed(base: str) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>{base}/news/{i}</link>"
        f"<pubDate>Tue, 0{d} Mar 2025 06:30:00 GMT</pubDate></item>"
        for i, (t, _, d) in enumerate(ITEMS)
    )
    items += f"<item><title>Gone</title><link>{base}/missing</link></item>"
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>'
        f"<link>{base}</link><description>Local news</description>{items}</channel></rss>"
    )


class _Handler(BaseHTTPRequestHandler):
    hits: typing.ClassVar[dict[str, list[float]]] = {}
    flaky: typing.ClassVar[dict[str, int]] = {}

    def log_message(self, *a):  # keep test output quiet
        pass

    def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8", extra=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.hits.setdefault(self.path, []).append(time.monotonic())
        base = f"http://{self.headers['Host']}"
        if self.path == "/feed.xml":
            return self._send(200, _feed(base).encode(), "application/rss+xml")
        if self.path.startswith("/news/"):
            t, what, day = ITEMS[int(self.path.rsplit("/", 1)[1])]
            return self._send(200, PAGE.format(title=t, what=what, day=day).encode())
        if self.path == "/flaky":
            n = self.flaky.get(self.path, 0)
            self.flaky[self.path] = n + 1
            if n < 1:
                return self._send(503, b"busy", extra={"Retry-After": "0"})
            t, what, day = ITEMS[0]
            return self._send(200, PAGE.format(title=t, what=what, day=day).encode())
        if self.path == "/empty.xml":
            return self._send(200, b"", "application/rss+xml")
        if self.path == "/cut.xml":  # a feed cut short before any item's link
            return self._send(200, b"<rss><channel><item><title>Harbour", "application/rss+xml")
        if self.path == "/page-as-rss":  # a web page its server calls a feed
            return self._send(200, PAGE.format(title="A", what="meet", day=7).encode(), "text/xml")
        if self.path == "/quiet.xml":  # a feed with no item yet
            body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Quay</title>'
            return self._send(200, body + b"</channel></rss>", "application/rss+xml")
        if self.path == "/brno.html":  # its charset said only by the HTTP header
            return self._send(200, BRNO.encode("cp1250"), "text/html; charset=windows-1250")
        if self.path == "/stray.html":  # UTF-8 with one stray byte
            page = PAGE.format(title="Harbour board meets", what="meet", day=7)
            raw = page.replace('"We', "“We").replace('for,"', "for,”").encode()
            at = raw.index(b"Mirela")
            return self._send(200, raw[:at] + b"\xff" + raw[at:])
        if self.path == "/noise":
            return self._send(200, bytes(range(256)) * 8, "text/html")
        if self.path == "/huge":
            return self._send(200, b"x" * 300_000)
        if self.path == "/slow":
            time.sleep(2.0)
            return self._send(200, b"late")
        return self._send(404, b"not here")


@pytest.fixture()
def server():
    _Handler.hits = {}
    _Handler.flaky = {}
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _fetcher(**kw) -> Fetcher:
    """Quick limits; loopback allowed (these tests are about feeds, not about the address
    checks, which tests/sources/test_fetch.py covers)."""
    opts = {
        "read_timeout": 1.0,
        "connect_timeout": 1.0,
        "backoff": 0.05,
        "host_interval": 0.0,
        "max_bytes": 100_000,
        "allow_private": True,
    }
    opts.update(kw)
    return Fetcher(**opts)


def test_feed_entries_and_pages(server):
    with _fetcher() as fx:
        f = fx.get(server + "/feed.xml")
        assert looks_like_feed(f)
        entries = read_feed(f).entries
        assert [e.title for e in entries[:3]] == [t for t, _, _ in ITEMS]
        items = list(fetch_articles([server + "/feed.xml"], fetcher=fx))
    arts = [x for x in items if not isinstance(x, Exception)]
    errs = [x for x in items if isinstance(x, FetchError)]
    assert [a.title for a in arts] == [t for t, _, _ in ITEMS]
    assert all("harbour board of Port Elwin" in a.text for a in arts)
    assert all("Subscribe" not in a.text for a in arts)
    assert arts[1].url == server + "/news/1"
    assert arts[1].published is not None and arts[1].published.day == 5
    assert len(errs) == 1 and "404" in str(errs[0]) and "/missing" in str(errs[0])


def test_feed_time_wins_over_the_page_date_as_watch_reads_it(server):
    """`ingest URL` of a feed reads an item as `watch` does: the feed's 06:30 stamp, not the
    page's own 08:00; the page asked for by itself keeps its own date."""
    with _fetcher() as fx:
        via_feed = [
            x
            for x in fetch_articles([server + "/feed.xml"], fetcher=fx)
            if not isinstance(x, Exception)
        ]
        alone = list(fetch_articles([server + "/news/0"], fetcher=fx))
    assert [(a.published.hour, a.published.minute) for a in via_feed] == [(6, 30)] * 3
    assert {a.published_source for a in via_feed} == {"feed"}
    assert len(alone) == 1 and alone[0].published.hour == 8


def test_retry_then_success(server):
    with _fetcher() as fx:
        f = fx.get(server + "/flaky")
    assert b"Port Elwin" in f.content
    assert len(_Handler.hits["/flaky"]) == 2


def test_limits_are_errors_naming_the_url(server):
    with _fetcher(attempts=2) as fx:
        with pytest.raises(FetchError, match="exceeds the limit") as e1:
            fx.get(server + "/huge")
        assert "/huge" in str(e1.value)
        with pytest.raises(FetchError, match="timed out") as e2:
            fx.get(server + "/slow")
        assert "/slow" in str(e2.value)
        with pytest.raises(FetchError, match="404"):
            fx.get(server + "/nothing")
    with _fetcher(attempts=1) as fx, pytest.raises(FetchError, match="connection failed"):
        fx.get("http://127.0.0.1:9/closed")


def test_per_host_rate_limit(server):
    with _fetcher(host_interval=0.3) as fx:
        for i in range(3):
            fx.get(f"{server}/news/{i}")
    times = sorted(t for p, ts in _Handler.hits.items() if p.startswith("/news/") for t in ts)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 3 and min(gaps) >= 0.25


def test_ingest_a_feed_into_the_store(server, tmp_path):
    """A feed on 127.0.0.1 typed by hand (scheme in upper case, as a user may paste it) is
    fetched as given, with its items on the same host, though private addresses are not
    allowed: it was taken for a missing file before."""
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store

    db = tmp_path / "feed.db"
    s = ingest([server.replace("http://", "HTTP://") + "/feed.xml"], db=db, progress=False)
    assert s.added == 3
    assert len(s.failed) == 1 and "/missing" in s.failed[0]
    with Store(db, readonly=True) as st:
        urls = sorted(st.get_article(i).url for i in st.article_ids())
    assert urls == [f"{server}/news/{i}" for i in range(3)]
    again = ingest([server + "/feed.xml"], db=db, progress=False)
    assert again.added == 0 and again.duplicates == 3


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/empty.xml", "the response is empty"),
        ("/cut.xml", "no element found"),  # the XML parser's words, after its position
        ("/page-as-rss", "syntax error"),
    ],
)
def test_what_is_not_a_feed_is_refused_naming_it(server, path, why):
    """An empty body, a cut feed and a page served as XML were read as feeds of no item:
    `sources add` stored them, `ingest URL` said nothing at all."""
    with _fetcher() as fx:
        with pytest.raises(FetchError) as exc:
            read_feed(fx.get(server + path))
        items = list(fetch_articles([server + path], fetcher=fx))
    assert str(exc.value).startswith(f"{server}{path}: not a readable RSS/Atom feed: ")
    assert str(exc.value).endswith(why)
    assert [str(x) for x in items] == [str(exc.value)]


def test_a_feed_with_no_item_yet_is_a_feed_and_ingest_says_it_is_empty(server):
    with _fetcher() as fx:
        feed = read_feed(fx.get(server + "/quiet.xml"))
        items = list(fetch_articles([server + "/quiet.xml"], fetcher=fx))
    assert feed.title == "Quiet Quay" and feed.entries == ()
    assert len(items) == 1 and isinstance(items[0], EmptyInput)
    assert (
        str(items[0]) == f"{server}/quiet.xml: the feed lists no item with a link: nothing to fetch"
    )


def test_a_page_that_is_not_text_is_an_error_naming_its_url(server):
    """The message for binary bytes behind a URL named no input at all."""
    with _fetcher() as fx:
        (err,) = fetch_articles([server + "/noise"], fetcher=fx)
    assert isinstance(err, UnreadableInput)
    assert str(err).startswith(f"{server}/noise: not a text file")


def test_a_page_is_read_in_the_charset_its_http_header_declares(server):
    """Only the header named windows-1250: the bytes were guessed to be cp1252 ("Mìstská")."""
    with _fetcher() as fx:
        (art,) = fetch_articles([server + "/brno.html"], fetcher=fx)
    assert not isinstance(art, Exception), art
    assert "Městská rada v úterý odhlasovala uzavření starého mostu" in art.text


def test_a_fetched_page_lists_its_encoding_repairs(server):
    """A file's repairs were listed in ``removed``; a fetched page's were dropped unsaid."""
    with _fetcher() as fx:
        (art,) = fetch_articles([server + "/stray.html"], fetcher=fx)
    assert not isinstance(art, Exception), art
    assert "\ufffdMirela Ostrand" in art.text
    assert [r.text for r in art.removed if r.reason == "encoding"] == ["\\xff"]
