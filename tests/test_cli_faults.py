"""What a script sees when a run goes wrong: exit codes, files left alone, secrets kept
out of everything a run writes, and Ctrl-C or SIGTERM obeyed at once.

The endpoint is tests/faultserver.py: recorded answers (real model output) with
HAND-WRITTEN faults.
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faultserver import Fault, FaultServer, for_article, recorded_answers, serving
from typer.testing import CliRunner

from summarizer import cli
from summarizer.recording import CassetteInfo

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"
IDS = ["000_a3a10b59c7859df7", "003_6f6485ac6c360f71", "004_403167c6710ec3d8"]
KEY = "sk-test-do-not-leak-4242"
PASSWORD = "pw-do-not-leak-1717"


@pytest.fixture(scope="module")
def answers() -> dict[str, bytes]:
    return recorded_answers(CASSETTES, IDS)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article_id in IDS:
        shutil.copy(ROOT / "seeds" / f"{article_id}.txt", folder)
    return folder


@pytest.fixture(autouse=True)
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OPENAI_API_KEY", KEY)


def brief_args(url: str, inputs: Path, *more: str) -> list[str]:
    info = CassetteInfo.read(CASSETTES)
    return [
        "brief",
        str(inputs),
        "--base-url",
        url,
        "--model",
        info.model,
        "--mode",
        info.mode,
        "--max-reasks",
        str(info.max_reasks),
        *more,
    ]


def test_exit_codes_tell_complete_partial_and_nothing_apart(
    answers: dict[str, bytes], inputs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "briefing.json"
    runner = CliRunner()
    with serving(FaultServer(answers)) as server:
        done = runner.invoke(cli.app, brief_args(server.url, inputs, "-o", str(out)))
        assert done.exit_code == cli.EXIT_OK, done.output
        # Not a terminal: one line per article, not a bar drawn once at the end.
        assert "[3/3] 004_403167c6710ec3d8: done" in done.output

    refused = Fault("context-400", for_article(IDS[1], "CeasefiresResponse"), times=None)
    with serving(FaultServer(answers, faults=[refused])) as server:
        partial = runner.invoke(
            cli.app, brief_args(server.url, inputs, "--no-cache", "-o", str(out))
        )
    assert partial.exit_code == cli.EXIT_PARTIAL
    assert f"partial: {IDS[1]}: pass ceasefires" in partial.output
    assert "too long for the model's context" in partial.output

    out.write_text("the analyst's previous briefing\n", encoding="utf-8")
    everything = Fault("context-400", lambda body: True, times=None)
    with serving(FaultServer(answers, faults=[everything])) as server:
        nothing = runner.invoke(
            cli.app, brief_args(server.url, inputs, "--no-cache", "-o", str(out))
        )
    assert nothing.exit_code == cli.EXIT_NOTHING
    assert "nothing could be extracted" in nothing.output
    assert out.read_text(encoding="utf-8") == "the analyst's previous briefing\n"
    assert (tmp_path / "briefing.run.json").is_file()  # what happened is still written


def test_the_same_text_under_two_names_counts_once_with_or_without_the_cache(
    answers: dict[str, bytes], inputs: Path, tmp_path: Path
) -> None:
    shutil.copy(inputs / f"{IDS[1]}.txt", inputs / "zz_same_story.txt")
    runner = CliRunner()
    outputs = []
    with serving(FaultServer(answers)) as server:
        for flags in (["--no-cache"], [], []):  # no cache, filling it, served from it
            out = tmp_path / f"b{len(outputs)}.json"
            result = runner.invoke(cli.app, brief_args(server.url, inputs, *flags, "-o", str(out)))
            assert result.exit_code == cli.EXIT_OK, result.output
            outputs.append(out.read_text(encoding="utf-8"))
        asked = len(server.requests)
    assert outputs[0] == outputs[1] == outputs[2]
    assert asked == 2 * 4 * len(IDS)  # the copy was never sent; the third run sent nothing
    assert '"id": "zz_same_story"' in outputs[0]
    assert f"the same text as {IDS[1]}: read once and counted once" in outputs[0]


@pytest.mark.parametrize("in_url", [False, True], ids=["api-key", "url-credentials"])
def test_no_secret_reaches_any_file_a_run_writes(
    in_url: bool, answers: dict[str, bytes], inputs: Path, tmp_path: Path
) -> None:
    record = tmp_path / "recorded"
    out = tmp_path / "briefing.json"
    basic = base64.b64encode(f"analyst:{PASSWORD}".encode()).decode()
    with serving(FaultServer(answers)) as server:
        url = server.url.replace("http://", f"http://analyst:{PASSWORD}@") if in_url else server.url
        result = CliRunner().invoke(
            cli.app, brief_args(url, inputs, "--record", str(record), "-o", str(out))
        )
        assert result.exit_code == cli.EXIT_OK, result.output
        # The secret did reach the server, so the scan below has something to miss.
        sent = " ".join(h.get("authorization", "") for h in server.headers_seen)
        assert (basic if in_url else KEY) in sent
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "articles" not in p.parts]
    assert any(p.suffix == ".yaml" for p in written) and out in written
    assert any("cache" in p.parts for p in written)
    for path in written:
        text = path.read_text(encoding="utf-8", errors="replace")
        for secret in (KEY, PASSWORD, basic, "authorization"):
            assert secret not in text.lower() if secret == "authorization" else secret not in text
    shown = (tmp_path / "briefing.run.json").read_text(encoding="utf-8")
    assert ("***@127.0.0.1" in shown) == in_url


# The CLI, able to print every thread's stack on SIGUSR1 (to say where a stop hangs).
_MAIN_WITH_STACKS = (
    "import faulthandler, signal; faulthandler.register(signal.SIGUSR1, all_threads=True); "
    "from summarizer.cli import main; main()"
)


def _sigint_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_an_interrupt_stops_within_two_seconds_and_writes_nothing(
    how: signal.Signals, answers: dict[str, bytes], inputs: Path, tmp_path: Path
) -> None:
    # Every answer takes 30 s, so at concurrency 3 all three articles are in flight.
    slow = Fault("slow", lambda body: True, times=None)
    out = tmp_path / "briefing.json"
    with serving(FaultServer(answers, slow_seconds=30, faults=[slow])) as server:
        args = brief_args(server.url, inputs, "--concurrency", "3", "-o", str(out))
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(
            [sys.executable, "-c", _MAIN_WITH_STACKS, *args],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            # Ctrl-C as a terminal delivers it: a shell starts background jobs (a CI script
            # run with "&") with SIGINT ignored, and Python then never raises
            # KeyboardInterrupt, so the CLI would not see the Ctrl-C this test sends.
            preexec_fn=_sigint_as_in_a_terminal,
        )
        deadline = time.monotonic() + 30
        while len(server.requests) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(server.requests) == 3, "the articles never reached the endpoint"
        sent = time.monotonic()
        proc.send_signal(how)
        try:
            _, stderr = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            # Say where it hangs: every thread's stack, then stop it.
            proc.send_signal(signal.SIGUSR1)
            time.sleep(1)
            proc.kill()
            pytest.fail(f"no exit 10 s after {how.name}; its threads:\n{proc.communicate()[1]}")
        took = time.monotonic() - sent
    assert took < 2.0, f"took {took:.1f} s to stop"
    assert proc.returncode == (cli.EXIT_INTERRUPTED if how == signal.SIGINT else 143)
    assert "0 of 3 article(s) finished" in stderr and "rerun" in stderr
    assert not out.exists()
    assert not [p for p in tmp_path.rglob("*.tmp")]  # no half-written file anywhere
