"""Per-article extraction: one instructor call per pass, grounded by the pass validators.

When re-asks run out, the last answer is not thrown away whole: each item is
validated on its own, valid items are kept and invalid ones are dropped with their
reason (reported in the run metadata). Nothing invalid is kept; nothing is lost
silently.

An answer that is no answer (an error page, empty, a refusal, cut off) is asked
again, up to RetryPolicy.answer_attempts. A pass that still fails leaves the article
partial: its other passes count, the report names the missing pass and why, and the
pipeline does not cache it. An article whose every pass failed raises ExtractionError.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

import instructor
from instructor.core import Hooks, IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError

from summarizer.errors import (
    AnswerFault,
    Cancelled,
    EndpointDown,
    ExtractionError,
    InternalError,
    RecordingError,
)
from summarizer.extract import figures, found_truces
from summarizer.extract.client import (
    RunControl,
    answer_fault,
    raw_json_text,
    redact_url,
    transport_error,
    with_transport_retries,
)
from summarizer.extract.grounding import truce_status
from summarizer.extract.passes import (
    FIGURES,
    ITEM_FIELDS,
    PASS_MODES,
    CasualtiesResponse,
    CasualtyItem,
    CeasefiresResponse,
    Pass,
    to_fields,
)
from summarizer.extract.prompting import messages_for
from summarizer.extract.requests import ExtractionSettings as ExtractionSettings
from summarizer.extract.requests import requests_for as requests_for
from summarizer.extract.roles import discover_mediators, discover_reactions
from summarizer.extract.speakers import speakers
from summarizer.extract.truce_wording import (
    TRUCE_WORDING,
    names_old_beside_new,
    speaks_of_truce,
)
from summarizer.models import ArticleExtraction, CeasefireMention, TimeMention
from summarizer.read.articles import Article, Withheld
from summarizer.recording import is_miss
from summarizer.reference import timeline
from summarizer.report import ArticleReport, DroppedItem, PassReport

# What instructor re-asks on; anything else wrapped in InstructorRetryException is not
# about the answer (transport, a missing recording, a refused request).
_REASKABLE = (ValidationError, json.JSONDecodeError)

# instructor logs every failed attempt; the run metadata records them already. A
# NullHandler keeps the library quiet without overriding an application's logging setup.
logging.getLogger("instructor").addHandler(logging.NullHandler())


def extract_article(
    article: Article,
    client: instructor.Instructor,
    settings: ExtractionSettings,
    control: RunControl | None = None,
) -> tuple[ArticleExtraction, ArticleReport]:
    """Run every pass over one article and assemble its ArticleExtraction.

    A failed pass is named in `report.missing`; when every pass failed, ExtractionError.
    Interrupts (Cancelled) and a dead endpoint (EndpointDown) propagate.
    """
    control = control or RunControl()
    started = time.perf_counter()
    report = ArticleReport(
        source=article.id,
        path=article.path,
        withheld=[
            f"{w.start}-{w.end}: {w.reason}: {_excerpt(article, w)}" for w in article.withheld
        ],
    )
    fields: dict[str, Any] = {}
    failures: list[ExtractionError] = []
    for spec in PASS_MODES[settings.passes]:
        pass_report = PassReport(name=spec.name)
        report.passes.append(pass_report)
        try:
            response, dropped = _run_pass(spec, article, client, settings, control, pass_report)
            response = _with_wording(spec, response, article, pass_report)
            pass_fields = to_fields(response, article) if response is not None else {}
        except (Cancelled, EndpointDown):
            raise
        except Exception as exc:
            if not isinstance(exc, ExtractionError):
                # A bug in reading this pass's answer costs this pass, not the run.
                exc = InternalError.while_reading(f"{article.id}: pass {spec.name}", exc)
            failures.append(exc)
            report.missing.append(spec.name)
            pass_report.error = str(exc)
            continue
        report.dropped.extend(dropped)
        fields.update(pass_fields)
    if failures and all(p.error for p in report.passes if p.error or p.attempts):
        # Nothing extracted: one error for the article, its cause said once if shared.
        causes = sorted({str(f).split(": ", 2)[-1] for f in failures})
        if len(causes) == 1:
            raise ExtractionError(f"{article.id}: {causes[0]}") from failures[0]
        raise ExtractionError("; ".join(str(f) for f in failures)) from failures[0]
    # Time references and who speaks for whom are lexical: read by stated rules.
    fields["time_mentions"] = time_mentions(article)
    fields["speakers"] = speakers(article)
    if "ceasefires" in fields:
        # How a truce fares, said in a sentence no truce item cites ("despite a unilateral
        # truce", "had violated the ceasefire"): a status report, placed by the merge.
        fields["ceasefires"] = [*fields["ceasefires"], *_status_reports(article, fields)]
    if "actors" in fields:
        # A go-between the wording names ("convened by X's president") but the model missed.
        listed = [a.name for a in fields["actors"]]
        fields["actors"] = [
            *fields["actors"],
            *discover_mediators(article, listed, fields["actors"]),
        ]
    if "reactions" in fields:
        # A reaction the wording states ("Strelsau condemned the attack") but the model missed.
        reactors = [r.actor for r in fields["reactions"]]
        fields["reactions"] = [*fields["reactions"], *discover_reactions(article, reactors)]
    report.seconds = round(time.perf_counter() - started, 3)
    extraction = ArticleExtraction(
        source=article.id,
        path=article.path,
        sha256=article.sha256,
        title=article.title,
        # The article's anchor: its metadata, else its byline or dateline ("--12-03"
        # when the dateline gives no year; the merge supplies the episode's).
        published_at=article.anchor.iso(),
        published_updated=article.anchor.updated,
        dateline=list(article.dateline),
        **fields,
    )
    return extraction, report


class _EveryCasualty(BaseModel):
    """A casualties answer with the figures read from the wording: no bound on its length."""

    casualties: list[CasualtyItem]


def time_mentions(article: Article) -> list[TimeMention]:
    """Every date expression of the article's sentences, labelled from its anchor
    (timeline.refers_to), and every count of the war's age ("nearly 17 years of war"):
    lexical, read by the time model, never asked of the model. A wire dateline's date is the
    anchor, not an event of its sentence; nor is a page's handling stamp ("Last updated 05
    Mar 2018"), perhaps years after it, nor a link to other news."""
    day = article.anchor.day
    dates = [
        TimeMention(
            text=expr.text,
            refers_to=timeline.refers_to(expr, sentence.text, day),
            evidence=[article.evidence(sentence.index)],
        )
        for sentence in article.sentences
        # (not a link to other news: "> The second truce is signed (January 2032)")
        if sentence.index not in article.link_lines
        for expr in timeline.expressions(sentence.text)
        if expr.start >= timeline.dateline_end(sentence.text)
        and not timeline.handling_stamp(sentence.text, expr.start)
    ]
    # (how long the war has gone on, "nearly 17 years of war", dates a report by the war's
    # start; "six weeks of fighting" reaches back to the episode: summarizer.merge.episodes)
    ages = [
        TimeMention(text=age, refers_to="this_episode", evidence=[article.evidence(sentence.index)])
        for sentence in article.sentences
        for age in (*timeline.war_ages(sentence.text), *timeline.fighting_spells(sentence.text))
    ]
    return dates + ages


