"""GitHub Actions workflow commands: ``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::msg``.

GitHub shows only ten annotations of a kind per step on some events, so beyond ten findings the
most severe are shown one by one and the rest as one annotation per category with its count.
"""

from __future__ import annotations

from collections import defaultdict

LIMIT = 10
LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _line(level: str, path: str, doc, f, message: str, title: str) -> str:
    line, col = doc.line_col(f.start)
    end_line, end_col = doc.line_col(f.end)
    props = (f"file={_escape_prop(path)},line={line},col={col},endLine={end_line},endColumn={end_col},"
             f"title={_escape_prop(title)}")
    return f"::{level} {props}::{_escape_data(message)}\n"


def render(results, stream, **_):
    items = [(r, f) for r in results if r.document is not None for f in r.findings]
    for r in results:
        if r.error:
            stream.write(f"::error file={_escape_prop(r.path)},title=qa::{_escape_data(r.error)}\n")
    if len(items) <= LIMIT:
        for r, f in items:
            sugg = f" (→ {f.suggestions[0]})" if f.suggestions else ""
            stream.write(_line(LEVEL[str(f.severity)], r.path, r.document, f, f.message + sugg, f"qa {f.rule}"))
        return
    by_cat: dict[str, list] = defaultdict(list)
    for r, f in items:
        by_cat[f.category].append((r, f))
    individual = max(0, LIMIT - len(by_cat))
    ranked = sorted(items, key=lambda rf: -rf[1].severity)
    shown = {id(f) for _, f in ranked[:individual]}
    for r, f in ranked[:individual]:
        stream.write(_line(LEVEL[str(f.severity)], r.path, r.document, f, f.message, f"qa {f.rule}"))
    for cat, rfs in sorted(by_cat.items()):
        rest = [(r, f) for r, f in rfs if id(f) not in shown]
        if not rest:
            continue
        r, f = rest[0]
        worst = max(x.severity for _, x in rest)
        files = len({x.path for x, _ in rest})
        more = "more " if len(rest) < len(rfs) else ""
        msg = f"{len(rest)} {more}{cat} findings in {files} file(s), the first here; run qa check for the list"
        stream.write(_line(LEVEL[str(worst)], r.path, r.document, f, msg, f"qa {cat}"))
