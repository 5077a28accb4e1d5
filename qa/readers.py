"""Readers for the files editors and digitisation pipelines produce.

Each reader returns the text qa checks plus ``Region``s that map spans of it back to where they
came from: the PDF page, the DOCX paragraph, the OCR page, line and word box. Offsets stay code
points into the extracted text. XML is parsed with defusedxml: no external entities, no entity
expansion bombs, no network.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError

MAX_UNZIPPED = 200 * 1024 * 1024  # a DOCX bigger than this unpacked is refused (zip bomb)


@dataclass(frozen=True, slots=True)
class Region:
    start: int
    end: int
    page: int | None = None        # 1-based
    paragraph: int | None = None   # 0-based (DOCX)
    line: int | None = None        # 1-based within the page (OCR formats)
    bbox: tuple[int, int, int, int] | None = None  # x0, y0, x1, y1 in the page's pixels or points


@dataclass
class Extracted:
    text: str
    fmt: str
    regions: list[Region] = field(default_factory=list)


FORMATS = ("text", "pdf", "docx", "hocr", "alto", "page")


def detect_format(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf" or head.startswith(b"%PDF"):
        return "pdf"
    if suffix == ".docx" or head.startswith(b"PK\x03\x04") and (b"word/" in head or b"[Content_Types].xml" in head):
        return "docx"  # (by content too: a zip of an Office document, on standard input say)
    if suffix in (".hocr",) or (suffix in (".html", ".htm", ".xhtml") and b"ocr_page" in head):
        return "hocr"
    if suffix == ".xml" or head.lstrip().startswith(b"<?xml"):
        low = head.lower()
        if b"alto" in low:
            return "alto"
        if b"pagecontent" in low or b"pcgts" in low:
            return "page"
        if b"ocr_page" in low:
            return "hocr"
    return "text"


# ---------------------------------------------------------------------------------------- PDF
def read_pdf(path: Path, data: bytes) -> Extracted:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(f"{path}: reading PDF needs pdfminer.six") from None
    parts: list[str] = []
    regions: list[Region] = []
    pos = 0
    try:
        for pageno, page in enumerate(extract_pages(io.BytesIO(data)), 1):
            start = pos
            for el in page:
                if isinstance(el, LTTextContainer):
                    t = el.get_text()
                    if not t.endswith("\n"):
                        t += "\n"
                    x0, y0, x1, y1 = (round(v) for v in el.bbox)
                    regions.append(Region(pos, pos + len(t), pageno, bbox=(x0, y0, x1, y1)))
                    parts.append(t + "\n")
                    pos += len(t) + 1
            parts.append("\f")
            pos += 1
            regions.append(Region(start, pos, pageno))
    except InputError:
        raise
    except Exception as e:  # pdfminer raises many kinds on broken files
        raise InputError(f"{path}: cannot read PDF ({type(e).__name__})") from None
    text = "".join(parts)
    if not text.strip():
        raise InputError(f"{path}: PDF has no text layer (scanned pages need OCR first)")
    return Extracted(text, "pdf", regions)


# ---------------------------------------------------------------------------------------- DOCX
def read_docx(path: Path, data: bytes) -> Extracted:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
            if total > MAX_UNZIPPED:
                raise InputError(f"{path}: DOCX unpacks to {total // 2**20} MiB; refused as a zip bomb")
            xml = z.read("word/document.xml")
    except zipfile.BadZipFile:
        raise InputError(f"{path}: not a DOCX file (bad zip)") from None
    except KeyError:
        raise InputError(f"{path}: not a DOCX file (no word/document.xml)") from None
    paragraphs = _docx_paragraphs(xml, path)
    parts, regions, pos = [], [], 0
    for i, p in enumerate(paragraphs):
        regions.append(Region(pos, pos + len(p), paragraph=i))
        parts.append(p + "\n\n")
        pos += len(p) + 2
    return Extracted("".join(parts), "docx", regions)


def _docx_paragraphs(xml: bytes, path: Path) -> list[str]:
    """Paragraph texts of word/document.xml, parsed safely (python-docx resolves nothing
    external either, but defusedxml also refuses entity declarations outright)."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        root = ET.fromstring(xml)
    except (DefusedXmlException, ET.ParseError) as e:
        raise InputError(f"{path}: unsafe or broken DOCX XML ({type(e).__name__})") from None
    out = []
    for p in root.iter(f"{ns}p"):
        pieces = []
        for el in p.iter():
            if el.tag == f"{ns}t" and el.text:
                pieces.append(el.text)
            elif el.tag == f"{ns}tab":
                pieces.append("\t")
            elif el.tag in (f"{ns}br", f"{ns}cr"):
                pieces.append("\n")
        out.append("".join(pieces))
    return out


