"""The safe fetcher: schemes, internal addresses, redirects, deadlines (no internet: a mock
transport, a resolver stub, and HTTP servers on 127.0.0.1 / 127.0.0.2)."""

from __future__ import annotations

import threading
import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from newsweave.errors import FetchError
from newsweave.sources.feeds import fetch_articles
from newsweave.sources.fetch import (
    Fetcher,
    FetchPool,
    FetchRefused,
    is_url,
    refusal,
    resolve_host,
    trusted_as_given,
)

PUBLIC = "93.184.216.34"  # what the stub resolves news.example to; the mock answers for it
INTERNAL = [
    "http://169.254.169.254/latest/meta-data/",
    "http://localhost:6379/",
    "http://[::1]/",
    "http://10.0.0.1/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/",
    "http://2130706433/",  # 127.0.0.1 written as one number
    "http://[::ffff:a9fe:a9fe]/",  # 169.254.169.254 inside IPv6
    "http://100.64.0.1/",  # shared address space (carrier NAT)
]
NAMES = {
    "news.example": [PUBLIC],
    "metadata.google.internal": ["169.254.169.254"],
    "localhost": ["127.0.0.1", "::1"],
}
PAGE = (
    "<html><head><title>Quay works begin</title></head><body><article><p>Work on the north "
    "quay of Port Elwin began on Monday, the harbour board said, and is due to end in the "
    "autumn after two years of planning.</p><p>The board said ferry services would run as "
    "usual while the crews work from the water side of the quay.</p></article></body></html>"
)


def stub_resolver(host: str, port: int) -> list[str]:
    """Names from NAMES; literal addresses through the OS, which needs no network for them."""
    return NAMES.get(host) or resolve_host(host, port)


