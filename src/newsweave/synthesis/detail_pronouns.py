"""Whom a detail's "he" or "she" stands for, and whether a reader of the event knows them.

A detail is listed away from its story. "She was a teacher at Beechwood Elementary School"
reads alone when "she" is the teacher the event is about, whom every outlet names and the
brief names first; "After the explosion, she put her son and a neighbor's daughter in her
car" does not when "she" is a neighbour one outlet quoted a sentence before: listed, the
"she" points at no one. Such a line is kept only right after a line of its outlet that names
that person, where the reader meets the name just before the pronoun (the source's words are
never changed to name them); with no such line it is left out, as a "they" is. Whom the
pronoun stands for is the article's own reading (the resolver the quotes stage names speakers
by); where it names no one, or the line itself names someone the reader knows, the "he" is
read, as before, as the one the story is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.synthesis.name_forms import without_generation
from newsweave.synthesis.quotes.attribution import resolve_subject
from newsweave.synthesis.quotes.index import article_index, named_entities
from newsweave.synthesis.quotes.mentions import bare_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

    from newsweave.models import Span

# The "he" or "she" a detail opens on, at most after an opening phrase ("After the explosion,
# she put ..."). A possessive ("His girlfriend, Daisha Lewis, told ...") is left as it is: the
# line names whom it tells of, and the article's resolver, made for speakers, takes the last
# person named for its owner (of three such lines read, 025, 054 and 187, it took the wrong
# owner in two).
_OPENING = re.compile(r"^(?:[^,\"“”]{1,60},\s+)?(?P<word>[Hh]e|[Ss]he)\b")
# ... or the one that says it, at its end ("Arctic ice ... is melting, she said."): read only
# when no person is named before it, who would be the one saying it.
_SAYING = re.compile(
    r",\s+(?P<word>he|she)\s+(?:said|says|added|adds|told|tells|wrote|writes|noted|notes)\b"
    r"[^,\"“”]*$"
)
# The entity type of a person's name.
_PERSON = "PERSON"


@dataclass(frozen=True)
class Pointing:
    """A detail's pronoun (``word``) and the person the article means by it (``name``)."""

    word: str
    name: str


@dataclass(frozen=True)
class StoryPeople:
    """The people each outlet of an event names (``outlets``: per outlet, the words of each
    name, less a generation's mark), and the surnames the event names more than once, or most
    (``again``)."""

    outlets: tuple[frozenset[tuple[str, ...]], ...]
    again: frozenset[str]


def story_people(docs: Iterable[Doc]) -> StoryPeople:
    """The people each outlet of the event names (:class:`StoryPeople`)."""
    outlets: list[frozenset[tuple[str, ...]]] = []
    mentions: Counter[str] = Counter()
    for doc in docs:
        named = [
            without_generation(bare_name(e).split())
            for e in named_entities(doc)
            if e.label_ == _PERSON and bare_name(e)
        ]
        mentions.update(n[-1] for n in named)
        outlets.append(frozenset(named))
    top = max(mentions.values(), default=0)
    return StoryPeople(
        tuple(outlets), frozenset(n for n in mentions if mentions[n] > 1 or mentions[n] == top)
    )


def known(p: Pointing, people: StoryPeople) -> bool:
    """Whether the reader knows whom ``p`` stands for: someone more than one outlet names (by
    their surname, or by two words of their name: "Keith Fitzgerald" for "Keith Fitzgerald
    Knowles"); of an event told by one outlet, those it names again and again (the one it
    names most may be a host reading the news: Multi-News 091). A person one outlet of several
    quotes on the way (a neighbour, a witness) is that outlet's own."""
    words = without_generation(p.name.split())
    if len(people.outlets) < 2:
        return words[-1] in people.again
    naming = sum(
        any(n[-1] == words[-1] or len(set(n) & set(words)) > 1 for n in names)
        for names in people.outlets
    )
    return naming > 1


def names_known(text: str, people: StoryPeople) -> bool:
    """Whether a line's ``text`` names, by their surname, someone the reader knows
    (:func:`known`): its "he" is as likely that person, whom it names in the same breath
    ("He apparently had a credentials pass in Cannes, though it is not yet clear ... if Sediuk
    got his hands on someone else's badge"), as the one the resolver took the last named for."""
    return any(known(Pointing("", w), people) for w in re.findall(r"\b[A-Z][\w'’-]+\b", text))


def pointing(doc: Doc, span: Span, text: str) -> Pointing | None:
    """The pronoun a detail (``text``, shown for ``span`` of ``doc``'s article) leans on for
    its person (:data:`_OPENING`, :data:`_SAYING`) and whom the article means by it
    (:func:`~newsweave.synthesis.quotes.attribution.resolve_subject`), or None when it has
    none, its words are not found in the parse, or the resolver names no one: such a "he" is
    most often the one the story is about, whom the list names ("He dressed many a First Lady
    ..." of Oscar de la Renta, "He said the vote Friday amounted to an "ambush" ..." of
    Silvio Berlusconi)."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    m = _OPENING.match(text) or _SAYING.search(text)
    if words is None or m is None:
        return None
    word = m.group("word").lower()
    # the parse's token is the same occurrence of the word, counted from the detail's start
    nth = len(re.findall(rf"\b{word}\b", text[: m.start("word")], re.IGNORECASE))
    same = [t for t in words if t.lower_ == word]
    if len(same) <= nth:
        return None
    tok = same[nth]
    if m.re is _SAYING and any(t.ent_type_ == _PERSON for t in words if t.i < tok.i):
        return None  # the person named before it says it
    who = resolve_subject(tok, article_index(doc))
    if who.label != _PERSON or not who.name:
        return None
    return Pointing(m.group("word"), who.name)


def names(text: str, p: Pointing) -> bool:
    """Whether a line's ``text`` names the person ``p`` stands for (by their surname)."""
    surname = without_generation(p.name.split())[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None
