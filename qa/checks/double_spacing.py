"""ART004 doubled-line-spacing: a blank line after every line, as some extractors write text.

Why: paragraphs can no longer be told from lines; reading, diffing and reflowing suffer.
Reported once per document, at its first blank line. Severity: info.
Fix: ``qa fix --reflow`` joins the lines of each paragraph; the rule itself changes nothing.
"""

import regex

from ..finding import FixAvailability, Rule, Severity

RULE = Rule("ART004", "doubled-line-spacing", "artifact", Severity.INFO,
            "blank line after every line", FixAvailability.NONE,
            bad={"бір\n\nекі\n\nүш\n\nтөрт\n\nбес\n\nалты\n": "бір\n\nекі\n\nүш\n\nтөрт\n\nбес\n\nалты\n"},
            good=("бір\nекі\n\nүш\nтөрт\nбес\nалты\n",))

_BREAK = regex.compile(r"\r\n|\r|\n")
MIN_LINES = 6


def check(doc, lex):
    text = doc.text
    content = 0
    followed = 0
    first = None
    for s, e in doc.lines():
        if text[s:e].strip():
            content += 1
            m = _BREAK.match(text, e)
            if m and doc.line_col(m.end())[0] <= doc.line_count:
                ns, ne = doc.line_span(doc.line_col(m.end())[0])
                if m.end() < len(text) and not text[ns:ne].strip():
                    followed += 1
                    if first is None:
                        first = (m.start(), m.end())
    if content >= MIN_LINES and followed >= 0.8 * content and first:
        yield RULE.finding(first[0], first[1], f"blank line after {followed} of {content} lines; "
                                               "reflow with qa fix --reflow")
