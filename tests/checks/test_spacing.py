"""Spacing rules with exact offsets, and the exceptions real text needs."""

import pytest


def spans(findings):
    return [(f.rule, f.start, f.end, f.suggestions[0]) for f in findings]


def test_space_before_comma_offsets(run_rule):
    text = "можно отметить , что"
    assert spans(run_rule("SPC001", text)) == [("SPC001", 14, 16, ",")]


@pytest.mark.parametrize("text", ["сөз ... сөз", "версия .NET", "счёт 2 : 1", "Том 1 .5"])
def test_space_before_exceptions(run_rule, text):
    assert run_rule("SPC001", text) == []


def test_space_before_closing_guillemet(run_rule):
    assert spans(run_rule("SPC001", "«Алаш »")) == [("SPC001", 5, 7, "»")]


def test_missing_space_after_full_stop(run_rule):
    text = "свобод личности.Правительство"
    assert spans(run_rule("SPC002", text)) == [("SPC002", 15, 16, ". ")]


@pytest.mark.parametrize("text", [
    "Л.Н.Гумилев атындағы ЕҰУ", "Ш.Айманов", "т.е. так", "С.88", "Т.4. С.123.", "3,5 млн", "1,648 млн. км²",
    "zh.sayash@gmail.com", "http://adilet.zan.kz/Kaz", "www.Akorda.kz"])
def test_missing_space_exceptions(run_rule, text):
    assert run_rule("SPC002", text) == []


def test_missing_space_after_comma(run_rule):
    assert spans(run_rule("SPC002", "сот,прокуратура")) == [("SPC002", 3, 4, ", ")]


def test_doubled_space_inside_line_only(run_rule):
    text = "  басы  ортасы   соңы  \n  келесі"
    assert spans(run_rule("SPC003", text)) == [("SPC003", 6, 8, " "), ("SPC003", 14, 17, " ")]


def test_doubled_nbsp_counts(run_rule):
    assert spans(run_rule("SPC003", "a\u00a0 b")) == [("SPC003", 1, 3, " ")]
