"""Counts of one happening that two independent sources give differently.

Real news disagrees most often on a count: one outlet has "three people were stabbed",
another "two people have been stabbed"; one "12 people were arrested", a later one 13. The
death-toll detector (``stages/contradictions``) knows populations and incidents; this one is
narrower and generic: the same verb acting on (or said of) the same counted noun, an exact
count on each side, in two statements close enough in meaning to be about one happening and
not dated to different days. A part of a counted whole is counted by the whole's happening
("eight people, including three children, were injured"), and a state counts the happening
that left people in it ("13 people are in custody" counts arrests). Anything less certain
("at least 12", "about 30", "12 people" and "13 men") is a different measure, never
reported. A count that grew between two reports whose publication times are known is an
update, not a conflict; so is an outlet's own figure revised in a later time-stamped entry of
its live story (AP's "The Latest": two stabbed at 1:26 p.m., three at 2:44 p.m.) to the
figure the other outlet gives. An outlet that gives both figures itself (eight injured, and
seven "found injured" when responders arrived) is no witness against another's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from newsweave.models import Claim, Contradiction, Sentence
from newsweave.synthesis.pipeline import Workspace
from newsweave.text.dates import date_candidates
from newsweave.text.lexicons import COUNT_WORDS, in_ranges, quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Two statements giving one happening's count must be this close (MiniLM cosine): the stabbing
# reports of one Multi-News brawl score 0.67-0.69; statements on one topic about different
# things ("bullied children face risks" / "bullies were 14.5 times more likely") 0.6-0.66.
SAME_HAPPENING_SIM = 0.62
# A count phrase longer than this many tokens (number to verb) is no longer one phrase a reader
# can check at a glance: the note shows the number and its noun alone.
MAX_PHRASE_TOKENS = 8

# Verbs that say nothing happened to what is counted ("13 people are in custody", "has two
# children", "said three ..."): their counts are states or speech, not a happening's count.
_NOT_HAPPENINGS = frozenset(
    {"be", "have", "say", "tell", "include", "become", "get", "do", "make", "take", "give",
     "see", "show", "find", "remain", "report", "add", "note", "kill", "die", "leave"}
)  # fmt: skip
# "kill" and "die" are the death-toll detector's, which knows populations and incidents.
# Verbs whose object a participle tells what happened to ("an attack that left three people
# stabbed"): the participle is the happening counted. Not "find": "responders found seven
# people injured" counts them at one moment of the happening, not its outcome.
_RESULT_VERBS = frozenset({"leave"})

# Verbs that name one happening in other words: "hurt", "wounded" and "injured" count one thing.
_SAME_HAPPENING = {"hurt": "injure", "wound": "injure", "detain": "arrest"}
# States that count the people a happening left in them (verb, preposition, its object -> the
# happening): "13 people are in custody" counts the arrests that "12 people were arrested" does.
_STATES = {
    ("be", "in", "custody"): "arrest",
    ("remain", "in", "custody"): "arrest",
    ("take", "into", "custody"): "arrest",
}
# Words that date a statement to the day it was written, whichever day that was, and the bare
# weekday another report may name that day by ("Monday", "Monday morning"; not "last Monday").
_REPORT_DAY = frozenset({"today", "tonight", "this morning", "this evening"})
_WEEKDAY = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|afternoon|evening|night))?"
)
# The word that makes a count a part of another count ("eight people, including three
# children, were injured"): the part is counted by the whole's happening.
_PART_OF = "including"

# A line holding only a time of day heads one entry of a live-updated story (AP's "The
# Latest": "2:44 p.m." above what was known then, newest entry first); a line of underscores
# ends an entry. Two entries' counts are the outlet's own figures at two known times.
_ENTRY_HEAD = re.compile(r"^[ \t]*(\d{1,2})(?::(\d\d))?[ \t]*([ap])\.m\.[ \t]*$", re.I | re.M)
_ENTRY_END = re.compile(r"^[ \t]*_{3,}[ \t]*$", re.M)

# Entity types a number carries when it is not a count of things (a date, an age, money).
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
# The grammatical links from a counted noun to the verb of its happening.
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


@dataclass(frozen=True, slots=True)
class Count:
    """An exact count of what a happening acted on: "Three people were stabbed" is 3 of
    ("stab", "people")."""

    sentence: int  # index into the workspace's sentences
    value: int
    verb: str  # the happening's lemma
    noun: str  # the counted noun's lemma
    words: str  # the count phrase as written
    # who did it, when the count is the verb's object ("Smith scored two goals"): two doers'
    # counts are two counts ("Jones scored three goals"), not one told differently
    doer: str | None = None


def _value(tok) -> int | None:
    """The exact count a number token gives, or None (a figure with decimals, a range, words
    the counting list does not have)."""
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text)
    return COUNT_WORDS.get(tok.lower_)


def _exact(num) -> bool:
    """A count no word qualifies: "at least 12", "about 30", "more than 40" are bounds."""
    return not any(c.dep_ in {"quantmod", "advmod"} for c in num.children)


def _phrase(text: str, toks: list) -> str:
    first, last = min(toks, key=lambda t: t.i), max(toks, key=lambda t: t.i)
    return text[first.idx : last.idx + len(last.text)]


def sentence_counts(
    doc: Doc, text: str, quoted: list[tuple[int, int]], k: int, sent: Sentence
) -> list[Count]:
    """The exact counts of happenings in one sentence (``k``, of the article whose ``text``,
    parse and quotations ``quoted`` are given), outside quotations (a witness's "two men" is
    their account, not the outlet's count)."""
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return []
    out: list[Count] = []
    for num in span:
        if num.dep_ != "nummod" or num.ent_type_ in _NOT_COUNTS or in_ranges(num.idx, quoted):
            continue
        value, noun = _value(num), num.head
        if value is None or not _exact(num) or noun.pos_ != "NOUN":
            continue
        whole = _whole(noun)
        if whole.dep_ not in _ROLES:
            continue
        verb = whole.head
        found = _happening(verb, whole)
        if found is None:
            continue
        last, happening, result = found
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "no one was hurt", "police did not arrest two men": no count of a happening
        # a part's phrase starts at its whole's count: "Eight people including three children"
        first = (
            num if whole is noun else next((c for c in whole.children if c.dep_ == "nummod"), whole)
        )
        phrase = _phrase(text, [first, num, noun, last])
        if abs(last.i - first.i) > MAX_PHRASE_TOKENS:
            phrase = _phrase(text, [num, noun])
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # a result verb's subject caused what happened ("a fight that left three stabbed"),
        # it did not do the participle's happening: no doer
        doer = (
            subj.lemma_.lower()
            if whole.dep_ == "dobj" and subj is not None and not result
            else None
        )
        out.append(Count(k, value, happening, noun.lemma_.lower(), phrase, doer))
    return out


def _whole(noun: Token) -> Token:
    """The counted noun whose happening counts ``noun``: itself, or the whole it is a part of
    ("three children" in "eight people, including three children, were injured")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == _PART_OF and prep.head.pos_ == "NOUN":
        return prep.head
    return noun


def _happening(verb: Token, whole: Token) -> tuple[Token, str, bool] | None:
    """What happened to the counted noun ``whole`` of ``verb``: the token that says it (last
    of the count's phrase), the happening's lemma, and whether a result verb's participle
    says it ("left three people stabbed"); None when the verb names no happening."""
    lemma = verb.lemma_.lower()
    result = _result(verb, whole) if lemma in _RESULT_VERBS and whole.dep_ == "dobj" else None
    if result is not None:
        happening = _SAME_HAPPENING.get(result.lemma_.lower(), result.lemma_.lower())
        # "left 20 people killed" is a death toll: the death-toll detector's
        return None if happening in _NOT_HAPPENINGS else (result, happening, True)
    if lemma in _NOT_HAPPENINGS:
        state = _state(verb)  # "are in custody" ("be" is tagged AUX)
        return None if state is None else (state, _STATES[_state_key(verb, state)], False)
    if verb.pos_ == "VERB":
        return verb, _SAME_HAPPENING.get(lemma, lemma), False
    return None


def _result(verb: Token, noun: Token) -> Token | None:
    """The participle that says what happened to the object of a result verb: "stabbed" in
    "left three people stabbed" (a clause on the noun, or the verb's object predicate)."""
    for c in (*noun.children, *verb.children):
        if c.dep_ in {"acl", "oprd", "xcomp", "ccomp"} and c.tag_ == "VBN" and c.i > noun.i:
            return c
    return None


def _state_key(verb: Token, obj: Token) -> tuple[str, str, str]:
    return verb.lemma_.lower(), obj.head.lower_, obj.lemma_.lower()


def _state(verb: Token) -> Token | None:
    """The state a state verb's count is in ("custody" in "13 people are in custody"), when
    :data:`_STATES` knows the happening that leaves people in it."""
    for prep in verb.children:
        if prep.dep_ == "prep":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _state_key(verb, obj) in _STATES:
                    return obj
    return None


def _days(text: str) -> frozenset[str]:
    """The date expressions a statement writes, as written (lower case, spaces folded): two
    statements naming different days may count two happenings."""
    return frozenset(" ".join(text[c.start : c.end].lower().split()) for c in date_candidates(text))


def _other_days(dx: frozenset[str], dy: frozenset[str]) -> bool:
    """Whether two statements' days are different days. The report's own day ("this morning",
    "today") is whichever day the report was written: another report's "Monday" may be it."""
    if not dx or not dy or dx & dy:
        return False
    for own, other in ((dx, dy), (dy, dx)):
        if own <= _REPORT_DAY and all(_WEEKDAY.fullmatch(d) for d in other):
            return False
    return True


@dataclass(frozen=True, slots=True)
class Entry:
    """One time-stamped entry of a live-updated story: where its text lies and its time."""

    start: int
    end: int
    minutes: int  # since midnight, the story's local time
    label: str  # the time as written: "2:44 p.m."


def live_entries(text: str) -> list[Entry]:
    """The time-stamped entries of a live-updated story's ``text`` (none in a plain story)."""
    heads = list(_ENTRY_HEAD.finditer(text))
    out: list[Entry] = []
    for n, head in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        stop = _ENTRY_END.search(text, head.end(), end)
        hour = int(head.group(1)) % 12 + (12 if head.group(3).lower() == "p" else 0)
        minutes = hour * 60 + int(head.group(2) or 0)
        label = " ".join(head.group(0).split())
        out.append(Entry(head.end(), stop.start() if stop else end, minutes, label))
    return out


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """One sentence of the workspace with what reading it takes: its article's parse, text and
    quotations (found once per article), its index ``k`` into the workspace's sentences."""

    doc: Doc
    text: str
    quoted: list[tuple[int, int]]
    k: int
    sent: Sentence


def each_sentence(ws: Workspace) -> Iterator[SentenceReading]:
    """Every sentence of the workspace's parsed articles, in article and sentence order, with
    its article's parse, text and quotations: what a per-sentence reader of counts or ages
    needs (:func:`sentence_counts`, :func:`~newsweave.synthesis.ages.sentence_ages`)."""
    sents = ws.sentences or []
    of_article: dict[str, list[int]] = {}
    for k, s in enumerate(sents):
        of_article.setdefault(s.article, []).append(k)
    for an in ws.analyses or ():
        text = an.article.text
        quoted = quoted_ranges(text)  # once per article, not per sentence
        for k in of_article.get(an.article.id, ()):
            yield SentenceReading(an.doc, text, quoted, k, sents[k])


@dataclass(frozen=True, slots=True)
class Revision:
    """An outlet's count (``old``, in the live entry ``old_entry``) that a later entry of its
    own story (``new_entry``) gives differently (``new``)."""

    old: Count
    new: Count
    old_entry: Entry
    new_entry: Entry


class _OwnFigures:
    """What each article itself counts: every count it gives of one thing, and the live entry
    each count sits in (:func:`live_entries`), to tell an outlet's own revision of a figure
    and an outlet that gives both figures from two outlets that disagree."""

    def __init__(self, ws: Workspace, counts: list[Count]) -> None:
        self.sents = ws.sentences or []
        self.entries = {a.id: live_entries(a.text) for a in ws.articles}
        self.of: dict[tuple[str, str, str], list[Count]] = {}
        for c in counts:
            self.of.setdefault(self._key(c), []).append(c)

    def _key(self, c: Count) -> tuple[str, str, str]:
        return self.sents[c.sentence].article, c.verb, c.noun

    def entry(self, c: Count) -> Entry | None:
        """The live entry the count ``c`` was written in, if its story has entries."""
        s = self.sents[c.sentence]
        return next((e for e in self.entries[s.article] if e.start <= s.start < e.end), None)

    def later(self, c: Count) -> Revision | None:
        """The article's own latest figure for what ``c`` counts, when a later live entry of
        its story counts it differently: ``c`` is then a figure its outlet revised."""
        e = self.entry(c)
        if e is None:
            return None
        revised = [
            Revision(c, o, e, oe)
            for o in self.of[self._key(c)]
            if o.value != c.value and (oe := self.entry(o)) is not None and oe.minutes > e.minutes
        ]
        return max(revised, key=lambda r: r.new_entry.minutes) if revised else None

    def gives(self, c: Count, value: int) -> bool:
        """Whether the article of ``c`` itself also gives ``value`` for what ``c`` counts."""
        return any(o.value == value for o in self.of[self._key(c)])


def count_conflicts(
    ws: Workspace, sims: np.ndarray, origin: dict[str, str], outlet: dict[str, str]
) -> list[Contradiction]:
    """Pairs of independent statements giving one happening different exact counts.

    ``sims`` are the sentences' cosines (-1 for a sentence in excluded text); ``origin`` and
    ``outlet`` name each article's origin and how the page names it. An outlet whose own
    later live entry revised its figure to the other's is an update within one report; an
    outlet that gives both figures itself is no witness against the other.
    """
    sents = ws.sentences or []
    counts = [
        c for s in each_sentence(ws) for c in sentence_counts(s.doc, s.text, s.quoted, s.k, s.sent)
    ]
    counts.sort(key=lambda c: c.sentence)  # in the order the sentences come
    own = _OwnFigures(ws, counts)
    keys = Counter((c.sentence, c.verb, c.noun) for c in counts)
    # a sentence counting one thing twice ("two were arrested Friday and three Saturday") says
    # which count belongs to which happening in words this check does not read
    single = [c for c in counts if keys[(c.sentence, c.verb, c.noun)] == 1]
    out: list[Contradiction] = []
    seen: set[tuple[str, str, str, str]] = set()
    for i, x in enumerate(single):
        for y in single[i + 1 :]:
            sx, sy = sents[x.sentence], sents[y.sentence]
            if (x.verb, x.noun) != (y.verb, y.noun) or x.value == y.value:
                continue
            if x.doer and y.doer and x.doer != y.doer:
                continue
            if origin.get(sx.article, sx.article) == origin.get(sy.article, sy.article):
                continue
            if sims[x.sentence, y.sentence] < SAME_HAPPENING_SIM:
                continue
            if _other_days(_days(sx.text), _days(sy.text)):
                continue
            pair = (sx.article, sy.article, x.verb, x.noun)
            if pair in seen:
                continue  # one disagreement per two articles and one thing counted
            lx, ly = own.later(x), own.later(y)
            if lx or ly:
                # a revised figure is compared by its outlet's latest one, not as it first stood
                rev, other = (lx, y) if lx else (ly, x)
                if rev is not None and rev.new.value == other.value and not (lx and ly):
                    seen.add(pair)
                    out.append(_revision(ws, rev, other, outlet))
                continue
            if own.gives(x, y.value) or own.gives(y, x.value):
                continue
            seen.add(pair)
            out.append(_contradiction(ws, x, y, sx, sy, outlet))
    return out


def _revision(ws: Workspace, rev: Revision, other: Count, outlet: dict[str, str]) -> Contradiction:
    """The note for an outlet that revised its own count, in a later live entry, to the
    figure another outlet gives: an update within one report, not a conflict."""
    sents = ws.sentences or []
    so, sn, sa = sents[rev.old.sentence], sents[rev.new.sentence], sents[other.sentence]
    note = (
        f"{outlet[so.article]} revised its own count in its time-stamped updates: "
        f"“{rev.old.words}” ({rev.old_entry.label}) then “{rev.new.words}” "
        f"({rev.new_entry.label}), the figure {outlet[sa.article]} gives (“{other.words}”): "
        "a later update within one report, not a conflict between sources."
    )
    # an update's claims are the superseded statement, then the one that stands (the brief
    # leaves out all but the last); the agreeing outlet's figure is quoted in the note
    claims = tuple(Claim(s.article, s.text, (s.span,)) for s in (so, sn))
    return Contradiction("number", note, claims, update=True)


def _contradiction(
    ws: Workspace, x: Count, y: Count, sx: Sentence, sy: Sentence, outlet: dict[str, str]
) -> Contradiction:
    """The note for two counts: an update when the later of two dated reports counts more."""
    claims = {x: Claim(sx.article, sx.text, (sx.span,)), y: Claim(sy.article, sy.text, (sy.span,))}
    px, py = ws.article(sx.article).published, ws.article(sy.article).published
    if px and py and px != py:
        (early, a_early), (late, a_late) = (
            ((x, sx.article), (y, sy.article)) if px < py else ((y, sy.article), (x, sx.article))
        )
        if late.value > early.value:
            note = (
                f"The count rose between reports: “{early.words}” ({outlet[a_early]}) then "
                f"“{late.words}” ({outlet[a_late]}, published later): a later update."
            )
            return Contradiction("number", note, (claims[early], claims[late]), update=True)
    note = (
        f"Counts differ: {outlet[sx.article]} says “{x.words}”, {outlet[sy.article]} says "
        f"“{y.words}”: {x.value} against {y.value} in statements that read as one happening, so "
        f"both cannot hold as stated (different sources, or a count that changed between reports)."
    )
    return Contradiction("number", note, (claims[x], claims[y]))


__all__ = [
    "SAME_HAPPENING_SIM",
    "Count",
    "Entry",
    "Revision",
    "SentenceReading",
    "count_conflicts",
    "each_sentence",
    "live_entries",
    "sentence_counts",
]
