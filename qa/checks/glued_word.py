"""GLU001 glued-words: two words written as one.

Why: extraction and OCR drop spaces ("заключениеможно", "естественногоправа"), a capital inside a
word shows where ("ҚазақстанРеспубликасының"), Kazakh particles and conjunctions that are written
apart get glued ("меністерді" = "мен істерді", "тәжірибесіде" = "тәжірибесі де"), and compounds
lose their hyphen ("СанктПетербурга").
Flagged only when the token is not a valid word and splits into valid words (lexicon); a split
at a particle wins, then the most balanced one. A word KAZ001 restores is one Kazakh word whose
letters a Russian model lost, not two words ("корган" is қорған, not "к орган").
In Russian a compound adjective that lost its hyphen gets it back ("социальноэкономической" →
"социально-экономической"); two content words where a Russian word runs on past the split
("перераспредели|тельной"), a short first part before an adjective ("полно|цветные"), a numeral's compound
and a Latin camel-case name (a brand: "BlackRock") are only offered (info); words Russian writes
solid are not split: не with a noun, adjective or adverb from one, a preposition's compound
adjective ("внутриличностные"), -ость ("прослеживаемости"), a preposition before a verb.
A valid-looking Kazakh form that is more likely a word and a particle (a conjunction taken for a
stem: "меністерді"; an enclitic after a form only Hunspell's looser rules accept: "тәжірибесіде")
is a warning with an unsafe fix.
Fix safety: safe for an unknown token that splits into valid words; unsafe for the warnings.
"""

import regex

from ..document import in_spans, script_of
from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from . import kazakh_letters
from ._words import family, recurring
from .hyphenation import broken_words

RULE = Rule("GLU001", "glued-words", "glued_word", Severity.ERROR,
            "two words written as one", FixAvailability.ALWAYS,
            bad={"В заключениеможно отметить": "В заключение можно отметить",
                 "теории естественногоправа": "теории естественного права",
                 "ҚазақстанРеспубликасының Конституциясы": "Қазақстан Республикасының Конституциясы",
                 "сот меністерді қарайды": "сот мен істерді қарайды"},
            good=("Қазақстан Республикасы", "ҚазҰУ", "iPhone", "политико-правовой", "естественного права",
                  "McDonald"))

_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")


def candidates(doc, lex):
    """Word tokens GLU001 takes over from SPL001 (shared so they never both fire)."""
    broken = sorted(broken_words(doc))
    # a word KAZ001 restores is one Kazakh word (корган → қорған), not two (к орган)
    restored = {(s, e) for s, e, *_ in kazakh_letters.candidates(doc, lex)}
    for tok in doc.tokens:
        w = tok.text
        if tok.kind != "word" or len(w) < 4 or lex.is_valid(w) and not _CAMEL.search(w):
            continue
        if script_of(w) not in ("cyrillic", "latin") or in_spans(broken, tok.start, tok.end):
            continue
        if (tok.start, tok.end) in restored:
            continue
        if any(c.isdigit() for c in w) or w.replace("-", "").isupper():
            continue
        sp = lex.split(w)
        if sp is not None:
            yield tok, sp


def check(doc, lex):
    found = list(candidates(doc, lex))
    terms = recurring(tok for tok, sp in found if sp.sep == " ")
    for tok, sp in found:
        repl = sp.text
        what = "hyphen lost between" if sp.sep == "-" else "missing space between"
        # the same run-together form three times over is the paper's own term (главноуполномоченный)
        sev = Severity.INFO if not sp.sure or sp.sep == " " and family(tok.text) in terms else None
        fix = Fix((Edit(tok.start, tok.end, repl),), Safety.SAFE if sev is None else Safety.DISPLAY,
                  f"split as {repl!r}")
        yield RULE.finding(tok.start, tok.end, f'{what} "{sp.left}" and "{sp.right}"', (repl,), fix, severity=sev)
    for tok in doc.tokens:
        if tok.kind != "word" or tok.lang != "kk" or tok.text[:1].isupper():
            continue
        sp = lex.particle_split(tok.text)
        if sp is not None and lex.is_valid(tok.text):
            fix = Fix((Edit(tok.start, tok.end, sp.text),), Safety.UNSAFE, f"split as {sp.text!r}")
            yield RULE.finding(tok.start, tok.end, f'"{sp.right}" is written apart: "{sp.text}"', (sp.text,), fix,
                               severity=Severity.WARNING)
