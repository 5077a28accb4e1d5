"""PUN002 stray-mark: a full stop, colon, backtick, quote or hyphen standing for the space between
words, a lone quote mark or backtick stuck to a word's edge, or a full stop inside a sentence.

Why: OCR reads specks and spaces as marks: "жоба.бойынша", "заттар:Иран", "б1р`ауыз",
"жете‘алмады", "‘кодекс", "фундаменте‘". Typed text has them too when a space was lost after a
stop. Kazakh and Russian write no apostrophes, and quote with « » or „ “: a ‘ ’ ' ` ´ at the
edge of a Cyrillic word with no partner in its paragraph is a speck (removed, safe).
How: a mark between two words that are both valid (the left one not an abbreviation, the right
one lowercase for . and :; a word of two letters counts, не.бесспорен, ел.болып, and so does a
one-letter preposition after the sentence's first word, Вместе.с тем) and not part of a URL,
e-mail, number or initials (т.е., УК.РФ).
A hyphen counts when the two words form no compound: the left one carries an inflection
("алғаннан-кейін"; a short case, possessive or past ending too, "Шымкентте-қорғасын", unless the
right word ends alike, as paired forms do: көшіп-қонып), a name follows a lowercase word
("жүруге-Мұршасы"), or one word is a postposition, auxiliary or conjunction that stands in no
pair that way round ("ниет-керек", "немесе-азаматтығын"; Russian "мира-и", "что-в", "Почему-же"),
unless the dictionary knows the compound (из-за, что-нибудь); paired words (ата-ана), compound names
(Бендер-Аббас), reduplications (қала-қалаға), enclitics (сондай-ақ, минуттарда-ақ) and known
Russian compounds stay.
A token of specks alone (` | _ ^ ° ~, on their own or with stops, commas, colons and dashes: "`-",
"°.") anywhere, and in OCR text also one of stops, commas, colons, semicolons, quote marks, < or >
("ді: : :", "” ;", ">.") where SPC001 does not flag it, with no word right before it; not a dash,
№, %, /, an ellipsis (..., <...>), a blank to fill in (___), an arrow or sign between words
(рента > рента, x = y), a ~ < > ° beside a number or Latin word, nor a full stop after a comma or
speck ("жоқ, ." keeps the stop). Marks after the sentence's own end double it ("анықталды. ."):
the finding spans the end too and keeps it.
A full stop followed by a space and a lowercase word, after a Cyrillic word of three letters or more
that ends in a vowel, ь or й: Kazakh and Russian cut abbreviations before a vowel (филос.,
долл., т.б.), so such a stop ends no abbreviation; the sentence runs on ("турде. кездеседі"). Not
flagged before a list label ("студентка.⏎б) ...").
In OCR text a full stop or colon with no space between a number and a word, a word and a number
or №, or a stop between a closing guillemet and a small letter (1627.жылы, 105.УК, пункте.3,
бараке.№, на:50%, «в».ч) is a speck
for the space (safe); after an abbreviation before its number (ст.105) a space is inserted; between
a number and a capital it may end a sentence (табл. 1.Для): ". " is offered, unsafe; not a date or
decimal, nor a digit OCR read for a letter (т.6., Улы.11лмен). So is one between two acronyms
(УК.РФ) or after a one-letter preposition before a name (находившихся в.Молоканских).
Marks run together between two words ("катарга`‘отыра") become one space; so do a stop, colon,
semicolon or comma run together with a hyphen (халық:-музыкасының), except that a comma or
semicolon stays and a stop before a capital ends the sentence (зор, ал; жүрді. Әлден), and not
after an abbreviation's stop (чл.-кор., эпик.-филос.).
Fix safety: a token of specks is removed with the spaces before it (safe); safe for backticks and
quotes between Cyrillic words (Kazakh and Russian write no
apostrophes); for . and : the mark becomes a space when the words run on in one sentence
(the right word lowercase); a full stop inside a sentence is removed (in OCR text also one after a
whole word ending in a consonant: "против. мира", and one after a one-letter preposition or
conjunction between two lowercase words: "в. сфере", "и. использовать"; not after a number or
numeral, where it cuts век or год: "XIX в. наблюдается").
In text that reads as OCR output (SPL001's noise measure: at least 5 % of the lowercase words
unknown, or as many signs of OCR), a mark standing alone between two words before a lowercase one is
a speck ("логические . аспекты"; removed with the space before it; not a comma or semicolon), a
semicolon before a lowercase word is a misread comma (before a capitalised one or an initial, a comma after a name
and a full stop after a lowercase word); Tesseract reads commas so far more often than such text
lists with semicolons (the fix is safe there, and proofread text is never touched). A colon there is
flagged too, as a likely speck (unsafe: a colon may open a list or a quotation; safe inside a
clause, after a conjunction, determiner or intensifier, "және: ассоциация", or before a finite verb
after a word that is none, "шығып: кетеді", not "айтты: барады"); a colon with no
space between a word's small letter and a word (время:юниты, Олар:бсыдан, Темір:Құтлығ) is a space
there even when the words around it are unknown (they are often misread too), and so is a backtick or quote mark between two Cyrillic
words ("бостандыгына‘кукыгы", "жүрген`Курмаш"). Such text's colon between a lowercase word and a capitalised
one, on the same line or the next (not a list of names: "Олар: Иран, Тұран"; a capital letter
standing alone counts when it is a preposition before a lowercase word: "основе: В ходе"), or at
its very end, is a misread full stop (safe); a
colon or semicolon at a line end whose pieces join into a word ("қа:⏎зақты") is a misread hyphen,
and the word is joined (safe when the pieces are not both words). There a hyphen stands for a space
more widely too: after any ending of two letters or more the right word does not share
(кезінде-мәдени), before a finite verb after a word not of its tense (орын-алды, бола-сөйледі;
келді-кетті is a pair), stuck to one word with a space on its other side (және -әйнектен, Азиядан- шыққан;
not before a conjunction: аудио- және бейне), beside one Kazakh function word (бір-жағынан,
тілі-мен, әр-түрлі; two may be a pair: ол-бұл, екі-үш), and between two Russian words unless the
first ends as a compound's first part does (морально-этических) or a particle follows (каких-либо).
In any text, a colon after a Kazakh verb of the past or present tense before a capitalised word
(қайтты: Сол кезде) is a misread full stop too, since a finite verb ends its sentence; not after a
verb of saying (деді: Мен), nor before a list (тұрды: Ұлы жүз, Орта жүз). The fix is offered there
(unsafe) and applied in OCR text, where the colon rule above takes it.
"""

