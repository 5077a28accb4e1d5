"""The lexicon facade: one object the checks ask about words.

- Kazakh: our morphology (``kazakh``) over Hunspell kk_KZ stems, the curated stems, names and the
  Russian loan stems Kazakh writes as in Russian; Hunspell kk_KZ as a second opinion.
- Russian: pymorphy3 with its OpenCorpora dictionary; Hunspell ru_RU as a second opinion.
- English: Hunspell en_US.
- Hyphenated compounds are valid when their parts are (политико-правовой, азаматтық-құқықтық),
  and a Kazakh case suffix may follow an acronym (АҚШ-пен, ҚазҰУ-дың).
- User vocabularies: accept entries make words valid; reject entries are reported by their own
  rule and win over everything else.

Answers are cached per (word, language): a volume has far fewer word types than tokens.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import regex

from . import kazakh
from . import store

_CYR = regex.compile(r"\p{Cyrillic}")
_LAT = regex.compile(r"\p{Latin}")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


class Vocabulary:
    """Words or regexes, one a line (Vale-style); matching is case-insensitive and whole-word."""

    def __init__(self, paths=()):
        self.words: set[str] = set()
        patterns = []
        for p in paths:
            for entry in store.read_list(Path(p)):
                if regex.escape(entry, special_only=True) == entry and not any(c in entry for c in "[]()|*+?\\"):
                    self.words.add(entry.casefold())
                else:
                    patterns.append(entry)
        self.pattern = regex.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE) if patterns else None

    def __contains__(self, word: str) -> bool:
        if word.casefold() in self.words:
            return True
        return bool(self.pattern and self.pattern.fullmatch(word))

    def __bool__(self) -> bool:
        return bool(self.words or self.pattern)


class Lexicon:
    def __init__(self, languages=("kk", "ru", "en"), accept=(), reject=()):
        self.languages = tuple(languages)
        self.accept = Vocabulary(accept)
        self.reject = Vocabulary(reject)
        self._valid: dict[tuple[str, str], bool] = {}

    # ------------------------------------------------------------------ resources (lazy)
    @cached_property
    def kazakh(self) -> kazakh.KazakhMorphology:
        return store.cached("kazakh", self._build_kazakh)

    def _build_kazakh(self) -> kazakh.KazakhMorphology:
        nouns, verbs, words = kazakh.stems_from_hunspell_dic(
            store.dictionary_path("kk_KZ", "dic").read_text(encoding="utf-8").splitlines()[1:])
        native = {n for n in nouns if len(n) >= 2}
        for entry in store.read_list(store.data_path("kk_stems.txt")):
            kind, _, stem = entry.partition(" ")
            (verbs if kind == "V" else nouns).add(stem.lower())
        nouns.update(n.lower() for n in self.names_raw)
        loan_nouns, loan_adjs = store.loan_stems()
        nouns.update(loan_nouns)
        nouns.update(loan_adjs)
        morph = kazakh.KazakhMorphology(nouns, verbs, words, native, [*loan_nouns, *loan_adjs])
        morph.prune_forms()
        return morph

    @cached_property
    def names_raw(self) -> list[str]:
        return store.read_list(store.data_path("names.txt"))

    @cached_property
    def names(self) -> set[str]:
        return {n.casefold() for n in self.names_raw}

    @cached_property
    def abbreviations(self) -> set[str]:
        out = set()
        for line in store.read_list(store.data_path("abbreviations.txt")):
            out.update(line.split())
        return out

    @cached_property
    def particles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(store.read_list(store.data_path("particles.txt"))))

    @cached_property
    def morph_ru(self):
        import pymorphy3
        return pymorphy3.MorphAnalyzer()

    def _hunspell(self, name: str):
        import hunspell
        return hunspell.HunSpell(str(store.dictionary_path(name, "dic")), str(store.dictionary_path(name, "aff")))

    @cached_property
    def hunspell_kk(self):
        return self._hunspell("kk_KZ")

    @cached_property
    def hunspell_ru(self):
        return self._hunspell("ru_RU")

    @cached_property
    def hunspell_en(self):
        return self._hunspell("en_US")

    # ------------------------------------------------------------------ questions
    def is_rejected(self, word: str) -> bool:
        return bool(self.reject) and word in self.reject

    def is_abbreviation(self, text_with_dot: str) -> bool:
        return text_with_dot in self.abbreviations or text_with_dot.lower() in self.abbreviations

    def is_unit(self, word: str) -> bool:
        return word in self.abbreviations

    def is_valid(self, word: str, lang: str | None = None) -> bool:
        """Is ``word`` a valid form in ``lang`` — or, with lang None, in any enabled language?"""
        key = (word, lang or "")
        hit = self._valid.get(key)
        if hit is None:
            hit = self._valid[key] = self._compute(word, lang)
        return hit

    def valid_languages(self, word: str) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if self.is_valid(word, lang))

    def _compute(self, word: str, lang: str | None) -> bool:
        if word in self.accept:
            return True
        word = word.translate(_APOSTROPHES)
        if "-" in word.strip("-"):
            return self._compound_valid(word, lang)
        langs = (lang,) if lang else self.languages
        return any(self._simple(word, lg) for lg in langs if lg in self.languages)

    def _compound_valid(self, word: str, lang: str | None) -> bool:
        parts = word.strip("-").split("-")
        if any(not p for p in parts):
            return False
        for i, part in enumerate(parts):
            if self.is_valid(part, None):
                continue
            if i == 0 and len(part) == 1 and len(parts) == 2:
                continue  # a letter named with its suffix: ц-ге, А-ға
            if i > 0 and self.is_suffix_chain(part.lower()):
                continue  # АҚШ-пен, ҚазҰУ-дың, 1990-жылдары handled by the tokenizer
            if part.isupper() and len(part) <= 6 or part[:1].isupper() and part.casefold() in self.names:
                continue
            return False
        return True

    def _simple(self, word: str, lang: str) -> bool:
        lw = word.lower()
        if lw in self.names:
            return True
        if lang == "kk":
            if not _CYR.search(word) or _LAT.search(word):
                return False
            if "ё" in lw:
                lw = lw.replace("ё", "е")  # волонтёр: Kazakh loans follow Russian spelling with or without ё
            return self.kazakh.is_valid(lw) or self._kk_prefixed(lw) or self.hunspell_kk.spell(word) or (
                word != lw and self.hunspell_kk.spell(lw))
        if lang == "ru":
            if not _CYR.search(word) or _LAT.search(word):
                return False
            if self.morph_ru.word_is_known(lw):
                return True
            if "ё" in lw and self.morph_ru.word_is_known(lw.replace("ё", "е")):
                return True
            return self.hunspell_ru.spell(word) or (word != lw and self.hunspell_ru.spell(lw))
        if lang == "en":
            if _CYR.search(word):
                return False
            return self.hunspell_en.spell(word) or (word != lw and self.hunspell_en.spell(lw))
        return False

    @cached_property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(sorted(store.read_list(store.data_path("prefixes.txt")), key=len, reverse=True))

    def _kk_prefixed(self, lw: str) -> bool:
        """телеарнасы, әуекомпаниясы, микроқаржылық: a productive prefix before a valid word."""
        for p in self.prefixes:
            if lw.startswith(p) and len(lw) - len(p) >= 3 and self.kazakh.is_valid(lw[len(p):]):
                return True
        return False

    def is_suffix_chain(self, rest: str) -> bool:
        """Can ``rest`` follow a nominal stem as Kazakh suffixes (for acronyms and numbers)?"""
        m = self.kazakh
        return any(m._walk(rest, "N_BASE", h, c, 0) for h in kazakh.HARMONIES for c in kazakh.CLASSES)

    def suggest(self, word: str, lang: str) -> list[str]:
        """Ranked corrections (Hunspell for now), case restored; cached per word type."""
        key = (word, lang)
        cache = self.__dict__.setdefault("_suggest_cache", {})
        if key in cache:
            return cache[key]
        dic = {"kk": "hunspell_kk", "ru": "hunspell_ru", "en": "hunspell_en"}.get(lang)
        out: list[str] = []
        if dic and lang in self.languages:
            for s in getattr(self, dic).suggest(word):
                if s != word and s not in out and " " not in s:
                    out.append(s)
        cache[key] = out[:5]
        return cache[key]

