"""Benchmark: speed and scale (issue #12). Not a test: timings are never asserted.

    python benchmarks/bench_speed.py            # everything, about 5 minutes on 2 cores
    python benchmarks/bench_speed.py --quick    # merge up to 10,000; 20 articles for (e)

Needs no model and no network. Prints, measured in one run, each figure next to its target:

(a) merge time and peak memory for 1,000 / 10,000 / 100,000 extractions, and the growth
    exponent from 1,000 to 10,000. The extractions are the five seeds' as replayed from
    cassettes/, copied: copy k of an article gets the id "<id>-cNNNNNN", its evidence cites
    that id, and everything else (text, dates, published_at) is the article's. So N
    extractions are N/5 outlets' reports of the same 2022 episode, one in five from the
    2021 article the episode rule sets aside: one big episode, with the ceasefire mentions
    clustering into the same attempts, each attempt's evidence growing with N. Each size
    runs in a fresh process; a merge of 10 copies first loads the data files (cities,
    actors), which a long-running process does once. The time is of one merge; peak
    memory is what a second, traced merge allocates at most (tracemalloc), beside the
    process's resident memory with its input.
(b) `summarizer --help` (subprocess, best of 5) and `python -c "import summarizer"`.
(c) the replayed seeds run, `summarizer brief seeds/ --replay ... -o FILE` (best of 3).
(c2) a cached run: the seeds through a loopback server once, then the same command three
    times with every article served from the cache (best of 3), and its warm in-process
    cost per article.
(d) warm per-article overhead outside the model: the in-process replay of the seeds, run
    a second time, divided by the five articles (cassette reading included).
(e) concurrency: the pipeline against a loopback OpenAI-compatible server (stdlib
    http.server) that answers each chat completion after 0.5 s with the recorded response
    to that request (copies of the seeds, the article id in the prompt mapped back to the
    seed's), 50 articles x the focused passes at concurrency 1, 4 and 16; wall / ideal,
    where ideal = ceil(articles / concurrency) x passes per article x 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CASSETTES = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"
BIN = Path(sys.executable).parent
DELAY = 0.5  # seconds the loopback server takes per answer


def _row(label: str, value: str, target: str = "", ok: bool | None = None) -> None:
    verdict = "" if ok is None else ("met" if ok else "NOT MET")
    print(f"  {label:<46} {value:>14}   {target:<22} {verdict}", flush=True)


def _best(command: list[str], runs: int, **kwargs: Any) -> tuple[float, float]:
    """(best, first) wall seconds of a command."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, **kwargs)
        times.append(time.perf_counter() - t0)
    return min(times), times[0]


# --- (a) merge -------------------------------------------------------------------------


def seed_extractions() -> list[str]:
    """The seeds' extractions as replayed from the cassettes, as JSON."""
    from summarizer import Job, brief

    run = brief([SEEDS], Job(replay=CASSETTES, cache=False))
    return [e.model_dump_json() for e in run.extractions]


def copies(base: list[str], n: int) -> list[Any]:
    """n extractions: copy k of each base extraction under the id "<id>-c<k>"."""
    from summarizer.models import ArticleExtraction

    out = []
    for i in range(n):
        text = base[i % len(base)]
        source = json.loads(text)["source"]
        renamed = text.replace(f'"source":"{source}"', f'"source":"{source}-c{i // len(base):06d}"')
        out.append(ArticleExtraction.model_validate_json(renamed))
    return out


