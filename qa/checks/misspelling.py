"""SPL001 misspelling: a word that is not a valid form in Kazakh, Russian or English.

Why: typos and OCR misreadings ("абсалюттік", "нориативтік", "қаматамасыз") hide words from
search and readers. Validity comes from the lexicon layer: Kazakh morphology (stems plus suffix
grammar), pymorphy3 and Hunspell for Russian, Hunspell for English, and the user's accept list.
Not flagged: one-letter words, acronyms (ЕҰУ, ҚР, AIFC), Roman numerals, words with digits, URLs,
e-mails, initials, abbreviations before a full stop (т.б., драм.: a known one, or before a lowercase
word a Cyrillic word some word begins with, not "мётодов. при"), unit symbols, words with no
vowel (млн, утв.; judged in OCR noise, where вп, бр, дб are misread words), one letter alone (in
OCR noise a letter of the Kazakh alphabet only, і ұ ү қ ғ ң һ, which no word is, is a warning: the
rest of a misread word, without a fix), words with a capital inside (ҚазҰУ, МастерКард; judged in
OCR noise and where a Russian model read Kazakh, where the capital is a misread letter: келедА,
еттердГ, most often і, which is then the first suggestion, applied when it makes a dictionary
word there); words that mix scripts or glue two words are left to HOM and GLU rules.
Severity: error for a lowercase word with a plausible correction (one edit or OCR confusions
away). Info for a capitalised word (most unknown capitalised words are names), except in OCR
noise one spelt as no word is (three letters in a row, none of them Kazakh only, that no word
form of the lexicon holds, no doubled letter among them: Нейзгг, Барлыхк), a warning whose fix
is never applied unreviewed; in a Kazakh paragraph a Russian OCR model read, a warning too for a
name that breaks the sound laws of native words as that model's reading does (к or г among back
vowels only, у between consonants; no loan's letter such as ф) or ends in a genitive whose ң was
read н, its Kazakh letters restored as the suggestion, never applied unreviewed (Каракойлы →
Қарақойлы, Курмаштын → Құрмаштың); info for a word with no correction near it (a rare word more
likely than a slip), and for an unknown word whose form family recurs three or more times in the
document (a term of the paper: "комплаенс", "комплаенса", "комплаенс-рисков"; in OCR noise only
when no OCR confusion of a known word is near, which would make it a repeated misreading). In Kazakh prose
(not OCR noise), info too when the best correction is only a form the grammar builds one edit
away: not a dictionary word, not used by the document, not a cheap confusion other than a Kazakh
letter restored (the lexicon lacks rare words, and their neighbours are often grammatical).
In OCR text a word a line-end hyphen broke is judged joined (впоелед-⏎ствии → впоследствии), the
finding over both pieces; only as an error or warning (HYP001 notes the break itself), and not
when both pieces are words (a pair that keeps its hyphen).
Suggestions: ``qa.suggest`` (OCR confusions, then single edits), ranked with the document's own
vocabulary as evidence.
Fix safety: safe when the best candidate is an OCR confusion or single edit that no other
candidate comes close to; otherwise unsafe (applied with ``qa fix --level all``).
"""

import regex

from ..document import Token, in_spans, script_of
from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from ..suggest import restore_case
from . import kazakh_letters
from ._words import family, per_document, recurring, vocabulary, word_language
from .foreign_letter import KAZAKH_FOR
from .hyphenation import breaks, broken_words, plain

RULE = Rule("SPL001", "misspelling", "misspelling", Severity.ERROR,
            "word not found in the lexicon", FixAvailability.SOMETIMES,
            bad={"Заңның нориативтік сипаты": "Заңның нормативтік сипаты"},
            good=("Судьялардың билігінің құқықтары мен мүдделерін қорғайды.", "ЕҰУ, ҚР, AIFC, XXI ғасыр",
                  "т.б. драм. студия", "Правительство Алаш-Орды создало", "политико-правовой",
                  "АҚШ-пен келісім", "1,648 млн. км²"))

