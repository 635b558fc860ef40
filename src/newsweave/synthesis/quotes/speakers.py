"""Who a name, a title or a pronoun stands for, when one article names several people.

Two people may share a surname (a father and son, a minister and her husband): a bare
``Love`` or ``Mr Love`` is resolved by :func:`pick_namesake` to the full name it fits best —
its title (``Rev Love`` is whoever the article calls "Rev"), its gender (``Mrs``, a first
name, a family role), then the nearest full mention before it — never to whichever full
name happens to be the longest. Gender comes from data kept here: honorifics, common first
names and gendered role nouns. :func:`speaker_type` says what a speaker is: a person, an
organisation (a state speaking as one), or an unnamed role or group.

The parse-level work (finding the mentions, the antecedents) is
:mod:`~newsweave.synthesis.quotes.attribution`'s; this module holds the data and the choices.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from newsweave.models import SpeakerType

Gender = Literal["m", "f"]

# Honorifics a surname may carry, and the gender each implies (None: either).
HONORIFIC_GENDER: dict[str, Gender | None] = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "lady": "f",
    "dame": "f",
    "dr": None,
    "rev": None,
    "reverend": None,
    "prof": None,
    "professor": None,
    "judge": None,
    "father": "m",
    "sister": "f",
}
# Common first names whose bearer's gender a pronoun must agree with. A short list is enough:
# it only has to tell apart people an article names side by side; unknown names agree with both.
MALE_FIRST_NAMES = frozenset(
    [
        "alexander",
        "andrew",
        "anthony",
        "ben",
        "benjamin",
        "bernie",
        "bill",
        "boris",
        "brian",
        "charles",
        "chris",
        "christopher",
        "daniel",
        "david",
        "dmitry",
        "donald",
        "edward",
        "emmanuel",
        "eric",
        "frank",
        "george",
        "henry",
        "jack",
        "james",
        "jeb",
        "jeff",
        "john",
        "joe",
        "joseph",
        "justin",
        "keir",
        "kevin",
        "lauri",
        "mark",
        "martin",
        "matthew",
        "michael",
        "mike",
        "mitt",
        "nicholas",
        "paul",
        "peter",
        "recep",
        "richard",
        "robert",
        "ron",
        "ronald",
        "sam",
        "samuel",
        "sergei",
        "stephen",
        "steve",
        "ted",
        "thomas",
        "tim",
        "tom",
        "vladimir",
        "volodymyr",
        "william",
    ]
)
FEMALE_FIRST_NAMES = frozenset(
    [
        "alice",
        "angela",
        "ann",
        "anna",
        "anne",
        "barbara",
        "betsy",
        "carly",
        "catherine",
        "chelsea",
        "claire",
        "elizabeth",
        "ellen",
        "emily",
        "emma",
        "hillary",
        "helen",
        "jane",
        "janet",
        "jennifer",
        "jill",
        "julia",
        "kamala",
        "karen",
        "kate",
        "katherine",
        "laura",
        "linda",
        "lisa",
        "margaret",
        "maria",
        "marie",
        "mary",
        "melania",
        "michelle",
        "nancy",
        "nicola",
        "nikki",
        "olena",
        "olga",
        "rachel",
        "sarah",
        "sharon",
        "sophie",
        "susan",
        "theresa",
        "ursula",
    ]
)
# Role nouns that tell a person's gender ("his father, Alexander Love"; "the spokeswoman").
ROLE_GENDER: dict[str, Gender] = {
    "father": "m",
    "son": "m",
    "brother": "m",
    "husband": "m",
    "uncle": "m",
    "grandfather": "m",
    "spokesman": "m",
    "chairman": "m",
    "king": "m",
    "prince": "m",
    "mother": "f",
    "daughter": "f",
    "sister": "f",
    "wife": "f",
    "aunt": "f",
    "grandmother": "f",
    "spokeswoman": "f",
    "chairwoman": "f",
    "queen": "f",
    "princess": "f",
}
PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "she": "f", "her": "f"}


@dataclass(frozen=True)
class Namesake:
    """One full-name mention: who (the full name), where (token index), how titled."""

    name: str
    token: int
    title: str | None
    gender: Gender | None
    span: tuple[int, int]  # characters of the full mention: the end of a resolution chain


def honorific(word: str) -> str | None:
    """``Mr.`` / ``Rev`` / ``Mrs`` → the key of :data:`HONORIFIC_GENDER`, else None."""
    w = word.lower().rstrip(".")
    return w if w in HONORIFIC_GENDER else None


def title_gender(title: str | None) -> Gender | None:
    """The gender a title implies (``Mrs`` → f); None for none or an ungendered one (``Dr``)."""
    return HONORIFIC_GENDER.get(title) if title is not None else None


def name_gender(full_name: str, title: str | None, roles: set[str]) -> Gender | None:
    """A person's gender from a title, a first name or a family role; None when none tells."""
    if title_gender(title) is not None:
        return title_gender(title)
    first = full_name.split()[0].lower() if full_name else ""
    if first in MALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES:
        return "f"
    genders = {ROLE_GENDER[r] for r in roles if r in ROLE_GENDER}
    return genders.pop() if len(genders) == 1 else None


