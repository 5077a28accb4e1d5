"""RWE003 case-after-preposition: a Russian noun after a preposition in a case the preposition
never governs, where и for й (or и for я) gives the case it does: "при изучений" (изучении),
"в губерния" (губернии), "в отношений" (отношении).

Why: OCR reads и and й, и and я as each other, and the misread ending is often another case of the
same noun (genitive plural -ий, nominative -ия), so a speller passes it; the preposition before it
shows it cannot stand there.
Flagged only for a lowercase word right after one of the prepositions listed below (itself after
no letter or hyphen), when every reading pymorphy3 gives is a noun, none of them in a case that
preposition governs, and the word with its last -ий, -ия or -ей written -ии or -еи is a known form
in such a case.
Severity: warning. Fix safety: unsafe (the editor confirms the case).
"""

import regex

from ..finding import Edit, Fix, FixAvailability, Rule, Safety, Severity

RULE = Rule("RWE003", "case-after-preposition", "real_word", Severity.WARNING,
            "noun in a case the preposition before it never governs", FixAvailability.ALWAYS,
            bad={"Метод применяется при изучений региональной преступности.":
                 "Метод применяется при изучении региональной преступности."},
            good=("Метод применяется при изучении региональной преступности.", "Для изучений нужны средства.",
                  "В губернии было спокойно.", "Из условий задачи следует"))

# the cases each preposition governs (pymorphy3's tags); ambiguous ones (с, за, под) are left out
GOVERNS = {
    "в": {"accs", "loct", "loc2"}, "во": {"accs", "loct", "loc2"}, "на": {"accs", "loct", "loc2"},
    "о": {"loct", "accs"}, "об": {"loct", "accs"}, "обо": {"loct", "accs"}, "при": {"loct"},
    "по": {"datv", "loct", "accs"}, "к": {"datv"}, "ко": {"datv"}, "у": {"gent"}, "от": {"gent"},
    "до": {"gent"}, "из": {"gent", "gen2"}, "без": {"gent", "gen2"}, "для": {"gent"}, "после": {"gent"},
    "среди": {"gent"}, "около": {"gent"}, "против": {"gent"},
}
# a misread ending and the ending meant: и read as й, и read as я
_ENDINGS = (("ий", "ии"), ("ия", "ии"), ("ей", "еи"))
_PAIR = regex.compile(r"(?<![\p{L}\-])(?P<prep>(?i:" + "|".join(sorted(GOVERNS, key=len, reverse=True))
                      + r"))[ \u00A0]+(?P<word>\p{Ll}{4,})(?![\p{L}\-])")


def _meant(prep: str, word: str, lex) -> str | None:
    """``word`` with its ending written as the case ``prep`` governs, when the word as read can only
    be a noun in some other case."""
    governed = GOVERNS[prep.lower()]
    parses = lex.morph_ru.parse(word)
    if not parses or any(p.tag.POS != "NOUN" or p.tag.case in governed for p in parses):
        return None
    for read, meant in _ENDINGS:
        if word.endswith(read):
            alt = word[:-len(read)] + meant
            if lex.morph_ru.word_is_known(alt) and any(p.tag.case in governed for p in lex.morph_ru.parse(alt)):
                return alt
    return None


def check(doc, lex):
    if "ru" not in lex.languages:
        return
    text = doc.text
    for p in doc.paragraphs:
        if p.lang != "ru":
            continue
        for m in _PAIR.finditer(text, p.start, p.end):
            word = m.group("word")
            alt = _meant(m.group("prep"), word, lex)
            if alt is None:
                continue
            s, e = m.span("word")
            fix = Fix((Edit(s, e, alt),), Safety.UNSAFE, f"write {alt!r}")
            yield RULE.finding(s, e, f'"{m.group("prep")} {word}": "{m.group("prep")}" never takes this case; '
                                     f'did you mean "{alt}"?', (alt,), fix)
