import codecs

import pytest

from qa.decoding import decode
from qa.document import Document
from qa.errors import InputError

KK = "Қазақстан Республикасы өзін демократиялық мемлекет ретінде орнықтырады."
RU = "Правительство создало все предпосылки образования нового государства."


@pytest.mark.parametrize("data,enc", [
    (KK.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + KK.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + KK.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + KK.encode("utf-16-be"), "utf-16-be-bom"),
    (KK.encode("utf-16-le"), "utf-16-le"),
    (RU.encode("cp1251"), "cp1251"),
    (RU.encode("koi8-r"), "koi8-r"),
])
def test_decoding(data, enc):
    d = decode(data)
    assert d.encoding == enc
    assert d.text in (KK, RU)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    bytes(range(256)) * 4,
    b"abc\x00def\x00\x01\x02\x03",
])
def test_binary_refused(data):
    with pytest.raises(InputError, match="binary|not valid"):
        decode(data, "x.bin")


def test_line_col_with_crlf_and_cr():
    doc = Document("аб\r\nвг\rде\nж")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(4) == (2, 1)
    assert doc.line_col(7) == (3, 1)
    assert doc.line_col(10) == (4, 1)
    assert doc.line_span(2) == (4, 6)
    assert doc.text == "аб\r\nвг\rде\nж"  # never normalised


def kinds(text):
    return [(t.text, t.kind) for t in Document(text).tokens]


def test_tokenizer_protects_urls_emails_initials_numbers():
    toks = kinds("Л.Н.Гумилев zh.sayash@gmail.com http://adilet.zan.kz/kaz. 1-бабына 10-летию Қ.Ә. XXI ғасыр")
    assert ("Л.Н.", "initials") in toks
    assert ("Гумилев", "word") in toks
    assert ("zh.sayash@gmail.com", "email") in toks
    assert ("http://adilet.zan.kz/kaz", "url") in toks
    assert ("1-бабына", "numsuffix") in toks
    assert ("10-летию", "numsuffix") in toks
    assert ("Қ.Ә.", "initials") in toks
    assert ("XXI", "roman") in toks


def test_tokenizer_keeps_inner_hyphen_and_apostrophe():
    toks = kinds("іс-қимыл политико-правовой O'Brien ҚазҰУ-дың")
    assert [t for t, _ in toks] == ["іс-қимыл", "политико-правовой", "O'Brien", "ҚазҰУ-дың"]


def test_mixed_script_word_is_one_token():
    assert kinds("тoлған") == [("тoлған", "word")]


def test_languages_per_token_and_paragraph():
    doc = Document(f"{RU} {RU}\n\n{KK} {KK}\n\nThe court shall decide.")
    langs = {t.text: t.lang for t in doc.words}
    assert langs["Правительство"] == "ru"
    assert langs["мемлекет"] == "kk"  # no Kazakh letter itself, Kazakh by its neighbours
    assert langs["court"] == "en"
    assert [p.lang for p in doc.paragraphs] == ["ru", "kk", "en"]
