"""Whether a brief sentence calls its subject "the X" for a thing the brief never told of.

A brief's sentences come from anywhere in their stories, and a sentence that says "the plan"
or "the bill" follows, in its own article, the paragraph that told of that plan or bill: in a
brief that never mentions one the reader asks which ("The plan called for ...", "The sets
always included ...", "The bill was defeated at that time"). Two readings, both of the
subject the sentence opens with (:func:`~newsweave.synthesis.reads_alone.definite_subject`,
which leaves alone a "the X" whose own words say which one: "The man who drove ...", "The
White House"):

- :func:`unintroduced`, against the brief's opening alone (before the brief is chosen): a
  message, a statement or a report told of elsewhere ("The message noted ...": which
  message?), or one more act of something named elsewhere ("The firm on Friday also sued ...").
- :func:`told_only_before`, against the sentences the brief shows before it (once it is
  chosen): any thing the sentence's own article told of before it, under the same noun or,
  past its lead, another ("The gown was ..." after "her caged design"); a "the X" whose
  clause points back at the story ("The incident that so angered Trump ..."); people called
  "the pair" or "the couple" where the brief never named two together.

And :func:`untold_object`, against the same sentences: an agreement or a document the main
verb is done to ("TSA defends the deal") that the brief never told of.

And :func:`leans_on_untold`, against the same sentences: someone new to the brief who "also"
did what it never told ("Scalia's widow, Maureen, was also in the audience"), people "of
the group" it never named, or a thing it points at by "this" or "that same" ("watches this
scene unfold"); and :func:`unplaced_epithet`, against the sentence right before: someone
called by what they are known as ("the actress and producer") after a line that does not
name them alone.

People, bodies and places are otherwise left to the first reading: a story names and describes
them in many ways ("a man brandishing a gun" is "the suspect", "scientists" are "the
researchers", two girls named in the lead are "the girls", the Fish and Wildlife Service is
"the agency", a unit of a hospital is "the building"), so a noun the brief has not used says
little of whether the reader knows whom or what it means. A thing keeps its noun ("a plan" is
"the plan"), or a part of it ("a major snowstorm" is "the storm").
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.models import Entity
from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.bare_frames import TELLING_LEMMAS
from newsweave.synthesis.entity_names import GENERIC_BODIES
from newsweave.synthesis.entity_types import UNTYPED
from newsweave.synthesis.pipeline import Workspace
from newsweave.synthesis.reads_alone import definite_subject, may_be_someone, wording_parse
from newsweave.synthesis.retelling import adds, content_stems, stem
from newsweave.synthesis.units import Unit
from newsweave.text.headline_patterns import PERSON_WORDS
from newsweave.text.lexicons import in_ranges, quoted_ranges
from newsweave.text.statement_patterns import ADDING, TOLD_BY, TOLD_THINGS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Nouns for people or a group of them, besides the headline rules' (:data:`PERSON_WORDS`),
# that a story uses for ones its lead called otherwise ("The researchers want ..." after
# "Scientists from JCU ..."; a pair is read apart, :data:`_PAIRS`).
_PEOPLE = PERSON_WORDS | frozenset(
    {"researcher", "scientist", "team", "group", "crew", "official", "expert", "investigator",
     "host", "parent", "member"}
)  # fmt: skip

# What a study found, and the words that tell of a study or its finding: "the findings" and
# "the work" follow a brief that said "researchers" or "a group has found ..." (as
# :data:`TOLD_BY` tells the study itself).
_FINDINGS = frozenset({"finding", "result", "work", "research", "discovery", "conclusion"})
_FINDING_TOLD_BY = frozenset(
    {"study", "research", "researcher", "scientist", "team", "group", "paper", "find", "discover"}
)

# A word of degree that points back at what the story told ("The incident that so angered
# Trump came ...": angered him as much as the story said; not "so far"): a clause with one
# describes its "the X" by what the reader was never told.
_POINTING_DEGREE = frozenset({"so"})

# A group some people are "of" ("Ally Brooke and Dinah Jane of the group"), that a story names
# once and calls so after.
_GROUPS = frozenset({"group", "band"})

# Nouns for two or three people the story named before ("The pair threw back vodka shots",
# "The couple is trying to remain anonymous"): in a brief that never named two people together
# ("Jessica Gomes and Aaron Bairos", "a husband and wife") the reader asks who.
_PAIRS = frozenset({"pair", "duo", "couple", "two", "trio"})

# Nouns that sum up what happened ("The incident kept the quay closed ..."): the brief's opening
# told it, whatever noun the story called it by before.
_HAPPENINGS = frozenset(
    {"incident", "accident", "event", "attack", "crash", "tragedy", "episode", "ordeal", "case"}
    | {"confrontation", "clash", "fight", "altercation", "shooting", "stabbing", "explosion"}
    | {"blast", "fire", "collision", "reaction", "response", "backlash", "outcry"}
)

# Complements of "is" that say what its subject is: "the hope is to use ...", "the idea is that".
_SAYS_WHAT = frozenset({"xcomp", "ccomp"})

# Words for what a public figure is known as, by which a story calls someone it has named ("a
# website has pictures of the actress and producer", "The "Anaconda" rapper co-owns ...", "The
# host once again tackled ..."). Not an office ("the president", "the mayor"), which names
# one person where the story is set, nor a word for anyone ("the man", "the girl").
_FAME_EPITHETS = frozenset(
    {"actress", "actor", "singer", "rapper", "star", "superstar", "producer", "host", "model",
     "comedian", "comic", "musician", "songwriter", "filmmaker", "novelist", "designer",
     "artist", "celebrity", "mogul", "billionaire", "heiress", "socialite", "anchor",
     "presenter", "frontman", "guitarist", "rocker", "diva", "starlet"}
)  # fmt: skip
# The tag of a singular noun: "the presenters", "the authors" are people of the story's
# scene or study, whom the brief need not have named.
_SINGULAR = "NN"
# Where such a word stands beside the name it describes ("Mona Scott-Young, the producer",
# "the actress Drew Barrymore", "she is the singer") or is said which one it is after ("the
# producer of the series", "the actress who ..."): it names no one of its own.
_BESIDE_NAME = frozenset({"appos", "compound", "attr"})
_WHICH_ONE = frozenset({"prep", "relcl", "acl", "appos"})
# Determiners that point at a thing the story told just before ("this scene", "these
# findings", "that same day"); "that" alone is read with the pronouns
# (:func:`~newsweave.synthesis.reads_alone.absent_referent`).
_THAT, _SAME = "that", "same"
_POINTING = frozenset({"this", "these", f"{_THAT} {_SAME}"})
# Entity types of a time a "this" sets ("this week", "this season"): the story's own now.
_DATED = frozenset({"DATE", "TIME"})
# Nouns of a "this" that says how or in what instance, not which thing ("in this case pine
# resin", "this way", "at this point").
_MANNER = frozenset({"case", "way", "time", "point", "regard", "respect", "sense", "instance"})
# Tags of the participle that opens a clause after a noun ("the actress known for ..."): a
# finite verb there is a clause the parse misread ("The rapper co-owns ...": "owns").
_PARTICIPLES = frozenset({"VBN", "VBG"})


def unintroduced(ws: Workspace, u: Unit, text: str, opening: Set[str]) -> bool:
    """Whether ``text`` (a wording of ``u``) calls its subject "the X" for a thing a brief
    opening on words ``opening`` (lower-cased lemmas) never mentions, where that reads as a
    continuation: a message, a statement or a report told of elsewhere ("The message noted
    ...": which message?), or one more act of something named elsewhere ("The firm on Friday
    also sued ..."). "The storm dumped ..." after a hurricane's lead still reads on its own."""
    subj = definite_subject(ws, u, text)
    if subj is None:
        return False
    thing = subj.lemma_.lower()
    return (
        thing not in opening
        and not TOLD_BY.get(thing, frozenset()) & opening
        and (thing in TOLD_THINGS or bool(ADDING.match(text)))
    )


def unplaced_epithet(span: SpacySpan | None, before: SpacySpan | None, people: People) -> bool:
    """Whether ``span`` (a brief sentence's parse) calls someone, outside its quotations, by
    what they are known as alone (:data:`_FAME_EPITHETS`: "pictures and videos of the actress
    and producer in a white lab coat"), with none of the event's ``people`` named before it in
    the sentence, where the brief's sentence right before it (``before``: its parse, None for
    none) names neither one of them only nor, as its subject, the one its article named last
    before it (:func:`_last_named`): the story named them in the paragraph before, which the
    brief does not carry, and after a line naming "Halle Berry, Nicki Minaj and Drew
    Barrymore" (multinews 199), or no one, or someone else, the reader cannot tell whom it
    means. After a line naming them alone the word reads as theirs ("Fey's first book ... The
    actress recently gave birth ..."), and after one telling of them ("Allen, who co-founded
    Microsoft with Bill Gates, said ... In a statement, the billionaire said ..."); so it does
    after their name ("During Colbert's live taping ..., the host jokingly announced ...", "In
    typical Rihanna-style, the singer ..."), and as a role the sentence names ("The lead
    producer is Ann Rook")."""
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    meant = _last_named(span, people)
    named = [t.i for t in span if t.text in people.persons or t.text == meant]
    for t in span:
        if (
            t.tag_ != _SINGULAR
            or t.lemma_.lower() not in _FAME_EPITHETS
            or in_ranges(t.idx - span.start_char, quotes)
        ):
            continue
        head = t.head if t.dep_ == "conj" else t  # ("the actress and producer")
        if (
            not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or (head.dep_ in _BESIDE_NAME and (head.dep_ != "appos" or _a_name(head.head)))
            or any(_says_which(c) for c in (*head.rights, *t.rights))
            or any(i < head.left_edge.i for i in named)
            or _named_as(head)
        ):
            continue
        if before is None:
            return True
        shown = {w.text for w in before if w.text in people.persons or w.text == meant}
        alone = len(shown) == 1 and (meant is None or meant in shown)
        return not alone and not any(
            c.dep_ in SUBJECT_DEPS and c.text == meant for c in before.root.children
        )
    return False


@dataclass(frozen=True, slots=True)
class People:
    """The last words of the names of an event's people (``persons``), and of the names the
    entities stage could not type (``untyped``: a one-word name the tagger reads as a place's
    as often as a person's, "Rihanna", or a brand's, "Flower")."""

    persons: frozenset[str]
    untyped: frozenset[str]


def people_words(entities: Iterable[Entity]) -> People:
    """The :class:`People` of ``entities``, for :func:`unplaced_epithet`."""
    found = list(entities)

    def last_words(kind: str) -> frozenset[str]:
        return frozenset(e.name.split()[-1] for e in found if e.type == kind and e.name.split())

    return People(last_words("PERSON"), last_words(UNTYPED))


def _last_named(span: SpacySpan, people: People) -> str | None:
    """Whom of ``people`` a word for someone in ``span`` most likely stands for: the first
    person (else the first untyped name) of the nearest sentence before it in its article that
    names one ("Flower, the makeup brand co-owned by Barrymore, sells ... A website for Flower
    has pictures ... of the actress and producer"; "Allen, who co-founded Microsoft with Bill
    Gates, ... the billionaire said ..."), or None."""
    for sent in reversed(list(span.doc[: span.start].sents)):
        for names in (people.persons, people.untyped):
            first = next((t.text for t in sent if t.text in names), None)
            if first is not None:
                return first
    return None


def _a_name(t: Token) -> bool:
    """Whether ``t`` is a person's name or a name the tagger typed nothing ("Mona Scott-Young,
    the producer"), not a company's the parse ran a description onto ("Myx Fusions The
    "Anaconda" rapper", a page's heading before its sentence)."""
    return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_)


