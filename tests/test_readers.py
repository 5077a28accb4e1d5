"""Readers: PDF (page numbers), DOCX (paragraph indices), hOCR, ALTO and PAGE (page, line, word
boxes), all generated here; XML is read without resolving entities; qa score agrees with jiwer."""

import json
from pathlib import Path

import jiwer
import pytest

from qa.api import check_document, load_document
from qa.cli import run
from qa.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "samples" / "sample-paper.txt").read_text(encoding="utf-8")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
WORD_RULES = {"SPL001", "GLU001", "HOM001", "KAZ001"}


def paragraphs(text):
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def make_pdf(path: Path, pages: list[list[str]]):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    assert FONT.exists(), "fonts-dejavu-core is needed (make test installs it)"
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        c.setFont("DejaVu", 10)
        y = 800
        for line in lines:
            c.drawString(40, y, line)
            y -= 30  # wide spacing: every line its own text box
        c.showPage()
    c.save()


def word_findings(doc):
    return sorted((f.rule, doc.text[f.start:f.end]) for f in check_document(doc) if f.rule in WORD_RULES)


SEED = ROOT.parent / "shared" / "corpus" / "dev" / "seed-alash-sot" / "raw.txt"
PAPERS = [pytest.param(SAMPLE, id="sample"), pytest.param(
    SEED.read_text(encoding="utf-8") if SEED.exists() else "", id="seed",
    marks=pytest.mark.skipif(not SEED.exists(), reason="the shared seed paper is not beside this checkout"))]


@pytest.mark.parametrize("source", PAPERS)
def test_pdf_same_word_findings_with_pages(tmp_path, source):
    paras = paragraphs(source)
    half = len(paras) // 2
    pdf = tmp_path / "paper.pdf"
    make_pdf(pdf, [paras[:half], paras[half:]])
    txt = tmp_path / "paper.txt"
    txt.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    doc_pdf, doc_txt = load_document(pdf), load_document(txt)
    assert doc_pdf.source_format == "pdf"
    assert word_findings(doc_pdf) == word_findings(doc_txt)
    # every finding knows its page: the first half of the paragraphs went to page 1, the rest to page 2
    first_half, second_half = " ".join(paras[:half]), " ".join(paras[half:])
    checked = 0
    for f in check_document(doc_pdf):
        words = doc_pdf.text[f.start:f.end].split()
        if not words or (words[0] in first_half) == (words[0] in second_half):
            continue  # empty, or its first word is on both pages
        assert doc_pdf.region_at(f.start).page == (1 if words[0] in first_half else 2), words
        checked += 1
    assert checked >= 2


def test_pdf_page_in_json(tmp_path, capsys):
    pdf = tmp_path / "p.pdf"
    make_pdf(pdf, [["Бірінші бет таза мәтін."], ["Екінші бетте қате , бар."]])
    assert run(["check", "--format", "json", str(pdf)]) == 1
    f = json.loads(capsys.readouterr().out)["files"][0]
    assert f["format"] == "pdf"
    assert [x["page"] for x in f["findings"] if x["rule"] == "SPC001"] == [2]


@pytest.mark.parametrize("source", PAPERS)
def test_docx_same_word_findings_with_paragraph_index(tmp_path, capsys, source):
    import docx

    paras = paragraphs(source)
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    path = tmp_path / "paper.docx"
    d.save(path)
    txt = tmp_path / "paper.txt"
    txt.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    assert word_findings(load_document(path)) == word_findings(load_document(txt))
    assert run(["check", "--format", "json", str(path)]) == 1
    found = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    for x in found:
        words = x["text"].split()
        if words:  # a finding starts in the paragraph it is mapped to
            assert paras[x["paragraph"]].find(words[0]) >= 0, x


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class="ocr_page" title="bbox 0 0 1000 1400">
 <p class="ocr_par"><span class="ocr_line" title="bbox 10 10 900 40">
  <span class="ocrx_word" title="bbox 10 10 120 40; x_wconf 90">Балалар</span>
  <span class="ocrx_word" title="bbox 130 10 240 40; x_wconf 50">тoлған</span>
  <span class="ocrx_word" title="bbox 250 10 300 40">үйде</span></span>
 <span class="ocr_line" title="bbox 10 50 900 80"><span class="ocrx_word" title="bbox 10 50 200 80">ойнады.</span></span></p>
