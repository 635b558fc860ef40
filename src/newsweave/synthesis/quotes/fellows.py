"""Roles held alongside someone else: "fellow talk show host Ivan Urgant", "another host,
Jimmy Kimmel", "rival candidate Ted Cruz".

Such a role says the story has another holder of it, the one it is about, so "the host" it
goes on about is not the fellow: a shared role is no role that picks its holder out
(:func:`shared_role`; :mod:`.mentions` and :mod:`.roles` leave its words out of a person's
role words). A "fellow" or "rival" role is held as well by the person the clause is about,
whom the fellow is set beside ("Colbert aired his chat with fellow talk show host Ivan
Urgant": Colbert hosts a talk show too, :func:`fellow_of`), and the role's words are that
person's, so that "the host" later in the article is found to be them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.nlp import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Words before a role that make it one held alongside another holder the story tells of.
SHARING_MARKS = frozenset({"fellow", "another", "rival"})
# Of those, the ones that say the subject of the clause holds the role too ("Colbert chatted
# with fellow host Urgant"); "another host" may be another than anyone the clause names.
MUTUAL_MARKS = frozenset({"fellow", "rival"})
# Words a role may open on before its mark ("a fellow Democrat", "his fellow defender").
ROLE_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
# Words after a mark that make the mark the role's own noun ("a fellow at the Brookings
# Institution", "a rival of the mayor"): a role of its holder's own, shared with no one.
NOUN_LINKS = frozenset({"at", "of", "in", "with", "for", "from", "to", "on", "and"})


def role_mark(role: str) -> str | None:
    """The sharing mark ``role`` opens on, lower case ("fellow" in "a fellow Democrat"); None
    for a role of its holder's own ("a senior fellow at Brookings", "his rival": there the
    mark is the role's noun)."""
    words = role.lower().split()
    while words and words[0] in ROLE_OPENERS:
        words = words[1:]
    if len(words) < 2 or words[0] not in SHARING_MARKS or words[1] in NOUN_LINKS:
        return None
    return words[0]


def shared_role(role: str) -> bool:
    """Whether ``role`` is held alongside the holder the story is about (:func:`role_mark`)."""
    return role_mark(role) is not None


def mutual_words(role: str) -> frozenset[str]:
    """The words of a "fellow"/"rival" role that the person the fellow is set beside holds
    too ("talk", "show", "host" of "fellow talk show host"), lower case; none for any other
    role."""
    if role_mark(role) not in MUTUAL_MARKS:
        return frozenset()
    return frozenset(re.findall(r"[a-z]+", role.lower())) - SHARING_MARKS - ROLE_OPENERS


def fellow_of(run: SpacySpan) -> Token | None:
    """Whom a name with a "fellow" role is set beside: the subject of the verb its phrase hangs
    on, a name whatever the recogniser typed it ("Colbert aired footage of his chat with fellow
    talk show host Ivan Urgant": Colbert); None for a pronoun or any other word, and for the
    name itself ("Fellow host Ivan Urgant said": no one else is told of). Whose name it is,
    :mod:`.mentions` reads from the full names the article gives."""
    verb = next((a for a in run.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ != "PROPN" or run.start <= subj.i < run.end:
        return None
    return subj
