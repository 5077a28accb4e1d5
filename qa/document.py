"""The document every check reads.

Invariants, stated once:
- ``Document.text`` is the decoded input exactly as read: never normalised, never edited in
  place. Line ends (LF, CRLF, CR) are kept as they were.
- Every offset in qa is a code-point index into ``text``; spans are end-exclusive.
- Lines and columns are 1-based and derived from offsets on demand (``line_col``); nothing
  stores them.
- Tokens cover words and the protected spans (URLs, e-mails, DOIs, initials, numbers with
  suffixes) that word checks must leave alone. Each token carries a language: ``kk``, ``ru``,
  ``en`` or ``""`` (not a language token: numbers, URLs).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

import regex

# Letters that only Kazakh (among kk/ru/en) writes with.
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
_KK_MARK = regex.compile(f"[{KAZAKH_LETTERS}]")
_CYR = regex.compile(r"\p{Cyrillic}")
_LAT = regex.compile(r"\p{Latin}")

_TOKEN = regex.compile(
    r"""
    (?P<url>(?:https?|ftp)://[^\s<>«»"“”]+|www\.[^\s<>«»"“”]+|mailto:[^\s<>«»"“”]+)
  | (?P<email>[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+)
  | (?P<doi>\b10\.\d{4,9}/[^\s«»"“”]+)
  | (?P<domain>\b[\p{Latin}\d\-]+(?:\.[\p{Latin}\d\-]+)*\.(?:kz|ru|com|org|net|edu|gov|info|io|uk|de|fr|su|int|ac|рф|қаз)\b)
  | (?P<numsuffix>(?:\d+(?:[.,]\d+)*(?:[-–]\d+(?:[.,]\d+)*)?|\b[IVXLCDM]+)[%°]?-\p{L}+)
  | (?P<number>\d+(?:[.,:]\d+)*)
  | (?P<initials>(?<![\p{L}\d])\p{Lu}\.(?:[ \u00A0]?\p{Lu}\.)*(?=[\s\p{Lu}\p{P}]|$))
  | (?P<word>[\p{L}\p{M}]+(?:\d+[\p{L}\p{M}]+)*(?:['’ʼ\-][\p{L}\p{M}]+(?:\d+[\p{L}\p{M}]+)*)*)
    """,
    regex.VERBOSE,
)
_ROMAN = regex.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_BLANK_LINES = regex.compile(r"(?:\r\n|\r|\n)[ \t\f\v\u00A0]*(?:(?:\r\n|\r|\n)[ \t\f\v\u00A0]*)+")
LINE_BREAK = regex.compile(r"\r\n|\r|\n")

# Window (in Cyrillic words, each side) over which a word's language is decided, and the share
# of words with Kazakh-only letters that makes the window Kazakh. Kazakh prose has 40-60 %
# such words; Russian prose has them only in Kazakh names.
_LANG_WINDOW = 25
_KK_SHARE = 0.2
_LONG_BLOCK = 12  # Cyrillic words that make a paragraph decide its own language


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # word, roman, number, numsuffix, initials, url, email, doi, domain
    lang: str = ""

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    lang: str


_LINK_KINDS = ("url", "email", "doi", "domain")


def in_spans(spans, start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted ``spans``?"""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1] for j in (i, i + 1))


def _covering(spans, starts: list[int], offset: int) -> int | None:
    """Index of the span (sorted, not overlapping, with ``starts``) that holds ``offset``."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i].start <= offset < spans[i].end:
        return i
    return None


def script_of(word: str) -> str:
    """'cyrillic', 'latin', 'mixed' or 'other'."""
    cyr = bool(_CYR.search(word))
    lat = bool(_LAT.search(word))
    if cyr and lat:
        return "mixed"
    return "cyrillic" if cyr else "latin" if lat else "other"


@dataclass(eq=False)
class Document:
    text: str
    path: str = "<text>"
    encoding: str = "utf-8"
    languages: tuple[str, ...] = ("kk", "ru", "en")
    regions: tuple = ()  # readers.Region spans: PDF page, DOCX paragraph, OCR line and word box
    source_format: str = "text"
    # read by a Russian OCR model? None: judged per paragraph by its letters; True: every Kazakh
    # paragraph (a setting, or the fixer's later rounds); False: none
    russian_ocr: bool | None = None
    _line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(m.end() for m in LINE_BREAK.finditer(self.text))
        self._line_starts = starts

    # -------------------------------------------------------------- lines
    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def region_at(self, offset: int):
        """The innermost region (shortest span) that holds ``offset``; between regions (the line
        breaks an extractor puts between them), the last one before it; None without regions."""
        best = None
        before = None
        for r in self.regions:
            if r.start <= offset < r.end or (r.start == offset == r.end):
                if best is None or r.end - r.start < best.end - best.start:
                    best = r
            elif r.end <= offset and (before is None or r.end > before.end):
                before = r
        return best or before

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end (before the line break) of a 1-based line."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def lines(self) -> Iterator[tuple[int, int]]:
        for n in range(1, len(self._line_starts) + 1):
            yield self.line_span(n)

    # -------------------------------------------------------------- tokens
    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        raw = []
        for m in _TOKEN.finditer(self.text):
            kind = m.lastgroup
            s, e = m.span()
            t = m.group()
            if kind in ("url", "doi"):
                # trailing sentence punctuation is not part of a link
                while e > s and t[-1] in ".,;:)]»\"'”":
                    t, e = t[:-1], e - 1
            elif kind == "word" and t.isupper() and _ROMAN.fullmatch(t) and len(t) <= 8:
                kind = "roman"
            raw.append((s, e, t, kind))
        return tuple(self._assign_languages(raw))

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.kind == "word")

    @cached_property
    def word_count(self) -> int:
        """Whitespace-separated words, as editors and the evaluator count them."""
        return len(self.text.split())

    def _blocks(self) -> list[tuple[int, int]]:
        bounds = []
        pos = 0
        for m in _BLANK_LINES.finditer(self.text):
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(self.text)))
        return [(s, e) for s, e in bounds if s < e]

    def _segments(self, cyr_starts: list[int]) -> list[int]:
        """Segment number per Cyrillic word: a long paragraph is its own segment; runs of short
        ones (a line each, as in extracted text with blank lines between) are pooled."""
        seg_of = []
        blocks = self._blocks()
        seg = -1
        prev_long = True
        for s, e in blocks:
            lo, hi = bisect.bisect_left(cyr_starts, s), bisect.bisect_left(cyr_starts, e)
            long = hi - lo >= _LONG_BLOCK
            if long or prev_long:
                seg += 1
            prev_long = long
            seg_of.extend([seg] * (hi - lo))
        return seg_of

    def _assign_languages(self, raw: list[tuple[int, int, str, str]]) -> Iterator[Token]:
        cyr_idx = [i for i, r in enumerate(raw) if r[3] == "word" and _CYR.search(r[2])]
        marks = [1 if _KK_MARK.search(raw[i][2]) else 0 for i in cyr_idx]
        segs = self._segments([raw[i][0] for i in cyr_idx])
        prefix = [0]
        for m in marks:
            prefix.append(prefix[-1] + m)
        seg_lo: dict[int, int] = {}
        seg_hi: dict[int, int] = {}
        for k, sg in enumerate(segs):
            seg_lo.setdefault(sg, k)
            seg_hi[sg] = k + 1
        lang_of: dict[int, str] = {}
        allow_kk = "kk" in self.languages
        allow_ru = "ru" in self.languages
        for k, i in enumerate(cyr_idx):
            sg = segs[k]
            lo, hi = max(seg_lo[sg], k - _LANG_WINDOW), min(seg_hi[sg], k + _LANG_WINDOW + 1)
            share = (prefix[hi] - prefix[lo]) / (hi - lo)
            kk = (share >= _KK_SHARE or marks[k]) if allow_kk else False
            lang_of[i] = "kk" if kk or not allow_ru else "ru"
        for i, (s, e, t, kind) in enumerate(raw):
            if kind in ("word", "roman"):
                lang = lang_of.get(i) or ("en" if _LAT.search(t) else "")
            else:
                lang = ""
            yield Token(s, e, t, kind, lang)

    # -------------------------------------------------------------- paragraphs
    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Blocks separated by blank lines, each with its majority language."""
        out = []
        for s, e in self._blocks():
            counts: dict[str, int] = {}
            for t in self.tokens_in(s, e):
                if t.lang:
                    counts[t.lang] = counts.get(t.lang, 0) + 1
            lang = max(counts, key=lambda k: counts[k]) if counts else ""
            out.append(Paragraph(s, e, lang))
        return tuple(out)

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that start inside [start, end)."""
        starts = self._token_starts
        return self.tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_index(self, offset: int) -> int | None:
        return _covering(self.paragraphs, self._paragraph_starts, offset)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = self.paragraph_index(offset)
        return None if i is None else self.paragraphs[i]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_at(self, offset: int) -> Token | None:
        i = _covering(self.tokens, self._token_starts, offset)
        return None if i is None else self.tokens[i]

    @cached_property
    def protected_spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((t.start, t.end) for t in self.tokens if t.kind in _LINK_KINDS + ("initials", "numsuffix", "number"))

    @cached_property
    def link_spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((t.start, t.end) for t in self.tokens if t.kind in _LINK_KINDS)

    def in_protected(self, start: int, end: int | None = None) -> bool:
        """Does [start, end) touch a URL, e-mail, DOI, domain, initials or number token?"""
        return in_spans(self.protected_spans, start, start + 1 if end is None else end)

    def in_link(self, start: int, end: int | None = None) -> bool:
        """Does [start, end) touch a URL, e-mail, DOI or domain token?"""
        return in_spans(self.link_spans, start, start + 1 if end is None else end)
