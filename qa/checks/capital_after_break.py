"""CAS002 capital-after-break: a capital letter opening the rest of a word a line-end hyphen broke.

Why: OCR reads the first letter of a line as a capital more often than anywhere else ("бо-⏎Лып",
"кедей-⏎Дің", "револю-⏎Циясы"); the rest of a broken word never starts with one. The reader
sees a name where there is none, and the joined word fails search.
How: a word broken by a line-end hyphen whose second piece is a capital and then small letters,
when the first piece is in small letters and the pieces joined with that capital made small are a
valid word (болып, кедейдің); not a compound of names, which begins with a capital (Алаш-⏎Орды).
Severity: warning. Fix safety: safe (the capital is made small; HYP001 decides about the hyphen).
"""

from ..finding import FixAvailability, Rule, Severity
from .hyphenation import breaks

RULE = Rule("CAS002", "capital-after-break", "case", Severity.WARNING,
            "a capital letter opening the rest of a broken word", FixAvailability.ALWAYS,
            bad={"Ол сол жерде бо-\nЛып кетті.": "Ол сол жерде бо-\nлып кетті.",
                 "бұл кедей-\nДің үйі": "бұл кедей-\nдің үйі"},
            good=("Правительство Алаш-\nОрды создало", "Ол сол жерде бо-\nлып кетті.", "сөз-\nҚазақстан",
                  "резиденциясы Ақ-\nОрда"))


def check(doc, lex):
    for b in breaks(doc):
        left, right = b.left, b.right
        # (a compound of names begins with a capital: Алаш-⏎Орды, Ақ-⏎Орда)
        if not (left.isalpha() and right.isalpha() and len(right) >= 2 and right[0].isupper()
                and right[1:].islower() and left.islower()):
            continue
        if not lex.is_valid(left + right.lower()):
            continue
        s = b.end - len(right)
        yield RULE.replace(s, s + 1, f'"{right}" goes on the word "{left}-" began: its capital is a misreading',
                           right[0].lower(), title=f"write {right[0].lower()!r}")