import regex

from ..finding import FixAvailability, Rule, Safety, Severity
from ..lexicon.kazakh import DEVOICE
from .misspelling import is_noisy, read_by_ocr
from .space_before_punctuation import PATTERN as SPACE_BEFORE

# (OCR output: a quarter of its words unknown, so the semicolon rule applies)
_NOISY_EXAMPLE = ("Курдстан жартастарындары рельефтер тастар; бұл сурет кезамнде салынтан жэне ерекше " * 4).strip()
_NOISY_TEXT = _NOISY_EXAMPLE.replace("тастар; бұл", "тастар, бұл")  # (noise with no mark to fix)
RULE = Rule("PUN002", "stray-mark", "punctuation", Severity.ERROR,
            "a stray mark between words or at a word's edge", FixAvailability.ALWAYS,
            bad={"жоба.бойынша салу": "жоба бойынша салу", "бір`ауыз сөз": "бір ауыз сөз", "бір`‘ауыз сөз": "бір ауыз сөз",
                 "Ирандықтар алғаннан-кейін": "Ирандықтар алғаннан кейін",
                 "ғасырда Шымкентте-қорғасын зауыты": "ғасырда Шымкентте қорғасын зауыты",
                 "оның ниет-керек": "оның ниет керек", "для мира-и процветания": "для мира и процветания",
                 "сделан вывод-в том": "сделан вывод в том",
                 _NOISY_EXAMPLE: _NOISY_EXAMPLE.replace("тастар; бұл", "тастар, бұл"),
                 "в.уголовном праве": "в уголовном праве", "как минимум не.бесспорен": "как минимум не бесспорен",
                 "Вместе.с тем": "Вместе с тем", "ол ел.болып қалды": "ол ел болып қалды",
                 "в этой связи.с учетом": "в этой связи с учетом", "справок`и выписок": "справок и выписок",
                 "көркем заттар:Иран өнерінің": "көркем заттар Иран өнерінің",
                 "в ‘кодексе говорится": "в кодексе говорится", "на фундаменте‘ права": "на фундаменте права",
                 "дауысты түрде. кездеседі": "дауысты түрде кездеседі",
                 "в ходе работы. в свою очередь": "в ходе работы в свою очередь",
                 "мал көреді. | Бұл": "мал көреді. Бұл", "Түркия, `\nҚазақстанмен": "Түркия,\nҚазақстанмен",
                 "ел болды.\n\n°. Өйткені": "ел болды.\n\nӨйткені",
                 "Кәсіби және халық:-музыкасының дәстүрі": "Кәсіби және халық музыкасының дәстүрі",
                 "жер жүрді.-Әлден уақытта": "жер жүрді. Әлден уақытта", "маңызы зор,-ал": "маңызы зор, ал",
                 _NOISY_TEXT + " 1627.жылы Есім хан": _NOISY_TEXT + " 1627 жылы Есім хан",
                 _NOISY_TEXT + " ч. 1 ст.105 кодекса": _NOISY_TEXT + " ч. 1 ст. 105 кодекса",
                 _NOISY_TEXT + " ст. 272 УК.РФ ему": _NOISY_TEXT + " ст. 272 УК РФ ему",
                 _NOISY_TEXT + " находившихся в.Молоканских садах": _NOISY_TEXT + " находившихся в Молоканских садах"},
            good=("т.б. қалалар", "т.е. так", "www.gov.kz", "Л.Н.Гумилев", "10:30", "O'Brien", "С.88",
                  "ата-ана", "іс-қимыл", "қала-қалаға", "сондай-ақ", "кто-нибудь", "политико-правовой",
                  "құрал-саймандар", "ауыл-ауылдан", "минуттарда-ақ", "көшіп-қонып жүрді",
                  "индустриалды-инновациялық даму", "бар-жоғы", "керек-жарақ", "ол-бұл", "по-сибирски",
                  "из-за того", "что-нибудь", "кое-как", "т.е.", "и.о. ректора", "г.Алматы",
                  "А.С.Пушкин", "с.Жаркент", "площадь 20 кв.м", "до н.э. жили", "тыс.и", "мақсаттар: біріншісі; екіншісі; үшіншісі.",
                  "парсы-тәжік тілдері", "Бендер-Аббас қаласы", "слово 'кодекс' в кавычках", "‘Алаш’ партиясы",
                  "филос. ғылымдарының", "долл. көлемінде", "студентка.\nб) Коварство", "сайте Газета.ру: «Все",
                  "рента > административная рента", "угол 90 ° к оси", "около ~ 5 %", "мысли <...> и",
                  "* * *", "сөз ... сөз", "Подпись ________ Иванов", "как вздумается — катастрофа", "№ 25", "жоқ, .",
                  "эпик.-филос. поэма", "чл.-кор. РАН", "1.Применение методов", _NOISY_TEXT + " 11.03.1985 жылы", "ауылы с.Жаркент",
                  _NOISY_TEXT + " т.6. ақындар"))

