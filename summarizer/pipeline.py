"""The whole job for batch scripts: articles in, Briefing and run metadata out.

Reads inputs, extracts each article (from cache, cassette or live), merges. One
article's failure is recorded and the rest go on; the caller decides what a
partial run means (the CLI exits 3). The same text under two names is extracted
once. Only complete extractions are cached, so a rerun asks the model again for
exactly the articles that failed or were partial.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from summarizer import indexes
from summarizer.cache import ExtractionCache, cache_key, extractor_version
from summarizer.errors import (
    Cancelled,
    EndpointDown,
    ExtractionError,
    InternalError,
    RecordingError,
)
from summarizer.extract.client import Endpoint, RunControl
from summarizer.extract.prompting import prompt_version
from summarizer.extract.requests import ExtractionSettings, requests_for
from summarizer.merge.briefing import Repeat, merge
from summarizer.models import SCHEMA_VERSION, ArticleExtraction, Briefing
from summarizer.options import Mode, Passes
from summarizer.read.articles import Article, load_articles, same_texts
from summarizer.recording import CassetteInfo, cassette, failure_note
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
    # Shared by every request: an interrupt or a dead endpoint stops them all.
    control: RunControl | None = field(default=None, repr=False)


@dataclass(frozen=True)
class RunResult:
    briefing: Briefing
    extractions: list[ArticleExtraction]
    metadata: RunMetadata

    @property
    def failed(self) -> list[ArticleReport]:
        """Articles of which nothing could be extracted."""
        return [a for a in self.metadata.articles if a.error]

    @property
    def partial(self) -> list[ArticleReport]:
        """Articles extracted without some of their passes (named in `missing`)."""
        return [a for a in self.metadata.articles if a.missing and not a.error]

    @property
    def complete(self) -> bool:
        """Every input read and every article extracted in full."""
        return not self.metadata.input_errors and all(a.complete for a in self.metadata.articles)

    @property
    def extracted_any(self) -> bool:
        return bool(self.extractions)


def summarize(paths: Iterable[str | Path], options: RunOptions) -> RunResult:
    """Read, extract and merge: the CLI's `brief` as a function.

    Unreadable inputs are reported in `metadata.input_errors`; the rest go on.
    """
    indexes.warm()  # before reading: datelines look places up
    articles, input_errors = load_articles(paths)
    return summarize_articles(articles, input_errors, options)


def summarize_articles(
    articles: list[Article], input_errors: Sequence[Exception], options: RunOptions
) -> RunResult:
    """Extract and merge one episode's articles."""
    return summarize_episodes({"": (articles, input_errors)}, options)[""]


def summarize_episodes(
    episodes: Mapping[str, tuple[list[Article], Sequence[Exception]]], options: RunOptions
) -> dict[str, RunResult]:
    """One briefing per episode, from one extraction of every episode's articles: one
    concurrency limit, one cache, one client (and one model load) for them all.

    Each briefing is what a run over that episode alone gives, byte for byte.
    """
    options = _as_recorded(options)
    indexes.warm()  # the reference indexes, from disk when an earlier run stored them
    if options.control is None:
        options = replace(options, control=RunControl(options.endpoint.retry))
    started_at = datetime.now(UTC)
    t0 = time.perf_counter()
    groups = {name: same_texts(articles) for name, (articles, _) in sorted(episodes.items())}
    todo = [(name, a) for name, (unique, _) in groups.items() for a in unique]
    pairs = _extract_each([a for _, a in todo], options)
    reports = [r for _, r in pairs]
    done = {id(r): e for e, r in pairs}
    results = {}
    for name, (_, repeated) in groups.items():
        articles, input_errors = episodes[name]
        mine = [r for (episode, _), r in zip(todo, reports, strict=True) if episode == name]
        mine += [
            ArticleReport(source=a.id, path=a.path, same_as=repeated[a.id].id)
            for a in articles
            if a.id in repeated
        ]
        mine.sort(key=lambda r: r.source)
        metadata = RunMetadata(
            started_at=started_at.isoformat(timespec="seconds"),
            finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
            seconds=round(time.perf_counter() - t0, 3),
            model=options.endpoint.model,
            backend=options.endpoint.backend,
            base_url=options.endpoint.shown_url,
            mode=options.endpoint.mode,
            passes=options.settings.passes,
            prompt_version=prompt_version(),
            schema_version=SCHEMA_VERSION,
            extractor_version=extractor_version(),
            input_errors=[str(e) for e in input_errors],
            stopped=_stopped(options.control),
            articles=mine,
        )
        found = [e for r in mine if (e := done.get(id(r))) is not None]
        repeats = {
            a.id: Repeat(path=a.path, same_as=repeated[a.id].id)
            for a in articles
            if a.id in repeated
        }
        results[name] = RunResult(
            briefing=merge(found, repeats), extractions=found, metadata=metadata
        )
    return results


