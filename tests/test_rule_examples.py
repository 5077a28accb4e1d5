"""Every rule's own examples: each bad text fires and its fixes give the correction; each good
text stays silent. A rule without examples fails."""

import pytest

from qa.checks import REGISTRY
from qa.fixer import apply_edits, select_edits

RULES = list(REGISTRY.values())


@pytest.mark.parametrize("chk", RULES, ids=[c.rule.id for c in RULES])
def test_rule_has_examples(chk):
    assert chk.rule.bad, f"{chk.rule.id} has no bad examples"
    assert chk.rule.good, f"{chk.rule.id} has no good examples"
    assert chk.rule.doc, f"{chk.rule.id} has no documentation"


BAD = [(c.rule.id, bad, good) for c in RULES for bad, good in c.rule.bad.items()]
GOOD = [(c.rule.id, text) for c in RULES for text in c.rule.good]


@pytest.mark.parametrize("rule_id,bad,expected", BAD)
def test_bad_example_fires_and_fixes(run_rule, rule_id, bad, expected):
    findings = run_rule(rule_id, bad)
    assert findings, f"{rule_id} silent on {bad!r}"
    assert all(f.rule == rule_id for f in findings)
    if any(f.fix for f in findings):
        chosen, _ = select_edits(findings, "all")
        assert apply_edits(bad, [e for _, eds in chosen for e in eds]) == expected
    elif findings[0].suggestions:
        # display-only: the first suggestion of the finding gives the correction
        f = findings[0]
        assert bad[:f.start] + f.suggestions[0] + bad[f.end:] == expected
    else:
        assert expected == bad  # a note with nothing to change (e.g. a document-level layout remark)


@pytest.mark.parametrize("rule_id,text", GOOD)
def test_good_example_silent(run_rule, rule_id, text):
    assert run_rule(rule_id, text) == []
