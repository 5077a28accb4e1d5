"""The lexicon layer: is a word valid in a language, and what could it have been.

Checks ask it questions; they never open word lists themselves.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon import Lexicon

__all__ = ["Lexicon", "get_lexicon"]


@lru_cache(maxsize=8)
def get_lexicon(languages: tuple[str, ...] = ("kk", "ru", "en"), accept: tuple[Path, ...] = (),
                reject: tuple[Path, ...] = ()) -> Lexicon:
    return Lexicon(languages, accept, reject)
