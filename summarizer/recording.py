"""Recorded model traffic (vcrpy cassettes): record from a real server, replay offline.

Cassettes live per model, `cassettes/<model-slug>/<article-id>.yaml`, beside a
`model.json` that says which model, server and settings made them. Replay never
goes live: a request with no recording raises CannotOverwriteExistingCassetteException.
Requests match on method, path and body only: headers differ per machine.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slugify import slugify

from summarizer.errors import RecordingError
from summarizer.extract.client import redact_url

if TYPE_CHECKING:
    import vcr


def is_miss(exc: BaseException) -> bool:
    """True for vcrpy's "no recording matches this request" (replay never goes live)."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    return isinstance(exc, CannotOverwriteExistingCassetteException)


_SECRET_HEADERS = ("authorization", "api-key", "x-api-key", "openai-organization", "cookie")


def model_slug(model: str) -> str:
    return slugify(model, lowercase=True) or "model"


@dataclass(frozen=True)
class CassetteInfo:
    """What made a cassette set; written as model.json beside the cassettes."""

    model: str
    server: str
    mode: str
    passes: str
    prompt_version: str
    schema_version: str
    recorded_at: str
    # Replay must ask what was recorded; older model.json files predate these two.
    max_reasks: int = 1
    max_tokens: int = 1024
    note: str = ""

    @classmethod
    def read(cls, directory: Path) -> CassetteInfo:
        path = directory / "model.json"
        if not path.is_file():
            raise RecordingError(
                f"{path} is missing: {directory} is not a cassette folder made by --record"
            )
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    def write(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"
        (directory / "model.json").write_text(text, encoding="utf-8")


def failure_note(directory: Path, name: str) -> Path:
    """Where recording notes that an article failed (its partial cassette is removed)."""
    return directory / f"{name}.failed.txt"


def _scrub_request(request: Any) -> Any:
    # Drop per-machine and secret headers, and credentials in the URL, before anything is
    # written. On a copy: vcrpy hands over the request being sent, which keeps its key.
    request = copy.deepcopy(request)
    for name in list(request.headers):
        lowered = name.lower()
        if lowered.startswith("x-stainless") or lowered in _SECRET_HEADERS:
            del request.headers[name]
    request.uri = redact_url(request.uri)
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in {"set-cookie", "openai-organization", "openai-project"}:
            del headers[name]
    return response


def _vcr(record: bool) -> vcr.VCR:
    import vcr  # only when recording or replaying: it patches HTTP clients

    return vcr.VCR(
        record_mode="all" if record else "none",
        match_on=["method", "path", "body"],
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


@contextmanager
def cassette(directory: Path, name: str, *, record: bool) -> Iterator[None]:
    """Record into, or replay from, `directory/<name>.yaml` around the block."""
    path = directory / f"{name}.yaml"
    if not record and not path.is_file():
        failed = failure_note(directory, name)
        if failed.is_file():
            raise RecordingError(
                f"no recording {path}: the article failed when it was recorded "
                f"({failed.read_text(encoding='utf-8').strip()}); re-record it with --record"
            )
        raise RecordingError(
            f"no recording {path}: record it with --record {directory.parent} against a real server"
        )
    with _vcr(record).use_cassette(str(path)):
        yield
