"""What every command line of summarizer shares: exit codes, the stderr console, the
output formats and the arguments every run takes (summarizer.cli, summarizer.batch_cli)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from summarizer.models import Briefing
    from summarizer.read.articles import Article

# README: Failures. 130/143 are the shell's codes for SIGINT/SIGTERM.
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2, 3, 4
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143

# soft_wrap: a message is one line, so a path in it is never split across two.
err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    json = "json"
    md = "md"
    html = "html"


Paths = Annotated[
    list[Path], typer.Argument(metavar="PATHS", help="Article files, folders or JSONL files.")
]
MaxTokensOpt = Annotated[int, typer.Option("--max-tokens", min=64, help="Answer limit per call.")]


def rendered(briefing: Briefing, fmt: Format, articles: Callable[[], list[Article]]) -> str:
    """The briefing as `fmt`; HTML shows each article in full, its cited sentences marked."""
    if fmt is Format.md:
        from summarizer.render import render_markdown

        return render_markdown(briefing)
    if fmt is Format.html:
        from summarizer.render import render_html

        return render_html(briefing, articles())
    return briefing.model_dump_json(indent=2) + "\n"
