"""A quote split by its attribution, shown whole again: '“That,” he said, “includes me.”'.

Writers cut one quoted sentence in two to set the attribution in the middle. Extraction gives
each half its own mention, both of one cue occurrence (:mod:`.extraction`); listed apart, the
second half goes on lower-case and reads as a scrap of the writer's sentence (“includes me”
shown as the speaker's term, “All in all” beside “it's pretty good” as two things said).
:func:`join_split_halves` joins them into one mention whose words are the halves with an
ellipsis where the attribution stood: “That … includes me.”
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from newsweave.models import QuoteMention
from newsweave.synthesis.quotes.spans import MARK_CHARS

# Set between the halves where the attribution clause stood.
ELISION = " … "
# An attribution clause ending a sentence or a line: the next quote is another sentence.
_CLAUSE_ENDS = re.compile(r"[.!?;\n]")
_MARKS = "".join(sorted(MARK_CHARS))


def join_split_halves(ms: list[QuoteMention], texts: Mapping[str, str]) -> list[QuoteMention]:
    """``ms`` (in text order within each article) with each split quote's halves joined into
    one mention, from the first half's start to the second's end (``texts``: article id to
    text)."""
    out: list[QuoteMention] = []
    for m in ms:
        if out and _second_half(out[-1], m, texts.get(m.article, "")):
            out[-1] = replace(out[-1], text=f"{out[-1].text}{ELISION}{m.text}", end=m.end)
        else:
            out.append(m)
    return out


def _second_half(a: QuoteMention, b: QuoteMention, text: str) -> bool:
    """Whether ``b`` goes on with the quoted sentence ``a`` after an attribution clause: both
    direct statements of one cue occurrence that stands between them, in a clause set off by
    commas, no sentence ending inside it: nothing but the attribution (not '“…,” Sykes wrote in
    a column that listed reasons the deal “is a hot mess.”', the writer's words going on to
    another piece); and ``b`` going on lower-case (one opening upper-case is a sentence of its
    own, '“We are done,” she said, “The budget…”')."""
    cue = a.cue_span
    if (
        a.article != b.article
        or cue is None
        or cue != b.cue_span
        or not (a.form == b.form == "direct" and a.kind == b.kind == "statement")
        or not (a.end <= cue.start and cue.end <= b.start)
        or not b.text[:1].islower()
    ):
        return False
    between = text[a.end : b.start]
    clause = between.strip(_MARKS + " ")
    return (
        clause.startswith(",")
        and clause.endswith(",")
        and len(clause) > 1
        and not _CLAUSE_ENDS.search(between)
    )
