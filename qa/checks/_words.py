"""Helpers shared by the word checks (not a check module)."""

from __future__ import annotations

RECURRING = 3


def family(word: str) -> str:
    """Key grouping the inflected forms of one word (комплаенс, комплаенса, комплаенс-рисков)."""
    head = word.split("-", 1)[0].lower()
    return head[:max(3, min(6, len(head) - 3))]


def recurring(tokens) -> set[str]:
    """Families that recur RECURRING or more times among ``tokens``: a term of the paper, not a slip."""
    counts: dict[str, int] = {}
    for t in tokens:
        k = family(t.text)
        counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n >= RECURRING}
