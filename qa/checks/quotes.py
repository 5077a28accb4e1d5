"""QUO001 quote-style: quotation marks that break the document's style.

Why: Kazakh and Russian typography quote with « »; pasted text brings “ ” and "…". A document
mixing them looks unedited.
How: the dominant style is the one with most pairs (« » wins ties, and is the default for kk and
ru paragraphs); a pair in another style is flagged, with the text inside kept. „ “ and “ ” nested
inside « » are correct second-level quotes and are left alone.
Severity: info. Fix safety: unsafe (a house-style change, applied by qa fix --level all); only the
two marks change.
"""

import regex

from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity

RULE = Rule("QUO001", "quote-style", "quotes", Severity.INFO,
            "quotation marks in another style than the document's", FixAvailability.ALWAYS,
            bad={"«Алаш» партиясы және “Сот жүйесі” заңы": "«Алаш» партиясы және «Сот жүйесі» заңы",
                 '«Алаш» және "Үшінші жаңғыру" бағдарламасы': "«Алаш» және «Үшінші жаңғыру» бағдарламасы"},
            good=("«Алаш» және «Сот»", "«Ол „Абай“ деді»", "He said “yes”.", '"Митра-фильм"'))

_GUILLEMET = regex.compile(r"«[^«»]{0,300}»")
_CURLY = regex.compile(r"“([^“”«»]{1,300}?)”")
_STRAIGHT = regex.compile(r'(?<![\p{L}\d])"([^"«»\n]{1,300}?(?:\n[^"«»\n]{0,300}?){0,2})"(?![\p{L}\d])')


def _inside_guillemets(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[max(0, pos - 400):pos]:
        if ch == "«":
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
    return depth > 0


def check(doc, lex):
    text = doc.text
    guillemets = len(_GUILLEMET.findall(text))
    others = [(m, "“”") for m in _CURLY.finditer(text)] + [(m, '""') for m in _STRAIGHT.finditer(text)]
    if not others or guillemets == 0 or guillemets < len(others):
        return  # « » is not the document's style, or there is nothing to compare with
    for m, style in others:
        if _inside_guillemets(text, m.start()):
            continue
        s, e = m.span()
        inner = m.group(1)
        # a house-style change: applied by qa fix --level all, not by default
        fix = Fix((Edit(s, s + 1, "«"), Edit(e - 1, e, "»")), Safety.UNSAFE, "use « »")
        yield RULE.finding(s, e, f"quotes {style[0]}…{style[1]} in a document quoted with « »",
                           (f"«{inner}»",), fix)