_VOWEL = regex.compile(r"[аәеёиоөұүыіэюяуАӘЕЁИОӨҰҮЫІЭЮЯУ]")
INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
# in OCR text, a letter of the Kazakh alphabet only standing alone: no word is that one letter
# (ә and ө are interjections; not a number's suffix, 1-і, 40%-і, nor an item label, і))
_LONE_LETTER = regex.compile(r"(?<![\p{L}\d.\-%/])[іұүқғңһ](?![\p{L}\d.)\-])")
I_FOR_INNER_CAPITAL = regex.compile(r"(?<=\p{Ll})[АЕЁГИ]")  # the capitals a Russian model reads for і
_NEXT_LOWER = regex.compile(r"\.[ \u00A0]?(?:\p{Ll}|\d|[,;:)\]])")


def vowelless(w: str) -> bool:
    """A Cyrillic word with no vowel: in prose an abbreviation or unit (утв., млн, кг), never a word."""
    return script_of(w) == "cyrillic" and not _VOWEL.search(w)


def skip(tok, doc, lex, abbreviations: bool = True, inner_capitals: bool = False) -> bool:
    """Is ``tok`` none of SPL001's business? With ``abbreviations`` False, a word with no vowel
    is judged too (in OCR noise, where вп, бр, дб are misread words); with ``inner_capitals``, a
    Cyrillic word with a capital after a small letter (in OCR noise, where келедА, сакталРан are
    misread words, not names like ҚазҰУ)."""
    w = tok.text
    if len(w) < 2 or any(c.isdigit() for c in w):
        return True
    if script_of(w) in ("mixed", "other") or any(c in KAZAKH_FOR for c in w):
        return True  # HOM001 and HOM002 report them
    if abbreviations and vowelless(w):
        return True
    if INNER_CAPITAL.search(w) and not (inner_capitals and script_of(w) == "cyrillic"):
        return True  # ҚазҰУ, iPhone; glued words are GLU's
    if not lex.is_valid(w) and lex.split(w) is not None:
        return True  # GLU001 reports it
    letters = w.replace("-", "")
    if letters.isupper() and len(letters) <= 6:
        return True  # acronyms
    if doc.text[tok.end:tok.end + 1] == ".":
        if lex.is_abbreviation(w + ".") or _NEXT_LOWER.match(doc.text, tok.end) and (
                script_of(w) != "cyrillic" or lex.may_be_cut_short(w.lower())):
            return True  # т.б. / драм. студия (not мётодов. при: no word begins so, the full stop is a speck)
    if lex.is_unit(w):
        return True
    if _SUSPENDED.match(doc.text, tok.end) and lex.begins_word(w.lower()):
        return True  # the first part of a compound whose second part comes later: водо-, газоснабжение
    return False


# a Kazakh ordinal's ending after a number (5-ші, 2-нші, 7-інші)
_ORDINAL = regex.compile(r"[ыі]?н?ш[ыі]")


def _number_suffixes(low: str, lex) -> bool:
    """Can ``low`` follow a number as its Kazakh suffixes: case and other endings, or an ordinal's
    with or without more after it?"""
    m = _ORDINAL.match(low)
    return lex.is_suffix_chain(low) or bool(m) and (m.end() == len(low) or lex.is_suffix_chain(low[m.end():]))


# a hyphen then a comma or a conjunction: the suspended first part of a compound (тепло-, водо- и
# газоснабжение; микро- және макродеңгей)
_SUSPENDED = regex.compile(r"-[ \t\u00A0]*(?:,|(?:и|или|а|и/или|және|мен|немесе|әрі|and|or)[ \t\u00A0])")


# letters a Kazakh model reads and a Russian one does not: a name spelt with them may well hold a
# sequence the word lists lack (Исфаһан, Мөңкеұлы)
_KAZAKH_ONLY = frozenset("әғқңөұүһі")


def unheard_of(word: str, lex) -> bool:
    """Does ``word`` hold three letters in a row, none of them Kazakh only, that no word form of
    the lexicon (Kazakh, Russian, English) holds, at its edges included, and no doubled letter?
    Names are spelt with the letters of words; misreadings often are not (Нейзгг, Барлыхк, Лаэкин)."""
    padded = f"^{word.lower()}$"
    tri = lex.trigrams
    for i in range(len(padded) - 2):
        t = padded[i:i + 3]
        # (a doubled letter is no sign: foreign names double theirs, Моммзен, Кирхгофф)
        if t not in tri and not _KAZAKH_ONLY.intersection(t) and t[0] != t[1] and t[1] != t[2]:
            return True
    return False


def plausible(word: str, cands) -> bool:
    """Is there a correction near enough to make the word an error rather than a rare word?"""
    return bool(cands) and cands[0].cost <= 1.0


