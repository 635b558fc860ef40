"""Whose words a claim is when its wording is someone's: the direct quotes that hold it.

A fact worded in the first person ("We will cap the fares …") or as one quotation ("“The band
was the real deal.”") states what someone said, not what happened; the facts stage names it
as that speaker's, the one the Quotes section shows for those words, or leaves it to the
Quotes section when the outlets credit it to different people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.synthesis.standalone import closed_quotes
from newsweave.text.lexicons import quoted_ranges
from newsweave.text.statement_patterns import FIRST_PERSON, own_voice

if TYPE_CHECKING:
    from newsweave.models import Quote, QuoteMention
    from newsweave.synthesis.units import Unit


@dataclass(frozen=True, slots=True)
class Voiced:
    """A direct quote's words in one article (content offsets) and whose they are."""

    start: int
    end: int
    speaker: str


def direct_voices(
    quotes: Iterable[Quote], mentions: Iterable[QuoteMention]
) -> dict[str, list[Voiced]]:
    """Each article's direct quotes with the speaker of the utterance they are (by article):
    the merged quote's speaker, not the mention's. The quote stage shows an utterance with its
    most telling speaker, a name another outlet gives before this outlet's "the Facebook
    founder" or none, so a fact's row credits the words as the Quotes section does. Only the
    wordings that are direct quotes of statements: a report holding one ("told Salon that
    ...") may be credited to whom it was told, and a term ("polarisation and sensationalism",
    "social infrastructures") is a label the speaker used, not the passage it stands in."""
    direct = {(m.article, m.start, m.end) for m in mentions if m.form == "direct"}
    out: dict[str, list[Voiced]] = {}
    for q in quotes:
        for v in q.variants:
            if q.speaker and q.kind == "statement" and (v.article, v.start, v.end) in direct:
                out.setdefault(v.article, []).append(Voiced(v.start, v.end, q.speaker))
    return out


# The first persons that tell who speaks a passage, its subject ("I think many of them say,
# “…”": the quotation is the speaker's report of others); a possessive may be the writer's,
# for us all ("Our understanding of the mind “now lies broken”, as the doctor writes, “…”").
SPEAKING_PERSON = re.compile(r"I\b|[Ww]e\b")

# A first-person wording is the speaker's whose direct quotes together cover at least this
# share of one of its cited passages (the statement quoted whole, its attribution outside the
# marks).
VOICE_COVER = 0.5


def voice_of(cited: Iterable[Unit], voices: dict[str, list[Voiced]]) -> str | None:
    """Whose words a first-person claim is: the speaker of the direct quotes that hold its
    ``cited`` passages ("We will cap the fares …" quoted as the mayor's, :func:`direct_voices`),
    when every one of them is the same speaker's; outlets that credit it to different speakers
    leave it no one's."""
    who = {s for u in cited for s in _speakers(u, voices.get(u.article, ()))}
    return who.pop() if len(who) == 1 else None


def _speakers(u: Unit, voiced: list[Voiced]) -> set[str]:
    """Whose direct quotes hold passage ``u``: a speaker's quotes that together hold most of its
    words (``VOICE_COVER``; one quotation is often two pieces, "I think," she said, "that …")
    and every "I" and "we" in it (``SPEAKING_PERSON``). In "I think many of them say, “Well,
    you're a hypocrite …”" the marks hold the young people's words as the speaker puts them;
    the "I" is the speaker's, and the passage is no one's when no quote of theirs holds it."""
    firsts = [
        u.start + m.start()
        for m in FIRST_PERSON.finditer(u.text)
        if SPEAKING_PERSON.match(m.group())
    ]
    out: set[str] = set()
    for who in {v.speaker for v in voiced}:
        spans = [(max(v.start, u.start), min(v.end, u.end)) for v in voiced if v.speaker == who]
        held = {i for a, b in spans for i in range(a, b)}
        if len(held) >= VOICE_COVER * (u.end - u.start) and held.issuperset(firsts):
            out.add(who)
    return out


def all_quoted(text: str) -> bool:
    """Whether a first-person wording is its speaker's words alone, so that "Name: …" may
    open it: its first person stays outside quotation marks once a quotation it cuts open is
    closed (:func:`closed_quotes`: the statement quoted whole, its marks outside the passage),
    or the closed wording is one quotation. "His enthusiasm still shines through: “It was a
    time where we were learning …" cuts a quotation open too, but is the writer's sentence."""
    closed = closed_quotes(text)
    return own_voice(closed) or one_quotation(closed)


def one_quotation(text: str) -> bool:
    """Whether ``text`` is one quotation and nothing else (“The band was the real deal.”): a
    speaker's words with no word of the writer's to say whose. Shown as a fact without a name,
    it would state as established what someone said; the Quotes section shows it as theirs."""
    spans = quoted_ranges(text)
    return (
        len(spans) == 1 and not text[: spans[0][0]].strip() and not text[spans[0][1] :].strip(" .,")
    )


__all__ = [
    "SPEAKING_PERSON",
    "VOICE_COVER",
    "Voiced",
    "all_quoted",
    "direct_voices",
    "one_quotation",
    "voice_of",
]
