"""Events: per-article features, near-duplicates, off-topic blocks, and the online event index."""
