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

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import regex

from ..document import KAZAKH_LETTERS
from . import kazakh, store

_CYR = regex.compile(r"\p{Cyrillic}")
_LAT = regex.compile(r"\p{Latin}")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_VOWEL = regex.compile(r"[aeiouyаәеёиоөұүыіэюяу]", regex.IGNORECASE)
# one-letter Russian words that glue to the next word (ипри → и при)
ONE_LETTER_WORDS = frozenset("вискоуая")
MAX_WORD = 60  # longer tokens are not words of any of these languages
KK_NUMERALS = ("бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "жиырма", "отыз",
               "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан", "жүз", "мың")
_KK_LETTER = regex.compile(f"[{KAZAKH_LETTERS}]")
# the parts of speech не is written apart from (or, for a function word, glued to by OCR)
_RU_NOT_AFTER_NE = frozenset(("VERB", "INFN", "GRND", "PRTS", "PRED", "NPRO", "PREP", "CONJ", "PRCL", "INTJ",
                              "COMP", "NUMR"))
_LATIN_WORD = regex.compile(r"\p{Latin}+")
_RU_NAMES = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"))
# apostrophes written alike; a stress mark (бо́льшая, combining acute or grave) is no letter
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "\u0301": None, "\u0300": None})


@dataclass(frozen=True, slots=True)
class Split:
    """An unknown token read as two words: ``left + sep + right``. ``sure`` is False when the
    split is only one reading among others (two Kazakh words with no particle between)."""

    left: str
    sep: str
    right: str
    sure: bool = True

    @property
    def text(self) -> str:
        return self.left + self.sep + self.right


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
        self._ru_first = tuple(sorted(self.languages, key=lambda lg: lg != "ru"))

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
        for index in kazakh.INDEXES:  # built here, so stored with the cache
            getattr(morph, index)
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
    def name_heads(self) -> frozenset[str]:
        """Nouns that head a name (палата, кодекс, мереке): ``data/name_heads.txt``."""
        return frozenset(store.read_list(store.data_path("name_heads.txt")))

    def heads_a_name(self, word: str) -> bool:
        """Is ``word`` a form of a noun that heads a name (палатасының, Кодекс, мерекесін)?"""
        low = word.lower()
        heads = self.name_heads
        if low in heads:
            return True
        if "ru" in self.languages and _CYR.search(low):
            if any(p.normal_form in heads for p in self.morph_ru.parse(low)[:3]):
                return True
        if "kk" in self.languages:
            # a Kazakh form starts with its stem, a final к/қ/п voiced before a vowel (агенттігі)
            return any(low.startswith(h) or h[-1] in "кқп" and low.startswith(h[:-1]) and len(low) > len(h)
                       for h in heads)
        return False

    @cached_property
    def kk_function_words(self) -> frozenset[str]:
        """Kazakh conjunctions, postpositions, pronouns, numerals, particles (a closed class)."""
        return frozenset(store.read_list(store.data_path("kk_function_words.txt")))

    @cached_property
    def _particle_table(self) -> dict[str, tuple[str, ...]]:
        table: dict[str, list[str]] = {"E": [], "C": []}
        for entry in store.read_list(store.data_path("particles.txt")):
            kind, _, word = entry.partition(" ")
            table[kind].append(word)
        return {k: tuple(v) for k, v in table.items()}

    @property
    def enclitics(self) -> tuple[str, ...]:
        return self._particle_table["E"]

    @property
    def conjunctions(self) -> tuple[str, ...]:
        return self._particle_table["C"]

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

    def is_name(self, word: str) -> bool:
        """A proper name by the names list, pymorphy3's name tags, or Hunspell's capitalised entries."""
        low = word.lower()
        if low in self.names:
            return True
        if "ru" in self.languages and regex.search(r"\p{Cyrillic}", word) and self.morph_ru.word_is_known(low):
            for p in self.morph_ru.parse(low):
                if p.score > 0.1 and {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & set(p.tag.grammemes):
                    return True
        return False

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

    def is_valid_fast(self, word: str, lang: str) -> bool:
        """Validity by the main analyser of ``lang`` only (Kazakh morphology, pymorphy3, Hunspell
        for English), for the many candidates a suggestion search tries; a word accepted here is
        also accepted by ``is_valid``. Never answered from the cache of ``is_valid``: what that
        holds depends on what was asked before, and suggestions must not."""
        if len(word) > MAX_WORD:
            return False
        if lang == "kk":
            spelt = self._kk_spelling(word)
            return spelt is not None and self.kazakh.is_valid(spelt) or word in self.names
        if lang == "ru":
            return self._ru_known(word.lower())
        return self.is_valid(word, lang)

    @cached_property
    def _ru_words(self):
        """pymorphy3's word forms (a DAWG), its е → ё replacement table, and a DAWG of all its
        forms with ё written е (built once and cached: one look-up instead of a replacement
        search, and one index for the suggester's searches)."""
        import dawg
        words = self.morph_ru.dictionary.words
        with_e = dawg.CompletionDAWG().frombytes(store.cached("ru_forms_e", lambda: store.forms_with_e(words)))
        return words, words.compile_replaces({"е": "ё"}), with_e

    @cached_property
    def ru_ends(self):
        """pymorphy3's forms with ё written е (``_ru_words``), each written backwards: does some
        Russian form end with a string (written backwards)? Built once and cached."""
        import dawg
        return dawg.CompletionDAWG().frombytes(store.cached("ru_forms_e_reversed",
                                                            lambda: store.keys_reversed(self._ru_words[2])))

    def _ru_known(self, lw: str) -> bool:
        """pymorphy3's ``word_is_known`` for a lowercase word, without its wrappers: e may stand
        for ё, never ё for е."""
        words, ee, with_e = self._ru_words
        if "ё" not in lw:
            return lw in with_e  # every е may stand for ё: the forms with all ё written е
        return lw in words or bool(words.similar_keys(lw, ee))  # some ё written, some not

    def begins_word(self, lw: str) -> bool:
        """Can ``lw`` (lowercase) begin a word: a productive prefix, or the beginning of a Russian
        form?"""
        if any(lw in self.prefixes[lang][0] for lang in ("kk", "ru") if lang in self.languages):
            return True
        return "ru" in self.languages and "ё" not in lw and self.ru_begins_word(lw)

    def may_be_cut_short(self, lw: str) -> bool:
        """Can ``lw`` (lowercase) be a word cut short, as an abbreviation is (драм., долл., учёб.):
        the beginning of a Russian form (its ё as written), a productive prefix, or the beginning of
        a word the Kazakh morphology accepts?"""
        if self.begins_word(lw):
            return True
        if "ru" in self.languages and "ё" in lw and self._ru_words[0].has_keys_with_prefix(lw):
            return True
        return "kk" in self.languages and self.kazakh.word_reach(lw) == len(lw)

    def ru_begins_word(self, lw: str) -> bool:
        """Does some Russian form begin with ``lw`` (lowercase, without ё; е may stand for ё)?"""
        return self._ru_words[2].has_keys_with_prefix(lw)

    def _kk_spelling(self, lw: str) -> str | None:
        """A lowercase Kazakh word as the lexicon spells it (ё written е), or None when its ё
        cannot stand. Kazakh writes ё only in Russian loans, so the word must start with a Russian
        form that has every ё it has (волонтёрлар, актёрдың); elsewhere ё is an OCR misreading of
        е (исследоватёлей, мётодов), which the е-form must not hide."""
        if "ё" not in lw:
            return lw
        last = lw.rfind("ё")
        if not any(len(p) > max(last, 3) for p in self._ru_words[0].prefixes(lw)):
            return None
        return lw.replace("ё", "е")  # волонтёр: Kazakh loans follow Russian spelling with or without ё

    def valid_languages(self, word: str) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if self.is_valid(word, lang))

    def _compute(self, word: str, lang: str | None) -> bool:
        if word in self.accept:
            return True
        if len(word) > MAX_WORD:
            return False  # no word is this long; analysing it would only cost time and memory
        word = word.translate(_APOSTROPHES)
        if "-" in word.strip("-"):
            return self._compound_valid(word, lang)
        if lang:
            return lang in self.languages and self._simple(word, lang)
        # any language will do: ask the likeliest first (a Russian look-up costs less than a
        # Kazakh analysis, and a word without Kazakh letters is more often Russian)
        langs = self.languages if _KK_LETTER.search(word) else self._ru_first
        return any(self._simple(word, lg) for lg in langs)

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
            lw = self._kk_spelling(lw)
            if lw is None:
                return False
            return self.kazakh.is_valid(lw) or self._kk_prefixed(lw) or self.hunspell_kk.spell(word) or (
                word != lw and self.hunspell_kk.spell(lw)) or self._kk_inflected_name(lw)
        if lang == "ru":
            if not _CYR.search(word) or _LAT.search(word):
                return False
            # е may stand for ё, never ё for е: a ё the dictionary does not have is a misreading
            # (предложёний, кодёкс)
            if self._ru_known(lw):
                return True
            return self.hunspell_ru.spell(word) or (word != lw and self.hunspell_ru.spell(lw)) or (
                self._prefixed(lw, "ru", self._ru_known)) or self._ru_negated(lw) or self._ru_adverb(lw)
        if lang == "en":
            if _CYR.search(word):
                return False
            return self.hunspell_en.spell(word) or (word != lw and self.hunspell_en.spell(lw))
        return False

    def _ru_adverb(self, lw: str) -> bool:
        """онтологически, манипулятивно: the adverb Russian makes of any adjective in -ский
        (-ски) or -ный (-но), when pymorphy3 knows the adjective but not the adverb."""
        if len(lw) < 7:
            return False
        if lw.endswith("ски"):
            adjective = lw + "й"
        elif lw.endswith("но"):
            adjective = lw[:-1] + "ый"
        else:
            return False
        return self._ru_known(adjective) and any(p.tag.POS in ("ADJF", "PRTF") for p in self.morph_ru.parse(adjective))

    def _ru_negated(self, lw: str) -> bool:
        """нежестким, неформата, некритически: не written solid with a noun, an adjective, a
        participle or an adverb made from an adjective, as Russian writes it; not with a verb,
        a pronoun, a function word or a pronominal adverb (не были, не всегда: two words)."""
        rest = lw[2:]
        if not lw.startswith("не") or len(rest) < 5 or not self._ru_known(rest):
            return False
        parses = self.morph_ru.parse(rest)
        if any(p.tag.POS in _RU_NOT_AFTER_NE or "Apro" in p.tag for p in parses):
            return False  # не того, не этого: a pronoun's forms
        tags = {p.tag.POS for p in parses if not p.tag.grammemes & _RU_NAMES}
        # an adverb from an adjective (не жёстко, не критически); a comparative (не более) ends
        # otherwise
        return bool(tags & {"NOUN", "ADJF", "ADJS", "PRTF"}) or "ADVB" in tags and rest.endswith(("о", "ски"))

    def _kk_inflected_name(self, lw: str) -> bool:
        """Моцарттың, Швейцарияға: a foreign name the Russian dictionary knows, with Kazakh
        endings in the harmony of its last vowel. Like the names list's stems, in any case: a
        name made a common noun is written lowercase (ильхан → ильхандар)."""
        if "ru" not in self.languages or len(lw) < 6:
            return False
        for stem in reversed(self._ru_words[0].prefixes(lw)):
            if len(stem) >= 4 and len(stem) < len(lw) and self.kazakh.follows_foreign(stem, lw[len(stem):]) \
                    and self.is_name(stem):
                return True
        return False

    @cached_property
    def prefixes(self) -> dict[str, tuple[frozenset[str], tuple[int, ...]]]:
        """Per language, the productive prefixes and their lengths longest first."""
        out = {}
        entries = [line.split() for line in store.read_list(store.data_path("prefixes.txt"))]
        for lang in ("kk", "ru"):
            found = frozenset(e[0] for e in entries if len(e) == 1 or lang in e[1:])
            out[lang] = found, tuple(sorted({len(p) for p in found}, reverse=True))
        return out

    def _prefixed(self, lw: str, lang: str, valid) -> bool:
        """Is ``lw`` a productive prefix of ``lang`` written solid with a word ``valid`` accepts
        (телеарна, медиадискурса)?"""
        found, lengths = self.prefixes[lang]
        return any(len(lw) - n >= 3 and lw[:n] in found and valid(lw[n:]) for n in lengths)

    def _kk_prefixed(self, lw: str) -> bool:
        """телеарнасы, әуекомпаниясы, микроқаржылық: a productive prefix before a valid word; and
        a numeral written solid with a noun made into an adjective by -лық (онкүндік, бесжылдық,
        екітілді is not: only the -лық family)."""
        if self._prefixed(lw, "kk", self.kazakh.is_valid):
            return True
        for num in KK_NUMERALS:
            rest = lw[len(num):]
            if lw.startswith(num) and len(rest) >= 5 and self.kazakh.is_valid(rest):
                nouns = self.kazakh.nouns
                if any(rest.startswith(kazakh.LIK, j) and rest[:j] in nouns for j in range(2, len(rest) - 2)):
                    return True
        return False


    def split(self, word: str) -> Split | None:
        """How an unknown token splits into valid words: (left, separator, right), or None.

        - a case change inside the word: ҚазақстанРеспубликасының → Қазақстан Республикасының,
          СанктПетербурга → Санкт-Петербурга when the hyphenated form is known;
        - otherwise two valid words, each of three letters or more with a vowel, or a Kazakh particle
          or conjunction (мен|істерді, тәжірибесі|де) or a one-letter Russian word (и|при). A split at
          a particle wins; then the most balanced split.
        """
        cache = self.__dict__.setdefault("_split_cache", {})
        if word not in cache:
            cache[word] = self._split(word)
        return cache[word]

    def _split(self, word: str) -> Split | None:
        if len(word) > MAX_WORD:
            return None
        m = _CAMEL.search(word)
        if m:
            i = m.start() + 1
            left, right = word[:i], word[i:]
            if _CAMEL.search(right) or len(left) < 3 or len(right) < 3 or right.isupper() or left.isupper():
                return None
            if self._known_hyphenated(left + "-" + right):
                return Split(left, "-", right)
            if self.is_valid(left) and self.is_valid(right):
                # a Latin name in camel case is a brand's own spelling (YouTube, BlackRock) as
                # often as two words run together: only offered
                return Split(left, " ", right, sure=not _LATIN_WORD.fullmatch(word))
            return None
        if "-" in word or len(word) < 4:
            return None
        if word[:1].isupper():
            return None  # an unknown capitalised word is a name far more often than two words
        pre, post = set(self.conjunctions), set(self.enclitics)
        cands = []
        for i in range(1, len(word)):
            left, right = word[:i], word[i:]
            if not (self._split_part(left, pre) and self._split_part(right, post)):
                continue
            if right not in post and self.is_suffix_chain(right.lower()):
                continue  # a word does not start with a suffix (режимі|ндегі)
            for lang in self.languages:
                if self._solid(left, lang) and self._solid(right, lang):
                    at_particle = lang == "kk" and (left in pre or right in post)
                    if len(left) == 1 and lang != "ru":
                        continue
                    if lang == "ru" and (self.is_name(left) or self.is_name(right)):
                        continue
                    cands.append((at_particle, min(len(left), len(right)), left, right, lang))
                    break
        if not cands:
            return None
        best = max(cands)
        at_particle, _, left, right, lang = best
        if lang == "ru":
            return self._ru_split(left, right)
        # Two Kazakh words with no particle between them are as likely a compound or a rare
        # word the lexicon lacks (заманақыр, жанартаутекті): the split is only offered.
        return Split(left, " ", right, sure=at_particle or lang != "kk")

    def _ru_split(self, left: str, right: str) -> Split | None:
        """Two Russian words as split; a compound adjective that lost its hyphen
        (социальноэкономической → социально-экономической: an adverb-like first part in -о, -е
        or -ико before an adjective or participle) as hyphenated; None for a compound written
        solid (внутриличностные: a preposition before an adjective) or a word in -ость
        (лозунговость is not лозунгов ость)."""
        parse = self.morph_ru.parse
        right_parses = parse(right.lower())
        if all(p.normal_form == "ость" for p in right_parses):
            return None
        rights = {p.tag.POS for p in right_parses}
        adjective = bool(rights & {"ADJF", "PRTF"})
        lefts = {p.tag.POS for p in parse(left.lower())}
        if adjective and len(left) >= 4 and "PREP" in lefts:
            return None
        low = left.lower()
        if (adjective and len(left) >= 4 and low.endswith(("о", "е")) and ("NOUN" not in lefts or low.endswith("ико"))
                and not ("ADJF" in lefts and low.endswith(("ого", "его")))):
            # a long first part that is an adjective's own adverb (социально-, нормативно-) or
            # ends in -ико (историко-) is joined with a hyphen; a short or other one (полно-,
            # одно-, человеко-) as often makes a solid word: only offered
            sure = len(left) >= 7 and bool(lefts & {"ADVB", "ADJS"} or low.endswith("ико"))
            return Split(left, "-", right, sure=sure)
        if len(left) == 1 and "PREP" in lefts and rights & {"VERB", "INFN"} and not rights & {"NOUN", "ADJF"}:
            return None  # a preposition governs no verb (скорректируется is not с корректируется)
        if adjective and "NUMR" in lefts:
            return Split(left, " ", right, sure=False)  # трехфакторной: a numeral's compound as often
        # two content words where a Russian word runs on past the split (перераспредели|тельной:
        # перераспределить) are a word pymorphy3 lacks, made with a suffix, more often than two
        # words (заключение|можно: no word goes on so): only offered
        return Split(left, " ", right, sure=not self._ru_runs_on(left, right))

    def _ru_runs_on(self, left: str, right: str) -> bool:
        """Does a Russian word begin with ``left`` and two letters more of ``right``, when neither
        part is a one-letter word or a function word (preposition, conjunction, particle)?"""
        if len(left) == 1 or len(right) == 1:
            return False
        for part in (left, right):
            if any(p.tag.POS in ("PREP", "CONJ", "PRCL") for p in self.morph_ru.parse(part.lower())[:2]):
                return False
        return self.ru_begins_word((left + right[:2]).lower().replace("ё", "е"))

    def _solid(self, part: str, lang: str) -> bool:
        """Valid with evidence enough to split on: for Kazakh a dictionary word, a particle, or a
        stem of four or more letters with suffixes (not жан + арт or рле + рі by chance)."""
        if lang != "kk":
            return self.is_valid(part, lang)
        low = part.lower()
        if low in self.enclitics or low in self.conjunctions or low in self.names:
            return True
        if not self.is_valid(part, "kk"):
            return False
        a = self.kazakh.analyse(low)
        return bool(a) and (not a[1] or len(a[0]) >= 4)

    def particle_split(self, word: str) -> Split | None:
        """A valid-looking Kazakh form that is more likely a word and a particle written together:
        a conjunction read as a stem (мен|істерді), or an enclitic after a form that only
        Hunspell's looser affix rules accept (тәжірибесі|де)."""
        cache = self.__dict__.setdefault("_particle_cache", {})
        if word not in cache:
            cache[word] = self._particle_split(word) if len(word) <= MAX_WORD else None
        return cache[word]

    def _particle_split(self, word: str) -> Split | None:
        low = word.lower()
        if len(low) < 7 or not low.isalpha():
            return None
        a = self.kazakh.analyse(low)
        if a and a[0] in self.conjunctions and len(a[0]) >= 3 and len(a[1]) >= 4 and self._solid(word[len(a[0]):], "kk") \
                and self.kazakh.analyse(a[1]):
            return Split(word[:len(a[0])], " ", word[len(a[0]):])
        if a is None:
            for enc in self.enclitics:
                if low.endswith(enc) and len(low) - len(enc) >= 4:
                    head = word[:-len(enc)]
                    if self._solid(head, "kk"):
                        return Split(head, " ", word[-len(enc):])
        return None

    @staticmethod
    def _split_part(part: str, particles) -> bool:
        low = part.lower()
        if len(part) == 1:
            return low in ONE_LETTER_WORDS
        if low in particles:
            return True
        return len(part) >= 4 and bool(_VOWEL.search(part))

    def _known_hyphenated(self, word: str) -> bool:
        low = word.lower()
        if low in self.names:
            return True
        return any(n.startswith(low.split("-")[0] + "-") and low.startswith(n) for n in self.hyphenated_names) or (
            "ru" in self.languages and self.morph_ru.word_is_known(low))

    @cached_property
    def hyphenated_names(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if "-" in n)

    def is_suffix_chain(self, rest: str) -> bool:
        """Can ``rest`` follow a nominal stem as Kazakh suffixes (for acronyms and numbers)?"""
        return self.kazakh.follows(rest, "N_BASE")

    @cached_property
    def trigrams(self) -> frozenset[str]:
        """Letter trigrams (with ^ and $ for word edges) of every word form the lexicon lists:
        a cheap test that lets the suggester skip edits no word of these languages contains."""
        return store.cached("trigrams", self._build_trigrams)

    def _build_trigrams(self) -> frozenset[str]:
        tri: set[str] = set()

        def add(w: str) -> None:
            w = f"^{w}$"
            tri.update(w[i:i + 3] for i in range(len(w) - 2))

        for w in self.kazakh.words:
            add(w)
        for w in self.kazakh.variants:
            add(w)
        for s in kazakh.suffix_surfaces():
            add(s)
            tri.update(s[i:i + 3] for i in range(len(s) - 2))
        for name in ("ru_RU", "en_US"):
            for line in store.dictionary_path(name, "dic").read_text(encoding="utf-8").splitlines()[1:]:
                add(line.split("/", 1)[0].lower())
        # Russian inflections: every paradigm ending after every letter
        d = self.morph_ru.dictionary
        endings = {d.suffixes[s] for para in d.paradigms for s in para[:len(para) // 3]}
        for e in endings:
            for c in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя":
                add(c + e)
        return frozenset(tri)

    @cached_property
    def suggester(self):
        from ..suggest import Suggester
        return Suggester(self)

    def suggest(self, word: str, lang: str, vocab=None) -> list[str]:
        """Ranked corrections for an unknown word, case restored (see ``qa.suggest``)."""
        return self.suggester.suggest(word, lang, vocab)
