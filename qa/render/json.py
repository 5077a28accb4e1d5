"""JSON output, versioned. The contract (``../shared/eval/qa_eval.py``): ``{"files": [{"path",
"findings": [{"start", "end", "category", "severity", "rule", "message", "suggestions"}]}]}``;
offsets are code points into the file's text, end exclusive. Line/column fields are 1-based
and derived at render time.
"""

from __future__ import annotations

import json

SCHEMA_VERSION = 1


def finding_dict(doc, f) -> dict:
    line, col = doc.line_col(f.start)
    end_line, end_col = doc.line_col(f.end)
    d = {
        "rule": f.rule, "category": f.category, "severity": str(f.severity),
        "start": f.start, "end": f.end, "line": line, "column": col, "end_line": end_line, "end_column": end_col,
        "text": doc.text[f.start:f.end], "message": f.message, "suggestions": list(f.suggestions),
        "fix": None,
    }
    region = doc.region_at(f.start) if doc.regions else None
    if region is not None:
        for key in ("page", "paragraph", "line"):
            value = getattr(region, key)
            if value is not None:
                d["source_" + key if key == "line" else key] = value
        if region.bbox is not None:
            d["bbox"] = list(region.bbox)
    if f.fix is not None:
        d["fix"] = {"safety": f.fix.safety.value, "title": f.fix.title,
                    "edits": [{"start": e.start, "end": e.end, "text": e.text} for e in f.fix.edits]}
    return d


def file_dict(r) -> dict:
    if r.error:
        return {"path": r.path, "error": r.error, "findings": []}
    return {"path": r.path, "format": r.document.source_format, "encoding": r.document.encoding,
            "words": r.document.word_count,
            "findings": [finding_dict(r.document, f) for f in r.findings]}


def render(results, stream, **_):
    """One finding a line: readable, diffable, and written by json's C encoder (an indented
    dump goes through its Python one, ten times slower on a volume)."""
    def dumps(obj) -> str:
        return json.dumps(obj, ensure_ascii=False)

    stream.write(f'{{"version": {dumps(SCHEMA_VERSION)}, "tool": "qa", "files": [')
    for i, r in enumerate(results):
        d = file_dict(r)
        findings = d.pop("findings")
        head = dumps(d)[:-1]
        stream.write(("," if i else "") + f"\n {head}, \"findings\": [")
        stream.write(",".join(f"\n  {dumps(f)}" for f in findings))
        stream.write("\n ]}" if findings else "]}")
    stream.write("\n]}\n")
