"""The check registry: an explicit list of check modules, turned once into an immutable
id -> Check mapping.

Each module declares ``RULE`` (a ``qa.finding.Rule``) and ``check(doc, lex)``, a generator of
findings. Its docstring is the rule's manual page (``qa rule ID``). Ids are a three-letter
family and three digits; an id is never reused, and a renamed one stays in ``REDIRECTS``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from types import MappingProxyType, ModuleType

import regex

from ..finding import Finding, Rule

MODULES = (
    "space_before_punctuation",
    "missing_space_after",
    "doubled_space",
    "number_space",
    "misspelling",
    "hyphenation",
    "glued_word",
    "dash",
    "quotes",
    "punctuation",
    "brackets",
    "reference_bracket",
    "brace",
    "stray_mark",
    "leaked_link",
    "page_furniture",
    "invisible_characters",
    "double_spacing",
    "line_opening_space",
    "capital_mid_sentence",
    "capital_after_break",
    "capital_inside_word",
    "homoglyph",
    "foreign_letter",
    "digit_letter",
    "kazakh_letters",
    "russian_model",
    "rejected_word",
    "real_word",
    "russian_word",
    "preposition_case",
    "citation",
)

# Retired or renamed ids -> their successors.
REDIRECTS: MappingProxyType[str, str] = MappingProxyType({})

RULE_ID = regex.compile(r"[A-Z]{3}\d{3}")
FAMILIES = MappingProxyType({
    "SPC": "spacing", "PUN": "punctuation", "GLU": "glued_word", "SPL": "misspelling",
    "RWE": "real_word", "HOM": "homoglyph", "HYP": "hyphenation", "DSH": "dash",
    "QUO": "quotes", "ART": "artifact", "CAS": "case", "KAZ": "kazakh_letters",
    "CIT": "citation", "VOC": "vocabulary",
})


@dataclass(frozen=True)
class Check:
    rule: Rule
    run: Callable[..., Iterator[Finding]]
    module: str


def _load(name: str) -> Check:
    mod: ModuleType = importlib.import_module(f"{__name__}.{name}")
    rule: Rule = mod.RULE
    if not RULE_ID.fullmatch(rule.id):
        raise RuntimeError(f"check {name}: malformed rule id {rule.id!r}")
    if FAMILIES.get(rule.id[:3]) is None:
        raise RuntimeError(f"check {name}: unknown rule family {rule.id[:3]!r}")
    rule = replace(rule, doc=(mod.__doc__ or "").strip())
    return Check(rule, mod.check, name)


def _build() -> MappingProxyType[str, Check]:
    table: dict[str, Check] = {}
    for name in MODULES:
        c = _load(name)
        if c.rule.id in table:
            raise RuntimeError(f"duplicate rule id {c.rule.id} in {name} and {table[c.rule.id].module}")
        if c.rule.id in REDIRECTS:
            raise RuntimeError(f"rule id {c.rule.id} is retired (redirects to {REDIRECTS[c.rule.id]})")
        table[c.rule.id] = c
    return MappingProxyType(dict(sorted(table.items())))


REGISTRY: MappingProxyType[str, Check] = _build()


def resolve(rule_id: str) -> str:
    return REDIRECTS.get(rule_id, rule_id)
