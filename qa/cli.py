"""Command line: parse, load config, call ``qa.api``, render, return the exit code.

Exit status: 0 clean, 1 findings at or above ``--fail-on``, 2 usage or input error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__, api
from . import config as cfgmod
from .checks import REGISTRY, resolve
from .errors import QaError
from .fileio import STDIN, is_stdin, write_atomic
from .render import FORMATS


class _Ctx:
    """Configuration for one command: fixed by --config/--isolated, or discovered per folder."""

    def __init__(self, config_file: str | None, isolated: bool):
        self.fixed = cfgmod.load_file(Path(config_file)) if config_file else (cfgmod.Config() if isolated else None)
        self._found: dict[Path, cfgmod.Config] = {}

    def config_for(self, path: Path) -> cfgmod.Config:
        if self.fixed is not None:
            return self.fixed
        folder = path.resolve().parent
        if folder not in self._found:
            self._found[folder] = cfgmod.discover(folder)
        return self._found[folder]



class _Jobs(click.ParamType):
    """A process count from 1 to 256, or "auto" (None)."""

    name = "N|auto"

    def convert(self, value, param, ctx):
        if value is None or value == "auto":
            return None
        if isinstance(value, int):
            n = value
        else:
            try:
                n = int(value)
            except ValueError:
                self.fail(f"{value!r} is neither a number nor 'auto'", param, ctx)
        if not 1 <= n <= 256:
            self.fail(f"{n} is not in the range 1-256", param, ctx)
        return n


_JOBS = _Jobs()

def _common(f):
    from .readers import FORMATS as INPUT_FORMATS
    f = click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
                     help="Read inputs as this format (default: by extension and content).")(f)
    f = click.option("--isolated", is_flag=True, help="Ignore configuration files.")(f)
    f = click.option("--config", "config_file", type=click.Path(dir_okay=False),
                     help="Configuration file (qa.toml, or pyproject.toml with [tool.qa]).")(f)
    return f


def _with_overrides(cfg: cfgmod.Config, select, ignore) -> cfgmod.Config:
    from dataclasses import replace
    if select:
        cfg = replace(cfg, select=tuple(cfgmod._check_selector(s, "--select") for s in select.split(",")))
    if ignore:
        cfg = replace(cfg, ignore=cfg.ignore + tuple(cfgmod._check_selector(s, "--ignore")
                                                     for s in ignore.split(",")))
    return cfg


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa")
def main():
    """Text-quality checks for OCR'd and extracted proceedings in Kazakh, Russian and English."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--fail-on", default=None, help="error|warning|info|never (default: error, or the config's).")
@click.option("--max-errors-per-1000-words", "max_rate", type=float, default=None,
              help="Also fail (exit 1) when a file has more errors than this per 1,000 words.")
@click.option("--select", default=None, help="Comma-separated rule ids, prefixes or categories to run.")
@click.option("--ignore", default=None, help="Comma-separated rule ids, prefixes or categories to skip.")
@click.option("--stats", is_flag=True, help="Print a summary by category and severity instead of findings.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Report only findings not in this baseline.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False),
              help="Write the current findings as a baseline and exit 0.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here instead of stdout.")
@click.option("-j", "--jobs", type=_JOBS, default="auto", show_default=True,
              help="Processes to use (files and pieces of large files); 'auto' uses the available CPUs "
                   "when the input is large enough to gain from it. The output is the same.")
