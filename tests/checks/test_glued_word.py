"""GLU001 in Russian: two words run together are split; a compound adjective that lost its hyphen
gets the hyphen back; words Russian writes solid (не-, внутри-, -ость) are no glued words."""

import pytest

from qa.finding import Severity


def found(findings):
    return [(f.suggestions[0], f.severity) for f in findings]


@pytest.mark.parametrize(("text", "expected"), [
    ("В заключениеможно отметить", [("заключение можно", Severity.ERROR)]),
    ("теории естественногоправа", [("естественного права", Severity.ERROR)]),
    ("в связи с уровнядоходов", [("уровня доходов", Severity.ERROR)]),
    # an adjective's adverb before an adjective: the hyphen of a compound adjective was lost
    ("улучшение социальноэкономической атмосферы", [("социально-экономической", Severity.ERROR)]),
    ("историкокультурного наследия", [("историко-культурного", Severity.ERROR)]),
    # a short first part as often makes a solid word: only offered
    ("полноцветные полосы", [("полно-цветные", Severity.INFO)]),
    # a word that runs on past the split is more likely one word pymorphy3 lacks
    ("перераспределительной функции", [("перераспредели тельной", Severity.INFO)]),
    # a brand's camel case is only offered; a Cyrillic one is damage
    ("фонд BlackRock", [("Black Rock", Severity.INFO)]),
    ("ҚазақстанРеспубликасының Конституциясы", [("Қазақстан Республикасының", Severity.ERROR)]),
])
def test_russian_splits(run_rule, text, expected):
    assert found(run_rule("GLU001", text)) == expected


@pytest.mark.parametrize("text", [
    "внутриличностные компетенции",  # a preposition's compound adjective, written solid
    "систем прослеживаемости движения",  # -ость is a suffix, not the noun ость
    "лозунговость текста",
    "ответ может быть нежестким",  # не with an adjective, a noun or an adverb is written solid
    "всякого неформата",
    "некритически воспринимает",
    "это скорректируется позже",  # a preposition governs no verb: not с корректируется
    "анализ медиадискурса",  # a productive prefix
    "мифологически слабыми",  # the adverb of an adjective pymorphy3 knows (мифологический)
])
def test_solid_russian_words_are_not_split(run_rule, text):
    assert run_rule("GLU001", text) == []


def test_ne_stays_apart_from_verbs_and_pronouns(run_rule):
    assert found(run_rule("GLU001", "он нетолько пишет")) == [("не только", Severity.ERROR)]
    assert found(run_rule("GLU001", "они незнают")) == [("не знают", Severity.ERROR)]
