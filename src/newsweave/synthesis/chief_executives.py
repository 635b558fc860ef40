"""Who heads a company: a person the event's texts call an organisation's chief executive.

A company speaks through its chief executive as a state speaks through its head (see
:mod:`newsweave.synthesis.actors`): "American Airlines CEO Doug Parker sent a letter to
employees" and "American Airlines ... is not happy" are one actor's words, "American Airlines
(Doug Parker)", not two actors with two stances (multinews 217). The texts say so by writing
the title between the two names: the company's name before it ("American Airlines CEO Doug
Parker", "Acme's chief executive, Ann Lee") or after it ("Ann Lee, the chief executive of
Acme", "Ann Lee, Acme's CEO"). A company is an organisation of the event's entities; a title
without a company named beside it ("the chief executive, Ann Lee") tells nothing of whose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsweave.models import Article, Entity

# The titles of the one who speaks for a company as its head; a chairman, a founder or a
# president may be another than the one who runs it, and a "chief" of something else
# ("chief financial officer") speaks for a part of it.
CHIEF_TITLE = (
    r"(?:(?:chairman|president|founder)\s+and\s+)?(?:chief\s+executive(?:\s+officer)?|CEO)"
)
# How far around a person's mention the title and the company's name are looked for.
WINDOW_CHARS = 120
# The entity type of a company (the recogniser types airlines, firms and unions so).
COMPANY_TYPE = "ORG"
PERSON_TYPE = "PERSON"


def _alternation(names: Sequence[str]) -> str:
    """A pattern matching any of ``names`` as whole words, the longest first."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def chief_executives(articles: Sequence[Article], entities: Sequence[Entity]) -> dict[str, str]:
    """Each person entity's company (entity names), where the texts write one of the person's
    names beside :data:`CHIEF_TITLE` and an organisation's name; of several, the company they
    are most often so written with."""
    companies = {
        n: e.name for e in entities if e.type == COMPANY_TYPE for n in (e.name, *e.aliases)
    }
    people = [e for e in entities if e.type == PERSON_TYPE]
    if not companies or not people:
        return {}
    org = _alternation(list(companies))
    before = re.compile(rf"(?<![\w.])(?P<org>{org})(?:['’]s)?\s+{CHIEF_TITLE}\s*,?\s*$")
    after = re.compile(
        rf"^\s*,\s*(?:(?:the|its)\s+)?(?:(?P<own>{org})['’]s\s+{CHIEF_TITLE}(?![\w])"
        rf"|{CHIEF_TITLE}\s+(?:of|at)\s+(?:the\s+)?(?P<of>{org})(?![\w]))"
    )
    texts = {a.id: a.text for a in articles}
    heads: dict[str, str] = {}
    for person in people:
        found: Counter[str] = Counter()
        for m in person.mentions:
            text = texts.get(m.article)
            if text is None:
                continue
            hit = before.search(text[max(0, m.start - WINDOW_CHARS) : m.start])
            name = hit.group("org") if hit else None
            if name is None:
                late = after.match(text[m.end : m.end + WINDOW_CHARS])
                name = (late.group("own") or late.group("of")) if late else None
            if name is not None:
                found[companies[name]] += 1
        if found:
            heads[person.name] = max(found, key=lambda c: (found[c], c))
    return heads


__all__ = ["CHIEF_TITLE", "chief_executives"]
