"""Offline batch files: the requests of a run written down, their answers read back.

    from summarizer.batch import collect, prepare
    prepared = prepare(["seeds/"], model="gpt-4o-mini", mode="tools")
    prepared.write("requests.jsonl")      # run it: the OpenAI Batch API, vLLM's run_batch
    done = collect(["seeds/"], ["results.jsonl"], model="gpt-4o-mini", mode="tools")
    done.run.briefing                     # when done.pending is empty: the whole briefing

Nothing here knows what a pass asks. Both functions run the real extraction
(`extract_article`) over every article, with an HTTP transport in place of the network:
it writes down each request body the client sends and answers it from the batch
results. A request with no result yet raises `Pending` inside the client, so the pass
stops there and the article is pending; the next pass goes on, so one round collects
every pass's first request. So the bodies are byte for byte what a live run POSTs, in
the mode's dialect, and answers are grounded, validated, re-asked and merged exactly as
in a live or replayed run.

A request's `custom_id` is the article id and 32 hex digits of the sha256 of its body: the
same request always gets the same id, so an answer is matched back by the body it answers. A request
sent again in one run (an answer fault, a 5xx: the same body a second time) gets
`-2`, `-3`...: each attempt is its own line. A validation re-ask is a new body. Either
way the request has no answer yet, so it goes into the next round's file.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2
import instructor

from summarizer.cache import extractor_version, write_atomic
from summarizer.errors import (
    Cancelled,
    ConfigError,
    EndpointDown,
    ExtractionError,
    InternalError,
)
from summarizer.extract.article import ExtractionSettings, extract_article
from summarizer.extract.client import Endpoint, RunControl
from summarizer.extract.prompting import prompt_version
from summarizer.merge.briefing import Repeat, merge
from summarizer.models import SCHEMA_VERSION, ArticleExtraction
from summarizer.options import Mode, Passes, RetryPolicy
from summarizer.pipeline import RunResult
from summarizer.read.articles import Article, load_articles, same_texts
from summarizer.report import ArticleReport, RunMetadata

__all__ = [
    "URL",
    "BatchRequest",
    "Collected",
    "Pending",
    "Prepared",
    "collect",
    "custom_id",
    "prepare",
    "read_results",
]

URL = "/v1/chat/completions"  # every request line's url; the client's base URL ends in /v1
_BASE_URL = "http://batch.invalid/v1"  # never contacted: the transport answers every request
# The same tries as a live run (a second round for each), but no waiting: nothing is sent.
_POLICY = RetryPolicy(backoff=0.0)


class Pending(Exception):  # not an error: the request waits for its answer
    """Raised by the transport for a request that has no result yet."""

    def __init__(self, request: BatchRequest) -> None:
        super().__init__(f"no batch result yet for {request.custom_id}")
        self.request = request


@dataclass(frozen=True)
class BatchRequest:
    """One line of a Batch API input file; `body` is the bytes the client would POST."""

    custom_id: str
    body: bytes

    def line(self) -> str:
        text = self.body.decode("utf-8")
        if "\n" in text:  # compact JSON never holds one; a line must stay one line
            text = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
        return (
            f'{{"custom_id":{json.dumps(self.custom_id)},"method":"POST",'
            f'"url":"{URL}","body":{text}}}\n'
        )


@dataclass(frozen=True)
class _Answer:
    status_code: int
    body: Any


def custom_id(article_id: str, body: bytes, attempt: int = 1) -> str:
    """`<article id>-<sha256 of the body, 32 hex digits>`, `-N` for the Nth ask of it."""
    digest = hashlib.sha256(body).hexdigest()[:32]
    return f"{article_id}-{digest}" + (f"-{attempt}" if attempt > 1 else "")


def read_results(paths: Iterable[str | Path]) -> dict[str, _Answer]:
    """Batch API output lines by custom_id, over every file given (later files win).

    A line with no response (`"error"` set: the batch could not run it) answers
    nothing: its request stays pending and goes into the next round's file. A response
    that is an HTTP error is given to the client as it came (a 5xx is asked again, a
    400 fails the pass), as from a live server.
    """
    answers: dict[str, _Answer] = {}
    for path in map(Path, paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the batch results {path}: {exc}") from exc
        for number, text in enumerate(lines, 1):
            if not text.strip():
                continue
            try:
                line = json.loads(text)
                cid = line["custom_id"]
                response = line.get("response")
                if not response:
                    continue
                answer = _Answer(int(response["status_code"]), response["body"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ConfigError(
                    f"{path}:{number}: not a Batch API output line "
                    '({"custom_id": ..., "response": {"status_code": ..., "body": ...}}): '
                    f"{exc}"
                ) from exc
            answers[str(cid)] = answer
    return answers


class _Transport(httpx2.BaseTransport):
    """Answers one article's requests from the results; writes down what it cannot."""

    def __init__(self, article_id: str, answers: dict[str, _Answer]) -> None:
        self.article_id = article_id
        self.answers = answers
        self.asked: Counter[bytes] = Counter()
        self.pending: list[BatchRequest] = []
        self.used: set[str] = set()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.method != "POST" or not request.url.path.endswith("/chat/completions"):
            raise ConfigError(f"a batch holds chat completions only, not {request.url.path}")
        body = request.read()
        self.asked[body] += 1
        cid = custom_id(self.article_id, body, self.asked[body])
        answer = self.answers.get(cid)
        if answer is None:
            batch_request = BatchRequest(cid, body)
            self.pending.append(batch_request)
            raise Pending(batch_request)
        self.used.add(cid)
        return httpx2.Response(answer.status_code, json=answer.body, request=request)


