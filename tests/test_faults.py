"""The fault matrix: every fault a real endpoint produces, early and late in a batch,
once and past the retry budget. No article is lost, none is silently incomplete,
nothing partial is cached, and a rerun asks the model only for what failed.

The server is tests/faultserver.py: recorded answers (real model output, from
cassettes/) with HAND-WRITTEN faults injected.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from faultserver import (
    ANSWER,
    FAULTS,
    NOT_RETRIED,
    Fault,
    FaultServer,
    for_article,
    recorded_answers,
    serving,
)

from summarizer import Backend, Job, RetryPolicy, brief
from summarizer.pipeline import RunResult
from summarizer.recording import CassetteInfo

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"
IDS = ["000_a3a10b59c7859df7", "003_6f6485ac6c360f71", "004_403167c6710ec3d8"]
TARGET_PASS = "CeasefiresResponse"  # the pass whose loss went unnoticed before
# Small numbers, so the matrix runs in seconds; the defaults are in RetryPolicy.
FAST = RetryPolicy(
    timeout=0.5,
    attempts=3,
    answer_attempts=2,
    backoff=0.01,
    max_backoff=0.05,
    max_retry_after=0.1,
    down_after=6,
)
# What the report must say of each fault once the budget is spent.
REASON = {
    "429": "429",
    "429-no-retry-after": "429",
    "500": "500",
    "502": "502",
    "503": "503",
    "slow": "timed out",
    "reset": "connection",
    "no-answer": "connection",
    "html": "non-JSON body",
    "invalid": "does not fit the schema",
    "length": "cut off at max_tokens",
    "refusal": "refused",
    "empty-choices": "no choices",
    "context-400": "too long for the model's context",
}


@pytest.fixture(scope="module")
def answers() -> dict[str, bytes]:
    return recorded_answers(CASSETTES, IDS)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One folder for the module: source paths are part of the briefing.
    folder = tmp_path_factory.mktemp("articles")
    for article_id in IDS:
        shutil.copy(ROOT / "seeds" / f"{article_id}.txt", folder)
    return folder


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def job(url: str, **changes: Any) -> Job:
    info = CassetteInfo.read(CASSETTES)
    settings: dict[str, Any] = {
        "backend": Backend.openai,
        "base_url": url,
        "model": info.model,
        "mode": info.mode,
        "passes": info.passes,
        "max_reasks": info.max_reasks,
        "max_tokens": info.max_tokens,
        "retry": FAST,
    }
    return Job(**{**settings, **changes})


def extractions(run: RunResult) -> dict[str, str]:
    return {e.source: e.model_dump_json() for e in run.extractions}


def asked_about(server: FaultServer, since: int) -> set[str]:
    found = set()
    for body in server.requests[since:]:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        found |= {a for a in IDS if f'<article id="{a}">' in user}
    return found


@pytest.fixture(scope="module")
def baseline(answers: dict[str, bytes], inputs: Path) -> RunResult:
    """The batch with no fault: it must be the replayed briefing of the same articles."""
    with serving(FaultServer(answers)) as server:
        run = brief([inputs], job(server.url, cache=False))
    replayed = brief([inputs], replay=CASSETTES, cache=False)
    assert run.complete and len(run.extractions) == len(IDS)
    assert run.briefing.model_dump_json() == replayed.briefing.model_dump_json()
    return run


def test_the_fault_server_answers_as_the_recordings_do(baseline: RunResult) -> None:
    assert baseline.briefing.ceasefire_attempts and baseline.briefing.casualties


@pytest.mark.parametrize("repeated", [False, True], ids=["once", "past-budget"])
@pytest.mark.parametrize("position", ["early", "late"])
@pytest.mark.parametrize("kind", FAULTS)
def test_fault_matrix(
    kind: str,
    position: str,
    repeated: bool,
    answers: dict[str, bytes],
    baseline: RunResult,
    inputs: Path,
) -> None:
    target = IDS[0] if position == "early" else IDS[-1]
    fault = Fault(kind, for_article(target, TARGET_PASS), times=None if repeated else 1)
    with serving(FaultServer(answers, faults=[fault])) as server:
        run = brief([inputs], job(server.url))
        assert fault.hits >= 1
        expected = extractions(baseline)
        got = extractions(run)
        # Every other article's result is complete and exactly what it would have been.
        for article_id in IDS:
            if article_id != target:
                report = next(a for a in run.metadata.articles if a.source == article_id)
                assert report.complete
                assert got[article_id] == expected[article_id]

        healed = not repeated and kind not in NOT_RETRIED
        (report,) = [a for a in run.metadata.articles if a.source == target]
        if healed:
            assert run.complete, report
            assert run.briefing.model_dump_json() == baseline.briefing.model_dump_json()
            if kind in ANSWER:
                assert report.passes[2].answer_faults  # asked again, and it says so
        else:
            # Reported by name, with the reason; its other passes still count.
            assert not run.complete and report in run.partial
            assert report.missing == ["ceasefires"]
            (failed,) = [p for p in report.passes if p.error]
            assert target in (failed.error or "")
            assert REASON[kind].lower() in (failed.error or "").lower()
            assert got[target] != expected[target]  # it lacks the ceasefires, visibly

        # A rerun on a healthy endpoint asks only for what failed, and completes.
        server.faults.clear()
        since = len(server.requests)
        rerun = brief([inputs], job(server.url))
        assert asked_about(server, since) == (set() if healed else {target})
        assert rerun.complete
        assert rerun.briefing.model_dump_json() == baseline.briefing.model_dump_json()


@pytest.mark.parametrize("kind", ["503", "reset", "html", "invalid"])
def test_faults_at_concurrency_three(
    kind: str, answers: dict[str, bytes], baseline: RunResult, inputs: Path
) -> None:
    faults = [Fault(kind, for_article(a, TARGET_PASS), times=1) for a in IDS]
    with serving(FaultServer(answers, faults=faults)) as server:
        run = brief([inputs], job(server.url, concurrency=3))
    assert run.complete
    assert run.briefing.model_dump_json() == baseline.briefing.model_dump_json()


def test_a_dead_endpoint_stops_the_run_early(answers: dict[str, bytes], inputs: Path) -> None:
    every = Fault("reset", lambda body: True, times=None)
    with serving(FaultServer(answers, faults=[every])) as server:
        run = brief([inputs], job(server.url))
    assert not run.extractions and run.metadata.stopped
    assert "endpoint is down" in run.metadata.stopped
    # Stopped after FAST.down_after failures in a row, not after every article's retries.
    assert len(server.requests) == FAST.down_after
    assert {a.source for a in run.failed} == set(IDS)
    assert all("endpoint is down" in (a.error or "") for a in run.failed)


def test_an_endpoint_that_never_answers_stops_the_run(
    answers: dict[str, bytes], inputs: Path
) -> None:
    hung = Fault("slow", lambda body: True, times=None)
    with serving(FaultServer(answers, faults=[hung])) as server:
        run = brief([inputs], job(server.url))
    assert not run.extractions and "endpoint is down" in (run.metadata.stopped or "")
    assert len(server.requests) == FAST.down_after


def test_a_moved_file_is_served_from_the_cache_under_its_new_path(
    answers: dict[str, bytes], inputs: Path, tmp_path: Path
) -> None:
    moved = tmp_path / "moved"
    shutil.copytree(inputs, moved)
    with serving(FaultServer(answers)) as server:
        brief([inputs], job(server.url))
        since = len(server.requests)
        run = brief([moved], job(server.url))
        assert len(server.requests) == since  # nothing asked again
    assert all(a.cached for a in run.metadata.articles)
    assert {Path(s.path).parent for s in run.briefing.sources} == {moved}


def test_a_bug_in_one_pass_costs_that_pass_not_the_run(
    inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception in the code that reads a pass's answer (here, HAND-INJECTED into the
    truce reader for one article) leaves that article partial, says it is a bug, and
    keeps its other passes and every other article."""
    from summarizer.extract import found_truces

    real = found_truces.from_wording

    def buggy(article: Any, *args: Any) -> Any:
        if article.id == IDS[1]:
            raise IndexError("list index out of range")
        return real(article, *args)

    monkeypatch.setattr(found_truces, "from_wording", buggy)
    run = brief([inputs], replay=CASSETTES, cache=False)
    report = {a.source: a for a in run.metadata.articles}
    assert report[IDS[1]].missing == ["ceasefires"]
    error = next(p.error for p in report[IDS[1]].passes if p.name == "ceasefires")
    assert error is not None
    assert IDS[1] in error and "IndexError" in error and "bug in summarizer" in error
    assert not run.complete and len(run.extractions) == len(IDS)
    assert all(report[a].complete for a in IDS if a != IDS[1])
    kept = next(e for e in run.extractions if e.source == IDS[1])
    assert kept.casualties or kept.actors  # the article's other passes still count


def test_a_bug_in_one_article_is_reported_and_the_rest_go_on(
    inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception after the passes (HAND-INJECTED into the speakers reader for one
    article) fails that article with a message naming it; the others are briefed."""
    from summarizer.extract import article as article_module

    real = article_module.speakers

    def buggy(article: Any) -> Any:
        if article.id == IDS[0]:
            raise KeyError("side")
        return real(article)

    monkeypatch.setattr(article_module, "speakers", buggy)
    run = brief([inputs], replay=CASSETTES, cache=False)
    failed = {a.source: a.error for a in run.failed}
    assert list(failed) == [IDS[0]]
    assert "KeyError" in str(failed[IDS[0]]) and "bug in summarizer" in str(failed[IDS[0]])
    assert sorted(e.source for e in run.extractions) == IDS[1:]
    assert run.briefing.casualties or run.briefing.ceasefire_attempts
