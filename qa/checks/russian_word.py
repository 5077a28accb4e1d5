"""RWE002 russian-word-in-kazakh: a Russian word, unknown to Kazakh, in a Kazakh paragraph that a
Russian OCR model read.

Why: a Russian model reads a damaged Kazakh word as the nearest string it can, and sometimes that
string is a Russian word: "шине" for ішіне, "еду" for еді, "берду" for берді, "блум" for білім.
A speller that accepts every language passes it, yet in Kazakh text a Russian model read such a
word is far more often a misreading than a quotation.
Flagged only in a paragraph KAZ002 would count as read by a Russian model (or every Kazakh
paragraph with ``russian-ocr = true``), for a lowercase Cyrillic word that Russian accepts and
Kazakh (with the user's accept list) does not, that a Kazakh word is near (one edit or OCR
confusions away, as SPL001 asks), and that no other rule reports: not an abbreviation, a unit,
a word with no vowel, a piece of a word a line-end hyphen broke, nor a word KAZ001 restores.
Severity: warning (the word may still be a Russian quotation). Suggestions: the Kazakh words
near it, ranked with the document's own vocabulary.
Fix safety: unsafe: the suggestion is only the nearest Kazakh word; which one was printed, the
page shows.
"""

from ..document import in_spans, script_of
from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from . import kazakh_letters
from ._words import vocabulary
from .hyphenation import broken_words
from .misspelling import plausible, skip

RULE = Rule("RWE002", "russian-word-in-kazakh", "real_word", Severity.WARNING,
            "Russian word in Kazakh text a Russian OCR model read", FixAvailability.SOMETIMES,
            bad={"Олар елде Хулагу эулетине карайтын мемлекетин курды жане сол кезде шине кирди.":
                 "Олар елде Хулагу эулетине карайтын мемлекетин курды жане сол кезде ішіне кирди."},
            good=("Олар елде Хулагу әулетіне қарайтын мемлекетін құрды және сол кезде ішіне кірді.",
                  "Бұл мәселе туралы «Право и жизнь» журналында жазылды."))


def check(doc, lex):
    if not {"kk", "ru"} <= set(lex.languages):
        return
    rus = kazakh_letters.russian_read_spans(doc, lex)
    if not rus:
        return
    taken = sorted([*broken_words(doc), *((s, e) for s, e, *_ in kazakh_letters.candidates(doc, lex))])
    vocab = vocabulary(doc, lex)
    for tok in (t for start, end in rus for t in doc.tokens_in(start, end)):
        w = tok.text
        if tok.kind != "word" or not w.islower() or script_of(w) != "cyrillic" or in_spans(taken, tok.start, tok.end):
            continue
        if not lex.is_valid(w, "ru") or lex.is_valid(w, "kk") or skip(tok, doc, lex):
            continue
        # the word with its Kazakh letters restored (еду → еді, блум → білім), as KAZ001 scores them,
        # then the Kazakh words near it
        restored = kazakh_letters.ranked_restorations(w, lex)
        cands = lex.suggester.candidates(w, "kk", vocab)
        if not restored and not plausible(w, cands):
            continue  # nothing Kazakh is near: a Russian word quoted, more likely than a misreading
        sugg = tuple(dict.fromkeys([*restored, *(c.word for c in cands)]))[:5]
        fix = Fix((Edit(tok.start, tok.end, sugg[0]),), Safety.UNSAFE, f"replace with {sugg[0]!r}")
        yield RULE.finding(tok.start, tok.end, f'"{w}" is Russian, not Kazakh; did you mean "{sugg[0]}"?',
                           sugg, fix)
