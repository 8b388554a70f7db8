"""The indexed and memoised merge gives what the plain rules give (issue #12).

The merge keeps indexes and memos so that it grows linearly with its input; these
properties check them against the rules they stand for, on the HAND-WRITTEN fixtures
perturbed by hypothesis:

* ceasefire clusters: `ceasefires._clusters` (clusters indexed by day and clock) against
  checking every cluster with `ceasefires._fits`, as the rule is written;
* affiliations: `affiliations.affiliations` (each distinct sentence read once) against
  the plain rule, every sentence read as often as it is cited, on sentences repeated any
  number of times;
* replicated articles: many copies of the fixtures merge in one briefing per copy count.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "handwritten"))

import armenia_azerbaijan_2022 as seeds
import israel_gaza_2021 as gaza

from summarizer.merge import ceasefires, context, episodes
from summarizer.merge.briefing import _canonical, merge
from summarizer.models import ArticleExtraction
from summarizer.reference import affiliations

ALL = seeds.extractions() + gaza.extractions()
MENTIONS = [c for e in ALL for c in e.ceasefires]
NAMES = sorted({n for c in MENTIONS for n in [c.announced_by, *c.mediators, *c.parties] if n})
# HAND-WRITTEN truce times besides the fixtures': dated and undated, zoned and local.
TEXTS = sorted(
    {c.effective_at_text for c in MENTIONS if c.effective_at_text}
    | {
        "9.00 am Moscow time",
        "9am Moscow time on September 14",
        "midnight on Thursday",
        "2 a.m. (2300 GMT Thursday)",
        "on Tuesday",
        "September 13",
        "from 6 p.m. local time",
    }
)
STATUSES = ["announced", "holding", "violated", "collapsed", "unconfirmed", "unknown"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _renamed(value: Any, source: str) -> Any:
    """The extraction as another article's: its id, and its evidence citing that id."""
    if isinstance(value, dict):
        return {k: source if k == "source" else _renamed(v, source) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, source) for v in value]
    return value


_MENTION = st.fixed_dictionaries(
    {
        "announced_by": st.none() | st.sampled_from(NAMES),
        "mediators": st.lists(st.sampled_from(NAMES), max_size=2, unique=True),
        "parties": st.lists(st.sampled_from(NAMES), max_size=3, unique=True),
        "effective_at_text": st.none() | st.sampled_from(TEXTS),
        "status": st.sampled_from(STATUSES),
    }
)


@st.composite
def _articles(draw: st.DrawFn) -> list[ArticleExtraction]:
    """Fixture articles, copied under new ids, their truces' actors, times and status
    redrawn: clusters on the same day and clock, with compatible and clashing voices."""
    picked = draw(st.lists(st.sampled_from(range(len(ALL))), min_size=1, max_size=10))
    out = []
    for n, i in enumerate(picked):
        data = ALL[i].model_dump(mode="json")
        if draw(st.booleans()):
            data["time_mentions"] = []  # undated truces: matched by clock, or reports
        for mention in data["ceasefires"]:
            if draw(st.booleans()):
                mention.update(draw(_MENTION))
        out.append(ArticleExtraction.model_validate(_renamed(data, f"{data['source']}-{n}")))
    return out


