"""The act a date is the date of: the verb it hangs on, by family, with who did it and to what.

Two outlets tell one happening under one date in words that share little else: "Mr. Kantner
and Ms. Anderson died in 2016, Mr. Dryden in 2005" and "Paul Kantner, who passed away in 2016"
(multinews 229), "Launched in 1940, it was ... the largest class of warship" and "Launched in
November 1940, it measured 263m" (163), "The Kellers were freed in 2013 after the Texas Court
..." and "Freed on signature bonds in 2013, the Kellers launched an effort ..." (152). Their
whole clauses read apart (cosine 0.43-0.62, few shared words), but the act the date dates is
one: the same kind of verb (:data:`ACT_FAMILIES`, "died" / "passed away"), done by or to the
same one. :mod:`newsweave.synthesis.retold` joins such groups. A date that is a word of a
noun ("the 2015 deal", "Saturday's attack") dates that thing (:func:`dated_thing`), which an
act of its family tells too (:func:`tells_thing`).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.dated import DEFERRING_LEMMAS, NOUN_MODIFIERS
from newsweave.synthesis.mention_kinds import WORK_NOUNS
from newsweave.synthesis.predicates import family_of
from newsweave.synthesis.retelling import ALSO, LIGHT_VERBS, SPEECH_VERBS, stem

# Verbs (and verb-particle pairs, written "verb particle") that tell one kind of dated
# happening in a life or a thing's history, beyond the claim families of
# :mod:`newsweave.synthesis.predicates`: a death ("died", "passed away"), a leaving ("left the
# Air Force", "was discharged from the service", multinews 156), a release from custody
# ("freed", "released"), a filing ("a request submitted by Richelson in 2005" / "a
# request he filed in 2005", 138), a law made ("Congress enacted legislation in 1987" / "a
# special act of Congress passed in 1987", 155), an accord told as a thing ("the 2015 deal" /
# "reached a settlement in 2015", 168). Keyed by the family they join (a family name of
# ``family_of``).
ACT_FAMILIES: dict[str, tuple[str, ...]] = {
    "kill": ("pass away", "perish", "succumb"),
    "resign": ("leave", "depart", "discharge", "retire", "step down", "step aside"),
    "free": ("free", "release"),
    "submit": ("submit", "file", "lodge"),
    "enact": ("enact", "pass"),
    "agree": ("deal", "settlement", "pact"),
    # (session 44, multinews 095, 076, 058, 021: "A psychiatric patient opened fire ... Thursday"
    # / "The shootout took place around 2:20 p.m. Thursday"; "the Monday morning clashes" /
    # "Monday's fighting broke out"; "distributed photos of the couple ... in July 2016" /
    # "Some of the personal photographs surfaced on the Internet in July 2016"; "released a
    # debut album, “Juvenile Hell,” in 1993" / "debuting with Juvenile Hell in 1993")
    "shoot": ("shoot", "shooting", "shootout", "gunfight", "gunfire", "open fire"),
    "fight": ("fight", "fighting", "clash", "battle", "gunbattle", "skirmish"),
    "spread": ("distribute", "circulate", "surface", "leak", "spread", "disseminate"),
    "issue": ("debut", "publish", "issue"),
}
_ACT_FAMILY = {words: fam for fam, all_words in ACT_FAMILIES.items() for words in all_words}
# A verb whose object makes it an act of another family than its own: a release of a work is its
# issue ("released a debut album" / "debuting with ..."), not a release from custody ("The
# Kellers were freed" / "released them"). Keyed by the verb's lemma and the object's.
RELEASED_WORKS = WORK_NOUNS | {"record", "track", "mixtape", "ep", "lp", "video", "trailer"}
OBJECT_FAMILIES: dict[tuple[str, str], str] = {("release", w): "issue" for w in RELEASED_WORKS}
# Verbs that only say a happening took place ("The shootout took place around 2:20 p.m.
# Thursday", "the clashes occurred near ...", "fighting broke out"): what they date is their
# subject, a thing of its family (:func:`dated_thing`). Written as :data:`ACT_FAMILIES` writes
# a verb with its particle, or with its object ("take place").
OCCURRING = frozenset({"occur", "happen", "erupt", "unfold", "break out", "take place"})
# Personal pronouns by the one they name: two doers written "he" under one date and one kind
# of act are one person (a story's pronoun names its subject), "it" one thing.
PRONOUNS: dict[str, str] = {
    "he": "he",
    "him": "he",
    "she": "she",
    "her": "she",
    "it": "it",
    "they": "they",
    "them": "they",
}
# The family of a happening put off to the day a date names, whatever the verb ("his arraignment
# was postponed to July 6" / "Johnson's arraignment was continued to July 6", multinews 161):
# one of ``DEFERRING_LEMMAS`` whose date follows one of :data:`DEFERRED_TO`.
DEFERRAL = "postpone"
DEFERRED_TO = frozenset({"to", "until", "till"})
# Dependencies of the word a verb is written with in a pair of :data:`ACT_FAMILIES` ("pass
# away", "open fire").
_PAIRED = frozenset({"prt", "dobj"})
# Dependencies by which a date is a word of the noun it dates ("the 2015 agreement",
# "Saturday's attack", "an October 2014 email", "the vote Friday"): that noun is what
# happened then, told as a thing.
THING_DEPS = NOUN_MODIFIERS | {"poss", "npadvmod"}
# Entity types of a noun that is itself a time ("the 2015 fiscal year", "Monday morning"):
# the date's own words, no thing of its own.
TIME_TYPES = frozenset({"DATE", "TIME"})
# Possessive pronouns by the one they name, as :data:`PRONOUNS` does: whose a dated thing is
# ("their 2012 election victories").
OWNER_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Dependencies by which a date hangs on the word it dates: its preposition and that
# preposition's object ("in 2016"), a bare noun of time ("sank 1944"), a modifier.
DATE_ATTACHMENT_DEPS = frozenset(
    {"pobj", "prep", "npadvmod", "nummod", "compound", "nmod", "pcomp", "amod"}
)
# What a verb acts on directly: its object, its indirect object, its complement (the objects
# of its phrases and its passive's agent are read from them).
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
# Heads a verb without a subject of its own borrows one from: the noun its relative clause
# or participle describes ("Paul Kantner, who passed away"; "a statement issued in 2014"),
# the verb its participle or second verb leans on ("Freed ... in 2013, the Kellers launched").
_BORROWED = frozenset({"relcl", "acl"})
_LEANING = frozenset({"advcl", "conj", "xcomp", "pcomp", "prep"})
# Tags of a relative pronoun ("who", "which", "that"), which stands for the noun its clause
# describes.
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# How far up a verb without a subject looks for the one it leans on (prepositions count).
MAX_LEAN = 3


@dataclass(frozen=True, slots=True)
class DatedAct:
    """The act a date dates: its ``family`` (:func:`family_of`, :data:`ACT_FAMILIES`), the stems
    of the names and nouns of who did it and what it was done to (``parties``), among them
    the names (``names``), and the pronoun its doer is written as, if any (``pronoun``,
    :data:`PRONOUNS`)."""

    family: str
    parties: frozenset[str]
    names: frozenset[str] = frozenset()
    pronoun: str | None = None


def _family(verb, date) -> str:
    """The family of ``verb``, with its particle ("pass away") when that pair has one; the
    :data:`DEFERRAL` when it puts a happening off to the ``date`` (a span)."""
    lemma = verb.lemma_.lower()
    prep = date.root.head
    if lemma in DEFERRING_LEMMAS and prep.lower_ in DEFERRED_TO and prep.head.i == verb.i:
        return DEFERRAL
    for c in verb.children:
        if c.dep_ in _PAIRED and (pair := f"{lemma} {c.lower_}") in _ACT_FAMILY:
            return _ACT_FAMILY[pair]
        if c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in OBJECT_FAMILIES:
            return OBJECT_FAMILIES[lemma, c.lemma_.lower()]
    return _ACT_FAMILY.get(lemma) or family_of(lemma)


def _doers(verb) -> list:
    """The subject heads of ``verb`` (the noun a relative pronoun stands for, a gerund's owner:
    "her beginning an intimate relationship"), or those it borrows (:data:`_BORROWED`,
    :data:`_LEANING`; an infinitive's the object of the verb it completes, "urged her to
    run"), with the ones listed beside them ("Mr. Kantner and Ms. Anderson")."""
    tok = verb
    for _ in range(MAX_LEAN + 1):
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "poss"]
        if tok.dep_ in _BORROWED and any(c.tag_ in RELATIVE_TAGS for c in subj):
            return [tok.head]
        if subj:
            return [*subj, *(c for s in subj for c in s.children if c.dep_ == "conj")]
        if tok.dep_ in _BORROWED:
            return [tok.head]
        told = [c for c in tok.head.children if c.dep_ == "dobj"] if tok.dep_ == "xcomp" else []
        if told:
            return told  # "urged her to run": the one urged runs
        if tok.dep_ not in _LEANING or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def dated_act(doc, start: int, end: int) -> DatedAct | None:
    """The act the date at ``start:end`` of ``doc`` dates: the first verb above it, with its
    doers and what it acts on (the date's own words aside; the noun its relative clause
    describes, "a request he filed"; whose its doer is, "an act of Congress passed"); None
    when the date dates no verb,
    or a verb that tells nothing alone or says "also" (one more act of its kind)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    while tok.pos_ != "VERB" or tok in span:
        if tok.dep_ not in DATE_ATTACHMENT_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    lemma = tok.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in SPEECH_VERBS:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ALSO for c in tok.children):
        return None
    doers = _doers(tok)
    done = [c for c in tok.children if c.dep_ in _OBJECTS]
    if tok.dep_ == "relcl" and not done and tok.head not in doers:
        done.append(tok.head)  # "a request he filed": the noun it describes is what it acts on
    done += [
        g
        for c in tok.children
        if c.dep_ in {"prep", "agent"} and c not in span
        for g in c.children
        if g.dep_ == "pobj" and g not in span
    ]
    # whose the doer is ("a special act of Congress"): a party of the act too
    done += [g for d in doers for c in d.children if c.lower_ == "of" for g in c.children]
    # the name what it acts on is called by ("a debut album, “Juvenile Hell,”"), another
    # outlet's way of naming it
    done += [c for d in done for c in d.children if c.dep_ == "appos"]
    pronoun = next((PRONOUNS[d.lower_] for d in doers if d.lower_ in PRONOUNS), None)
    told = [t for t in (*doers, *done) if t.pos_ in {"NOUN", "PROPN"} and t not in span]
    return DatedAct(
        _family(tok, span),
        frozenset(stem(t.lemma_.lower()) for t in told),
        frozenset(stem(t.lemma_.lower()) for t in told if t.pos_ == "PROPN"),
        pronoun,
    )


def thing_family(lemma: str) -> str:
    """The family of a noun of action (:data:`ACT_FAMILIES`, :func:`family_of`): "agreement",
    "deal" and "agree" are one."""
    return _ACT_FAMILY.get(lemma) or family_of(lemma)


@dataclass(frozen=True, slots=True)
class DatedThing:
    """The noun a date is a word of (``lemma``: "the 2015 agreement"), with the proper names
    that are words of it too (``names``: "the Senate's vote Friday") and the pronoun of whose
    it is (``owner``, :data:`OWNER_PRONOUNS`: "their 2012 election victories")."""

    lemma: str
    names: frozenset[str] = frozenset()
    owner: str | None = None


def dated_thing(doc, start: int, end: int) -> DatedThing | None:
    """The noun the date at ``start:end`` of ``doc`` is a word of (:data:`THING_DEPS`: "the 2015
    agreement", "Saturday's attack"), what happened then told as a thing; None when the date
    hangs on a verb, a preposition or a time."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    occurred = _occurrence(span)
    head = occurred if occurred is not None else span.root.head
    if occurred is None and (
        span.root.dep_ not in THING_DEPS or head in span or head.pos_ != "NOUN"
    ):
        return None
    if head.ent_type_ in TIME_TYPES:
        return None
    names = frozenset(
        t.lemma_.lower()
        for c in head.children
        if c.dep_ in THING_DEPS and c not in span
        for t in c.subtree
        if t.pos_ == "PROPN" and t not in span
    )
    owner = next(
        (OWNER_PRONOUNS[c.lower_] for c in head.children if c.lower_ in OWNER_PRONOUNS), None
    )
    return DatedThing(head.lemma_.lower(), names, owner)


def _occurrence(span):
    """The noun subject of the verb of :data:`OCCURRING` the date ``span`` hangs on (through its
    preposition: "took place around 2:20 p.m. Thursday", "occurred on Monday"), or None."""
    tok = span.root
    while tok.dep_ in DATE_ATTACHMENT_DEPS and tok.head.i != tok.i:
        if tok.head.pos_ in {"VERB", "AUX"}:
            verb = tok.head
            lemma = verb.lemma_.lower()
            pairs = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in _PAIRED}
            if lemma not in OCCURRING and not pairs & OCCURRING:
                return None
            return next(
                (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"), None
            )
        tok = tok.head
    return None


def tells_thing(act: DatedAct, thing: DatedThing) -> bool:
    """Whether ``act`` tells the happening ``thing`` names ("reached a settlement in 2015" /
    "the 2015 deal"): one family, and not done by another than the one it is of (names in
    common when both name someone; "She won ... in 2012" is not "their 2012 election
    victories")."""
    if act.family != thing_family(thing.lemma):
        return False
    if thing.owner is not None and act.pronoun is not None and thing.owner != act.pronoun:
        return False
    return not (thing.names and act.names and not thing.names & act.names)


def same_act(a: DatedAct, b: DatedAct) -> bool:
    """Whether two dated acts are one: one family, and a party in common or one pronoun doer
    ("he left the Air Force" / "he was discharged from the service"), and a name in common
    when both name someone ("Police arrested Hale on Monday" / "Police arrested Pell on
    Monday" are two arrests)."""
    if a.family != b.family or (a.names and b.names and not a.names & b.names):
        return False
    return bool(a.parties & b.parties) or (a.pronoun is not None and a.pronoun == b.pronoun)


__all__ = [
    "ACT_FAMILIES",
    "DATE_ATTACHMENT_DEPS",
    "DatedAct",
    "DatedThing",
    "dated_act",
    "dated_thing",
    "same_act",
    "tells_thing",
    "thing_family",
]
