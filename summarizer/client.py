"""The model endpoint: an OpenAI-compatible server reached through openai + instructor.

Transport faults (429 honouring Retry-After, 5xx, timeouts, dropped connections)
are retried here with tenacity; validation re-asks are instructor's job and are
counted separately.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx2
import instructor
import openai
from instructor.core.exceptions import InstructorRetryException
from instructor.utils.providers import Provider
from instructor.v2.core.patch import patch_v2
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

T = TypeVar("T")

MODES: dict[str, instructor.Mode] = {
    "llama_cpp": instructor.Mode.JSON_SCHEMA,  # llama-cpp-python's server: see _llama_cpp_create
    "json_schema": instructor.Mode.JSON_SCHEMA,  # llama.cpp's llama-server, vLLM, Ollama
    "tools": instructor.Mode.TOOLS,  # OpenAI
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
MAX_RETRY_AFTER_SECONDS = 120.0


class ConfigError(RuntimeError):
    """The endpoint cannot be used as configured; the message says how to fix it."""


@dataclass(frozen=True)
class Endpoint:
    model: str
    base_url: str | None
    api_key: str
    mode: str = "json_schema"
    backend: str = "openai"  # openai | local | replay
    timeout: float = 600.0

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}: choose one of {', '.join(MODES)}")

    @classmethod
    def from_env(
        cls,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        mode: str | None = None,
    ) -> Endpoint:
        """Flags win over OPENAI_BASE_URL, OPENAI_API_KEY, SUMMARIZER_MODEL, SUMMARIZER_MODE."""
        model = model or os.environ.get("SUMMARIZER_MODEL")
        base_url = base_url or os.environ.get("OPENAI_BASE_URL")
        api_key = api_key or os.environ.get("OPENAI_API_KEY")
        if not model:
            raise ConfigError("no model named: pass --model or set SUMMARIZER_MODEL")
        if not api_key and not base_url:
            raise ConfigError(
                "no endpoint: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (a local "
                "OpenAI-compatible server), or use --backend local or --replay DIR"
            )
        default_mode = "tools" if base_url is None else "json_schema"
        return cls(
            model=model,
            base_url=base_url,
            api_key=api_key or "not-needed",
            mode=mode or os.environ.get("SUMMARIZER_MODE") or default_mode,
        )

    def client(self) -> instructor.Instructor:
        # max_retries=0: transport retries are ours (tenacity), so they are counted once.
        raw = openai.OpenAI(
            base_url=self.base_url, api_key=self.api_key, max_retries=0, timeout=self.timeout
        )
        if self.mode != "llama_cpp":
            return instructor.from_openai(raw, mode=MODES[self.mode])

        def create(**kwargs: Any) -> Any:
            return raw.chat.completions.create(**_llama_cpp_response_format(kwargs))

        mode = MODES[self.mode]
        return instructor.Instructor(
            client=raw,
            create=patch_v2(func=create, provider=Provider.OPENAI, mode=mode),
            provider=Provider.OPENAI,
            mode=mode,
        )


def _llama_cpp_response_format(kwargs: dict[str, Any]) -> dict[str, Any]:
    """OpenAI's `json_schema` response format in llama-cpp-python's dialect.

    llama-cpp-python's server refuses `{"type": "json_schema"}` but builds a grammar
    from `{"type": "json_object", "schema": ...}`: same constraint, other spelling.
    """
    fmt = kwargs.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        kwargs = {
            **kwargs,
            "response_format": {"type": "json_object", "schema": fmt["json_schema"]["schema"]},
        }
    return kwargs


def transport_error(exc: BaseException) -> BaseException | None:
    """The transport fault behind `exc` (instructor wraps them), or None."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, openai.APIConnectionError):
            # openai wraps *any* failure while sending (a cassette miss too) in
            # APIConnectionError: only a network fault underneath is transient.
            network = isinstance(seen.__cause__, httpx2.TransportError | OSError | TimeoutError)
            return seen if network else None
        if isinstance(seen, openai.RateLimitError):
            return seen
        if isinstance(seen, openai.APIStatusError) and seen.status_code >= 500:
            return seen
        if not isinstance(seen, InstructorRetryException):
            return None
        seen = seen.__cause__
    return None


def _wait(state: RetryCallState) -> float:
    """Honour Retry-After when the server sends one; otherwise back off with jitter."""
    exc = state.outcome.exception() if state.outcome else None
    fault = transport_error(exc) if exc else None
    if isinstance(fault, openai.APIStatusError):
        header = fault.response.headers.get("retry-after")
        try:
            if header is not None:
                return min(float(header), MAX_RETRY_AFTER_SECONDS)
        except ValueError:
            pass  # an HTTP date: fall back to backoff
    return float(wait_exponential_jitter(initial=1, max=30)(state))


def with_transport_retries(
    call: Callable[[], T],
    *,
    attempts: int = 4,
    on_retry: Callable[[BaseException], None] | None = None,
) -> T:
    def before_sleep(state: RetryCallState) -> None:
        if on_retry and state.outcome and (exc := state.outcome.exception()):
            on_retry(exc)

    retrying = Retrying(
        retry=retry_if_exception(lambda e: transport_error(e) is not None),
        stop=stop_after_attempt(attempts),
        wait=_wait,
        before_sleep=before_sleep,
        reraise=True,
    )
    return retrying(call)


def raw_json_text(completion: Any) -> str | None:
    """The JSON text a chat completion carries, in content or in a tool call."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    if getattr(message, "tool_calls", None):
        return str(message.tool_calls[0].function.arguments)
    content = getattr(message, "content", None)
    return content if isinstance(content, str) else None