def _named_as(t: Token) -> bool:
    """Whether the sentence says who ``t`` is, by a name it "is" ("The lead producer is Ann
    Rook"): a role of the story's, not someone it stands for."""
    verb = t.head
    return (
        t.dep_ in SUBJECT_DEPS
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in verb.children)
    )


def _says_which(c: Token) -> bool:
    """Whether ``c``, after a word for someone, says which one they are (:data:`_WHICH_ONE`),
    not a word the parse misread as a clause ("The rapper co-owns ...": "co" and "-")."""
    return c.dep_ in _WHICH_ONE and (c.dep_ != "acl" or c.tag_ in _PARTICIPLES)


def leans_on_untold(span: SpacySpan | None, told: Set[str]) -> bool:
    """Whether ``span`` (a wording's parse) leans on what the brief's words before it
    (``told``: lower-cased lemmas) never told: an "also" (:func:`adds_to_untold`), members
    "of the group" (:func:`of_untold_group`), or "this scene" (:func:`points_at_untold`)."""
    return adds_to_untold(span, told) or of_untold_group(span, told) or points_at_untold(span, told)


def points_at_untold(span: SpacySpan | None, told: Set[str]) -> bool:
    """Whether ``span`` (a wording's parse) points, outside its quotations, at a thing by
    "this", "these" or "that same" (:data:`_POINTING`: "a Vietnam veteran watches this scene
    unfold", "Rih beat out Janet Jackson with this total", "was supposed to be put down that
    same day") that no word of the brief before it (``told``: lower-cased lemmas, by stem:
    "analyzed" tells of "this analysis") names, nor any word of its own phrase ("this version
    of Kong" after a line on "Kong: Skull Island"): the sentence before it in its story told
    which, and the brief does not carry it. Not a time the parser dates ("this week")."""
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    told_stems = {stem(w) for w in told}
    for t in span:
        if t.dep_ != "det" or t.head.pos_ != "NOUN" or in_ranges(t.idx - span.start_char, quotes):
            continue
        word = t.lower_
        if word == _THAT and any(c.lower_ == _SAME for c in t.head.children):
            word = f"{_THAT} {_SAME}"  # (a day told before, dated or not: "that same day")
        elif t.head.ent_type_ in _DATED or t.head.lemma_.lower() in _MANNER:
            continue
        if word in _POINTING and not content_stems(t.head.subtree) & told_stems:
            return True
    return False


