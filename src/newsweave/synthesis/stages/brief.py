"""The brief: 3 to 8 neutral sentences, each citing every article that supports it.

Extractive by design (no model may invent a word): each brief sentence is one
source sentence, at most lightly compressed by dropping a leading connective
("Meanwhile,", "However,") or a trailing credit to another outlet
(", Al Jazeera reported."), and cites the spans of every article in the fact it
states; the only words added are names in brackets, for an opening "He" or "She", for the
"he" or "she" of a quotation or of words reported ("“…,” [Barack Obama] said") and where
the brief first calls someone by a part of their name ("[Kendrick] Lamar's ...", with the
title the stories give them: "[Police Chief Cathy L.] Lanier told ...", or the description
they set off after it: "[A. Vania] Apkarian[, a professor of physiology ...,] said"). Order:
the main fact (the statement most like what the other outlets lead with,
:func:`main_statement`) first, then context, reactions, and an open question; within each,
what was done before what people the news is not about said of it, each as early as some
outlet tells it (:func:`_told_at`), and what came years before the news after a line marked
background. Sentences in
the outlet's own loaded words, or that contradict another source, are passed over when a
neutral one says the same; another outlet's lead that tells the main fact again in its own
words is left out (:mod:`newsweave.synthesis.restatement`). Articles that tell two stories
sharing no one and nothing (an editor's roundup) open on the one most of them tell (as many
telling each: the one the event's headline tells) and end on the other's lead
(:func:`_other_story_lead`).

``words=N`` (``ws.options.brief_words``) gives a length-limited summary for
comparison with summarization benchmarks: whole sentences chosen for how much of what
several outlets report they cover (:mod:`newsweave.synthesis.coverage`), most valuable
first, up to N words (when no sentence fits, the first is cut at its last clause
boundary that fits).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from newsweave.models import BriefSentence, Fact, Span
from newsweave.synthesis.brief_names import brief_persons, named_first
from newsweave.synthesis.brief_opening import (
    OTHER_STORY_LEAD_SIM,
    STORY_BLIND_TYPES,
    apart_articles,
    backing,
    brief_wording,
    can_lead,
    compress,
    main_statement,
    other_story_articles,
    stands_alone,
    title_story_opening,
    undated_day,
    wording_label,
)
from newsweave.synthesis.coverage import cover
from newsweave.synthesis.general_truth import general_truth
from newsweave.synthesis.introduced import (
    leans_on_untold,
    names_two,
    people_words,
    told_only_before,
    unintroduced,
    unplaced_epithet,
    untold_object,
)
from newsweave.synthesis.news_time import dated_long_before, latest_year
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.reads_alone import lone_it, parse_of
from newsweave.synthesis.restatement import lead_sentences, restates_opening
from newsweave.synthesis.retelling import SPEECH_VERBS, Happening, happenings, same_happening
from newsweave.synthesis.standalone import (
    NamedSpeaker,
    named_speaker,
    named_wording,
    unplaced_surname,
)
from newsweave.synthesis.units import (
    Unit,
    eligible,
    overlaps_any,
    unit_penalty,
    unit_text,
)
from newsweave.text.lexicons import loaded_terms_in
from newsweave.text.statement_patterns import OPEN_QUESTION, REACTION

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

# Sentences the brief may hold (the issue asks for 3 to 8).
MIN_SENTENCES = 3
MAX_SENTENCES = 8
# Context facts after the main one: enough to inform, few enough to read in a glance.
MAX_CONTEXT = 4
# Reactions of the other side, the mediator and a skeptic: what a reader asks next.
MAX_REACTIONS = 3
MAX_OPEN = 1
# At most this many sentences about one actor ("Putin said... Putin said..."): room for context.
SAME_SUBJECT_MAX = 3
# Two candidates this close (cosine) say the same thing: keep only the better one.
REDUNDANT_SIM = 0.72
# Pronouns that open a wording and that the brief may show named ("[Hayes] did not ...").
_PERSON_PRONOUNS = frozenset({"He", "She"})
# A name in brackets in a fact's wording: one the facts table put for a pronoun
# (:func:`~newsweave.synthesis.standalone.standalone_wording`).
_BRACKETED = re.compile(r"\[[^\]]+\]")

# The rank that puts a candidate before every other: the statement the brief opens with.
_FIRST = float("inf")


@dataclass
class _Candidate:
    text: str
    citations: tuple[Span, ...]
    sentence: int  # index into build_units() of the chosen wording
    sources: int
    independent: int
    role: str  # main | context | reaction | open
    rank: float
    attributed: bool = False  # someone's stated reaction: reported as theirs, never "disputed"
    offset: int = 0  # characters of the wording's unit before ``text`` ("X came hours after ")
    # the unit whose embedding stands for ``text`` when the wording is only part of its unit
    # (a trimmed wording is compared by another citation of it, not by the happening it left)
    alike: int | None = None
    # whom an opening "He" or "She" stands for, shown in brackets ("[Hayes] did not ...")
    name: str | None = None
    # whom the "he" or "she" who says its quotation stands for ("“…,” [Barack Obama] said")
    speaker: NamedSpeaker | None = None
    label: str | None = None  # :func:`wording_label` of the wording the brief shows
    retells: bool = False  # an outlet's lead telling the opening's news again: never taken
    undated: bool = False  # on a day the reader is not shown (:func:`undated_day`)
    acts: tuple[Happening, ...] = ()  # the acts it tells, for a retelling in other words
    told_at: int = 0  # how early the outlets tell it (:func:`_told_at`): its place in the brief
    # the surname of a person whose words it tells (:func:`_person_says`): after the acts
    says: str | None = None
    # what its subject "it" stands for in its story when nothing before it in the line may
    # (:func:`lone_it`): the brief line right before it must name that
    thing: frozenset[str] = frozenset()
    # it tells what came years before the news (:func:`dated_long_before`): after a line
    # marked background
    past: bool = False

    @property
    def shown(self) -> str:
        """The words the brief shows: the compressed wording, its opening pronoun named, and
        its quotation's speaker."""
        text = compress(self.text).text
        if self.name is not None:
            text = _with_name(text, self.name)
        if self.speaker is not None:
            at, name, word = self.speaker.at, self.speaker.name, self.speaker.word
            text = f"{text[:at]}[{name}]{text[at + len(word) :]}"
        return text

    @property
    def vector_row(self) -> int:
        """The embedding row the redundancy check compares for this candidate."""
        return self.sentence if self.alike is None else self.alike


