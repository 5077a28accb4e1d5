import json
import os
import stat

import pytest

from qa.cli import run

SEED_LIKE = "можно отметить , что у истоков\nличности.Правительство создало\n"


@pytest.fixture
def paper(write_paper):
    return write_paper(SEED_LIKE)


def test_check_text_format_and_exit_1(paper, capsys):
    assert run(["check", str(paper)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f'{paper}:1:15: error [SPC001] space before "," (→ ,)'
    assert out[1].startswith(f"{paper}:2:9: error [SPC002]")


def test_check_json_contract(paper, capsys):
    assert run(["check", "--format", "json", str(paper)]) == 1
    doc = json.loads(capsys.readouterr().out)
    f = doc["files"][0]
    assert f["path"] == str(paper)
    first = f["findings"][0]
    for key in ("start", "end", "category", "severity", "rule", "message", "suggestions"):
        assert key in first
    assert SEED_LIKE[first["start"]:first["end"]] == " ,"
    assert (first["line"], first["column"]) == (1, 15)


def test_fail_on_never_and_warning(paper, tmp_path):
    assert run(["check", "--fail-on", "never", str(paper)]) == 0
    clean = tmp_path / "clean.txt"
    clean.write_text("Бұл  сөйлем.\n", encoding="utf-8")
    assert run(["check", str(clean)]) == 0          # a warning does not fail by default
    assert run(["check", "--fail-on", "warning", str(clean)]) == 1


@pytest.mark.parametrize("content,msg", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(256)), "binary"),
])
def test_bad_input_one_line_exit_2(tmp_path, capsys, content, msg):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    assert run(["check", str(p)]) == 2
    err = capsys.readouterr().err
    assert msg in err and err.count("\n") == 1 and "Traceback" not in err
    assert p.read_bytes() == content


