"""Off-topic blocks: parts of an article that belong to another story.

A "Related Articles" tail that survived cleaning, a promo box about another
event, a "Most read" list: they would pull an article towards the wrong event
and put foreign facts into a synthesis. They are cut before clustering and
listed as excluded spans (the article's text itself is left untouched, so
every citation offset stays valid).

A block (a paragraph: text between blank lines) is off-topic when it sits where foreign
material sits and is incoherent with the story on two more signals:

1. place: it is in the article's *tail* (after it, only other foreign blocks, short lines or
   a little text, and not before the line crediting the story's reporters), or under a header
   cue ("Related Articles", "Read more", "You may also like"). Paragraphs that drift from the
   lead mid-article (a review's spec sheet, a recipe's steps, an interview's Q&A) are the
   story's own: on AEB they were 92% of what was cut;
2. words: few of the block's content words occur in the lead or in the blocks already found
   on-topic before it (cheap; every block; stricter in the first half of the article, where
   foreign boxes are rare);
3. meaning: its embedding is far from the lead's *and* from the story's text just before it:
   the end of the body block before it and the last drifting block kept since (a body
   paragraph far from the lead is still close to its neighbour; a foreign item is close to
   neither); looser under a header cue. Only blocks that pass 1 and fail 2 are embedded, with the body
   blocks before them, in one batch for many articles; the lead's embedding is the one
   clustering uses, so ingest embeds it once for both.

Consecutive off-topic blocks form one span; a span must hold at least
:data:`MIN_SPAN_WORDS` words (:data:`MIN_SPAN_WORDS_CUED` under a cue), so a short aside or
a caption is never cut. Measured by bench/bench_offtopic.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.events.features import feature_text, lead_text
from newsweave.models import Article, Span
from newsweave.nlp import Embedder
from newsweave.text.clause import has_finite_verb
from newsweave.text.headline_patterns import ABBREVIATIONS

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
# title + lead clustering embeds, see :func:`story_lead`) is below this (seed paragraphs of the
# story: 0.2-0.8 with the lead; the tariffs / Kallas tail items: 0.07-0.17; ECB+ and AEB-built
# foreign tails: median 0.04-0.08, p75 0.10-0.14). At 0.22, AEB's closing paragraphs that drift
# from the lead (spec sheets, Q&A, recipe steps) were cut on 9 pages; at 0.15 on 1.
EMB_OFFTOPIC = 0.15
# ...and its cosine with the story's text just before it (its context: the end of the body block
# before it and the last drifting block kept since) is below this: AEB body paragraphs that drift
# from the lead keep a median 0.38 with their neighbour; foreign tail items 0.04-0.10 (p75
# 0.11-0.21).
EMB_CONTEXT = 0.2
# Under a header cue ("Related Articles") the two bounds are looser: no AEB, ECB+ or seed body
# block sits under one, and a cued item about a related subject (same country, same industry)
# reaches 0.2-0.3 with the lead.
EMB_OFFTOPIC_CUED = 0.25
EMB_CONTEXT_CUED = 0.35
# Paragraphs are joined until a block holds this many characters (about two sentences).
MIN_BLOCK_CHARS = 240
# At most this many suspect blocks per article are embedded (those under a header cue first, then
# the first ones of the tail: where the story ends is what matters).
MAX_SUSPECTS = 5
# A block is in the tail when at most this many content words of substantial, non-suspect
# blocks follow it (one stray list item sharing words with the story; a 240-character body
# paragraph holds more: at 40, a quote two short paragraphs before an AEB story's end was cut).
TAIL_REST_WORDS = 20
# Blocks with fewer content words carry too little evidence to judge on their own.
MIN_BLOCK_WORDS = 6
# Never cut less than this: a one-line aside is not another story.
MIN_SPAN_WORDS = 25
# ...but under a header cue a short list of two or three headlines is enough.
MIN_SPAN_WORDS_CUED = 12
# Text embedded per block (MiniLM cost grows with length; the start of a block names its story).
BLOCK_EMBED_CHARS = 300
# A run followed by at most two blocks holding less than this share of its words takes them
# (a "Related" list's last items often share a word or two with the story); under a header cue,
# where everything after belongs to the list, they may be as long as the run itself.
TAIL_ABSORB = 0.5
TAIL_ABSORB_CUED = 1.0
# Articles shorter than this many blocks have no room for a foreign block next to the story.
MIN_BLOCKS = 4

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A line that announces other stories; a block right after one may sit mid-article.
_CUE = re.compile(
    r"^\W*(?:related(?: articles?| stories| news| content| posts| coverage| reading)?|"
    r"more (?:from|on|in|stories|news|coverage)\b.{0,40}|read (?:more|also|next)|also read|"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories)?|"
    r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|see also|"
    r"(?:latest|more) headlines|what to read next|don't miss|editor'?s picks)\W*$",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK = re.compile(r"\n[ \t]*\n\s*")
# The line that credits a story's own reporters closes it: what comes before is the story (the
# family's words before "Associated Press writers ... contributed to this report"), a tail
# of other stories comes after it. 49 of Multi-News validation's 690 texts hold one, 1 of AEB's
# 181 bodies.
_SIGN_OFF = re.compile(
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|"
    r"^\(?(?:Additional |Writing and )?(?:[Rr]eporting|Writing|Editing) by [A-Z]",
    re.MULTILINE,
)


# A list's items open on their number ("13. JERRY SPRINGER WAS BORN AT HIGHGATE STATION.") or
# on a label of a few words with no verb ("An outdoor assistant. Google unveiled Google
# Gnome…"), then tell their item. Each item of a round-up (April Fools' pranks, facts about the
# Tube) shares few words with the lead and its neighbours, as a foreign tail does, but it is
# the story. Markers as data: a numbered item, a label sentence.
ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s+(?=\S)")
ITEM_LABEL = re.compile(r"(?P<label>[A-Z][^.!?:\n]{0,60}?)\.\s+(?=[A-Z“\"‘'])")
# A label is a few words ("Invisible box.", "The emoji horns."): a longer one is a sentence,
# a single one an exclamation ("Damn.", "Wait.") or a title's abbreviation ("Mr. Reid").
ITEM_LABEL_WORDS = range(2, 6)
# An item tells something after its marker: a bare line of headlines ("1. Man held after…")
# under a "Most read" box is no item of the story's.
ITEM_BODY_WORDS = 15
# Blocks of an article that must open the same way for it to be a list (two alike may be
# chance: two short sentences opening two paragraphs).
LIST_MIN_ITEMS = 3


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
    return [
        w
        for w in (m.group().lower() for m in _WORD.finditer(text))
        if len(w) > 1 and w not in _STOP
    ]


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


def _item_kind(paragraph: str) -> str:
    """How a paragraph opens as a list's item (:data:`ITEM_NUMBER`, :data:`ITEM_LABEL`):
    "number", "label" or "" when it opens as no item."""
    m = ITEM_NUMBER.match(paragraph)
    kind, rest = ("number", paragraph[m.end() :]) if m else ("", paragraph)
    label = ITEM_LABEL.match(rest)
    words = label["label"].split() if label is not None else []
    if (
        label is not None
        and len(words) in ITEM_LABEL_WORDS
        and len(words[-1]) > 1  # "Christopher R. Miller": an initial
        and words[-1].lower() not in ABBREVIATIONS  # "Wisconsin Gov. Scott Walker"
    ):
        if not kind and has_finite_verb(label["label"]):
            return ""  # "He paused for a while. Then…": a sentence, no label
        kind, rest = kind or "label", rest[label.end() :]
    return kind if kind and len(rest.split()) >= ITEM_BODY_WORDS else ""


def list_items(bl: Sequence[Block]) -> frozenset[int]:
    """The blocks that open on an item of a list the article is (:data:`LIST_MIN_ITEMS`
    blocks at least opening the same way, :func:`_item_kind`; a block joins an item's heading
    line to its text): never foreign."""
    kinds = [
        next((k for p in paragraphs(b.text) if (k := _item_kind(b.text[p.start :]))), "")
        for b in bl
    ]  # (an item may follow a line of its page's: "Advertisement")
    listed = {k for k in set(kinds) - {""} if kinds.count(k) >= LIST_MIN_ITEMS}
    return frozenset(i for i, k in enumerate(kinds) if k in listed)


def blocks(text: str) -> list[Block]:
    """Paragraphs, short ones joined to the next until a block holds :data:`MIN_BLOCK_CHARS`.

    One-sentence paragraphs are too small to judge on their own (a sentence can be far from
    the lead and still be the story); joined, they also cost fewer embeddings. A header cue
    ("Related Articles") is never joined to the story before it: it starts the foreign block;
    nor is the line crediting the story's reporters joined to what follows: it ends the story.
    """
    out: list[Block] = []
    cur: Block | None = None
    for p in paragraphs(text):
        if cur is not None and _CUE.fullmatch(p.text):  # a header cue starts a block of its own
            out.append(cur)
            cur = None
        cur = p if cur is None else Block(cur.start, p.end, text[cur.start : p.end])
        if len(cur.text) >= MIN_BLOCK_CHARS or _SIGN_OFF.search(p.text):
            out.append(cur)
            cur = None
    if cur is not None:
        if out and len(cur.text) < MIN_BLOCK_CHARS // 2 and not _SIGN_OFF.search(out[-1].text):
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
    # the body blocks the suspects are compared with: for each suspect, the nearest substantial
    # block before it that is not itself a suspect (once each, in article order)
    contexts: tuple[Suspect, ...] = ()
    # per article, the blocks under a header cue: the cue's block and the lexically foreign or
    # short blocks that follow it (they may sit mid-article and are judged more loosely)
    cued: tuple[frozenset[int], ...] = ()
    # per suspect, the position in :attr:`contexts` of its body block
    context_of: tuple[int, ...] = ()

    def suspect_texts(self) -> list[str]:
        """The texts to embed: every suspect's start (in :attr:`suspects` order), then every
        context's end: the text on either side of where a foreign block would begin."""
        return [self.blocks[s.article][s.block].text[:BLOCK_EMBED_CHARS] for s in self.suspects] + [
            _ending(self.blocks[c.article][c.block].text) for c in self.contexts
        ]

    def checked_articles(self) -> list[int]:
        """Articles with at least one suspect: only their lead vectors are needed."""
        return sorted({s.article for s in self.suspects})