_SINCE_IT_FAILED = re.compile(
    r"\bsince\s+(?:the|a|an|its|their)\b[^.;]*?\b(?:broke\s+down|collapsed|failed|ended|"
    r"was\s+broken|fell\s+apart)\b",
    re.IGNORECASE,
)


def _status_reports(article: Article, fields: dict[str, Any]) -> list[CeasefireMention]:
    cited = {e.sentence for c in fields["ceasefires"] for e in c.evidence}
    reports = []
    for sentence in article.sentences:
        if sentence.index in cited or not speaks_of_truce(sentence.text):
            continue
        status = truce_status("announced", sentence.text)
        if (
            status in {"violated", "collapsed"}
            and names_old_beside_new(sentence.text)
            and timeline.agreed_on(sentence.text) is None
        ):
            # "Truce collapses, fresh ceasefire agreed": the old truce's, not the new, and
            # which is the old one only the day it was agreed on says (the merge reads it)
            continue
        if len(TRUCE_WORDING.findall(sentence.text)) >= 2 and _SINCE_IT_FAILED.search(
            sentence.text
        ):
            # "the first ceasefire since the truce declared in June broke down": the status
            # of the truce before this one, in the clause that dates this one by it
            continue
        if status in {"violated", "collapsed", "holding"}:
            reports.append(
                CeasefireMention(
                    announced_by=None,
                    mediators=[],
                    parties=[],
                    effective_at_text=None,
                    status=status,  # type: ignore[arg-type]
                    evidence=[article.evidence(sentence.index)],
                )
            )
    return reports


