"""Hostile and broken input: every case ends with exit 0, 1 or 2, a one-line message for errors,
no traceback, the input unchanged, any output complete or absent. Files are made here."""

import codecs
import io
import json
import os
import random
import resource
import zipfile
from pathlib import Path

import pytest

from qa.cli import run

KK = "Қазақстан Республикасы өзін демократиялық , зайырлы мемлекет ретінде орнықтырады.\n"


def check_case(capsys, args, inputs):
    before = {p: p.read_bytes() for p in inputs if p.is_file()}
    code = run(args)
    out = capsys.readouterr()
    assert code in (0, 1, 2), code
    assert "Traceback" not in out.err and "Traceback" not in out.out
    if code == 2:
        assert out.err.strip(), "an error needs a message"
        for line in out.err.strip().splitlines():
            assert line.startswith("qa: "), line
    for p, data in before.items():
        assert p.read_bytes() == data, f"{p} changed"
    return code, out


CASES = {
    "empty": b"",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)),
    "random": bytes(random.Random(1).randrange(256) for _ in range(5000)),
    "invalid-utf8": "Қазақстан".encode() + b"\xff\xfe\xfa" + "мемлекет".encode() * 3,
    "utf16-bom": codecs.BOM_UTF16_LE + KK.encode("utf-16-le"),
    "utf16-nobom": KK.encode("utf-16-le"),
    "cp1251": "Реформы направлены , что важно для граждан.\n".encode("cp1251"),
    "koi8r": "Реформы направлены , что важно для граждан.\n".encode("koi8-r"),
    "crlf": KK.replace("\n", "\r\n").encode(),
    "cr": KK.replace("\n", "\r").encode(),
    "mixed-eol": (KK + KK.replace("\n", "\r\n") + KK.replace("\n", "\r")).encode(),
    "nul": KK.encode() + b"\x00" + KK.encode(),
    "html": b'<script>alert(1)</script> , <img src=x onerror=alert(2)>\n',
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("command", ["check", "fix", "report"])
def test_battery(tmp_path, capsys, name, command):
    p = tmp_path / f"{name}.txt"
    p.write_bytes(CASES[name])
    out_dir = tmp_path / "out"
    args = {"check": ["check", "--format", "json", str(p)],
            "fix": ["fix", str(p), "--output-dir", str(out_dir)],
            "report": ["report", str(p), "-o", str(out_dir)]}[command]
    code, out = check_case(capsys, args, [p])
    if command == "check" and code != 2:
        json.loads(out.out)  # complete JSON
    if command == "fix" and code == 0:
        assert (out_dir / p.name).exists()
    if code == 2 and out_dir.exists():
        assert not any(out_dir.iterdir()), "no partial output on error"
    leftovers = [x for x in tmp_path.rglob(".*") if x.is_file()]
    assert not leftovers, f"temporary files left: {leftovers}"


def test_fifty_megabyte_single_line_memory_bounded(tmp_path, capsys):
    p = tmp_path / "line.txt"
    unit = "сот мемлекет құқық "
    with p.open("w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 * 1024 // len(unit.encode()) // 1000):
            fh.write(unit * 999 + "сот  мемлекет ")  # one doubled space in every thousand phrases
    size = p.stat().st_size
    assert size > 45 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    code, out = check_case(capsys, ["check", "--stats", "--fail-on", "warning", "--select", "SPC003,ART003", str(p)],
                           [p])
    grew_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert code == 1 and "spacing" in out.out
    assert grew_mb < 1500, f"memory grew by {grew_mb:.0f} MB"


def test_million_character_word(tmp_path, capsys):
    p = tmp_path / "word.txt"
    p.write_text("а" * 1_000_000 + " сөз\n", encoding="utf-8")
    code, _ = check_case(capsys, ["check", "--format", "json", str(p)], [p])
    assert code in (0, 1)


def test_ten_thousand_small_files(tmp_path, capsys):
    d = tmp_path / "vol"
    d.mkdir()
    for i in range(10_000):
        (d / f"{i:05d}.txt").write_text("сөз , сөз\n" if i % 1000 == 0 else "Таза мәтін.\n", encoding="utf-8")
    code, out = check_case(capsys, ["check", "--stats", "--format", "json", "--select", "SPC", str(d)], [])
    assert code == 1
    assert json.loads(out.out)["files"] == 10_000


def test_symlink_loop_and_dangling_link(tmp_path, capsys):
    d = tmp_path / "vol"
    d.mkdir()
    (d / "a.txt").write_text(KK, encoding="utf-8")
    os.symlink(d, d / "loop")
    os.symlink(tmp_path / "nowhere.txt", d / "dangling.txt")
    code, out = check_case(capsys, ["check", "--format", "json", str(d)], [d / "a.txt"])
    assert code == 1
    assert [Path(f["path"]).name for f in json.loads(out.out)["files"]] == ["a.txt"]
    code, out = check_case(capsys, ["check", str(d / "loop" / "loop" / "a.txt")], [])
    assert code == 1


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(KK, encoding="utf-8")
    import pathlib

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pathlib.Path, "read_bytes", deny)
    code, out = check_case(capsys, ["check", str(p)], [])
    assert code == 2 and "permission denied" in out.err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere; the simulated case below runs instead")
