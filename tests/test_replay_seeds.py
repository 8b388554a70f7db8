"""The seeds briefing, rebuilt offline from cassettes recorded from a real model.

These tests run the CLI exactly as a user would (`summarizer brief seeds/ --replay
cassettes/<model>/`) and check what a careful reader finds in the articles. No test
here can reach the network: a request with no recording fails the run.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import EXIT_PARTIAL, EXIT_USAGE, app
from summarizer.extract.grounding import count_in_text
from summarizer.models import Briefing
from summarizer.read.articles import load_articles
from summarizer.score.scoring import evidence_items

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CASSETTES = ROOT / "cassettes"
MODEL_DIRS = sorted(p.parent for p in CASSETTES.glob("*/model.json"))
DEFAULT_MODEL = "qwen2-5-coder-1-5b-instruct-q4-k-m"


CONNECT_ATTEMPTS: list[Any] = []


def _refuse(self: socket.socket, address: Any) -> None:
    # Recorded, not just raised: openai would turn an exception here into a
    # "Connection error" and hide it.
    CONNECT_ATTEMPTS.append(address)
    raise OSError(f"a replay test tried to connect to {address}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    """Any attempt to open a connection fails the test (replay must never go live)."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    yield
    assert not CONNECT_ATTEMPTS, f"replay tried to reach the network: {CONNECT_ATTEMPTS}"


def brief(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["brief", *map(str, args)])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_recordings_exist() -> None:
    assert MODEL_DIRS, (
        f"no cassettes/<model>/model.json under {CASSETTES}: run scripts/record-cassettes"
    )


