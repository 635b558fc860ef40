"""Synthesis: one event's articles woven into a cited account by registered stages."""
