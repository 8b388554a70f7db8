"""One runaway pass does not sink the article: the others still count, the loss is reported.

The server is an in-process httpx2 MockTransport with HAND-WRITTEN answers (empty lists,
and one answer cut off at max_tokens): it tests our handling, not a model.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import instructor
import openai
from handwritten import completion_body

from summarizer.extract.article import ExtractionSettings, extract_article
from summarizer.extract.client import RetryPolicy, RunControl
from summarizer.read.articles import read_text_file

SEED_003 = Path(__file__).resolve().parent.parent / "seeds" / "003_6f6485ac6c360f71.txt"


def handler(request: httpx2.Request, runaway: bool = False) -> httpx2.Response:
    body = json.loads(request.content)
    fields = body["response_format"]["json_schema"]["schema"]["properties"]
    answer = {name: None if name == "location" else [] for name in fields}
    finish = "stop"
    if "casualties" in fields and runaway:  # the runaway pass
        answer, finish = {"casualties": [{"sentences": [8]}] * 3}, "length"
    elif "reactions" in fields:
        answer["reactions"] = [
            {
                "sentences": [2],
                "actor": "Russia",
                "stance": "call_for_restraint",
                "addressed_to": [],
            }
        ]
    content = json.dumps(answer)[: -2 if finish == "length" else None]
    return httpx2.Response(200, json=completion_body(content, finish))


def answering(handle: Callable[[httpx2.Request], httpx2.Response]) -> instructor.Instructor:
    """An instructor client whose server is `handle`, in process (no network)."""
    raw = openai.OpenAI(
        api_key="test",
        base_url="http://test.invalid/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handle)),
    )
    return instructor.from_openai(raw, mode=instructor.Mode.JSON_SCHEMA)


def test_a_cut_off_pass_is_reported_and_the_other_passes_count() -> None:
    calls: list[int] = []

    def runaway(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        return handler(request, runaway=True)

    article = read_text_file(SEED_003)
    control = RunControl(RetryPolicy(answer_attempts=2, backoff=0.001))
    extraction, report = extract_article(
        article, answering(runaway), ExtractionSettings(model="m"), control
    )
    assert extraction.casualties == []
    assert [r.actor for r in extraction.reactions] == ["Russia"]
    (cut,) = [p for p in report.passes if p.error]
    assert cut.name == "casualties" and "max_tokens=1024" in cut.error
    # Asked again within the budget, then named as missing: the article is partial.
    assert len(calls) == 4 + 1 and len(cut.answer_faults) == 2
    assert report.missing == ["casualties"] and not report.complete
    assert report.error is None


def counted_endpoint(monkeypatch: Any) -> tuple[Any, list[int]]:
    """An endpoint answered by `handler`, and the list that grows by one per model call."""
    from summarizer.extract.client import Endpoint

    calls: list[int] = []

    def counting(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        return handler(request)

    monkeypatch.setattr(Endpoint, "client", lambda self: answering(counting))
    return Endpoint(model="m", base_url="http://test.invalid/v1", api_key="test"), calls


def test_a_rerun_is_served_from_the_cache(tmp_path: Path, monkeypatch: Any) -> None:
    from summarizer.cache import ExtractionCache
    from summarizer.pipeline import RunOptions, summarize

    endpoint, calls = counted_endpoint(monkeypatch)
    options = RunOptions(
        endpoint=endpoint, settings=ExtractionSettings(model="m"), cache=ExtractionCache(tmp_path)
    )
    first = summarize([SEED_003], options)
    made = len(calls)
    assert made >= 4
    second = summarize([SEED_003], options)
    assert len(calls) == made  # no model call for finished work
    assert second.metadata.articles[0].cached
    assert second.briefing.model_dump_json() == first.briefing.model_dump_json()


def test_the_cache_does_not_serve_a_run_with_other_limits(tmp_path: Path, monkeypatch: Any) -> None:
    # Re-asks and max_tokens change what is kept of the model's answers: an extraction made
    # with one re-ask is not the answer to a run that allows none.
    from summarizer.cache import ExtractionCache
    from summarizer.pipeline import RunOptions, summarize

    endpoint, calls = counted_endpoint(monkeypatch)
    cache = ExtractionCache(tmp_path)
    for settings in (
        ExtractionSettings(model="m", max_reasks=1),
        ExtractionSettings(model="m", max_reasks=0),
        ExtractionSettings(model="m", max_reasks=0, max_tokens=512),
    ):
        before = len(calls)
        run = summarize([SEED_003], RunOptions(endpoint, settings, cache=cache))
        assert not run.metadata.articles[0].cached
        assert len(calls) > before
    again = summarize(
        [SEED_003], RunOptions(endpoint, ExtractionSettings("m", max_reasks=0), cache=cache)
    )
    assert again.metadata.articles[0].cached


def test_a_fully_cached_run_never_starts_the_local_model(tmp_path: Path, monkeypatch: Any) -> None:
    # Loading the embedded model takes longer than a cached run: it is started only when
    # some article still needs it.
    from typer.testing import CliRunner

    from summarizer import cli
    from summarizer import run as job_module
    from summarizer.cache import ExtractionCache
    from summarizer.extract.client import Endpoint
    from summarizer.local.server import LocalServerError
    from summarizer.pipeline import RunOptions, summarize

    gguf = tmp_path / "tiny-model.gguf"
    gguf.write_bytes(b"GGUF" + bytes(60))
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(job_module.local_server, "llama_cpp_available", lambda: True)
    started: list[Path] = []

    def no_server(model: Path, **_: Any) -> Any:
        started.append(model)
        raise LocalServerError("stand-in: the test starts no server")

    monkeypatch.setattr(job_module, "LocalServer", no_server)
    brief = ["brief", str(SEED_003), "--backend", "local", "--gguf", str(gguf)]
    out = tmp_path / "b.json"

    # Nothing cached yet: the server is asked for (and the stand-in refuses, exit 2).
    result = CliRunner().invoke(cli.app, [*brief, "-o", str(out)])
    assert result.exit_code == cli.EXIT_USAGE and started == [gguf]

    # Cache the article as the local backend would (hand-written answers, no model).
    monkeypatch.setattr(Endpoint, "client", lambda self: answering(handler))
    local = Endpoint(model="tiny-model", base_url=None, api_key="x", mode="llama_cpp")
    settings = ExtractionSettings(model=local.model, max_reasks=0)
    run = summarize(
        [SEED_003], RunOptions(endpoint=local, settings=settings, cache=ExtractionCache())
    )
    assert not run.failed

    result = CliRunner().invoke(cli.app, [*brief, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert started == [gguf]  # not started again
    assert "Russia" in out.read_text(encoding="utf-8")


def test_no_status_report_is_read_for_a_truce_of_another_month() -> None:
    from summarizer.extract.article import _status_reports
    from summarizer.read.articles import Article

    text = (
        "The Athens deal is the first ceasefire since the truce Ruritania declared in June "
        "broke down after ten days.\n"
        "The ceasefire between Ruritania and Borduria broke down on Sunday.\n"
    )
    article = Article(id="s", path="s.txt", text=text)
    reports = _status_reports(article, {"ceasefires": []})
    assert [(r.status, r.evidence[0].sentence) for r in reports] == [("collapsed", 2)]


def test_figures_read_from_the_wording_beyond_the_answers_bound_do_not_fail_it() -> None:
    # A HAND-WRITTEN article with more tolls than the schema lets the model list: the
    # model lists none, the wording gives them all, and none is lost or fatal (it once
    # failed the whole run: "List should have at most 10 items").
    towns = ["Arica", "Iquique", "Calama", "Tocopilla", "Antofagasta", "Copiapo"]
    towns += ["Vallenar", "Ovalle", "Illapel", "Taltal", "Putre", "Pica"]
    text = "SANTIAGO, Oct 17 - Peruvian shelling hit towns across northern Chile.\n\n"
    text += "\n\n".join(
        f"{n} Chilean soldiers were killed in {town} on Monday, the Chilean army said."
        for n, town in enumerate(towns, start=20)
    )
    from summarizer.read.articles import Article

    article = Article(id="t", path="t.txt", text=text)
    extraction, report = extract_article(
        article, answering(handler), ExtractionSettings(model="m"), RunControl()
    )
    assert report.error is None and not report.missing
    assert {c.count for c in extraction.casualties} == set(range(20, 20 + len(towns)))
