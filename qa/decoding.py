"""Bytes to text: encoding detection for the files editors actually receive.

Order of evidence: a byte-order mark; UTF-16 without a mark (NUL bytes on every other
position); strict UTF-8; then the two legacy Cyrillic code pages, cp1251 and KOI8-R, told
apart by letter case (KOI8-R read as cp1251 puts capitals inside words and the reverse).
Binary data is refused rather than guessed at.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats people drop into a folder of papers by mistake.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\xd0\xcf\x11\xe0",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"II*\x00", b"MM\x00*",
)

_WITH_BOM = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16-be-bom", "utf-32-le": "utf-32",
             "utf-32-be": "utf-32-be-bom"}
_LOWER_PAIR = regex.compile(r"\p{Ll}\p{Ll}")
_UPPER_INSIDE = regex.compile(r"\p{Ll}\p{Lu}")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bool


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text[:65536] if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0)
    return bad / min(len(text), 65536)


def _legacy_score(text: str) -> int:
    return len(_LOWER_PAIR.findall(text)) - 4 * len(_UPPER_INSIDE.findall(text))


def decode(data: bytes, name: str = "<input>") -> Decoded:
    """Decode a file's bytes; raise InputError for binary or undecodable data."""
    if not data:
        return Decoded("", "utf-8", False)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                # the codec name written back keeps the mark: utf-8-sig, utf-16, utf-32
                return Decoded(data[len(bom):].decode(enc), _WITH_BOM[enc], True)
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but is not valid {enc} "
                                 f"(byte {e.start + len(bom)})") from None
    if any(data.startswith(m) for m in _BINARY_MAGIC):
        raise InputError(f"{name}: binary file (not text); convert it to text first")
    head = data[:4096]
    if head.count(0):
        # UTF-16 without a mark: ASCII characters (spaces, digits) put NULs on one parity only.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        enc = "utf-16-le" if even == 0 and odd else "utf-16-be" if odd == 0 and even else None
        if enc and len(data) % 2 == 0:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                text = None
            if text is not None and _control_ratio(text) < 0.01:
                return Decoded(text, enc, False)
        raise InputError(f"{name}: binary file (contains NUL bytes); qa reads text files")
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            # a file cut inside its last character: keep the text, mark the loss (ART003 reports it)
            return Decoded(data[:e.start].decode("utf-8") + "\ufffd", "utf-8", False)
        candidates = [(data.decode(enc, errors="replace"), enc) for enc in ("cp1251", "koi8-r")]
        text, enc = max(candidates, key=lambda c: _legacy_score(c[0]))
        if "\ufffd" in text or _legacy_score(text) <= 0:
            raise InputError(f"{name}: not valid UTF-8 and not readable as cp1251 or KOI8-R; "
                             "convert it to UTF-8 first") from None
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: binary file (too many control characters for text)")
    return Decoded(text, enc, False)