# Someone in the story not answering someone else ("Price did not respond to the man who
# approached him"): an act of the story, not a request for comment the outlets wait on
# (:data:`OPEN_QUESTION`: "did not respond to ABC News' request", "... to questions").
_SILENCE_IN_STORY = re.compile(
    r"\bdid not (?:immediately )?(?:respond|reply) to "
    r"(?!(?:\S+\s+){0,3}?\S*(?:request|question|inquir|call|message|e-?mail|comment))",
    re.I,
)


def _role(text: str, main_actor: set[str]) -> str:
    """open question, reaction (someone other than the main actor responding), or context."""
    if OPEN_QUESTION.search(_SILENCE_IN_STORY.sub("", text)):
        return "open"
    head = set(re.findall(r"[A-Z][\w-]+", " ".join(text.split()[:6])))
    if REACTION.search(text) and not (head & main_actor):
        return "reaction"
    return "context"


def _subject(text: str) -> set[str]:
    """Names in a sentence's first four words (its grammatical subject, roughly)."""
    names = set(re.findall(r"[A-Z][\w-]+", " ".join(text.split()[:4])))
    return names - _NOT_NAMES


# Words that say whose side, not who: "Russian President Putin" is about Putin.
_NATIONALITY_WORDS = frozenset({"Russian", "Ukrainian", "French", "British", "German", "US"})
# Capitalised words in a subject that are no name ("The", "President", "Russian").
_NOT_NAMES = _NATIONALITY_WORDS | {"The", "A", "An", "In", "On", "But", "And", "However"} | {
    "Meanwhile", "President", "Prime", "Minister", "U", "S", "Former"
}  # fmt: skip


def _actors(text: str) -> set[str]:
    """Capitalised names in the main fact's opening words: whoever it is about."""
    words = re.findall(r"[A-Z][\w-]+", " ".join(text.split()[:8]))
    return {
        w for w in words if w.lower() not in {"the", "a", "an", "president", "prime", "minister"}
    }


