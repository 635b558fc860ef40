"""The HTTP API over a real uvicorn server on loopback, with a temporary store."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from desk_store import HAND_PATH, SEED_SOURCES
from newsweave.serve.app import GZIP_MIN_BYTES, BackgroundServer, create_app
from newsweave.serve.errors import MAX_BODY_BYTES
from newsweave.text.counts import plural

TOKEN = "test-token-3f9a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# Our own prose (not a copy of any article), for text/plain and text/html ingest.
OWN_TEXT = """Harbour Town Opens Floating Library

The town of Lowmere opened a floating library on its harbour on Tuesday, the council said.

The converted ferry holds about four thousand books and will moor at the north quay from April to October.

"People come to the water anyway, so we brought the books to them," said Ada Kern, the head librarian.

The council paid 180,000 pounds for the refit, most of it from a regional culture grant.
"""
OWN_HTML = """<!doctype html><html><head><title>Orchard Rail Line Reopens | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Orchard Rail Line Reopens After Thirty Years</h1>
<p>The Orchard rail line between Felby and Marsh Cross reopened to passengers on Monday after thirty years.</p>
<p>Four trains a day will run in each direction, the operator said, with a fifth added on market days.</p>
<p>"We campaigned for this for a decade," said Tom Reyes of the Orchard Line Society.</p>
<p>The restored stations at Felby and Marsh Cross were built with local stone from the original platforms.</p>
</article><footer>Share this story. Copyright Valley Courier.</footer></body></html>"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("server") / "news.db"
    with BackgroundServer(create_app(str(db), token=TOKEN)) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=300) as c:
        yield c


@pytest.fixture(scope="module")
def seed_records(seeds_dir: Path) -> list[dict]:
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")}
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def ingested(client, seed_records) -> dict:
    """The five seeds, POSTed as one JSON request."""
    r = client.post("/api/ingest", json={"records": seed_records}, headers=AUTH)
    assert r.status_code == 201, r.text
    return r.json()


def counts(client) -> tuple[int, int]:
    h = client.get("/api/health").json()
    return h["articles"], h["events"]


def error_of(r: httpx.Response) -> dict:
    body = r.json()
    assert set(body) == {"error"}, body
    assert body["error"]["code"] and body["error"]["message"], body
    return body["error"]


