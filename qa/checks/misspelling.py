"""SPL001 misspelling: a word that is not a valid form in Kazakh, Russian or English.

Why: typos and OCR misreadings ("абсалюттік", "нориативтік", "қаматамасыз") hide words from
search and readers. Validity comes from the lexicon layer: Kazakh morphology (stems plus suffix
grammar), pymorphy3 and Hunspell for Russian, Hunspell for English, and the user's accept list.
Not flagged: one-letter words, acronyms (ЕҰУ, ҚР, AIFC), Roman numerals, words with digits, URLs,
e-mails, initials, abbreviations before a full stop (т.б., драм.), unit symbols; words that mix
scripts or glue two words are left to HOM and GLU rules.
Severity: error for a lowercase word; info for a capitalised one (most unknown capitalised words
are names) and for an unknown word whose form family recurs three or more times in the document
(a term of the paper: "комплаенс", "комплаенса", "комплаенс-рисков").
Fix safety: unsafe — the first suggestion is applied only with ``qa fix --level all``.
"""

import regex

from ..document import script_of
from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from ._words import family, recurring

RULE = Rule("SPL001", "misspelling", "misspelling", Severity.ERROR,
            "word not found in the lexicon", FixAvailability.SOMETIMES,
            bad={"Заңның нориативтік сипаты": "Заңның нормативтік сипаты"},
            good=("Судьялардың билігінің құқықтары мен мүдделерін қорғайды.", "ЕҰУ, ҚР, AIFC, XXI ғасыр",
                  "т.б. драм. студия", "Правительство Алаш-Орды создало", "политико-правовой",
                  "АҚШ-пен келісім", "1,648 млн. км²"))

_VOWEL = regex.compile(r"[аәеёиоөұүыіэюяуАӘЕЁИОӨҰҮЫІЭЮЯУ]")
_INNER_CAP = regex.compile(r"\p{Ll}\p{Lu}")
_NEXT_LOWER = regex.compile(r"\.[ \u00A0]?(?:\p{Ll}|\d|[,;:)\]])")


def skip(tok, doc, lex) -> bool:
    w = tok.text
    if len(w) < 2 or any(c.isdigit() for c in w):
        return True
    if script_of(w) in ("mixed", "other"):
        return True
    if script_of(w) == "cyrillic" and not _VOWEL.search(w):
        return True  # no vowel: an abbreviation or unit (утв., млн, кг), never a word
    if _INNER_CAP.search(w):
        return True  # ҚазҰУ, iPhone; glued words are GLU's
    if lex.split(w) is not None and not lex.is_valid(w):
        return True  # GLU001 reports it
    letters = w.replace("-", "")
    if letters.isupper() and len(letters) <= 6:
        return True  # acronyms
    if doc.text[tok.end:tok.end + 1] == ".":
        if lex.is_abbreviation(w + ".") or _NEXT_LOWER.match(doc.text, tok.end):
            return True  # т.б. / драм. студия
    if lex.is_unit(w):
        return True
    return False


def _paragraph_lang(doc, tok) -> str:
    for p in doc.paragraphs:
        if p.start <= tok.start < p.end:
            return p.lang
    return ""


def check(doc, lex):
    unknown = [t for t in doc.tokens if t.kind == "word" and not skip(t, doc, lex) and not lex.is_valid(t.text)]
    terms = recurring(unknown)
    for tok in unknown:
        w = tok.text
        capital = w[:1].isupper()
        # An unknown word that recurs in the same form family is a term of the paper, not a slip.
        is_term = family(w) in terms
        # A Latin word inside Cyrillic prose is a quotation or a name we cannot judge.
        foreign = script_of(w) == "latin" and tok.lang == "en" and _paragraph_lang(doc, tok) in ("kk", "ru")
        sev = Severity.INFO if capital or is_term or foreign else RULE.severity
        sugg = tuple(lex.suggest(w, tok.lang)) if not capital else ()
        fix = Fix((Edit(tok.start, tok.end, sugg[0]),), Safety.UNSAFE, f"replace with {sugg[0]!r}") if sugg else None
        msg = f'unknown word "{w}"' + (f'; did you mean "{sugg[0]}"?' if sugg else "")
        yield RULE.finding(tok.start, tok.end, msg, sugg, fix, severity=sev)
