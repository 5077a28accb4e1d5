"""The suggestion engine's searches: the fast DAWG search finds what the edit-by-edit one does."""

import pytest

from qa.lexicon import Lexicon
from qa.suggest import PLACEHOLDER, Suggester


@pytest.fixture(scope="module")
def suggester():
    return Lexicon().suggester


def reference(s, w: str, lang: str) -> dict[str, float]:
    """Every edit of ``_edits1`` tried and looked up, the cheapest kept."""
    best: dict[str, float] = {}
    for cand, cost, _ in s._edits1(w, lang):
        if cost < best.get(cand, 9.0) and s.lex.is_valid_fast(cand, lang):
            best[cand] = cost
    return best


# misspellings of every kind: a letter changed (by a neighbour, by a sound-alike, by a letter
# no edit of _edits1 makes), left out, doubled, swapped; ё forms written with е; no neighbour
RUSSIAN = ["исследовани", "парламентсккой", "госудраство", "пробелма", "еще", "ошибкка", "йолка",
           "обьем", "каторый", "првительство", "зеленый", "трудолюбевый", "хх", "кот", "мамаа",
           "расширеннный", "предложенй", "жжж", "дерево", "аэропорт"]


@pytest.mark.parametrize("word", RUSSIAN)
def test_russian_dawg_search_finds_what_each_edit_finds(suggester, word):
    fast = dict(suggester._one_edit(word, "ru"))
    assert fast == reference(suggester, word, "ru")


def test_the_search_finds_words_by_each_kind_of_edit(suggester):
    found = dict(suggester._one_edit("исследовани", "ru"))
    assert {"исследования", "исследовании", "исследовал"} - set(found) == {"исследовал"}  # two edits away
    assert found["исследования"] == 1.0
    assert suggester._swaps("пробемла")[5] == "пробелма"
    assert "проблема" in dict(suggester._one_edit("пробелма", "ru"))  # letters swapped
    assert "ещё" not in dict(suggester._one_edit("ещн", "ru")) and "еще" in dict(suggester._one_edit("ещн", "ru"))


def test_words_the_search_cannot_take_go_the_reference_way(suggester):
    # a word with ё, or with the placeholder itself, is searched edit by edit
    assert dict(suggester._one_edit("ёлкка", "ru")) == reference(suggester, "ёлкка", "ru")
    assert dict(suggester._one_edit("кот" + PLACEHOLDER, "ru")) == reference(suggester, "кот" + PLACEHOLDER, "ru")
    assert "ёлка" in dict(suggester._one_edit("ёлкка", "ru"))


def test_ranked_suggestions_are_the_reference_ones(suggester, monkeypatch):
    fast = {w: suggester._generate(w, "ru") for w in RUSSIAN}
    monkeypatch.setattr(suggester, "_one_edit", lambda w, lang, span=None: reference(suggester, w, lang).items())
    assert {w: suggester._generate(w, "ru") for w in RUSSIAN} == fast
    assert fast["првительство"][0].word == "правительство"


def test_at_equal_cost_the_candidate_keeping_the_first_letter_comes_first(suggester):
    found = suggester.candidates("сласындағы", "kk")
    costs = {c.word: c.cost for c in found}
    assert costs["саласындағы"] == costs["аласындағы"]  # a letter inserted, a letter changed
    assert found[0].word == "саласындағы"


def kazakh_reference(s, w: str) -> dict[str, float]:
    """Every edit of ``_edits1`` that passes the trigram test, analysed, the cheapest kept."""
    tri = s.lex.trigrams
    best: dict[str, float] = {}
    for cand, cost, pos in s._edits1(w, "kk"):
        if cost < best.get(cand, 9.0) and s._plausible(cand, pos, tri) and s.lex.is_valid_fast(cand, "kk"):
            best[cand] = cost
    return best


# a letter changed in the stem or in the ending, one put in or left out in either, two swapped,
# a voiced stem end (кітабы), a verb stem meeting its ending (оқиды), names, garbage
KAZAKH = ["судьялрдың", "қазақстанндағы", "мемлекеттк", "кітабв", "китабы", "оқидв", "оқыды", "ұйымдастырушылқ",
          "тәуелсіздгі", "заңнамасыан", "әдебиетінің", "әдебитінің", "алматыда", "абайдың", "абайдын", "шшшш",
          "жүргізлді", "құқықтырын", "оқушылардың", "оқушыларлдың", "ел", "қр"]


