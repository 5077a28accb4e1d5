"""Where the lexicon's data lives, and the compiled cache.

Sources are the bundled dictionaries (package ``qa.dictionaries``) and the lists in
``qa/lexicon/data``. The slow part of building — tagging the Russian dictionary with pymorphy3
to find the nouns Kazakh borrows as stems — is done once and cached in the user cache
directory under a key made of the sources' checksums, so a changed dictionary rebuilds it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

CACHE_VERSION = 4
# Latin-origin adjective stems that Kazakh takes over (институционал-дық, норматив-тік, абсолют-тік)
LOAN_ADJ_ENDINGS = ("ал", "ив", "он", "ар", "ент", "ант", "ор", "ит", "ур", "ют", "ет", "ич", "ез", "ер", "ен", "ат",
                    "ик", "иал", "уал", "ол", "ис")


def dictionary_path(name: str, ext: str) -> Path:
    """Path of a bundled Hunspell file, e.g. ("kk_KZ", "dic")."""
    ref = resources.files("qa.dictionaries") / name / f"{name}.{ext}"
    return Path(str(ref))


def data_path(name: str) -> Path:
    return Path(str(resources.files("qa.lexicon") / "data" / name))


def read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _sources() -> list[Path]:
    here = Path(__file__).parent
    return [dictionary_path("kk_KZ", "dic"), dictionary_path("ru_RU", "dic"), Path(__file__),
            here / "kazakh.py", here / "kazakh_grammar.py", *sorted((here / "data").glob("*.txt"))]


@lru_cache(maxsize=1)
def _key() -> str:
    h = hashlib.sha256(f"v{CACHE_VERSION}".encode())
    for p in _sources():
        h.update(p.read_bytes())
    try:
        import pymorphy3_dicts_ru
        h.update(str(getattr(pymorphy3_dicts_ru, "__version__", "")).encode())
    except ImportError:
        pass
    return h.hexdigest()[:20]


def cache_dir() -> Path:
    env = os.environ.get("QA_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("qa"))


def _build_loan_stems() -> tuple[list[str], list[str]]:
    """Russian nouns (nominative singular lemmas) and Latin-origin adjective stems."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    nouns, adjs = set(), set()
    for line in dictionary_path("ru_RU", "dic").read_text(encoding="utf-8").splitlines()[1:]:
        w = line.split("/", 1)[0]
        if not w.islower() or len(w) < 3:
            continue
        parses = morph.parse(w)
        if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.normal_form == w for p in parses):
            nouns.add(w.replace("ё", "е"))
        elif w.endswith("ный") and any(p.tag.POS == "ADJF" and p.normal_form == w for p in parses):
            stem = w[:-3]
            if stem.endswith("ь"):
                adjs.add(stem)  # мобильный → мобильді
            stem = stem.rstrip("ь")
            if stem.endswith(LOAN_ADJ_ENDINGS) and len(stem) >= 4:
                adjs.add(stem)
    # and the longer nouns pymorphy3's dictionary adds (scientific terms: энтодерма), but not those
    # made with Russian word-forming endings; short ones would let OCR-damaged Kazakh words pass
    # as a Russian noun plus a Kazakh suffix
    d = morph.dictionary
    tags = {}
    for word, (para, idx) in d.words.iteritems():
        if idx != 0 or len(word) < LONG_LOAN:
            continue
        tag = tags.get(para)
        if tag is None:
            tag = tags[para] = d.build_tag_info(para, 0)
        if tag.POS == "NOUN" and tag.case == "nomn" and not _PROPER & tag.grammemes and not word.endswith(_NATIVE):
            nouns.add(word.replace("ё", "е"))
    return sorted(nouns), sorted(adjs)


LONG_LOAN = 7
_PROPER = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad"))
# Russian word-forming endings: nouns made so are Russian words, not loans Kazakh takes over
_NATIVE = ("ание", "ение", "яние", "ость", "есть", "ство", "щик", "чик", "тель", "ник", "ница", "ка", "ок", "ек", "ец",
           "ище", "ье", "ие", "ота", "ина", "ня", "ша", "ль", "енок", "онок", "ята", "овье")


def forms_with_e(words) -> bytes:
    """A DAWG (as bytes) of every word form of ``words`` with ё written е, one that answers
    whether some key begins with a string (a ``CompletionDAWG``). Streamed: the forms without ё
    come sorted from ``words`` and are merged with the few thousand with ё, so the five million
    forms never sit in memory at once."""
    import heapq
    from itertools import groupby

    import dawg
    with_yo = sorted({k.replace("ё", "е") for k in words.iterkeys() if "ё" in k})
    plain = (k for k in words.iterkeys() if "ё" not in k)
    merged = (k for k, _ in groupby(heapq.merge(plain, with_yo)))
    return dawg.CompletionDAWG(merged, input_is_sorted=True).tobytes()


def keys_reversed(index, parts: int = 4) -> bytes:
    """A CompletionDAWG (as bytes) of the keys of ``index`` (a CompletionDAWG) each written
    backwards: it answers whether some key ends with a string. Built in ``parts`` passes over the
    keys, each taking the keys that end in a range of letters, so only a part of five million
    forms is sorted in memory at a time."""
    from collections import Counter

    import dawg
    ends = Counter(k[-1] for k in index.iterkeys() if k)
    groups: list[list[str]] = [[]]
    share = sum(ends.values()) / parts
    count = 0
    for ch in sorted(ends):
        if count >= share * len(groups):
            groups.append([])
        groups[-1].append(ch)
        count += ends[ch]

    def backwards():
        for group in groups:
            wanted = frozenset(group)
            yield from sorted(k[::-1] for k in index.iterkeys() if k and k[-1] in wanted)

    return dawg.CompletionDAWG(backwards(), input_is_sorted=True).tobytes()


def cached(name: str, build):
    """Load ``name`` from the cache, or build it, store it atomically and return it.

    What is loaded lives as long as the process, so it is moved out of the garbage collector's
    sight (``gc.freeze``): a full collection would otherwise walk its hundreds of thousands of
    set entries again every few thousand words checked, and forked workers would copy the pages
    it dirties."""
    data = _load_or_build(name, build)
    gc.freeze()
    return data


def _load_or_build(name: str, build):
    path = cache_dir() / f"{name}-{_key()}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)  # entries for changed dictionaries
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache only costs time
    return data


def loan_stems() -> tuple[list[str], list[str]]:
    """(Russian nouns, adjective stems) Kazakh writes as in Russian; built once (about 10 s)."""
    return cached("loans", _build_loan_stems)