@_common
def check(paths, fmt, fail_on, max_rate, select, ignore, stats, baseline_file, write_baseline, output, jobs,
          config_file, isolated, input_format):
    """Check files or directories ("-": standard input) and report findings."""
    from . import baseline as bl
    from . import stats as st

    ctx = _Ctx(config_file, isolated)
    fail = cfgmod.parse_fail_on(fail_on) if fail_on is not None else None

    def config_for(p):
        return _with_overrides(ctx.config_for(p), select, ignore)

    base = bl.load(Path(baseline_file)) if baseline_file else None
    with _progress(paths) as progress:
        results = list(api.check_paths(paths, config_for, jobs, progress, input_format))
    for r in results:
        if r.error:
            click.echo(f"qa: {r.error}", err=True)
    if write_baseline:
        n = bl.write(results, Path(write_baseline))
        click.echo(f"qa: wrote {n} findings to baseline {write_baseline}", err=True)
        sys.exit(2 if any(r.error for r in results) else 0)
    if base is not None:
        stale = bl.apply(results, base)
        if stale:
            click.echo(f"qa: {stale} baseline entries no longer match (fixed or changed); "
                       "rewrite it with --write-baseline", err=True)
    first = next(iter(results), None)
    cfg = config_for(Path(first.path)) if first else cfgmod.Config()
    if fail_on is None:
        fail = cfg.fail_on

    def emit(fh):
        if stats:
            summary = st.summarise(results)
            if fmt == "json":
                import json
                json.dump(summary, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
            else:
                st.render_table(summary, fh)
            return
        from importlib import import_module
        import_module(f".render.{fmt}", __package__).render(results, fh)

    if output and output != "-":
        write_atomic(Path(output), emit)
    else:
        emit(sys.stdout)  # ("-o -" is standard output, as is no -o)
    code = api.exit_code(results, fail)
    over = st.threshold_failures(results, max_rate if max_rate is not None else cfg.max_errors_per_1000,
                                 cfg.category_limits)
    for msg in over:
        click.echo(f"qa: {msg}", err=True)
    if over and code == 0:
        code = 1
    sys.exit(code)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (one input).")
@click.option("--output-dir", type=click.Path(file_okay=False), help="Write each fixed file here, same name.")
@click.option("--in-place", is_flag=True, help="Overwrite the inputs, keeping a .orig backup.")
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff instead of writing files.")
@click.option("--level", type=click.Choice(["safe", "all"]), default="safe", show_default=True,
              help="safe: deterministic fixes only; all: also the first suggestion of unsafe ones.")
@click.option("--reflow", is_flag=True, help="Also join the lines of each paragraph (extracted text).")
@_common
def fix(paths, output, output_dir, in_place, show_diff, level, reflow, config_file, isolated, input_format):
    """Apply fixes and write the corrected text (never over the input unless --in-place).

    A path "-" is standard input; "qa fix -" alone writes the fixed text to standard output."""
    import difflib

    ctx = _Ctx(config_file, isolated)
    chosen = sum(bool(x) for x in (output, output_dir, in_place, show_diff))
    if chosen == 0 and list(paths) == [STDIN]:
        output = "-"  # standard input in, standard output out
    elif chosen != 1:
        raise click.UsageError("give exactly one of -o/--output, --output-dir, --in-place or --diff")
    if in_place and any(is_stdin(p) for p in paths):
        raise click.UsageError("--in-place cannot write back into standard input; use -o")
    files = list(api.expand_paths(paths))
    if output and len(files) != 1:
        raise click.UsageError("-o/--output takes one input file; use --output-dir for several")
    rc = 0
    for p in files:
        cfg = ctx.config_for(p)
        try:
            doc = api.load_document(p, cfg, input_format)
        except QaError as e:
            click.echo(f"qa: {e}", err=True)
            rc = 2
            continue
        if in_place and doc.source_format != "text":
            click.echo(f"qa: {p}: cannot write fixes back into a {doc.source_format} file; "
                       "use -o or --output-dir for the corrected text", err=True)
            rc = 2
            continue
        result = api.fix_document(doc, cfg, level, reflow)
        if show_diff:
            sys.stdout.writelines(difflib.unified_diff(
                doc.text.splitlines(keepends=True), result.text.splitlines(keepends=True),
                fromfile=str(p), tofile=f"{p} (fixed)"))
            continue
        if output == "-":
            sys.stdout.write(result.text)  # "-o -": the fixed text to standard output
            click.echo(f"{p}: {len(result.applied)} fixes applied -> standard output", err=True)
            continue
        if in_place:
            target = p
        elif output:
            target = Path(output)
        else:
            # structured inputs (PDF, DOCX, OCR XML) come out as their corrected text
            name = "stdin.txt" if is_stdin(p) else p.name if doc.source_format == "text" else p.stem + ".txt"
            target = Path(output_dir) / name
        if target.exists() and target.resolve() == p.resolve() and not in_place:
            click.echo(f"qa: {target}: output is the input; use --in-place to overwrite it", err=True)
            rc = 2
            continue
        try:
            if in_place:
                import shutil
                shutil.copy2(p, p.with_name(p.name + ".orig"))  # byte for byte, before anything changes
            target.parent.mkdir(parents=True, exist_ok=True)
            mode = p.stat().st_mode & 0o7777 if in_place else None
            write_atomic(target, lambda fh, t=result.text: fh.write(t), encoding=doc.encoding, mode=mode)
        except (OSError, UnicodeEncodeError) as e:
            click.echo(f"qa: {target}: cannot write ({getattr(e, 'strerror', None) or e})", err=True)
            rc = 2
            continue
        click.echo(f"{p}: {len(result.applied)} fixes applied -> {target}", err=True)
    sys.exit(rc)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output-dir", "out_dir", type=click.Path(file_okay=False), default="reports",
              show_default=True, help="Folder for the HTML reports.")
@_common
def report(paths, out_dir, config_file, isolated, input_format):
    """Write one self-contained HTML report per paper, and an index for a volume."""
    ctx = _Ctx(config_file, isolated)
    try:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise QaError(f"{out_dir}: cannot create the report folder ({e.strerror or e})") from None
    try:
        papers, errors = api.report_paths(paths, ctx.config_for, Path(out_dir), input_format)
    except OSError as e:
        raise QaError(f"{out_dir}: cannot write reports ({e.strerror or e})") from None
    for e in errors:
        click.echo(f"qa: {e}", err=True)
    for p in papers:
        click.echo(f"{p.path}: {p.findings} findings -> {Path(out_dir) / p.html_name}", err=True)
    sys.exit(2 if errors else 0)


@main.command()
@click.option("--reference", "reference", required=True, type=click.Path(exists=True),
              help="Ground-truth file, or a folder of them.")