_RESTORED = frozenset(kazakh_letters.RESTORE)
CONFUSION = 0.6  # the dearest OCR confusion a correction may cost to be applied, or to call a recurring word a misreading
STRONG = 0.3  # a confusion this cheap (ь for ъ, a Latin look-alike) is evidence by itself


def evidenced(word: str, cand, lex, vocab) -> bool:
    """In Kazakh prose, is the correction more than a chance neighbour of a rare word: a word the
    dictionary lists whole, one the document uses (or its stem), or a cheap confusion that is not
    a Kazakh letter restored (in text no Russian model read, жаурыннан is not a lost ң)? A form
    the grammar builds one edit away is no evidence: the lexicon lacks rare words (тумысынан),
    and their neighbours are often grammatical."""
    c = cand.word
    if c in lex.kazakh.words or vocab.evidence(c, "kk") > 0:
        return True
    low = word.lower()
    restored = len(c) == len(low) and all(a == b or (a, b) in _RESTORED for a, b in zip(low, c, strict=True))
    return cand.cost <= STRONG and not restored


def confident(cands, used: bool = False) -> bool:
    """A correction safe to apply unreviewed: an OCR confusion that no other candidate comes
    close to, or a single edit to a word the document itself uses (``used``). A single edit
    alone is not enough: a rare word the lexicon lacks (моңғол, тоқу) often has exactly one
    valid neighbour."""
    if not cands:
        return False
    best = cands[0].cost
    second = cands[1].cost if len(cands) > 1 else 9.0
    return best <= CONFUSION and second >= best + 0.3 or used and best <= 1.0 and second >= best + 0.6


def _paragraph_lang(doc, tok) -> str:
    p = doc.paragraph_at(tok.start)
    return p.lang if p else ""


# share of unknown lowercase words above which a text is OCR noise, not prose: proofread prose
# runs at 0.4-2.3 % here (clean dev texts, 3,000-word stretches of the bench volume); pages read
# by Tesseract at 2-9 % with the right model, 25-50 % with the wrong one
NOISY = 0.05
MIN_WORDS_FOR_NOISE = 30
# a stretch of OCR noise that the examples of the rules judging only OCR text put before their text
NOISE_EXAMPLE = "Курдстан жартастарындары рельефтер тастар бұл сурет кезамнде салынтан жэне ерекше " * 4


# signs of OCR no typesetter produces: specks read as | < > ^ _ \ ~ `, a hyphen doubled for a dash,
# two marks run together (",." ";:"), a mark inside a word ("сақтар;тари", "араб.мәдениетінің";
# abbreviations such as т.е. and Лента.ру have shorter pieces)
OCR_SIGNS = regex.compile(r"[|<>^_\\~`]|--|[,;:][.,;:]|[;:](?<=\p{L}.)(?=\p{L})|\.(?<=\p{L}{3}.)(?=\p{Ll}{3})")


def noise(doc, unknown) -> float:
    """Share of the lowercase words (three letters or more) the lexicon does not know, plus the
    signs of OCR per such word."""
    lower = sum(1 for t in doc.tokens if t.kind == "word" and len(t.text) >= 3 and t.text[:1].islower())
    if lower < MIN_WORDS_FOR_NOISE:
        return 0.0
    signs = sum(1 for _ in OCR_SIGNS.finditer(doc.text))
    return (sum(1 for t in unknown if len(t.text) >= 3 and t.text[:1].islower()) + signs) / lower


@per_document
def unknown_words(doc, lex) -> list:
    """The word tokens the lexicon does not know and SPL001 judges (memoised per document)."""
    return [t for t in doc.tokens if t.kind == "word" and not lex.is_valid(t.text) and not skip(t, doc, lex)]


def _inner_capital_unknown(doc, lex) -> list:
    """The Cyrillic words with a capital after a small letter that the lexicon does not know and
    ``skip`` leaves to SPL001 but for that capital (not glued words: GLU001's)."""
    return [t for t in doc.tokens if t.kind == "word" and INNER_CAPITAL.search(t.text) and not lex.is_valid(t.text)
            and not skip(t, doc, lex, inner_capitals=True)]


