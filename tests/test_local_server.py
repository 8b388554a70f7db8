"""LocalServer lifecycle, tested with a STAND-IN server instead of llama.cpp.

The stand-in is a real subprocess: a tiny http.server answering ``GET /v1/models``.
Options make it slow to start, ignore SIGTERM, or spawn a child, so start, wait, stop,
timeout and no-orphan behaviour can be checked in well under a second or two each.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from summarizer.local import server as server_mod
from summarizer.local.server import (
    LocalServer,
    LocalServerError,
    LocalServerFailed,
    default_server_command,
    llama_cpp_available,
)

STAND_IN_SERVER = textwrap.dedent(
    """
    # STAND-IN for `python -m llama_cpp.server` (test only): serves GET /v1/models and
    # answers a chat completion with a HAND-WRITTEN "OK" (the warm-up request), or
    # crashes on it (--on-completion SIGNAL) or answers it with an error (--on-completion 500).
    import argparse, http.server, json, os, resource, signal, subprocess, sys, threading, time

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--ignore-sigterm", action="store_true")
    parser.add_argument("--child-pid-file")
    parser.add_argument("--on-completion", default="answer")
    args = parser.parse_args()

    if args.ignore_sigterm:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if args.child_pid_file:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        with open(args.child_pid_file, "w") as fh:
            fh.write(str(child.pid))
    print("stand-in server starting", flush=True)
    time.sleep(args.delay)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path != "/v1/models":
                self.send_error(404)
                return
            body = json.dumps({"object": "list", "data": [{"id": "stand-in"}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            print("completion request", flush=True)
            if args.on_completion.startswith("SIG"):
                print("stand-in: ggml_compute_forward: crashing on purpose", flush=True)
                resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
                signal.pthread_kill(threading.get_ident(), getattr(signal, args.on_completion))
                time.sleep(60)  # never reached: the signal is this thread's
            if args.on_completion == "500":
                self.send_error(500, "stand-in failure")
                return
            message = {"role": "assistant", "content": "OK"}
            choice = {"index": 0, "message": message, "finish_reason": "length"}
            body = json.dumps({"object": "chat.completion", "choices": [choice]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            print("request", self.path, flush=True)

    http.server.HTTPServer(("127.0.0.1", args.port), Handler).serve_forever()
    """
)


CommandFn = Callable[[int], Sequence[str]]
StandIn = Callable[..., CommandFn]

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/cmdline").exists(), reason="looks for orphan processes in /proc"
)


@pytest.fixture
def stand_in(tmp_path: Path) -> StandIn:
    script = tmp_path / "stand_in_server.py"
    script.write_text(STAND_IN_SERVER)

    def command(*extra: str) -> CommandFn:
        return lambda port: [sys.executable, str(script), "--port", str(port), *extra]

    return command


def alive(pid: int) -> bool:
    """True if ``pid`` runs (a zombie waiting for a reaper counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_gone(pid: int, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def get_models(base_url: str) -> dict[str, object]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"{base_url}/models", timeout=5) as resp:
        data: dict[str, object] = json.loads(resp.read())
        return data


def test_starts_answers_and_stops(tmp_path: Path, stand_in: StandIn) -> None:
    log = tmp_path / "server.log"
    srv = LocalServer(tmp_path / "unused.gguf", command=stand_in(), log_path=log)
    with srv as base_url:
        pid = srv.pid
        assert pid is not None and alive(pid)
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1")
        assert get_models(base_url)["data"] == [{"id": "stand-in"}]
        assert srv.startup_seconds is not None and srv.startup_seconds < 10
    assert not alive(pid)
    assert srv.pid is None
    text = log.read_text()
    assert "stand-in server starting" in text  # output went to the log, not the terminal


def test_stops_after_exception_in_block(tmp_path: Path, stand_in: StandIn) -> None:
    srv = LocalServer(tmp_path / "m.gguf", command=stand_in(), log_path=tmp_path / "l.log")
    with pytest.raises(ValueError, match="boom"), srv:
        pid = srv.pid
        raise ValueError("boom")
    assert pid is not None and not alive(pid)


def test_stops_after_keyboard_interrupt(tmp_path: Path, stand_in: StandIn) -> None:
    srv = LocalServer(tmp_path / "m.gguf", command=stand_in(), log_path=tmp_path / "l.log")
    with pytest.raises(KeyboardInterrupt), srv:
        pid = srv.pid
        raise KeyboardInterrupt
    assert pid is not None and not alive(pid)


def test_startup_timeout_names_the_log_and_leaves_no_process(
    tmp_path: Path, stand_in: StandIn
) -> None:
    log = tmp_path / "slow.log"
    srv = LocalServer(
        tmp_path / "m.gguf",
        command=stand_in("--delay", "60"),
        log_path=log,
        startup_timeout=1.0,
    )
    started = time.monotonic()
    with pytest.raises(LocalServerError) as err:
        srv.start()
    assert time.monotonic() - started < 8
    message = str(err.value)
    assert "did not answer" in message
    assert str(log) in message
    assert "stand-in server starting" in message  # the tail of the log
    assert srv.pid is None
    # The stand-in's command line carries the log's tmp dir: no such process may remain.
    assert not any(str(tmp_path) in _cmdline(pid) for pid in _all_pids())


def test_server_exiting_during_startup_is_reported(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    crash = [sys.executable, "-c", "import sys; print('cannot load model'); sys.exit(3)"]
    srv = LocalServer(tmp_path / "m.gguf", command=lambda port: crash, log_path=log)
    with pytest.raises(LocalServerFailed, match=r"exited with code 3(.|\n)*cannot load model"):
        srv.start()


@pytest.mark.parametrize("how", ["SIGSEGV", "SIGKILL"])
def test_a_server_that_crashes_on_its_warm_up_is_reported_before_any_article(
    tmp_path: Path, stand_in: StandIn, how: str
) -> None:
    # llama.cpp built with AMX answered /v1/models, then crashed on the first decode.
    log = tmp_path / "server.log"
    srv = LocalServer(tmp_path / "m.gguf", command=stand_in("--on-completion", how), log_path=log)
    with pytest.raises(LocalServerFailed) as err:
        srv.start()
    message = str(err.value)
    assert f"killed by {how}" in message and "warm-up" in message
    assert "crashing on purpose" in message  # the end of the server's log
    assert "scripts/install-llama" in message  # what to do
    assert ("out-of-memory" in message) == (how == "SIGKILL")
    assert err.value.exit_code == 4
    assert srv.pid is None


def test_a_server_that_cannot_answer_its_warm_up_is_reported(
    tmp_path: Path, stand_in: StandIn
) -> None:
    log = tmp_path / "server.log"
    srv = LocalServer(tmp_path / "m.gguf", command=stand_in("--on-completion", "500"), log_path=log)
    with pytest.raises(LocalServerFailed, match="could not answer a 2-token completion") as err:
        srv.start()
    assert "500" in str(err.value) and "no article was sent" in str(err.value)
    assert srv.pid is None


def test_gone_says_how_the_server_died(tmp_path: Path, stand_in: StandIn) -> None:
    srv = LocalServer(tmp_path / "m.gguf", command=stand_in(), log_path=tmp_path / "l.log")
    with srv:
        assert srv.gone() is None and srv.warm_up_seconds is not None
        assert srv.pid is not None
        os.kill(srv.pid, signal.SIGSEGV)
        why = srv.gone(wait=5.0)
        assert why is not None
        assert "killed by SIGSEGV (a crash) during the run" in why
        assert "completion request" in why  # the log's last lines
    assert srv.gone() is None  # stopped: nothing to report


def test_sigterm_ignoring_server_is_killed_after_grace(tmp_path: Path, stand_in: StandIn) -> None:
    srv = LocalServer(
        tmp_path / "m.gguf",
        command=stand_in("--ignore-sigterm"),
        log_path=tmp_path / "l.log",
        stop_timeout=0.5,
    )
    with srv:
        pid = srv.pid
    assert pid is not None and not alive(pid)


def test_children_of_the_server_are_stopped_too(tmp_path: Path, stand_in: StandIn) -> None:
    pid_file = tmp_path / "child.pid"
    srv = LocalServer(
        tmp_path / "m.gguf",
        command=stand_in("--child-pid-file", str(pid_file)),
        log_path=tmp_path / "l.log",
    )
    with srv:
        child = int(pid_file.read_text())
        assert alive(child)
    assert wait_gone(child)


PARENT_SCRIPT = """
import sys
from pathlib import Path
from summarizer.local.server import LocalServer

script, log = sys.argv[1], Path(sys.argv[2])
with LocalServer(
    Path("m.gguf"), log_path=log,
    command=lambda port: [sys.executable, script, "--port", str(port)],
) as url:
    print("ready", flush=True)
    import time
    time.sleep(60)
"""


def test_sigterm_to_the_parent_stops_the_server(tmp_path: Path, stand_in: StandIn) -> None:
    script = tmp_path / "stand_in_server.py"
    log = tmp_path / "parent.log"
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT_SCRIPT, str(script), str(log)],
        stdout=subprocess.PIPE,
        text=True,
    )
    server_pids: list[int] = []
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().strip() == "ready"
        server_pids = [p for p in _all_pids() if _argv(p)[1:2] == [str(script)]]
        assert len(server_pids) == 1
        parent.send_signal(signal.SIGTERM)
        assert parent.wait(10) == 128 + signal.SIGTERM
        assert wait_gone(server_pids[0])
    finally:  # never leave a stand-in behind, even when an assertion failed
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in server_pids:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_missing_llama_cpp_gives_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_mod, "missing_server_modules", lambda: ["llama_cpp", "uvicorn"])
    with pytest.raises(LocalServerError, match="scripts/install-llama"):
        LocalServer(tmp_path / "m.gguf", log_path=tmp_path / "l.log").start()


def test_missing_model_file_is_reported_before_starting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_mod, "missing_server_modules", list)
    with pytest.raises(LocalServerError, match="summarizer model fetch"):
        LocalServer(tmp_path / "absent.gguf", log_path=tmp_path / "l.log").start()


def test_llama_cpp_available_is_a_bool() -> None:
    assert isinstance(llama_cpp_available(), bool)


def test_default_command_uses_llama_cpp_server_flags() -> None:
    argv = list(default_server_command(Path("/m/x.gguf"), n_ctx=4096, n_threads=3)(5555))
    assert argv[:3] == [sys.executable, "-m", "llama_cpp.server"]
    joined = " ".join(argv)
    for flag in (
        "--model /m/x.gguf",
        "--host 127.0.0.1",
        "--port 5555",
        "--n_ctx 4096",
        "--n_threads 3",
    ):
        assert flag in joined


def _all_pids() -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]


def _argv(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return raw.decode(errors="replace").split("\0")[:-1]


def _cmdline(pid: int) -> str:
    return " ".join(_argv(pid))


def test_the_local_model_is_not_reasked_by_default() -> None:
    # Measured: at temperature 0 the embedded model repeats a rejected answer, so a re-ask
    # costs a long prompt and an answer for nothing; remote endpoints keep one re-ask.
    from summarizer.extract.client import Endpoint
    from summarizer.run import default_reasks

    local = Endpoint(model="m", base_url="http://127.0.0.1:1/v1", api_key="local", backend="local")
    remote = Endpoint(model="m", base_url="https://api.example/v1", api_key="k", backend="openai")
    assert (default_reasks(local), default_reasks(remote)) == (0, 1)


PARENT = textwrap.dedent(
    """
    # A parent that starts the stand-in server, reports its pid, and waits to be killed.
    import sys, time
    from pathlib import Path
    from summarizer.local.server import LocalServer

    script, log = sys.argv[1], sys.argv[2]
    server = LocalServer(
        Path("unused.gguf"),
        command=lambda port: [sys.executable, script, "--port", str(port)],
        log_path=Path(log),
        handle_sigterm=False,
    )
    server.start()
    print(server.pid, flush=True)
    time.sleep(600)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_server_outlives_no_parent_killed_outright(tmp_path: Path, stand_in: StandIn) -> None:
    # SIGKILL runs no cleanup in the parent: the kernel must stop the server instead.
    script = tmp_path / "stand_in_server.py"
    stand_in()  # writes the stand-in script
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(script), str(tmp_path / "server.log")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        server_pid = int(parent.stdout.readline())
        assert alive(server_pid)
    finally:
        parent.kill()
        parent.wait()
    assert wait_gone(server_pid), "the server outlived its SIGKILLed parent"


def test_two_servers_at_once_keep_their_own_logs(tmp_path: Path, stand_in: StandIn) -> None:
    # Two runs at once (a recording and a smoke test) once wrote into one file: the lines
    # quoted when one server died could be the other's.
    log = tmp_path / "llama-server.log"
    first = LocalServer(tmp_path / "m.gguf", command=stand_in(), log_path=log)
    second = LocalServer(tmp_path / "m.gguf", command=stand_in(), log_path=log)
    with first, second:
        assert first.log_path == log
        assert second.log_path == tmp_path / "llama-server-2.log"
        assert first.pid is not None and second.pid is not None
        os.kill(second.pid, signal.SIGKILL)
        why = second.gone(wait=5.0)
        assert why is not None and str(second.log_path) in why
        assert f"--port {second.port}" in why and f"--port {first.port}" not in why
    third = LocalServer(tmp_path / "m.gguf", command=stand_in(), log_path=log)
    with third:
        assert third.log_path == log  # free again: the first log is reused
