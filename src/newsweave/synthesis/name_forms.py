"""How a person's name is written in a recognised mention: where the sentence the recogniser
ran it into ends (:func:`after_run_on`: "Beatty saw [Emma Stone]"), and whether two spellings
are one name mistyped (:func:`mistyped`: "Sndyer" for "Snyder") or two names ("Khalid",
"Khaled"), and which of an entity's written forms names it (:func:`canonical_name`: the most
complete, in the event's commonest spelling). Read by the entities stage
(:mod:`newsweave.synthesis.stages.entities`)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.speakers import clean_name as person_name
from newsweave.text.names import CORPORATE_FORMS, fold

# Letters an initialism may have ("NATO", "NASCAR" is more): a longer name in capitals beside
# the same name in lower case is that name shouted ("GEORGE STEPHANOPOULOS", "ALLENTOWN").
MAX_INITIALISM = 5

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

# A generation's mark after a surname, full stops dropped: "Williams" of "Hank Williams Jr." is
# his surname, written without it.
GENERATION_MARKS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The generation's mark of a father, folded: the bare name is his ("Donald Trump Sr."); any
# other mark sets a son or a grandson apart from him.
FATHERS_MARKS = frozenset({"sr"})

# An owner's possessive opening a mention typed a person ("Lightspeed’s Jeremy Liew"): the
# words after it, when they read as a full name, are the person's.
OWNER_BEFORE = re.compile(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}['’]s (?=[A-Z])")
# Words a person's full name after an owner has: a given name and a surname, maybe a middle.
OWNED_NAME_WORDS = (2, 3)


class WrittenMention(Protocol):
    """What :func:`canonical_name` reads of a mention
    (:class:`~newsweave.synthesis.entity_types.NameMention`, whose module reads this one)."""

    surface: str
    tokens: tuple[str, ...]
    implied: str
    nickname: str


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


def owned_person(name: str) -> int:
    """Where the person's name starts in a PERSON mention the recogniser ran on from an
    owner's possessive ("Lightspeed’s Jeremy Liew", :data:`OWNER_BEFORE`), 0 when none opens
    it: the rest must read as a full name opening on a known given name, else the possessive
    is the name's own ("McDonald’s Big Mac" is no one)."""
    owner = OWNER_BEFORE.match(name)
    if owner is None:
        return 0
    rest = name[owner.end() :].split()
    if not OWNED_NAME_WORDS[0] <= len(rest) <= OWNED_NAME_WORDS[1]:
        return 0
    if rest[0].lower() not in PERSON_FIRST_NAMES or not all(w[:1].isupper() for w in rest):
        return 0
    return owner.end()


def without_generation(words: Sequence[str]) -> tuple[str, ...]:
    """The words of a name less the generation's marks it ends on (:data:`GENERATION_MARKS`):
    "Hank Williams" of "Hank Williams Jr."."""
    k = len(words)
    while k > 1 and words[k - 1].rstrip(".").lower() in GENERATION_MARKS:
        k -= 1
    return tuple(words[:k])


