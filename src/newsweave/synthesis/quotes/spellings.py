"""A speaker's surname misspelt by one letter, spelt as the event spells it most.

Outlets misspell names ("Vasilades" for Vasiliades; one outlet's "Steve Mullin" for the "Steve
Mullins" of two others), and a misspelt speaker is listed apart from the person, their words
never merged with the other outlets' quotes of them. The entities stage keeps a name one letter
off a person's as another person (or as an alias two entities share), so the quotes stage
respells it before it looks the speaker up among the event's entities. Split from
:mod:`.merging`, which calls it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.models import Entity
from newsweave.text.names import fold

# A surname shorter than this one letter off another is as often another name ("Cohen" and
# "Cohn", "Rossi" and "Rossa"): six letters and more, one letter off is a slip of the typist.
MIN_RESPELT_CHARS = 6
# What parts the words of a name as :func:`~newsweave.text.names.fold` does: spaces, and the
# hyphen of a double-barrelled name ("Smith-Robinson" is folded "smith robinson").
NAME_WORD_BREAK = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class EventSpellings:
    """The names of the event's people as :func:`respelt` compares a speaker with them,
    gathered once per event from its entities: every quote mention of the event is looked up
    in the same names."""

    names: tuple[tuple[str, ...], ...]  # each person's name and aliases, folded, in words
    weight: dict[str, int]  # a surname spelling -> mentions of the people spelt so
    # a folded word -> its letters as the first person's name that has it writes it
    written: dict[str, str]


def event_spellings(entities: Sequence[Entity]) -> EventSpellings:
    """The spellings :func:`respelt` reads from the event's persons (other entities are no
    one's misspelt name): each name and alias, a surname's weight by the mentions of everyone
    who bears it, and each word as an entity writes it ("Mullins", not "mullins")."""
    weight: dict[str, int] = {}
    names: list[tuple[str, ...]] = []
    written: dict[str, str] = {}
    for e in entities:
        if e.type != "PERSON":
            continue
        for name in (e.name, *e.aliases):
            folded = tuple(fold(name).split())
            if folded:
                names.append(folded)
                weight[folded[-1]] = weight.get(folded[-1], 0) + len(e.mentions)
            for w in NAME_WORD_BREAK.split(name):
                written.setdefault(fold(w), w)
    return EventSpellings(tuple(names), weight, written)


def respelt(spellings: EventSpellings, speaker: str) -> str:
    """``speaker`` (one person's name) with its surname spelt as the event's better-attested
    person spells it, when it is one letter off that spelling and the rest of the name agrees:
    "Steve Mullin" (3 mentions) is "Steve Mullins" (6), a bare "Vasilades" is "Vasiliades".
    Unchanged when two spellings fit, when the other name's given names differ ("Jane Mullin"
    is not Steve Mullins), when a bare surname is a full-named person's own ("Mullin" of
    Jane Mullin), and for a family's plural ("the Mercers", one "s" more than Robert Mercer)."""
    words = speaker.split()
    surname = fold(words[-1]) if words else ""
    if len(surname) < MIN_RESPELT_CHARS or not words[-1][:1].isupper():
        return speaker
    given = tuple(fold(w) for w in words[:-1])
    names, weight = spellings.names, spellings.weight
    if not given and any(len(n) > 1 and n[-1] == surname for n in names):
        return speaker  # a full-named person's own surname
    fits = {
        n[-1]
        for n in names
        if one_letter_off(surname, n[-1])
        and weight[n[-1]] > weight.get(surname, 0)
        and (not given or n[:-1] == given)
        and not (not given and surname == n[-1] + "s")
    }
    if len(fits) != 1:
        return speaker
    (spelling,) = fits
    return " ".join([*words[:-1], spellings.written[spelling]])


def one_letter_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter added, dropped or replaced."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    k = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[k:] == long_[k + 1 :]
