"""Jinja2 templates of the HTML reports (data only)."""
