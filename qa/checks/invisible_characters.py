"""ART003 invisible-characters: zero-width characters, ligature code points, private-use and
replacement characters inside the text.

Why: PDFs and word processors leave U+200B (zero-width space), U+00AD-like joiners, ligatures
such as "ﬁ" (U+FB01) and private-use glyphs; they break search, spelling and sorting.
Fix safety: safe for zero-width characters (removed) and ligatures (spelled out); private-use and
replacement characters are display-only (what they stood for is unknown).
"""

import regex

from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity

RULE = Rule("ART003", "invisible-characters", "artifact", Severity.ERROR,
            "zero-width, ligature, private-use or replacement character", FixAvailability.SOMETIMES,
            bad={"сот\u200bбилігі": "сотбилігі", "ﬁnal": "final"},
            good=("сот билігі", "final"))

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
             "\ufb06": "st"}
_PATTERN = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\ufb00-\ufb06\ue000-\uf8ff\ufffd]")


def check(doc, lex):
    for m in _PATTERN.finditer(doc.text):
        ch = m.group()
        s, e = m.span()
        code = f"U+{ord(ch):04X}"
        if ch in LIGATURES:
            yield RULE.replace(s, e, f'ligature "{ch}" ({code})', LIGATURES[ch], title="spell out the ligature")
        elif "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd":
            what = "private-use" if ch != "\ufffd" else "replacement"
            yield RULE.finding(s, e, f"{what} character {code}: a glyph the extractor could not map", (),
                               Fix((Edit(s, e, ""),), Safety.DISPLAY, "remove"))
        else:
            yield RULE.replace(s, e, f"zero-width character {code}", "", title="remove it")