# (marks first and the look-behind after them: the scan looks for marks, not letters)
_MARK = regex.compile(r"(?P<mark>[.:`‘’'´])(?<=\p{L}.)(?=\p{L})")
_CYR = regex.compile(r"\p{Cyrillic}")
# a semicolon or colon between two words, the second lowercase (but not one of a list's items)
_CLAUSE_MARK = regex.compile(r"[;:](?<=[\p{L}\d][)»]?.)(?=[ \t]+\p{Ll})(?![ \t]+\p{L}{1,2}\))")
# in OCR text: a colon closing a sentence (a lowercase word before, a capitalised one after, not a
# list of names), or the text; and a colon or semicolon at a line end where a broken word's hyphen was
_SEMICOLON_CAP = regex.compile(r";(?<=(?<![\p{L}\d])(?P<left>\p{L}+)[)»]?;)(?=[ \t]+(?:\r?\n[ \t]*)?\p{Lu}[\p{Ll}.])")
_COLON_STOP = regex.compile(r":(?<=\p{Ll}:)(?=[ \t]*(?:\r?\n[ \t]*|[ \t])(?:\p{Lu}\p{Ll}+(?![\p{L},-])|[ВКСОУИА][ \t]+\p{Ll})"
                            r"|[ \t]*\Z)")
_MARK_FOR_HYPHEN = regex.compile(r"[:;](?<=(?<![\p{L}-])(?P<left>\p{L}+)[:;])[ \t]*(?:\r?\n[ \t]*)+(?P<right>\p{Ll}+)(?![\p{L}-])")
# in OCR text: a hyphen stuck to one word with a space on its other side, between two words on one
# line (және -әйнектен, Азиядан- шыққан): no dash (spaced) and no suspended compound (аудио- және)
_LONE_HYPHEN = regex.compile(r"-(?<=[\p{L}\d][)»]?[ \t]+-)(?=\p{L})|-(?<=\p{L}-)(?=[ \t]+(?P<next>\p{Ll}+))")
# in OCR text: a mark standing alone between two words, a lowercase word after it (логические .
# аспекты, куыс : алғашқы): a speck. Not a comma or semicolon: "отметить , что" lost a space, not
# the comma (SPC001)
_LONE_MARK = regex.compile(r"(?<=[\p{L}\d][)»]?)[ \t]+[.:`^_|~*•·](?=[ \t]*(?:\r?\n[ \t]*)?\p{Ll})")
# a token of marks alone that prose never writes standing by itself: specks (` | _ ^ ° ~), alone
# or with stops, commas, colons and dashes ("`-", "°.", "..-"); not a dash, №, %, /, an ellipsis
# ("...", "<...>"), an arrow or a formula's = + × < >
_SPECK_TOKEN = regex.compile(r"(?<!\S)(?=\S*[`|_^°~¦])[`|_^°~¦.,:;\-–—]+(?!\S)")
# the same in OCR text also of stops, commas, colons, quote marks, < and > ("ді: : :", "” ;", ">.")
# where SPC001 does not flag them: with no word before them
_SPECK_TOKEN_OCR = regex.compile(r"(?<!\S)(?=\S*[^\s\-–—])[`|_^°~¦<>.,:;‘’‚“”„\-–—]+(?!\S)")
_SUSPENDED = frozenset(("және", "мен", "бен", "пен", "немесе", "әрі", "и", "или", "а", "либо", "and", "or"))
_DOMAINS = frozenset(("ру", "рф", "қаз", "ru", "kz", "com", "org", "net", "info", "media"))

def _inner_stop(last: str, next_word: str) -> regex.Pattern:
    """A full stop after a Cyrillic word ending in one of ``last``, then (``next_word``) a
    lowercase word, not a list label."""
    return regex.compile(rf"\.(?<=(?<![\p{{L}}.])\p{{Cyrillic}}{{2,}}[{last}]\.)(?=[ \t]+(?:\r?\n[ \t]*)?{next_word}"
                         rf"|\r?\n[ \t]*{next_word})(?![ \t\r\n]*\p{{L}}{{1,2}}\))")


# a full stop after a word that ends as no abbreviation does (a vowel, ь or й), then a lowercase
# word; in OCR text also after a consonant. The next word has two letters or is a one-letter
# Russian word (вопрос. о правовой), not a speck read as a letter (тапты. і)
_NEXT_WORD = r"(?:\p{Ll}\p{Ll}|[вксоуиая](?=[ \t\r\n.]))"
_INNER_STOP = _inner_stop("аәеёиоөұүыіэюяуьйъ", _NEXT_WORD)
_INNER_STOP_OCR = _inner_stop("бвгғджзкқлмнңпрстфхһцчшщ", _NEXT_WORD)
# in OCR text: a full stop after a one-letter Russian preposition or conjunction between two
# lowercase words (в. сфере, и. использовать, с. марта); after a number or a numeral it is an
# abbreviation (XIX в. наблюдается, 1497 г. и)
_LETTER_STOP_OCR = regex.compile(r"\.(?<=(?<![\p{L}\d.])\p{Ll}{2,}[,;]?[ \t]+(?:\r?\n[ \t]*)?[вксоуиа]\.)"
                                 r"(?=[ \t]*(?:\r?\n[ \t]*)?(?:\p{Ll}{2}|«))")


