"""Wire services an article credits (its copy is partly theirs) or merely cites.

A credit in the article's own voice ("Reuters contributed to this report", "By AFP",
"(AP) -", "did not respond to Reuters' request for comment") means two articles
crediting the same wire are one origin, not two independent reports. Citing a wire
for one fact ("..., the Associated Press added") is *not* a credit: the story is the
outlet's own. Pure text rules, used by the ``origins`` stage; the ``facts`` stage asks which
origins a fact's citations have (:func:`fact_origins`: a passage relaying an outlet's report
is that report again).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.models import Article, Span

# Wire services by the names outlets write them (lower case) -> one canonical name.
WIRES: dict[str, str] = {
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "interfax": "Interfax",
    "upi": "UPI",
    "ani": "ANI",
    "pti": "PTI",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "press association": "PA",
    "pa media": "PA",
    "canadian press": "CP",
    "the canadian press": "CP",
}
_WIRE_ALT = "|".join(
    sorted(
        (re.escape(w) for w in WIRES if w not in {"ap", "ani", "pti", "efe", "upi"}),
        key=len,
        reverse=True,
    )
)
# Names that are also ordinary words/abbreviations are matched case-sensitively in caps.
_WIRE_CAPS = r"AP|ANI|PTI|EFE|UPI|AFP|TASS|DPA"
_W = rf"(?P<wire>(?i:{_WIRE_ALT})|{_WIRE_CAPS})"

# The story is (partly) the wire's copy: credit lines, bylines, datelines, and phrases
# only the wire's own reporters write ("our request for comment" in third person).
_CREDIT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "credit line",
        re.compile(rf"\b{_W}\s+contributed\s+to\s+this\s+(?:report|story|article)", re.I),
    ),
    (
        "credit line",
        re.compile(rf"(?:additional\s+)?reporting\s+(?:by|from)\s+{_W}\b(?!\s+\w+\s+\w+)", re.I),
    ),
    ("byline", re.compile(rf"^\s*(?:By|From|Source:?)\s+\[?{_W}\]?(?:\(\S*\))?\s*$", re.M)),
    ("dateline", re.compile(rf"^\s*[A-Z][A-Za-z .,'-]{{1,40}}\(\s*{_W}\s*\)\s*[-—–:]", re.M)),
    ("wire's own voice", re.compile(rf"\b{_W}(?:'s|’s|')\s+requests?\s+for\s+comment")),
    ("wire's own voice", re.compile(rf"requests?\s+for\s+comment\s+from\s+{_W}\b")),
    ("wire's own voice", re.compile(rf"\ba\s+copy\s+of\s+which\s+{_W}\s+(?:has|had)\s+seen")),
    (
        "wire's own voice",
        re.compile(
            rf"\b{_W}\s+(?:could\s+not|was\s+unable\s+to|cannot)\s+(?:immediately\s+|independently\s+)*verify"
        ),
    ),
    (
        "wire's own voice",
        re.compile(rf"\baccording\s+to\s+(?:a\s+)?{_W}\s+(?:tally|calculations?|count)"),
    ),
)
# The wire is cited for one fact: the story stays the outlet's own (reported in the reason).
_CITE_PATTERNS = (
    re.compile(rf"\b{_W}\s+(?:reported|added|wrote|said|reports|adds)\b"),
    re.compile(rf"\baccording\s+to\s+{_W}\b"),
    re.compile(rf"\btold\s+{_W}\b"),
)
_BYLINE_WIRE = re.compile(rf"^\s*(?:By\s+)?\[?{_W}\]?\s*$")


def _wire_name(s: str) -> str:
    """The canonical name of a wire as matched ("the associated press" -> "AP")."""
    return WIRES.get(s.lower().strip(), s)


@dataclass(frozen=True, slots=True)
class WireCredit:
    """Evidence that an article is (partly) a wire's copy, with the words that show it."""

    wire: str
    kind: str
    evidence: str


def wire_credits(article: Article) -> list[WireCredit]:
    """The wires an article credits in its own voice (not wires it merely cites)."""
    out: list[WireCredit] = []
    if article.byline:
        m = _BYLINE_WIRE.match(article.byline)
        if m:
            out.append(WireCredit(_wire_name(m["wire"]), "byline", article.byline.strip()))
    for kind, pat in _CREDIT_PATTERNS:
        for m in pat.finditer(article.text):
            out.append(WireCredit(_wire_name(m["wire"]), kind, m.group(0).strip()))
    return out


def wire_citations(article: Article) -> list[str]:
    """Wires the article cites for single facts ("..., Reuters reported")."""
    return sorted({_wire_name(m["wire"]) for p in _CITE_PATTERNS for m in p.finditer(article.text)})


# An outlet a passage credits for what it tells ("..., Al Jazeera reported on Monday"): up to
# four capitalised words before "reported" or "reports".
_RELAY = re.compile(r"\b((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*)\s+(?:has\s+)?report(?:ed|s)\b")


def _names_itself(text: str, outlet: str) -> bool:
    """Whether ``text`` names ``outlet`` as the one spoken to ("witnesses told Al Jazeera",
    "speaking to Al Jazeera"): how an outlet's own report names it, and a relay of its report
    may too."""
    return re.search(rf"\b(?:told|to)\s+(?:the\s+)?{re.escape(outlet)}\b", text) is not None


def fact_origins(
    cited: Sequence[Span], texts: Mapping[str, str], origin_of: Mapping[str, str]
) -> tuple[str, ...]:
    """The origins behind a fact's citations (``texts``: the cited articles' texts by id): each
    article's origin, but for an article whose every cited passage relays an outlet's report
    ("..., Al Jazeera reported") that another cited article, one telling it in its own voice,
    names as the one spoken to ("witnesses told Al Jazeera"): that one may be the outlet's own
    report, which the relay repeats, and a count of independent reports must not take one
    report for two."""
    relays: dict[str, set[str]] = {}
    for span in cited:
        m = _RELAY.search(texts[span.article][span.start : span.end])
        relays.setdefault(span.article, set()).add(m.group(1) if m else "")
    reports = [a for a, outlets in relays.items() if "" in outlets]
    kept = [
        a
        for a, outlets in relays.items()
        if a in reports
        or not all(any(_names_itself(texts[r], o) for r in reports if r != a) for o in outlets)
    ]
    return tuple(sorted({origin_of.get(a, a) for a in kept}))
