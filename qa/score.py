"""OCR quality against a ground truth: CER, WER and MER with jiwer, and a character alignment
for a side-by-side report (as dinglehopper shows OCR against ground truth).

Texts are compared as they are, except that runs of whitespace count as one space (line breaks
and page layout are not OCR errors).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import jiwer
from rapidfuzz.distance import Levenshtein


@dataclass(frozen=True)
class Score:
    reference: str
    hypothesis: str
    ref_chars: int
    ref_words: int
    cer: float
    wer: float
    mer: float
    char_edits: int

    def as_dict(self) -> dict:
        return asdict(self)


def normalise(text: str) -> str:
    return " ".join(text.split())


def score_texts(reference: str, hypothesis: str, ref_name: str = "", hyp_name: str = "") -> Score:
    ref, hyp = normalise(reference), normalise(hypothesis)
    if not ref:
        raise ValueError("the reference is empty")
    words = jiwer.process_words(ref, hyp if hyp else " ")
    chars = jiwer.process_characters(ref, hyp if hyp else " ")
    return Score(ref_name, hyp_name, len(ref), len(ref.split()), chars.cer, words.wer, words.mer,
                 Levenshtein.distance(ref, hyp))


def alignment(reference: str, hypothesis: str) -> list[dict]:
    """Character alignment: [{"op", "ref", "hyp"}] with op equal, replace, delete, insert."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    out = []
    for op in Levenshtein.opcodes(ref, hyp):
        out.append({"op": op.tag, "ref": ref[op.src_start:op.src_end], "hyp": hyp[op.dest_start:op.dest_end]})
    return out


def pair_paths(reference: Path, hypothesis: Path) -> list[tuple[Path, Path]]:
    """Two files, or two folders paired by file name."""
    if reference.is_dir() != hypothesis.is_dir():
        raise ValueError("give two files or two folders")
    if not reference.is_dir():
        return [(reference, hypothesis)]
    refs = {p.name: p for p in reference.iterdir() if p.is_file()}
    hyps = {p.name: p for p in hypothesis.iterdir() if p.is_file()}
    common = sorted(refs.keys() & hyps.keys())
    if not common:
        raise ValueError(f"no file names in common between {reference} and {hypothesis}")
    return [(refs[n], hyps[n]) for n in common]