def test_read_only_output_folder(tmp_path, capsys):
    p = tmp_path / "in.txt"
    p.write_text(KK, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        code, out = check_case(capsys, ["fix", str(p), "--output-dir", str(ro)], [p])
        assert code == 2 and "cannot write" in out.err
    finally:
        ro.chmod(0o700)


def test_read_only_output_folder_simulated(tmp_path, capsys, monkeypatch):
    p = tmp_path / "in.txt"
    p.write_text(KK, encoding="utf-8")
    import tempfile

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, out = check_case(capsys, ["fix", str(p), "--output-dir", str(tmp_path / "o")], [p])
    assert code == 2 and "cannot write" in out.err
    code, out = check_case(capsys, ["check", "-o", str(tmp_path / "r.json"), str(p)], [p])
    assert code == 2 and not (tmp_path / "r.json").exists()


def test_output_equal_to_input(tmp_path, capsys):
    p = tmp_path / "in.txt"
    p.write_text(KK, encoding="utf-8")
    code, out = check_case(capsys, ["fix", str(p), "-o", str(p)], [p])
    assert code == 2 and "output is the input" in out.err
    code, out = check_case(capsys, ["fix", str(p), "--output-dir", str(tmp_path)], [p])
    assert code == 2


def test_docx_with_external_entity(tmp_path, capsys):
    p = tmp_path / "xxe.docx"
    xml = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>&xxe; мәтін</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("word/document.xml", xml)
    code, out = check_case(capsys, ["check", "--format", "json", str(p)], [p])
    assert "root:" not in out.out
    assert code == 2 and "EntitiesForbidden" in out.err


def test_interrupted_write_leaves_no_partial_output(tmp_path, capsys, monkeypatch):
    p = tmp_path / "in.txt"
    p.write_text(KK, encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text("previous complete output", encoding="utf-8")
    import qa.fileio as fileio

    real = fileio.os.replace

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", boom)
    code, err = check_case(capsys, ["fix", str(p), "-o", str(out)], [p])
    monkeypatch.setattr(fileio.os, "replace", real)
    assert code == 2 and "No space left" in err.err
    assert out.read_text(encoding="utf-8") == "previous complete output"
    assert [x.name for x in tmp_path.iterdir() if x.name.startswith(".")] == []


def test_internal_error_is_one_line(capsys, monkeypatch, tmp_path):
    p = tmp_path / "in.txt"
    p.write_text(KK, encoding="utf-8")
    import qa.api

    def broken(*a, **k):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(qa.api, "check_document", broken)
    code = run(["check", str(p)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("qa: internal error: RuntimeError: simulated bug") and err.count("\n") == 1


def test_stdin_like_stream_not_needed():
    # the CLI reads standard input only for a path "-": otherwise a closed stdin does not matter
    import sys
    old = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        assert run(["rules"]) == 0
    finally:
        sys.stdin = old