@stage(
    "brief",
    needs=(
        "analyses",
        "facts",
        "details",
        "sentences",
        "excluded",
        "reactions",
        "origins",
        "units",
        "unit_vectors",
        "entities",
        "contradictions",
    ),
    provides=("brief",),
)
def brief_stage(ws: Workspace) -> None:
    """Select and order 3-8 cited, neutral sentences (or fill ``brief_words`` words)."""
    assert ws.facts is not None and ws.details is not None and ws.sentences is not None
    assert ws.units is not None and ws.unit_vectors is not None
    units, vecs = ws.units, ws.unit_vectors
    keep = eligible(units, ws.sentences, ws.excluded)
    if ws.options.brief_words is not None:
        ws.brief = _budget_brief(ws, keep, ws.options.brief_words)
        return
    index = {(u.article, u.start, u.end): k for k, u in enumerate(units)}
    disputed = _disputed_spans(ws)
    chosen_unit = _fact_wordings(ws.facts, units, vecs, index)
    cands = _fact_candidates(ws, chosen_unit, index)
    cands.extend(_unique_candidates(ws, index))
    cands.extend(_reaction_candidates(ws, units))
    main = main_statement(ws, keep)
    if main is not None:  # it opens the brief, citing every article of its fact
        main = title_story_opening(ws, keep, main)
        opening = _lead_candidate(ws, main, _FIRST)
        cands = [c for c in cands if c.citations != opening.citations and c.sentence != main]
        cands.insert(0, opening)
    elif not ws.facts and keep:  # nothing can lead: the first article's lead
        k = next((k for k in keep if can_lead(units[k], ws)), keep[0])
        u = units[k]
        cands.insert(0, _Candidate(unit_text(u, ws.sentences), (u.span,), k, 1, 1, "", _FIRST))
    # a sentence that leans on one before it ("He thanked...", "Hours after ...") cannot stand
    # in a brief, where that sentence is not
    # ... nor, after the opening, a truth of no time nor place (:func:`general_truth`); the
    # opening may be one when the outlets lead with it: a study's finding is often the news
    # ("One drink a day raises the risk of ..."), and it is weighed in :func:`main_statement`
    for c in cands:
        c.name = _opening_name(ws, c)
        c.speaker = _speaker(ws, c) if c.name is None else None
        c.thing = lone_it(ws, units[c.sentence], c.offset)
    cands = [
        c
        for c in cands
        if stands_alone(
            ws,
            units[c.sentence],
            c.shown,
            c.offset,
            named=c.name is not None,
            speaker=_speaker_at(ws, c),
            thing_told=bool(c.thing),
        )
        and (c.rank == _FIRST or not general_truth(parse_of(ws, units[c.sentence], c.offset)))
    ] or cands
    if not cands:
        ws.brief = []
        return
    cands.sort(key=lambda c: -c.rank)
    # the brief opens with who did what, never with a quotation: the best candidate that can
    # lead, as shown (an opening "He" named: :func:`opening_wording`), is moved to the front
    # (the order of the others is kept)
    leads = [c for c in cands if not c.thing and can_lead(units[c.sentence], ws, c.shown)]
    first = next(
        (c for c in leads if wording_label(ws, units[c.sentence], compress(c.text).text) is None),
        leads[0] if leads else cands[0],
    )
    cands.remove(first)
    cands.insert(0, first)
    cands[0].role = "main"
    opening = parse_of(ws, units[first.sentence], first.offset)
    said = {t.lemma_.lower() for t in opening or ()}
    leads = lead_sentences(units, keep)
    for c in cands[1:]:
        u = units[c.sentence]
        c.retells = leads.get(u.article) == u.index and restates_opening(
            opening,
            parse_of(ws, u, c.offset),
            float(vecs[c.vector_row] @ vecs[first.vector_row]),
            same_outlet=u.article == units[first.sentence].article,
        )
    far = other_story_articles(ws, first.vector_row, units[first.sentence].article)
    told_apart = _other_story_lead(ws, keep, far)
    cands = cands[:1] + [
        c
        for c in cands[1:]
        if not unintroduced(ws, units[c.sentence], compress(c.text).text, said)
        and not _tells_another_story(ws, c, first, far)
    ]
    main_actor = _actors(cands[0].text) - _NATIONALITY_WORDS
    for c in cands[1:]:
        c.role = _role(c.text, main_actor)
    starts: dict[str, list[int]] = {}  # each article's sentence starts, in order, found once
    for s in sorted(ws.sentences or (), key=lambda s: s.start):
        starts.setdefault(s.article, []).append(s.start)
    year = latest_year(an.doc for an in ws.analyses or ())
    for c in cands:
        c.label = wording_label(ws, units[c.sentence], c.shown)
        c.undated = undated_day(ws, units[c.sentence], c.offset)
        shown = parse_of(ws, units[c.sentence], c.offset + compress(c.text).start)
        c.acts = happenings(shown)
        c.past = dated_long_before(shown, year)
        c.told_at = _told_at(starts, c.citations)
        c.says = _person_says(shown, opening) if c is not cands[0] else None
    chosen = _select(cands, units, vecs, disputed)
    # "the X" for a thing only its own story told of before is read against the sentences
    # the brief shows before it, in the brief's order: one that never names it is passed over,
    # and so is one calling someone by a surname the brief cannot give in full
    while (untold := _first_untold(ws, chosen) or _first_unplaced(ws, chosen)) is not None:
        cands.remove(untold)
        chosen = _select(cands, units, vecs, disputed)
    if told_apart is not None and all(c.sentence != told_apart.sentence for c in chosen):
        # the other story's lead, after this one's sentences
        chosen = [*chosen[: MAX_SENTENCES - 1], told_apart]
    ws.brief = named_first(ws, [_render(ws, c, None) for c in chosen])