def _client(endpoint: Endpoint, transport: httpx2.BaseTransport) -> instructor.Instructor:
    """Endpoint.client() on `transport`: the same answer check, the same mode dialect."""
    return endpoint.client(transport=transport)


@dataclass(frozen=True)
class _Round:
    """Every article run once against the results."""

    articles: list[Article]
    input_errors: list[Exception]
    extractions: list[ArticleExtraction]
    reports: list[ArticleReport]
    pending: dict[str, list[BatchRequest]]  # article id -> its unanswered requests
    used: set[str]
    repeats: dict[str, Repeat]


def _endpoint_and_settings(
    model: str | None, mode: str | None, passes: str, max_reasks: int, max_tokens: int
) -> tuple[Endpoint, ExtractionSettings]:
    model = model or os.environ.get("SUMMARIZER_MODEL")
    if not model:
        raise ConfigError("no model named: pass --model or set SUMMARIZER_MODEL")
    mode = mode or os.environ.get("SUMMARIZER_MODE") or "json_schema"
    endpoint = Endpoint(
        model=model,
        base_url=_BASE_URL,
        api_key="batch",
        mode=Mode(mode),
        backend="batch",
        retry=_POLICY,
    )
    settings = ExtractionSettings(
        model=model, passes=Passes(passes), max_reasks=max_reasks, max_tokens=max_tokens
    )
    return endpoint, settings


def _run_round(
    paths: Iterable[str | Path],
    endpoint: Endpoint,
    settings: ExtractionSettings,
    answers: dict[str, _Answer],
) -> _Round:
    articles, input_errors = load_articles(paths)
    unique, repeated = same_texts(articles)
    control = RunControl(endpoint.retry)
    extractions: list[ArticleExtraction] = []
    reports: list[ArticleReport] = []
    pending: dict[str, list[BatchRequest]] = {}
    used: set[str] = set()
    for article in unique:
        transport = _Transport(article.id, answers)
        client = _client(endpoint, transport)
        extraction: ArticleExtraction | None = None
        try:
            extraction, report = extract_article(article, client, settings, control)
        except (Cancelled, EndpointDown):
            raise
        except ExtractionError as exc:
            report = ArticleReport(source=article.id, path=article.path, error=str(exc))
        except Exception as exc:  # a bug met in this article: report it, and the rest go on
            error = str(InternalError.while_reading(article.id, exc))
            report = ArticleReport(source=article.id, path=article.path, error=error)
        used |= transport.used
        if transport.pending:
            # Whatever the passes made of it, the article waits for its answers.
            pending[article.id] = transport.pending
            ids = ", ".join(r.custom_id for r in transport.pending)
            report = ArticleReport(
                source=article.id,
                path=article.path,
                passes=[p for p in report.passes if p.error is None],  # the answered ones
                withheld=report.withheld,
                error=f"{article.id}: {len(transport.pending)} request(s) have no batch "
                f"result yet ({ids})",
            )
        elif extraction is not None:
            extractions.append(extraction)
        reports.append(report)
    reports += [
        ArticleReport(source=a.id, path=a.path, same_as=repeated[a.id].id)
        for a in articles
        if a.id in repeated
    ]
    reports.sort(key=lambda r: r.source)
    repeats = {
        a.id: Repeat(path=a.path, same_as=repeated[a.id].id) for a in articles if a.id in repeated
    }
    return _Round(articles, list(input_errors), extractions, reports, pending, used, repeats)


