"""Benchmark: focused passes vs one-shot on the seeds, against a live model.

Prints seconds, calls and tokens per article for each mode, and accuracy against the
project's own expected facts: the merged briefing of the HAND-WRITTEN seed fixtures
(tests/fixtures/handwritten/). Not a test: it needs a model and takes minutes.

    python benchmarks/bench_passes.py                 # embedded model (summarizer[local])
    python benchmarks/bench_passes.py --base-url URL --model NAME --mode json_schema
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from summarizer.extract.article import ExtractionSettings
from summarizer.extract.client import Endpoint
from summarizer.merge.briefing import merge
from summarizer.models import Briefing
from summarizer.pipeline import RunOptions, RunResult, summarize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "handwritten"))


def expected_briefing() -> Briefing:
    import armenia_azerbaijan_2022  # the hand-written fixtures: what a perfect extractor returns

    return merge(armenia_azerbaijan_2022.extractions())


def facts(b: Briefing) -> dict[str, set[tuple[str, ...]]]:
    """The checkable facts of a briefing, as comparable tuples."""
    return {
        "casualties": {
            (c.side, c.outcome, str(c.count))
            for c in b.casualty_claims
            if c.status != "out_of_episode"
        },
        "ceasefires": {(c.effective_at,) for c in b.ceasefire_attempts if c.effective_at},
        "actors": {("b", a.id) for a in b.belligerents} | {("m", a.id) for a in b.mediators},
        "reactions": {(r.actor,) for r in b.reactions},
        "episode": {(s.id, str(s.in_episode)) for s in b.sources},
    }


def f1(got: set[tuple[str, ...]], want: set[tuple[str, ...]]) -> float:
    if not got and not want:
        return 1.0
    hits = len(got & want)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(want)
    return 2 * precision * recall / (precision + recall)


@contextmanager
def endpoint(args: argparse.Namespace) -> Iterator[Endpoint]:
    if args.base_url:
        yield Endpoint(model=args.model, base_url=args.base_url, api_key="bench", mode=args.mode)
        return
    from summarizer.local.model_store import resolve_model
    from summarizer.local.server import LocalServer

    gguf = resolve_model(args.gguf)
    with LocalServer(gguf) as url:
        yield Endpoint(model=gguf.stem.lower(), base_url=url, api_key="local", mode="llama_cpp")


def report(mode: str, run: RunResult, want: dict[str, set[tuple[str, ...]]]) -> str:
    done = [a for a in run.metadata.articles if not a.error]
    per = len(done) or 1
    seconds = statistics.mean(a.seconds for a in done) if done else 0.0
    calls = sum(p.attempts for a in done for p in a.passes) / per
    prompt = sum(p.prompt_tokens for a in done for p in a.passes) / per
    completion = sum(p.completion_tokens for a in done for p in a.passes) / per
    got = facts(run.briefing)
    scores = " | ".join(f"{f1(got[k], want[k]):.2f}" for k in want)
    return (
        f"| {mode} | {len(done)}/{len(run.metadata.articles)} | {seconds:.1f} | {calls:.1f} "
        f"| {prompt:.0f} | {completion:.0f} | {scores} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--modes", nargs="+", default=["focused", "one-shot"])
    parser.add_argument("--base-url")
    parser.add_argument("--model", default="model")
    parser.add_argument("--mode", default="json_schema")
    parser.add_argument("--gguf", type=Path)
    parser.add_argument("--max-reasks", type=int, default=0)  # the CLI's local default
    args = parser.parse_args()
    # instructor logs every failed attempt; the run metadata counts them, as in the CLI.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)

    want = facts(expected_briefing())
    rows = []
    with endpoint(args) as ep:
        for mode in args.modes:
            settings = ExtractionSettings(model=ep.model, passes=mode, max_reasks=args.max_reasks)
            run = summarize(args.paths, RunOptions(endpoint=ep, settings=settings))
            rows.append(report(mode, run, want))
            print(rows[-1], file=sys.stderr, flush=True)
    print(f"model: {ep.model}\n")
    print(
        "| mode | articles | s/article | calls/article | prompt tok/article "
        "| completion tok/article | " + " | ".join(f"F1 {k}" for k in want) + " |"
    )
    print("|---" * (6 + len(want)) + "|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
