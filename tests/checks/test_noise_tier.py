"""Checks that only speak in text that reads as OCR output (5 % of lowercase words unknown)."""

from qa.checks.misspelling import is_noisy
from qa.document import Document
from qa.lexicon import get_lexicon

NOISY = ("Курдстан жартастарындары рельефтер тастар; бұл сурет кезамнде салынтан жэне ерекше: "
         "дауысты турлер ") * 4
CLEAN = ("Мақсаттар мынадай: біріншісі оқыту; екіншісі тәрбиелеу; үшіншісі зерттеу жұмыстары "
         "арқылы жүзеге асады. ") * 4


def test_noise_measure_tells_ocr_output_from_prose():
    lex = get_lexicon()
    assert is_noisy(Document(NOISY), lex)
    assert not is_noisy(Document(CLEAN), lex)


def test_semicolon_and_colon_before_lowercase_only_in_noisy_text(run_rule):
    noisy = [f for f in run_rule("PUN002", NOISY) if NOISY[f.start] in ";:"]
    assert {NOISY[f.start] for f in noisy} == {";", ":"}
    semi = next(f for f in noisy if NOISY[f.start] == ";")
    colon = next(f for f in noisy if NOISY[f.start] == ":")
    assert semi.fix.edits[0].text == "," and semi.fix.safety.name == "SAFE"
    assert colon.fix.safety.name == "UNSAFE" and colon.suggestions == ("", ",")
    assert [f for f in run_rule("PUN002", CLEAN) if CLEAN[f.start] in ";:"] == []
