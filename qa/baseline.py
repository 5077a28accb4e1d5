"""Baselines: accept the findings a paper has today, report only new ones.

A finding's fingerprint is its rule, the text it covers and up to three words on each side
within its paragraph — never a line number — so findings survive lines inserted or moved above them. Matching counts
occurrences, so a second identical slip in the same context is still reported.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from .errors import QaError

VERSION = 1
CONTEXT_WORDS = 3


def _norm(s: str) -> str:
    return " ".join(s.split())


def fingerprint(doc, f) -> str:
    lo, hi = 0, len(doc.text)
    for p in doc.paragraphs:  # context stays inside the finding's paragraph
        if p.start <= f.start <= p.end:
            lo, hi = p.start, p.end
            break
    words = [t for t in doc.words if lo <= t.start and t.end <= hi]
    before = [t.text for t in words if t.end <= f.start][-CONTEXT_WORDS:]
    after = [t.text for t in words if t.start >= f.end][:CONTEXT_WORDS]
    key = "\x1f".join((f.rule, _norm(doc.text[f.start:f.end]), " ".join(before), " ".join(after)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _key(path: str) -> str:
    return Path(path).as_posix()


def write(results, path: Path) -> int:
    entries = []
    for r in results:
        if r.document is None:
            continue
        for f in r.findings:
            entries.append({"path": _key(r.path), "rule": f.rule, "fingerprint": fingerprint(r.document, f),
                            "text": r.document.text[f.start:f.end][:80]})
    data = {"version": VERSION, "tool": "qa", "entries": entries}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(entries)


def load(path: Path) -> Counter:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = data["entries"]
        return Counter((_key(e["path"]), e["fingerprint"]) for e in entries)
    except FileNotFoundError:
        raise QaError(f"{path}: baseline file not found") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise QaError(f"{path}: not a qa baseline ({type(e).__name__})") from None


def apply(results, baseline: Counter) -> int:
    """Drop baselined findings from ``results`` in place; return the number of stale entries."""
    left = Counter(baseline)
    for r in results:
        if r.document is None:
            continue
        kept = []
        for f in r.findings:
            k = (_key(r.path), fingerprint(r.document, f))
            if left[k] > 0:
                left[k] -= 1
            else:
                kept.append(f)
        r.findings = kept
    return sum(n for n in left.values() if n > 0)
