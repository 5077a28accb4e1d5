"""Findings, fixes and rules: plain data shared by checks, fixer and renderers."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f'unknown severity "{name}" (use error, warning or info)') from None

    def __str__(self) -> str:
        return self.name.lower()


class Safety(enum.Enum):
    """How far a fix may be trusted: SAFE is applied by `qa fix`, UNSAFE by `--level all`,
    DISPLAY is shown to the reader only."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display"


class FixAvailability(enum.Enum):
    NONE = "none"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Fix:
    edits: tuple[Edit, ...]
    safety: Safety
    title: str = ""

    @property
    def start(self) -> int:
        return min(e.start for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    start: int  # code points, end exclusive
    end: int
    message: str
    suggestions: tuple[str, ...] = ()  # replacements for text[start:end], best first
    fix: Fix | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"{self.rule}: bad finding span {self.start}..{self.end}")


@dataclass(frozen=True)
class Rule:
    """A check's identity and documentation. ``doc`` is the module docstring: the manual page."""

    id: str
    name: str
    category: str
    severity: Severity
    summary: str
    fix: FixAvailability = FixAvailability.NONE
    bad: dict[str, str] = field(default_factory=dict)  # example text -> corrected text
    good: tuple[str, ...] = ()  # texts on which the rule stays silent
    default_enabled: bool = True
    doc: str = ""

    def finding(self, start: int, end: int, message: str, suggestions=(), fix: Fix | None = None,
                severity: Severity | None = None) -> Finding:
        return Finding(self.id, self.category, severity or self.severity, start, end, message,
                       tuple(suggestions), fix)

    def replace(self, start: int, end: int, message: str, replacement: str,
                safety: Safety = Safety.SAFE, title: str = "", more=(),
                severity: Severity | None = None) -> Finding:
        """A finding whose first suggestion is also its fix."""
        fix = Fix((Edit(start, end, replacement),), safety, title or f"replace with {replacement!r}")
        return self.finding(start, end, message, (replacement, *more), fix, severity)
