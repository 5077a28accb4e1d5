import pytest

from qa.config import Config
from qa.document import Document


@pytest.fixture
def run_rule():
    """Findings of one rule on a text."""
    from qa.api import check_document

    def run(rule_id: str, text: str):
        cfg = Config(select=(rule_id,))
        return check_document(Document(text, languages=cfg.languages), cfg)

    return run
