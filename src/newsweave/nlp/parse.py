"""Parsing: each article goes through the shared spaCy pipeline once; every stage reads the
same :class:`Analysis` (Doc and sentences), and Doc-derived lists are built once per Doc."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.models import Article, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article parsed once and shared by every stage: its spaCy Doc and sentences."""

    article: Article
    doc: Doc
    sentences: tuple[Sentence, ...]


# spaCy's small CNN pipeline parses as fast one document at a time as in batches of 16
# (measured on ECB+ articles), and one at a time lets each Analysis go on (to the embedder's
# prefetch) while the next is parsed.
PARSE_BATCH = 1


def analyze(
    articles: list[Article],
    nlp: Language,
    *,
    batch_size: int = PARSE_BATCH,
    on_parsed: Callable[[Analysis], None] | None = None,
) -> list[Analysis]:
    """Parse articles with the spaCy pipeline ``nlp`` (one ``nlp.pipe`` stream); ``on_parsed``
    sees each Analysis as soon as it is ready (e.g. to prefetch its sentence vectors)."""
    out: list[Analysis] = []
    for art, doc in zip(
        articles, nlp.pipe((a.text for a in articles), batch_size=batch_size), strict=True
    ):
        an = Analysis(art, doc, tuple(_sentences(art, doc)))
        if on_parsed is not None:
            on_parsed(an)
        out.append(an)
    return out


# Doc.ents and Doc.sents build new Span objects on every access (a third of a weave's
# time went there): each Doc's lists are built once and kept while the Doc lives.
_doc_cache: weakref.WeakKeyDictionary[Doc, dict[str, object]] = weakref.WeakKeyDictionary()


def doc_cache(doc: Doc) -> dict[str, object]:
    """A per-Doc memo (dropped with the Doc) for things derived from a parsed, unchanging Doc."""
    memo = _doc_cache.get(doc)
    if memo is None:
        memo = _doc_cache[doc] = {}
    return memo


def doc_ents(doc: Doc) -> list:
    """``list(doc.ents)``, built once per Doc."""
    memo = doc_cache(doc)
    if "ents" not in memo:
        memo["ents"] = list(doc.ents)
    return memo["ents"]  # type: ignore[return-value]


def doc_text(doc: Doc) -> str:
    """``doc.text`` (which re-joins every token on each access), built once per Doc."""
    memo = doc_cache(doc)
    if "text" not in memo:
        memo["text"] = doc.text
    return memo["text"]  # type: ignore[return-value]


def doc_sents(doc: Doc) -> list:
    """``list(doc.sents)``, built once per Doc."""
    memo = doc_cache(doc)
    if "sents" not in memo:
        memo["sents"] = list(doc.sents)
    return memo["sents"]  # type: ignore[return-value]


# Headlines and captions arrive as lines without final punctuation; a newline ends a sentence.
_PARA_BREAK = re.compile(r"\n\s*")


def _sentences(art: Article, doc: Doc) -> list[Sentence]:
    sents: list[Sentence] = []
    for s in doc_sents(doc):
        # spaCy sometimes runs a sentence across a paragraph break; split there.
        start = s.start_char
        text = art.text[start : s.end_char]
        pieces: list[tuple[int, int]] = []
        pos = 0
        for m in _PARA_BREAK.finditer(text):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, len(text)))
        for a, b in pieces:
            seg = text[a:b]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            st = start + a + lead
            en = st + len(stripped)
            sents.append(Sentence(art.id, st, en, stripped, len(sents)))
    return sents
