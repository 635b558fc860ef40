"""The event's timeline: every dated happening, its date resolved to ISO and cited.

Dates are found and given their clause, tense and anchor by :mod:`newsweave.synthesis.dated`
and resolved by the rules of :mod:`newsweave.text.dates` (weekdays by the news convention,
yearless dates by the nearest year the tense allows, precision ``day``/``month``/``year``,
ranges with an ``end``). Entries resolved against an inferred anchor say so in ``note``.
An offset ("three days before launching his invasion") is resolved here, against the
dated happening it names.

A year that only measures a figure ("up from 17% in 2009") or names a work ("Apocalypse Now
(1979)") is no happening, and a clause is shown under its main happening's date, not under
every date it holds (see ``_one_per_clause``). What an entry shows of its clause (a planned
happening rather than the call for it, what was said rather than the frame alone, a quotation
with both its marks) is decided by :mod:`newsweave.synthesis.shown`. A paragraph that is one
quotation no one is said to speak (:mod:`newsweave.synthesis.lone_quotes`: a post set apart) is
someone's words, and a newsletter item's label glued before its sentence is no word of an entry
(:mod:`newsweave.synthesis.entry_labels`).

Grouping (:mod:`newsweave.synthesis.date_groups`): mentions of one happening on one date
across articles become one :class:`~newsweave.models.TimelineEntry` (clause embeddings,
average linkage); a month- or year-level mention joins a finer entry inside its period when it
clearly says the same thing ("in February 2022" → the invasion on 2022-02-24).
Groups that tell one happening in other words (a relative clause beside a main clause, a
month beside its day, one act of one doer in other verbs) are then joined by
:mod:`newsweave.synthesis.retold`, and a date in a
bracketed side remark is shown by that remark (:mod:`newsweave.synthesis.remark`).
Each entry's ``text`` is the most representative clause, every citation is the
clause span it came from, and ``expressions`` cites the exact date words. An entry whose
subject is a "he" or "she", opening it or after an opening phrase ("In 2011, he was
charged ..."), shows the name it stands for in brackets, "[Lowe] climbed Mount Everest twice",
by the rule the unique details name theirs by
(:func:`~newsweave.synthesis.standalone.named_wording`): the bracketed name is the only word
added, and the citation stays the clause as the article has it. An "it" or a "they" so placed
is named only where the sentence before leaves no doubt who it is
(:mod:`newsweave.synthesis.group_subject`); a date's words in the opening phrase ("In June
2024, he said ...") name no one who might be the "he" (:mod:`newsweave.synthesis.entry_subject`).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from newsweave.models import Span, StageWarning, TimelineEntry
from newsweave.nlp import Embedder, get_embedder
from newsweave.synthesis.date_groups import RANK, compared, fineness, group
from newsweave.synthesis.dated import DateMention, anchors, find_dates
from newsweave.synthesis.dated_act import DatedAct, DatedThing, dated_act, dated_thing, told_with
from newsweave.synthesis.entry_labels import label_end
from newsweave.synthesis.entry_subject import named_subject
from newsweave.synthesis.lone_quotes import in_a_lone_quotation
from newsweave.synthesis.no_happening import (
    POSSESSIVE_TAG,
    dates_a_bound,
    dates_a_claimed_plan,
    dates_a_measure,
    dates_a_picture,
    dates_a_possessive,
    dates_a_saying,
    dates_a_side_of_now,
    dates_a_state_since,
    dates_a_supposition,
    dates_a_thing,
    dates_a_topic,
    dates_an_origin,
)
from newsweave.synthesis.pipeline import Deadline, Workspace, per_article, stage
from newsweave.synthesis.remark import remark_shown
from newsweave.synthesis.retold import Telling, Wording, retellings, wording
from newsweave.synthesis.shown import (
    EXCERPT_CHARS,
    dates_a_bound_of_now,
    described_mention,
    focus_text,
    is_happening,
    shown_mention,
    timed_mention,
)
from newsweave.synthesis.story_time import dates_a_setting
from newsweave.synthesis.the_time import dates_a_described_year, dates_the_time
from newsweave.synthesis.told_acts import told_acts
from newsweave.text.clause import bracket_closed_end
from newsweave.text.dates import OFFSET_PATTERN, ResolvedDate, parse_count
from newsweave.text.headline import is_caption
from newsweave.text.lexicons import in_ranges, quoted_ranges
from newsweave.text.statement_patterns import FIRST_PERSON, SECOND_PERSON

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


@dataclass
class _Item:
    """One dated mention on its way into the timeline: its resolved date, cited clause and
    notes, and ``order`` (its article's position in the event, for ties)."""

    mention: DateMention
    date: ResolvedDate
    text: str  # the cited clause
    note: str | None
    order: int
    focus: str = ""  # the date's own phrase, date words masked, for similarity
    quoted: bool = False  # the cited clause is someone's words (_someones_words, lone_quotes)
    wording: Wording = field(default_factory=Wording)  # what its clause is about (retellings)
    acts: tuple[DatedAct, ...] = ()  # the acts its date dates (retellings: dated_act, told_with)
    thing: DatedThing | None = None  # the noun its date is a word of (retellings)
    told: tuple[DatedAct, ...] = ()  # the acts told inside its dated claim or incident (told_acts)


_QUOTED = re.compile(r"[\"“”]|(?:^|\s)['‘]\w|[,.!?]['’](?:\s|$)")


def _offset_targets(items: list[_Item], ref: str) -> ResolvedDate | None:
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


# The page around the story, scraped into its text, dated by when the page was made, not by
# what happened (matched on the date's sentence, case-insensitive): a print edition's line
# ("A version of this article appeared August 24, 2012, on page A11 ..."), an embedded
# post's ("A post shared by Nasir Jones (@nas) on Jun 20, 2017 at 10:33am PDT"), an
# editor's note ("Correction 31 July 2017: This article has been amended ..."), a document's
# header ("Full transcript of President Obama's remarks ..., Friday, July 19, 2013, ...:"), a
# copyright line, a reference in brackets ("(Labor union official 302, February 3, 2009 p.
# 3)."). A poll's method ("METHODOLOGY - This ... poll was conducted Nov. 14-17, 2013") stays:
# the poll is often the news, and its days the event's.
PAGE_FURNITURE: tuple[str, ...] = (
    r"\bA version of this (?:article|story|report|review)\b",
    r"\bA (?:post|photo|video) shared by\b",
    r"\bThis (?:article|story|report|post|piece) (?:was|has been) (?:amended|corrected|updated)\b",
    r"^\W*(?:Correction|Clarification|Editor['’]s note)\b[^:]{0,40}:",
    r"^\W*(?:Full|Complete|Read the(?: full)?) (?:transcript|text) of\b",
    r"\bCopyright\s*(?:\(c\)|©)|©\s*(?:19|20)\d\d",
    r"^\(.*\bpp?\.\s?\d+\)?[.)]*$",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in PAGE_FURNITURE), re.I)

