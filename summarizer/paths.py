"""Where summarizer keeps files between runs: one root, below which the model store,
the extraction cache and the reference indexes each have a folder."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_DIR_ENV = "SUMMARIZER_CACHE_DIR"


def cache_root() -> Path:
    """`$SUMMARIZER_CACHE_DIR`, else the per-user cache; models/ and extractions/ live below."""
    env = os.environ.get(CACHE_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer"))
