"""HOM001 mixed-script: a word mixing Latin and Cyrillic look-alike letters.

Why: OCR and keyboard layouts put Latin o/a/e/c/p/x/i/h inside Cyrillic words ("тoлған") and
Cyrillic letters inside Latin ones; the word then fails search and spelling while looking right.
Kazakh-aware: Latin i and h in a Kazakh word are і and һ; Latin ə is Kazakh ә. Roman numerals
typed with Cyrillic Х and І ("ХХI", "ХІХ ғасыр") become Latin, and so does one OCR read with
look-alikes before a century word ("Х1Х в.", "ХТУ в.", "ХУ в." → XIX, XIV, XV; a warning); chemical
formulas ("СО2") too.
How: the word is rewritten in its dominant script (the script of most of its letters); when
both rewritings are possible the one the lexicon knows wins.
Fix safety: safe when the rewritten word is valid, a Roman numeral or a formula; display-only
otherwise.
"""

from itertools import product

import regex

from ..document import KAZAKH_LETTERS
from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity

RULE = Rule("HOM001", "mixed-script", "homoglyph", Severity.ERROR,
            "Latin and Cyrillic look-alike letters mixed in one word", FixAvailability.SOMETIMES,
            bad={"балалар тoлған үйде": "балалар толған үйде", "ХХI ғасыр": "XXI ғасыр",
                 "бiлiм беру": "білім беру", "Windоws": "Windows", "ХХ ғ. басы": "XX ғ. басы",
                 "врача Х1Х в. как": "врача XIX в. как", "начиная с ХТУ в. наблюдается": "начиная с XIV в. наблюдается"},
            good=("iPhone", "Windows XP", "XX ғ. басы", "Қазақстан", "H2O", "км²", "ХАЛЫҚ", "11 ғасырда",
                  "в XV в. Франция"))

LATIN_TO_CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к", "i": "і",
                "h": "һ", "m": "м", "t": "т", "b": "в", "ə": "ә", "A": "А", "B": "В", "E": "Е", "K": "К",
                "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "Y": "У", "I": "І",
                "Ə": "Ә"}
CYR_TO_LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k", "і": "i",
              "һ": "h", "м": "m", "т": "t", "в": "b", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
              "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ѕ": "S",
              "Ј": "J"}
RU_ALT = {"i": "и", "I": "И"}  # a Latin i in a Russian word stands for и more often than і

_RUN = regex.compile(r"[\p{L}\d]+")
_ROMAN_LIKE = regex.compile(r"[IVXLCDMХІСМ]+")
_ROMAN = regex.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_CYR_ROMAN = regex.compile(r"(?<![\p{L}\d])[ХІ]{2,}(?![\p{L}\d])")
# a century's Roman numeral as OCR reads it: 1 ! | Т Е for I, У for V, П for I or II (Х1Х, ХЕХ, ХТУ,
# ХУ), before в., вв., век, ғ., ғасыр (a Russian model's гасыр too); a letter among them (11 ғасыр
# is a number); one written right, or with Cyrillic Х and І only, is left to the rules above
_MISREAD_ROMAN = regex.compile(r"(?<![\p{L}\d])(?P<numeral>(?=[ХXІIУV1!|ТЕП]*[1!|ТЕПУ])(?=[ХXІIУV1!|ТЕП]*[ХXІIУVТЕП])[ХXІIУV1!|ТЕП]{2,6})\.?"
                               r"[ \u00A0]*(?:\r?\n[ \t]*)?(?P<century>вв?\.|век|ғ\.|[ғг]асыр)")
_ROMAN_LOOKS = {"Х": ("X",), "X": ("X",), "І": ("I",), "I": ("I",), "1": ("I",), "!": ("I",), "|": ("I",),
                "Т": ("I",), "Е": ("I",), "У": ("V",), "V": ("V",), "П": ("I", "II")}
_LAT = regex.compile(r"\p{Latin}")
_CYR = regex.compile(r"\p{Cyrillic}")