def test_health_and_docs(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    h = r.json()
    assert h["status"] == "ok" and h["writes"] is True and h["max_body_bytes"] == MAX_BODY_BYTES
    docs = client.get("/docs")
    assert docs.status_code == 200
    # the docs page loads its assets from this server, not from a CDN
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert assets and all(a.startswith("/") for a in assets), assets
    for a in assets:
        assert client.get(a).status_code == 200, a
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/ingest"):
        assert p in paths


def test_ingest_list_read(client, ingested, seed_records):
    ids = {r["id"] for r in seed_records}
    assert counts(client)[0] == 5

    listing = client.get("/api/events").json()
    assert listing["total"] >= 1 and listing["offset"] == 0
    seeds_events = [e for e in listing["events"] if set(e["articles"]) & ids]
    assert len(seeds_events) == 1, "the five seeds form one event"
    ev = seeds_events[0]
    assert set(ev["articles"]) == ids

    r = client.get(f"/api/events/{ev['id']}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.headers["content-encoding"] == "gzip"  # httpx asks for it, and decodes it
    report = r.json()
    assert report["schema"] == "newsweave.event/1"
    texts = {a["id"]: a["text"] for a in report["articles"]}
    assert set(texts) == ids
    event = report["events"][0]
    assert event["brief"] and event["facts"]
    for sentence in event["brief"]:
        for c in sentence["citations"]:
            assert 0 <= c["start"] < c["end"] <= len(texts[c["article"]])
    # conditional GET: the same event again is a 304
    etag = r.headers["etag"]
    again = client.get(f"/api/events/{ev['id']}", headers={"If-None-Match": etag})
    assert again.status_code == 304

    art = client.get("/api/articles/004_0695376d25cec0db")
    assert art.status_code == 200
    a = art.json()
    assert a["id"] == "004_0695376d25cec0db" and a["text"] and a["removed"]
    assert all({"text", "reason"} <= set(seg) for seg in a["removed"])

    # the page and the list page
    page = client.get(f"/events/{ev['id']}")
    assert page.status_code == 200 and 'id="nw-data"' in page.text
    assert client.get("/").status_code == 200
    assert client.get("/static/event.js").status_code == 200


def test_list_filters_and_pagination(client, ingested, seed_records):
    ids = {r["id"] for r in seed_records}

    def found(**params) -> bool:
        r = client.get("/api/events", params=params)
        assert r.status_code == 200, r.text
        return any(set(e["articles"]) & ids for e in r.json()["events"])

    assert found(q="Istanbul")
    assert not found(q="zzqx nonexistentword")
    assert found(entity="Vladimir Putin")
    assert not found(entity="Ada Kern")
    assert found(since="2025-05-01", until="2025-05-31")
    assert not found(since="2026-01-01")
    page = client.get("/api/events", params={"limit": 1, "offset": 0}).json()
    assert page["limit"] == 1 and len(page["events"]) == 1
    assert client.get("/api/events", params={"limit": 0}).status_code == 400
    assert client.get("/api/events", params={"since": "not-a-date"}).status_code == 400


def test_ingest_text_html_and_duplicates(client, ingested, seed_records):
    n_art, n_ev = counts(client)
    r = client.post(
        "/api/ingest",
        content=OWN_TEXT.encode(),
        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert r.status_code == 201, r.text
    r = client.post(
        "/api/ingest",
        content=OWN_HTML.encode(),
        headers={**AUTH, "Content-Type": "text/html"},
        params={"url": "https://valley-courier.example/orchard-line"},
    )
    assert r.status_code == 201, r.text
    assert counts(client)[0] == n_art + 2
    assert counts(client)[1] == n_ev + 2, "two unrelated stories make two new events"
    # the same seeds again: recognised, nothing added
    r = client.post("/api/ingest", json={"records": seed_records}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert counts(client)[0] == n_art + 2


# Our own prose in Czech, whose letters cp1252 also decodes (into the wrong ones).
OWN_CZECH_HTML = """<html><head><title>Most v Brně</title></head><body><article>
<h1>Městská rada uzavřela starý most</h1>
<p>Městská rada v úterý odhlasovala uzavření starého mostu přes přístav kvůli opravám.</p>
<p>Starosta řekl, že práce potrvají osm týdnů. Obyvatelé si stěžují, že objížďka jim přidá
dvacet minut.</p></article></body></html>"""


def test_ingest_html_in_the_charset_its_content_type_names(client, ingested):
    """The request's charset was read for text/plain only: this page was stored as cp1252."""
    r = client.post(
        "/api/ingest",
        content=OWN_CZECH_HTML.encode("cp1250"),
        headers={**AUTH, "Content-Type": "text/html; charset=windows-1250"},
        params={"id": "brno-bridge"},
    )
    assert r.status_code == 201, r.text
    text = client.get("/api/articles/brno-bridge").json()["text"]
    assert "Městská rada v úterý odhlasovala uzavření starého mostu" in text


def test_bad_requests_store_nothing(client, ingested):
    before = counts(client)
    good = {"id": "own-1", "text": OWN_TEXT}
    cases = [
        # (description, request kwargs, status, error code)
        ("missing token", {"json": {"records": [good]}}, 401, "missing_token"),
        (
            "wrong token",
            {"json": [good], "headers": {"Authorization": "Bearer nope"}},
            401,
            "bad_token",
        ),
        (
            "malformed JSON",
            {"content": b'{"records": [', "headers": {**AUTH, "Content-Type": "application/json"}},
            400,
            "malformed_json",
        ),
        (
            "one unusable record among good ones",
            {"json": {"records": [good, {"id": "x", "text": "   "}]}, "headers": AUTH},
            422,
            "unusable_article",
        ),
        (
            "no text at all",
            {"json": {"title": "only a title"}, "headers": AUTH},
            422,
            "unusable_article",
        ),
        (
            "urls not a list",
            {"json": {"urls": "http://example.org"}, "headers": AUTH},
            422,
            "bad_urls",
        ),
        ("not http", {"json": {"urls": ["file:///etc/passwd"]}, "headers": AUTH}, 422, "bad_urls"),
        (
            "unsupported type",
            {"content": b"\x00\x01", "headers": {**AUTH, "Content-Type": "image/png"}},
            415,
            "unsupported_media_type",
        ),
        (
            "empty body",
            {"content": b"", "headers": {**AUTH, "Content-Type": "text/plain"}},
            400,
            "empty_body",
        ),
    ]
    for what, kwargs, status, code in cases:
        r = client.post("/api/ingest", **kwargs)
        assert r.status_code == status, (what, r.status_code, r.text)
        assert error_of(r)["code"] == code, what
        assert counts(client) == before, f"{what}: something was stored"


def test_huge_body_is_refused(client, ingested):
    before = counts(client)
    big = b"x" * (MAX_BODY_BYTES + 1)
    r = client.post("/api/ingest", content=big, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 413 and error_of(r)["code"] == "body_too_large"

    def chunks():  # no Content-Length: the server counts while reading
        for _ in range(11):
            yield b"y" * (1024 * 1024)

    r = client.post("/api/ingest", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 413 and error_of(r)["code"] == "body_too_large"
    assert counts(client) == before


def test_unknown_ids_are_404(client, ingested):
    r = client.get("/api/events/no-such-event")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    r = client.get("/api/articles/no-such-article")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    assert client.get("/events/no-such-event").status_code == 404
    assert client.get("/api/nothing-here").status_code == 404


def test_server_without_token_refuses_writes(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSWEAVE_TOKEN", raising=False)
    with BackgroundServer(create_app(str(tmp_path / "ro.db"))) as srv:
        r = httpx.post(f"{srv.url}/api/ingest", json={"text": OWN_TEXT}, headers=AUTH)
        assert r.status_code == 403 and error_of(r)["code"] == "writes_disabled"
        h = httpx.get(f"{srv.url}/api/health").json()
        assert h["writes"] is False and h["articles"] == 0
        assert json.loads(httpx.get(f"{srv.url}/api/events").text)["total"] == 0


# --------------------------------------------------------------------------- the served page


@pytest.mark.browser
def test_served_list_and_event_page(browser, server, client, ingested, out_dir):
    """The list page searches through the API; the event page links the same static files."""
    from in_browser import DESKTOP, norm, open_page

    page, errors, requests = open_page(
        browser, f"{server.url}/events?q=Istanbul", ready=None, viewport=DESKTOP
    )
    card = page.locator(".event-card").first
    card.wait_for()
    shown = norm(card.inner_text())  # as `newsweave events` and the event page count them
    assert re.search(r"\b\d+ articles? \d+ named outlets? \d+ independent origins?\b", shown), shown
    assert re.search(r"\b(\d+) articles? without a named outlet$", shown), shown  # the seeds'
    page.screenshot(path=str(out_dir / "webpage-served-list.png"))
    # the feed link follows the search
    assert page.get_attribute("#nw-feed", "href") == "/feeds/events.atom?q=Istanbul"
    page.fill("#nw-q", "zzqx nonexistentword")
    page.wait_for_selector("#nw-events .empty")
    page.fill("#nw-q", "Istanbul")
    page.wait_for_selector(".event-card")
    page.locator(".event-card").first.click()
    page.wait_for_selector("body[data-ready]")
    assert "/events/" in page.url
    assert any(u.endswith("/static/event.js") for u in requests)
    assert all(u.startswith((server.url, "data:")) for u in requests), requests
    marker = page.locator("#brief button.cite").first
    marker.hover()
    page.locator("#nw-pop").wait_for(state="visible")
    span = {k: marker.get_attribute(f"data-{k}") for k in "ase"}
    art = client.get(f"/api/articles/{span['a']}").json()
    cited = art["text"][int(span["s"]) : int(span["e"])]
    assert norm(page.locator("#nw-pop mark").inner_text()) == norm(cited)
    marker.click()
    page.locator("#nw-reader mark.active").first.wait_for(state="visible")
    # the store still has what cleaning removed: the toggle shows it struck out
    page.locator("#nw-reader .tab").last.click()
    page.locator("#nw-toggle-removed").click()
    page.locator("#nw-reader .removed del").first.wait_for(state="visible")
    page.screenshot(path=str(out_dir / "webpage-served-event.png"))
    assert not errors, errors
    page.context.close()


OWN_KILN_HTML = """<!doctype html><html><head><title>Pottery Kiln Saved | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"></head><body>
<article><h1>Village Buys Its Old Pottery Kiln</h1>
<p>Residents of Brindle Hollow bought the village's disused bottle kiln on Thursday for one pound.</p>
<p>The brick kiln, built in 1820, had been due for demolition to make room for a car park.</p>
<p>"It is the last thing standing from the pottery that built this village," said Mara Quill.</p>
<p>The parish council plans to open the kiln to visitors on weekends from next summer.</p>
</article></body></html>"""
# A feed with one live item and one that is gone (HOST: the page host's address).
OWN_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>
<link>http://HOST/</link>
<item><title>Village Buys Its Old Pottery Kiln</title><link>http://HOST/kiln.html</link></item>
<item><title>Gone</title><link>http://HOST/gone.html</link></item>
</channel></rss>"""


@pytest.fixture()
def page_host():
    """Our own page on a loopback HTTP server, for URL ingest (no internet needed)."""
    import http.server
    import threading

    pages = {
        "/orchard.html": (OWN_HTML, "text/html; charset=utf-8"),
        "/kiln.html": (OWN_KILN_HTML, "text/html; charset=utf-8"),
        "/feed.xml": (OWN_FEED, "application/rss+xml"),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path not in pages:
                self.send_error(404)
                return
            text, ctype = pages[self.path]
            body = text.replace("HOST", f"127.0.0.1:{self.server.server_address[1]}").encode()
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_ingest_urls_all_or_nothing(client, ingested, page_host):
    before = counts(client)
    urls = [f"{page_host}/orchard.html", f"{page_host}/missing.html"]
    r = client.post("/api/ingest", json={"urls": urls}, headers=AUTH)
    assert r.status_code == 422 and error_of(r)["code"] == "fetch_failed", r.text
    assert "missing.html" in error_of(r)["message"]
    assert counts(client) == before, "one URL failed: nothing may be stored"
    r = client.post("/api/ingest", json={"urls": urls[:1]}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["received"] == 1


def test_ingest_a_feed_whose_item_is_gone(client, ingested, page_host):
    """A feed's dead item failed the whole request ("2 of 1 URLs could not be used"): the
    URLs a request names are all or nothing, the pages a feed links to are not."""
    before = counts(client)
    urls = [f"{page_host}/feed.xml", f"{page_host}/missing.html"]
    r = client.post("/api/ingest", json={"urls": urls}, headers=AUTH)
    assert r.status_code == 422 and error_of(r)["code"] == "fetch_failed", r.text
    assert error_of(r)["message"].startswith("1 of 2 URLs could not be used"), r.text
    assert "/missing.html" in error_of(r)["message"]
    assert counts(client) == before
    r = client.post("/api/ingest", json={"urls": urls[:1]}, headers=AUTH)
    assert r.status_code == 201, r.text
    got = r.json()
    assert got["received"] == 1 and got["added"] == 1
    assert len(got["failed"]) == 1 and f"{page_host}/gone.html: HTTP 404" in got["failed"][0]
    assert counts(client)[0] == before[0] + 1


# --------------------------------------------------------------------------- hardening

# More of our own prose: events the module's other tests never weave.
OWN_TEXT_2 = """Glass Museum Reopens in Tarnby After Flood Repairs

The glass museum in Tarnby reopened on Saturday after eight months of repairs, its director said.

Flood water had reached the ground-floor galleries in March, and 300 pieces were moved upstairs.

"The collection came through with only two broken vases," said director Ines Morrow.
"""
OWN_TEXT_3 = """Cyclists Get New Bridge Over the River Wend

A cycle bridge over the River Wend opened in Haldon on Friday, linking two commuter routes.

The 60-metre steel bridge cost 2.4 million pounds and took fourteen months to build.

"Riders no longer have to share the road bridge with lorries," said councillor Omar Haddad.
"""


def test_security_headers_on_every_response(client, ingested):
    ev = client.get("/api/events").json()["events"][0]["id"]
    for path, status in [
        ("/", 200),
        ("/events", 200),
        ("/feeds/front.atom", 200),
        (f"/events/{ev}", 200),
        ("/api/health", 200),
        (f"/api/events/{ev}", 200),
        ("/static/event.js", 200),
        ("/api/events/no-such-event", 404),
        ("/events/no-such-event", 404),
        ("/docs", 200),
    ]:
        r = client.get(path)
        assert r.status_code == status, path
        csp = r.headers.get("content-security-policy", "")
        assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp, path
        assert ("'unsafe-inline'" in csp) == (path == "/docs"), (path, csp)
        assert r.headers.get("x-frame-options") == "DENY", path
        assert r.headers.get("x-content-type-options") == "nosniff", path
        assert r.headers.get("referrer-policy") == "no-referrer", path
    r = client.post("/api/ingest", content=b"x" * (MAX_BODY_BYTES + 1), headers=AUTH)
    assert r.status_code == 413 and r.headers.get("x-frame-options") == "DENY"
    # the served pages have no inline script for the policy to refuse
    page = client.get(f"/events/{ev}").text + client.get("/").text + client.get("/events").text
    assert not re.search(r"<script(?![^>]*(\ssrc=|type=\"application/json\"))", page)


def test_replies_are_gzipped_for_clients_that_accept_it(client, ingested):
    """Lists, pages and static files go gzipped to a client that asks (a newsroom's
    list over a phone's connection), plain to one that does not; tiny replies stay plain."""
    ev = client.get("/api/events").json()["events"][0]["id"]
    paths = ("/", "/events", "/api/events", "/static/event.js", "/api/health")
    zipped_paths = []
    for path in paths:
        zipped = client.get(path, headers={"Accept-Encoding": "gzip"})
        plain = client.get(path, headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers, path
        assert zipped.content == plain.content, path  # httpx decodes: the same body
        if len(plain.content) < GZIP_MIN_BYTES:
            assert "content-encoding" not in zipped.headers, path
            continue
        zipped_paths.append(path)
        assert zipped.headers.get("content-encoding") == "gzip", path
        assert "accept-encoding" in zipped.headers.get("vary", "").lower(), path
        assert zipped.num_bytes_downloaded < len(plain.content) / 2, path  # bytes on the wire
    assert {"/", "/events", "/static/event.js"} <= set(zipped_paths)
    assert "/api/health" not in zipped_paths
    # an event and a feed are gzipped once, in the render cache, not again on the way out
    r = client.get(f"/api/events/{ev}", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip" and r.json()["schema"] == "newsweave.event/1"
    feed = client.get("/feeds/front.atom", headers={"Accept-Encoding": "gzip"})
    assert feed.headers["content-encoding"] == "gzip" and feed.text.startswith("<?xml")


def test_a_slow_weave_holds_up_nothing_else(client, ingested, monkeypatch):
    """Found by the audit: the first view of an event wove it under the global write lock, so
    an event that took two minutes blocked every ingest. Now health, another event and an
    authorized ingest answer while it weaves, and two views of it weave it once."""
    import threading
    import time

    import newsweave.serve.context as context

    r = client.post(
        "/api/ingest",
        content=OWN_TEXT_2.encode(),
        headers={**AUTH, "Content-Type": "text/plain"},
        params={"id": "own-glass"},
    )
    assert r.status_code == 201, r.text
    listing = client.get("/api/events", params={"limit": 200}).json()["events"]
    slow = next(e["id"] for e in listing if "own-glass" in e["articles"])
    other = next(e["id"] for e in listing if "own-glass" not in e["articles"])
    assert client.get(f"/api/events/{other}").status_code == 200  # woven before the test

    gate, started, woven = threading.Event(), threading.Event(), []
    real = context.weave_event

    def slow_weave(event_id, articles, **kwargs):
        woven.append(event_id)
        if event_id == slow:
            started.set()
            assert gate.wait(60), "the test never released the weave"
        return real(event_id, articles, **kwargs)

    monkeypatch.setattr(context, "weave_event", slow_weave)
    results: list[int] = []

    def view() -> None:
        results.append(client.get(f"/api/events/{slow}").status_code)

    viewers = [threading.Thread(target=view) for _ in range(2)]
    for t in viewers:
        t.start()
    try:
        assert started.wait(30), "the slow weave did not start"
        timings = {}
        for name, call in [
            ("health", lambda: client.get("/api/health", timeout=10)),
            ("other event", lambda: client.get(f"/api/events/{other}", timeout=10)),
            (
                "ingest",
                lambda: client.post(
                    "/api/ingest",
                    content=OWN_TEXT_3.encode(),
                    headers={**AUTH, "Content-Type": "text/plain"},
                    timeout=10,
                ),
            ),
        ]:
            t0 = time.perf_counter()
            r = call()
            timings[name] = time.perf_counter() - t0
            assert r.status_code in (200, 201), (name, r.text)
        assert timings["health"] < 1 and timings["other event"] < 1, timings
        assert timings["ingest"] < INGEST_BOUND_S, timings
    finally:
        gate.set()
        for t in viewers:
            t.join(60)
    assert results == [200, 200]
    assert woven.count(slow) == 1, woven  # the second view waited for the first weave


# An ingest of one short article with the models loaded takes ~0.1 s; the bound leaves room for
# a loaded 2-core machine while still failing the old code, where it waited for the weave (60 s).
INGEST_BOUND_S = 3.0


def test_a_merged_event_answers_with_where_its_story_went(tmp_path, seeds_dir, capsys):
    """An id retired by a merge answers as the event that holds its earliest article: the API
    with a 308 and the new location, the page with a redirect, ``show`` following it."""
    from newsweave.cli import main
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store

    db = tmp_path / "news.db"
    ingest([str(seeds_dir)], db=db, progress=False)
    with Store(db) as st:
        (live,) = [e.id for e in st.list_events(limit=10)]
        first = st.get_event(live).articles[0]
        with st.transaction():
            st.add_redirect("ev_000000000000", first)
        assert st.follow("ev_000000000000") == live and st.follow("ev_unknown") is None
    with BackgroundServer(create_app(str(db))) as srv, httpx.Client(base_url=srv.url) as c:
        r = c.get("/api/events/ev_000000000000")
        assert r.status_code == 308 and r.headers["location"] == f"/api/events/{live}"
        assert r.json()["merged_into"] == live
        assert c.get("/api/events/ev_000000000000", follow_redirects=True).json()["events"]
        page = c.get("/events/ev_000000000000")
        assert page.status_code == 308 and page.headers["location"] == f"/events/{live}"
        assert c.get("/api/events/ev_unknown").status_code == 404
    out = tmp_path / "shown.json"
    assert (
        main(["show", "ev_000000000000", "--db", str(db), "--format", "json", "-o", str(out)]) == 0
    )
    assert f"merged into {live}" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["events"][0]["id"] != "ev_000000000000"


# --------------------------------------------------------------------------- the news desk


@pytest.fixture(scope="module")
def screens(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {path}")
    return path


def test_front_page_api(desk_server, desk):
    r = httpx.get(f"{desk_server.url}/api/front")
    assert r.status_code == 200
    front = r.json()
    order = [s["id"] for s in front["stories"]]
    ev = desk.events
    # breadth, recency and growth each decide one pair (tests/corpus/test_frontpage.py has why)
    for ahead, behind in (("seeds", "narrow"), ("fresh", "stale"), ("growing", "steady")):
        assert order.index(ev[ahead]) < order.index(ev[behind]), (ahead, behind, order)
    assert ev["old"] not in order and ev["lone"] not in order
    assert [s["id"] for s in front["single_source"]] == [ev["lone"]]
    assert front["note"] is None
    scores = [s["ranking"]["score"] for s in front["stories"]]
    assert scores == sorted(scores, reverse=True)
    seeds = front["stories"][order.index(ev["seeds"])]
    assert seeds["url"] == f"/events/{ev['seeds']}"
    # the file given by hand names no outlet: counted apart, not as a fifth outlet
    assert (seeds["n_outlets"], seeds["n_unnamed"], seeds["n_articles"]) == (4, 1, 5)
    assert seeds["outlets"] == ["The Epoch Times", "news.example.org", "AFP", "Al Jazeera"]
    assert len(seeds["ranking"]["reasons"]) == 4 and seeds["summary"]
    # another day: the old story; a bad day is a 400 naming the parameter
    old_day = (desk.now - timedelta(hours=72)).date().isoformat()
    then = httpx.get(f"{desk_server.url}/api/front", params={"day": old_day}).json()
    assert ev["old"] in {s["id"] for s in then["stories"]}
    # an article is served by its outlet (from its URL when it names none) and, for a file
    # given by hand, by its file name: never the local path
    hand, named = (httpx.get(f"{desk_server.url}/api/articles/seed-{i}").json() for i in (4, 0))
    assert hand["path"] == HAND_PATH.rsplit("/", 1)[1] and hand["outlet"] is None
    assert named["outlet"] == "The Epoch Times" and named["path"] is None
    bad = httpx.get(f"{desk_server.url}/api/front", params={"since": "last week"})
    assert bad.status_code == 400 and "since" in error_of(bad)["message"]


def no_sideways_scroll(page, viewport: dict) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"] + 1, f"the page is {width}px wide on a {viewport}"


@pytest.mark.browser
def test_front_page_in_the_browser(browser, desk_server, desk, screens):
    """Ranked cards with outlet names, relative times and counts; the single-source section;
    the same content without JavaScript; no sideways scrolling on a phone."""
    from in_browser import PHONE, norm, open_page

    front = httpx.get(f"{desk_server.url}/api/front").json()
    for name, ctx in [
        ("desktop", {"viewport": {"width": 1280, "height": 800}}),
        ("phone", {"viewport": PHONE, "is_mobile": True, "has_touch": True}),
        ("no-js", {"viewport": {"width": 1280, "height": 800}, "java_script_enabled": False}),
    ]:
        page, errors, requests = open_page(
            browser, desk_server.url + "/", ready="ol.stories", **ctx
        )
        cards = page.locator("ol.stories > li.story")
        assert cards.count() == len(front["stories"])
        for i, story in enumerate(front["stories"]):
            c = cards.nth(i)
            link = c.locator("h2 a")
            assert norm(link.inner_text()) == norm(story["title"])
            assert link.get_attribute("href") == f"/events/{story['id']}"
            unnamed = story["n_unnamed"]
            reporters = [*story["outlets"]] + (
                [f"{plural(unnamed, 'article')} without a named outlet"] if unnamed else []
            )
            assert norm(c.locator(".outlets").inner_text()) == " · ".join(reporters)
            meta = norm(c.locator(".story-meta").inner_text())
            assert re.search(r"Latest (just now|\d+ min ago|\d+ h ago)", meta), meta
            counts = norm(c.locator(".counts").inner_text())
            assert plural(story["n_outlets"], "named outlet") in counts
            assert plural(story["n_origins"], "independent origin") in counts
            assert norm(story["summary"]) in norm(c.locator(".summary").inner_text())
        single = page.locator("section.single")
        assert norm(single.locator("li a").inner_text()) == norm(front["single_source"][0]["title"])
        assert "Lone Gazette" in single.inner_text()
        assert page.locator("link[type='application/atom+xml']").get_attribute("href") == (
            "/feeds/front.atom"
        )
        if name == "phone":
            no_sideways_scroll(page, PHONE)
        path = screens / f"front-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        print(path)
        assert all(u.startswith((desk_server.url, "data:")) for u in requests), requests
        assert not errors, errors
        page.context.close()


@pytest.mark.browser
def test_event_page_lists_its_sources_by_name_with_links(browser, desk_server, desk, screens):
    """Every source with its outlet's name (from the URL's domain when the article names
    none), its time and a link to the original; who reported first and last; no local path."""
    from in_browser import PHONE, norm, open_page

    url = f"{desk_server.url}/events/{desk.events['seeds']}"
    html = httpx.get(url, timeout=600).text  # the first view weaves the event
    assert "private-clippings" not in html and HAND_PATH not in html
    hand = HAND_PATH.rsplit("/", 1)[1]
    # the file given by hand names no outlet: the list says so beside its headline, and
    # elsewhere it is named by its headline (it was named by its file name)
    names = ["The Epoch Times", "news.example.org", "AFP", "Al Jazeera", "outlet not named"]
    by_id = {a.id: a for a in desk.seed_articles}
    headline = " ".join((by_id["seed-4"].title or "").split()[:5])
    for name, ctx in [
        ("desktop", {"viewport": {"width": 1280, "height": 800}}),
        ("phone", {"viewport": PHONE, "is_mobile": True, "has_touch": True}),
    ]:
        page, errors, _ = open_page(browser, url, **ctx)
        sources = page.locator("#sources li.source")
        assert sources.count() == 5
        shown = {}
        for i in range(5):
            li = sources.nth(i)
            art = by_id[li.get_attribute("data-article")]
            outlet = norm(li.locator(".outlet").inner_text())
            shown[art.id] = outlet
            assert li.locator("time").count() == 1  # every seed has its time
            if art.url:
                assert li.locator("a.orig").get_attribute("href") == art.url
                assert li.locator(".t a").get_attribute("href") == art.url
            else:
                assert li.locator("a").count() == 0 and f"file {hand}" in li.inner_text()
        seed_names = dict(zip(sorted(by_id), names, strict=True))
        assert shown == seed_names, shown
        lede = norm(page.locator("#nw-first-latest").inner_text())
        assert lede.startswith("First reported by The Epoch Times")
        assert f"latest: {headline}" in lede and hand not in lede
        assert "Outlet unknown" not in page.inner_text("body")
        assert not re.search(r"\bSource \d", page.locator("#sources").inner_text())
        assert "private-clippings" not in page.content()
        hrefs = {a for a in page.eval_on_selector_all("#sources a", "els => els.map(e => e.href)")}
        assert hrefs == {u for _, u, _ in SEED_SOURCES if u}
        if name == "phone":
            no_sideways_scroll(page, PHONE)
        page.locator("#sources").scroll_into_view_if_needed()
        path = screens / f"event-sources-{name}.png"
        page.screenshot(path=str(path))
        print(path)
        assert not errors, errors
        page.context.close()


def test_health_counts_articles_apart_from_documents_set_aside(tmp_path):
    """Found in session 28: /api/health counted a document set aside as not an article (a
    widget here) among the articles, so it said 2 articles for a store of one article in one
    event. It now says 1 article and 1 set aside."""
    widget = (
        "Tweet with a location\n\nYou can add location information to your Tweets, such as "
        "the town you post from, from the web. You can always remove your Tweet location "
        "history.\n"
    )
    records = [{"id": "library", "text": OWN_TEXT}, {"id": "widget", "text": widget}]
    with BackgroundServer(create_app(str(tmp_path / "news.db"), token=TOKEN)) as srv:
        r = httpx.post(
            f"{srv.url}/api/ingest", json={"records": records}, headers=AUTH, timeout=300
        )
        assert r.status_code == 201, r.text
        h = httpx.get(f"{srv.url}/api/health").json()
        listed = httpx.get(f"{srv.url}/api/events").json()
    assert h["articles"] == 1
    assert (h["set_aside"], h["events"]) == (1, 1)
    assert sum(e["n_articles"] for e in listed["events"]) == h["articles"]


def test_an_event_over_the_limit_has_a_page(tmp_path, monkeypatch, capsys):
    """Before, an event of more articles than one weave takes failed on every page: its
    synthesis is now woven from a subset, which the API, the page and `show` say."""
    import newsweave.synthesis.weave as synthesis
    from bridge_story import bridge_articles
    from newsweave.cli import main
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store

    arts = bridge_articles()
    db = tmp_path / "news.db"
    ingest(arts, db=db, progress=False)
    with Store(db) as st:
        (big,) = [e.id for e in st.list_events(limit=10) if len(e.articles) == len(arts)]
    # weave() reads the limit at call time: 6 instead of 200 keeps the weave fast
    monkeypatch.setattr(synthesis, "MAX_EVENT_ARTICLES", 6)
    assert main(["show", big, "--db", str(db), "--format", "md", "-o", str(tmp_path / "s.md")]) == 0
    shown = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert f"Woven from 6 of the {len(arts)} articles (every outlet's first" in shown
    with BackgroundServer(create_app(str(db))) as srv, httpx.Client(base_url=srv.url) as c:
        data = c.get(f"/api/events/{big}").json()
        (ev,) = data["events"]
        assert len(ev["articles"]) == 6 and ev["subset"]["total"] == len(arts)
        assert {a["id"] for a in data["articles"]} == set(ev["articles"])
        page = c.get(f"/events/{big}")
        assert page.status_code == 200 and '"subset":{"total":9' in page.text
