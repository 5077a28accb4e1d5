"""PUN003 unbalanced-bracket: a bracket or guillemet that nothing closes or opens.

Why: "(жақша ашылды бірақ жабылмады." leaves the reader waiting for the end of an aside; a lone
")" or "»" is often an OCR speck or the remnant of a deleted passage. Either way an editor must
look at it.
How: ( ) [ ] { } and « » are matched like parentheses, nesting allowed, over at most a few
hundred characters (2,500 for « »): the pair may span a line break or a blank line, as in text
extracted with a blank line after every line. Item labels that close without opening ("1)",
"а)", "iv)" at the start of a line or after ; : «, and "2)" before a word) are not brackets
while no "(" is open. A quotation running over several paragraphs opens each one
with « and closes once, so an unclosed « is left alone when the next paragraph opens with «;
Russian writes one » for two quotations that end together («Авиакомпания «Сибирь»), so an
unclosed « around a closed quotation is left alone too. In OCR text a brace pairs with a
parenthesis or bracket ("(п. 54}": PUN005 reports the brace read for the other mark).
Severity: warning. No fix: where the missing mark belongs is the writer's call.
"""

import bisect

import regex

from ..finding import FixAvailability, Rule, Severity
from .misspelling import has_ocr_text

RULE = Rule("PUN003", "unbalanced-bracket", "punctuation", Severity.WARNING,
            "a bracket or guillemet without its pair", FixAvailability.NONE,
            bad={t: t for t in ("Мәтін (жақша ашылды бірақ жабылмады. Келесі сөйлем.",
                                "Ол «сөз айтты. Бұл дұрыс.", "Ғалымдар] жазды.", "Ол (бір [екі) үш.")},
            good=("Мәтін (жақша) жабылды.", "1) бірінші; 2) екінші; а) үшінші.",
                  "«Ол „Абай“ деді» [4, с. 12].", "Келесі:\nа) бір;\nә) екі.",
                  "«Бірінші абзац.\n\n«Екінші абзац.»", "название – «Авиакомпания «Сибирь». Данный",
                  "бригада (э) жұмылдырылған.", "жалақылары (отыз пайынға ш) отыз",
                  "(например, компания ПАО «НК «Роснефть»), характеризующейся", "через: «1) повышение; 2) снижение»",
                  "принципа: запрета (конвенции № 100 и 111) и действенного", "Такая оценка: 1) положительной, 2) отрицательной."))

PAIRS = {")": "(", "]": "[", "}": "{", "»": "«"}
OPENERS = frozenset(PAIRS.values())
# how far a pair may reach, in characters: an aside in brackets is a sentence or two, a quotation
# may be longer; an opener left open beyond it is unclosed
REACH = {"(": 800, "[": 300, "{": 300, "«": 2500}
_MARK = regex.compile(r"[()\[\]{}«»]")
_OPENS_QUOTE = regex.compile(r"\s*«")
# an item label closed by ")" alone, read backwards from the ")": a number, one letter or a short
# Roman numeral at the start of a line or after ; : « " “, or a number before a word
_LABEL_LINE = regex.compile(r"(?:^|[\n;:«\"“])[ \t]{0,4}(?:\d{1,3}|\p{L}|[ivxlcIVXLC]{1,5})$")
_LABEL_NUMBER = regex.compile(r"[ \t]\d{1,3}$")
_BEFORE_WORD = regex.compile(r"[ \t]+\p{L}")
_LABEL_BACK = 12  # characters a label and what precedes it take


def _is_label(text: str, pos: int) -> bool:
    """Is the ")" at ``pos`` an item label's?"""
    lo = max(0, pos - _LABEL_BACK)
    if _LABEL_LINE.search(text, lo, pos):
        return True
    return bool(_LABEL_NUMBER.search(text, lo, pos) and _BEFORE_WORD.match(text, pos + 1))


def _pair(opener: str, closer: str, loose_braces: bool) -> bool:
    """Does ``closer`` close ``opener``? With ``loose_braces`` (OCR text, where PUN005 reports a
    brace read for a parenthesis or a bracket) a brace pairs with a parenthesis or bracket too."""
    if PAIRS[closer] == opener:
        return True
    return loose_braces and "{" in (opener, PAIRS[closer]) and opener != "«" and closer != "»"


def _unmatched(text: str, loose_braces: bool = False) -> list[int]:
    stack: list[int] = []
    lone: list[int] = []
    shared: set[int] = set()  # « whose quotation ends with a nested one: «Авиакомпания «Сибирь»
    for m in _MARK.finditer(text):
        ch, pos = m.group(), m.start()
        while stack and pos - stack[0] > REACH[text[stack[0]]]:
            i = stack.pop(0)
            if i not in shared:
                lone.append(i)
        if ch in OPENERS:
            stack.append(pos)
        elif ch == ")" and not any(text[i] == "(" for i in stack) and _is_label(text, pos):
            continue  # an item label: "1)" with no "(" open
        elif stack and _pair(text[stack[-1]], ch, loose_braces):
            stack.pop()
            if ch == "»" and stack and text[stack[-1]] == "«":
                shared.add(stack[-1])
        elif any(_pair(text[i], ch, loose_braces) for i in stack):
            # a closer whose opener sits deeper: the marks above it were never closed
            while not _pair(text[stack[-1]], ch, loose_braces):
                i = stack.pop()
                if i not in shared:
                    lone.append(i)
            stack.pop()
        else:
            lone.append(pos)
    return sorted(lone + [i for i in stack if i not in shared])


def check(doc, lex):
    text = doc.text
    starts = sorted(p.start for p in doc.paragraphs)
    for pos in _unmatched(text, ("{" in text or "}" in text) and has_ocr_text(doc, lex)):
        ch = text[pos]
        if ch == "«":
            k = bisect.bisect_right(starts, pos)
            if k < len(starts) and _OPENS_QUOTE.match(text, starts[k]):
                continue  # a quotation over several paragraphs
        if ch in OPENERS:
            msg = f'"{ch}" is not closed'
        else:
            msg = f'"{ch}" closes nothing: no "{PAIRS[ch]}" opens before it'
        yield RULE.finding(pos, pos + 1, msg)
