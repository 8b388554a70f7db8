"""The model endpoint: an OpenAI-compatible server reached through openai + instructor.

Three kinds of fault, three policies (RetryPolicy holds the numbers):
* transport faults (429 honouring Retry-After, 5xx, timeouts, dropped connections) are
  retried here with tenacity, per request;
* answer faults (a 200 that is an error page, an empty answer, a refusal, an answer cut
  off at max_tokens) are found here, by looking at every response, and asked again by
  the extraction, per pass;
* so many connection failures in a row that the endpoint is plainly down stop the run
  (RunControl), instead of waiting out every article's retries; the embedded model's
  server, whose process is ours, stops it at its first failure if that process died.
Validation re-asks are instructor's job and are counted separately.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from summarizer.errors import AnswerFault, Cancelled, ConfigError, EndpointDown
from summarizer.options import Mode, RetryPolicy

# openai, instructor, httpx2 and tenacity are imported where a request is made: a run
# served from the cache, and `summarizer --help`, never load them (about 0.7 s).
if TYPE_CHECKING:
    import httpx2
    import instructor
    from tenacity import RetryCallState

T = TypeVar("T")

# instructor's mode for each of ours (llama_cpp is JSON_SCHEMA in another spelling).
_INSTRUCTOR_MODES = {
    Mode.llama_cpp: "JSON_SCHEMA",
    Mode.json_schema: "JSON_SCHEMA",
    Mode.tools: "TOOLS",
    Mode.json: "JSON",
    Mode.md_json: "MD_JSON",
}


@dataclass(frozen=True)
class Endpoint:
    model: str
    base_url: str | None
    api_key: str = field(repr=False)
    mode: Mode = Mode.json_schema
    backend: str = "openai"  # openai | local | replay
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "mode", Mode(self.mode))
        except ValueError:
            choices = ", ".join(m.value for m in Mode)
            raise ConfigError(f"unknown mode {self.mode!r}: choose one of {choices}") from None

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
        default_mode = Mode.tools if base_url is None else Mode.json_schema
        return cls(
            model=model,
            base_url=base_url,
            api_key=api_key or "not-needed",
            mode=Mode(mode or os.environ.get("SUMMARIZER_MODE") or default_mode),
        )

    @property
    def shown_url(self) -> str | None:
        """The base URL as it may be written down: credentials and query removed."""
        return redact_url(self.base_url)

    def client(self, transport: httpx2.BaseTransport | None = None) -> instructor.Instructor:
        """An instructor client for this endpoint; `transport` replaces the network (batch
        files answer from a results file through it)."""
        import httpx2
        import instructor
        import openai

        # max_retries=0: transport retries are ours (tenacity), so they are counted once.
        # Every answer is looked at before openai parses it (_check_answer).
        http = httpx2.Client(
            timeout=self.retry.timeout,
            event_hooks={"response": [_check_answer]},
            transport=transport,
        )
        raw = openai.OpenAI(
            base_url=self.base_url,
            api_key=self.api_key,
            max_retries=0,
            timeout=self.retry.timeout,
            http_client=http,
        )
        mode = instructor.Mode[_INSTRUCTOR_MODES[self.mode]]
        if self.mode is not Mode.llama_cpp:
            return instructor.from_openai(raw, mode=mode)

        def create(**kwargs: Any) -> Any:
            return raw.chat.completions.create(**_llama_cpp_response_format(kwargs))

        return instructor.Instructor(
            client=raw, create=instructor.patch(create=create, mode=mode), mode=mode
        )


def redact_url(url: str | None) -> str | None:
    """`http://user:secret@host/v1?key=x` -> `http://***@host/v1`: nothing secret is logged."""
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    if parts.username or parts.password:
        host = f"***@{host}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _check_answer(response: httpx2.Response) -> None:
    """Raise AnswerFault for a 200 that is not a usable chat completion.

    Found here, from the HTTP answer itself, each fault gets a message that says what
    came back; openai and instructor would report them as unrelated parse errors.
    """
    if response.status_code != 200 or not response.request.url.path.endswith("/completions"):
        return
    response.read()
    kind = response.headers.get("content-type", "")
    try:
        body = json.loads(response.content)
    except ValueError:
        excerpt = " ".join(response.text.split())[:80]
        raise AnswerFault(
            f"the endpoint answered 200 with a non-JSON body ({kind}): {excerpt!r}"
        ) from None
    choices = body.get("choices") if isinstance(body, dict) else None
    if not isinstance(choices, list) or not choices:
        raise AnswerFault("the endpoint answered 200 with no choices in the completion")
    choice = choices[0] if isinstance(choices[0], dict) else {}
    message = choice.get("message") or {}
    if message.get("refusal"):
        raise AnswerFault(f"the model refused: {' '.join(str(message['refusal']).split())[:80]}")
    if choice.get("finish_reason") == "length":
        raise AnswerFault("the answer was cut off at max_tokens")
    if not (message.get("content") or "").strip() and not message.get("tool_calls"):
        raise AnswerFault("the model gave an empty answer")


def answer_fault(exc: BaseException) -> AnswerFault | None:
    """The answer fault behind `exc` (openai and instructor wrap it), or None."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, AnswerFault):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


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
    import httpx2
    import openai
    from instructor.core import InstructorRetryException

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