def _stopped(control: RunControl | None) -> str | None:
    if control is None:
        return None
    if control.down:
        return control.down
    if control.cancelled.is_set():
        return "interrupted"
    return None


def _as_recorded(options: RunOptions) -> RunOptions:
    """On replay, ask exactly what was recorded: the model, mode, passes, re-asks and
    limits of the folder's model.json (any other request could only miss)."""
    if options.recording is None or options.recording.record:
        return options
    info = CassetteInfo.read(options.recording.directory)
    endpoint = replace(
        options.endpoint,
        model=info.model,
        mode=Mode(info.mode),
        backend="replay",
        base_url="http://replay.invalid/v1",
    )
    settings = replace(
        options.settings,
        model=info.model,
        passes=Passes(info.passes),
        max_reasks=info.max_reasks,
        max_tokens=info.max_tokens,
    )
    return replace(options, endpoint=endpoint, settings=settings)


def extract_all(
    articles: list[Article], options: RunOptions
) -> tuple[list[ArticleExtraction], list[ArticleReport]]:
    """The extractions made, and a report for every article, in input order."""
    pairs = _extract_each(articles, options)
    return [e for e, _ in pairs if e is not None], [r for _, r in pairs]


def _extract_each(
    articles: list[Article], options: RunOptions
) -> list[tuple[ArticleExtraction | None, ArticleReport]]:
    """Extract every article; failures become reports with an error, in input order.

    On an interrupt, the articles in flight are abandoned (their threads are daemons
    and send nothing more) and KeyboardInterrupt propagates at once; whatever finished
    is already in the cache. When the endpoint is down, every article not finished is
    reported as not extracted, with the reason.
    """
    client = _LazyClient(options.endpoint)  # built at the first request: a cached run has none
    control = options.control or RunControl(options.endpoint.retry)
    if options.control is None:
        options = replace(options, control=control)
    # vcrpy patches the HTTP transport process-wide, so cassettes need one article at a time.
    workers = 1 if options.recording else max(1, options.concurrency)
    # Replay is about the recorded traffic: it neither reads nor fills the cache.
    # Recording fills the cache but never reads it (every request must reach the server).
    cache = options.cache
    replaying = options.recording is not None and not options.recording.record
    read_cache = cache is not None and options.recording is None
    write_cache = cache is not None and not replaying

    def one(article: Article) -> tuple[ArticleExtraction | None, ArticleReport]:
        key = _cache_key(article, options.endpoint, options.settings)
        result: tuple[ArticleExtraction | None, ArticleReport]
        if read_cache and cache is not None and (hit := cache.get(key)):
            report = ArticleReport(
                source=article.id, path=article.path, cached=True, dropped=hit.dropped
            )
            # The same text and id at another path: the path is the only thing to update.
            result = (hit.extraction.model_copy(update={"path": article.path}), report)
        elif control.down:
            result = (None, ArticleReport(source=article.id, path=article.path, error=control.down))
        else:
            result = _extract_one(article, client, options)
            extraction, report = result
            if extraction is not None and report.complete and write_cache and cache is not None:
                cache.put(key, CachedArticle(extraction=extraction, dropped=report.dropped))
        if options.on_article_done:
            options.on_article_done(result[1])
        return result

    if workers == 1:  # in the main thread, so Ctrl-C stops the batch at once
        try:
            results = [one(article) for article in articles]
        except BaseException:
            control.cancelled.set()
            raise
    else:
        results = _in_threads(one, articles, workers, control)
    return results


