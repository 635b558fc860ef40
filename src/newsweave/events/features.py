"""Per-article clustering features: what :mod:`newsweave.events.index` compares.

Each article becomes a :class:`DocFeatures`: a title+lead embedding (the lead names the
event), hashed content-word counts, the keys of the named entities in its lead, and a
publication date (the article's own, else a date line near its top). Off-topic spans
(:mod:`newsweave.events.offtopic`) are cut from the text first, and URL lines are dropped.
Kept apart from the index so the off-topic check and the ingest preparation
(:mod:`newsweave.events.prepare`) read the same lead text without importing the index.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from newsweave.config import Settings
from newsweave.models import Article, Span
from newsweave.nlp import get_embedder, get_spacy
from newsweave.text.dates import loose_date
from newsweave.text.names import entity_key

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


def term_counts(text: str) -> tuple[tuple[int, float], ...]:
    """Content words (no stop words, no single letters) as sorted ``(crc32, 1 + log tf)`` pairs:
    hashed so features stay small and stable across processes."""
    counts: Counter[int] = Counter()
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if len(w) < 2 or w in _STOP:
            continue
        counts[zlib.crc32(w.encode("utf-8"))] += 1
    return tuple(sorted((h, 1.0 + math.log(c)) for h, c in counts.items()))


def head_text(article: Article, text: str) -> str:
    """Title + text: what entities and content words are read from."""
    return (article.title or "") + "\n" + text


def find_date(article: Article, text: str | None = None) -> date | None:
    """The publication date: the article's own, else a date line among the first lines."""
    if article.published:
        return article.published.date()
    for line in (text or article.text).split("\n", 5)[:5]:
        d = loose_date(line)
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
            )
        )
    return out
