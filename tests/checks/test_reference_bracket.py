"""PUN004: a reference's square brackets read as a bar, a parenthesis or a one."""

from qa.api import check_document
from qa.document import Document


def _pun4(text):
    return [f for f in check_document(Document(text)) if f.rule == "PUN004"]


def test_bar_and_parenthesis_become_brackets_safely():
    text = "Көксерек тамаққа тоймай жеп кететін |24; 27). Ары қарай ол өсті."
    (f,) = _pun4(text)
    assert text[f.start:f.end] == "|24; 27)" and f.suggestions[0] == "[24; 27]"
    assert f.fix.safety.value == "safe"


def test_a_one_for_the_closing_bracket_is_only_offered():
    text = "Ауыл төбеттері күнде талайды |91. Бір жыл өтеді."
    (f,) = _pun4(text)
    assert f.suggestions == ("[9]", "[91]") and f.fix.safety.value == "unsafe"


def test_tables_and_real_brackets_stay():
    for text in ("| 9 | 12 |\n|---|---|", "Мәтін [9]. Келесі [24; 27].", "a|b және x|1 белгілері"):
        assert _pun4(text) == [], text
