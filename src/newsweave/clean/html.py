"""HTML mode: the article body and metadata from a page's HTML.

trafilatura finds the body; it still leaks picture captions, credit lines and
"related" teasers now and then, so its output goes through the same line rules
as text mode (:mod:`newsweave.clean.text`) restricted to the kinds of junk
that never belong to a body (credits, share lines, captions, pitches).

Speed (:func:`extract_body`): the page is parsed once and every reader shares the
tree; what trafilatura would delete anyway is dropped before its costly XPath prunes
run; its readability/justext comparison and the second, default-mode pass run only on
pages where their own triggers could fire. On AEB, 180 of 181 articles come out
identical to running every step on the whole markup (on the other, readability saw the
page without its navigation), at about twice the pages per second. The precision pass is
trafilatura's own steps (:func:`precise_pass`) without its spare tree copies or the
prunes that cannot select anything, and its comparison reuses the fast pass
(:func:`precise_comparison`): the same bodies, about a fifth faster. The metadata readers
of our own (the byline search, the timestamp refinement) pick the few elements they read
in C rather than through XPaths that call back into Python for every element, and
trafilatura's meta-tag reader is handed copies of the head's meta tags alone
(:func:`_meta_tags`), not the whole page for its XPaths to walk, and its JSON-LD reader runs
on the JSON scripts alone (:func:`_meta_json`).

:func:`html_to_text` is the other half: the page flattened to its full visible
text the way a scraper or a copy-paste gives it (block elements become line
breaks, scripts and styles are dropped). Text mode is benchmarked on it, and
``RemovedSegment`` offsets of an HTML article point into it.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape
from typing import TYPE_CHECKING

import lxml.etree
import lxml.html

from newsweave.text.dates import parse_date

if TYPE_CHECKING:
    from trafilatura.settings import Document, Extractor

log = logging.getLogger(__name__)

# Elements whose content is never visible text.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "embed",
    "canvas", "select", "option", "datalist", "math"
})  # fmt: skip
# Elements that start a new line in a browser's rendering (CSS display: block and friends).
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "center",
    "menu", "picture", "video", "audio", "title"
})  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f]+")


# libxml2 stops an HTML parse at 255 levels of nesting (without XML_PARSE_HUGE, which only
# moves the limit to 2048); on a page that hit it, tags nested deeper than this are unwrapped.
FLATTEN_DEPTH = 128  # far under the parser's limit and Python's recursion limit
# Tags with no end tag: they never deepen the nesting.
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr"
})  # fmt: skip
# A comment's start or a tag, for the nesting scan.
_TAG_TOKEN = re.compile(r"<!--|<(/?)([a-zA-Z][\w:-]*)[^>]*>")
# Elements whose content is raw text: a "<" in them starts no tag; each ends at its end tag.
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "textarea", "title")
}


def parse_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    """Parse leniently; None when the document has no element at all.

    The parser reads UTF-8 bytes: a ``str`` is encoded first (libxml2 reads UTF-8 a tenth
    faster than the UTF-16 or UCS-4 that lxml hands it for a ``str``, and
    :func:`newsweave.sources.files.extract_html` hashes the same bytes). Bytes are UTF-8
    whatever the page declares, each invalid byte a U+FFFD.

    libxml2 abandons a document nested deeper than 255 levels: everything below is lost
    without an exception (the parser's log says "Excessive depth"). Such a page is parsed
    again with the excess nesting unwrapped (:func:`flatten_nesting`), which keeps all of
    its text.
    """
    if isinstance(html, str):
        html = html.encode("utf-8", "surrogatepass")
    root, too_deep = _parse(html)
    if too_deep:
        root, _ = _parse(flatten_nesting(html.decode("utf-8", "replace")).encode("utf-8"))
    return root


# Every element an HtmlElement, chosen in C: lxml.html's own lookup calls back into Python
# for each element object made (half a million per AEB run, trafilatura's walks included).
_ELEMENT_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parse(html: bytes) -> tuple[lxml.html.HtmlElement | None, bool]:
    parser = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None, False
    too_deep = any(
        e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message for e in parser.error_log
    )
    return root, too_deep


def flatten_nesting(html: str, depth: int = FLATTEN_DEPTH) -> str:
    """The markup with every tag nested deeper than ``depth`` removed (its text kept).

    A tag scan, not a parse, linear in the markup: an end tag closes the nearest open
    tag of its name, as a browser does; tags whose end never comes stay open until an
    ancestor's end closes them. Block boundaries below ``depth`` become ``<br>`` so
    paragraphs stay apart.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag name, kept)
    open_count: Counter[str] = Counter()  # an end tag with no open start costs no stack scan
    pos = 0
    while (m := _TAG_TOKEN.search(html, pos)) is not None:
        out.append(html[pos : m.start()])
        token, closing, name = m.group(0), m.group(1), (m.group(2) or "").lower()
        pos = m.end()
        if token == "<!--" or (not closing and name in _RAW_TEXT_END):
            end = (
                html.find("-->", pos) + 3
                if token == "<!--"
                else (e.end() if (e := _RAW_TEXT_END[name].search(html, pos)) else 0)
            )
            pos = end if end > pos else len(html)  # unterminated: raw to the end
            out.append(html[m.start() : pos])
        elif not closing:
            if name in _VOID_TAGS or token.endswith("/>"):
                out.append(token)
                continue
            keep = len(stack) < depth
            stack.append((name, keep))
            open_count[name] += 1
            if keep:
                out.append(token)
        elif not open_count[name]:
            out.append(token)  # an end tag with no start: the parser ignores it too
        else:
            while stack:
                top, kept = stack.pop()
                open_count[top] -= 1
                if top == name:
                    out.append(token if kept else "<br>" if name in _BLOCK_TAGS else "")
                    break
    out.append(html[pos:])
    return "".join(out)


