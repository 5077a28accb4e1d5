"""ART002 page-furniture: running heads and page numbers left in the text flow at page breaks.

Why: extractors write every page's running head ("Вестник КазНУ. Серия юридическая. №2 (90).
2019") and page number into the text, in the middle of sentences and of hyphenated words.
How: only in text with page breaks (form feeds, as pdftotext and pdfminer write them): a line
next to a page break (within two non-blank lines) that is a bare page number, or a line of 12 or
more characters, eight of them letters, that recurs at two or more page breaks (digits ignored,
so "№2 (90). 2019 134" and "… 135" match; reference entries such as "2003. – №1. – Б. 97–105."
have too few letters to be taken for one).
Severity: info. Fix safety: safe — the line is removed.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("ART002", "page-furniture", "artifact", Severity.INFO,
            "running head or page number in the text flow", FixAvailability.ALWAYS,
            bad={"сөз бірінші бет\n\n134\n\n\fЖурнал. Серия. №4 (121). 2017\n\nекінші бет\n\n135\n\n\f"
                 "Журнал. Серия. №4 (121). 2017\n\nүшінші бет":
                 "сөз бірінші бет\n\n\n\f\nекінші бет\n\n\n\f\nүшінші бет"},
            good=("Бірінші жол\n134\nекінші жол", "1995 жыл\n\nмәтін"))

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_PAGE_NO = regex.compile(r"[ \t]*[-–—]?[ \t]*\d{1,4}[ \t]*[-–—]?[ \t]*")
_DIGITS = regex.compile(r"\d+")
NEAR = 2
MIN_HEAD_LETTERS = 8
_LETTER = regex.compile(r"\p{L}")


def _lines(text):
    pos = 0
    while pos < len(text):
        m = _LINE.match(text, pos)
        if not m.group():
            break
        yield m.start(), m.end(), m.group().rstrip("\r\n")
        pos = m.end()


def check(doc, lex):
    text = doc.text
    if "\f" not in text:
        return
    lines = list(_lines(text))
    # lines within NEAR non-blank lines of a page break; the start and end of the text are the
    # top of the first page and the bottom of the last
    breaks = [(i, (-1, 1)) for i, (_, _, body) in enumerate(lines) if "\f" in body]
    breaks += [(-1, (1,)), (len(lines), (-1,))]
    near: set[int] = set()
    for i, steps in breaks:
        for step in steps:
            j, seen = i + (step if i in (-1, len(lines)) else 0), 0
            while 0 <= j < len(lines) and seen < NEAR:
                b = lines[j][2].replace("\f", "").strip()
                if b:
                    near.add(j)
                    seen += 1
                j += step
    keys: dict[str, int] = {}
    for i in near:
        b = lines[i][2].replace("\f", "").strip()
        if len(b) >= 12:
            k = _DIGITS.sub("#", b)
            keys[k] = keys.get(k, 0) + 1
    for i in sorted(near):
        s, e, body = lines[i]
        b = body.replace("\f", "").strip()
        lead = len(body) - len(body.lstrip("\f"))
        if _PAGE_NO.fullmatch(b):
            what = "page number"
        elif len(b) >= 12 and len(_LETTER.findall(b)) >= MIN_HEAD_LETTERS and keys.get(_DIGITS.sub("#", b), 0) >= 2:
            what = "running head"
        else:
            continue
        start = s + lead  # keep the form feed itself
        yield RULE.replace(start, e, f'{what} "{b[:60]}" in the text flow', "", title=f"remove the {what}")