def mistyped(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with letters swapped ("Sndyer") or one letter more or less
    ("Mullin"): slips of typing, where another name changes a letter ("Khalid", "Khaled")."""
    if sorted(a) == sorted(b):
        return True
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[:k] + long[k + 1 :] == short for k in range(len(long))
    )


def _fathers_form(words: list[str], keys: set[tuple[str, ...]]) -> bool:
    """Whether ``words`` are a name in ``keys`` with a father's mark after it
    (:data:`FATHERS_MARKS`)."""
    return (
        len(words) > 2
        and words[-1].rstrip(".") in FATHERS_MARKS
        and tuple(without_generation(words)) in keys
    )


def _mark_seldom(words: list[str], n: int, written: dict[tuple[str, ...], int]) -> bool:
    """Whether ``words``, written ``n`` times, are a name with a generation's mark that the
    texts write without it more often (``written``: how often each form is, folded): "Eben
    Alexander III" of a book's copyright line, "Eben Alexander" in every story."""
    bare = without_generation(words)
    return len(bare) < len(words) and written.get(bare, 0) > n


def _legal_form_of(words: list[str], keys: set[tuple[str, ...]]) -> bool:
    """Whether ``words`` are a name in ``keys`` with a company's legal form after it."""
    k = len(words)
    while k > 1 and words[k - 1] in CORPORATE_FORMS:
        k -= 1
    return k < len(words) and tuple(words[:k]) in keys


def _has_diacritics(s: str) -> bool:
    """Whether ``s`` keeps an accent: of two spellings, the one with it is the name's own."""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", s))


def canonical_name(mentions: Sequence[WrittenMention], person: bool) -> str:
    """The name an entity goes by among its mentions' written forms (``person``: whether it
    is typed a person, whose names are read as a PERSON mention's are): see the entities stage's
    account of the canonical name."""
    # a person's mention the NER typed otherwise kept what is written before the name ("Nazi
    # Adolf Eichmann" typed ORG): the person's name is read as a PERSON mention's would be
    implied = Counter(m.implied for m in mentions if m.implied)
    written = max(len(m.tokens) for m in mentions)
    if implied and all(len(f.split()) > written for f in implied):
        return max(implied, key=lambda f: (implied[f], f))  # "Leon Brandy" for "Leon"
    surfaces = [
        (after_run_on(person_name(m.surface)) or m.surface) if person else m.surface
        for m in mentions
    ]
    spellings = Counter(w for s in surfaces for w in s.split())
    forms = Counter(surfaces)
    # a company's legal form ("Apple Inc") is no more of its name than "Apple" is, when the
    # text also writes it so
    keys = {tuple(fold(f).split()) for f in forms}
    forms = Counter({f: n for f, n in forms.items() if not _legal_form_of(fold(f).split(), keys)})
    # a father's mark tells him from his son where a story names both: he goes by the name
    # without it when the texts write that too ("Donald Trump", not "Donald Trump Sr", 009)
    forms = Counter({f: n for f, n in forms.items() if not _fathers_form(fold(f).split(), keys)})
    # ... and any mark is no more of the name than the bare name is, when the texts write the
    # bare name more often
    written = Counter({tuple(fold(f).split()): n for f, n in forms.items()})
    forms = Counter(
        {f: n for f, n in forms.items() if not _mark_seldom(fold(f).split(), n, written)}
    )
    # a name in capitals ("GEORGE STEPHANOPOULOS:" of a transcript) is written so for show: the
    # event's own spelling in running text names it, an initialism ("NATO", "Nato") kept
    shown = {tuple(fold(f).split()) for f in forms if not f.isupper()}
    forms = Counter(
        {
            f: n
            for f, n in forms.items()
            if not (f.isupper() and len(f) > MAX_INITIALISM and tuple(fold(f).split()) in shown)
        }
    )
    most_words = max(len(f.split()) for f in forms)
    # acronyms are short forms; a spelled-out name of the same thing is more complete
    cands = [f for f in forms if len(f.split()) == most_words]
    # a name written with a nickname in it is the full one: "Liberty Gorman", not "Libby Gorman"
    nicknamed = {m.surface for m in mentions if m.nickname}
    return max(
        cands,
        key=lambda f: (
            f in nicknamed,
            sum(spellings[w] for w in f.split()),
            forms[f],
            _has_diacritics(f),
            [-ord(ch) for ch in f],
        ),
    )


__all__ = [
    "FATHERS_MARKS",
    "GENERATION_MARKS",
    "MAX_INITIALISM",
    "NAME_PARTICLES",
    "TITLE_LINKS",
    "WrittenMention",
    "after_run_on",
    "canonical_name",
    "mistyped",
    "owned_person",
    "without_generation",
]
