"""CAS001: a common noun capitalised inside a sentence; never a capital that opens a paragraph."""

BODY = "Жиын өтті, судьялардың білімі артты, судьяларды оқыту жалғасты. "


def test_a_capital_inside_a_sentence_is_flagged(run_rule):
    text = BODY + "Бүгінгі таңда Судьяларды даярлайтын орталық бар."
    assert [f.suggestions[0] for f in run_rule("CAS001", text)] == ["судьяларды"]


def test_a_capital_after_one_line_break_inside_a_sentence_is_flagged(run_rule):
    text = BODY + "Бүгінгі таңда\nСудьяларды даярлайтын орталық бар."
    assert [f.suggestions[0] for f in run_rule("CAS001", text)] == ["судьяларды"]


def test_a_capital_after_a_blank_line_opens_a_paragraph(run_rule):
    # a heading without a full stop, then a paragraph: the blank line ends the sentence
    text = BODY + "Оқыту орталығы\n\nСудьяларды даярлайтын орталық бар."
    assert run_rule("CAS001", text) == []


NAMES = "Жиын өтті, кәсіпкерлердің үні естілді, кәсіпкерлер риза болды. "


def test_the_first_word_of_a_name_keeps_its_capital(run_rule):
    # the head noun (палата) follows: Кәсіпкерлер палатасы is a body's name
    assert run_rule("CAS001", NAMES + "Бұл іске Кәсіпкерлер палатасының мамандары қатысты.") == []
    # no head noun: a slip
    found = run_rule("CAS001", NAMES + "Бұл іске Кәсіпкерлер өздері қатысты.")
    assert [f.suggestions[0] for f in found] == ["кәсіпкерлер"]


JUNK = "кырзщап хщумтык ыжпрвуз щғрпоқ зхывтеп " * 8  # OCR garbage: the text reads as OCR output
OCR_BODY = ("Мемлекеттік билік біртұтас, ол Конституция мен заңдар негізінде жүзеге асырылады. "
            "Оның ең қымбат қазынасы адам және адамның өмірі, құқықтары мен бостандықтары. ") * 2


def test_in_ocr_text_a_shorter_capitalised_word_is_flagged(run_rule):
    text = JUNK + OCR_BODY + "Оның ең қымбат Билік қазынасы."
    assert [(text[f.start:f.end], f.suggestions[0]) for f in run_rule("CAS001", text)] == [("Билік", "билік")]


def test_in_prose_the_shorter_word_is_left_alone(run_rule):
    assert run_rule("CAS001", OCR_BODY + "Оның ең қымбат Билік қазынасы.") == []


def test_in_ocr_text_a_word_capitalised_twice_is_capitalised_on_purpose(run_rule):
    text = JUNK + OCR_BODY + "Оның ең қымбат Билік қазынасы. Оның ең қымбат Билік қазынасы."
    assert run_rule("CAS001", text) == []


def test_in_ocr_text_a_word_with_no_lowercase_form_is_left_alone(run_rule):
    text = JUNK + OCR_BODY + "Оның ең қымбат Ақиқат қазынасы."
    assert run_rule("CAS001", text) == []
