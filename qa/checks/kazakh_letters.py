"""KAZ001 lost-kazakh-letters: a Kazakh word whose Kazakh letters an OCR model replaced.

Why: a page read with a Russian OCR model loses ә ғ қ ң ө ұ ү һ і — қ→к, ғ→г, ң→н, ө→о,
ұ/ү→у, і→i, 1, ! or |, һ→h, ә→э ("курды" for "құрды", "мемлекет!" for "мемлекеті"). Many of the
damaged words are still words of some language ("казак", "курды", "жана"), so a speller alone
misses them.
How: in a Kazakh paragraph (by vocabulary: most of its words are Kazakh-only) whose words carry
few Kazakh letters (under 0.15 a word; Kazakh prose has about 0.5), every word is tried with its
Kazakh letters restored; a restoration the lexicon knows replaces a word that is unknown, or one
that is not a Kazakh dictionary word while the restoration is one, or a dictionary word of back
vowels with к or г whose restoration to қ and ғ is a dictionary word too (native words of back
vowels write қ and ғ: казак → қазақ, канат → қанат), or reads clearly better as
Kazakh (by the ranking below, with the paper's evidence: гулденген → гүлденген;
казакстанмен → қазақстанмен where the paper surely writes қазақстан) than a word the grammar builds
or a dictionary word no native word could be (к or г among back vowels, у between consonants
twice: курып → құрып, Нурсултан → Нұрсұлтан). A word of Kazakh the grammar builds but the
dictionary does not list, whose restoration reads as well by itself but not clearly better
(кулайды → құлайды, елгеннен → өлгеннен), is reported as doubtful: a warning, never applied
unreviewed. Elsewhere, only unknown words that become valid
by restoring Kazakh letters are flagged. `qa fix` keeps the verdict that a Russian model read a
document (most of its Kazakh paragraphs) through its later rounds, in which the restored
paragraphs no longer look so read; the setting `russian-ocr` decides it instead.
There a ! or | inside a word or ending one before a lowercase word, and a 1 or \\ between letters, is і
even when no reading of the word is valid (одебнет! депатанды → одебнеті: the model misread more;
the sign is written і, safely, and the rest left to the editor). So is the қ or ғ of a Kazakh
ending after a stem the lexicon lacks, a term, a loan or a name, when the ending as read is no
chain of suffixes there and the restored one is (италияндык → италияндық, Улытауга → Улытауға;
not ң or a front vowel, which a misread word has as often).
In a word not valid as read, a й may also be a degraded н, п or ң (топтый → топтың, сакталгай → сақталған),
and when no restoration else is a word, у may be і, э may be ө and о may be ә (келду → келді,
модениет → мәдениет), and after them е may be ә and р or к may be ғ.
An і the model dropped is put back between two consonants (брнеше → бірнеше), and in text a
Russian model read also before a consonant opening a word of four letters or more, or after one
ending one (стемед → істемеді, келед → келеді; a shorter word is often a piece of a broken word),
and two of them when one makes no word (ерксз → еріксіз).
A word a line-end hyphen broke (гасыр-⏎лар) is judged joined, as the printer's hyphen is, and
the finding joins it with its letters restored (ғасырлар; HYP001 then leaves it alone); where a
Russian model read, also when its pieces carry signs for і (эл-⏎дер! → әлдері, к1-⏎ширейилед! →
кішірейіледі).
In text a Russian model read, a reading of a frequent Kazakh function word is that word even when
the reading is a rarer word itself (ез → өз, ете → өте, сон → соң; not for a capitalised word
inside a sentence, a name).
Ranking: few letters restored (мемлекет!н → мемлекетін, not мемлекетің), dictionary words before
forms the grammar builds, function words before others (бул → бұл, not бүл), the third person
before the second, which written prose seldom uses (мемлекетн → мемлекетін, not мемлекетің;
the genitive's ң, мемлекеттің, is no second person), readings with the longer stem and fewer
suffix letters (енерін → өнерін, not ен-ер-ін), forms the grammar builds before forms only
Hunspell's looser affix rules accept (маңындағы, not маныңдағы), native words in one
vowel harmony (the invariant -мен/-бен/-пен aside) and with қ and ғ among back vowels before
loanword readings (курды → құрды, not курді).
Severity: error; warning for a doubtful word (above).
Fix safety: safe when the best candidate scores clearly better (by 0.4; by 0.25 where a Russian
model read the paragraph, a gap the second person's mark alone clears) than the next; otherwise
the fix writes only the letters every candidate agrees on (кез! → кезі of кезі and көзі: the sign
is і whichever vowel is right), safely, in a word that is not valid as read, and leaves the choice
to the editor.
KAZ002 (the companion note) marks once per document that a Russian model read Kazakh text.
"""

