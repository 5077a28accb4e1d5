"""Checks that only speak in text that reads as OCR output (5 % of lowercase words unknown)."""

from qa.api import check_document
from qa.checks.misspelling import is_noisy
from qa.document import Document
from qa.lexicon import get_lexicon

NOISY = ("Курдстан жартастарындары рельефтер тастар; бұл сурет кезамнде салынтан жэне ерекше: "
         "дауысты турлер ") * 4
CLEAN = ("Мақсаттар мынадай: біріншісі оқыту; екіншісі тәрбиелеу; үшіншісі зерттеу жұмыстары "
         "арқылы жүзеге асады. ") * 4


def hyphens(run_rule, base, tail, after=1):
    """The words at the hyphens PUN002 flags in ``tail`` (after ``base``), with ``after`` letters
    of what follows the hyphen."""
    text = base + tail
    return sorted(text[f.start - 12:f.start + after].split()[-1] for f in run_rule("PUN002", text)
                  if f.start >= len(base) and text[f.start] == "-")


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


def test_ocr_signs_count_as_noise_with_the_unknown_words():
    lex = get_lexicon()
    prose = ("Ол кезде халық көп болды және мемлекет құрылды, бұл туралы деректер сақталған. " * 5)
    assert not is_noisy(Document(prose), lex)
    specks = prose.replace("көп болды", "көп|болды").replace("туралы деректер", "туралы--деректер")
    assert is_noisy(Document(specks), lex)


def test_colon_closing_a_sentence_or_breaking_a_word_in_noisy_text(run_rule):
    text = NOISY + "Бұл мемлекет құрылды: Келесі жылы тағы қа:\nзақты жерлер алынды. Олар: Иран, Тұран. Соңы:"
    found = [f for f in run_rule("PUN002", text) if f.start >= len(NOISY)]
    stops = [f.start for f in found if f.fix.edits[0].text == "."]
    # after құрылды and at the end of the text; a list of names after "Олар:" is left alone
    assert stops == [text.index("құрылды:") + len("құрылды"), len(text) - 1]
    (join,) = [f for f in found if f.fix.edits[0].text == "қазақты"]
    assert text[join.start:join.end] == "қа:\nзақты" and join.fix.safety.name == "SAFE"
    # prose is never touched
    clean = CLEAN + "Бұл мемлекет құрылды: Келесі жылы тағы қа:\nзақты жерлер алынды."
    assert [f for f in run_rule("PUN002", clean) if f.start >= len(CLEAN)] == []


def test_colon_closing_a_sentence_before_a_line_break_or_a_one_letter_preposition_in_noisy_text(run_rule):
    tail = "Изображение с вязью:\nПри этом деяние не было. На основе: В ходе обсуждения. Задачи: Иран, Тұран."
    text = NOISY + tail
    stops = [f.start for f in run_rule("PUN002", text) if f.start >= len(NOISY) and f.fix.edits[0].text == "."]
    assert stops == [text.index("вязью:") + len("вязью"), text.index("основе:") + len("основе")]


def test_full_stop_after_a_whole_word_ending_in_a_consonant_only_in_noisy_text(run_rule):
    tail = "Это преступление против. мира, а соавт. считают иначе."
    noisy = NOISY + tail
    stops = [f.start - len(NOISY) for f in run_rule("PUN002", noisy) if f.start >= len(NOISY)]
    assert stops == [tail.index("против.") + len("против")]  # соавт. is a cut word, not a whole one
    clean = CLEAN + tail
    assert [f for f in run_rule("PUN002", clean) if f.start >= len(CLEAN)] == []


def test_hyphen_for_a_space_is_read_more_widely_in_noisy_text(run_rule):
    tail = ("Бұл кезінде-мәдени мұра болды, ата-анасы келді. "
            "Сведения о личности-врача, морально-этических нормах и каких-либо правилах.")
    assert hyphens(run_rule, NOISY, tail) == ["кезінде-", "личности-"]
    assert hyphens(run_rule, CLEAN, tail) == []  # in prose a dictionary word's ending and two Russian words are left alone


def test_semicolon_before_a_capitalised_word_in_noisy_text(run_rule):
    tail = "Серіктестері: Германия; Жапония. Ол ертерек кетеді; Олар қалды. Мақсат (2020-21); бітті."
    def semis(base):
        text = base + tail
        return [(text[f.start - 3:f.start], f.fix.edits[0].text) for f in run_rule("PUN002", text)
                if f.start >= len(base) and text[f.start] == ";"]
    # a list of names goes on with a comma; after a lowercase word a sentence ended; a number in
    # brackets before a lowercase word is followed by a misread comma
    assert semis(NOISY) == [("ния", ","), ("еді", "."), ("21)", ",")]
    assert semis(CLEAN) == []


def test_a_recurring_term_is_a_note_in_noisy_text_unless_a_confusion_is_near(run_rule):
    tail = ("Мутреб мутребтер ойнаған, мутребтердің әні, мутребтерге сый.\n"
            "Гражданское обшество и обшества, обшеству нужны.")
    text = NOISY + tail
    sev = {text[f.start:f.end]: f.severity.name for f in run_rule("SPL001", text) if f.start >= len(NOISY)}
    assert sev["мутребтер"] == "INFO"
    assert sev["обшество"] == "ERROR"  # щ read as ш, three times over


