"""Ctrl-C stops a batch: queued articles are not extracted after an interrupt."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from summarizer import pipeline
from summarizer.extract.article import ExtractionSettings
from summarizer.extract.client import Endpoint
from summarizer.pipeline import RunOptions, extract_all
from summarizer.read.articles import load_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("concurrency", [1, 2])
def test_an_interrupt_stops_the_queue(monkeypatch: pytest.MonkeyPatch, concurrency: int) -> None:
    articles, _ = load_articles([SEEDS])
    started: list[str] = []

    def interrupted(article: Any, client: Any, options: Any) -> Any:
        started.append(article.id)
        if len(started) > 1:
            time.sleep(0.5)  # a slow article in flight while the first is interrupted
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_extract_one", interrupted)
    endpoint = Endpoint(model="m", base_url="http://unused.invalid/v1", api_key="x")
    options = RunOptions(
        endpoint=endpoint, settings=ExtractionSettings(model="m"), concurrency=concurrency
    )
    with pytest.raises(KeyboardInterrupt):
        extract_all(articles, options)
    # A worker may take one more article in the instant before the queue is dropped.
    assert len(started) <= concurrency + 1 < len(articles)
