"""SPC004: a number glued to the year or century abbreviation after it."""

from qa.api import check_document
from qa.config import Config
from qa.document import Document
from qa.fixer import apply_edits, select_edits


def _spc004(text):
    return [f for f in check_document(Document(text), Config(select=("SPC004",))) if f.rule == "SPC004"]


def test_glued_years_and_centuries_get_their_space():
    text = "Закон №25 от 1996г. действует с 2016гг. по XIX в.; 1996ж. қабылданған, 19ғ. басында."
    found = _spc004(text)
    assert sorted(text[f.start:f.end] for f in found) == sorted(["1996", "2016", "1996", "19"])
    chosen, _ = select_edits(found)
    fixed = apply_edits(text, [e for _, edits in chosen for e in edits])
    assert fixed == "Закон №25 от 1996 г. действует с 2016 гг. по XIX в.; 1996 ж. қабылданған, 19 ғ. басында."


def test_units_and_other_glued_letters_links_and_spaced_forms_are_left_alone():
    # (№ before its number is written both ways by house styles: "№2", "№ 2")
    for text in ("5гр соли", "формат 2в1", "1996 г. и № 25", "https://example.com/a2016г.html", "10гбит.",
                 "в 1996году", "Хабаршысы. №2. 2019"):
        assert _spc004(text) == [], text
