"""`summarizer score` and `summarizer compare`: a briefing against gold facts, and two runs.

The scoring itself is pure (summarizer.scoring); this module reads the files and
prints: a Rich table on a terminal, JSON with --json. The last line of the table
output is always the mean, so a script can `tail -1` it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from summarizer.errors import GoldError

# The record, the scorer and article reading are imported by the commands that use them,
# so that `summarizer --help` and `summarizer brief` do not load them for nothing.
if TYPE_CHECKING:
    from summarizer.models import Briefing
    from summarizer.score.gold import Gold
    from summarizer.score.scoring import ScoreReport, SectionDiff

EXIT_BELOW, EXIT_USAGE = 1, 2

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

BriefingArg = Annotated[
    Path, typer.Argument(metavar="BRIEFING", help="A briefing JSON written by summarizer brief.")
]
GoldOpt = Annotated[
    Path | None, typer.Option("--gold", help="Gold facts (YAML; see docs/scoring.md).")
]
ArticlesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--articles",
        help="The articles the briefing was made from, to check grounding "
        "(default: the source paths the briefing names).",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def score_command(
    briefing: BriefingArg,
    gold: Annotated[Path, typer.Option("--gold", help="Gold facts (YAML; see docs/scoring.md).")],
    articles: ArticlesOpt = None,
    as_json: JsonOpt = False,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under",
            help="SECTION=F1 (repeatable; SECTION may be mean): exit 1 when below.",
        ),
    ] = None,
) -> None:
    """Score a briefing against gold facts: precision, recall and F1 per section."""
    from summarizer.score.scoring import score

    floors = _floors(fail_under or [])
    record = _briefing(briefing)
    report = score(record, _gold(gold), _texts(record, briefing, articles))
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        _print_scores(report, title=str(briefing))
    below = [
        f"{name} {report.f1(name):.3f} < {floor:.3f}"
        for name, floor in floors.items()
        if report.f1(name) < floor
    ]
    for line in below:
        err.print(f"[red]below the floor[/]: {escape(line)}", highlight=False)
    if below:
        raise typer.Exit(EXIT_BELOW)


def compare_command(
    run_a: Annotated[Path, typer.Argument(metavar="RUN_A", help="Briefing A (JSON).")],
    run_b: Annotated[Path, typer.Argument(metavar="RUN_B", help="Briefing B (JSON).")],
    gold: GoldOpt = None,
    articles: ArticlesOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Two briefings side by side: items only in A, only in B, changed; with --gold, both
    score tables and the difference per section."""
    from summarizer.score.scoring import compare, score

    a, b = _briefing(run_a), _briefing(run_b)
    diffs = compare(a, b)
    scores: tuple[ScoreReport, ScoreReport] | None = None
    if gold is not None:
        facts = _gold(gold)
        scores = (
            score(a, facts, _texts(a, run_a, articles)),
            score(b, facts, _texts(b, run_b, articles)),
        )
    if as_json:
        data: dict[str, object] = {
            "a": str(run_a),
            "b": str(run_b),
            "sections": {
                d.name: {"only_a": d.only_a, "only_b": d.only_b, "changed": dict(d.changed)}
                for d in diffs
            },
        }
        if scores:
            data["scores"] = {"a": scores[0].as_dict(), "b": scores[1].as_dict()}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    _print_diffs(diffs, run_a, run_b)
    if scores:
        _print_side_by_side(*scores, run_a, run_b)


# --- Reading ----------------------------------------------------------------------


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error[/]: {escape(message)}", highlight=False)
    return typer.Exit(EXIT_USAGE)


def _briefing(path: Path) -> Briefing:
    from pydantic import ValidationError

    from summarizer.models import Briefing

    try:
        return Briefing.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise _fail(f"cannot read briefing {path}: {exc.strerror or exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise _fail(
            f"{path} is not a briefing written by summarizer brief ({where}: {first['msg']})"
        ) from exc


def _gold(path: Path) -> Gold:
    from summarizer.score.gold import load_gold

    try:
        return load_gold(path)
    except GoldError as exc:
        raise _fail(str(exc)) from exc


