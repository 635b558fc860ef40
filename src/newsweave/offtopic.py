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
   are embedded, in one batch for many articles; the lead's embedding is the
   one clustering uses, so ingest embeds it once for both).

Consecutive off-topic blocks form one span; a span must hold at least
:data:`MIN_SPAN_WORDS` words, so a short aside or a caption is never cut.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .models import Article, Span

# The lead (title + first paragraphs up to this many characters) defines the story.
LEAD_CHARS = 400
# A block in the article's second half whose content words are < 45% present in the story so
# far is suspect (seed paragraphs: 0.1-0.7; the seed-004 tail items: 0.0-0.4).
LEX_SUSPECT = 0.45
# Where the second half starts (share of the text): related-stories tails sit at the end.
LATE_FROM = 0.5
# In the first half only a block with < 10% known words is suspect (boxes sit mid-article,
# rarely; at 20% a third of ECB+'s one-sentence paragraphs were suspects, none of them foreign).
LEX_SUSPECT_EARLY = 0.1
# ...and, anywhere, only a block sharing < 10% of its words with the lead's first
# LEAD_WORDS_CHARS characters: foreign items share almost none (ECB+ stories spliced in as a
# tail: 0-0.09; seed 004's raw tail items: 0.06-0.07), on-topic ECB+ blocks a median 0.2.
# This word test settles most blocks without an embedding (ECB+: 0.45 blocks embedded per
# article instead of 1.7, and fewer false cuts).
LEX_LEAD_SUSPECT = 0.1
LEAD_WORDS_CHARS = 600
# A suspect is off-topic when its embedding's cosine with the story's lead embedding (the
# title + lead clustering embeds, see :func:`story_lead`) is also below this
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
class Suspect:
    """A block that failed the word test: ``block`` of article ``article`` (batch positions)."""

    article: int
    block: int


@dataclass(frozen=True, slots=True)
class OfftopicPlan:
    """The cheap, lexical half of the check for a batch: blocks, leads and the blocks to embed.

    Split from :func:`decide_offtopic` so a caller that embeds the articles' leads anyway
    (ingest: the clustering embedding) embeds the suspects in the same embedder call.
    """

    blocks: tuple[tuple[Block, ...], ...]
    lead_n: tuple[int, ...]  # blocks that make up each article's lead (never cut)
    suspects: tuple[Suspect, ...]

    def suspect_texts(self) -> list[str]:
        """The text embedded per suspect, in :attr:`suspects` order."""
        return [self.blocks[s.article][s.block].text[:BLOCK_EMBED_CHARS] for s in self.suspects]

    def checked_articles(self) -> list[int]:
        """Articles with at least one suspect: only their lead vectors are needed."""
        return sorted({s.article for s in self.suspects})


def story_lead(article: Article) -> str:
    """The text whose embedding stands for the story: the same title + lead clustering embeds."""
    from .cluster import feature_text, lead_text

    return lead_text(article, feature_text(article))


def offtopic_spans(article: Article, *, embedder=None) -> list[Span]:
    """Spans of ``article.text`` that belong to another story (see module docstring)."""
    return offtopic_spans_batch([article], embedder=embedder)[0]


def offtopic_spans_batch(articles: Sequence[Article], *, embedder=None) -> list[list[Span]]:
    """:func:`offtopic_spans` for many articles with one embedder call."""
    plan = plan_offtopic(articles)
    if not plan.suspects:
        return [[] for _ in articles]
    if embedder is None:
        from .nlp import get_embedder

        embedder = get_embedder()
    checked = plan.checked_articles()
    vecs = embedder.encode([story_lead(articles[a]) for a in checked] + plan.suspect_texts())
    leads = dict(zip(checked, vecs[: len(checked)], strict=True))
    return decide_offtopic(articles, plan, leads, vecs[len(checked) :])


def plan_offtopic(articles: Sequence[Article]) -> OfftopicPlan:
    """Split articles into blocks and keep, per article, the blocks failing the word test."""
    per_blocks: list[tuple[Block, ...]] = []
    lead_n: list[int] = []
    suspects: list[Suspect] = []
    for ai, art in enumerate(articles):
        bl = blocks(art.text)
        per_blocks.append(tuple(bl))
        if len(bl) < MIN_BLOCKS:
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
        story = set(content_words(lead))
        lead_words = frozenset(content_words(lead[:LEAD_WORDS_CHARS]))
        mine: list[tuple[float, int]] = []
        late_from = len(art.text) * LATE_FROM
        for bi in range(n, len(bl)):
            ws = content_words(bl[bi].text)
            if len(ws) < MIN_BLOCK_WORDS:
                continue
            share = sum(w in story for w in ws) / len(ws)
            if share < (LEX_SUSPECT if bl[bi].start >= late_from else LEX_SUSPECT_EARLY) and (
                sum(w in lead_words for w in ws) / len(ws) < LEX_LEAD_SUSPECT
            ):
                mine.append((share, bi))
            else:
                story.update(ws)
        suspects.extend(Suspect(ai, bi) for _, bi in sorted(sorted(mine)[:MAX_SUSPECTS], key=lambda x: x[1]))
    return OfftopicPlan(tuple(per_blocks), tuple(lead_n), tuple(suspects))


def decide_offtopic(
    articles: Sequence[Article],
    plan: OfftopicPlan,
    lead_vecs: Mapping[int, np.ndarray] | np.ndarray,
    suspect_vecs: np.ndarray,
) -> list[list[Span]]:
    """The off-topic spans, given the leads' vectors (by article position) and the suspects'."""
    off: dict[int, set[int]] = {}
    for s, v in zip(plan.suspects, suspect_vecs, strict=True):
        if float(np.dot(v, lead_vecs[s.article])) < EMB_OFFTOPIC:
            off.setdefault(s.article, set()).add(s.block)
    return [
        _runs(art, list(plan.blocks[ai]), off.get(ai, set()), plan.lead_n[ai])
        for ai, art in enumerate(articles)
    ]


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
