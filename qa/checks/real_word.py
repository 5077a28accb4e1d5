"""RWE001 informal-second-person: a Kazakh word in the informal "your" form (-ың/-ің) where
formal prose almost always means the accusative -ын/-ін.

Why: "төрелігің" (your justice, said to a friend) is a valid word, so a speller passes it, but
scholarly and legal prose never addresses its reader that way; the form is a slip of н for ң
("сот төрелігін жүзеге асыру"). This is a real-word error: only the context shows it.
Flagged only in a Kazakh paragraph where no other informal second-person form occurs (a novel or
a dialogue that says сен/сенің keeps its forms), for a word ending in -ың/-ің that is not a
genitive (-ның, -дың, -тың), nor a verb's own second person (-сың), nor a word the dictionary
lists whole (қалың, қайың), and whose -ын/-ін form is valid too.
Severity: warning. Fix safety: unsafe.
"""

import regex

from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity

RULE = Rule("RWE001", "informal-second-person", "real_word", Severity.WARNING,
            "informal 'your' form where formal prose means the accusative", FixAvailability.ALWAYS,
            bad={"Конституция сот төрелігің тек сот жүзеге асырады деп белгілейді.":
                 "Конституция сот төрелігін тек сот жүзеге асырады деп белгілейді."},
            good=("Сен өз төрелігің туралы ойлан, сенің ісің сол.", "мемлекеттің", "халықтың", "адамның",
                  "Қыста қалың қар жауды.", "Енді дұрыс айтасың."))

_FORM = regex.compile(r"(?<![\p{L}\-])(\p{Ll}{3,}[ыі])ң(?![\p{L}\-])")
_GENITIVE = regex.compile(r"(?:[ндт][ыі]ң)$")
_INFORMAL = regex.compile(r"(?<!\p{L})(?:сен|сені|сенің|саған|сенде|сенен|сенімен|сендер)(?!\p{L})", regex.IGNORECASE)


def check(doc, lex):
    text = doc.text
    for p in doc.paragraphs:
        if p.lang != "kk" or _INFORMAL.search(text, p.start, p.end):
            continue
        for m in _FORM.finditer(text, p.start, p.end):
            word = m.group()
            if _GENITIVE.search(word) or word.endswith(("сың", "сің")) or word in lex.kazakh.words:
                continue  # a verb's own second person (аласың), a word in -ың itself (қалың, қайың)
            alt = word[:-1] + "н"
            if lex.is_valid(word, "kk") and lex.is_valid(alt, "kk"):
                fix = Fix((Edit(m.start(), m.end(), alt),), Safety.UNSAFE, f"write {alt!r}")
                yield RULE.finding(m.start(), m.end(), f'"{word}" is the informal "your" form; in formal prose '
                                                       f'"{alt}" (accusative) is meant', (alt,), fix)
