"""Dated phrases in parsed articles: each date expression with its clause, tense and anchor.

The rules that turn an expression into a date live in :mod:`newsweave.text.dates`; this
module reads the parse around each expression, which those rules cannot see:

* **Which expressions are dates** — a bare four-digit number only where news uses
  years ("in 2022", "the 2022 talks"); a weekday not inside a name ("The Sunday
  Times", "Super Tuesday").
* **Tense** — of the clause that governs the date ("will", "to start ... Monday",
  "propose to resume ... on Thursday" are future), so that a bare weekday lands on
  the right side of the anchor. A date without a year crosses a year boundary only
  on the word of its own finite verb ("rear-ended a truck on June 8" in a May story
  is last June; "proposed holding talks on May 15" inherits no tense from "proposed"
  and stays the nearest May 15). An infinitive under a verb in the past that does not look
  ahead tells what was done then ("had 50 people waiting to make purchases midmorning
  Monday", "was one of four states to legalize ... in November's election"): a mention
  told in the past does not land after its anchor.
* **Clauses** — the date's own verb phrase (its *focus*, which tells happenings
  apart) and a clause that reads on its own (cited); a date that names a thing
  ("the 1962 Cuban Missile Crisis") is shown as that thing.
* **Anchor** — the article's publication date; when it is missing, the most
  common publication date of the event's other articles; failing that, a photo's
  date the story is on or after (a caption's, which gives a yearless date its year
  but no weekday its week); failing that, the latest full date (day, month, year)
  written in the event's texts. Each inferred anchor comes with a note saying so. A
  story that names its picture's day is told within the week after it, and its day
  is read from its weekdays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from newsweave.clean.metadata import CAPTION_DATE, TEASER_DATE
from newsweave.config import Settings
from newsweave.models import Article, Span
from newsweave.nlp import PRESENT_TAGS, analyze, doc_cache, get_spacy
from newsweave.synthesis.date_words import NAME_TYPES, is_year_context, season_month, titled
from newsweave.synthesis.event_day import (
    STORY_WEEK_DAYS,
    day_needs_parse,
    names_the_day,
    reach_back,
)
from newsweave.text.dates import (
    WEEKDAYS,
    DateCandidate,
    ResolvedDate,
    Tense,
    date_candidates,
    resolve_match,
    weekday_date,
)

# A clause shorter than this (content words besides the date) is a dateline, not a happening.
MIN_CLAUSE_WORDS = 3


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
# Verbs that put a happening off to a later day ("his arraignment was continued to July 6",
# "postponed until May 3"): that day is after the clause's past, and a yearless one is not read
# as last year's (multinews 161, a June 2015 story, put "postponed to July 6" on 2014-07-06).
DEFERRING_LEMMAS = frozenset(
    {"postpone", "continue", "delay", "adjourn", "reschedule", "push", "move"}
)
# Nouns naming a happening that can be scheduled.
_EVENT_NOUNS = frozenset(
    {"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "ceasefire", "truce",
     "vote", "election", "visit", "trip", "hearing", "conference", "referendum", "deadline"}
)  # fmt: skip


# Nouns that put the happening they name still ahead of the clause's time ("a deadline of
# Thursday", "the run-up to Thursday's election", "on the eve of the vote"); the words before
# "up" that make one ("run-up", "lead-up", "build-up").
AHEAD_NOUNS = frozenset({"deadline", "countdown", "eve"})
AHEAD_UPS = frozenset({"run", "lead", "build"})


def _puts_ahead(tok) -> bool:
    """Whether the noun ``tok`` puts the happening it leads to ahead (:data:`AHEAD_NOUNS`)."""
    return tok.lemma_.lower() in AHEAD_NOUNS or (
        tok.lower_ == "up" and any(c.lower_ in AHEAD_UPS for c in tok.children)
    )


# Verbs whose infinitive is still to come when they are told in the past ("decided to hold the
# vote on Monday", "told him to come back Monday"); an infinitive under any other verb in the
# past is what was done then ("had 50 people waiting to make purchases midmorning Monday",
# "went to Paris to meet him on Monday"), on or before the story's day.
INFINITIVE_FORWARD_LEMMAS = _FORWARD_LEMMAS | frozenset(
    {"decide", "ask", "tell", "order", "vow", "promise", "threaten", "prepare", "allow"}
    | {"permit", "require", "authorize", "approve", "elect", "appoint", "name", "choose"}
    | {"nominate", "arrange", "need", "expect", "schedule", "slate", "ready"}
)
# Adjectives whose infinitive is to come ("was due to arrive Monday", "is likely to vote").
FORWARD_ADJECTIVES = frozenset(
    {"due", "likely", "unlikely", "poised", "ready", "slated", "set", "about", "sure", "certain"}
)
# Words that rank the noun an infinitive describes: "the first person to give a salute in
# November", "the only state to vote" tell what that one did, in the tense of the verb above.
RANKING_WORDS = frozenset({"first", "second", "third", "last", "only", "latest", "sole"})


def _ranked_by(inf):
    """The finite verb above an infinitive that describes a ranked noun ("he was the first
    person to give ...", "Nevada was one of four states to legalize ... in November"), or None.
    Such an infinitive tells what was done, not what is to come: multinews 77 put "Nevada was
    one of four states to legalize ... in November's election" in the November after its July
    story, and 92 a past "the first person to give a Nazi salute ... in November" likewise."""
    head = inf.head
    if inf.dep_ in {"xcomp", "advcl"} and head.lemma_ == "be":
        nouns = [c for c in head.children if c.dep_ == "attr"]
    elif inf.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PRON", "NUM"}:
        nouns = [head]
    else:
        return None
    for noun in nouns:
        ranked = any(c.lower_ in RANKING_WORDS for c in noun.children if c.dep_ == "amod")
        # "one of four states": the noun is a count of a group
        counted = noun.pos_ == "NUM" and any(c.lower_ == "of" for c in noun.children)
        if ranked or counted:
            verb = noun
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            return verb if verb.pos_ in {"VERB", "AUX"} else None
    return None


# Prepositions that give a happening its day ("on the 15th of May", "in March").
_DAY_PREPOSITIONS = frozenset({"on", "in", "during"})


def _misattached(noun, span) -> bool:
    """Whether the date ``span`` hangs on ``noun`` only by the parse's attaching its
    preposition to the nearest noun: "volunteered to travel to Nepal for ALCF on the 15th of
    May" (multinews 7, a letter of June 2015 put on 2016-05-15, after its page's date) dates the
    travel, not ALCF. A noun a date can belong to keeps it: a happening ("the attack on May 15",
    "talks on Thursday"), a work, a document."""
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in _DAY_PREPOSITIONS
        and prep.head.i == noun.i
        and noun.lemma_.lower()
        not in _EVENT_NOUNS | HAPPENING_NOUNS | DATED_THINGS | DOCUMENT_NOUNS
    )


def clause_tense(doc, start: int, end: int, *, direct: bool = False) -> Tense | None:
    """The tense of the clause that governs the words at ``start:end`` of ``doc`` (None: unsure).

    Climbs from the date to the first finite verb; a non-finite verb or an event
    noun on the way under a forward-looking verb ("proposed holding talks on
    Thursday") makes it future. ``direct=True`` answers only when the date's own
    verb is finite, or an infinitive it completes ("volunteered to travel ... on the 15th of
    May", "will reunite to celebrate ... July 3rd to 5th") is not one that looks ahead (what
    a yearless date needs to cross a year boundary).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    forward_path = False
    ahead = False  # the date is reached through a noun that puts it ahead ("a deadline of")
    first_verb = True
    infinitive = False  # the date is an infinitive's
    for _ in range(7):
        if infinitive and tok.pos_ == "ADJ" and tok.lemma_.lower() in FORWARD_ADJECTIVES:
            return "future"  # "was due to arrive Monday"
        if tok not in span and tok.pos_ in {"NOUN", "PROPN"} and not _misattached(tok, span):
            if direct and first_verb:
                return (
                    None  # "a May 10 deadline": the date belongs to a thing, not to the verb's time
                )
            if tok.lemma_.lower() in _EVENT_NOUNS:
                forward_path = True
            ahead = ahead or _puts_ahead(tok)
        if tok.pos_ in {"VERB", "AUX"} and tok not in span:
            auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
            lows = {a.lower_ for a in auxes}
            if lows & _FUTURE_AUX or "going" in lows:
                return "future"
            if infinitive and (
                tok.lemma_.lower() in INFINITIVE_FORWARD_LEMMAS or tok.lower_ == "going"
            ):
                # "decided to hold the vote on Monday", "scheduled to ..." (a yearless date
                # stays the nearest: "was elected to succeed him on 13 March")
                return None if direct else "future"
            if "to" in lows:  # an infinitive: "to start Monday", "to be held on May 15"
                if not infinitive:
                    described = _ranked_by(tok)
                    if described is not None:
                        tok = described  # "was the first to ...": the finite verb's tense
                        continue
                    if tok.dep_ in {"acl", "relcl"} or tok.head.lemma_ == "be":
                        # "a ceasefire to start Monday", "is to speak Monday" (a yearless date
                        # under it, with no finite verb of its own, stays the nearest)
                        return None if direct else "future"
                    infinitive = forward_path = True  # the verb it completes decides
                    first_verb = False
                if tok.head.i == tok.i:
                    break
                tok = tok.head
                continue
            finite = tok.tag_ in {"VBD", "VBZ", "VBP"} or bool(lows)
            if finite:
                if infinitive and tok.tag_ in PRESENT_TAGS:
                    return None if direct else "future"  # "tries to meet him on Monday"
                if (
                    direct
                    and tok.lemma_.lower() in DEFERRING_LEMMAS
                    and span.root.head.lower_
                    in {
                        "to",
                        "until",
                    }
                ):
                    return None  # "was continued to July 6": the day it was put off to
                if tok.lemma_.lower() in _FORWARD_LEMMAS and (forward_path or direct):
                    # "proposed holding talks on May 15": the date is the proposal's, not the past's
                    return "future" if forward_path else None
                if ahead and tok.tag_ != "VBD" and not lows & {"did", "had", "was", "were"}:
                    # told in the present or its perfect ("are facing a deadline of Thursday",
                    # "has become a key issue in the run-up to Thursday's election"): to come
                    return "future"
                if tok.tag_ == "VB" and lows & {"did", "do", "does"}:
                    return "past"
                if tok.tag_ in {"VBD", "VBN"} or lows & _PAST_AUX:
                    return "past"
                if tok.tag_ in PRESENT_TAGS:
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
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return "future" if infinitive and not direct else None


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
            or (doc[lo].dep_ in {"advmod", "npadvmod"} and doc[lo].head.i == anchor_tok.i)
        )
    ):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    cs = max(min(doc[lo].idx, start), sent.start)
    ce = min(max(doc[hi].idx + len(doc[hi].text), end), sent.end)
    return Span(sent.article, cs, ce)