def test_a_colon_inside_lowercase_letters_is_a_space_in_noisy_text_even_between_unknown_words(run_rule):
    tail = "Жұрт намаз:ощкып жатты, ал время:юниты келді. Сағат 10:30 болды."
    found = [f for f in run_rule("PUN002", NOISY + tail) if f.start >= len(NOISY)]
    spaces = sorted(f.start - len(NOISY) for f in found if f.fix.edits[0].text == " ")
    assert spaces == [tail.index(":ощкып"), tail.index(":юниты")]
    # in prose the words around it must be words: ощкып is no word
    prose = CLEAN * 4
    clean = [f.start - len(prose) for f in run_rule("PUN002", prose + tail) if f.start >= len(prose)]
    assert tail.index(":ощкып") not in clean


def test_a_hyphen_before_a_finite_verb_is_a_space_in_noisy_text_unless_a_verb_of_its_tense_pairs_it(run_rule):
    tail = "Соғыс орын-алды, ол бола-сөйледі. Олар келді-кетті, оқиды-жазады."
    assert hyphens(run_rule, NOISY, tail) == ["бола-", "орын-"]
    assert hyphens(run_rule, CLEAN * 4, tail) == []


def test_a_hyphen_beside_one_kazakh_function_word_is_a_space_in_noisy_text(run_rule):
    tail = "Бір-жағынан ағылшын тілі-мен әр-түрлі ұлттар келді, ол-бұл айтылды, бір-бірімен сөйлесті, екі-үш рет."
    # ол-бұл and екі-үш are two function words, бір-бірімен a reduplication: pairs
    assert hyphens(run_rule, NOISY, tail) == ["Бір-", "тілі-", "әр-"]
    assert hyphens(run_rule, CLEAN * 4, tail) == []


def test_a_hyphen_stuck_to_one_word_is_a_speck_in_noisy_text(run_rule):
    tail = "Қола және -әйнектен жасалды, Азиядан- шыққан аудио- және бейне жазбалар, 1990 -2000 жылдар - бәрі."
    assert hyphens(run_rule, NOISY, tail, after=2) == ["-ә", "Азиядан-"]  # a suspended compound, a number range and a dash stay
    assert hyphens(run_rule, CLEAN * 4, tail) == []


def test_a_mark_alone_between_words_is_a_speck_in_noisy_text(run_rule):
    tail = "Логические .\nаспекты права, мыс куыс : алғашқы, бір ` жол. Конец . Начало."
    found = [f for f in run_rule("PUN002", NOISY + tail) if f.start >= len(NOISY) and "alone" in f.message]
    assert [(NOISY + tail)[f.start:f.end] for f in found] == [" .", " :", " `"]  # not before a capital
    assert all(f.fix.edits[0].text == "" for f in found)
    prose = CLEAN * 4
    # in prose only the backtick, a speck anywhere (below)
    assert [(prose + tail)[f.start:f.end] for f in run_rule("PUN002", prose + tail)
            if f.start >= len(prose) and "alone" in f.message] == [" `"]


def test_a_full_stop_before_a_one_letter_word_in_noisy_text(run_rule):
    tail = "Главным является вопрос. о правовой природе справок. и отчетов, а в 1990 гг. в Женеве."
    stops = [f.start - len(NOISY) for f in run_rule("PUN002", NOISY + tail)
             if f.start >= len(NOISY) and f.fix.edits[0].text == "" and (NOISY + tail)[f.start] == "."]
    assert stops == [tail.index("вопрос.") + 6, tail.index("справок.") + 7]  # гг. is an abbreviation


def test_a_lone_mark_is_found_in_noisy_text_that_has_no_colon_semicolon_or_hyphen(run_rule):
    plain = NOISY.replace(";", ",").replace(":", "")
    text = plain + "Логические . аспекты права."
    assert is_noisy(Document(text), get_lexicon()) and not any(c in text for c in ";:-")
    assert [text[f.start:f.end] for f in run_rule("PUN002", text) if f.start >= len(plain)] == [" ."]


def test_a_comma_standing_apart_in_noisy_text_is_kept(run_rule):
    text = NOISY + "Можно отметить , что это так."
    assert not [f for f in run_rule("PUN002", text) if f.start >= len(NOISY) and "alone" in f.message]
    found = {f.rule: f for f in check_document(Document(text)) if f.start >= len(NOISY)}
    assert found["SPC001"].fix.edits[0].text == ","  # the space goes, the comma stays


def test_a_full_stop_after_a_one_letter_preposition_between_lowercase_words_goes_in_noisy_text(run_rule):
    tail = "Это преступления в. сфере экономики и. использовать данные с. марта. В XIX в. наблюдается рост, 1497 г. и далее."
    text = NOISY + tail
    stops = sorted(text[f.start - 1] for f in run_rule("PUN002", text) if f.start >= len(NOISY) and text[f.start] == ".")
    assert stops == ["в", "и", "с"]
    prose = CLEAN * 4
    assert not [f for f in run_rule("PUN002", prose + tail) if f.start >= len(prose) and (prose + tail)[f.start] == "."]


