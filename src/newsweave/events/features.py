"""Per-article clustering features: what :mod:`newsweave.events.index` compares.

Each article becomes a :class:`DocFeatures`: a title+lead embedding (the lead names the
event), hashed content-word counts, the keys of the named entities in its lead, and a
publication date (the article's own, else a date line near its top). Off-topic spans
(:mod:`newsweave.events.offtopic`) are cut from the text first, and URL lines are dropped.
Kept apart from the index so the off-topic check and the ingest preparation
(:mod:`newsweave.events.prepare`) read the same lead text without importing the index.

Stored articles come back in bulk (:class:`StoredArticles`: an ingest into a large store puts
~20,000 back before its first article): :func:`restored_words` and :func:`restored_entities`
weigh all of them at once, exactly as the index weighs articles added one by one, and keep the
vectors packed (:class:`PackedVectors`, :class:`RestoredVectors`) until one is asked for.
"""

from __future__ import annotations

import itertools
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from newsweave.clean.metadata import FILE_PHOTO
from newsweave.config import Settings
from newsweave.models import Article, Span
from newsweave.nlp import get_embedder, get_spacy
from newsweave.text.dates import loose_date, stamp_date
from newsweave.text.headline import is_caption
from newsweave.text.lexicons import quoted_ranges
from newsweave.text.names import entity_key
from newsweave.text.statement_patterns import PHOTO_CAPTION

