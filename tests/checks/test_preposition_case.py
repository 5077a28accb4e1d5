"""RWE003: a Russian noun after a preposition, in a case the preposition never governs."""

import pytest

from qa.api import check_document
from qa.config import Config
from qa.document import Document


def _rwe003(text):
    return [(text[f.start:f.end], f.suggestions[0]) for f in check_document(Document(text), Config(select=("RWE003",)))
            if f.rule == "RWE003"]


def test_a_misread_ending_after_a_preposition_gets_the_case_it_governs():
    text = ("Метод применяется при изучений региональной преступности. События в губерния были важны. "
            "Это сказано в отношений него.")
    assert _rwe003(text) == [("изучений", "изучении"), ("губерния", "губернии"), ("отношений", "отношении")]


@pytest.mark.parametrize("text", [
    "Метод применяется при изучении региональной преступности.",
    "Для изучений нужны средства.",  # для governs the genitive: изучений stands
    "Из условий задачи следует ответ.",
    "По мнению автора, в течение года при этом ничего не изменилось.",
    "Проект «Реформа» в Академия наук",  # a capitalised name is not judged
    "Мы говорили о России и при Петре.",
])
def test_words_in_a_case_the_preposition_governs_or_not_nouns_are_left_alone(text):
    assert _rwe003(text) == []


def test_kazakh_paragraphs_are_not_judged():
    assert _rwe003("Бұл мәселе туралы в губерния деп жазылған мәтін қазақ тілінде, мемлекеттің тарихы.") == []
