"""The Python API gives the run `summarizer brief` gives (replayed, so no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Endpoint, ExtractionSettings, RunOptions, brief, summarize
from summarizer.options import Backend
from summarizer.pipeline import Recording
from summarizer.run import auto_backend

ROOT = Path(__file__).resolve().parent.parent
RECORDED = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))


def test_brief_replays_the_recorded_run_byte_for_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # source paths are recorded as given: seeds/...
    run = brief(["seeds/"], replay=RECORDED)
    assert not run.failed
    expected = (RECORDED / "briefing.json").read_text(encoding="utf-8")
    assert run.briefing.model_dump_json(indent=2) + "\n" == expected


def test_summarize_with_a_replay_recording_asks_what_was_recorded() -> None:
    # Default settings (one re-ask, another model name) would miss every recording.
    endpoint = Endpoint(model="some-other-model", base_url="http://x.invalid/v1", api_key="k")
    options = RunOptions(
        endpoint, ExtractionSettings(endpoint.model), recording=Recording(RECORDED, record=False)
    )
    run = summarize([ROOT / "seeds"], options)
    assert not run.failed
    assert run.metadata.model == "qwen2.5-coder-1.5b-instruct-q4_k_m"


def test_a_base_url_alone_selects_the_openai_compatible_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert auto_backend("http://127.0.0.1:8000/v1") is Backend.openai
