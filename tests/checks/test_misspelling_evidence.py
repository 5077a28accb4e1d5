"""SPL001 in Kazakh prose: a correction must be evidence, not a chance neighbour of a rare word."""

from qa.api import check_document
from qa.document import Document
from qa.finding import Severity

PROSE = ("Қазақстан Республикасы өзін демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет ретінде "
         "орнықтырады. Оның ең қымбат қазынасы адам және адамның өмірі, құқықтары мен бостандықтары. ")


def _severity(text, word):
    found = [f for f in check_document(Document(text)) if f.rule == "SPL001" and text[f.start:f.end] == word]
    assert len(found) == 1
    return found[0].severity


def test_a_dictionary_correction_is_an_error():
    assert _severity(PROSE + "Заңның нориативтік сипаты айқын.", "нориативтік") is Severity.ERROR


def test_a_cheap_confusion_is_an_error_even_to_a_form_the_grammar_builds():
    # ь for ъ: the correction субъектілерінің is built by the grammar, not listed whole
    assert _severity(PROSE + "Құқық субьектілерінің міндеттері бар.", "субьектілерінің") is Severity.ERROR


def test_a_kazakh_letter_restored_to_a_built_form_is_only_a_note_in_prose():
    # no Russian model read this text: мұғалімдердін → мұғалімдердің is one guess among others
    assert _severity(PROSE + "Мектеп мұғалімдердін білімін арттырады.", "мұғалімдердін") is Severity.INFO


def test_the_document_s_own_words_are_evidence():
    text = PROSE + "Мектеп мұғалімдердің білімін арттырады, мұғалімдердін денсаулығын сақтайды."
    assert _severity(text, "мұғалімдердін") is Severity.ERROR


def test_a_suspended_first_part_of_a_compound_is_no_misspelling(run_rule):
    # тепло-, водо-, газоснабжение: the parts before the hyphens end in the last word
    assert run_rule("SPL001", "Организация тепло-, водо-, газоснабжения; микро-, мезо- и макроуровни.") == []
    # the same letters without the hyphen are a word cut short
    assert [f.start for f in run_rule("SPL001", "Организация водо газоснабжения.")] == [12]


def test_a_number_s_suffixes_without_their_hyphen_are_no_misspelling(run_rule):
    # 5ші, 2025нші: an ordinal's or a case ending written solid after the digits
    assert run_rule("SPL001", PROSE + "Ол 5ші сыныпта оқиды. 2025нші жылдан бастап. 1990да болды.") == []
    # letters that are no suffix after a number are still judged
    assert [f.start - len(PROSE) for f in run_rule("SPL001", PROSE + "Ол 5шқолатр болды.")] == [4]