def story_lead(article: Article) -> str:
    """The text whose embedding stands for the story: the same title + lead clustering embeds."""
    return lead_text(article, feature_text(article))


def offtopic_spans(article: Article, *, embedder: Embedder) -> list[Span]:
    """Spans of ``article.text`` that belong to another story (see module docstring)."""
    return offtopic_spans_batch([article], embedder=embedder)[0]


def offtopic_spans_batch(articles: Sequence[Article], *, embedder: Embedder) -> list[list[Span]]:
    """:func:`offtopic_spans` for many articles with one embedder call."""
    plan = plan_offtopic(articles)
    if not plan.suspects:
        return [[] for _ in articles]
    checked = plan.checked_articles()
    vecs = embedder.encode([story_lead(articles[a]) for a in checked] + plan.suspect_texts())
    leads = dict(zip(checked, vecs[: len(checked)], strict=True))
    return decide_offtopic(articles, plan, leads, vecs[len(checked) :])


def plan_offtopic(articles: Sequence[Article]) -> OfftopicPlan:
    """Split articles into blocks and keep, per article, the tail blocks failing the word test."""
    per_blocks: list[tuple[Block, ...]] = []
    lead_n: list[int] = []
    suspects: list[Suspect] = []
    contexts: list[Suspect] = []
    context_of: list[int] = []
    per_cued: list[frozenset[int]] = []
    for ai, art in enumerate(articles):
        bl = blocks(art.text)
        per_blocks.append(tuple(bl))
        if len(bl) < MIN_BLOCKS:
            lead_n.append(len(bl))
            per_cued.append(frozenset())
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
        bws = [content_words(b.text) for b in bl]
        sizes = [len(ws) for ws in bws]
        mine: list[int] = []
        late_from = len(art.text) * LATE_FROM
        items = list_items(bl)
        for bi in range(n, len(bl)):
            if sizes[bi] < MIN_BLOCK_WORDS or bi in items:
                continue
            ws = bws[bi]
            share = sum(w in story for w in ws) / len(ws)
            if share < (LEX_SUSPECT if bl[bi].start >= late_from else LEX_SUSPECT_EARLY) and (
                sum(w in lead_words for w in ws) / len(ws) < LEX_LEAD_SUSPECT
            ):
                mine.append(bi)
            else:
                story.update(ws)
        # place: only tail blocks (little substantial on-topic text after them) or cued ones
        foreign = set(mine)
        cued: set[int] = set()
        under = False
        for bi in range(n, len(bl)):
            if _CUE.search(bl[bi].text) or (
                sizes[bi - 1] < MIN_BLOCK_WORDS and _CUE.search(bl[bi - 1].text)
            ):
                under = True
            elif bi not in foreign and sizes[bi] >= MIN_BLOCK_WORDS:
                under = False
            if under:
                cued.add(bi)
        per_cued.append(frozenset(cued))
        rest, tail = 0, set()
        for bi in range(len(bl) - 1, n - 1, -1):
            if _SIGN_OFF.search(bl[bi].text):
                break  # the story's own closing line: it and all before it are the story
            if bi in foreign and rest <= TAIL_REST_WORDS:
                tail.add(bi)
            elif bi not in foreign and sizes[bi] >= MIN_BLOCK_WORDS:
                rest += sizes[bi]
        # blocks under a cue first: a long foreign list after its header outnumbers MAX_SUSPECTS
        picked = sorted(
            (
                [bi for bi in mine if bi in cued]
                + [bi for bi in mine if bi in tail and bi not in cued]
            )[:MAX_SUSPECTS]
        )
        if not picked:
            continue
        suspects.extend(Suspect(ai, bi) for bi in picked)
        for bi in picked:
            ctx = bi - 1
            while ctx >= n and (ctx in picked or sizes[ctx] < MIN_BLOCK_WORDS):
                ctx -= 1
            body = Suspect(ai, max(ctx, n - 1))
            if not contexts or contexts[-1] != body:
                contexts.append(body)
            context_of.append(len(contexts) - 1)
    return OfftopicPlan(
        tuple(per_blocks),
        tuple(lead_n),
        tuple(suspects),
        tuple(contexts),
        tuple(per_cued),
        tuple(context_of),
    )


