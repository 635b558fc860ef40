"""Cleaning: one article's body, headline, byline, date and outlet out of scraped text or HTML."""
