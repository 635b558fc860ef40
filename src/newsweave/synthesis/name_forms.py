"""How a person's name is written in a recognised mention: where the sentence the recogniser
ran it into ends (:func:`after_run_on`: "Beatty saw [Emma Stone]"), and whether two spellings
are one name mistyped (:func:`mistyped`: "Sndyer" for "Snyder") or two names ("Khalid",
"Khaled"). Read by the entities stage (:mod:`newsweave.synthesis.stages.entities`)."""

from __future__ import annotations

# Lower-case words a person's name may hold ("Vincent van Gogh", "Charles de Gaulle", "Jack the
# Ripper").
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "ter", "le", "la", "du"}
    | {"dos", "das", "bin", "bint", "ibn", "al", "el", "y", "zu", "the"}
)
# Lower-case words that make a "PERSON" a title or a pair, no one's name: "Road to Sandy
# Hook", "Friends of Jack", "Brulotte v. Thys", "George and Marie". Any other lower-case
# word is the sentence the recogniser ran on into ("Beatty saw Emma Stone", "Celestine V
# resigned"): the name is on the far side of it.
TITLE_LINKS = frozenset(
    {"of", "to", "for", "and", "et", "or", "v", "v.", "vs", "vs.", "in", "on", "at"}
    | {"with", "from", "a", "an"}
)


def after_run_on(name: str) -> str:
    """A PERSON mention's name without the sentence the recogniser ran it into: after the
    last lower-case word no name holds (:data:`NAME_PARTICLES`; "al-Assad" has a capital and is
    a name's word), or before it when it ends the mention; empty when a word of
    :data:`TITLE_LINKS` makes the mention a title or a pair. A mention opening in lower case
    ("senator’s June") is left whole, to be dropped as no name at all."""
    words = name.split()
    run_on = [
        k
        for k, w in enumerate(words)
        if k and w[:1].islower() and not any(c.isupper() for c in w) and w not in NAME_PARTICLES
    ]
    if not run_on:
        return name
    if any(words[k] in TITLE_LINKS for k in run_on):
        return ""
    if run_on == [len(words) - 1]:
        return " ".join(words[:-1])
    return " ".join(words[run_on[-1] + 1 :])


def mistyped(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with letters swapped ("Sndyer") or one letter more or less
    ("Mullin"): slips of typing, where another name changes a letter ("Khalid", "Khaled")."""
    if sorted(a) == sorted(b):
        return True
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[:k] + long[k + 1 :] == short for k in range(len(long))
    )


__all__ = ["NAME_PARTICLES", "TITLE_LINKS", "after_run_on", "mistyped"]
