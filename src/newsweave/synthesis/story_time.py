"""Dates that set a story: when a film's or a book's story takes place, no happening of the news.

A review dates its film by the years it is set in: "The whole movie is set in 1973", "Director
Jordan Vogt-Roberts ... set this version of “Kong” in the summer of 1973" (multinews 046), "The
movie, set in the build-up to the Falklands conflict in 1982, will be directed by Phyllida
Lloyd" (135) each stood on the timeline as a happening of that year. A record or a chain of
happenings "set" then is one ("the flight-duration record set in 1978", "was set in motion in
December"): only what tells a story (:data:`STORY_NOUNS`) is set in a time.
"""

from __future__ import annotations

from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.dated_act import DATE_ATTACHMENT_DEPS
from newsweave.synthesis.mention_kinds import WORK_NOUNS

# What is set in a time as a story is: a work (:data:`WORK_NOUNS`) or its story, its version.
STORY_NOUNS = WORK_NOUNS | frozenset({"version", "story", "plot", "tale", "episode", "remake"})
# Dependencies of what "set" places in a time: its subject, its passive subject, its object.
_SET_WHAT = SUBJECT_DEPS | {"dobj"}
# Dependencies by which a "set" parsed as a word of its subject's state ("is set in 1973"), a
# participle ("The movie, set in ...") or a relative clause ("The novel, which is set in ...")
# hangs on what it says of.
_SAID_OF = frozenset({"acomp", "acl", "amod", "relcl"})


def dates_a_setting(doc, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``doc`` tells when a story is set: it hangs on
    "set", whose subject or object, or the noun it describes, is one of :data:`STORY_NOUNS`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.lemma_.lower() != "set" or tok in span:
        if tok.dep_ not in DATE_ATTACHMENT_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    told = [c for c in tok.children if c.dep_ in _SET_WHAT]
    if tok.dep_ in _SAID_OF:
        head = tok.head
        told += [head] if head.pos_ in {"NOUN", "PROPN"} else []
        told += [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return any(t.lemma_.lower() in STORY_NOUNS for t in told)


__all__ = ["STORY_NOUNS", "dates_a_setting"]
