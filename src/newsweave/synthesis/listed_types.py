"""An entity's type read beside the types the event's other names came to.

Once every group has a type, each is read beside the others' (:func:`typed_beside_others`): a
name listed with organisations or people only takes their type, so does a bare "organisation"
listed with places only before a noun ("the Antarctic and Sub-Antarctic birds"), a person's
full name misspelt after a given name no list holds is a person ("Kanasho Jones" beside
"Kanasho Johns"). The types each group takes on its own are
:mod:`newsweave.synthesis.entity_types`'s; the entities stage
(:mod:`newsweave.synthesis.stages.entities`) reads every group here once all have one.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from newsweave.synthesis.entity_names import shaped_as_full_name
from newsweave.synthesis.entity_types import (
    PERSON_RETYPED,
    PLACE_LIST_TYPES,
    UNTYPED,
    NameGroup,
    acts,
    majority,
    person_evidence,
    unproven,
)
from newsweave.synthesis.name_forms import NAME_PARTICLES
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.sentence_case import written_in_lower_case
from newsweave.text.names import fold

# How alike two surnames after one rare given name are to be one person's misspelt ("Kanasho
# Jones" of "Kanasho Johns", 0.8; "Al Harmak" and "Al Vorden" are two people's, 0).
MISSPELT_RATIO = 0.8
# The recogniser's labels of a bare word that nothing places, left untyped
# (:func:`~newsweave.synthesis.entity_types.entity_type`), which a list of organisations types
# too, when every name of the list is an organisation's of several words ("Qatar Airways,
# Etihad Airways and Emirates", Emirates typed GPE on the 250 multinews validation events): a
# bare word typed ORG is typed so as loosely ("Diplodocus, Brachiosaurus and Apatosaurus").
UNPLACED_LABELS = frozenset({"GPE"})


def listed_with_bodies(
    c: NameGroup, types: dict[tuple[str, ...], str], named_in_full: bool = False
) -> bool:
    """Whether a group is listed with organisations only, by the types the event's entities
    came to (``types``: by each mention's folded name): "brands like H&M and Zara", "the
    National Research Council and Achieve". The recogniser's own label of the other names is
    not trusted: it types a person beside a person an organisation often enough ("MacLaine and
    Charlize Theron", where MacLaine is Shirley MacLaine). ``named_in_full``: only names of
    several words count ("Qatar Airways, Etihad Airways and Emirates"), not two bare words the
    recogniser typed as one ("Brachiosaurus and Apatosaurus")."""
    return any(
        m.listed_names
        and all(
            types.get(n) == "ORG" and (not named_in_full or (len(n) > 1 and "and" not in n))
            for n in m.listed_names
        )
        for m in c.mentions
    )


def typed_beside_others(
    c: NameGroup,
    typed: str,
    types: dict[tuple[str, ...], str],
    surnames: frozenset[str],
    people: frozenset[tuple[str, ...]],
    words: frozenset[str],
) -> str:
    """The type of the group ``c``, typed ``typed`` on its own, read again beside the types the
    event's other entities came to (``types``: by each mention's folded name; ``surnames``: the
    folded surnames of the people it names in full; ``people``: the folded full names of the
    people typed so; ``words``: the event's
    :func:`~newsweave.synthesis.thing_names.prose_words`). A "person" nothing proves one, or a
    "place" nothing places (left untyped: "Qatar Airways, Etihad Airways and Emirates", Emirates
    typed GPE), listed with organisations only is one: a bare word ("brands like H&M and Zara") or a name no
    person's sign goes with that holds a word the event writes in lower case ("in syndication
    on Fox and Comedy Central" beside "the work-place comedy"; not "Leonid Kuchma" beside
    "Presidents Leonid Kravchuk", typed ORG); a name written as a person's full name is
    (:func:`~newsweave.synthesis.entity_names.shaped_as_full_name`), listed with people only
    by "and" ("Starring Matt Damon and Cecile De France", typed ORG; not a comma's "Speaking
    to Al Jazeera, Ahmad Jibreel") or spelling a person's full name but for a letter or two of
    the surname, after a given name no list holds ("Kanasho Jones", typed ORG, beside "Kanasho
    Johns", a misspelling the story corrects): the recogniser types an unfamiliar full name an
    organisation as readily. So is a bare word typed a person that nothing proves one
    (:func:`unproven`), left untyped, listed by "and" with people known by one word only ("both
    Einstein and Jesus were speaking of"; not "dresses by Chloé and Victoria Beckham", a
    brand beside a designer's full name). A given name alone shared is no sign:
    "Al Qaeda" shares one with "Al Michaels"."""
    longest = max((m.surface for m in c.mentions), key=len)
    if (
        typed in {"PERSON", UNTYPED}
        and (unproven(c, surnames) or _no_person_named(c, longest, words))
        and (
            (majority(c) == "PERSON" and listed_with_bodies(c, types))
            or (
                typed == UNTYPED
                and majority(c) in UNPLACED_LABELS
                and listed_with_bodies(c, types, named_in_full=True)
            )
        )
    ):
        return "ORG"
    if typed == "ORG" and (placed := _listed_with_places(c, types)):
        return placed  # "the Antarctic and Sub-Antarctic birds", Sub-Antarctic typed ORG
    lists = [m.listed_names for m in c.mentions if m.listed_names and m.coordinated]
    beside_people = bool(lists) and all(
        all(types.get(n) == "PERSON" for n in names) for names in lists
    )
    if (
        typed == UNTYPED
        and majority(c) == "PERSON"
        and unproven(c, surnames)
        and beside_people
        and all(len(n) == 1 for names in lists for n in names)
    ):
        return "PERSON"  # "both Einstein and Jesus were speaking of", Einstein named nowhere else
    if typed in PERSON_RETYPED | {UNTYPED} and _written_as_person(c, longest, words):
        key = tuple(fold(longest).split())
        misspelt = key[0] not in PERSON_FIRST_NAMES and any(
            p[0] == key[0] and _misspelt(p[-1], key[-1]) for p in people
        )
        if beside_people or misspelt:
            return "PERSON"
    return typed


def _listed_with_places(c: NameGroup, types: dict[tuple[str, ...], str]) -> str:
    """The place's type (:data:`PLACE_LIST_TYPES`) of the names a bare word typed an
    organisation is listed with at every mention, where every mention qualifies a noun as a
    place's name does and none acts as a body (says or owns, a body's noun, "their"): "the
    Antarctic and Sub-Antarctic birds", beside Antarctic typed LOC; "" otherwise. A firm listed
    with a place qualifies a noun too ("Google and California officials"), but is then no
    list of places only."""
    if any(" " in m.surface or m.role or not m.qualifies or acts(m) for m in c.mentions):
        return ""
    listed = {types.get(n) for m in c.mentions for n in m.listed_names}
    if not all(m.listed_names for m in c.mentions) or len(listed) != 1:
        return ""
    placed = listed.pop()
    return placed if placed in PLACE_LIST_TYPES else ""


def _misspelt(a: str, b: str) -> bool:
    """Whether two folded surnames are one written two ways: the same first letter and most
    letters in order (:data:`MISSPELT_RATIO`: "Johns", "Jones")."""
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= MISSPELT_RATIO


def _no_person_named(c: NameGroup, longest: str, words: frozenset[str]) -> bool:
    """Whether ``c`` is a name of several words nothing in the event says is a person's: no
    known given name opens it, no title, person's sign or pronoun goes with it
    (:func:`person_evidence`), it is not written in quotation marks (a title's words), and
    one of its words is a common word of the event's (``words``)."""
    parts = longest.split()
    return (
        len(parts) > 1
        and not person_evidence(c, longest)
        and not any(m.marked for m in c.mentions)  # “The CIA and Overhead Reconnaissance”
        and any(written_in_lower_case(w, words) for w in parts)
    )


def _written_as_person(c: NameGroup, longest: str, words: frozenset[str]) -> bool:
    """Whether the group's longest name is written as a person's full name is, of no word the
    event writes in lower case but a particle (``words``: "Live Nation" beside "live music",
    "New York"; not "de" of "Cecile de France"), and no mention writes it as a body, a work, a
    title in quotation marks, a place or a thing with "the"."""
    parts = [w for w in longest.split() if w.lower() not in NAME_PARTICLES]  # "Cecile de France"
    if not shaped_as_full_name(longest) or any(written_in_lower_case(w, words) for w in parts):
        return False
    return not any(
        m.body or m.work or m.marked or m.determined or m.place or m.dateline or m.settled
        for m in c.mentions
    )


__all__ = ["listed_with_bodies", "typed_beside_others"]