def _hyphen_for_space(left: str, right: str, lex, noisy: bool = False, lang: str = "") -> bool:
    """A hyphen between two words that do not form a compound: the left word carries a case,
    plural or verb ending (алғаннан-кейін, шыққан-түркі, Арабтар-жаулап), or the right one
    starts a name after a lowercase word (жүруге-Мұршасы). Paired words (ата-ана, іс-қимыл,
    қала-қалаға) have a bare first part, and reduplications repeat it. In Russian, a preposition,
    conjunction or particle on one side (мира-и, что-в, Почему-же)."""
    if _devoiced(left[:3].lower()) == _devoiced(right[:3].lower()):
        return False  # a reduplication (бір-бірімен, көбіне-көп)
    if _russian_function_word(left, right, lex) or noisy and (_kazakh_function_word(left, right, lex)
                                                             or _before_finite_verb(left, right, lex)):
        return True
    if len(left) < 3 or len(right) < 2:
        return False
    if not (lex.is_valid(left) and lex.is_valid(right)):
        return False
    if left[0].islower() and right[0].isupper() and not right.isupper():
        return True  # (интернет-СМИ: an acronym is a compound's part)
    low, rlow = left.lower(), right.lower()
    if rlow in lex.enclitics or rlow in HYPHEN_ENCLITICS or not regex.search(r"\p{Cyrillic}", left):
        return False  # сондай-ақ, минуттарда-ақ, білмейміз-ау
    if lex.morph_ru.word_is_known(f"{low}-{rlow}"):
        return False
    if left[:1].isupper() and right[:1].isupper():
        return False  # a compound name: Бендер-Аббас
    if rlow in NEVER_SECOND or low in NEVER_FIRST:
        return True  # words that stand in no hyphenated pair that way round (ниет-керек, немесе-азаматтығын)
    if lex.is_valid(left, "ru") and lex.is_valid(right, "ru"):
        if not lex.is_valid(left, "kk"):
            # in OCR text two Russian words, unless the first ends as a compound's first part
            # does (морально-этических, политико-правовой) or a particle follows (каких-либо)
            return noisy and not (low.endswith(("о", "е")) or rlow in _RU_PARTICLES)
        if lang == "ru" and not noisy:
            return False  # in Russian prose, two nouns in apposition (инвесторы-основатели)
    a = lex.kazakh.analyse(low, whole=False)
    if not a or len(a[0]) < 3:
        return False
    stem, ending = a
    if len(ending) >= 3 and ending.endswith(INFLECTION_ENDINGS):
        return True
    # a short case, possessive or past ending (қатысты-мәдени, мектебі-үлкен, Шымкентте-қорғасын)
    # on a word the dictionary does not list whole (парсы-тәжік is not пар-сы), unless the right
    # word ends alike: paired forms take the same ending (көшіп-қонып, индустриалды-инновациялық)
    paired = rlow.endswith(ending[-2:]) or ending in _ADJ_ENDINGS and rlow.endswith(_ADJ_PAIRED)
    if noisy and len(ending) >= 2 and not paired:
        return True  # in OCR text a dictionary word's ending counts too (кезінде-А, қатысты-мәдени)
    if low in lex.kazakh.words or len(ending) > 3 or not ending.endswith(SHORT_ENDINGS):
        return False
    return not paired


_RU_PARTICLES = frozenset(("либо", "нибудь", "то", "ка", "таки", "де"))
_DEVOICE = str.maketrans({**DEVOICE, "д": "т"})  # the root's final consonant, voiced or not


def _devoiced(s: str) -> str:
    return s.translate(_DEVOICE)


# Russian words written apart that OCR joins to a neighbour with a mark or a hyphen: the
# prepositions and conjunctions of one letter; after a word, and before one (по- and не- make
# hyphenated words of their own: по-русски, не-человек)
_ONE_LETTER = frozenset("ивскоуа")
RU_SECOND = _ONE_LETTER | {"же", "не", "ни", "ли", "бы", "как", "так", "что", "но"}
RU_FIRST = _ONE_LETTER | {"что", "это", "как", "так", "за", "на", "из", "от", "для", "при", "без", "над", "под",
                          "об", "но"}
_RUSSIAN_ONLY = regex.compile(r"[а-яё]+")


def _russian_function_word(left: str, right: str, lex) -> bool:
    low, rlow = left.lower(), right.lower()
    if not (rlow in RU_SECOND and len(low) >= 3 or low in RU_FIRST and left.islower() and len(rlow) >= 3):
        return False
    return bool(_RUSSIAN_ONLY.fullmatch(low + rlow)) and not lex.morph_ru.word_is_known(f"{low}-{rlow}")


def _kazakh_function_word(left: str, right: str, lex) -> bool:
    """A Kazakh function word on one side of the hyphen and a word of three letters or more on
    the other (бір-жағынан, тілі-мен, әр-түрлі): pairs join words of one kind, and two function
    words may be one (ол-бұл, екі-үш)."""
    words = lex.kk_function_words
    low, rlow = left.lower(), right.lower()
    if (low in words) == (rlow in words):
        return False
    other = rlow if low in words else low
    return len(other) >= 3 and lex.is_valid(other) and not lex.morph_ru.word_is_known(f"{low}-{rlow}")


