"""Gold facts: the hand-written list of what a careful analyst finds in an episode's articles.

A gold file is YAML (`*.gold.yaml`), in the format of `shared/devset/README.md`, kept
here as Pydantic models so a typo in a gold file is an error that names the field,
never a silently empty section. docs/scoring.md says what each field means to the scorer.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from summarizer.errors import GoldError

GoldOutcome = Literal["killed", "wounded", "captured", "missing"]
GoldStatus = Literal["announced", "holding", "violated", "collapsed", "unconfirmed", "unknown"]


class _Gold(BaseModel):
    # Unknown keys are tolerated (gold files carry notes), wrong types are not.
    model_config = ConfigDict(extra="ignore", frozen=True)


class GoldEpisode(_Gold):
    title_hint: str = ""
    start: date | None = None
    end: date | None = None
    in_episode: list[str] = []
    other_episode: list[str] = []


class GoldClaim(_Gold):
    side: str
    outcome: GoldOutcome
    count: int
    claimant: str | None = None
    sources: list[str] = []
    qualifier: str | None = None
    note: str | None = None

    @field_validator("sources", mode="before")
    @classmethod
    def _prefixes_as_text(cls, value: Any) -> Any:
        # YAML reads `[01, 02]` as integers; the prefixes are file-name text ("01_...").
        return [_prefix(v) for v in value] if isinstance(value, list) else value


class GoldFigure(_Gold):
    side: str
    outcome: GoldOutcome
    count: int


class GoldCeasefire(_Gold):
    id: str
    effective_at_utc: datetime | None = None
    mediators: list[str] = []
    announced_by_any: list[str] = []
    status: GoldStatus | None = None
    status_any: list[GoldStatus] = []
    sources: list[str] = []
    optional: bool = False

    @field_validator("sources", mode="before")
    @classmethod
    def _prefixes_as_text(cls, value: Any) -> Any:
        return [_prefix(v) for v in value] if isinstance(value, list) else value

    @property
    def statuses(self) -> set[str]:
        """Every status the briefing may give this attempt (empty: any status)."""
        return set(self.status_any) | ({self.status} if self.status else set())


class GoldInjection(_Gold):
    article: str
    must_not_appear: list[str]


class Gold(_Gold):
    episode: GoldEpisode = GoldEpisode()
    actors: dict[str, list[str]] = Field(description="Actor id -> aliases.")
    belligerents: list[str] = []
    belligerents_acceptable: list[str] = []
    mediators_required: list[str] = []
    mediators_acceptable: list[str] = []
    mediators_forbidden: list[str] = []
    casualty_claims: list[GoldClaim] = []
    casualty_best: dict[str, dict[GoldOutcome, int]] = {}
    superseded: list[GoldFigure] = []
    out_of_episode_counts: list[int] = []
    ceasefire_attempts: list[GoldCeasefire] = []
    reactions_required: list[str] = []
    reactions_acceptable: list[str] = []
    injection: GoldInjection | None = None

    @field_validator("actors", mode="before")
    @classmethod
    def _aliases_as_text(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): [str(a) for a in (v or [])] for k, v in value.items()}
        return value


def _prefix(value: Any) -> str:
    return f"{value:02d}" if isinstance(value, int) else str(value)


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold file; GoldError names the file and what is wrong."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise GoldError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file is a YAML mapping (see docs/scoring.md)")
    try:
        return Gold.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise GoldError(f"{path}: {problems}") from exc
