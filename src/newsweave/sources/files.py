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

Encodings: a BOM wins, then strict UTF-8, then (HTML) a ``<meta charset>``, then
charset-normalizer's guess (cp1252, latin-1, cp1251, ... files decode correctly).
Bytes that are no text at all (NUL bytes, no plausible encoding) are refused.

Errors never stop a batch: :func:`iter_articles` yields an
:class:`~newsweave.errors.InputError` naming the file (or ``file.jsonl:LINE``)
in place of the article and goes on with the next input.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsweave.clean import metadata as md
from newsweave.clean.html import extract_body, html_to_text
from newsweave.clean.text import clean_text, junk_reason, split_lines, strip_leaks
from newsweave.errors import EmptyInput, InputError, UnreadableInput
from newsweave.models import Article, RemovedSegment
from newsweave.text.dates import date_from_url, parse_date

MAX_INPUT_BYTES = 16 * 1024 * 1024  # per article; the largest real news pages are ~3 MB of HTML
MAX_JSON_FILE_BYTES = 256 * 1024 * 1024  # .json is parsed whole; use .jsonl beyond this
SNIFF_BYTES = 64 * 1024  # encoding detection looks at this much (it is slow on whole files)
BINARY_CONTROL_SHARE = 0.02  # more control characters than this: not text
ENCODING_TIE = 0.01  # charset-normalizer "chaos" scores this close are a tie
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


# --------------------------------------------------------------------------- public API


def extract_text(
    raw: str,
    *,
    path: str | None = None,
    url: str | None = None,
    id: str | None = None,
    title: str | None = None,
) -> Article:
    """Clean a page's text (text mode); raises EmptyInput when no story is left."""
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
    if len(res.text.split()) < MIN_BODY_WORDS:
        raise EmptyInput(
            f"no article body found: {len(res.removed)} lines look like page furniture "
            f"and {len(res.text.split())} words are left",
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
        removed=res.removed,
        source_format="text",
        raw_sha1=_sha1(raw),
        published_source=res.date.source if res.date else None,
    )


def extract_html(
    html: str | bytes,
    *,
    path: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Article:
    """Clean an HTML page (HTML mode): trafilatura plus our leak rules, text mode as fallback."""
    if isinstance(html, bytes):
        html = decode_bytes(html, path=path, html=True)
    if not html.strip():
        raise EmptyInput("the HTML is empty", path=path or url or id)
    ex = extract_body(html, url=url)
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
    return Article(
        id=id or _hash_id(html),
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
        raw_sha1=_sha1(html),
        published_source=date_source,
    )


def article_from_record(rec: dict[str, Any], *, locator: str) -> Article:
    """A JSON record with ``text`` or ``html``; its own fields override what cleaning found."""
    if not isinstance(rec, dict):
        raise UnreadableInput(
            f"a record must be a JSON object, not {type(rec).__name__}", path=locator
        )
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
    )


