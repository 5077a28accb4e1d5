"""Bundled Hunspell dictionaries and word lists (data only; see README.md)."""