def test_a_full_stop_before_a_speck_read_as_a_letter_stays(run_rule):
    # тапты. і: the і is a speck after the sentence, not a word the sentence runs on to
    for base in (NOISY, CLEAN * 4):
        tail = "Ол шайқасып, қаза тапты. і"
        assert not [f for f in run_rule("PUN002", base + tail) if f.start >= len(base) and (base + tail)[f.start] == "."]
    tail = "Это вопрос. о правовой природе и. статье."
    text = NOISY + tail
    assert [text[f.start - 1] for f in run_rule("PUN002", text) if f.start >= len(NOISY) and text[f.start] == "."] \
        == ["с", "и"]


def test_a_colon_inside_a_clause_is_removed_safely_in_noisy_text(run_rule):
    tail = "Ол үйден шығып: кетеді. Тіл және: ассоциация. Ол былай айтты: барады. Мақсаттар мынадай: оқыту."
    text = NOISY + tail
    found = {text[f.start - 12:f.start].split()[-1]: f.fix.safety.name for f in run_rule("PUN002", text)
             if f.start >= len(NOISY) and text[f.start] == ":"}
    # before a finite verb after a word that is none, and after a conjunction: inside a clause
    assert found["шығып"] == "SAFE" and found["және"] == "SAFE"
    # a finite verb before the colon opens a quotation; a list may follow any other word
    assert found["айтты"] == "UNSAFE" and found["мынадай"] == "UNSAFE"


def test_compounds_of_prose_keep_their_hyphen(run_rule):
    # Russian nouns in apposition, an acronym as a compound's part, a Kazakh pair with a voiced root
    tail = ("Себебі көбіне-көп солай.\n\nКогда инвесторы-основатели и мнение журналиста-профессионала "
            "обсуждают в интернет-СМИ, компания получает новые данные.")
    assert hyphens(run_rule, CLEAN, tail) == []


def test_a_token_of_specks_is_removed_in_any_text(run_rule):
    tail = "Түркия, `\nҚазақстанмен | және _ дипломатия °. Рента > рента, 90 ° к оси, ~ 5 %, <...> и * * * — №."
    for base, more in ((CLEAN * 4, []), (NOISY, [" >"])):  # in OCR text > too
        text = base + tail
        found = [f for f in run_rule("PUN002", text) if f.start >= len(base) and "alone" in f.message]
        assert [text[f.start:f.end] for f in found] == [" `", " |", " _", " °.", *more]
        assert all(f.fix.edits[0].text == "" for f in found)


def test_a_token_of_stops_or_quotes_is_a_speck_only_in_noisy_text(run_rule):
    tail = "Олар келді: : : бәрі. Кейін ” ; келді\n. Сосын жоқ, .\n>. Бітті."
    found = [f for f in run_rule("PUN002", NOISY + tail) if f.start >= len(NOISY) and "standing alone" in f.message]
    # the first colon and the semicolon are SPC001's (a word or quote mark before them); "жоқ, ."
    # keeps its stop; a line's opening speck goes with the spaces after it
    assert [(NOISY + tail)[f.start:f.end] for f in found] == [" :", " :", " ”", ". ", ">. "]
    prose = CLEAN * 4
    assert not [f for f in run_rule("PUN002", prose + tail) if f.start >= len(prose) and "standing alone" in f.message]


def test_a_backtick_or_quote_between_cyrillic_words_is_a_space_in_noisy_text(run_rule):
    tail = "құқығы бостандыгына‘кукыгы бар, жүрген`Курмаш келді, катарга`‘отыра кетті."
    for base, noisy in ((NOISY, True), (CLEAN * 4, False)):
        text = base + tail
        found = [(text[f.start:f.end], f.fix.edits[0].text) for f in run_rule("PUN002", text) if f.start >= len(base)]
        # marks run together between words become one space in any text; one mark between an
        # unknown word and another only in OCR text
        assert found == ([("‘", " "), ("`", " ")] if noisy else []) + [("`", " "), ("‘", "")]


def test_a_colon_after_a_finite_kazakh_verb_before_a_capital_is_a_misread_stop_in_any_text(run_rule):
    tail = ("Ол Иранда болып қайтты: Сол кезде елде соғыс болды. Қасқыр бөлтірігін асырап алады: Қасқырдың "
            "баласы өседі. Ол маған деді: Мен келемін. Ел үш жүзден тұрды: Ұлы жүз, Орта жүз және Кіші жүз. "
            "Жоспар мынадай: Бірінші кезең басталды.")
    found = [f for f in run_rule("PUN002", CLEAN + tail) if f.start >= len(CLEAN)]
    # after қайтты and алады; not after a verb of saying (деді), before a list (тұрды: Ұлы жүз,
    # Орта жүз) or after a word that is no verb (мынадай)
    assert [(CLEAN + tail)[f.start - 6:f.start] for f in found] == ["қайтты", " алады"]
    assert all(f.fix.edits[0].text == "." and f.fix.safety.name == "UNSAFE" for f in found)