def _clusters_by_scan(truces: list[ceasefires._Truce]) -> tuple[dict[str, list[int]], set[int]]:
    """The clustering rule as written: every untimed mention checked against every cluster."""
    clusters = ceasefires._timed_clusters(truces)  # by instant: no index involved
    loose: dict[str, list[ceasefires._Truce]] = defaultdict(list)
    aside: set[int] = set()
    named_by_day = []
    for truce in truces:
        if truce.at is not None:
            continue
        # the one truce the mention's own article times, if it times one
        timed_here = [
            k
            for k, members in clusters.items()
            if any(m.at is not None and m.article.source == truce.article.source for m in members)
        ]
        fits = [
            k
            for k, members in sorted(clusters.items())
            if ceasefires._fits(truce, members, sole_timed=timed_here == [k])
        ]
        first_day = {
            k: min(d for m in ms for d in m.days)
            for k, ms in clusters.items()
            if any(m.days for m in ms)
        }
        fits = ceasefires.last_begun(truce, fits, first_day)
        if not fits and truce.agreed is not None:
            named_by_day.append(truce)  # "the truce agreed on Wednesday": weighed below
            continue
        if truce.starts and truce.reports and truce.day is not None:
            # A report naming the day its truce began joins a truce of that day, if any.
            on_day = [
                k for k in fits if truce.day in {m.day for m in clusters[k] if m.day is not None}
            ]
            fits = on_day or fits
        if ceasefires._bare(truce) and len(fits) != 1:
            aside.add(id(truce))
        elif len(fits) == 1:
            clusters[fits[0]].append(truce)
        else:
            loose[ceasefires._loose_key(truce)].append(truce)
    for truce in named_by_day:
        found = ceasefires._agreed_that_day(truce, (clusters, loose))
        if found is not None:
            (clusters if found in clusters else loose)[found].append(truce)
        elif ceasefires._bare(truce):
            aside.add(id(truce))
        else:
            loose[ceasefires._loose_key(truce)].append(truce)
    # (the loose truces one day's compatible reports name are joined after, in both)
    clusters.update(ceasefires._joined(loose))
    return {k: [id(t) for t in ts] for k, ts in clusters.items()}, aside


@FAST
@given(_articles())
def test_indexed_clusters_are_the_scanned_clusters(articles: list[ArticleExtraction]) -> None:
    ordered = _canonical(articles)
    ctx = context.Context.build(ordered, episodes.decide(ordered))
    truces = [
        ceasefires._truce(ctx, a, m)
        for a, m in ctx.kept("ceasefire", lambda a: a.ceasefires, ceasefires._describe)
    ]
    before = len(ctx.set_aside)
    got = ceasefires._clusters(truces, ctx)
    want, aside = _clusters_by_scan(truces)
    assert {k: [id(t) for t in ts] for k, ts in got.items()} == want
    assert len(ctx.set_aside) - before == len(aside)


SENTENCES = affiliations.evidence_sentences(ALL)


def read_every_time(sentences: list[str]) -> dict[str, str]:
    """The plain rule: every cited sentence read as often as it is cited."""
    return affiliations.decide(affiliations.learn([s for s in sentences if s and s.strip()]))


@FAST
@given(st.lists(st.sampled_from(SENTENCES), max_size=60))
def test_affiliations_read_once_count_as_often(sentences: list[str]) -> None:
    assert affiliations.affiliations(sentences) == read_every_time(sentences)


def test_affiliations_of_every_fixture_sentence_repeated() -> None:
    repeated = SENTENCES * 3 + SENTENCES[:7]
    assert affiliations.affiliations(repeated) == read_every_time(repeated)


def test_many_copies_merge_like_their_rules_say() -> None:
    """Copies under new ids add their evidence to the same items: 50 copies of the seeds
    give the items of one copy, and the status and time disputes stay as they were."""
    data = [e.model_dump(mode="json") for e in seeds.extractions()]
    one = merge(seeds.extractions())
    many = merge(
        [
            ArticleExtraction.model_validate(_renamed(d, f"{d['source']}-{n:02d}"))
            for n in range(50)
            for d in data
        ]
    )
    assert [a.id for a in many.ceasefire_attempts] == [a.id for a in one.ceasefire_attempts]
    assert [c.id for c in many.casualty_claims] == [c.id for c in one.casualty_claims]
    assert [d.kind for d in many.disagreements] == [d.kind for d in one.disagreements]
    assert len(many.sources) == 50 * len(one.sources)


def test_a_sentence_cited_twice_votes_twice() -> None:
    # HAND-WRITTEN sentences, an invented person: the republished one outvotes the other.
    wire = "Portugal's foreign minister, Ada Pell, said the talks would go on."
    other = "Chile's foreign minister, Ada Pell, said the talks had failed."
    assert affiliations.affiliations([wire, other]).get("Ada Pell") is None  # a tie
    assert affiliations.affiliations([wire, wire, other])["Ada Pell"] == "portugal"
