"""The suggestion engine's searches: the fast DAWG search finds what the edit-by-edit one does."""

import pytest

from qa.lexicon import Lexicon
from qa.suggest import PLACEHOLDER


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
    assert "пробелма" in suggester._deletions_and_swaps("пробемла")
    assert "проблема" in dict(suggester._one_edit("пробелма", "ru"))  # letters swapped
    assert "ещё" not in dict(suggester._one_edit("ещн", "ru")) and "еще" in dict(suggester._one_edit("ещн", "ru"))


def test_words_the_search_cannot_take_go_the_reference_way(suggester):
    # a word with ё, or with the placeholder itself, is searched edit by edit
    assert dict(suggester._one_edit("ёлкка", "ru")) == reference(suggester, "ёлкка", "ru")
    assert dict(suggester._one_edit("кот" + PLACEHOLDER, "ru")) == reference(suggester, "кот" + PLACEHOLDER, "ru")
    assert "ёлка" in dict(suggester._one_edit("ёлкка", "ru"))


def test_ranked_suggestions_are_the_reference_ones(suggester, monkeypatch):
    fast = {w: suggester._generate(w, "ru") for w in RUSSIAN}
    monkeypatch.setattr(suggester, "_one_edit", lambda w, lang: reference(suggester, w, lang).items())
    assert {w: suggester._generate(w, "ru") for w in RUSSIAN} == fast
    assert fast["првительство"][0].word == "правительство"


def test_at_equal_cost_the_candidate_keeping_the_first_letter_comes_first(suggester):
    found = suggester.candidates("сласындағы", "kk")
    costs = {c.word: c.cost for c in found}
    assert costs["саласындағы"] == costs["аласындағы"]  # a letter inserted, a letter changed
    assert found[0].word == "саласындағы"
