"""`summarizer`: the command line. Thin: choose a backend, run the pipeline, write files.

Exit codes (README: Failures):
  0   complete: every input read, every article extracted in full;
  1   an unexpected failure (a bug: please report it);
  2   usage, configuration or no usable input;
  3   partial: some inputs skipped or articles failed or lack a pass; the briefing
      covers the rest, stderr and the run metadata name what is missing and why;
  4   nothing could be extracted (every article failed, or the endpoint is down):
      no briefing is written and an existing -o file is left as it was;
  130 interrupted (Ctrl-C); 143 terminated (SIGTERM). Finished articles are cached.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.markup import escape

from summarizer.batch_cli import batch_app
from summarizer.cli_types import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_NOTHING,
    EXIT_PARTIAL,
    EXIT_TERMINATED,
    EXIT_USAGE,
    Format,
    MaxTokensOpt,
    Paths,
    err,
    rendered,
)
from summarizer.cli_types import EXIT_OK as EXIT_OK  # scripts and tests read them here
from summarizer.errors import SummarizerError
from summarizer.local.cli import model_app
from summarizer.local.signals import sigterm_as_exit
from summarizer.options import Backend, Job, Mode, Passes
from summarizer.score_cli import compare_command, score_command

# The pipeline, the model clients and the renderers are imported inside the commands:
# `summarizer --help` and a run served from the cache never load openai or instructor.
if TYPE_CHECKING:
    from summarizer.pipeline import RunResult
    from summarizer.report import ArticleReport


app = typer.Typer(
    help="Turn news articles about one armed-conflict episode into one grounded briefing.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(model_app, name="model")
app.add_typer(batch_app, name="batch")
app.command("score")(score_command)
app.command("compare")(compare_command)


ModelOpt = Annotated[
    str | None, typer.Option("--model", help="Model name (env: SUMMARIZER_MODEL).")
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", help="OpenAI-compatible endpoint (env: OPENAI_BASE_URL)."),
]
ModeOpt = Annotated[
    Mode | None,
    typer.Option(
        "--mode",
        help="instructor mode: tools (OpenAI), json_schema (vLLM, Ollama, llama-server), "
        "llama_cpp (llama-cpp-python's server) (env: SUMMARIZER_MODE).",
    ),
]
BackendOpt = Annotated[Backend, typer.Option("--backend", help="Where the model runs.")]
GgufOpt = Annotated[
    Path | None,
    typer.Option("--gguf", help="GGUF file for --backend local (env: SUMMARIZER_GGUF)."),
]
PassesOpt = Annotated[
    Passes,
    typer.Option(
        "--passes",
        help="focused (small schemas, one call each), classify (casualty figures found by "
        "rule, classified by multiple choice) or one-shot.",
    ),
]
RecordOpt = Annotated[
    Path | None,
    typer.Option(
        "--record",
        help="Record model traffic into DIR/<model-slug>/ (every request goes to the model; "
        "complete articles also fill the cache).",
    ),
]
ReplayOpt = Annotated[
    Path | None,
    typer.Option("--replay", help="Replay recorded traffic from DIR (never goes live)."),
]
ConcurrencyOpt = Annotated[int, typer.Option("--concurrency", min=1, help="Articles at once.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Ignore the per-article cache.")]
ReasksOpt = Annotated[
    int | None,
    typer.Option(
        "--max-reasks",
        min=0,
        help="Validation re-asks per pass (default: 1; 0 with the local model, which at "
        "temperature 0 repeats its answer).",
        show_default=False,
    ),
]
TimeoutOpt = Annotated[
    float,
    typer.Option(
        "--timeout",
        min=1,
        help="Seconds to wait for one answer before retrying (a CPU model can take minutes).",
    ),
]

# Every run's options, declared once: `brief`, `extract` (and any command decorated with
# @job_options) take them all and receive them as one Job.
JOB_OPTIONS: dict[str, tuple[Any, Any]] = {
    "backend": (BackendOpt, Backend.auto),
    "model": (ModelOpt, None),
    "base_url": (BaseUrlOpt, None),
    "mode": (ModeOpt, None),
    "gguf": (GgufOpt, None),
    "passes": (PassesOpt, Passes.focused),
    "record": (RecordOpt, None),
    "replay": (ReplayOpt, None),
    "concurrency": (ConcurrencyOpt, 1),
    "no_cache": (NoCacheOpt, False),
    "max_reasks": (ReasksOpt, None),
    "max_tokens": (MaxTokensOpt, 1024),
    "timeout": (TimeoutOpt, 600.0),
}


def job_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give `command` the run options of JOB_OPTIONS; it is called with them as `job`."""
    own = [
        p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "job"
    ]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
        for name, (kind, default) in JOB_OPTIONS.items()
    ]

    @functools.wraps(command)
    def with_job(**values: Any) -> None:
        given = {name: values.pop(name) for name in JOB_OPTIONS}
        no_cache = given.pop("no_cache")
        command(job=Job(**given, cache=not no_cache), **values)

    parameters = [*own, *added]
    with_job.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    with_job.__annotations__ = {p.name: p.annotation for p in parameters}
    return with_job