def of_untold_group(span: SpacySpan | None, told: Set[str]) -> bool:
    """Whether the subject ``span`` opens with names people "of the group" (or "the band",
    :data:`_GROUPS`) the brief's words before it never told of: "Ally Brooke and Dinah Jane
    of the group were in tears ..." in a brief that never named their band (multinews
    validation event 117)."""
    if span is None:
        return False
    subj = next((t for t in span if t.dep_ in SUBJECT_DEPS and t.left_edge.i == span.start), None)
    if subj is None:
        return False
    heads = {subj.i, *(c.i for c in subj.conjuncts)}
    return any(
        t.dep_ == "pobj"
        and t.lemma_.lower() in _GROUPS
        and t.lemma_.lower() not in told
        and t.head.lower_ == "of"
        and t.head.head.i in heads
        and any(d.lower_ == "the" for d in t.lefts)
        for t in subj.subtree
    )


def adds_to_untold(span: SpacySpan | None, told: Set[str]) -> bool:
    """Whether ``span`` (a wording's parse) says that someone new to the brief "also" did or
    was what the brief's words before it (``told``: lower-cased lemmas) never told of:
    "Scalia's widow, Maureen, was also in the audience" after a nomination's lead tells of an
    audience the reader never met, and reads as the story's colour, not its news; "Reign
    Coach Laura Harvey also addressed the issue" after no issue. Not one more act of someone
    told ("Gillibrand also recounted ...", "Mercer also invested ...": another thing they did),
    nor one whose words after its subject share a word (or a stem: "shot" and "shooting")
    with what was told ("was also shot" after a shooting)."""
    if span is None or not adds(span):
        return False
    told_stems = {stem(w) for w in told}
    root = span.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if any(stem(c.lemma_.lower()) in told_stems for c in subjects):
        return False
    subject = {t.i for c in subjects for t in c.subtree}
    said = content_stems(t for t in root.subtree if t.i not in subject)
    return not said & told_stems


