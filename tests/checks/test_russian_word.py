"""RWE002: a Russian word, unknown to Kazakh, in Kazakh text a Russian OCR model read."""

import pytest

from qa.api import check_document
from qa.config import Config
from qa.document import Document
from qa.lexicon import Lexicon

RUSSIAN_READ = ("Олар елде Хулагу эулетине карайтын мемлекетин курды жане сол кезде шине кирди. "
                "Ол блум алу ушин келди деп еду.\n")
KAZAKH = ("Олар елде Хулагу әулетіне қарайтын мемлекетін құрды және сол кезде шине кірді. "
          "Ол блум алу үшін келді деп еду.\n")


def _rwe(text, **kw):
    cfg = Config(select=("RWE002",), **kw)
    return [f for f in check_document(Document(text, russian_ocr=cfg.russian_ocr), cfg) if f.rule == "RWE002"]


def test_russian_words_in_text_a_russian_model_read_get_their_kazakh_readings():
    found = {RUSSIAN_READ[f.start:f.end]: f for f in _rwe(RUSSIAN_READ)}
    assert set(found) == {"шине", "блум", "еду"}
    # the letters a Russian model drops or misreads come back first: ішіне, білім, еді
    assert [found[w].suggestions[0] for w in ("шине", "блум", "еду")] == ["ішіне", "білім", "еді"]
    assert all(str(f.severity) == "warning" and f.category == "real_word" for f in found.values())
    assert all(f.fix is not None and f.fix.safety.value == "unsafe" for f in found.values())


def test_the_same_words_in_kazakh_prose_are_left_alone():
    # a Kazakh paragraph with its letters is no Russian model's reading: a Russian word there is
    # a quotation the editor wrote
    assert _rwe(KAZAKH) == []


def test_the_russian_ocr_setting_decides_too():
    assert _rwe(RUSSIAN_READ, russian_ocr=False) == []
    assert {KAZAKH[f.start:f.end] for f in _rwe(KAZAKH, russian_ocr=True)} == {"шине", "блум", "еду"}


@pytest.mark.parametrize("word", ["см", "кг"])
def test_units_are_skipped(word):
    # Russian accepts them, Kazakh does not, and Kazakh words are near (ем, кт): only the unit
    # rule of SPL001's ``skip`` keeps them out
    lex = Lexicon()
    assert lex.is_valid(word, "ru") and not lex.is_valid(word, "kk") and lex.suggester.candidates(word, "kk")
    text = RUSSIAN_READ.replace("шине кирди", f"5 {word} кирди")
    assert word not in {text[f.start:f.end] for f in _rwe(text)}


def test_a_word_the_user_accepts_is_not_reported(tmp_path):
    accept = tmp_path / "accept.txt"
    accept.write_text("шине\n", encoding="utf-8")
    cfg = Config(select=("RWE002",), accept=(accept,))
    lex = Lexicon(cfg.languages, (accept,))
    found = [RUSSIAN_READ[f.start:f.end] for f in check_document(Document(RUSSIAN_READ), cfg, lex)]
    assert "шине" not in found and "блум" in found


def test_a_word_no_kazakh_word_is_near_is_a_quotation():
    # "здравствуйте" has no Kazakh word one edit or a few confusions away
    text = RUSSIAN_READ.replace("шине", "здравствуйте")
    assert "здравствуйте" not in {text[f.start:f.end] for f in _rwe(text)}