def connection_failure(exc: BaseException) -> bool:
    """True when no answer came back at all: refused, reset, dropped or timed out."""
    import openai

    fault = transport_error(exc)
    return isinstance(fault, openai.APIConnectionError)


class RunControl:
    """Shared by every request of one run: stop on an interrupt or a dead endpoint.

    Thread-safe: articles run in worker threads and all report here.

    ``server_gone`` (the embedded model's server: LocalServer.gone) says whether the
    server process has died, and how. It is asked before every request and after every
    failed connection: a dead server stops the run at once (`dead` holds why), not after
    `down_after` connection attempts to a port nobody listens on.
    """

    def __init__(
        self,
        policy: RetryPolicy | None = None,
        *,
        server_gone: Callable[[float], str | None] | None = None,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._failures = 0
        self._server_gone = server_gone
        self.down: str | None = None  # why the endpoint is taken to be down
        self.dead: str | None = None  # why the embedded server died (then `down` too)

    def check(self) -> None:
        """Raise instead of sending when the run is over."""
        if self.cancelled.is_set():
            raise Cancelled("interrupted before this request was sent")
        if not self.down:
            self._look_at_server(0.0)
        if self.down:
            raise EndpointDown(self.down)

    def answered(self) -> None:
        with self._lock:
            self._failures = 0

    def failed_to_connect(self, exc: BaseException) -> None:
        # A crash drops the connection a moment before the process can be reaped.
        if self._look_at_server(1.0):
            return
        with self._lock:
            self._failures += 1
            if self._failures >= self.policy.down_after and not self.down:
                self.down = (
                    f"the endpoint is down: {self._failures} connection attempts in a row "
                    f"failed (last: {transport_error(exc) or exc}); the run stopped early. "
                    "Check the server, then rerun: finished articles come from the cache"
                )

    def _look_at_server(self, wait: float) -> bool:
        """True (and the run marked down) when the embedded server has died."""
        if self._server_gone is None:
            return False
        why = self._server_gone(wait)
        if why is None:
            return False
        with self._lock:
            if not self.dead:
                self.dead = why
                self.down = why
        return True

    def sleep(self, seconds: float) -> None:
        # An interrupt ends a backoff wait at once, in any thread.
        if self.cancelled.wait(seconds):
            raise Cancelled("interrupted while waiting to retry")


def _wait_for(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    import openai
    from tenacity import wait_exponential_jitter

    backoff = wait_exponential_jitter(
        multiplier=policy.backoff, max=policy.max_backoff, jitter=policy.backoff
    )

    def wait(state: RetryCallState) -> float:
        """Honour Retry-After when the server sends one; otherwise back off with jitter."""
        exc = state.outcome.exception() if state.outcome else None
        fault = transport_error(exc) if exc else None
        if isinstance(fault, openai.APIStatusError):
            header = fault.response.headers.get("retry-after")
            try:
                if header is not None:
                    return min(max(float(header), 0.0), policy.max_retry_after)
            except ValueError:
                pass  # an HTTP date: fall back to backoff
        return float(backoff(state))

    return wait


def with_transport_retries(
    call: Callable[[], T],
    *,
    control: RunControl | None = None,
    on_retry: Callable[[BaseException], None] | None = None,
) -> T:
    """`call()`, retried on transport faults as the run's RetryPolicy says."""
    from tenacity import Retrying, retry_if_exception, stop_after_attempt

    control = control or RunControl()

    def attempt() -> T:
        control.check()
        try:
            result = call()
        except Exception as exc:
            if connection_failure(exc):
                control.failed_to_connect(exc)
            else:
                control.answered()  # an HTTP answer, even an error, is a live endpoint
            raise
        control.answered()
        return result

    def before_sleep(state: RetryCallState) -> None:
        if on_retry and state.outcome and (exc := state.outcome.exception()):
            on_retry(exc)

    retrying = Retrying(
        # Not once the run is stopped (a dead server): the next attempt could only fail.
        retry=retry_if_exception(lambda e: transport_error(e) is not None and not control.down),
        stop=stop_after_attempt(control.policy.attempts),
        wait=_wait_for(control.policy),
        sleep=control.sleep,
        before_sleep=before_sleep,
        reraise=True,
    )
    return retrying(attempt)


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
