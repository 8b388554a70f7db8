"""``summarizer model ...``: fetch the embedded local models and show where they are."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from summarizer.local.model_store import (
    CACHE_DIR_ENV,
    DEFAULT_MODEL_NAME,
    MODELS,
    ModelError,
    ModelSpec,
    default_cache_dir,
    fetch_model,
    fetch_status,
    get_model,
    model_path,
    resolve_model,
)
from summarizer.local.signals import sigterm_as_exit

model_app = typer.Typer(
    name="model",
    help="Manage the embedded local models (GGUF files in the per-user cache).",
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

NameArgument = Annotated[
    str | None,
    typer.Argument(
        help=f"A model from 'summarizer model list' (default: {DEFAULT_MODEL_NAME}).",
        metavar="NAME",
        show_default=False,
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


def _model_or_exit(name: str | None) -> ModelSpec:
    try:
        return get_model(name)
    except ModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@model_app.command("fetch")
def fetch(name: NameArgument = None, cache_dir: CacheDirOption = None) -> None:
    """Download and verify a model (the default: about 1.1 GB); print its path."""
    spec = _model_or_exit(name)
    err = Console(stderr=True)
    target = cache_dir if cache_dir is not None else default_cache_dir()
    err.print(f"Fetching {spec.filename} into {target}")
    try:
        # A script that downloads in the background stops us with SIGTERM: clean up then too.
        with sigterm_as_exit(), _progress_bars(err) as bars:
            path = fetch_model(spec, target, progress=_RichProgress(bars))
    except ModelError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(1) from None
    typer.echo(str(path))


@model_app.command("path")
def path(
    name: NameArgument = None,
    gguf: Annotated[
        Path | None,
        typer.Option("--gguf", help="A GGUF file to use instead of the default model."),
    ] = None,
    cache_dir: CacheDirOption = None,
) -> None:
    """Print the model file a run would use (--gguf > $SUMMARIZER_GGUF > cached default).

    With NAME, print where that fetched model is (for `summarizer brief --gguf ...`);
    $SUMMARIZER_GGUF does not apply then.
    """
    if name is not None and gguf is not None:
        typer.echo("error: give a model NAME or --gguf, not both.", err=True)
        raise typer.Exit(2)
    try:
        if name is not None:
            resolved = model_path(name, cache_dir=cache_dir)
        else:
            resolved = resolve_model(gguf, cache_dir=cache_dir)
    except ModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(str(resolved))


@model_app.command("list")
def list_models(cache_dir: CacheDirOption = None) -> None:
    """List the models 'summarizer model fetch NAME' knows: name, size, whether fetched."""
    rows = [("NAME", "SIZE", "STATUS", "MODEL")]
    for spec in MODELS.values():
        rows.append(
            (
                spec.name,
                f"{spec.size / 1e6:,.0f} MB",
                fetch_status(spec, cache_dir),
                spec.description,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        typer.echo("  ".join([*cells, row[3]]).rstrip())
