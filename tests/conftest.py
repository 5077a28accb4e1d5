import pytest

from qa.config import Config
from qa.document import Document


@pytest.fixture
def run_rule():
    """Findings of one rule on a text."""
    from qa.api import check_document

    def run(rule_id: str, text: str, tmp=None):
        cfg = Config(select=(rule_id,))
        lex = None
        if rule_id == "VOC001":
            # the rule's examples come with their own reject vocabulary
            import tempfile
            from pathlib import Path

            from qa.checks.rejected_word import EXAMPLE_REJECT
            from qa.lexicon import Lexicon
            f = Path(tempfile.mkdtemp()) / "reject.txt"
            f.write_text("\n".join(EXAMPLE_REJECT) + "\n", encoding="utf-8")
            lex = Lexicon(cfg.languages, (), (f,))
        return check_document(Document(text, languages=cfg.languages), cfg, lex)

    return run


@pytest.fixture
def write_paper(tmp_path):
    """Write ``text`` to tmp_path/paper.txt (UTF-8) and return its path."""
    def write(text: str, name: str = "paper.txt"):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return p

    return write


@pytest.fixture
def stdin(monkeypatch):
    """Feed bytes to the CLI's standard input (read once per command, so reset first)."""
    import io
    import sys

    import qa.api

    def feed(data: bytes):
        monkeypatch.setattr(qa.api, "_stdin_data", None)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return feed
