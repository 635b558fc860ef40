"""Reports whose source is named in a phrase, not a verb's subject (:mod:`.reported`):
"according to X" (the clause the phrase modifies is X's), a poll's "in" phrase ("In the
poll, X leads Y": the poll's finding) and hearsay told by an adverb, of no one named ("The
FBI is reportedly making arrangements…"). Kept apart from the cue verbs' rules, which read a
content off its cue's own dependents; these read it off the clause around the phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.attribution import (
    MAX_CONTEXT_TOKENS,
    is_cue,
    sentence_end,
    sentence_start,
)
from newsweave.synthesis.quotes.contents import paragraph_end, paragraph_start
from newsweave.synthesis.quotes.cues import FINDING_NOUNS
from newsweave.synthesis.quotes.patterns import RuledContent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Relative pronouns that open a clause about the noun before them ("police, who added ..."),
# and the articles that open a description of it ("Everytown, a group created by ...").
_RELATIVES = frozenset({"who", "whose", "whom", "which"})
_SOURCE_CLAUSE_OPENERS = _RELATIVES | {"a", "an"}
# Adverbs that tell a clause as what others report, naming none of them ("The FBI is
# reportedly making arrangements to interview her"): PolNeAR annotates the clause as an
# attribution without source (train: 13 such contents, none found before).
HEARSAY_ADVERBS = frozenset({"reportedly"})
# How many heads up from an "in the poll" phrase its clause's verb may stand: the phrase hangs
# on a noun or an adverb of the clause ("has a lead [in the polls]", "is ahead [in polls]").
MAX_FINDING_CLIMB = 3
# ...and the relations it climbs by: the clause's own object, subject, predicate or adverb, not
# a phrase or clause of circumstance ("Despite his low standing [in the polls], Clinton had…":
# the polls found the standing, not what Clinton had).
_FINDING_PARTS = frozenset(["dobj", "nsubj", "attr", "acomp", "advmod", "npadvmod", "oprd"])
# What may open the clause before its subject and is no part of what is reported: a time,
# a condition or a circumstance ("When the vote was called, delegates reportedly booed").
_CLAUSE_LEAD_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod", "punct", "cc", "mark"})


def according_to(tok: Token) -> RuledContent | None:
    """``according to X, …`` / ``…, according to X``: the clause the phrase modifies.

    A phrase closing its paragraph ("…, according to the F.A.A.") is read up to the paragraph
    break even when the parse runs on into the next paragraph (an abbreviation's full stop
    does not end a sentence for the parser): the content is the clause before it.
    """
    doc = tok.doc
    to = doc[tok.i + 1]
    stop = paragraph_end(to)
    source = next((g for g in to.children if g.dep_ == "pobj" and g.i < stop), None)
    if source is None:
        source = next((g for g in tok.children if g.dep_ == "pobj" and g.i < stop), None)
    if source is None and stop < len(doc):
        named = [t for t in doc[to.i + 1 : stop] if t.pos_ in ("PROPN", "NOUN")]
        source = named[-1] if named else None
    head = tok.head if tok.dep_ == "prep" else tok
    if source is None:
        return None
    phrase = range(tok.left_edge.i, min(stop, max(tok.right_edge.i, source.right_edge.i) + 1))
    lo = max(sentence_start(tok), paragraph_start(tok))
    closing = all(t.is_punct for t in doc[phrase.stop : min(stop, sentence_end(tok))])
    if doc[tok.i - 1].text == "," and (closing or head.i == tok.i or head.i >= stop):
        # "…, according to X." closing its sentence: the whole sentence before it, every
        # clause of it ("A drew support, while B was outpacing her, according to the poll":
        # the parser hangs the phrase on the last clause alone), also when the parse runs on
        # past the paragraph break
        return (
            RuledContent(tok, source, lo, tok.i - 1) if tok.i - lo <= MAX_CONTEXT_TOKENS else None
        )
    if head.i == tok.i:
        return None
    # the clause around the phrase, the phrase itself cut out
    lo, hi = head.left_edge.i, head.right_edge.i
    if hi - lo > MAX_CONTEXT_TOKENS:
        return None
    if phrase.start <= lo:
        lo = phrase.stop
    elif phrase.stop - 1 >= hi:
        hi = phrase.start - 1
    else:
        # in the middle ("the plant, according to X, was safe"): the longer side, unless the
        # side after it is a relative clause of the source ("a lie according to police, who
        # added that ...": the parser may hang it on another noun) or a description of it
        # ("..., according to Everytown, a group created by ..."), which is not the content.
        # A side before it that is only the clause's subject ("Trump, according to aides,
        # was upset") goes with the side after: the claim is over the phrase (listed
        # without it, see contents.without_aside), not a predicate that lost its subject
        after = doc[phrase.stop : phrase.stop + 2]
        relative = (
            len(after) == 2 and after[0].text == "," and after[1].lower_ in _SOURCE_CLAUSE_OPENERS
        )
        if relative or phrase.start - lo >= hi - phrase.stop:
            hi = phrase.start - 1
        elif not _subject_only(doc, head, lo, phrase.start):
            lo = phrase.stop
    return RuledContent(tok, source, lo, hi)


def _subject_only(doc: Doc, head: Token, lo: int, phrase_start: int) -> bool:
    """Whether the tokens from ``lo`` up to the comma before the phrase are the subject of
    ``head``, the clause the phrase sits in, and nothing else; not a relative word ("a
    brigade which, according to diplomats, is the best trained"), whose claim is what
    follows the phrase."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.lower_ not in _RELATIVES | {"that"}
        and doc[phrase_start - 1].text == ","
        and (subject.left_edge.i, subject.right_edge.i) == (lo, phrase_start - 2)
    )


