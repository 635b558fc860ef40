"""Mentions the recogniser missed or cut short, found again once the event's names are grouped.

The entities stage (:mod:`newsweave.synthesis.stages.entities`) groups the recogniser's
mentions into :class:`~newsweave.synthesis.entity_types.NameGroup` records; spaCy's small
model misses some occurrences of a name it found elsewhere and cuts some names before their
end. This module decides which exact occurrences of a group's names are its mentions too
(:func:`sweep`: not one that opens a longer name, "Washington" of "The Washington Post", nor a
dateline's credit), which cut mentions are a longer name's (:func:`absorb_cut`: "ACX
[Crystal]"), and which full names it missed where it found the surname
(:func:`with_missed_full_names`: "Heather Sculthorpe", then "Sculthorpe" typed GPE).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsweave.models import Span
from newsweave.synthesis.entity_names import a_given_name
from newsweave.synthesis.entity_types import NameGroup, NameMention, majority
from newsweave.synthesis.mention_context import (
    dateline_credit,
    headline_like,
    in_quotation_marks,
    names_family,
    person_sign,
)
from newsweave.synthesis.mention_grammar import pronoun_kind
from newsweave.synthesis.quotes.speakers import is_title
from newsweave.text.dates import MONTHS, WEEKDAYS
from newsweave.text.names import MIN_FUZZY_TOKEN, fold
from newsweave.text.places import ONE_WORD_PLACES

# A capitalised word right after a name's occurrence: the name opens a longer one there
# ("The Washington Post", "Trump Tower") that the recogniser may have missed, and the sweep
# for missed mentions leaves it; not a title or a day ("LAPD Det. Chris Barling", "on Twitter
# Monday").
NAME_GOES_ON = re.compile(r"[^\S\n]([A-Z][a-z][\w.]*)")


def opens_longer_name(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` of ``text`` goes on into a capitalised word that is
    no title and no day's or month's name (:data:`NAME_GOES_ON`)."""
    goes_on = NAME_GOES_ON.match(text, end)
    if goes_on is None:
        return False
    word = goes_on.group(1)
    bare = word.rstrip(".").lower()
    return not (is_title(word) or bare in WEEKDAYS or bare in MONTHS)


