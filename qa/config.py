"""Configuration: ``--config FILE`` > the nearest ``qa.toml`` or ``pyproject.toml`` with a
``[tool.qa]`` table above the input > defaults. ``--isolated`` ignores files.

    [tool.qa]                      # in qa.toml the same keys stand at the top level
    languages = ["kk", "ru", "en"]
    select = ["SPC", "misspelling"]   # rule ids, id prefixes or categories; default: all default-on rules
    extend-select = ["CAS001"]        # added to the default selection
    ignore = ["SPC003"]
    fail-on = "error"                 # error | warning | info | never
    max-errors-per-1000-words = 5.0
    accept = ["vocab/accept.txt"]     # one word or regex a line; paths relative to this file
    reject = ["vocab/reject.txt"]
    russian-ocr = true                # Kazakh text read by a Russian OCR model; default: judged per paragraph

    [tool.qa.severity]
    SPC003 = "info"

    [tool.qa.category-limits]         # findings per 1,000 words allowed per category
    spacing = 2.0

Unknown keys, unknown rule ids and bad values are errors that name the file and the key.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .checks import FAMILIES, REGISTRY, resolve
from .errors import ConfigError
from .finding import Severity

KNOWN_LANGS = ("kk", "ru", "en")
_KEYS = {"languages", "select", "extend-select", "ignore", "fail-on", "severity", "accept", "reject",
         "max-errors-per-1000-words", "category-limits", "russian-ocr"}


@dataclass(frozen=True)
class Config:
    source: str = "<defaults>"
    languages: tuple[str, ...] = KNOWN_LANGS
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity | None = Severity.ERROR
    accept: tuple[Path, ...] = ()
    reject: tuple[Path, ...] = ()
    max_errors_per_1000: float | None = None
    category_limits: dict[str, float] = field(default_factory=dict)
    russian_ocr: bool | None = None

    def enabled_rules(self) -> tuple[str, ...]:
        def matches(rule_id: str, selector: str) -> bool:
            rule = REGISTRY[rule_id].rule
            return rule_id.startswith(selector) or rule.category == selector or rule.name == selector

        out = []
        for rid, chk in REGISTRY.items():
            if self.select is not None:
                on = any(matches(rid, s) for s in self.select)
            else:
                on = chk.rule.default_enabled
            on = on or any(matches(rid, s) for s in self.extend_select)
            if any(matches(rid, s) for s in self.ignore):
                on = False
            if on:
                out.append(rid)
        return tuple(out)

    def severity_of(self, rule_id: str, default: Severity) -> Severity:
        return self.severity.get(rule_id, default)


def _did_you_mean(word: str, options) -> str:
    close = difflib.get_close_matches(word, list(options), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def _check_selector(sel: str, where: str) -> str:
    if not isinstance(sel, str):
        raise ConfigError(f"{where}: rule selectors are strings, got {sel!r}")
    sel = resolve(sel)
    categories = {c.rule.category for c in REGISTRY.values()} | set(FAMILIES.values())
    names = {c.rule.name for c in REGISTRY.values()}
    if sel in REGISTRY or sel in categories or sel in names:
        return sel
    if any(rid.startswith(sel) for rid in REGISTRY) and sel[:3].isupper():
        return sel
    if len(sel) == 3 and sel in FAMILIES:
        return sel
    raise ConfigError(f'{where}: unknown rule "{sel}"'
                      f"{_did_you_mean(sel, [*REGISTRY, *categories, *names])}")


def _str_list(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def parse(table: dict, source: str, base: Path) -> Config:
    """Turn a [tool.qa] table into a Config; ``base`` resolves relative vocabulary paths."""
    unknown = set(table) - _KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise ConfigError(f'{source}: unknown key "{k}"{_did_you_mean(k, _KEYS)}')
    kw: dict = {"source": source}
    if "languages" in table:
        langs = _str_list(table["languages"], f"{source} languages")
        for lang in langs:
            if lang not in KNOWN_LANGS:
                raise ConfigError(f'{source} languages: unknown language "{lang}" (use kk, ru, en)')
        kw["languages"] = langs
    if "select" in table:
        kw["select"] = tuple(_check_selector(s, f"{source} select")
                             for s in _str_list(table["select"], f"{source} select"))
    if "extend-select" in table:
        kw["extend_select"] = tuple(_check_selector(s, f"{source} extend-select")
                                    for s in _str_list(table["extend-select"], f"{source} extend-select"))
    if "ignore" in table:
        kw["ignore"] = tuple(_check_selector(s, f"{source} ignore")
                             for s in _str_list(table["ignore"], f"{source} ignore"))
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"{source} severity: expected a table of RULE = \"severity\"")
        out = {}
        for rid, name in sev.items():
            rid = resolve(rid)
            if rid not in REGISTRY:
                raise ConfigError(f'{source} severity: unknown rule "{rid}"{_did_you_mean(rid, REGISTRY)}')
            try:
                out[rid] = Severity.parse(str(name))
            except ValueError as e:
                raise ConfigError(f"{source} severity.{rid}: {e}") from None
        kw["severity"] = out
    if "fail-on" in table:
        kw["fail_on"] = parse_fail_on(str(table["fail-on"]), f"{source} fail-on")
    for key in ("accept", "reject"):
        if key in table:
            paths = []
            for p in _str_list(table[key], f"{source} {key}"):
                path = (base / p).resolve()
                if not path.is_file():
                    raise ConfigError(f"{source} {key}: vocabulary file not found: {path}")
                paths.append(path)
            kw[key] = tuple(paths)
    if "max-errors-per-1000-words" in table:
        v = table["max-errors-per-1000-words"]
        if not isinstance(v, int | float) or v < 0:
            raise ConfigError(f"{source} max-errors-per-1000-words: expected a number >= 0")
        kw["max_errors_per_1000"] = float(v)
    if "category-limits" in table:
        lim = table["category-limits"]
        if not isinstance(lim, dict) or not all(isinstance(v, int | float) for v in lim.values()):
            raise ConfigError(f"{source} category-limits: expected a table of category = number")
        kw["category_limits"] = {k: float(v) for k, v in lim.items()}
    if "russian-ocr" in table:
        if not isinstance(table["russian-ocr"], bool):
            raise ConfigError(f"{source} russian-ocr: expected true or false")
        kw["russian_ocr"] = table["russian-ocr"]
    return Config(**kw)


def parse_fail_on(value: str, where: str = "--fail-on") -> Severity | None:
    if value.lower() == "never":
        return None
    try:
        return Severity.parse(value)
    except ValueError as e:
        raise ConfigError(f"{where}: {e.args[0].replace('info', 'info or never')}") from None


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read config ({e.strerror})") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML ({e})") from None


def load_file(path: Path) -> Config:
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("qa")
        if table is None:
            raise ConfigError(f"{path}: no [tool.qa] table")
        return parse(table, f"{path} [tool.qa]", path.parent)
    return parse(data, str(path), path.parent)


def find_config_file(start: Path) -> Path | None:
    """The nearest qa.toml, or pyproject.toml with [tool.qa], at or above ``start``."""
    start = start.resolve()
    d = start if start.is_dir() else start.parent
    home = Path.home().resolve()
    for folder in (d, *d.parents):
        q = folder / "qa.toml"
        if q.is_file():
            return q
        p = folder / "pyproject.toml"
        if p.is_file():
            try:
                if "qa" in _read_toml(p).get("tool", {}):
                    return p
            except ConfigError:
                pass
        if folder == home:
            break
    return None


def discover(start: Path) -> Config:
    found = find_config_file(start)
    return load_file(found) if found else Config()