def iter_articles(
    paths: Iterable[str], *, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Article | InputError]:
    """Articles from files, directories and JSON/JSONL records, in order.

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

    for p in paths:
        path = Path(p)
        if not path.exists():
            hint = (
                "a URL, not a file: fetch it first, or use `newsweave ingest` for URLs and feeds"
                if str(p).startswith(("http://", "https://"))
                else "no such file or directory"
            )
            yield UnreadableInput(hint, path=str(p))
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
                    path=str(p),
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
    name = f.name
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
        raise UnreadableInput(_too_big(size, limit), path=str(f))
    if not gz:
        return f.read_bytes()
    try:
        with gzip.open(f, "rb") as fh:
            data = fh.read(limit + 1)
    except (OSError, EOFError) as exc:
        raise UnreadableInput(f"not a valid gzip file ({exc})", path=str(f)) from None
    if len(data) > limit:
        raise UnreadableInput(_too_big(len(data), limit) + " once decompressed", path=str(f))
    return data


def _read_file(f: Path, max_bytes: int) -> Iterator[Article | InputError]:
    kind, gz = _kind(f)
    try:
        if kind == "jsonl":
            yield from _read_jsonl(f, gz, max_bytes)
            return
        limit = MAX_JSON_FILE_BYTES if kind == "json" else max_bytes
        data = _read_bytes(f, gz, limit)
        if not data.strip():
            raise EmptyInput("the file is empty", path=str(f))
        if kind == "json":
            yield from _read_json(f, data)
            return
        text = decode_bytes(data, path=str(f), html=kind == "html")
        if kind == "html" or _LOOKS_HTML.match(text[:2048]):
            yield extract_html(text, path=str(f), id=_stem(f))
        else:
            yield extract_text(text, path=str(f), id=_stem(f))
    except InputError as exc:
        yield exc
    except (OSError, ValueError, RecursionError) as exc:
        yield UnreadableInput(f"could not be read: {exc}", path=str(f))


def _read_json(f: Path, data: bytes) -> Iterator[Article | InputError]:
    try:
        doc = json.loads(decode_bytes(data, path=str(f)))
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            f"invalid JSON: {exc.msg} at line {exc.lineno}", path=str(f)
        ) from None
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        records = doc["articles"]
    elif isinstance(doc, list):
        records = doc
    else:
        records = [doc]
    if not records:
        raise EmptyInput("the JSON holds no record", path=str(f))
    single = len(records) == 1 and not isinstance(doc, list)
    for i, rec in enumerate(records):
        loc = str(f) if single else f"{f}:{i}"
        try:
            art = article_from_record(rec, locator=loc)
            if single and isinstance(rec, dict) and rec.get("id") in (None, ""):
                art = replace(art, id=_stem(f))
            yield art
        except InputError as exc:
            yield exc


def _read_jsonl(f: Path, gz: bool, max_bytes: int) -> Iterator[Article | InputError]:
    opener = gzip.open if gz else open
    count = 0
    with opener(f, "rb") as fh:  # type: ignore[operator]
        for lineno, line in enumerate(fh, start=1):
            loc = f"{f}:{lineno}"
            if not line.strip():
                continue
            count += 1
            if len(line) > max_bytes:
                yield UnreadableInput(_too_big(len(line), max_bytes), path=loc)
                continue
            try:
                rec = json.loads(decode_bytes(line, path=loc))
                yield article_from_record(rec, locator=loc)
            except json.JSONDecodeError as exc:
                yield UnreadableInput(f"invalid JSON: {exc.msg}", path=loc)
            except InputError as exc:
                yield exc
    if count == 0:
        yield EmptyInput("the file is empty", path=str(f))


def decode_bytes(data: bytes, *, path: str | None = None, html: bool = False) -> str:
    """Bytes to text: BOM, strict UTF-8, <meta charset>, then charset-normalizer's guess."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    if b"\x00" in data[:SNIFF_BYTES]:
        raise UnreadableInput(
            "not a text file (it contains NUL bytes); newsweave reads text, HTML and JSON",
            path=path,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
        if html:
            m = _META_CHARSET.search(data[:SNIFF_BYTES])
            if m:
                try:
                    text = data.decode(m.group(1).decode("ascii", "replace"))
                except (LookupError, UnicodeDecodeError):
                    text = ""
        if not text:
            from charset_normalizer import from_bytes

            results = from_bytes(data[:SNIFF_BYTES])
            best = results.best()
            if best is None or best.encoding is None:
                raise UnreadableInput(
                    "not a text file: no plausible character encoding (binary data?)", path=path
                ) from None
            encoding = best.encoding
            # cp1250 and cp1252 often tie on Western text; the web's legacy default wins ties
            tied = {m.encoding for m in results if m.chaos <= best.chaos + ENCODING_TIE}
            if "cp1252" in tied:
                encoding = "cp1252"
            text = data.decode(encoding, errors="replace")
    sample = text[:SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > BINARY_CONTROL_SHARE:
        raise UnreadableInput("not a text file (binary control characters)", path=path)
    return text


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
    t = title.strip()
    if site:
        t = re.sub(r"\s*[|\-–—:]\s*" + re.escape(site) + r"\s*$", "", t, flags=re.I) or t
    return t


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

    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))

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
    "extract_text",
    "html_to_text",
    "iter_articles",
]