from collections import Counter
from functools import lru_cache
from itertools import combinations, product

import regex
from rapidfuzz.distance import Levenshtein

from ..document import KAZAKH_LETTERS, in_spans
from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from ..suggest import restore_case, substitutions
from ._words import paragraph_kazakh_share, per_document
from .hyphenation import breaks, broken_words, plain

RULE = Rule("KAZ001", "lost-kazakh-letters", "kazakh_letters", Severity.ERROR,
            "Kazakh letters lost to OCR", FixAvailability.SOMETIMES,
            bad={"Қазақстан Республикасы өзін демократиялык мемлекет ретінде орнықтырады.":
                 "Қазақстан Республикасы өзін демократиялық мемлекет ретінде орнықтырады.",
                 "Олар елде Хулагу эулетине карайтын ильхандар мемлекет! курды жане жылдары баска":
                 "Олар елде Хулагу әулетіне қарайтын ильхандар мемлекеті құрды және жылдары басқа"},
            good=("Правительство создало все предпосылки.", "Казак кала", "Қазақстан Республикасы"))

# letters and signs a Russian model writes for Kazakh letters: (read, meant)
RESTORE = (("к", "қ"), ("г", "ғ"), ("н", "ң"), ("о", "ө"), ("у", "ұ"), ("у", "ү"), ("и", "і"), ("i", "і"),
           ("h", "һ"), ("э", "ә"), ("а", "ә"), ("1", "і"), ("!", "і"), ("|", "і"), ("й", "і"), ("ё", "і"),
           ("е", "ө"), ("ц", "ң"), ("ё", "е"), ("\\", "і"))
_SIGNS = "!|1\\"  # signs read for і, always restored
# a degraded н, п or ң read as й (сақталғай, топтый): tried only in a word not valid as read,
# since й is a letter of its own too
MISREAD = (("й", "п"), ("й", "н"), ("й", "ң"))
# rarer misreadings, tier by tier, each only when nothing before it makes the word valid: тиду for
# тиді, эзен! for өзені, модениет for мәдениет; then е for ә, р and к for ғ (fewer letters tried at
# once keep a long word under MAX_SITES)
RARER = ((("у", "і"), ("э", "ө"), ("о", "ә")), (("е", "ә"), ("р", "ғ"), ("к", "ғ")))
# what a word not valid as read tries, tier by tier
_MISREAD_TIERS = (RESTORE + MISREAD, *(RESTORE + MISREAD + tier for tier in RARER))
KAZAKH_ONLY = set(KAZAKH_LETTERS)
LETTER_RATE = 0.15
MAX_SITES = 12
MORE_SITES = 2  # where a Russian model read the paragraph, whose words have more letters to restore
MAX_RESTORED = 5  # letters restored in one word at most (құлағының: four, and a sign)
# a dropped і is looked for at a word's edges, and two of them, only in words this long (a shorter
# one is often a piece of a broken word: ке-⏎рек)
EDGES_MIN = 4

# a sign a Russian model writes for і: ! or | inside a word or ending one before a lowercase word
# (a rare exclamation mark there; one before a capital or the line end may be real), 1 between letters
_SIGN_FOR_I = regex.compile(r"(?<=\p{L})(?:[!|](?=\p{L}|[ \t]+\p{Ll})|[1\\](?=\p{L}))")
# a piece of a broken word as a Russian model reads it: small letters, і read as ! 1 | \\ among them
# (эл-⏎дер!, к1-⏎ширейилед!)
_SIGNED_PIECE = regex.compile(r"\p{Ll}[\p{Ll}!|1\\]*")
# an OCR word: letters, with і read as ! 1 | inside or at the end
_OCR_WORD = regex.compile(r"(?<![\p{L}\d!|\\])\p{L}(?:\p{L}|[!|1\\](?=\p{L}))*[!|1]?(?![\p{L}\d])")


