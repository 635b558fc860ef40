"""What a name mention's place in its sentence says of what it names: the pronouns of the
clauses it is the subject of, and of the participles they hang on it (:func:`pronoun_kind`:
"Logic performed his song", "Steinfeld walks past, holding her dress" are a person's),
a preposition only places take (:func:`settled_in`: "in Victoria"), a common noun it
qualifies as an adjective does (:func:`qualifies_a_noun`: "Roman salutes") and the article of a
common noun phrase it heads (:func:`written_with_article`: "the Miami Heat"). The entities
stage reads these into each :class:`~newsweave.synthesis.entity_types.NameMention`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.synthesis.mention_context import OWNER_DEP, SUBJECT_DEPS

# An adverbial clause of a participle in -ing, whose subject is its verb's ("walks past,
# holding her dress").
ADVERBIAL_CLAUSE = "advcl"
PRESENT_PARTICIPLE = "VBG"
# Pronouns a name's own clause refers back to it with, by what they say it is: "Logic performed
# his song" (a person), "Fifth Harmony released their first album" (a group of people), "the
# lottery took down a photo from its website" (a thing or a body).
PRONOUN_KINDS = {
    **dict.fromkeys(("his", "her", "himself", "herself"), "person"),
    **dict.fromkeys(("their", "themselves"), "group"),
    **dict.fromkeys(("its", "itself"), "thing"),
}
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# The objects of a verb whose owner, or which as a reflexive, is the verb's subject.
OBJECT_DEPS = frozenset({"dobj", "attr"})
# Tags of a name in the plural: its pronoun is "their" whatever it names ("Republicans").
PLURAL_NAME_TAGS = frozenset({"NNPS", "NNS"})
# Who a relative clause opens on for a name it describes: "Fifth Harmony, who lost a member".
RELATIVE_SUBJECTS = frozenset({"who", "that"})
# Prepositions that take a place and not a person ("in Victoria", "across Victoria"); "at",
# "to" and "from" take either ("stared at Stephanie", "sympathies to Karen", "a letter from
# Phil").
SETTLING_PREPS = frozenset({"in", "near", "outside", "across"})
# How a word qualifies the common noun after it, as a people's or a place's adjective does
# ("Roman salutes", typed LOC) and a person's name rarely does.
QUALIFYING_DEPS = frozenset({"amod", "compound", "nmod"})
# The articles that make a name the head of a common noun phrase ("the Miami Heat", "the Oculus
# Rift", "the Buffett Rule"), as a person's name seldom is.
DEFINITE_ARTICLES = frozenset({"the"})


def _own_verbs(ent: Span) -> list[Token]:
    """The verbs whose subject a mention is: its head when it is one's subject, a relative
    clause on it ("X, who lost ..."), and the verbs either is joined to with no subject of its
    own ("... and released their first album")."""
    root = ent.root
    verbs = [root.head] if root.dep_ in SUBJECT_DEPS and root.head.i != root.i else []
    for t in root.children:
        if t.dep_ == "relcl" and any(
            k.dep_ in SUBJECT_DEPS and k.lower_ in RELATIVE_SUBJECTS for k in t.children
        ):
            verbs.append(t)
    for v in list(verbs):
        verbs += [t for t in v.conjuncts if not any(k.dep_ in SUBJECT_DEPS for k in t.children)]
    return verbs + _participles(verbs)


def _participles(verbs: list[Token]) -> list[Token]:
    """The participles the verbs hang an adverbial clause of no subject of its own on: what
    they tell, the verb's subject does ("Steinfeld walks past, holding her dress")."""
    return [
        t
        for v in verbs
        for t in v.children
        if t.dep_ == ADVERBIAL_CLAUSE
        and t.tag_ == PRESENT_PARTICIPLE
        and not any(k.dep_ in SUBJECT_DEPS for k in t.children)
    ]


def pronoun_kind(ent: Span) -> str:
    """What a mention's own pronouns call it: "person" ("Logic performed his inspirational
    song", "Sinbad himself has denied"), "group" ("Fifth Harmony, who released their first
    album"), "thing" ("the lottery took down a photo from its website") or "" (none, or
    several kinds). Only a pronoun owning the direct object of a verb the mention is the
    subject of (or of a participle that verb hangs on it: "walks past, holding her dress")
    counts, or a reflexive beside it: one further down may be anyone's ("Bentley
    thanked Kumar for his visit"). A name listed with others ("Kim and Kris ... their"), in
    the plural ("Republicans ... their") or after "the" ("the High Court rejected his
    challenge") says nothing."""
    root = ent.root
    if root.conjuncts or root.tag_ in PLURAL_NAME_TAGS:
        return ""
    if any(t.dep_ == "det" for t in root.children):
        return ""  # "The State opposed his application": a body, written with "the"
    # "Sinbad himself has long denied ..."
    kinds = {
        PRONOUN_KINDS[t.lower_]
        for t in root.children
        if t.dep_ == "appos" and t.lower_ in REFLEXIVES
    }
    for verb in _own_verbs(ent):
        for obj in verb.children:
            if obj.dep_ not in OBJECT_DEPS:
                continue
            if obj.lower_ in REFLEXIVES:
                kinds.add(PRONOUN_KINDS[obj.lower_])
            kinds |= {
                PRONOUN_KINDS[t.lower_]
                for t in obj.children
                if t.dep_ == OWNER_DEP and t.lower_ in PRONOUN_KINDS
            }
    return kinds.pop() if len(kinds) == 1 else ""


def settled_in(ent: Span) -> bool:
    """Whether a mention is the object of a place's own preposition (:data:`SETTLING_PREPS`)."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in SETTLING_PREPS


def qualifies_a_noun(ent: Span) -> bool:
    """Whether a mention qualifies the lower-case common noun after it ("Roman salutes")."""
    head = ent.root.head
    return (
        ent.root.dep_ in QUALIFYING_DEPS
        and head.i >= ent.end
        and head.pos_ == "NOUN"
        and head.text.islower()
    )


def written_with_article(ent: Span) -> bool:
    """Whether "the" opens a mention, or stands just before it, as the determiner of the
    mention's own head ("the Miami Heat have won", the recogniser's span holding "the" or not;
    not "the Trump administration", whose "the" is the noun's)."""
    return any(
        t.dep_ == "det" and t.lower_ in DEFINITE_ARTICLES and ent.start - 1 <= t.i <= ent.start
        for t in ent.root.children
    )


__all__ = ["pronoun_kind", "qualifies_a_noun", "settled_in", "written_with_article"]