@click.argument("hypothesis", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="Also write a side-by-side alignment report.")
def score(reference, hypothesis, fmt, html_out):
    """CER, WER and MER of OCR output (HYPOTHESIS) against ground truth (files or folders paired by name)."""
    import json

    from . import score as sc

    try:
        pairs = sc.pair_paths(Path(reference), Path(hypothesis))
    except ValueError as e:
        raise QaError(str(e)) from None
    scores, tables = [], []
    for ref, hyp in pairs:
        r = api.load_document(ref).text
        h = api.load_document(hyp).text if Path(hyp).stat().st_size else ""
        try:
            s = sc.score_texts(r, h, str(ref), str(hyp))
        except ValueError as e:
            raise QaError(f"{ref}: {e}") from None
        scores.append(s)
        if html_out:
            tables.append({**s.as_dict(), "alignment": sc.alignment(r, h)})
    chars = sum(s.ref_chars for s in scores)
    total = {"files": len(scores), "cer": sum(s.cer * s.ref_chars for s in scores) / max(1, chars),
             "wer": sum(s.wer * s.ref_words for s in scores) / max(1, sum(s.ref_words for s in scores))}
    if fmt == "json":
        click.echo(json.dumps({"pairs": [s.as_dict() for s in scores], "total": total}, ensure_ascii=False, indent=1))
    else:
        for s in scores:
            click.echo(f"{s.hypothesis}: CER {s.cer:.4f}  WER {s.wer:.4f}  MER {s.mer:.4f}  ({s.ref_chars} chars)")
        if len(scores) > 1:
            click.echo(f"all {total['files']} files: CER {total['cer']:.4f}  WER {total['wer']:.4f} (pooled)")
    if html_out:
        from .report import _environment
        page = _environment().get_template("score.html.j2").render(version=__version__, scores=tables)
        write_atomic(Path(html_out), lambda fh: fh.write(page))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules(fmt):
    """List every rule: id, name, category, default severity, fix availability."""
    if fmt == "json":
        import json
        click.echo(json.dumps([{"id": c.rule.id, "name": c.rule.name, "category": c.rule.category,
                                "severity": str(c.rule.severity), "fix": c.rule.fix.value,
                                "enabled": c.rule.default_enabled, "summary": c.rule.summary}
                               for c in REGISTRY.values()], ensure_ascii=False, indent=1))
        return
    for c in REGISTRY.values():
        r = c.rule
        off = "" if r.default_enabled else "  (off by default)"
        click.echo(f"{r.id}  {r.name:32s} {r.category:13s} {str(r.severity):8s} fix:{r.fix.value:9s} {r.summary}{off}")


@main.command("rule")
@click.argument("rule_id")
def rule_doc(rule_id):
    """Show a rule's documentation."""
    rid = resolve(rule_id.upper())
    if rid not in REGISTRY:
        raise QaError(f'unknown rule "{rule_id}"{cfgmod._did_you_mean(rule_id.upper(), REGISTRY)}')
    r = REGISTRY[rid].rule
    click.echo(f"{r.id} {r.name} — category {r.category}, default severity {r.severity}, fix {r.fix.value}\n")
    click.echo(r.doc)
    if r.bad:
        click.echo("\nExamples:")
        for bad, good in r.bad.items():
            click.echo(f"  {bad!r} -> {good!r}")


class _progress:
    """A progress bar on stderr for long runs at a terminal; silent in pipes and CI."""

    MIN_BYTES = 2_000_000

    def __init__(self, paths):
        self.bar = None
        if not sys.stderr.isatty() or os.environ.get("CI"):
            return
        total = sum(api.file_size(p) for p in api.expand_paths(paths))
        if total >= self.MIN_BYTES:
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="B", unit_scale=True, desc="qa", file=sys.stderr, leave=False)

    def __enter__(self):
        return self.update if self.bar else None

    def update(self, size: int) -> None:
        self.bar.update(size)

    def __exit__(self, *exc):
        if self.bar:
            self.bar.close()


def run(argv=None) -> int:
    """Entry point with qa's error contract: one line on stderr and exit 2, never a traceback."""
    try:
        main.main(args=argv, prog_name="qa", standalone_mode=False)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.UsageError as e:
        where = f"qa {e.ctx.command.name}" if e.ctx and e.ctx.command and e.ctx.command.name != "main" else "qa"
        click.echo(f"qa: {e.format_message()} (see '{where} --help')", err=True)
        return 2
    except click.ClickException as e:
        click.echo(f"qa: {e.format_message()}", err=True)
        return 2
    except click.exceptions.Abort:
        click.echo("qa: aborted", err=True)
        return 2
    except QaError as e:
        click.echo(f"qa: {e}", err=True)
        return 2
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    except KeyboardInterrupt:
        click.echo("qa: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # the promise: no traceback for users; QA_DEBUG=1 shows it
        if os.environ.get("QA_DEBUG"):
            raise
        click.echo(f"qa: internal error: {type(e).__name__}: {e} (set QA_DEBUG=1 for details)", err=True)
        return 2
    return 0


def entry() -> None:
    sys.exit(run())
