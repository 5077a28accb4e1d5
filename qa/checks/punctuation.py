"""PUN001 punctuation: doubled or clashing marks and a citation after the sentence's full stop.

Why: ",," and ".." are typing or OCR slips, and so are a comma, colon or semicolon run into another
mark (",:" ",." ":." ";,"): the first is kept; "білеміз. [4]." puts the reference outside the
sentence it supports and doubles the full stop — it belongs before the stop: "білеміз [4].".
Not flagged: ellipses ("...", "…"), "?!" and "!!" used for emphasis, abbreviations before a
citation ("т.б. [4]") or a mark ("т.б.," "и др.:").
Severity: warning. Fix safety: safe.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("PUN001", "punctuation", "punctuation", Severity.WARNING,
            "doubled punctuation or a citation after the full stop", FixAvailability.ALWAYS,
            bad={"бағдарламасын білеміз. [4]. Аталған": "бағдарламасын білеміз [4]. Аталған",
                 "сот,, прокуратура": "сот, прокуратура", "жүйесі.. Бұл": "жүйесі. Бұл",
                 "Фарахани,. Хузыстан": "Фарахани, Хузыстан", "мыналар,: бірінші": "мыналар, бірінші",
                 "(салынған).. Бұл": "(салынған). Бұл"},
            good=("сөз... сөз", "Неге?!", "т.б. [4].", "білеміз [4].", "[4, с. 12].", "т.б., сондай-ақ",
                  "и др.: список", "сөз...; келесі"))

# (the marks come first and the look-behind after them, so the scan looks for marks, not letters)
_DOUBLED = regex.compile(r"(,,|;;|::|\.\.)(?<=\p{L}[)»]?..)(?!\.)")
_CLASH = regex.compile(r"(?P<keep>[,;:])(?<=\p{L}[)»]?.)(?P<drop>[,.;:]+)(?![.\p{L}])")
_CITE = regex.compile(r"\.(?<=(?P<word>\p{L}{3,})\.)[ \u00A0]?(?P<cite>\[[^\[\]\n]{1,40}\])\.")


def check(doc, lex):
    text = doc.text
    for m in _DOUBLED.finditer(text):
        if text[m.start() - 1:m.start()] == "." or m.group() == ".." and text[m.start() - 1] == ".":
            continue
        yield RULE.replace(m.start(), m.end(), f'doubled "{m.group()[0]}"', m.group()[0])
    for m in _CLASH.finditer(text):
        if m.group("drop") == m.group("keep"):
            continue  # doubled: above
        yield RULE.replace(m.start(), m.end(), f'"{m.group()}": clashing marks; keep "{m.group("keep")}"',
                           m.group("keep"))
    for m in _CITE.finditer(text):
        word = m.group("word")
        if lex.is_abbreviation(word + "."):
            continue
        repl = f"{word} {m.group('cite')}."
        yield RULE.replace(m.start("word"), m.end(), "citation after the full stop; put it inside the sentence", repl)