def _texts(briefing: Briefing, where: Path, articles: list[Path] | None) -> dict[str, str]:
    """Article texts by source id, read as `brief` read them (so offsets compare)."""
    from summarizer.read.articles import load_articles

    if articles:
        paths = list(articles)
    else:
        # The briefing names each source's path as given to brief: relative to where
        # brief ran, which is most often here or beside the briefing.
        paths = []
        for s in briefing.sources:
            # A JSONL source's path is "file.jsonl:LINE": the file is what was read.
            path = re.sub(r"\.jsonl:\d+$", ".jsonl", s.path)
            for candidate in (Path(path), where.parent / path):
                if candidate.is_file():
                    paths.append(candidate)
                    break
    found, _ = load_articles(paths)
    return {a.id: a.text for a in found}


def _floors(specs: list[str]) -> dict[str, float]:
    from summarizer.score.scoring import SECTIONS

    floors: dict[str, float] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        if not sep or (name != "mean" and name not in SECTIONS):
            raise _fail(
                f"--fail-under {spec!r}: write SECTION=F1 with SECTION one of mean, "
                + ", ".join(SECTIONS)
            )
        try:
            floors[name] = float(value)
        except ValueError as exc:
            raise _fail(f"--fail-under {spec!r}: {value!r} is not a number") from exc
    return floors


# --- Printing ---------------------------------------------------------------------


def _num(value: float, applicable: bool = True) -> str:
    return f"{value:.2f}" if applicable else "n/a"


def _print_scores(report: ScoreReport, *, title: str) -> None:
    from rich.table import Table

    table = Table(title=escape(title), title_justify="left")
    for column in ("section", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "section" else "right")
    table.add_column("what is off")
    for s in report.sections:
        notes = "; ".join(s.notes[:4]) + (f"; +{len(s.notes) - 4} more" if len(s.notes) > 4 else "")
        table.add_row(
            s.name,
            _num(s.precision, s.applicable),
            _num(s.recall, s.applicable),
            _num(s.f1, s.applicable),
            escape(notes),
        )
    out.print(table)
    out.print(_mean_line(report), highlight=False)


def _mean_line(report: ScoreReport) -> str:
    scored = sum(s.applicable for s in report.sections)
    return f"mean F1 {report.mean:.3f} over {scored} sections"


def _print_diffs(diffs: tuple[SectionDiff, ...], run_a: Path, run_b: Path) -> None:
    from rich.table import Table

    table = Table(title=f"A = {escape(str(run_a))}, B = {escape(str(run_b))}", title_justify="left")
    for column in ("section", "only in A", "only in B", "changed"):
        table.add_column(column, overflow="fold")  # ids whole, never cut with an ellipsis
    for d in diffs:
        if d.same:
            table.add_row(d.name, "", "", "[dim]same[/]")
            continue
        table.add_row(
            d.name,
            escape("\n".join(d.only_a)),
            escape("\n".join(d.only_b)),
            escape("\n".join(f"{key}: {what}" for key, what in d.changed)),
        )
    out.print(table)


def _print_side_by_side(a: ScoreReport, b: ScoreReport, run_a: Path, run_b: Path) -> None:
    from rich.table import Table

    table = Table(title="F1 against the gold", title_justify="left")
    table.add_column("section")
    table.add_column("A", justify="right")
    table.add_column("B", justify="right")
    table.add_column("B - A", justify="right")
    for sa, sb in zip(a.sections, b.sections, strict=True):
        if not (sa.applicable and sb.applicable):
            table.add_row(sa.name, _num(sa.f1, sa.applicable), _num(sb.f1, sb.applicable), "")
            continue
        delta = sb.f1 - sa.f1
        style = "green" if delta > 0 else "red" if delta < 0 else "dim"
        table.add_row(sa.name, _num(sa.f1), _num(sb.f1), f"[{style}]{delta:+.2f}[/]")
    delta = b.mean - a.mean
    table.add_row("[bold]mean[/]", f"{a.mean:.3f}", f"{b.mean:.3f}", f"{delta:+.3f}")
    out.print(table)
    out.print(f"mean F1: A {a.mean:.3f}, B {b.mean:.3f} ({delta:+.3f})", highlight=False)
