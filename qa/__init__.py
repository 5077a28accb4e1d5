"""qa: text-quality checks for OCR'd and extracted scholarly proceedings (kk, ru, en)."""

__version__ = "0.1.0"