@app.command()
@job_options
def brief(
    paths: Paths,
    job: Job,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (default: stdout).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="json, md or html.")] = Format.json,
    episodes: Annotated[
        bool,
        typer.Option(
            "--episodes",
            help="PATHS are manifests (a folder of episode folders, or JSONL with an "
            '"episode" field): one briefing per episode into the folder -o names.',
        ),
    ] = False,
) -> None:
    """Extract every article and merge them into one briefing (JSON, Markdown or HTML).

    Run metadata (model, timings, tokens, retries, dropped items) is written beside
    the output: briefing.json -> briefing.run.json, briefing.md -> briefing.md.run.json.
    """
    from summarizer.cache import write_atomic

    if episodes:
        _brief_episodes(paths, job, output, fmt)
        return
    run = _run(paths, job)
    if output is not None:
        # Written first, and even when no briefing is: it says what happened.
        write_atomic(run_metadata_path(output), run.metadata.model_dump_json(indent=2))
    if run.extracted_any:
        from summarizer.read.articles import load_articles

        _emit(rendered(run.briefing, fmt, lambda: load_articles(paths)[0]), output)
    _exit_for(run, output)


def _brief_episodes(paths: list[Path], job: Job, output: Path | None, fmt: Format) -> None:
    """`brief --episodes`: OUT/<episode>.<format> and .run.json each, and OUT/summary.json."""
    import json

    from slugify import slugify

    from summarizer import indexes
    from summarizer.cache import write_atomic
    from summarizer.read.manifest import load_episodes
    from summarizer.run import run_episodes

    if output is None or (output.exists() and not output.is_dir()):
        err.print("[red]error[/]: --episodes writes one briefing per episode: -o names a folder")
        raise typer.Exit(EXIT_USAGE)
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    indexes.warm()
    found, manifest_errors = load_episodes(paths)
    for error in manifest_errors + [e for _, errors in found.values() for e in errors]:
        err.print(f"[yellow]skipped[/]: {escape(str(error))}", highlight=False)
    total = sum(len(articles) for articles, _ in found.values())
    if not total:
        err.print("[red]error[/]: no readable articles in any episode")
        raise typer.Exit(EXIT_USAGE)
    runs = _guarded(total, lambda advance, starting: run_episodes(found, job, advance, starting))
    summary: dict[str, object] = {"manifest_errors": [str(e) for e in manifest_errors]}
    statuses = {}
    for name, run in runs.items():
        stem = slugify(name) or "episode"
        if run.extracted_any:
            text = rendered(run.briefing, fmt, lambda articles=found[name][0]: articles)  # type: ignore[misc]
            _emit(text, output / f"{stem}.{fmt.value}")
        write_atomic(output / f"{stem}.run.json", run.metadata.model_dump_json(indent=2))
        status = "complete" if run.complete else "partial" if run.extracted_any else "nothing"
        statuses[name] = status
        summary[name] = {
            "status": status,
            "briefing": f"{stem}.{fmt.value}" if run.extracted_any else None,
            "failed": [r.source for r in run.failed],
            "partial": [r.source for r in run.partial],
            "input_errors": run.metadata.input_errors,
        }
        err.print(f"{escape(name)}: {status}", highlight=False)
    write_atomic(output / "summary.json", json.dumps(summary, indent=2, sort_keys=True) + "\n")
    if all(s == "nothing" for s in statuses.values()):
        raise typer.Exit(EXIT_NOTHING)
    if manifest_errors or any(s != "complete" for s in statuses.values()):
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
@job_options
def extract(
    paths: Paths,
    job: Job,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="JSONL file (default: stdout).")
    ] = None,
) -> None:
    """Write one ArticleExtraction per line (JSONL), without merging."""
    run = _run(paths, job)
    if run.extracted_any:
        _emit("".join(e.model_dump_json() + "\n" for e in run.extractions), output)
    _exit_for(run, output)


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", help="Folder for the JSON Schemas.")] = Path(
        "schemas"
    ),
) -> None:
    """Regenerate the JSON Schemas of the record from the Pydantic models."""
    from summarizer.schemas_io import write_schemas

    for path in write_schemas(out):
        err.print(f"wrote {path}")


def _run(paths: list[Path], job: Job) -> RunResult:
    from summarizer import indexes
    from summarizer.read.articles import load_articles
    from summarizer.run import run_job

    # instructor logs every failed attempt; the run metadata already records them.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    indexes.warm()  # before reading: datelines look places up
    articles, input_errors = load_articles(paths)
    for error in input_errors:
        err.print(f"[yellow]skipped[/]: {escape(str(error))}", highlight=False)
    if not articles:
        err.print("[red]error[/]: no readable articles in the given paths")
        raise typer.Exit(EXIT_USAGE)

    return _guarded(
        len(articles),
        lambda advance, starting: run_job(articles, input_errors, job, advance, starting),
    )


T = TypeVar("T")


