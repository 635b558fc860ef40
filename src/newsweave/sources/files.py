"""Reading inputs and turning each into a cleaned :class:`~newsweave.models.Article`.

Inputs: ``.txt`` (a page's text, as a scraper or a copy-paste gives it),
``.html``/``.htm`` (and any of these gzipped, ``.gz``), ``.json`` (one record,
a list of records, or ``{"articles": [...]}``), ``.jsonl`` (one record a line,
streamed), and directories of these (sorted, recursive; hidden files and other
extensions are skipped). A record needs ``text`` or ``html`` and may carry
``id``, ``title``, ``url``, ``outlet``, ``byline``, ``published``/``date``,
``language``.

Limits (explicit, so that a wrong file fails fast instead of hanging):

* ``MAX_INPUT_BYTES`` (16 MiB) per article: a text or HTML file, a gzipped
  file once decompressed, or one JSON record. A larger file is refused with an
  :class:`~newsweave.errors.UnreadableInput` naming it; no news page is that big,
  and a corpus belongs in a JSONL file or a directory.
* ``MAX_LINES`` (20,000) lines per text article, which bounds cleaning time
  (worst case, 16 MiB in 20,000 lines: ~10 s on one core; news pages have a few hundred).
* ``MAX_JSON_FILE_BYTES`` (256 MiB) for a ``.json`` file, which is parsed whole;
  ``.jsonl`` files are streamed and have no overall limit.
* ``MAX_JSONL_LINE_BYTES`` (64 MiB) per ``.jsonl`` line, read in bounded pieces: a longer
  line is that line's error and is skipped without ever being held in memory whole.

Encodings: a BOM wins, then UTF-16 without BOM (recognised by its NUL bytes in every other
position), then strict UTF-8, then *mostly* UTF-8 (valid multi-byte sequences outnumber the
bytes that are not UTF-8 ``UTF8_DOMINANCE`` to one: one stray byte does not turn a whole
UTF-8 file into cp1252 mojibake), then (HTML) a ``<meta charset>``, then charset-normalizer's
guess (cp1252, latin-1, cp1251, ... files decode correctly). Bytes that are no text at all
(NUL bytes in no UTF-16 pattern, no plausible encoding) are refused.

Repairs, never silent: each run of bytes that had to be replaced by U+FFFD, and each lone
UTF-16 surrogate (a JSON ``"\\udcff"`` escape, a ``str`` from a non-UTF-8 file name) replaced
by U+FFFD, becomes a :class:`~newsweave.models.RemovedSegment` with reason ``encoding`` on the
article read from that input: its ``text`` is the replaced bytes or code unit written as an
escape (``\\xff``, ``\\udcff``), its ``start``/``end`` the U+FFFD in a text input (-1 where
there is no such offset: HTML, other record fields, JSON files). Every string that leaves this
module is therefore encodable as UTF-8 (JSON, SQLite). A file name that is not UTF-8 is
shown with its odd bytes as ``\\xNN`` in ``path`` and ids; the file is still read.

Errors never stop a batch: :func:`iter_articles` yields an
:class:`~newsweave.errors.InputError` naming the file (or ``file.jsonl:LINE``, or
``file.json:N`` for the Nth record of a list, both counted from 1) in place of the article
and goes on with the next input.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsweave.clean import metadata as md
from newsweave.clean.html import extract_body, html_to_text
from newsweave.clean.text import clean_text, junk_reason, split_lines, strip_leaks
from newsweave.clean.verdict import judge
from newsweave.errors import EmptyInput, InputError, UnreadableInput
from newsweave.models import Article, RemovedSegment
from newsweave.text.dates import date_from_url, parse_date
from newsweave.text.headline import strip_site_name

MAX_INPUT_BYTES = 16 * 1024 * 1024  # per article; the largest real news pages are ~3 MB of HTML
MAX_JSON_FILE_BYTES = 256 * 1024 * 1024  # .json is parsed whole; use .jsonl beyond this
# per .jsonl line: a record of MAX_INPUT_BYTES of text, JSON-escaped (\uXXXX is 6 bytes), fits
MAX_JSONL_LINE_BYTES = 4 * MAX_INPUT_BYTES
JSONL_SKIP_CHUNK = 1024 * 1024  # an over-long line is skipped in pieces of this size
SNIFF_BYTES = 64 * 1024  # encoding detection looks at this much (it is slow on whole files)
BINARY_CONTROL_SHARE = 0.02  # more control characters than this: not text
ENCODING_TIE = 0.01  # charset-normalizer "chaos" scores this close are a tie
# valid UTF-8 multi-byte characters per non-UTF-8 byte above which a file is UTF-8 with damage:
# legacy code pages almost never form valid UTF-8 sequences, so they fall far below this
UTF8_DOMINANCE = 2
# share of NUL bytes at one parity (none at the other) that marks BOM-less UTF-16: ASCII-range
# text in UTF-16 has a NUL in every other byte; spaces and digits keep it high for other scripts
UTF16_NUL_SHARE = 0.3
MAX_LINES = 20_000  # per text article: bounds cleaning time; flattened AEB pages have at most ~630
MIN_BODY_WORDS = 8  # fewer words than this after cleaning is not an article (a menu, a title)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:.-]+)", re.I)
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]+")
_ESCAPED_BYTES = re.compile("[\udc00-\udcff]+")  # undecodable bytes, as _ESCAPE makes them
# decoding error handler: each undecodable byte b becomes chr(0xDC00 + b) (surrogateescape,
# which refuses bytes under 0x80, as in broken UTF-16), so repairs can be found and counted
_ESCAPE = "newsweave.escape"
codecs.register_error(
    _ESCAPE,
    lambda e: ("".join(chr(0xDC00 + b) for b in e.object[e.start : e.end]), e.end),
)


# --------------------------------------------------------------------------- public API


def extract_text(
    raw: str,
    *,
    path: str | None = None,
    url: str | None = None,
    id: str | None = None,
    title: str | None = None,
) -> Article:
    """Clean a page's text (text mode); raises EmptyInput when no story is left.

    Lone surrogates in ``raw`` (not encodable, so they would fail every later write) are
    replaced by U+FFFD first and listed in ``removed`` with reason ``encoding``.
    """
    fixed = repair_surrogates(raw)
    raw = fixed.text
    if not raw.strip():
        raise EmptyInput("the text is empty", path=path or url or id)
    lines = raw.count("\n") + 1
    if lines > MAX_LINES:
        raise UnreadableInput(
            f"{lines} lines, over the limit of {MAX_LINES} per article "
            "(newsweave.sources.files.MAX_LINES): is this one article?",
            path=path or url or id,
        )
    res = clean_text(raw, title=title, url=url)
    words = len(res.text.split())
    if words < MIN_BODY_WORDS:
        removed = len(res.removed)
        raise EmptyInput(
            f"no article body found: {words} {'word is' if words == 1 else 'words are'} left "
            f"after {removed} {'line' if removed == 1 else 'lines'} of page furniture, under "
            f"the {MIN_BODY_WORDS} an article needs (newsweave.sources.files.MIN_BODY_WORDS)",
            path=path or url or id,
        )
    return Article(
        id=id or _hash_id(raw),
        text=res.text,
        title=res.title,
        outlet=res.outlet,
        byline=res.byline,
        published=res.date.value if res.date else None,
        url=res.url or url,
        path=path,
        language=res.language,
        removed=res.removed + fixed.repairs,
        source_format="text",
        raw_sha1=_sha1(raw),
        published_source=res.date.source if res.date else None,
        not_article=not_article_reason(res.text, page_words=len(raw.split())),
    )


def not_article_reason(text: str, *, page_words: int = 0) -> str | None:
    """Why a cleaned body is not an article (:func:`newsweave.clean.verdict.judge`), else None.
    ``page_words``: the words of the text it was cleaned from (text mode)."""
    verdict = judge(text, page_words=page_words)
    return verdict.reason if verdict else None


def extract_html(
    html: str | bytes,
    *,
    path: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Article:
    """Clean an HTML page (HTML mode): trafilatura plus our leak rules, text mode as fallback."""
    if isinstance(html, bytes):
        html = decode_bytes(html, path=path or url or id, html=True)
    if not html.strip():
        raise EmptyInput("the HTML is empty", path=path or url or id)
    data = html.encode("utf-8", "surrogatepass")  # parsed and hashed: encoded once
    ex = extract_body(data, url=url)
    body, dropped = strip_leaks(ex.body)
    removed = [_locate(ex.flattened, line, reason) for line, reason in dropped]
    title = _clean_title(ex.title, ex.sitename)
    if len(body.split()) < 5 and ex.flattened.strip():
        # the extractor found nothing: give text mode the whole visible page
        res = clean_text(ex.flattened, title=title, url=url)
        body, removed = res.text, list(res.removed)
    if len(body.split()) < MIN_BODY_WORDS:
        raise EmptyInput(
            f"no article body found in the HTML ({len(ex.flattened)} characters of visible text)",
            path=path or url or id,
        )
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if paragraphs and title and _same(paragraphs[0], title):
        removed.append(_locate(ex.flattened, paragraphs.pop(0), "title"))
    text = "\n\n".join(paragraphs)
    if ex.body.strip():
        removed = _audit_page(ex.flattened, text, removed)
    page_url = ex.url or url
    published = parse_date(ex.date)
    date_source = "html" if published else None
    if published is None:
        published = date_from_url(page_url)
        date_source = "url" if published else None
    outlet = ex.sitename or md.outlet_from_url(page_url)
    sha1 = hashlib.sha1(data).hexdigest()
    return Article(
        id=id or sha1[:16],
        text=text,
        title=title,
        outlet=outlet,
        byline=ex.author,
        published=published,
        url=page_url,
        path=path,
        language=_lang_code(ex.language) or md.detect_language(text),
        removed=tuple(removed),
        source_format="html",
        raw_sha1=sha1,
        published_source=date_source,
        not_article=not_article_reason(text),
    )


def extract_page(
    data: bytes,
    *,
    declared: str | None = None,
    path: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Article:
    """A page's bytes as an article, as a page fetched, captured or posted is read: in the
    charset its HTTP Content-Type ``declared`` (before its ``<meta>``), cleaned by
    :func:`extract_html`, with the decoding's repairs listed in ``removed`` (no offsets: an
    HTML article's offsets count in its visible text, where the repairs have none)."""
    decoded = decode_input(data, path=path or url or id, html=True, declared=declared)
    art = extract_html(decoded.text, path=path, url=url, id=id)
    return with_repairs(art, decoded.repairs, offsets=False)


