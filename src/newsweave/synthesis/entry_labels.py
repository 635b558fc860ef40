"""A label that opens a paragraph before its first sentence, in the headline style of a
newsletter's item or a page's box: "Priorities USA leans on single donor: A new super PAC ...
raised $3.2 million in the first half of 2011" (multinews 112), "Drop This Fact: The World
Happiness report for 2016 found ...", "NBC Nightly News Exclusive: Lester Holt anchors ...".
The sentence splitter keeps the label with the sentence, and a timeline entry showed both; the
timeline stage (:mod:`newsweave.synthesis.stages.timeline`) shows the sentence from its own
first word.

A label is told from a sentence that ends on a colon by its headline style: a few words and no
article ("UN demographers consider the middle road their best estimate: They now project ..."
and "The letter was signed and dated: “Adolf Eichmann ...”" are sentences, which the words
after the colon go on). A transcript's speaker ("GEORGE STEPHANOPOULOS: Your White House has
faced ...") says whose words follow, and stays.
"""

from __future__ import annotations

import re

# A label: the paragraph's first words up to a colon, with no stop, quotation mark or line break
# among them, before a sentence that opens on a capital letter (a quotation after a colon is
# what someone said, which the words before introduce).
_LABEL = re.compile(r"(?P<label>[^\n:;.!?“”\"‘’()]{2,80}?)\s?:\s+(?=[A-Z])")
# A label has at most this many words: a headline's, not a sentence's.
MAX_LABEL_WORDS = 8
# Articles, which a headline-style label leaves out and a sentence keeps.
ARTICLES = frozenset({"a", "an", "the"})


def label_end(text: str, start: int, date_start: int) -> int | None:
    """Where the sentence after the label (:data:`_LABEL`) opening the paragraph at ``start`` of
    ``text`` begins, when there is one and the date at ``date_start`` lies after it; None when
    ``start`` opens no paragraph, or what opens it is no label: more than
    :data:`MAX_LABEL_WORDS` words, an article among them (:data:`ARTICLES`), or all capitals
    (a speaker's turn)."""
    if text[:start].rstrip(" \t")[-1:] not in {"", "\n"}:
        return None
    m = _LABEL.match(text, start)
    if m is None or m.end() > date_start:
        return None
    words = m.group("label").split()
    if len(words) > MAX_LABEL_WORDS or any(w.lower() in ARTICLES for w in words):
        return None
    if m.group("label").isupper():
        return None
    return m.end()


__all__ = ["label_end"]