def inner_capital_read(w: str, sugg: tuple, sev: Severity, lex, russian_read: bool):
    """(suggestions, severity, fix safety) for a word with a capital inside, judged in OCR noise:
    the capital is a misread letter the suggester cannot place. Where a Russian model read Kazakh
    it is most often і (келедА, еттердГ, СебебЕ): that reading comes first when it is a word, and
    is applied when it is a dictionary word there; nothing else is applied unreviewed."""
    reading = I_FOR_INNER_CAPITAL.sub("і", w)
    low = reading.lower()
    known = low in lex.kazakh.words
    if lex.is_valid(low, "kk") and (known or not sugg):
        sugg, sev = tuple(dict.fromkeys((reading, *sugg))), RULE.severity
    safe = bool(sugg) and sugg[0] == reading and known and russian_read
    return sugg, sev, Safety.SAFE if safe else Safety.UNSAFE


def _lone_letters(doc, taken, noisy_doc: bool, rus) -> list:
    """In OCR text, warnings for a letter of the Kazakh alphabet only standing alone (і, ң): no
    word is that one letter, so it is the rest of a misread word; no fix."""
    if not (noisy_doc or rus):
        return []
    return [RULE.finding(m.start(), m.end(), f'"{m.group()}" alone: no Kazakh word is this one letter; '
                         "the rest of a misread word?", severity=Severity.WARNING)
            for m in _LONE_LETTER.finditer(doc.text)
            if (noisy_doc or in_spans(rus, m.start(), m.end())) and not in_spans(taken, m.start(), m.end())
            and not doc.in_protected(m.start(), m.end())]


def _vowelless_unknown(doc, lex) -> list:
    """The lowercase words with no vowel that the lexicon does not know and ``skip`` leaves to
    SPL001 but for their missing vowel."""
    return [t for t in doc.tokens if t.kind == "word" and t.text.islower() and vowelless(t.text)
            and not lex.is_valid(t.text) and not skip(t, doc, lex, abbreviations=False)]


@per_document
def is_noisy(doc, lex) -> bool:
    """Does the text read as OCR output rather than prose (PUN002 asks too; memoised per document)?"""
    return noise(doc, unknown_words(doc, lex)) >= NOISY


def has_ocr_text(doc, lex) -> bool:
    """Does any of the document read as OCR output (``read_by_ocr`` somewhere)?"""
    return is_noisy(doc, lex) or bool(kazakh_letters.russian_read_spans(doc, lex))


def read_by_ocr(doc, lex, start: int, end: int) -> bool:
    """Is [start, end) in text that reads as OCR output: a noisy document, or a Kazakh paragraph a
    Russian model read (the rules that judge only OCR text ask this)?"""
    return is_noisy(doc, lex) or in_spans(kazakh_letters.russian_read_spans(doc, lex), start, end)


def _broken_unknown(doc, lex, restored, noisy_doc, rus) -> list[Token]:
    """In OCR text, the words a line-end hyphen broke that are unknown when joined (впоелед-⏎ствии),
    as tokens of kind "broken" over both pieces; not a pair whose pieces are words (HYP001 keeps
    its hyphen), nor one KAZ001 restores (``restored``: its spans)."""
    out = []
    for b in breaks(doc):
        s, e = b.start, b.end
        if (s, e) in restored or not (noisy_doc or in_spans(rus, s, e)) or not plain(b):
            continue
        word = b.left + b.right
        if len(word) < 4 or lex.is_valid(word) or lex.is_valid(b.left) and lex.is_valid(b.right):
            continue
        first = doc.token_at(s)
        tok = Token(s, e, word, "broken", first.lang if first else "")
        if not skip(tok, doc, lex):
            out.append(tok)
    return out


