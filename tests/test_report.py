"""HTML reports: self-contained, escaped, every finding highlighted; volume index."""

import json
import re
from pathlib import Path

from qa.api import check_document, load_document
from qa.cli import run
from qa.document import Document
from qa.report import quality_score, segments, word_diff

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "sample-paper.txt"


def _data(html: str) -> dict:
    m = re.search(r'<script id="qa-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_report_has_every_finding_and_no_external_resources(tmp_path):
    assert run(["report", str(SAMPLE), "-o", str(tmp_path)]) == 0
    html = (tmp_path / "sample-paper.html").read_text(encoding="utf-8")
    data = _data(html)
    findings = check_document(load_document(SAMPLE))
    assert len(data["findings"]) == len(findings) > 0
    marked = {int(i) for ids in re.findall(r'<mark data-ids="([\d ]+)"', html) for i in ids.split()}
    assert marked == set(range(len(findings)))
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "<svg" in html and "@media print" in html
    assert not (tmp_path / "index.html").exists()  # one paper: no index


def test_document_text_is_escaped(tmp_path):
    p = tmp_path / "evil.txt"
    p.write_text('Мәтін <script>alert("x")</script> , және </script><img src=x onerror=alert(1)> соңы.\n',
                 encoding="utf-8")
    assert run(["report", str(p), "-o", str(tmp_path / "r")]) == 0
    html = (tmp_path / "r" / "evil.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in html
    data = _data(html)  # the embedded JSON cannot close its script element early
    assert "<script>" in data["text"]
    assert html.count("</script>") == 2


def test_volume_index(tmp_path):
    vol = tmp_path / "vol"
    vol.mkdir()
    (vol / "a.txt").write_text("Бірінші мақала , қатемен.\n", encoding="utf-8")
    (vol / "b.txt").write_text("Екінші мақала таза.\n", encoding="utf-8")
    out = tmp_path / "reports"
    assert run(["report", str(vol), "-o", str(out)]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="a.html"' in index and 'href="b.html"' in index
    rows = re.findall(r'<tr data-name="([^"]+)"', index)
    assert rows == ["a.txt", "b.txt"]  # most errors per 1,000 words first


def test_report_bad_input_and_unwritable_folder(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 20)
    assert run(["report", str(bad), "-o", str(tmp_path / "r")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert run(["report", str(SAMPLE), "-o", str(blocker / "sub")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: ") and "Traceback" not in err


def test_segments_cover_text_and_zero_width():
    from qa.finding import Finding, Severity
    fs = [Finding("SPC001", "spacing", Severity.ERROR, 2, 5, "m"), Finding("SPC003", "spacing", Severity.INFO, 4, 7, "n"),
          Finding("KAZ002", "kazakh_letters", Severity.INFO, 0, 0, "z")]
    segs = segments("abcdefghij", fs)
    assert "".join(s["text"] for s in segs) == "abcdefghij"
    assert [s["ids"] for s in segs if s["text"] == "e"] == [[0, 1]]
    assert any(s["ids"] == [2] and s["text"] == "" for s in segs)


def test_word_diff_marks_changes():
    d = word_diff("сөз , сөз", "сөз, сөз")
    assert "".join(x["a"] for x in d) == "сөз , сөз" and "".join(x["b"] for x in d) == "сөз, сөз"
    assert any(x["op"] != "equal" for x in d)


def test_quality_score_counts_unknown_words_once():
    from qa.finding import Finding, Severity
    doc = Document("Судьялар абсалюттік құқықтары мен мүдделерін қорғайды.")
    assert quality_score(doc, []) == 1.0
    word = [Finding("SPL001", "misspelling", Severity.ERROR, 9, 19, "m"),
            Finding("HOM001", "homoglyph", Severity.ERROR, 9, 19, "h")]  # one word, two findings
    other = [Finding("SPC001", "spacing", Severity.ERROR, 0, 1, "s"),
             Finding("KAZ002", "kazakh_letters", Severity.INFO, 0, 0, "document note")]
    assert quality_score(doc, word + other) == 1 - 1 / 6
    checked = check_document(Document("Заңның нориативтік сипаты туралы айтылды."))
    assert quality_score(Document("Заңның нориативтік сипаты туралы айтылды."), checked) == 1 - 1 / 5
