"""CIT001 citation: bracket references against the numbered reference list.

Why: proceedings cite by number ("[4]", "[7, с. 112]", "[3; 6]", "[22–24]"); an editor needs to
know when a cited number has no entry in the list, when an entry is never cited, and when the
list skips a number.
How: the reference list is the numbered lines ("1. …", "2) …") after a heading such as
"Әдебиеттер", "Пайдаланылған әдебиеттер", "Литература", "Список литературы", "References";
citations are bracketed numbers in the text before it (page parts "с. 45", "б. 45", "p. 45" are
not references). Nothing is reported for a paper without such a list.
Severity: warning for a citation with no entry; info for an unused entry and a gap in the list.
No fix: the paper's author has to say what was meant.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("CIT001", "citation", "citation", Severity.WARNING,
            "bracket reference without an entry, unused entry, or numbering gap", FixAvailability.NONE,
            bad={"Сот билігі [1] және [3].\n\nӘдебиеттер\n1. Алаш. 2001.\n2. Сот. 2005.\n":
                 "Сот билігі [1] және [3].\n\nӘдебиеттер\n1. Алаш. 2001.\n2. Сот. 2005.\n"},
            good=("Сот билігі [1], [2, с. 45].\n\nӘдебиеттер\n1. Алаш. 2001.\n2. Сот. 2005.\n",
                  "Мәтін [4] тізімсіз.", "Литература:\n1. Программа партии Алаш\n\nТекст [1]."))

_HEADING = regex.compile(
    r"^[ \t]*(?:Пайдаланылған\s+)?(?:әдебиеттер(?:\s+тізімі)?|Әдебиет|Литература|Список\s+(?:использованной\s+)?"
    r"литературы|Список\s+источников|References|Bibliography|Дереккөздер)[ \t]*:?[ \t]*$",
    regex.IGNORECASE | regex.MULTILINE)
_ENTRY = regex.compile(r"^[ \t]*(\d{1,3})[.)][ \t]+\S", regex.MULTILINE)
_CITE = regex.compile(r"\[([^\[\]\n]{1,60})\]")
_PAGE_PART = regex.compile(r"^(?:с|б|бб|p|pp|s|т|стр|бет)\.?\s*\d", regex.IGNORECASE)
_RANGE = regex.compile(r"^(\d{1,3})\s*[–—-]\s*(\d{1,3})$")


def _numbers(inside: str) -> list[int] | None:
    """Reference numbers in a bracket, or None when it is not a numeric citation."""
    out = []
    for part in regex.split(r"[;,]", inside):
        part = part.strip()
        if not part:
            continue
        if _PAGE_PART.match(part):
            continue
        m = _RANGE.match(part)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a > b or b - a > 50:
                return None
            out.extend(range(a, b + 1))
        elif part.isdigit() and len(part) <= 3:
            out.append(int(part))
        elif out:
            continue  # "[20. С. 71]"-style page note after the number
        else:
            m = regex.match(r"(\d{1,3})\.\s", part + " ")
            if not m:
                return None
            out.append(int(m.group(1)))
    return out or None


def check(doc, lex):
    text = doc.text
    heads = list(_HEADING.finditer(text))
    if not heads:
        return
    head = heads[-1]
    entries: dict[int, tuple[int, int]] = {}
    for m in _ENTRY.finditer(text, head.end()):
        n = int(m.group(1))
        entries.setdefault(n, (m.start(1), m.end(1)))
    if not entries:
        return
    cited: set[int] = set()
    for m in _CITE.finditer(text, 0, head.start()):
        nums = _numbers(m.group(1))
        if nums is None:
            continue
        cited.update(nums)
        missing = [n for n in nums if n not in entries]
        if missing:
            shown = ", ".join(map(str, missing))
            yield RULE.finding(m.start(), m.end(), f"reference {shown} is not in the reference list "
                                                   f"(it has {min(entries)}–{max(entries)})")
    if not cited:
        return  # the text cites in another way: say nothing about the list
    for n, (s, e) in sorted(entries.items()):
        if n not in cited:
            yield RULE.finding(s, e, f"reference list entry {n} is never cited", severity=Severity.INFO)
    for gap in sorted(set(range(1, max(entries) + 1)) - set(entries)):
        after = max((k for k in entries if k < gap), default=None)
        s, e = entries[after] if after is not None else (head.start(), head.end())
        yield RULE.finding(s, e, f"the reference list skips number {gap}", severity=Severity.INFO)
