"""Output renderers: one module per format, each with ``render(results, stream, **options)``."""

FORMATS = ("text", "json", "sarif", "github")