def _in_threads(
    one: Callable[[Article], tuple[ArticleExtraction | None, ArticleReport]],
    articles: list[Article],
    workers: int,
    control: RunControl,
) -> list[tuple[ArticleExtraction | None, ArticleReport]]:
    """`one` over the articles in daemon threads; results in input order.

    Daemon threads, not a ThreadPoolExecutor: at exit Python joins an executor's
    threads, so Ctrl-C would wait for every article in flight to finish its passes.
    """
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(articles)):
        todo.put(index)
    results: dict[int, tuple[ArticleExtraction | None, ArticleReport]] = {}
    crashed: list[BaseException] = []
    done = threading.Event()
    lock = threading.Lock()

    def work() -> None:
        while not control.cancelled.is_set():
            try:
                index = todo.get_nowait()
            except queue.Empty:
                break
            try:
                result = one(articles[index])
            except Cancelled:
                break
            except BaseException as exc:  # a bug: surface it in the main thread
                crashed.append(exc)
                control.cancelled.set()
                break
            with lock:
                results[index] = result
                if len(results) == len(articles):
                    done.set()
        if control.cancelled.is_set():
            done.set()

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        # A timed wait, so the main thread stays responsive to Ctrl-C and SIGTERM.
        while not done.wait(0.1):
            if not any(t.is_alive() for t in threads):
                break
    except BaseException:
        control.cancelled.set()
        raise
    if crashed:
        raise crashed[0]
    return [results[i] for i in sorted(results)]


def all_cached(
    articles: list[Article],
    endpoint: Endpoint,
    settings: ExtractionSettings,
    cache: ExtractionCache,
) -> bool:
    """True when every article's extraction is in `cache`: the run needs no model."""
    return all(cache.get(_cache_key(a, endpoint, settings)) for a in articles)


def _cache_key(article: Article, endpoint: Endpoint, settings: ExtractionSettings) -> str:
    # What is sent (every pass's first request), to which model, with which sampling, and
    # the code that judges the answers: nothing else can change an extraction.
    sent = json.dumps(requests_for(article, settings), sort_keys=True, ensure_ascii=False)
    return cache_key(
        sent,
        endpoint.model,
        endpoint.mode,
        f"reasks={settings.max_reasks}",
        f"max_tokens={settings.max_tokens}",
        f"temperature={settings.temperature}",
        f"seed={settings.seed}",
        f"published_at={article.published_at}",
        SCHEMA_VERSION,
        extractor_version(),
    )


class _LazyClient:
    """The endpoint's client, made (and openai imported) when the first article needs it."""

    def __init__(self, endpoint: Endpoint) -> None:
        self._endpoint = endpoint
        self._client: object | None = None
        self._lock = threading.Lock()

    def get(self) -> object:
        with self._lock:
            if self._client is None:
                self._client = self._endpoint.client()
            return self._client


def _extract_one(
    article: Article, client: _LazyClient, options: RunOptions
) -> tuple[ArticleExtraction | None, ArticleReport]:
    from summarizer.extract.article import describe, extract_article

    recording: AbstractContextManager[None] = nullcontext()
    if options.recording:
        recording = cassette(
            options.recording.directory, article.id, record=options.recording.record
        )
    try:
        with recording:
            extraction, report = extract_article(
                article,
                client.get(),  # type: ignore[arg-type]
                options.settings,
                options.control,
            )
    except EndpointDown as exc:
        return None, ArticleReport(source=article.id, path=article.path, error=str(exc))
    except (ExtractionError, RecordingError) as exc:
        if isinstance(exc, Cancelled):
            raise
        _forget_partial_recording(options, article, str(exc))
        error = str(exc) if isinstance(exc, ExtractionError) else f"{article.id}: {describe(exc)}"
        return None, ArticleReport(source=article.id, path=article.path, error=error)
    except Exception as exc:  # a bug met in this article: report it, and the rest go on
        error = str(InternalError.while_reading(article.id, exc))
        _forget_partial_recording(options, article, error)
        return None, ArticleReport(source=article.id, path=article.path, error=error)
    if not report.complete:
        _forget_partial_recording(options, article, f"no {', '.join(report.missing)} pass")
    elif options.recording and options.recording.record:
        failure_note(options.recording.directory, article.id).unlink(missing_ok=True)
    return extraction, report


def _forget_partial_recording(options: RunOptions, article: Article, why: str) -> None:
    if options.recording and options.recording.record:
        # A failed article's recording is partial: replaying it could only miss. A note
        # says so, so that a replay tells a failure from a recording never made.
        (options.recording.directory / f"{article.id}.yaml").unlink(missing_ok=True)
        failure_note(options.recording.directory, article.id).write_text(
            why + "\n", encoding="utf-8"
        )