def _ending(text: str) -> str:
    """The last :data:`BLOCK_EMBED_CHARS` characters of a block, from a word's start: the
    paragraph that adjoins the block after it (a joined block's start may be two paragraphs
    away: 244's family quote after the AP story's paragraph on the sailors' families)."""
    if len(text) <= BLOCK_EMBED_CHARS:
        return text
    tail = text[-BLOCK_EMBED_CHARS:]
    return tail[tail.find(" ") + 1 :] if " " in tail else tail


def decide_offtopic(
    articles: Sequence[Article],
    plan: OfftopicPlan,
    lead_vecs: Mapping[int, np.ndarray] | np.ndarray,
    suspect_vecs: np.ndarray,
) -> list[list[Span]]:
    """The off-topic spans, given the leads' vectors (by article position) and the vectors of
    :meth:`OfftopicPlan.suspect_texts` (suspects, then contexts)."""
    k = len(plan.suspects)
    if len(suspect_vecs) != k + len(plan.contexts):
        raise ValueError(
            f"expected {k + len(plan.contexts)} vectors (suspect_texts()), got {len(suspect_vecs)}"
        )
    ctx_vecs = suspect_vecs[k:]
    off: dict[int, set[int]] = {}
    # each suspect is compared with the story's text just before it: its body block's end and
    # the last suspect kept since (a review's paragraphs drift from the lead one after another,
    # each close to the one before; a foreign item is close to neither). The items under a
    # header cue are each another story: one kept vouches for none after it
    kept: list[tuple[Suspect, np.ndarray]] = []
    for i, (s, v) in enumerate(zip(plan.suspects, suspect_vecs[:k], strict=True)):
        body = plan.contexts[plan.context_of[i]]
        near = [w for t, w in kept if t.article == s.article and body.block < t.block < s.block]
        before = [ctx_vecs[plan.context_of[i]], *near[-1:]]
        lead_cos = float(np.dot(v, lead_vecs[s.article]))
        ctx_cos = max(float(np.dot(v, w)) for w in before)
        if s.block in plan.cued[s.article]:
            foreign = lead_cos < EMB_OFFTOPIC_CUED and ctx_cos < EMB_CONTEXT_CUED
        else:
            foreign = lead_cos < EMB_OFFTOPIC and ctx_cos < EMB_CONTEXT
        if foreign:
            off.setdefault(s.article, set()).add(s.block)
        elif s.block not in plan.cued[s.article]:
            kept.append((s, v))
    return [
        _runs(
            art,
            list(plan.blocks[ai]),
            off.get(ai, set()),
            plan.lead_n[ai],
            plan.cued[ai] if plan.cued else frozenset(),
        )
        for ai, art in enumerate(articles)
    ]


