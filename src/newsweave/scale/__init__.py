"""Scale: executors that run the per-document work locally or on Ray, and Parquet shards."""
