"""Who a timeline entry's "it" or "they" subject is, where the article leaves no doubt.

"Between 2011 and 2014, it gave nearly eleven million dollars to the Media Research Center"
(multinews 227) stood on the timeline after "The Mercer Family Foundation kept expanding its
political investments.": read alone, "it" is no one. An "it" or a "they" is named, in
brackets as a "he" is, only when the sentence just before makes it certain: its main verb's
subject is the one organisation it names, and no other noun there is of the pronoun's number
(so "it" may not be the thing that organisation made: "NYK said the container ship ... It was
built in 2008", 244, names NYK as the one who speaks, and the ship is "it"). An "it" of "be"
names nothing: "It was election night 2012", "It is not clear when ..." say no one's act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.retelling import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# The pronouns named here, by whether they stand for more than one.
GROUP_PRONOUNS: dict[str, bool] = {"it": False, "they": True}
# The entity labels of an organisation or a group an "it" or a "they" may stand for.
GROUP_LABELS = frozenset({"ORG"})
# Dependencies of a pronoun that is its verb's subject, and of the subject it stands for.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Penn tags of a noun that names more than one.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Dependencies by which a noun is a part of another's name or its owner ("the Mercer Family
# Foundation", "its investments"), no candidate of its own.
_WORD_OF_A_NOUN = frozenset({"compound", "poss", "nmod", "amod"})


def _plural(noun: Token) -> bool:
    """Whether ``noun`` names more than one: a plural tag, or a list of names ("Ford and GM")."""
    return noun.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in noun.children)


def group_named(pron: Token) -> str | None:
    """The organisation the "it" or "they" ``pron`` stands for, when certain (see the module
    docstring): the entity's words as the sentence before writes them, else None."""
    plural = GROUP_PRONOUNS.get(pron.lower_)
    if plural is None or pron.dep_ not in _SUBJECTS or pron.head.lemma_ == "be":
        return None
    if pron.sent.start == 0:
        return None
    before = pron.doc[pron.sent.start - 1].sent
    if before.root.lemma_.lower() in SPEECH_VERBS:
        return None
    subjects = [c for c in before.root.children if c.dep_ in _SUBJECTS]
    groups = [e for e in before.ents if e.label_ in GROUP_LABELS]
    if len(subjects) != 1 or len(groups) != 1 or groups[0].root != subjects[0]:
        return None
    subject = subjects[0]
    if _plural(subject) != plural:
        return None
    inside = {t.i for t in subject.subtree}
    others = [
        t
        for t in before
        if t.pos_ in {"NOUN", "PROPN"}
        and t.i not in inside
        and t.dep_ not in _WORD_OF_A_NOUN
        and _plural(t) == plural
    ]
    return None if others else groups[0].text