@pytest.fixture(scope="module", params=MODEL_DIRS, ids=[p.name for p in MODEL_DIRS])
def cassette_dir(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


@pytest.fixture(scope="module")
def briefing_json(cassette_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("replay") / "b.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", _refuse)
        mp.chdir(ROOT)  # paths as the README gives them: sources[].path is "seeds/..."
        code, _, err = brief("seeds/", "--replay", cassette_dir, "-o", out)
    assert code == 0, err
    return out.read_text(encoding="utf-8")


def test_there_is_a_recorded_model(cassette_dir: Path) -> None:
    info = json.loads((cassette_dir / "model.json").read_text(encoding="utf-8"))
    assert info["model"] and info["server"] and info["recorded_at"]
    for article in load_articles([SEEDS])[0]:
        assert (cassette_dir / f"{article.id}.yaml").is_file()


def test_replay_reproduces_the_recorded_run(cassette_dir: Path, briefing_json: str) -> None:
    recorded = cassette_dir / "briefing.json"
    assert recorded.is_file(), f"{recorded} missing: scripts/record-cassettes writes it"
    assert briefing_json == recorded.read_text(encoding="utf-8"), (
        "the replayed briefing differs from the recorded run's: if the merge changed on "
        f"purpose, regenerate it with: summarizer brief seeds/ --replay {cassette_dir} "
        f"-o {recorded}"
    )


def test_every_evidence_text_is_the_exact_article_slice(briefing_json: str) -> None:
    texts = {a.id: a.text for a in load_articles([SEEDS])[0]}
    evidence = list(evidence_items(json.loads(briefing_json)))
    assert len(evidence) >= 10
    for ev in evidence:
        assert texts[ev["source"]][ev["start"] : ev["end"]] == ev["text"]


def _facts_are_for_the_default_model(cassette_dir: Path) -> None:
    if cassette_dir.name != DEFAULT_MODEL:
        pytest.skip(
            "facts are asserted of the default model; test_scores.py holds others to floors"
        )


def test_facts_a_careful_reader_finds(cassette_dir: Path, briefing_json: str) -> None:
    _facts_are_for_the_default_model(cassette_dir)
    b = Briefing.model_validate_json(briefing_json)
    assert {a.id for a in b.belligerents} >= {"armenia", "azerbaijan"}
    assert b.episode.start == "2022-09-13"
    # The figures the articles give, each cited to a sentence that states it.
    claims = {
        (c.side, c.outcome, c.count) for c in b.casualty_claims if c.status != "out_of_episode"
    }
    assert {
        ("armenia", "killed", 105),
        ("azerbaijan", "killed", 50),
        ("total", "killed", 155),
        ("armenia", "killed", 49),
    } <= claims
    for claim in b.casualty_claims:  # written as digits or words ("two Azeri soldiers")
        assert any(count_in_text(claim.count, e.text) for e in claim.evidence), claim
    # The two September truces: 09:00 Moscow time on the 13th, 20:00 local on the 14th.
    instants = {c.effective_at for c in b.ceasefire_attempts}
    assert {"2022-09-13T06:00:00+00:00", "2022-09-14T16:00:00+00:00"} <= instants
    # Seed 001 reports another clash (November 2021): it does not feed this record.
    sources = {s.id: s for s in b.sources}
    assert not sources["001_f57797828b104370"].in_episode
    assert "2021" in (sources["001_f57797828b104370"].reason or "")
    assert all(s.in_episode for k, s in sources.items() if k != "001_f57797828b104370")
    for claim in b.casualty_claims:
        if any(e.source == "001_f57797828b104370" for e in claim.evidence):
            assert claim.status == "out_of_episode"


def test_input_order_gives_a_byte_identical_briefing(
    cassette_dir: Path, briefing_json: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    files = sorted(Path("seeds").glob("*.txt"), reverse=True)
    out = tmp_path / "reversed.json"
    code, _, err = brief(*files, "--replay", cassette_dir, "-o", out)
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == briefing_json


def test_run_metadata_sits_beside_the_briefing(cassette_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    code, _, err = brief(SEEDS / "003_6f6485ac6c360f71.txt", "--replay", cassette_dir, "-o", out)
    assert code == 0, err
    run = json.loads(out.with_suffix(".run.json").read_text(encoding="utf-8"))
    assert run["backend"] == "replay" and run["prompt_version"]
    (article,) = run["articles"]
    assert article["passes"] and all(p["attempts"] >= 1 for p in article["passes"])
    # Replay asks what was recorded: no more re-asks than the recording allowed.
    info = json.loads((cassette_dir / "model.json").read_text(encoding="utf-8"))
    assert all(p["attempts"] <= 1 + info["max_reasks"] for p in article["passes"])
    assert "seconds" not in out.read_text(encoding="utf-8")
    # Replay never fills the per-user cache (a live run must not be served recordings).
    assert not any((tmp_path / "cache").rglob("*.json"))


def test_markdown_renders_the_analyst_view(cassette_dir: Path, tmp_path: Path) -> None:
    _facts_are_for_the_default_model(cassette_dir)
    out = tmp_path / "b.md"
    code, _, err = brief(SEEDS, "--replay", cassette_dir, "--format", "md", "-o", out)
    assert code == 0, err
    md = out.read_text(encoding="utf-8")
    assert (tmp_path / "b.md.run.json").is_file()  # its own metadata, not b.json's
    for heading in ("## Ceasefire timeline", "## Casualties", "## International reactions"):
        assert heading in md
    assert "| Armenia | killed |" in md
    assert "001_f57797828b104370 |" in md and "no: " in md


def test_a_cassette_miss_fails_loudly_and_never_goes_live(
    cassette_dir: Path, tmp_path: Path
) -> None:
    inputs = tmp_path / "seeds"
    shutil.copytree(SEEDS, inputs)
    changed = inputs / "003_6f6485ac6c360f71.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new sentence was added.\n")
    out = tmp_path / "b.json"
    code, _, err = brief(inputs, "--replay", cassette_dir, "-o", out)
    assert code == EXIT_PARTIAL
    assert "003_6f6485ac6c360f71: no recorded response" in " ".join(err.split())
    # The other articles still make a briefing, and the failure is in the run metadata.
    b = Briefing.model_validate_json(out.read_text(encoding="utf-8"))
    assert "003_6f6485ac6c360f71" not in {s.id for s in b.sources}
    assert len(b.sources) == 4
    run = json.loads(out.with_suffix(".run.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in run["articles"] if a["error"]] == ["003_6f6485ac6c360f71"]


def test_no_backend_says_how_to_get_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("summarizer.local.server.llama_cpp_available", lambda: False)
    code, _, err = brief(SEEDS, "-o", tmp_path / "b.json")
    assert code == EXIT_USAGE
    flat = " ".join(err.split())
    assert "OPENAI_API_KEY" in flat and "summarizer[local]" in flat and "--replay" in flat
    assert not (tmp_path / "b.json").exists()


def test_cassettes_hold_no_credentials() -> None:
    secret = re.compile(r"sk-[A-Za-z0-9_-]{16,}|authorization|api-key|x-stainless", re.I)
    paths = list(CASSETTES.rglob("*.yaml"))
    assert paths
    for path in paths:
        assert not secret.search(path.read_text(encoding="utf-8")), path
