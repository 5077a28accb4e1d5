"""``path:line:col: severity [RULE] message (→ suggestion)``, 1-based, columns in code points."""

from __future__ import annotations


def _show(s: str) -> str:
    return s.replace("\r", "\\r").replace("\n", "\\n") if s.strip() else repr(s)  # '' is a deletion


def render(results, stream, **_):
    for r in results:
        if r.error:
            continue
        for f in r.findings:
            line, col = r.document.line_col(f.start)
            sugg = f" (→ {_show(f.suggestions[0])})" if f.suggestions else ""
            stream.write(f"{r.path}:{line}:{col}: {f.severity} [{f.rule}] {f.message}{sugg}\n")