def _excerpt(article: Article, span: Withheld) -> str:
    return " ".join(article.text[span.start : span.end].split())[:160]


class _Usage:
    """Collects every completion of one pass (first answer and re-asks)."""

    def __init__(self) -> None:
        self.completions: list[Any] = []
        self.transport_retries = 0

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on("completion:response", self.completions.append)
        return hooks

    def fill(self, report: PassReport) -> None:
        report.attempts = len(self.completions)
        report.transport_retries = self.transport_retries
        for completion in self.completions:
            usage = getattr(completion, "usage", None)
            report.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
            report.completion_tokens += getattr(usage, "completion_tokens", 0) or 0


def _with_wording(
    spec: Pass, response: BaseModel | None, article: Article, pass_report: PassReport
) -> BaseModel | None:
    """The pass's answer completed by what the article's own wording states."""
    if isinstance(response, CasualtiesResponse) and spec is not FIGURES:
        # Figures whose own words say what happened and to whom, that the model left out.
        counts = {c.count for c in response.casualties}
        context = {"article": article, "realigned": []}
        given = [c.model_dump() for c in response.casualties]
        extra = figures.from_wording(article, counts, context, given)
        if extra:
            pass_report.realigned.append(
                f"{len(extra)} figure(s) read from the wording: "
                + ", ".join(str(x["count"]) for x in extra)
            )
        beside = figures.siblings(article, [*given, *extra], context)
        if beside:
            pass_report.realigned.append(
                f"{len(beside)} figure(s) read beside another in its sentence: "
                + ", ".join(f"{x['count']} {x['outcome']}" for x in beside)
            )
            extra = [*extra, *beside]
        if extra:
            # (the schema's bound is on what the model writes: figures read from the
            # wording are not cut to fit it, nor may they fail the article)
            items = [*(c.model_dump() for c in response.casualties), *extra]
            every = _EveryCasualty.model_validate({"casualties": items}, context=context)
            response = CasualtiesResponse.model_construct(casualties=every.casualties)
    if isinstance(response, CeasefiresResponse):
        # Timed truces the wording states that the model left out.
        notes: list[str] = []
        context = {"article": article, "realigned": notes}
        read = found_truces.from_wording(article, response.ceasefires, context)
        if read:
            pass_report.realigned.append(
                f"{len(read)} truce(s) read from the wording: "
                + ", ".join(repr(x.effective_at_text) for x in read)
            )
            pass_report.realigned.extend(notes)
            response = response.model_copy(update={"ceasefires": [*response.ceasefires, *read]})
    return response


