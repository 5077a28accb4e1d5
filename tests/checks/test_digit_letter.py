"""HOM003: digits OCR read for the Cyrillic letters they look like."""

from qa.api import check_document
from qa.document import Document


def _hom3(text):
    return [(text[f.start:f.end], f.suggestions[0]) for f in check_document(Document(text)) if f.rule == "HOM003"]


def test_an_abbreviation_and_a_word_with_a_digit_for_a_letter():
    assert _hom3("Ақындар, жыраулар, т.6. жазды.") == [("т.6.", "т.б.")]
    assert _hom3("И 0го, сколько их было.") == [("0го", "ого")]


def test_the_page_abbreviation_of_a_kazakh_reference_even_as_a_russian_model_read_it():
    kazakh_read = ("Бұл мәселе туралы ғалымдар көп жазды [3, 188 6.]. Олар тілдің тарихын зерттеді.\n")
    assert _hom3(kazakh_read) == [("6", "б")]
    russian_read = ("Бул мэселе туралы галымдар коп жазды [3, 188 6.]. Олар тилдин тарихын зерттеди.\n")
    assert _hom3(russian_read) == [("6", "б")]
    # a Russian reference writes с. before the page: its "6.]" is left alone
    assert _hom3("Об этом писали многие исследователи [3, 188 6.]. Они изучали историю языка.\n") == []


def test_codes_sizes_numbers_and_unknown_readings_stay():
    for text in ("Формат А3, модель 6Ж, 5кг салмақ.", "2020 жылы 6 рет болды.", "Көрсеткіш [12, 6].",
                 "Код 6ыхз екен."):
        assert _hom3(text) == [], text
