"""newsweave: many outlets' articles in, events and cited, grounded accounts out.

The library comes first; the CLI (:mod:`newsweave.cli`), the HTTP API and the
web page (:mod:`newsweave.serve.app`) are thin adapters over the same functions:

* :func:`newsweave.sources.files.iter_articles` — clean text / HTML / JSON inputs into
  :class:`~newsweave.models.Article` records;
* :func:`newsweave.synthesis.weave` — one event's cited synthesis;
* :class:`newsweave.corpus.store.Store` and :func:`newsweave.corpus.ingest.ingest` — the
  incremental SQLite corpus and its events.
"""

__version__ = "0.1.0"
