"""What every command line of summarizer shares: exit codes, the stderr console, the
output formats and the arguments every run takes (summarizer.cli, summarizer.batch_cli)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

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
