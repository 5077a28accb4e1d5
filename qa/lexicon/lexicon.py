"""Lexicon facade (filled in by the lexicon work)."""

from __future__ import annotations


class Lexicon:
    def __init__(self, languages=("kk", "ru", "en"), accept=(), reject=()):
        self.languages = tuple(languages)