def _lead_candidate(ws: Workspace, k: int, rank: float) -> _Candidate:
    """Statement ``k`` as a lead of the brief, citing every article of its fact."""
    assert ws.units is not None and ws.sentences is not None and ws.facts is not None
    u = ws.units[k]
    fact = next((f for f in ws.facts if u.span in f.citations), None)
    cites = fact.citations if fact else (u.span,)
    n, ind = (len(fact.sources), fact.independent_sources) if fact else (1, 1)
    return _Candidate(brief_wording(ws, u, cites), cites, k, n, ind, "main", rank)


def _other_story_lead(ws: Workspace, keep: list[int], far: frozenset[str]) -> _Candidate | None:
    """The lead of the other story that articles sharing nothing with the opening's tell
    (:func:`apart_articles`), or None: a brief under one headline of two stories tells the
    second one's news too, not only its own article's."""
    assert ws.units is not None
    apart = apart_articles(ws, far)
    k = main_statement(ws, keep, frozenset(apart)) if apart else None
    return None if k is None else _lead_candidate(ws, k, 0.0)


def _tells_another_story(
    ws: Workspace, c: _Candidate, first: _Candidate, far: frozenset[str]
) -> bool:
    """Whether ``c`` is one outlet's sentence about another story: its article's lead is far
    from the opening (:func:`other_story_articles`), and so is the sentence itself (the same
    bound), and it names someone or something (:data:`STORY_BLIND_TYPES` aside; only its
    people when it names one) that no other article names ("Democrats have mentioned Ms.
    Murray as the most likely senator to challenge Mr. Schumer" beside a budget vote), or
    nothing at all. A sentence naming what the other outlets name is that page's context for
    this story, and one close to the opening is that page's telling of it (a feature that
    opens on a scene, then reports the news: "The current FDA stance is that beverages should
    not contain more than .02 percent caffeine")."""
    assert ws.units is not None and ws.unit_vectors is not None
    u, vecs = ws.units[c.sentence], ws.unit_vectors
    if (
        {sp.article for sp in c.citations} != {u.article}
        or u.article not in far
        or float(vecs[c.vector_row] @ vecs[first.vector_row]) >= OTHER_STORY_LEAD_SIM
    ):
        return False
    named = [
        e
        for e in ws.entities or ()
        if e.type not in STORY_BLIND_TYPES
        and any(m.article == u.article and u.start <= m.start < u.end for m in e.mentions)
    ]
    # whom it tells of says which story it is; a state or a chamber ("Kentucky", "the House")
    # is in the next story of the beat too
    judged = [e for e in named if e.type == "PERSON"] or named
    return not any(m.article != u.article for e in judged for m in e.mentions)


def _opening_name(ws: Workspace, c: _Candidate) -> str | None:
    """Whom the "He" or "She" that opens ``c``'s wording stands for, when that is certain: the
    subject of the sentence just before it in its article, or the person the other outlets
    cited for the same claim name as doing that act (:func:`named_wording`, the facts table's
    own naming); else None. "She wants her whole life documented" cannot stand in a brief,
    "[Bethenny Frankel] wants her whole life documented" can."""
    assert ws.units is not None
    u = ws.units[c.sentence]
    short = compress(c.text)
    text, start = short.text, short.start
    if text.split(" ", 1)[0] not in _PERSON_PRONOUNS:
        return None
    cited = [
        ws.doc(sp.article).char_span(sp.start, sp.end, alignment_mode="expand")
        for sp in c.citations
        if sp.article != u.article
    ]
    wording = named_wording(
        text, u.start + c.offset + start, ws.doc(u.article), [s for s in cited if s is not None]
    )
    if not wording.named or wording.text == text:
        return None
    return wording.text[1 : wording.text.index("]")]


def _speaker(ws: Workspace, c: _Candidate) -> NamedSpeaker | None:
    """Whom the "he" or "she" who says ``c``'s quotation stands for (:func:`named_speaker`):
    "“This is not our preferred outcome,” he said" cannot stand in a brief, "“…,” [Barack
    Obama] said" can."""
    assert ws.units is not None
    u = ws.units[c.sentence]
    short = compress(c.text)
    text, start = short.text, short.start
    return named_speaker(text, u.start + c.offset + start, ws.doc(u.article))


