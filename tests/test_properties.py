"""Properties over arbitrary Unicode text (hypothesis, 500 examples each in CI): findings lie
inside the text with line/column agreeing with offsets, fix edits never overlap, fixing is
idempotent, and no check raises."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.api import check_document, fix_document
from qa.document import Document
from qa.fixer import select_edits

EXAMPLES = int(os.environ.get("QA_HYPOTHESIS_EXAMPLES", "500"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text that looks like proceedings often enough to reach the rules, and arbitrary Unicode too
PIECES = st.sampled_from(["сот", "мемлекет", "Қазақстан", "тoлған", "пар-\n", "ламентской", " , ", ". ", "  ",
                          "меністерді", "-", " - ", "«", "»", "“", "”", '"', "[4]", "\n\n", "\r\n", "ХХI", "1-бабына",
                          "mailto:a@b.kz", "\f", "\u00ad", "\u200b", "ﬁ", "заключениеможно", "ЕҰУ", "т.б.", "!", "1"])
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join))


@SETTINGS
@given(TEXT)
def test_findings_inside_text_and_positions_agree(text):
    doc = Document(text)
    for f in check_document(doc):
        assert 0 <= f.start <= f.end <= len(text)
        line, col = doc.line_col(f.start)
        s, _ = doc.line_span(line)
        assert s + col - 1 == f.start
        for e in (f.fix.edits if f.fix else ()):
            assert 0 <= e.start <= e.end <= len(text)


@SETTINGS
@given(TEXT)
def test_chosen_edits_never_overlap(text):
    chosen, _ = select_edits(check_document(Document(text)), "all")
    edits = sorted((e for _, es in chosen for e in es), key=lambda e: (e.start, e.end))
    for a, b in zip(edits, edits[1:], strict=False):
        assert a.end <= b.start
        assert not (a.start == a.end == b.start == b.end)


@SETTINGS
@given(TEXT)
def test_fix_is_idempotent(text):
    once = fix_document(Document(text)).text
    assert fix_document(Document(once)).text == once
