"""Helpers shared by the word checks (not a check module)."""

from __future__ import annotations

import functools
import weakref
from collections import Counter

RECURRING = 3
SAMPLE_WORDS = 60


def per_document(fn):
    """Remember ``fn(doc, *args)`` for as long as ``doc`` lives: several checks ask the same
    question of one document (the lexicon among the arguments, compared by identity)."""
    cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(fn)
    def remembered(doc, *args):
        hit = cache.get(doc)
        if hit is None or any(a is not b for a, b in zip(hit[0], args, strict=True)):
            hit = cache[doc] = (args, fn(doc, *args))
        return hit[1]

    return remembered


def family(word: str) -> str:
    """Key grouping the inflected forms of one word (комплаенс, комплаенса, комплаенс-рисков): its
    first five letters, fewer in a short word. (Six letters split a Kazakh term's forms: ақуыздар
    and ақуыздарға.)"""
    head = word.split("-", 1)[0].lower()
    return head[:max(3, min(5, len(head) - 3))]


def recurring(tokens) -> set[str]:
    """Families that recur RECURRING or more times among ``tokens``: a term of the paper, not a slip."""
    counts: dict[str, int] = {}
    for t in tokens:
        k = family(t.text)
        counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n >= RECURRING}


class DocVocabulary:
    """The valid words of one document, as evidence for ranking corrections."""

    def __init__(self, doc, lex):
        self.lex = lex
        self.words = Counter(t.text.lower() for t in doc.tokens if t.kind == "word" and lex.is_valid(t.text))
        self._stems: Counter | None = None

    def _stem(self, w: str) -> str | None:
        a = self.lex.kazakh.analyse(w)
        return a[0] if a else None

    def evidence(self, candidate: str, lang: str) -> float:
        """1 when the document uses the candidate itself, 0.5 when it uses its Kazakh stem."""
        if self.words.get(candidate):
            return 1.0
        if lang == "kk":
            if self._stems is None:
                self._stems = Counter(s for w in self.words if (s := self._stem(w)) and len(s) >= 4)
            s = self._stem(candidate)
            if s and self._stems.get(s):
                return 0.5
        return 0.0


@per_document
def vocabulary(doc, lex) -> DocVocabulary:
    return DocVocabulary(doc, lex)


@per_document
def paragraph_kazakh_share(doc, lex) -> list[float]:
    """Per paragraph, the share of Cyrillic words valid in Kazakh only among those valid in exactly
    one of Kazakh and Russian. High for Kazakh text even when a Russian OCR model has replaced
    its Kazakh letters (мемлекет, жылдары, басып stay valid Kazakh, never Russian)."""
    shares = []
    for p in doc.paragraphs:
        kk = ru = seen = 0
        for t in doc.tokens_in(p.start, p.end):
            if t.kind != "word" or t.lang not in ("kk", "ru"):
                continue
            seen += 1
            if seen > SAMPLE_WORDS:
                break  # a paragraph's language shows in its first words; the rest only costs time
            a, b = lex.is_valid(t.text, "kk"), lex.is_valid(t.text, "ru")
            kk += a and not b
            ru += b and not a
        shares.append(kk / (kk + ru) if kk + ru else (1.0 if p.lang == "kk" else 0.0))
    return shares


def word_language(doc, lex, tok) -> str:
    """The language to correct a word in: its own for Latin words; for Cyrillic ones, Kazakh when
    its paragraph reads as Kazakh (by letters or by vocabulary), else Russian."""
    if tok.lang not in ("kk", "ru") or "kk" not in lex.languages:
        return tok.lang or "ru"
    if tok.lang == "kk":
        return "kk"
    i = doc.paragraph_index(tok.start)
    if i is None:
        return tok.lang
    return "kk" if paragraph_kazakh_share(doc, lex)[i] >= 0.5 else "ru"


