"""HTML mode: the article body and metadata from a page's HTML.

trafilatura finds the body; it still leaks picture captions, credit lines and
"related" teasers now and then, so its output goes through the same line rules
as text mode (:mod:`newsweave.clean.text`) restricted to the kinds of junk
that never belong to a body (credits, share lines, captions, pitches).

:func:`html_to_text` is the other half: the page flattened to its full visible
text the way a scraper or a copy-paste gives it (block elements become line
breaks, scripts and styles are dropped). Text mode is benchmarked on it, and
``RemovedSegment`` offsets of an HTML article point into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from newsweave.text.dates import parse_date

# Elements whose content is never visible text.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "datalist",
        "math",
    }
)
# Elements that start a new line in a browser's rendering (CSS display: block and friends).
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
        "center",
        "menu",
        "picture",
        "video",
        "audio",
        "title",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f]+")


def parse_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    """Parse leniently; None when the document has no element at all."""
    if isinstance(html, bytes):
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    else:
        parser = lxml.html.HTMLParser(remove_comments=True)
        # lxml refuses str input that declares an encoding in an XML prolog
        html = re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


# class names that mean "not rendered" in the common CSS frameworks
_HIDDEN_CLASSES = frozenset(
    {"hidden", "d-none", "is-hidden", "visually-hidden", "hide", "display-none"}
)


def _hidden(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = el.get("class")
    return bool(cls and not _HIDDEN_CLASSES.isdisjoint(cls.split()))


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
    """The page's visible text, one block per line, as a scraper would copy it."""
    root = html if isinstance(html, lxml.html.HtmlElement) else parse_html(html)
    if root is None:
        return ""
    out: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _DROP_TAGS or (tag and _hidden(el)):
            return
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            out.append("\n")
        elif tag in _CELL_TAGS:
            out.append("\t")
        elif tag == "img":
            pass
        if el.text and tag:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    walk(root)
    lines = (_WS.sub(" ", ln).strip() for ln in "".join(out).split("\n"))
    text = "\n".join(ln for ln in lines if ln)
    return text


SECOND_OPINION_BELOW_WORDS = 400  # a precise extraction this long has not lost half a story
PRECISION_MIN_SHARE = 0.5  # below half of the default pass's words, trust the default pass


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


_DATE_META = (
    "//meta[@property='article:published_time' or @name='article:published_time' or "
    "@itemprop='datePublished' or @name='pubdate' or @name='publishdate' or "
    "@property='og:article:published_time' or @name='date' or @name='dc.date.issued' or "
    "@name='DC.date.issued' or @name='sailthru.date' or @name='parsely-pub-date']/@content"
    " | //time[@itemprop='datePublished']/@datetime"
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def _precise_date(root: lxml.html.HtmlElement, day: str | None) -> str | None:
    """htmldate's day, refined to the full timestamp (time, zone) the page's metadata gives.

    htmldate decides *which* day (it weighs many signals); a ``published_time`` meta tag
    or JSON-LD ``datePublished`` on that same day adds the time and the UTC offset.
    """
    candidates = [str(v) for v in root.xpath(_DATE_META)]
    for script in root.xpath("//script[@type='application/ld+json']/text()"):
        candidates += _JSONLD_DATE.findall(script)
    for c in candidates:
        d = parse_date(c)
        if d is not None and "T" in c and (day is None or d.date().isoformat() == day[:10]):
            return d.isoformat()
    return day


def extract_body(html: str | bytes, *, url: str | None = None) -> HtmlExtraction:
    """trafilatura's body and metadata, with its leaks trimmed by our line rules."""
    import trafilatura

    root = parse_html(html)
    if root is None:
        return HtmlExtraction("", None, None, None, None, url, None, "")
    drop_hidden(root)
    flattened = html_to_text(root)
    markup = lxml.html.tostring(root, encoding="unicode")
    # favor_precision drops more furniture (0.964 vs 0.960 on AEB) but now and then
    # loses half a story; the default pass is the second opinion for short outputs.
    doc = trafilatura.bare_extraction(
        markup,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        deduplicate=False,
        favor_precision=True,
    )
    if doc is None:
        return HtmlExtraction("", None, None, None, None, url, None, flattened)
    body = doc.text or ""
    words = len(body.split())
    if words < SECOND_OPINION_BELOW_WORDS:
        other = trafilatura.bare_extraction(
            markup,
            url=url,
            include_comments=False,
            include_tables=True,
            with_metadata=False,
            deduplicate=False,
        )
        other_body = (other.text if other is not None else "") or ""
        if words < PRECISION_MIN_SHARE * len(other_body.split()):
            body = other_body
    return HtmlExtraction(
        body=body,
        title=doc.title,
        author=doc.author,
        date=_precise_date(root, doc.date),
        sitename=doc.sitename,
        url=doc.url or url,
        language=doc.language,
        flattened=flattened,
    )
