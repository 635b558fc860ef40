"""One safe way to fetch a URL: every path that fetches (ingest, feeds, the API) goes through it.

What a :class:`Fetcher` guarantees, and why:

* **http and https only**, in any letter case; another scheme (``file:``, ``ftp:``, ...) is
  refused at once with a :class:`~newsweave.errors.FetchError`, never retried.
* **No request to an internal address unless the user asked for it.** The host is resolved
  once, every address it resolves to is checked (:func:`refusal`: private, loopback,
  link-local — the cloud metadata service at 169.254.169.254 —, multicast, reserved,
  unspecified, shared and other non-global ranges, IPv4 inside IPv6 included), and the
  connection goes to the checked address, not to a second lookup (the URL is rewritten to
  the address, with the original ``Host`` header and TLS server name), so a name that
  re-resolves between check and connect cannot redirect it. Redirects are followed here,
  one hop at a time, each hop checked the same way. An origin (host and port) the user
  gave by hand is *trusted as given* (``trusted=``): a feed on 127.0.0.1 or an intranet
  host works when typed, and so do its items on that same host and port; links and
  redirects to any *other* internal address stay refused unless ``allow_private``.
* **Bounded time and size.** Each URL has a wall-clock deadline (:data:`REQUEST_DEADLINE_S`,
  retries and redirects included), and a caller may pass a run's deadline too (``until``):
  no connect or read starts after it, none waits longer than the time left when its
  request began, and the body is checked against it after each chunk, so a server
  dripping a byte every few seconds is cut off within one read of the deadline. Connects
  give up after :data:`CONNECT_TIMEOUT_S`; a host that could not be reached is not tried
  again by the same :class:`Fetcher`; a body above :data:`MAX_BYTES` is refused, not
  truncated.
* **Politeness.** Retries with exponential backoff on timeouts, connection errors, 429 and
  5xx (``Retry-After`` honoured within the deadline); requests to one host spaced by
  :data:`HOST_INTERVAL_S`. Conditional requests: a caller passes ``If-None-Match`` /
  ``If-Modified-Since`` (``headers=``) and gets a 304 back as such, with no body, and the
  validators of every answer (``etag``, ``last_modified``) for the next time.

What remains: a read already waiting when the deadline passes ends by its own timeout (at
most :data:`READ_TIMEOUT_S` later: httpx has no wall-clock limit on one read); the
environment's proxy settings are ignored (a proxy would resolve names
itself, past the check), so a network that needs a proxy cannot be fetched from; and a
connection is never reused (a TLS connection checked for one name must not carry another
name's request to the same address).
"""

from __future__ import annotations

import ipaddress
import queue
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any
from urllib.parse import urljoin

import httpx

from newsweave import __version__
from newsweave.errors import FetchError

# The only schemes fetched: everything else (file:, ftp:, gopher:, data:) reads local or
# non-web resources a URL from a feed must never reach.
FETCHED_SCHEMES = ("http", "https")
# Seconds to open a connection: a live news server answers in well under a second; a dead
# one must not cost minutes (it was 15 s × 3 attempts ≈ 47 s per URL).
CONNECT_TIMEOUT_S = 5.0
# Seconds one read may wait for the next bytes (never past the request's deadline).
READ_TIMEOUT_S = 10.0
# Wall-clock seconds for one URL, retries and redirects included: a server dripping one byte
# every few seconds is cut off here instead of holding a run forever.
REQUEST_DEADLINE_S = 30.0
# Responses above 5 MB are refused: a news page is ~100 KB, a feed rarely above 1 MB.
MAX_BYTES = 5_000_000
# Tries per URL (1 + 2 retries), waiting BACKOFF_S · 2^k between them.
ATTEMPTS = 3
BACKOFF_S = 0.5
# Redirect hops followed per URL: news sites use one or two (http → https, short links).
MAX_REDIRECTS = 5
# One request per second per host: polite for news sites, which rate-limit scrapers.
HOST_INTERVAL_S = 1.0
# Fetch jobs run side by side in a FetchPool, and jobs waiting for one: enough for a few
# users' URL ingests at once; past that a server answers "busy" instead of piling up threads.
FETCH_WORKERS = 4
FETCH_BACKLOG = 16
USER_AGENT = f"newsweave/{__version__} (+https://github.com/newsweave/newsweave)"