def _speaker_at(ws: Workspace, c: _Candidate) -> int | None:
    """Where in its article the pronoun ``c`` shows named as its quotation's speaker starts."""
    if c.speaker is None:
        return None
    assert ws.units is not None
    return ws.units[c.sentence].start + c.offset + compress(c.text).start + c.speaker.at


def _with_name(text: str, name: str) -> str:
    """``text`` with its opening pronoun replaced by ``name`` in brackets."""
    return f"[{name}]{text[len(text.split(' ', 1)[0]) :]}"


def _first_untold(ws: Workspace, brief: list[_Candidate]) -> _Candidate | None:
    """The first sentence of ``brief`` (after its opening) that calls its subject "the X" for
    a thing none of the sentences before it names (:func:`told_only_before`), or its main
    verb's object so for an agreement or a document ("defends the deal", :func:`untold_object`),
    or that says its subject "also" did what none of them told, or people "of the group" it never named
    (:func:`leans_on_untold`), or that calls someone by what they are known as ("the actress")
    where the sentence right before names not one person (:func:`unplaced_epithet`), or
    whose subject "it" stands for a thing (:func:`lone_it`) the
    sentence right before it does not name: a reader takes an "it" for the thing just told,
    not for one told lines before (or never). None when there is none."""
    assert ws.units is not None
    told: set[str] = set()
    last: set[str] = set()  # the words of the sentence right before
    previous: SpacySpan | None = None  # ... and its parse
    people = people_words(ws.entities or ())
    two_named = False
    for i, c in enumerate(brief):
        u = ws.units[c.sentence]
        short = compress(c.text)
        text, start = short.text, short.start
        span = parse_of(ws, u, c.offset + start)  # the words shown ("Also" dropped)
        if c.thing and not c.thing & last:
            return c
        if i and (
            told_only_before(ws, u, text, told, two_named=two_named)
            or untold_object(ws, u, text, told)
            or leans_on_untold(span, told)
            or unplaced_epithet(span, previous, people)
        ):
            return c
        previous = span
        last = {w for t in span or () for w in (t.lemma_.lower(), t.lower_)}
        told |= last
        two_named = two_named or names_two(span)
    return None


def _first_unplaced(ws: Workspace, brief: list[_Candidate]) -> _Candidate | None:
    """The first sentence of ``brief`` (after its opening) that, as shown with its people
    named in full (:func:`~newsweave.synthesis.brief_names.named_first`), still calls someone
    by a surname none of the sentences up to it gives in full (:func:`unplaced_surname`), or
    None."""
    assert ws.analyses is not None
    people = brief_persons(ws)
    told = ""
    shown = named_first(ws, [_render(ws, c, None) for c in brief])
    for i, (c, b) in enumerate(zip(brief, shown, strict=True)):
        own = b.citations[0] if b.citations else None
        span = (
            None
            if own is None
            else ws.doc(own.article).char_span(own.start, own.end, alignment_mode="expand")
        )
        if i and unplaced_surname(b.text, span, told, people) is not None:
            return c
        told = f"{told} {b.text}"
    return None


def _budget_brief(ws: Workspace, keep: list[int], words: int) -> list[BriefSentence]:
    """At most ``words`` words covering what most outlets report (:mod:`..coverage`), each
    sentence citing its own span and, when it states a multi-source fact, the fact's."""
    assert ws.units is not None and ws.sentences is not None and ws.facts is not None
    units = ws.units
    whole = [k for k in keep if units[k].kind in ("sentence", "quote")]
    texts = {k: compress(unit_text(units[k], ws.sentences)).text for k in whole}
    chosen = cover(units, texts, whole, words)
    if not chosen and keep:
        chosen = [keep[0]]  # nothing fits: the first statement, cut at a clause boundary
    # the summary opens with who did what, not a quotation: the main statement when it is
    # chosen, else the first that can lead
    main = main_statement(ws, keep)
    lead = main if main in chosen else next((k for k in chosen if can_lead(units[k], ws)), None)
    if lead is not None:
        chosen = [lead] + [k for k in chosen if k != lead]
    fact_of = {(c.article, c.start, c.end): f for f in ws.facts for c in f.citations}
    out = []
    for k in chosen:
        u = units[k]
        fact = fact_of.get((u.article, u.start, u.end))
        cites = fact.citations if fact else (u.span,)
        n = len(fact.sources) if fact else 1
        cand = _Candidate(unit_text(u, ws.sentences), cites, k, n, n, "main", 0.0)
        out.append(_render(ws, cand, words))
    return out


