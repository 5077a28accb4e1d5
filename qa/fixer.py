"""Apply fixes: sort, skip overlaps, apply in one pass, re-check until stable.

Every character outside the applied edits is unchanged (asserted). Applying to the output
again changes nothing: the loop re-checks the fixed text until no applicable fix remains.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .finding import Edit, Finding, Safety

LEVELS = {"safe": (Safety.SAFE,), "all": (Safety.SAFE, Safety.UNSAFE)}
MAX_ROUNDS = 4


@dataclass(frozen=True)
class FixResult:
    text: str
    applied: tuple[Finding, ...]
    skipped: int  # fixes left out because they overlapped an earlier one


def select_edits(findings: Iterable[Finding], level: str = "safe") -> tuple[list[tuple[Finding, tuple[Edit, ...]]], int]:
    allowed = LEVELS[level]
    cands = [f for f in findings if f.fix is not None and f.fix.safety in allowed]
    cands.sort(key=lambda f: (f.fix.start, f.fix.end, f.rule))
    chosen: list[tuple[Finding, tuple[Edit, ...]]] = []
    last_end = -1
    last_point = None
    skipped = 0
    for f in cands:
        edits = tuple(sorted(f.fix.edits, key=lambda e: (e.start, e.end)))
        s, e = edits[0].start, edits[-1].end
        # Edits touching at one point are allowed, but two insertions at the same point are not.
        if s < last_end or (s == last_end and s == e and last_point == s):
            skipped += 1
            continue
        chosen.append((f, edits))
        last_end = e
        last_point = e if edits[-1].start == edits[-1].end else None
    return chosen, skipped


def apply_edits(text: str, edits: list[Edit]) -> str:
    pieces = []
    pos = 0
    for ed in sorted(edits, key=lambda e: (e.start, e.end)):
        if ed.start < pos or ed.end > len(text):
            raise ValueError(f"overlapping or out-of-range edit {ed}")
        pieces.append(text[pos:ed.start])
        pieces.append(ed.text)
        pos = ed.end
    pieces.append(text[pos:])
    out = "".join(pieces)
    _assert_outside_unchanged(text, out, edits)
    return out


def _assert_outside_unchanged(before: str, after: str, edits: list[Edit]) -> None:
    delta = 0
    pos = 0
    for ed in sorted(edits, key=lambda e: (e.start, e.end)):
        assert before[pos:ed.start] == after[pos + delta:ed.start + delta], "fix changed text outside its edits"
        delta += len(ed.text) - (ed.end - ed.start)
        pos = ed.end
    assert before[pos:] == after[pos + delta:], "fix changed text outside its edits"


def fix_text(text: str, check: Callable[[str], list[Finding]], level: str = "safe",
             first: list[Finding] | None = None) -> FixResult:
    """Apply fixes of ``level`` to ``text``; ``check`` returns the findings for a text, and
    ``first``, when given, are the findings of ``text`` already known."""
    return fix_texts([text], lambda pairs: [check(t) for _, t in pairs], level, [first])[0]


def fix_texts(texts: list[str], check_many: Callable[[list[tuple[int, str]]], list[list[Finding]]],
              level: str = "safe", firsts: list[list[Finding] | None] | None = None) -> list[FixResult]:
    """``fix_text`` for several texts at once: each round re-checks all texts still changing
    in one call of ``check_many`` (given (index, text) pairs; it may spread them over processes)."""
    n = len(texts)
    texts = list(texts)
    findings: list[list[Finding] | None] = list(firsts) if firsts is not None else [None] * n
    applied: list[list[Finding]] = [[] for _ in range(n)]
    skipped_total = [0] * n
    active = list(range(n))
    for round_no in range(MAX_ROUNDS):
        need = [i for i in active if round_no > 0 or findings[i] is None]
        for i, found in zip(need, check_many([(i, texts[i]) for i in need]) if need else (), strict=True):
            findings[i] = found
        still = []
        for i in active:
            chosen, skipped = select_edits(findings[i], level)
            if not chosen:
                continue
            texts[i] = apply_edits(texts[i], [e for _, eds in chosen for e in eds])
            applied[i].extend(f for f, _ in chosen)
            skipped_total[i] = skipped
            still.append(i)
        active = still
        if not active:
            break
    return [FixResult(texts[i], tuple(applied[i]), skipped_total[i]) for i in range(n)]


_BLANK_AFTER_EVERY_LINE = 0.8


def reflow(text: str) -> str:
    """Join the lines of each paragraph with a space and keep one blank line between paragraphs.

    Extracted text often has a blank line after every line; then paragraphs end where a line
    ends a sentence and is shorter than most lines (the last line of a typeset paragraph).
    Form feeds stay as page breaks. Applying it again changes nothing.
    """
    import regex

    nl = "\r\n" if "\r\n" in text else "\n"
    lines = regex.split(r"\r\n|\r|\n", text)
    content = [ln for ln in lines if ln.strip()]
    if not content:
        return text
    blank_after = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and not b.strip())
    doubled = blank_after >= _BLANK_AFTER_EVERY_LINE * len(content) and len(content) >= 6
    paragraphs: list[list[str]] = [[]]
    if doubled:
        lengths = sorted(len(ln.strip()) for ln in content)
        typical = lengths[len(lengths) // 2]
        for ln in content:
            s = ln.strip()
            paragraphs[-1].append(s)
            if regex.search(r"[.!?:»)]$", s) and len(s) < 0.8 * typical:
                paragraphs.append([])
    else:
        for ln in lines:
            if ln.strip():
                paragraphs[-1].append(ln.strip())
            elif paragraphs[-1]:
                paragraphs.append([])
    out = [" ".join(p) for p in paragraphs if p]
    return (nl + nl).join(out) + (nl if text.endswith(("\n", "\r")) else "")
