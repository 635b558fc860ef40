"""WARC input (Common Crawl's CC-NEWS and any other web archive), streamed record by record.

A WARC file holds one *record* per capture; the ones that matter here are HTTP
``response`` records whose payload is an HTML page. :func:`iter_warc_pages`
reads a ``.warc`` / ``.warc.gz`` file with warcio one record at a time (a
multi-gigabyte archive never sits in memory) and yields a :class:`WarcPage`
(raw bytes plus the capture's metadata) for each HTML response, or a
:class:`WarcSkip` saying why a record was passed over. :func:`page_to_article`
turns a page into a cleaned :class:`~newsweave.models.Article` with the same
extractor as any HTML file (``extract.extract_html``), so the split between
"read" (cheap, sequential, I/O) and "extract" (CPU, parallel) is explicit: the
Ray engine reads on one worker and extracts on all of them.

Metadata kept: the url (``WARC-Target-URI``), a stable id (from
``WARC-Record-ID``, unique per capture, so a re-read gives the same ids), and a
publication date: the page's own date when the extractor finds one, else the
HTTP ``Last-Modified`` header, else the crawl time ``WARC-Date`` (an upper
bound: a page cannot be published after it was fetched); ``published_source``
says which (``http`` or ``crawl``) so a reader can weigh it.

Damage: record digests (``WARC-Block-Digest`` / ``WARC-Payload-Digest``) are
verified, so a record cut short or altered is skipped (``digest-mismatch``)
instead of being cleaned as a half page.

Limits: a record payload above :data:`MAX_PAYLOAD_BYTES` is skipped (reason
``too-large``); a file that is corrupt mid-way stops at the damage with an
:class:`~newsweave.errors.UnreadableInput` naming the file and byte offset,
after everything before it has been yielded. A file that ends inside its last record
(a copy or download cut short) gives the same error naming the record's number and
offset; that record is never cleaned as a half page.

Also here: :func:`write_warc`, a small writer used by tests and benchmarks to
build an archive from HTML pages, and JSONL readers and writers (``Article.to_json`` lines)
so each stage's output can be stored and fed to the next one.
"""

from __future__ import annotations

import gzip
import hashlib
import html as htmllib
import io
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO

from newsweave.errors import InputError, UnreadableInput
from newsweave.models import ARTICLE_SCHEMA, Article
from newsweave.sources.files import charset_of, extract_page, jsonl_lines

