"""PUN003: pairs over line breaks and blank lines, reach, and item labels."""


def positions(run_rule, text):
    return [(f.start, text[f.start]) for f in run_rule("PUN003", text)]


def test_pair_across_a_blank_line_is_balanced(run_rule):
    # text extracted with a blank line after every line
    text = "Алаш партиясы (1917 жылы\n\nқұрылған) жұмыс істеді. Ол «Қазақ\n\nгазеті» деп аталды."
    assert positions(run_rule, text) == []


def test_opener_beyond_reach_is_unclosed_and_late_closer_is_lone(run_rule):
    filler = "сөз " * 300  # 1,200 characters: longer than an aside in brackets
    text = f"Мәтін (ашылды {filler}жабылды) соңы."
    assert positions(run_rule, text) == [(6, "("), (text.index(")"), ")")]


def test_labels_close_alone_but_a_bracket_closes_an_open_one(run_rule):
    assert positions(run_rule, "Мақсаттар:\n1) оқу;\n2) жазу;\nа) санау.") == []
    text = "жалақылары (отыз пайынға ш) өседі, ал 2) тармақ (ашық"
    assert positions(run_rule, text) == [(text.rindex("("), "(")]


def test_each_mark_reported_once_with_its_offset(run_rule):
    text = "Ол (бір [екі) үш»."
    assert positions(run_rule, text) == [(text.index("["), "["), (text.index("»"), "»")]


def test_in_ocr_text_a_brace_pairs_with_a_parenthesis_and_pun005_reports_it():
    from qa.api import check_document
    from qa.document import Document
    noise = "Курдстан жартастарындары рельефтер тастар бұл сурет кезамнде салынтан жэне ерекше " * 4
    text = noise + "согласия отказано (п. 54}. Таким образом"
    rules = {(f.rule, text[f.start:f.end]) for f in check_document(Document(text))}
    assert ("PUN005", "}") in rules and not any(r == "PUN003" for r, _ in rules)
    # in proofread text the mismatch is PUN003's
    prose = "Бұл мәтін (п. 54}. Таким образом"
    assert {text_ for r, text_ in ((f.rule, prose[f.start:f.end]) for f in check_document(Document(prose)))
            if r == "PUN003"} == {"(", "}"}
