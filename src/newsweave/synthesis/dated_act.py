"""The act a date is the date of: the verb it hangs on, by family, with who did it and to what.

Two outlets tell one happening under one date in words that share little else: "Mr. Kantner
and Ms. Anderson died in 2016, Mr. Dryden in 2005" and "Paul Kantner, who passed away in 2016"
(multinews 229), "Launched in 1940, it was ... the largest class of warship" and "Launched in
November 1940, it measured 263m" (163), "The Kellers were freed in 2013 after the Texas Court
..." and "Freed on signature bonds in 2013, the Kellers launched an effort ..." (152). Their
whole clauses read apart (cosine 0.43-0.62, few shared words), but the act the date dates is
one: the same kind of verb (:data:`ACT_FAMILIES`, "died" / "passed away"), done by or to the
same one. :mod:`newsweave.synthesis.retold` joins such groups. A date that is a word of a
noun ("the 2015 deal", "Saturday's attack", "the president's murder on Nov. 22, 1963") dates
that thing (:func:`dated_thing`), which an act of its family tells too (:func:`tells_thing`).

A date dates more than its own verb (:func:`told_with`): a second verb without a date of its
own ("a court ruled they didn't get a fair trial and released them", 152) and the main verb
of the time clause it sits in ("was struck by two vehicles as she was crossing ... on April 1,
1990", 157). Under one day a killing, a shooting and an attack are one violent happening
(:data:`VIOLENCE`: "the president's murder" / "fired at Kennedy", 096), and an act that names
no one is one with another's of its kind (:func:`same_act`).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.dated import DEFERRING_LEMMAS, NOUN_MODIFIERS
from newsweave.synthesis.mention_kinds import WORK_NOUNS
from newsweave.synthesis.predicates import PREDICATE_FAMILIES, family_of
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
    "kill": ("pass away", "perish", "succumb", "assassinate", "assassination", "killing"),
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
    "shoot": ("shoot", "shooting", "shootout", "gunfight", "gunfire", "open fire", "fire at"),
    "fight": ("fight", "fighting", "clash", "battle", "gunbattle", "skirmish"),
    "spread": ("distribute", "circulate", "surface", "leak", "spread", "disseminate"),
    "issue": ("debut", "publish", "issue"),
    # (session 47, multinews 208: "Trump carried the central Virginia district ... in 2016" / "a
    # solidly Republican district that went for Donald Trump by double digits in 2016"; "carry"
    # is a win only with what a vote is won in, :data:`OBJECT_FAMILIES`)
    "win": ("go for",),
}
_ACT_FAMILY = {words: fam for fam, all_words in ACT_FAMILIES.items() for words in all_words}
_PREDICATE_WORDS = frozenset(w for words in PREDICATE_FAMILIES.values() for w in words)
# A verb whose object makes it an act of another family than its own: a release of a work is its
# issue ("released a debut album" / "debuting with ..."), not a release from custody ("The
# Kellers were freed" / "released them"). Keyed by the verb's lemma and the object's.
RELEASED_WORKS = WORK_NOUNS | {"record", "track", "mixtape", "ep", "lp", "video", "trailer"}
# Carrying a place a vote is counted in is winning it ("Trump carried the district"), not
# carrying a thing ("carried a gun") nor carrying out an act.
VOTING_PLACES = frozenset(
    {"district", "state", "county", "precinct", "ward", "constituency", "seat", "vote"}
)
OBJECT_FAMILIES: dict[tuple[str, str], str] = {
    **{("release", w): "issue" for w in RELEASED_WORKS},
    **{("carry", w): "win" for w in VOTING_PLACES},
}
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
# away", "open fire", "fire at": a shot, where "was fired" alone is a dismissal).
_PAIRED = frozenset({"prt", "dobj", "prep"})
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
# Entity types of a name that says where an act was done, not who did it or to whom: a place
# and a person are no two different ones of a kind ("a woman who was hit and killed by two
# cars in Huntington Beach" / "Andrea Kuiper was struck by two vehicles", multinews 157).
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Verbs whose object is the happening they date ("the capital has witnessed several major
# bomb attacks, most recently on Saturday", multinews 076): the act is of the object's family.
WITNESSING = frozenset({"witness", "suffer", "experience", "see"})
# Families that under one day tell one violent happening, told by what was done or by what it
# did: a shooting, an attack, the deaths they caused ("the president's murder on Nov. 22, 1963"
# / "a second gunman ... fired at Kennedy on Nov. 22, 1963", multinews 096; "hit and killed by
# two cars" / "was struck by two vehicles", 157). Over a month or a year they may be many.
VIOLENCE = frozenset({"kill", "shoot", "attack"})
# Subordinators of a time clause whose verb sets the moment of its main verb's act ("was
# struck by two vehicles as she was crossing Pacific Coast Highway on April 1, 1990", 157):
# a date on the time clause's verb dates the main verb's act too.
TIME_MARKS = frozenset({"as", "while", "when"})
# Families of which one day of a story holds many acts, the talking its news is told by: an act
# of one that names no one is no other's of its kind under one day ("Speaking at a press
# conference on May 11, the Russian president …" / "he would speak to Turkish President Tayyip
# Erdogan later on Sunday", the seeds: two talks).
MANY_A_DAY = frozenset({"consult"})
# Prepositions by which a date is a word of the noun of action it follows ("the president's
# murder on Nov. 22, 1963", "his death in 2012"): that noun, when it has a family
# (:func:`thing_family`), is what happened then.
THING_PREPS = frozenset({"on", "in"})


@dataclass(frozen=True, slots=True)
class DatedAct:
    """The act a date dates: its ``family`` (:func:`family_of`, :data:`ACT_FAMILIES`), the stems
    of the names and nouns of who did it and what it was done to (``parties``), among them
    the names of who and what (``names``: no place's, :data:`PLACE_TYPES`), the pronoun its
    doer is written as, if any (``pronoun``, :data:`PRONOUNS`), and the pronouns of what it is
    done to (``acted_on``)."""

    family: str
    parties: frozenset[str]
    names: frozenset[str] = frozenset()
    pronoun: str | None = None
    acted_on: frozenset[str] = frozenset()  # the pronouns it is done to ("released them")


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
    if lemma in WITNESSING:
        seen = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
        if seen and has_family(seen[0]):
            return thing_family(seen[0])  # the happening witnessed
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


def dated_verb(span):
    """The first verb above the date ``span`` (through the words it hangs on,
    :data:`DATE_ATTACHMENT_DEPS`), or None."""
    tok = span.root
    while tok.pos_ != "VERB" or tok in span:
        if tok.dep_ not in DATE_ATTACHMENT_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def verb_act(tok, span) -> DatedAct | None:
    """The act of the verb ``tok`` dated by ``span``: with its doers and what it acts on (the
    date's own words aside; the noun its relative clause describes, "a request he filed"; whose
    its doer is, "an act of Congress passed"); None for a verb that tells nothing alone or
    says "also" (one more act of its kind)."""
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
        frozenset(
            stem(t.lemma_.lower())
            for t in told
            if t.pos_ == "PROPN" and t.ent_type_ not in PLACE_TYPES
        ),
        pronoun,
        frozenset(PRONOUNS[t.lower_] for t in done if t.lower_ in PRONOUNS),
    )


def dated_act(doc, start: int, end: int) -> DatedAct | None:
    """The act the date at ``start:end`` of ``doc`` dates: the first verb above it
    (:func:`verb_act`); None when the date dates no verb, or a verb that tells nothing alone
    or says "also"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = dated_verb(span)
    return verb_act(verb, span) if verb is not None else None


def _own_date(verb, besides=None) -> bool:
    """Whether ``verb``'s own words (not those of the verbs coordinated with it, nor those of
    its child ``besides``) hold a date."""
    return any(
        t.ent_type_ in TIME_TYPES
        for c in verb.children
        if c.dep_ not in {"conj", "cc"} and c != besides
        for t in c.subtree
    )


def told_with(doc, start: int, end: int) -> tuple[DatedAct, ...]:
    """The acts the date at ``start:end`` of ``doc`` dates beside its own verb's: the verbs
    coordinated with that verb that have no date of their own ("In 2013, a court ruled they
    didn't get a fair trial and released them", multinews 152, where the parse hangs the second
    verb on the first's content; "hit and killed"), and the main
    verb of the time clause the date's verb heads (:data:`TIME_MARKS`: "was struck by two
    vehicles as she was crossing ... on April 1, 1990", 157), and the verb an infinitive
    completes when it has no date of its own: "Japan and South Korea agreed to resolve the issue
    “finally and irreversibly” in 2015" hangs the year on the resolving, and tells the 2015
    agreement that "In 2015, the two countries reached a settlement" tells (multinews 168)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = dated_verb(span) if span is not None else None
    if verb is None:
        return ()
    others = [c for c in verb.conjuncts if c.pos_ == "VERB" and not _own_date(c)]
    # the parse hangs "and released them" on the ruling's content ("ruled they didn't get a
    # fair trial"): a verb coordinated there without a subject of its own is the date's too
    others += [
        c
        for said in verb.children
        if said.dep_ == "ccomp"
        for c in said.conjuncts
        if c.pos_ == "VERB"
        and not any(d.dep_ in SUBJECT_DEPS for d in c.children)
        and not _own_date(c)
    ]
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and marks & TIME_MARKS:
        others.append(verb.head)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and not _own_date(verb.head, verb):
        others.append(verb.head)
    acts = (verb_act(v, span) for v in others)
    return tuple(a for a in acts if a is not None)


def thing_family(lemma: str) -> str:
    """The family of a noun of action (:data:`ACT_FAMILIES`, :func:`family_of`): "agreement",
    "deal" and "agree" are one."""
    return _ACT_FAMILY.get(lemma) or family_of(lemma)


def has_family(lemma: str) -> bool:
    """Whether the noun or verb ``lemma`` is listed in a family (:func:`thing_family`), not
    its own."""
    return lemma in _ACT_FAMILY or lemma in _PREDICATE_WORDS


def kin(a: str, b: str, *, one_day: bool = False) -> bool:
    """Whether acts of the families ``a`` and ``b`` may tell one happening: one family, or
    under ``one_day`` two of :data:`VIOLENCE`."""
    return a == b or (one_day and a in VIOLENCE and b in VIOLENCE)


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
    head = occurred if occurred is not None else thing_head(span)
    if head is None:
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


def thing_head(span):
    """The noun the date ``span`` is a word of (:data:`THING_DEPS`), or the noun of action its
    preposition follows (:data:`THING_PREPS`: "the president's murder on Nov. 22, 1963"), or
    None."""
    root = span.root
    head = root.head
    if root.dep_ in THING_DEPS and head not in span and head.pos_ == "NOUN":
        return head
    noun = head.head
    if (
        root.dep_ == "pobj"
        and head.lower_ in THING_PREPS
        and head.dep_ == "prep"
        and noun.pos_ == "NOUN"
        and noun not in span
        and has_family(noun.lemma_.lower())
    ):
        return noun
    return None


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


def tells_thing(act: DatedAct, thing: DatedThing, *, one_day: bool = False) -> bool:
    """Whether ``act`` tells the happening ``thing`` names ("reached a settlement in 2015" /
    "the 2015 deal"): one family, and not done by another than the one it is of (names in
    common when both name someone; "She won ... in 2012" is not "their 2012 election
    victories"); under ``one_day`` a violent act tells the violence of another kind
    (:func:`kin`)."""
    if not kin(act.family, thing_family(thing.lemma), one_day=one_day):
        return False
    if thing.owner is not None and act.pronoun is not None and thing.owner != act.pronoun:
        return False
    return not (thing.names and act.names and not thing.names & act.names)


def same_act(a: DatedAct, b: DatedAct, *, one_day: bool = False) -> bool:
    """Whether two dated acts are one: of kin families (:func:`kin`), a name in common when both
    name someone ("Police arrested Hale on Monday" / "Police arrested Pell on Monday" are two
    arrests), and a party in common, or one pronoun doer ("he left the Air Force" / "he was
    discharged from the service"), or one of them naming no one (:func:`_unnamed`)."""
    if not kin(a.family, b.family, one_day=one_day):
        return False
    if a.names and b.names and not a.names & b.names:
        return False
    if a.parties & b.parties or (a.pronoun is not None and a.pronoun == b.pronoun):
        return True
    return _unnamed(a, one_day=one_day) or _unnamed(b, one_day=one_day)


def _unnamed(act: DatedAct, *, one_day: bool) -> bool:
    """Whether ``act`` names no one and may be another telling's act of its kind: done to a
    pronoun, someone the story has named ("In 2013, a court ruled they didn't get a fair trial
    and released them" / "The Kellers were freed in 2013", multinews 152; a doer written "he"
    is no such clue: "he issued a terse statement" in 2010 was not "the IRS issued a public
    memorandum" in 2010, 227), or under one day,
    which holds few acts of one kind in one story ("a woman who was hit and killed by two cars
    ... on April 1, 1990" / "Andrea Kuiper was struck by two vehicles ... on April 1, 1990",
    157), talks aside (:data:`MANY_A_DAY`)."""
    many = act.family in MANY_A_DAY
    return not act.names and ((one_day and not many) or bool(act.acted_on))


__all__ = [
    "ACT_FAMILIES",
    "DATE_ATTACHMENT_DEPS",
    "DatedAct",
    "DatedThing",
    "dated_act",
    "dated_thing",
    "dated_verb",
    "has_family",
    "kin",
    "same_act",
    "tells_thing",
    "thing_family",
    "thing_head",
    "told_with",
    "verb_act",
]
