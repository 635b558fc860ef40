"""A printed interview: the reporter's questions set as paragraphs of their own, each answered
by a paragraph of quoted words ("Did you anticipate this? / “No. Certainly not.”").

No cue verb governs an answer, and the question between two answers hides the answer before
it from the rule that a stand-alone quote paragraph continues the quote paragraph before it
(:mod:`.extraction`): without this, every answer after the first long question reads as
nobody's. An answer is the interviewee's: the speaker of the answer before the question, or,
for the first answer, the person the prose before the first question is about ("Reign Coach
Laura Harvey also addressed the issue."). Only in an article that prints at least
:data:`MIN_EXCHANGES` such exchanges: one question set between quotes may be the writer's own
aside ("What happens next?"), whose next quote can be anyone's.
"""

from __future__ import annotations

import re
from itertools import pairwise

# The words of a question paragraph at most: a reporter's question is a line or two; a
# longer paragraph ending in "?" is prose that asks in passing.
MAX_QUESTION_WORDS = 40
# Exchanges (a question paragraph, then a paragraph opening with a quotation mark) that make
# an article an interview; one alone may be the writer's rhetorical question.
MIN_EXCHANGES = 2
# Double quotation marks: a question holding one quotes someone (single ones are apostrophes
# as often: "Teammates’ reaction to your efforts?").
QUOTE_MARKS = frozenset('"“”')
# What opens an answer paragraph: a quotation mark.
ANSWER_OPENING = re.compile(r"[ \t]*[\"“]")


def is_question(paragraph: str) -> bool:
    """Whether ``paragraph`` is a question set on its own: it ends in "?", quotes no one
    (no quotation mark in it) and is at most :data:`MAX_QUESTION_WORDS` words long."""
    words = paragraph.split()
    return (
        paragraph.rstrip().endswith("?")
        and 0 < len(words) <= MAX_QUESTION_WORDS
        and not any(c in QUOTE_MARKS for c in paragraph)
    )


def is_aside(paragraph: str) -> bool:
    """Whether ``paragraph`` is a bracketed link to another story set between the questions
    ("[Spirit clinches home-field advantage …]"): no one's prose, skipped like a caption."""
    words = paragraph.strip()
    return words.startswith("[") and words.endswith("]")


def is_interview(text: str) -> bool:
    """Whether ``text`` prints at least :data:`MIN_EXCHANGES` exchanges: a question paragraph
    (:func:`is_question`) and, as the next paragraph that is not blank, one opening with a
    quotation mark."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    exchanges = sum(
        1
        for question, answer in pairwise(paragraphs)
        if is_question(question) and ANSWER_OPENING.match(answer)
    )
    return exchanges >= MIN_EXCHANGES
