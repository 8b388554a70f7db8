"""Run llama.cpp's OpenAI-compatible server on a loopback port for the duration of a block.

::

    with LocalServer(model_path) as base_url:   # "http://127.0.0.1:PORT/v1"
        client = OpenAI(base_url=base_url, api_key="local")
        ...

Right after it answers, the server is asked one 2-token chat completion (the warm-up): a
llama.cpp that crashes on its first real decode (AMX builds did, on every CPU that has
it) is reported then, before any article is sent. If the server dies later in the run,
:meth:`LocalServer.gone` says how (signal or exit code), quotes its log and says what to
do; the run stops at once with that message (summarizer.run) instead of retrying a
closed port.

The server runs in its own process group, writes its output to a log file (never the
terminal), and is stopped when the block ends: normally, on an exception, on Ctrl-C,
on SIGTERM to this process (when entered on the main thread) and, as a last resort,
at interpreter exit. On Linux it is also killed when this process is killed outright
(SIGKILL runs no code here): see summarizer.local.die_with_parent.
"""

from __future__ import annotations

import atexit
import contextlib
import http.client
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

from summarizer.errors import LocalServerError, LocalServerFailed
from summarizer.local.model_store import default_cache_dir
from summarizer.local.signals import sigterm_as_exit

__all__ = [
    "LOG_NAME",
    "SERVER_MODULE",
    "LocalServer",
    "LocalServerError",
    "LocalServerFailed",
    "default_server_command",
    "free_port",
    "llama_cpp_available",
    "missing_server_modules",
]

HOST = "127.0.0.1"
LOG_NAME = "llama-server.log"
SERVER_MODULE = "llama_cpp.server"
DEFAULT_N_CTX = 8192
# The warm-up: one short chat completion of two tokens (a prompt of some 30 tokens with
# the chat template: a multi-token decode, as every real request is). Measured: 2.6 s
# with the 0.5B model on one thread of a 2-core machine busy with another model.
WARM_UP_BODY = {
    "messages": [{"role": "user", "content": "Say OK."}],
    "max_tokens": 2,
    "temperature": 0,
}
# Signals that mean the server crashed (a bug or a bad build), not that it was stopped.
_CRASHES = {"SIGSEGV", "SIGILL", "SIGBUS", "SIGFPE", "SIGABRT", "SIGSYS", "SIGTRAP"}
INSTALL_HINT = (
    "scripts/install-llama, then pip install -e '.[local]' (builds llama.cpp from source for "
    "this CPU, 2 to 4 minutes on 2 cores)"
)

# Imported by `python -m llama_cpp.server` (the [server] extra of llama-cpp-python).
_SERVER_MODULES = (
    "llama_cpp",
    "uvicorn",
    "fastapi",
    "sse_starlette",
    "starlette_context",
    "pydantic_settings",
)

#: Builds the server's argv for a given port (overridable for tests).
CommandFn = Callable[[int], Sequence[str]]


def missing_server_modules() -> list[str]:
    """Names of the modules the llama.cpp server needs that are not importable."""
    missing = []
    for name in _SERVER_MODULES:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def llama_cpp_available() -> bool:
    """True if ``python -m llama_cpp.server`` can be expected to start."""
    return not missing_server_modules()