def in_finding(tok: Token) -> RuledContent | None:
    """``In the poll, X leads Y`` / ``X leads Y in the survey`` / ``X has a lead in the polls
    over Y``: the main clause the phrase opens, closes or sits in is the poll's finding
    (PolNeAR annotates it, the poll the source: on train 51 attributions cued by "in" had no
    candidate; the phrase opening or closing the clause found 11, with 3 false alarms, "X is
    still ahead in national polls" among them). The phrase may hang on the clause's object,
    predicate or adverb rather than its verb ("has a decisive lead [in the polls]", "is ahead
    [in national polls]"); inside the clause, it stays in the content ("Trump has a lead in
    the polls over Cruz"), up to a second verb coordinated after it (train, the model refit:
    all-attribution P/R/F1 0.8433/0.7583/0.7985 -> 0.8426/0.7591/0.7987; 32 more reports,
    15 annotated, most others poll standings PolNeAR leaves out). Not when the clause's
    verb is a cue ("in the poll, 60 percent said…": the cue reports it), nor on a clause of no
    subject or two (a parse gone wrong: "officials wouldn't name hospitals studied in the
    second survey", "studied" its root with both subjects)."""
    pobj = next((g for g in tok.children if g.dep_ == "pobj"), None)
    if tok.dep_ != "prep" or pobj is None or pobj.lemma_.lower() not in FINDING_NOUNS:
        return None
    head = tok.head
    for _ in range(MAX_FINDING_CLIMB):
        if head.pos_ in ("VERB", "AUX") or head.dep_ not in _FINDING_PARTS:
            break
        head = head.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        head.dep_ != "ROOT"
        or head.pos_ not in ("VERB", "AUX")
        or is_cue(head, governing=True)
        or len(subjects) != 1
    ):
        return None
    lo, hi = head.left_edge.i, head.right_edge.i
    if subjects[0].i < head.i:
        # what leads the clause in before its subject is the writer's ("But in the poll,
        # Clinton led", "Unfortunately …; Obama rocketed in the polls")
        lo = max(lo, subjects[0].left_edge.i)
    if tok.left_edge.i == lo or tok.right_edge.i < lo:
        lo = max(lo, tok.right_edge.i + 1)  # the phrase opens the clause
    elif tok.right_edge.i >= hi - 1:
        hi = tok.left_edge.i - 1
    else:
        # inside the clause: up to a second verb coordinated after it ("enjoys a lead in the
        # polls [but suffers from high unpopularity]"), a claim of the writer's own
        second = next((c for c in head.children if c.i > tok.i and c.dep_ in ("cc", "conj")), None)
        hi = second.i - 1 if second is not None else hi
    return RuledContent(tok, pobj, lo, hi) if hi - lo <= MAX_CONTEXT_TOKENS else None


def hearsay(tok: Token) -> RuledContent | None:
    """A :data:`HEARSAY_ADVERBS` adverb reports the clause of the verb it modifies, from its
    subject on (what leads the clause in before the subject is the writer's), by no one
    named: a source that is no one is never listed as anyone's speech."""
    verb = tok.head
    if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or is_cue(verb, governing=True):
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i < verb.i:
        lead = [c for c in verb.children if c.i < subject.left_edge.i]
        if all(c.dep_ in _CLAUSE_LEAD_DEPS for c in lead):
            lo = subject.left_edge.i
    return RuledContent(tok, None, lo, hi) if hi - lo <= MAX_CONTEXT_TOKENS else None
