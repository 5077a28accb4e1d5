"""VOC001 rejected-word: a word the project's reject vocabulary forbids.

Why: a volume has its own house rules — a spelling it does not use ("Алма-Ата" for "Алматы"),
a word it avoids. The reject files named in the configuration (``reject = [...]``, a word or a
regular expression a line, matched whole-word and case-insensitively) win over the lexicon.
Severity: error. No fix: the vocabulary says what is wrong, not what is right.
"""

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("VOC001", "rejected-word", "vocabulary", Severity.ERROR,
            "word in the reject vocabulary", FixAvailability.NONE,
            bad={"қала Алма-Ата": "қала Алма-Ата"}, good=("қала Алматы",))

# the examples above run with this vocabulary (tests read it from here)
EXAMPLE_REJECT = ("Алма-Ата",)


def check(doc, lex):
    if not lex.reject:
        return
    for tok in doc.tokens:
        if tok.kind == "word" and lex.is_rejected(tok.text):
            yield RULE.finding(tok.start, tok.end, f'"{tok.text}" is in the reject vocabulary')
