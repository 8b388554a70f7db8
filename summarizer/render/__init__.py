"""Stage 4, rendering: the Briefing as Markdown or as one self-contained HTML page."""

from summarizer.render.views import render_html, render_markdown

__all__ = ["render_html", "render_markdown"]
