"""HOM002 foreign-cyrillic-letter: a letter of another Cyrillic alphabet put for a Kazakh one.

Why: legacy Kazakh fonts and the Tesseract models put look-alike letters of other Cyrillic
alphabets (Khanty, Bashkir, Altai, Chuvash) where Kazakh has its own: "жӛніндегі" with ӛ
(U+04DB) for ө, ҥ for ң, ҡ for қ. The word then fails search and spelling while looking right.
How: in a word of a Kazakh paragraph, or one that becomes a valid Kazakh word, each such letter
is replaced by the Kazakh letter it imitates (``KAZAKH_FOR`` below). Text in those other
languages is left alone: a paragraph with letters only they have (Bashkir ҙ ҫ, Chuvash ӑ ӗ,
Tajik ҷ ӯ) is skipped whole.
Fix safety: safe when the rewritten word is a valid Kazakh word; unsafe otherwise.
"""

import regex

from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity

RULE = Rule("HOM002", "foreign-cyrillic-letter", "homoglyph", Severity.ERROR,
            "a letter of another Cyrillic alphabet in a Kazakh word", FixAvailability.SOMETIMES,
            bad={"Бұл жӛніндегі мәселе": "Бұл жөніндегі мәселе", "Ӛзі келді": "Өзі келді"},
            good=("Бұл жөніндегі мәселе", "Ҡаҙаҡ теле (Bashkir)"))

# the letter seen, the Kazakh letter it imitates
KAZAKH_FOR = {
    "ӛ": "ө", "Ӛ": "Ө",  # schwa with diaeresis (Khanty): legacy fonts' and Tesseract's ө
    "ӧ": "ө", "Ӧ": "Ө",  # o with diaeresis (Altai, Mari)
    "ҥ": "ң", "Ҥ": "Ң", "ӊ": "ң", "Ӊ": "Ң", "ӈ": "ң", "Ӈ": "Ң",  # en ligature, en with tail or hook
    "ҡ": "қ", "Ҡ": "Қ", "ҟ": "қ", "Ҟ": "Қ", "ӄ": "қ", "Ӄ": "Қ", "ҝ": "қ", "Ҝ": "Қ",  # ka variants
    "ӷ": "ғ", "Ӷ": "Ғ", "ӻ": "ғ", "Ӻ": "Ғ",  # ghe with descender or hook
    "ӱ": "ү", "Ӱ": "Ү",  # u with diaeresis (Altai, Khakas)
}
_TABLE = str.maketrans(KAZAKH_FOR)
_FOREIGN = regex.compile("[" + "".join(KAZAKH_FOR) + "]")
_LETTERS_BEFORE = regex.compile(r"\p{L}*", flags=regex.REVERSE)
_LETTERS = regex.compile(r"\p{L}*")
# letters only those other alphabets have (Bashkir ҙ ҫ, Chuvash ӑ ӗ ҫ, Tajik ҷ ӯ ҳ): a text in one
OTHER_ONLY = regex.compile(r"[ҙҘҫҪӑӐӗӖҷҶӯӮҳҲ]")


def check(doc, lex):
    if "kk" not in lex.languages:
        return
    text = doc.text
    end = 0
    for f in _FOREIGN.finditer(text):
        if f.start() < end:
            continue  # in the word just reported
        start = _LETTERS_BEFORE.match(text, end, f.start()).start()
        end = _LETTERS.match(text, f.start()).end()
        word = text[start:end]
        p = doc.paragraph_at(start)
        if p and OTHER_ONLY.search(text, p.start, p.end):
            continue
        fixed = word.translate(_TABLE)
        valid = lex.is_valid(fixed, "kk")
        if not valid and not (p and p.lang == "kk"):
            continue
        odd = ", ".join(f'"{ch}" (U+{ord(ch):04X})' for ch in dict.fromkeys(c for c in word if c in KAZAKH_FOR))
        fix = Fix((Edit(start, end, fixed),), Safety.SAFE if valid else Safety.UNSAFE, f"write {fixed!r}")
        msg = f'{odd} in "{word}" stands for a Kazakh letter; did you mean "{fixed}"?'
        yield RULE.finding(start, end, msg, (fixed,), fix)
