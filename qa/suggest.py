"""Suggestions that repair OCR and typing errors.

Candidates are generated from the unknown word by edits and kept when the lexicon accepts them
(the lexicon's answers are cached per word, so a volume pays once per word type):

1. OCR confusions first (``CONFUSIONS`` below, each with a cost): look-alike letters across
   scripts, Kazakh letters a Russian model reads as their Russian neighbours, digits and signs
   read for letters, merged and split letters. Up to three such substitutions are combined,
   cheapest first.
2. Then single edits (delete, insert, substitute, transpose; cost 1 each, or the confusion cost
   when the substitution is a known confusion), and for a long word no single edit repairs, two
   deletions (a Kazakh pair must also pass the trigram test of single edits).

Every search tries only the places an edit can be: the letters before it must begin a word of
the index searched and the letters after it must end one (the indexes answer both in C).

Candidates are ranked by total cost, then by how often the candidate itself occurs in the same
document (the paper's own vocabulary is the best frequency list there is for Kazakh, which
has no public word frequencies), then by whether it is a dictionary word rather than a form
built by the grammar, then by the language the paragraph is written in. The case of the
original is restored ("Абсалюттік" → "Абсолюттік").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .lexicon.kazakh import dawg_reach

KK_ALPHABET = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
RU_ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"  # ё is written е in most texts
EN_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
ALPHABETS = {"kk": frozenset(KK_ALPHABET), "ru": frozenset(RU_ALPHABET), "en": frozenset(EN_ALPHABET)}

# (what the text has, what was meant, cost). Lowercase; case is handled around it.
CONFUSIONS: tuple[tuple[str, str, float], ...] = (
    # Latin look-alikes inside Cyrillic words
    ("a", "а", 0.1), ("e", "е", 0.1), ("o", "о", 0.1), ("p", "р", 0.1), ("c", "с", 0.1), ("x", "х", 0.1),
    ("y", "у", 0.1), ("k", "к", 0.1), ("m", "м", 0.2), ("t", "т", 0.2), ("b", "в", 0.3), ("h", "һ", 0.2),
    ("i", "і", 0.1), ("ə", "ә", 0.1), ("h", "н", 0.4), ("n", "п", 0.4), ("u", "и", 0.4),
    # Kazakh letters read by a Russian model as their Russian neighbours
    ("к", "қ", 0.2), ("г", "ғ", 0.2), ("н", "ң", 0.2), ("о", "ө", 0.2), ("у", "ұ", 0.2), ("у", "ү", 0.2),
    ("и", "і", 0.25), ("i", "і", 0.1), ("h", "һ", 0.2), ("э", "ә", 0.2), ("а", "ә", 0.3), ("е", "ә", 0.4),
    ("й", "і", 0.4), ("ё", "е", 0.3), ("е", "ө", 0.4), ("р", "ғ", 0.6), ("ы", "і", 0.5), ("б", "ө", 0.6),
    # digits and signs read for letters
    ("1", "і", 0.2), ("!", "і", 0.3), ("|", "і", 0.3), ("l", "і", 0.3), ("/", "і", 0.5), ("0", "о", 0.3),
    ("3", "з", 0.4), ("6", "б", 0.4), ("@", "ә", 0.5), ("4", "ч", 0.5),
    # merged and split letters, other Cyrillic misreadings
    ("ьі", "ы", 0.3), ("ъі", "ы", 0.3), ("ш", "щ", 0.4), ("щ", "ш", 0.4), ("ц", "щ", 0.5), ("rn", "м", 0.4),
    ("ии", "ш", 0.5), ("ь", "ъ", 0.3), ("ъ", "ь", 0.3), ("и", "н", 0.5), ("н", "и", 0.5), ("п", "н", 0.5),
    ("н", "п", 0.5), ("л", "д", 0.6), ("д", "л", 0.6), ("е", "с", 0.6), ("с", "е", 0.6), ("о", "а", 0.6),
    ("а", "о", 0.6), ("в", "з", 0.7), ("з", "в", 0.7), ("ы", "м", 0.7), ("ю", "к", 0.7), ("т", "г", 0.6),
    ("г", "т", 0.6), ("й", "и", 0.5), ("и", "й", 0.5), ("б", "в", 0.6), ("в", "б", 0.6), ("ж", "к", 0.7),
    ("й", "н", 0.5), ("й", "п", 0.6),  # a degraded н or п read as й
)
# Substitutions worth trying: keyboard neighbours on the Kazakh and Russian ЙЦУКЕН layout (typing
# slips) and sound-alike letters (spelling slips). Trying every letter of the alphabet instead
# costs five times the lexicon look-ups for little gain.
_ROWS = ("әіңғүұқөһ", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_SOUND_ALIKE = ("оа", "еи", "еэ", "ыі", "иі", "шщ", "зс", "бп", "дт", "гк", "жш", "ьъ", "цс", "юу", "яа", "ёе", "ұу",
                "үу", "қк", "ғг", "ңн", "өо", "әа", "әе", "һх", "ым", "тн", "лд")


def _neighbours() -> dict[str, set[str]]:
    near: dict[str, set[str]] = {}

    def link(a: str, b: str) -> None:
        near.setdefault(a, set()).add(b)
        near.setdefault(b, set()).add(a)

    for r, row in enumerate(_ROWS):
        for i, ch in enumerate(row):
            if i + 1 < len(row):
                link(ch, row[i + 1])
            if r + 1 < len(_ROWS):
                below = _ROWS[r + 1]
                for j in (i - 1, i, i + 1):
                    if 0 <= j < len(below):
                        link(ch, below[j])
    for a, b in _SOUND_ALIKE:
        link(a, b)
    for a, b, _ in CONFUSIONS:
        if len(a) == 1 and len(b) == 1:
            link(a, b)
    return near


NEIGHBOURS = {k: frozenset(v) for k, v in _neighbours().items()}
_NOTHING: frozenset[str] = frozenset()
VOWELS = set("аәеёиоөұүыіэюяу") | set("aeiouy")
COMMON_CONSONANTS = set("нтсрлкмдвпбғқжзш") | set("ntsrlcdmphg")  # the letters most often left out
# the letters an insertion always tries, per alphabet (a vowel or a common consonant)
_INSERTED = {a: frozenset((VOWELS | COMMON_CONSONANTS) & a) for a in ALPHABETS.values()}
MAX_CONFUSIONS = 3
MAX_CONFUSION_COST = 1.2 + 1e-9  # (the epsilon keeps sums of costs such as 0.4 + 0.6 + 0.2 in)
EDIT = 1.0
HYPHEN_LOST = 0.4  # a Russian word written with a hyphen, typed without it (изза → из-за, ктото → кто-то)
MAX_WORD_LENGTH = 40  # nothing to suggest for a longer token: it is not a misspelt word
PLACEHOLDER = "\x1e"  # a letter no word has: in a DAWG search it stands for the letters an edit may put there


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str
    cost: float


def substitutions(word: str, sites, max_n: int, max_cost: float = float("inf")) -> list[tuple[str, float, int]]:
    """``word`` itself and each word made from it by a set of ``sites`` (position, letter, cost):
    at most one a position, at most ``max_n`` of them, costing ``max_cost`` at most. Returns
    (word, cost, substitutions made)."""
    out = [(word, 0.0, 0)]
    if max_n <= 0:
        return out

    def rec(k: int, chars: list, cost: float, n: int):
        for j in range(k, len(sites)):
            i, right, c = sites[j]
            if cost + c > max_cost or chars[i] != word[i]:
                continue
            new = chars.copy()
            new[i] = right
            out.append(("".join(new), cost + c, n + 1))
            if n + 1 < max_n:
                rec(j + 1, new, cost + c, n + 1)

    rec(0, list(word), 0.0, 0)
    return out


def _common_head(a: str, b: str) -> int:
    """The length of the longest common beginning of ``a`` and ``b``."""
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def restore_case(original: str, fixed: str) -> str:
    if original.isupper() and len(original) > 1:
        return fixed.upper()
    if original[:1].isupper():
        return fixed[:1].upper() + fixed[1:]
    return fixed


class _Tables(dict):
    """A DAWG's replacement tables that let PLACEHOLDER stand for the letters ``_edits1`` puts
    for a letter (keyed by the letter), or puts in a gap (keyed by the letters on both sides of
    it, "^" or "$" at an end of the word); each compiled when first asked for, once for all the
    keys that stand for the same letters (None when no letter of the alphabet is one)."""

    def __init__(self, dawg, alphabet: frozenset[str]):
        super().__init__()
        self.dawg, self.alphabet = dawg, alphabet
        self._by_letters: dict[frozenset[str], object] = {}

    def __missing__(self, around: str):
        letters = frozenset(Suggester._insertable(around, 1, self.alphabet) if len(around) == 2
                            else NEIGHBOURS.get(around, _NOTHING) & self.alphabet)
        table = self._by_letters.get(letters)
        if table is None and letters:
            table = self._by_letters[letters] = self.dawg.compile_replaces({PLACEHOLDER: sorted(letters)})
        self[around] = table
        return table

    def fill(self, letters: str) -> None:
        """Compile now the tables of every key made of ``letters`` (a letter, or the letters or
        word ends on both sides of a gap)."""
        for a in letters:
            _ = self[a]
        for a in "^" + letters:
            for b in letters + "$":
                _ = self[a + b]


class Suggester:
    def __init__(self, lexicon, max_results: int = 5):
        self.lex = lexicon
        self.max_results = max_results
        self._cache: dict[tuple[str, str], tuple[Candidate, ...]] = {}
        self._sub_cost = {(w, r): c for w, r, c in CONFUSIONS if len(w) == 1 and len(r) == 1}
        # confusions of more than one letter (ьі → ы, rn → м) are applied one at a time by hand;
        # single-letter ones are searched in the DAWGs all together
        self._multi = tuple((w, r, c) for w, r, c in CONFUSIONS if len(w) > 1 or len(r) > 1)
        self._searches: dict = {}
        self._placeholders: dict = {}

    # ------------------------------------------------------------------ public
    def prepare(self) -> Suggester:
        """Load or build every index the searches use, and compile the placeholder tables of their
        alphabets' letters, now rather than at the first words that need them (the benchmark
        times this as the index's readiness)."""
        lex = self.lex
        for lang in lex.languages:
            self._dawg_search(lang)
        if "kk" in lex.languages:
            kz = lex.kazakh
            _ = (kz.automaton, kz._deformed, kz.stem_ends, kz.whole_ends, kz.stem_openings, self._alternatives,
                 lex.trigrams)
            for dawg in (kz.stem_index, kz.whole_index, self._names):
                self._tables(dawg, "kk").fill(KK_ALPHABET + EN_ALPHABET)
        if "ru" in lex.languages:
            _ = lex.ru_ends
            self._tables(lex._ru_words[2], "ru").fill(RU_ALPHABET + EN_ALPHABET)
        return self

    def suggest(self, word: str, lang: str, vocab=None) -> list[str]:
        return [restore_case(word, c.word) for c in self.candidates(word, lang, vocab)]

    def candidates(self, word: str, lang: str, vocab=None) -> tuple[Candidate, ...]:
        """Ranked candidates; ``vocab`` (a ``Vocabulary`` of the document) reorders by evidence."""
        if len(word) > MAX_WORD_LENGTH:
            return ()
        key = (word.lower(), lang)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._generate(key[0], lang)
        if vocab is not None and len(found) > 1:
            found = tuple(sorted(found, key=lambda c: (round(c.cost - 0.3 * vocab.evidence(c.word, lang), 2),
                                                          not self._dictionary_word(c.word, lang))))
        return found[:self.max_results]

    # ------------------------------------------------------------------ generation
    def _generate(self, w: str, lang: str) -> tuple[Candidate, ...]:
        found: dict[str, float] = {}
        lex = self.lex
        if lang == "ru" and "ё" not in w:
            valid = lex._ru_words[2].__contains__  # (is_valid_fast for a lowercase word without ё)
        else:
            def valid(cand: str) -> bool:
                return lex.is_valid_fast(cand, lang)

        for cand, cost in self._confusions(w, lang):
            if cand != w and cost < found.get(cand, 9.0):
                found[cand] = cost
        span = self._ru_span(w) if lang == "ru" else None
        if span and "-" not in w:
            known, (reach, back) = lex._ru_known, span
            for i in range(max(1, len(w) - back), min(len(w) - 1, reach) + 1):
                cand = w[:i] + "-" + w[i:]
                if HYPHEN_LOST < found.get(cand, 9.0) and known(cand):
                    found[cand] = HYPHEN_LOST
        best = min(found.values(), default=9.0)
        if best > 0.45:
            for cand, cost in self._one_edit(w, lang, span):
                if cost < found.get(cand, 9.0):
                    found[cand] = cost
        if len(w) >= 9 and min(found.values(), default=9.0) > EDIT:
            reach, back = ((self._ru_reach, span[1]) if span and "ё" not in w
                           else (self._kk_reach, None) if lang == "kk" and "ё" not in w else (None, None))
            tri = self.lex.trigrams if lang == "kk" else None
            for cand, cost, joins in self._long_deletes(w, reach, back):
                if (cost < found.get(cand, 9.0) and (tri is None or all(self._plausible(cand, j, tri) for j in joins))
                        and valid(cand)):
                    found[cand] = cost
        # at equal cost: a dictionary word, then one that keeps the first letter (slips and
        # misreadings seldom hit it: сласындағы → саласындағы, not аласындағы), then the length
        ranked = sorted(found.items(), key=lambda kv: (round(kv[1], 2), not self._dictionary_word(kv[0], lang),
                                                        kv[0][:1] != w[:1], abs(len(kv[0]) - len(w)), kv[0]))
        return tuple(Candidate(c, cost) for c, cost in ranked[:max(self.max_results * 2, 10)])

    def _dictionary_word(self, w: str, lang: str) -> bool:
        if lang == "kk":
            return w in self.lex.kazakh.words
        return True

    # ------------------------------------------------------------------ OCR confusions
    def _confusions(self, w: str, lang: str):
        """(word, cost) for the valid words up to MAX_CONFUSIONS confusion substitutions away.
        Single-letter confusions are searched in a DAWG (pymorphy3's word forms for Russian, the
        Kazakh stems and dictionary words for Kazakh), which walks all their combinations at
        once and never leaves the known prefixes; the few longer confusions are applied first,
        one at a time."""
        search = self._dawg_search(lang)
        starts = [(w, 0.0, 0)]
        for wrong, right, c in self._multi:
            i = w.find(wrong)
            while i >= 0:
                starts.append((w[:i] + right + w[i + len(wrong):], c, 1))
                i = w.find(wrong, i + 1)
        for base, cost0, n0 in starts:
            yield from search(base, cost0, n0)

    def _replaces(self, dawg, lang: str, extra: dict | None = None):
        alphabet = ALPHABETS[lang]
        table: dict[str, list[str]] = {}
        for (wrong, right) in self._sub_cost:
            if right in alphabet:
                table.setdefault(wrong, []).append(right)
        for k, v in (extra or {}).items():
            table.setdefault(k, []).append(v)
        return dawg.compile_replaces(table)

    def _cost(self, base: str, found: str, cost: float, n: int) -> tuple[float, int]:
        for a, b in zip(base, found, strict=True):
            if a != b:
                cost += self._sub_cost.get((a, b), 0.0 if (a, b) == ("е", "ё") else 9.0)
                n += (a, b) != ("е", "ё")
        return cost, n

    def _dawg_search(self, lang: str):
        search = self._searches.get(lang)
        if search is not None:
            return search
        if lang == "ru":
            words = self.lex.morph_ru.dictionary.words
            repl = self._replaces(words, lang, {"е": "ё"})

            def search(base: str, cost0: float, n0: int):
                for f in words.similar_keys(base, repl):
                    cost, n = self._cost(base, f, cost0, n0)
                    if n <= MAX_CONFUSIONS and cost <= MAX_CONFUSION_COST:
                        # the text's е stays е where the dictionary writes ё
                        yield "".join(a if (a, b) == ("е", "ё") else b for a, b in zip(base, f, strict=True)), cost
        elif lang == "kk":
            search = self._kazakh_search()
        else:
            def search(base: str, cost0: float, n0: int):
                for cand, cost, n in self._variants(base, MAX_CONFUSIONS - n0, MAX_CONFUSION_COST - cost0):
                    if n and self.lex.is_valid_fast(cand, lang):
                        yield cand, cost + cost0
        self._searches[lang] = search
        return search

    def _kazakh_search(self):
        kz = self.lex.kazakh
        stems = kz.stem_index
        repl = self._replaces(stems, "kk")

        def search(base: str, cost0: float, n0: int):
            # a stem form the DAWG finds within confusions of a prefix, then the rest of the word
            # as a suffix chain within confusions of its own (the morphology's
            # chains_by_substitution, found once for all the forms)
            max_n, max_cost = MAX_CONFUSIONS - n0, MAX_CONFUSION_COST - cost0
            memo: dict = {}  # the chains of each ending of base, for every stem before it
            for i in range(2, len(base) + 1):
                head, rest = base[:i], base[i:]
                endings: dict[str, list] = {}

                def chains(opening: str, rest: str = rest, endings: dict = endings) -> list:
                    found = endings.get(opening)
                    if found is None:
                        found = endings[opening] = [
                            (chain, mask, (c, n)) for chain, (c, n, mask)
                            in kz.chains_by_substitution(opening + rest, self._alternatives, max_n, max_cost,
                                                         memo).items()]
                    return found

                for form in stems.similar_keys(head, repl):
                    c1, n1 = self._cost(head, form, cost0, n0)
                    if n1 > MAX_CONFUSIONS or c1 > MAX_CONFUSION_COST:
                        continue
                    for r, (c2, n2) in kz.endings_after(form, chains):
                        if n1 + n2 <= MAX_CONFUSIONS and c1 + c2 <= MAX_CONFUSION_COST:
                            yield form + r, c1 + c2
        return search

    @cached_property
    def _alternatives(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """Each letter's single-letter confusions: letter → ((meant letter, cost), …)."""
        alt: dict[str, list] = {}
        for (wrong, right), c in self._sub_cost.items():
            alt.setdefault(wrong, []).append((right, c))
        return {k: tuple(v) for k, v in alt.items()}

    def _variants(self, w: str, max_n: int, max_cost: float) -> list[tuple[str, float, int]]:
        """``w`` itself and its single-letter confusion variants (word, cost, substitutions)."""
        sites = [(i, right, c) for i, ch in enumerate(w) for (wrong, right), c in self._sub_cost.items()
                 if wrong == ch and c <= max_cost]
        return substitutions(w, sites, max_n, max_cost)

    # ------------------------------------------------------------------ one edit
    def _one_edit(self, w: str, lang: str, span: tuple[int, int] | None = None):
        """(word, cost) for the valid words one edit of ``_edits1`` away, each at its cheapest
        edit; a Kazakh edit must also pass the trigram test (``_plausible``), which spares most
        analyses.

        Words are found by searching DAWGs instead of trying each edit (``_ru_one_edit``,
        ``_kk_one_edit``): a placeholder at one position matches every letter ``_edits1`` would
        put there in one C call, so a word costs a few calls instead of about 480 look-ups; then
        only the edits ``_edits1`` would make are kept, so both ways give the same words (the
        tests compare them). A word with ё, or with the placeholder itself, goes edit by edit."""
        tri = self.lex.trigrams if lang == "kk" else None
        if lang in ("ru", "kk") and "ё" not in w and PLACEHOLDER not in w:
            out = []
            for cand in self._ru_one_edit(w, span) if lang == "ru" else self._kk_one_edit(w):
                costs = [cost for cost, pos in self._ways(w, cand, lang) if tri is None or self._plausible(cand, pos, tri)]
                if costs:
                    out.append((cand, min(costs)))
            return out
        best: dict[str, float] = {}
        for cand, cost, pos in self._edits1(w, lang):
            if (cost < best.get(cand, 9.0) and (tri is None or self._plausible(cand, pos, tri))
                    and self.lex.is_valid_fast(cand, lang)):
                best[cand] = cost
        return best.items()

    def _ways(self, w: str, cand: str, lang: str):
        """(cost, position) of each edit of ``_edits1`` that makes ``cand`` from ``w``: the edit
        lies between the common beginning and the common end of the two words (anywhere in a run
        of one letter, for a letter left out or put in)."""
        n, m = len(w), len(cand)
        if abs(m - n) > 1:
            return
        head = _common_head(w, cand)
        if head == n == m:
            return
        tail = _common_head(w[::-1], cand[::-1])
        if m == n - 1:
            for i in range(max(0, n - 1 - tail), min(head, n - 1) + 1):
                yield EDIT, i
        elif m == n:
            i = head
            if tail == n - 1 - i:
                if cand[i] in NEIGHBOURS.get(w[i], ()) and cand[i] in ALPHABETS[lang]:
                    yield self._sub_cost.get((w[i], cand[i]), EDIT), i
            elif tail == n - 2 - i and w[i] == cand[i + 1] and w[i + 1] == cand[i]:
                yield EDIT, i
        else:
            alphabet = ALPHABETS[lang]
            for i in range(max(0, n - tail), min(head, n) + 1):
                if cand[i] in self._insertable(w, i, alphabet):
                    yield EDIT, i

    @staticmethod
    def _insertable(w: str, i: int, alphabet: frozenset[str]) -> set[str]:
        """The letters ``_edits1`` inserts at ``i``: a vowel or a common consonant, a letter
        beside the gap, or a neighbour of one."""
        around = set(_INSERTED[alphabet])
        for j in (i - 1, i):
            if 0 <= j < len(w):
                around.add(w[j])
                around.update(NEIGHBOURS.get(w[j], ()))
        return around & alphabet

    def _tables(self, dawg, lang: str) -> _Tables:
        key = (id(dawg), lang)
        tables = self._placeholders.get(key)
        if tables is None:
            tables = self._placeholders[key] = _Tables(dawg, ALPHABETS[lang])
        return tables

    _reach = staticmethod(dawg_reach)

    def _ru_reach(self, lw: str, lo: int = 0) -> int:
        """How many letters of ``lw`` (lowercase, without ё) begin a Russian form (``lo`` at
        least, known)."""
        return self._reach(self.lex._ru_words[2], lw, lo)

    def _kk_reach(self, lw: str, lo: int = 0) -> int:
        """How many letters of ``lw`` (lowercase, without ё) may begin a Kazakh word or a name
        (``lo`` at least, known)."""
        return max(lo, self._reach(self._names, lw, lo), self.lex.kazakh.word_reach(lw))

    def _ru_span(self, lw: str) -> tuple[int, int]:
        """How many letters of ``lw`` (lowercase) begin a Russian form, and how many end one:
        an edit that makes a form lies within both (all of ``lw`` when it has ё, which the
        indexes write е)."""
        if "ё" in lw:
            return len(lw), len(lw)
        return self._ru_reach(lw), self._reach(self.lex.ru_ends, lw[::-1])

    def _at_each_position(self, dawg, lang: str, w: str, reach: int | None = None, back: int | None = None,
                          word: str | None = None) -> set[str]:
        """The keys of ``dawg`` that are ``w`` with one letter changed or put in as ``_edits1``
        changes or puts in letters (a neighbour or sound-alike of the letter changed; a letter
        ``_insertable`` in ``word``, the word ``w`` begins, at that place): a placeholder that
        stands for just those letters searches every one at once.
        Only the positions an edit can have are tried: the letters before it must begin a key
        (``reach``, the ``_reach`` of ``w`` or of a longer word ``w`` begins) and, when ``back``
        is given (the ``_reach`` of ``w`` written backwards in the index of keys written
        backwards), the letters after it must end one."""
        n, word = len(w), word or w
        if reach is None:
            reach = self._reach(dawg, w)
        if back is None:
            back = n
        keys: set[str] = set()
        tables = self._tables(dawg, lang)
        for q in range(max(0, n - 1 - back), min(n - 1, reach) + 1):
            table = tables[w[q]]
            if table is not None:
                keys.update(dawg.similar_keys(w[:q] + PLACEHOLDER + w[q + 1:], table))
        for q in range(max(0, n - back), min(n, reach) + 1):
            table = tables[(word[q - 1] if q else "^") + (word[q:q + 1] or "$")]
            keys.update(dawg.similar_keys(w[:q] + PLACEHOLDER + w[q:], table))
        return keys

    def _ru_one_edit(self, w: str, span: tuple[int, int] | None = None) -> set[str]:
        """pymorphy3's forms one edit from ``w`` (which has no ё): letters changed or inserted
        by a placeholder search over the forms with ё written е, letters deleted or swapped by
        look-up; all within ``span`` (``_ru_span``)."""
        with_e, known, n = self.lex._ru_words[2], self.lex._ru_known, len(w)
        reach, back = span or self._ru_span(w)
        found = self._at_each_position(with_e, "ru", w, reach, back)
        found.update(c for c in self._deletions(w, n - 1 - back, reach).values() if known(c))
        found.update(c for c in self._swaps(w, n - 2 - back, reach).values() if known(c))
        found.discard(w)
        return found

    def _kk_one_edit(self, w: str) -> set[str]:
        """The valid Kazakh words one letter changed, put in, left out or swapped away from
        ``w`` (which has no ё). A word is a stem's surface plus a suffix chain, so an edit other
        than a swap lies in one of the two: in the stem, found by a search of the stem forms
        before each ending of ``w`` some stem can take (a placeholder search, and look-ups for
        a letter left out); or in the ending, found by the morphology's ``endings_near`` after
        each stem form ``w`` begins with. Words valid as they stand that are no stem form with
        an empty ending (``whole_index``) and names are searched on their own; the few swaps,
        which may straddle the stem's end, are analysed one by one."""
        lex, kz = self.lex, self.lex.kazakh
        stems, whole, names = kz.stem_index, kz.whole_index, self._names
        reach, backwards = self._reach(stems, w), w[::-1]
        found = self._at_each_position(whole, "kk", w, back=self._reach(kz.whole_ends, backwards))
        found |= self._at_each_position(names, "kk", w)
        for k in range(1, len(w) + 1):
            rest, head = w[k:], w[:k]
            if kz.could_end(rest):
                near = self._at_each_position(stems, "kk", head, reach, self._reach(kz.stem_ends, backwards[-k:]), w)
                near.update(f for f in self._deletions(head).values() if f in stems)
                found.update(f + rest for f in near if len(f) >= 2 and kz.follows_stem(f, rest))
        for f in stems.prefixes(w):
            if len(f) >= 2:

                def near(opening: str, rest: str = w[len(f):]):
                    return ((chain, mask, None) for chain, mask in kz.endings_near(opening + rest).items())

                found.update(f + r for r, _ in kz.endings_after(f, near))
        found.update(c for c in self._deletions(w).values() if c in whole or c in names)
        tri = lex.trigrams  # (the test ``_one_edit`` puts every edit to, here before an analysis)
        found.update(c for i, c in self._swaps(w).items() if self._plausible(c, i, tri) and lex.is_valid_fast(c, "kk"))
        found.discard(w)
        return found

    @cached_property
    def _names(self):
        import dawg
        return dawg.CompletionDAWG(n for n in self.lex.names if len(n) <= MAX_WORD_LENGTH)

    @staticmethod
    def _swaps(w: str, first: int = 0, last: int | None = None) -> dict[int, str]:
        """Position → ``w`` with the letters there and after swapped (positions ``first`` to
        ``last``)."""
        last = len(w) - 2 if last is None else min(last, len(w) - 2)
        return {i: w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(max(0, first), last + 1) if w[i] != w[i + 1]}

    @staticmethod
    def _deletions(w: str, first: int = 0, last: int | None = None) -> dict[int, str]:
        """Position → ``w`` with the letter there left out (positions ``first`` to ``last``)."""
        last = len(w) - 1 if last is None else min(last, len(w) - 1)
        return {i: w[:i] + w[i + 1:] for i in range(max(0, first), last + 1)}

    @staticmethod
    def _plausible(cand: str, pos: int, tri: frozenset[str]) -> bool:
        """Do the letter trigrams around the edit at ``pos`` occur in some word of the lexicon?"""
        padded = f"^{cand}$"
        for i in range(max(0, pos - 1), min(len(padded) - 2, pos + 2)):
            if padded[i:i + 3] not in tri:
                return False
        return True

    def _edits1(self, w: str, lang: str):
        """(candidate, cost, position of the edit in the candidate): deletions, transpositions,
        substitutions by a neighbouring or sound-alike letter, insertions of a vowel or a common
        consonant, of a neighbour of the letters around, or of a doubled letter."""
        alphabet = ALPHABETS[lang]
        n = len(w)
        for i in range(n):
            yield w[:i] + w[i + 1:], EDIT, i
            if i + 1 < n and w[i] != w[i + 1]:
                yield w[:i] + w[i + 1] + w[i] + w[i + 2:], EDIT, i
            for c in NEIGHBOURS.get(w[i], ()):
                if c in alphabet:
                    yield w[:i] + c + w[i + 1:], self._sub_cost.get((w[i], c), EDIT), i
        for i in range(n + 1):
            for c in self._insertable(w, i, alphabet):
                yield w[:i] + c + w[i:], EDIT, i

    @staticmethod
    def _long_deletes(w: str, reach=None, back: int | None = None):
        """(candidate, cost, where letters were taken out of it) for two deletions, or a run of two
        or three letters written twice (бостандындықтарын). With ``reach`` (how many letters of
        a string begin a word), the letters before the second deletion must begin a word, and
        with ``back`` (how many letters of ``w`` end one), the letters after it must end one,
        which spares most look-ups of a garbled word."""
        n = len(w)
        if reach is None:
            def reach(s: str, lo: int = 0) -> int:
                return len(s)
        if back is None:
            back = n
        r = reach(w)
        for k in (2, 3):
            for i in range(max(0, n - k - back), min(n - k, r) + 1):
                if w[i:i + k] in (w[i - k:i] if i >= k else "", w[i + k:i + 2 * k]) or k == 3:
                    yield w[:i] + w[i + k:], 1.0 + 0.25 * k, (i,)
        for i in range(min(n - 1, r) + 1):
            rest = w[:i] + w[i + 1:]
            for j in range(max(i + 1, n - 1 - back), min(n - 1, reach(rest, i) + 1) + 1):
                yield rest[:j - 1] + w[j + 1:], 2 * EDIT, (i, j - 1)
