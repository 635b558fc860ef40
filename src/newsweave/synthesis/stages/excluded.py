"""The ``excluded`` stage: spans about another story, which no later stage may cite.

Two sources: text markers ("Related Articles" tails, inline "Related article:"
teasers) and the off-topic detector of :mod:`newsweave.events.offtopic`, which
finds pasted paragraphs about other stories by their distance from the article's lead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from newsweave.events.offtopic import offtopic_spans_batch
from newsweave.models import Article, Span
from newsweave.nlp import get_embedder
from newsweave.synthesis.pipeline import Workspace, stage

log = logging.getLogger(__name__)

# A line introducing material about other stories; with the plural/heading form the rest of
# the article is other stories, with "Related article: <title>" only that line is.
_RELATED_TAIL = re.compile(
    r"^[ \t]*(?:Related (?:Articles|Stories|News|Content|Coverage)|More (?:from|stories)\b[^.!?\n]{0,40}|"
    r"Recommended(?: for you| stories)?|Read (?:more|also|next)|You may also like|Top News|"
    r"Most (?:read|popular)|Trending(?: now)?|Latest (?:news|stories))\s*:?\s*$",
    re.I | re.M,
)
_RELATED_LINE = re.compile(
    r"^[ \t]*(?:Related(?: article| story| link)?|Read (?:more|also)|See also|ALSO READ)\s*:.*$",
    re.I | re.M,
)


def marker_spans(article: Article) -> list[Span]:
    """Spans introduced by "Related Articles"-style markers (text-level, model-free)."""
    out: list[Span] = []
    text = article.text
    m = _RELATED_TAIL.search(text)
    if m:
        out.append(Span(article.id, m.start(), len(text)))
    for m in _RELATED_LINE.finditer(text):
        out.append(Span(article.id, m.start(), m.end()))
    return out


# ``sentences`` is not read: it keeps this stage after the parse in any plan, the order
# weave runs them in.
@stage("excluded", needs=("sentences",), provides=("excluded",))
def excluded_stage(ws: Workspace) -> None:
    """Spans about other stories: the off-topic detector's plus those after "Related" markers."""
    spans: list[Span] = []
    for a in ws.articles:
        spans.extend(marker_spans(a))
    # One batched embedder call for all articles. The except is not narrower because the
    # detector's embedder re-raises whatever its model runtime raises (onnxruntime's errors
    # derive from Exception only); the failure is logged, and the Related markers, which
    # need no model, still keep the worst of other stories out.
    try:
        found_all = offtopic_spans_batch(ws.articles, embedder=get_embedder(ws.settings))
        for a, found in zip(ws.articles, found_all, strict=True):
            spans.extend(Span(a.id, s.start, s.end) for s in found)
    except Exception as exc:
        log.warning("off-topic detection failed (%s); using the Related-marker rule only", exc)
    ws.excluded = merge_spans(spans)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort and merge overlapping spans per article."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.article, s.start, s.end)):
        if out and out[-1].article == s.article and s.start <= out[-1].end:
            last = out[-1]
            out[-1] = Span(last.article, last.start, max(last.end, s.end))
        else:
            out.append(s)
    return out