def _fact_wordings(
    facts: list[Fact], units: list[Unit], vecs: np.ndarray, index: dict[tuple[str, int, int], int]
) -> dict[int, int]:
    """Fact number -> the unit whose wording states it best: the fact's own wording, which
    every citation backs (an article may back a claim with two statements, each saying half
    of it), else the most central, plainly worded citation; facts worded only by a
    subordinate clause are left out."""
    chosen_unit: dict[int, int] = {}
    for k, f in enumerate(facts):
        options = [
            index[(c.article, c.start, c.end)]
            for c in f.citations
            if (c.article, c.start, c.end) in index
        ]
        if not options:
            continue
        v = vecs[options]
        central = (v @ v.T).mean(1) if len(options) > 1 else np.ones(1)
        own = [j for j, o in enumerate(options) if _own_words(units[o], f.text) is not None]
        best = (
            own[0]
            if own
            else max(
                range(len(options)), key=lambda j: central[j] - unit_penalty(units[options[j]])
            )
        )
        if units[options[best]].kind == "sub" and k:
            continue  # "hours after X called for Y": a fact, but not a sentence a reader can take alone
        chosen_unit[k] = options[best]
    return chosen_unit


def _worded_by(u: Unit, text: str) -> bool:
    """Whether ``text`` is unit ``u``'s own wording, whole or past a leading "X came hours
    after" (:func:`~newsweave.synthesis.units.claim_text`)."""
    own = u.standalone or ""
    return own == text or (len(text) > 1 and own.endswith(text[1:]) and text[0].isupper())


def _own_words(u: Unit, text: str) -> str | None:
    """``text``, a fact's wording, as unit ``u`` words it (:func:`_worded_by`): itself, or
    with the "he" or "she" the facts table names in brackets as its quotation's speaker back
    in place ('"…," [Barack Obama] said' is the unit's '"…," he said', which the brief names
    itself); None when it is not ``u``'s wording."""
    parts = _BRACKETED.split(text)
    unnamed = [f"{parts[0]}{p.lower()}{parts[1]}" for p in _PERSON_PRONOUNS if len(parts) == 2]
    return next((t for t in (text, *unnamed) if _worded_by(u, t)), None)


def _fact_candidates(
    ws: Workspace,
    chosen_unit: dict[int, int],
    index: dict[tuple[str, int, int], int],
) -> list[_Candidate]:
    """One candidate per worded fact, ranked by support and plain wording."""
    assert ws.facts is not None and ws.units is not None and ws.sentences is not None
    assert ws.unit_vectors is not None
    cands: list[_Candidate] = []
    for k, ui in chosen_unit.items():
        f, u = ws.facts[k], ws.units[ui]
        rank = f.independent_sources * 2.0 + len(f.sources) + f.score - 3 * unit_penalty(u)
        text = brief_wording(ws, u, f.citations)
        words = _own_words(u, f.text) if text == u.standalone else None  # the fact's own
        offset = len(text) - len(words) if words is not None else 0
        others = [
            index[(c.article, c.start, c.end)]
            for c in f.citations
            if (c.article, c.start, c.end) in index and index[(c.article, c.start, c.end)] != ui
        ]
        vec = ws.unit_vectors
        alike = max(others, key=lambda o: float(vec[o] @ vec[ui])) if offset and others else None
        cands.append(
            _Candidate(
                words if words is not None else text,
                f.citations,
                ui,
                len(f.sources),
                f.independent_sources,
                "",
                rank,
                offset=offset,
                alike=alike,
            )
        )
    return cands


def _unique_candidates(ws: Workspace, index: dict[tuple[str, int, int], int]) -> list[_Candidate]:
    """Statements no two outlets back in one wording (:attr:`Workspace.details`, the unique
    details and the leads another outlet tells in its own words) that stand alone as
    sentences, in their informativeness order."""
    assert ws.details is not None and ws.units is not None and ws.sentences is not None
    units = ws.units
    cands: list[_Candidate] = []
    for pos, d in enumerate(ws.details):  # ranked by informativeness
        c = d.citations[0]
        k = index.get((c.article, c.start, c.end))
        if k is None or units[k].standalone is None:
            continue
        rank = -3 * unit_penalty(units[k]) - 0.02 * pos
        text = brief_wording(ws, units[k], d.citations)
        cands.append(_Candidate(text, d.citations, k, 1, 1, "", rank))
    return cands


# Stances worth a brief sentence: a named person taking a side (not "neutral" or the proposer).
BRIEF_STANCES = ("welcomes", "rejects", "skeptical", "conditional")