def _run_pass(
    spec: Pass,
    article: Article,
    client: instructor.Instructor,
    settings: ExtractionSettings,
    control: RunControl,
    report: PassReport,
) -> tuple[BaseModel | None, list[DroppedItem]]:
    usage = _Usage()
    realigned: list[str] = []  # appended to by the validators (summarizer.alignment)
    context = {"article": article, "realigned": realigned}
    started = time.perf_counter()
    found = figures.figures(article) if spec is FIGURES else []
    if spec is FIGURES and not found:
        # No number in a casualty clause: nothing to classify, so no model call.
        return CasualtiesResponse(casualties=[]), []
    response_model = figures.response_model(found) if spec is FIGURES else spec.response_model
    where = f"{article.id}: pass {spec.name}"

    def call() -> BaseModel:
        usage.completions.clear()  # a transport retry starts the pass over
        result: BaseModel = client.create(
            response_model=response_model,
            messages=messages_for(spec.name, article, found),  # type: ignore[arg-type]
            model=settings.model,
            max_retries=settings.max_reasks,
            context=context,
            hooks=usage.hooks(),
            temperature=settings.temperature,
            max_tokens=settings.max_tokens,
            seed=settings.seed,
        )
        return result

    def count_retry(_: BaseException) -> None:
        usage.transport_retries += 1

    response: BaseModel | _Salvage | None = None
    try:
        for attempt in range(1, control.policy.answer_attempts + 1):
            try:
                response = with_transport_retries(call, control=control, on_retry=count_retry)
                break
            except (Cancelled, EndpointDown):
                raise
            except Exception as exc:
                fault = _answer_fault(exc, settings)
                if fault is None and _reaskable(exc):
                    try:
                        response = _salvaged(spec, article, usage, exc, context, found, report)
                        break
                    except AnswerFault as unusable:  # nothing in it fits: ask again
                        fault = unusable
                if fault is None:
                    raise ExtractionError(f"{where}: {describe(exc)}") from exc
                report.answer_faults.append(str(fault))
                if attempt == control.policy.answer_attempts:
                    raise ExtractionError(
                        f"{where}: {fault} ({attempt} attempt(s); "
                        f"RetryPolicy.answer_attempts={control.policy.answer_attempts})"
                    ) from exc
                control.sleep(control.policy.backoff * attempt)
    finally:
        usage.fill(report)
        report.seconds = round(time.perf_counter() - started, 3)
    dropped: list[DroppedItem] = []
    if isinstance(response, _Salvage):
        dropped = response.dropped
        response = response.response
    if spec is FIGURES and response is not None:
        kept, rejected = figures.to_casualty_items(response, found, context)
        dropped += [
            DroppedItem(
                source=article.id,
                pass_name=spec.name,
                field="casualties",
                item=json.dumps(raw, ensure_ascii=False, sort_keys=True),
                reason=reason,
            )
            for raw, reason in rejected
        ]
        response = CasualtiesResponse.model_validate({"casualties": kept}, context=context)
    report.realigned = sorted(set(realigned))
    return response, dropped


@dataclass(frozen=True)
class _Salvage:
    """The valid part of an answer whose re-asks ran out, and what was dropped."""

    response: BaseModel
    dropped: list[DroppedItem]


def _answer_fault(exc: BaseException, settings: ExtractionSettings) -> AnswerFault | None:
    if isinstance(exc, IncompleteOutputException):  # clients without our answer check
        return AnswerFault(f"the answer was cut off at max_tokens={settings.max_tokens}")
    fault = answer_fault(exc)
    if fault is not None and "max_tokens" in str(fault):
        return AnswerFault(f"the answer was cut off at max_tokens={settings.max_tokens}")
    return fault


def _reaskable(exc: BaseException) -> bool:
    """Re-asks ran out on an answer that is JSON but does not validate: salvage it."""
    return (
        isinstance(exc, InstructorRetryException)
        and transport_error(exc) is None
        and isinstance(exc.__cause__, _REASKABLE)
    )


