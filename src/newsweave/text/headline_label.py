"""A page's own label for what it holds, read from its call to the reader ("Read on for the
backstage reactions of Jon Cryer, Claire Danes and others"): the title of last resort for a
page whose story opens with a quotation and tells no clause a headline can be made from.

A quote is no headline unless the outlet made it its own; a gallery of winners' words that
opens on one of them ("I'm as shocked as you people.") is about those winners, which its call
to read on names. Apart from :mod:`newsweave.text.headline` so that module keeps its size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsweave.text.headline_cut import WORD
from newsweave.text.headline_made import MAX_HEADLINE_WORDS, MIN_HEADLINE_WORDS

# A call to read on and what it promises (group "label"): the page's contents, named.
_READ_ON = re.compile(
    r"^(?:Read on|Scroll down|Keep reading|Click through|Look below)\s+(?:for|to see)\s+"
    r"(?:the\s+)?(?P<label>[^!?]+?)\s*[.!]?$"
)


def page_label(sentences: Iterable[str]) -> str:
    """The label the first call to read on among ``sentences`` gives (:data:`_READ_ON`),
    capitalised, its list's closing ", and" made plain ("..., Sofia Vergara and others"), or
    ``""`` when none names at least :data:`MIN_HEADLINE_WORDS` words and at most
    :data:`MAX_HEADLINE_WORDS`."""
    for sentence in sentences:
        m = _READ_ON.match(sentence.strip())
        if m is None:
            continue
        label = m["label"].replace(", and ", " and ")
        if MIN_HEADLINE_WORDS <= len(WORD.findall(label)) <= MAX_HEADLINE_WORDS:
            return label[0].upper() + label[1:]
    return ""


__all__ = ["page_label"]
