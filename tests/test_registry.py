import regex

from qa.checks import FAMILIES, REDIRECTS, REGISTRY

CATEGORIES = {"glued_word", "misspelling", "real_word", "homoglyph", "hyphenation", "spacing", "punctuation",
              "dash", "quotes", "artifact", "case", "kazakh_letters", "citation", "vocabulary"}


def test_ids_are_well_formed_and_unique():
    ids = list(REGISTRY)
    assert len(ids) == len(set(ids))
    for rid in ids:
        assert regex.fullmatch(r"[A-Z]{3}\d{3}", rid)
        assert REGISTRY[rid].rule.id == rid


def test_family_matches_category():
    for rid, chk in REGISTRY.items():
        assert FAMILIES[rid[:3]] == chk.rule.category, rid
        assert chk.rule.category in CATEGORIES


def test_names_unique():
    names = [c.rule.name for c in REGISTRY.values()]
    assert len(names) == len(set(names))


def test_redirects_point_at_live_rules():
    for old, new in REDIRECTS.items():
        assert old not in REGISTRY and new in REGISTRY


def test_readme_lists_every_rule():
    from pathlib import Path
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    listed = set(regex.findall(r"^\| ([A-Z]{3}\d{3}) \|", readme, flags=regex.MULTILINE))
    assert listed == set(REGISTRY)
