"""SARIF 2.1.0: every rule in ``tool.driver.rules``, results with region and fixes.

Columns and character offsets count Unicode code points (``columnKind: unicodeCodePoints``),
the same offsets as everywhere in qa.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..checks import REGISTRY

LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return Path(path).as_posix()


def _region(doc, start: int, end: int) -> dict:
    line, col = doc.line_col(start)
    end_line, end_col = doc.line_col(end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
            "charOffset": start, "charLength": end - start}


def rule_descriptors() -> tuple[list[dict], dict[str, int]]:
    rules, index = [], {}
    for i, (rid, chk) in enumerate(REGISTRY.items()):
        r = chk.rule
        index[rid] = i
        rules.append({
            "id": rid, "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.doc.split("\n", 1)[0]},
            "help": {"text": r.doc},
            "defaultConfiguration": {"level": LEVEL[str(r.severity)], "enabled": r.default_enabled},
            "properties": {"category": r.category, "fix": r.fix.value},
        })
    return rules, index


def result(r, f, index) -> dict:
    doc = r.document
    res = {
        "ruleId": f.rule, "ruleIndex": index[f.rule], "level": LEVEL[str(f.severity)],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(r.path)},
            "region": {**_region(doc, f.start, f.end), "snippet": {"text": doc.text[f.start:f.end]}}}}],
        "properties": {"category": f.category, "suggestions": list(f.suggestions)},
    }
    if f.fix is not None:
        res["fixes"] = [{
            "description": {"text": f"{f.fix.title} ({f.fix.safety.value})"},
            "artifactChanges": [{
                "artifactLocation": {"uri": _uri(r.path)},
                "replacements": [{"deletedRegion": _region(doc, e.start, e.end), "insertedContent": {"text": e.text}}
                                 for e in f.fix.edits]}]}]
    return res


def render(results, stream, **_):
    rules, index = rule_descriptors()
    notifications = [{"level": "error", "message": {"text": r.error}, "locations": [
        {"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]} for r in results if r.error]
    run = {
        "tool": {"driver": {"name": "qa", "version": __version__, "semanticVersion": __version__,
                            "informationUri": "https://example.invalid/qa", "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": _uri(r.path)}, "encoding": r.document.encoding}
                      for r in results if r.document is not None],
        "results": [result(r, f, index) for r in results if r.document is not None for f in r.findings],
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
    }
    json.dump({"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]},
              stream, ensure_ascii=False, indent=1)
    stream.write("\n")
