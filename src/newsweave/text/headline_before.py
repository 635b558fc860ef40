"""What a made headline takes from the sentences before it, kept apart from
:mod:`newsweave.text.headline_patterns` (near its size limit): a subject named by its kind
after an earlier sentence named it, and background a story tells around its news.

A story's third sentence "The zoo follows a guideline ..." says "the zoo" because the second
named the Calgary Zoo: as a title it leaves the reader asking which zoo. And a sentence set at
an occasion ("At the silver anniversary of the awards, actors will ...") tells the ground the
news stands on, not what happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.text.headline_cut import past_verb
from newsweave.text.headline_patterns import FINITE, MODALS, STOP

# Background a story tells around its news (matched case-insensitively at the opening of its
# sentence; joins :data:`~newsweave.text.headline_patterns.BACKGROUND`): the occasion a
# scene is set at ("At the silver anniversary of the awards, actors will enjoy ..."), not what
# happened on it. Not "July 3 marked the 169th anniversary of ...", nor "is caused by",
# "notoriously": on multinews each was a story's only offer, and the one after it read worse.
OCCASIONS: tuple[str, ...] = (
    r"^(?:at|on|for|to mark|ahead of) (?:the|its|his|her|their) [^,]{0,40}\banniversary\b",
)

# Offices held by one person at a time, whose holder the day's news names by the office
# alone ("The president has spoken about George Zimmerman's acquittal"), unlike "the
# actress" or "the man".
SOLE_OFFICES = frozenset({"president", "pope", "queen", "king"})

# Words of a subject after "The" read for its kind: up to this many lower-case words before
# its verb ("The zoo", "The new line", "The penguin flock keeper").
KIND_WORDS = 3

# Words after a subject's kind that go on to say which one it is ("The parents of eight of
# the children killed ...", "The man who ...").
DEFINING = frozenset({"of", "who", "whose", "which", "that"})

_WORD = re.compile(r"[a-z][a-z-]*")


def _kind(made: str) -> list[str]:
    """The lower-case words a made headline's subject "The ..." opens with, up to
    :data:`KIND_WORDS` and before its verb or a stop word (a word of :data:`FINITE`, a modal,
    a verb in the past, "a", "and"): ``[]`` when a name or a number comes first ("The Calgary
    Zoo", "The 10 women", "The smaller guided-missile destroyer USS Fitzgerald" say which of
    their own), or when the kind goes on to say which (:data:`DEFINING`)."""
    words = made.split()
    if len(words) < 3 or words[0] != "The":
        return []
    kind: list[str] = []
    for w in words[1 : 2 + KIND_WORDS]:
        low = w.lower()
        if kind and low in DEFINING:
            return []  # "The parents of eight of the children killed in ...": said which
        if low in FINITE or low in MODALS or low in STOP or (kind and past_verb(w)):
            break
        if not _WORD.fullmatch(w):
            return [] if w[:1].isupper() or w[:1].isdigit() else kind
        if len(kind) == KIND_WORDS:
            break
        kind.append(w)
    return kind


def told_before(made: str, before: Sequence[str]) -> bool:
    """Whether a made headline's subject is "the" and a kind the story's sentences ``before``
    its own already named ("The studio listed the rights it says it holds" after "A film
    studio sued the makers of a fan film"): the reader of the title alone cannot tell which. A word counts in its
    plural too ("The coin" after "gold coins"); "the" and other stop words never do."""
    kind = _kind(made)
    if not kind or not before:
        return False
    said = {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]*", " ".join(before).lower())}
    return any(w.rstrip("s") in said for w in kind)


# A proper name "the" opens, of up to three capitalized words before a kind's own word set in
# capitals ("the Calgary Zoo" for "the zoo", "The Russian Foreign Ministry" for "the
# ministry"; not "Newtown, Conn. Parents of ...").
_NAME_WORDS = r"\b[Tt]he ((?:[A-Z][\w’'.&-]*\s){1,3})"


def named_kind(made: str, before: Sequence[str]) -> str:
    """A made headline whose subject opens "The" and one kind told before by its name ("The zoo
    follows a guideline ..." after "the Calgary Zoo had to cancel ...") with that name in its
    place ("The Calgary Zoo follows a guideline ..."): the title then says which. Unchanged
    when no sentence before names one of that kind, or when they name two."""
    kind = _kind(made)
    if not kind or not before:
        return made
    word = kind[0]  # "The zoo follows": its first word (a verb in the present may follow)
    names = {
        " ".join(m[1].split())
        for m in re.finditer(_NAME_WORDS + re.escape(word.capitalize()) + r"\b", " ".join(before))
    }
    if len(names) != 1:
        return made
    return f"The {names.pop()} {word.capitalize()}{made[len('The ') + len(word) :]}"