@dataclass(frozen=True)
class Prepared:
    """The requests of every article's passes, for a Batch API input file."""

    requests: list[BatchRequest]
    articles: list[Article]
    input_errors: list[Exception] = field(default_factory=list)

    def write(self, path: str | Path) -> Path:
        return _write_requests(Path(path), self.requests)


def prepare(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    mode: str | None = None,
    passes: str = "focused",
    max_reasks: int = 1,
    max_tokens: int = 1024,
) -> Prepared:
    """Every request the articles' passes send first, as Batch API input lines.

    The same options must be given to `collect`: they are part of every body.
    """
    endpoint, settings = _endpoint_and_settings(model, mode, passes, max_reasks, max_tokens)
    done = _run_round(paths, endpoint, settings, {})
    requests = [r for article in done.pending.values() for r in article]
    return Prepared(requests=requests, articles=done.articles, input_errors=done.input_errors)


@dataclass(frozen=True)
class Collected:
    """A run made from batch results. `run` covers the articles every answer of which came
    back; `requests` (the next round) holds what the pending ones still ask."""

    run: RunResult
    pending: dict[str, list[BatchRequest]]  # article id -> its requests with no answer yet
    unmatched: list[str]  # custom_ids in the results that no request of this run sent

    @property
    def requests(self) -> list[BatchRequest]:
        return [r for article in self.pending.values() for r in article]

    def write_requests(self, path: str | Path) -> Path:
        return _write_requests(Path(path), self.requests)


def collect(
    paths: Iterable[str | Path],
    results: Sequence[str | Path],
    *,
    model: str | None = None,
    mode: str | None = None,
    passes: str = "focused",
    max_reasks: int = 1,
    max_tokens: int = 1024,
) -> Collected:
    """Extract and merge the articles from the batch results (several rounds' files).

    Give the options `prepare` was given. An article is complete when every request it
    makes has an answer; one that needs another (a re-ask, a request asked again) is
    pending, left out of the briefing, and its requests are in `Collected.requests`.
    """
    endpoint, settings = _endpoint_and_settings(model, mode, passes, max_reasks, max_tokens)
    answers = read_results(results)
    started_at = datetime.now(UTC)
    t0 = time.perf_counter()
    done = _run_round(paths, endpoint, settings, answers)
    metadata = RunMetadata(
        started_at=started_at.isoformat(timespec="seconds"),
        finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
        seconds=round(time.perf_counter() - t0, 3),
        model=endpoint.model,
        backend="batch",
        base_url=None,
        mode=endpoint.mode,
        passes=settings.passes,
        prompt_version=prompt_version(),
        schema_version=SCHEMA_VERSION,
        extractor_version=extractor_version(),
        input_errors=[str(e) for e in done.input_errors],
        articles=done.reports,
    )
    run = RunResult(
        briefing=merge(done.extractions, done.repeats),
        extractions=done.extractions,
        metadata=metadata,
    )
    unmatched = sorted(set(answers) - done.used)
    return Collected(run=run, pending=done.pending, unmatched=unmatched)


def _write_requests(path: Path, requests: Sequence[BatchRequest]) -> Path:
    write_atomic(path, "".join(r.line() for r in requests))
    return path