def article_from_record(rec: dict[str, Any], *, locator: str) -> Article:
    """A JSON record with ``text`` or ``html``; its own fields override what cleaning found.

    Lone surrogates (a valid JSON escape such as ``"\\udcff"``, which no UTF-8 writer
    accepts) in the record's keys and string values are replaced by U+FFFD and listed in the
    article's ``removed`` with reason ``encoding``: the record is kept, and the HTTP API,
    which builds its articles here too, stores what the files path stores.
    """
    if not isinstance(rec, dict):
        raise UnreadableInput(
            f"a record must be a JSON object, not {_json_kind(rec)}", path=locator
        )
    rec, repairs = _repaired_record(rec)
    rid = rec.get("id")
    rid = str(rid) if rid not in (None, "") else None
    url = _str(rec.get("url") or rec.get("link"))
    text, html = rec.get("text") or rec.get("body"), rec.get("html") or rec.get("content_html")
    size = sum(len(v) for v in (text, html) if isinstance(v, str))
    if size > MAX_INPUT_BYTES:
        raise UnreadableInput(_too_big(size, MAX_INPUT_BYTES), path=locator)
    if isinstance(html, str) and html.strip():
        art = extract_html(html, path=locator, url=url, id=rid)
    elif isinstance(text, str) and text.strip():
        art = extract_text(text, path=locator, url=url, id=rid, title=_str(rec.get("title")))
    else:
        for key in ("text", "body", "html", "content_html"):
            if rec.get(key) is not None and not isinstance(rec[key], str):
                raise UnreadableInput(
                    f"the record's {key!r} is {_json_kind(rec[key])}, not a string", path=locator
                )
        raise EmptyInput(
            "record has no 'text' or 'html' field with content "
            f"(fields: {', '.join(sorted(rec)) or 'none'})",
            path=locator,
        )
    published = parse_date(_str(rec.get("published") or rec.get("date") or rec.get("published_at")))
    return replace(
        art,
        title=_str(rec.get("title")) or art.title,
        outlet=_str(rec.get("outlet") or rec.get("source") or rec.get("site")) or art.outlet,
        byline=_str(rec.get("byline") or rec.get("author")) or art.byline,
        published=published or art.published,
        published_source="record" if published else art.published_source,
        language=_str(rec.get("language") or rec.get("lang")) or art.language,
        source_format="json",
        removed=art.removed + repairs,
    )