def _convert(word: str, table: dict[str, str]) -> str | None:
    out = []
    for ch in word:
        out.append(table.get(ch, ch))
    return "".join(out)


def _roman_reading(seen: str) -> str | None:
    """The Roman numeral the look-alike characters ``seen`` spell, if exactly one reading is one."""
    readings = {"".join(parts) for parts in product(*(_ROMAN_LOOKS[ch] for ch in seen))}
    valid = sorted(r for r in readings if _ROMAN.fullmatch(r))
    return valid[0] if len(valid) == 1 else None


def _describe(word: str, script: str) -> str:
    odd = [ch for ch in word if (_LAT.match(ch) if script == "cyrillic" else _CYR.match(ch))]
    other = "Latin" if script == "cyrillic" else "Cyrillic"
    chars = ", ".join(f'"{ch}" (U+{ord(ch):04X})' for ch in dict.fromkeys(odd))
    return f"{other} {chars} in {script.capitalize()} word \"{word}\""


def _candidates(word: str, lex):
    """(rewritten word, safe?) readings, best first."""
    n_lat = len(_LAT.findall(word))
    n_cyr = len(_CYR.findall(word))
    if _ROMAN_LIKE.fullmatch(word):
        lat = _convert(word, CYR_TO_LAT)
        if _ROMAN.fullmatch(lat):
            return [(lat, True)]
    if any(ch.isdigit() for ch in word) and word.upper() == word:
        lat = _convert(word, CYR_TO_LAT)
        if not _CYR.search(lat):
            return [(lat, True)]  # a formula: СО2 → CO2
    readings = []
    if n_cyr >= n_lat:
        cyr = _convert(word, LATIN_TO_CYR)
        if not _LAT.search(cyr):
            readings.append(cyr)
        ru = _convert(_convert(word, RU_ALT), LATIN_TO_CYR)
        if ru != cyr and not _LAT.search(ru):
            readings.append(ru)
    if n_lat >= n_cyr:
        lat = _convert(word, CYR_TO_LAT)
        if not _CYR.search(lat):
            readings.append(lat)
    valid = [r for r in readings if lex.is_valid(r)]
    if valid:
        return [(r, True) for r in valid]
    return [(r, False) for r in readings]


def check(doc, lex):
    text = doc.text
    for m in _RUN.finditer(text):
        word = m.group()
        if len(word) > 60 or not (_LAT.search(word) and _CYR.search(word)):
            continue
        s, e = m.span()
        script = "cyrillic" if len(_CYR.findall(word)) >= len(_LAT.findall(word)) else "latin"
        cands = _candidates(word, lex)
        if not cands:
            yield RULE.finding(s, e, _describe(word, script))
            continue
        best, safe = cands[0]
        fix = Fix((Edit(s, e, best),), Safety.SAFE if safe else Safety.DISPLAY, f"write {best!r}")
        yield RULE.finding(s, e, f'{_describe(word, script)}; did you mean "{best}"?',
                           tuple(c for c, _ in cands), fix)
    for m in _MISREAD_ROMAN.finditer(text):
        lat = _roman_reading(m.group("numeral"))
        if lat:
            s, e = m.span("numeral")
            yield RULE.finding(s, e, f'"{m.group("numeral")}" before "{m.group("century")}": the Roman numeral '
                               f'"{lat}" read with look-alike characters', (lat,),
                               Fix((Edit(s, e, lat),), Safety.SAFE, f"write {lat!r}"), severity=Severity.WARNING)
    for m in _CYR_ROMAN.finditer(text):
        lat = _convert(m.group(), CYR_TO_LAT)
        if _ROMAN.fullmatch(lat) and not any(ch in KAZAKH_LETTERS and ch != "І" for ch in m.group()):
            yield RULE.finding(m.start(), m.end(), f'Roman numeral "{m.group()}" typed with Cyrillic letters',
                               (lat,), Fix((Edit(m.start(), m.end(), lat),), Safety.SAFE, f"write {lat!r}"),
                               severity=Severity.WARNING)