class Recorder:
    """A mock network answering as news.example: a feed, redirects and a page; records every
    request that would have left the machine."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if request.url.path == "/redirect":
            return httpx.Response(302, headers={"Location": self.target})
        if request.url.path == "/feed.xml":
            rss = (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                f"<item><title>x</title><link>{self.target}</link></item></channel></rss>"
            )
            return httpx.Response(200, text=rss, headers={"Content-Type": "application/rss+xml"})
        return httpx.Response(200, text=PAGE, headers={"Content-Type": "text/html"})

    def hosts(self) -> list[str]:
        return [r.url.host for r in self.sent]


def mock_fetcher(rec: Recorder, **kw: typing.Any) -> Fetcher:
    return Fetcher(
        transport=httpx.MockTransport(rec), resolver=stub_resolver, host_interval=0.0, **kw
    )


def test_is_url_in_any_letter_case():
    assert is_url("HTTP://EXAMPLE.ORG/a") and is_url("Https://example.org/a")
    assert is_url("ftp://example.org/a")  # a URL, refused by the fetcher with a clear message
    assert not is_url("/tmp/a.html") and not is_url("C:\\news\\a.html")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://x/"])
def test_other_schemes_are_refused_at_once(url):
    rec = Recorder(url)
    t0 = time.monotonic()
    with mock_fetcher(rec) as fx, pytest.raises(FetchError, match="only http and https") as e:
        fx.get(url, trusted=trusted_as_given(url))
    assert time.monotonic() - t0 < 0.2, "refused only after retries"
    assert e.value.path == url and not rec.sent


@pytest.mark.parametrize("target", INTERNAL)
def test_no_request_leaves_for_an_internal_address(target):
    rec = Recorder(target)
    with mock_fetcher(rec) as fx:
        with pytest.raises(
            FetchError, match="Internal addresses are fetched only when given by hand"
        ) as e:
            fx.get(target)
        assert e.value.path == target
        assert rec.sent == []
        # … nor through a redirect from a public page …
        with pytest.raises(FetchError, match="refused"):
            fx.get("http://news.example/redirect")
        assert rec.hosts() == [PUBLIC]
        # … nor through a feed's link (the feed's own host is trusted, not the link's)
        got = list(fetch_articles(["http://news.example/feed.xml"], fetcher=fx))
    assert rec.hosts() == [PUBLIC, PUBLIC]
    assert len(got) == 1 and isinstance(got[0], FetchError) and got[0].path == target


def test_the_connection_goes_to_the_address_checked():
    """One lookup per hop, and the request is sent to the address it gave (with the name in
    the Host header): a second lookup could answer differently (DNS rebinding)."""
    answers = iter([[PUBLIC], ["127.0.0.1"]])
    lookups = []

    def rebinding(host: str, port: int) -> list[str]:
        lookups.append(host)
        return next(answers)

    rec = Recorder("http://news.example/")
    with Fetcher(transport=httpx.MockTransport(rec), resolver=rebinding, host_interval=0.0) as fx:
        f = fx.get("http://news.example/page")
    assert lookups == ["news.example"]
    assert [(r.url.host, r.headers["host"]) for r in rec.sent] == [(PUBLIC, "news.example")]
    assert f.url == "http://news.example/page" and b"Port Elwin" in f.content


@pytest.mark.parametrize(
    "address",
    ["127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "fe80::1", "::",
     "fc00::1", "224.0.0.1", "240.0.0.1", "::ffff:10.0.0.1", "2002:7f00:1::", "64:ff9b::a00:1"],
)  # fmt: skip
def test_refusal_names_the_kind_of_address(address):
    assert refusal(address) is not None


def test_public_addresses_are_not_refused():
    assert refusal(PUBLIC) is None and refusal("2606:4700:4700::1111") is None


# ----------------------------------------------------------------- real servers on loopback


class _Handler(BaseHTTPRequestHandler):
    """Serves a page, a feed and a redirect naming the other loopback server, and a drip."""

    other: typing.ClassVar[str] = ""
    hits: typing.ClassVar[list[str]] = []

    def log_message(self, *a):  # keep test output quiet
        pass

    def _send(self, code: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(code)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.hits.append(f"{self.server.server_address[0]}{self.path}")
        if self.path == "/feed.xml":
            rss = (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                f"<item><title>Quay</title><link>{self.other}/page</link></item>"
                "</channel></rss>"
            )
            return self._send(200, rss.encode(), {"Content-Type": "application/rss+xml"})
        if self.path == "/redirect":
            return self._send(302, b"", {"Location": f"{self.other}/page"})
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.3)
            return None
        return self._send(200, PAGE.encode(), {"Content-Type": "text/html"})


@contextmanager
def _serve(address: str) -> Iterator[str]:
    srv = ThreadingHTTPServer((address, 0), _Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://{address}:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture()
def servers() -> Iterator[tuple[str, str]]:
    """(the feed's server on 127.0.0.1, another loopback server on 127.0.0.2)."""
    _Handler.hits = []
    with _serve("127.0.0.1") as first, _serve("127.0.0.2") as second:
        _Handler.other = second
        yield first, second


def test_a_feed_on_loopback_cannot_reach_another_loopback_address(servers):
    feed, other = servers
    with Fetcher(host_interval=0.0) as fx:
        got = list(fetch_articles([f"{feed}/feed.xml", f"{feed}/redirect"], fetcher=fx))
    # refused for what they are (final: a poller need not ask again)
    assert [type(x) for x in got] == [FetchRefused, FetchRefused]
    assert all("127.0.0.2 is a loopback address" in str(x) for x in got)
    assert not [h for h in _Handler.hits if h.startswith("127.0.0.2")]
    # the same with the explicit allow option: fetched (so the refusal above is the check's)
    with Fetcher(host_interval=0.0, allow_private=True) as fx:
        got = list(fetch_articles([f"{feed}/feed.xml", f"{feed}/redirect"], fetcher=fx))
    assert [x.url for x in got] == [f"{other}/page"]  # the redirect's page: the same article
    assert _Handler.hits.count("127.0.0.2/page") == 2


def test_a_dripping_response_ends_at_the_deadline(servers):
    feed, _ = servers
    t0 = time.monotonic()
    with (
        Fetcher(allow_private=True, deadline=1.5, read_timeout=1.0) as fx,
        pytest.raises(FetchError, match="deadline") as e,
    ):
        fx.get(f"{feed}/drip")
    took = time.monotonic() - t0
    assert e.value.path == f"{feed}/drip"
    assert took < 2.5, f"a response dripping a byte every 0.3 s held the fetch {took:.1f} s"


def test_a_run_ends_at_its_deadline(servers):
    feed, _ = servers
    t0 = time.monotonic()
    with Fetcher(allow_private=True, deadline=1.0, host_interval=0.0) as fx:
        got = list(fetch_articles([f"{feed}/drip", f"{feed}/page"], fetcher=fx, deadline=0.8))
    assert time.monotonic() - t0 < 2.0
    assert [type(x) for x in got] == [FetchError, FetchError]
    assert "time for fetching is used up" in str(got[1]) and got[1].path == f"{feed}/page"


def test_an_unreachable_host_is_not_tried_again():
    closed = "http://127.0.0.1:9"  # the discard port: nothing listens on loopback
    with Fetcher(allow_private=True, backoff=0.05, host_interval=0.0) as fx:
        with pytest.raises(FetchError, match="connection failed"):
            fx.get(f"{closed}/a")
        t0 = time.monotonic()
        with pytest.raises(FetchError, match="could not be reached earlier"):
            fx.get(f"{closed}/b")
        assert time.monotonic() - t0 < 0.05


def test_https_to_the_checked_address_still_verifies_the_name(tmp_path):
    """The request goes to the checked address, yet TLS checks the certificate against the
    URL's host name (SNI), so pinning the address does not weaken HTTPS."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=news.test", "-addext", "subjectAltName=DNS:news.test",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    srv.socket = server_side.wrap_socket(srv.socket, server_side=True)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    port = srv.server_address[1]
    client_side = ssl.create_default_context(cafile=str(cert))
    names = {"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]}
    try:
        with Fetcher(
            allow_private=True,
            resolver=lambda host, _port: names[host],
            transport=httpx.HTTPTransport(verify=client_side),
            host_interval=0.0,
            attempts=1,
        ) as fx:
            f = fx.get(f"https://news.test:{port}/page")
            assert f.url == f"https://news.test:{port}/page" and b"Port Elwin" in f.content
            with pytest.raises(FetchError, match=r"CERTIFICATE_VERIFY_FAILED|hostname"):
                fx.get(f"https://other.test:{port}/page")  # same address, wrong name
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_full_fetch_pool_refuses_at_once_and_frees_its_slots():
    pool = FetchPool(workers=1, backlog=1)
    gate = threading.Event()
    held = [pool.try_submit(gate.wait, 5), pool.try_submit(gate.wait, 5)]
    t0 = time.monotonic()
    assert pool.try_submit(gate.wait, 5) is None and time.monotonic() - t0 < 0.1
    gate.set()
    assert [f.result(timeout=5) for f in held if f is not None] == [True, True]
    failing = pool.try_submit(fetch_or_fail, "http://10.0.0.1/")
    assert failing is not None
    with pytest.raises(FetchError, match=r"10\.0\.0\.1 is a private address"):
        failing.result(timeout=5)  # the job's error reaches whoever waits for it


def fetch_or_fail(url: str) -> None:
    with Fetcher(resolver=stub_resolver) as fx:
        fx.get(url)


def test_conditional_requests_send_the_validators_and_return_a_304_as_such():
    sent: list[httpx.Request] = []
    etag, stamp = '"v1"', "Mon, 12 May 2025 10:00:00 GMT"

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers={"ETag": etag})
        return httpx.Response(200, text="<rss/>", headers={"ETag": etag, "Last-Modified": stamp})

    url = "http://news.example/feed.xml"
    with Fetcher(
        transport=httpx.MockTransport(answer), resolver=stub_resolver, host_interval=0.0
    ) as fx:
        first = fx.get(url)
        again = fx.get(url, headers={"If-None-Match": etag, "If-Modified-Since": stamp})
    assert (first.status, first.etag, first.last_modified, first.not_modified) == (
        200, etag, stamp, False
    )  # fmt: skip
    assert again.not_modified and again.content == b"" and again.etag == etag
    assert sent[1].headers["if-modified-since"] == stamp
    assert sent[1].headers["host"] == "news.example"  # the caller's headers beside the Host


@pytest.mark.parametrize(("status", "final"), [(404, True), (410, True), (408, False)])
def test_client_errors_are_final_and_the_others_may_pass(status, final):
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text="no")

    with (
        Fetcher(
            transport=httpx.MockTransport(answer),
            resolver=stub_resolver,
            host_interval=0.0,
            attempts=1,
        ) as fx,
        pytest.raises(FetchError, match=f"HTTP {status}") as e,
    ):
        fx.get("http://news.example/a")
    assert isinstance(e.value, FetchRefused) is final
