"""summarizer: several news articles about one armed-conflict episode -> one grounded briefing.

    from summarizer import Endpoint, ExtractionSettings, RunOptions, summarize

    endpoint = Endpoint.from_env()  # OPENAI_API_KEY / OPENAI_BASE_URL / SUMMARIZER_MODEL
    run = summarize(["seeds/"], RunOptions(endpoint, ExtractionSettings(endpoint.model)))
    run.briefing.model_dump_json(indent=2)   # the record
    run.metadata                             # timings, tokens, retries, dropped items

`extract_article` runs the passes over one Article; `merge` is the pure reconciliation.
"""

from summarizer.articles import Article, InputError, load_articles, read_text_file
from summarizer.client import ConfigError, Endpoint
from summarizer.extraction import ExtractionError, ExtractionSettings, extract_article
from summarizer.merge import merge
from summarizer.models import SCHEMA_VERSION, ArticleExtraction, Briefing
from summarizer.pipeline import Recording, RunOptions, RunResult, summarize
from summarizer.render import render_markdown

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleExtraction",
    "Briefing",
    "ConfigError",
    "Endpoint",
    "ExtractionError",
    "ExtractionSettings",
    "InputError",
    "Recording",
    "RunOptions",
    "RunResult",
    "extract_article",
    "load_articles",
    "merge",
    "read_text_file",
    "render_markdown",
    "summarize",
]