# ---------------------------------------------------------------- feature extraction limits
# The embedding reads title + lead: MiniLM's cost grows with length, and the lead names the event.
EMBED_CHARS = 256
# Named entities from the first 600 characters: the who/where of a story is in its lead (NER
# time grows with length; ECB+ B-cubed F1 0.886 at 600, 0.882 at 1000, 0.879 at 400).
ENTITY_CHARS = 600
# Entity kinds that tell events apart (who, where, what); dates and numbers are read elsewhere.
ENTITY_LABELS = frozenset(
    {"PERSON", "GPE", "ORG", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)

# A passage of quoted speech is this many words in a row inside one quotation: two articles that
# quote the same words at this length heard the same speaker on the same occasion. Multi-News
# validation, pairs of articles sharing one: 100 of one story, none of two (at 6 words, with a
# simpler quotation pattern: 119 and 35; at 5: 139 and 252); AEB: 14 pairs, all of one story.
PASSAGE_WORDS = 8
# How passages are held and stored: their crc32 hashes, sorted (4 bytes each, little-endian).
PASSAGES_DTYPE = np.dtype("<u4")

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_URL_LINE = re.compile(r"^\s*(?:https?\s*:\s*/\s*/|www\s*\.)\S.*$", re.MULTILINE | re.IGNORECASE)


def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_STOP = _stopwords()


@dataclass(frozen=True, slots=True)
class EntityKey:
    """A named entity as clustering keys it: ``key`` is the normalised name."""

    key: str
    name: str
    label: str


@dataclass(frozen=True, slots=True, eq=False)
class StoredTerms:
    """An article's ``(hashed word, 1 + log tf)`` pairs as slices of the arrays a store hands
    back for many articles at once, read like :attr:`DocFeatures.terms`. A restored event
    window (20,000 articles of ~170 words) built a tuple for each word: 2.6 s of every ingest
    into a large store and ~380 MB held, to be read only when an event that grew is split."""

    words: np.ndarray  # int64
    tfs: np.ndarray  # float64

    def __iter__(self) -> Iterator[tuple[int, float]]:
        return zip(self.words.tolist(), self.tfs.tolist(), strict=True)

    def __len__(self) -> int:
        return len(self.words)


@dataclass(frozen=True, slots=True, eq=False)
class DocFeatures:
    """Everything clustering needs about one article (picklable, storable)."""

    id: str
    embedding: np.ndarray  # float32, L2-normalised
    # (hashed word, 1 + log tf), content words only
    terms: tuple[tuple[int, float], ...] | StoredTerms
    entities: tuple[str, ...]  # entity keys
    day: int | None = None  # publication date as a proleptic ordinal
    # hashed passages of quoted speech (quoted_passages): an array, ~75 a news article, a
    # quarter of the memory a tuple of them takes in a window of 20,000 restored articles
    passages: np.ndarray = field(default_factory=lambda: np.zeros(0, PASSAGES_DTYPE))


def feature_text(article: Article, excluded: Sequence[Span] = ()) -> str:
    """The article's text without excluded (off-topic) spans and URL lines."""
    text = article.text
    if excluded:
        parts, pos = [], 0
        for sp in sorted(excluded, key=lambda s: s.start):
            parts.append(text[pos : sp.start])
            pos = max(pos, sp.end)
        parts.append(text[pos:])
        text = "\n".join(parts)
    return _URL_LINE.sub(" ", text)


def lead_text(article: Article, text: str) -> str:
    """Title + lead, cut at :data:`EMBED_CHARS`: the text embedded for an article (the lead
    names the event; the title is not repeated when the text starts with it)."""
    head = (article.title or "").strip()
    body = text.strip()
    if head and body.startswith(head):
        body = body[len(head) :]
    return (head + "\n" + body)[:EMBED_CHARS] if head else body[:EMBED_CHARS]


def _content_words(text: str) -> Iterator[int]:
    """The content words of ``text`` (no stop words, no single letters), lower-cased and hashed
    (crc32), in order."""
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if len(w) >= 2 and w not in _STOP:
            yield zlib.crc32(w.encode("utf-8"))


def term_counts(text: str) -> tuple[tuple[int, float], ...]:
    """Content words (no stop words, no single letters) as sorted ``(crc32, 1 + log tf)`` pairs:
    hashed so features stay small and stable across processes."""
    counts: Counter[int] = Counter(_content_words(text))
    return tuple(sorted((h, 1.0 + math.log(c)) for h, c in counts.items()))


def name_words(entities: Sequence[str]) -> frozenset[int]:
    """The words of an article's entity keys (:attr:`DocFeatures.entities`), hashed as
    :func:`term_counts` hashes words: which of an article's words name someone or something, so
    that they are found in another article's whole text (entities are read from the lead)."""
    return frozenset(h for key in entities for h in _content_words(key))


def term_words(terms: tuple[tuple[int, float], ...] | StoredTerms) -> np.ndarray:
    """The hashed words of :attr:`DocFeatures.terms` (int64), without their counts."""
    if isinstance(terms, StoredTerms):
        return terms.words
    return np.fromiter((h for h, _ in terms), np.int64, len(terms))


def quoted_passages(text: str) -> np.ndarray:
    """Every run of :data:`PASSAGE_WORDS` words inside one quotation, lower-cased and hashed
    (crc32, :data:`PASSAGES_DTYPE`), sorted, each once: what two reports of one statement share, whatever each cut
    of it or wrote around it. Quoted speech is the one text two outlets copy word for word
    while telling a story each in their own words (a background piece quotes what the news
    piece quoted)."""
    out: set[int] = set()
    for a, b in quoted_ranges(text):
        words = _WORD.findall(text[a:b].lower())
        for i in range(len(words) - PASSAGE_WORDS + 1):
            out.add(zlib.crc32(" ".join(words[i : i + PASSAGE_WORDS]).encode("utf-8")))
    return np.array(sorted(out), dtype=PASSAGES_DTYPE)


def head_text(article: Article, text: str) -> str:
    """Title + text: what entities and content words are read from."""
    return (article.title or "") + "\n" + text


def article_passages(article: Article, excluded: Sequence[Span] = ()) -> np.ndarray:
    """:func:`quoted_passages` of what clustering reads of ``article``: its title and the text
    left after the off-topic cut ``excluded`` (at ingest, and for articles stored before
    passages were kept)."""
    return quoted_passages(head_text(article, feature_text(article, excluded)))


def _caption_date(line: str) -> date | None:
    """The date of a photo's caption (:func:`~newsweave.text.headline.is_caption`, or someone
    in the present tense at a dated moment, :data:`~newsweave.text.statement_patterns.
    PHOTO_CAPTION`): the day its picture was taken, the story's or near it, as the cleaner's
    page date reads one (:func:`~newsweave.clean.metadata.page_date`); an archive picture's
    (:data:`~newsweave.clean.metadata.FILE_PHOTO`) dates the past."""
    if FILE_PHOTO.search(line) or not (is_caption(line) or PHOTO_CAPTION.search(line)):
        return None
    return loose_date(line)


def find_date(article: Article, text: str | None = None) -> date | None:
    """The publication date: the article's own, else a date standing as a page's stamp among
    the first lines (:func:`~newsweave.text.dates.stamp_date`) or closing a photo's caption
    there (:func:`_caption_date`). A date in the prose there is the story's history, not its
    day: an essay opening on Watergate's break-in was dated 1972 (multinews 009-3), a review
    by the sequel's release, a profile by its subject's birth."""
    if article.published:
        return article.published.date()
    for line in (text or article.text).split("\n", 5)[:5]:
        d = stamp_date(line) or _caption_date(line)
        if d is not None:
            return d
    return None


def extract_entities(texts: Sequence[str], nlp: Any) -> list[list[EntityKey]]:
    """Named entities of each text's first :data:`ENTITY_CHARS` (the spaCy pipeline ``nlp``'s
    NER only, batched)."""
    out: list[list[EntityKey]] = []
    with nlp.select_pipes(enable=_ner_pipes(nlp)):
        for doc in nlp.pipe((t[:ENTITY_CHARS] for t in texts), batch_size=64):
            ents: dict[str, EntityKey] = {}
            for e in doc.ents:
                if e.label_ not in ENTITY_LABELS:
                    continue
                key = entity_key(e.text)
                if len(key) >= 2 and key not in ents:
                    ents[key] = EntityKey(key, re.sub(r"\s+", " ", e.text.strip()), e.label_)
            out.append(list(ents.values()))
    return out


def _ner_pipes(nlp: Any) -> list[str]:
    """The components NER needs: ``ner``, plus a shared ``tok2vec``/``transformer`` only when
    ``ner`` listens to it (en_core_web_sm's ner has its own; running the shared one for nothing
    was a third of the NER time)."""
    keep = ["ner"] if "ner" in nlp.pipe_names else []
    for name in ("tok2vec", "transformer"):
        if name in nlp.pipe_names and "ner" in getattr(
            nlp.get_pipe(name), "listening_components", ()
        ):
            keep.insert(0, name)
    return keep


def features(
    articles: Sequence[Article],
    settings: Settings,
    excluded: Sequence[Sequence[Span]] | None = None,
) -> list[DocFeatures]:
    """Compute :class:`DocFeatures` for a batch (one embedder call, one NER pass)."""
    excluded = excluded or [()] * len(articles)
    texts = [feature_text(a, ex) for a, ex in zip(articles, excluded, strict=True)]
    embeddings = get_embedder(settings).encode(
        [lead_text(a, t) for a, t in zip(articles, texts, strict=True)]
    )
    entities = extract_entities(
        [head_text(a, t) for a, t in zip(articles, texts, strict=True)], get_spacy(settings)
    )
    out = []
    for a, t, v, ents in zip(articles, texts, embeddings, entities, strict=True):
        d = find_date(a, t)
        out.append(
            DocFeatures(
                id=a.id,
                embedding=np.asarray(v, dtype=np.float32),
                terms=term_counts(head_text(a, t)),
                entities=tuple(e.key for e in ents),
                day=d.toordinal() if d else None,
                passages=quoted_passages(head_text(a, t)),
            )
        )
    return out


# --------------------------------------------------------------------------- stored features in bulk


@dataclass(frozen=True, slots=True)
class StoredArticles:
    """Stored articles to put back into their stored events
    (:meth:`~newsweave.events.online.OnlineIndex.restore`), in stored order, their features as
    the store holds them: the words of all of them end to end (``lengths[i]`` of them are
    article ``i``'s), so that they are weighed in bulk."""

    ids: list[str]
    events: list[str]
    embeddings: np.ndarray  # float32, one row per article
    words: np.ndarray  # int64: hashed content words, article after article
    tfs: np.ndarray  # float64: their 1 + log tf
    lengths: np.ndarray  # int64: words per article
    entities: list[tuple[str, ...]]
    days: list[int | None]
    passages: list[np.ndarray]  # DocFeatures.passages, one per article


@dataclass(frozen=True, slots=True, eq=False)
class PackedVectors:
    """Sparse vectors of many articles end to end: article ``i``'s keys and values are
    ``keys[bounds[i]:bounds[i + 1]]`` (in its dict's order) and the same of ``values``."""

    keys: np.ndarray  # int64 words, or object (entity keys)
    values: np.ndarray  # float64
    bounds: np.ndarray  # int64, one more than articles

    def vector(self, i: int) -> dict[Any, float]:
        a, b = int(self.bounds[i]), int(self.bounds[i + 1])
        return dict(zip(self.keys[a:b].tolist(), self.values[a:b].tolist(), strict=True))

    def owners(self) -> np.ndarray:
        """The article of each entry."""
        return np.repeat(np.arange(len(self.bounds) - 1), np.diff(self.bounds))


class RestoredVectors(dict[str, dict[Any, float]]):
    """Articles' weight vectors by id; those of articles restored in bulk are built on first
    use (:meth:`defer`). Few restored articles are ever re-placed, merged or split: building a
    dict of up to 48 words for each of a window's 20,000 was ~0.5 s of every one-off ingest."""

    def __init__(self) -> None:
        super().__init__()
        self._deferred: dict[str, tuple[PackedVectors, int]] = {}

    def defer(self, ids: Sequence[str], packed: PackedVectors) -> None:
        """``ids[i]``'s vector is ``packed.vector(i)``."""
        self._deferred.update(zip(ids, zip(itertools.repeat(packed), range(len(ids))), strict=True))

    def __missing__(self, key: str) -> dict[Any, float]:
        packed, i = self._deferred.pop(key)
        self[key] = vec = packed.vector(i)
        return vec


@dataclass(frozen=True, slots=True)
class RestoredWords:
    """The word side of articles restored in bulk: their weighted, normalised top words
    (``vectors``), the places in ``vectors`` of their blocking words (article after article,
    most weighted first), and the documents each word has once they are counted."""

    vectors: PackedVectors
    block: np.ndarray
    df_words: list[int]
    df_totals: list[int]


@dataclass(frozen=True, slots=True)
class WordLimits:
    """The event index's word limits (:mod:`newsweave.events.index`), for weighing in bulk."""

    top: int  # words an article's vector keeps (LEX_TERMS)
    block: int  # of them, the blocking words (BLOCK_TERMS)
    block_max_df: float  # share of documents a blocking word stays under (BLOCK_MAX_DF)
    block_max_docs: int  # ...and documents (BLOCK_MAX_DOCS)


# How far numpy's log may stray from ``math.log``, relative: its SIMD log (AVX-512) differs in
# the last bit or two (~1e-16); a word whose estimated weight falls this far below its article's
# LEX_TERMS-th is outside the article's top words whatever ``math.log`` gives, and is not
# weighed exactly (~three words in four of a restored window).
LOG_TRUST = 1e-6


def _exact_log(x: np.ndarray) -> np.ndarray:
    """``math.log`` of each element, as :meth:`~newsweave.events.online.OnlineIndex._weigh`
    computes it (numpy's SIMD log differs from ``math.log`` in the last bit now and then)."""
    values = x.tolist()
    return np.fromiter(map(math.log, values), np.float64, len(values))


def _running_log_ratio(n: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``math.log(n / (count + 0.5))`` elementwise, as
    :meth:`~newsweave.events.online.OnlineIndex._weigh` computes it."""
    return _exact_log(n / (counts + 0.5))


def _float_order(x: np.ndarray) -> np.ndarray:
    """Unsigned 32-bit keys that sort as ``x`` rounded to float32 does (negatives bit-flipped)."""
    bits = x.astype(np.float32).view(np.uint32)
    return np.where(bits >> np.uint32(31), ~bits, bits | np.uint32(0x80000000))


def _from_float_order(keys: np.ndarray) -> np.ndarray:
    """The float32 values (as float64) that :func:`_float_order` gave ``keys``."""
    bits = np.where(keys >> np.uint32(31), keys & np.uint32(0x7FFFFFFF), ~keys)
    return bits.astype(np.uint32).view(np.float32).astype(np.float64)


def top_candidates(doc: np.ndarray, estimate: np.ndarray, lens: np.ndarray, top: int) -> np.ndarray:
    """The entries (``doc``: each one's article, articles in order, ``lens`` per article) that
    can be among their article's ``top`` largest once weighed exactly, given estimates within
    ``LOG_TRUST / 4`` of the exact weights, relative: all entries of an article of ``top`` or
    fewer, else those whose estimate reaches its ``top``-th largest less :data:`LOG_TRUST` (so
    ``top`` others are larger, exactly, than any entry left out). The ``top``-th values come
    from one sort of integers (article, float32 of the estimate)."""
    big = lens > top
    sel = np.flatnonzero(np.repeat(big, lens))
    keys = (doc[sel].astype(np.uint64) << np.uint64(32)) | (~_float_order(estimate[sel])).astype(
        np.uint64
    )  # by article, largest first
    keys.sort()
    big_lens = lens[big]
    at = np.cumsum(big_lens) - big_lens + top - 1
    cut = np.full(len(lens), -np.inf)
    cut[big] = _from_float_order(~(keys[at] & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    cut -= LOG_TRUST * np.abs(cut)
    return np.flatnonzero(estimate >= cut[doc])


def _sequential_norms(doc: np.ndarray, slot: np.ndarray, w: np.ndarray, n_docs: int) -> np.ndarray:
    """Per article, ``math.sqrt(sum(v * v))`` of its entries ``w`` (at place ``slot``), summed
    in that order as ``sum()`` does; 1.0 where there are none."""
    width = int(slot.max()) + 1 if slot.size else 0
    grid = np.zeros((n_docs, width))
    grid[doc, slot] = w
    norm2 = np.zeros(n_docs)
    for j in range(width):
        norm2 = norm2 + grid[:, j] * grid[:, j]
    norm = np.sqrt(norm2)
    norm[norm == 0] = 1.0
    return norm


def _descending_within(doc: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.lexsort((-values, doc))``: the entries by article, within one by value from the
    largest, equal values in entry order. One stable sort of (article, rank of the value)
    keys, on entries that come in article order: a quarter of lexsort's time on a window's
    3 million words."""
    by_value = np.argsort(-values)  # any order among equals: only the ranks are read
    ordered = values[by_value]
    rank = np.empty(values.size, dtype=np.uint64)
    rank[by_value] = np.concatenate(([0], np.cumsum(ordered[1:] != ordered[:-1])))
    return np.argsort((doc.astype(np.uint64) << np.uint64(32)) | rank, kind="stable")


def restored_words(
    h: np.ndarray, tf: np.ndarray, lens: np.ndarray, n0: int, df: Counter[int], limits: WordLimits
) -> RestoredWords:
    """What :meth:`EventIndex._weigh` and :meth:`EventIndex._block_keys` give each article (its
    words ``h`` with ``tf``, ``lens`` per article) added one by one after ``n0`` documents of
    frequencies ``df`` (``limits``: the index's), with every float operation the same and in
    the same order (``math.log``, sums in dict order). Weighing a word exactly (``math.log``,
    one Python call) is done only for words that can be among their article's top words
    (:func:`top_candidates`): the others are left out on numpy's estimate."""
    n_docs, total = len(lens), len(h)
    doc = np.repeat(np.arange(n_docs), lens)
    start = np.concatenate(([0], np.cumsum(lens)[:-1])).astype(np.int64)
    # running document frequency: earlier articles with the word, this one, and the prior count;
    # words (32-bit hashes) sorted with their places in one 64-bit key: a stable order, and a
    # plain sort of integers is several times faster than a stable argsort
    packed = (h.astype(np.uint64) << np.uint64(32)) | np.arange(total, dtype=np.uint64)
    packed.sort()
    order = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
    hs = (packed >> np.uint64(32)).astype(np.int64)
    first = np.flatnonzero(np.concatenate(([True], hs[1:] != hs[:-1])))
    sizes = np.diff(np.append(first, total))
    words = hs[first].tolist()
    prior = np.fromiter(map(df.get, words, itertools.repeat(0)), np.int64, len(words))
    run = np.empty(total, dtype=np.int64)
    run[order] = np.arange(total) - np.repeat(first, sizes) + 1 + np.repeat(prior, sizes)
    n = (n0 + 2 + doc).astype(np.float64)  # _weigh's n: documents counted, this one included, + 1
    ratio = n / (run + 0.5)
    # the entries that can be kept, weighed exactly; the others never are
    cand = top_candidates(doc, tf * np.log(ratio), lens, limits.top)
    cdoc = doc[cand]
    w = tf[cand] * _exact_log(ratio[cand])
    # the top limits.top by weight (stable: ties in the article's order) where there are more;
    # the dict keeps that order then, the article's order otherwise
    cstart = np.searchsorted(cdoc, np.arange(n_docs))
    by_weight = _descending_within(cdoc, w)
    rank = np.empty(cand.size, dtype=np.int64)
    rank[by_weight] = np.arange(cand.size) - cstart[cdoc[by_weight]]
    key = np.where(lens[cdoc] > limits.top, rank, cand - start[cdoc])
    kept = np.flatnonzero(key < limits.top)  # in article order; within one, key is its place
    bounds = np.searchsorted(cdoc[kept], np.arange(n_docs + 1))
    placed = np.empty_like(kept)
    placed[bounds[cdoc[kept]] + key[kept]] = kept
    kept = placed
    kdoc, kslot = cdoc[kept], key[kept]
    vals = w[kept] / _sequential_norms(kdoc, kslot, w[kept], n_docs)[kdoc]
    kept = cand[kept]
    # blocking words: the most weighted (normalised, ties in dict order) under the df limit
    limit = np.maximum(2, np.minimum(limits.block_max_df * (n0 + 1 + kdoc), limits.block_max_docs))
    ok = np.flatnonzero(run[kept] <= limit)
    ok = ok[_descending_within(kdoc[ok], vals[ok])]  # stable: ties stay in dict order
    ok_start = np.searchsorted(kdoc[ok], np.arange(n_docs))
    ok = ok[np.arange(ok.size) - ok_start[kdoc[ok]] < limits.block]
    return RestoredWords(
        vectors=PackedVectors(h[kept], vals, bounds),
        block=ok,
        df_words=words,
        df_totals=(prior + sizes).tolist(),
    )


@dataclass(frozen=True, slots=True)
class RestoredEntities:
    """The entity side of articles restored in bulk: their weight vectors (each key once, at its
    first place), the place in ``df_keys`` of each vector entry's key (``key_codes``: keys as
    integers, to group), and the documents each entity key has once they are counted."""

    vectors: PackedVectors
    key_codes: np.ndarray  # int64, one per entry of vectors
    df_keys: list[str]
    df_totals: list[int]


def restored_entities(
    entities: Sequence[tuple[str, ...]], n0: int, edf: Counter[str]
) -> RestoredEntities:
    """What :meth:`EventIndex._weigh_entities` gives each article added one by one after
    ``n0`` documents of entity frequencies ``edf`` (the same float operations in the same order)."""
    n_docs = len(entities)
    lens = np.fromiter(map(len, entities), np.int64, n_docs)
    codes: dict[str, int] = {}
    flat = itertools.chain.from_iterable(entities)
    code = np.fromiter((codes.setdefault(k, len(codes)) for k in flat), np.int64, int(lens.sum()))
    names = np.empty(len(codes), dtype=object)  # keys as objects: never a 2-d array of chars
    names[:] = list(codes)
    doc = np.repeat(np.arange(n_docs), lens)
    prior = np.array([edf.get(k, 0) for k in names.tolist()], dtype=np.int64)
    # the frequency an article's weights see: counted up to and including its own update
    at = code * n_docs + doc
    ranked = np.sort(at)
    count = (
        np.searchsorted(ranked, at, side="right")
        - np.searchsorted(ranked, code * n_docs, side="left")
        + prior[code]
    )
    w = _running_log_ratio((n0 + 2 + doc).astype(np.float64), count)
    kept = np.sort(np.unique(at, return_index=True)[1])  # a key repeated in an article: once
    kdoc = doc[kept]
    bounds = np.searchsorted(kdoc, np.arange(n_docs + 1))
    slot = np.arange(kept.size) - bounds[kdoc]
    vals = w[kept] / _sequential_norms(kdoc, slot, w[kept], n_docs)[kdoc]
    return RestoredEntities(
        vectors=PackedVectors(names[code[kept]], vals, bounds),
        key_codes=code[kept],
        df_keys=names.tolist(),
        df_totals=(prior + np.bincount(code, minlength=len(codes))).tolist(),
    )


def sums_by_event(
    event: np.ndarray, keys: np.ndarray, labels: np.ndarray, values: np.ndarray, n_events: int
) -> list[dict[Any, float]]:
    """Per event (``event``: each entry's, ``0..n_events - 1``), the sum of its entries'
    ``values`` per key (``keys``: integers; ``labels``: what the dict is keyed by), keys in the
    order they first appear, summed in entry order: what adding its members' vectors one by one
    gives (:meth:`EventIndex._attach`), to the bit."""
    order = np.argsort(event, kind="stable")
    ev, k = event[order], keys[order]
    width = int(k.max()) + 1 if k.size else 1
    uniq, first, inv = np.unique(ev * width + k, return_index=True, return_inverse=True)
    sums = np.bincount(inv, weights=values[order], minlength=len(uniq))  # in entry order
    appear = np.argsort(first)
    bounds = np.searchsorted(ev[first[appear]], np.arange(n_events + 1)).tolist()
    names, total = labels[order][first[appear]].tolist(), sums[appear].tolist()
    return [dict(zip(names[a:b], total[a:b], strict=True)) for a, b in itertools.pairwise(bounds)]


def sums_in_order(group: np.ndarray, rows: np.ndarray, n_groups: int) -> np.ndarray:
    """Per group (``group``: each row's, ``0..n_groups - 1``), its ``rows`` added one by one from
    zero in row order, in their dtype: what adding its members' embeddings one by one gives
    (:meth:`EventIndex._attach`), to the bit. One vectorised addition per place in a group (as
    many as the largest group has rows): ``np.add.at`` took 0.6 s for a window of 20,000
    embeddings, and ``np.add.reduceat`` does not add in row order."""
    order = np.argsort(group, kind="stable")
    sizes = np.bincount(group, minlength=n_groups)
    place = np.empty(group.size, dtype=np.int64)
    place[order] = np.arange(group.size) - (np.cumsum(sizes) - sizes)[group[order]]
    by_place = np.argsort(place, kind="stable")  # every group's first row, then second, ...
    edges = np.searchsorted(place[by_place], np.arange(int(sizes.max(initial=0)) + 1))
    out = np.zeros((n_groups, *rows.shape[1:]), dtype=rows.dtype)
    for a, b in itertools.pairwise(edges.tolist()):
        at = by_place[a:b]  # one row of each group at most: no index repeats
        out[group[at]] += rows[at]
    return out


def gram(vectors: Sequence[dict[Any, float]], k: int | None = None) -> np.ndarray:
    """Dot products of sparse vectors with the first ``k`` of them (a group's, for the split
    of :meth:`EventIndex.split_similarity`)."""
    from scipy.sparse import csr_matrix

    vocab: dict[Any, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, vec in enumerate(vectors):
        for key, v in vec.items():
            rows.append(r)
            cols.append(vocab.setdefault(key, len(vocab)))
            vals.append(v)
    x = csr_matrix((vals, (rows, cols)), shape=(len(vectors), max(1, len(vocab))))
    head = x if k is None else x[np.arange(k)]
    return (x @ head.T).toarray()