# Dates that count from the day words were said ("today", "tonight", "yesterday", "two days
# ago"): inside a quotation they are the speaker's, and the day of the quotation is not the
# article's ("“The United States is today moving . . .,” Obama said", a song's "You don't got
# to die today", a mother's "I know she's here tonight" at an awards show, each put on the
# publication day). A weekday or a week names the same day or week whoever says it within it
# ("“We propose to start without delay on Thursday,” Putin said"): it stays.
SPEAKER_RELATIVE_KINDS = frozenset({"deictic", "ago"})


# A clause that opens inside a quotation, is more than this share quotation (by letters) and
# speaks there in the first or second person is someone's words, not the reporter's account
# of what happened: a lyric ("New York got a n**** depressed / so I wear a slug-proof ...,"
# Prodigy rapped on 1995's ...), a quip dated by when it was said ("At first it was kind of
# nice, but I'm going a little stir-crazy," Knutson said Thursday night), a letter ("“I am
# deeply troubled ... in the 2018 elections,” Bondi wrote"). It is no entry on its own, but
# still cites the happening a reporter's clause tells ("“We propose to start ... without delay
# on Thursday, May 15 in Istanbul,” Putin said"). A quotation that reports in the third person
# tells the news in the speaker's words ("“The leaders of both parties ... have reached an
# agreement ...,” President Barack Obama said ... Sunday night"); a clause that opens on the
# reporter's words is theirs ("Three months later, by July 1955, “the base was ready ...”").
QUOTED_SHARE = 0.5


