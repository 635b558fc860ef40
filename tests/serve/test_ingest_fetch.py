"""URL ingests through the API never hold the server's request threads (real uvicorn server
and a slow page server, both on 127.0.0.1)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from newsweave.config import Settings
from newsweave.serve.app import BackgroundServer, create_app
from newsweave.sources.fetch import FETCH_BACKLOG, FETCH_WORKERS

TOKEN = "test-token-fetch-5c1d"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# More URL ingests at once than the 40 request threads a server had before the fetch pool.
REQUESTS = 45


@pytest.fixture()
def drip() -> Iterator[tuple[str, threading.Event]]:
    """A page server that drips one byte every 0.2 s until the test releases it."""
    release = threading.Event()

    class Drip(BaseHTTPRequestHandler):
        def log_message(self, *a):  # keep test output quiet
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            while not release.wait(0.2):
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
            self.wfile.write(b"<html><body><p>Nothing to read.</p></body></html>")
            self.close_connection = True

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", release
    release.set()
    srv.shutdown()
    srv.server_close()


@pytest.mark.slow
def test_health_answers_while_url_ingests_wait_on_a_slow_server(tmp_path, drip):
    page_host, release = drip
    app = create_app(str(tmp_path / "news.db"), token=TOKEN, settings=Settings(embedder="hashing"))
    with BackgroundServer(app) as server, ThreadPoolExecutor(REQUESTS) as pool:

        def ingest(i: int) -> httpx.Response:
            with httpx.Client(base_url=server.url, timeout=60) as c:
                return c.post("/api/ingest", json={"urls": [f"{page_host}/{i}"]}, headers=AUTH)

        jobs = [pool.submit(ingest, i) for i in range(REQUESTS)]
        busy = REQUESTS - (FETCH_WORKERS + FETCH_BACKLOG)
        deadline = time.monotonic() + 20
        while sum(j.done() for j in jobs) < busy and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            with httpx.Client(base_url=server.url, timeout=5) as c:
                t0 = time.monotonic()
                health = c.get("/api/health")
                took = time.monotonic() - t0
        finally:
            release.set()
        answers = [j.result() for j in jobs]
    assert health.status_code == 200 and took < 1.0, f"/api/health took {took:.2f} s"
    refused = [r for r in answers if r.status_code == 503]
    assert len(refused) == busy
    assert refused[0].json()["error"]["code"] == "fetch_busy"
    assert "try again" in refused[0].json()["error"]["message"]
    # the queued ones were fetched once released: a page with no article, so 422, nothing stored
    assert {r.status_code for r in answers if r.status_code != 503} == {422}
