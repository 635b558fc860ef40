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
  chosen): any thing the sentence's own article told of before it, under the same noun.

People, bodies and places are left to the first reading: a story names and describes them in
many ways ("a man brandishing a gun" is "the suspect", "scientists" are "the researchers", two
girls named in the lead are "the girls", the Fish and Wildlife Service is "the agency", a unit
of a hospital is "the building"), so a noun the brief has not used says little of whether the
reader knows whom or what it means. A thing keeps its noun ("a plan" is "the plan"), or a part
of it ("a major snowstorm" is "the storm").
"""

from __future__ import annotations

from collections.abc import Set

from newsweave.synthesis.entity_names import GENERIC_BODIES
from newsweave.synthesis.pipeline import Workspace
from newsweave.synthesis.reads_alone import definite_subject
from newsweave.synthesis.units import Unit
from newsweave.text.headline_patterns import PERSON_WORDS
from newsweave.text.statement_patterns import ADDING, TOLD_BY, TOLD_THINGS

# Nouns for people or a group of them, besides the headline rules' (:data:`PERSON_WORDS`),
# that a story uses for ones its lead called otherwise ("The researchers want ..." after
# "Scientists from JCU ...", "The pair threw back vodka shots").
_PEOPLE = PERSON_WORDS | frozenset(
    {"pair", "duo", "trio", "researcher", "scientist", "team", "group", "crew", "official",
     "expert", "investigator", "host", "parent", "member"}
)  # fmt: skip

# What a study found, and the words that tell of a study or its finding: "the findings" and
# "the work" follow a brief that said "researchers" or "a group has found ..." (as
# :data:`TOLD_BY` tells the study itself).
_FINDINGS = frozenset({"finding", "result", "work", "research", "discovery", "conclusion"})
_FINDING_TOLD_BY = frozenset(
    {"study", "research", "researcher", "scientist", "team", "group", "paper", "find", "discover"}
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


def told_only_before(ws: Workspace, u: Unit, text: str, told: Set[str]) -> bool:
    """Whether ``text`` (a wording of ``u``) calls its subject "the X" for a thing, not a
    person (:data:`_PEOPLE`) nor a body or a place (:data:`GENERIC_BODIES`), that its own
    article told of before it under that noun ("The plan called for ..." after the article's
    "a security plan") and that the brief's words before it (``told``: lower-cased lemmas)
    never name: by that noun, as the end of a longer one ("snowstorm" tells of "the storm"),
    or by a word that tells of it (:data:`TOLD_BY`: "sued" tells of "the suit";
    "researchers" of "the findings"). Not a thing a noun before it says the kind of ("the
    fertility rate"), nor one the clause after its "is" says ("the hope is to use ...")."""
    subj = definite_subject(ws, u, text)
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
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == thing for t in subj.doc if t.idx < u.start)
