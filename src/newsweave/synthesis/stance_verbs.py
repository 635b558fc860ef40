"""Whether a stance verb in a parse is a reaction to the news at all.

The reactions stage reads a verb like "welcomed" or "rejected" as its subject's stance; these
checks say when it is not one: a negated or hypothetical verb, a participle describing a noun,
a reluctant yes, a part of a group speaking for itself, a participle whose subject the parse
cannot tell, and an earlier or standing position. Kept apart from the stage so that the
stage reads as the order of its steps, and the parse checks read as one set.
"""

from __future__ import annotations

from newsweave.synthesis.no_happening import SUPPOSING_MARKS
from newsweave.synthesis.quotes.attribution import subject_of
from newsweave.synthesis.stance_words import RELUCTANCE_WORDS, STANCE_VERBS

# How a verb takes what it is aimed at (its object, or its passive subject).
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})

# Steps from a welcoming verb up to a word of reluctance it hangs under ("backing" → "to" →
# "resigned").
RELUCTANCE_REACH = 3
# How a verb hangs under the word that frames it (a preposition's clause, an infinitive).
_FRAMED_BY = frozenset({"pcomp", "pobj", "prep", "xcomp", "acomp", "advcl"})
# Words that make a subject a part of a group, not the group ("Several Senate Democrats
# appeared resigned to backing ...", "some of the unions"): a part's stance is not the whole's.
PART_WORDS = frozenset(
    {"several", "some", "many", "few", "most", "two", "three", "four", "dozens", "handful"}
)
# Adverbs that make a cue a standing position, not a reaction ("repeatedly vowed").
HABITUAL_ADVERBS = frozenset(
    {
        "repeatedly",
        "long",
        "previously",
        "often",
        "always",
        "consistently",
        "frequently",
        "usually",
        "generally",
        "traditionally",
    }
)
# Tags of a verb in the simple present ("opposes", "oppose") and of a relative pronoun
# ("who", "which", "that").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# The adverb of an apposition set off by commas that puts its noun in the past ("Poole, then
# 28, denied …", "Marsh, then a senator, rejected …"): the act told is as old as that.
PAST_APPOSITION = "then"


def evidential_stance_verb(tok) -> bool:
    """A stance verb that is evidence at all: not negated, not a participle describing a noun,
    not a hypothetical ("sanctions if Moscow refused")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in STANCE_VERBS:
        return False
    if any(c.dep_ == "neg" for c in tok.children) or tok.dep_ in ("acl", "amod"):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in tok.children)


def reluctant(verb) -> bool:
    """Whether a verb is a reluctant act (:data:`~.stance_words.RELUCTANCE_WORDS`): said so by
    an adverb ("reluctantly backed"), or hung under a word of reluctance ("resigned to
    backing", "forced to support"), within :data:`RELUCTANCE_REACH` steps."""
    if any(c.dep_ == "advmod" and c.lower_ in RELUCTANCE_WORDS for c in verb.children):
        return True
    tok = verb
    for _ in range(RELUCTANCE_REACH):
        if tok.dep_ not in _FRAMED_BY or tok.head is tok:
            return False
        tok = tok.head
        if tok.lower_ in RELUCTANCE_WORDS or tok.lemma_.lower() in RELUCTANCE_WORDS:
            return True
    return False


def part_of_group(subj) -> bool:
    """Whether a subject is some members of a group, not the group ("Several Senate Democrats",
    "some of the unions", "two senators"): :data:`PART_WORDS`, or a number."""
    if subj.lower_ in PART_WORDS:
        return True
    return any(
        c.dep_ in ("amod", "det", "nummod", "quantmod") and (c.lower_ in PART_WORDS or c.like_num)
        for c in subj.children
    )


def borrowed_subject(verb) -> bool:
    """A participle with no subject of its own hung on a clause inside another ("…figured out
    that Sediuk is not a journalist, refusing him credentials"): whose act it is, the
    parser's attachment cannot tell (here the organisations', not Sediuk's)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and verb.head.dep_ in ("ccomp", "xcomp", "relcl", "advcl")
    )


def earlier_act(verb, words: frozenset[int] = frozenset()) -> bool:
    """A pluperfect or habitual verb ("had refused", "usually supports"), or one whose subject
    is set in the past ("Poole, then 28, denied"): an earlier or standing position, not a
    reaction to the news. The tokens at ``words`` (a stance phrase's own) tell nothing of
    the verb's time: the "long" of "as long as" hangs on its verb as an adverb."""
    kids = {c.lower_ for c in verb.children if c.dep_ in ("aux", "advmod") and c.i not in words}
    if "had" in kids or kids & HABITUAL_ADVERBS:
        return True
    subj = subject_of(verb)
    if subj is None:
        return False
    # the parser hangs the set-off "then" on the subject or on its apposition ("34")
    near = [*subj.children, *(a for c in subj.children if c.dep_ == "appos" for a in c.children)]
    return any(
        t.dep_ == "advmod" and t.lower_ == PAST_APPOSITION and t.i > 0 and t.nbor(-1).text == ","
        for t in near
    )


def describes_standing(verb) -> bool:
    """A present-tense relative clause on its subject ("Democrats, who uniformly oppose the
    legislation", "…Reform, which opposes the state's immigration laws"): it tells who the
    actor is, a position held whatever the news, unless what it is aimed at is the news
    itself (the stage checks that: "Rand Paul, who opposes the deal")."""
    subj = subject_of(verb)
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in PRESENT_TAGS
        and subj is not None
        and subj.tag_ in RELATIVE_TAGS
    )


def defends_another(verb) -> bool:
    """Whether a verb of defence (:data:`~.stance_words.DEFENCE_VERBS`) is aimed at another's
    act: its object belongs to a name that is not its subject's ("Graham defended Trump's
    appointment"). One's own act ("defended his plan", "defended the release") or a thing
    defended ("defend the country") is no stance on the news."""
    subj = subject_of(verb)
    own = {t.lower_ for t in subj.subtree} if subj is not None else set()
    return any(
        p.dep_ == "poss" and p.pos_ == "PROPN" and p.lower_ not in own
        for o in verb.children
        if o.dep_ in _OBJECT_DEPS
        for p in o.children
    )