def _rss_mb() -> float:
    """The process's resident memory now (Linux /proc; else its peak so far)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def merge_child(n: int, base_file: str) -> None:
    """In a fresh process: build n copies, warm up, merge once; print a JSON line."""
    import gc

    from summarizer.merge.briefing import merge

    base = json.loads(Path(base_file).read_text())
    extractions = copies(base, n)
    merge(copies(base, 10))  # loads the data files once, as a long-running process does
    gc.collect()
    before = _rss_mb()
    t0 = time.perf_counter()
    briefing = merge(extractions)
    seconds = time.perf_counter() - t0
    del briefing
    gc.collect()
    tracemalloc.start()  # a second merge, traced: what the merge itself allocates at most
    briefing = merge(extractions)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(
        json.dumps(
            {
                "n": n,
                "seconds": seconds,
                "rss_mb": before,
                "peak_mb": peak,
                "attempts": len(briefing.ceasefire_attempts),
                "claims": len(briefing.casualty_claims),
            }
        )
    )


def bench_merge(sizes: list[int]) -> None:
    print("(a) merge of N copies of the replayed seed extractions (one episode)")
    base = seed_extractions()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(base, f)
    results: dict[int, dict[str, Any]] = {}
    try:
        for n in sizes:
            out = subprocess.run(
                [sys.executable, __file__, "--merge-child", str(n), f.name],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            results[n] = json.loads(out.strip().splitlines()[-1])
    finally:
        os.unlink(f.name)
    for n, r in results.items():
        target = "<= 2 s" if n == 10_000 else ""
        ok = r["seconds"] <= 2.0 if n == 10_000 else None
        _row(f"merge {n:,} extractions", f"{r['seconds']:.2f} s", target, ok)
        per = r["peak_mb"] / n * 1000
        _row(
            f"  peak memory, traced (process RSS {r['rss_mb']:.0f} MB)",
            f"{r['peak_mb']:.0f} MB",
            f"{per:.1f} MB / 1,000",
        )
    if 1_000 in results and 10_000 in results:
        k = math.log(results[10_000]["seconds"] / results[1_000]["seconds"]) / math.log(10)
        _row("growth exponent 1,000 -> 10,000", f"{k:.2f}", "<= 1.15", k <= 1.15)
    if 10_000 in results and 100_000 in results:
        k = math.log(results[100_000]["seconds"] / results[10_000]["seconds"]) / math.log(10)
        _row("growth exponent 10,000 -> 100,000", f"{k:.2f}")
        m = results[100_000]["peak_mb"] / max(results[10_000]["peak_mb"], 1e-9)
        _row("peak memory 100,000 / 10,000", f"{m:.1f}x", "linear: ~10x")


# --- (b), (c), (d) -----------------------------------------------------------------------


def bench_startup() -> None:
    print("(b) start-up")
    best, _ = _best([str(BIN / "summarizer"), "--help"], 5)
    _row("summarizer --help (best of 5)", f"{best:.3f} s", "<= 0.3 s", best <= 0.3)
    best, _ = _best([sys.executable, "-c", "import summarizer"], 5)
    _row('python -c "import summarizer" (best of 5)', f"{best:.3f} s")
    best, _ = _best([sys.executable, "-c", "pass"], 5)
    _row('python -c "pass" (the interpreter alone)', f"{best:.3f} s")


def bench_replay() -> None:
    print("(c) replayed seeds run, a subprocess")
    with tempfile.TemporaryDirectory() as tmp:
        command = [str(BIN / "summarizer"), "brief", "seeds/", "--replay", str(CASSETTES)]
        command += ["-o", f"{tmp}/x.json"]
        env = {**os.environ, "SUMMARIZER_CACHE_DIR": tmp}
        best, first = _best(command, 3, cwd=ROOT, env=env)
    _row("summarizer brief seeds/ --replay (best of 3)", f"{best:.2f} s")
    _row("  first of the 3", f"{first:.2f} s")


def bench_cached() -> None:
    """A run whose every article is in the cache: no model call, nothing replayed."""
    print("(c2) cached seeds run, a subprocess (the cache filled by a first run)")
    from summarizer import Job, brief
    from summarizer.recording import CassetteInfo

    info = CassetteInfo.read(CASSETTES)
    server = _Server(("127.0.0.1", 0), _Handler)
    server.answers = recorded_answers()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            command = [str(BIN / "summarizer"), "brief", "seeds/", "--base-url", url]
            command += ["--model", info.model, "--mode", info.mode, "-o", f"{tmp}/x.json"]
            command += ["--max-reasks", str(info.max_reasks)]
            env = {**os.environ, "SUMMARIZER_CACHE_DIR": tmp}
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
            asked = server.served
            best, first = _best(command, 3, cwd=ROOT, env=env)
            assert server.served == asked, "a cached run called the model"
            _row(
                "summarizer brief seeds/, all cached (best of 3)",
                f"{best:.2f} s",
                "<= 0.6 s",
                best <= 0.6,
            )
            _row("  first of the 3", f"{first:.2f} s")
            os.environ["SUMMARIZER_CACHE_DIR"] = tmp
            job = Job(base_url=url, model=info.model, mode=info.mode, max_reasks=info.max_reasks)
            brief([SEEDS], job)  # warm: imports, reference indexes
            t0 = time.perf_counter()
            run = brief([SEEDS], job)
            per = (time.perf_counter() - t0) / len(run.extractions) * 1000
            del os.environ["SUMMARIZER_CACHE_DIR"]
            _row("  in process, warm, per article", f"{per:.1f} ms", "<= 10 ms/article", per <= 10)
    finally:
        server.shutdown()


def bench_overhead() -> None:
    print("(d) warm per-article overhead outside the model (in-process replay)")
    from summarizer import Job, brief

    brief([SEEDS], Job(replay=CASSETTES, cache=False))  # warm: imports, data, templates
    t0 = time.perf_counter()
    run = brief([SEEDS], Job(replay=CASSETTES, cache=False))
    seconds = time.perf_counter() - t0
    per = seconds / len(run.extractions) * 1000
    _row("replay of the 5 seeds, second run", f"{seconds:.3f} s")
    _row("  per article (validation and grounding run again)", f"{per:.1f} ms")


# --- (e) concurrency ---------------------------------------------------------------------


def _key(body: bytes) -> str:
    return json.dumps(json.loads(body), sort_keys=True)


def recorded_answers() -> dict[str, bytes]:
    """Request body (canonical JSON) -> the recorded response body, for every seed."""
    answers: dict[str, bytes] = {}
    for path in sorted(CASSETTES.glob("*.yaml")):
        for interaction in yaml.safe_load(path.read_text())["interactions"]:
            body = interaction["request"]["body"]
            answer = interaction["response"]["body"]["string"]
            answers[_key(body.encode() if isinstance(body, str) else body)] = (
                answer.encode() if isinstance(answer, str) else answer
            )
    return answers


_COPY = re.compile(rb'-copy\d+(?=\\")')  # '<article id=\"ID-copy07\">' -> the seed's id


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    answers: dict[str, bytes]
    served = 0
    missed = 0
    lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(DELAY)
        answer = self.server.answers.get(_key(_COPY.sub(b"", body)))
        with self.server.lock:
            self.server.served += 1
            self.server.missed += answer is None
        status = 200 if answer is not None else 404
        payload = answer or b'{"error": {"message": "no recorded answer for this request"}}'
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def bench_concurrency(n_articles: int, levels: list[int]) -> None:
    print(f"(e) concurrency: {n_articles} articles against a loopback server ({DELAY} s/answer)")
    from summarizer.extract.article import ExtractionSettings
    from summarizer.extract.client import Endpoint
    from summarizer.pipeline import RunOptions, summarize_articles
    from summarizer.read.articles import load_articles
    from summarizer.recording import CassetteInfo

    seeds, _ = load_articles([SEEDS])
    # Each copy's text differs by a trailing two-word line, which is never numbered (too short
    # for a sentence), so the model is asked the seed's questions; without it the pipeline
    # would read the same text once.
    articles = [
        replace(
            seeds[i % len(seeds)],
            id=f"{seeds[i % len(seeds)].id}-copy{i // len(seeds):02d}",
            text=f"{seeds[i % len(seeds)].text}\n\ncopy {i:02d}\n",
            sha256="",
        )
        for i in range(n_articles)
    ]
    info = CassetteInfo.read(CASSETTES)
    server = _Server(("127.0.0.1", 0), _Handler)
    server.answers = recorded_answers()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = Endpoint(
        model=info.model,
        base_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
        api_key="bench",
        mode=info.mode,
    )
    settings = ExtractionSettings(
        model=info.model,
        passes=info.passes,
        max_reasks=info.max_reasks,
        max_tokens=info.max_tokens,
    )
    overhead_c1: float | None = None
    try:
        for level in levels:
            server.served = server.missed = 0
            options = RunOptions(endpoint, settings, cache=None, concurrency=level)
            t0 = time.perf_counter()
            run = summarize_articles(articles, [], options)
            wall = time.perf_counter() - t0
            passes = server.served / n_articles
            ideal = math.ceil(n_articles / level) * passes * DELAY
            failed = len(run.failed)
            note = f"{server.served} calls, {failed} failed, {server.missed} unmatched"
            target = "<= 1.15x" if level == 16 else ""
            ok = wall / ideal <= 1.15 if level == 16 else None
            _row(f"concurrency {level:>2}: wall / ideal {ideal:.1f} s", f"{wall:.1f} s", "", None)
            _row(f"  ratio ({note})", f"{wall / ideal:.3f}x", target, ok)
            if level == 1:
                overhead_c1 = (wall - ideal) / n_articles * 1000
    finally:
        server.shutdown()
    if overhead_c1 is not None:
        _row("  per-article overhead at concurrency 1", f"{overhead_c1:.1f} ms", "(cf. (d))")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a try")
    parser.add_argument("--merge-child", nargs=2, metavar=("N", "BASE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.merge_child:
        merge_child(int(args.merge_child[0]), args.merge_child[1])
        return
    os.chdir(ROOT)
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs "
        f"({platform.processor() or platform.machine()}), Python {platform.python_version()}"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average at start: {load:.2f}")
    t0 = time.perf_counter()
    bench_merge([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    bench_startup()
    bench_replay()
    bench_cached()
    bench_overhead()
    bench_concurrency(20 if args.quick else 50, [1, 4, 16])
    print(f"total {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
