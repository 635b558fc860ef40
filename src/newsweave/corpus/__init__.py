"""The corpus: the SQLite store, its migrations, and ingest (inputs in, events assigned, committed)."""
