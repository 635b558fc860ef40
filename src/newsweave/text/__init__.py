"""Text rules shared by every layer: dates, names, lexicons; no models."""
