"""newsweave: many outlets' articles in, events and cited, grounded accounts out.

The library comes first; the CLI (:mod:`newsweave.cli`), the HTTP API and the web page
(:mod:`newsweave.serve`) are thin adapters over the same functions::

    from newsweave import Article, Settings, iter_articles, weave

    articles = [a for a in iter_articles(["../shared/seeds"]) if isinstance(a, Article)]
    report = weave(articles, settings=Settings.from_env())

* :func:`iter_articles` cleans text / HTML / JSON inputs into :class:`Article` records;
* :func:`weave` turns the articles of one event (or several, ``single_event=False``) into an
  :class:`EventReport` whose every statement cites spans of the cleaned texts;
* :class:`Store` and :func:`ingest` keep an incremental SQLite corpus and its events.

The names are imported on first use, so ``import newsweave`` (and the CLI's start) stays
cheap: the models and the clustering stack load only when something needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    "Settings": "newsweave.config",
    "NewsweaveError": "newsweave.errors",
    "Article": "newsweave.models",
    "Event": "newsweave.models",
    "EventReport": "newsweave.models",
    "Fact": "newsweave.models",
    "Quote": "newsweave.models",
    "Span": "newsweave.models",
    "iter_articles": "newsweave.sources.files",
    "weave": "newsweave.synthesis.weave",
    "Store": "newsweave.corpus.store",
    "ingest": "newsweave.corpus.ingest",
}

__all__ = [
    "Article",
    "Event",
    "EventReport",
    "Fact",
    "NewsweaveError",
    "Quote",
    "Settings",
    "Span",
    "Store",
    "__version__",
    "ingest",
    "iter_articles",
    "weave",
]

if TYPE_CHECKING:
    from newsweave.config import Settings
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store
    from newsweave.errors import NewsweaveError
    from newsweave.models import Article, Event, EventReport, Fact, Quote, Span
    from newsweave.sources.files import iter_articles
    from newsweave.synthesis.weave import weave


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsweave' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