def names_two(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a brief sentence's parse) names people together, as :data:`_PAIRS`
    calls them after: two names joined ("Jessica Gomes and Aaron Bairos"), two people ("a
    husband and wife"), or someone and the one they are kin or partner to ("Thomas Kinkade's
    girlfriend")."""
    return span is not None and any(
        (
            t.dep_ == "conj"
            and (
                (t.pos_ == "PROPN" and t.head.pos_ == "PROPN")
                or (t.lemma_.lower() in _PEOPLE and t.head.lemma_.lower() in _PEOPLE)
            )
        )
        or (
            t.dep_ == "poss"
            and t.head.lemma_.lower() in _PEOPLE
            and (t.ent_type_ == "PERSON" or t.lemma_.lower() in _PEOPLE)
        )
        for t in span
    )


def told_only_before(ws: Workspace, u: Unit, text: str, told: Set[str], *, two_named: bool) -> bool:
    """Whether ``text`` (a wording of ``u``) calls its subject "the X" for a thing, not a
    person (:data:`_PEOPLE`) nor a body or a place (:data:`GENERIC_BODIES`), that its own
    article told of before it (under that noun: "The plan called for ..." after the article's
    "a security plan"; or, past the article's lead, under another: "The gown was ..." after
    "her caged design", unless it sums up what happened, :data:`_HAPPENINGS`) and that the
    brief's words before it (``told``: lower-cased lemmas) never name: by that noun, as the
    end of a longer one ("snowstorm" tells of "the storm"), or by a word that tells of it
    (:data:`TOLD_BY`: "sued" tells of "the suit"; "researchers" of "the findings"). Not a
    thing a noun before it says the kind of ("the fertility rate"), nor one the clause after
    its "is" says ("the hope is to use ..."). Two more readings, whatever the article told
    before: a thing or someone described by a clause that points back at the story
    (:data:`_POINTING_DEGREE`: "The incident that so angered Trump ...") that the brief's
    words never name, and people called a pair (:data:`_PAIRS`) in a brief that never named
    two together (``two_named``, :func:`names_two`)."""
    described = definite_subject(ws, u, text, described=False)
    if (
        described is not None
        and any(  # (between it and its verb, however the parse hangs it)
            t.lower_ in _POINTING_DEGREE and t.dep_ == "advmod" and t.head.pos_ != "ADV"
            for t in described.doc[described.i + 1 : described.head.i]
        )
    ):
        return not any(word.endswith(described.lemma_.lower()) for word in told)
    subj = definite_subject(ws, u, text)
    if subj is not None and subj.lemma_.lower() in _PAIRS:
        return not two_named and subj.lemma_.lower() not in told
    if subj is None or subj.pos_ != "NOUN":
        return False
    thing = subj.lemma_.lower()
    if thing in _PEOPLE or thing in GENERIC_BODIES or TOLD_BY.get(thing, frozenset()) & told:
        return False
    if any(c.dep_ == "compound" for c in subj.lefts):
        return False  # "the fertility rate", "the spending measure": the kind says which
    if thing in _FINDINGS and _FINDING_TOLD_BY & told:
        return False
    verb = subj.head
    if verb.lemma_ == "be" and any(c.dep_ in _SAYS_WHAT for c in verb.children):
        return False  # "the hope is to use ...": the clause after it says what it is
    if any(word.endswith(thing) for word in told):
        return False
    if any(t.pos_ == "NOUN" and t.lemma_.lower() == thing for t in subj.doc if t.idx < u.start):
        return True
    # past its article's lead, the story told of it by another noun ("Her caged design
    # included a corset top" before "The gown was detailed with laser-cut petals", multinews
    # 174, whose brief never told of the design), unless the noun sums up what happened
    # (and not a word for a person the lists miss: "the designer", "the jurors"; nor one after
    # words of its own sentence that may tell of it: "Despite Swift's bond with her new man,
    # the romance had to ...")
    span = wording_parse(ws, u, text)
    return (
        u.index > 0
        and thing not in _HAPPENINGS
        and not may_be_someone(subj)
        and span is not None
        and subj.left_edge.i == span.start
    )


# What a main verb is done to ("TSA defends the deal"): a "the X" there is the sentence's
# point, as its subject is.
_OBJECT = "dobj"
# Clauses whose object is the sentence's point: the main one and those joined to it.
_MAIN_CLAUSES = frozenset({"ROOT", "conj"})
# Agreements a story tells of once and points at after, each a word for the others ("a $50
# million contract" ... "defends the deal").
_AGREEMENTS = frozenset({"deal", "contract", "agreement", "pact"})
# Things told of once and pointed at as "the X" after it (:data:`TOLD_THINGS`, a document or
# a suit; an agreement): a story calls a place, a body or a happening by many nouns ("the
# match" of a game, "the blueprint" of a budget plan, "the technology" of a sensor), which a
# brief that never used the noun still tells of (session 44, all 250 multinews events: read
# of any "the X" after a verb, the rule passed over lines in 21 briefs, rightly in 2).
_POINTED_THINGS = TOLD_THINGS | _AGREEMENTS


def untold_object(ws: Workspace, u: Unit, text: str, told: Set[str]) -> bool:
    """Whether ``text`` (a wording of ``u``) points, outside its quotations, by a bare "the X"
    (no word of its own saying which) as the object of its main verb at a thing told of once
    (:data:`_POINTED_THINGS`) that its article told of before it, under any noun past its
    lead ("TSA defends the deal" after "a $50 million contract to buy uniforms", multinews
    024) or under that noun, and that the brief's words before it (``told``: lower-cased
    lemmas: "sued" tells of "the suit", "a contract" of "the deal") and its own words before it
    never name: a brief that never told of the contract cannot say which deal."""
    span = wording_parse(ws, u, text)
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    before = {t.lemma_.lower() for t in span.doc[: span.start] if t.idx >= u.start}
    named = told | before
    for t in span:
        thing = t.lemma_.lower()
        if (
            t.dep_ != _OBJECT
            or t.head.dep_ not in _MAIN_CLAUSES
            or thing not in _POINTED_THINGS
            or t.head.lemma_.lower() in TELLING_LEMMAS  # "told the paper": a newsroom, told
            or in_ranges(t.idx - span.start_char, quotes)
            or [c.lower_ for c in t.children] != ["the"]
        ):
            continue
        kin = _AGREEMENTS if thing in _AGREEMENTS else frozenset({thing})
        if (
            any(word.endswith(k) for word in named for k in kin)
            or TOLD_BY.get(thing, frozenset()) & named
        ):
            continue
        if u.index > 0 or any(
            w.pos_ == "NOUN" and w.lemma_.lower() == thing for w in t.doc if w.idx < u.start
        ):
            return True
    return False