# ---------------------------------------------------------------------------------------- OCR XML
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.S)
_ENTITY_REF = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[\w.-]+;")


def _xml_root(path: Path, data: bytes):
    """Parse OCR XML with defusedxml. A document type declaration (where entities, external ones
    included, are declared) is dropped and references to its entities read as nothing: the text
    is read, and nothing is resolved, fetched or expanded."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        return ET.fromstring(data)
    except DefusedXmlException:
        data = _ENTITY_REF.sub(b"", _DOCTYPE.sub(b"", data, count=1))
        try:
            return ET.fromstring(data)
        except (DefusedXmlException, ET.ParseError) as e:
            raise InputError(f"{path}: XML with entity declarations refused ({type(e).__name__})") from None
    except ET.ParseError as e:
        raise InputError(f"{path}: broken XML ({e})") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _named(elements, name: str):
    """The elements whose tag, namespace aside, is ``name``."""
    return (e for e in elements if _local(e.tag) == name)


class _Builder:
    """Collects words into lines, blocks and pages, with regions."""

    def __init__(self, fmt: str):
        self.fmt = fmt
        self.parts: list[str] = []
        self.regions: list[Region] = []
        self.pos = 0

    def word(self, text: str, page: int, line: int, bbox) -> None:
        self.regions.append(Region(self.pos, self.pos + len(text), page, line=line, bbox=bbox))
        self.parts.append(text)
        self.pos += len(text)

    def sep(self, s: str) -> None:
        if self.parts and not self.parts[-1].endswith(("\n", " ", "\f")) or s in ("\n\n", "\f"):
            self.parts.append(s)
            self.pos += len(s)

    def result(self) -> Extracted:
        return Extracted("".join(self.parts), self.fmt, self.regions)


def read_alto(path: Path, data: bytes) -> Extracted:
    root = _xml_root(path, data)
    b = _Builder("alto")
    page_no = 0
    for page in _named(root.iter(), "Page"):
        page_no += 1
        line_no = 0
        for block in _named(page.iter(), "TextBlock"):
            for line in _named(block.iter(), "TextLine"):
                line_no += 1
                first = True
                for s in line:
                    if _local(s.tag) == "String":
                        if not first:
                            b.sep(" ")
                        first = False
                        x, y = int(float(s.get("HPOS", 0))), int(float(s.get("VPOS", 0)))
                        w, h = int(float(s.get("WIDTH", 0))), int(float(s.get("HEIGHT", 0)))
                        b.word(s.get("CONTENT", ""), page_no, line_no, (x, y, x + w, y + h))
                    elif _local(s.tag) == "HYP":
                        b.word(s.get("CONTENT", "-"), page_no, line_no, None)
                b.sep("\n")
            b.sep("\n")
        b.sep("\f")
    return b.result()


def _points_bbox(points: str | None):
    if not points:
        return None
    try:
        xy = [tuple(int(float(v)) for v in p.split(",")) for p in points.split()]
    except ValueError:
        return None
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    return (min(xs), min(ys), max(xs), max(ys))


def read_page(path: Path, data: bytes) -> Extracted:
    root = _xml_root(path, data)
    b = _Builder("page")

    def unicode_of(el) -> str | None:
        for te in _named(el, "TextEquiv"):
            for u in _named(te, "Unicode"):
                return u.text or ""
        return None

    def coords(el):
        for c in _named(el, "Coords"):
            return _points_bbox(c.get("points"))
        return None

    page_no = 0
    for page in _named(root.iter(), "Page"):
        page_no += 1
        line_no = 0
        for region in _named(page.iter(), "TextRegion"):
            for line in _named(region, "TextLine"):
                line_no += 1
                words = list(_named(line, "Word"))
                if words:
                    for i, w in enumerate(words):
                        if i:
                            b.sep(" ")
                        b.word(unicode_of(w) or "", page_no, line_no, coords(w))
                else:
                    b.word(unicode_of(line) or "", page_no, line_no, coords(line))
                b.sep("\n")
            b.sep("\n")
        b.sep("\f")
    return b.result()


class _HocrParser(HTMLParser):
    def __init__(self, b: _Builder):
        super().__init__(convert_charrefs=True)
        self.b = b
        self.page = 0
        self.line = 0
        self.stack: list[str] = []
        self.word_bbox = None
        self.word_text: list[str] | None = None

    @staticmethod
    def _bbox(title: str | None):
        for part in (title or "").split(";"):
            part = part.strip()
            if part.startswith("bbox "):
                try:
                    x0, y0, x1, y1 = (int(v) for v in part[5:].split()[:4])
                    return (x0, y0, x1, y1)
                except ValueError:
                    return None
        return None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        self.stack.append(" ".join(sorted(cls)))
        if "ocr_page" in cls:
            self.page += 1
            self.line = 0
        elif cls & {"ocr_line", "ocrx_line", "ocr_textfloat", "ocr_header", "ocr_caption"}:
            self.line += 1
            self.b.sep("\n")
        elif cls & {"ocr_par", "ocr_carea"}:
            self.b.sep("\n")
        elif "ocrx_word" in cls:
            self.b.sep(" ")
            self.word_bbox = self._bbox(a.get("title"))
            self.word_text = []

    def handle_endtag(self, tag):
        cls = self.stack.pop() if self.stack else ""
        if "ocrx_word" in cls.split() and self.word_text is not None:
            self.b.word("".join(self.word_text).strip(), self.page, self.line, self.word_bbox)
            self.word_text = None
        elif "ocr_page" in cls.split():
            self.b.sep("\f")
        elif "ocr_par" in cls.split():
            self.b.sep("\n\n")

    def handle_data(self, data):
        if self.word_text is not None:
            self.word_text.append(data)


def read_hocr(path: Path, data: bytes) -> Extracted:
    # the standard library's HTML parser resolves no entities beyond HTML's own and fetches nothing
    b = _Builder("hocr")
    parser = _HocrParser(b)
    try:
        parser.feed(data.decode("utf-8", errors="replace"))
        parser.close()
    except Exception as e:  # malformed markup
        raise InputError(f"{path}: cannot read hOCR ({type(e).__name__})") from None
    return b.result()


def read(path: Path, data: bytes, fmt: str | None = None) -> Extracted | None:
    """Extracted text for structured formats; None for plain text (decoded by the caller)."""
    fmt = fmt or detect_format(path, data[:4096])
    if fmt == "text":
        return None
    # (from the bytes already read: the path may be standard input, and is read once)
    if fmt == "pdf":
        return read_pdf(path, data)
    if fmt == "docx":
        return read_docx(path, data)
    if fmt == "alto":
        return read_alto(path, data)
    if fmt == "page":
        return read_page(path, data)
    if fmt == "hocr":
        return read_hocr(path, data)
    raise InputError(f"{path}: unknown input format {fmt!r} (use {', '.join(FORMATS)})")