</div></body></html>"""

ALTO = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="p1"><PrintSpace>
<TextBlock><TextLine><String CONTENT="Балалар" HPOS="10" VPOS="10" WIDTH="110" HEIGHT="30"/><SP/>
<String CONTENT="тoлған" HPOS="130" VPOS="10" WIDTH="110" HEIGHT="30"/><SP/><String CONTENT="үйде" HPOS="250" VPOS="10" WIDTH="50" HEIGHT="30"/></TextLine>
<TextLine><String CONTENT="ойнады." HPOS="10" VPOS="50" WIDTH="190" HEIGHT="30"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>"""

PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageFilename="p.png">
<TextRegion id="r1"><TextLine id="l1"><Coords points="10,10 900,10 900,40 10,40"/>
<Word id="w1"><Coords points="10,10 120,10 120,40 10,40"/><TextEquiv><Unicode>Балалар</Unicode></TextEquiv></Word>
<Word id="w2"><Coords points="130,10 240,10 240,40 130,40"/><TextEquiv><Unicode>тoлған</Unicode></TextEquiv></Word>
<Word id="w3"><Coords points="250,10 300,10 300,40 250,40"/><TextEquiv><Unicode>үйде</Unicode></TextEquiv></Word></TextLine>
<TextLine id="l2"><Coords points="10,50 200,50 200,80 10,80"/><TextEquiv><Unicode>ойнады.</Unicode></TextEquiv></TextLine>
</TextRegion></Page></PcGts>"""


@pytest.mark.parametrize("name,content,fmt", [("p.hocr", HOCR, "hocr"), ("p.xml", ALTO, "alto"),
                                              ("page.xml", PAGE, "page")])
def test_ocr_formats_give_coordinates(tmp_path, capsys, name, content, fmt):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    doc = load_document(p)
    assert doc.source_format == fmt
    assert " ".join(doc.text.split()) == "Балалар тoлған үйде ойнады."
    assert run(["check", "--format", "json", str(p)]) == 1
    f = json.loads(capsys.readouterr().out)["files"][0]
    hom = [x for x in f["findings"] if x["rule"] == "HOM001"]
    assert len(hom) == 1 and hom[0]["text"] == "тoлған"
    assert hom[0]["page"] == 1 and hom[0]["source_line"] == 1 and hom[0]["bbox"] == [130, 10, 240, 40]


XXE = """<?xml version="1.0"?>
<!DOCTYPE alto [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page><PrintSpace><TextBlock><TextLine>
<String CONTENT="Мәтін"/><SP/><String CONTENT="&xxe;"/><SP/><String CONTENT="соңы"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>"""

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page><PrintSpace><TextBlock><TextLine>
<String CONTENT="&lol9;"/><SP/><String CONTENT="мәтін"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>"""


def test_xxe_not_resolved(tmp_path, capsys):
    p = tmp_path / "xxe.xml"
    p.write_text(XXE, encoding="utf-8")
    doc = load_document(p)
    assert "root:" not in doc.text and " ".join(doc.text.split()) == "Мәтін соңы"
    assert run(["check", "--format", "json", str(p)]) in (0, 1)
    assert "root:" not in capsys.readouterr().out


def test_billion_laughs_not_expanded(tmp_path):
    p = tmp_path / "lol.xml"
    p.write_text(LAUGHS, encoding="utf-8")
    doc = load_document(p)
    assert "lol" not in doc.text and len(doc.text) < 100


def test_docx_zip_bomb_and_broken(tmp_path, capsys, monkeypatch):
    import zipfile

    import qa.readers as readers
    monkeypatch.setattr(readers, "MAX_UNZIPPED", 1000)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<a>" + "x" * 100_000 + "</a>")
    assert run(["check", str(bomb)]) == 2
    assert "zip bomb" in capsys.readouterr().err
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert run(["check", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: ") and err.count("\n") == 1


def test_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas
    p = tmp_path / "empty.pdf"
    c = canvas.Canvas(str(p))
    c.line(10, 10, 100, 100)
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer"):
        load_document(p)


def test_fix_of_pdf_writes_text(tmp_path):
    pdf = tmp_path / "p.pdf"
    make_pdf(pdf, [["Қате , бар."]])
    out = tmp_path / "out"
    assert run(["fix", str(pdf), "--output-dir", str(out)]) == 0
    assert "Қате, бар." in (out / "p.txt").read_text(encoding="utf-8")
    assert run(["fix", str(pdf), "--in-place"]) == 2


def test_score_agrees_with_jiwer(tmp_path, capsys):
    pairs = [("Қазақстан Республикасы өзін демократиялық мемлекет ретінде.",
              "Казакстан Республикасы озин демократиялык мемлекет ретинде."),
             ("Правительство Алаш-Орды создало все предпосылки.", "Правительство Алаш Орды создало все предпосылкн.")]
    gold, hyp = tmp_path / "gold", tmp_path / "hyp"
    gold.mkdir()
    hyp.mkdir()
    for i, (g, h) in enumerate(pairs):
        (gold / f"{i}.txt").write_text(g + "\n", encoding="utf-8")
        (hyp / f"{i}.txt").write_text(h + "\n", encoding="utf-8")
    html = tmp_path / "score.html"
    assert run(["score", "--reference", str(gold), str(hyp), "--format", "json", "--html", str(html)]) == 0
    got = json.loads(capsys.readouterr().out)["pairs"]
    for (g, h), s in zip(pairs, got, strict=True):
        assert abs(s["cer"] - jiwer.cer(g, h)) < 1e-9
        assert abs(s["wer"] - jiwer.wer(g, h)) < 1e-9
        assert abs(s["mer"] - jiwer.mer(g, h)) < 1e-9
    page = html.read_text(encoding="utf-8")
    assert 'class="replace"' in page and "Республикасы" in page


SHARED_PAIRS = ROOT.parent / "shared" / "corpus" / "dev" / "ocr" / "pairs.jsonl"


@pytest.mark.skipif(not SHARED_PAIRS.exists(), reason="the shared OCR set is not beside this checkout")
def test_score_agrees_with_jiwer_on_dev_ocr(tmp_path, capsys):
    recs = [json.loads(line) for line in SHARED_PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold, hyp = tmp_path / "gold", tmp_path / "hyp"
    gold.mkdir()
    hyp.mkdir()
    for r in recs:
        (gold / f"{r['id']}.txt").write_text(r["gold"], encoding="utf-8")
        (hyp / f"{r['id']}.txt").write_text(r["ocr"], encoding="utf-8")
    assert run(["score", "--reference", str(gold), str(hyp), "--format", "json"]) == 0
    got = {Path(s["hypothesis"]).stem: s for s in json.loads(capsys.readouterr().out)["pairs"]}
    assert len(got) == len(recs)
    for r in recs:
        g, h = " ".join(r["gold"].split()), " ".join(r["ocr"].split())
        assert abs(got[r["id"]]["cer"] - jiwer.cer(g, h)) < 1e-9
        assert abs(got[r["id"]]["wer"] - jiwer.wer(g, h)) < 1e-9


def test_score_bad_input(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text("x", encoding="utf-8")
    assert run(["score", "--reference", str(a), str(tmp_path)]) == 2
    assert "two files or two folders" in capsys.readouterr().err


def test_pdf_and_docx_on_standard_input(tmp_path, capsys, stdin):
    import docx

    pdf = tmp_path / "p.pdf"
    make_pdf(pdf, [["Бірінші бет таза мәтін."], ["Екінші бетте қате , бар."]])
    d = docx.Document()
    d.add_paragraph("Бұл мәтінде қате , бар.")
    path = tmp_path / "p.docx"
    d.save(path)
    for source, fmt in ((pdf, "pdf"), (path, "docx")):
        stdin(source.read_bytes())
        assert run(["check", "--format", "json", "-"]) == 1
        f = json.loads(capsys.readouterr().out)["files"][0]
        assert (f["path"], f["format"]) == ("-", fmt)
        assert [x["rule"] for x in f["findings"]] == ["SPC001"]
