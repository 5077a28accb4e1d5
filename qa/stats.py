"""Summary figures: findings by category and severity, per 1,000 words."""

from __future__ import annotations

from collections import Counter

from .finding import Severity


def per_1000(n: int, words: int) -> float:
    return 1000.0 * n / max(1, words)


def summarise(results) -> dict:
    words = sum(r.document.word_count for r in results if r.document is not None)
    by = Counter((f.category, str(f.severity)) for r in results for f in r.findings)
    cats = sorted({c for c, _ in by})
    rows = []
    for c in cats:
        row = {"category": c, **{s: by[(c, s)] for s in ("error", "warning", "info")}}
        row["total"] = sum(row[s] for s in ("error", "warning", "info"))
        row["per_1000_words"] = round(per_1000(row["total"], words), 2)
        rows.append(row)
    total = {s: sum(r[s] for r in rows) for s in ("error", "warning", "info")}
    return {"files": sum(1 for r in results if r.document is not None), "words": words, "categories": rows,
            "total": {**total, "all": sum(total.values()),
                      "errors_per_1000_words": round(per_1000(total["error"], words), 2)}}


def render_table(summary: dict, stream) -> None:
    stream.write(f"{summary['files']} file(s), {summary['words']} words\n")
    stream.write(f"{'category':16s}{'error':>8s}{'warning':>9s}{'info':>7s}{'total':>7s}{'per 1k':>9s}\n")
    for r in summary["categories"]:
        stream.write(f"{r['category']:16s}{r['error']:8d}{r['warning']:9d}{r['info']:7d}{r['total']:7d}"
                     f"{r['per_1000_words']:9.2f}\n")
    t = summary["total"]
    stream.write(f"{'all':16s}{t['error']:8d}{t['warning']:9d}{t['info']:7d}{t['all']:7d}"
                 f"{per_1000(t['all'], summary['words']):9.2f}\n")


def threshold_failures(results, max_errors_per_1000: float | None, category_limits: dict[str, float]) -> list[str]:
    """One message per file and limit exceeded."""
    out = []
    for r in results:
        if r.document is None:
            continue
        words = r.document.word_count
        if max_errors_per_1000 is not None:
            errs = sum(1 for f in r.findings if f.severity is Severity.ERROR)
            rate = per_1000(errs, words)
            if rate > max_errors_per_1000:
                out.append(f"{r.path}: {rate:.1f} errors per 1,000 words (limit {max_errors_per_1000:g})")
        if category_limits:
            counts = Counter(f.category for r2 in (r,) for f in r2.findings if f.severity >= Severity.WARNING)
            for cat, limit in sorted(category_limits.items()):
                rate = per_1000(counts.get(cat, 0), words)
                if rate > limit:
                    out.append(f"{r.path}: {rate:.1f} {cat} findings per 1,000 words (limit {limit:g})")
    return out