WARC_SUFFIXES = (".warc", ".warc.gz")
# CC-NEWS pages are < 1 MB in the 99.9th percentile; bigger payloads are feeds, dumps or media.
MAX_PAYLOAD_BYTES = 5_000_000
# Payload types we hand to the HTML extractor; anything else (PDF, images, JSON APIs) is skipped.
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A \uD800-\uDFFF escape in a JSONL line: only then can a lone surrogate hide in the record.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
# Bytes after the last whole record looked at to tell a cut-off record from trailing blank lines.
TAIL_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML capture as read from an archive: raw bytes and what the crawler knew."""

    id: str
    url: str
    html: bytes
    crawled: datetime | None = None  # WARC-Date
    last_modified: datetime | None = None  # HTTP Last-Modified
    content_type: str = "text/html"
    locator: str = ""  # "file.warc.gz@offset", for error messages
    charset: str | None = None  # the HTTP Content-Type's charset, read before <meta charset>

    @property
    def date_hint(self) -> datetime | None:
        """Last-Modified, else the crawl date: used only when the page names no date itself."""
        return self.last_modified or self.crawled


@dataclass(frozen=True, slots=True)
class WarcSkip:
    """A record not turned into a page, and why (``reason`` is a short code)."""

    locator: str
    reason: str  # not-response | http-<status> | not-html | too-large | empty | revisit | ...
    detail: str = ""


@dataclass(slots=True)
class WarcStats:
    """Counts for one read: records seen, pages yielded, and skips by reason."""

    records: int = 0
    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def add(self, other: WarcStats) -> None:
        self.records += other.records
        self.pages += other.pages
        self.skipped.update(other.skipped)

    def describe(self) -> str:
        skips = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()))
        return f"{self.records} records, {self.pages} HTML pages" + (
            f", skipped: {skips}" if skips else ""
        )


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _parse_http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def page_id(record_id: str | None, url: str, crawled: str | None) -> str:
    """A short stable id: the record id when there is one, else url + crawl time."""
    key = record_id or f"{url} {crawled or ''}"
    return "w" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def iter_warc_pages(
    path: str | Path, *, stats: WarcStats | None = None, skips: bool = False
) -> Iterator[WarcPage | WarcSkip | UnreadableInput]:
    """Stream the HTML responses of one WARC file (gzip or not).

    Yields :class:`WarcPage` items; with ``skips=True`` also a :class:`WarcSkip`
    per record passed over. Damage that stops the reader yields one
    :class:`UnreadableInput` (naming the file and offset) and ends the file.
    """
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.limitreader import LimitReader

    stats = stats if stats is not None else WarcStats()
    name = str(path)
    try:
        fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed in finally, generator body
    except OSError as exc:
        yield UnreadableInput(f"cannot open WARC file: {exc.strerror or exc}", path=name)
        return
    offset = 0
    end = 0  # where the last whole record ends
    stats_here = 0  # records of this file
    try:
        head = _head(fh)
        if not head.lstrip().startswith(b"WARC/"):
            what = "empty" if not head else f"starts with {head[:24]!r}"
            yield UnreadableInput(f"not a WARC file ({what}; expected 'WARC/1.x')", path=name)
            return
        it = _QuietArchiveIterator(fh, check_digests=True)
        records = iter(it)
        while True:
            try:
                rec = next(records)
            except StopIteration:
                tail = _tail(fh, end)
                if tail:
                    yield UnreadableInput(
                        f"WARC damaged near byte {end}: record {stats_here + 1} is cut short, the "
                        f"file ends inside it ({tail}); {stats.pages} pages read before it",
                        path=name,
                    )
                break
            except (ArchiveLoadFailed, OSError, EOFError, ValueError, gzip.BadGzipFile) as exc:
                yield UnreadableInput(
                    f"WARC damaged near byte {offset}, stopped reading ({type(exc).__name__}: "
                    f"{str(exc).strip()[:200]}); {stats.pages} pages read before it",
                    path=name,
                )
                return
            stats.records += 1
            stats_here += 1
            errs = it.err_count
            item = _page_from_record(rec, name)
            # the offset is known once the record has been read to its end (digests checked)
            offset = it.get_record_offset()
            end = offset + it.get_record_length()
            # bytes of the declared Content-Length never read (no declared length: nothing to miss)
            missing = rec.raw_stream.limit if isinstance(rec.raw_stream, LimitReader) else 0
            if missing > 0:
                yield UnreadableInput(
                    f"WARC damaged near byte {offset}: record {stats_here} is cut short, the file "
                    f"ends {missing} bytes before its declared length ({rec.length} bytes); "
                    f"{stats.pages} pages read before it",
                    path=name,
                )
                return
            checker = getattr(rec, "digest_checker", None)
            if checker is not None and checker.passed is False:
                item = WarcSkip(
                    name, "digest-mismatch", "; ".join(map(str, checker.problems))[:300]
                )
            elif it.err_count > errs:
                item = WarcSkip(name, "bad-length", "record not followed by the WARC separator")
            item = replace(item, locator=f"{name}@{offset}")
            if isinstance(item, WarcPage):
                stats.pages += 1
                yield item
            else:
                stats.skipped[item.reason] += 1
                if skips:
                    yield item
    finally:
        fh.close()


def _head(fh: IO[bytes]) -> bytes:
    """The first bytes of the (decompressed) file; the handle is rewound."""
    raw = fh.read(4096)
    fh.seek(0)
    if raw[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, 64)
        except zlib.error:
            return b""
    return raw[:64]


def _tail(fh: IO[bytes], end: int) -> str:
    """What follows the last whole record, when it is more than blank lines: '' if nothing."""
    fh.seek(end)
    raw = fh.read(TAIL_SNIFF_BYTES)
    if not raw.strip():
        return ""
    if raw[:2] == b"\x1f\x8b":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            text = d.decompress(raw, TAIL_SNIFF_BYTES)
        except zlib.error as exc:
            return f"{len(raw)}+ bytes of damaged gzip: {exc}"
        if d.eof and not text.strip() and not d.unused_data.strip():
            return ""
        return f"an incomplete gzip member starting {text[:40]!r}"
    return f"{len(raw)}+ bytes that are no whole record, starting {raw[:40]!r}"


def _quiet_iterator_class():
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):
        """warcio writes a warning to stderr on a bad record length; we count it instead."""

        INC_RECORD = ""

    return Quiet


def _QuietArchiveIterator(fh, **kw):
    return _quiet_iterator_class()(fh, **kw)


def _page_from_record(rec, loc: str) -> WarcPage | WarcSkip:
    if rec.rec_type != "response":
        return WarcSkip(
            loc, "revisit" if rec.rec_type == "revisit" else "not-response", rec.rec_type
        )
    h = rec.rec_headers
    url = h.get_header("WARC-Target-URI") or ""
    if rec.http_headers is None:
        return WarcSkip(loc, "no-http", url)
    status = rec.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return WarcSkip(loc, f"http-{status or 'unknown'}", url)
    header = rec.http_headers.get_header("Content-Type") or ""
    ctype = header.split(";")[0].strip().lower()
    ident = (h.get_header("WARC-Identified-Payload-Type") or "").lower()
    if ctype and ctype not in HTML_TYPES and ident not in HTML_TYPES:
        return WarcSkip(loc, "not-html", f"{url} ({ctype})")
    length = int(h.get_header("Content-Length") or 0)
    if length > MAX_PAYLOAD_BYTES + 65536:
        return WarcSkip(loc, "too-large", f"{url} ({length} bytes)")
    try:
        body = rec.content_stream().read(MAX_PAYLOAD_BYTES + 1)
    except Exception as exc:  # a broken chunked/gzip transfer encoding: that record only
        return WarcSkip(loc, "bad-payload", f"{url}: {type(exc).__name__}: {exc}"[:300])
    if len(body) > MAX_PAYLOAD_BYTES:
        return WarcSkip(loc, "too-large", url)
    if not body.strip():
        return WarcSkip(loc, "empty", url)
    if not ctype and b"<html" not in body[:4096].lower():
        return WarcSkip(loc, "not-html", f"{url} (no content type, no <html>)")
    crawled_raw = h.get_header("WARC-Date")
    return WarcPage(
        id=page_id(h.get_header("WARC-Record-ID"), url, crawled_raw),
        url=url,
        html=body,
        crawled=_parse_warc_date(crawled_raw),
        last_modified=_parse_http_date(rec.http_headers.get_header("Last-Modified")),
        content_type=ctype or "text/html",
        charset=charset_of(header),
        locator=loc,
    )


def page_to_article(page: WarcPage) -> Article | InputError:
    """Clean one captured page with the shared HTML extractor; keep the capture's metadata."""
    try:
        art = extract_page(page.html, declared=page.charset, url=page.url or None, id=page.id)
    except InputError as exc:
        return type(exc)(exc.message, path=page.locator or exc.path)
    except Exception as exc:  # the extractor must not take a whole archive down
        return UnreadableInput(f"extraction failed: {type(exc).__name__}: {exc}", path=page.locator)
    changes: dict = {}
    if art.published is None and page.date_hint is not None:
        changes["published"] = page.date_hint
        changes["published_source"] = "http" if page.last_modified else "crawl"
    if not art.url and page.url:
        changes["url"] = page.url
    if art.path is None and page.locator:
        changes["path"] = page.locator
    return replace(art, **changes) if changes else art