def russian_read(doc, lex) -> list[bool]:
    """Per paragraph: Kazakh by vocabulary, but with few Kazakh letters; or, where the document
    says whether a Russian model read it (``doc.russian_ocr``), Kazakh by vocabulary and so read."""
    return [kazakh and (few if doc.russian_ocr is None else doc.russian_ocr) for kazakh, few in _paragraphs(doc, lex)]


@per_document
def russian_read_spans(doc, lex) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph ``russian_read`` counts as read by a Russian model
    (memoised per document: the rules that judge only OCR text ask it of each word they test)."""
    return [(p.start, p.end) for p, r in zip(doc.paragraphs, russian_read(doc, lex), strict=True) if r]


def mostly_russian_read(doc, lex) -> bool:
    """Do at least half of the document's Kazakh paragraphs (by vocabulary) have few Kazakh letters?"""
    kazakh = [few for kazakh, few in _paragraphs(doc, lex) if kazakh]
    return bool(kazakh) and 2 * sum(kazakh) >= len(kazakh)


@per_document
def _paragraphs(doc, lex) -> list[tuple[bool, bool]]:
    """Per paragraph: (Kazakh by vocabulary, with few Kazakh letters); memoised per document, as
    KAZ001, KAZ002 and SPL001 all ask."""
    out = []
    for p, share in zip(doc.paragraphs, paragraph_kazakh_share(doc, lex), strict=True):
        words = [t for t in doc.tokens_in(p.start, p.end) if t.kind == "word"]
        letters = sum(1 for t in words for ch in t.text if ch in KAZAKH_ONLY)
        out.append((len(words) >= 5 and share >= 0.5, letters / max(1, len(words)) < LETTER_RATE))
    return out


def restorations(word: str, lex, max_restored: int = MAX_RESTORED, insert: bool = True,
                 restore_inserted: bool = True, misread: bool = False) -> list[tuple[int, str]]:
    """(letters changed, word) for each valid Kazakh word made by restoring Kazakh letters in
    ``word`` (lowercase). Signs read for і (! 1 |) are always restored and count as changes.
    When none is valid, an і the model dropped between two consonants is put back (брнеше →
    бірнеше), with the other letters restored as before (эдебиетнин → әдебиетінің) when
    ``restore_inserted``; then (in text a Russian model read) also one before a consonant opening
    a word of EDGES_MIN letters or after one ending it (стемед → істемеді, келед → келеді), and
    when one is not enough, two (ерксз → еріксіз). With ``misread`` (a word not valid
    as read), the glyphs of ``MISREAD`` are tried too, and when none of that is valid, those of
    each tier of ``RARER`` in turn."""
    found = []
    for pairs in _MISREAD_TIERS if misread else (RESTORE,):
        found = _restorations(word, lex, max_restored, insert, restore_inserted, pairs)
        if found:
            break
    return found


def _restorations(word: str, lex, max_restored: int, insert: bool, restore_inserted: bool,
                  pairs: tuple[tuple[str, str], ...]) -> list[tuple[int, str]]:
    sites = []
    for i, ch in enumerate(word):
        for read, meant in pairs:
            if ch == read:
                sites.append((i, meant))
    if len(sites) > MAX_SITES + MORE_SITES * restore_inserted or not sites and not insert:
        return []
    forced = [(i, m) for i, m in sites if word[i] in _SIGNS]
    optional = [(i, m, 0) for i, m in sites if word[i] not in _SIGNS]
    base = list(word)
    for i, m in forced:
        base[i] = m
    found = [(n + len(forced), cand) for cand, _, n in substitutions("".join(base), optional, max_restored)
             if cand != word and "ё" not in cand and lex.is_valid(cand, "kk")]
    if not found and insert:
        # a Russian model also drops і between consonants altogether: брнеше → бірнеше, кейн → кейін
        gaps = _gaps(word, restore_inserted)
        for i in gaps:
            longer = "".join(base[:i]) + "і" + "".join(base[i:])
            if lex.is_valid(longer, "kk"):
                found.append((len(forced) + 1, longer))
            if restore_inserted:
                found.extend((n + 1, c) for n, c in _restorations(longer, lex, max_restored - 1, False, True,
                                                                  pairs))
        if not found and restore_inserted and len(word) >= EDGES_MIN:
            # or two of them (ерксз → еріксіз, егншилк → егіншілік)
            for i, j in combinations(gaps, 2):
                longer = "".join(base[:i]) + "і" + "".join(base[i:j]) + "і" + "".join(base[j:])
                if lex.is_valid(longer, "kk"):
                    found.append((len(forced) + 2, longer))
                found.extend((n + 2, c) for n, c in _restorations(longer, lex, max_restored - 2, False, False, pairs))
    return sorted(set(found))


