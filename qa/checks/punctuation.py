"""PUN001 punctuation: doubled marks and a citation after the sentence's full stop.

Why: ",," and ".." are typing or OCR slips; "білеміз. [4]." puts the reference outside the
sentence it supports and doubles the full stop — it belongs before the stop: "білеміз [4].".
Not flagged: ellipses ("...", "…"), "?!" and "!!" used for emphasis, abbreviations before a
citation ("т.б. [4]").
Severity: warning. Fix safety: safe.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("PUN001", "punctuation", "punctuation", Severity.WARNING,
            "doubled punctuation or a citation after the full stop", FixAvailability.ALWAYS,
            bad={"бағдарламасын білеміз. [4]. Аталған": "бағдарламасын білеміз [4]. Аталған",
                 "сот,, прокуратура": "сот, прокуратура", "жүйесі.. Бұл": "жүйесі. Бұл"},
            good=("сөз... сөз", "Неге?!", "т.б. [4].", "білеміз [4].", "[4, с. 12]."))

_DOUBLED = regex.compile(r"(?<=\p{L})(,,|;;|::|\.\.)(?!\.)")
_CITE = regex.compile(r"(?P<word>\p{L}{3,})\.[ \u00A0]?(?P<cite>\[[^\[\]\n]{1,40}\])\.")


def check(doc, lex):
    text = doc.text
    for m in _DOUBLED.finditer(text):
        if text[m.start() - 1:m.start()] == "." or m.group() == ".." and text[m.start() - 1] == ".":
            continue
        yield RULE.replace(m.start(), m.end(), f'doubled "{m.group()[0]}"', m.group()[0])
    for m in _CITE.finditer(text):
        word = m.group("word")
        if lex.is_abbreviation(word + "."):
            continue
        repl = f"{word} {m.group('cite')}."
        yield RULE.replace(m.start(), m.end(), "citation after the full stop; put it inside the sentence", repl)
