"""ART001 leaked-link: link text from a PDF annotation leaked into the body ("mailto:…").

Why: some extractors write a link's target next to its visible text; "mailto:name@host" then
stands alone in a paragraph and the address appears twice.
Severity: error. Fix safety: safe — the link text is removed (with its line when it stands alone).
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("ART001", "leaked-link", "artifact", Severity.ERROR,
            "link text leaked into the body", FixAvailability.ALWAYS,
            bad={"әділдігін, \nmailto:zh.sayash@gmail.com\n дамыту": "әділдігін, \n дамыту",
                 "хат mailto:a@b.kz жіберу": "хат жіберу"},
            good=("zh.sayash@gmail.com", "https://adilet.zan.kz"))

_REST_OF_LINE = regex.compile(r"[^\r\n]*")
_MAILTO = regex.compile(r"mailto:[^\s<>«»\"“”]+", regex.IGNORECASE)


def check(doc, lex):
    text = doc.text
    for m in _MAILTO.finditer(text):
        s, e = m.span()
        line_start = max(text.rfind("\n", 0, s), text.rfind("\r", 0, s)) + 1
        rest = _REST_OF_LINE.match(text, e)
        if not text[line_start:s].strip() and not rest.group().strip():
            # take the rest of the line and its line break
            nl = regex.compile(r"[ \t]*(?:\r\n|\r|\n)?").match(text, e)
            e = nl.end()
        elif text[e:e + 1] == " ":
            e += 1
        yield RULE.replace(s, e, f'leaked link text "{m.group()}"', "", title="remove the link text")