def _repaired_record(rec: dict[str, Any]) -> tuple[dict[str, Any], tuple[RemovedSegment, ...]]:
    """The record with lone surrogates replaced in keys, strings and lists of strings.

    Other values are only ever read through ``str()``, whose ``repr`` of nested strings
    escapes surrogates already.
    """
    repairs: list[RemovedSegment] = []

    def fix(v: Any) -> Any:
        if isinstance(v, str):
            fixed = repair_surrogates(v, offsets=False)
            repairs.extend(fixed.repairs)
            return fixed.text
        if isinstance(v, list):
            return [fix(x) if isinstance(x, str) else x for x in v]
        return v

    out = {fix(k): fix(v) for k, v in rec.items()}
    return out, tuple(repairs)


def iter_articles(
    paths: Iterable[str | Path] | str | Path, *, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Article | InputError]:
    """Articles from files, directories and JSON/JSONL records, in order; one path given
    alone is that path (a string is not read as the paths of its characters: "/seeds" would
    walk the whole disk from "/").

    A bad input yields an :class:`InputError` naming it; the others go through.
    Ids: a record's ``id``, else a file's stem, else a content hash; made unique
    within one call by a ``-2``, ``-3`` ... suffix, so they are stable across runs.
    """
    used: dict[str, int] = {}

    def unique(art: Article) -> Article:
        base = art.id
        k = used.get(base, 0) + 1
        used[base] = k
        return art if k == 1 else replace(art, id=f"{base}-{k}")

    for p in [paths] if isinstance(paths, (str, Path)) else paths:
        path = Path(p)
        if not path.exists():
            hint = (
                "a URL, not a file: fetch it first, or use `newsweave ingest` for URLs and feeds"
                if str(p).startswith(("http://", "https://"))
                else "no such file or directory"
            )
            yield UnreadableInput(hint, path=display_name(p))
            continue
        if path.is_dir():
            files = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and _supported(f)
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            if not files:
                yield EmptyInput(
                    "the directory holds no .txt, .html, .htm, .json or .jsonl file (gzipped or not)",
                    path=display_name(p),
                )
            for f in files:
                for item in _read_file(f, max_bytes):
                    yield item if isinstance(item, InputError) else unique(item)
        else:
            for item in _read_file(path, max_bytes):
                yield item if isinstance(item, InputError) else unique(item)