def agrees(a: Gender | None, b: Gender | None) -> bool:
    """Two genders agree unless both are known and differ."""
    return a is None or b is None or a == b


@dataclass(frozen=True)
class Namesakes:
    """Everyone an article names with one surname: each person's full mentions in text order
    (and their token positions), titles and gender, gathered once per article."""

    mentions: dict[str, tuple[Namesake, ...]]
    starts: dict[str, tuple[int, ...]]
    titles: dict[str, frozenset[str]]
    genders: dict[str, Gender | None]

    @classmethod
    def of(cls, options: list[Namesake]) -> Namesakes:
        """Group full-name mentions (in text order) by the person they name."""
        by_name: dict[str, list[Namesake]] = {}
        for o in sorted(options, key=lambda o: o.token):
            by_name.setdefault(o.name, []).append(o)
        return cls(
            {n: tuple(ms) for n, ms in by_name.items()},
            {n: tuple(o.token for o in ms) for n, ms in by_name.items()},
            {n: frozenset(o.title for o in ms if o.title is not None) for n, ms in by_name.items()},
            {n: next((o.gender for o in ms if o.gender), None) for n, ms in by_name.items()},
        )


# Titles every adult may carry: they pick a gender, not one namesake over another.
PLAIN_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister"})


def pick_namesake(
    token: int, title: str | None, gender: Gender | None, group: Namesakes
) -> Namesake | None:
    """The full-name mention a surname at ``token`` stands for, among its namesakes.

    A title the article gives one namesake (``Rev``, ``Dr``) picks that one; a bare surname or
    a plain ``Mr`` prefers a namesake the article never titles otherwise (papers write "Rev
    Love" for the one who is a reverend, "Love" for the other); gender must agree; among the
    rest, the nearest full mention before the surname wins, else the nearest after it. Costs
    a binary search per person, not a walk over every mention.
    """
    fits = [n for n in group.mentions if agrees(gender, group.genders[n])]
    if title is not None and title not in PLAIN_TITLES:
        fits = [n for n in fits if title in group.titles[n]] or fits
    else:
        fits = [n for n in fits if not (group.titles[n] - PLAIN_TITLES)] or fits
    before = []
    for n in fits:
        k = bisect_left(group.starts[n], token)
        if k:
            before.append(group.mentions[n][k - 1])
    if before:
        return max(before, key=lambda o: o.token)
    firsts = [group.mentions[n][0] for n in fits]
    return min(firsts, key=lambda o: o.token) if firsts else None


def speaker_type(label: str | None, name: str | None) -> SpeakerType | None:
    """PERSON, ORG (a state or city speaking as its government) or GROUP, from the NER label.

    ``GROUP`` is an unnamed role or group ("officials", "a spokesman"). A name the NER did
    not type is a person when a known first name says so, else left untyped: a speaker is
    never typed as a work of art, a date or anything else.
    """
    if label == "PERSON":
        return "PERSON"
    if label in ("ORG", "GPE", "NORP"):
        return "ORG"
    if label == "GROUP":
        return "GROUP"
    if name and name_gender(name, None, set()) is not None:
        return "PERSON"
    return None


def unnamed_group(name: str | None, kind: SpeakerType | None) -> bool:
    """A group or role the text describes but does not name ("European leaders", "officials",
    "senior aides"): typed ``GROUP`` with a common noun for its head word. It may speak (its
    reports are listed) but is no actor with a stance of its own; a named group
    ("Republicans", "Democrats") has a capitalised head and is one."""
    return kind == "GROUP" and bool(name and name.split()[-1][:1].islower())
