"""SPC004 year-abbreviation-space: no space between a number and the year or century abbreviation
after it ("1996г.", "2016ж.", "19в.").

Why: Russian and Kazakh typography set them apart ("1996 г.", "2016 ж."; a no-break space where
the house style has one); a scan or a hurried typist glues them, and the glued token then hides the
year from search. Proofread prose almost never glues them (one in 1,100 years of a 447,000-word
volume).
Flagged only for a number of digits right before г., гг., в., вв., ж., жж., ғ. or ғғ. that ends
there (not 5гр, 2в1). Not flagged: № before its number, which house styles write both ways
("№2", "№ 2").
Fix safety: safe — one space is inserted.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("SPC004", "year-abbreviation-space", "spacing", Severity.WARNING,
            "no space between a number and г./ж./в. after it", FixAvailability.ALWAYS,
            bad={"В 2016г. вступил в силу закон": "В 2016 г. вступил в силу закон",
                 "1996ж. қабылданған": "1996 ж. қабылданған"},
            good=("В 2016 г. вступил в силу закон № 25.", "5гр соли", "2в1", "XIX в.", "Хабаршысы. №2."))

_YEAR = regex.compile(r"(?<![\p{L}\d])\d+(?=(?:гг|вв|жж|ғғ|[гвжғ])\.(?!\p{L}))")


def check(doc, lex):
    text = doc.text
    for m in _YEAR.finditer(text):
        s, e = m.span()
        if doc.in_link(s, e + 1):
            continue
        abbr = text[e:text.index(".", e) + 1]
        yield RULE.replace(s, e, f'no space between "{m.group()}" and "{abbr}"', m.group() + " ",
                           title=f'insert a space before "{abbr}"')