@pytest.mark.parametrize("word", KAZAKH)
def test_kazakh_search_finds_what_each_edit_finds(suggester, word):
    assert dict(suggester._one_edit(word, "kk")) == kazakh_reference(suggester, word)


def test_kazakh_search_finds_edits_in_the_stem_and_in_the_ending(suggester):
    assert "судьялардың" in dict(suggester._one_edit("судьялрдың", "kk"))  # a letter left out of the ending
    assert "кітабы" in dict(suggester._one_edit("китабы", "kk"))  # a letter changed in the stem
    assert "ұйымдастырушылық" in dict(suggester._one_edit("ұйымдастырушылқ", "kk"))


def test_endings_one_edit_away_are_every_such_chain(suggester):
    """``endings_near`` against every letter changed, put in or left out, analysed."""
    kz = suggester.lex.kazakh
    letters = sorted(set("аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"))
    for rest in ("ларды", "дағы", "ның", "ы", "", "лрдың", "шшш", "тар", "ларрды", "ыдағы", "дағыы"):
        brute = {}
        edits = {rest[:i] + c + rest[i + 1:] for i in range(len(rest)) for c in letters} - {rest}
        edits |= {rest[:i] + c + rest[i:] for i in range(len(rest) + 1) for c in letters}
        edits |= {rest[:i] + rest[i + 1:] for i in range(len(rest))}
        for e in edits:
            if kz.accepting(e):
                brute[e] = kz.accepting(e)
        assert kz.endings_near(rest) == brute, rest


def test_chains_by_substitution_are_every_such_chain(suggester):
    """``chains_by_substitution`` against every combination of confusions, analysed."""
    from qa.suggest import MAX_CONFUSION_COST, MAX_CONFUSIONS
    kz = suggester.lex.kazakh
    for rest in ("лардын", "дагы", "нын", "", "ыгы", "кка", "шшш"):
        fast = kz.chains_by_substitution(rest, suggester._alternatives, MAX_CONFUSIONS, MAX_CONFUSION_COST)
        brute = {v: (round(c, 6), n, kz.accepting(v))
                 for v, c, n in suggester._variants(rest, MAX_CONFUSIONS, MAX_CONFUSION_COST) if kz.accepting(v)}
        assert {k: (round(c, 6), n, m) for k, (c, n, m) in fast.items()} == brute, rest
    assert "лардың" in kz.chains_by_substitution("лардын", suggester._alternatives, 1, 1.0)


def ways_reference(s, w: str, cand: str, lang: str):
    """The edits of ``_edits1`` that make ``cand`` from ``w``, by trying each position."""
    out = []
    for c, cost, pos in s._edits1(w, lang):
        if c == cand:
            out.append((cost, pos))
    return sorted(set(out))


def test_the_ways_from_a_word_to_a_candidate_are_the_edits_that_make_it(suggester):
    pairs = [("кот", "кто"), ("кот", "кт"), ("кот", "коот"), ("каррта", "карта"), ("карта", "каррта"),
             ("абв", "абв"), ("мама", "мамы"), ("мама", "папа"), ("тест", "тесты"), ("ааа", "аа"), ("ааа", "аааа"),
             ("тест", "этест"), ("қазақ", "казақ"), ("қазақ", "қазқа")]
    for w, cand in pairs:
        for lang in ("kk", "ru"):
            assert sorted(set(suggester._ways(w, cand, lang))) == ways_reference(suggester, w, cand, lang), (w, cand)