def _gaps(word: str, edges: bool) -> list[int]:
    """Where a dropped і may have stood: between two consonants, and with ``edges`` also before a
    consonant opening the word (стемед → істемеді) or after one ending it (деуш → деуші)."""
    gaps = [i for i in range(1, len(word)) if word[i - 1] in _CONSONANTS and word[i] in _CONSONANTS]
    if edges and len(word) >= EDGES_MIN:
        if word[0] in _CONSONANTS:
            gaps.insert(0, 0)
        if word[-1] in _CONSONANTS:
            gaps.append(len(word))
    return gaps


# what a Russian model writes for each Kazakh letter (RESTORE read backwards)
_READ_AS = {meant: "".join(read for read, m in RESTORE if m == meant)
            for meant in dict.fromkeys(m for _, m in RESTORE) if meant in KAZAKH_ONLY}


def function_word_readings(lex) -> dict[str, str]:
    """Each way a Russian model reads a Kazakh function word (және: жане, жэне; өз: оз, ез),
    mapped to it; a reading two function words share, or that is one itself, is left out. A
    Russian model also reads ә as е (жене for және), but елде, елі, ері are words of their own:
    such a reading counts only when the dictionary does not list it."""
    readings = _readings(lex.kk_function_words)
    more = _readings(lex.kk_function_words, _E_FOR_AE)
    dic = lex.kazakh.words
    return readings | {r: f for r, f in more.items() if r not in readings and r not in dic}


_E_FOR_AE = (("ә", "е"),)