def test_missing_file(tmp_path, capsys):
    assert run(["check", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and err.count("\n") == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(paper, capsys):
    paper.chmod(0)
    try:
        assert run(["check", str(paper)]) == 2
        assert "permission denied" in capsys.readouterr().err
    finally:
        paper.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_unreadable_file_simulated(paper, capsys, monkeypatch):
    # CI runs as root, who reads every file: simulate the refusal at the read itself
    import pathlib

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pathlib.Path, "read_bytes", deny)
    assert run(["check", str(paper)]) == 2
    err = capsys.readouterr().err
    assert err == f"qa: {paper}: permission denied\n"


def test_output_flag_with_directory_input_is_usage_error(tmp_path, capsys):
    assert run(["fix", str(tmp_path), "-o", str(tmp_path / "x.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_bad_usage_exit_2(capsys):
    assert run(["check"]) == 2
    assert run(["check", "--format", "yaml", "x"]) == 2
    assert run(["nosuchcommand"]) == 2


def test_fix_writes_output_and_keeps_input(paper, tmp_path):
    out = tmp_path / "out.txt"
    assert run(["fix", str(paper), "-o", str(out)]) == 0
    assert paper.read_text(encoding="utf-8") == SEED_LIKE
    assert out.read_text(encoding="utf-8") == "можно отметить, что у истоков\nличности. Правительство создало\n"


def test_fix_refuses_to_overwrite_input(paper, capsys):
    assert run(["fix", str(paper), "-o", str(paper)]) == 2
    assert paper.read_text(encoding="utf-8") == SEED_LIKE


def test_fix_in_place_keeps_backup(paper):
    assert run(["fix", str(paper), "--in-place"]) == 0
    assert (paper.parent / "paper.txt.orig").read_text(encoding="utf-8") == SEED_LIKE
    assert "отметить, что" in paper.read_text(encoding="utf-8")


def test_fix_output_dir_and_idempotence(paper, tmp_path):
    d1, d2 = tmp_path / "d1", tmp_path / "d2"
    assert run(["fix", str(paper), "--output-dir", str(d1)]) == 0
    once = (d1 / "paper.txt").read_text(encoding="utf-8")
    assert run(["fix", str(d1 / "paper.txt"), "--output-dir", str(d2)]) == 0
    assert (d2 / "paper.txt").read_text(encoding="utf-8") == once


def test_fix_keeps_legacy_encoding(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("Реформы направлены , что важно для граждан страны.".encode("cp1251"))
    out = tmp_path / "o.txt"
    assert run(["fix", str(p), "-o", str(out)]) == 0
    assert out.read_bytes().decode("cp1251") == "Реформы направлены, что важно для граждан страны."


def test_rules_and_rule_doc(capsys):
    assert run(["rules"]) == 0
    assert "SPC001" in capsys.readouterr().out
    assert run(["rule", "spc001"]) == 0
    assert "space-before-punctuation" in capsys.readouterr().out
    assert run(["rule", "SPC01"]) == 2
    assert "did you mean" in capsys.readouterr().err


def test_version(capsys):
    assert run(["--version"]) == 0
    assert "qa, version" in capsys.readouterr().out


def test_directory_walk(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("сөз , сөз\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("таза мәтін\n", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    assert run(["check", "--format", "json", str(tmp_path)]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert sorted(os.path.basename(f["path"]) for f in files) == ["one.txt", "two.txt"]


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                          ("utf-16-be", b"\xfe\xff"), ("utf-8", b"")])
def test_fix_keeps_encoding_and_byte_order_mark(tmp_path, encoding, bom):
    p = tmp_path / "in.txt"
    p.write_bytes(bom + "Реформы направлены , что важно.\r\nЕкінші жол.\r\n".encode(encoding))
    out = tmp_path / "out.txt"
    assert run(["fix", str(p), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(bom)
    assert data[len(bom):].decode(encoding) == "Реформы направлены, что важно.\r\nЕкінші жол.\r\n"


def test_in_place_backup_is_byte_identical(tmp_path):
    p = tmp_path / "in.txt"
    original = b"\xef\xbb\xbf" + "сөз , сөз\r\n".encode()
    p.write_bytes(original)
    p.chmod(0o640)
    assert run(["fix", str(p), "--in-place"]) == 0
    assert (tmp_path / "in.txt.orig").read_bytes() == original
    assert p.read_bytes() == b"\xef\xbb\xbf" + "сөз, сөз\r\n".encode()
    assert p.stat().st_mode & 0o777 == 0o640


def test_fix_diff_prints_and_writes_nothing(paper, tmp_path, capsys):
    assert run(["fix", str(paper), "--diff"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("---") and "-можно отметить , что" in out and "+можно отметить, что" in out
    assert sorted(x.name for x in tmp_path.iterdir()) == ["paper.txt"]


def test_fix_reflow_joins_lines_and_is_idempotent(tmp_path):
    lines = ["Бірінші абзацтың бірінші жолы ұзын болып келеді осында", "",
             "және осы абзацтың екінші жолы тағы да ұзын болып келеді", "", "соңы.", "",
             "Екінші абзацтың бірінші жолы да ұзын болып жалғасады әрі", "", "оның соңы.", "",
             "Үшінші абзацтың жолы ұзын болып келеді және жалғасады", "", "бітті.", ""]
    p = tmp_path / "in.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    once, twice = tmp_path / "once.txt", tmp_path / "twice.txt"
    assert run(["fix", str(p), "--reflow", "-o", str(once)]) == 0
    text = once.read_text(encoding="utf-8")
    assert text.split("\n\n")[0] == ("Бірінші абзацтың бірінші жолы ұзын болып келеді осында және осы абзацтың "
                                      "екінші жолы тағы да ұзын болып келеді соңы.")
    assert len(text.strip().split("\n\n")) == 3
    assert run(["fix", str(once), "--reflow", "-o", str(twice)]) == 0
    assert twice.read_text(encoding="utf-8") == text


def test_dash_as_output_means_standard_output(paper, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(["fix", str(paper), "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "можно отметить, что у истоков\nличности. Правительство создало\n"
    assert "standard output" in captured.err
    assert run(["check", str(paper), "--format", "json", "-o", "-"]) == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert sorted(x.name for x in tmp_path.iterdir()) == ["paper.txt"]  # no file named "-"


def test_check_reads_standard_input_for_dash(stdin, capsys):
    stdin(SEED_LIKE.encode("utf-8"))
    assert run(["check", "-"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == '-:1:15: error [SPC001] space before "," (→ ,)'


def test_check_standard_input_beside_a_file_and_as_json(stdin, paper, capsys):
    stdin("Бұл  сөйлем.\n".encode())
    assert run(["check", "--format", "json", "--fail-on", "warning", str(paper), "-"]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert [f["path"] for f in files] == [str(paper), "-"]
    assert [f["rule"] for f in files[1]["findings"]] == ["SPC003"]


def test_fix_standard_input_to_standard_output(stdin, capsys):
    stdin(SEED_LIKE.encode("utf-8"))
    assert run(["fix", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "можно отметить, что у истоков\nличности. Правительство создало\n"
    assert "-: 2 fixes applied -> standard output" in captured.err


def test_fix_standard_input_cannot_be_fixed_in_place(stdin, capsys):
    stdin(SEED_LIKE.encode("utf-8"))
    assert run(["fix", "--in-place", "-"]) == 2
    assert "--in-place cannot write back into standard input" in capsys.readouterr().err


def test_fix_standard_input_into_a_folder_and_report(stdin, tmp_path, capsys):
    stdin(SEED_LIKE.encode("utf-8"))
    assert run(["fix", "--output-dir", str(tmp_path / "out"), "-"]) == 0
    assert (tmp_path / "out" / "stdin.txt").read_text(encoding="utf-8").startswith("можно отметить, что")
    assert run(["report", "-o", str(tmp_path / "rep"), "-"]) == 0
    assert (tmp_path / "rep" / "stdin.html").exists()


def test_empty_or_undecodable_standard_input_is_an_input_error(stdin, capsys):
    stdin(b"")
    assert run(["check", "-"]) == 2
    assert capsys.readouterr().err.strip() == "qa: -: file is empty"
    stdin(b"\x00\x01\x02binary\xff\xfe" * 50)
    assert run(["check", "-"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("qa: -: ") and err.count("\n") == 0
