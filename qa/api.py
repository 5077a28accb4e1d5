"""The public API: read documents, run checks, apply fixes. The CLI only parses and renders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .checks import REGISTRY
from .config import Config
from .decoding import decode
from .document import KAZAKH_LETTERS, Document
from .errors import InputError
from .fileio import is_stdin
from .finding import Finding, Severity
from .fixer import FixResult

__all__ = ["FileResult", "load_document", "check_document", "check_text", "check_paths", "expand_paths",
           "fix_document"]

TEXT_SUFFIXES = {".txt", ".text", ".md", "", ".pdf", ".docx", ".hocr", ".xml"}
MAX_BYTES = 512 * 1024 * 1024


@dataclass
class FileResult:
    path: str
    document: Document | None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


_stdin_data: bytes | None = None


def _read_stdin() -> bytes:
    """Standard input, read once (a command may need it again, and forked workers inherit it)."""
    global _stdin_data
    if _stdin_data is None:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("-: standard input is not readable")
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"-: standard input too large (the limit is {MAX_BYTES // 2**20} MiB)")
        _stdin_data = data
    return _stdin_data


def read_bytes(path: Path) -> bytes:
    if is_stdin(path):
        return _read_stdin()
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file too large ({size // 2**20} MiB; the limit is {MAX_BYTES // 2**20} MiB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None


def load_document(path: str | Path, config: Config | None = None, input_format: str | None = None) -> Document:
    """Read a text, PDF, DOCX, hOCR, ALTO or PAGE file (by extension and content, or
    ``input_format``) into a Document; InputError with a one-line reason otherwise."""
    from . import readers

    path = Path(path)
    data = read_bytes(path)
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    langs = config.languages if config else ("kk", "ru", "en")
    extracted = readers.read(path, data, input_format)
    if extracted is not None:
        if not extracted.text.strip():
            raise InputError(f"{path}: no text found in this {extracted.fmt} file")
        return Document(extracted.text, str(path), "utf-8", langs, tuple(extracted.regions), extracted.fmt)
    dec = decode(data, str(path))
    return Document(dec.text, str(path), dec.encoding, langs)


def _lexicon(config: Config):
    from .lexicon import get_lexicon
    return get_lexicon(config.languages, config.accept, config.reject)


# Large files are checked in pieces of about this many characters, cut at blank lines (or line
# ends): memory stays bounded, and the pieces can go to several processes (--jobs).
CHUNK_CHARS = 200_000
_BREAKS = ("\n\n", "\r\n\r\n", "\n", "\r", " ")


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Deterministic cut points: a paragraph break near each ``size`` characters."""
    if len(text) <= size * 3 // 2:
        return [(0, len(text))]
    spans, start = [], 0
    while len(text) - start > size * 3 // 2:
        cut = -1
        for sep in _BREAKS:
            cut = text.rfind(sep, start + size // 2, start + size)
            if cut >= 0:
                cut += len(sep)
                break
        if cut < 0:
            cut = start + size
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def _shift(f: Finding, by: int) -> Finding:
    if not by:
        return f
    fix = f.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(replace(e, start=e.start + by, end=e.end + by) for e in fix.edits))
    return replace(f, start=f.start + by, end=f.end + by, fix=fix)


def check_chunk(text: str, path: str, encoding: str, config: Config, lex=None) -> list[Finding]:
    doc = Document(text, path, encoding, config.languages, russian_ocr=config.russian_ocr)
    return _check_whole(doc, config, lex if lex is not None else _lexicon(config))


def check_document(doc: Document, config: Config | None = None, lexicon=None, jobs: int | None = 1,
                   memo: dict | None = None) -> list[Finding]:
    """Findings of ``doc``, sorted. A large document is checked in chunks (cut at paragraph
    breaks); with ``jobs`` > 1 (None: the available CPUs) in that many processes. ``memo``: see
    ``check_texts``."""
    config = config or Config()
    lex = lexicon if lexicon is not None else _lexicon(config)
    if memo is None and len(chunk_spans(doc.text)) == 1:
        return _check_whole(doc, config, lex)
    return check_texts([(doc.text, doc.path, doc.encoding, config)], jobs, None if memo is None else [memo], lex)[0]


def check_texts(items: list[tuple[str, str, str, Config]], jobs: int | None = None, memos: list[dict] | None = None,
                lex=None) -> list[list[Finding]]:
    """Findings of each (text, path, encoding, config), sorted, all their chunks checked in one
    pass over ``jobs`` processes (None: as many as the input gains from, see ``auto_jobs``).
    ``memos`` (one dict a text: chunk text -> its findings), when given, are consulted and
    filled: a chunk's findings depend on its text alone, so the fixer's later rounds re-check
    only the chunks they changed."""
    if jobs is None:
        jobs = _jobs_for([len(text) for text, *_ in items])
    tasks, where, pieces = [], [], []
    for k, (text, path, encoding, config) in enumerate(items):
        memo = memos[k] if memos is not None else None
        mine = []
        for s, e in chunk_spans(text):
            chunk = text[s:e]
            hit = memo.get(chunk) if memo is not None else None
            if hit is None:
                where.append((k, len(mine), chunk))
                tasks.append((chunk, path, encoding, config))
            mine.append([s, hit])
        pieces.append(mine)
    for (k, j, chunk), found in zip(where, _map_chunks(tasks, jobs, lex), strict=True):
        pieces[k][j][1] = found
        if memos is not None:
            memos[k][chunk] = found
    return [sorted((_shift(f, s) for s, part in mine for f in part), key=_order) for mine in pieces]


