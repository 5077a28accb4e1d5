"""Kazakh morphology, phenomenon by phenomenon: stems with suffix stacks, harmony, consonant
alternations, loanwords, verbs; and the things it must reject."""

import pytest

from qa.lexicon import get_lexicon
from qa.lexicon.kazakh import harmonies_of, realise, stems_from_hunspell_dic, verb_stems_of


@pytest.fixture(scope="module")
def kk():
    return get_lexicon().kazakh


@pytest.mark.parametrize("template,harmony,prev,surface", [
    ("LAр", "back", "V", "лар"), ("LAр", "front", "L", "дер"), ("LAр", "back", "VL", "тар"),
    ("NIң", "back", "V", "ның"), ("NIң", "front", "NAS", "нің"), ("NIң", "back", "SON", "дың"), ("NIң", "front", "VL", "тің"),
    ("CI", "back", "NAS", "ды"), ("GA", "front", "VL", "ке"), ("GA", "back", "V", "ға"), ("BAн", "back", "NAS", "нан"),
    ("WIн", "front", "NAS", "мін"), ("MIз", "back", "NAS", "быз"), ("(S)I", "back", "V", "сы"), ("(S)I", "front", "VL", "і"),
    ("LIK", "back", "V", "лық"), ("LIK", "front", "VL", "тік"),
])
def test_allomorphs(template, harmony, prev, surface):
    assert realise(template, harmony, prev) == surface


@pytest.mark.parametrize("word", [
    # plural, possessive, case stacks (Hunspell-kk alone rejects these)
    "судьялар", "билігінің", "құқықтары", "мүдделерін", "судьяларды", "мемлекеттің", "азаматтарымыздың",
    # consonant alternation at the boundary: к/қ/п voice before a vowel
    "кітабы", "көгі", "бостандығы", "құқығы",
    # derivation then inflection; the diminutive -ша/-ше makes a noun that inflects
    "конституциялық", "заңдылығын", "тәуелсіздігіміз", "қаламгерлері", "бөлімшелерін", "парақшасында",
    "жапырақшаларынан", "мемлекетаралық", "үкіметаралығы",  # -аралық: between (of) the noun's kind
    # an agent noun of a negated verb
    "келіспеушілік", "түсініспеушіліктер",
    # a verb made from a noun by -лан/-ден takes two voices more: causative, then passive
    "театрландырылған", "кепілдендірілген",
    # loanwords by the harmony of the last vowel; doubled consonant and soft sign dropped
    "конституцияның", "субъектілер", "субъектілерінің", "президенттер", "процестерге", "ансамблі", "медалімен",
    "институционалдық", "нормативтік", "абсолюттік",
    # vowel loss in the stem before a vowel
    "орны", "халқы", "нарқы",
    # a loan ending in к or г after back vowels takes front suffixes too
    "банкте", "паркі", "педагогтер", "металлургтен", "автопарктермен",
    # a final и is ій, so suffixes follow it as they follow й (үйі, үйдің)
    "сәбиі", "сәбиді", "әліпбидің", "әліпбиіне", "миы", "киеді",
    # verbs: voice, negation, tense, person, participles, converbs, verbal nouns
    "жасайды", "оқиды", "оқыды", "бармаймын", "қабылданған", "қорғалуға", "көбеюде", "жоя", "шаққанда",
    "бағынбайтындығын", "жүргізілетін", "дайынбыз", "дайынмын", "айтылған", "келмейді", "барып",
    # a passive takes the reflexive after it; a reflexive or reciprocal, a causative
    "делінген", "есептелінбейді", "құрылынуда", "жуындырды", "таныстырды",
    "оқиды", "мадақтай", "елестей", "сыйлық", "тыйым",
])
def test_valid(kk, word):
    assert kk.is_valid(word), word


@pytest.mark.parametrize("word", [
    "абсалюттік", "нориативтік", "қаматамасыз", "субьектілерінің", "бостандындықтарын", "сласындағы",
    "тәжірибесіде",  # after a possessive the locative is -нде: тәжірибесінде
    "кітаптар ы",  # not a word at all
    "кітапы",  # no voicing: the boundary rule wants кітабы
    "сәбині", "әліпбинің",  # a final и is ій: сәбиді, әліпбидің
    "тектарынан",  # a native word in к has front vowels: тектерінен
    "отандқы", "қажылқы",  # a noun made with -лық keeps its vowel: отандығы
    # no second reflexive after a reflexive (дала-сы-н-ын): a Russian model's reading of даласының
    "даласынын", "музыкасынын",
    # a verb stem's final ы/і and the present's й are written и (оқи, білінеді): болый, білій are misreadings
    "болый", "білій", "жазый",
])
def test_invalid(kk, word):
    assert not kk.is_valid(word), word


def test_harmony_of_loans():
    assert harmonies_of("конституция") == ("back",)
    assert harmonies_of("субъект") == ("front",)
    assert set(harmonies_of("министр")) == {"back", "front"}


@pytest.mark.parametrize("infinitive,stems", [("жазу", {"жаз", "жазы"}), ("оқу", {"оқ", "оқы"}),
                                              ("жасау", {"жаса"}), ("жаю", {"жай"}), ("шағу", {"шақ"})])
def test_verb_stems_from_dictionary_entries(infinitive, stems):
    assert stems <= set(verb_stems_of(infinitive))


def test_bare_verb_stems_with_nominal_flags_are_verbs_when_the_dictionary_derives_them():
    # құтқар and теже are listed as bare stems with nominal flags; the agent nouns show them verbs
    nouns, verbs, _ = stems_from_hunspell_dic(["3", "құтқар/ABb", "құтқарушы/ABb", "теже/ABb", "тежеусіз/ABb",
                                               "кітап/ABb"])
    assert {"құтқар", "теже"} <= verbs and "кітап" not in verbs
    assert {"құтқар", "кітап"} <= nouns


