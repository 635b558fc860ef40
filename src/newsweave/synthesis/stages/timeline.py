"""The event's timeline: every dated happening, its date resolved to ISO and cited.

How a date is found and resolved (:func:`find_dates`, :func:`resolve_date`):

* **Expressions** — explicit dates ("May 11, 2025", "Feb. 24, 2022", "11 May",
  "2025-05-11"), ranges ("May 8-10"), months ("June 2024", "in March"), years
  with or without a qualifier ("in 2022", "early 2014", "1991"), weekdays
  ("Sunday", "on Thursday", "next Monday", "the early hours of Sunday"),
  relative days and periods ("yesterday", "last week", "later this week",
  "earlier this month", "three days ago"), and offsets from another dated
  happening ("three days before launching his invasion"). Durations ("three
  years", "72-hour") are not dates. "Hours earlier/after" is skipped: a
  few hours can cross midnight, so no day can be asserted from it.
* **Anchor** — the article's publication date; when it is missing, the most
  common publication date of the event's other articles; failing that, the
  latest full date (day, month, year) written in the event's texts. Entries
  resolved against an inferred anchor say so in ``note``.
* **Weekdays** (news convention) — a bare weekday in a past-tense clause is the
  most recent such day on or before the anchor; in a future clause ("will",
  "to start ... Monday", "propose to resume ... on Thursday") the first such
  day on or after it; "next X" is strictly after, "last X" strictly before.
  A weekday that names the anchor's own weekday is the anchor day. A weekday
  written with a date ("Thursday, May 15") must agree with it; a disagreement
  is reported in ``note`` (the written date is kept) and never silently fixed.
* **Dates without a year** take the year that puts them nearest the anchor,
  unless that contradicts the tense of the date's own finite verb ("rear-ended
  a truck on June 8" in a May story is last June; "proposed holding talks on
  May 15" inherits no tense from "proposed" and stays the nearest May 15).
* **Precision** — ``day``, ``month`` or ``year``. "early/mid/late 2014" has
  precision ``year`` (a qualifier names no month; it orders the entry within the
  year and is kept in ``expression``). Ranges ("May 8-10", "last week") give
  ``date`` = first day and ``end`` = last day.

Grouping: mentions of one happening on one date across articles become one
:class:`~newsweave.models.TimelineEntry` (clause embeddings, average linkage);
a month- or year-level mention joins a finer entry inside its period when it
clearly says the same thing ("in February 2022" → the invasion on 2022-02-24).
Each entry's ``text`` is the most representative clause, every citation is the
clause span it came from, and ``expressions`` cites the exact date words.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal

import numpy as np

from newsweave.models import Article, Span, TimelineEntry
from newsweave.synthesis.pipeline import Workspace, stage

Precision = Literal["day", "month", "year"]
Tense = Literal["past", "future"]

# Two clauses on the same date describe the same happening above this cosine (MiniLM).
SAME_HAPPENING_SIM = 0.5
# A month/year-level clause joins a finer entry only when clearly the same happening.
COARSE_MERGE_SIM = 0.65
# A clause shorter than this (content words besides the date) is a dateline, not a happening.
MIN_CLAUSE_WORDS = 3
# Years outside this window are more likely counts or codes than dates.
MIN_YEAR = 1800
MAX_YEARS_AHEAD = 10

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
}  # fmt: skip

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_QUAL = r"(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    (
        "mdy",
        re.compile(
            rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s+(?P<d>{_DAY})"
            rf"(?:\s*(?:-|–|to|through)\s*(?P<d2>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?(?![\d:])"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})(?:\s*(?:-|–)\s*(?P<d2>{_DAY}))?\s+(?:of\s+)?"
            rf"(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "my",
        re.compile(rf"\b(?:(?P<q>{_QUAL})[\s-]+)?(?P<mon>{_MON})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<pre>in|since|until|by|last|next|this|early|late|mid-|earlier\s+in|later\s+in)\s+"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
            r"\b(?!\s+\d)"
        ),
    ),
    ("qyear", re.compile(rf"\b(?P<q>{_QUAL})[\s-]+(?P<y>{_YEAR})\b", re.I)),
    ("year", re.compile(rf"(?<![\d$£€.,/#-])\b(?P<y>{_YEAR})\b(?![\d%/-]|,\d)")),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<pre>last|next|this\s+coming|this|coming|early|late|later\s+on|earlier\s+on|later|earlier"
            rf"|(?:the\s+)?(?:early|small)\s+hours\s+of)\s+)?(?P<wd>{_WD})"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
            re.I,
        ),
    ),
    (
        "deictic",
        re.compile(
            r"\b(?P<w>today|yesterday|tomorrow|tonight|this\s+morning|this\s+evening)\b", re.I
        ),
    ),
    (
        "period",
        re.compile(
            r"\b(?P<pre>last|next|this|earlier\s+this|later\s+this|late\s+last|early\s+next)\s+(?P<u>week|month|year)\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+ago\b", re.I),
    ),
    (
        "offset",
        re.compile(
            rf"\b(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+(?P<dir>before|after)\s+(?P<ref>[^,.;]+)",
            re.I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved date: ``date`` with its ``precision`` (``end`` for ranges), and any warning."""

    date: date
    precision: Precision
    end: date | None = None
    note: str | None = None
    sort_key: date | None = None  # orders "late 2014" after "June 2014"

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def _month(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _int_day(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _number(s: str) -> int:
    s = " ".join(s.lower().split())
    return int(s) if s.isdigit() else _NUMBER_WORDS[s]


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _yearless(m: int, d: int, anchor: date, tense: Tense | None) -> date | None:
    cands = [x for x in (_valid(anchor.year + k, m, d) for k in (-1, 0, 1)) if x is not None]
    if not cands:
        return None
    near = min(cands, key=lambda x: abs((x - anchor).days))
    slack = timedelta(days=1)  # time zones: "today" there can be tomorrow here
    if tense == "past" and near > anchor + slack:
        past = [x for x in cands if x <= anchor + slack]
        return max(past) if past else near
    if tense == "future" and near < anchor - slack:
        future = [x for x in cands if x >= anchor - slack]
        return min(future) if future else near
    return near


def _weekday(wd: int, anchor: date, mode: str) -> date:
    """mode: on_or_before, before, on_or_after, after."""
    delta = (wd - anchor.weekday()) % 7
    if mode == "on_or_after":
        return anchor + timedelta(days=delta)
    if mode == "after":
        return anchor + timedelta(days=delta or 7)
    back = (anchor.weekday() - wd) % 7
    if mode == "before":
        return anchor - timedelta(days=back or 7)
    return anchor - timedelta(days=back)


def _check_weekday(wd: str | None, d: date, expression: str) -> str | None:
    if not wd:
        return None
    named = WEEKDAYS.index(wd.lower())
    if named == d.weekday():
        return None
    return (
        f"weekday disagreement: {expression!r} says {wd.capitalize()}, but {d.isoformat()} "
        f"is a {WEEKDAYS[d.weekday()].capitalize()}; the written date is kept"
    )


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def resolve_date(
    expression: str, anchor: date | datetime | None, tense: Tense | None = None
) -> ResolvedDate | None:
    """Resolve one temporal expression against ``anchor`` (the publication date).

    ``tense`` is the tense of the clause the expression sits in (``None`` when
    unknown: a bare weekday then counts as past, the news default). Returns None
    for what is not a date or cannot be resolved (no anchor for a relative date).
    Examples (anchor Sunday 2025-05-11): "Thursday" + future → 2025-05-15;
    "Saturday" → 2025-05-10; "early 2014" → 2014 (year); "May 8-10" →
    2025-05-08..2025-05-10; "Thursday, May 16" → 2025-05-16 with a note.
    """
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    expr = " ".join(expression.split())
    bare = re.sub(r"^(?:on|in|since|during|from|until|by|at)\s+", "", expr, flags=re.I)
    for variant in dict.fromkeys((expr, bare)):
        for kind, pat in _PATTERNS:
            m = pat.fullmatch(variant)
            if m is not None:
                return _resolve_match(kind, m, variant, anchor, tense)
    return None


def _resolve_match(
    kind: str, m: re.Match[str], expr: str, anchor: date | None, tense: Tense | None
) -> ResolvedDate | None:
    g = m.groupdict()
    if kind == "iso":
        d = _valid(int(g["y"]), int(g["m"]), int(g["d"]))
        return ResolvedDate(d, "day") if d else None
    if kind in {"mdy", "dmy"}:
        mon, day = _month(g["mon"]), _int_day(g["d"])
        if g.get("y"):
            d = _valid(int(g["y"]), mon, day)
        elif anchor is not None:
            d = _yearless(mon, day, anchor, tense)
        else:
            return None
        if d is None:
            return None
        end = None
        if g.get("d2"):
            end = _valid(d.year, mon, _int_day(g["d2"]))
            if end is None or end <= d:
                end = None
        return ResolvedDate(d, "day", end, _check_weekday(g.get("wd"), d, expr))
    if kind == "my":
        d = date(int(g["y"]), _month(g["mon"]), 1)
        return ResolvedDate(d, "month", sort_key=_qualified(d, g.get("q"), "month"))
    if kind == "qyear":
        d = date(int(g["y"]), 1, 1)
        return ResolvedDate(d, "year", sort_key=_qualified(d, g["q"], "year"))
    if kind == "year":
        y = int(g["y"])
        if y < MIN_YEAR or (anchor is not None and y > anchor.year + MAX_YEARS_AHEAD):
            return None
        return ResolvedDate(date(y, 1, 1), "year")
    if anchor is None:
        return None
    if kind == "month":
        mon = _month(g["mon"])
        pre = g["pre"].lower()
        y = anchor.year
        if pre == "last" or (pre != "next" and tense == "past" and mon > anchor.month):
            y -= 1 if mon >= anchor.month or pre == "last" else 0
        elif pre == "next" or (tense == "future" and mon < anchor.month):
            y += 1 if mon <= anchor.month or pre == "next" else 0
        return ResolvedDate(date(y, mon, 1), "month")
    if kind == "weekday":
        wd = WEEKDAYS.index(g["wd"].lower())
        pre = " ".join((g.get("pre") or "").lower().split())
        if pre == "next":
            mode = "after"
        elif pre == "last":
            mode = "before"
        elif pre in {"this coming", "coming", "later on", "later"}:
            mode = "on_or_after"
        elif pre in {"earlier on", "earlier"}:
            mode = "on_or_before"
        else:
            mode = "on_or_after" if tense == "future" else "on_or_before"
        return ResolvedDate(_weekday(wd, anchor, mode), "day")
    if kind == "deictic":
        w = g["w"].lower()
        off = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
        return ResolvedDate(anchor + timedelta(days=off), "day")
    if kind == "period":
        pre, unit = " ".join(g["pre"].lower().split()), g["u"].lower()
        step = -1 if pre in {"last", "late last"} else 1 if pre in {"next", "early next"} else 0
        if unit == "week":
            monday = anchor - timedelta(days=anchor.weekday())
            if pre == "later this":
                start = anchor + timedelta(days=1)
                if anchor.weekday() == 6:  # said on a Sunday, "later this week" is the coming week
                    return ResolvedDate(start, "day", start + timedelta(days=6))
                return ResolvedDate(start, "day", monday + timedelta(days=6))
            if pre == "earlier this":
                return ResolvedDate(monday, "day", max(monday, anchor - timedelta(days=1)))
            start = monday + timedelta(days=7 * step)
            return ResolvedDate(start, "day", start + timedelta(days=6))
        if unit == "month":
            return ResolvedDate(_add_months(date(anchor.year, anchor.month, 1), step), "month")
        return ResolvedDate(date(anchor.year + step, 1, 1), "year")
    if kind == "ago":
        n, unit = _number(g["n"]), g["u"].lower()
        if unit == "day":
            return ResolvedDate(anchor - timedelta(days=n), "day")
        if unit == "week":
            d = anchor - timedelta(days=7 * n)
            return ResolvedDate(d, "day", note=f"approximate: {expr!r} counted as {7 * n} days")
        if unit == "month":
            return ResolvedDate(_add_months(date(anchor.year, anchor.month, 1), -n), "month")
        return ResolvedDate(date(anchor.year - n, 1, 1), "year")
    return None  # "offset" needs a referenced happening: see the timeline stage


def _qualified(d: date, q: str | None, precision: str) -> date:
    if not q:
        return d
    q = " ".join(q.lower().split())
    if precision == "month":
        last = calendar.monthrange(d.year, d.month)[1]
        day = {"early": 1, "mid": 15, "late": last, "the end of": last, "the middle of": 15}.get(
            q, 1
        )
        return date(d.year, d.month, day)
    month = {
        "early": 1, "the start of": 1, "the beginning of": 1, "the spring of": 4, "mid": 7,
        "the middle of": 7, "the summer of": 7, "the autumn of": 10, "the fall of": 10,
        "late": 12, "the end of": 12, "the winter of": 12,
    }.get(q, 1)  # fmt: skip
    return date(d.year, month, 1)


# --------------------------------------------------------------------------- finding dates


@dataclass(frozen=True, slots=True)
class DateMention:
    """One temporal expression found in an article, resolved (``resolved`` None if not resolvable)."""

    article: str
    start: int
    end: int
    expression: str
    kind: str
    tense: Tense | None
    resolved: ResolvedDate | None
    clause: Span | None = None  # cited: a clause that reads on its own
    sentence: Span | None = None
    focus: Span | None = None  # the date's own verb phrase (tells happenings apart)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _candidates(text: str) -> list[tuple[str, int, int, re.Match[str]]]:
    found: list[tuple[str, int, int, re.Match[str]]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            found.append((kind, m.start(), m.end(), m))
    # longest first; "May 8-10" beats "May 8"; explicit beats bare
    found.sort(key=lambda t: (-(t[2] - t[1]), t[1]))
    kept: list[tuple[str, int, int, re.Match[str]]] = []
    for c in found:
        if not any(_overlaps((c[1], c[2]), (k[1], k[2])) for k in kept):
            kept.append(c)
    kept.sort(key=lambda t: t[1])
    return kept


_FUTURE_AUX = {
    "will",
    "'ll",
    "shall",
    "wo",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
}
_PAST_AUX = {"did", "had", "has", "have", "was", "were", "'d"}


# Verbs whose non-finite complement or event noun points forward: "proposed holding talks on Thursday".
_FORWARD_LEMMAS = frozenset(
    {"propose", "offer", "plan", "agree", "call", "schedule", "invite", "urge", "expect", "want",
     "hope", "aim", "intend", "seek", "announce", "set", "suggest", "demand", "push", "pledge"}
)  # fmt: skip
# Nouns naming a happening that can be scheduled.
_EVENT_NOUNS = frozenset(
    {"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "ceasefire", "truce",
     "vote", "election", "visit", "trip", "hearing", "conference", "referendum", "deadline"}
)  # fmt: skip


def clause_tense(doc, start: int, end: int, *, direct: bool = False) -> Tense | None:
    """The tense of the clause that governs the words at ``start:end`` of ``doc`` (None: unsure).

    Climbs from the date to the first finite verb; a non-finite verb or an event
    noun on the way under a forward-looking verb ("proposed holding talks on
    Thursday") makes it future. ``direct=True`` answers only when the date's own
    verb is finite (what a yearless date needs to cross a year boundary).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    forward_path = False
    first_verb = True
    for _ in range(7):
        if tok not in span and tok.pos_ in {"NOUN", "PROPN"}:
            if direct and first_verb:
                return (
                    None  # "a May 10 deadline": the date belongs to a thing, not to the verb's time
                )
            if tok.lemma_.lower() in _EVENT_NOUNS:
                forward_path = True
        if tok.pos_ in {"VERB", "AUX"} and tok not in span:
            auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
            lows = {a.lower_ for a in auxes}
            if lows & _FUTURE_AUX or "going" in lows:
                return "future"
            if "to" in lows:  # an infinitive: "to start Monday", "to be held on May 15"
                return "future"
            finite = tok.tag_ in {"VBD", "VBZ", "VBP"} or bool(lows)
            if finite:
                if tok.lemma_.lower() in _FORWARD_LEMMAS and (forward_path or direct):
                    # "proposed holding talks on May 15": the date is the proposal's, not the past's
                    return "future" if forward_path else None
                if tok.tag_ == "VB" and lows & {"did", "do", "does"}:
                    return "past"
                if tok.tag_ in {"VBD", "VBN"} or lows & _PAST_AUX:
                    return "past"
                if tok.tag_ in {"VBZ", "VBP"}:
                    return (
                        "future"
                        if tok.lemma_ in {"begin", "start", "meet", "open", "take"}
                        else None
                    )
                return None
            if tok.tag_ == "VBN" and tok.dep_ not in {"acl", "amod"}:
                return "past"
            if direct and first_verb:
                return None
            first_verb = False
            forward_path = True  # a participle or infinitive: its governing verb decides
        if tok.head is tok:
            break
        tok = tok.head
    return None


def _first_chars(doc, span: Span) -> str:
    # (Doc.text rebuilds the whole text on every call: go through the tokens instead)
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp.text[:2] if sp is not None else ""


_CLAUSAL = {"advcl", "ccomp", "relcl", "conj", "parataxis", "acl"}


def _trimmed(doc, toks: list, start: int, end: int, sent: Span, anchor_tok) -> Span:
    lo, hi = toks[0].i, toks[-1].i
    while (
        lo < hi
        and doc[lo].idx < start
        and (
            doc[lo].dep_ in {"mark", "cc", "punct"}
            or (doc[lo].dep_ in {"advmod", "npadvmod"} and doc[lo].head is anchor_tok)
        )
    ):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    cs = max(min(doc[lo].idx, start), sent.start)
    ce = min(max(doc[hi].idx + len(doc[hi].text), end), sent.end)
    return Span(sent.article, cs, ce)


# A dated noun phrase longer than this is cut after its head noun (a long relative clause
# would carry other happenings).
MAX_NOUN_PHRASE_CHARS = 160


def _dated_noun_phrase(doc, span, sent: Span) -> Span | None:
    """The noun phrase a date modifies ("the 2022 draft deal"), or None."""
    root = span.root
    head = root.head
    if (
        root.dep_ not in {"nummod", "nmod", "compound", "amod"}
        or head in span
        or head.pos_ not in {"NOUN", "PROPN"}
        or head.i < root.i  # "talks on May 15" attach the other way
    ):
        return None
    lo, hi = head.left_edge.i, head.right_edge.i
    if doc[hi].idx + len(doc[hi].text) - doc[lo].idx > MAX_NOUN_PHRASE_CHARS:
        hi = head.i
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    cs, ce = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    if not (sent.start <= cs and ce <= sent.end):
        return None
    words = [t for t in doc[lo : hi + 1] if t not in span and len(t.text) >= 3 and t.is_alpha]
    if len(words) < MIN_CLAUSE_WORDS:
        return None  # "the May 8-10 truce" says too little alone: its clause is shown instead
    return Span(sent.article, cs, ce)


def _clauses(
    doc, start: int, end: int, sent: Span, others: list[tuple[int, int]]
) -> tuple[Span, Span]:
    """(focus, display) clauses of the date at ``start:end``.

    The focus is the smallest verb phrase holding the date, without clausal parts
    that carry another date (used to tell happenings apart); the display clause
    climbs to a verb with a subject so that it reads on its own (cited).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return sent, sent
    named = _dated_noun_phrase(doc, span, sent)
    if named is not None:
        # "the 1962 Cuban Missile Crisis", "the May 8-10 ceasefire": the date names a thing, and
        # the clause around it ("...triggering the gravest confrontation since ...") is not what
        # happened then
        return named, named
    tok, first, display = span.root, None, None
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"} and tok not in span:
            first = first or tok
            if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
                display = tok
                break
        if tok.head is tok:
            break
        tok = tok.head
    if first is None:
        return sent, sent
    display = display or first

    def phrase(verb) -> Span:
        drop: set[int] = set()
        for c in verb.children:
            if c.dep_ in _CLAUSAL and not (
                c.left_edge.idx <= start < c.right_edge.idx + len(c.right_edge.text)
            ):
                cs, ce = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
                if any(cs <= a < ce for a, _ in others):
                    drop.update(t.i for t in c.subtree)
        toks = [t for t in verb.subtree if t.i not in drop]
        # keep a contiguous run around the date
        run = [t for t in toks if t.i >= min(x.i for x in toks)]
        contiguous: list = []
        for t in run:
            if contiguous and t.i != contiguous[-1].i + 1:
                if contiguous[-1].idx + len(contiguous[-1].text) >= start:
                    break
                contiguous = []
            contiguous.append(t)
        return _trimmed(doc, contiguous or toks, start, end, sent, verb)

    focus = phrase(display)
    subj = next((c for c in display.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    lead = _first_chars(doc, focus).lstrip("\"'“‘")
    if (
        subj is not None
        and not lead[:1].isupper()
        and subj.left_edge.idx > focus.start
        and subj.left_edge.text[:1].isupper()
    ):
        # "hours after Kyiv and European leaders called ..." reads from its subject
        focus = Span(focus.article, subj.left_edge.idx, focus.end)
    head = _first_chars(doc, focus).lstrip("\"'“‘")
    if not head[:1].isupper() or focus.end - focus.start < 40:
        return (
            focus,
            sent,
        )  # a fragment ("that broke off...") does not read on its own: cite the sentence
    return focus, focus


def _is_year_context(doc, start: int, end: int) -> bool:
    """A bare four-digit number is a year only where news uses years ("in 2022", "the 2022 talks")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if tok.ent_type_ == "DATE":
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and prev.lower_ in {
        "in",
        "since",
        "of",
        "by",
        "until",
        "before",
        "after",
        "from",
        "during",
        "till",
        "through",
    }:
        return not (nxt is not None and nxt.tag_ == "NNS")
    return bool(
        prev is not None
        and prev.lower_ in {"the", "'s", "’s"}
        and nxt is not None
        and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "PUNCT"}
        and nxt.tag_ != "NNS"
    )


def _detected(analysis) -> list[tuple[DateMention, re.Match[str], Tense | None]]:
    """Every temporal expression of one parsed article with its clause and focus, not yet
    resolved (``resolved`` None), with the tense its resolution reads. None of this depends
    on the anchor date, so it is computed once per parsed Doc: by the parse's prefetch of the
    timeline's phrases, then reused by :func:`find_dates`."""
    from newsweave.nlp import doc_cache

    memo = doc_cache(analysis.doc)
    found = memo.get("date_mentions")
    if found is not None:
        return found  # type: ignore[return-value]
    art: Article = analysis.article
    doc = analysis.doc
    text = art.text
    sents = analysis.sentences
    out: list[tuple[DateMention, re.Match[str], Tense | None]] = []
    cands = _candidates(text)
    spans = [(c[1], c[2]) for c in cands]
    for kind, s, e, m in cands:
        expr = text[s:e]
        if kind == "year" and not _is_year_context(doc, s, e):
            continue
        if kind == "weekday":
            if not m.group("wd")[0].isupper():
                continue
            wd = doc.char_span(m.start("wd"), m.end("wd"), alignment_mode="expand")
            if wd is not None and wd.root.ent_type_ in _NAME_TYPES:
                continue  # "The Sunday Times"
            prev = doc[wd.start - 1] if wd is not None and wd.start > 0 else None
            if (
                prev is not None
                and prev.text[:1].isupper()
                and not prev.is_sent_start
                and prev.lower_
                not in {"on", "early", "late", "last", "next", "this", "since", "until", "by"}
            ):
                continue  # "Super Tuesday", "Good Friday", "Bloody Sunday"
        if kind in {"mdy", "dmy", "my", "month"} and not re.search(r"[A-Z]", m.group("mon")[:1]):
            continue
        sent = next((x for x in sents if x.start <= s < x.end), None)
        if sent is None:
            continue
        tense = clause_tense(doc, s, e)
        yearless = kind in {"mdy", "dmy"} and not m.groupdict().get("y")
        # a yearless date crosses a year boundary only on its own finite verb's word
        t = clause_tense(doc, s, e, direct=True) if yearless else tense
        others = [x for x in spans if x != (s, e) and sent.start <= x[0] < sent.end]
        focus, clause = _clauses(doc, s, e, sent.span, others)
        dm = DateMention(art.id, s, e, expr, kind, tense, None, clause, sent.span, focus)
        out.append((dm, m, t))
    memo["date_mentions"] = out
    return out


def find_dates(analysis, anchor: date | None) -> list[DateMention]:
    """Every resolvable temporal expression of one parsed article, with its clause and tense."""
    out: list[DateMention] = []
    for dm, m, t in _detected(analysis):
        if dm.kind == "offset":  # resolved later, against the happening it names
            out.append(dm)
            continue
        resolved = _resolve_match(dm.kind, m, dm.expression, anchor, t)
        if resolved is not None:
            out.append(replace(dm, resolved=resolved))
    return out


def _happening(text: str, dm: DateMention) -> bool:
    """Whether the date's clause says something besides the date (not a dateline or caption stub)."""
    assert dm.clause is not None
    rest = text[dm.clause.start : dm.clause.end].replace(dm.expression, " ")
    return len(re.findall(r"[A-Za-z]{3,}", rest)) >= MIN_CLAUSE_WORDS


def prefetch_texts(analysis) -> list[str]:
    """The phrases :func:`build_timeline` may embed for one article (each dated clause's
    focus), so that the parse can hand them to the embedder's background thread. A superset:
    which of them get compared is known only once every article's dates are resolved."""
    text = analysis.article.text
    return [_focus(text, dm) for dm, _, _ in _detected(analysis) if _happening(text, dm)]


# --------------------------------------------------------------------------- anchors


def _latest_written_date(analyses) -> date | None:
    best: date | None = None
    for an in analyses:
        for kind, _s, _e, m in _candidates(an.article.text):
            if kind in {"mdy", "dmy", "iso"} and m.groupdict().get("y"):
                r = _resolve_match(kind, m, m.group(0), None, None)
                if r and r.date.year <= datetime.now().year and (best is None or r.date > best):
                    best = r.date
    return best


def event_anchors(analyses) -> dict[str, tuple[date | None, str | None]]:
    """Each article's anchor date and, when it was inferred, how."""
    pubs = [an.article.published.date() for an in analyses if an.article.published]
    counts = Counter(pubs)
    # the most common publication date; ties go to the latest (reports trail the happening)
    common = max(counts, key=lambda d: (counts[d], d)) if pubs else None
    written = None if common else _latest_written_date(analyses)
    out: dict[str, tuple[date | None, str | None]] = {}
    for an in analyses:
        if an.article.published:
            out[an.article.id] = (an.article.published.date(), None)
        elif common:
            out[an.article.id] = (
                common,
                f"{an.article.id} has no publication date; anchored on the event's other articles ({common.isoformat()})",
            )
        elif written:
            out[an.article.id] = (
                written,
                f"{an.article.id} has no publication date; anchored on the latest date written in the event ({written.isoformat()})",
            )
        else:
            out[an.article.id] = (None, None)
    return out


# --------------------------------------------------------------------------- grouping


@dataclass
class _Item:
    mention: DateMention
    date: ResolvedDate
    text: str  # the cited clause
    note: str | None
    order: int
    focus: str = ""  # the date's own phrase, date words masked, for similarity


# A weekday inside one of these names is part of the name, not a date.
_NAME_TYPES = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "EVENT", "PRODUCT", "LAW"})
_QUOTED = re.compile(r"[\"“”]|(?:^|\s)['‘]\w|[,.!?]['’](?:\s|$)")


def _focus(text: str, dm: DateMention) -> str:
    f = dm.focus or dm.clause
    assert f is not None
    return (text[f.start : dm.start] + " " + text[dm.end : f.end]).strip()


def _offset_targets(items: list[_Item], mention: DateMention, ref: str) -> ResolvedDate | None:
    """Resolve "three days before launching his invasion" against a dated happening named by ``ref``."""
    words = [w for w in re.findall(r"[a-z]+", ref.lower()) if len(w) > 4]
    if not words:
        return None
    head = words[-1]
    cands = [
        it
        for it in items
        if it.date.precision == "day" and not it.date.end and head in it.text.lower()
    ]
    if not cands:
        return None
    counts = Counter(it.date.date for it in cands)
    target = max(counts, key=lambda d: (counts[d], d))
    return ResolvedDate(target, "day")


_RANK = {"day": 0, "month": 1, "year": 2}


def _within(fine: ResolvedDate, coarse: ResolvedDate) -> bool:
    if coarse.end is not None:
        return coarse.date <= fine.date <= coarse.end
    if coarse.precision == "year":
        return fine.date.year == coarse.date.year
    return (fine.date.year, fine.date.month) == (coarse.date.year, coarse.date.month)


def _finer(hd: ResolvedDate, gd: ResolvedDate) -> bool:
    return _RANK[hd.precision] < _RANK[gd.precision] or bool(gd.end and not hd.end)


def _compared(items: list[_Item]) -> list[bool]:
    """Which items :func:`_group` ever compares: those sharing a date key with another item,
    and those a coarser or finer item may merge with. Only these need a vector; an item
    alone on its date stays a group of one whatever its vector says."""
    keys = [(it.date.date, it.date.precision, it.date.end) for it in items]
    count = Counter(keys)
    need = [count[k] > 1 for k in keys]
    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if keys[i] != keys[j] and _finer(b.date, a.date) and _within(b.date, a.date):
                need[i] = need[j] = True
    return need


def _group(items: list[_Item], vecs: np.ndarray) -> list[list[int]]:
    """Average-linkage groups of items sharing one date key, then coarse items into finer groups."""
    keys: dict[tuple, list[int]] = {}
    for i, it in enumerate(items):
        keys.setdefault((it.date.date, it.date.precision, it.date.end), []).append(i)
    sims = vecs @ vecs.T if len(items) else np.zeros((0, 0))
    groups: list[list[int]] = []
    for idx in keys.values():
        cl = [[i] for i in idx]
        while len(cl) > 1:
            best, pair = -1.0, None
            for a in range(len(cl)):
                for b in range(a + 1, len(cl)):
                    s = float(np.mean(sims[np.ix_(cl[a], cl[b])]))
                    if s > best:
                        best, pair = s, (a, b)
            if pair is None or best < SAME_HAPPENING_SIM:
                break
            a, b = pair
            cl[a] += cl.pop(b)
        groups.extend(cl)
    # coarse → fine
    rank = _RANK
    within = _within

    groups.sort(key=lambda g: (rank[items[g[0]].date.precision], items[g[0]].date.end is not None))
    merged: list[list[int]] = []
    for g in groups:
        gd = items[g[0]].date
        best, target = -1.0, None
        for h in merged:
            hd = items[h[0]].date
            if _finer(hd, gd) and within(hd, gd):
                s = float(np.mean(sims[np.ix_(g, h)]))
                if s > best:
                    best, target = s, h
        if target is not None and best >= COARSE_MERGE_SIM:  # mean similarity, below
            target.extend(g)
        else:
            merged.append(list(g))
    return merged


def build_timeline(analyses, excluded: list[Span] | tuple[Span, ...] = ()) -> list[TimelineEntry]:
    """The sorted, grouped, cited timeline of one event's parsed articles."""
    from newsweave.nlp import get_embedder

    anchors = event_anchors(analyses)
    skip = [(s.article, s.start, s.end) for s in excluded]
    items: list[_Item] = []
    offsets: list[DateMention] = []
    order = {an.article.id: i for i, an in enumerate(analyses)}
    for an in analyses:
        anchor, anchor_note = anchors[an.article.id]
        text = an.article.text
        for dm in find_dates(an, anchor):
            if any(a == dm.article and s <= dm.start < e for a, s, e in skip):
                continue
            if not _happening(text, dm):
                continue  # a dateline or caption stub, not a happening
            assert dm.clause is not None
            clause_text = text[dm.clause.start : dm.clause.end]
            if dm.kind == "offset":
                offsets.append(dm)
                continue
            assert dm.resolved is not None
            relative = dm.kind in {"weekday", "deictic", "period", "ago", "month"} or (
                dm.kind in {"mdy", "dmy"} and not re.search(r"\d{4}", dm.expression)
            )
            notes = [n for n in (dm.resolved.note, anchor_note if relative else None) if n]
            items.append(
                _Item(
                    dm,
                    dm.resolved,
                    clause_text,
                    "; ".join(notes) or None,
                    order[dm.article],
                    _focus(text, dm),
                )
            )
    for dm in offsets:
        m = _PATTERNS[-1][1].fullmatch(dm.expression)
        if m is None:
            continue
        target = _offset_targets(items, dm, m.group("ref"))
        if target is None:
            continue
        n, unit = _number(m.group("n")), m.group("u").lower()
        if unit != "day":
            continue  # weeks/months before a day are too loose to print as a day
        sign = -1 if m.group("dir").lower() == "before" else 1
        d = target.date + timedelta(days=sign * n)
        text = analyses[order[dm.article]].article.text
        assert dm.clause is not None
        note = f"{n} day(s) {m.group('dir').lower()} {target.date.isoformat()} ({m.group('ref').strip()})"
        items.append(
            _Item(
                dm,
                ResolvedDate(d, "day"),
                text[dm.clause.start : dm.clause.end],
                note,
                order[dm.article],
                _focus(text, dm),
            )
        )
    if not items:
        return []
    texts = [it.focus or it.text for it in items]
    need = _compared(items)
    # one sentence often carries several dates: each distinct text is embedded once
    uniq = list(dict.fromkeys(t for t, n in zip(texts, need, strict=True) if n))
    vecs = np.zeros((len(items), 1), dtype=np.float32)  # no item is compared: vectors unread
    if uniq:
        uvecs = get_embedder().encode(uniq)
        row = {t: k for k, t in enumerate(uniq)}
        vecs = np.zeros((len(items), uvecs.shape[1]), dtype=np.float32)
        hit = [i for i, n in enumerate(need) if n]
        vecs[hit] = uvecs[[row[texts[i]] for i in hit]]
    entries: list[tuple[tuple, TimelineEntry]] = []
    for g in _group(items, vecs):
        members = [items[i] for i in g]
        finest = min(
            members, key=lambda it: ({"day": 0, "month": 1, "year": 2}[it.date.precision], it.order)
        )
        same = [i for i in g if items[i].date.precision == finest.date.precision]
        sub = vecs[same]
        centre = sub.mean(axis=0)
        # the most central clause; shorter and outside quotation marks reads best
        scores = (
            sub @ centre
            - 0.0005 * np.array([len(items[i].text) for i in same])
            - 0.2 * np.array([bool(_QUOTED.search(items[i].text)) for i in same])
        )
        rep = items[same[int(np.argmax(scores))]]
        cites: dict[tuple[str, int, int], None] = {}
        exprs: dict[tuple[str, int, int], None] = {}
        for it in sorted(members, key=lambda it: (it.order, it.mention.start)):
            c = it.mention.clause
            assert c is not None
            cites[(c.article, c.start, c.end)] = None
            exprs[(it.mention.article, it.mention.start, it.mention.end)] = None
        notes = list(dict.fromkeys(it.note for it in members if it.note))
        sources = tuple(dict.fromkeys(a for a, _, _ in cites))
        d = finest.date
        entry = TimelineEntry(
            date=d.iso,
            precision=d.precision,
            text=rep.text,
            citations=tuple(Span(a, s, e) for a, s, e in cites),
            expression=rep.mention.expression,
            sources=sources,
            end=d.end.isoformat() if d.end else None,
            note="; ".join(notes) or None,
            expressions=tuple(Span(a, s, e) for a, s, e in exprs),
        )
        entries.append(
            (
                (
                    d.sort_key or d.date,
                    {"day": 0, "month": 1, "year": 2}[d.precision],
                    -len(sources),
                ),
                entry,
            )
        )
    entries.sort(key=lambda t: t[0])
    return [e for _, e in entries]


@stage("timeline", needs=("analyses", "excluded"), provides=("timeline",))
def timeline_stage(ws: Workspace) -> None:
    """Every dated happening, resolved to ISO against each article's publication date, grouped and cited."""
    assert ws.analyses is not None
    ws.timeline = build_timeline(ws.analyses, ws.excluded or ())


__all__ = [
    "DateMention",
    "ResolvedDate",
    "build_timeline",
    "clause_tense",
    "find_dates",
    "prefetch_texts",
    "resolve_date",
]
