"""CAS003 capital-inside-word: in OCR text, a capital letter read inside a word that is a word
once the capital is made small.

Why: OCR models read a small letter as a capital in the middle of a word ("сӘулет", "жӘне",
"дәреТ"), and where a Russian model read Kazakh, a capital inside a word is most often its reading
of і ("ЕндЕ" for "Енді", "иелендЕ" for "иелендІ"). SPL001 judges such words when they are unknown;
a spelling check passes the ones that are words once the capital is made small, since the lexicon
reads letters without their case.
How: in OCR text only (SPL001's noise measure, or a paragraph a Russian model read), a Cyrillic
word with a capital after a small letter that is a valid word in small letters (its first letter as
written); not a name or brand written with a capital inside, which begins with a capital and whose
inner capital opens a part of three letters or more (ҚазАгро, МастерКард), nor an acronym, which
has two capitals in a row (КазНУ, СПбГУ, КоАП). The suggestion is the
word with its inner capitals made small; where a Russian model read the paragraph, the reading with
і for a capital А, Е, Ё, Г or И comes first when that is a dictionary word.
Severity: warning. Fix safety: safe for the word made small in OCR noise when a dictionary lists
it (not a form only the grammar builds: коРам is қоғам misread, not корам), and for the і reading
where a Russian model read the paragraph (SPL001's rule for such capitals); otherwise unsafe.
"""

import regex

from ..document import in_spans, script_of
from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from . import kazakh_letters
from .misspelling import I_FOR_INNER_CAPITAL, INNER_CAPITAL, inner_capital_read, is_noisy
from .misspelling import NOISE_EXAMPLE as _NOISE

RULE = Rule("CAS003", "capital-inside-word", "case", Severity.WARNING,
            "a capital letter read inside a word", FixAvailability.ALWAYS,
            bad={_NOISE + "ұлттық үлгідегі сӘулет өнері": _NOISE + "ұлттық үлгідегі сәулет өнері",
                 _NOISE + "Ол жӘне біз келдік.": _NOISE + "Ол және біз келдік."},
            good=("ұлттық үлгідегі сӘулет өнері", _NOISE + "ҚазАгро мен МастерКард", _NOISE + "YouTube арнасы",
                  _NOISE + "Вестник КазНУ. Серия"))

# a name or brand with a capital inside: a capital first, and a capital opening a part of three
# letters (ҚазАгро); an acronym has two capitals in a row (КазНУ, СПбГУ, КоАП)
_CAMEL = regex.compile(r"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}{2,})+")
_ACRONYM = regex.compile(r"\p{Lu}\p{Lu}")


def check(doc, lex):
    noisy, rus = is_noisy(doc, lex), kazakh_letters.russian_read_spans(doc, lex)
    if not (noisy or rus):
        return
    for tok in doc.words:
        w = tok.text
        if not INNER_CAPITAL.search(w) or _CAMEL.fullmatch(w) or _ACRONYM.search(w) or script_of(w) != "cyrillic":
            continue
        russian_read = in_spans(rus, tok.start, tok.end)
        small = w[0] + w[1:].lower()
        if not (noisy or russian_read) or not lex.is_valid(small):
            continue
        # made small, a word the dictionaries list is safe in noise; one only the grammar builds
        # may be a misread letter's chance reading (коРам: қоғам, not корам)
        listed = small.lower() in lex.kazakh.words or lex.is_valid(small, "ru")
        sugg, safety = (small,), Safety.SAFE if noisy and listed else Safety.UNSAFE
        if I_FOR_INNER_CAPITAL.search(w):
            read, _, read_safety = inner_capital_read(w, sugg, RULE.severity, lex, russian_read)
            if read[0] != small:
                sugg, safety = read, read_safety
        fix = Fix((Edit(tok.start, tok.end, sugg[0]),), safety, f"write {sugg[0]!r}")
        yield RULE.finding(tok.start, tok.end, f'a capital letter inside "{w}": a misreading; '
                           f'did you mean "{sugg[0]}"?', sugg, fix)
