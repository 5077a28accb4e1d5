import pytest

from qa.cli import run
from qa.config import discover, load_file
from qa.errors import ConfigError


def write(p, text):
    p.write_text(text, encoding="utf-8")
    return p


def test_pyproject_found_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.qa]\nignore = ["SPC003"]\n')
    sub = tmp_path / "vol" / "papers"
    sub.mkdir(parents=True)
    cfg = discover(sub)
    assert "SPC003" not in cfg.enabled_rules() and "SPC001" in cfg.enabled_rules()


def test_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.other]\nx = 1\n")
    assert discover(tmp_path).source == "<defaults>"


def test_qa_toml_and_severity_override(tmp_path):
    write(tmp_path / "qa.toml", 'fail-on = "warning"\n[severity]\nSPC001 = "info"\n')
    cfg = load_file(tmp_path / "qa.toml")
    assert str(cfg.severity["SPC001"]) == "info"
    assert str(cfg.fail_on) == "warning"


@pytest.mark.parametrize("body,msg", [
    ('selct = ["SPC"]\n', 'unknown key "selct" (did you mean select?)'),
    ('select = ["SPC01"]\n', 'unknown rule "SPC01"'),
    ('[severity]\nSPC001 = "fatal"\n', "unknown severity"),
    ('languages = ["de"]\n', "unknown language"),
    ('accept = ["missing.txt"]\n', "vocabulary file not found"),
    ("select = [\n", "invalid TOML"),
    ('russian-ocr = "yes"\n', "russian-ocr: expected true or false"),
])
def test_config_errors(tmp_path, body, msg):
    write(tmp_path / "qa.toml", body)
    with pytest.raises(ConfigError, match=msg.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        load_file(tmp_path / "qa.toml")


def test_russian_ocr_setting(tmp_path):
    write(tmp_path / "qa.toml", "russian-ocr = true\n")
    assert load_file(tmp_path / "qa.toml").russian_ocr is True
    write(tmp_path / "qa.toml", "russian-ocr = false\n")
    assert load_file(tmp_path / "qa.toml").russian_ocr is False
    write(tmp_path / "qa.toml", "languages = [\"kk\"]\n")
    assert load_file(tmp_path / "qa.toml").russian_ocr is None  # judged per paragraph


def test_cli_config_error_exit_2(tmp_path, capsys):
    write(tmp_path / "qa.toml", 'select = ["NOPE999"]\n')
    paper = write(tmp_path / "p.txt", "сөз , сөз\n")
    assert run(["check", str(paper)]) == 2
    err = capsys.readouterr().err
    assert "unknown rule" in err and err.count("\n") == 1
    assert run(["check", "--isolated", str(paper)]) == 1


def test_select_by_category_and_cli_ignore(tmp_path, capsys):
    paper = write(tmp_path / "p.txt", "сөз , сөз  сөз\n")
    assert run(["check", "--isolated", "--select", "spacing", "--ignore", "SPC001", "--fail-on", "warning",
                str(paper)]) == 1
    out = capsys.readouterr().out
    assert "SPC003" in out and "SPC001" not in out


def test_explicit_missing_config(tmp_path, capsys):
    paper = write(tmp_path / "p.txt", "сөз\n")
    assert run(["check", "--config", str(tmp_path / "none.toml"), str(paper)]) == 2
    assert "config file not found" in capsys.readouterr().err


def test_accept_and_reject_vocabularies(tmp_path, capsys):
    (tmp_path / "accept.txt").write_text("комплаенс\nкомплаенс\\w*\n", encoding="utf-8")
    (tmp_path / "reject.txt").write_text("# house style\nАлма-Ата\nмемлекет\n", encoding="utf-8")
    (tmp_path / "qa.toml").write_text('accept = ["accept.txt"]\nreject = ["reject.txt"]\n', encoding="utf-8")
    paper = write(tmp_path / "p.txt", "комплаенсрисктер мен комплаенс туралы мемлекет Алма-Ата қаласында.\n")
    assert run(["check", "--format", "json", "--fail-on", "warning", str(paper)]) == 1
    import json
    found = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    texts = {(f["rule"], f["text"]) for f in found}
    assert ("VOC001", "мемлекет") in texts and ("VOC001", "Алма-Ата") in texts   # reject wins over the lexicon
    assert not any(f["text"].startswith("комплаенс") for f in found)             # accepted words and patterns
