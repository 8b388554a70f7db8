"""The embedded model's server dies mid-run: the run says so at once and writes nothing.

The server is a STAND-IN process (tests/standin_llama.py) started by the product's own
LocalServer, as llama.cpp's server is: it answers with the project's recorded model
output, then kills itself with SIGSEGV (what llama.cpp built with AMX did on the first
decode) or is SIGKILLed (what the out-of-memory killer does). No model is needed.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from summarizer import cli, run
from summarizer.extract.client import RunControl
from summarizer.local import server as server_mod
from summarizer.local.server import LocalServer
from summarizer.recording import CassetteInfo

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"
STAND_IN = Path(__file__).with_name("standin_llama.py")
IDS = ["000_a3a10b59c7859df7", "003_6f6485ac6c360f71", "004_403167c6710ec3d8"]

Brief = Callable[..., Result]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article_id in IDS:
        shutil.copy(ROOT / "seeds" / f"{article_id}.txt", folder)
    return folder


@pytest.fixture
def brief(tmp_path: Path, inputs: Path, monkeypatch: pytest.MonkeyPatch) -> Brief:
    """`summarizer brief --backend local` with the stand-in as llama.cpp's server."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_GGUF"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(server_mod, "llama_cpp_available", lambda: True)
    gguf = tmp_path / "stand-in.gguf"
    gguf.write_bytes(b"GGUF" + bytes(28))  # passes the magic check; never loaded
    info = CassetteInfo.read(CASSETTES)

    def invoke(crash_on: str, how: str, *more: str) -> Result:
        def stand_in(port: int) -> list[str]:
            return [
                sys.executable,
                str(STAND_IN),
                *("--port", str(port), "--cassettes", str(CASSETTES), "--ids", ",".join(IDS)),
                *("--crash-on", crash_on, "--signal", how),
            ]

        monkeypatch.setattr(run, "LocalServer", lambda model: LocalServer(model, command=stand_in))
        args = ["brief", str(inputs), "--backend", "local", "--gguf", str(gguf)]
        args += ["--model", info.model, "--max-reasks", str(info.max_reasks), *more]
        return CliRunner().invoke(cli.app, args)

    return invoke


def server_log(tmp_path: Path) -> str:
    return (tmp_path / "cache" / "models" / server_mod.LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.parametrize("how", ["SIGSEGV", "SIGKILL"])
def test_a_server_killed_mid_run_stops_the_run_at_once_and_writes_nothing(
    how: str, brief: Brief, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "briefing.json"
    waits: list[float] = []  # every backoff wait before a retry
    monkeypatch.setattr(RunControl, "sleep", lambda self, seconds: waits.append(seconds))
    result = brief(IDS[1], how, "-o", str(out))

    assert result.exit_code == cli.EXIT_NOTHING == 4, result.output
    said = " ".join(result.output.split())
    assert f"the local model server was killed by {how}" in said
    assert "during the run" in said
    assert f"first request about {IDS[1]}: crashing with {how} on purpose" in said  # its log
    assert "scripts/install-llama" in said  # what to do
    assert "endpoint is down" not in said and "connection attempts" not in said
    # At once: no retry, no backoff (it was eight connection attempts, 1 + 2 + 4 ... s).
    assert waits == []
    # The first article was finished; still, no briefing and no run metadata are written.
    assert f"[1/3] {IDS[0]}: done" in result.output
    assert not out.exists()
    assert not out.with_suffix(".run.json").exists()
    assert not [p for p in tmp_path.rglob("*.tmp")]  # no half-written file anywhere

    # What was finished is cached: the rerun asks only for the other two articles.
    again = brief("no-such-article", how, "-o", str(out))
    assert again.exit_code == cli.EXIT_OK, again.output
    assert out.is_file() and out.with_suffix(".run.json").is_file()
    assert server_log(tmp_path).count("stand-in: request") == 2 * 4  # 4 passes each


def test_a_server_that_crashes_on_its_warm_up_is_reported_before_any_article(
    brief: Brief, tmp_path: Path
) -> None:
    out = tmp_path / "briefing.md"
    out.write_text("the analyst's previous briefing\n", encoding="utf-8")
    result = brief("warm-up", "SIGSEGV", "--format", "md", "-o", str(out))

    assert result.exit_code == 4, result.output
    said = " ".join(result.output.split())
    assert "killed by SIGSEGV (a crash) on its warm-up request" in said, result.output
    assert "scripts/install-llama" in said
    assert "stand-in: request" not in server_log(tmp_path)  # no article was sent
    assert "[1/3]" not in result.output
    assert out.read_text(encoding="utf-8") == "the analyst's previous briefing\n"
    assert not Path(f"{out}.run.json").exists()
