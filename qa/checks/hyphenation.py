"""HYP001 line-end-hyphenation: a word broken across lines by a hyphen.

Why: text extracted from typeset pages keeps the printer's line-end hyphens ("пар-⏎ламентской");
the broken word fails search, spelling and reading aloud. Some hyphens are the word's own and
must stay when the lines are joined ("Алаш-⏎Орды", "іс-⏎қимыл", "10-⏎летию").
Decision, with the lexicon: join without the hyphen when the joined word is valid and the part
after the break is not a word of its own; keep the hyphen after a number, between two capitalised
parts, and when both parts are words and the joined form is not (or both are possible and the
second part is a full word). Blank lines between the parts are allowed. Soft hyphens (U+00AD)
inside a word are removed, and "высокообразо- ванные" inside a reflowed line is joined when the
joined form is a word and its two pieces are not both words.
A broken word KAZ001 joins with its lost Kazakh letters restored is left to it.
Severity: warning when the hyphen goes, info when it stays (a layout note).
Fix safety: safe when the lexicon decides; when neither form is known, the join is safe only if
the part after the break is not a word of its own, otherwise display-only.
"""

from typing import NamedTuple

import regex

from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity
from ._words import per_document

RULE = Rule("HYP001", "line-end-hyphenation", "hyphenation", Severity.WARNING,
            "word broken by a line-end hyphen", FixAvailability.SOMETIMES,
            bad={"парламентской и пар-\nламентской систем": "парламентской и парламентской систем",
                 "Правительство Алаш-\n\nОрды создало": "Правительство Алаш-Орды создало",
                 "к 10-\nлетию независимости": "к 10-летию независимости",
                 "іс-\nқимыл": "іс-қимыл",
                 "Курдстан жартас-\nтарындағы рельефтер": "Курдстан жартастарындағы рельефтер",
                 "Курдстан жартас-\nТарындағы рельефтер": "Курдстан жартастарындағы рельефтер",
                 "жиналыстар және ас-\n“ социацияларды құру": "жиналыстар және ассоциацияларды құру",
                 "не өте к1-\nшірейіледі": "не өте кішірейіледі",
                 "обревизования государ- :\nственных имуществ": "обревизования государственных имуществ",
                 "алған қо-\n\n7 мандалар": "алған қомандалар",
                 "высокообразо\u00adванные": "высокообразованные",
                 "и высокообразо- ванные кадры": "и высокообразованные кадры"},
            good=("Сб. док-тов / Состав. Н. Мартыненко. -\nА., С.88.", "политико-правовой", "жылы —\nбірақ",
                  "жоспар бойынша бет-\n2 жыл бойы", "на микро- или макроуровне"))

_WORD = r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*"
# OCR writes і as ! or | inside a piece, and specks as quote marks before the second piece
_PIECE = r"\p{L}[\p{L}\p{M}!|1]*(?:-[\p{L}\p{M}!|1]+)*"
_BREAK = regex.compile(
    rf"(?P<left>(?<![\p{{L}}\p{{M}}\d!|])(?<![\p{{L}}\d]-)(?:{_PIECE}|\d+))[-\u2010\u00ad]"
    rf"(?P<junk0>[ \t]*[^\s\p{{L}}\d]{{0,3}})[ \t]*(?:\r\n|\r|\n)"
    rf"(?:[ \t\f\v]*(?:\r\n|\r|\n))*[ \t]*(?P<junk>[^\s\p{{L}}]{{0,3}}[ \t]*)(?P<right>{_PIECE})")
_SIGN_FOR_I = regex.compile(r"(?<=\p{L})[!|1](?=\p{L})")
_SPECKS = frozenset("‘’“”„`'‚:;<>_-.")  # single marks OCR makes of specks before the second piece
_INLINE = regex.compile(rf"(?P<left>(?<![\p{{L}}\p{{M}}\d-]){_WORD})- (?P<right>\p{{Ll}}[\p{{L}}\p{{M}}]*)")
_CONJUNCTIONS = frozenset(("и", "или", "либо", "а", "да", "and", "or"))
_SOFT = regex.compile(r"(?<=\p{L})\u00ad(?=\p{L})")


