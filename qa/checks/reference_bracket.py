"""PUN004 reference-bracket-misread: the square brackets of a reference read as other marks.

Why: OCR models read the thin square brackets of a citation as a bar, a parenthesis or a one:
"|9).", "|24; 27).", "|18; 302 б.|.", "|141." for [9], [24; 27], [18; 302 б.], [14]. The
reference then no longer looks like one, to a reader or to a reference checker (CIT001).
How: a bar right before a reference's numbers (one to three digits, ranges and lists with
- – ; ,, and a page part such as "302 б." or "45 с."), closed by | ) ] 1 or l before a mark, a
space or the line end. Prose never writes a bar before a number.
Severity: error. Fix safety: safe when the closing mark is | ) or ]; when it is 1 or l it may
be a digit with the bracket lost, so the fix is offered, not applied ("|91." → "[9]." or "[91].").
"""

import regex

from ..finding import FixAvailability, Rule, Safety, Severity

RULE = Rule("PUN004", "reference-bracket-misread", "punctuation", Severity.ERROR,
            "a reference's square brackets read as other marks", FixAvailability.ALWAYS,
            bad={"ішек құрылады |9). Энтодермамен": "ішек құрылады [9]. Энтодермамен",
                 "бөлігі болып табылады |18; 302 б.|. Ағзада": "бөлігі болып табылады [18; 302 б.]. Ағзада",
                 "жаңалықты тапқан |141. Дулат": "жаңалықты тапқан [14]. Дулат"},
            good=("ішек құрылады [9]. Энтодермамен", "| 9 | 12 |", "a|b", "x |= 1", "[9|12]"))

_MISREAD = regex.compile(
    r"(?<![\p{L}\d|\[])\|(?P<body>\d{1,3}(?:[ \t]*[-–;,][ \t]*\d{1,3})*(?:[,;][ \t]*\d{1,4}[ \t.]*[бс6]\.?)?)"
    r"(?P<close>[|)\]1l])(?=[.,;:]|[ \t\n]|$)")


def check(doc, lex):
    for m in _MISREAD.finditer(doc.text):
        body, close = m.group("body"), m.group("close")
        fixed = f"[{body}]"
        if close in "|)]":
            yield RULE.replace(m.start(), m.end(), f'"{m.group()}": a reference read without its square brackets',
                               fixed, title=f"write {fixed!r}")
        else:
            # the 1 (or l) may be the closing bracket or a digit of a reference whose bracket was lost
            yield RULE.replace(m.start(), m.end(), f'"{m.group()}": a reference read without its square brackets',
                               fixed, Safety.UNSAFE, title=f"write {fixed!r}", more=(f"[{body}{close}]",))