def _order(f: Finding) -> tuple:
    return f.start, f.end, f.rule


_FORK_LEXICON = None  # the lexicon forked workers use (set by the parent before forking)
_POOL: tuple | None = None  # (pool, processes, lexicon): kept for the next call, caches warm


def _map_chunks(tasks: list, jobs: int, lex) -> Iterator[list[Finding]]:
    """Findings of each (text, path, encoding, config) task, in order; in ``jobs``
    forked processes when there is more than one task. The workers stay for later calls of
    the same process (the fixer's rounds, the next paper), so what their lexicons have learnt
    is not thrown away."""
    jobs = max(1, min(jobs, len(tasks)))
    if jobs == 1:
        for task in tasks:
            yield check_chunk(*task, lex)
        return
    # the costliest chunks first, so no worker is left with a long one at the end
    order = sorted(range(len(tasks)), key=lambda i: -_cost(tasks[i][0]))
    done: dict[int, list[Finding]] = {}
    pool = _worker_pool(jobs, lex)
    for i, found in pool.imap_unordered(_indexed_task, [(i, tasks[i]) for i in order], chunksize=1):
        done[i] = found
    for i in range(len(tasks)):
        yield done.pop(i)


def _cost(text: str) -> float:
    """A chunk's expected checking time, relatively: Kazakh words cost about three times as
    much as others (their analysis is ours, in Python)."""
    kazakh = sum(text.count(c) for c in KAZAKH_LETTERS)
    return len(text) * (1 + 2 * min(1.0, 4 * kazakh / max(1, len(text))))


def _indexed_task(item) -> tuple[int, list[Finding]]:
    i, task = item
    return i, _check_task(task)


def _worker_pool(jobs: int, lex):
    global _FORK_LEXICON, _POOL
    if _POOL is not None and _POOL[1] >= jobs and _POOL[2] is lex:
        return _POOL[0]
    close_workers()
    import atexit
    import multiprocessing as mp

    _FORK_LEXICON = lex
    try:
        pool = mp.get_context("fork").Pool(jobs)
    finally:
        _FORK_LEXICON = None
    if _POOL is None:
        atexit.register(close_workers)
    _POOL = (pool, jobs, lex)
    return pool


def close_workers() -> None:
    global _POOL
    if _POOL is not None:
        _POOL[0].terminate()
        _POOL[0].join()
        _POOL = None


def _check_whole(doc: Document, config: Config, lex) -> list[Finding]:
    out: list[Finding] = []
    for rid in config.enabled_rules():
        chk = REGISTRY[rid]
        sev = config.severity.get(rid)
        for f in chk.run(doc, lex):
            if sev is not None and f.severity == chk.rule.severity:
                f = replace(f, severity=sev)
            out.append(f)
    out.sort(key=_order)
    return out


def check_text(text: str, config: Config | None = None, path: str = "<text>") -> list[Finding]:
    config = config or Config()
    return check_document(Document(text, path, languages=config.languages), config)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; directories walked (sorted, hidden entries skipped, links not followed)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if not name.startswith(".") and f.suffix.lower() in TEXT_SUFFIXES and not f.is_symlink():
                        yield f
        else:
            yield p


def check_paths(paths: Iterable[str | Path], config_for, jobs: int | None = 1, progress=None,
                input_format: str | None = None) -> Iterator[FileResult]:
    """``config_for(path)`` gives each file's Config (discovered or fixed). With ``jobs`` > 1 the
    files, and the pieces of large files, are checked in that many processes; the results are
    the same as with one. ``jobs`` None chooses (see ``auto_jobs``). ``progress(n)`` is told of
    each file done, by its size in bytes."""
    files = list(expand_paths(paths))
    if jobs is None:
        jobs = auto_jobs(files)
    if jobs <= 1:
        for p in files:
            cfg = config_for(p)
            try:
                doc = load_document(p, cfg, input_format)
            except InputError as e:
                yield FileResult(str(p), None, error=str(e))
                continue
            findings = check_document(doc, cfg)
            if progress:
                progress(file_size(p))
            yield FileResult(str(p), doc, findings)
        return
    yield from _check_parallel(files, config_for, jobs, progress, input_format)


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def file_size(path: Path) -> int:
    """Bytes of ``path``; 0 when it cannot be read (the reader reports why)."""
    if is_stdin(path):
        return len(_stdin_data or b"")
    try:
        return path.stat().st_size
    except OSError:
        return 0


def auto_jobs(files: list[Path]) -> int:
    """How many processes ``files`` gain from (see ``_jobs_for``)."""
    return _jobs_for([file_size(f) for f in files])


