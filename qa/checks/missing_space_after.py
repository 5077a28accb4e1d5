"""SPC002 missing-space-after: no space after a sentence's full stop, ! or ?, or after a comma or
semicolon between words or before a number.

Why: extraction glues sentences ("личности.Правительство") and OCR drops spaces after commas
("сот,прокуратура"); the glued pair then fails spelling and search.
Not flagged: initials ("Л.Н.Гумилев", "Ш.Айманов"), abbreviations ("т.е.", "т.б."), page and
volume references ("С.88", "Т.4"), decimals ("3,5"), URLs, e-mails and domain names, a reference
abbreviation's stop read as a comma ("ст,49": PUN001's); a full stop counts only between a
lowercase word of two or more letters and a capitalised word.
Fix safety: safe — one space is inserted.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("SPC002", "missing-space-after", "spacing", Severity.ERROR,
            "no space after punctuation between words", FixAvailability.ALWAYS,
            bad={"свобод личности.Правительство Алаш": "свобод личности. Правительство Алаш",
                 "сот,прокуратура": "сот, прокуратура", "сөйлей алады,13,3% тек": "сөйлей алады, 13,3% тек"},
            good=("Л.Н.Гумилев атындағы", "т.е. так", "Сб. док-тов, С.88.", "3,5 млн", "zh.sayash@gmail.com",
                  "Ш.Айманов", "www.gov.kz", "ч. 1 ст,49"))

_STOP = regex.compile(r"(?<=\p{Ll}\p{Ll})(?P<mark>[.!?])(?=\p{Lu}\p{Ll})")
_INNER = regex.compile(r"(?<=\p{L}\p{L})(?P<mark>[,;])(?=\p{L}\p{L})")
# a comma or semicolon between a word and a number (-ды,13,3%): not a reference abbreviation's
# misread stop (ст,49: PUN001's)
_BEFORE_NUMBER = regex.compile(r"(?<=(?P<left>\p{L}{2,}))(?P<mark>[,;])(?=\d)")


def check(doc, lex):
    for pattern in (_STOP, _INNER, _BEFORE_NUMBER):
        for m in pattern.finditer(doc.text):
            s, e = m.span("mark")
            if pattern is _BEFORE_NUMBER:
                if lex.is_abbreviation(m.group("left") + ".") or doc.in_link(s - 1, e + 1):
                    continue  # (a number token is protected, and this one touches it)
            elif doc.in_protected(s - 1, e + 1):
                continue
            mark = m.group("mark")
            yield RULE.replace(s, e, f'no space after "{mark}"', mark + " ",
                               title=f'insert a space after "{mark}"')