# class names that mean "not rendered" in the common CSS frameworks
_HIDDEN_CLASSES = frozenset(
    {"hidden", "d-none", "is-hidden", "visually-hidden", "hide", "display-none"}
)


def _hidden(el: lxml.html.HtmlElement) -> bool:
    """Whether a browser would not show ``el``: by its attribute, its style or its class.

    Asked of every element: the names of its attributes are read once (many elements have
    none, or only an href or a src) and only the values that can hide it are fetched.
    """
    names = el.keys()
    if not names:
        return False
    if "class" in names:
        cls = el.get("class")
        # every hidden class holds "hid" or "none": most class lists need no split
        if ("hid" in cls or "none" in cls) and not _HIDDEN_CLASSES.isdisjoint(cls.split()):
            return True
    if "style" in names and _HIDDEN_STYLE.search(el.get("style")):
        return True
    return "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden") == "true")


def drop_hidden(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Remove elements a browser would not show (keeping their tail text)."""
    for el in [
        e
        for e in root.iter()
        if isinstance(e.tag, str) and e.tag not in ("html", "body") and _hidden(e)
    ]:
        if el.getparent() is not None:
            el.drop_tree()
    return root


def html_to_text(html: str | bytes | lxml.html.HtmlElement) -> str:
    """The page's visible text, one block per line, as a scraper would copy it.

    Hidden elements (:func:`drop_hidden`'s rule) are left out, as a browser leaves them.
    """
    root = html if isinstance(html, lxml.html.HtmlElement) else parse_html(html)
    return "" if root is None else _visible_text(root, [])


def _visible_text(root: lxml.html.HtmlElement, hidden: list[lxml.html.HtmlElement]) -> str:
    """:func:`html_to_text`'s walk; the hidden elements it skips are added to ``hidden``.

    It recurses once per level: a parsed tree is never deeper than the parser's 255
    levels, far under Python's recursion limit.
    """
    out: list[str] = []
    append = out.append

    def walk(el: lxml.html.HtmlElement) -> None:
        for child in el:
            tag = child.tag
            # a processing instruction or an entity, a dropped or a hidden element: its tail
            # only (lxml makes a new string at each read of .text or .tail: read them once)
            if isinstance(tag, str) and tag not in _DROP_TAGS:
                if _hidden(child):
                    hidden.append(child)
                else:
                    block = tag in _BLOCK_TAGS
                    if block or tag == "br":
                        append("\n")
                    elif tag in _CELL_TAGS:
                        append("\t")
                    text = child.text
                    if text:
                        append(text)
                    if len(child):
                        walk(child)
                    if block:
                        append("\n")
            tail = child.tail
            if tail:
                append(tail)

    tag = root.tag
    if isinstance(tag, str) and _hidden(root):
        hidden.append(root)
    elif isinstance(tag, str) and tag not in _DROP_TAGS:
        block = tag in _BLOCK_TAGS
        if block:
            append("\n")
        if root.text:
            append(root.text)
        walk(root)
        if block:
            append("\n")
    # one substitution over the whole text (_WS spares newlines), not one per line: most of
    # the lines are the empty ones between adjacent blocks
    return "\n".join(filter(None, map(str.strip, _WS.sub(" ", "".join(out)).split("\n"))))


def _flatten_visible(root: lxml.html.HtmlElement) -> str:
    """The visible text, and the tree left with :func:`drop_hidden` applied, in one walk.

    The walk skips what it never shows (scripts, the head...) and what is hidden; what
    drop_hidden would drop inside those (and inside a hidden ``html``/``body``, which
    stay) is dropped by drop_hidden on them alone, but for the ``_NO_TEXT`` elements,
    which no later reader wants: they go whole.
    """
    hidden: list[lxml.html.HtmlElement] = []
    text = _visible_text(root, hidden)
    for el in hidden:
        if el.tag in ("html", "body"):
            drop_hidden(el)
        else:
            el.drop_tree()
    for el in list(root.iter(_DROP_TAGS)):
        if el.tag in _NO_TEXT:
            el.drop_tree()
        else:
            drop_hidden(el)
    return text


SECOND_OPINION_BELOW_WORDS = 400  # a precise extraction this long has not lost half a story
PRECISION_MIN_SHARE = 0.5  # below half of the default pass's words, trust the default pass
PROSE_LINE_WORDS = 12  # a visible line this long is running text, not a menu, link or caption


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """What the HTML extractor found (plain values; extract.py builds the Article)."""

    body: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    language: str | None
    flattened: str


# Metadata that gives a publication timestamp: meta tags by their property, name or itemprop
# (read from the content attribute), a time element by its itemprop (from datetime).
_DATE_META = {
    "property": frozenset({"article:published_time", "og:article:published_time"}),
    "name": frozenset(
        {
            "article:published_time",
            "pubdate",
            "publishdate",
            "date",
            "dc.date.issued",
            "DC.date.issued",
            "sailthru.date",
            "parsely-pub-date",
        }
    ),
    "itemprop": frozenset({"datePublished"}),
}
_DATE_TIME_ITEMPROP = "datePublished"
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def _precise_date(root: lxml.html.HtmlElement, day: str | None) -> str | None:
    """htmldate's day, refined to the full timestamp (time, zone) the page's metadata gives.

    htmldate decides *which* day (it weighs many signals); a ``published_time`` meta tag
    or JSON-LD ``datePublished`` on that same day adds the time and the UTC offset.
    """
    candidates: list[str] = []
    scripts: list[str] = []
    for el in root.iter("meta", "time", "script"):  # the few elements asked, walked in C
        tag = el.tag
        if tag == "script":
            if el.get("type") == "application/ld+json" and el.text:
                scripts += _JSONLD_DATE.findall(el.text)
            continue
        value = el.get("content" if tag == "meta" else "datetime")
        if value is None:
            continue
        if tag == "time":
            if el.get("itemprop") == _DATE_TIME_ITEMPROP:
                candidates.append(value)
        elif any(el.get(attr) in names for attr, names in _DATE_META.items()):
            candidates.append(value)
    candidates += scripts
    for c in candidates:
        d = parse_date(c)
        if d is not None and "T" in c and (day is None or d.date().isoformat() == day[:10]):
            return d.isoformat()
    return day


# trafilatura's byline search (metadata.extract_author, xpaths.AUTHOR_XPATHS and
# AUTHOR_DISCARD_XPATHS, 2.3.1) as attribute rules run in one walk: its XPaths call back
# into Python for every re:test on every element and it copies the tree to prune it, which
# made it a tenth of a page's time. Every rule reads the element's own tag and attributes.
# Out with their content (not their tail text): comments, sidebars, dates, figures...
_AUTHOR_OUT_TAGS = frozenset({"time", "figure"})
_AUTHOR_OUT_SCOPE = frozenset({"a", "div", "section", "span"})
_AUTHOR_OUT_EXACT = {"id": ("comments",), "class": ("comments", "title", "date")}
_AUTHOR_OUT_RE = {
    "id": re.compile(r"^comments|comment-?list|ProductReviews"),
    "class": re.compile(
        r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
        r"article-(?:share|support)|print|category|meta-date|meta-reviewer"
    ),
}
_AUTHOR_OUT_CONTAINS = {"data-component": "Figure"}
# The three tiers, most specific first: (tags or None for any, exact values, substrings,
# regexes) per attribute; an element of the first tier whose text fits wins.
_AUTHOR_TIERS: tuple[tuple[frozenset[str] | None, dict, dict, dict], ...] = (
    (
        frozenset({"a", "address", "div", "link", "p", "span", "strong"}),
        {
            "rel": ("author",),
            "id": ("author",),
            "class": ("author",),
            "itemprop": ("author name",),
            "data-testid": ("AuthorCard", "AuthorURL"),
        },
        {},
        {"class": re.compile(r"author-?name|AuthorName|authorName")},
    ),
    (
        frozenset({"a", "div", "h3", "h4", "p", "span"}),
        {"class": ("byline", "username", "byl", "BBL")},
        {"itemprop": "author"},
        {
            "id": re.compile(r"author|zuozhe|bianji|xiaobian"),
            "class": re.compile(
                r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
            ),
        },
    ),
    (
        None,
        {},
        {"data-component": "Byline", "itemprop": "author"},
        {
            "id": re.compile(r"[Aa]uthor"),
            "class": re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline"),
        },
    ),
)
AUTHOR_MAX_CHARS = 120  # trafilatura's len_limit for a byline: longer is a paragraph
# A substring of every attribute value a tier above accepts: an element whose attribute
# values hold none of them (nearly all of a page) is passed over after one search in C.
_AUTHOR_HINT = re.compile(
    "uthor|byl|yline|BBL|username|writer|screenname|zuozhe|bianji|xiaobian|channel-name|"
    "submitted-by|posted-by|journalist-name"
)


def _attribute_rule(el: lxml.html.HtmlElement, exact: dict, contains: dict, regex: dict) -> bool:
    for name, values in exact.items():
        if el.get(name) in values:
            return True
    for name, part in contains.items():
        if part in (el.get(name) or ""):
            return True
    return any(rx.search(el.get(name) or "") for name, rx in regex.items())


def _author_out(el: lxml.html.HtmlElement, tag: str) -> bool:
    if tag in _AUTHOR_OUT_TAGS:
        return True
    return tag in _AUTHOR_OUT_SCOPE and _attribute_rule(
        el, _AUTHOR_OUT_EXACT, _AUTHOR_OUT_CONTAINS, _AUTHOR_OUT_RE
    )


def _kept_text(el: lxml.html.HtmlElement, chunks: list[str]) -> None:
    """``el.itertext()`` as it reads once the elements that are out are deleted, tails kept.

    trafilatura's deletion appends a removed element's tail to the previous kept sibling's
    tail (or the parent's text), so that text joins it with no space between. Empty chunks
    are harmless: the caller collapses whitespace.
    """
    current = el.text or ""
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and _author_out(child, tag):
            current += child.tail or ""
            continue
        chunks.append(current)
        if isinstance(tag, str):  # a comment or processing instruction: its tail only
            _kept_text(child, chunks)
        current = child.tail or ""
    chunks.append(current)


def page_author(root: lxml.html.HtmlElement) -> str | None:
    """The byline from the page's elements, as trafilatura's ``extract_author`` finds it.

    The elements that are out are only looked for around the few candidates: among their
    ancestors (an out ancestor takes the candidate with it) and inside them.
    """
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.utils import trim

    tiers: list[list[lxml.html.HtmlElement]] = [[] for _ in _AUTHOR_TIERS]
    hint = _AUTHOR_HINT.search
    for el in root.iter(lxml.etree.Element):  # elements only, picked in C
        tag = el.tag
        if tag == "author":
            tiers[0].append(el)
            continue
        values = el.values()  # no hint holds a space: none spans two joined values
        if not (values and hint(" ".join(values))):
            continue
        for tier, (tags, exact, contains, regex) in zip(tiers, _AUTHOR_TIERS, strict=True):
            if (tags is None or tag in tags) and _attribute_rule(el, exact, contains, regex):
                tier.append(el)
    for tier in tiers:
        for el in tier:
            if any(_author_out(a, a.tag) for a in (el, *el.iterancestors())):
                continue
            chunks: list[str] = []
            _kept_text(el, chunks)
            content = trim(" ".join(chunks))
            if content and 2 < len(content) < AUTHOR_MAX_CHARS:
                return normalize_authors(None, content)
    return None


# The scripts trafilatura's extract_meta_json reads (its XPath asks for these types).
_JSON_META_TYPES = frozenset({"application/ld+json", "application/settings+json"})
# A JSON string literal or a run of whitespace: trafilatura's JSON_MINIFY keeps the first and
# deletes the second; a split on it leaves the strings in its groups, the rest between them.
_JSON_STRING_OR_SPACE = re.compile(r'("(?:\\.|[^"\\])*")|\s+')
_SURROGATES = re.compile("[\ud800-\udfff]")


def _normalized_json(text: str) -> str:
    """trafilatura's ``JSON_MINIFY.sub`` and ``normalize_json`` (2.3.1) with the same result.

    Both ran Python once per match or per character (a template expanded for every string
    and space of the JSON, a generator over every character to drop surrogates): half of the
    JSON-LD reader's time on AEB. Here the scans are a split, a join and a substitution in C.
    """
    from trafilatura.json_metadata import JSON_UNICODE_REPLACE
    from trafilatura.utils import HTML_STRIP_TAGS, trim

    text = "".join(filter(None, _JSON_STRING_OR_SPACE.split(text)))
    if "\\" in text:
        text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        text = JSON_UNICODE_REPLACE.sub(lambda m: chr(int(m[1], 16)), text)
        text = unescape(_SURROGATES.sub("", text))
    return trim(HTML_STRIP_TAGS.sub("", text))


def _meta_json(scripts: Iterable[lxml.html.HtmlElement], meta: Document) -> Document:
    """trafilatura's ``extract_meta_json`` on the JSON scripts, in their order."""
    from trafilatura.json_metadata import extract_json, extract_json_parse_error

    for el in scripts:
        if not el.text:
            continue
        text = _normalized_json(el.text)
        try:
            # strict=False as trafilatura: control characters in strings are accepted
            meta = extract_json(json.loads(text, strict=False), meta)
        except json.JSONDecodeError:
            meta = extract_json_parse_error(text, meta)
    return meta


def _meta_tags(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A bare ``html`` and ``head`` holding copies of the page's ``head/meta`` tags, in order.

    trafilatura's meta-tag reader (``examine_meta``) reads those alone, with XPaths that
    visit every element of the tree given (0.1 ms a page); given the copies, it finds the
    same tags at once. The parser puts every head (there may be several) under the root.
    """
    holder = lxml.html.Element("html")
    head = lxml.etree.SubElement(holder, "head")
    head.extend(copy.copy(m) for h in root.iterchildren("head") for m in h.iterchildren("meta"))
    return holder


def page_metadata(root: lxml.html.HtmlElement, url: str | None) -> Document:
    """trafilatura's ``extract_metadata`` without the parts newsweave never reads.

    The same steps (meta tags, JSON-LD, title, canonical URL, htmldate's date, site name,
    then the author from the page's byline elements) minus categories, tags, licence and
    host name, which cost a third of its time. The date is refined by
    :func:`_precise_date`. When the meta tags name no author, the byline search
    (:func:`page_author`) runs on ``root`` without what only the metadata reads
    (``_NO_META``, dropped from ``root`` then); otherwise dropping it is the caller's.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_sitename,
        extract_title,
        extract_url,
    )

    meta = examine_meta(_meta_tags(root))
    if meta.author and " " not in meta.author:
        meta.author = None  # a one-word author is a handle, not a byline (trafilatura's rule)
    try:
        scripts = (el for el in root.iter("script") if el.get("type") in _JSON_META_TYPES)
        meta = _meta_json(scripts, meta)
    except (RecursionError, ValueError, TypeError, AttributeError, KeyError) as err:
        # trafilatura's own guard: JSON-LD it cannot walk (nested past Python's recursion
        # limit, an unexpected shape) leaves the meta tags' values; the page goes on
        log.warning("%s: JSON-LD metadata skipped (%s: %s)", url or "page", type(err).__name__, err)
    if not meta.title:
        meta.title = extract_title(root)
    if not meta.url:
        meta.url = extract_url(root, url)
    meta.date = find_date(root, **{**_DATE_PARAMS, "url": meta.url})
    if not meta.sitename:
        meta.sitename = extract_sitename(root)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")  # a Twitter handle
        if "." not in meta.sitename and meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url:
        host = META_URL.match(meta.url)
        if host:
            meta.sitename = host[1]
    date = _precise_date(root, meta.date)
    if not meta.author:
        _drop(root, _NO_META)
        meta.author = page_author(root)
    meta.clean_and_trim()
    meta.date = date
    return meta


# htmldate as trafilatura's default extractor configures it (settings.set_date_params)
_DATE_PARAMS = {"original_date": True, "extensive_search": True}
# Elements trafilatura deletes from every tree it extracts from (settings.MANUALLY_CLEANED),
# but only after its costliest XPath prunes and tree copies went over them: dropped first,
# they cost nothing (on AEB, over half of a page's elements). JSON-LD stays: it marks
# forum threads. Forms stay: trafilatura keeps one that holds most of the page's text.
_NO_BODY = (
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "menu", "iframe",
    "object", "embed", "button", "input", "label", "select", "datalist", "textarea", "link",
    "meta", "map", "img", "picture", "source", "video", "audio", "canvas", "time"
)  # fmt: skip


# The part of _NO_BODY that holds no metadata either (htmldate reads scripts for dates).
_NO_TEXT = ("style", "svg", "template")
# What only the metadata reads: dropped once it has been read. JSON scripts stay (see
# _drop), in the head too: trafilatura tells forum threads by their JSON-LD.
_NO_META = ("script", "title", "meta", "link", "base")


def _drop(root: lxml.html.HtmlElement, tags: tuple[str, ...]) -> None:
    for el in list(root.iter(tags)):  # one walk in C
        if el.tag != "script" or "json" not in (el.get("type") or ""):
            el.drop_tree()


FULL_PASS_BELOW_CHARS = 1500  # readability/justext swapped the body only below ~900 chars on AEB
READABILITY_GAIN = 2  # readability takes over when it finds this many times the text (external.py)
JUSTEXT_BELOW_CHARS = 250  # under this (trafilatura's MIN_EXTRACTED_SIZE) justext is always tried


def _extraction(
    root: lxml.html.HtmlElement, url: str | None, *, prose: int, precise: bool
) -> Document | None:
    """One trafilatura pass; its readability/justext comparison only where it could matter.

    The comparison (half of a pass's time) replaces the body only when it has no paragraph
    text, is mostly tables or holds page furniture, is shorter than
    ``JUSTEXT_BELOW_CHARS``, or when readability finds ``READABILITY_GAIN`` times its
    text. Readability keeps running prose, so that needs a page whose prose (``prose``
    characters, see :func:`_prose_lines`) is that much longer than the body; on AEB it
    never happened to a body over ``FULL_PASS_BELOW_CHARS``.
    """
    import trafilatura

    if precise:
        found = precise_pass(root, url)
        if found is not None and not _may_be_replaced(found.document, prose):
            return found.document
        if found is not None and not found.teasers:
            return precise_comparison(root, url, found)
    else:
        doc = trafilatura.bare_extraction(root, options=_options(url, precise=False, fast=True))
        if doc is not None and not _may_be_replaced(doc, prose):
            return doc
    return trafilatura.bare_extraction(root, options=_options(url, precise=precise, fast=False))


# An id or class attribute's value, as plain strings (no smart strings): the prune hints' input.
_ID_CLASS_VALUES = lxml.etree.XPath("//@id|//@class", smart_strings=False)
# One id/class test of a trafilatura XPath: a regex (re:test) or a substring (contains).
_ID_CLASS_TEST = re.compile(r"(re:test|contains)\(@(?:id|class), '([^']*)'\)")


def prune_hint(xpaths: Iterable[lxml.etree.XPath]) -> re.Pattern[str]:
    """A pattern that finds, in a page's id and class values joined by newlines, every value
    an id/class test of ``xpaths`` accepts (multiline: a value's ends are line ends).

    trafilatura's raw-tree prunes select elements by id or class alone, with re:test calls
    that run Python once for every div, section and list of the page (a fifth of a pass's
    time). Where no value matches the hint they select nothing, and are not run: on AEB, the
    infinite-scroll prune skips 173 pages of 181, the comment prunes 106.
    """
    parts = dict.fromkeys(  # each test once: the XPaths ask ids and classes the same
        rx if kind == "re:test" else re.escape(rx)
        for xp in xpaths
        for kind, rx in _ID_CLASS_TEST.findall(xp.path)
    )
    return re.compile("|".join(f"(?:{p})" for p in parts), re.M)


@functools.cache
def _prune_hints() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The hints of trafilatura's raw-tree prune and of its two comment prunes."""
    from trafilatura import xpaths

    comments = xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH + xpaths.REMOVE_COMMENTS_XPATH
    return prune_hint(xpaths.RAW_TREE_PRUNE_XPATH), prune_hint(comments)


@dataclass(frozen=True, slots=True)
class _RawTree:
    tree: lxml.html.HtmlElement  # a copy of the page, pruned as trafilatura first prunes it
    comments: bool  # the comment prunes' hint matched: they may select something
    forum: bool  # a thread forum, whose comment containers are its posts
    teasers: bool  # an id or class may name a teaser ("easer": trafilatura lowers the T alone)


def _raw_pruned(root: lxml.html.HtmlElement) -> _RawTree:
    """``trafilatura_sequence``'s first steps (comments off, precision) on a copy of ``root``."""
    from trafilatura.core import _forum_thread_page
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    tree = copy.copy(root)  # root stays whole for a second pass
    values = "\n".join(set(_ID_CLASS_VALUES(tree)))  # each value once: classes repeat
    raw_hint, comments_hint = _prune_hints()
    comments = comments_hint.search(values) is not None
    forum = comments and _forum_thread_page(tree)  # read before any prune, as trafilatura does
    if raw_hint.search(values):
        prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    if comments:
        prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    return _RawTree(tree, comments, forum, "easer" in values)


@dataclass(frozen=True, slots=True)
class PrecisePass:
    """The fast precision pass: trafilatura's document, and what its comparison starts from."""

    document: Document
    joined_text: str  # the body's text runs joined by spaces, the length the comparison weighs
    teasers: bool  # see _RawTree: only the full mode's extraction prunes teasers


def precise_pass(root: lxml.html.HtmlElement, url: str | None) -> PrecisePass | None:
    """``bare_extraction`` in precision and fast mode, comments off: the same body and text.

    The steps of trafilatura 2.3.1's ``bare_extraction`` and ``trafilatura_sequence`` for
    these options (no metadata, no baseline rescue or recall retry: both are for the default
    mode), minus work whose result nobody reads: one copy of the tree instead of three (the
    backup copy feeds only the comparison that fast mode skips; the raw tree is not read again
    once cleaned) and the prunes whose id/class hints (:func:`prune_hint`) find nothing.
    """
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
    from trafilatura.main_extractor import extract_content
    from trafilatura.xpaths import REMOVE_COMMENTS_XPATH

    options = _options(url, precise=True, fast=True)
    try:
        raw = _raw_pruned(root)
        cleaned = convert_tags(tree_cleaning(raw.tree, options), options, url)
        if raw.comments and not raw.forum:  # conversion keeps ids and classes: the hint holds
            prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
        body, text = extract_content(cleaned, options)
    except (TypeError, ValueError) as err:  # bare_extraction's guard: such a tree has no body
        log.warning("%s: no body extracted (%s: %s)", url or "page", type(err).__name__, err)
        return None
    if len(text) < options.min_output_size:
        return None
    return PrecisePass(_document(body, options), text, raw.teasers)


def precise_comparison(
    root: lxml.html.HtmlElement, url: str | None, fast: PrecisePass
) -> Document | None:
    """``bare_extraction`` in precision and full mode, given the fast pass of a page that has
    no teasers: the full mode extracts what the fast mode did, so only its readability/justext
    comparison runs, on the trees trafilatura gives it (the raw and the cleaned page)."""
    from trafilatura.external import compare_extraction
    from trafilatura.htmlprocessing import tree_cleaning

    options = _options(url, precise=True, fast=False)
    try:
        tree = _raw_pruned(root).tree
        cleaned = tree_cleaning(copy.copy(tree), options)
        body, text = compare_extraction(
            cleaned, tree, fast.document.body, fast.joined_text, options
        )
    except (TypeError, ValueError) as err:
        log.warning("%s: no body extracted (%s: %s)", url or "page", type(err).__name__, err)
        return None
    return None if len(text) < options.min_output_size else _document(body, options)


def _document(body: lxml.etree._Element, options: Extractor) -> Document:
    """The document ``bare_extraction`` returns in Python format, without metadata."""
    from trafilatura.settings import Document
    from trafilatura.xml import xmltotxt

    doc = Document()
    doc.text = doc.raw_text = xmltotxt(body, options.formatting)
    doc.body = body
    return doc


def _options(url: str | None, *, precise: bool, fast: bool) -> Extractor:
    """trafilatura's settings for one pass (built once: reading its config costs 0.3 ms)."""
    options = copy.copy(_base_options(precise, fast))
    options.url = options.source = url
    return options


@functools.cache
def _base_options(precise: bool, fast: bool) -> Extractor:
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="python",
        fast=fast,
        precision=precise,
        comments=False,
        tables=True,
        dedup=False,
    )


_PARAGRAPH_TEXT = lxml.etree.XPath(".//p//text()")


@functools.cache
def _sanitized() -> lxml.etree.XPath:
    """trafilatura's test for page furniture in a body (compiled once, on first use)."""
    from trafilatura.external import SANITIZED_XPATH

    return lxml.etree.XPath(SANITIZED_XPATH)


def _may_be_replaced(doc: Document, prose: int) -> bool:
    body, chars = doc.body, len(doc.text or "")
    return (
        chars < JUSTEXT_BELOW_CHARS
        or (chars < FULL_PASS_BELOW_CHARS and prose > READABILITY_GAIN * chars)
        or not _PARAGRAPH_TEXT(body)
        or len(body.findall(".//table")) > len(body.findall(".//p"))
        or bool(_sanitized()(body))
    )


def _prose_lines(flattened: str) -> list[str]:
    """The page's visible lines of running text (``PROSE_LINE_WORDS`` words or more).

    A line shorter than those words and the spaces between them (most of a page's lines:
    menu items, links, captions) is passed over without being split; a longer one is split
    only until it has shown that many words.
    """
    shortest = 2 * PROSE_LINE_WORDS - 1
    return [
        ln
        for ln in flattened.split("\n")
        if len(ln) >= shortest and len(ln.split(None, PROSE_LINE_WORDS - 1)) >= PROSE_LINE_WORDS
    ]


def extract_body(html: str | bytes, *, url: str | None = None) -> HtmlExtraction:
    """trafilatura's body and metadata, with its leaks trimmed by our line rules.

    The page is parsed once; the flattener, the metadata and every trafilatura pass
    read that one tree (trafilatura copies it before changing it).
    """
    root = parse_html(html)
    if root is None:
        return HtmlExtraction("", None, None, None, None, url, None, "")
    flattened = _flatten_visible(root)
    meta = page_metadata(root, url)
    _drop(root, _NO_META + _NO_BODY)  # one walk, when the byline search left _NO_META
    page_url = url or meta.url
    # favor_precision drops more furniture (0.964 vs 0.960 on AEB) but now and then
    # loses half a story; the default pass is the second opinion for short outputs, asked
    # only when the page's prose holds twice their words (a lost story is prose: the
    # default pass's extra words on other pages were menus and link lists).
    prose = _prose_lines(flattened)
    prose_chars = sum(map(len, prose))
    doc = _extraction(root, page_url, prose=prose_chars, precise=True)
    body = (doc.text if doc is not None else "") or ""
    words = len(body.split())
    if (
        doc is not None
        and words < SECOND_OPINION_BELOW_WORDS
        and words < PRECISION_MIN_SHARE * sum(len(ln.split()) for ln in prose)
    ):
        other = _extraction(root, page_url, prose=prose_chars, precise=False)
        other_body = (other.text if other is not None else "") or ""
        if words < PRECISION_MIN_SHARE * len(other_body.split()):
            body = other_body
    return HtmlExtraction(
        body=body,
        title=meta.title,
        author=meta.author,
        date=meta.date,
        sitename=meta.sitename,
        url=meta.url or url,
        language=meta.language,
        flattened=flattened,
    )