def free_port(host: str = HOST) -> int:
    """A TCP port on ``host`` that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def default_server_command(
    model: Path,
    *,
    n_ctx: int = DEFAULT_N_CTX,
    n_threads: int | None = None,
    n_threads_batch: int | None = None,
    extra_args: Sequence[str] = (),
    module: str = SERVER_MODULE,
) -> CommandFn:
    """The argv builder for the llama.cpp server serving ``model``.

    ``module`` is the stock ``llama_cpp.server``; its dialect of structured output is
    handled client-side by the ``llama_cpp`` mode (summarizer.client).
    Threads default to all cores: while the server generates, the client only waits.
    (Measured on 2 cores: generation ran at ~14 tokens/s with 2 threads, ~8.5 with 1.
    With another CPU-bound process running, pass n_threads=1: 2 threads then slow down
    about tenfold.)
    """
    cores = os.cpu_count() or 1
    threads = n_threads if n_threads is not None else cores
    threads_batch = n_threads_batch if n_threads_batch is not None else cores

    def build(port: int) -> list[str]:
        return [
            sys.executable,
            "-m",
            module,
            "--model",
            str(model),
            "--host",
            HOST,
            "--port",
            str(port),
            "--n_ctx",
            str(n_ctx),
            "--n_threads",
            str(threads),
            "--n_threads_batch",
            str(threads_batch),
            *extra_args,
        ]

    return build


def _tail(path: Path, lines: int = 20) -> str:
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(fh.tell() - 16_384, 0))
            text = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


# Wraps the server's argv so that it dies even if this process is SIGKILLed.
# Run as a file, not with -m: importing the summarizer package would delay every start.
_DIE_WITH_PARENT = (sys.executable, str(Path(__file__).with_name("die_with_parent.py")))

_NO_PROXY_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _answers(url: str, timeout: float) -> bool:
    """True when ``GET url`` answers 200 with JSON (proxies bypassed: it's loopback)."""
    try:
        with _NO_PROXY_OPENER.open(url, timeout=timeout) as resp:
            if resp.status != 200:
                return False
            json.loads(resp.read())
            return True
    except (OSError, ValueError):  # URLError, connection refused/reset, timeouts, bad JSON
        return False


class LocalServer:
    """Context manager running a local OpenAI-compatible server; yields its base URL.

    ``command`` replaces the llama.cpp command line (tests use a stand-in server); it is
    called with the chosen port and returns the argv.
    """

    def __init__(
        self,
        model: Path,
        *,
        n_ctx: int = DEFAULT_N_CTX,
        n_threads: int | None = None,
        n_threads_batch: int | None = None,
        extra_args: Sequence[str] = (),
        startup_timeout: float = 180.0,
        warm_up_timeout: float = 120.0,
        stop_timeout: float = 10.0,
        log_path: Path | None = None,
        command: CommandFn | None = None,
        handle_sigterm: bool = True,
    ) -> None:
        self.model = Path(model)
        self.startup_timeout = startup_timeout
        self.warm_up_timeout = warm_up_timeout
        self.stop_timeout = stop_timeout
        self.log_path = log_path if log_path is not None else default_cache_dir() / LOG_NAME
        self._log_wanted = self.log_path  # log_path becomes NAME-2.log if that one is busy
        self._custom_command = command is not None
        self._command: CommandFn = (
            command
            if command is not None
            else default_server_command(
                self.model,
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads_batch,
                extra_args=extra_args,
            )
        )
        self.handle_sigterm = handle_sigterm
        self.port: int | None = None
        self.startup_seconds: float | None = None
        self.warm_up_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._started_at = 0.0
        self._log: IO[bytes] | None = None
        self._sigterm = contextlib.ExitStack()

    # -- public API ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise LocalServerError("the local server is not running")
        return f"http://{HOST}:{self.port}/v1"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> str:
        """Start the server, wait until it answers and answers one short completion;
        return the base URL.

        Raises LocalServerFailed when the server dies or cannot answer that completion,
        LocalServerError when it cannot be started at all or does not answer in time.
        """
        if self._proc is not None:
            raise LocalServerError("the local server is already running")
        self._preflight()
        try:
            self._spawn()
            self._wait_ready()
            self._warm_up()
        except BaseException:
            self.stop()
            raise
        return self.base_url

    def stop(self) -> None:
        """Stop the server's whole process group: SIGTERM, then SIGKILL after a grace period."""
        proc, self._proc = self._proc, None
        if proc is not None:
            atexit.unregister(self.stop)
            _terminate_group(proc, self.stop_timeout)
        if self._log is not None:
            with contextlib.suppress(OSError):
                self._log.close()
            self._log = None
        self._sigterm.close()  # the previous SIGTERM handler is back
        self.port = None

    def gone(self, wait: float = 0.0) -> str | None:
        """None while the server runs; once it has died, why: the signal or exit code,
        the last lines of its log and what to do.

        ``wait``: seconds to wait for it to finish dying (a client sees its connection
        drop a moment before the process can be reaped). A server stopped by
        :meth:`stop` is not "gone": this returns None.
        """
        proc = self._proc
        if proc is None:
            return None
        try:
            code = proc.wait(wait) if wait > 0 else proc.poll()
        except subprocess.TimeoutExpired:
            return None
        if code is None:
            return None
        return self._died(code, "during the run")

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- internals ----------------------------------------------------------------------

    def _preflight(self) -> None:
        if self._custom_command:
            return
        missing = missing_server_modules()
        if missing:
            raise LocalServerError(
                f"the local model server needs llama-cpp-python with its server extra "
                f"(missing: {', '.join(missing)}). Install it with: {INSTALL_HINT}"
            )
        if not self.model.is_file():
            raise LocalServerError(
                f"model file {self.model} does not exist; run 'summarizer model fetch' "
                "or pass a GGUF file with --gguf."
            )

    def _spawn(self) -> None:
        try:
            self._log_wanted.parent.mkdir(parents=True, exist_ok=True)
            self.log_path, self._log = _own_log(self._log_wanted)
        except OSError as exc:
            raise LocalServerError(
                f"cannot write the server log {self.log_path}: {exc}. Set "
                "$SUMMARIZER_CACHE_DIR to a writable directory."
            ) from exc
        self.port = free_port()
        argv = list(self._command(self.port))
        self._log.write(f"$ {' '.join(argv)}\n".encode())
        self._log.flush()
        if self.handle_sigterm:
            self._sigterm.enter_context(sigterm_as_exit())
        self._started_at = time.monotonic()
        try:
            if sys.platform == "win32":
                self._proc = subprocess.Popen(
                    argv,
                    stdin=subprocess.DEVNULL,
                    stdout=self._log,
                    stderr=subprocess.STDOUT,
                    creationflags=subprocess.CREATE_NEW_PROCESS_GROUP,
                )
            else:
                self._proc = subprocess.Popen(
                    [*_DIE_WITH_PARENT, str(os.getpid()), "--", *argv],
                    stdin=subprocess.DEVNULL,
                    stdout=self._log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # own session and process group, no terminal
                )
        except OSError as exc:
            raise LocalServerError(f"could not start the local server ({argv[0]}): {exc}") from exc
        atexit.register(self.stop)

    def _wait_ready(self) -> None:
        assert self._proc is not None
        url = f"{self.base_url}/models"
        deadline = self._started_at + self.startup_timeout
        delay = 0.05
        while True:
            code = self._proc.poll()
            if code is not None:
                raise LocalServerFailed(self._died(code, "during startup"))
            if _answers(url, timeout=2.0):
                self.startup_seconds = time.monotonic() - self._started_at
                return
            if time.monotonic() >= deadline:
                raise LocalServerError(
                    f"the local model server did not answer {url} within "
                    f"{self.startup_timeout:g} s. A slow disk or a large model can need more "
                    f"time; see the server log {self.log_path}, last lines:\n"
                    f"{_tail(self.log_path)}"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.5)

    def _warm_up(self) -> None:
        """One 2-token chat completion, so that a server that cannot decode is reported
        before any article is sent (proxies bypassed: it is loopback)."""
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions",
            data=json.dumps(WARM_UP_BODY).encode(),
            headers={"Content-Type": "application/json"},
        )
        started = time.monotonic()
        try:
            with _NO_PROXY_OPENER.open(request, timeout=self.warm_up_timeout) as resp:
                answer = json.loads(resp.read())
            if not answer["choices"][0]["message"]:
                raise ValueError("an empty message")
        except (OSError, http.client.HTTPException, ValueError, LookupError, TypeError) as exc:
            # HTTPException: an answer cut off (IncompleteRead) when the server dies mid-way.
            assert self._proc is not None
            try:
                code = self._proc.wait(2.0)  # a crash drops the connection a moment first
            except subprocess.TimeoutExpired:
                code = None
            if code is not None:
                raise LocalServerFailed(
                    self._died(code, "on its warm-up request (a 2-token completion)")
                ) from exc
            raise LocalServerFailed(
                f"the local model server started but could not answer a 2-token "
                f"completion within {self.warm_up_timeout:g} s ({_reason(exc)}); no "
                f"article was sent. Server log {self.log_path}, last lines:\n"
                f"{_tail(self.log_path)}\n{_advice(None)}"
            ) from exc
        self.warm_up_seconds = time.monotonic() - started
        # Answers from the port are not proof enough: another program may have taken it
        # between free_port() and the bind, and answered for a server that failed to start.
        code = self._proc.poll() if self._proc is not None else None
        if code is not None:
            raise LocalServerFailed(self._died(code, "during startup"))

    def _died(self, code: int, when: str) -> str:
        how = _how_it_ended(code)
        return (
            f"the local model server {how} {when}. Server log {self.log_path}, last "
            f"lines:\n{_tail(self.log_path)}\n{_advice(code)}"
        )