# --------------------------------------------------------------------------- reading files


def _supported(f: Path) -> bool:
    suffixes = [s.lower() for s in f.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in SUPPORTED_SUFFIXES


def _kind(f: Path) -> tuple[str, bool]:
    suffixes = [s.lower() for s in f.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in HTML_SUFFIXES:
        return "html", gz
    if last in JSON_SUFFIXES:
        return "json", gz
    if last in JSONL_SUFFIXES:
        return "jsonl", gz
    return "text", gz  # .txt and anything named explicitly: sniffed below


def _stem(f: Path) -> str:
    name = display_name(f.name)
    for _ in range(2):
        base, dot, ext = name.rpartition(".")
        if dot and base and ("." + ext.lower() in SUPPORTED_SUFFIXES or ext.lower() == "gz"):
            name = base
    return name


def _too_big(size: int, limit: int) -> str:
    return (
        f"input is {size / 1e6:.1f} MB, over the {limit / 2**20:.0f} MiB limit per article "
        "(newsweave.sources.files.MAX_INPUT_BYTES); no news article is that large: check the file, "
        "or put many articles in a .jsonl file or a directory"
    )


def _read_bytes(f: Path, gz: bool, limit: int) -> bytes:
    size = f.stat().st_size
    if not gz and size > limit:
        raise UnreadableInput(_too_big(size, limit), path=display_name(f))
    if not gz:
        return f.read_bytes()
    try:
        with gzip.open(f, "rb") as fh:
            data = fh.read(limit + 1)
    except (OSError, EOFError) as exc:
        raise UnreadableInput(f"not a valid gzip file ({exc})", path=display_name(f)) from None
    if len(data) > limit:
        raise UnreadableInput(
            _too_big(len(data), limit) + " once decompressed", path=display_name(f)
        )
    return data


def _read_file(f: Path, max_bytes: int) -> Iterator[Article | InputError]:
    kind, gz = _kind(f)
    name = display_name(f)
    try:
        if kind == "jsonl":
            yield from _read_jsonl(f, gz)
            return
        limit = MAX_JSON_FILE_BYTES if kind == "json" else max_bytes
        data = _read_bytes(f, gz, limit)
        if not data.strip():
            raise EmptyInput("the file is empty", path=name)
        if kind == "json":
            yield from _read_json(f, data)
            return
        decoded = decode_input(data, path=name, html=kind == "html")
        text = decoded.text
        if kind == "html" or _LOOKS_HTML.match(text[:2048]):
            # offsets in an HTML article count in its visible text, not in the page's source
            art = extract_html(text, path=name, id=_stem(f))
            yield with_repairs(art, decoded.repairs, offsets=False)
        else:
            yield with_repairs(extract_text(text, path=name, id=_stem(f)), decoded.repairs)
    except InputError as exc:
        yield exc
    except (OSError, ValueError, RecursionError) as exc:
        yield UnreadableInput(f"could not be read: {exc}", path=name)


def with_repairs(
    art: Article, repairs: tuple[RemovedSegment, ...], *, offsets: bool = True
) -> Article:
    """The article with its input's encoding repairs listed in ``removed``."""
    if not repairs:
        return art
    if not offsets:
        repairs = tuple(replace(r, start=-1, end=-1) for r in repairs)
    return replace(art, removed=art.removed + repairs)


def _read_json(f: Path, data: bytes) -> Iterator[Article | InputError]:
    name = display_name(f)
    decoded = decode_input(data, path=name)
    try:
        doc = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            f"invalid JSON: {_json_msg(exc)} line {exc.lineno}, column {exc.colno}", path=name
        ) from None
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        records = doc["articles"]
    elif isinstance(doc, list):
        records = doc
    else:
        records = [doc]
    if not records:
        raise EmptyInput("the JSON holds no record", path=name)
    single = len(records) == 1 and not isinstance(doc, list)
    # counted from 1, as a JSONL file's lines are: "list.json:1" is the first record
    for i, rec in enumerate(records, start=1):
        loc = name if single else f"{name}:{i}"
        try:
            art = article_from_record(rec, locator=loc)
            if single and isinstance(rec, dict) and rec.get("id") in (None, ""):
                art = replace(art, id=_stem(f))
            # the file's byte repairs cannot be placed in one record: each record lists them
            yield with_repairs(art, decoded.repairs, offsets=False)
        except InputError as exc:
            yield exc


def _read_jsonl(f: Path, gz: bool) -> Iterator[Article | InputError]:
    """One record a line, streamed; a line that fails is that line's error, the rest go on."""
    count = 0
    for line in jsonl_lines(f, gz=gz):
        count += 1
        yield line if isinstance(line, InputError) else _jsonl_record(line.data, line.locator)
    if count == 0:
        yield EmptyInput("the file is empty", path=display_name(f))


@dataclass(frozen=True, slots=True)
class JsonlLine:
    """One non-blank line of a JSONL file, at most ``MAX_JSONL_LINE_BYTES`` long."""

    locator: str  # "file.jsonl:LINE", for messages
    data: bytes


def jsonl_lines(f: Path, *, gz: bool) -> Iterator[JsonlLine | UnreadableInput]:
    """The non-blank lines of a (gzipped) JSONL file, read in bounded pieces.

    A line over ``MAX_JSONL_LINE_BYTES`` is an error for that line and is skipped without
    being held in memory; a damaged gzip stream ends the file with an error at its line.
    """
    name = display_name(f)
    opener = gzip.open if gz else open
    lineno = 0
    with opener(f, "rb") as fh:  # type: ignore[operator]
        while True:
            lineno += 1
            loc = f"{name}:{lineno}"
            try:
                line = fh.readline(MAX_JSONL_LINE_BYTES + 1)
                size = len(line)
                if size > MAX_JSONL_LINE_BYTES and not line.endswith(b"\n"):
                    line = b""  # over the limit: count the rest of the line, never hold it
                    size += _skip_line(fh)
            except (OSError, EOFError) as exc:
                yield UnreadableInput(
                    f"the file is damaged here, stopped reading ({exc}); "
                    f"{lineno - 1} lines read before it",
                    path=loc,
                )
                return
            if size == 0:
                return
            if size > MAX_JSONL_LINE_BYTES:
                yield UnreadableInput(
                    f"line of {size / 1e6:.1f} MB, over the {MAX_JSONL_LINE_BYTES / 2**20:.0f} "
                    "MiB limit per JSONL line (newsweave.sources.files.MAX_JSONL_LINE_BYTES); "
                    "skipped",
                    path=loc,
                )
            elif line.strip():
                yield JsonlLine(loc, line)


def _skip_line(fh: Any) -> int:
    """Read past the rest of the current line in bounded pieces; returns the bytes skipped."""
    skipped = 0
    while True:
        piece = fh.readline(JSONL_SKIP_CHUNK)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


def _jsonl_record(line: bytes, loc: str) -> Article | InputError:
    try:
        decoded = decode_input(line, path=loc)
        rec = json.loads(decoded.text)
        return with_repairs(article_from_record(rec, locator=loc), decoded.repairs, offsets=False)
    except json.JSONDecodeError as exc:
        return UnreadableInput(f"invalid JSON: {_json_msg(exc)} column {exc.colno}", path=loc)
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        return UnreadableInput(f"invalid JSON: {exc}", path=loc)
    except RecursionError:
        return UnreadableInput(
            "invalid JSON: nested deeper than Python's recursion limit", path=loc
        )
    except InputError as exc:
        return exc


def _json_msg(exc: json.JSONDecodeError) -> str:
    """The decoder's message ending in "at", for a place to follow ("Unterminated string
    starting at" already does)."""
    return exc.msg if exc.msg.endswith(" at") else f"{exc.msg} at"


def _json_kind(value: Any) -> str:
    """A JSON value's kind in JSON's words (null, a number), not Python's (NoneType, int)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


@dataclass(frozen=True, slots=True)
class Decoded:
    """An input's bytes as text, with every repair that decoding had to make."""

    text: str
    encoding: str
    # one per run of bytes replaced by U+FFFD (reason "encoding", offsets into ``text``)
    repairs: tuple[RemovedSegment, ...] = ()


def decode_bytes(data: bytes, *, path: str | None = None, html: bool = False) -> str:
    """Bytes to text (see :func:`decode_input`, which also says what it repaired)."""
    return decode_input(data, path=path, html=html).text


def decode_input(
    data: bytes, *, path: str | None = None, html: bool = False, declared: str | None = None
) -> Decoded:
    """Bytes to text: BOM, BOM-less UTF-16, (mostly) UTF-8, the charset the HTTP header
    ``declared``, <meta charset>, then a guess."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(_decode_replacing(data, enc), path)
    if b"\x00" in data[:SNIFF_BYTES]:
        utf16 = _utf16_order(data[:SNIFF_BYTES])
        if utf16 is None:
            raise UnreadableInput(
                "not a text file (it contains NUL bytes and is not UTF-16); "
                "newsweave reads text, HTML and JSON",
                path=path,
            )
        return _checked(_decode_replacing(data, utf16), path)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), path)
    except UnicodeDecodeError:
        pass  # not strict UTF-8: maybe UTF-8 with a few bad bytes, else a legacy code page
    escaped = data.decode("utf-8", _ESCAPE)
    bad = sum(len(m) for m in _ESCAPED_BYTES.findall(escaped))
    multibyte = len(escaped) - len(escaped.encode("ascii", "ignore")) - bad
    if multibyte >= UTF8_DOMINANCE * bad:
        return _checked(_repair_escaped(escaped), path)
    named = [declared] if declared else []
    m = _META_CHARSET.search(data[:SNIFF_BYTES]) if html else None
    if m:
        named.append(m.group(1).decode("ascii", "replace"))
    for label in named:
        try:
            enc = _web_encoding(label)
            return _checked(Decoded(data.decode(enc), enc), path)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset: the next one, else detect it
    from charset_normalizer import from_bytes

    results = from_bytes(data[:SNIFF_BYTES])
    best = results.best()
    if best is None or best.encoding is None:
        raise UnreadableInput(
            "not a text file: no plausible character encoding (binary data?)", path=path
        )
    encoding = best.encoding
    # cp1250, cp775, cp850 and cp1252 often tie on Western text; the web's legacy default wins
    # ties, also when charset-normalizer lists it only as a lookalike of a tied code page
    tied = {
        enc
        for m in results
        if m.chaos <= best.chaos + ENCODING_TIE
        for enc in m.could_be_from_charset
    }
    if "cp1252" in tied:
        encoding = "cp1252"
    return _checked(_decode_replacing(data, encoding), path)


def charset_of(content_type: str) -> str | None:
    """The ``charset`` parameter of an HTTP Content-Type ("text/html; charset=windows-1250")."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def _web_encoding(label: str) -> str:
    """A declared charset as browsers read it: "iso-8859-1" and "ascii" mean windows-1252."""
    name = codecs.lookup(label).name
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def _checked(decoded: Decoded, path: str | None) -> Decoded:
    sample = decoded.text[:SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > BINARY_CONTROL_SHARE:
        raise UnreadableInput("not a text file (binary control characters)", path=path)
    return decoded


def _utf16_order(sample: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when NULs sit at one parity only, as in UTF-16 text."""
    half = len(sample) // 2
    if half == 0:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= UTF16_NUL_SHARE * half and even == 0:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE * half and odd == 0:
        return "utf-16-be"
    return None


def _decode_replacing(data: bytes, encoding: str) -> Decoded:
    """Decode; every run of undecodable bytes becomes U+FFFD and is listed as a repair."""
    text = data.decode(encoding, _ESCAPE)
    if not _ESCAPED_BYTES.search(text):
        return Decoded(text, encoding)
    return replace(_repair_escaped(text), encoding=encoding)


def _repair_escaped(escaped: str) -> Decoded:
    """Text with escaped bytes (``_ESCAPE``) → each byte one U+FFFD, each run one repair."""
    repairs = tuple(
        RemovedSegment(
            text="".join(f"\\x{ord(c) - 0xDC00:02x}" for c in m.group()),
            reason="encoding",
            start=m.start(),
            end=m.end(),
        )
        for m in _ESCAPED_BYTES.finditer(escaped)
    )
    return Decoded(
        _ESCAPED_BYTES.sub(lambda m: "\ufffd" * len(m.group()), escaped), "utf-8", repairs
    )


def repair_surrogates(s: str, *, offsets: bool = True) -> Decoded:
    """``s`` with every lone UTF-16 surrogate (not encodable as UTF-8) replaced by U+FFFD.

    Surrogate pairs left as two code units are joined into their character first. Lone
    ones come from a JSON ``"\\udcff"`` escape or a non-UTF-8 file name read with
    surrogateescape; each run becomes one repair (offsets into the result, or -1 when
    ``offsets`` is false: the string is not the text the article's offsets count in).
    """
    if s.isascii() or not _SURROGATE.search(s):
        return Decoded(s, "utf-8")
    s = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    repairs = tuple(
        RemovedSegment(
            text="".join(f"\\u{ord(c):04x}" for c in m.group()),
            reason="encoding",
            start=m.start() if offsets else -1,
            end=m.end() if offsets else -1,
        )
        for m in _SURROGATE.finditer(s)
    )
    return Decoded(_SURROGATE.sub(lambda m: "\ufffd" * len(m.group()), s), "utf-8", repairs)


def display_name(name: str | Path) -> str:
    """A file name as UTF-8-encodable text: bytes of the name that are not UTF-8 as ``\\xNN``."""
    s = os.fspath(name)
    try:
        raw = s.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file system name decodes to: show it as \\udNNN
        return s.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


# --------------------------------------------------------------------------- small pieces


def _sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()


def _hash_id(s: str) -> str:
    return _sha1(s)[:16]


def _str(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, list):
        v = ", ".join(str(x) for x in v if x)
    s = str(v).strip()
    return s or None


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return norm(a) == norm(b)


def _clean_title(title: str | None, site: str | None) -> str | None:
    """Drop a " | Site" or " - Site" suffix from a page title."""
    if not title:
        return None
    return strip_site_name(title.strip(), site)


def _lang_code(lang: str | None) -> str | None:
    if not lang:
        return None
    code = lang.split("-")[0].split("_")[0].lower()
    return code if 2 <= len(code) <= 3 else None


def _audit_page(flat: str, body: str, removed: list[RemovedSegment]) -> list[RemovedSegment]:
    """Every visible line of the page that is not in the body, with a reason, for auditing.

    Lines the leak rules dropped keep their specific reason; the rest of the page
    (menus, footers, what the extractor left out) is labelled by the line lexicon
    or ``boilerplate``.
    """

    words = re.compile(r"\w+").findall

    def norm(s: str) -> str:
        return " ".join(words(s.lower()))

    ordered = [norm(p) for p in body.split("\n\n")]
    paragraphs = set(ordered)
    body_norm = "\n".join(ordered)
    known = {(r.start, r.end) for r in removed if r.start >= 0}
    out = [r for r in removed if r.start < 0]
    for ln in split_lines(flat):
        key = norm(ln.text)
        if key and (key in paragraphs or key in body_norm):
            continue
        if (ln.start, ln.end) in known:
            continue
        reason = junk_reason(ln.text) or (
            "byline"
            if md.byline_from_line(ln.text)
            else "date"
            if md.dateline(ln.text)
            else "boilerplate"
        )
        out.append(RemovedSegment(flat[ln.start : ln.end], reason, ln.start, ln.end))
    out += [r for r in removed if r.start >= 0]
    out.sort(key=lambda r: r.start)
    return out


def _locate(flat: str, line: str, reason: str) -> RemovedSegment:
    i = flat.find(line)
    return RemovedSegment(line, reason, i, i + len(line) if i >= 0 else -1)


__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_JSON_FILE_BYTES",
    "article_from_record",
    "decode_bytes",
    "extract_html",
    "extract_page",
    "extract_text",
    "html_to_text",
    "iter_articles",
]