def _runs(
    art: Article, bl: list[Block], off: set[int], lead_n: int, cued: frozenset[int]
) -> list[Span]:
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
        # short header lines just before the run ("Related Articles", outlet, time) go with it,
        # unless the run opens with its own header cue (then what precedes is the story's end)
        s = i
        while (
            not _CUE.match(bl[i].text.split("\n", 1)[0])
            and s - 1 >= lead_n
            and len(content_words(bl[s - 1].text)) < MIN_BLOCK_WORDS
            and s - 1 not in off
        ):
            s -= 1
        # a tail: when only a little text follows the run, it belongs to the run (the last
        # items of a "Related" list often share a word or two with the story)
        rest = sum(len(content_words(bl[k].text)) for k in range(j + 1, len(bl)))
        words = sum(len(content_words(bl[k].text)) for k in range(s, j + 1))
        absorb = TAIL_ABSORB_CUED if i in cued else TAIL_ABSORB
        if j + 1 < len(bl) and len(bl) - j - 1 <= 2 and rest < words * absorb:
            j = len(bl) - 1
        if words >= (MIN_SPAN_WORDS_CUED if i in cued else MIN_SPAN_WORDS):
            spans.append(Span(art.id, bl[s].start, bl[j].end))
        i = j + 1
    return spans


# Known limits: a foreign story about the *same actors* (seed 004's "Putin preparing new
# offensive after Trump meeting" item: cosine 0.39 with the lead, 39% shared words) is coherent
# with the lead on both signals and is not cut here; the structural cues of such tails (outlet,
# "11 minutes ago", "Related Articles") are removed by extraction (``clean_text``) before this
# runs. A foreign box mid-article without a header cue is left in (the price of not cutting
# drifting body paragraphs), and so is a tail of the same kind of news (one shooting after
# another: cosine 0.25-0.35 with the lead). The other way, a list article's item about
# something else entirely is cut as another story (Multi-News 223: a talk show host born in a
# Tube station, in a list of Tube facts: cosine 0.02 with the lead, at most 0.21 with any other
# item; 088: one prank of a list of April Fools' pranks), and so are a study's closing credits
# (033: its other authors and funders).
