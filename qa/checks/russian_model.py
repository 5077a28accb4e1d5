"""KAZ002 read-with-russian-model: Kazakh text that a Russian OCR model read.

Why: one note is worth more than a hundred word findings: the page should be OCR'd again with
the Kazakh model (Tesseract ``kaz``), or corrected with ``qa fix`` (KAZ001 restores letters).
How: reported once, at the first such paragraph, when Kazakh paragraphs (by vocabulary) carry
under 0.15 Kazakh letters a word (Kazakh prose has about 0.5).
Severity: info (a document-level note).
"""

from ..finding import FixAvailability, Rule, Severity
from .kazakh_letters import russian_read

RULE = Rule("KAZ002", "read-with-russian-model", "kazakh_letters", Severity.INFO,
            "Kazakh text read with a Russian OCR model", FixAvailability.NONE,
            bad={"Олар елде Хулагу эулетине карайтын ильхандар мемлекетин курды жане жылдары басып алды.":
                 "Олар елде Хулагу эулетине карайтын ильхандар мемлекетин курды жане жылдары басып алды."},
            good=("Олар елде Хулагу әулетіне қарайтын ильхандар мемлекетін құрды және жылдары басып алды.",))


def check(doc, lex):
    if "kk" not in lex.languages:
        return
    flags = russian_read(doc, lex)
    hit = [p for p, f in zip(doc.paragraphs, flags, strict=True) if f]
    if hit:
        p = hit[0]
        yield RULE.finding(p.start, p.start, f"{len(hit)} of {len(flags)} paragraphs look like Kazakh read with a "
                                             "Russian OCR model (Kazakh letters missing); re-run OCR with the Kazakh "
                                             "model, or apply qa fix")