# the third person of the past and the present tense, by tense
FINITE = (("ды", "ді", "ты", "ті"), ("ады", "еді", "йды", "йді", "иды", "иді"))


def _tense(word: str, lex) -> tuple[str, ...] | None:
    """The endings of the tense (``FINITE``) of ``word`` when it is a Kazakh verb of the past or
    present tense (құрды, кетеді), else None."""
    verbs = lex.kazakh.verbs
    for endings in FINITE:
        for e in endings:
            if word.endswith(e) and len(word) > len(e) + 1 and word[:-len(e)] in verbs:
                return endings
    return None


def _before_finite_verb(left: str, right: str, lex) -> bool:
    """A finite verb after a word that is not one of the same tense (орын-алды, кім-біледі,
    бола-сөйледі): verb pairs join two forms of one tense (келді-кетті), and a noun, pronoun or
    converb before a finite verb is a phrase (орын алды, бола сөйледі), never a pair."""
    low, rlow = left.lower(), right.lower()
    if len(low) < 2 or not lex.is_valid(low) or not lex.is_valid(rlow):
        return False
    tense = _tense(rlow, lex)
    return tense is not None and not low.endswith(tense)


# a colon after a word, before a capitalised word on the same line or the next
_COLON_CAP = regex.compile(r":(?<=(?<![\p{L}-])(?P<left>\p{Ll}{3,}):)(?=[ \t]+\p{Lu}|[ \t]*\r?\n[ \t]*\p{Lu})")
# what follows a colon that opens a list: a comma before the sentence ends (тұрды: Ұлы жүз, Орта жүз)
_LIST_AFTER = regex.compile(r"[^.!?;]{0,50},")
# verbs of saying, which a colon follows before a quotation (деді: Мен келемін)
_SAYING = ("де", "айт", "сұра", "жаз", "жауап")


def _colon_after_finite_verb(doc, lex):
    """A colon after a Kazakh verb of the past or present tense (қайтты, алады) before a
    capitalised word: a finite verb ends its sentence, so the colon is a misread full stop; not
    after a verb of saying, nor before a list. Outside OCR text the fix is only offered."""
    text = doc.text
    for m in _free_marks(doc, _COLON_CAP):
        left = m.group("left")
        tok = doc.token_at(m.start("left"))
        if (tok is None or tok.lang != "kk" or left.startswith(_SAYING) or _tense(left, lex) is None
                or not lex.is_valid(left) or _LIST_AFTER.match(text, m.end())):
            continue
        s = m.start()
        yield RULE.replace(s, s + 1, f'colon after the finite verb "{left}" before a capitalised word: '
                           "a misread full stop", ".", safety=Safety.UNSAFE, title="write a full stop")


# words no colon follows: a conjunction, a determiner or an intensifier opens no list or quotation
_NO_COLON_AFTER = frozenset(("және", "мен", "бен", "пен", "немесе", "осы", "сол", "бұл", "ол", "әр", "өз", "ең",
                             "өте", "аса", "тым"))


def _colon_inside_clause(left: str, right: str, lex) -> bool:
    """Does a colon between ``left`` and ``right`` (lowercase words) stand inside a clause, where
    it opens nothing: after a conjunction, determiner or intensifier (және: ассоциация), or before
    a finite verb after a word that is none (мемлекетін: құрды; not айтты: барады, a quotation)?"""
    low, rlow = left.lower(), right.lower()
    if low in _NO_COLON_AFTER:
        return True
    return (lex.is_valid(low) and lex.is_valid(rlow) and _tense(rlow, lex) is not None
            and _tense(low, lex) is None)


# endings of case, plural, participle, converb and past forms (not of derivations like -лық)
INFLECTION_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "да", "де",
                      "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "ны", "ні", "ды",
                      "ді", "ты", "ті", "лар", "лер", "дар", "дер", "тар", "тер", "ған", "ген", "қан", "кен", "ып",
                      "іп", "ынша", "інше", "атын", "етін", "йтын", "йтін")
# case, possessive and past endings of one or two letters (not -лық, -шы, -ып: they make pairs)
SHORT_ENDINGS = ("ы", "і", "сы", "сі", "ын", "ін", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те", "ға",
                 "ге", "қа", "ке", "на", "не", "нда", "нде")
# postpositions, auxiliaries and conjunctions that are never the second part of a Kazakh pair, and
# words that are never the first
NEVER_SECOND = frozenset(("деп", "және", "немесе", "ретінде", "боп", "керек", "емес", "үшін", "туралы", "арқылы",
                          "сияқты", "кейін", "бар", "болып", "болды", "еді", "екен"))
NEVER_FIRST = frozenset(("немесе", "және", "енді", "олар", "сенің", "менің", "деп", "бірақ"))
HYPHEN_ENCLITICS = frozenset(("ақ", "мыс", "міс", "ау", "ай", "ей"))  # written with a hyphen: сондай-ақ, келіпті-мыс
# -ды/-ді/-ты/-ті also makes adjectives (индустриалды), paired with adjectives
_ADJ_ENDINGS = frozenset(("ды", "ді", "ты", "ті"))
_ADJ_PAIRED = ("лық", "лік", "дық", "дік", "тық", "тік", "лы", "лі", "ды", "ді", "ты", "ті")
_HYPHEN = regex.compile(r"-(?<=(?<![\p{L}\d-])(?P<left>\p{L}+)-)(?P<right>\p{L}+)(?![\p{L}\d-])")