def _decide(left: str, right: str, lex, inline: frozenset[str] = frozenset()) -> tuple[str, Safety, str] | None:
    """(replacement, safety, reason) for a broken word, or None when nothing should change.
    ``inline``: the hyphenated words the document writes inside its lines (lowercase)."""
    if left.isdigit():
        return left + "-" + right, Safety.SAFE, "a number keeps its hyphen before a suffix"
    if left[:1].isupper() and right[:1].isupper() and not (left.isupper() and right.isupper()):
        return left + "-" + right, Safety.SAFE, "a compound of two capitalised parts keeps its hyphen"
    # a capitalised piece after a lowercase one: OCR misread a lowercase letter (жартас-/Тарындағы,
    # терме-/Лерйнде); a compound has two capitals (Алаш-Орды)
    misread = left[-1:].islower() and right[:1].isupper() and right[1:].islower() and not lex.is_name(right)
    low = left + right[:1].lower() + right[1:]
    if misread and lex.is_valid(low):
        return low, Safety.SAFE, f'"{low}" is a word; the capital is an OCR misreading'
    joined = left + right
    if _SIGN_FOR_I.search(joined):
        restored = _SIGN_FOR_I.sub("і", joined)  # OCR's ! | 1 for і (к1-/шірейіледі)
        if lex.is_valid(restored):
            return restored, Safety.SAFE, f'"{restored}" is a word (і read as a sign)'
    lastpart = left.rsplit("-", 1)[-1]
    jv = lex.is_valid(joined)
    right_word = len(right) >= 2 and lex.is_valid(right)
    left_word = lex.is_valid(lastpart)
    hv = left_word and right_word
    if jv and not hv:
        return joined, Safety.SAFE, f'"{joined}" is a word'
    if hv and not jv:
        return left + "-" + right, Safety.SAFE, f'"{lastpart}" and "{right}" are words; "{joined}" is not'
    if jv and hv:
        # Agglutination makes both pieces of a broken word valid more often than not (бол|ды,
        # жалғасты|ратын, ше|берліктің); a compound must show itself: written so elsewhere in the
        # paper, or known to the dictionary as a whole.
        compound = f"{left}-{right}"
        if compound.lower() in inline or lex.morph_ru.word_is_known(compound.lower()):
            return compound, Safety.SAFE, f'"{compound}" is a compound the paper or the dictionary uses'
        return joined, Safety.SAFE, f'"{joined}" is a word'
    if right[:1].islower():
        # the printer's own hyphen is by far the commoner (about 98 of 100 breaks in typeset text)
        return joined, Safety.SAFE, "a word broken by the printer (neither form is known)"
    if misread and len(right) >= 3:
        return low, Safety.SAFE, "a word broken by the printer; the capital is an OCR misreading"
    return joined, Safety.DISPLAY, "neither form is known to the lexicon"


_EDGE = regex.compile(r"(?<=\S)[-\u2010\u00ad—–¬][ \t]*(?:[^\s\p{L}\d]{1,3}[ \t]*)?(?:\r\n|\r|\n)"
                      r"(?:[ \t\f\v]*(?:\r\n|\r|\n))*[ \t]*(?=\S)")
_REACH = 60  # how far a broken word's pieces reach on either side of the break


_BREAK_AT = regex.compile(r"[-\u2010\u00ad][ \t]*(?:[^\s\p{L}\d]{1,3}[ \t]*)?(?:\r\n|\r|\n)")
_WINDOW = 200  # no word piece is longer


def _near(pattern, text: str, trigger, sep: str | None = None):
    """``pattern.finditer`` over the text, run only in windows around the places ``trigger``
    finds: the patterns open with a word, so a scan of the whole text would try each letter."""
    spans: list[list[int]] = []
    hits = (m.span() for m in trigger.finditer(text)) if sep is None else _positions(text, sep)
    for s, e in hits:
        if spans and s - _WINDOW <= spans[-1][1]:
            spans[-1][1] = e + _WINDOW
        else:
            spans.append([max(0, s - _WINDOW), e + _WINDOW])
    for lo, hi in spans:
        yield from pattern.finditer(text, lo, min(hi, len(text)))


def _positions(text: str, sep: str):
    i = text.find(sep)
    while i >= 0:
        yield i, i + len(sep)
        i = text.find(sep, i + 1)


class Break(NamedTuple):
    start: int  # of the left piece
    end: int  # of the right piece
    left: str
    right: str
    junk: str  # marks between the pieces, spaces left out


