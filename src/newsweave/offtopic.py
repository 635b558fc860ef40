"""Off-topic blocks: parts of an article that belong to another story.

A "Related Articles" tail that survived cleaning, a promo box about another
event, a "Most read" list: they would pull an article towards the wrong event
and put foreign facts into a synthesis. They are cut before clustering and
listed as excluded spans (the article's text itself is left untouched, so
every citation offset stays valid).

A block (a paragraph: text between blank lines) is off-topic
when it is *incoherent with the article's lead* on two independent signals:

1. words: few of the block's content words occur in the lead or in the
   blocks already found on-topic before it (cheap; every block; stricter in
   the first half of the article, where foreign boxes are rare);
2. meaning: its embedding is far from the lead's (only blocks that failed 1
   are embedded, in one batch for many articles).

Consecutive off-topic blocks form one span; a span must hold at least
:data:`MIN_SPAN_WORDS` words, so a short aside or a caption is never cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .models import Article, Span

# The lead (title + first paragraphs up to this many characters) defines the story.
LEAD_CHARS = 400
# A block in the article's second half whose content words are < 45% present in the story so
# far is suspect (seed paragraphs: 0.1-0.7; the seed-004 tail items: 0.0-0.4).
LEX_SUSPECT = 0.45
# In the first half only a block with < 20% known words is suspect (boxes sit mid-article, rarely).
LEX_SUSPECT_EARLY = 0.2
# ...and off-topic when its embedding's cosine with the lead is also below this
# (seed paragraphs of the story: 0.2-0.8 with the lead; the tariffs / Kallas tail items: 0.07-0.17).
EMB_OFFTOPIC = 0.22
# Paragraphs are joined until a block holds this many characters (about two sentences).
MIN_BLOCK_CHARS = 240
# At most this many suspect blocks per article are embedded (the least lexically coherent ones).
MAX_SUSPECTS = 4
# Blocks with fewer content words carry too little evidence to judge on their own.
MIN_BLOCK_WORDS = 6
# Never cut less than this: a one-line aside is not another story.
MIN_SPAN_WORDS = 25
# Text embedded per block (MiniLM cost grows with length; the start of a block names its story).
BLOCK_EMBED_CHARS = 300
# Articles shorter than this many blocks have no room for a foreign block next to the story.
MIN_BLOCKS = 4

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_BLANK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    text: str


def _stop() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_STOP = _stop()


def content_words(text: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) > 1 and w not in _STOP]


def paragraphs(text: str) -> list[Block]:
    """Paragraphs (blank-line separated) with exact offsets; the whole text when there are none."""
    if not _BLANK.search(text):  # no paragraphs: one block (sentence lines are too small to judge)
        st = text.strip()
        return [Block(text.find(st), text.find(st) + len(st), st)] if st else []
    out: list[Block] = []
    pos = 0
    for m in [*_BLANK.finditer(text), None]:
        end = m.start() if m else len(text)
        seg = text[pos:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            a, b = pos + lead, pos + lead + len(seg.strip())
            out.append(Block(a, b, text[a:b]))
        if m:
            pos = m.end()
    return out


def blocks(text: str) -> list[Block]:
    """Paragraphs, short ones joined to the next until a block holds :data:`MIN_BLOCK_CHARS`.

    One-sentence paragraphs are too small to judge on their own (a sentence can be far from
    the lead and still be the story); joined, they also cost fewer embeddings.
    """
    out: list[Block] = []
    cur: Block | None = None
    for p in paragraphs(text):
        cur = p if cur is None else Block(cur.start, p.end, text[cur.start : p.end])
        if len(cur.text) >= MIN_BLOCK_CHARS:
            out.append(cur)
            cur = None
    if cur is not None:
        if out and len(cur.text) < MIN_BLOCK_CHARS // 2:
            last = out.pop()
            cur = Block(last.start, cur.end, text[last.start : cur.end])
        out.append(cur)
    return out


@dataclass(frozen=True, slots=True)
class _Suspect:
    article: int
    block: int


def offtopic_spans(article: Article, *, embedder=None) -> list[Span]:
    """Spans of ``article.text`` that belong to another story (see module docstring)."""
    return offtopic_spans_batch([article], embedder=embedder)[0]


def offtopic_spans_batch(articles: Sequence[Article], *, embedder=None) -> list[list[Span]]:
    """:func:`offtopic_spans` for many articles with one embedder call."""
    per_blocks: list[list[Block]] = []
    leads: list[str] = []
    lead_n: list[int] = []
    suspects: list[_Suspect] = []
    for ai, art in enumerate(articles):
        bl = blocks(art.text)
        per_blocks.append(bl)
        if len(bl) < MIN_BLOCKS:
            leads.append("")
            lead_n.append(len(bl))
            continue
        n, size = 0, 0
        while n < len(bl) and (n == 0 or size < LEAD_CHARS) and n < 3:
            size += len(bl[n].text)
            n += 1
        lead_n.append(n)
        title = (art.title or "").strip()
        lead = (title + "\n" if title and not bl[0].text.startswith(title) else "") + "\n".join(
            b.text for b in bl[:n]
        )
        leads.append(lead)
        story = set(content_words(lead))
        mine: list[tuple[float, int]] = []
        for bi in range(n, len(bl)):
            ws = content_words(bl[bi].text)
            if len(ws) < MIN_BLOCK_WORDS:
                continue
            share = sum(w in story for w in ws) / len(ws)
            late = bl[bi].start >= len(art.text) / 2
            if share < (LEX_SUSPECT if late else LEX_SUSPECT_EARLY):
                mine.append((share, bi))
            else:
                story.update(ws)
        suspects.extend(_Suspect(ai, bi) for _, bi in sorted(sorted(mine)[:MAX_SUSPECTS], key=lambda x: x[1]))
    if not suspects:
        return [[] for _ in articles]
    if embedder is None:
        from .nlp import get_embedder

        embedder = get_embedder()
    lead_ids = sorted({s.article for s in suspects})
    texts = [leads[a][:BLOCK_EMBED_CHARS * 2] for a in lead_ids] + [
        per_blocks[s.article][s.block].text[:BLOCK_EMBED_CHARS] for s in suspects
    ]
    vecs = embedder.encode(texts)
    lead_vec = {a: vecs[i] for i, a in enumerate(lead_ids)}
    off: dict[int, set[int]] = {}
    for k, s in enumerate(suspects):
        sim = float(np.dot(vecs[len(lead_ids) + k], lead_vec[s.article]))
        if sim < EMB_OFFTOPIC:
            off.setdefault(s.article, set()).add(s.block)
    return [_runs(art, per_blocks[ai], off.get(ai, set()), lead_n[ai]) for ai, art in enumerate(articles)]


def _runs(art: Article, bl: list[Block], off: set[int], lead_n: int) -> list[Span]:
    """Join off-topic blocks into spans; short blocks between/after them go with them."""
    if not off:
        return []
    spans: list[Span] = []
    i = lead_n
    while i < len(bl):
        if i not in off:
            i += 1
            continue
        j = i
        # extend over following off-topic blocks and over too-short blocks (headers,
        # "11 minutes ago", outlet names) that sit between or after them
        while j + 1 < len(bl) and (
            (j + 1) in off or len(content_words(bl[j + 1].text)) < MIN_BLOCK_WORDS
        ):
            j += 1
        # trailing short blocks belong to the run only if another off-topic block follows
        while j > i and j not in off:
            j -= 1
        # short header lines just before the run ("Related Articles", outlet, time) go with it
        s = i
        while s - 1 >= lead_n and len(content_words(bl[s - 1].text)) < MIN_BLOCK_WORDS and s - 1 not in off:
            s -= 1
        # a tail: when only a little text follows the run, it belongs to the run (the last
        # items of a "Related" list often share a word or two with the story)
        rest = sum(len(content_words(bl[k].text)) for k in range(j + 1, len(bl)))
        words = sum(len(content_words(bl[k].text)) for k in range(s, j + 1))
        if j + 1 < len(bl) and len(bl) - j - 1 <= 2 and rest < words / 2:
            j = len(bl) - 1
        if words >= MIN_SPAN_WORDS:
            spans.append(Span(art.id, bl[s].start, bl[j].end))
        i = j + 1
    return spans


# Known limit: a foreign story about the *same actors* (seed 004's "Putin preparing new offensive
# after Trump meeting" item: cosine 0.39 with the lead, 39% shared words) is coherent with the lead
# on both signals and is not cut here; the structural cues of such tails (outlet, "11 minutes ago",
# "Related Articles") are removed by extraction (``clean_text``) before this runs.