# a quote mark or backtick before a Cyrillic word (after a space or line start), or after one
_LEAD = regex.compile(r"[‘’'`´](?<=(?<![\p{L}\d\p{P}]).)(?=\p{Cyrillic})")
_TRAIL = regex.compile(r"[‘’'`´](?<=\p{Cyrillic}.)(?![\p{L}\d])")
_PARTNER = {"‘": "’‘", "’": "’‘", "'": "'", "`": "", "´": ""}
_PAIR_REACH = 200
_MARKS_BETWEEN_WORDS = regex.compile(r"(?<=\p{L})[‘’'`´]{2,}(?=\p{L})")
# a stop, colon, semicolon or comma run together with a hyphen or dash between two words, no
# space anywhere (халық:-музыкасының, жүрді.-Әлден, Қасқыр-.сол, зор,-ал)
_MARK_AND_HYPHEN = regex.compile(r"(?<=(?P<left>\p{L}{2,}))(?:(?P<mark>[.:;,])[-–—]|[-–—](?P<mark2>[.:;,]))(?=(?P<right>\p{L}+))")


# a full stop or colon with no space between a number and a word, a word and a number or №, or a
# stop between a closing guillemet and a small letter (1627.жылы, 105.УК, пункте.3, бараке.№,
# на:50%, «в».ч): not a date, time or decimal (digits on both sides), nor inside a word
_STOP_BY_NUMBER = regex.compile(r"(?<=\d)[.:](?=\p{L})|(?<=\p{L})[.:](?=\d|№)|(?<=»)\.(?=\p{Ll})")


# in OCR text, a full stop with no space between two acronyms (УК.РФ) or after a one-letter
# preposition before a name (находившихся в.Молоканских): no abbreviation is written so
_STOP_BEFORE_NAME = regex.compile(r"(?<![\p{L}.])\p{Lu}{2,}(?P<stop>\.)\p{Lu}{2,}(?![\p{L}.])"
                                  r"|(?<=\p{Ll}{2,}[ \t]+)[вкоуиа](?P<stop>\.)\p{Lu}\p{Ll}{2,}")


def _stop_beside_number(doc, lex):
    """In OCR text, a full stop between a number and a word with no space is a speck for the
    space (1627.жылы → 1627 жылы); after an abbreviation before its number (ст.105) the space is
    what is missing; before a capital it may end a sentence (табл. 1.Для), so that fix is offered."""
    text = doc.text
    for m in _STOP_BY_NUMBER.finditer(text):
        s = m.start()
        if not read_by_ocr(doc, lex, s, s + 1) or doc.in_link(s - 1, s + 2):
            continue
        left = regex.search(r"[\p{L}\d]*$", text[max(0, s - 40):s]).group()
        right = regex.match(r"[\p{L}\d№]*", text[s + 1:s + 41]).group()
        if left.isalpha() and len(left) == 1 and right[:1].isalpha():
            continue  # initials or an abbreviation's letters
        if regex.match(r"\d+\p{L}|\d\.", text[s + 1:s + 4]) and not right.isdigit() or \
                regex.fullmatch(r"\d", right) and text[s + 2:s + 3] in ".)":
            continue  # a digit misread inside a word (Улы.11лмен) or an abbreviation (т.6.): HOM003, KAZ001
        mark = text[s]
        if mark == "." and left.isalpha() and lex.is_abbreviation(left + ".") and right[:1].isdigit():
            yield RULE.replace(s, s + 1, f'no space after the abbreviation "{left}." before its number', ". ",
                               title="insert a space")
        elif left[-1:].isdigit() and right[:1].isupper():
            yield RULE.replace(s, s + 1, f'"{mark}" between "{left}" and "{right}" with no space: the end of a '
                               "sentence, or a speck for the space", ". ", Safety.UNSAFE, title="write '. '",
                               more=(" ",))
        else:
            yield RULE.replace(s, s + 1, f'"{mark}" between "{left or "»"}" and "{right}" where a space belongs',
                               " ", title="replace with a space")


def _mark_and_hyphen(doc, lex):
    """A mark and a hyphen run together between two words stand for what one mark or a space
    would: a comma or semicolon stays (зор, ал), a full stop before a capital ends the sentence
    (жүрді. Әлден); otherwise both are specks and a space is left (халық музыкасының, қасқыр
    сол). Not after an abbreviation or a cut word before another (чл.-кор., эпик.-филос.)."""
    text = doc.text
    for m in _MARK_AND_HYPHEN.finditer(text):
        mark, left, right = m.group("mark") or m.group("mark2"), m.group("left"), m.group("right")
        if doc.in_protected(m.start() - 1, m.end() + 1):
            continue
        after = text[m.end() + len(right):m.end() + len(right) + 1]
        if mark == "." and (lex.is_abbreviation(left + ".") or not lex.is_valid(left)
                            or lex.may_be_cut_short(left.lower()) and (after == "." or not lex.is_valid(right))):
            continue  # (an abbreviation's stop: чл.-кор., эпик.-филос.)
        keep = mark in ",;" or mark == "." and right[:1].isupper()
        repl = mark + " " if keep else " "
        yield RULE.replace(m.start(), m.end(), f'"{m.group()}" between "{left}" and "{right}": marks run '
                           "together where " + (f'"{mark}" and a space belong' if keep else "a space belongs"),
                           repl, title=f"write {repl!r}")