def test_lexicon_layers():
    lex = get_lexicon()
    assert lex.is_valid("правительство") and lex.is_valid("политико-правовой")
    assert lex.is_valid("азаматтық-құқықтық") and lex.is_valid("АҚШ-пен")
    assert lex.is_valid("court") and not lex.is_valid("cuort")
    assert lex.is_valid("бо́льшая") and not lex.is_valid("бо́льщая")  # a stress mark is no letter
    assert lex.is_abbreviation("т.б.") and not lex.is_abbreviation("сот.")
    assert lex.is_name("Алматы")


@pytest.mark.parametrize("word,valid", [
    ("онкүндігінде", True), ("бесжылдық", True), ("жүзжылдықтың", True),  # numeral + noun + -лық, solid
    ("онкүн", False), ("бесадам", False), ("онкитаптық", False),          # no -лық, or no such noun
    ("телеарнасы", True), ("микроқаржылық", True),                        # productive prefixes
])
def test_solid_compounds(word, valid):
    assert get_lexicon().is_valid(word, "kk") is valid


@pytest.mark.parametrize("word,valid", [
    ("медиадискурса", True), ("киберспорта", True), ("неолиберализма", True), ("квазиренты", True),
    ("сурады", False),  # су is a Kazakh prefix (суқойма), not a Russian one
    ("медиадискурзы", False),  # the word after the prefix must be one
])
def test_russian_words_take_productive_prefixes(word, valid):
    assert get_lexicon().is_valid(word, "ru") is valid


def test_a_dictionary_word_that_only_looks_inflected_keeps_its_suffixes(kk):
    # қабырға reads as қабыр + dative, but the dictionary's қабырғалар is no dative's plural
    assert kk.is_valid("қабырғасында") and kk.is_valid("салқынын")
    # тәжірибесі is тәжірибе + сі: its longer entries (тәжірибесіне) are the shorter stem's forms
    assert not kk.is_valid("тәжірибесіде")


def test_pruned_dictionary_forms_take_their_elided_stems_along(kk):
    # әдебиетін is a dictionary form (әдебиет + ін); its narrow-vowel drop made әдебиетн- a stem
    assert kk.is_valid("әдебиетінің") and not kk.is_valid("әдебиетнін")


@pytest.mark.parametrize("word", ["мекемелерде", "әңгімесі", "хабарламада", "аялдамадан"])
def test_a_noun_ending_as_the_question_particle_stays_a_stem(kk, word):
    # мекеме is not меке + ме: the particle ends a word, so the entry is no inflected form to prune
    assert kk.analyse(word) is not None


def test_automaton_agrees_with_the_suffix_graph(kk):
    """Every single suffix the grammar lists after a noun is accepted after a noun stem, and a
    string that is no suffix chain is not."""
    assert kk.follows("лар", "N_BASE") and kk.follows("ларымыздың", "N_BASE") and kk.follows("дағы", "N_BASE")
    assert not kk.follows("дарлар", "N_BASE") and not kk.follows("ныңның", "N_BASE")


@pytest.mark.parametrize("word", ["галоперидолдың", "миофибрилладан", "краудфандингтің"])
def test_long_russian_nouns_take_kazakh_suffixes(word):
    # terms pymorphy3's dictionary knows and ru_RU does not
    assert get_lexicon().is_valid(word, "kk")


@pytest.mark.parametrize("word,valid", [
    ("Моцарттың", True), ("Швейцарияға", True), ("Мюнхенде", True),  # names pymorphy3 tags, Kazakh endings
    ("Моцарттын", False), ("Швейцарияга", False),  # endings a Russian model misread
    ("Моцартлар", False),  # an ending against the sound before it
])
def test_foreign_names_take_kazakh_endings(word, valid):
    assert get_lexicon().is_valid(word, "kk") is valid


@pytest.mark.parametrize("word", ["выкликаниеге", "рыбообработкада", "казакка"])
def test_russian_words_made_with_russian_endings_or_short_are_not_kazakh_stems(word):
    assert not get_lexicon().is_valid(word, "kk")


@pytest.mark.parametrize("word,valid", [
    ("волонтёрлердің", True), ("актёрлер", True),  # a Russian loan keeps its ё
    ("исследоватёлей", False), ("мётодов", False), ("нёсие", False),  # an OCR ё for е is not hidden
])
def test_yo_stands_in_kazakh_only_where_russian_writes_it(word, valid):
    lex = get_lexicon()
    assert lex.is_valid(word, "kk") is valid
    assert lex.is_valid_fast(word, "kk") is valid


@pytest.mark.parametrize("word,valid", [
    ("даңқы", True), ("даңқымен", True), ("қорқады", True),  # after a consonant к/қ/п stay voiceless
    ("кітабы", True), ("тарағы", True), ("кітапы", False), ("жүрекі", False),  # after a vowel they voice
])
def test_final_stops_voice_only_after_a_vowel(kk, word, valid):
    assert kk.is_valid(word) is valid


@pytest.mark.parametrize("word,valid", [
    ("млн", True), ("тмд", True),  # an abbreviation is valid alone
    ("млнға", False), ("мндетті", False), ("тмдмен", False),  # but takes no suffixes written solid
])
def test_an_abbreviation_takes_no_suffixes_without_a_hyphen(kk, word, valid):
    assert kk.is_valid(word) is valid


def test_an_abbreviation_takes_suffixes_after_a_hyphen():
    assert get_lexicon().is_valid("ТМД-ға")