def _salvaged(
    spec: Pass,
    article: Article,
    usage: _Usage,
    exc: Exception,
    context: dict[str, Any],
    found: list[Any],
    report: PassReport,
) -> _Salvage:
    if not usage.completions:
        raise AnswerFault(f"no answer to salvage ({exc})")
    report.salvaged = True
    if spec is FIGURES:
        response = figures.salvage(raw_json_text(usage.completions[-1]), found)
        return _Salvage(response=response, dropped=[])
    response, dropped = _salvage(spec, article, usage.completions[-1], exc, context)
    return _Salvage(response=response, dropped=dropped)


def describe(exc: BaseException) -> str:
    """What went wrong, for the report: the cause a user can act on, no secrets."""
    seen: BaseException | None = exc
    while seen is not None:
        if is_miss(seen):
            return (
                "no recorded response matches this request (replay never goes live): the "
                "article, prompts or settings changed since recording; re-record with --record"
            )
        if isinstance(seen, RecordingError | FileNotFoundError):
            return str(seen)
        fault = transport_error(seen)
        if fault is not None:
            return f"the endpoint kept failing after retries: {_said(fault)}"
        status = getattr(seen, "status_code", None)
        if isinstance(status, int) and 400 <= status < 500:
            said = _said(seen)
            hint = ""
            if "context" in said.lower() and ("length" in said.lower() or "token" in said):
                hint = "; the article is too long for the model's context: split it"
            return f"the endpoint refused the request ({status}): {said}{hint}"
        seen = seen.__cause__ or seen.__context__
    return str(exc)


def _said(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    request = getattr(exc, "request", None)
    url = str(getattr(request, "url", "") or "")
    if url:
        text = text.replace(url, redact_url(url) or "")
    return text[:300]


def _salvage(
    spec: Pass,
    article: Article,
    completion: Any,
    exc: Exception,
    context: dict[str, Any] | None = None,
) -> tuple[BaseModel, list[DroppedItem]]:
    """Keep the valid items of the last answer; drop each invalid one with its reason."""
    text = raw_json_text(completion)
    try:
        data = json.loads(text or "")
    except json.JSONDecodeError as err:
        raise AnswerFault(f"the model's answer is not JSON ({err.msg}) after re-asks") from exc
    if not isinstance(data, dict):
        raise AnswerFault("the model's answer is not a JSON object")
    context = context or {"article": article}
    kept: dict[str, Any] = {}
    dropped: list[DroppedItem] = []
    for name, value in data.items():
        if name not in ITEM_FIELDS or not isinstance(value, list):
            kept[name] = value
            continue
        item_model = ITEM_FIELDS[name][0]
        kept[name] = []
        for raw in value:
            try:
                item_model.model_validate(raw, context=context)
                kept[name].append(raw)
            except ValidationError as err:
                dropped.append(
                    DroppedItem(
                        source=article.id,
                        pass_name=spec.name,
                        field=name,
                        item=json.dumps(raw, ensure_ascii=False, sort_keys=True),
                        reason="; ".join(e["msg"] for e in err.errors()),
                    )
                )
    try:
        response = spec.response_model.model_validate(kept, context=context)
    except ValidationError as err:
        # Not an item fault (e.g. an ungrounded location): drop those fields' values.
        for error in err.errors():
            field = str(error["loc"][0]) if error["loc"] else ""
            if field in kept and field not in ITEM_FIELDS:
                dropped.append(
                    DroppedItem(
                        source=article.id,
                        pass_name=spec.name,
                        field=field,
                        item=json.dumps(kept[field], ensure_ascii=False),
                        reason=error["msg"],
                    )
                )
                kept[field] = None
        try:
            response = spec.response_model.model_validate(kept, context=context)
        except ValidationError as still:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in still.errors()
            )
            raise AnswerFault(
                f"the model's answer does not fit the schema after re-asks ({problems[:200]})"
            ) from exc
    return response, dropped
