"""Many episodes in one run: one briefing per episode, each the same as a run over that
episode alone, with one endpoint, one cache and one concurrency limit for all.

The endpoint is tests/faultserver.py answering with the project's recordings (real
model output) of the seeds and of two devset episodes.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from faultserver import FaultServer, recorded_answers, serving
from typer.testing import CliRunner

from summarizer import Backend, Job, brief, cli
from summarizer.recording import CassetteInfo
from summarizer.run import brief_episodes

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"
DEVSET = Path(os.environ.get("SUMMARIZER_DEVSET", ROOT.parent / "shared" / "devset"))
TWO = ["il-lb-2024", "cd-m23-2025"]


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    if not DEVSET.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the devset is missing at {DEVSET}: CI needs it beside the repository")
        pytest.skip(f"no devset at {DEVSET} (set SUMMARIZER_DEVSET)")
    folder = tmp_path / "manifest"
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    for episode in TWO:
        shutil.copytree(DEVSET / episode, folder / episode, ignore=shutil.ignore_patterns("*.md"))
    return folder


@pytest.fixture
def server() -> object:
    answers: dict[str, bytes] = {}
    for folder in [CASSETTES, *(CASSETTES / "devset" / e for e in TWO)]:
        ids = [p.stem for p in folder.glob("*.yaml")]
        answers.update(recorded_answers(folder, ids))
    with serving(FaultServer(answers)) as running:
        yield running


def job(url: str, **changes: object) -> Job:
    info = CassetteInfo.read(CASSETTES)
    return Job(
        backend=Backend.openai,
        base_url=url,
        model=info.model,
        mode=info.mode,  # type: ignore[arg-type]
        max_reasks=info.max_reasks,
        max_tokens=info.max_tokens,
        **changes,  # type: ignore[arg-type]
    )


def test_a_manifest_gives_each_episode_the_briefing_of_its_own_run(
    manifest: Path, server: FaultServer
) -> None:
    runs, errors = brief_episodes([manifest], job(server.url, cache=False, concurrency=3))
    assert not errors and sorted(runs) == sorted(["seeds", *TWO])
    for name, run in runs.items():
        alone = brief([manifest / name], job(server.url, cache=False))
        assert run.complete and alone.complete
        assert run.briefing.model_dump_json() == alone.briefing.model_dump_json(), name
        # The episodes are kept apart: no source of another episode in this briefing.
        assert {s.id for s in run.briefing.sources} == {s.id for s in alone.briefing.sources}


def test_the_command_writes_a_briefing_per_episode_and_a_summary(
    manifest: Path, server: FaultServer, tmp_path: Path
) -> None:
    out = tmp_path / "briefings"
    info = CassetteInfo.read(CASSETTES)
    args = ["brief", str(manifest), "--episodes", "-o", str(out), "--base-url", server.url]
    args += ["--model", info.model, "--mode", info.mode, "--max-reasks", str(info.max_reasks)]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == cli.EXIT_OK, result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    for name in ["seeds", *TWO]:
        assert summary[name]["status"] == "complete"
        assert (out / f"{name}.json").is_file() and (out / f"{name}.run.json").is_file()
    seeds = (out / "seeds.json").read_text(encoding="utf-8")
    assert json.loads(seeds)["episode"]["title"].startswith("Armenia\u2013Azerbaijan")


def test_a_jsonl_manifest_groups_lines_by_their_episode_field(
    tmp_path: Path, server: FaultServer
) -> None:
    lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        row = {"id": path.stem, "text": path.read_text(encoding="utf-8"), "episode": "seeds"}
        lines.append(json.dumps(row))
    lines.append(json.dumps({"id": "stray", "text": "No episode is named on this line at all."}))
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs, errors = brief_episodes([manifest], job(server.url, cache=False))
    assert list(runs) == ["seeds"] and runs["seeds"].complete
    assert len(runs["seeds"].briefing.sources) == 5
    (error,) = errors
    assert 'no "episode" field' in str(error) and f"{manifest}:6" in str(error)
