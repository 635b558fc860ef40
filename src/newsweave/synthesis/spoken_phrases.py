"""A phrase a speaker capitalises inside a quotation, which the recogniser reads as a name.

A post or a speech quoted word for word capitalises what its author stresses ("The USA
wants to focus, instead, on Rebuilding and Trade.", typed ORG); the recogniser reads the
capitals as a body's name. Words joined by "and" or "or" that the event writes only inside
quotations, with nothing else said of them (no title, saying, body's noun, place's frame,
trade, list of people or pronoun), are such a phrase, no entity: a body named so ("Procter and
Gamble") is written outside a quotation or with a sign of what it is somewhere in the event.
"""

from __future__ import annotations

from functools import lru_cache

from newsweave.synthesis.entity_types import NameGroup, NameMention, majority
from newsweave.synthesis.quotes.spans import QuoteSpan, find_quote_spans

# The words that join the capitalised words of a stressed phrase ("Rebuilding and Trade").
PHRASE_LINKS = frozenset({"and", "or"})
# Labels of the titles a quotation names ("dubbed “Our Freedom and Prosperity proposal”", a
# budget's), which the recogniser reads as such, not a phrase stressed.
TITLE_LABELS = frozenset({"WORK_OF_ART", "LAW", "EVENT"})
# Articles whose quotations are kept found: the groups of one event are read one after another.
QUOTATION_CACHE = 64


def a_spoken_phrase(c: NameGroup, texts: dict[str, str]) -> bool:
    """Whether the group ``c`` is a phrase capitalised in a quotation, no name: its longest
    form joins capitalised words by a link word (:data:`PHRASE_LINKS`), every mention stands
    inside a quotation that runs on past it (a speaker's words, not a title set in quotation
    marks), none bears a sign of what it names and the recogniser typed it no title
    (:data:`TITLE_LABELS`). ``texts``: the articles' texts by id."""
    if majority(c) in TITLE_LABELS:
        return False  # “Our Freedom and Prosperity proposal”: a title, though in a quotation
    longest = max((m.surface for m in c.mentions), key=len).split()
    inner = longest[1:-1]
    if not any(w in PHRASE_LINKS for w in inner):
        return False
    if not all(w[:1].isupper() for w in longest if w not in PHRASE_LINKS):
        return False
    return all(_inside_quotation(m, texts[m.article]) and not _signed(m) for m in c.mentions)


def _signed(m: NameMention) -> bool:
    """Whether a mention bears a sign of what it names: set in quotation marks as a title is,
    a title or a trade before it, a saying, a body's noun, a place's frame or preposition, a
    list of people, a pronoun, a person's sign, a work's or an award's words."""
    return bool(
        m.marked
        or m.role
        or m.described
        or m.speaks
        or m.body
        or m.place
        or m.dateline
        or m.locative
        or m.listed
        or m.pronouns
        or m.person_sign
        or m.work
        or m.award
    )


def _inside_quotation(m: NameMention, text: str) -> bool:
    """Whether the mention stands inside one of the quotations of ``text``."""
    return any(q.start <= m.start and m.end <= q.end for q in _quotations(text))


@lru_cache(maxsize=QUOTATION_CACHE)
def _quotations(text: str) -> tuple[QuoteSpan, ...]:
    """The quotation spans of ``text``, found once per article (:func:`~newsweave.synthesis.
    quotes.spans.find_quote_spans`)."""
    return tuple(find_quote_spans(text))


__all__ = ["PHRASE_LINKS", "a_spoken_phrase"]
