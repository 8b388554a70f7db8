"""Regression tests in a few lines: replay a model's recordings, score against gold, assert.

    from summarizer.testing import replay_and_score, assert_scores

    def test_my_model_on_my_episode():
        scored = replay_and_score("episodes/x/", "cassettes/my-model/x/", "episodes/x.gold.yaml")
        assert_scores(scored, {"mean": 0.8, "ceasefires": 1.0, "grounding": 1.0})

Replay never goes live, so such a test needs no network and no model; a recording
that no longer matches the requests (prompts or settings changed) fails the test
with the article named, instead of silently lowering a score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from summarizer.options import Job
from summarizer.pipeline import RunResult
from summarizer.read.articles import load_articles
from summarizer.run import brief
from summarizer.score.gold import load_gold
from summarizer.score.scoring import ScoreReport, score

__all__ = ["Scored", "assert_scores", "replay_and_score"]


@dataclass(frozen=True)
class Scored:
    run: RunResult
    report: ScoreReport

    def table(self) -> str:
        """One line per section, for assertion messages and logs."""
        return score_table(self.report, max_notes=3)


def score_table(report: ScoreReport, *, max_notes: int | None = None) -> str:
    """One line per section and the mean: P, R, F1 and the first `max_notes` notes."""
    rows = [
        f"{s.name:<20} P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}"
        + ("" if s.applicable else "  (n/a)")
        + (f"  [{'; '.join(s.notes[:max_notes])}]" if s.notes else "")
        for s in report.sections
    ]
    return "\n".join([*rows, f"{'mean':<20} F1 {report.mean:.3f}"])


def replay_and_score(articles: str | Path, cassettes: str | Path, gold: str | Path) -> Scored:
    """Replay `cassettes` over `articles` (a folder, files or JSONL) and score the
    briefing against the gold file. Raises AssertionError when an article fails."""
    run = brief([articles], Job(replay=Path(cassettes), cache=False))
    failed = [a.error for a in run.failed] + run.metadata.input_errors
    if failed:
        raise AssertionError("replay failed for:\n" + "\n".join(str(f) for f in failed))
    texts = {a.id: a.text for a in load_articles([articles])[0]}
    return Scored(run, score(run.briefing, load_gold(gold), texts))


def assert_scores(scored: Scored, floors: Mapping[str, float]) -> None:
    """Fail, with the whole score table, when a section (or `mean`) is below its floor."""
    below = [
        f"{name}: {scored.report.f1(name):.3f} < {floor:.3f}"
        for name, floor in floors.items()
        if scored.report.f1(name) < floor
    ]
    if below:
        raise AssertionError("below the floor: " + ", ".join(below) + "\n" + scored.table())