@lru_cache(maxsize=8)
def _readings(words: frozenset[str], extra: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    out: dict[str, str | None] = {}
    read_as = dict(_READ_AS)
    for meant, read in extra:
        read_as[meant] = read_as.get(meant, "") + read
    for f in words:
        # (і between consonants is also dropped altogether: бірақ read as брак)
        options = [[ch, *read_as.get(ch, "")] for ch in f]
        for i in range(1, len(f) - 1):
            if f[i] == "і" and f[i - 1] in _CONSONANTS and f[i + 1] in _CONSONANTS:
                options[i].append("")
        if sum(len(o) > 1 for o in options) > 4:
            continue
        for letters in product(*options):
            reading = "".join(letters)
            if reading != f and reading not in words:
                out[reading] = None if out.get(reading, f) != f else f
    return {k: v for k, v in out.items() if v}


SUFFIX_WEIGHT = 0.1  # a letter of suffixes: the reading with the longer stem is the likelier (өнерін, not ен-ер-ін)
_SECOND_PERSON = regex.compile(r"(?<![нтд][ыі])ң")  # ң of a suffix chain, not of the genitive
_OPENS_SENTENCE = ("", ".", "!", "?", "…", "—", "–", "-", "«", '"', "(", ":")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_U_BETWEEN = regex.compile(r"(?<=[бвгғджзйкқлмнңпрстфхһцчшщ])у(?=[бвгғджзйкқлмнңпрстфхһцчшщ])")
_CONSONANTS = set("бвгғджзйклмнңпрстфхһцчшщқ")
_BACK = set("аоұы")
_INVARIANT = ("мен", "бен", "пен")
_FRONT = set("әөүіе")
_LOAN_LETTERS = frozenset("фвцчщёэ")  # letters no native Kazakh word has
_GENITIVE_READ = regex.compile(r"(?<=\p{L}{3})([ндт])([ыіи])н$")  # -дың read by a Russian model


def _back_velars(word: str, dic) -> str | None:
    """A word of back vowels only with к or г, which native Kazakh words of back vowels do not have
    (they write қ and ғ): the dictionary word it is with қ and ғ restored (казак → қазақ, канат →
    қанат), if there is one. A loan of back vowels keeps its к or г, and its restoration is no
    word (капитал, газ)."""
    if not _velars_among_back_vowels(set(word)):
        return None
    restored = word.translate(_TO_BACK_VELARS)
    return restored if restored in dic else None


def _unlike_native(word: str, lex) -> bool:
    """Does ``word`` (a dictionary word, no loanword) break the sound laws of native Kazakh words
    as a Russian model's reading of one does: к or г among back vowels, or у between consonants
    twice (Нурсултан)? (Once is not enough: тура and сулы are native words, and so are тұра and
    сұлы, which a Russian model reads as them.)"""
    _, _, letters, u_between, velars = _native_marks(word, lex)
    return u_between >= 2 or velars


def _native_marks(word: str, lex) -> tuple:
    """(analysis, loanword?, letters, у between consonants, к or г among back vowels) of ``word``:
    a loanword has neither mark (they are what tells a Russian model's reading of a native word),
    and the letters leave out the harmony-invariant instrumental (Қазақстан-мен), which mixes a
    native word's vowels."""
    a = lex.kazakh.analyse(word)
    loan = bool(a) and a[0] in lex.kazakh.loans
    letters = set(word[:-3] if word.endswith(_INVARIANT) and len(word) > 5 else word)
    if loan:
        return a, loan, letters, 0, False
    return a, loan, letters, len(_U_BETWEEN.findall(word)), _velars_among_back_vowels(letters)


def name_restored(word: str) -> str | None:
    """``word``, a name the lexicon lacks in a paragraph a Russian model read, with the Kazakh
    letters restored that native sound laws call for: қ and ғ for к and г among back vowels only
    (Каракойлы → Қарақойлы), ұ or ү, by the word's vowels, for у between consonants (Сузыдан →
    Сұзыдан), unless it has a letter only loans have (Кирхгофф, Гаструляция); and the ң of its
    genitive ending, read н. None when none of these applies (Хашеми, Рафсанджани), as to foreign
    names mostly."""
    low = out = word.lower()
    letters = set(low)
    if not letters & _LOAN_LETTERS:
        if _velars_among_back_vowels(letters):
            out = out.translate(_TO_BACK_VELARS)
        back, front = bool(letters & _BACK), bool(letters & _FRONT)
        if back != front:  # (in a word of mixed vowels which of ұ and ү was lost cannot be told)
            out = _U_BETWEEN.sub("ұ" if back else "ү", out)
    # and, in any name, the ң of the genitive ending (Ерназардын → Ерназардың, Кирхгофтын → Кирхгофтың)
    out = _GENITIVE_READ.sub(lambda m: m.group(1) + ("і" if m.group(2) == "и" else m.group(2)) + "ң", out)
    return restore_case(word, out) if out != low else None


def _velars_among_back_vowels(letters: set[str]) -> bool:
    return bool(letters & _BACK) and not letters & _FRONT and bool(letters & _VELARS)


_VELARS = frozenset("кг")
_TO_BACK_VELARS = str.maketrans("кг", "қғ")
RESTORE_COST = {False: 1.0, True: 0.3}  # a letter restored: in normal text, in text a Russian model read


def _score(changes: int, cand: str, known: bool, lex, whole: bool = False) -> float:
    """Lower is likelier: few letters restored, a dictionary word, a native word in one vowel
    harmony (Kazakh words do not mix back and front vowels; loanwords do). Where a Russian
    model read the whole paragraph its Kazakh letters are lost throughout, so a restored letter
    costs little and the fuller restoration the dictionary knows (сақталған, not сакталған) wins."""
    # a native word has ұ or ү between consonants, not у (which stands for /w/ or /uw/): құрды;
    # nor к or г among back vowels (қазақ, not казак)
    a, loan, letters, u_between, velars = _native_marks(cand, lex)
    mixed = bool(letters & _BACK) and bool(letters & _FRONT) and not loan
    function = cand in lex.kk_function_words  # the commonest words there are: бұл, not бүл
    # the second person (мемлекетің, әулетіңе) is rare in written prose; the genitive (-тің) is not
    second = bool(a) and bool(_SECOND_PERSON.search(a[1]))
    # (a dictionary word of mixed vowels, қазіргі, мұғалім, is less unlikely than one the grammar builds)
    # a form our morphology cannot build that only Hunspell's looser affix rules accept
    # (маныңдағы) is less likely than one it builds, by as much as a dictionary word is more
    loose = a is None and not known
    return (RESTORE_COST[whole] * changes - 0.6 * known + 0.6 * loose + (0.5 if known else 1.5) * mixed
            + 0.7 * loan + 0.8 * u_between + 0.8 * velars - 0.5 * function + 0.3 * second
            + SUFFIX_WEIGHT * (len(a[1]) if a else 0))


def _ranked(found, known, lex, whole: bool) -> list[tuple[float, str]]:
    """The restorations ``found`` ((letters restored, word), ...) as (score, word), best first;
    those in ``known`` count as known words."""
    return sorted((_score(n, c, c in known, lex, whole), c) for n, c in found)


def _known(found, lex) -> set[str]:
    """The restorations ``found`` that are dictionary words or names."""
    return {c for _, c in found if c in lex.kazakh.words or c in lex.names}


def ranked_restorations(word: str, lex) -> list[str]:
    """``word`` (lowercase) with its lost Kazakh letters restored, likeliest first, as they are
    scored in a paragraph a Russian model read (misread letters and a dropped і included)."""
    found = restorations(word, lex, MAX_RESTORED, restore_inserted=True, misread=True)
    return [c for _, c in _ranked(found, _known(found, lex), lex, True)]


@per_document
def candidates(doc, lex) -> list:
    """(start, end, word, [restorations], safe, doubtful) for each word KAZ001 reports (memoised
    per document: SPL001, GLU001 and RWE002 ask too, to leave these words alone)."""
    return _decided(list(_candidates(doc, lex)), lex)


def _candidates(doc, lex):
    if "kk" not in lex.languages:
        return
    text = doc.text
    rus = russian_read(doc, lex)
    dic = lex.kazakh.words
    readings = function_word_readings(lex)
    broken = sorted(broken_words(doc))
    joins: dict[int, list] = {}  # the broken words of each paragraph
    for b in breaks(doc):
        if plain(b) or _SIGNED_PIECE.fullmatch(b.left) and _SIGNED_PIECE.fullmatch(b.right):
            joins.setdefault(doc.paragraph_index(b.start), []).append(b)
    for idx, p in enumerate(doc.paragraphs):
        if p.lang not in ("kk", "ru"):
            continue
        whole = rus[idx]
        if not whole and paragraph_kazakh_share(doc, lex)[idx] < 0.5:
            continue
        claimed = []
        for b in joins.get(idx, ()):
            if not (plain(b) or whole):
                continue  # pieces with signs for і (эл-⏎дер!, к1-⏎ширейилед!): where a Russian model read
            found = _broken(b.left + b.right, lex, whole)
            if found:
                claimed.append((b.start, b.end))
                yield [b.start, b.end, text[b.start:b.end], found, None, whole]
        for m in _OCR_WORD.finditer(text, p.start, p.end):
            if claimed and in_spans(claimed, m.start(), m.end()):
                continue
            w = m.group()
            low = w.lower()
            if not 2 <= len(low) <= 40 or not _CYRILLIC.search(w) or w.isupper() and len(w) <= 5:
                continue
            signs = any(c in _SIGNS for c in low)
            if in_spans(broken, m.start(), m.end()) and not (signs or lex.is_valid(w)):
                continue  # a piece of a hyphenated word: only its Kazakh letters are judged
            valid = not signs and lex.is_valid(w)
            # a reading of a function word, in text a Russian model read: ез is өз, жане is және
            func = readings.get(low) if whole else None
            if func and (w[:1].isupper() and text[p.start:m.start()].rstrip()[-1:] not in _OPENS_SENTENCE
                         or in_spans(broken, m.start(), m.end())):
                func = None  # a capitalised word inside a sentence is a name (Али, not Әлі); ар-⏎налған
            if valid and whole and low in dic:
                if func:
                    yield [m.start(), m.end(), w, [(0.0, func)], None, whole]
                    continue
                back = _back_velars(low, dic)
                if back:
                    yield [m.start(), m.end(), w, [(0.0, back)], None, whole]
                    continue
                if not _unlike_native(low, lex):
                    continue
                # a dictionary word no native word could be (курып, Нурсултан): its restoration replaces
                # it when it scores clearly better (``own``, below)
            if valid and not whole:
                continue  # a known word in a normal Kazakh paragraph: leave it
            if not whole and (w[:1].isupper() or signs):
                continue  # in normal Kazakh text an unknown capitalised word is a name
            # in a normal Kazakh paragraph a word lost a letter or two, not all of them
            found = restorations(low, lex, MAX_RESTORED if whole else 2, restore_inserted=whole, misread=not valid)
            if func and func not in {c for _, c in found}:
                found.append((Levenshtein.distance(low, func), func))
            if not found:
                if whole and signs:
                    # no reading is a word (the model misread more), but its signs are і all the same
                    bare = _SIGN_FOR_I.sub("і", text[m.start():min(p.end, m.end() + 3)])[:len(w)]
                    if bare != w:
                        yield [m.start(), m.end(), w, [(0.0, bare.lower())], None, whole]
                elif whole and not valid:
                    # a stem the lexicon lacks (a term, a loan, a name), its Kazakh ending read
                    # without its Kazakh letters: хордомезодермалык → хордомезодермалық,
                    # Улытауга → Улытауға
                    ending = _ending_restored(low, lex)
                    if ending:
                        yield [m.start(), m.end(), w, [(0.0, ending)], None, whole]
                continue
            known = _known(found, lex)
            if not whole and not known:
                continue  # in normal Kazakh text, only a restoration to a dictionary word is evidence
            scored = _ranked(found, known, lex, whole)
            # a word the grammar builds, not a dictionary word: replaced only by a restoration that
            # reads clearly better as Kazakh (гулденген → гүлденген: у between consonants is a
            # Russian model's ү), with the paper's evidence counted (``_decided``)
            own = (_score(0, low, True, lex, whole) if low in dic
                   else _score(0, low, False, lex, whole) if valid and not known else None)
            if own is not None and scored[0][0] - EVIDENCE + _better(low, lex, whole) > own:
                continue  # not even the paper's evidence would make it better
            yield [m.start(), m.end(), w, scored, own, whole]


MIN_FOREIGN_STEM = 4
# what an ending restores: the back velars of -лық, -ға, -ған, -ғы (the ң and the front vowels of
# an ending are as often the model's own reading of a misread word: салынтан is not салынтаң)
_ENDING_RESTORE = (("к", "қ"), ("г", "ғ"))


def _ending_restored(word: str, lex) -> str | None:
    """``word`` (lowercase, not valid) with қ and ғ restored in its ending only, when that
    ending becomes a Kazakh suffix chain after the rest taken as a stem the lexicon lacks, in
    the harmony of its last vowel, while no ending as read is a chain there (италияндык →
    италияндық; not акуыздар, whose ending is Kazakh as read: its stem lost the letters). The
    fewest letters restored, then the longest stem."""
    kz = lex.kazakh
    best = None
    for i in range(len(word) - 1, MIN_FOREIGN_STEM - 1, -1):
        stem, rest = word[:i], word[i:]
        if kz.follows_foreign(stem, rest):
            return None
        sites = [(j, meant, 0) for j, ch in enumerate(rest) for read, meant in _ENDING_RESTORE if ch == read]
        for cand, _, n in substitutions(rest, sites, 2):
            if n and (best is None or n < best[0]) and kz.follows_foreign(stem, cand):
                best = (n, stem + cand)
    return best[1] if best else None


def _broken(joined: str, lex, whole: bool):
    """The scored restorations of a word a line-end hyphen broke (гасыр-⏎лар → ғасырлар), joined
    as the printer's hyphen is, when the joined word is not valid as read."""
    joined = joined.lower()
    if lex.is_valid(joined):
        return None
    found = restorations(joined, lex, MAX_RESTORED if whole else 2, restore_inserted=whole, misread=True)
    dic = lex.kazakh.words
    if not whole:
        found = [(n, c) for n, c in found if c in dic]  # in normal text only a dictionary word is evidence
    return _ranked(found, dic, lex, whole) or None


# how far ahead of the next the best restoration must score to be applied unreviewed: in normal
# text, and in text a Russian model read, where a restored letter costs little and the second
# person's mark (0.3) is what most often tells two readings apart (мемлекетін, not мемлекетің)
SURE = {False: 0.4, True: 0.25}
EVIDENCE = 0.5  # a restoration whose stem the paper's sure restorations use
BETTER = 0.3  # how much better than a valid non-dictionary word its restoration must score


def _decided(items, lex):
    """Rank each word's restorations (``items``: [start, end, word, scored readings, the word's own
    score or None, whether a Russian model read its paragraph]); a sure one is clearly ahead (by
    ``SURE``). Then the stems of the sure restorations are evidence for the others: a paper that
    surely writes қазақстан and қазақтың writes қазақ, not қазак. A valid word stays unless its best
    restoration, evidence counted, reads clearly better (``BETTER``) than the word itself."""
    def sure(scored, whole):
        return len(scored) == 1 or scored[1][0] >= scored[0][0] + SURE[whole]

    stems_of: dict[str, str | None] = {}

    def stem(word):
        if word not in stems_of:
            a = lex.kazakh.analyse(word, whole=False) or lex.kazakh.analyse(word)
            stems_of[word] = a[0] if a and len(a[0]) >= 3 else None
        return stems_of[word]

    def evidence(scored, own, whole):
        """The stem this word's restoration is evidence for, if it is sure."""
        if sure(scored, whole) and (own is None or scored[0][0] + BETTER <= own):
            return stem(scored[0][1])
        return None

    mine = [evidence(scored, own, whole) for _, _, _, scored, own, whole in items]
    stems = Counter(mine)
    stems.pop(None, None)
    out = []
    for (s, e, w, scored, own, whole), my in zip(items, mine, strict=True):
        as_read = scored[0][0]  # (the best score before the paper's evidence)
        if stems and (my is None or own is not None):
            # (a word is no evidence for itself)
            scored = sorted((score - EVIDENCE * (stems[stem(c)] > (stem(c) == my)), c) for score, c in scored)
        doubtful = own is not None and scored[0][0] + BETTER > own
        if doubtful and as_read + _better(w.lower(), lex, whole) > own:
            continue  # a valid word its best restoration does not read clearly better than
        # a valid word gives way safely only to a restoration as clearly ahead of it
        safe = not doubtful and sure(scored, whole) and (own is None or scored[0][0] + SURE[whole] <= own)
        out.append((s, e, w, [restore_case(w, c) for _, c in scored], safe, doubtful))
    return out


def _better(low: str, lex, whole: bool) -> float:
    """How much better than the valid word ``low`` its restoration must score to be reported:
    clearly (``BETTER``), except that in a paragraph a Russian model read a word the grammar builds
    but the dictionary does not list is reported as doubtful when its restoration scores as well
    by itself, the paper's evidence left out (кудалауына, елгеннен: the model's reading happens
    to be a form too)."""
    return 0.0 if whole and low not in lex.kazakh.words and lex.is_valid(low, "kk") else BETTER


def agreed(word: str, cands, valid: bool) -> str | None:
    """``word`` with the letters every restoration agrees on, when the restorations differ
    elsewhere: кез! → кезі of кезі and көзі (the sign is і whichever vowel is right). None when
    that changes nothing, or when ``word`` is itself a valid word (which one of them may be)."""
    if valid or len(cands) < 2 or any(len(c) != len(word) for c in cands):
        return None
    low = [c.lower() for c in cands]
    out = "".join(c if all(x[i] == low[0][i] for x in low) else ch
                  for i, (ch, c) in enumerate(zip(word, cands[0], strict=True)))
    return out if out != word else None


def check(doc, lex):
    for s, e, w, cands, safe, doubtful in candidates(doc, lex):
        fix = Fix((Edit(s, e, cands[0]),), Safety.SAFE if safe else Safety.UNSAFE, f"write {cands[0]!r}")
        shown = regex.sub(r"-\s+", "-/", w)  # a word broken at a line end: гасыр-/лар
        if doubtful:  # (a valid word: no letters to share, its fix never safe)
            yield RULE.finding(s, e, f'Kazakh letters may be lost in "{shown}" (a word as read too); '
                                     f'did you mean "{cands[0]}"?', tuple(cands[:5]), fix, severity=Severity.WARNING)
            continue
        part = None if safe else agreed(w, cands, lex.is_valid(w))
        if part is not None:
            # the letters all readings share are sure: written now, the choice left to the editor
            fix = Fix((Edit(s, e, part),), Safety.SAFE, f"write {part!r} (the letters all readings share)")
        if lex.is_valid(cands[0]):
            msg = f'Kazakh letters lost in "{shown}"; did you mean "{cands[0]}"?'
        elif any(c in _SIGNS for c in w):
            msg = f'і read as a sign in "{shown}": "{cands[0]}" (the word is misread further)'
        else:
            msg = f'Kazakh letters lost in the ending of "{shown}": "{cands[0]}" (a stem the lexicon lacks)'
        yield RULE.finding(s, e, msg, tuple(cands[:5]), fix)
