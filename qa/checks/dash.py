"""DSH001 hyphen-as-dash: a hyphen-minus standing between spaces where a dash is meant.

Why: typed or extracted text uses "-" for the dash ("екіншісі - бизнес", "», - деп",
"Мартыненко. - А."); Kazakh and Russian typography set an en dash (–) or em dash (—) with spaces.
Not flagged: hyphens inside words and compounds, a minus before a number ("- 5 °C" is left alone
only when a digit follows directly: "-5"), list markers at the start of a line.
Severity: info (typography); warning for "--", which OCR and typewriters leave for a dash.
Fix safety: "--" → "—" is safe; " - " → " – " is a house-style change, unsafe (qa fix --level all).
"""

import regex

from ..finding import FixAvailability, Rule, Safety, Severity

RULE = Rule("DSH001", "hyphen-as-dash", "dash", Severity.INFO,
            "hyphen used as a dash", FixAvailability.ALWAYS,
            bad={"екіншісі - бизнес": "екіншісі – бизнес", "табылады», - деп": "табылады», – деп",
                 "(7 -- 16-ғасырлар)": "(7 — 16-ғасырлар)",
                 "Н. Мартыненко. - А., С.88.": "Н. Мартыненко. – А., С.88."},
            good=("іс-қимыл", "- бірінші\n- екінші", "температура -5 °C", "1995-2000"))

# a hyphen with a space (or line end) on both sides, after something that is not a line start
_PATTERN = regex.compile(r"(?<=[^\s][ \u00A0])(?:-|--|-—|—-)(?=[ \u00A0]+\S|[ \t]*(?:\r\n|\r|\n))|(?<=\S)--(?=\S)")


def check(doc, lex):
    for m in _PATTERN.finditer(doc.text):
        if m.group() == "-":
            # typography, not damage: applied by qa fix --level all, not by default
            yield RULE.replace(m.start(), m.end(), 'hyphen "-" used as a dash; use "–"', "–", Safety.UNSAFE,
                               title="replace with an en dash")
        else:
            # "--" is typed (or read by OCR) for the long dash
            yield RULE.replace(m.start(), m.end(), f'"{m.group()}" used as a dash; use "—"', "—",
                               title="replace with a dash", severity=Severity.WARNING)
