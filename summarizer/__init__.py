"""summarizer: several news articles about one armed-conflict episode -> one grounded briefing.

    from summarizer import brief, load_gold, score

    run = brief(["seeds/"])                  # what `summarizer brief seeds/` does
    run.briefing.model_dump_json(indent=2)   # the record
    run.metadata                             # timings, tokens, retries, dropped items
    score(run.briefing, load_gold("tests/gold/seeds.gold.yaml"))   # F1 per section

`summarize` runs the pipeline on an Endpoint you give it; `extract_article` runs the
passes over one Article; `merge` is the pure reconciliation.
"""

from summarizer.articles import Article, InputError, load_articles, read_text_file
from summarizer.client import ConfigError, Endpoint
from summarizer.extraction import ExtractionError, ExtractionSettings, extract_article
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
    "ExtractionError",
    "ExtractionSettings",
    "Gold",
    "InputError",
    "Job",
    "Recording",
    "RunOptions",
    "RunResult",
    "ScoreReport",
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