@per_document
def breaks(doc) -> list[Break]:
    """Each word broken by a line-end hyphen (memoised per document: HYP001, KAZ001 and SPL001
    all ask)."""
    return [Break(m.start("left"), m.end("right"), m.group("left"), m.group("right"),
                  (m.group("junk0") + m.group("junk")).replace(" ", "").replace("\t", ""))
            for m in _near(_BREAK, doc.text, _BREAK_AT)]


def plain(b: Break) -> bool:
    """A break of two runs of letters, the second lowercase, which the printer's hyphen made and
    which may be judged as the joined word (гасыр-/лар; not к1-/шірейіледі, not Алаш-/Орды)."""
    return b.left.isalpha() and b.right.isalpha() and b.right[:1].islower()


@per_document
def broken_words(doc) -> list[tuple[int, int]]:
    """Spans of words broken by a line-end hyphen (their pieces are not words of their own),
    also when OCR noise keeps the break from being read as a word. Memoised per document."""
    text = doc.text
    spans = []
    for m in _EDGE.finditer(text):
        s, e = m.span()
        lo = s
        while lo > 0 and s - lo < _REACH and not text[lo - 1].isspace():
            lo -= 1
        hi = e
        while hi < len(text) and hi - e < _REACH and not text[hi].isspace():
            hi += 1
        spans.append((lo, hi))
    return spans + [(m.start("left"), m.end("right")) for m in _near(_INLINE, text, None, "- ")]


def _stray_marks(junk: str, left: str, right: str, lex) -> bool:
    """A short number or a few signs between two pieces that are not words of their own, the
    second lowercase ("қо-/7 мандалар", "доктри- |/нальные"): a page number or specks the OCR
    read, not the text's."""
    marks = junk.strip("".join(_SPECKS))
    return ((marks.isdigit() or not any(c.isdigit() for c in marks)) and len(marks) <= 3
            and len(left) >= 2 and len(right) >= 3 and right[:1].islower()
            and not lex.is_valid(left.rsplit("-", 1)[-1]) and not lex.is_valid(right))


def check(doc, lex):
    text = doc.text
    inline = frozenset(t.text.lower() for t in doc.tokens if t.kind == "word" and "-" in t.text)
    from .kazakh_letters import candidates as lost_letters  # (it imports this module)
    restored = {(s, e) for s, e, *_ in lost_letters(doc, lex)}
    for s, e, left, right, junk in breaks(doc):
        if (s, e) in restored:
            continue  # KAZ001 joins it with its Kazakh letters restored (гасыр-/лар → ғасырлар)
        decision = _decide(left, right, lex, inline)
        if decision is None:
            continue
        repl, safety, reason = decision
        if junk and not (set(junk) <= _SPECKS or lex.is_valid(repl.replace("-", ""))):
            if not _stray_marks(junk, left, right, lex):
                continue  # a number or signs between the pieces: only a word they make says it is a speck
            reason += f'; "{junk}" between the pieces is dropped as a speck'
        keep = "-" in repl[len(left):len(left) + 1]
        msg = (f'line-end hyphen in "{left}-/{right}": keep it ({reason})' if keep
               else f'line-end hyphen in "{left}-/{right}": join as "{repl}" ({reason})')
        sev = Severity.INFO if keep else RULE.severity
        fix = Fix((Edit(s, e, repl),), safety, f"join as {repl!r}")
        yield RULE.finding(s, e, msg, (repl,), fix, severity=sev)
    for m in _SOFT.finditer(text):
        yield RULE.replace(m.start(), m.end(), "soft hyphen (U+00AD) inside a word", "",
                           title="remove the soft hyphen")
    for m in _near(_INLINE, text, None, "- "):
        left, right = m.group("left"), m.group("right")
        joined = left + right
        if right.lower() in _CONJUNCTIONS or right.lower() in lex.conjunctions:
            continue  # a suspended hyphen: "микро- и макроуровни"
        if lex.is_valid(joined) and not (lex.is_valid(right) and lex.is_valid(left.rsplit("-", 1)[-1])):
            s, e = m.start("left"), m.end("right")
            yield RULE.replace(s, e, f'broken word "{left}- {right}": join as "{joined}"', joined,
                               title=f"join as {joined!r}")
