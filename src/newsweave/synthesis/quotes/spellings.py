"""A speaker's surname misspelt by one letter, spelt as the event spells it most.

Outlets misspell names ("Vasilades" for Vasiliades; one outlet's "Steve Mullin" for the "Steve
Mullins" of two others), and a misspelt speaker is listed apart from the person, their words
never merged with the other outlets' quotes of them. The entities stage keeps a name one letter
off a person's as another person (or as an alias two entities share), so the quotes stage
respells it before it looks the speaker up among the event's entities. Split from
:mod:`.merging`, which calls it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.models import Entity
from newsweave.text.names import fold

# A surname shorter than this one letter off another is as often another name ("Cohen" and
# "Cohn", "Rossi" and "Rossa"): six letters and more, one letter off is a slip of the typist.
MIN_RESPELT_CHARS = 6


def respelt(entities: Sequence[Entity], speaker: str) -> str:
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
    given = [fold(w) for w in words[:-1]]
    weight: dict[str, int] = {}  # a surname spelling -> mentions of the people spelt so
    names: list[list[str]] = []
    for e in entities:
        if e.type != "PERSON":
            continue
        for name in (e.name, *e.aliases):
            folded = fold(name).split()
            if folded:
                names.append(folded)
                weight[folded[-1]] = weight.get(folded[-1], 0) + len(e.mentions)
    if not given and any(len(n) > 1 and n[-1] == surname for n in names):
        return speaker  # a full-named person's own surname
    fits = {
        n[-1]
        for n in names
        if _one_letter_off(surname, n[-1])
        and weight[n[-1]] > weight.get(surname, 0)
        and (not given or n[:-1] == given)
        and not (not given and surname == n[-1] + "s")
    }
    if len(fits) != 1:
        return speaker
    (spelling,) = fits
    # (the spelling's letters as the entity writes them: "Mullins", not "mullins")
    shown = next(
        w
        for e in entities
        if e.type == "PERSON"
        for name in (e.name, *e.aliases)
        for w in name.split()
        if fold(w) == spelling
    )
    return " ".join([*words[:-1], shown])


def _one_letter_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter added, dropped or replaced."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    k = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[k:] == long_[k + 1 :]
