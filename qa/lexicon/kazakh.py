"""Kazakh word validation: a stem list and the suffix grammar of ``kazakh_grammar``.

A word is valid when it is a stem, or a stem followed by a chain of suffixes that the grammar
allows in that order, each realised by the stem's vowel harmony and the sound before it. The
grammar is compiled once into, per state and context (harmony, class of the last sound), the
surface strings that may follow; analysis then walks the word left to right.

Morphophonology handled at the stem boundary:
- к/қ/п at a stem's end voice to г/ғ/б before a vowel when a vowel precedes them (көк → көгі, тарақ →
  тарағы, кітап → кітабы; даңқ → даңқы);
- a final и is ій/ый, so suffixes follow it as they follow й (сәби → сәбиі, сәбидің; ми → миды);
- a verb stem in ы/і meets the present -й as и (оқы + й + ды → оқиды), and drops ы/і before the
  verbal noun -у (оқы + у → оқу);
- loanwords take the harmony of their last vowel (конституция → -ның, субъект → -тер); when that
  vowel is и, у or ю the vowel before decides, and with none both harmonies are allowed.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import kazakh_grammar as g

HARMONIES = ("back", "front")
CLASSES = (g.V, g.SON, g.LAT, g.NAS, g.VCD, g.VL)
VOICE_BEFORE_VOWEL = {"к": "г", "қ": "ғ", "п": "б"}
DEVOICE = {v: k for k, v in VOICE_BEFORE_VOWEL.items()}
ELIDING_FINALS = set("нқкпзлрңм")
MEMO_LIMIT = 200_000
# -лық/-лік and its forms after each sound, voiced before a vowel (күндігі)
LIK = tuple(c + v + k for c in "лдт" for v, ks in (("ы", "қғ"), ("і", "кг")) for k in ks)
# a noun made with -лық keeps its vowel (отандығы, not отандқы); халық, a word of its own, drops it
_DERIVED_LIK = tuple(e for e in LIK if e[-1] in "қк")
QUESTION_PARTICLES = frozenset(("ма", "ме", "ба", "бе", "па", "пе"))
MAX_WORD_LENGTH = 60
PLACEHOLDER = "\x1e"  # a letter no word has: stands for the letter an edit changes
_EMPTY: dict = {}  # a memo not made yet
_ANY_VOWEL = frozenset(g.BACK_VOWELS | g.FRONT_VOWELS | g.NEUTRAL_VOWELS)
INDEXES = ("stem_index", "whole_index", "stem_ends", "whole_ends")  # the DAWGs, pickled as bytes


def _sources(arcs, after: int) -> int:
    """The configurations from which a suffix with ``arcs`` leads into one of ``after``."""
    mask = 0
    for target, sources in arcs:
        if after >> target & 1:
            mask |= sources
    return mask


def _before(arcs, voiced, tail: str, after: int) -> int:
    """The configurations from which a suffix surface (its ``arcs``, and ``voiced`` ones for its
    form voiced before a vowel) leads into ``tail``, a chain accepted from ``after``."""
    mask = _sources(arcs or (), after)
    if voiced and tail[:1] in g.VOWELS:
        mask |= _sources(voiced, after)
    return mask


def harmonies_of(stem: str) -> tuple[str, ...]:
    if stem.endswith("ь"):
        return HARMONIES  # ансамбль → ансамблі, медаль → медалімен: a soft end takes front suffixes too
    for ch in reversed(stem):
        if ch in g.BACK_VOWELS:
            # к and г go with front vowels in Kazakh, so a word ending in them after back vowels
            # is a loan, and takes front suffixes too (банкте, паркі, педагогтер, металлургтен)
            return HARMONIES if stem.endswith(("к", "г")) else ("back",)
        if ch in g.FRONT_VOWELS:
            return ("front",)
        if ch == "и":
            return HARMONIES  # министрдің but партиялық: a loan's и takes either
    return HARMONIES


def final_class(s: str) -> str:
    """The class of the last sound of ``s``. A final и is ій/ый (сәби, ми), so suffixes follow it
    as they follow й: сәбиі, сәбидің, миды, киеді."""
    for ch in reversed(s):
        if ch == "и":
            return g.SON
        if ch not in "ьъ":
            return g.sound_class(ch)
    return g.V


def realise(template: str, harmony: str, prev: str) -> str:
    """Surface form of a suffix template after a sound of class ``prev``."""
    out = []
    i = 0
    back = harmony == "back"
    while i < len(template):
        if template.startswith("(I)", i):
            if prev != g.V:
                out.append("ы" if back else "і")
                prev = g.V
            i += 3
            continue
        if template.startswith("(S)", i):
            if prev == g.V:
                out.append("с")
                prev = g.VL
            i += 3
            continue
        ch = template[i]
        if ch == "A":
            s = "а" if back else "е"
        elif ch == "I":
            s = "ы" if back else "і"
        elif ch == "K":
            s = "қ" if back else "к"
        elif ch == "Y":
            s = "й" if prev == g.V else ("а" if back else "е")
        elif ch == "G":
            s = g.G_ARCHI[(harmony, prev == g.VL)]
        elif ch in g.CONSONANT_ARCHI:
            s = g.CONSONANT_ARCHI[ch][prev]
        else:
            s = ch
        out.append(s)
        prev = g.sound_class(s)
        i += 1
    return "".join(out)


# the case endings (genitive, accusative, dative, locative, ablative, instrumental; the dative
# after a possessive) in every harmony, after every sound
CASE_ENDINGS = tuple(sorted({realise(t, h, c) for t in ("NIң", "CI", "GA", "нA", "DA", "BAн", "Wен")
                             for h in HARMONIES for c in CLASSES}))


def _last_vowel_harmony(s: str) -> str | None:
    for ch in reversed(s):
        if ch in g.BACK_VOWELS:
            return "back"
        if ch in g.FRONT_VOWELS:
            return "front"
    return None


@lru_cache(maxsize=1)
def compiled() -> dict[tuple[str, str, str], tuple[tuple[str, str], ...]]:
    """(state, harmony, class) -> ((surface, next_state), ...)."""
    table: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for state, arcs in g.GRAPH.items():
        for h in HARMONIES:
            for c in CLASSES:
                seen = set()
                for template, nxt in arcs:
                    surf = realise(template, h, c)
                    if (surf, nxt) not in seen:
                        seen.add((surf, nxt))
                        table[(state, h, c)].append((surf, nxt))
    for arcs in table.values():
        for surf, _ in arcs:
            _HARMONY_OF_SUFFIX.setdefault(surf, _last_vowel_harmony(surf))
    return {k: tuple(v) for k, v in table.items()}


_HARMONY_OF_SUFFIX: dict[str, str | None] = {}


@lru_cache(maxsize=1)
def suffix_surfaces() -> frozenset[str]:
    """Every surface form a single suffix can take (лар, дың, ның, дық, ға, ...)."""
    return frozenset(s for arcs in compiled().values() for s, _ in arcs if s)


class KazakhMorphology:
    """Validate Kazakh words against noun and verb stems plus the suffix grammar."""

    def __init__(self, noun_stems, verb_stems, words=(), native=(), loans=()):
        self.words = set(words)
        self.native = set(native)  # stems of the Kazakh dictionary itself
        self.loans = set(loans)
        self.nouns = set(noun_stems)
        self.verbs = set(verb_stems)
        self.table = compiled()
        # Surface forms that stand for a lexical stem: form -> ((stem, state, prefix, need), …). The walk
        # starts in ``state`` on ``prefix + rest``; ``need`` is what rest must start with (``_admits``:
        # a vowel, a consonant, anything, not й).
        variants: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        # sorted, so that the order of analyses (and all that follows from it) is the same in every build
        for stems, state in ((self.nouns, "N_STEM"), (self.verbs, "V_STEM")):
            for s in sorted(stems):
                if not _ANY_VOWEL.intersection(s):
                    continue  # an abbreviation (млн, тмд, қр): valid alone, its suffixes follow a hyphen
                # a native к/қ/п after a vowel never stays voiceless before one (кітабы, not кітапы);
                # after a consonant it does not voice (даңқы, қорқады); loans may do either
                voices = len(s) > 2 and s[-1] in VOICE_BEFORE_VOWEL and s[-2] in g.VOWELS
                plain = "C" if voices and s not in self.loans else ""
                if state == "V_STEM" and s[-1] in "ыі":
                    plain = "Й"  # оқы + й is written оқи (a variant below), never оқый
                variants[s].append((s, state, "", plain))
                if voices:
                    # көк → көгі, кітап → кітабы: a voiceless stop voices before a vowel
                    variants[s[:-1] + VOICE_BEFORE_VOWEL[s[-1]]].append((s, state, "", "V"))
                if len(s) > 4 and s[-1] == s[-2] and s[-1] not in g.VOWELS:
                    # процесс → процестер, класс → класы: a loan's doubled final consonant is written once before a suffix
                    variants[s[:-1]].append((s, state, "", "+"))
                if len(s) > 3 and s[-1] == "ь":
                    # повесть → повестері: the soft sign of a loan drops before a suffix
                    variants[s[:-1]].append((s, state, "", "+"))
        for s in sorted(self.native):
            if (len(s) >= 4 and s[-2] in "ыіұ" and s[-1] in ELIDING_FINALS and s[-3] not in g.VOWELS
                    and not (len(s) > 5 and s.endswith(_DERIVED_LIK))):
                # орын → орны, нарық → нарқы, қауіп → қаупі: the last narrow vowel drops before a vowel
                variants[s[:-2] + s[-1]].append((s, "N_STEM", "", "V"))
        for s in sorted(self.loans):
            if len(s) > 4 and s.endswith("ст"):
                # коммунист → коммунистік, сепаратистік: -ст meets a т-suffix as one т
                variants[s[:-1]].append((s, "N_STEM", "", "т"))
            if len(s) > 3 and s[-1] not in g.VOWELS and s[-2] not in g.VOWELS and s[-1] not in "йуь":
                # субъект → субъекті-лер-і: a loan ending in two consonants takes і/ы as part of the stem
                ext = s + ("ы" if harmonies_of(s) == ("back",) else "і")
                variants[ext].append((ext, "N_STEM", "", ""))
        for s in sorted(self.verbs):
            if len(s) > 2 and s[-1] in "ыі":
                variants[s[:-1] + "и"].append((s, "V_STEM", "й", ""))  # оқы + й → оқи-
                variants[s[:-1]].append((s, "V_POS", "", "у"))  # оқы + у → оқу
            if len(s) > 2 and s[-1] == "й":
                variants[s[:-1] + "ю"].append((s, "V_POS", "у", ""))  # көбей + у → көбею
                variants[s[:-1] + "я"].append((s, "V_STEM", "а", ""))  # жой + а → жоя
        self.variants: dict[str, tuple[tuple[str, str, str, str], ...]] = {k: tuple(v) for k, v in variants.items()}

    def __getstate__(self):
        state = dict(self.__dict__)
        for derived in ("_memo", "automaton", "_starts", "_state_masks", "_near_memo", "_deformed",
                        "_end_memo", "_open_memo", "stem_openings"):
            state.pop(derived, None)
        for name in INDEXES:
            index = state.pop(name, None)
            if index is not None:
                state[f"_{name}_bytes"] = index.tobytes()
        return state

    @cached_property
    def stem_index(self):
        """The surface forms of the stems in a DAWG: finds every stem a word starts with in one
        call (C code), longest last."""
        return self._dawg("stem_index", self.variants)

    @cached_property
    def whole_index(self):
        """The words valid as they stand (dictionary words, noun and verb stems) that are not a
        stem's surface taking an empty ending, in a DAWG: a search of words near a given one
        finds those others among the stem forms (``stem_index``)."""
        return self._dawg("whole_index", (w for w in self.words | self.nouns | self.verbs
                                          if len(w) < 2 or not self.follows_stem(w, "")))

    @cached_property
    def stem_ends(self):
        """``stem_index`` with every key written backwards: how far back from a point of a word a
        stem form can reach (the suggester's searches try no edit outside that)."""
        return self._dawg("stem_ends", (k[::-1] for k in self.stem_index.keys()))

    @cached_property
    def whole_ends(self):
        """``whole_index`` with every key written backwards."""
        return self._dawg("whole_ends", (k[::-1] for k in self.whole_index.keys()))

    def _dawg(self, name: str, keys):
        import dawg
        data = self.__dict__.pop(f"_{name}_bytes", None)
        return dawg.CompletionDAWG().frombytes(data) if data else dawg.CompletionDAWG(keys)

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.table = compiled()  # also fills the suffix-harmony table a pickle does not carry

    def prune_forms(self) -> int:
        """Drop from the stems the dictionary entries that are an inflected noun
        (тәжірибесі = тәжірибе + сі): they stay valid words but take no further suffixes except
        through the grammar, which keeps тәжірибесі + де (not a form) out. Returns the count."""
        forms = set()
        for w in self.nouns:
            if len(w) >= 5 and w not in self.loans and self._analysable_inside(w):
                forms.add(w)
        forms -= self._lexemes_among(forms)
        for w in forms:
            self.nouns.discard(w)
        # and the surface forms made from them (әдебиетін → әдебиетн- by the narrow-vowel drop)
        for key in list(self.variants):
            kept = tuple(v for v in self.variants[key] if not (v[0] in forms and v[1] == "N_STEM"))
            if kept:
                self.variants[key] = kept
            else:
                del self.variants[key]
        self.native -= forms
        return len(forms)

    def _lexemes_among(self, forms: set[str]) -> set[str]:
        """The entries of ``forms`` the dictionary shows to be words of their own: it lists a
        longer word made of the entry and suffixes that only the entry as a stem explains
        (қабырға: қабырғалар, not қабыр + dative + plural; салқын: салқындық), where an inflected
        form's longer entries are inflections of the shorter stem too (тәжірибесі: тәжірибесіне)."""
        ordered = sorted(self.words)
        found = set()
        for w in forms:
            i = bisect.bisect_right(ordered, w)
            while i < len(ordered) and ordered[i].startswith(w):
                d = ordered[i]
                i += 1
                if len(d) - len(w) < 2 or self._stem_before(w, d[len(w):]) is None:
                    continue
                if not any(self._stem_before(d[:k], d[k:]) for k in range(2, len(w)) if d[:k] in self.variants):
                    found.add(w)
                    break
        return found

    def _analysable_inside(self, w: str) -> bool:
        """Is ``w`` a noun stem of four or more letters plus two or more letters of inflection?
        Shorter pieces make chance look-alikes (сауда is not сау + да, тамыз is not та + мыз,
        тұқым is not тұқы + м), and so does the question particle, which ends a word and inflects
        nothing (мекеме is not меке + ме, әңгіме not әңгі + ме)."""
        for i in range(len(w) - 2, 3, -1):
            if w[i:] in QUESTION_PARTICLES:
                continue
            for stem, state, prefix, need in self.variants.get(w[:i], ()):
                if stem == w or state != "N_STEM" or not self._admits(w[i:], need):
                    continue
                if self.accepting(prefix + w[i:]) & self._start(stem, "N_BASE"):
                    return True
        return False

    @staticmethod
    def _admits(rest: str, need: str) -> bool:
        if need == "V":
            return rest[:1] in g.VOWELS
        if need == "C":
            return rest[:1] not in g.VOWELS
        if need == "+":
            return bool(rest)
        if need == "Й":
            return not rest.startswith("й")
        return not need or rest.startswith(need)

    def follows(self, rest: str, state: str) -> bool:
        """Can ``rest`` be a complete suffix chain from ``state``, in any harmony after any sound?"""
        masks = self.__dict__.setdefault("_state_masks", {})
        mask = masks.get(state)
        if mask is None:
            mask = masks[state] = sum(1 << i for (st, _, _), i in self.automaton.index.items() if st == state)
        return bool(self.accepting(rest) & mask)

    @cached_property
    def automaton(self) -> SuffixAutomaton:
        return SuffixAutomaton.build(self.table)

    def _remember(self, name: str, key, value):
        """Store ``value`` in the memo ``name`` (not pickled), emptied first when it has grown
        past MEMO_LIMIT; returns ``value``."""
        memo = self.__dict__.setdefault(name, {})
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        memo[key] = value
        return value

    def accepting(self, rest: str) -> int:
        """The set (a bit mask over ``automaton.index``) of configurations from which ``rest`` is
        a complete suffix chain. Computed right to left over ``rest`` and remembered per string:
        words share their endings (-ының, -дағы, -ларымыздың), so most answers are lookups."""
        hit = self.__dict__.get("_memo", _EMPTY).get(rest)
        if hit is not None:
            return hit
        auto = self.automaton
        if not rest:
            return auto.at_end
        mask = 0
        n = len(rest)
        for k in range(1, min(n, auto.longest) + 1):
            head = rest[:k]
            if head not in auto.heads:
                break  # no suffix starts so
            arcs = auto.by_surface.get(head)
            if arcs is None and not (head in auto.voiced and rest[k:k + 1] in g.VOWELS):
                continue
            after = self.accepting(rest[k:])
            if not after:
                continue
            # (-лық + -ы → -лығы: the voicing of a stem's end happens inside the suffix chain too)
            mask |= _before(arcs, auto.voiced.get(head), rest[k:], after)
        return self._remember("_memo", rest, mask)

    @cached_property
    def stem_openings(self) -> tuple[str, ...]:
        """What a stem's surface puts before its suffix chain (й in оқи-й-ды), "" for most."""
        return tuple(sorted({v[2] for vs in self.variants.values() for v in vs}))

    def could_end(self, rest: str) -> bool:
        """Can ``rest`` follow some stem's surface as its suffix chain? Remembered per string, as
        ``accepting`` is: the endings of words recur."""
        hit = self.__dict__.get("_end_memo", _EMPTY).get(rest)
        if hit is None:
            hit = self._remember("_end_memo", rest, any(self.accepting(p + rest) for p in self.stem_openings))
        return hit

    def chain_reach(self, rest: str) -> int:
        """How many letters of ``rest`` may begin a suffix chain, by the suffixes' surfaces alone
        (a run of whole surfaces, then the beginning of one; their order is not checked, so every
        beginning of a real chain is let through). Remembered per string."""
        hit = self.__dict__.get("_open_memo", _EMPTY).get(rest)
        if hit is not None:
            return hit
        auto, n = self.automaton, len(rest)
        best, ends, seen = 0, [0], {0}
        while ends:
            p = ends.pop()
            for k in range(p + 1, min(n, p + auto.longest) + 1):
                head = rest[p:k]
                if head not in auto.heads:
                    break
                best = max(best, k)
                if k not in seen and (head in auto.by_surface or head in auto.voiced):
                    seen.add(k)
                    ends.append(k)
        return self._remember("_open_memo", rest, best)

    def word_reach(self, word: str) -> int:
        """How many letters of ``word`` may begin a word ``analyse`` accepts: those of a stem form
        or of a word valid as it stands, or a stem form (two letters or more) then those that
        may open a suffix chain after one of the stems' openings."""
        best = max(dawg_reach(self.stem_index, word), dawg_reach(self.whole_index, word))
        for f in self.stem_index.prefixes(word):
            if len(f) >= 2 and best < len(word):
                rest = word[len(f):]
                best = max(best, len(f) + max(self.chain_reach(o + rest) - len(o) for o in self._openings_of(f)))
        return min(best, len(word))

    def _openings_of(self, form: str) -> set[str]:
        """What the stems of the surface ``form`` put before their suffix chains ("" for most)."""
        return {v[2] for v in self.variants.get(form, ())}

    def endings_near(self, rest: str) -> dict[str, int]:
        """The suffix chains one letter changed, put in or left out away from ``rest``, each
        with its ``accepting`` mask (never empty). Built like ``accepting``, right to left: the
        edit is in the first suffix of the chain (found by the suffixes' deformations,
        ``_deformed``, or for a letter left out by look-up) with the rest of ``rest`` unchanged
        after it, or the first suffix is unchanged and the edit lies further on. Remembered per
        string, as the endings of one word are asked after each of its stems."""
        hit = self.__dict__.get("_near_memo", _EMPTY).get(rest)
        if hit is not None:
            return hit
        auto = self.automaton
        by_pattern, by_deletion = self._deformed
        out: dict[str, int] = defaultdict(int)
        n = len(rest)
        if n and self.accepting(rest[1:]):
            out[rest[1:]] |= self.accepting(rest[1:])  # the first letter left out
        for m in range(min(n, auto.longest + 1) + 1):
            after = self.accepting(rest[m:])
            if not after:
                continue
            seg, tail = rest[:m], rest[m:]
            vowel_next = tail[:1] in g.VOWELS
            found = [*by_deletion.get(seg, ())]
            for j in range(m):
                found.extend(by_pattern.get(seg[:j] + PLACEHOLDER + seg[j + 1:], ()))
            if m >= 2:  # a letter of the segment left out
                for short in {seg[:j] + seg[j + 1:] for j in range(m)}:
                    if short in auto.by_surface:
                        found.append((short, auto.by_surface[short], False))
                    if short in auto.voiced:
                        found.append((short, auto.voiced[short], True))
            for surf, arcs, voiced in found:
                if surf == seg or voiced and not vowel_next:
                    continue
                mask = _sources(arcs, after)
                if mask:
                    out[surf + tail] |= mask
        for k in range(1, min(n, auto.longest) + 1):
            head = rest[:k]
            if head not in auto.heads:
                break
            arcs, voiced = auto.by_surface.get(head), auto.voiced.get(head)
            if arcs is None and voiced is None:
                continue
            for tail, after in self.endings_near(rest[k:]).items():
                mask = _before(arcs, voiced, tail, after)
                if mask:
                    out[head + tail] |= mask
        return self._remember("_near_memo", rest, dict(out))

    def chains_by_substitution(self, rest: str, alternatives: dict, max_n: int, max_cost: float,
                               memo: dict | None = None) -> dict:
        """The suffix chains made from ``rest`` by at most ``max_n`` letter substitutions costing
        at most ``max_cost`` together, ``alternatives`` giving each letter's substitutes with
        their costs: chain → (cost, substitutions, ``accepting`` mask). Built right to left like
        ``accepting``, a suffix at a time, so only the substitutions that keep the letters a
        chain of suffixes are tried. ``memo`` (per ending of ``rest``) may be shared by calls
        with the same alternatives and limits."""
        auto = self.automaton
        memo = {} if memo is None else memo

        def surfaces(x: str):
            """(surface, cost, substitutions) of the suffixes ``x`` may begin with."""
            frontier = [("", 0.0, 0)]
            for letter in x[:auto.longest]:
                grown = []
                for head, c, n in frontier:
                    for new, extra in ((letter, 0.0), *alternatives.get(letter, ())):
                        if extra and (n >= max_n or c + extra > max_cost):
                            continue
                        h = head + new
                        if h in auto.heads:
                            grown.append((h, c + extra, n + (extra > 0)))
                if not grown:
                    return
                yield from (g_ for g_ in grown if g_[0] in auto.by_surface or g_[0] in auto.voiced)
                frontier = grown

        def tails(x: str) -> dict:
            hit = memo.get(x)
            if hit is not None:
                return hit
            out: dict = {"": (0.0, 0, auto.at_end)} if not x else {}
            for surf, c, n in surfaces(x):
                arcs, voiced = auto.by_surface.get(surf), auto.voiced.get(surf)
                for tail, (c2, n2, after) in tails(x[len(surf):]).items():
                    if n + n2 > max_n or c + c2 > max_cost:
                        continue
                    mask = _before(arcs, voiced, tail, after)
                    if mask:
                        chain = surf + tail
                        seen = out.get(chain)
                        out[chain] = (c + c2, n + n2, mask | (seen[2] if seen else 0))
            memo[x] = out
            return out

        return tails(rest)

    @cached_property
    def _deformed(self) -> tuple[dict, dict]:
        """The suffix surfaces by their deformations: (surface with one letter replaced by
        PLACEHOLDER → surfaces, surface with one letter left out → surfaces); each surface as
        (surface, arcs, voiced?)."""
        auto = self.automaton
        by_pattern: dict = defaultdict(list)
        by_deletion: dict = defaultdict(list)
        for table, voiced in ((auto.by_surface, False), (auto.voiced, True)):
            for surf, arcs in table.items():
                entry = (surf, arcs, voiced)
                for j in range(len(surf)):
                    by_pattern[surf[:j] + PLACEHOLDER + surf[j + 1:]].append(entry)
                for j in {surf[:j] + surf[j + 1:] for j in range(len(surf))}:
                    by_deletion[j].append(entry)
        return dict(by_pattern), dict(by_deletion)

    def analyse(self, word: str, whole: bool = True) -> tuple[str, str] | None:
        """(stem, rest) of the first analysis found, longest stem first, or None. ``word`` is
        lowercase. With ``whole`` False a dictionary word is analysed into a shorter stem and
        suffixes too."""
        if len(word) > MAX_WORD_LENGTH:
            return None
        if whole and (word in self.words or word in self.nouns or word in self.verbs):
            return (word, "")
        for form in reversed(self.stem_index.prefixes(word)):
            i = len(form)
            if i < 2 or not whole and i == len(word):
                continue
            stem = self._stem_before(form, word[i:])
            if stem is not None:
                return (stem, word[i:])
        return None

    def follows_stem(self, form: str, rest: str) -> bool:
        """Is ``form + rest`` a word with ``form`` the surface of a stem (a key of ``variants``)?"""
        return self._stem_before(form, rest) is not None

    def _stem_before(self, form: str, rest: str) -> str | None:
        """The stem whose surface ``form`` ``rest`` can follow as its suffix chain, if any."""
        for stem, state, prefix, need in self.variants.get(form, ()):
            if need and not self._admits(rest, need):
                continue
            if self.accepting(prefix + rest) & self._start(stem, state):
                return stem
        return None

    def endings_after(self, form: str, chains):
        """The endings that make ``form`` (a stem's surface) a word, among those ``chains`` offers:
        ``chains(opening)`` gives (opening + ending, its ``accepting`` mask, data) for what the
        surface puts before its chain (й in оқи-й-ды, "" for most). Yields (ending, data)."""
        for stem, state, opening, need in self.variants.get(form, ()):
            start = self._start(stem, state)
            for chain, mask, data in chains(opening):
                if mask & start and chain.startswith(opening):
                    rest = chain[len(opening):]
                    if not need or self._admits(rest, need):
                        yield rest, data

    def follows_foreign(self, stem: str, rest: str) -> bool:
        """Can ``rest`` follow ``stem``, a noun this lexicon lacks (a foreign name), as its
        suffix chain, in the harmony of the stem's last vowel (Моцарт-тың, Швейцария-ға)?"""
        return bool(self.accepting(rest) & self._start(stem, "N_STEM"))

    def _start(self, stem: str, state: str) -> int:
        """The configurations a stem opens its suffix chain in (one per harmony it allows)."""
        starts = self.__dict__.setdefault("_starts", {})
        mask = starts.get((stem, state))
        if mask is None:
            index, prev = self.automaton.index, final_class(stem)
            mask = starts[(stem, state)] = sum(1 << index[(state, h, prev)] for h in harmonies_of(stem))
        return mask

    def is_valid(self, word: str) -> bool:
        return self.analyse(word) is not None


def dawg_reach(dawg, w: str, lo: int = 0) -> int:
    """The length of the longest beginning of ``w`` some key of ``dawg`` (a CompletionDAWG)
    begins with (known to be ``lo`` at least)."""
    hi = len(w)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if dawg.has_keys_with_prefix(w[:mid]):
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass(frozen=True, slots=True)
class SuffixAutomaton:
    """The suffix graph compiled for recognition from the right.

    A configuration is (state, harmony, class of the last sound); each has a bit in a mask.
    ``by_surface[s]`` lists, for the suffix surface ``s``, pairs (target bit, sources mask): a
    chain in the target configuration may be preceded by ``s`` from any source configuration,
    empty steps already folded into the sources. ``voiced`` holds the same for the surfaces
    whose final к/қ/п is voiced before a vowel (-лығы)."""

    index: dict
    at_end: int
    by_surface: dict
    voiced: dict
    longest: int
    heads: frozenset  # every beginning of a surface in by_surface or voiced

    @classmethod
    def build(cls, table) -> SuffixAutomaton:
        end = (g.END, "", "")
        configs = {end, *table}
        empty: dict = defaultdict(set)
        steps = []
        for src, arcs in table.items():
            state, h, prev = src
            for surf, nxt in arcs:
                if nxt == g.END:
                    tgt = end
                elif surf:
                    tgt = (nxt, _HARMONY_OF_SUFFIX.get(surf) or h, final_class(surf))
                else:
                    tgt = (nxt, h, prev)
                configs.add(tgt)
                if surf:
                    steps.append((surf, src, tgt))
                else:
                    empty[src].add(tgt)
        index = {c: i for i, c in enumerate(sorted(configs))}
        # reaches[b]: every configuration from which b can be reached by empty steps (itself too)
        reaches = {c: 1 << index[c] for c in configs}
        for c in configs:
            seen, todo = {c}, [c]
            while todo:
                for nxt in empty.get(todo.pop(), ()):
                    if nxt not in seen:
                        seen.add(nxt)
                        todo.append(nxt)
            for b in seen:
                reaches[b] |= 1 << index[c]
        plain: dict = defaultdict(lambda: defaultdict(int))
        voiced: dict = defaultdict(lambda: defaultdict(int))
        for surf, src, tgt in steps:
            plain[surf][index[tgt]] |= reaches[src]
            if surf[-1] in VOICE_BEFORE_VOWEL:
                voiced[surf[:-1] + VOICE_BEFORE_VOWEL[surf[-1]]][index[tgt]] |= reaches[src]

        def freeze(d):
            return {s: tuple(sorted(m.items())) for s, m in d.items()}

        heads = frozenset(s[:k] for s in (*plain, *voiced) for k in range(1, len(s) + 1))
        return cls(index, reaches[end], freeze(plain), freeze(voiced), max(len(s) for s, _, _ in steps), heads)


# what a verb stem makes with its verbal noun -у: an agent (-ушы), its abstract noun, and the
# adjectives "with" and "without" it (-улы, -усыз)
_VERBAL_DERIVATIONS = ("ушы", "уші", "ушылық", "ушілік", "улы", "улі", "усыз", "усіз")


def stems_from_hunspell_dic(lines) -> tuple[set[str], set[str], set[str]]:
    """(noun stems, verb stems, plain words) from kk_KZ.dic lines.

    The dictionary lists verbs by their verbal noun in -у/-ю, with flags M…Z; everything else
    is nominal (nouns, adjectives, names, and many already inflected forms), except a bare verb
    stem listed with nominal flags whose verbal derivations the dictionary lists too (құтқар with
    құтқарушы, теже with тежеуші and тежеусіз): that is a verb stem as well.
    """
    nouns, verbs, words = set(), set(), set()
    for line in lines:
        line = line.strip()
        if not line or line[0].isdigit() and "/" not in line:
            continue
        word, _, flags = line.partition("/")
        w = word.lower()
        words.add(w)
        if flags and flags[0] in "MNOPQRSTUVWXYZ":
            verbs.update(verb_stems_of(w))
        nouns.add(w)  # verbal nouns (оқу, жазу) and words like су inflect as nouns
    verbs.update(w for w in words if len(w) >= 3 and w not in verbs
                 and any(w + d in words for d in _VERBAL_DERIVATIONS))
    return nouns, verbs, words


def verb_stems_of(infinitive: str) -> list[str]:
    """Possible verb stems of a Kazakh verbal noun (жазу → жаз; оқу → оқы; жасау → жаса; жаю → жай)."""
    w = infinitive
    if w.endswith("ю") and len(w) > 2:
        return [w[:-1] + "й"] if w[-2] in g.VOWELS else [w[:-1], w[:-1] + "й"]
    if w.endswith("у") and len(w) > 2:
        base = w[:-1]
        if base[-1] in g.VOWELS:
            return [base]
        back = harmonies_of(base) == ("back",)
        out = [base, base + ("ы" if back else "і")]
        if base[-1] in DEVOICE:
            out.append(base[:-1] + DEVOICE[base[-1]])  # шағу → шақ (шаққанда)
        return out
    return [w]
