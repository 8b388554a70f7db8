"""The whole job for batch scripts: articles in, Briefing and run metadata out.

Reads inputs, extracts each article (from cache, cassette or live), merges. One
article's failure is recorded and the rest go on; the caller decides what a
partial run means (the CLI exits 3).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from summarizer.articles import Article, load_articles
from summarizer.cache import ExtractionCache, cache_key, extractor_version
from summarizer.client import Endpoint
from summarizer.extraction import ExtractionError, ExtractionSettings, extract_article
from summarizer.merge import merge
from summarizer.models import SCHEMA_VERSION, ArticleExtraction, Briefing
from summarizer.prompting import prompt_version
from summarizer.recording import MISS, CassetteInfo, cassette
from summarizer.report import ArticleReport, CachedArticle, RunMetadata


@dataclass(frozen=True)
class Recording:
    """Record into, or replay from, a cassette folder (one cassette per article)."""

    directory: Path
    record: bool


@dataclass
class RunOptions:
    endpoint: Endpoint
    settings: ExtractionSettings
    cache: ExtractionCache | None = None
    recording: Recording | None = None
    concurrency: int = 1
    on_article_done: Callable[[ArticleReport], None] | None = field(default=None, repr=False)


@dataclass(frozen=True)
class RunResult:
    briefing: Briefing
    extractions: list[ArticleExtraction]
    metadata: RunMetadata

    @property
    def failed(self) -> list[ArticleReport]:
        return [a for a in self.metadata.articles if a.error]


def summarize(paths: Iterable[str | Path], options: RunOptions) -> RunResult:
    """Read, extract and merge: the CLI's `brief` as a function.

    Unreadable inputs are reported in `metadata.input_errors`; the rest go on.
    """
    articles, input_errors = load_articles(paths)
    return summarize_articles(articles, input_errors, options)


def summarize_articles(
    articles: list[Article], input_errors: Sequence[Exception], options: RunOptions
) -> RunResult:
    options = _as_recorded(options)
    started_at = datetime.now(UTC)
    t0 = time.perf_counter()
    extractions, reports = extract_all(articles, options)
    metadata = RunMetadata(
        started_at=started_at.isoformat(timespec="seconds"),
        finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
        seconds=round(time.perf_counter() - t0, 3),
        model=options.endpoint.model,
        backend=options.endpoint.backend,
        base_url=options.endpoint.base_url,
        mode=options.endpoint.mode,
        passes=options.settings.passes,
        prompt_version=prompt_version(),
        schema_version=SCHEMA_VERSION,
        extractor_version=extractor_version(),
        input_errors=[str(e) for e in input_errors],
        articles=reports,
    )
    return RunResult(briefing=merge(extractions), extractions=extractions, metadata=metadata)


def _as_recorded(options: RunOptions) -> RunOptions:
    """On replay, ask exactly what was recorded: the model, mode, passes, re-asks and
    limits of the folder's model.json (any other request could only miss)."""
    if options.recording is None or options.recording.record:
        return options
    info = CassetteInfo.read(options.recording.directory)
    endpoint = replace(
        options.endpoint,
        model=info.model,
        mode=info.mode,
        backend="replay",
        base_url="http://replay.invalid/v1",
    )
    settings = replace(
        options.settings,
        model=info.model,
        passes=info.passes,
        max_reasks=info.max_reasks,
        max_tokens=info.max_tokens,
    )
    return replace(options, endpoint=endpoint, settings=settings)


def extract_all(
    articles: list[Article], options: RunOptions
) -> tuple[list[ArticleExtraction], list[ArticleReport]]:
    """Extract every article; failures become reports with an error, in input order."""
    client = options.endpoint.client()
    # vcrpy patches the HTTP transport process-wide, so cassettes need one article at a time.
    workers = 1 if options.recording else max(1, options.concurrency)
    # Recording and replay neither read nor fill the cache: they are about the traffic.
    cache = options.cache if options.recording is None else None

    def one(article: Article) -> tuple[ArticleExtraction | None, ArticleReport]:
        key = _cache_key(article, options.endpoint, options.settings)
        result: tuple[ArticleExtraction | None, ArticleReport]
        if cache is not None and (hit := cache.get(key)):
            report = ArticleReport(
                source=article.id, path=article.path, cached=True, dropped=hit.dropped
            )
            result = (hit.extraction, report)
        else:
            result = _extract_one(article, client, options)
            extraction, report = result
            if extraction is not None and cache is not None:
                cache.put(key, CachedArticle(extraction=extraction, dropped=report.dropped))
        if options.on_article_done:
            options.on_article_done(result[1])
        return result

    if workers == 1:  # in the main thread, so Ctrl-C stops the batch at once
        results = [one(article) for article in articles]
    else:
        pool = ThreadPoolExecutor(max_workers=workers)
        try:
            results = list(pool.map(one, articles))
        finally:
            # On Ctrl-C, drop the queued articles instead of waiting for all of them.
            pool.shutdown(wait=False, cancel_futures=True)
    extractions = [e for e, _ in results if e is not None]
    return extractions, [r for _, r in results]


def all_cached(
    articles: list[Article],
    endpoint: Endpoint,
    settings: ExtractionSettings,
    cache: ExtractionCache,
) -> bool:
    """True when every article's extraction is in `cache`: the run needs no model."""
    return all(cache.get(_cache_key(a, endpoint, settings)) for a in articles)


def _cache_key(article: Article, endpoint: Endpoint, settings: ExtractionSettings) -> str:
    # Everything that changes what the model is asked, or what is kept of its answers.
    return cache_key(
        article.sha256,
        endpoint.model,
        endpoint.mode,
        settings.passes,
        f"reasks={settings.max_reasks}",
        f"max_tokens={settings.max_tokens}",
        f"temperature={settings.temperature}",
        f"seed={settings.seed}",
        prompt_version(),
        SCHEMA_VERSION,
        extractor_version(),
    )


def _extract_one(
    article: Article, client: object, options: RunOptions
) -> tuple[ArticleExtraction | None, ArticleReport]:
    recording: AbstractContextManager[None] = nullcontext()
    if options.recording:
        recording = cassette(
            options.recording.directory, article.id, record=options.recording.record
        )
    try:
        with recording:
            return extract_article(article, client, options.settings)  # type: ignore[arg-type]
    except (ExtractionError, FileNotFoundError) as exc:
        if options.recording and options.recording.record:
            # A failed article's recording is partial: replaying it could only miss.
            (options.recording.directory / f"{article.id}.yaml").unlink(missing_ok=True)
        error = str(exc)
        if _caused_by(exc, MISS):
            error = (
                f"{article.id}: no recorded response matches this request in "
                f"{options.recording.directory if options.recording else '?'} (replay never "
                "goes live): the article, prompts or settings changed since recording; "
                "re-record with --record"
            )
        return None, ArticleReport(source=article.id, path=article.path, error=error)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