def _own_log(path: Path) -> tuple[Path, IO[bytes]]:
    """``path``, emptied, or ``NAME-2.log``, ``NAME-3.log``... when another running server
    writes there: each server's log is its own, so the lines quoted when it dies are its.

    The server inherits the open file and with it the lock, which ends with the server.
    """
    for n in range(1, 100):
        candidate = path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")
        log = candidate.open("ab")
        if _lock(log):
            log.truncate(0)
            return candidate, log
        log.close()
    raise OSError(f"99 running servers already write logs beside {path}")


def _lock(log: IO[bytes]) -> bool:
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(log.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _how_it_ended(code: int) -> str:
    if code >= 0:
        return f"exited with code {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        return f"was killed by signal {-code}"
    meaning = " (a crash)" if name in _CRASHES else ""
    return f"was killed by {name}{meaning}"


def _advice(code: int | None) -> str:
    """What to do about a server that died with ``code`` (None: it did not answer)."""
    rebuild = "rebuild llama.cpp for this CPU: scripts/install-llama .venv, in summarizer's clone"
    amx = sorted(f for f in cpu_flags() if f.startswith("amx"))
    if amx:
        rebuild += (
            f". This CPU has AMX ({', '.join(amx)}): llama.cpp's AMX code crashes on the "
            "first decode of these models (ggml-org/llama.cpp#20824); a plain `pip install "
            "llama-cpp-python` builds it in on this machine, scripts/install-llama leaves it out"
        )
    rerun = "Then rerun: articles already finished come from the cache."
    if code == -signal.SIGKILL:
        return (
            "What to do: something killed it. The kernel's out-of-memory killer sends "
            "SIGKILL (see `dmesg`); free memory or use a smaller model (summarizer model "
            f"list). If nothing did, {rebuild}. {rerun}"
        )
    if code is not None and code < 0 and _how_it_ended(code).endswith("(a crash)"):
        return f"What to do: llama.cpp crashed; {rebuild}. {rerun}"
    return (
        "What to do: read the log above; if llama.cpp failed rather than its Python "
        f"server, {rebuild}. {rerun}"
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        return str(exc.reason)
    return str(exc) or type(exc).__name__


def cpu_flags() -> set[str]:
    """The CPU's feature flags from /proc/cpuinfo (empty elsewhere)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return set(line.partition(":")[2].split())
    except OSError:
        pass
    return set()


def _terminate_group(proc: subprocess.Popen[bytes], grace: float) -> None:
    if sys.platform == "win32":
        if proc.poll() is None:
            proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return
    # The server leads its own session, so its pid is also its process group id.
    pgid = proc.pid
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(grace)
    # Kill whatever is left of the group (the leader if it ignored SIGTERM, any children).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    proc.wait()
