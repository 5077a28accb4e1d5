"""HTML correction reports: one self-contained page per paper and an index for a volume.

The templates (``qa/templates``) receive plain data — never pre-built HTML — and Jinja2
escapes every piece of document text. Findings and fixes travel to the page's script as JSON
(``|tojson``), which applies the accepted fixes in the browser exactly as ``qa fix`` does: edits
sorted by position, an edit overlapping an earlier one skipped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import regex
from jinja2 import Environment, PackageLoader, select_autoescape
from rapidfuzz.distance import Levenshtein

from . import __version__
from .fileio import is_stdin, write_atomic
from .finding import Safety
from .fixer import select_edits
from .render.json import finding_dict

CATEGORY_COLOURS = {
    "misspelling": "#d62728", "glued_word": "#9467bd", "real_word": "#e377c2", "homoglyph": "#ff7f0e",
    "hyphenation": "#17becf", "spacing": "#1f77b4", "punctuation": "#8c564b", "dash": "#7f7f7f",
    "quotes": "#bcbd22", "artifact": "#2ca02c", "case": "#aec7e8", "kazakh_letters": "#ff9896",
    "citation": "#c5b0d5", "vocabulary": "#c49c94",
}
_WORDS = regex.compile(r"\S+\s*|\s+")


@dataclass
class PaperReport:
    path: str
    name: str
    html_name: str
    words: int
    findings: int
    errors: int
    per_1000: float
    quality: float


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("qa", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["colours"] = CATEGORY_COLOURS
    return env


def segments(text: str, findings) -> list[dict]:
    """The text cut at every finding boundary: [{"text", "ids"}], each piece with the findings
    covering it; a finding of zero width gets an empty piece of its own, so every finding shows.
    One sweep over the sorted boundaries: linear in text and findings, not their product."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    zero: dict[int, list[int]] = {}
    cuts = {0, len(text)}
    for i, f in enumerate(findings):
        if f.start == f.end:
            zero.setdefault(f.start, []).append(i)
        else:
            starts.setdefault(f.start, []).append(i)
            ends.setdefault(f.end, []).append(i)
        cuts.add(f.start)
        cuts.add(f.end)
    bounds = sorted(cuts)
    out: list[dict] = []
    open_ids: set[int] = set()
    for a, b in zip(bounds, bounds[1:], strict=False):
        open_ids.difference_update(ends.get(a, ()))
        open_ids.update(starts.get(a, ()))
        for i in zero.pop(a, []):
            out.append({"text": "", "ids": [i]})
        out.append({"text": text[a:b], "ids": sorted(open_ids)})
    for pos in sorted(zero):
        for i in zero[pos]:
            out.append({"text": "", "ids": [i]})
    return out


def word_diff(a: str, b: str) -> list[dict]:
    """Word-level alignment of original and fixed text: [{"op", "a", "b"}] (op: equal, replace,
    delete, insert), as dinglehopper aligns OCR with ground truth. Lines are matched first and
    only changed runs of lines are aligned word by word, so a long paper costs little more than
    its changes."""
    la, lb = a.splitlines(keepends=True), b.splitlines(keepends=True)
    out: list[dict] = []
    for op, i1, i2, j1, j2 in Levenshtein.opcodes(la, lb):
        if op == "equal":
            out.append({"op": "equal", "a": "".join(la[i1:i2]), "b": "".join(lb[j1:j2])})
            continue
        ta, tb = _WORDS.findall("".join(la[i1:i2])), _WORDS.findall("".join(lb[j1:j2]))
        for o in Levenshtein.opcodes(ta, tb):
            out.append({"op": o.tag, "a": "".join(ta[o.src_start:o.src_end]),
                        "b": "".join(tb[o.dest_start:o.dest_end])})
    return out


UNKNOWN_WORD_CATEGORIES = frozenset({"misspelling", "glued_word", "kazakh_letters", "homoglyph"})


def quality_score(doc, findings) -> float:
    """Share of the words the lexicon knows (no gold needed): every word it does not know has a
    finding of one of ``UNKNOWN_WORD_CATEGORIES`` (info for names), so the findings already
    counted them — no second pass over a volume's words."""
    unknown = len({(f.start, f.end) for f in findings if f.category in UNKNOWN_WORD_CATEGORIES and f.end > f.start})
    return max(0.0, 1.0 - unknown / doc.word_count) if doc.word_count else 1.0


def render_paper(doc, findings, fixed_text: str, out_dir: Path, html_name: str) -> PaperReport:
    env = _environment()
    cats = Counter(f.category for f in findings)
    sevs = Counter(str(f.severity) for f in findings)
    errors = sevs.get("error", 0)
    per_1000 = 1000 * errors / max(1, doc.word_count)
    chosen, _ = select_edits(findings, "safe")
    safe_ids = {id(f) for f, _ in chosen}
    data = []
    for i, f in enumerate(findings):
        d = finding_dict(doc, f)
        d["id"] = i
        d["safe_selected"] = id(f) in safe_ids
        data.append(d)
    quality = quality_score(doc, findings)
    page = env.get_template("report.html.j2").render(
        version=__version__, path=doc.path, name=Path(doc.path).name, text=doc.text, words=doc.word_count,
        findings=data, segments=segments(doc.text, findings), diff=word_diff(doc.text, fixed_text),
        fixed_text=fixed_text, categories=sorted(cats.items(), key=lambda kv: -kv[1]), severities=sevs,
        errors=errors, per_1000=per_1000, quality=quality,
        max_cat=max(cats.values(), default=1), safe=Safety.SAFE.value)
    _write(out_dir / html_name, page)
    return PaperReport(doc.path, Path(doc.path).name, html_name, doc.word_count, len(findings), errors, per_1000,
                       quality)


def render_index(papers: list[PaperReport], out_dir: Path) -> None:
    env = _environment()
    page = env.get_template("index.html.j2").render(
        version=__version__, papers=sorted(papers, key=lambda p: -p.per_1000),
        max_rate=max((p.per_1000 for p in papers), default=1.0) or 1.0,
        words=sum(p.words for p in papers), findings=sum(p.findings for p in papers))
    _write(out_dir / "index.html", page)


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, lambda fh: fh.write(content))


def html_name_for(path: str, taken: set[str]) -> str:
    stem = "stdin" if is_stdin(path) else regex.sub(r"[^\w.-]+", "_", Path(path).stem) or "paper"
    name = f"{stem}.html"
    n = 2
    while name in taken or name == "index.html":
        name = f"{stem}-{n}.html"
        n += 1
    taken.add(name)
    return name


__all__ = ["render_paper", "render_index", "segments", "word_diff", "quality_score", "html_name_for"]
