"""SPC003 doubled-space: two or more spaces between words inside a line.

Why: typed for alignment or left by justified-text extraction; they break search and diff.
Not flagged: indentation at the start of a line, spaces before a line end, tabs in tables.
Fix safety: safe — the run becomes one space.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("SPC003", "doubled-space", "spacing", Severity.WARNING,
            "two or more spaces between words", FixAvailability.ALWAYS,
            bad={"қабылданған  Ата": "қабылданған Ата"},
            good=("  indented line", "line end  \nnext", "a\tb"))

_PATTERN = regex.compile(r"(?<=\S)[ \u00A0]{2,}(?=\S)")


def check(doc, lex):
    for m in _PATTERN.finditer(doc.text):
        s, e = m.span()
        yield RULE.replace(s, e, f"{e - s} spaces between words", " ", title="collapse to one space")