# A capitalised word and the capitalised word after it on one line: a given name and a surname
# when the first is a known given name ("Kate Upton", "Beatrice Megevand-Roggo").
WORD_PAIR = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[^\S\n]+([A-Z][\w'’-]*?[a-z][\w'’-]*)(?![\w'’-])"
)


def with_missed_full_names(
    analyses, mentions: list[NameMention], excluded: Iterable[Span]
) -> list[NameMention]:
    """The event's mentions with the full names the recogniser missed where it found the
    surname elsewhere: a known given name (:func:`~newsweave.synthesis.entity_names.
    a_given_name`) written before a word the event writes alone as a name ("Beatrice
    Megevand-Roggo", then "Megevand-Roggo" typed LOC; "Heather Sculthorpe", "Sculthorpe" typed
    GPE) is that person's full name, typed a person. A mention the recogniser made of either
    word there goes; a span overlapping any other mention, a name that opens a longer one in
    running text ("George Washington University": :func:`opens_longer_name`), a month or a
    day ("May"), a known place's name ("Washington"), a word framed as a place wherever it
    stands alone and the surname of a person the recogniser named in full ("Eichmann" of
    "Adolf Eichmann", whose wife "Vera Eichmann" it missed) are left as they were
    (``excluded``: spans of other stories). A full name an article's title writes ("Kate Upton
    Breaks Engagement News", whose story says "Upton") names the article's mentions of the
    surname, when no other name of the event ends on it."""
    alone: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        if " " not in m.surface and len(m.surface) >= MIN_FUZZY_TOKEN:
            alone[m.surface].append(m)
    ends = {m.surface.split()[-1] for m in mentions if " " in m.surface}
    # (the surname of a person the recogniser named in full is typed by that person already,
    # and a second full name would make it ambiguous: "Eichmann" of "Adolf Eichmann")
    named = {m.surface.split()[-1] for m in mentions if " " in m.surface and m.label == "PERSON"}
    surnames = {
        w
        for w, ms in alone.items()
        if w not in ONE_WORD_PLACES
        and w not in named
        and not any(m.place or m.dateline or m.locative or m.settled for m in ms)
    }
    skip: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for sp in excluded:
        skip[sp.article].append((sp.start, sp.end))
    by_article: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    gone: set[int] = set()
    found: list[NameMention] = []
    for an in analyses:
        aid, text = an.article.id, an.article.text
        for given, word in _full_names(an.article.title or "", surnames):
            if word not in ends:
                for m in alone[word]:
                    if m.article == aid:
                        m.implied = f"{given} {word}"
        for pair in WORD_PAIR.finditer(text):
            given, word = pair.group(1), pair.group(2)
            a, b = pair.span()
            if not _full_names(pair.group(), surnames):
                continue
            if opens_longer_name(text, b) and not _in_headline(text, a):
                continue  # (a headline capitalises the verb after a name: "Kate Upton Breaks")
            if any(x < b and a < y for x, y in skip[aid]):
                continue
            inside = [m for m in by_article[aid] if m.start < b and a < m.end]
            if any(m.start < a or m.end > b or " " in m.surface for m in inside):
                continue  # another name holds either word: "the Jessica Simpson Collection"
            gone.update(id(m) for m in inside)
            name = f"{given} {word}"
            found.append(NameMention(aid, a, b, name, tuple(fold(name).split()), "PERSON"))
    return [m for m in mentions if id(m) not in gone] + found


def _full_names(line: str, surnames: set[str]) -> list[tuple[str, str]]:
    """The given names and surnames of the full names ``line`` writes (:data:`WORD_PAIR`): a
    known given name, no month's or day's ("May"), before a word of ``surnames``."""
    return [
        (given, word)
        for given, word in WORD_PAIR.findall(line)
        if word in surnames
        and a_given_name(given)
        and given.lower() not in MONTHS
        and given.lower() not in WEEKDAYS
    ]


def _in_headline(text: str, at: int) -> bool:
    """Whether the line holding ``text[at]`` capitalises most of its words, as a headline does
    (:func:`~newsweave.synthesis.mention_context.headline_like`)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return headline_like(text[start : end if end >= 0 else len(text)])


def sweep(analyses, clusters: list[NameGroup], excluded: Iterable[Span]) -> None:
    """Add the mentions NER missed: exact occurrences of a cluster's names (and a person's
    surname, when no other person shares it) that overlap no other mention, open no longer
    name (:func:`opens_longer_name`) and are no dateline's credit (:func:`dateline_credit`); a
    surname that two people bear is none of theirs where it names their family
    (:func:`~newsweave.synthesis.mention_context.names_family`: "a Kennedy vacation spot")."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in clusters:
        for m in c.mentions:
            taken[m.article].append((m.start, m.end))
    for s in excluded:
        taken[s.article].append((s.start, s.end))
    surnames = Counter()
    for c in clusters:
        if majority(c) == "PERSON":
            surnames.update({m.surface.split()[-1] for m in c.mentions})
    for c in clusters:
        label = majority(c)
        forms = {m.surface for m in c.mentions}
        if label == "PERSON":
            forms |= {f.split()[-1] for f in list(forms) if surnames[f.split()[-1]] == 1}
        forms = {f for f in forms if len(f) >= MIN_FUZZY_TOKEN - 1 and f[:1].isupper()}
        # (a plain substring test first: most names are missing from most articles, and a
        # pattern is compiled and run only over the texts that hold one)
        holding = [an for an in analyses if any(f in an.article.text for f in forms)]
        if not holding:
            continue
        pat = re.compile(
            r"(?<![\w-])("
            + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            + r")(?![\w-])"
        )
        for an in holding:
            aid = an.article.id
            for m in pat.finditer(an.article.text):
                if any(a < m.end() and m.start() < b for a, b in taken[aid]):
                    continue
                if opens_longer_name(an.article.text, m.end()):
                    continue  # "Washington" of "The Washington Post", "Trump" of "Trump Tower"
                if dateline_credit(an.article.text, m.start(), m.end()):
                    continue  # "PHILADELPHIA (Reuters) -": the wire's credit, not its mention
                if (
                    label == "PERSON"
                    and surnames[m.group(1)] > 1
                    and names_family(an.article.text, m.start(), m.end())
                ):
                    continue  # "a Kennedy vacation spot" of Conor and Ethel Kennedy: the family's
                taken[aid].append((m.start(), m.end()))
                a, b, form = m.start(), m.end(), m.group(1)
                folded = tuple(fold(form).split())
                quoted = in_quotation_marks(an.article.text, a, b)
                span = an.doc.char_span(a, b)  # what its own pronouns call it: "Logic ... his"
                said = pronoun_kind(span) if span is not None else ""
                sign = person_sign(span, an.article.text) if span is not None else ""
                c.mentions.append(
                    NameMention(
                        aid,
                        a,
                        b,
                        form,
                        folded,
                        label,
                        quoted=quoted,
                        pronouns=said,
                        person_sign=sign,
                    )
                )


def absorb_cut(analyses, clusters: list[NameGroup]) -> list[NameGroup]:
    """Give each mention whose words the text continues into another entity's longer name
    ("ACX [Crystal]", "Mercy Fitzgerald" of "Mercy Fitzgerald Hospital") to that entity: the
    recogniser cut the name short there. A group left with no mention was only ever such a
    fragment and goes."""
    texts = {an.article.id: an.article.text for an in analyses}
    longer: dict[str, list[tuple[str, NameGroup]]] = defaultdict(list)
    for c in clusters:
        if majority(c) == "WORK_OF_ART":  # a title may quote a name: "Things Ms. Alcorn..."
            continue
        for form in {m.surface for m in c.mentions if " " in m.surface}:
            for w in set(form.split()):
                longer[w].append((form, c))
    for c in clusters:
        kept: list[NameMention] = []
        for m in c.mentions:
            text = texts[m.article]
            host = None
            for form, other in longer.get(m.surface.split()[0], ()):
                i = form.find(m.surface)
                if other is c or len(form) <= len(m.surface) or i < 0:
                    continue
                s = m.start - i
                if (
                    s >= 0
                    and text[s : s + len(form)] == form
                    and not text[s - 1 : s].isalnum()
                    and not text[s + len(form) : s + len(form) + 1].isalnum()
                ):
                    host = (form, other, s)
                    break
            if host is None:
                kept.append(m)
                continue
            form, other, s = host
            if not any(x.article == m.article and x.start == s for x in other.mentions):
                other.mentions.append(
                    NameMention(
                        m.article,
                        s,
                        s + len(form),
                        form,
                        tuple(fold(form).split()),
                        majority(other),
                    )
                )
        c.mentions = kept
    return [c for c in clusters if c.mentions]


__all__ = ["absorb_cut", "opens_longer_name", "sweep", "with_missed_full_names"]
