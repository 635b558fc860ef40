"""The parallel half of ingest: everything about one article that needs no store.

:func:`prepare_batch` is the pure per-document work, batched: the off-topic cut, a
title+lead embedding (one embedder call per batch), named entities of the lead (one spaCy
pass, NER only), content-word counts and a MinHash signature. Its output,
:class:`PreparedArticle`, is a frozen, picklable dataclass of bytes and tuples: the engines
(:mod:`newsweave.scale.engine`) run it on workers and write it to Parquet, the store
(:mod:`newsweave.corpus.store`) keeps its bytes as they are, and ingest
(:mod:`newsweave.corpus.ingest`) turns it into :class:`~newsweave.events.features.DocFeatures`
for the event index.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from newsweave.config import Settings
from newsweave.events.dedup import signature
from newsweave.events.features import (
    ENTITY_CHARS,
    PASSAGES_DTYPE,
    DocFeatures,
    EntityKey,
    article_passages,
    extract_entities,
    feature_text,
    find_date,
    head_text,
    lead_text,
    term_counts,
)
from newsweave.events.offtopic import decide_offtopic, plan_offtopic
from newsweave.models import Article, Span
from newsweave.nlp import get_embedder, get_spacy

# How content-word counts are stored: hashed word, 1 + log tf (8 bytes a word, little-endian).
TERMS_DTYPE = np.dtype([("h", "<u4"), ("tf", "<f4")])


def doc_features(
    article_id: str,
    embedding: bytes,
    terms: bytes,
    entities: Sequence[str],
    day: int | None,
    passages: bytes,
) -> DocFeatures:
    """The clustering features of an article from their stored bytes (store rows, shards)."""
    t = np.frombuffer(terms, dtype=TERMS_DTYPE)
    return DocFeatures(
        id=article_id,
        embedding=np.frombuffer(embedding, dtype=np.float32),
        terms=tuple(zip(t["h"].tolist(), t["tf"].tolist(), strict=True)),
        entities=tuple(entities),
        day=day,
        passages=np.frombuffer(passages, dtype=PASSAGES_DTYPE),
    )


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """One article with everything the driver needs to store and cluster it (picklable)."""

    article: Article
    embedding: bytes  # float32[dim], L2-normalised, title + lead
    minhash: bytes  # uint32[NUM_PERM] over 4-word shingles
    terms: bytes  # TERMS_DTYPE records: hashed content word, 1 + log tf
    entities: tuple[EntityKey, ...]
    excluded: tuple[Span, ...]  # off-topic spans, cut before clustering
    day: int | None  # publication date (proleptic ordinal)
    # PASSAGES_DTYPE hashes of the quoted passages of the text left after the off-topic cut
    # (features.quoted_passages): computed from the article and its cut wherever one is made
    # (prepare_batch, a Parquet shard read back), so no writer of prepared articles carries them
    passages: bytes = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        passages = article_passages(self.article, self.excluded)
        object.__setattr__(self, "passages", passages.tobytes())

    def features(self) -> DocFeatures:
        """What the event index compares (the bytes decoded)."""
        return doc_features(
            self.article.id,
            self.embedding,
            self.terms,
            [e.key for e in self.entities],
            self.day,
            self.passages,
        )

    def with_id(self, new_id: str) -> PreparedArticle:
        """The same article under another id (an id clash in the store), spans moved along."""
        art = dataclasses.replace(self.article, id=new_id)
        spans = tuple(Span(new_id, s.start, s.end) for s in self.excluded)
        return dataclasses.replace(self, article=art, excluded=spans)


def prepare_batch(articles: list[Article], settings: Settings) -> list[PreparedArticle]:
    """The per-document work for a batch (pure: same input, same output; no store access).

    One embedder call embeds every article's title + lead (for clustering) together with the
    blocks the off-topic word test left in doubt (compared with those same lead vectors), and
    one NER pass reads every lead. The two run at once: onnxruntime releases the GIL, so NER
    (spaCy, one core) overlaps the embedding instead of waiting for it. NER reads the text
    before the off-topic cut; an article whose cut reaches into the characters NER or the
    lead embedding read is redone after the cut (never seen on ECB+ or the seeds: cuts do
    not touch the lead blocks), so the result is the same as running them one after the other.
    """
    if not articles:
        return []
    embedder = get_embedder(settings)
    nlp = get_spacy(settings)
    plan = plan_offtopic(articles)
    whole = [feature_text(a) for a in articles]
    leads = [lead_text(a, t) for a, t in zip(articles, whole, strict=True)]
    heads = [head_text(a, t) for a, t in zip(articles, whole, strict=True)]
    n = len(articles)
    with ThreadPoolExecutor(max_workers=1) as pool:
        emb = pool.submit(embedder.encode, leads + plan.suspect_texts())
        ents = extract_entities(heads, nlp)
        vecs = emb.result()
    lead_vecs = np.array(vecs[:n], dtype=np.float32)
    excluded = decide_offtopic(articles, plan, lead_vecs, vecs[n:])
    texts = [
        feature_text(a, ex) if ex else t for a, t, ex in zip(articles, whole, excluded, strict=True)
    ]
    cut = [i for i in range(n) if excluded[i]]
    redo = [i for i in cut if lead_text(articles[i], texts[i]) != leads[i]]
    if redo:
        lead_vecs[redo] = embedder.encode([lead_text(articles[i], texts[i]) for i in redo])
    redo = [
        i for i in cut if head_text(articles[i], texts[i])[:ENTITY_CHARS] != heads[i][:ENTITY_CHARS]
    ]
    if redo:
        redone = extract_entities([head_text(articles[i], texts[i]) for i in redo], nlp)
        for i, en in zip(redo, redone, strict=True):
            ents[i] = en
    out = []
    for a, t, ex, v, en in zip(articles, texts, excluded, lead_vecs, ents, strict=True):
        terms = np.array(list(term_counts(head_text(a, t))), dtype=TERMS_DTYPE)
        d = find_date(a, t)
        out.append(
            PreparedArticle(
                article=a,
                embedding=v.tobytes(),
                minhash=signature(t).tobytes(),
                terms=terms.tobytes(),
                entities=tuple(en),
                excluded=tuple(ex),
                day=d.toordinal() if d else None,
            )
        )
    return out
