"""PUN001 punctuation: doubled or clashing marks, a citation after the sentence's full stop, and an
abbreviation's full stop read as a comma, colon or semicolon.

Why: ",," and ".." are typing or OCR slips, and so are a comma, colon or semicolon run into another
mark (",:" ",." ":." ";,"): the first is kept; "білеміз. [4]." puts the reference outside the
sentence it supports and doubles the full stop — it belongs before the stop: "білеміз [4].".
OCR reads the full stop of a reference abbreviation before its number ("С; 71", "ч; 1 ст, 49",
"б, 12") or of initials before the surname ("М.Д: Шаргородский") as another mark; no proofread
text writes them so.
Marks run together before the next sentence with no space ("болды.,Көл", "биіңді,:Ел",
"ғасырлар/.Иран") keep the stop, or else the first comma, semicolon or colon, and a space; a
stop, colon or semicolon after a question mark is dropped ("білсін?.Алайда", "қандай?:"); a
single initial's full stop read as another mark is restored ("О:Гоноженко").
Not flagged: ellipses ("...", "…", "?.."), "?!" and "!!" used for emphasis, abbreviations before a
citation ("т.б. [4]") or a mark ("т.б.," "и др.:").
Severity: warning. Fix safety: safe.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("PUN001", "punctuation", "punctuation", Severity.WARNING,
            "doubled punctuation or a citation after the full stop", FixAvailability.ALWAYS,
            bad={"бағдарламасын білеміз. [4]. Аталған": "бағдарламасын білеміз [4]. Аталған",
                 "сот,, прокуратура": "сот, прокуратура", "жүйесі.. Бұл": "жүйесі. Бұл",
                 "Фарахани,. Хузыстан": "Фарахани, Хузыстан", "мыналар,: бірінші": "мыналар, бірінші",
                 "(салынған).. Бұл": "(салынған). Бұл", "[20, С; 71]": "[20, С. 71]",
                 "вслед за М.Д: Шаргородским": "вслед за М.Д. Шаргородским",
                 "жыр болды.,Көл болып": "жыр болды. Көл болып", "биіңді,:Ел бүлдіргіш": "биіңді, Ел бүлдіргіш",
                 "қайдан білсін?.Алайда": "қайдан білсін? Алайда", "арасы қандай?:\nСоңынан": "арасы қандай?\nСоңынан",
                 "шебері О:Гоноженко": "шебері О.Гоноженко"},
            good=("сөз... сөз", "Неге?!", "т.б. [4].", "білеміз [4].", "[4, с. 12].", "т.б., сондай-ақ",
                  "и др.: список", "сөз...; келесі",
                  "[20, С. 71]", "М.Д. Шаргородский", "с, 5 по 7", "США, 2020", "Для какой цели?.. Это",
                  "т.б., Қазақстан", "А.С.Пушкин"))

# (the marks come first and the look-behind after them, so the scan looks for marks, not letters)
_DOUBLED = regex.compile(r"(,,|;;|::|\.\.)(?<=\p{L}[)»]?..)(?!\.)")
_CLASH = regex.compile(r"(?P<keep>[,;:])(?<=\p{L}[)»]?.)(?P<drop>[,.;:]+)(?![.\p{L}])")
# a reference abbreviation (page, part, article, volume; бет in Kazakh) before its number, and a
# name's initials before the surname, their full stop read as another mark
_ABBREVIATION = regex.compile(r"(?<![\p{L}\d.])(?:С|Ч|Т|ст|гл|пп|бб|Б|б|ч|т|п)(?P<mark>[,;:])(?=[ \u00A0]?\d)"
                              r"|(?<![\p{L}.])\p{Lu}\.\p{Lu}(?P<mark>[,;:])(?=[ \u00A0]*\n?[ \u00A0]*\p{Lu}\p{Ll})")
# marks run together before the next sentence with no space: "үстел.:.Мұнша", "болды.,Көл",
# "биіңді,:Ел", "ғасырлар/.Иран"; and marks after a question or exclamation mark: "білсін?.Алайда",
# "қандай?:" (not "?..", an ellipsis)
_RUN_BEFORE_CAPITAL = regex.compile(r"(?<=\p{L}[)»]?)(?=[.,;:/]*[.,;:])[.,;:/]{2,}(?=\p{Lu}\p{L})")
_AFTER_QUESTION = regex.compile(r"(?<=\p{L}\?)(?!\.\.)[.:;]+(?=\p{L}|[ \t\n]|$)")
# a name's one initial before the surname, its full stop read as another mark: "О:Гоноженко"
_INITIAL = regex.compile(r"(?<![\p{L}\d.])\p{Lu}(?P<mark>[:;,])(?=\p{Lu}\p{Ll}{2,})")
_CITE = regex.compile(r"\.(?<=(?P<word>\p{L}{3,})\.)[ \u00A0]?(?P<cite>\[[^\[\]\n]{1,40}\])\.")


def check(doc, lex):
    text = doc.text
    for m in _DOUBLED.finditer(text):
        if text[m.start() - 1:m.start()] == "." or m.group() == ".." and text[m.start() - 1] == ".":
            continue
        yield RULE.replace(m.start(), m.end(), f'doubled "{m.group()[0]}"', m.group()[0])
    for m in _CLASH.finditer(text):
        if m.group("drop") == m.group("keep"):
            continue  # doubled: above
        yield RULE.replace(m.start(), m.end(), f'"{m.group()}": clashing marks; keep "{m.group("keep")}"',
                           m.group("keep"))
    for m in _RUN_BEFORE_CAPITAL.finditer(text):
        run = m.group()
        left = regex.search(r"\p{L}+[)»]?$", text[max(0, m.start() - 40):m.start()]).group()
        keep = ("., " if "," in run and lex.is_abbreviation(left + ".") else ". ") if "." in run \
            else next(ch for ch in run if ch in ",;:") + " "
        yield RULE.replace(m.start(), m.end(), f'"{run}": marks run together before the next word; '
                           f'keep "{keep.strip()}"', keep, title=f"write {keep!r}")
    for m in _AFTER_QUESTION.finditer(text):
        space = " " if text[m.end():m.end() + 1].isalpha() else ""
        yield RULE.replace(m.start(), m.end(), f'"?{m.group()}": marks after "?"', space,
                           title="remove them" if not space else "write a space")
    for m in _INITIAL.finditer(text):
        yield RULE.replace(m.start(), m.end(), f'"{m.group()}": the full stop of an initial read as '
                           f'"{m.group("mark")}"', m.group()[0] + ".")
    for m in _ABBREVIATION.finditer(text):
        abbr = m.group()[:-1]
        yield RULE.replace(m.start(), m.end(), f'"{m.group()}": the full stop of "{abbr}." read as "{m.group("mark")}"',
                           abbr + ".")
    for m in _CITE.finditer(text):
        word = m.group("word")
        if lex.is_abbreviation(word + "."):
            continue
        repl = f"{word} {m.group('cite')}."
        yield RULE.replace(m.start("word"), m.end(), "citation after the full stop; put it inside the sentence", repl)
