"""HOM002: letters of other Cyrillic alphabets put for Kazakh ones."""

from qa.finding import Safety


def test_legacy_font_letters_become_kazakh_and_the_fix_is_safe(run_rule):
    text = "Бұл жӛніндегі мәселе. Ақын ӛлеңінде айтты. Ол қазаҡ тілінде жазды."
    found = run_rule("HOM002", text)
    assert [(text[f.start:f.end], f.suggestions[0]) for f in found] == [
        ("жӛніндегі", "жөніндегі"), ("ӛлеңінде", "өлеңінде"), ("қазаҡ", "қазақ")]
    assert all(f.fix.safety is Safety.SAFE for f in found)


def test_a_word_that_stays_unknown_gets_an_unsafe_fix(run_rule):
    text = "Бұл мәселе бойынша дӛрет деген сөз жазылды."
    (f,) = run_rule("HOM002", text)
    assert f.suggestions == ("дөрет",) and f.fix.safety is Safety.UNSAFE


def test_text_in_the_other_alphabets_is_left_alone(run_rule):
    assert run_rule("HOM002", "Башҡортостан Республикаһының баш ҡалаһы Өфө, ул ҙур ҡала.") == []
    assert run_rule("HOM002", "В алтайском алфавите есть буква ӧ и буква ӱ, их нет в русском.") == []


def test_spl001_leaves_these_words_to_hom002(run_rule):
    assert run_rule("SPL001", "Бұл жӛніндегі мәселе, ақын ӛлеңінде айтты.") == []