def test_long_deletions_pruned_by_word_beginnings_and_ends_find_the_same_words(suggester):
    lex = suggester.lex
    for w in ("исследованиеее", "государсттвенного", "парламентсккойй", "ааааааааааа", "конституциооонный",
              "ггосударственного", "государственногоо", "ппарламентской"):
        every = {c for c, _, _ in suggester._long_deletes(w) if lex.is_valid_fast(c, "ru")}
        back = suggester._ru_span(w)[1]
        pruned = {c for c, _, _ in suggester._long_deletes(w, suggester._ru_reach, back) if lex.is_valid_fast(c, "ru")}
        assert pruned == every, w
        assert len(list(suggester._long_deletes(w, suggester._ru_reach, back))) < len(list(suggester._long_deletes(w)))
    assert "государственного" in {c for c, _, _ in suggester._long_deletes("государсттвенногоо", suggester._ru_reach)}


def test_kazakh_long_deletions_pruned_by_word_beginnings_find_the_same_words(suggester):
    lex = suggester.lex
    for w in ("мемлекеттіккк", "қазақстандағыыы", "азаматтарымызздың", "батысқазақстандықтар", "бостандындықтарын",
              "ауызбіршілігіміз", "судьяларрдыңң", "ққұқықтарын"):
        every = {c for c, _, _ in suggester._long_deletes(w) if lex.is_valid_fast(c, "kk")}
        pruned = {c for c, _, _ in suggester._long_deletes(w, suggester._kk_reach) if lex.is_valid_fast(c, "kk")}
        assert pruned == every, w
        assert len(list(suggester._long_deletes(w, suggester._kk_reach))) < len(list(suggester._long_deletes(w))), w
    assert "бостандықтарын" in {c for c, _, _ in suggester._long_deletes("бостандындықтарын", suggester._kk_reach)}


@pytest.mark.parametrize("word", ["судьялардың", "мемлекеттің", "оқиды", "театрландырылған", "Алматыда".lower(),
                                  "келіспеушілік", "құқығы"])
def test_every_beginning_of_a_kazakh_word_is_within_reach(suggester, word):
    kz = suggester.lex.kazakh
    assert kz.is_valid(word)
    assert all(kz.word_reach(word[:k]) == k for k in range(len(word) + 1))


@pytest.mark.parametrize("word,first", [("изза", "из-за"), ("ктото", "кто-то"), ("всетаки", "все-таки"),
                                        ("вопервых", "во-первых")])
def test_a_russian_word_typed_without_its_hyphen_gets_it_back_first(suggester, word, first):
    assert suggester.suggest(word, "ru")[0] == first


def test_no_hyphen_is_put_into_a_word_that_has_none(suggester):
    assert all("-" not in c for c in suggester.suggest("првительство", "ru"))


def test_the_indexes_written_backwards_hold_the_same_keys(suggester):
    lex = suggester.lex
    kz = lex.kazakh
    assert set(kz.stem_ends.keys()) == {k[::-1] for k in kz.stem_index.keys()}
    assert set(kz.whole_ends.keys()) == {k[::-1] for k in kz.whole_index.keys()}
    ends = lex.ru_ends
    for form in ("государственный", "межгосударственного", "еще", "северо-западный"):
        assert form[::-1] in ends
    assert ends.has_keys_with_prefix("йынневтсрадусог") and not ends.has_keys_with_prefix("ъъйынневтсрадусог")


@pytest.mark.parametrize("word,span", [("государство", (11, 11)), ("госудэрство", (5, 6)), ("xгосударство", (0, 11)),
                                       ("ёлкка", (5, 5))])
def test_a_russian_edit_lies_between_the_beginning_and_the_end_some_form_has(suggester, word, span):
    # (how many letters begin a form, how many end one: госуд-арство, м-эрство; a word with ё is not bounded)
    assert suggester._ru_span(word) == span


def test_prepared_tables_search_as_the_ones_compiled_when_asked():
    lex = Lexicon()
    prepared, lazy = lex.suggester.prepare(), Suggester(lex)
    ru_tables = prepared._tables(lex._ru_words[2], "ru")
    assert "ы" in ru_tables and "^а" in ru_tables and "я$" in ru_tables  # compiled before any search
    assert "ы" not in lazy._tables(lex._ru_words[2], "ru")
    for w, lang in [(w, "ru") for w in RUSSIAN] + [(w, "kk") for w in KAZAKH]:
        assert prepared._generate(w, lang) == lazy._generate(w, lang)
