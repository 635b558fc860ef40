"""Serving: the HTTP API and web page over a store, and the renderers (JSON, Markdown, HTML)."""
