"""summarizer: several news articles about one armed-conflict episode -> one grounded briefing.

    from summarizer import brief, load_gold, score

    run = brief(["seeds/"])                  # what `summarizer brief seeds/` does
    run.briefing.model_dump_json(indent=2)   # the record
    run.metadata                             # timings, tokens, retries, dropped items
    score(run.briefing, load_gold("tests/gold/seeds.gold.yaml"))   # F1 per section

`summarize` runs the pipeline on an Endpoint you give it; `extract_article` runs the
passes over one Article; `merge` is the pure reconciliation.
"""

from summarizer.articles import Article, load_articles, read_text_file
from summarizer.client import Endpoint, RetryPolicy
from summarizer.errors import (
    ConfigError,
    EndpointDown,
    ExtractionError,
    InputError,
    NoArticlesError,
    SummarizerError,
)
from summarizer.extraction import ExtractionSettings, extract_article
from summarizer.gold import Gold, load_gold
from summarizer.merge import merge
from summarizer.models import SCHEMA_VERSION, ArticleExtraction, Briefing
from summarizer.pipeline import Recording, RunOptions, RunResult, summarize
from summarizer.render import render_markdown
from summarizer.run import Backend, Job, brief
from summarizer.scoring import ScoreReport, compare, score

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
    "NoArticlesError",
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
    "render_markdown",
    "score",
    "summarize",
]
