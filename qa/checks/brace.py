"""PUN005 brace-for-bracket: a curly brace OCR read for a parenthesis or a square bracket.

Why: OCR models read the curved ends of parentheses and brackets as braces: "{режим пребывания
иностранцев, лиц без гражданства}", "(п. 54}", "тапқан {14}.", "“Жат қолында” {1984}". Prose in
Kazakh and Russian uses no braces, so a reader stumbles and a reference checker misses the
citation.
How: in OCR text only (SPL001's noise measure, or a paragraph a Russian model read), a brace
paired with another brace or with a parenthesis or bracket within a sentence or two: a pair of
braces around a reference's numbers (digits, ranges, lists, a page part) becomes square brackets,
around anything else parentheses; a brace paired with a parenthesis or bracket takes its type.
A brace touching letters inside a word is a misread letter (к{с}, керд}: KAZ001's business).
Severity: error. Fix safety: safe (no prose writes braces).
"""

import regex

from ..finding import FixAvailability, Rule, Severity
from .misspelling import NOISE_EXAMPLE as _NOISE
from .misspelling import read_by_ocr

RULE = Rule("PUN005", "brace-for-bracket", "punctuation", Severity.ERROR,
            "a curly brace read for a parenthesis or a square bracket", FixAvailability.ALWAYS,
            bad={_NOISE + "мысалы {режим пребывания} болды.": _NOISE + "мысалы (режим пребывания) болды.",
                 _NOISE + "жалғастық тапқан {14}. Дулат": _NOISE + "жалғастық тапқан [14]. Дулат",
                 _NOISE + "отказано» (п. 54}. Таким": _NOISE + "отказано» (п. 54). Таким"},
            good=("Жиын {1, 2, 3} деп белгіленеді.", _NOISE + "к{с} келді", "мысалы (режим) болды."))

_PARTNER = {"{": "}", "(": ")", "[": "]"}
_REFERENCE = regex.compile(r"\d{1,4}(?:\s*[-–;,]\s*\d{1,4})*(?:[,;.:]?\s*(?:[бсБС]|стр|бет)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?")
REACH = 300  # characters a pair may span: an aside or a reference


def _pairs(text: str):
    """(opening position, closing position) of brackets of any kind, braces among them, matched
    like parentheses within REACH."""
    stack: list[int] = []
    for m in regex.finditer(r"[{}()\[\]]", text):
        ch, pos = m.group(), m.start()
        while stack and pos - stack[0] > REACH:
            stack.pop(0)
        if ch in "{([":
            stack.append(pos)
        elif stack:
            yield stack.pop(), pos


def check(doc, lex):
    text = doc.text
    if "{" not in text and "}" not in text:
        return
    for s, e in _pairs(text):
        opener, closer = text[s], text[e]
        if "{" not in opener + closer and "}" not in opener + closer:
            continue
        if not read_by_ocr(doc, lex, s, e + 1):
            continue
        inside = text[s + 1:e]
        if opener == "{" and text[s - 1:s].isalpha() or closer == "}" and text[e + 1:e + 2].isalpha():
            continue  # inside a word (к{с}): a misread letter
        if opener == "{" and closer == "}":
            kind = "[" if _REFERENCE.fullmatch(inside.strip()) and not regex.fullmatch(r"\d{4}", inside.strip()) \
                else "("
        else:
            kind = opener if opener != "{" else {")": "(", "]": "["}.get(closer, "(")
        for pos, ch, want in ((s, opener, kind), (e, closer, _PARTNER[kind])):
            if ch in "{}":
                yield RULE.replace(pos, pos + 1, f'"{ch}" read for "{want}"', want, title=f"write {want!r}")
