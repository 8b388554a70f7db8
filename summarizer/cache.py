"""Per-article cache: a rerun makes no model call for finished work.

Keyed on what is sent (every pass's messages and schema, the model, the sampling
settings) and on the code that judges the answers, so a change to any of them
re-extracts. Only complete extractions are stored. Writes are atomic.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from pathlib import Path

from summarizer.paths import CACHE_DIR_ENV as CACHE_DIR_ENV
from summarizer.paths import cache_root
from summarizer.report import CachedArticle


def default_cache_dir() -> Path:
    return cache_root() / "extractions"


# What only acts on finished extractions: the merge, rendering and scoring stages, and
# the edges that run them. Every other module of the package can change what an
# extraction holds (reading, extraction, reference data, the record), and its code is
# part of every cache key: a module added later is covered without anyone listing it.
_AFTER_EXTRACTION = frozenset({"merge", "render", "score"})
_EDGES = frozenset(
    {"cache", "cli", "pipeline", "run", "schemas_io", "score_cli", "testing", "__init__"}
)


@functools.cache
def extractor_version() -> str:
    """A hash of the code that decides what an extraction holds (validators, rules)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] in _AFTER_EXTRACTION or (
            len(relative.parts) == 1 and path.stem in _EDGES
        ):
            continue
        digest.update(str(relative).encode() + b"\0" + path.read_bytes())
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
