"""DSH001: two hyphens read or typed for a dash, wherever they stand; one spaced hyphen as house style."""

import pytest

from qa.finding import Safety, Severity


def spans(findings):
    return [(f.start, f.end, f.suggestions[0], f.severity) for f in findings]


@pytest.mark.parametrize(("text", "expected"), [
    ("кезі 13-- 14 ғасыр", [(7, 9, " —", Severity.WARNING)]),  # spaced on one side: on both
    ("кезі 13 --14 ғасыр", [(8, 10, "— ", Severity.WARNING)]),
    ("-- Сөз айтты.", [(0, 2, "—", Severity.WARNING)]),  # a dialogue's dash at the line start
    ("сөз a--b сөз", [(5, 7, "—", Severity.WARNING)]),  # between letters it stays unspaced
    ("екіншісі - бизнес", [(9, 10, "–", Severity.INFO)]),
])
def test_dashes_found_with_their_fix(run_rule, text, expected):
    assert spans(run_rule("DSH001", text)) == expected


def test_a_spaced_hyphen_is_house_style_two_hyphens_are_damage(run_rule):
    one, two = run_rule("DSH001", "екіншісі - бизнес"), run_rule("DSH001", "екіншісі -- бизнес")
    assert one[0].fix.safety is Safety.UNSAFE and two[0].fix.safety is Safety.SAFE


@pytest.mark.parametrize("text", ["жол ---------- жол", "https://example.com/a--b", "іс-қимыл", "1995-2000"])
def test_rules_links_and_compounds_are_no_dashes(run_rule, text):
    assert run_rule("DSH001", text) == []
