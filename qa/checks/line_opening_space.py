"""ART005 line-opening-space: spaces opening a line that continues the sentence before it.

Why: extractors pad lines of justified or indented text; inside a paragraph the padding is
noise that breaks search across the line break and shows as indentation where none is meant.
How: a line that starts with spaces or tabs and then a lowercase letter, after a non-empty line
that does not end a sentence (no . ! ? : ; at its end). An indented line that opens with a
capital or a number is taken as a new paragraph and left alone.
Severity: info (a layout note). Fix safety: safe — the spaces go, the line break stays.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("ART005", "line-opening-space", "artifact", Severity.INFO,
            "spaces opening a line inside a paragraph", FixAvailability.ALWAYS,
            bad={"жүзеге асырушы арнайы органдар арқылы ғана \n жүзеге асырылады.":
                 "жүзеге асырушы арнайы органдар арқылы ғана \nжүзеге асырылады.",
                 "принципы\n\t  правового государства": "принципы\nправового государства"},
            good=("Бірінші абзац бітті.\n   Екінші абзац басталды.", "Мазмұны\n   1. Кіріспе",
                  "сөз\n\n   жаңа бөлім", "   мәтіннің басы"))

# (the line break first and the look-behind after it: the scan looks for line breaks)
_PATTERN = regex.compile(r"(?:\r\n|\r|\n)(?<=[^\s.!?:;][ \t]*(?:\r\n|\r|\n))(?P<spaces>[ \t]+)(?=\p{Ll})")


def check(doc, lex):
    for m in _PATTERN.finditer(doc.text):
        s, e = m.span("spaces")
        yield RULE.replace(s, e, "spaces open a line that continues the sentence before it", "",
                           title="remove the spaces")
