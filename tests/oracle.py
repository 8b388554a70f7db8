"""The oracle instrument: HAND-WRITTEN perfect answers through the real passes and merge.

For each article of a set, `tests/fixtures/handwritten/oracle/<set>/<stem>.yaml` holds what a
perfect model would answer to each focused pass (written by a person, never a model's output;
see that folder's README). This module serves those answers to `extract_article` through an
httpx2 transport in place of the network, exactly as batch files do, so the pass validators,
realignment, the repairs and `to_extraction` run as for a model's answer; then the merge, then
the score against the gold. With perfect answers every point lost is the code's.

Each item cites `quote:` (a string or up to three) instead of `sentences: [n]`: every quote is
an exact substring of one article sentence (whitespace folded), and is turned into that
sentence's number here, so a fixture survives a change of sentence splitting. A quote found
in no sentence, or in more than one, fails loudly.

    python tests/oracle.py seeds il-lb-2024     # the score tables, drops and repairs
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import yaml

from summarizer.extract.article import ExtractionSettings, extract_article
from summarizer.extract.client import Endpoint, RunControl
from summarizer.extract.passes import FOCUSED_PASSES
from summarizer.merge import Repeat, merge
from summarizer.models import ArticleExtraction, Briefing
from summarizer.options import Mode, Passes, RetryPolicy
from summarizer.read.articles import Article, load_articles, same_texts
from summarizer.report import ArticleReport
from summarizer.score.gold import load_gold
from summarizer.score.scoring import ScoreReport, score
from summarizer.testing import score_table

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "handwritten" / "oracle"
DEVSET = Path(os.environ.get("SUMMARIZER_DEVSET", ROOT.parent / "shared" / "devset"))
PASSES = tuple(p.name for p in FOCUSED_PASSES)  # actors, casualties, ceasefires, reactions
MODEL = "oracle (hand-written answers)"
MAX_QUOTES = 3  # a pass item cites at most three sentences (Cited.sentences)


class FixtureError(AssertionError):
    """A fixture that cannot be served: a quote not found, ambiguous, or a missing pass."""


def set_paths(name: str) -> tuple[Path, Path]:
    """(articles folder, gold file) of `seeds` or a devset episode."""
    if name == "seeds":
        return ROOT / "seeds", ROOT / "tests" / "gold" / "seeds.gold.yaml"
    return DEVSET / name, DEVSET / f"{name}.gold.yaml"


def _fold(text: str) -> str:
    return " ".join(text.split())


def sentence_of(article: Article, quote: str) -> int:
    """The number of the one sentence that contains `quote` (whitespace folded)."""
    wanted = _fold(quote)
    if not wanted:
        raise FixtureError(f"{article.id}: an empty quote")
    found = [s.index for s in article.sentences if wanted in _fold(s.text)]
    if not found:
        where = "withheld text" if wanted in _fold(article.text) else "the article"
        raise FixtureError(f"{article.id}: quote {quote!r} is in no sentence ({where})")
    if len(found) > 1:
        raise FixtureError(
            f"{article.id}: quote {quote!r} is in sentences {found}: quote more of one"
        )
    return found[0]


def _cited(article: Article, item: Mapping[str, Any], where: str) -> dict[str, Any]:
    if "sentences" in item:
        raise FixtureError(f"{where}: cite with quote:, not sentences:")
    if "quote" not in item:
        raise FixtureError(f"{where}: an item without quote:")
    quotes = item["quote"]
    quotes = [quotes] if isinstance(quotes, str) else list(quotes)
    if not 1 <= len(quotes) <= MAX_QUOTES:
        raise FixtureError(f"{where}: {len(quotes)} quotes; give 1 to {MAX_QUOTES}")
    numbers = sorted({sentence_of(article, q) for q in quotes})
    rest = {k: v for k, v in item.items() if k != "quote"}
    return {"sentences": numbers, **rest}


def answers_for(article: Article, fixture: Mapping[str, Any]) -> dict[str, str]:
    """Pass name -> the JSON a perfect model would answer, with quotes made sentence numbers."""
    missing = [p for p in PASSES if p not in fixture]
    extra = [k for k in fixture if k not in PASSES]
    if missing or extra:
        raise FixtureError(f"{article.id}: passes missing {missing}, unknown keys {extra}")
    answers = {}
    for name in PASSES:
        response = fixture[name]
        if isinstance(response, list):  # the bare list: the response is {name: list}
            response = {name: response}
        if not isinstance(response, dict) or not isinstance(response.get(name), list):
            raise FixtureError(f"{article.id}: {name}: expected {{{name}: [...]}}")
        items = [
            _cited(article, item, f"{article.id}: {name}[{i}]")
            for i, item in enumerate(response[name])
        ]
        answers[name] = json.dumps({**response, name: items}, ensure_ascii=False)
    return answers


def _pass_asked(body: Mapping[str, Any]) -> str:
    """Which pass a request is: the list its response schema asks for."""
    format_ = body.get("response_format") or {}
    schemas = [format_.get("schema"), (format_.get("json_schema") or {}).get("schema")]
    schemas += [t.get("function", {}).get("parameters") for t in body.get("tools") or []]
    for schema in schemas:
        properties = (schema or {}).get("properties") or {}
        asked = [p for p in PASSES if p in properties]
        if len(asked) == 1:
            return asked[0]
    raise FixtureError(f"no focused pass in the request's schema: {json.dumps(format_)[:200]}")


def completion(content: str) -> dict[str, Any]:
    """A chat.completion body carrying a HAND-WRITTEN answer (named as such)."""
    return {
        "id": "oracle-hand-written",
        "object": "chat.completion",
        "created": 0,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


class OracleTransport(httpx2.BaseTransport):
    """Answers each pass's request with the fixture's answer to that pass."""

    def __init__(self, answers: Mapping[str, str]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.read())
        name = _pass_asked(body)
        self.asked.append(name)
        return httpx2.Response(200, json=completion(self.answers[name]), request=request)


@dataclass(frozen=True)
class OracleRun:
    name: str
    briefing: Briefing
    extractions: list[ArticleExtraction]
    reports: list[ArticleReport]
    score: ScoreReport

    def table(self) -> str:
        return f"oracle {self.name}\n{score_table(self.score)}"

    def code_changes(self) -> str:
        """What the code dropped or changed of the perfect answers, per article."""
        lines = []
        for report in self.reports:
            for dropped in report.dropped:
                lines.append(
                    f"{report.source} DROPPED {dropped.pass_name}.{dropped.field}: "
                    f"{dropped.item} -- {dropped.reason}"
                )
            for pass_report in report.passes:
                if pass_report.error:
                    lines.append(f"{report.source} FAILED {pass_report.name}: {pass_report.error}")
                for note in pass_report.realigned:
                    lines.append(f"{report.source} {pass_report.name}: {note}")
            if report.error:
                lines.append(f"{report.source} ERROR {report.error}")
        return "\n".join(lines)


def fixture_path(name: str, article: Article) -> Path:
    return FIXTURES / name / f"{Path(article.path).stem}.yaml"


def has_fixtures(name: str) -> bool:
    return (FIXTURES / name).is_dir()


def run_oracle(name: str) -> OracleRun:
    """Serve set `name`'s hand-written answers through extract_article, merge, score."""
    folder, gold = set_paths(name)
    articles, errors = load_articles([folder])
    if errors:
        raise AssertionError(f"unreadable articles: {errors}")
    unique, repeated = same_texts(articles)
    endpoint = Endpoint(
        model=MODEL,
        base_url="http://oracle.invalid/v1",  # never contacted: the transport answers
        api_key="oracle",
        mode=Mode.json_schema,
        backend="oracle",
        retry=RetryPolicy(backoff=0.0),
    )
    # No re-ask: a perfect answer the validators reject is salvaged item by item, and each
    # item dropped is reported (as for the recorded model, recorded with max_reasks 0).
    settings = ExtractionSettings(model=MODEL, passes=Passes.focused, max_reasks=0)
    control = RunControl(endpoint.retry)
    extractions, reports = [], []
    for article in unique:
        path = fixture_path(name, article)
        if not path.is_file():
            raise FixtureError(f"no oracle fixture for {article.path}: write {path}")
        fixture = yaml.safe_load(path.read_text(encoding="utf-8"))
        transport = OracleTransport(answers_for(article, fixture))
        extraction, report = extract_article(
            article, endpoint.client(transport=transport), settings, control
        )
        if sorted(transport.asked) != sorted(PASSES):
            raise AssertionError(f"{article.id}: passes asked {transport.asked}")
        extractions.append(extraction)
        reports.append(report)
    repeats = {
        a.id: Repeat(path=a.path, same_as=repeated[a.id].id) for a in articles if a.id in repeated
    }
    briefing = merge(extractions, repeats)
    texts = {a.id: a.text for a in articles}
    return OracleRun(name, briefing, extractions, reports, score(briefing, load_gold(gold), texts))


def main(names: Iterable[str]) -> None:
    for name in names:
        run = run_oracle(name)
        print(run.table())
        print(run.code_changes())
        print()


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
