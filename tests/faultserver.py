"""A fault-injecting OpenAI-compatible server on loopback, for the fault matrix.

Its good answers are the project's own recorded responses (cassettes/, recorded from
a real llama-cpp-python server): a request is answered with the recording of the same
question (model, messages up to the first answer, response format), so a re-ask or a
retry gets the recorded answer too. Its bad answers are HAND-WRITTEN faults, one per
kind a real endpoint produces; none of them is presented as a model's output.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

FAULTS = (
    "429",  # rate limited, Retry-After: 0
    "429-no-retry-after",  # rate limited, backoff decides
    "500",
    "502",
    "503",
    "slow",  # answers after the client's timeout
    "reset",  # TCP reset instead of an answer
    "no-answer",  # closes the connection without a byte
    "html",  # 200 with an HTML error page
    "invalid",  # 200 with JSON that fits no schema
    "length",  # 200, finish_reason length, the JSON cut off
    "refusal",  # 200, a refusal and no content
    "empty-choices",  # 200, "choices": []
    "context-400",  # 400 context length exceeded
)
TRANSPORT = {"429", "429-no-retry-after", "500", "502", "503", "slow", "reset", "no-answer"}
ANSWER = {"html", "invalid", "length", "refusal", "empty-choices"}
NOT_RETRIED = {"context-400"}


def question(body: dict[str, Any]) -> str:
    """What a request asks, retries and re-asks alike: the messages before any answer."""
    messages = []
    for message in body.get("messages", []):
        if message.get("role") == "assistant":
            break
        messages.append(message)
    return json.dumps([body.get("model"), messages, body.get("response_format")], sort_keys=True)


def recorded_answers(cassettes: Path, ids: list[str]) -> dict[str, bytes]:
    answers: dict[str, bytes] = {}
    for article_id in ids:
        data = yaml.safe_load((cassettes / f"{article_id}.yaml").read_text(encoding="utf-8"))
        for interaction in data["interactions"]:
            body = json.loads(interaction["request"]["body"])
            response = interaction["response"]
            if response["status"]["code"] == 200:
                answers.setdefault(question(body), response["body"]["string"].encode())
    return answers


@dataclass
class Fault:
    """Answer requests matching `target` with `kind`, the first `times` of them (None: all)."""

    kind: str
    target: Callable[[dict[str, Any]], bool]
    times: int | None = 1
    hits: int = 0

    def applies(self, body: dict[str, Any]) -> bool:
        if not self.target(body):
            return False
        if self.times is not None and self.hits >= self.times:
            return False
        self.hits += 1
        return True


@dataclass
class FaultServer:
    answers: dict[str, bytes]
    slow_seconds: float = 1.5
    faults: list[Fault] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers_seen: list[dict[str, str]] = field(default_factory=list)
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fault_for(self, body: dict[str, Any]) -> str | None:
        with self._lock:
            self.requests.append(body)
            for fault in self.faults:
                if fault.applies(body):
                    return fault.kind
        return None


def _handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            server.headers_seen.append({k.lower(): v for k, v in self.headers.items()})
            kind = server.fault_for(body)
            if kind == "slow":
                time.sleep(server.slow_seconds)
            if kind == "reset":
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
                self.close_connection = True
                return
            if kind == "no-answer":
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            status, content_type, payload, extra = self._answer(kind, body)
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(payload)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            # The client may have given up waiting (the "slow" fault): nothing to do.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(payload)

        def _answer(
            self, kind: str | None, body: dict[str, Any]
        ) -> tuple[int, str, bytes, dict[str, str]]:
            as_json = "application/json"
            if kind in {"429", "429-no-retry-after", "500", "502", "503"}:
                code = int(kind.split("-")[0])
                extra = {"retry-after": "0"} if kind == "429" else {}
                error = json.dumps({"error": {"message": f"hand-written {code}"}}).encode()
                return code, as_json, error, extra
            if kind == "context-400":
                error = {
                    "error": {
                        "message": "This model's maximum context length is 8192 tokens; "
                        "the messages resulted in 9000 tokens",
                        "code": "context_length_exceeded",
                    }
                }
                return 400, as_json, json.dumps(error).encode(), {}
            if kind == "html":
                page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
                return 200, "text/html", page, {}
            recorded = server.answers.get(question(body))
            if recorded is None:
                error = json.dumps({"error": {"message": "no recording of this question"}})
                return 404, as_json, error.encode(), {}
            if kind is None or kind == "slow":
                return 200, as_json, recorded, {}
            completion = json.loads(recorded)
            message = completion["choices"][0]["message"]
            if kind == "invalid":
                message["content"] = json.dumps({"unexpected": "hand-written"})
            elif kind == "length":
                message["content"] = message["content"][: len(message["content"]) // 2]
                completion["choices"][0]["finish_reason"] = "length"
            elif kind == "refusal":
                message["content"] = None
                message["refusal"] = "hand-written refusal"
            elif kind == "empty-choices":
                completion["choices"] = []
            return 200, as_json, json.dumps(completion).encode(), {}

    return Handler


@contextmanager
def serving(server: FaultServer) -> Iterator[FaultServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()


def for_article(
    article_id: str, schema_title: str | None = None
) -> Callable[[dict[str, Any]], bool]:
    """Requests about one article (and, given a title, one pass's schema)."""

    def target(body: dict[str, Any]) -> bool:
        messages = body.get("messages", [])
        user = next((m["content"] for m in messages if m.get("role") == "user"), "")
        if f'<article id="{article_id}">' not in user:
            return False
        if schema_title is None:
            return True
        fmt = body.get("response_format") or {}
        schema = fmt.get("schema") or (fmt.get("json_schema") or {}).get("schema") or {}
        return bool(schema.get("title") == schema_title)

    return target
