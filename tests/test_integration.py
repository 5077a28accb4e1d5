"""CI integration: SARIF (schema-valid), GitHub annotations, thresholds, baselines, stats, and
the pre-commit hook and example workflow run as written."""

import json
import shlex
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from qa.cli import run

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
PAPER = (ROOT / "samples" / "sample-paper.txt").read_text(encoding="utf-8")


@pytest.fixture
def paper(write_paper):
    return write_paper(PAPER)


def test_sarif_validates_and_declares_rules(paper, capsys):
    assert run(["check", "--format", "sarif", str(paper)]) == 1
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.validate(sarif, SCHEMA)
    run0 = sarif["runs"][0]
    declared = {r["id"] for r in run0["tool"]["driver"]["rules"]}
    used = {r["ruleId"] for r in run0["results"]}
    assert used and used <= declared
    assert run0["columnKind"] == "unicodeCodePoints"
    res = run0["results"][0]
    region = res["locations"][0]["physicalLocation"]["region"]
    assert PAPER[region["charOffset"]:region["charOffset"] + region["charLength"]] == region["snippet"]["text"]
    assert any("fixes" in r for r in run0["results"])
    for r in run0["results"]:
        assert run0["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]


def test_sarif_with_bad_input_still_valid(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 10)
    assert run(["check", "--format", "sarif", str(bad)]) == 2
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.validate(sarif, SCHEMA)
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_github_annotations_escape_and_summarise(tmp_path, capsys):
    few = tmp_path / "few, one.txt"
    few.write_text("сот , прокуратура\n", encoding="utf-8")
    run(["check", "--format", "github", str(few)])
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0].startswith("::error file=") and "few%2C one.txt" in out[0]
    assert ",line=1,col=4,endLine=1,endColumn=6,title=qa SPC001::" in out[0]
    many = tmp_path / "many.txt"
    many.write_text("сөз , сөз\n" * 30, encoding="utf-8")
    run(["check", "--format", "github", str(many)])
    lines = capsys.readouterr().out.splitlines()
    assert 1 <= len(lines) <= 10
    assert any("30 " in line or "more spacing" in line for line in lines)


def test_baseline_round_trip(paper, tmp_path, capsys):
    base = tmp_path / "baseline.json"
    assert run(["check", "--write-baseline", str(base), str(paper)]) == 0
    assert run(["check", "--baseline", str(base), "--fail-on", "info", str(paper)]) == 0
    capsys.readouterr()
    lines = PAPER.splitlines(keepends=True)
    # three lines on top, and a new defect in a paragraph of its own after the title
    edited = "Кіріспе жолы.\nЕкінші жол.\nҮшінші жол.\n" + "".join(lines[:4]) + "Жаңа қате , мұнда.\n\n" + \
        "".join(lines[4:])
    paper.write_text(edited, encoding="utf-8")
    run(["check", "--baseline", str(base), "--format", "json", "--fail-on", "info", str(paper)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert len(findings) == 1
    assert findings[0]["rule"] == "SPC001" and "мұнда" in edited[findings[0]["start"]:findings[0]["end"] + 8]


def test_stale_baseline_reported(paper, tmp_path, capsys):
    base = tmp_path / "b.json"
    run(["check", "--write-baseline", str(base), str(paper)])
    paper.write_text("Таза мәтін.\n", encoding="utf-8")
    run(["check", "--baseline", str(base), str(paper)])
    assert "no longer match" in capsys.readouterr().err


def test_bad_baseline_file(paper, tmp_path, capsys):
    bad = tmp_path / "b.json"
    bad.write_text("{", encoding="utf-8")
    assert run(["check", "--baseline", str(bad), str(paper)]) == 2
    assert "not a qa baseline" in capsys.readouterr().err


def test_thresholds(tmp_path, capsys):
    p = tmp_path / "p.txt"
    p.write_text("Бұл  сөйлем. Тағы  бір  сөйлем.\n", encoding="utf-8")  # warnings only
    assert run(["check", "--max-errors-per-1000-words", "0", str(p)]) == 0
    (tmp_path / "qa.toml").write_text("[category-limits]\nspacing = 10\n", encoding="utf-8")
    assert run(["check", str(p)]) == 1
    assert "spacing findings per 1,000 words" in capsys.readouterr().err
    q = tmp_path / "q.txt"
    q.write_text("сот , прокуратура және мемлекет органдары бар\n", encoding="utf-8")
    assert run(["check", "--isolated", "--fail-on", "never", "--max-errors-per-1000-words", "500", str(q)]) == 0
    assert run(["check", "--isolated", "--fail-on", "never", "--max-errors-per-1000-words", "50", str(q)]) == 1


def test_stats_table_and_json(paper, capsys):
    run(["check", "--stats", str(paper)])
    out = capsys.readouterr().out
    assert "per 1k" in out and "spacing" in out
    run(["check", "--stats", "--format", "json", str(paper)])
    data = json.loads(capsys.readouterr().out)
    assert data["words"] == len(PAPER.split())
    assert data["total"]["all"] == sum(r["total"] for r in data["categories"])


def _qa_command(words):
    """Run a command line that starts with qa through this interpreter's qa."""
    assert words[0] == "qa"
    return [sys.executable, "-m", "qa", *words[1:]]


def test_pre_commit_hook_runs(paper, tmp_path):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = hooks[0]
    assert hook["id"] == "qa-check" and hook["language"] == "python"
    import re
    assert re.search(hook["files"], "paper.txt")
    proc = subprocess.run(_qa_command(shlex.split(hook["entry"])) + [str(paper)], capture_output=True, text=True)
    assert proc.returncode == 1 and "SPC001" in proc.stdout
    clean = tmp_path / "clean.txt"
    clean.write_text("Қазақстан Республикасы.\n", encoding="utf-8")
    proc = subprocess.run(_qa_command(shlex.split(hook["entry"])) + [str(clean)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_example_workflow_commands_run(paper, tmp_path):
    wf = yaml.safe_load((ROOT / "examples" / "github-workflow.yml").read_text(encoding="utf-8"))
    steps = wf["jobs"]["check-papers"]["steps"]
    commands = [s["run"] for s in steps if "run" in s and s["run"].strip().startswith("qa ")]
    assert len(commands) == 3
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "one.txt").write_text(PAPER, encoding="utf-8")
    outputs = {}
    for cmd in commands:
        proc = subprocess.run(_qa_command(shlex.split(cmd)), cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode in (0, 1), proc.stderr
        outputs[cmd] = proc
    github = next(p for c, p in outputs.items() if "--format github" in c)
    assert github.returncode == 0 and github.stdout.startswith("::")
    jsonschema.validate(json.loads((tmp_path / "qa.sarif").read_text(encoding="utf-8")), SCHEMA)
    upload = [s for s in steps if "upload-sarif" in s.get("uses", "")]
    assert upload and upload[0]["with"]["sarif_file"] == "qa.sarif"


def test_a_pipe_into_check_and_fix(tmp_path):
    # a real pipe, as a shell gives one: "cat paper.txt | qa check -", "qa fix - < paper.txt"
    text = "можно отметить , что у истоков\nличности.Правительство создало\n".encode()
    proc = subprocess.run(_qa_command(["qa", "check", "-"]), input=text, capture_output=True, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines()[0].startswith("-:1:15: error [SPC001]")
    proc = subprocess.run(_qa_command(["qa", "fix", "-"]), input=text, capture_output=True, cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.decode() == "можно отметить, что у истоков\nличности. Правительство создало\n"
    assert list(tmp_path.iterdir()) == []  # nothing written