# The answer to a conditional request when the resource has not changed since.
NOT_MODIFIED = 304
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, RFC 6052): the
# embedded address is what the packet reaches, so it is the one checked.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# host, port → the addresses it resolves to (a test passes a stub; the default asks the OS)
Resolver = Callable[[str, int], list[str]]


def is_url(s: str) -> bool:
    """Whether ``s`` was meant as a URL (``scheme://...``, any letter case), not a path.

    Any scheme counts, so ``ftp://...`` given to ``ingest`` is refused as a URL with a clear
    message (:meth:`Fetcher.get`) instead of being looked for as a file."""
    return bool(_SCHEME.match(s))


@dataclass(frozen=True, slots=True)
class Origin:
    """A host and port (lower-case host, explicit port): what ``trusted`` is made of."""

    host: str
    port: int


def origin_of(url: str) -> Origin | None:
    """The origin of an http(s) URL, or None when ``url`` is not one."""
    try:
        u = httpx.URL(url)
    except httpx.InvalidURL:
        return None
    if u.scheme not in FETCHED_SCHEMES or not u.host:
        return None
    return Origin(u.host.lower(), u.port or (443 if u.scheme == "https" else 80))


def trusted_as_given(url: str) -> frozenset[Origin]:
    """The origins a URL typed by the user makes trusted: its own (none if it is not http(s))."""
    o = origin_of(url)
    return frozenset() if o is None else frozenset({o})


def refusal(address: str) -> str | None:
    """Why a connection to ``address`` is refused without ``allow_private`` (None: it is a
    public address). IPv4 carried inside IPv6 (mapped, 6to4, Teredo, NAT64) is judged by the
    IPv4 address it reaches."""
    ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip.teredo is not None:
            ip = ip.teredo[1]
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    for kind, hit in (
        ("an unspecified address", ip.is_unspecified),
        ("a loopback address", ip.is_loopback),
        ("a link-local address (where cloud metadata services answer)", ip.is_link_local),
        ("a multicast address", ip.is_multicast),
        ("a private address", ip.is_private),
        ("a reserved address", ip.is_reserved),
        ("not a globally routable address", not ip.is_global),
    ):
        if hit:
            return f"{ip} is {kind}"
    return None


def _is_address(host: str) -> bool:
    """Whether ``host`` is written as an IP address (then it needs no "resolves to")."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, in the system's order of preference."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class FetchRefused(FetchError):
    """A URL refused for what it is, not for how the network did: its scheme, an internal
    address (or a redirect to one), too many redirects, a body over the size limit, or a
    client error (4xx but 408 and 429). Asking again cannot help, so a poller need not."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the final URL after redirects (with its host name, not the address connected to)
    content: bytes
    content_type: str
    # 304 when a conditional request (``headers=`` of :meth:`Fetcher.get`) found nothing new:
    # then ``content`` is empty. ``etag`` and ``last_modified`` are the validators the
    # server sent, for the next conditional request.
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == NOT_MODIFIED


class HostRateLimiter:
    """Space requests to the same host by ``interval`` seconds (thread-safe)."""

    def __init__(self, interval: float = HOST_INTERVAL_S) -> None:
        self.interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(host, 0.0))
            self._next[host] = at + self.interval
        if at > now:
            time.sleep(at - now)


class _Retry(Exception):
    """A failure worth another attempt: its reason, how long the server asked us to wait,
    and the origin that could not be connected to (if that was the failure)."""

    def __init__(
        self, reason: str, wait: float | None = None, *, unreachable: Origin | None = None
    ) -> None:
        super().__init__(reason)
        self.reason, self.wait, self.unreachable = reason, wait, unreachable


