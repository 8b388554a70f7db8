"""`summarizer batch prepare|collect`: offline batch files (summarizer.batch).

    summarizer batch prepare seeds/ -o requests.jsonl --model M --mode json_schema
    # run requests.jsonl with the OpenAI Batch API or vLLM's run_batch -> results.jsonl
    summarizer batch collect seeds/ --results results.jsonl -o briefing.json --model M ...

Exit codes are `brief`'s (cli.py): 3 when an article is still pending (its requests are
in the next round's file) or failed, 4 when no article could be made, 2 for bad usage.
summarizer.batch (and the model client under it) is imported only when a command runs.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.markup import escape

from summarizer.cli_types import (
    EXIT_NOTHING,
    EXIT_PARTIAL,
    EXIT_USAGE,
    Format,
    MaxTokensOpt,
    Paths,
    err,
    rendered,
)
from summarizer.errors import SummarizerError
from summarizer.options import Mode, Passes

if TYPE_CHECKING:
    from summarizer.batch import Collected


batch_app = typer.Typer(
    help="Offline batch files: write every request for the OpenAI Batch API or vLLM's "
    "run_batch, then make the briefing from their results.",
    no_args_is_help=True,
)


ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="Model name, written into every request (env: SUMMARIZER_MODEL)."),
]
ModeOpt = Annotated[
    Mode | None,
    typer.Option(
        "--mode",
        help="instructor mode, the request dialect: json_schema (vLLM, default), tools "
        "(OpenAI), llama_cpp (llama-cpp-python's server) (env: SUMMARIZER_MODE).",
    ),
]
PassesOpt = Annotated[
    Passes, typer.Option("--passes", help="focused, classify or one-shot (as for brief).")
]
ReasksOpt = Annotated[
    int, typer.Option("--max-reasks", min=0, help="Validation re-asks per pass (each a round).")
]
NOTE = "Give prepare and collect the same --model, --mode, --passes, --max-tokens, --max-reasks."


@batch_app.command("prepare")
def prepare_command(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="The Batch API input file (JSONL) to write.")
    ],
    model: ModelOpt = None,
    mode: ModeOpt = None,
    passes: PassesOpt = Passes.focused,
    max_reasks: ReasksOpt = 1,
    max_tokens: MaxTokensOpt = 1024,
) -> None:
    """Write the requests every article's passes send, one Batch API line each."""
    from summarizer.batch import prepare

    _quiet()
    try:
        prepared = prepare(
            paths,
            model=model,
            mode=mode,
            passes=passes,
            max_reasks=max_reasks,
            max_tokens=max_tokens,
        )
    except SummarizerError as exc:
        _fail(str(exc), exc.exit_code)
    _skipped(prepared.input_errors)
    if not prepared.articles:
        _fail("no readable articles in the given paths", EXIT_USAGE)
    prepared.write(output)
    err.print(
        f"wrote {len(prepared.requests)} request(s) for {len(prepared.articles)} article(s) "
        f"to {escape(str(output))}. {NOTE}",
        highlight=False,
    )
    if prepared.input_errors:
        raise typer.Exit(EXIT_PARTIAL)


@batch_app.command("collect")
def collect_command(
    paths: Paths,
    results: Annotated[
        list[Path],
        typer.Option(
            "--results",
            help="Batch API output file (JSONL); repeat it for every round's results.",
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (default: stdout).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="json, md or html.")] = Format.json,
    next_requests: Annotated[
        Path | None,
        typer.Option(
            "--next",
            help="Where to write the requests still without an answer [default: "
            "requests.roundN.jsonl beside -o, N the number of --results plus one].",
            show_default=False,
        ),
    ] = None,
    model: ModelOpt = None,
    mode: ModeOpt = None,
    passes: PassesOpt = Passes.focused,
    max_reasks: ReasksOpt = 1,
    max_tokens: MaxTokensOpt = 1024,
) -> None:
    """Make the briefing from the batch results, as a live run would from the same answers.

    Run metadata is written beside the output, as by brief. Requests that still need an
    answer (a validation re-ask, a request asked again) go to the next round's file.
    """
    from summarizer.batch import collect
    from summarizer.cache import write_atomic

    _quiet()
    try:
        done = collect(
            paths,
            results,
            model=model,
            mode=mode,
            passes=passes,
            max_reasks=max_reasks,
            max_tokens=max_tokens,
        )
    except SummarizerError as exc:
        _fail(str(exc), exc.exit_code)
    run = done.run
    _skipped(run.metadata.input_errors)
    if not run.metadata.articles:
        _fail("no readable articles in the given paths", EXIT_USAGE)
    if output is not None:
        write_atomic(_metadata_path(output), run.metadata.model_dump_json(indent=2))
    if done.unmatched:
        err.print(
            f"[yellow]unmatched[/]: {len(done.unmatched)} result(s) answer no request of this "
            f"run. {NOTE}",
            highlight=False,
        )
    if done.pending:
        path = next_requests or _next_path(output, len(results) + 1)
        done.write_requests(path)
        err.print(
            f"wrote {len(done.requests)} request(s) of {len(done.pending)} pending article(s) "
            f"to {escape(str(path))}: run them, then collect again with one more --results",
            highlight=False,
        )
    if run.extracted_any:
        from summarizer.read.articles import load_articles

        _emit(rendered(done.run.briefing, fmt, lambda: load_articles(paths)[0]), output)
    _exit_for(done, output)


def _exit_for(done: Collected, output: Path | None) -> None:
    run = done.run
    for report in run.failed:
        label = "pending" if report.source in done.pending else "failed"
        err.print(f"[yellow]{label}[/]: {escape(report.error or '')}", highlight=False)
    for report in run.partial:
        for pass_report in report.passes:
            if pass_report.error:
                err.print(f"[yellow]partial[/]: {escape(pass_report.error)}", highlight=False)
    dropped = sum(len(a.dropped) for a in run.metadata.articles)
    if dropped:
        err.print(f"{dropped} ungrounded item(s) dropped; see the run metadata", highlight=False)
    if not run.extracted_any:
        kept = f"; {escape(str(output))} was left as it was" if output else ""
        what = "no article is complete yet" if done.pending else "nothing could be extracted"
        err.print(f"[red]{what}[/]: no briefing written{kept}", highlight=False)
        raise typer.Exit(EXIT_NOTHING)
    if not run.complete:
        err.print(
            f"[yellow]incomplete[/]: {len(done.pending)} article(s) pending, "
            f"{len(run.failed) - len(done.pending)} failed, {len(run.partial)} partial, "
            f"{len(run.metadata.input_errors)} input(s) skipped; the briefing covers the rest",
            highlight=False,
        )
        raise typer.Exit(EXIT_PARTIAL)


def _next_path(output: Path | None, round_number: int) -> Path:
    folder = output.parent if output is not None else Path()
    return folder / f"requests.round{round_number}.jsonl"


def _metadata_path(output: Path) -> Path:
    from summarizer.cli import run_metadata_path  # loaded already: it loaded this module

    return run_metadata_path(output)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text, nl=False)
        return
    from summarizer.cache import write_atomic

    write_atomic(output, text)
    err.print(f"wrote {escape(str(output))}")


def _skipped(errors: Sequence[object]) -> None:
    for error in errors:
        err.print(f"[yellow]skipped[/]: {escape(str(error))}", highlight=False)


def _quiet() -> None:
    # instructor logs every failed attempt; the run metadata already records them.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)


def _fail(message: str, code: int) -> NoReturn:
    err.print(f"[red]error[/]: {escape(message)}", highlight=False)
    raise typer.Exit(code)
