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

And :func:`leans_on_untold`, against the same sentences: someone new to the brief who "also"
did what it never told ("Scalia's widow, Maureen, was also in the audience"), or people "of
the group" it never named.

People, bodies and places are otherwise left to the first reading: a story names and describes
them in many ways ("a man brandishing a gun" is "the suspect", "scientists" are "the
researchers", two girls named in the lead are "the girls", the Fish and Wildlife Service is
"the agency", a unit of a hospital is "the building"), so a noun the brief has not used says
little of whether the reader knows whom or what it means. A thing keeps its noun ("a plan" is
"the plan"), or a part of it ("a major snowstorm" is "the storm").
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.entity_names import GENERIC_BODIES
from newsweave.synthesis.pipeline import Workspace
from newsweave.synthesis.reads_alone import definite_subject, may_be_someone, wording_parse
from newsweave.synthesis.retelling import adds, content_stems, stem
from newsweave.synthesis.units import Unit
from newsweave.text.headline_patterns import PERSON_WORDS
from newsweave.text.statement_patterns import ADDING, TOLD_BY, TOLD_THINGS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

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


def leans_on_untold(span: SpacySpan | None, told: Set[str]) -> bool:
    """Whether ``span`` (a wording's parse) leans on what the brief's words before it
    (``told``: lower-cased lemmas) never told: an "also" (:func:`adds_to_untold`) or members
    "of the group" (:func:`of_untold_group`)."""
    return adds_to_untold(span, told) or of_untold_group(span, told)


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
