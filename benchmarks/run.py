"""Speed and memory of qa beside `hunspell -l`, on the bench volume.

    .venv/bin/python benchmarks/run.py [--bench DIR] [--reps 3] [--out benchmarks/results/latest.json]

Measures, alternating the tools in each repetition so machine load affects both alike:
- `qa check --format json` (default rules, suggestions on) as a user runs it (--jobs auto: the
  available CPUs), and with --jobs 1 and --jobs 2;
- `hunspell -d ru_RU,kk_KZ -l` with qa's bundled dictionaries (spelling only, no suggestions);
- `qa report` on the same files (HTML pages and index), against `qa check`;
wall time, words/s and peak RSS per process (medians), and the ratios; and, in a process of its
own in each repetition, the lexicon and suggestion-index load times (from the cache), validation
tokens/s and suggestions/s (medians, each repetition's value kept too: this machine's speed
varies by half from one minute to the next). Results go to stdout and a JSON file, never into
the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "corpus" / "bench"


def run_measured(cmd: list[str], stdin_path: Path | None = None) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in KiB, exit status) of one process."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    finally:
        if stdin_path:
            stdin.close()
    return wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def available_cpus() -> int:
    from qa.api import available_cpus as cpus
    return cpus()


def in_process(files: list[Path]) -> dict:
    from qa.document import Document
    from qa.lexicon import Lexicon

    lex = Lexicon()
    t = time.perf_counter()
    _ = lex.kazakh, lex.morph_ru, lex.hunspell_kk, lex.hunspell_ru, lex.hunspell_en
    load = time.perf_counter() - t
    t = time.perf_counter()
    lex.suggester.prepare()
    index = time.perf_counter() - t
    words = []
    for f in files:
        doc = Document(f.read_text(encoding="utf-8"))
        words.extend(tok.text for tok in doc.tokens if tok.kind == "word")
    t = time.perf_counter()
    unknown = {w for w in words if not lex.is_valid(w)}
    validate = time.perf_counter() - t
    sample = sorted(w for w in unknown if w.islower() and len(w) >= 4)[:400]
    t = time.perf_counter()
    for w in sample:
        lex.suggester.candidates(w, "kk" if any(c in "әғқңөұүһі" for c in w) else "ru")
    suggest = time.perf_counter() - t
    return {"lexicon_load_s": round(load, 3), "suggestion_index_load_s": round(index, 3),
            "validation_tokens": len(words), "validation_tokens_per_s": round(len(words) / validate),
            "unknown_token_types": len(unknown),
            "suggestion_words": len(sample), "suggestions_per_s": round(len(sample) / max(suggest, 1e-9), 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    ap.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)  # one in-process measurement, as JSON
    args = ap.parse_args()
    files = [args.bench / "kk.txt", args.bench / "ru.txt"]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"benchmark: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.in_process:
        print(json.dumps(in_process(files)))
        return 0
    hunspell = shutil.which("hunspell")
    if not hunspell:
        print("benchmark: hunspell not found (Debian package hunspell; `make bench` installs it): "
              "qa is measured alone", file=sys.stderr)
    qa = [sys.executable, "-m", "qa"]
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    both = ROOT / "benchmarks" / "results" / "bench-input.txt"
    both.parent.mkdir(parents=True, exist_ok=True)
    both.write_bytes(b"".join(f.read_bytes() for f in files))
    dic = ",".join(str(ROOT / "dictionaries" / n / n) for n in ("ru_RU", "kk_KZ"))
    # warm the lexicon cache so no run pays for building it
    subprocess.run([*qa, "check", "--format", "json", str(ROOT / "samples" / "sample-paper.txt")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs: dict[str, list[tuple[float, int]]] = {"qa": [], "qa --jobs 1": [], "qa --jobs 2": [], "hunspell -l": [],
                                                "qa report": []}
    reports = ROOT / "benchmarks" / "results" / "reports"
    measured: list[dict] = []
    for _ in range(args.reps):
        out = subprocess.run([sys.executable, __file__, "--bench", str(args.bench), "--in-process"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(f"benchmark: the in-process measurement failed: {out.stderr.strip()[-300:]}", file=sys.stderr)
            return 2
        measured.append(json.loads(out.stdout))
        for name in runs:
            if name == "hunspell -l":
                if not hunspell:
                    continue
                wall, rss, _ = run_measured([hunspell, "-d", dic, "-l"], both)
            elif name == "qa report":
                shutil.rmtree(reports, ignore_errors=True)
                wall, rss, code = run_measured([*qa, "report", *map(str, files), "-o", str(reports)])
                if code != 0:
                    print(f"benchmark: {name} failed with exit status {code}", file=sys.stderr)
                    return 2
            else:
                jobs = ["--jobs", name.rsplit(" ", 1)[1]] if "--jobs" in name else []
                wall, rss, code = run_measured([*qa, "check", "--format", "json", *jobs, *map(str, files)])
                if code not in (0, 1):
                    print(f"benchmark: {name} failed with exit status {code}", file=sys.stderr)
                    return 2
            runs[name].append((wall, rss))
    summary = {"words": words, "bytes": sum(f.stat().st_size for f in files), "reps": args.reps, "tools": {}}
    for name, rs in runs.items():
        if not rs:
            continue
        wall = statistics.median(w for w, _ in rs)
        rss = statistics.median(r for _, r in rs)
        summary["tools"][name] = {"wall_s": round(wall, 2), "words_per_s": round(words / wall),
                                  "peak_rss_mb": round(rss / 1024, 1), "all_wall_s": [round(w, 2) for w, _ in rs]}
    tools = summary["tools"]
    if "hunspell -l" in tools:
        h = tools["hunspell -l"]["wall_s"]
        summary["ratio_qa_to_hunspell"] = round(tools["qa"]["wall_s"] / h, 2)
        summary["ratio_qa_jobs1_to_hunspell"] = round(tools["qa --jobs 1"]["wall_s"] / h, 2)
        summary["ratio_qa_jobs2_to_hunspell"] = round(tools["qa --jobs 2"]["wall_s"] / h, 2)
    summary["cpus"] = available_cpus()
    summary["ratio_jobs2_to_jobs1"] = round(tools["qa --jobs 2"]["wall_s"] / tools["qa --jobs 1"]["wall_s"], 2)
    summary["ratio_report_to_check"] = round(tools["qa report"]["wall_s"] / tools["qa"]["wall_s"], 2)
    shutil.rmtree(reports, ignore_errors=True)
    summary["in_process"] = {k: statistics.median(m[k] for m in measured) for k in measured[0]}
    summary["in_process"]["all_suggestions_per_s"] = [m["suggestions_per_s"] for m in measured]
    both.unlink(missing_ok=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{words} words, {summary['bytes'] / 1e6:.1f} MB, {args.reps} repetitions (medians)")
    for name, t in tools.items():
        print(f"  {name:14s} {t['wall_s']:8.2f} s  {t['words_per_s']:>8} words/s  {t['peak_rss_mb']:7.1f} MB peak RSS")
    for k in ("cpus", "ratio_qa_to_hunspell", "ratio_qa_jobs1_to_hunspell", "ratio_qa_jobs2_to_hunspell",
              "ratio_jobs2_to_jobs1", "ratio_report_to_check"):
        if k in summary:
            print(f"  {k}: {summary[k]}")
    for k, v in summary["in_process"].items():
        print(f"  {k}: {v}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
