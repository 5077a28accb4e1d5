"""--jobs: the same output with any number of processes, and a sensible automatic choice."""

import json
from pathlib import Path

import pytest

from qa import api
from qa.cli import run
from qa.lexicon import Lexicon

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "sample-paper.txt"


def _check_json(args, capsys) -> dict:
    run(["check", "--format", "json", *args])
    return json.loads(capsys.readouterr().out)


def test_jobs_output_identical_across_files_and_chunks(tmp_path, capsys):
    text = SAMPLE.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((text + "\n\n") * (3 * api.CHUNK_CHARS // len(text) + 1), encoding="utf-8")
    assert len(api.chunk_spans(big.read_text(encoding="utf-8"))) >= 3
    small = tmp_path / "small.txt"
    small.write_text(text, encoding="utf-8")
    args = [str(small), str(big)]
    one = _check_json(["--jobs", "1", *args], capsys)
    two = _check_json(["--jobs", "2", *args], capsys)
    auto = _check_json(args, capsys)
    assert one == two == auto
    findings = one["files"][1]["findings"]
    assert len({f["start"] for f in findings}) == len(findings) > 100  # every chunk checked, none twice


def test_auto_jobs_small_input_stays_in_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(api, "available_cpus", lambda: 8)
    f = tmp_path / "paper.txt"
    f.write_text("Қазақстан Республикасы.\n", encoding="utf-8")
    assert api.auto_jobs([f]) == 1
    big = tmp_path / "volume.txt"
    big.write_bytes(b"a " * (3 * api.CHUNK_CHARS))
    assert api.auto_jobs([big]) == 6  # one a chunk (bytes / chunk size), under the CPU count
    monkeypatch.setattr(api, "available_cpus", lambda: 2)
    assert api.auto_jobs([big, f]) == 2
    monkeypatch.setattr(api, "available_cpus", lambda: 1)
    assert api.auto_jobs([big]) == 1


@pytest.mark.parametrize("value", ["x", "0", "257", "-1"])
def test_bad_jobs_value_is_usage_error(value, capsys):
    assert run(["check", "--jobs", value, str(SAMPLE)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "--jobs" in err


def test_suggestions_do_not_depend_on_what_was_asked_before():
    """A worker process that validated other words first must suggest the same."""
    fresh = Lexicon()
    word = "микрогрин"
    expected = fresh.suggester.candidates(word, "kk")
    warmed = Lexicon()
    for w in ("микрогрін", "микрогрің", "микрон", *(c.word for c in expected)):
        warmed.is_valid(w)
        warmed.is_valid(w, "kk")
    assert warmed.suggester.candidates(word, "kk") == expected
