"""Offline batch files: `batch prepare` writes what a live run POSTs, `batch collect`
makes the briefing a live run makes from the same answers.

The answers are the project's recordings (cassettes/<model>/*.yaml): each prepared
request is answered with the recorded response whose request body is the prepared body,
as a Batch API output line. Where a test needs an answer the model never gave (to force
a re-ask), it is HAND-WRITTEN and says so.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from typer.testing import CliRunner

from summarizer.batch import URL, BatchRequest, collect, custom_id, prepare
from summarizer.cli import EXIT_PARTIAL, app
from summarizer.errors import ExtractionError
from summarizer.extract.article import ExtractionSettings, extract_article
from summarizer.extract.client import Endpoint
from summarizer.options import Mode
from summarizer.read.articles import load_articles
from summarizer.run import Job, brief

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"
DEVSET = Path(os.environ.get("SUMMARIZER_DEVSET", ROOT.parent / "shared" / "devset"))
EPISODE = "il-lb-2024"
ARTICLE = "002_f3a6168e9b557d6c"  # every answer the model gave it is valid as it stands


def recorded_settings(directory: Path) -> dict[str, Any]:
    info = json.loads((directory / "model.json").read_text(encoding="utf-8"))
    keys = ("model", "mode", "passes", "max_reasks", "max_tokens")
    return {key: info[key] for key in keys}


SETTINGS = recorded_settings(MODEL_DIR)
OPTIONS = [
    *("--model", SETTINGS["model"], "--mode", SETTINGS["mode"], "--passes", SETTINGS["passes"]),
    *("--max-reasks", str(SETTINGS["max_reasks"]), "--max-tokens", str(SETTINGS["max_tokens"])),
]


def recorded_answers(directory: Path) -> dict[bytes, dict[str, Any]]:
    """Request body -> the recorded response, as a Batch API `response`."""
    answers = {}
    for path in sorted(directory.glob("*.yaml")):
        cassette = yaml.safe_load(path.read_text(encoding="utf-8"))
        for interaction in cassette["interactions"]:
            response = interaction["response"]
            answers[interaction["request"]["body"].encode("utf-8")] = {
                "status_code": response["status"]["code"],
                "body": json.loads(response["body"]["string"]),
            }
    return answers


def result_line(cid: str, response: dict[str, Any] | None, error: Any = None) -> str:
    return json.dumps({"custom_id": cid, "response": response, "error": error}) + "\n"


def results_from_recordings(requests_file: Path, directory: Path, results_file: Path) -> int:
    """The Batch API output for `requests_file`, answered from the recordings."""
    answers = recorded_answers(directory)
    lines = []
    for text in requests_file.read_text(encoding="utf-8").splitlines():
        request = json.loads(text)
        lines.append(result_line(request["custom_id"], answers[_body_bytes(text)]))
    results_file.write_text("".join(lines), encoding="utf-8")
    return len(lines)


def _body_bytes(line: str) -> bytes:
    """The body of a request line exactly as written (the bytes the client POSTs)."""
    start = line.index('"body":') + len('"body":')
    assert line.endswith("}")
    return line[start:-1].encode("utf-8")


def _refuse(self: socket.socket, address: Any) -> None:
    raise OSError(f"a batch test tried to connect to {address}")


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(ROOT)  # sources[].path as the README gives them: "seeds/..."


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_prepared_requests_are_the_recorded_requests_as_batch_lines(tmp_path: Path) -> None:
    requests_file = tmp_path / "requests.jsonl"
    code, _, err = run_cli("batch", "prepare", "seeds/", "-o", requests_file, *OPTIONS)
    assert code == 0, err
    lines = requests_file.read_text(encoding="utf-8").splitlines()
    recorded = recorded_answers(MODEL_DIR)
    # Byte for byte what the live client sent when the recordings were made, every one.
    assert sorted(_body_bytes(line) for line in lines) == sorted(recorded)
    for line in lines:
        request = json.loads(line)
        assert set(request) == {"custom_id", "method", "url", "body"}
        assert (request["method"], request["url"]) == ("POST", URL)
        assert request["body"] == json.loads(_body_bytes(line))
        assert request["body"]["model"] == SETTINGS["model"]
        # llama-cpp-python's dialect, as the live client rewrites it (extract/client.py).
        assert request["body"]["response_format"]["type"] == "json_object"
        article = request["custom_id"].rsplit("-", 1)[0]
        assert request["custom_id"] == custom_id(article, _body_bytes(line))
    # Deterministic: the same inputs give the same file.
    again = prepare(["seeds/"], **SETTINGS)
    assert "".join(r.line() for r in again.requests) == requests_file.read_text(encoding="utf-8")


def test_collect_from_the_recorded_answers_is_the_replayed_briefing(tmp_path: Path) -> None:
    requests_file, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    run_cli("batch", "prepare", "seeds/", "-o", requests_file, *OPTIONS)
    results_from_recordings(requests_file, MODEL_DIR, results)
    out = tmp_path / "briefing.json"
    code, _, err = run_cli("batch", "collect", "seeds/", "--results", results, "-o", out, *OPTIONS)
    assert code == 0, err
    code, replayed, err = run_cli("brief", "seeds/", "--replay", MODEL_DIR)
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == replayed
    assert replayed == (MODEL_DIR / "briefing.json").read_text(encoding="utf-8")
    metadata = json.loads((tmp_path / "briefing.run.json").read_text(encoding="utf-8"))
    assert metadata["backend"] == "batch"
    assert all(a["error"] is None and not a["missing"] for a in metadata["articles"])
    assert not list(tmp_path.glob("requests.round*.jsonl"))


@pytest.mark.parametrize("how", ["missing", "failed in the batch"])
def test_an_unanswered_request_leaves_its_article_pending(tmp_path: Path, how: str) -> None:
    requests_file, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    run_cli("batch", "prepare", "seeds/", "-o", requests_file, *OPTIONS)
    results_from_recordings(requests_file, MODEL_DIR, results)
    lines = results.read_text(encoding="utf-8").splitlines(keepends=True)
    held_back = next(i for i, line in enumerate(lines) if ARTICLE in line)
    cid = json.loads(lines[held_back])["custom_id"]
    answer = lines[held_back]
    if how == "missing":
        del lines[held_back]
    else:  # the Batch API's line for a request it could not run
        lines[held_back] = result_line(cid, None, {"code": "server_error", "message": "x"})
    results.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "briefing.json"
    code, _, err = run_cli("batch", "collect", "seeds/", "--results", results, "-o", out, *OPTIONS)
    assert code == EXIT_PARTIAL, err
    assert f"pending: {ARTICLE}: 1 request(s) have no batch result yet ({cid})" in err
    # The briefing covers the complete articles; the pending one is not in it yet.
    briefing = json.loads(out.read_text(encoding="utf-8"))
    assert ARTICLE not in {s["id"] for s in briefing["sources"]}
    assert len(briefing["sources"]) == 4
    # Round 2 asks exactly the unanswered request, the same line as in round 1.
    round2 = tmp_path / "requests.round2.jsonl"
    (line,) = round2.read_text(encoding="utf-8").splitlines(keepends=True)
    assert json.loads(line)["custom_id"] == cid
    assert line in requests_file.read_text(encoding="utf-8").splitlines(keepends=True)
    # Its answer, as a second results file, completes the run: the replayed briefing.
    results2 = tmp_path / "results.round2.jsonl"
    results2.write_text(answer, encoding="utf-8")
    code, _, err = run_cli(
        "batch", "collect", "seeds/", "--results", results, "--results", results2,
        "-o", out, *OPTIONS,
    )  # fmt: skip
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == (MODEL_DIR / "briefing.json").read_text("utf-8")


def _article_results(settings: dict[str, Any]) -> tuple[list[BatchRequest], dict[str, str]]:
    prepared = prepare([f"seeds/{ARTICLE}.txt"], **settings)
    recorded = recorded_answers(MODEL_DIR)
    return prepared.requests, {
        r.custom_id: result_line(r.custom_id, recorded[r.body]) for r in prepared.requests
    }


def _hand_written_invalid(cid: str, recorded_line: str) -> str:
    """HAND-WRITTEN: the recorded completion with its content replaced by `[]`, JSON that
    fits no pass schema. Never a model's answer."""
    response = json.loads(recorded_line)["response"]
    response["body"]["choices"][0]["message"]["content"] = "[]"
    return result_line(cid, response)


