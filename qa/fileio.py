"""Writing files safely: through a temporary file in the same folder, then a rename, so an output
is complete or absent and an input is never half-overwritten. And the path that names standard
input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

STDIN = "-"  # the path that stands for standard input, as in most command-line tools


def is_stdin(path: str | Path) -> bool:
    return str(path) == STDIN


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(target: Path, write, encoding: str = "utf-8", mode: int | None = None) -> None:
    """``write(fh)`` fills a text file that then replaces ``target`` in one step."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
    bom = encoding.endswith("-bom")  # a big-endian mark has no codec of its own: write it first
    try:
        with os.fdopen(fd, "w", encoding=encoding[:-4] if bom else encoding, newline="") as fh:
            if bom:
                fh.write("\ufeff")
            write(fh)
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