def _guarded(
    total: int,
    work: Callable[[Callable[[ArticleReport], None], Callable[[Path], None]], T],
) -> T:
    """Run `work` with a progress display, turning errors and signals into exit codes."""

    def server_starting(model_path: Path) -> None:
        err.print(f"starting local model server for {escape(model_path.name)} ...")

    finished: list[ArticleReport] = []
    try:
        with sigterm_as_exit(), _progress(total, finished) as advance:
            return work(advance, server_starting)
    except SummarizerError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}", highlight=False)
        raise typer.Exit(exc.exit_code) from exc
    except FileNotFoundError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from exc
    except KeyboardInterrupt:
        _stopped("interrupted", finished, total)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except SystemExit as exc:
        if exc.code != EXIT_TERMINATED:
            raise
        _stopped("terminated (SIGTERM)", finished, total)
        raise typer.Exit(EXIT_TERMINATED) from None


def _stopped(how: str, finished: list[ArticleReport], total: int) -> None:
    done = [r.source for r in finished if r.complete]
    listed = f": {', '.join(done)}" if done else ""
    err.print(
        f"[red]{how}[/]: {len(done)} of {total} article(s) finished and cached{escape(listed)}; "
        "nothing was written; rerun the same command to go on from there",
        highlight=False,
    )


@contextmanager
def _progress(
    total: int, finished: list[ArticleReport]
) -> Iterator[Callable[[ArticleReport], None]]:
    """A progress bar on a terminal; elsewhere (a log, a pipe) one line per article."""
    if not err.is_terminal:

        def line(report: ArticleReport) -> None:
            finished.append(report)
            err.print(
                f"[{len(finished)}/{total}] {escape(report.source)}: {escape(_outcome(report))}",
                highlight=False,
            )

        yield line
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(
        TextColumn("[bold]extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=False,
    )
    task = progress.add_task("", total=total)

    def advance(report: ArticleReport) -> None:
        finished.append(report)
        failed = " [red]failed[/]" if report.error else ""
        failed = failed or (" [yellow]partial[/]" if report.missing else "")
        progress.update(task, advance=1, description=f"{escape(report.source)}{failed}")

    with progress:
        yield advance


def _outcome(report: ArticleReport) -> str:
    if report.error:
        return "failed"
    if report.missing:
        return f"partial (no {', '.join(report.missing)})"
    if report.same_as:
        return f"the same text as {report.same_as}"
    return f"done ({'cached' if report.cached else f'{report.seconds:.1f} s'})"


def run_metadata_path(output: Path) -> Path:
    """briefing.json -> briefing.run.json; briefing.md -> briefing.md.run.json (never shared)."""
    if output.suffix == ".json":
        return output.with_suffix(".run.json")
    return output.with_name(output.name + ".run.json")


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        from summarizer.cache import write_atomic

        write_atomic(output, text)
        err.print(f"wrote {escape(str(output))}")


def _exit_for(run: RunResult, output: Path | None) -> None:
    for report in run.failed:
        err.print(f"[red]failed[/]: {escape(report.error or '')}", highlight=False)
    for report in run.partial:
        for pass_report in report.passes:
            if pass_report.error:
                err.print(f"[yellow]partial[/]: {escape(pass_report.error)}", highlight=False)
    dropped = sum(len(a.dropped) for a in run.metadata.articles)
    if dropped:
        err.print(f"{dropped} ungrounded item(s) dropped; see the run metadata", highlight=False)
    if run.metadata.stopped:
        err.print(f"[red]stopped early[/]: {escape(run.metadata.stopped)}", highlight=False)
    if not run.extracted_any:
        kept = f"; {escape(str(output))} was left as it was" if output else ""
        err.print(f"[red]nothing could be extracted[/]: no briefing written{kept}", highlight=False)
        raise typer.Exit(EXIT_NOTHING)
    if not run.complete:
        missing = len(run.failed) + len(run.partial)
        err.print(
            f"[yellow]incomplete[/]: {missing} article(s) failed or partial, "
            f"{len(run.metadata.input_errors)} input(s) skipped; "
            + (
                "rerun to retry what failed (finished articles come from the cache)"
                if missing
                else "fix or drop the skipped inputs"
            ),
            highlight=False,
        )
        raise typer.Exit(EXIT_PARTIAL)


def _usage(message: str) -> None:
    err.print(f"[red]error[/]: {escape(message)}")
    raise typer.Exit(EXIT_USAGE)


def main() -> None:  # pragma: no cover - console entry point
    code: int = EXIT_OK
    try:
        app()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else 1)
        if isinstance(exc.code, str):
            err.print(escape(exc.code), highlight=False)
    except Exception as exc:  # last resort: one line, not a traceback
        err.print(f"[red]unexpected error[/]: {escape(str(exc))}")
        code = EXIT_ERROR
    # Leave without the interpreter's teardown: freeing the reference indexes' million small
    # objects takes 0.3 s, a third of a cached run. By now every file is written atomically
    # and closed, and a local server is stopped (its atexit hook is unregistered then).
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`)
            stream.flush()
    logging.shutdown()
    os._exit(code)
