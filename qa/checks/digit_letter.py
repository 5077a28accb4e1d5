"""HOM003 digit-for-letter: a digit OCR read for the Cyrillic letter it looks like.

Why: OCR models read б as 6, з as 3 and о as 0 when a letter is faint or set in a narrow face:
"т.6." for the Kazakh т.б. (тағы басқа), "0го" for ого; and in a Kazakh reference the page
abbreviation б. (бет) after the page number: "[3, 188 6.]". The word then fails search and
spelling, and a reader may take it for a number.
How: a word of Cyrillic letters (an abbreviation's full stops included) with one or two of 6, 3,
0 beside its letters, whose letter reading is a valid word or a known abbreviation; and, in a
paragraph Kazakh by its vocabulary (read by a Russian OCR model too), "6." between a page number
and the closing bracket of a reference.
Not flagged: codes and sizes with capitals (А3, 6Ж), numbers with units (5кг), words with more
digits, and any reading the lexicon does not know.
Severity: error. Fix safety: safe (the reading is a known word or abbreviation).
"""

import regex

from ..finding import FixAvailability, Rule, Severity
from ._words import paragraph_kazakh_share

RULE = Rule("HOM003", "digit-for-letter", "homoglyph", Severity.ERROR,
            "a digit read for the letter it looks like", FixAvailability.ALWAYS,
            bad={"ақындар, т.6. жазды": "ақындар, т.б. жазды",
                 "тілі туралы [3, 188 6.] айтылған": "тілі туралы [3, 188 б.] айтылған",
                 "и 0го сколько": "и ого сколько"},
            good=("формат А3 қағаз", "6Ж моделі", "5кг салмақ", "т.б. жазды", "[3, 188 б.]",
                  "2020 жылы 6 рет", "[12, 6]"))

LETTER_FOR = {"6": "б", "3": "з", "0": "о"}
_TABLE = str.maketrans(LETTER_FOR)
# a run of lowercase Cyrillic letters, look-alike digits and an abbreviation's inner full stops,
# with a digit touching a letter (across a full stop too: т.6.)
_WORD = regex.compile(r"(?<![\p{L}\d.])(?=[\p{Ll}630.]*?(?:\p{Cyrillic}\.?[630]|[630]\.?\p{Cyrillic}))"
                      r"[\p{Ll}630]+(?:\.[\p{Ll}630]+)*\.?(?![\p{L}\d])")
# a Kazakh reference's page abbreviation after the page number: [3, 188 6.]
_PAGE = regex.compile(r"(?<=\d[ \u00A0])6(?=\.\])")
MAX_DIGITS = 2


def _known(reading: str, lex) -> bool:
    core = reading.rstrip(".")
    return lex.is_abbreviation(reading) or lex.is_abbreviation(core + ".") or "." not in core and lex.is_valid(core)


def check(doc, lex):
    text = doc.text
    for m in _WORD.finditer(text):
        word = m.group()
        if sum(ch.isdigit() for ch in word) > MAX_DIGITS or not regex.search(r"\p{Cyrillic}", word):
            continue
        reading = word.translate(_TABLE)
        if _known(reading, lex) and not doc.in_link(m.start(), m.end()):
            yield RULE.replace(m.start(), m.end(), f'"{word}": a digit read for a letter; did you mean "{reading}"?',
                               reading, title=f"write {reading!r}")
    if "kk" not in lex.languages or "6.]" not in text:
        return
    shares = paragraph_kazakh_share(doc, lex)
    for m in _PAGE.finditer(text):
        # (Kazakh by its vocabulary, as KAZ001 judges it: a Russian model's reading of Kazakh too)
        idx = doc.paragraph_index(m.start())
        if idx is not None and shares[idx] >= 0.5:
            yield RULE.replace(m.start(), m.end(), '"6." after a page number: the page abbreviation "б." (бет)',
                               "б", title="write 'б'")