def iter_warc_articles(
    paths: Iterable[str | Path], *, stats: WarcStats | None = None
) -> Iterator[Article | InputError]:
    """WARC files → cleaned articles (or an InputError per unusable page/file), streamed."""
    for p in paths:
        for item in iter_warc_pages(p, stats=stats):
            yield item if isinstance(item, InputError) else page_to_article(item)


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True, slots=True)
class PageToWrite:
    """An HTTP response to archive (tests and benchmarks build WARCs from these)."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    crawled: datetime | None = None
    last_modified: datetime | None = None


def text_to_html(title: str | None, text: str) -> str:
    """Wrap plain text as a minimal article page (<h1> + one <p> per paragraph)."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    body = "\n".join(f"<p>{htmllib.escape(p)}</p>" for p in paras)
    t = htmllib.escape(title or "")
    return (
        f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{t}</title></head>\n"
        f"<body><article><h1>{t}</h1>\n{body}\n</article></body></html>\n"
    )


def write_warc(
    path: str | Path, pages: Iterable[PageToWrite], *, gzip_records: bool | None = None
) -> int:
    """Write response records (one gzip member each for ``.gz``, as CC-NEWS does); returns the count."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = Path(path)
    gz = path.name.endswith(".gz") if gzip_records is None else gzip_records
    n = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(
            writer.create_warcinfo_record(
                path.name, {"software": "newsweave", "format": "WARC/1.0"}
            )
        )
        for page in pages:
            headers = [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))]
            if page.last_modified:
                headers.append(("Last-Modified", _http_date(page.last_modified)))
            reason = "OK" if page.status == 200 else "Error"
            http = StatusAndHeaders(f"{page.status} {reason}", headers, protocol="HTTP/1.1")
            warc_headers = {}
            if page.crawled:
                warc_headers["WARC-Date"] = page.crawled.astimezone(UTC).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                )
            rec = writer.create_warc_record(
                page.url,
                "response",
                payload=io.BytesIO(page.body),
                http_headers=http,
                warc_headers_dict=warc_headers,
            )
            writer.write_record(rec)
            n += 1
    return n


def _http_date(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


# --------------------------------------------------------------------------- JSONL


def write_articles_jsonl(articles: Iterable[Article], out: str | Path | IO[str]) -> int:
    """One ``Article.to_json`` object a line (a stage's output, the next stage's input)."""
    own = isinstance(out, (str, Path))
    fh: IO[str] = open(out, "w", encoding="utf-8") if own else out  # type: ignore[arg-type]  # noqa: SIM115
    n = 0
    try:
        for a in articles:
            fh.write(json.dumps(a.to_json(), ensure_ascii=False) + "\n")
            n += 1
    finally:
        if own:
            fh.close()
    return n


def read_articles_jsonl(path: str | Path) -> Iterator[Article | InputError]:
    """Read back :func:`write_articles_jsonl` output; a bad line is an InputError naming ``file:line``.

    Lines are read in bounded pieces (``files.MAX_JSONL_LINE_BYTES``); a line that is not
    UTF-8, not JSON, nested too deep, or holds a lone surrogate escape (which newsweave never
    writes, and no UTF-8 writer downstream accepts) is that line's error, the rest go on.
    """
    for line in jsonl_lines(Path(path), gz=str(path).endswith(".gz")):
        if isinstance(line, InputError):
            yield line
            continue
        try:
            rec = json.loads(line.data.decode("utf-8"))
            if rec.get("schema", ARTICLE_SCHEMA) != ARTICLE_SCHEMA:
                raise ValueError(f"schema {rec.get('schema')!r}, expected {ARTICLE_SCHEMA}")
            if _SURROGATE_ESCAPE.search(line.data):
                json.dumps(rec, ensure_ascii=False).encode("utf-8")  # a lone one fails here
            yield Article.from_json(rec)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            yield UnreadableInput(f"not a newsweave article record: {exc}", path=line.locator)
        except RecursionError:
            yield UnreadableInput(
                "not a newsweave article record: nested deeper than Python's recursion limit",
                path=line.locator,
            )
