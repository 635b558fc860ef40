"""A made headline keeps only the counts its outlets agree on.

Two outlets' leads that count the same people differently ("Eight people including three
children were injured ..." beside "Eight people, including two children, were injured ...")
contradict each other; a headline made from one of them would take that outlet's side in the
event's first line. The headline reads every member's lead already, so the disagreement is
seen here, in the text layer, for the store's event list and the weave's report alike (the
weave's contradictions stage comes later and the store never runs it): the aside that holds
the contested count ("including three children") is left out, and the rest, which the
outlets agree on, stands. A count the headline's own clause needs ("Three children were
hurt") is no aside, and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.text.lexicons import COUNT_WORDS

# A count: digits or a counting word.
_COUNT = r"(\d[\d,]*|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")"
# An aside naming a share of those counted ("including three children", "among them two
# officers"), with its commas, and not one of a list ("including three children and two
# women"); group 1 its count, group 2 its noun.
_COUNTED_ASIDE = re.compile(
    rf",?\s(?:including|among them)\s{_COUNT}\s([a-z]+)(?:,(?=\s)|(?=\s(?!(?:and|or)\b)|$))", re.I
)


def agreed_headline(made: str, leads: Sequence[str]) -> str:
    """``made`` without each counted aside (:data:`_COUNTED_ASIDE`) whose count a member's
    lead (``leads``, the members' first story sentences) gives otherwise for the same noun:
    "Eight people including three children were injured" → "Eight people were injured" when
    another lead says "two children"."""
    for m in reversed(list(_COUNTED_ASIDE.finditer(made))):
        if _contested(_figure(m[1]), m[2], leads):
            made = made[: m.start()] + made[m.end() :]
    return " ".join(made.split())


def _contested(figure: int, noun: str, leads: Sequence[str]) -> bool:
    """Whether a lead counts ``noun`` as other than ``figure``."""
    rx = re.compile(rf"\b{_COUNT}\s{re.escape(noun)}\b", re.I)
    return any(_figure(c[1]) != figure for lead in leads for c in rx.finditer(lead))


def _figure(count: str) -> int:
    """The number a count stands for ("three" → 3, "1,200" → 1200)."""
    return int(count.replace(",", "")) if count[0].isdigit() else COUNT_WORDS[count.lower()]


__all__ = ["agreed_headline"]