def _reaction_candidates(ws: Workspace, units: list[Unit]) -> list[_Candidate]:
    """One sentence per named person's reaction (the reactions stage's own citation); a
    state's reaction counts when a named head of state spoke for it.

    Facts and unique details miss reactions an outlet reports in a long sentence that
    aligns with nothing; an editor would still give them (attributed, so never "disputed").
    """
    persons = {e.name for e in ws.entities or [] if e.type == "PERSON"}
    out: list[_Candidate] = []
    for r in ws.reactions or []:
        if r.stance not in BRIEF_STANCES or not {r.actor, *r.speakers} & persons:
            continue
        options: list[int] = []
        for c in r.citations:
            text = ws.article(c.article).text
            cited = text[c.start : c.end]
            start = c.start + len(cited) - len(cited.lstrip(" \n\"“”‘’'"))
            options += [
                i
                for i, u in enumerate(units)
                if u.article == c.article
                and u.kind in ("sentence", "quote")
                and u.start <= start < u.end
                and u.standalone is not None
            ]
        if not options:
            continue
        # the outlet's neutral wording first (no loaded words of its own), then the plainest
        k = min(
            dict.fromkeys(options),
            key=lambda i: (
                any(t.voice == "own" for t in loaded_terms_in(units[i].text)),
                unit_penalty(units[i]),
                len(units[i].text),
            ),
        )
        rank = 0.5 * len(r.sources) - unit_penalty(units[k])
        out.append(
            _Candidate(
                unit_text(units[k], ws.sentences),
                (units[k].span,),
                k,
                len(r.sources),
                1,
                "",
                rank,
                True,
            )
        )
    return out


def _disputed_spans(ws: Workspace) -> list[Span]:
    """Spans that another source contradicts (not superseded updates' newer side)."""
    out: list[Span] = []
    for c in ws.contradictions or []:
        claims = list(c.claims)
        if getattr(c, "update", False) and claims:
            claims = claims[:-1]  # the later report stands; the superseded one is not repeated
        for cl in claims:
            out.extend(cl.citations)
    return out


# The passes of :func:`_select`, each admitting more while the brief has fewer than
# MIN_SENTENCES: the news several outlets report; then analysis, background, loaded words and
# more of one subject, each labelled or attributed; then one outlet's details.
_STRICT, _LABELLED, _WEAK = 2, 1, 0


def _select(
    cands: list[_Candidate],
    units: list[Unit],
    vec: np.ndarray,
    disputed: list[Span],
) -> list[_Candidate]:
    quota = {"main": 1, "context": MAX_CONTEXT, "reaction": MAX_REACTIONS, "open": MAX_OPEN}
    taken: list[_Candidate] = []
    used = dict.fromkeys(quota, 0)

    def redundant(c: _Candidate) -> bool:
        sims = [(t, float(vec[c.vector_row] @ vec[t.vector_row])) for t in taken]
        return c.retells or any(
            sim >= REDUNDANT_SIM or any(same_happening(a, b, sim) for a in c.acts for b in t.acts)
            for t, sim in sims
        )

    def same_subject(c: _Candidate) -> int:
        subj = _subject(c.shown)
        return sum(bool(subj & _subject(t.shown)) for t in taken)

    def admissible(c: _Candidate, level: int) -> bool:
        strict = level == _STRICT
        if redundant(c):
            return False
        if strict and same_subject(c) >= SAME_SUBJECT_MAX:
            return False
        if (
            c.role != "main"
            and not c.attributed
            and any(overlaps_any(s, disputed) for s in c.citations)
        ):
            return False
        if (
            strict
            and c.role != "main"
            and any(t.voice != "quoted" for t in loaded_terms_in(c.text))
        ):
            return False
        if strict and c.role != "main" and c.label:
            return False  # analysis and background only fill the room the news leaves
        if level > _WEAK and c.role != "main" and c.undated:
            return False  # "pleaded not guilty today" (which day?) only makes up the minimum
        # one outlet's detail (a caption, a side scene) only makes up the minimum
        return not (level > _WEAK and c.role == "context" and c.sources < 2)

    # an open question only fills room the facts and reactions leave, and a sentence on a day
    # the reader is not shown comes after the rest (stable: rank order kept)
    cands = sorted(cands, key=lambda c: (c.role == "open", c.undated and c.role != "main"))
    for level in (_STRICT, _LABELLED, _WEAK):
        for c in cands:
            if len(taken) >= MAX_SENTENCES:
                break
            if c in taken or used[c.role] >= quota[c.role] or not admissible(c, level):
                continue
            taken.append(c)
            used[c.role] += 1
        if len(taken) >= MIN_SENTENCES:
            break
    if len(taken) < MIN_SENTENCES:
        for c in cands:  # too few by role: fill with the best remaining, any role
            if len(taken) >= MIN_SENTENCES:
                break
            if c not in taken and not redundant(c):
                taken.append(c)
    order = {"main": 0, "context": 1, "reaction": 2, "open": 3}
    # within a role, what was done before what people said of it, each in the order the
    # outlets tell it; a person's words only when the brief tells nothing else of them (the
    # sentence that says who they are would come after a bracketed "[Mark E.] Laidre observed")
    said = {
        c.sentence
        for c in taken
        if c.says is not None and not any(c.says in t.shown for t in taken if t is not c)
    }
    # ... and, in a brief with a line marked background, a line of what came years before the
    # news after the rest: ahead of the marker it reads as news (multinews 229: a band's 1967
    # line-up change before "Background: Born ..., Balin was a young folksinger")
    marked = any(c.label == "background" for c in taken)
    history = {c.sentence for c in taken if marked and c.past and c.label is None}
    return sorted(
        taken,
        key=lambda c: (
            order[c.role],
            c.sentence in history,
            c.sentence in said,
            c.told_at,
            units[c.sentence].index,
        ),
    )


