"""Parsing: each article goes through the shared spaCy pipeline once; every stage reads the
same :class:`Analysis` (Doc and sentences), and Doc-derived lists are built once per Doc."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.errors import InputError
from newsweave.models import Article, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article parsed once and shared by every stage: its spaCy Doc and sentences."""

    article: Article
    doc: Doc
    sentences: tuple[Sentence, ...]


# Texts longer than this (characters) are parsed in pieces cut at paragraph breaks and joined
# into one Doc (offsets unchanged): memory follows the piece, not the text, and the caller can
# stop between pieces (a time budget) instead of waiting for the whole parse.
PARSE_CHUNK_CHARS = 100_000


def parse_text(
    text: str,
    nlp: Language,
    *,
    between: Callable[[], None] | None = None,
    source: str | None = None,
) -> Doc:
    """``nlp(text)``, a long text in pieces of at most :data:`PARSE_CHUNK_CHARS` characters
    cut after a newline; ``between`` runs before each further piece (it may raise to stop).

    A text past the pipeline's own limit (``nlp.max_length``, spaCy's guard against the
    memory of one huge Doc) is refused with a :class:`~newsweave.errors.InputError` naming
    ``source`` (the article's file or id).
    """
    if len(text) > nlp.max_length:
        raise InputError(
            f"text of {len(text):,} characters is longer than the parser's limit of "
            f"{nlp.max_length:,} (nlp.max_length): not parsed",
            path=source,
        )
    if len(text) <= PARSE_CHUNK_CHARS:
        doc = nlp(text)
    else:
        from spacy.tokens import Doc  # spaCy loads with the model, not with this module

        docs = []
        for start, end in _pieces(text, PARSE_CHUNK_CHARS):
            if docs and between is not None:
                between()
            docs.append(nlp(text[start:end]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    # spaCy's tokenizer keeps every character, so the Doc's text is the text parsed: kept as
    # :func:`doc_text` instead of re-joining every token of the Doc on first use
    doc_cache(doc)["text"] = text
    return doc


def _pieces(text: str, size: int) -> list[tuple[int, int]]:
    """Consecutive ranges covering ``text``, each at most ``size`` characters, cut after the
    last newline in range (after a space when a paragraph is longer; mid-word only when a
    stretch of ``size`` characters has neither)."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = text.rfind("\n", start, start + size) + 1
        if end <= start:
            end = text.rfind(" ", start, start + size) + 1
        if end <= start:
            end = start + size
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def analysis_of(article: Article, doc: Doc) -> Analysis:
    """The :class:`Analysis` of ``article`` from its parse ``doc``."""
    return Analysis(article, doc, tuple(_sentences(article, doc)))


def analyze(
    articles: list[Article],
    nlp: Language,
    *,
    on_parsed: Callable[[Analysis], None] | None = None,
) -> list[Analysis]:
    """Parse articles with the spaCy pipeline ``nlp``, one at a time (spaCy's small CNN
    pipeline is as fast one document at a time as in batches, measured on ECB+); ``on_parsed``
    sees each Analysis as soon as it is ready (e.g. to prefetch its sentence vectors)."""
    out: list[Analysis] = []
    for art in articles:
        an = analysis_of(art, parse_text(art.text, nlp, source=art.path or art.id))
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


def entity_at(tok: Token) -> Span | None:
    """The entity (of :func:`doc_ents`) a token is part of, or None."""
    return next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)


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