def _spoken_quotes(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations (``ranges``) no longer than an excerpt's (:data:`EXCERPT_CHARS`, whose
    dates are its own story's): someone's words."""
    return [(a, b) for a, b in ranges if b - a <= EXCERPT_CHARS]


def _someones_words(text: str, clause: Span, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``clause`` (in the article's ``text``) opens inside one of ``quotes``, more than
    :data:`QUOTED_SHARE` of its letters lie inside them, and a first or second person does."""
    letters = [i for i in range(clause.start, clause.end) if text[i].isalpha()]
    if not letters or not in_ranges(letters[0], quotes):
        return False
    inside = sum(1 for i in letters if in_ranges(i, quotes))
    words = text[clause.start : clause.end]
    persons = (m.start() for p in (FIRST_PERSON, SECOND_PERSON) for m in p.finditer(words))
    return inside > QUOTED_SHARE * len(letters) and any(
        in_ranges(clause.start + i, quotes) for i in persons
    )


# Parts of speech a clause cannot end on: a clause cut there, where the words naming another
# date began, lost its object or its verb ("The Kemp-Kasten amendment, enacted in 1985, led
# to", "In March this year, when Hillary Clinton visited India ..., she"). A verb's particle or
# adverb ends a clause well ("personnel began moving in").
OPEN_ENDED_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX"})


def _cut_short(doc, clause: Span) -> bool:
    """Whether the cited ``clause`` ends on a word that needs more after it: one of
    :data:`OPEN_ENDED_POS` that is no verb's particle nor adverb, an infinitive's "to", a
    possessive ending, which needs the noun it owns (:data:`POSSESSIVE_TAG`: "would combine both
    this year's", cut where "and next year's financial numbers" began, multinews 144) or a
    pronoun that is a subject. Such a fragment is no entry."""
    span = doc.char_span(clause.start, clause.end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words:
        return False
    last = words[-1]
    return (
        (last.pos_ in OPEN_ENDED_POS and last.dep_ not in {"prt", "advmod"})
        or (last.pos_ == "PART" and last.lower_ == "to")
        or last.tag_ == POSSESSIVE_TAG
        or (last.pos_ == "PRON" and last.dep_ in {"nsubj", "nsubjpass"})
    )


# Mentions whose day depends on the week the article was written in ("Monday", "yesterday",
# "last week", "three days ago", "two days later"): an article without a publication date
# does not resolve them. A yearless "May 15" keeps the year of the event's other articles (a
# year is rarely wrong), never one taken from a date the texts write (see _dated_items).
WEEK_RELATIVE_KINDS = frozenset({"weekday", "deictic", "period", "ago", "offset"})


def _yearless(dm: DateMention) -> bool:
    """Whether the mention takes its year from its anchor ("in September", "31 May")."""
    return dm.kind == "month" or (
        dm.kind in {"mdy", "dmy"} and not re.search(r"\d{4}", dm.expression)
    )


def _relative_item(dm: DateMention, text: str, anchor_note: str | None, order: int) -> _Item:
    """The item of a mention resolved by :func:`find_dates`; a yearless or week-relative date
    read against an inferred anchor carries the anchor's note (how that day was found)."""
    assert dm.clause is not None and dm.resolved is not None
    relative = _yearless(dm) or dm.kind in WEEK_RELATIVE_KINDS
    notes = [n for n in (dm.resolved.note, anchor_note if relative else None) if n]
    return _Item(
        dm,
        dm.resolved,
        text[dm.clause.start : dm.clause.end],
        "; ".join(notes) or None,
        order,
        focus_text(text, dm),
    )


# "between May 2010 and May 2011", "from 2011 through 2015": two dates the words around them
# make one range (without "between" or "from", "in 2010 and 2012" are two dates)
RANGE_OPENS = re.compile(r"\b(?:between|from)\s+$", re.I)
RANGE_JOINS = re.compile(r"\s*(?:and|to|through|until|till|[-–—])\s*", re.I)
# how far before a date "between" or "from" is looked for
RANGE_OPENER_CHARS = 12


def _period_end(d: ResolvedDate) -> date:
    """The last day ``d`` covers: its range's end, its month's or its year's last day."""
    if d.end is not None:
        return d.end
    if d.precision == "year":
        return date(d.date.year, 12, 31)
    if d.precision == "month":
        return date(d.date.year, d.date.month, calendar.monthrange(d.date.year, d.date.month)[1])
    return d.date


def _ranges(items: list[_Item], text: str) -> list[_Item]:
    """One article's items, those two of which a range joins ("between May 2010 and May
    2011") made one item dated from the first to the end of the second, cited with both."""
    out: list[_Item] = []
    for it in sorted(items, key=lambda it: it.mention.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.date.end is None
            and prev.mention.end <= it.mention.start
            and RANGE_JOINS.fullmatch(text[prev.mention.end : it.mention.start])
            and RANGE_OPENS.search(
                text[max(0, prev.mention.start - RANGE_OPENER_CHARS) : prev.mention.start]
            )
            and _period_end(it.date) > _period_end(prev.date)
        ):
            mention = replace(
                prev.mention,
                end=it.mention.end,
                expression=text[prev.mention.start : it.mention.end],
            )
            dated = replace(prev.date, end=_period_end(it.date))
            out[-1] = replace(prev, mention=mention, date=dated)
            continue
        out.append(it)
    return out


def _depth(doc, dm: DateMention) -> int:
    """How many heads stand between the date's words and its sentence's root."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return 0
    tok, n = span.root, 0
    while tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


# A date after one of these words bounds a happening, it does not say when it happens ("may
# reach nine billion before 2050—in 2045", "urged ... to balance its budget by 2013"): in a
# clause with another date, the other one is the clause's.
_BOUND = re.compile(r"\b(?:before|by|until|till|through|after)\s*$", re.I)


# A date right after one of these words is only the edge of a happening or a state, not when
# it happens: "whichever underground entrepreneurs had their business before July 1", "as
# dispensaries loaded up on supply prior to July 1", "the security measures ... going until
# March 21, 2014" (multinews 77, 184) stood under that day; a range's end ("from 2010 until
# 2014") is joined to its start first (see _ranges). "by" and "after" stay: "will reach 8
# billion by 2050" tells a plan's date, "the week after the election" its own.
_EDGE = re.compile(r"\b(?:before|until|till|prior to)\s*$", re.I)


def _at_an_edge(it: _Item, text: str) -> bool:
    """Whether ``it`` (not a range) is dated by a date :data:`_EDGE` bounds: no happening of it."""
    s = it.mention.start
    return it.date.end is None and bool(_EDGE.search(text[max(0, s - 12) : s]))


def _main_verb(doc, dm: DateMention):
    """The verb with a subject that governs the date, when it is the sentence's own or
    coordinated with it ("The first was born in June 2013 and the second child was born in
    January 2015"); None when it is a subordinate clause's ("who takes over on Nov. 1")."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    while not (
        tok.pos_ in {"VERB", "AUX"}
        and tok not in span
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    ):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    verb = tok
    while tok.dep_ == "conj":
        tok = tok.head
    return verb if tok.dep_ == "ROOT" else None


# What may close a cited clause without being a word of it: its stop, a closing quotation mark.
_CLOSING = " .!?;:,\"”’'"


def _one_per_clause(items: list[_Item], doc, text: str) -> list[_Item]:
    """One article's items, one per cited clause and main verb: the date nearest the clause's
    main verb (not a bound, "by 2013"; the first of equals). "This week, Draghi, who takes over
    the ECB on Nov. 1, urged the government to balance its budget by 2013" is this week's
    happening, not Nov. 1's nor 2013's. A clause shown under each of its dates reads as the same
    entry two or three times on the timeline: "Fifth Harmony, who lost a group member last year
    and released their first album as a foursome last week, won best pop video" stood under 2016
    and under the week before; "staged runs for the White House in 2008 and 2012" under both
    years (38 of the 967 entries of the 250 multinews timelines, session 29, were such repeats).
    The clause shown once still tells its other dates. Two coordinated main clauses, each with
    its subject and its date, are two happenings ("The first was born in June 2013 and the
    second child was born in January 2015", multinews 59): each is shown by its own words."""
    by_clause: dict[tuple[int, int], list[_Item]] = {}
    for it in items:
        c = it.mention.clause
        assert c is not None
        # a clause cited with its full stop is the same clause as without it (multinews 177 showed
        # "... a group he won by an historic margin in 2008, and strongly again in 2012" under
        # both years, once as the whole sentence and once as the clause without its stop)
        words = text[c.start : c.end].rstrip(_CLOSING)
        by_clause.setdefault((c.start, c.start + len(words)), []).append(it)

    def rank(it: _Item) -> tuple[bool, int, int]:
        bound = bool(_BOUND.search(text[max(0, it.mention.start - 10) : it.mention.start]))
        return (bound, _depth(doc, it.mention), it.mention.start)

    kept: list[tuple[_Item, int | None]] = []  # with the index of its main verb
    for same in by_clause.values():
        by_verb: dict[int, list[_Item]] = {}
        for it in same:
            verb = _main_verb(doc, it.mention)
            if verb is not None:
                by_verb.setdefault(verb.i, []).append(it)
        own = [(min(mine, key=rank), v) for v, mine in by_verb.items()]
        if len({(it.date.date, it.date.precision) for it, _ in own}) < 2:
            # one date for all its happenings ("in 2008 ... and in the same year 2008"): one entry
            best = min(same, key=rank)
            verb = _main_verb(doc, best.mention)
            kept.append((best, verb.i if verb is not None else None))
            continue
        kept.extend(own)
    out: list[_Item] = []
    for it, verb in kept:
        c = it.mention.clause
        assert c is not None
        # a clause that holds another main clause's happening is shown by its own words
        shared = verb is not None and any(
            v is not None
            and v != verb
            and o.date.date != it.date.date
            and c.start <= o.mention.start < c.end
            for o, v in kept
        )
        f = it.mention.focus
        if shared and f is not None:
            it = replace(it, mention=replace(it.mention, clause=f), text=text[f.start : f.end])
        out.append(it)
    return sorted(out, key=lambda it: it.mention.start)


def _described(it: _Item, doc, text: str, ranges: list[tuple[int, int]]) -> _Item:
    """``it`` shown by the noun and the relative clause its date sits in, when it does
    (:func:`~newsweave.synthesis.shown.described_mention`): "Chris Cornell, who hanged himself
    in May", not "Leto also mentioned Chris Cornell, who hanged himself in May." under May."""
    dm = described_mention(doc, text, it.mention, ranges)
    if dm is not None and dm.clause is not None:
        it = replace(it, mention=dm, text=text[dm.clause.start : dm.clause.end])
    return it


def _bracketed(it: _Item, doc, text: str) -> _Item | None:
    """``it`` shown by the bracketed remark its date sits in (:func:`remark_shown`), or None
    when that remark says too little alone."""
    c = it.mention.clause
    assert c is not None
    shown = remark_shown(doc, text, c, it.mention.start, it.mention.end)
    if shown is None:
        return None  # a remark too short to stand alone
    if shown == c:
        return it
    mention = replace(it.mention, clause=shown, focus=shown)
    return replace(
        it, mention=mention, text=text[shown.start : shown.end], focus=focus_text(text, mention)
    )


def _timed(it: _Item, doc, text: str, ranges: list[tuple[int, int]]) -> _Item | None:
    """``it`` shown by the happening its date's time clause names, when it is in one
    (:func:`~newsweave.synthesis.shown.timed_mention`): "being released from prison in 2006",
    not "Poole, who has had no other legal troubles since being released from prison in 2006"
    under 2006; None when that happening says too little to stand alone and the clause it
    hangs on tells now (:func:`~newsweave.synthesis.shown.dates_a_bound_of_now`: "all 12
    people held since the attack late Saturday have been freed" is no entry of Saturday)."""
    dm = timed_mention(doc, text, it.mention, ranges)
    if dm is not None and dm.clause is not None:
        return replace(
            it, mention=dm, text=text[dm.clause.start : dm.clause.end], focus=focus_text(text, dm)
        )
    return None if dates_a_bound_of_now(doc, text, it.mention) else it


def _closed(it: _Item, text: str) -> _Item:
    """``it`` shown with the bracket its clause opens closed, or without the reference mark it
    ends on (:func:`bracket_closed_end`): not ending "... to 2014 (61" or "syndrome.[12"."""
    c = it.mention.clause
    assert c is not None
    end = bracket_closed_end(text, c.start, c.end)
    if end == c.end:
        return it
    clause = Span(c.article, c.start, end)
    return replace(it, mention=replace(it.mention, clause=clause), text=text[c.start : end])


def _unlabelled(it: _Item, text: str) -> _Item:
    """``it`` shown from the first word of its sentence, without the label that opens its
    paragraph (:func:`label_end`: "Priorities USA leans on single donor: A new super PAC ...")."""
    c = it.mention.clause
    assert c is not None
    start = label_end(text, c.start, it.mention.start)
    if start is None:
        return it
    clause = Span(c.article, start, c.end)
    return replace(it, mention=replace(it.mention, clause=clause), text=text[start : c.end])


def _worded(it: _Item, doc) -> _Item:
    """``it`` with its clause's wording (:func:`wording`), outside its date's words, the acts its
    date dates (:func:`dated_act`, then those told with it, :func:`told_with`) and the noun it
    is a word of (:func:`dated_thing`), and the acts told inside a claim or an incident it dates
    (:func:`told_acts`)."""
    c = it.mention.clause
    assert c is not None
    s, e = it.mention.start, it.mention.end
    act = dated_act(doc, s, e)
    return replace(
        it,
        wording=wording(doc, c, s, e),
        acts=(act, *told_with(doc, s, e)) if act is not None else (),
        thing=dated_thing(doc, s, e),
        told=told_acts(doc, s, e),
    )


def _dated_items(
    analyses,
    excluded: list[Span] | tuple[Span, ...],
    order: dict[str, int],
    warnings: list[StageWarning],
) -> tuple[list[_Item], list[DateMention]]:
    """Every happening's resolved date mention outside the ``excluded`` spans, in article
    and text order, and apart the offsets ("three days before ..."), which need those items.
    Each article's dates are found under its time budget (:func:`per_article`): one that
    fails or runs out adds none, and a warning."""
    anchored = anchors(analyses)
    skip: dict[str, list[tuple[int, int]]] = {}
    for sp in excluded:
        skip.setdefault(sp.article, []).append((sp.start, sp.end))

    def article_items(an, deadline: Deadline) -> tuple[list[_Item], list[DateMention]]:
        anchor = anchored[an.article.id]
        text = an.article.text
        cut = skip.get(an.article.id, [])
        mine: list[_Item] = []
        offs: list[DateMention] = []
        ranges = quoted_ranges(text)
        quotes = _spoken_quotes(ranges)
        for dm in find_dates(an, anchor.day, after=anchor.after):
            deadline.check()
            if any(s <= dm.start < e for s, e in cut):
                continue
            if dm.kind in SPEAKER_RELATIVE_KINDS and in_ranges(dm.start, quotes):
                continue  # the speaker's "today", not the article's
            if not is_happening(text, dm):
                continue  # a dateline or caption stub, not a happening
            sent = dm.sentence or dm.clause
            if sent is not None and is_caption(text[sent.start : sent.end]):
                continue  # a photo's date ("In this June 21, 2018, photo, ..."), not the story's
            if sent is not None and _FURNITURE.search(text[sent.start : sent.end]):
                continue  # the page's date, not the story's
            assert dm.clause is not None
            if _cut_short(an.doc, dm.clause):
                continue  # a clause cut off before its end
            if not anchor.year and _yearless(dm):
                continue  # an anchor that gives no year: "31 May" would take a guessed one
            if dates_a_measure(text, dm):
                continue  # "up from 17% in 2009", "Apocalypse Now (1979)": no happening
            if dates_a_thing(an.doc, dm):
                continue  # "his 2010 book", "a 2012 graduate": no happening of that year
            if dates_a_possessive(an.doc, dm):
                continue  # "wiping all of 2018's gains": a thing of that year, no happening
            if dates_an_origin(an.doc, text, dm):
                continue  # "the original King Kong from 1933": where a thing comes from
            if dates_a_picture(an.doc, dm, anchor.day):
                continue  # "McCain speaks at a town hall, Feb. 19, 2013": a photo's date
            if dates_a_saying(an.doc, dm):
                continue  # "he told Billboard in 2017": when a quote was said, no happening
            if dates_a_claimed_plan(an.doc, dm):
                continue  # "tweeted that he was running for Congress in 2018": only a claim
            if dates_a_state_since(an.doc, text, dm):
                continue  # "has lived there since 1989": a state lasting until now
            if dates_a_supposition(an.doc, dm):
                continue  # "if it had been proven in 1996": what would have been
            if dates_a_topic(an.doc, dm):
                continue  # "a question about 2008", "heading into 2012": no happening then
            if dates_a_setting(an.doc, dm.start, dm.end):
                continue  # "The whole movie is set in 1973": a story's time, no happening
            if dates_the_time(an.doc, dm.start, dm.end):
                continue  # "it is 2016": what the time is, no happening
            if dates_a_described_year(an.doc, dm.start, dm.end):
                continue  # "2010 was a successful election year": what the year was
            if dates_a_bound(an.doc, dm):
                continue  # "the 20 trading days preceding March 21, 2014": a stretch's bound
            shown = shown_mention(an.doc, text, dm, ranges)
            if shown is None:
                continue  # a quotation cut off that cannot be shown whole
            dm = shown  # a planned happening, not the call for it; what was said; a quotation whole
            if anchor.day is not None and not anchor.week and dm.kind in WEEK_RELATIVE_KINDS:
                # the article's own day is not known: its "Monday" is not resolved to a
                # guessed week (the alignment of statements may still compare such words;
                # without any anchor only an offset resolves, against the happening it names)
                continue
            if anchor.before and dm.tense == "future" and dm.kind in WEEK_RELATIVE_KINDS:
                # told on or before a video's day, its "will be awarded Thursday night" is the
                # first Thursday after the story's own day, which may be before the video's
                continue
            if dm.kind == "offset":
                offs.append(dm)
                continue
            item = _relative_item(dm, text, anchor.note, order[dm.article])
            quoted = _someones_words(text, dm.clause, quotes) or in_a_lone_quotation(
                text, dm.clause, ranges
            )
            mine.append(replace(item, quoted=quoted))
        spans = [it for it in _ranges(mine, text) if not _at_an_edge(it, text)]
        kept = _one_per_clause(spans, an.doc, text)
        described = [_described(it, an.doc, text, ranges) for it in kept]
        remarks = [b for it in described if (b := _bracketed(it, an.doc, text)) is not None]
        shown = [t for it in remarks if (t := _timed(it, an.doc, text, ranges)) is not None]
        # a sentence of now is no entry under the date of one of its side parts
        now = [it for it in shown if not dates_a_side_of_now(an.doc, it.mention)]
        closed = [_unlabelled(_closed(it, text), text) for it in now]
        return [_worded(it, an.doc) for it in closed], offs

    items: list[_Item] = []
    offsets: list[DateMention] = []
    for found in per_article(
        warnings, "timeline", analyses, lambda an: an.article.id, article_items
    ):
        if found is not None:
            items.extend(found[0])
            offsets.extend(found[1])
    return items, offsets


def _offset_item(items: list[_Item], dm: DateMention, text: str, order: int) -> _Item | None:
    """The item of an offset mention, dated from the happening it names among ``items``
    (None: no such happening, or an offset in weeks or more, too loose for a day)."""
    m = OFFSET_PATTERN.fullmatch(dm.expression)
    if m is None:
        return None
    target = _offset_targets(items, m.group("ref"))
    if target is None:
        return None
    n, unit = parse_count(m.group("n")), m.group("u").lower()
    if unit != "day":
        return None  # weeks/months before a day are too loose to print as a day
    sign = -1 if m.group("dir").lower() == "before" else 1
    d = target.date + timedelta(days=sign * n)
    assert dm.clause is not None
    note = (
        f"{n} day(s) {m.group('dir').lower()} {target.date.isoformat()} ({m.group('ref').strip()})"
    )
    return _Item(
        dm,
        ResolvedDate(d, "day"),
        text[dm.clause.start : dm.clause.end],
        note,
        order,
        focus_text(text, dm),
    )


def _vectors(items: list[_Item], embedder: Embedder) -> np.ndarray:
    """One row per item: the embedding of its focus (else its clause) for the items
    :func:`~newsweave.synthesis.date_groups.compared` says are compared, zeros for the others (their vectors are never read)."""
    texts = [it.focus or it.text for it in items]
    need = compared([it.date for it in items])
    # one sentence often carries several dates: each distinct text is embedded once
    uniq = list(dict.fromkeys(t for t, n in zip(texts, need, strict=True) if n))
    vecs = np.zeros((len(items), 1), dtype=np.float32)  # no item is compared: vectors unread
    if uniq:
        uvecs = embedder.encode(uniq)
        row = {t: k for k, t in enumerate(uniq)}
        vecs = np.zeros((len(items), uvecs.shape[1]), dtype=np.float32)
        hit = [i for i, n in enumerate(need) if n]
        vecs[hit] = uvecs[[row[texts[i]] for i in hit]]
    return vecs


def _telling(items: list[_Item], g: list[int]) -> Telling:
    """The group ``g`` as :func:`retellings` compares it: its date, its content words, its
    clauses with their date words masked."""
    texts: list[str] = []
    for i in g:
        it = items[i]
        c = it.mention.clause
        assert c is not None
        s, e = it.mention.start - c.start, it.mention.end - c.start
        # a clause cited without the date that leads it ("In 2012," before "Bannon was the Mercers'
        # de-facto political adviser": 10 of the 952 multinews items) has no date words to mask
        inside = 0 <= s < e <= len(it.text)
        texts.append(f"{it.text[:s]} {it.text[e:]}" if inside else it.text)
    told = Wording(
        frozenset(w for i in g for w in items[i].wording.words),
        frozenset(w for i in g for w in items[i].wording.names),
        frozenset(c for i in g for c in items[i].wording.counts),
    )
    acts = tuple(dict.fromkeys(a for i in g for a in items[i].acts))
    things = tuple(dict.fromkeys(t for i in g if (t := items[i].thing) is not None))
    inner = tuple(dict.fromkeys(a for i in g for a in items[i].told))
    return Telling(items[g[0]].date, told, tuple(dict.fromkeys(texts)), acts, things, inner)


def _representative(items: list[_Item], same: list[int], vecs: np.ndarray) -> _Item:
    """The most central clause among ``same`` (a group's items of its finest precision), not
    someone's words when another is the reporter's; shorter and outside quotation marks reads
    best."""
    same = [i for i in same if not items[i].quoted] or same
    sub = vecs[same]
    centre = sub.mean(axis=0)
    scores = (
        sub @ centre
        - 0.0005 * np.array([len(items[i].text) for i in same])
        - 0.2 * np.array([bool(_QUOTED.search(items[i].text)) for i in same])
    )
    return items[same[int(np.argmax(scores))]]


def _others(members: list[_Item], rep: _Item, docs: dict[str, Doc]) -> list[SpacySpan]:
    """The parsed clauses of ``members`` that other articles than ``rep``'s cite: where
    another outlet may name the doer of the act ``rep`` tells of a "he"."""
    spans = [
        docs[c.article].char_span(c.start, c.end, alignment_mode="expand")
        for it in members
        if (c := it.mention.clause) is not None and c.article != rep.mention.article
    ]
    return [s for s in spans if s is not None]


def _thing_only(it: _Item) -> bool:
    """Whether ``it``'s date is a word of a thing its clause mentions and dates no act: "Japan
    wants South Korea to remove a statue ..., saying that the presence of the statues violates
    the 2015 agreement" tells of now, and is no wording of the 2015 agreement beside "In 2015,
    the two countries reached a settlement ..." (multinews 168)."""
    return it.thing is not None and not it.acts


def _entry(
    items: list[_Item], parts: list[list[int]], vecs: np.ndarray, docs: dict[str, Doc]
) -> tuple[tuple, TimelineEntry]:
    """The timeline entry of the groups of items ``parts`` (one happening), with its sort key
    (date, precision, then the most widely reported first). Its text is the representative
    clause of the group of its finest date (:func:`fineness`) told by the most clauses, the
    fullest of equals: a retelling joined to a fuller telling does not cut it short ("Clifford and Trump
    had an intimate relationship that lasted from the summer of 2006 ..." over "Ms. Clifford
    began an intimate relationship with Mr. Trump in the Summer of 2006"), and of equals one
    whose date dates what was done over one whose date is only a word of a thing it mentions
    (:func:`_thing_only`)."""
    g = [i for part in parts for i in part]
    members = [items[i] for i in g]
    finest = min(members, key=lambda it: (*fineness(it.date), it.order))
    reps = [
        (len(same), _representative(items, same, vecs))
        for part in parts
        if (same := [i for i in part if fineness(items[i].date) == fineness(finest.date)])
    ]
    _, rep = max(reps, key=lambda r: (not r[1].quoted, r[0], not _thing_only(r[1]), len(r[1].text)))
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
        text=named_subject(
            rep.text, rep.mention.clause, docs[rep.mention.article], _others(members, rep, docs)
        ),
        citations=tuple(Span(a, s, e) for a, s, e in cites),
        expression=rep.mention.expression,
        sources=sources,
        end=d.end.isoformat() if d.end else None,
        note="; ".join(notes) or None,
        expressions=tuple(Span(a, s, e) for a, s, e in exprs),
    )
    return (d.sort_key or d.date, RANK[d.precision], -len(sources)), entry


def build_timeline(
    analyses,
    embedder: Embedder,
    excluded: list[Span] | tuple[Span, ...] = (),
    *,
    warnings: list[StageWarning],
) -> list[TimelineEntry]:
    """The sorted, grouped, cited timeline of one event's parsed articles (``embedder`` tells
    whether two dated clauses name the same happening); an article whose dates cannot be
    read is left out, with a warning added to ``warnings``."""
    order = {an.article.id: i for i, an in enumerate(analyses)}
    items, offsets = _dated_items(analyses, excluded, order, warnings)
    for dm in offsets:
        # an offset may name a happening dated by an earlier offset: items grows as it goes
        item = _offset_item(items, dm, analyses[order[dm.article]].article.text, order[dm.article])
        if item is not None:
            items.append(item)
    if not items:
        return []
    vecs = _vectors(items, embedder)
    # someone's words corroborate a happening the reporter tells, and are no entry alone
    groups = [
        g for g in group([it.date for it in items], vecs) if not all(items[i].quoted for i in g)
    ]
    tellings = [_telling(items, g) for g in groups]
    parts = retellings(tellings, embedder)  # groups that tell one happening in other words
    docs = {an.article.id: an.doc for an in analyses}
    entries = [_entry(items, [groups[k] for k in part], vecs, docs) for part in parts]
    entries.sort(key=lambda t: t[0])
    return [e for _, e in entries]


@stage("timeline", needs=("analyses", "excluded"), provides=("timeline",))
def timeline_stage(ws: Workspace) -> None:
    """Every dated happening, resolved to ISO against each article's publication date, grouped and cited."""
    assert ws.analyses is not None
    ws.timeline = build_timeline(
        ws.analyses, get_embedder(ws.settings), ws.excluded or (), warnings=ws.warnings
    )


__all__ = ["build_timeline", "timeline_stage"]