def _edge_marks(doc):
    """Lone marks at a word's edge: no partner (the closing mark of a lead one, the opening mark
    of a trailing one) in the same paragraph within reach."""
    text = doc.text
    for pattern, lead in ((_LEAD, True), (_TRAIL, False)):
        for m in pattern.finditer(text):
            s, mark = m.start(), m.group()
            para = doc.paragraph_at(s)
            lo, hi = (para.start, para.end) if para else (0, len(text))
            # a lead mark's partner closes a word after it; a trailing one's opens a word before it
            seg, partner = ((text[s + 1:min(hi, s + _PAIR_REACH)], _TRAIL) if lead
                            else (text[max(lo, s - _PAIR_REACH):s], _LEAD))
            if not any(p.group() in _PARTNER[mark] for p in partner.finditer(seg)):
                yield s, mark, lead


def _free_marks(doc, pattern):
    """The matches of ``pattern`` (a mark first) whose mark is not part of a URL, e-mail or number."""
    for m in pattern.finditer(doc.text):
        if not doc.in_protected(m.start() - 1, m.start() + 1):
            yield m


def _speck_tokens(doc, pattern, lone):
    """Tokens of marks alone (``pattern``), removed with the spaces before them on their line (or,
    opening a line, after them); not one SPC001 or the lone-mark rule (``lone``: their ends) flags,
    an ellipsis, a blank to fill in (___), a full stop after a speck or comma (the sentence's own),
    nor a < > ~ ° beside a number or a Latin word, where it is a sign."""
    text = doc.text
    for m in pattern.finditer(text):
        s, e = m.span()
        tok = m.group()
        if e in lone or "..." in tok or tok.count("_") >= 3 or doc.in_protected(s, e):
            continue  # (a run of underscores is a blank to fill in: Подпись ________)
        before = regex.search(r"(\S*)([ \t]*)\Z", text[max(0, s - 40):s])
        after = regex.match(r"[ \t]*(\S*)", text[e:e + 40])
        lo, hi = s - len(before.group(2)), e
        if lo < s and SPACE_BEFORE.match(text, lo):
            continue  # SPC001's: a space before the mark
        if tok == "." and before.group(1)[-1:] and before.group(1)[-1] in ",;:`|_^°~‚“”„‘’":
            continue  # "жоқ, .": the sentence's stop after a speck, not one
        if len(tok) == 1 and tok in "<>~°" and regex.search(r"[\d\p{Latin}]", before.group(1) + after.group(1)):
            continue
        if not before.group(1) and after.group(1):
            lo, hi = s, e + len(after.group()) - len(after.group(1))  # opening a line: the spaces after it
        elif before.group(1)[-1:] in (".", "?", "!") and set(tok) <= set(".,;:"):
            # after the sentence's own end the marks double it (анықталды. .): the finding spans both
            end = before.group(1)[-1]
            yield RULE.replace(lo - 1, hi, f'"{tok}" after the sentence\'s "{end}": a speck', end,
                               title="remove the marks")
            continue
        yield RULE.replace(lo, hi, f'"{tok}" standing alone: a speck', "", title="remove the marks")


