"""SPC002 missing-space-after: no space after a sentence's full stop, or after , ; : ! ? between words.

Why: extraction glues sentences ("личности.Правительство") and OCR drops spaces after commas
("сот,прокуратура"); the glued pair then fails spelling and search.
Not flagged: initials ("Л.Н.Гумилев", "Ш.Айманов"), abbreviations ("т.е.", "т.б."), page and
volume references ("С.88", "Т.4"), decimals ("3,5"), URLs, e-mails and domain names; a full stop
counts only between a lowercase word of two or more letters and a capitalised word.
Fix safety: safe — one space is inserted.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("SPC002", "missing-space-after", "spacing", Severity.ERROR,
            "no space after punctuation between words", FixAvailability.ALWAYS,
            bad={"свобод личности.Правительство Алаш": "свобод личности. Правительство Алаш",
                 "сот,прокуратура": "сот, прокуратура"},
            good=("Л.Н.Гумилев атындағы", "т.е. так", "Сб. док-тов, С.88.", "3,5 млн", "zh.sayash@gmail.com",
                  "Ш.Айманов", "www.gov.kz"))

_STOP = regex.compile(r"(?<=\p{Ll}\p{Ll})([.!?])(?=\p{Lu}\p{Ll})")
_INNER = regex.compile(r"(?<=\p{L}\p{L})([,;])(?=\p{L}\p{L})")


def check(doc, lex):
    for pattern in (_STOP, _INNER):
        for m in pattern.finditer(doc.text):
            s, e = m.span()
            if doc.in_protected(s - 1, e + 1):
                continue
            mark = m.group(1)
            yield RULE.replace(s, e, f'no space after "{mark}"', mark + " ",
                               title=f'insert a space after "{mark}"')