def check(doc, lex):
    restored = [(s, e) for s, e, *_ in kazakh_letters.candidates(doc, lex)]
    taken = sorted([*broken_words(doc), *restored])
    all_unknown = unknown_words(doc, lex)
    unknown = [t for t in all_unknown if not in_spans(taken, t.start, t.end)]
    # In OCR noise an unknown lowercase word is an error even with nothing valid near it.
    noisy_doc = is_noisy(doc, lex)
    # so is one in a Kazakh paragraph a Russian model read, where half the damaged words are
    # still words of some language and do not count as unknown
    rus = kazakh_letters.russian_read_spans(doc, lex)
    joined = _broken_unknown(doc, lex, set(restored), noisy_doc, rus)
    if noisy_doc or rus:
        # in OCR noise a lowercase word with no vowel is a misread word, unless it is a unit or an
        # abbreviation before its full stop; so is a word with a capital inside (келедА, ЕндЕ), not
        # a brand's spelling there
        unknown += [t for t in (*_vowelless_unknown(doc, lex), *_inner_capital_unknown(doc, lex))
                    if (noisy_doc or in_spans(rus, t.start, t.end)) and not in_spans(taken, t.start, t.end)]
    yield from _lone_letters(doc, taken, noisy_doc, rus)
    terms = recurring([*unknown, *joined])
    for tok in sorted([*unknown, *joined], key=lambda t: t.start):
        w = tok.text
        noisy = noisy_doc or in_spans(rus, tok.start, tok.end)
        # the suffixes of a number, their hyphen left out (5ші, 2025нші); in OCR text a 1 there is
        # more often a misread і (1ммен)
        if not noisy and doc.text[tok.start - 1:tok.start].isdigit() and _number_suffixes(w.lower(), lex):
            continue
        # (a capital inside a word in OCR noise is a misread letter: no sign of a name)
        capital = w[:1].isupper() and not INNER_CAPITAL.search(w)
        # in OCR noise a capitalised word spelt as no word is (Нейзгг, Барлыхк) is a misreading, not a name
        misread_name = capital and noisy and unheard_of(w, lex)
        # where a Russian model read the paragraph, a name breaking Kazakh sound laws the way its
        # reading does (к among back vowels, у between consonants) lost its Kazakh letters: Каракойлы
        lost = (capital and not misread_name and in_spans(rus, tok.start, tok.end)
                and kazakh_letters.name_restored(w))
        # An unknown word that recurs in the same form family is a term of the paper, not a slip.
        is_term = family(w) in terms
        # A Latin word inside Cyrillic prose is a quotation or a name we cannot judge.
        foreign = script_of(w) == "latin" and tok.lang == "en" and _paragraph_lang(doc, tok) in ("kk", "ru")
        sev = Severity.INFO if capital and not misread_name or is_term and not noisy or foreign else RULE.severity
        if lost:
            fix = Fix((Edit(tok.start, tok.end, lost),), Safety.UNSAFE, f"replace with {lost!r}")
            yield RULE.finding(tok.start, tok.end, f'"{w}" reads as a name without its Kazakh letters; '
                               f'did you mean "{lost}"?', (lost,), fix, severity=Severity.WARNING)
            continue
        lang = word_language(doc, lex, tok)
        # suggestions cost time: none for names, terms and foreign words, which are only noted
        vocab = vocabulary(doc, lex)
        cands = lex.suggester.candidates(w, lang, vocab) if sev is RULE.severity else ()
        if is_term and sev is RULE.severity and (not cands or cands[0].cost > CONFUSION):
            # in OCR noise a recurring word is a term of the paper too, unless an OCR confusion of
            # a known word is near (a misreading the model repeats)
            sev = Severity.INFO
        if sev is RULE.severity and not plausible(w, cands):
            # nothing valid is near: a rare word or name more likely than a slip, unless the
            # whole text is noise
            sev = Severity.WARNING if noisy else Severity.INFO
        elif sev is RULE.severity and lang == "kk" and not noisy and not evidenced(w, cands[0], lex, vocab):
            sev = Severity.INFO
        if tok.kind == "broken" and sev is Severity.INFO:
            continue  # HYP001 notes the break; a rare word or name broken there is no error
        if misread_name and sev is RULE.severity:
            sev = Severity.WARNING  # (it may still be a foreign name: the editor decides, no fix is applied)
        sugg = tuple(restore_case(w, c.word) for c in cands)
        used = bool(cands) and vocab.evidence(cands[0].word, lang) >= 1.0
        safety = Safety.SAFE if sev is not Severity.INFO and not misread_name and confident(cands, used) else Safety.UNSAFE
        if INNER_CAPITAL.search(w):
            sugg, sev, safety = inner_capital_read(w, sugg, sev, lex, in_spans(rus, tok.start, tok.end))
        fix = Fix((Edit(tok.start, tok.end, sugg[0]),), safety, f"replace with {sugg[0]!r}") if sugg else None
        msg = f'unknown word "{w}"' + (f'; did you mean "{sugg[0]}"?' if sugg else "")
        yield RULE.finding(tok.start, tok.end, msg, sugg, fix, severity=sev)