# A date in one of these relations modifies a noun ("the 2022 talks", "a Dec. 8,
# 1939 letter"): it dates that thing, not the clause around it.
NOUN_MODIFIERS = frozenset({"nummod", "nmod", "compound", "amod"})
# A dated noun phrase longer than this is cut after its head noun (a long relative clause
# would carry other happenings).
MAX_NOUN_PHRASE_CHARS = 160


def _names_a_happening(span) -> bool:
    """Whether the date ``span`` is a possessive, not a bare year, of a noun of
    :data:`HAPPENING_NOUNS`: "Saturday's attack that left seven dead and dozens wounded"
    (multinews 27 showed "The identity of the last attacker in Saturday's attack that left
    seven dead ... came as a new search was underway" under Saturday). A year's possessive more
    often names a work ("1995's “Survival of the Fittest”", multinews 21)."""
    return (
        span.root.dep_ == "poss"
        and span.root.head.lemma_.lower() in HAPPENING_NOUNS
        and not re.fullmatch(r"(?:19|20)\d\d", span.text)
    )


def dated_noun_phrase(doc, span, sent: Span) -> Span | None:
    """The noun phrase a date modifies ("the 2022 draft deal"), or the happening a day's
    possessive names (:func:`_names_a_happening`), or None."""
    root = span.root
    head = root.head
    if (
        (root.dep_ not in NOUN_MODIFIERS and not _names_a_happening(span))
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


# Nouns a year can date without naming a happening of the story: a work or a picture ("his
# 2010 book", "the 1998 satire", "A 1996 documentary", "a 2003 photo") or what a person is
# ("a 2012 graduate", "a 1991 Harvard Law classmate"), on multinews timelines as entries of their
# own.
DATED_THINGS = frozenset(
    {"book", "autobiography", "memoir", "biography", "novel", "documentary", "film", "movie"}
    | {"satire", "ode", "poem", "album", "song", "thriller", "comedy", "sitcom", "play"}
    | {"track", "single", "lp", "debut", "sequel", "bestseller", "collaboration"}
    | {"photo", "photograph", "picture", "image", "edition", "graduate", "alumnus", "alumna"}
    | {"classmate", "roommate", "nominee", "candidate"}
)
# Documents: dated, they date what the sentence around them says ("concedes in a Dec. 8, 1939
# letter that ..."), but a noun phrase of one shown alone is no happening ("a 2013 memo by the
# House Committee", "a March 13, 2015, email to Harvey Hollins").
DOCUMENT_NOUNS = frozenset(
    {"letter", "email", "memo", "report", "study", "survey", "poll", "article", "essay"}
    | {"paper", "story", "column", "tweet", "post", "interview", "guideline", "sheet", "guide"}
    | {"document"}
)
# Nouns a year or a month dates as a happening worth an entry of its own ("the 2004 Indian Ocean
# tsunami", "the 2022 Russian invasion", "a February 2011 snowstorm"). A noun phrase shown alone
# and dated by a year or a month with any other head is a thing or a label: "Alexis Murphy's
# white 2003 Nissan Maxima", "ultra-rare 1866 Liberty", "the 2016 presidential election", "the
# 2018 coverage year" (about 90 of the 1,009 entries of the 250 multinews timelines). A day dates
# the story's own happenings ("the Nov. 8 election", "the May 10 deadline") whatever the noun.
HAPPENING_NOUNS = frozenset(
    {"attack", "assault", "bombing", "shooting", "stabbing", "killing", "murder", "massacre"}
    | {"death", "crash", "collision", "explosion", "blast", "fire", "wildfire", "disaster"}
    | {"earthquake", "quake", "tsunami", "storm", "snowstorm", "hurricane", "flood", "drought"}
    | {"eruption", "outbreak", "epidemic", "pandemic", "accident", "spill", "sinking", "siege"}
    | {"crisis", "recession", "slump", "collapse", "default", "bailout", "shutdown", "scandal"}
    | {"war", "invasion", "occupation", "annexation", "offensive", "operation", "coup", "riot"}
    | {"uprising", "revolution", "protest", "strike", "raid", "arrest", "abduction", "rescue"}
    | {"kidnapping", "disappearance", "escape", "trial", "ruling", "decision", "verdict"}
    | {"judgment", "sentencing", "conviction", "acquittal", "indictment", "impeachment"}
    | {"hearing", "recount", "referendum", "ceasefire", "truce", "deal", "agreement", "accord"}
    | {"treaty", "talk", "negotiation", "summit", "visit", "resignation", "ouster", "firing"}
    | {"inauguration", "merger", "acquisition", "takeover", "bankruptcy", "hack", "breach"}
    | {"victory", "defeat", "win", "loss", "execution", "overdose", "suicide", "funeral"}
    | {"speech", "sermon", "interrogation", "investigation", "probe", "inquiry", "expedition"}
    | {"battle", "heist", "robbery", "plot", "conclave"}
)


# Verbs of saying: a year or a month on one that carries a quotation, or that tells the press,
# dates when a quote was said or an interview given ("“...,” he told Relix in 1993", "Day wrote
# in 1956", "He told New York magazine in 2007 that ..."), which the article cites as a source,
# not a happening of the story (11 entries of the 250 multinews timelines). A statement that is
# itself the news stays: reported as what was said ("In June 2024, he said that Ukraine must
# drop its NATO ambitions"), or dated to its day ("Conway said Sunday").
SAYING_LEMMAS = frozenset({"say", "tell", "write", "recall", "explain", "add", "quip", "joke"})


def _verb_phrase(
    doc, verb, start: int, end: int, sent: Span, others: list[tuple[int, int]]
) -> Span:
    """The words of ``verb``'s subtree around the date at ``start:end``: without its clausal
    parts that carry another date (``others``), a contiguous run, trimmed of leading
    conjunctions and trailing punctuation."""
    drop: set[int] = set()
    for c in verb.children:
        if c.dep_ in _CLAUSAL and not (
            c.left_edge.idx <= start < c.right_edge.idx + len(c.right_edge.text)
        ):
            cs, ce = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
            if any(cs <= a < ce for a, _ in others):
                drop.update(t.i for t in c.subtree)
    # in text order: a subtree is walked in tree order, which is not the text's where the parse
    # crosses itself ("the outbreak ended in March 2015, a finding released in June 2015", the
    # finding told of the outbreak: multinews 241 cited "March 2015, a finding released ..."
    # from the date on)
    toks = sorted((t for t in verb.subtree if t.i not in drop), key=lambda t: t.i)
    # keep a contiguous run around the date
    contiguous: list = []
    for t in toks:
        if contiguous and t.i != contiguous[-1].i + 1:
            if contiguous[-1].idx + len(contiguous[-1].text) >= start:
                break
            contiguous = []
        contiguous.append(t)
    return _trimmed(doc, contiguous or toks, start, end, sent, verb)


def _glued(last, verb) -> bool:
    """Whether ``verb``'s subject (its last word ``last``) runs into the verb's own word: a split
    hyphenated verb ("co-authored", its first piece parsed as a relative clause of the subject),
    which as a clause read as a noun phrase ("Robert Martin, a lawyer ... who co-authored the
    agency’s legal notices on the issue in 2010 and 2014", a 2010 entry of multinews 227)."""
    return last.i == verb.i - 1 and last.text == "-" and not last.whitespace_


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
    named = dated_noun_phrase(doc, span, sent)
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
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if first is None:
        return sent, sent
    display = display or first
    focus = _verb_phrase(doc, display, start, end, sent, others)
    subj = next((c for c in display.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    lead = _first_chars(doc, focus).lstrip("\"'“‘")
    if (
        subj is not None
        and not lead[:1].isupper()
        and focus.start < subj.left_edge.idx < focus.end  # inside it (past its end: no span)
        and subj.left_edge.text[:1].isupper()
    ):
        # "hours after Kyiv and European leaders called ..." reads from its subject
        focus = Span(focus.article, subj.left_edge.idx, focus.end)
    head = _first_chars(doc, focus).lstrip("\"'“‘")
    if subj is not None and _glued(subj.right_edge, display):
        return focus, sent  # no clause of its own: the parse split the verb's word
    if not head[:1].isupper() or focus.end - focus.start < 40:
        return (
            focus,
            sent,
        )  # a fragment ("that broke off...") does not read on its own: cite the sentence
    return focus, focus


def _candidates(analysis) -> list[DateCandidate]:
    """The date expressions of one parsed article's text, found once per parsed Doc (the
    mentions and the anchors of last resort read them, the anchors once per stage)."""
    memo = doc_cache(analysis.doc)
    found = memo.get("date_candidates")
    if found is None:
        found = memo["date_candidates"] = date_candidates(analysis.article.text)
    return found  # type: ignore[return-value]


def _detected(analysis) -> list[tuple[DateMention, re.Match[str], Tense | None]]:
    """Every temporal expression of one parsed article with its clause and focus, not yet
    resolved (``resolved`` None), with the tense its resolution reads. None of this depends
    on the anchor date, so it is computed once per parsed Doc and reused by :func:`find_dates`."""
    memo = doc_cache(analysis.doc)
    found = memo.get("date_mentions")
    if found is not None:
        return found  # type: ignore[return-value]
    art: Article = analysis.article
    doc = analysis.doc
    text = art.text
    sents = analysis.sentences
    out: list[tuple[DateMention, re.Match[str], Tense | None]] = []
    cands = _candidates(analysis)
    spans = [(c.start, c.end) for c in cands]
    for c in cands:
        kind, s, e, m = c.kind, c.start, c.end, c.match
        expr = text[s:e]
        if kind == "year" and not is_year_context(doc, s, e):
            continue
        if kind == "weekday":
            if not m.group("wd")[0].isupper():
                continue
            wd = doc.char_span(m.start("wd"), m.end("wd"), alignment_mode="expand")
            if wd is not None and wd.root.ent_type_ in NAME_TYPES:
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
        if kind in {"deictic", "period"} and titled(doc, text, s, e):
            continue  # "USA TODAY reports", "The Tonight Show", ABC's "This Week"
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


def find_dates(analysis, anchor: date | None, *, after: bool = False) -> list[DateMention]:
    """Every resolvable temporal expression of one parsed article, with its clause and tense.
    When the ``anchor`` is only a day the story is told ``after`` (on or after), a yearless date
    takes the year nearest it whatever its tense: a past one may lie between the two (multinews
    246, a Thanksgiving story under a picture of Sept. 2, put "indictments ... on November 19"
    a year before the picture)."""
    out: list[DateMention] = []
    for dm, m, t in _detected(analysis):
        if dm.kind == "offset":  # resolved later, against the happening it names
            out.append(dm)
            continue
        if after and (dm.kind == "month" or (dm.kind in {"mdy", "dmy"} and not m.group("y"))):
            t = None
        resolved = resolve_match(dm.kind, m, dm.expression, anchor, t)
        if resolved is not None and dm.kind == "year":
            month = season_month(analysis.article.text, dm.start)  # "summer 2017": its months
            if month is not None:
                resolved = replace(resolved, sort_key=resolved.date.replace(month=month))
        if resolved is not None:
            out.append(replace(dm, resolved=resolved))
    return out


# --------------------------------------------------------------------------- anchors


def _latest_written_date(analyses) -> date | None:
    """The latest full date (day, month and year) written in the texts, not in a future
    year: the anchor of last resort when no article has a publication date."""
    best: date | None = None
    for an in analyses:
        for c in _candidates(an):
            kind, m = c.kind, c.match
            if kind in {"mdy", "dmy", "iso"} and m.groupdict().get("y"):
                r = resolve_match(kind, m, m.group(0), None, None)
                if r and r.date.year <= datetime.now().year and (best is None or r.date > best):
                    best = r.date
    return best


# Qualifiers that place a weekday against the story's day itself ("next Monday", "last Friday",
# "this Thursday"), not in the week before it: they say nothing of which day the story is.
_RELATIVE_WEEKDAY_WORDS = frozenset({"next", "last", "this", "coming", "this coming"})


def _story_day(analysis, photo: date) -> date:
    """The day of a story dated only by a photo's caption (``photo``) that its text names
    (:func:`names_the_day`): the story is on or after its picture, so of the week of days from
    ``photo`` on, the one from which the story's weekdays told not in the future ("since
    Saturday", "on Monday again lined up") and the photo's day reach back the least (then the
    least in all, then the earliest). Multinews 77 ("In this Saturday, July 1, 2017, photo" above
    a story of Monday, July 3) put its "Monday" on June 26 and its "Sunday" on June 25, a week
    before its picture; multinews 27 (a photo of Monday, June 5, above "Police said Tuesday")
    put its Tuesday on May 30."""
    named: list[int] = []
    for dm, m, _tense in _detected(analysis):
        pre = " ".join((m.groupdict().get("pre") or "").lower().split())
        if dm.kind == "weekday" and pre not in _RELATIVE_WEEKDAY_WORDS and dm.tense != "future":
            named.append(WEEKDAYS.index(m.group("wd").lower()))

    week = [photo + timedelta(days=k) for k in range(STORY_WEEK_DAYS)]
    return min(week, key=lambda day: reach_back(day, photo, named))


def caption_story_day(analysis) -> date | None:
    """The day of the story of an article dated by a photo's caption whose day its text names
    (:func:`_story_day`); None for any other article."""
    art = analysis.article
    if art.published is None or art.published_source != CAPTION_DATE:
        return None
    day = art.published.date()
    return _story_day(analysis, day) if names_the_day(art.text, day) else None


def caption_story_days(articles: Iterable[Article], settings: Settings) -> dict[str, date]:
    """The story days (:func:`caption_story_day`) of those of ``articles`` whose day only the
    parse tells (:func:`~newsweave.synthesis.event_day.day_needs_parse`), parsed now, by
    article id: what the store keeps of their parse, so that its event list, which parses
    nothing, dates an event as its page does."""
    need = [a for a in articles if day_needs_parse(a)]
    if not need:
        return {}
    parsed = analyze(need, get_spacy(settings))
    return {an.article.id: d for an in parsed if (d := caption_story_day(an)) is not None}


@dataclass(frozen=True, slots=True)
class _OwnAnchor:
    """An article's own anchor: its story's ``day``, or, when ``bound``, only a day the story is
    on or after (a photo's day its text never names), or, when ``before``, a day the story is
    told on or before (a video teaser's stamp above it)."""

    day: date | None
    bound: bool = False
    before: bool = False


def _own_anchor(analysis) -> _OwnAnchor:
    """The article's publication date, or what a photo's caption tells of it.

    A date the cleaner took from a photo's caption is when the picture was taken, which may be
    weeks before the story ("Conway speaks ... in Wayne, N.J., on Oct. 22, 2018" above a story of
    what she "said Sunday" three weeks later, multinews 126; a 2007 picture of an ethanol pump
    above a 2008 story, 56), never after it. When the text names that day (a story told within
    the week names its picture's day: "at a vigil ... Monday, June 5, 2017" above "were named
    Monday") the story's day is found from it (:func:`_story_day`); otherwise it is only a lower
    bound, which gives a yearless date its year and no weekday its week (4 of the 5 multinews
    captions whose day the text never names are a file picture's)."""
    art = analysis.article
    if art.published is None:
        return _OwnAnchor(None)
    day = art.published.date()
    if art.published_source == TEASER_DATE:
        return _OwnAnchor(day, before=True)
    if art.published_source != CAPTION_DATE:
        return _OwnAnchor(day)
    told = caption_story_day(analysis)
    if told is not None:
        return _OwnAnchor(told)
    if _tells_a_later_date(analysis, day):
        return _OwnAnchor(None)  # an old picture: its year is not the story's
    return _OwnAnchor(day, bound=True)


# Date expressions written with their year ("in August 2014", "on May 2, 2016").
_WRITTEN_KINDS = frozenset({"iso", "mdy", "dmy", "my"})


def _tells_a_later_date(analysis, photo: date) -> bool:
    """Whether the article tells, in the past tense, of a month or a day after ``photo`` that it
    writes with its year: the picture is then older than the story by more than that, and its
    year no guide to a yearless date's (multinews 61: a caption of November 2013 above a story
    of what Keurig did "in August 2014" would have put another article's "GMCR reported fiscal
    Q1 results on May 6", of 2015, on 2013-05-06)."""
    for dm, m, _tense in _detected(analysis):
        if dm.kind not in _WRITTEN_KINDS or dm.tense != "past" or not m.groupdict().get("y"):
            continue
        r = resolve_match(dm.kind, m, dm.expression, None, None)
        if r is not None and r.date > photo:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Anchor:
    """An article's anchor: the ``day`` its relative dates resolve against, a ``note`` saying how
    it was found when it is not the article's publication date, and what it may resolve: ``week``
    a weekday or "yesterday" (only the story's own day places them), ``year`` a yearless "May 15"
    (a day of another article or a lower bound of the story's gives the news's year; the latest
    date the texts write does not: it is often a past one, "dated May 29, 1962")."""

    day: date | None
    note: str | None = None
    week: bool = False
    year: bool = False
    after: bool = False  # ``day`` is only one the story is told on or after
    # ``day`` is a video teaser's stamp the story is told on or before (often the same day): a
    # day it puts ahead ("will be awarded ... Thursday night") may lie before that day
    before: bool = False


# A date written with its weekday is read as the news's own only in the latest year the event's
# texts name (outside the future) or the year after (a January story names the year before); of
# two consecutive years at most one puts a month's day on a given weekday.
NEWS_YEARS = 2


def _latest_named_year(analyses) -> int | None:
    """The latest year the event's texts write (a year, a month's or a day's) in a clause not
    told in the future ("due in 2020" names no year the news is of), nor later than this year."""
    latest: int | None = None
    for an in analyses:
        for dm, m, _tense in _detected(an):
            y = m.groupdict().get("y")
            if y and dm.tense != "future" and int(y) <= datetime.now().year:
                latest = max(latest or 0, int(y))
    return latest


# A weekday in a list of days ("anchors on Monday and Tuesday, April 3 and 4", of 2017, read as
# a Tuesday April 3 would be 2018): the weekday written next to a day need not be its own.
_IN_WEEKDAY_LIST = re.compile(
    rf"\b(?:{'|'.join(w.capitalize() for w in WEEKDAYS)}),?\s+(?:and|or|to|through|[-–])\s+$"
)
_DAY_LIST_GOES_ON = re.compile(r"\s*(?:and|or|&|to|[-–])\s*\d")
# How far before and after a date the list it may be in is looked for.
LIST_LOOK_CHARS = 30


@dataclass(frozen=True, slots=True)
class _WeekdayDate:
    """A day an article writes with its weekday ("Wednesday, November 21", "(Published Saturday,
    Sept. 29, 2018)"), its year the one its weekday fixes or the one written, at ``start:end``."""

    day: date
    start: int
    end: int
    expression: str


def _written_weekday(analysis, latest: int) -> _WeekdayDate | None:
    """The latest day the article writes with its weekday, not in a future clause ("due in court
    Monday, July 19"), in one of the :data:`NEWS_YEARS` from ``latest``: written with that year
    and a weekday that agrees, or yearless and put by its weekday in one of them; None when none
    is, or the article tells, in the past, of a later date written with its year (the day is
    then background: "On Tuesday, April 3, 1968, King spoke" in a story of 2018)."""
    years = range(latest, latest + NEWS_YEARS)
    text = analysis.article.text
    best: _WeekdayDate | None = None
    for dm, m, _tense in _detected(analysis):
        if dm.kind not in {"mdy", "dmy"} or not m.groupdict().get("wd") or dm.tense == "future":
            continue
        if _IN_WEEKDAY_LIST.search(text[max(0, dm.start - LIST_LOOK_CHARS) : dm.start]) or (
            _DAY_LIST_GOES_ON.match(text[dm.end : dm.end + LIST_LOOK_CHARS])
        ):
            continue  # "on Monday and Tuesday, April 3 and 4": Tuesday is not April 3's
        r = resolve_match(dm.kind, m, dm.expression, None, None)
        if r is not None:
            if r.note is not None or r.date.year not in years:
                continue  # a weekday that disagrees with its date, or a date of another year
            day = r.date
        elif (fixed := weekday_date(m, years)) is not None:
            day = fixed
        else:
            continue
        if best is None or day > best.day:
            best = _WeekdayDate(day, dm.start, dm.end, dm.expression)
    if best is None or _tells_a_later_date(analysis, best.day):
        return None
    return best


def _weekday_anchor(analysis, latest: int | None) -> Anchor:
    """The anchor a day the article writes with its weekday (:func:`_written_weekday`) gives it
    when no article of the event has a publication date: the story is told on or after that
    day; when the text names it again (by its weekday or its month and day, outside the date
    itself) its day is found as a photo's story's is (:func:`_story_day`), else the day is only
    a lower bound, which gives a yearless date its year and no weekday its week."""
    found = _written_weekday(analysis, latest) if latest is not None else None
    if found is None:
        return Anchor(None)
    aid, text = analysis.article.id, analysis.article.text
    said = f"{found.expression!r} ({found.day.isoformat()}, written with its weekday)"
    rest = text[: found.start] + " " * (found.end - found.start) + text[found.end :]
    if names_the_day(rest, found.day):
        day = _story_day(analysis, found.day)
        note = f"{aid} has no publication date; its story is of {day.isoformat()}, told on or after {said}"
        return Anchor(day, note, week=True, year=True)
    note = f"{aid} has no publication date; anchored on {said}, which the story is on or after"
    return Anchor(found.day, note, year=True, after=True)


def anchors(analyses) -> dict[str, Anchor]:
    """Each article's anchor: its publication date; else the most common publication date of
    the event's other articles; else a photo's date its story is on or after; else, when no
    article has any of these, a day one writes with its weekday (:func:`_weekday_anchor`),
    itself the anchor of the articles that write none as a publication date is; else the latest
    full date written in the texts, which resolves no yearless date and no weekday."""
    owns = [_own_anchor(an) for an in analyses]  # (a caption's day read once)
    if all(o.day is None for o in owns):
        latest = _latest_named_year(analyses)
        found = [_weekday_anchor(an, latest) for an in analyses]
        owns = [_OwnAnchor(a.day, bound=not a.week) for a in found]
        inferred = {an.article.id: a for an, a in zip(analyses, found, strict=True) if a.day}
    else:
        inferred = {}
    pubs = [o.day for o in owns if o.day is not None and not o.bound]
    counts = Counter(pubs)
    # the most common publication date; ties go to the latest (reports trail the happening)
    common = max(counts, key=lambda d: (counts[d], d)) if pubs else None
    bound = max((o.day for o in owns if o.day is not None and o.bound), default=None)
    written = None if common or bound else _latest_written_date(analyses)
    out: dict[str, Anchor] = {}
    for an, own in zip(analyses, owns, strict=True):
        aid = an.article.id
        if aid in inferred and inferred[aid].week:
            out[aid] = inferred[aid]
        elif own.day is not None and not own.bound:
            out[aid] = Anchor(own.day, week=True, year=True, before=own.before)
        elif common:
            out[aid] = Anchor(
                common,
                f"{aid} has no publication date; anchored on the event's other articles ({common.isoformat()})",
                year=True,
            )
        elif aid in inferred:
            out[aid] = inferred[aid]
        elif bound:
            # the latest lower bound: a photo's date, or a day an article writes with its weekday
            src = next((a for a, x in inferred.items() if x.day == bound), None)
            what = f"a day {src} writes with its weekday" if src else "a photo's date"
            out[aid] = Anchor(
                bound,
                f"{aid} has no publication date; anchored on {what} ({bound.isoformat()}), which the story is on or after",
                year=True,
                after=True,
            )
        elif written:
            out[aid] = Anchor(
                written,
                f"{aid} has no publication date; anchored on the latest date written in the event ({written.isoformat()})",
            )
        else:
            out[aid] = Anchor(None)
    return out


def story_day(analyses) -> date | None:
    """The day the texts of an event none of whose articles is dated tell most of its stories
    on (:func:`_weekday_anchor`: "(Published Saturday, Sept. 29, 2018)" above a story of what
    police found "on Saturday"), the latest of a tie; None when no story's day is found."""
    days = Counter(a.day for a in anchors(analyses).values() if a.week and a.note and a.day)
    return max(days, key=lambda d: (days[d], d)) if days else None


__all__ = [
    "NOUN_MODIFIERS",
    "SAYING_LEMMAS",
    "Anchor",
    "DateMention",
    "anchors",
    "caption_story_day",
    "caption_story_days",
    "clause_tense",
    "dated_noun_phrase",
    "find_dates",
    "story_day",
]
