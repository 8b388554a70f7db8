"""summarizer: several news articles about one armed-conflict episode -> one grounded briefing.

    from summarizer import brief, load_gold, score

    run = brief(["seeds/"])                  # what `summarizer brief seeds/` does
    run.briefing.model_dump_json(indent=2)   # the record
    run.metadata                             # timings, tokens, retries, dropped items
    score(run.briefing, load_gold("tests/gold/seeds.gold.yaml"))   # F1 per section

`summarize` runs the pipeline on an Endpoint you give it; `extract_article` runs the
passes over one Article; `merge` is the pure reconciliation.

The stages are subpackages: read (articles), extract (passes over one article, the
model client), merge (pure), render, score; reference holds the maintained data they
share. Names here are imported on first use, so `import summarizer.merge` or
`summarizer --help` does not load the model clients.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# public name -> the module that defines it
_EXPORTS = {
    "SCHEMA_VERSION": "summarizer.models",
    "ArticleExtraction": "summarizer.models",
    "Briefing": "summarizer.models",
    "ConfigError": "summarizer.errors",
    "EndpointDown": "summarizer.errors",
    "ExtractionError": "summarizer.errors",
    "InputError": "summarizer.errors",
    "NoArticlesError": "summarizer.errors",
    "SummarizerError": "summarizer.errors",
    "Article": "summarizer.read.articles",
    "load_articles": "summarizer.read.articles",
    "read_text_file": "summarizer.read.articles",
    "ExtractionSettings": "summarizer.extract.article",
    "extract_article": "summarizer.extract.article",
    "Endpoint": "summarizer.extract.client",
    "RetryPolicy": "summarizer.options",
    "merge": "summarizer.merge",
    "Recording": "summarizer.pipeline",
    "RunOptions": "summarizer.pipeline",
    "RunResult": "summarizer.pipeline",
    "summarize": "summarizer.pipeline",
    "render_html": "summarizer.render",
    "render_markdown": "summarizer.render",
    "Backend": "summarizer.options",
    "Job": "summarizer.options",
    "Mode": "summarizer.options",
    "Passes": "summarizer.options",
    "brief": "summarizer.run",
    "Gold": "summarizer.score.gold",
    "load_gold": "summarizer.score.gold",
    "ScoreReport": "summarizer.score.scoring",
    "compare": "summarizer.score.scoring",
    "score": "summarizer.score.scoring",
}
__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleExtraction",
    "Backend",
    "Briefing",
    "ConfigError",
    "Endpoint",
    "EndpointDown",
    "ExtractionError",
    "ExtractionSettings",
    "Gold",
    "InputError",
    "Job",
    "Mode",
    "NoArticlesError",
    "Passes",
    "Recording",
    "RetryPolicy",
    "RunOptions",
    "RunResult",
    "ScoreReport",
    "SummarizerError",
    "brief",
    "compare",
    "extract_article",
    "load_articles",
    "load_gold",
    "merge",
    "read_text_file",
    "render_html",
    "render_markdown",
    "score",
    "summarize",
]

if TYPE_CHECKING:
    from summarizer.errors import (
        ConfigError,
        EndpointDown,
        ExtractionError,
        InputError,
        NoArticlesError,
        SummarizerError,
    )
    from summarizer.extract.article import ExtractionSettings, extract_article
    from summarizer.extract.client import Endpoint
    from summarizer.merge import merge
    from summarizer.models import SCHEMA_VERSION, ArticleExtraction, Briefing
    from summarizer.options import Backend, Job, Mode, Passes, RetryPolicy
    from summarizer.pipeline import Recording, RunOptions, RunResult, summarize
    from summarizer.read.articles import Article, load_articles, read_text_file
    from summarizer.render import render_html, render_markdown
    from summarizer.run import brief
    from summarizer.score.gold import Gold, load_gold
    from summarizer.score.scoring import ScoreReport, compare, score


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
