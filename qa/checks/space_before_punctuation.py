"""SPC001 space-before-punctuation: a space before , . ; : ! ? ) ] or ».

Why: extraction and careless typing leave "отметить , что"; Kazakh, Russian and English all
write these marks close to the word before them.
Not flagged: an ellipsis after a space ("сөз ... сөз" marks an omission), a full stop that starts a
name or number (".NET", ".5"), spaces at the start of a line, and URLs, e-mails and numbers.
Fix safety: safe — only the spaces are removed.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("SPC001", "space-before-punctuation", "spacing", Severity.ERROR,
            "space before a punctuation mark", FixAvailability.ALWAYS,
            bad={"можно отметить , что": "можно отметить, что", "мемлекет ; құқық": "мемлекет; құқық",
                 "(сот билігі )": "(сот билігі)"},
            good=("сөз ... сөз", "версия .NET", "1995 ж. 30 тамызы", "[...] сөз"))

# (PUN002 asks it too, to leave SPC001 the marks it flags)
PATTERN = regex.compile(r"(?<=[\p{L}\p{N}\)\]»\"”%])[ \t\u00A0]+([,.;:!?\)\]»])")
_ELLIPSIS = regex.compile(r"\.\.|…")


def check(doc, lex):
    text = doc.text
    for m in PATTERN.finditer(text):
        s, e = m.span()
        mark = m.group(1)
        after = text[e:e + 2]
        if mark == "." and (after[:1] == "." or (after[:1].isalnum())):
            continue  # an ellipsis or ".NET", ".5"
        if _ELLIPSIS.match(text, e - 1):
            continue
        if doc.in_protected(s - 1, s):
            # after a number: "1 : 2" ratios and scores are left alone; after a URL it is still wrong
            tok = doc.token_at(s - 1)
            if tok is not None and tok.kind == "number" and mark == ":":
                continue
        yield RULE.replace(s, e, f'space before "{mark}"', mark, title=f'remove the space before "{mark}"')
