"""Statements that tell no happening: a truth of no time nor place.

"Risk increases with age", "Accuracy of information is very important", "The title to
treasure trove belongs to the finder": a sentence that names no one, nowhere, no time nor
count frames the news but does not tell it, and in the present tense it is the writer's
general truth (or a sentence about a thing named elsewhere, "The boys are studying ..."),
unless its subject is a group's ("Students' demands include ..."): that names its owners.
The brief (:mod:`newsweave.synthesis.stages.brief`) keeps such sentences out after its
opening, and its choice of opening (:mod:`newsweave.synthesis.brief_opening`) weighs them
down; a news lead says who, where or when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.nlp import PRESENT_TAGS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Entity types that name someone or something: a description holding one says who it is.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)
# Entity types that say when or how many: a statement with one tells a happening, not a
# general truth.
_TOLD_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Verbs that report what someone holds or found ("Skeptics say the boom is a myth", "Research
# suggests ..."): a report of a view, however unnamed its holders, not the writer's truth.
_REPORTING = frozenset(
    {
        "say",
        "tell",
        "report",
        "claim",
        "argue",
        "believe",
        "warn",
        "note",
        "suggest",
        "show",
        "find",
    }
)
# Dependencies of the auxiliaries that carry a compound verb's tense ("is studying").
_AUX_DEPS = frozenset({"aux", "auxpass"})
# The Penn tag of a plural common noun: an owner so is a group the story tells of
# ("Students' demands"), one by a singular noun is one named elsewhere ("The department's").
_PLURAL_NOUN = "NNS"


def names_nothing(span: SpacySpan | None) -> bool:
    """Whether ``span`` names no one, nowhere and no time nor count ("Risk increases with
    age"), as a news lead does not ("A Brooklyn mother ...", "71 beagles were removed ...")."""
    return span is not None and not any(
        t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS or t.ent_type_ in _TOLD_LABELS for t in span
    )


def general_truth(span: SpacySpan | None) -> bool:
    """Whether ``span`` names nothing (:func:`names_nothing`) and tells it in the present
    tense. "A video of the crash was split into frames" names nothing either, but tells a
    happening; "Skeptics say ..." reports a view."""
    if span is None or not len(span) or not names_nothing(span):
        return False
    root = span.root
    return (
        root.lemma_ not in _REPORTING
        and not _owned_subject(root)
        and any(
            t.tag_ in PRESENT_TAGS
            for t in (root, *(c for c in root.children if c.dep_ in _AUX_DEPS))
        )
    )


def _owned_subject(root: Token) -> bool:
    """Whether the subject of ``root`` belongs to a group the story tells of ("Students'
    demands include ...", "The carriers' switch to tiered plans doesn't ..."): that group's,
    not a truth of no time. A single owner ("The department's Web site defines ...", "The
    moon's upper crust is rich in ...") is the one named elsewhere or a thing's standing
    property, and an owner by pronoun ("His film embodies ...") is left to the brief's
    referent checks."""
    return any(
        p.dep_ == "poss" and p.tag_ == _PLURAL_NOUN
        for c in root.children
        if c.dep_ in SUBJECT_DEPS
        for p in c.children
    )
