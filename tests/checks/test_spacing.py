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


def test_citations_against_reference_list(run_rule):
    text = ("Алаш [1], заң [2, с. 45], сот [3; 5] және [7–8].\n\nПайдаланылған әдебиеттер\n"
            "1. Бір. 2001.\n2. Екі. 2002.\n3. Үш. 2003.\n5. Бес. 2005.\n6. Алты. 2006.\n7. Жеті.\n8. Сегіз.\n")
    found = run_rule("CIT001", text)
    msgs = sorted(f.message for f in found)
    assert msgs == ["reference list entry 6 is never cited", "the reference list skips number 4"]
    text2 = text.replace("[7–8]", "[7–9]")
    found = run_rule("CIT001", text2)
    missing = [f for f in found if "not in the reference list" in f.message]
    assert len(missing) == 1 and text2[missing[0].start:missing[0].end] == "[7–9]"
