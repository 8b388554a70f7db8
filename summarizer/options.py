"""What a run is asked to do: the enums and the one options object (Job) that the CLI's
`brief`, `extract` and `batch`, and the Python API, all take.

Light on purpose (no client, no model): the command line parses into these before
anything heavy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from summarizer.errors import ConfigError


class Backend(StrEnum):
    """Where the model runs."""

    auto = "auto"  # an endpoint named in flags or environment, else the embedded model
    local = "local"  # the embedded model, started and stopped by the run
    openai = "openai"  # any OpenAI-compatible endpoint
    replay = "replay"  # recorded traffic; never goes live


class Mode(StrEnum):
    """How the answer's JSON is asked for (an instructor mode, in the server's dialect)."""

    llama_cpp = "llama_cpp"  # llama-cpp-python's server: {"type": "json_object", "schema": ...}
    json_schema = "json_schema"  # llama.cpp's llama-server, vLLM, Ollama
    tools = "tools"  # OpenAI
    json = "json"
    md_json = "md_json"


class Passes(StrEnum):
    """How an article is asked: small focused questions, or everything at once."""

    focused = "focused"  # one small schema per call (the default: best on every fact type)
    classify = "classify"  # casualty figures found by rule, classified by multiple choice
    one_shot = "one-shot"


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try before an article is reported as failed (README: Failures)."""

    timeout: float = 600.0  # seconds per request: a CPU model can take minutes per answer
    attempts: int = 4  # per request, for transport faults
    answer_attempts: int = 3  # per pass, for answer faults
    backoff: float = 1.0  # the first wait; it doubles, with jitter, up to max_backoff
    max_backoff: float = 30.0
    max_retry_after: float = 120.0  # a server's Retry-After is honoured up to this
    down_after: int = 8  # consecutive connection failures: the endpoint is down

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.attempts < 1 or self.answer_attempts < 1:
            raise ConfigError("timeout must be positive and attempts at least 1")


@dataclass(frozen=True)
class Job:
    """Everything `brief` and `extract` take besides the inputs (the CLI's options)."""

    backend: Backend = Backend.auto
    model: str | None = None
    base_url: str | None = None
    mode: Mode | None = None  # None: tools for OpenAI, json_schema for a URL, llama_cpp local
    gguf: Path | None = None
    passes: Passes = Passes.focused
    record: Path | None = None
    replay: Path | None = None
    concurrency: int = 1
    cache: bool = True
    max_reasks: int | None = None  # None: 1, or 0 with the embedded model
    max_tokens: int = 1024
    timeout: float | None = None  # seconds per request; None: the retry policy's
    retry: RetryPolicy = field(default_factory=RetryPolicy)  # README: Failures

    def __post_init__(self) -> None:
        # Strings are accepted where enums are expected (a script, a JSON config).
        for name, kind in (("backend", Backend), ("mode", Mode), ("passes", Passes)):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                try:
                    object.__setattr__(self, name, kind(value))
                except ValueError:
                    choices = ", ".join(k.value for k in kind)
                    raise ConfigError(f"unknown {name} {value!r}: choose {choices}") from None
        for name in ("gguf", "record", "replay"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, Path(value))

    @property
    def policy(self) -> RetryPolicy:
        return self.retry if self.timeout is None else replace(self.retry, timeout=self.timeout)
