"""Sources: files and folders, JSON/JSONL records, WARC archives, feeds and pages read into articles."""
