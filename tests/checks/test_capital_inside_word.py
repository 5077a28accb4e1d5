"""CAS003: a capital read inside a word that is a word in small letters, in OCR text only."""

from qa.api import check_document
from qa.document import Document

JUNK = "кырзщап хщумтык ыжпрвуз щғрпоқ зхывтеп " * 8  # OCR garbage: the text reads as OCR output
BODY = "Ұлттық үлгідегі сәулет өнері мен мүсін, графика және кескіндеме дамыды. " * 3
RUSSIAN_READ = ("Олар елде Хулагу эулетине карайтын ильхандар мемлекет! курды жане жылдары баска. "
                "Бастауыш б1л1м баршага мндетт! болуы тиис. ЕндЕ олар кайтты.\n")


def _found(text):
    return {text[f.start:f.end]: f for f in check_document(Document(text)) if f.rule == "CAS003"}


def test_in_ocr_noise_a_capital_inside_a_word_is_made_small_safely():
    found = _found(JUNK + BODY + "Ол жӘне біз дәреТ алдық.")
    assert set(found) == {"жӘне", "дәреТ"}
    assert found["жӘне"].suggestions[0] == "және" and found["жӘне"].fix.safety.name == "SAFE"


def test_in_prose_a_capital_inside_a_word_is_left_alone():
    assert _found(BODY + "Ол жӘне біз келдік.") == {}


def test_acronyms_and_names_with_a_capital_inside_are_left_alone():
    assert _found(JUNK + BODY + "ҚазҰУ мен КазНУ, ҚазАгро және МастерКард.") == {}


def test_a_form_only_the_grammar_builds_is_offered_not_applied():
    found = _found(JUNK + BODY + "Біз коРам туралы айттық.")
    assert found["коРам"].suggestions[0] == "корам" and found["коРам"].fix.safety.name == "UNSAFE"


def test_where_a_russian_model_read_kazakh_the_capital_is_read_as_i_first():
    found = _found(RUSSIAN_READ)
    assert found["ЕндЕ"].suggestions[:2] == ("Енді", "Енде")
    assert found["ЕндЕ"].fix.edits[0].text == "Енді"
