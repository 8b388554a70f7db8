"""What each pass of an article sends, without sending it: the extraction settings and
every pass's first request. Light (no client): the cache key and batch files use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from summarizer.errors import ConfigError
from summarizer.extract import figures
from summarizer.extract.passes import FIGURES, PASS_MODES
from summarizer.extract.prompting import messages_for
from summarizer.options import Passes
from summarizer.read.articles import Article


@dataclass(frozen=True)
class ExtractionSettings:
    model: str
    passes: Passes = Passes.focused
    max_reasks: int = 1
    max_tokens: int = 1024
    temperature: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "passes", Passes(self.passes))
        except ValueError:
            choices = ", ".join(PASS_MODES)
            raise ConfigError(f"unknown passes {self.passes!r}: choose {choices}") from None


def requests_for(article: Article, settings: ExtractionSettings) -> list[dict[str, Any]]:
    """The first request of every pass, as it is sent (messages, schema, sampling).

    Their hash keys the cache, so a change to a prompt, a hint or a schema can never be
    served an answer to another question.
    """
    requests = []
    for spec in PASS_MODES[settings.passes]:
        found = figures.figures(article) if spec is FIGURES else []
        if spec is FIGURES and not found:
            continue
        model = figures.response_model(found) if spec is FIGURES else spec.response_model
        requests.append(
            {
                "pass": spec.name,
                "messages": messages_for(spec.name, article, found),
                "schema": _schema(model),
            }
        )
    return requests


@cache
def _schema(model: type[BaseModel]) -> dict[str, Any]:
    # Built once per pass model: every article's cache key needs it, and it never changes.
    return model.model_json_schema()
