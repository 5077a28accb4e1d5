"""DSH001 hyphen-as-dash: a hyphen-minus standing between spaces where a dash is meant.

Why: typed or extracted text uses "-" for the dash ("екіншісі - бизнес", "», - деп",
"Мартыненко. - А."); Kazakh and Russian typography set an en dash (–) or em dash (—) with spaces.
Not flagged: hyphens inside words and compounds, a minus before a number ("- 5 °C" is left alone
only when a digit follows directly: "-5"), list markers at the start of a line.
Severity: info (typography); warning for "--" (spaced or not, at a line's start too), which OCR
and typewriters leave for a dash; a longer run of hyphens is a rule, not a dash.
Fix safety: "--" → "—" is safe; " - " → " – " is a house-style change, unsafe (qa fix --level all).
"""

import regex

from ..finding import FixAvailability, Rule, Safety, Severity

RULE = Rule("DSH001", "hyphen-as-dash", "dash", Severity.INFO,
            "hyphen used as a dash", FixAvailability.ALWAYS,
            bad={"екіншісі - бизнес": "екіншісі – бизнес", "табылады», - деп": "табылады», – деп",
                 "(7 -- 16-ғасырлар)": "(7 — 16-ғасырлар)", "кезі 13-- 14": "кезі 13 — 14",
                 "Н. Мартыненко. - А., С.88.": "Н. Мартыненко. – А., С.88."},
            good=("іс-қимыл", "- бірінші\n- екінші", "температура -5 °C", "1995-2000", "------"))

# a hyphen with a space (or line end) on both sides, after something that is not a line start;
# two hyphens anywhere (13-- 14, --14, a line's opening -- of a dialogue), not in a longer rule
_PATTERN = regex.compile(r"(?<=[^\s][ \u00A0])(?:-|--|-—|—-)(?=[ \u00A0]+\S|[ \t]*(?:\r\n|\r|\n))"
                         r"|(?<![-—])--(?![-—])")


def check(doc, lex):
    for m in _PATTERN.finditer(doc.text):
        if doc.in_protected(m.start(), m.end()):
            continue  # a URL's or e-mail's hyphens
        if m.group() == "-":
            # typography, not damage: applied by qa fix --level all, not by default
            yield RULE.replace(m.start(), m.end(), 'hyphen "-" used as a dash; use "–"', "–", Safety.UNSAFE,
                               title="replace with an en dash")
        else:
            # "--" is typed (or read by OCR) for the long dash; spaced on one side, it is spaced
            # on both (13-- 14 → 13 — 14); touching words on both, it stays so (a--b → a—b)
            before, after = doc.text[m.start() - 1:m.start()], doc.text[m.end():m.end() + 1]
            dash = "—"
            if before.strip() and after in (" ", "\u00A0"):
                dash = " —"
            elif after.strip() and before in (" ", "\u00A0"):
                dash = "— "
            yield RULE.replace(m.start(), m.end(), f'"{m.group()}" used as a dash; use "—"', dash,
                               title="replace with a dash", severity=Severity.WARNING)
