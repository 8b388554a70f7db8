"""Per-article cache: a rerun makes no model call for finished work.

Keyed on the article's sha256, the model, the prompt and schema versions and the
pass mode, so changing any of them re-extracts. Writes are atomic.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir

from summarizer.report import CachedArticle

CACHE_DIR_ENV = "SUMMARIZER_CACHE_DIR"


def cache_root() -> Path:
    """`$SUMMARIZER_CACHE_DIR`, else the per-user cache; models/ and extractions/ live below."""
    env = os.environ.get(CACHE_DIR_ENV, "").strip()
    return Path(env).expanduser() if env else Path(user_cache_dir("summarizer"))


def default_cache_dir() -> Path:
    return cache_root() / "extractions"


# The modules whose code decides what an extraction holds: a change to any of them
# (a validator, an alignment rule) must not be served from an older cache entry.
_EXTRACTOR_MODULES = (
    "passes",
    "grounding",
    "alignment",
    "timerefs",
    "extraction",
    "articles",
    "datelines",
    "prompting",
    "figures",
    "roles",
    # read by the rules above: the names, places and zones they resolve
    "actors",
    "times",
    "zones",
    "models",
)


@functools.cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for name in _EXTRACTOR_MODULES:
        spec = importlib.util.find_spec(f"summarizer.{name}")
        if spec and spec.origin:
            digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:12]


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class ExtractionCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_cache_dir()
        # Entries already read: a run checks the cache before starting a model, then uses it.
        self._read: dict[str, CachedArticle] = {}

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> CachedArticle | None:
        if key in self._read:
            return self._read[key]
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            entry = CachedArticle.model_validate_json(path.read_text(encoding="utf-8"))
        except ValueError:
            return None  # an unreadable entry is a miss, and is overwritten
        self._read[key] = entry
        return entry

    def put(self, key: str, entry: CachedArticle) -> None:
        path = self._path(key)
        write_atomic(path, entry.model_dump_json())
        self._read[key] = entry


def write_atomic(path: Path, text: str) -> None:
    """Write the whole file or nothing: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