def test_an_answer_fault_is_asked_again_in_the_next_round(tmp_path: Path) -> None:
    requests, lines = _article_results(SETTINGS)  # max_reasks 0, as recorded
    first = requests[0]
    lines[first.custom_id] = _hand_written_invalid(first.custom_id, lines[first.custom_id])
    results = tmp_path / "results.jsonl"
    results.write_text("".join(lines.values()), encoding="utf-8")
    done = collect([f"seeds/{ARTICLE}.txt"], [results], **SETTINGS)
    assert list(done.pending) == [ARTICLE]
    # Nothing in it fits, so it is asked again: the same body, its own line.
    (again,) = done.requests
    assert again.body == first.body
    assert again.custom_id == f"{first.custom_id}-2"
    assert not done.run.extracted_any


def test_an_invalid_answer_is_reasked_in_the_next_round(tmp_path: Path) -> None:
    settings = {**SETTINGS, "max_reasks": 1}
    requests, lines = _article_results(settings)
    first = requests[0]
    recorded_line = lines[first.custom_id]
    lines[first.custom_id] = _hand_written_invalid(first.custom_id, recorded_line)
    results = tmp_path / "results.jsonl"
    results.write_text("".join(lines.values()), encoding="utf-8")
    done = collect([f"seeds/{ARTICLE}.txt"], [results], **settings)
    assert list(done.pending) == [ARTICLE]
    assert ARTICLE in (done.run.metadata.articles[0].error or "")
    # The re-ask is a new request: the first one's messages, the answer, and the errors.
    (reask,) = done.requests
    assert reask.body not in {r.body for r in requests}
    asked, first_asked = json.loads(reask.body), json.loads(first.body)
    n = len(first_asked["messages"])
    assert asked["messages"][:n] == first_asked["messages"]
    assert asked["messages"][n]["content"] == "[]"
    assert "validation error" in asked["messages"][-1]["content"]
    written = done.write_requests(tmp_path / "requests.round2.jsonl")
    assert written.read_text(encoding="utf-8") == reask.line()
    # Round 2: the re-ask answered with the answer the model gave the first request
    # (recorded) makes the article the recorded answers make.
    response = json.loads(recorded_line)["response"]
    results2 = tmp_path / "results.round2.jsonl"
    results2.write_text(result_line(reask.custom_id, response), encoding="utf-8")
    done2 = collect([f"seeds/{ARTICLE}.txt"], [results, results2], **settings)
    assert not done2.pending and done2.run.complete
    assert done2.run.metadata.articles[0].passes[0].attempts == 2
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(_article_results(settings)[1].values()), encoding="utf-8")
    reference = collect([f"seeds/{ARTICLE}.txt"], [plain], **settings)
    assert done2.run.briefing == reference.run.briefing
    assert done2.run.extractions == reference.run.extractions