class Fetcher:
    """An httpx client behind the checks above; use as a context manager. Thread-safe.

    ``allow_private``: fetch internal addresses too (tests, intranet users; the setting
    ``NEWSWEAVE_ALLOW_PRIVATE`` / ``--allow-private``). ``resolver`` and ``transport``
    replace DNS and the network in tests."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = READ_TIMEOUT_S,
        deadline: float = REQUEST_DEADLINE_S,
        max_bytes: int = MAX_BYTES,
        attempts: int = ATTEMPTS,
        backoff: float = BACKOFF_S,
        host_interval: float = HOST_INTERVAL_S,
        resolver: Resolver = resolve_host,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.attempts = attempts
        self.backoff = backoff
        self.resolver = resolver
        self.limiter = HostRateLimiter(host_interval)
        self.unreachable: set[Origin] = set()  # origins that failed to connect in this Fetcher
        self.client = httpx.Client(
            follow_redirects=False,  # followed in _follow, each hop checked
            trust_env=False,  # an environment proxy would resolve names past the check
            limits=httpx.Limits(max_keepalive_connections=0),  # see the module docstring
            cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),  # no state between URLs
            headers={"User-Agent": USER_AGENT},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(
        self,
        url: str,
        *,
        trusted: frozenset[Origin] = frozenset(),
        until: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Fetched:
        """GET ``url`` within the deadline (and before ``until``, a ``time.monotonic()`` run
        deadline). ``trusted``: origins the user gave by hand, fetched even when internal.
        ``headers``: sent with every hop, e.g. ``If-None-Match`` / ``If-Modified-Since``
        (a 304 answer is returned as a :class:`Fetched` with ``not_modified``).
        Every failure is a FetchError naming ``url``."""
        start = time.monotonic()
        ends = start + self.deadline
        if until is not None:
            if time.monotonic() >= until:
                raise FetchError("not fetched: the run's time for fetching is used up", path=url)
            ends = min(ends, until)
        last, tried = _Retry("no attempt made"), 0
        for k in range(self.attempts):
            if k:
                pause = self.backoff * 2 ** (k - 1)
                if time.monotonic() + pause >= ends:
                    break
                time.sleep(pause)
            tried += 1
            try:
                return self._follow(url, trusted, ends, headers or {})
            except FetchError as exc:
                raise type(exc)(exc.message, path=url) from exc
            except _Retry as r:
                last = r
            if last.wait is not None and k + 1 < self.attempts:
                if time.monotonic() + last.wait >= ends:
                    break
                time.sleep(last.wait)
        if last.unreachable is not None:
            self.unreachable.add(last.unreachable)
        if time.monotonic() >= ends:
            raise FetchError(
                f"gave up at the deadline, after {ends - start:.1f} s: {last}", path=url
            )
        raise FetchError(f"gave up after {tried} attempts: {last}", path=url)

    def _follow(
        self, url: str, trusted: frozenset[Origin], ends: float, headers: Mapping[str, str]
    ) -> Fetched:
        """Each hop checked, then sent to its checked addresses in turn (the next one only
        when a connection to the previous one could not be made)."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            u, origin, addresses = self._checked(current, trusted, hop=current != url)
            self.limiter.wait(u.host)
            for i, address in enumerate(addresses):
                try:
                    outcome = self._exchange(u, origin, address, ends, headers)
                    break
                except _Retry as r:
                    if r.unreachable is None or i + 1 == len(addresses):
                        raise
            if isinstance(outcome, Fetched):
                return outcome
            current = outcome
        raise FetchRefused(f"more than {MAX_REDIRECTS} redirects")

    def _exchange(
        self, u: httpx.URL, origin: Origin, address: str, ends: float, headers: Mapping[str, str]
    ) -> Fetched | str:
        """One request to ``address`` (with ``u``'s name as Host and TLS server name): the
        response, or the URL a redirect points to."""
        left = ends - time.monotonic()
        if left <= 0:
            raise _Retry("deadline reached")
        timeout = httpx.Timeout(
            min(self.read_timeout, left), connect=min(self.connect_timeout, left)
        )
        extensions: dict[str, Any] = {}
        if u.scheme == "https":
            extensions["sni_hostname"] = u.host  # TLS checks the certificate for the name
        try:
            with self.client.stream(
                "GET",
                u.copy_with(host=address),
                headers={**headers, "Host": u.netloc.decode("ascii")},
                timeout=timeout,
                extensions=extensions,
            ) as r:
                location = r.headers.get("location")
                if r.status_code in _REDIRECT_STATUS and location:
                    return urljoin(str(u), location)
                return self._read(r, str(u), ends)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise _Retry(
                f"connection failed: {type(exc).__name__}: {exc}", unreachable=origin
            ) from exc
        except httpx.TimeoutException as exc:
            raise _Retry("timed out") from exc
        except httpx.TransportError as exc:
            raise _Retry(f"connection failed: {type(exc).__name__}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"request failed: {exc}") from exc

    def _checked(
        self, url: str, trusted: frozenset[Origin], *, hop: bool
    ) -> tuple[httpx.URL, Origin, list[str]]:
        """The parsed URL, its origin and the addresses to connect to, all checked, or a
        FetchError saying why not (one refused address refuses the URL: a name that also
        points inside is not trusted with the others). ``hop``: ``url`` is a redirect's
        target, which the message names (the error names the URL asked for)."""
        refused = f"refused {url}" if hop else "refused"
        try:
            u = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise FetchRefused(f"not a valid URL: {exc}") from exc
        if u.scheme not in FETCHED_SCHEMES:
            raise FetchRefused(
                f"{refused}: {u.scheme or 'no'} scheme; only http and https URLs are fetched"
            )
        if not u.host:
            raise FetchRefused(f"{refused}: the URL has no host")
        origin = Origin(u.host.lower(), u.port or (443 if u.scheme == "https" else 80))
        if origin in self.unreachable:
            raise FetchError(f"{origin.host}:{origin.port} could not be reached earlier")
        addresses = self.resolver(u.host, origin.port)
        if not addresses:
            raise FetchError(f"host {u.host!r} resolves to no address")
        if not (self.allow_private or origin in trusted):
            literal = _is_address(u.host)
            for a in addresses:
                why = refusal(a)
                if why is not None:
                    named = "" if literal else f"{u.host} resolves to {a}; "
                    raise FetchRefused(
                        f"{refused}: {named}{why}. Internal addresses are fetched only "
                        "when given by hand, or with --allow-private (NEWSWEAVE_ALLOW_PRIVATE=1)"
                    )
        return u, origin, addresses

    def _read(self, r: httpx.Response, url: str, ends: float) -> Fetched:
        if r.status_code in _RETRY_STATUS:
            raise _Retry(f"HTTP {r.status_code}", _retry_after(r.headers.get("retry-after")))
        if r.status_code >= 400:
            kind = FetchRefused if r.status_code < 500 and r.status_code != 408 else FetchError
            raise kind(f"HTTP {r.status_code} {r.reason_phrase}")
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchRefused(
                f"response of {int(declared)} bytes exceeds the limit of {self.max_bytes}"
            )
        buf = bytearray()
        for chunk in r.iter_bytes():
            buf += chunk
            if len(buf) > self.max_bytes:
                raise FetchRefused(f"response exceeds the limit of {self.max_bytes} bytes")
            if time.monotonic() > ends:
                raise FetchError(
                    f"response not complete by the deadline ({len(buf)} bytes read; at most "
                    f"{self.deadline:g} s per URL)"
                )
        return Fetched(
            url,
            bytes(buf),
            r.headers.get("content-type", ""),
            status=r.status_code,
            etag=r.headers.get("etag"),
            last_modified=r.headers.get("last-modified"),
        )


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class FetchPool:
    """Fetch jobs on :data:`FETCH_WORKERS` threads with at most :data:`FETCH_BACKLOG` waiting.

    A server hands its URL ingests here so that its request threads never wait on the
    network; :meth:`try_submit` returns None when the pool is full, for a "busy" answer. The
    workers are daemon threads, started with the first job: stopping the server does not
    wait for fetches still queued (they would store nothing once it is gone)."""

    def __init__(self, workers: int = FETCH_WORKERS, backlog: int = FETCH_BACKLOG) -> None:
        self.workers = workers
        self.capacity = workers + backlog
        self._slots = threading.BoundedSemaphore(self.capacity)
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]]
        self._jobs = queue.SimpleQueue()
        self._start = threading.Lock()
        self._started = False

    def try_submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any] | None:
        """Run ``fn(*args)`` on a worker; None (nothing queued) when the pool is full. What
        ``fn`` raises is raised to whoever waits on the future."""
        if not self._slots.acquire(blocking=False):
            return None
        with self._start:
            if not self._started:
                for i in range(self.workers):
                    threading.Thread(
                        target=self._work, name=f"newsweave-fetch-{i}", daemon=True
                    ).start()
                self._started = True
        future: Future[Any] = Future()
        self._jobs.put((future, fn, args))
        return future

    def _work(self) -> None:
        while True:
            future, fn, args = self._jobs.get()
            try:
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(fn(*args))
                    except BaseException as exc:  # handed to the waiting request, which reports it
                        future.set_exception(exc)
            finally:
                self._slots.release()