def _jobs_for(sizes: list[int]) -> int:
    """One process for small inputs (starting workers costs more than it saves); otherwise one
    per available CPU, at most one per piece of work (a file, or a chunk of a large one)."""
    cpus = available_cpus()
    pieces = sum(max(1, size // CHUNK_CHARS) for size in sizes)
    if cpus <= 1 or sum(sizes) < 2 * CHUNK_CHARS or pieces < 2:
        return 1
    return min(cpus, pieces)


def _check_task(task) -> list[Finding]:
    config = task[-1]
    lex = _FORK_LEXICON if _FORK_LEXICON is not None and _FORK_LEXICON.languages == config.languages else None
    return check_chunk(*task, lex)


def _check_parallel(files, config_for, jobs: int, progress, input_format) -> Iterator[FileResult]:
    loaded = []
    for p in files:
        cfg = config_for(p)
        try:
            loaded.append((p, cfg, load_document(p, cfg, input_format), None))
        except InputError as e:
            loaded.append((p, cfg, None, str(e)))
            continue
        _lexicon(cfg)  # load once here; forked workers share it
    docs = [(doc.text, doc.path, doc.encoding, cfg) for _, cfg, doc, _ in loaded if doc is not None]
    found = iter(check_texts(docs, jobs))
    for p, _, doc, error in loaded:
        if doc is None:
            yield FileResult(str(p), None, error=error)
            continue
        if progress:
            progress(file_size(p))
        yield FileResult(str(p), doc, next(found))


def fix_document(doc: Document, config: Config | None = None, level: str = "safe",
                 reflow: bool = False, findings: list[Finding] | None = None) -> FixResult:
    """Fixed text of ``doc``; pass ``findings`` when the document was just checked."""
    config = config or Config()
    return fix_documents([(doc, config, findings)], level, reflow, _lexicon(config))[0]


def fix_documents(items: list[tuple[Document, Config, list[Finding] | None]], level: str = "safe",
                  reflow: bool = False, lex=None) -> list[FixResult]:
    """``fix_document`` for several documents; each round of re-checks is one pass over the
    worker processes. ``lex``: the lexicon all the configs share, if they do."""
    from .fixer import fix_texts

    memos: list[dict] = [{} for _ in items]
    configs = [config for _, config, _ in items]

    def check_many(pairs):
        return check_texts([(text, items[i][0].path, items[i][0].encoding, configs[i]) for i, text in pairs],
                           None, [memos[i] for i, _ in pairs], lex)

    firsts = [found for _, _, found in items]
    missing = [i for i, found in enumerate(firsts) if found is None]
    for i, found in zip(missing, check_many([(i, items[i][0].text) for i in missing]) if missing else (), strict=True):
        firsts[i] = found
    for i, (doc, config, _) in enumerate(items):
        if _russian_read_throughout(doc, config, firsts[i], lex):
            configs[i] = replace(config, russian_ocr=True)
            memos[i].clear()  # (its findings depend on the setting now)
    results = fix_texts([doc.text for doc, _, _ in items], check_many, level, firsts)
    if reflow:
        from .fixer import reflow as do_reflow
        results = [FixResult(do_reflow(r.text), r.applied, r.skipped) for r in results]
    return results


def _russian_read_throughout(doc: Document, config: Config, found: list[Finding], lex) -> bool:
    """Was ``doc`` read by a Russian OCR model, as the first round of fixes saw it (most of its
    Kazakh paragraphs lack their letters)? Then the later rounds take every Kazakh paragraph as
    so read: once KAZ001 has put letters back, one no longer looks it, and the words left would
    be judged as in normal Kazakh text. (Asked only of a document KAZ002 found some such paragraph
    in: the answer needs the whole document's words, which the main process has not read.)"""
    if config.russian_ocr is not None or not any(f.rule == "KAZ002" for f in found):
        return False
    from .checks.kazakh_letters import mostly_russian_read
    return mostly_russian_read(doc, lex if lex is not None else _lexicon(config))


def report_paths(paths: Iterable[str | Path], config_for, out_dir: Path,
                 input_format: str | None = None) -> tuple[list, list[str]]:
    """Write one HTML report per readable file into ``out_dir`` and, for several, an index.
    Returns (paper summaries, error messages)."""
    from . import report

    papers, errors, taken = [], [], set()
    files = list(expand_paths(paths))
    # check every paper in one pass over the processes, then fix them all round by round
    checked = []
    for r in check_paths(files, config_for, None, None, input_format):
        if r.error:
            errors.append(r.error)
        else:
            checked.append((r, config_for(Path(r.path))))
    fixed = fix_documents([(r.document, cfg, r.findings) for r, cfg in checked], "safe")
    for (r, _), fx in zip(checked, fixed, strict=True):
        papers.append(report.render_paper(r.document, r.findings, fx.text, out_dir,
                                          report.html_name_for(r.path, taken)))
    if len(files) > 1 or any(Path(x).is_dir() for x in paths):
        report.render_index(papers, out_dir)
    return papers, errors


def exit_code(results: list[FileResult], fail_on: Severity | None) -> int:
    if any(r.error for r in results):
        return 2
    if fail_on is None:
        return 0
    return 1 if any(f.severity >= fail_on for r in results for f in r.findings) else 0
