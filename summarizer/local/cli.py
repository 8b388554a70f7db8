"""``summarizer model ...``: fetch the embedded local model and show where it is."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from summarizer.local.model_store import (
    CACHE_DIR_ENV,
    DEFAULT_MODEL,
    ModelError,
    default_cache_dir,
    fetch_default_model,
    resolve_model,
)
from summarizer.local.signals import sigterm_as_exit

model_app = typer.Typer(
    name="model",
    help="Manage the embedded local model (a GGUF file in the per-user cache).",
    no_args_is_help=True,
)

_LABELS = {
    "download": "Downloading model chunks",
    "assemble": "Assembling model file",
    "verify": "Verifying cached model",
}

CacheDirOption = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        help=f"Model cache directory (default: ${CACHE_DIR_ENV} or the per-user cache).",
        file_okay=False,
        dir_okay=True,
    ),
]


class _RichProgress:
    """Adapts ``progress(stage, done, total)`` callbacks to Rich bars on stderr."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "download":
            detail = f"{done}/{total} chunks"
        else:
            detail = f"{done / 1e6:,.0f}/{total / 1e6:,.0f} MB"
        task = self._tasks.get(stage)
        if task is None:
            task = self._progress.add_task(_LABELS.get(stage, stage), total=total, detail="")
            self._tasks[stage] = task
        self._progress.update(task, completed=done, total=total, detail=detail)


def _progress_bars(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[detail]}"),
        TimeRemainingColumn(),
        console=console,
    )


@model_app.command("fetch")
def fetch(cache_dir: CacheDirOption = None) -> None:
    """Download and verify the default model (about 1.1 GB); print its path."""
    err = Console(stderr=True)
    target = cache_dir if cache_dir is not None else default_cache_dir()
    err.print(f"Fetching {DEFAULT_MODEL.filename} into {target}")
    try:
        # A script that downloads in the background stops us with SIGTERM: clean up then too.
        with sigterm_as_exit(), _progress_bars(err) as bars:
            path = fetch_default_model(target, progress=_RichProgress(bars))
    except ModelError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(1) from None
    typer.echo(str(path))


@model_app.command("path")
def path(
    gguf: Annotated[
        Path | None,
        typer.Option("--gguf", help="A GGUF file to use instead of the default model."),
    ] = None,
    cache_dir: CacheDirOption = None,
) -> None:
    """Print the model file a run would use (--gguf > $SUMMARIZER_GGUF > cached default)."""
    try:
        resolved = resolve_model(gguf, cache_dir=cache_dir)
    except ModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(str(resolved))
