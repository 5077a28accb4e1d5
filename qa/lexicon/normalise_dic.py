"""Normalise a Hunspell file in place: drop a UTF-8 byte-order mark, write LF line ends.

    python -m qa.lexicon.normalise_dic dictionaries/kk_KZ/kk_KZ.dic dictionaries/kk_KZ/kk_KZ.aff

Debian's kk_KZ files ship with a BOM and CRLF line ends; the bundled copies are normalised so
every tool reads them alike. The entries themselves are not changed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def normalise(path: Path) -> bool:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    new = text.encode("utf-8")
    if new != raw:
        path.write_bytes(new)
        return True
    return False


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for name in argv:
        changed = normalise(Path(name))
        print(f"{name}: {'normalised' if changed else 'already normal'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
