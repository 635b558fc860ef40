"""Whether two brief sentences tell one happening twice, in words an embedding does not match.

Two outlets tell the same act in sentences that differ in all else: "Former runner-up Brittany
Lewis was awarded the crown after the winner was stripped of it" and "First runner-up Brittany
Lewis of Wilmington will be awarded the crown at a news conference" share a cosine of 0.59,
below the brief's redundancy threshold, yet a reader meets Lewis's crown twice. Sentences
alike in meaning share many words too, but so do a story's lead and the paragraph that
explains it (the names, the place): read on the multinews validation briefs, word overlap
marked lead and elaboration as often as retellings. What marks a retelling is the act itself:
the same main verb, done by the same one, to the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.text.lexicons import in_ranges, quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Two sentences this alike (cosine) that tell the same act are one happening told twice; below
# it the same verb, doer and thing are two acts (two quotations of one letter sit at 0.52, the
# Lewis pair at 0.59; a brief's unrelated pairs mostly below 0.45).
RETELLING_SIM = 0.45
# Adverbs by which a sentence says it tells one more act ("Trump also sought to tie his demands
# to the Iran deal" after he sought to tie them to an attack): never the same one again.
ALSO = frozenset({"also", "too"})
# Letters two words share when they tell of one thing ("shoot", "shooting"; "runner-up",
# "runner"): a cheap stem, enough to see a doer or a thing told again.
STEM = 5
# Parts of speech that say what a sentence tells of, and the verbs that tell nothing alone
# (nor a verb of saying: two quotations of one speaker "wrote" are two statements).
CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
LIGHT_VERBS = frozenset({"be", "have", "do", "say", "tell", "get", "make"})
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "write",
        "explain",
        "note",
        "claim",
        "argue",
        "insist",
        "report",
    }
)
_SAYING = LIGHT_VERBS | SPEECH_VERBS
_DOERS = frozenset({"nsubj", "nsubjpass"})
# Clauses joined to a verb whose acts the sentence tells too: of time, cause or condition
# ("after Longacre was stripped of it"), and the next act of a sequence ("and was booked").
_JOINED = frozenset({"advcl", "conj"})
# Heads that name a subject again or with another: its apposition, the next of a list.
_BESIDE = frozenset({"appos", "conj"})
# What the main verb is done to or with: its object, complement, agent or phrase.
_DONE = frozenset({"dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "prep", "agent"})


@dataclass(frozen=True)
class Happening:
    """The act a sentence tells: its main verb, and the stems of who did it and to what (the
    head words of its subject and of its object side)."""

    act: str
    doers: frozenset[str]
    done: frozenset[str]


def stem(word: str) -> str:
    """``word``'s first :data:`STEM` letters."""
    return word[:STEM]


def content_stems(tokens: Iterable[Token]) -> frozenset[str]:
    """Stems of the words of ``tokens`` that tell of something (:data:`CONTENT`, not a light
    verb)."""
    return frozenset(
        stem(t.lemma_.lower())
        for t in tokens
        if t.pos_ in CONTENT and t.lemma_.lower() not in LIGHT_VERBS
    )


def adds(span: SpacySpan) -> bool:
    """Whether the main verb of ``span`` says "also" (:data:`ALSO`) in ``span``'s own words
    (not in a leading "Also" the brief drops): one more act."""
    return _adds(span.root, span)


def _adds(verb: Token, span: SpacySpan) -> bool:
    """Whether ``verb`` says "also" in ``span``'s own words."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ALSO and span.start <= c.i < span.end
        for c in verb.children
    )


def happening(span: SpacySpan | None) -> Happening | None:
    """The act ``span`` (a sentence's parse) tells, or None when its main verb only reports
    or links (:data:`_SAYING`: "X said ..." tells what was said, not an act of X's) or says
    it is one more act (:func:`adds`)."""
    if span is None or not len(span):
        return None
    return _act(span.root, span)


def happenings(span: SpacySpan | None) -> tuple[Happening, ...]:
    """Every act ``span`` tells: its main one (:func:`happening`), or, when its main verb
    reports ("A former officer was found dead in his home, authorities said"), the act of the
    report outside quotation marks (a quotation is its speaker's statement: two quotations
    of one letter are two); and the acts of the clauses joined to it, of time, cause or
    sequence ("Lewis was awarded the crown after Longacre was stripped of it": the stripping
    is told too, and a sentence that tells it again retells it)."""
    if span is None or not len(span):
        return ()
    root = span.root
    quotes = quoted_ranges(span.text)
    mains = [root]
    if root.lemma_.lower() in SPEECH_VERBS:
        mains = [
            c
            for c in root.children
            if c.dep_ == "ccomp" and not in_ranges(c.idx - span.start_char, quotes)
        ]
    verbs = [
        *mains,
        *(
            c
            for v in mains
            for c in v.children
            if c.dep_ in _JOINED and span.start <= c.i < span.end
        ),
    ]
    return tuple(a for v in verbs if (a := _act(v, span)) is not None)


def _act(verb: Token, span: SpacySpan) -> Happening | None:
    """The act of ``verb``: who did it and to what; None for a verb of saying or linking, or
    one that says "also" (:func:`adds`)."""
    act = verb.lemma_.lower()
    if act in _SAYING or verb.pos_ not in ("VERB", "AUX") or _adds(verb, span):
        return None
    doers = [c for c in verb.children if c.dep_ in _DOERS]
    done = [c for c in verb.children if c.dep_ in _DONE]
    return Happening(
        act,
        # who: the subject's head, the heads beside it and the names in it ("Former runner-up
        # for the pageant, Brittany Lewis," is Lewis), not the words that describe it
        # ("harbour master", "harbour board")
        content_stems(
            [
                *doers,
                *(g for c in doers for g in c.children if g.dep_ in _BESIDE),
                *(t for c in doers for t in c.subtree if t.ent_type_ == "PERSON"),
            ]
        ),
        # to what: the head of each object or phrase ("the crown", "at a news conference"),
        # not all it says of it ("complained that Googling his name turned up the prince's
        # statues" and "complained about the lawyer the prince is suing" share only him)
        content_stems(
            [
                *(c for c in done if c.dep_ != "prep"),
                *(g for c in done if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"),
            ]
        ),
    )


def same_happening(a: Happening | None, b: Happening | None, similarity: float) -> bool:
    """Whether two sentences (a :func:`happening` of each, their cosine ``similarity``) tell
    one act: the same verb, a doer and a thing in common, and alike past
    :data:`RETELLING_SIM`."""
    return (
        a is not None
        and b is not None
        and similarity >= RETELLING_SIM
        and a.act == b.act
        and bool(a.doers & b.doers)
        and bool(a.done & b.done)
    )