def check(doc, lex):
    text = doc.text
    noisy = is_noisy(doc, lex)
    for s, mark, lead in _edge_marks(doc):
        if doc.in_protected(s, s + 1):
            continue
        where = "before" if lead else "after"
        word = regex.match(r"\p{L}+", text[s + 1:s + 41]) if lead else regex.search(r"\p{L}+$", text[max(0, s - 40):s])
        # marks run together between two words ("катарга`‘отыра") stand for the space: the first
        # of them becomes one
        space = bool(_MARKS_BETWEEN_WORDS.match(text, s))
        yield RULE.replace(s, s + 1, f'stray "{mark}" {where} "{word.group() if word else ""}"', " " if space else "",
                           title="replace with a space" if space else f"remove the {mark!r}")
    for m in _HYPHEN.finditer(text):
        tok = doc.token_at(m.start("left"))
        if _hyphen_for_space(m.group("left"), m.group("right"), lex, noisy, tok.lang if tok else ""):
            s = m.end("left")
            yield RULE.replace(s, s + 1, f'hyphen between "{m.group("left")}" and "{m.group("right")}", '
                                         "which form no compound", " ", title="replace with a space")
    lone = set()  # the ends of marks flagged as standing alone between words
    if noisy:
        for m in _free_marks(doc, _CLAUSE_MARK):
            s = m.start()
            if m.group() == ";":
                yield RULE.replace(s, s + 1, "semicolon before a lowercase word in OCR text: a misread comma", ",",
                                   title="write a comma")
            else:
                left = regex.search(r"\p{L}+$", text[max(0, s - 40):s])
                right = regex.match(r"[ \t]+(\p{L}+)", text[s + 1:s + 42])
                inside = bool(left and right) and _colon_inside_clause(left.group(), right.group(1), lex)
                yield RULE.replace(s, s + 1, "colon before a lowercase word in OCR text: "
                                   + ("a speck inside a clause" if inside else "likely a speck"), "",
                                   safety=Safety.SAFE if inside else Safety.UNSAFE, title="remove the colon",
                                   more=(",",))
        for m in _free_marks(doc, _SEMICOLON_CAP):
            s = m.start()
            # after a name a list goes on (Германия; Жапония), after a lowercase word a sentence ended
            comma = m.group("left")[:1].isupper()
            yield RULE.replace(s, s + 1, "semicolon before a capitalised word in OCR text: a misread "
                               + ("comma" if comma else "full stop"), "," if comma else ".",
                               title="write a comma" if comma else "write a full stop")
        for m in _free_marks(doc, _COLON_STOP):
            s = m.start()
            yield RULE.replace(s, s + 1, "colon ending a sentence in OCR text: a misread full stop", ".",
                               title="write a full stop")
        for m in _LONE_MARK.finditer(text):
            s, e = m.span()
            lone.add(e)
            if not doc.in_protected(e - 1, e):
                yield RULE.replace(s, e, f'"{text[e - 1]}" alone between two words in OCR text: a speck', "",
                                   title="remove the mark")
        for m in _free_marks(doc, _LONE_HYPHEN):
            if m.group("next") in _SUSPENDED:
                continue
            s = m.start()
            yield RULE.replace(s, s + 1, "hyphen stuck to a word with a space on its other side in OCR text: "
                                         "a speck", "", title="remove the hyphen")
        for m in _MARK_FOR_HYPHEN.finditer(text):
            left, right = m.group("left"), m.group("right")
            joined = left + right
            if lex.is_valid(joined) and not (lex.is_valid(left) and lex.is_valid(right)):
                s, e = m.start("left"), m.end("right")
                yield RULE.replace(s, e, f'"{m.group()[0]}" at the line end where "{left}-/{right}" broke: '
                                         f'join as "{joined}"', joined, title=f"join as {joined!r}")
    yield from _speck_tokens(doc, _SPECK_TOKEN_OCR if noisy else _SPECK_TOKEN, lone)
    yield from _mark_and_hyphen(doc, lex)
    yield from _stop_beside_number(doc, lex)
    if noisy:
        for m in _STOP_BEFORE_NAME.finditer(text):
            s = m.start("stop")
            if not doc.in_link(s - 1, s + 2):
                yield RULE.replace(s, s + 1, f'"." in "{m.group()}" where a space belongs', " ",
                                   title="replace with a space")
    else:  # (in OCR text the colon before any capitalised word is flagged above)
        yield from _colon_after_finite_verb(doc, lex)
    stops = [(m.start(), False) for m in _INNER_STOP.finditer(text)]
    if "." in text and noisy:
        # in OCR text also after a word ending in a consonant when it is a whole word (против.
        # мира), not a cut one (соавт., долл.)
        stops = sorted(stops + [(m.start(), True) for m in _INNER_STOP_OCR.finditer(text)])
        for m in _LETTER_STOP_OCR.finditer(text):
            if not doc.in_protected(m.start() - 1, m.start() + 1):
                yield RULE.replace(m.start(), m.end(), f'full stop after "{text[m.start() - 1]}" between two '
                                   "lowercase words in OCR text", "", title="remove the full stop")
    for s, whole in stops:
        if doc.in_protected(s - 1, s + 1):
            continue
        word = regex.search(r"\p{L}+$", text[max(0, s - 40):s]).group()
        if lex.is_abbreviation(word + ".") or whole and not lex.is_valid(word):
            continue
        yield RULE.replace(s, s + 1, f'full stop after "{word}" inside a sentence (a lowercase word follows)', "",
                           title="remove the full stop")
    for m in _MARK.finditer(text):
        s, e = m.span("mark")
        mark = m.group("mark")
        left = regex.search(r"\p{L}+$", text[max(0, s - 40):s]).group()
        right = regex.match(r"\p{L}+", text[e:e + 40]).group()
        if doc.in_protected(s - 1, e + 1):
            continue
        if min(len(left), len(right)) == 1:
            # в.уголовном, связи.с, В`материалах: a one-letter word; not initials or т.е., и.о.
            # (the longer word may open the sentence: Вместе.с тем)
            short, other = (left, right) if len(left) == 1 else (right, left)
            if (short.lower() not in _ONE_LETTER or len(other) < 3 or not other[1:].islower()
                    or not right.islower() or len(right) == 1 and lex.is_abbreviation(left + ".")):
                continue
        elif mark in ".:":
            if not right[0].islower() and mark == ".":
                continue  # SPC002: a new sentence after a lost space
            if lex.is_abbreviation(left + ".") or len(left) < 2 or len(left) == 2 and not left[1:].islower():
                continue  # (two letters count as a word when they are one, не.бесспорен: not т.е., УК.РФ)
        elif not (_CYR.search(left) and _CYR.search(right)):
            continue  # an apostrophe in a Latin name
        if mark == "." and right.lower() in _DOMAINS:
            continue  # Газета.ру, Право.ru: a site's name
        # in OCR text a colon inside a run of lowercase letters is a speck wherever it stands
        # (время:юниты): the words around it are often misread themselves
        speck = noisy and mark == ":" and left[-1:].islower() and (right.islower() or right[:1].isupper())
        # so is a backtick or quote mark between two Cyrillic words (бостандығына‘кукыгы, жүрген`Курмаш)
        speck = speck or noisy and mark in "`‘’'´" and bool(_CYR.search(left) and _CYR.search(right))
        if not (speck or lex.is_valid(left) and lex.is_valid(right)):
            continue
        yield RULE.replace(s, e, f'"{mark}" between "{left}" and "{right}" where a space belongs', " ",
                           title="replace with a space")
