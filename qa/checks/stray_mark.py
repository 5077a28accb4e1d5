"""PUN002 stray-mark: a full stop, colon, backtick, quote or hyphen standing for the space between words.

Why: OCR reads specks and spaces as marks: "жоба.бойынша", "заттар:Иран", "б1р`ауыз",
"жете‘алмады". Typed text has them too when a space was lost after a stop.
How: a mark between two words that are both valid (the left one not an abbreviation, the right
one lowercase for . and :) and not part of a URL, e-mail, number or initials.
A hyphen counts when the two words form no compound: the left one carries an inflection
("алғаннан-кейін") or a name follows a lowercase word ("жүруге-Мұршасы"); paired words
(ата-ана), reduplications (қала-қалаға), enclitics (сондай-ақ) and known Russian compounds stay.
Fix safety: safe for backticks and quotes between Cyrillic words (Kazakh and Russian write no
apostrophes); for . and : the mark becomes a space when the words run on in one sentence
(the right word lowercase).
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("PUN002", "stray-mark", "punctuation", Severity.ERROR,
            "a mark where a space between words belongs", FixAvailability.ALWAYS,
            bad={"жоба.бойынша салу": "жоба бойынша салу", "бір`ауыз сөз": "бір ауыз сөз",
                 "Ирандықтар алғаннан-кейін": "Ирандықтар алғаннан кейін",
                 "көркем заттар:Иран өнерінің": "көркем заттар Иран өнерінің"},
            good=("т.б. қалалар", "т.е. так", "www.gov.kz", "Л.Н.Гумилев", "10:30", "O'Brien", "С.88",
                  "ата-ана", "іс-қимыл", "қала-қалаға", "сондай-ақ", "кто-нибудь", "политико-правовой",
                  "құрал-саймандар", "ауыл-ауылдан"))

_MARK = regex.compile(r"(?<=(?P<left>\p{L}{2,}))(?P<mark>[.:`‘’'´])(?=(?P<right>\p{L}{2,}))")
_CYR = regex.compile(r"\p{Cyrillic}")


def _hyphen_for_space(left: str, right: str, lex) -> bool:
    """A hyphen between two words that do not form a compound: the left word carries a case,
    plural or verb ending (алғаннан-кейін, шыққан-түркі, Арабтар-жаулап), or the right one
    starts a name after a lowercase word (жүруге-Мұршасы). Paired words (ата-ана, іс-қимыл,
    қала-қалаға) have a bare first part, and reduplications repeat it."""
    if left[:3].lower() == right[:3].lower() or len(left) < 3 or len(right) < 2:
        return False
    if not (lex.is_valid(left) and lex.is_valid(right)):
        return False
    if left[0].islower() and right[0].isupper():
        return True
    if right.lower() in lex.enclitics or not regex.search(r"\p{Cyrillic}", left):
        return False  # сондай-ақ, білмейміз-ау
    if lex.morph_ru.word_is_known(f"{left}-{right}".lower()):
        return False
    a = lex.kazakh.analyse(left.lower(), whole=False)
    return bool(a) and len(a[1]) >= 3 and len(a[0]) >= 3 and a[1].endswith(INFLECTION_ENDINGS)


# endings of case, plural, participle, converb and past forms (not of derivations like -лық)
INFLECTION_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "да", "де",
                      "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "ны", "ні", "ды",
                      "ді", "ты", "ті", "лар", "лер", "дар", "дер", "тар", "тер", "ған", "ген", "қан", "кен", "ып",
                      "іп", "ынша", "інше", "атын", "етін", "йтын", "йтін")
_HYPHEN = regex.compile(r"(?<![\p{L}\d-])(?P<left>\p{L}+)-(?P<right>\p{L}+)(?![\p{L}\d-])")


def check(doc, lex):
    text = doc.text
    for m in _HYPHEN.finditer(text):
        if _hyphen_for_space(m.group("left"), m.group("right"), lex):
            s = m.end("left")
            yield RULE.replace(s, s + 1, f'hyphen between "{m.group("left")}" and "{m.group("right")}", '
                                         "which form no compound", " ", title="replace with a space")
    for m in _MARK.finditer(text):
        s, e = m.span("mark")
        mark = m.group("mark")
        left = regex.search(r"\p{L}+$", text[max(0, s - 40):s]).group()
        right = regex.match(r"\p{L}+", text[e:e + 40]).group()
        if doc.in_protected(s - 1, e + 1):
            continue
        if mark in ".:":
            if not right[0].islower() and mark == ".":
                continue  # SPC002: a new sentence after a lost space
            if lex.is_abbreviation(left + ".") or len(left) < 3:
                continue
        elif not (_CYR.search(left) and _CYR.search(right)):
            continue  # an apostrophe in a Latin name
        if not (lex.is_valid(left) and lex.is_valid(right)):
            continue
        yield RULE.replace(s, e, f'"{mark}" between "{left}" and "{right}" where a space belongs', " ",
                           title="replace with a space")
