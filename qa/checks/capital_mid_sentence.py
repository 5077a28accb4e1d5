"""CAS001 capital-mid-sentence: a common noun capitalised in the middle of a sentence.

Why: OCR and careless editing capitalise words after a line break or a lost full stop
("Бүгінгі таңда Судьяларды даярлайтын").
Low noise by design: flagged only when a word of six or more letters follows a lowercase word or
a comma and is not followed by another capitalised word (Жоғарғы Соты, Нового Времени are names),
its lowercase form is a valid word and not a name, it is not the first word of a name (neither it
nor one of the next three words heads one: Кәсіпкерлер палатасы, Налоговый кодекс, Наурыз
мерекесі, Совета Федерации), forms of it appear in lowercase at least twice
elsewhere in the document, and it is capitalised nowhere else (legal texts capitalise
Конституция, Парламент, Үкімет on purpose, and consistently).
In OCR text (``misspelling.read_by_ocr``), where a model capitalises words at random (сәулет Өнерін,
бөлініп Кетті), a Kazakh word of four letters or more is enough, when its stem (the word less two
letters, three letters at least) begins some lowercase word of the document and no other
capitalised one.
Severity: warning. Fix safety: unsafe.
"""

import regex

from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from ..lexicon.kazakh import CASE_ENDINGS
from .misspelling import has_ocr_text, read_by_ocr

RULE = Rule("CAS001", "capital-mid-sentence", "case", Severity.WARNING,
            "capitalised common noun mid-sentence", FixAvailability.ALWAYS,
            bad={"Бүгінгі таңда Судьяларды даярлайтын орталық судьялардың білімін арттырады, судьялар риза.":
                 "Бүгінгі таңда судьяларды даярлайтын орталық судьялардың білімін арттырады, судьялар риза."},
            good=("Қазақстан Республикасының Конституциясы мен Конституция", "Әл-Фараби атындағы университет",
                  "Бүгінгі таңда Судьяларды"))

_PREV = regex.compile(r"(?:(?<![\p{L}\-])\p{Ll}+|,)[ \u00A0]*(?:\r\n|\r|\n)?[ \t\u00A0]*\Z")
_NEXT_CAP = regex.compile(r"[ \u00A0]*(?:\r\n|\r|\n)?[ \t\u00A0]*[\p{Lu}«\"]")
_AFTER_WORD = regex.compile(r"[\p{L},][ \u00A0]*(?:\r\n|\r|\n)?[ \t\u00A0]*\Z")
MIN_LEN = 6
MIN_LEN_OCR = 4


_NEXT_WORDS = regex.compile(r"[^.;:!?()«»\"\n]{0,80}")
NAME_REACH = 3  # how many words after a capital may head the name it opens


def _following(text: str, end: int) -> list[str]:
    """The words after ``end`` in the same clause, up to NAME_REACH of them."""
    m = _NEXT_WORDS.match(text, end)
    return regex.findall(r"\p{L}[\p{L}-]*", m.group())[:NAME_REACH]


def _opens_name(tok, text: str, lex, analysis) -> bool:
    """Does ``tok`` head a name, or open one whose head follows within NAME_REACH words? A Kazakh
    name's first word (its ``analysis``) carries no case ending, the name's head does
    (Кәсіпкерлер палатасы; not Судьяларды даярлайтын орталық)."""
    if analysis and analysis[1].endswith(CASE_ENDINGS):
        return False
    return any(lex.heads_a_name(w) for w in [tok.text, *_following(text, tok.end)])


def _key(word: str) -> str:
    """A word's stem for counting its forms: the word less two letters, three letters at least."""
    return word.lower()[:max(3, len(word) - 2)]


def _stem_counts(words, stems) -> dict[str, list[int]]:
    """Per stem, how many of ``words`` begin with it: [in lowercase, capitalised]."""
    counts = {stem: [0, 0] for stem in stems}
    lengths = {len(stem) for stem in counts}
    for t in words:
        low = t.text.lower()
        for n in lengths:
            found = counts.get(low[:n]) if n <= len(low) else None
            if found is not None:
                found[t.text[:1].isupper()] += 1
    return counts


def _in_prose(doc, words) -> list:
    """The capitalised words of six letters or more inside a sentence that are capitalised
    nowhere else inside one, and whose forms appear in lowercase at least twice."""
    text = doc.text
    caps: dict[str, list] = {}
    for tok in words:
        w = tok.text
        if len(w) >= MIN_LEN and w[0].isupper() and w[1:].islower():
            caps.setdefault(w.lower()[:5], []).append(tok)
    chosen = []
    for toks in caps.values():
        inside = [t for t in toks if _AFTER_WORD.search(text, max(0, t.start - 40), t.start)]
        mid = [t for t in inside if _mid_sentence(text, t)]
        if len(inside) == 1 and len(mid) == 1:
            chosen.append(mid[0])  # a word capitalised inside sentences more than once is capitalised on purpose
    counts = _stem_counts([t for t in words if len(t.text) >= MIN_LEN], {_key(t.text) for t in chosen})
    return [t for t in chosen if counts[_key(t.text)][0] >= 2]


def _in_ocr(doc, lex, words) -> list:
    """In OCR text, the capitalised Kazakh words of four letters or more inside a sentence whose
    stem begins some lowercase word and no other capitalised one."""
    if not has_ocr_text(doc, lex):
        return []
    text = doc.text
    chosen = [t for t in words if len(t.text) >= MIN_LEN_OCR and t.lang == "kk" and t.text[0].isupper()
              and t.text[1:].islower() and read_by_ocr(doc, lex, t.start, t.end) and _mid_sentence(text, t)]
    counts = _stem_counts(words, {_key(t.text) for t in chosen})
    return [t for t in chosen if counts[_key(t.text)][0] and counts[_key(t.text)][1] == 1]


def _mid_sentence(text: str, tok) -> bool:
    """Does ``tok`` follow a lowercase word or a comma, with no capitalised word after it?"""
    return bool(_PREV.search(text, max(0, tok.start - 40), tok.start)) and not _NEXT_CAP.match(text, tok.end)


def check(doc, lex):
    text = doc.text
    words = [t for t in doc.words if "-" not in t.text]
    chosen = {t.start: t for t in _in_prose(doc, words)}
    chosen.update((t.start, t) for t in _in_ocr(doc, lex, words))
    for tok in sorted(chosen.values(), key=lambda t: t.start):
        low = tok.text[0].lower() + tok.text[1:]
        if tok.text.casefold() in lex.names or not lex.is_valid(low) or lex.is_name(tok.text):
            continue
        a = lex.kazakh.analyse(low) if tok.lang == "kk" else None
        if a and a[0] in lex.names:
            continue  # Еуропалық, Қазақстандық: made from a name, capitalised by some house styles
        if _opens_name(tok, text, lex, a):
            continue  # a name's first word: Кәсіпкерлер палатасы, Налоговый кодекс, Совета Федерации
        fix = Fix((Edit(tok.start, tok.end, low),), Safety.UNSAFE, f"write {low!r}")
        yield RULE.finding(tok.start, tok.end, f'capital letter mid-sentence: "{tok.text}"', (low,), fix)