@pytest.mark.parametrize("mode", [m.value for m in Mode])
def test_bodies_are_what_the_live_client_posts_in_every_mode(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Endpoint.client() itself, on a transport that writes the bodies down."""
    sent: list[bytes] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.read())
        return httpx2.Response(400, json={"error": {"message": "written down"}})

    class WithTransport(httpx2.Client):  # a subclass: openai checks isinstance(.., Client)
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**{**kwargs, "transport": httpx2.MockTransport(handler)})

    monkeypatch.setattr(httpx2, "Client", WithTransport)
    (article,) = load_articles([f"seeds/{ARTICLE}.txt"])[0]
    endpoint = Endpoint(model="m", base_url="http://live.invalid/v1", api_key="k", mode=mode)
    with pytest.raises(ExtractionError):
        extract_article(article, endpoint.client(), ExtractionSettings(model="m"))
    monkeypatch.undo()
    prepared = prepare([f"seeds/{ARTICLE}.txt"], model="m", mode=mode)
    assert [r.body for r in prepared.requests] == sent
    assert len(sent) == 4


@pytest.mark.skipif(not (DEVSET / EPISODE).is_dir(), reason=f"no devset at {DEVSET}")
def test_a_devset_episode_from_its_recordings(tmp_path: Path) -> None:
    directory = MODEL_DIR / "devset" / EPISODE
    settings = recorded_settings(directory)
    episode = DEVSET / EPISODE
    requests_file, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    prepare([episode], **settings).write(requests_file)
    results_from_recordings(requests_file, directory, results)
    done = collect([episode], [results], **settings)
    assert not done.pending and done.run.complete and not done.unmatched
    replayed = brief([episode], Job(replay=directory, cache=False))
    assert done.run.briefing.model_dump_json(indent=2) == replayed.briefing.model_dump_json(
        indent=2
    )