def _told_at(starts: dict[str, list[int]], citations: tuple[Span, ...]) -> int:
    """How early the outlets tell a statement: the least place, over its citations, of the
    sentence cited in its article (``starts``: each article's sentence starts, in order; 0:
    some outlet's lead). A story tells the news first, then how it came about, then what
    people said of it, and one outlet's place alone ("its 18th sentence") says little when
    another leads with it (session 33: a shooting's arrest, a mother's grief, then the
    quarrel that began it, each ordered by its own wording's place)."""
    places = [
        bisect_right(starts[sp.article], sp.start) - 1 for sp in citations if sp.article in starts
    ]
    return min(places, default=0)


def _person_says(span: SpacySpan | None, opening: SpacySpan | None) -> str | None:
    """The surname of the person whose words ``span`` (a wording's parse) tells, when they
    speak of the news: its main verb one of saying (:data:`SPEECH_VERBS`) whose subject is a
    person's name ("Jennifer Rivers told reporters she ...") the brief's ``opening`` does not
    name; else None. An office's words ("Police said ...") tell the news itself, and so do
    those of whom the news is about ("Gov. Robert Bentley today apologized ...", then "“I
    deeply regret …,” Bentley wrote")."""
    if span is None or span.root.lemma_.lower() not in SPEECH_VERBS:
        return None
    named = {t.lower_ for t in opening or () if t.pos_ == "PROPN"}
    for c in span.root.children:
        # (the subject's own name, not one of a clause describing it: "Brian Hjort, a Danish
        # man who has helped Mr. Luu ..., says" is Hjort's word, multinews 155)
        name = [t for t in c.lefts if t.dep_ == "compound" and t.ent_type_ == "PERSON"] + [c]
        if (
            c.dep_ in ("nsubj", "nsubjpass")
            and c.ent_type_ == "PERSON"
            and not any(t.lower_ in named for t in name)
        ):
            return name[-1].text
    return None


def _render(ws: Workspace, c: _Candidate, words: int | None) -> BriefSentence:
    assert ws.units is not None
    units = ws.units
    s = units[c.sentence]
    short = compress(c.text)
    start, end = short.start, short.end
    text = c.shown
    if words is not None and len(text.split()) > words:
        kept = _cut_to_words(text, words)
        end = start + len(kept)
        text = kept + "…"
    # the chosen wording's span, cut to the words shown, and every other that backs them
    home = [sp for sp in c.citations if sp.article == s.article and sp.start == s.start]
    cites = [Span(sp.article, s.start + c.offset + start, s.start + c.offset + end) for sp in home]
    cites += backing(ws, text, c.citations, s.span)
    # the chosen wording's span first: it is the one the text is taken from
    cites.sort(key=lambda sp: sp.article != s.article)
    return BriefSentence(text=text, citations=tuple(cites), label=wording_label(ws, s, text))


def _cut_to_words(text: str, words: int) -> str:
    """The longest prefix ending at a clause boundary (comma, semicolon, dash) within ``words``."""
    toks = list(re.finditer(r"\S+", text))
    limit = toks[words - 1].end() if words <= len(toks) else len(text)
    cut = max(
        text.rfind(",", 0, limit),
        text.rfind(";", 0, limit),
        text.rfind(" –", 0, limit),
        text.rfind(" —", 0, limit),
    )
    if cut <= 0:
        cut = limit
    return text[:cut].rstrip(" ,;–—")
