"""Properties of merge(), checked with hypothesis on the HAND-WRITTEN fixtures.

* order independence: any permutation gives a byte-identical briefing;
* idempotence: an extraction given twice counts once (chosen semantics: exact duplicates
  are dropped before merging);
* nothing lost: every input item is in the briefing or in set_aside with a reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "handwritten"))

import armenia_azerbaijan_2022 as seeds
import israel_gaza_2021 as gaza

from summarizer.actors import party
from summarizer.merge import merge
from summarizer.models import ArticleExtraction, Briefing, Evidence

SEEDS = seeds.extractions()
GAZA = gaza.extractions()
ALL = SEEDS + GAZA
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _json(items: list[ArticleExtraction]) -> str:
    return merge(items).model_dump_json(indent=2)


@FAST
@given(st.permutations(SEEDS))
def test_seed_order_does_not_matter(order: list[ArticleExtraction]) -> None:
    assert _json(order) == _json(SEEDS)


@FAST
@given(st.permutations(GAZA))
def test_second_episode_order_does_not_matter(order: list[ArticleExtraction]) -> None:
    assert _json(order) == _json(GAZA)


@FAST
@given(st.lists(st.sampled_from(ALL), max_size=8))
def test_any_subset_any_order_idempotent(picked: list[ArticleExtraction]) -> None:
    unique = {x.model_dump_json(): x for x in picked}
    once = _json(list(unique.values()))
    assert _json(picked) == once  # duplicates count once
    assert _json(list(reversed(picked))) == once
    assert _json(picked + picked) == once


def _refs(evidence: list[Evidence]) -> set[tuple[str, int]]:
    return {(e.source, e.sentence) for e in evidence}


def _aside(b: Briefing, source: str, kind: str, evidence: list[Evidence]) -> bool:
    tags = {f"{e.source}#{e.sentence}" for e in evidence}
    return any(
        s.source == source and s.kind == kind and s.reason and all(t in s.item for t in tags)
        for s in b.set_aside
    )


def _assert_nothing_lost(items: list[ArticleExtraction], b: Briefing) -> None:
    roles = {
        "belligerent": {a.id for a in b.belligerents},
        "mediator": {a.id for a in b.mediators},
    }
    for x in items:
        for a in x.actors:
            assert party(a.name).id in roles[a.role] or _aside(b, x.source, "actor", a.evidence)
        for c in x.casualties:
            # every figure stays in casualty_claims (current, superseded or out_of_episode)
            assert any(_refs(c.evidence) <= _refs(k.evidence) for k in b.casualty_claims), c
        for f in x.ceasefires:
            assert any(
                _refs(f.evidence) <= _refs(t.evidence) for t in b.ceasefire_attempts
            ) or _aside(b, x.source, "ceasefire", f.evidence)
        for r in x.reactions:
            assert any(_refs(r.evidence) <= _refs(k.evidence) for k in b.reactions) or _aside(
                b, x.source, "reaction", r.evidence
            )


@FAST
@given(st.lists(st.sampled_from(ALL), min_size=1, max_size=8))
def test_no_item_lost(picked: list[ArticleExtraction]) -> None:
    _assert_nothing_lost(picked, merge(picked))


def test_no_item_lost_on_each_fixture_set() -> None:
    for items in (SEEDS, GAZA, ALL):
        _assert_nothing_lost(items, merge(items))


_COUNTS = st.integers(min_value=0, max_value=400)


@FAST
@given(st.lists(st.tuples(st.sampled_from(range(len(ALL))), _COUNTS, st.booleans()), max_size=6))
def test_random_figures_never_break_the_merge(changes: list[tuple[int, int, bool]]) -> None:
    """Perturbed figures: still a valid, order-independent briefing, and never averaged."""
    items = list(ALL)
    for index, count, total in changes:
        x = items[index]
        if not x.casualties:
            continue
        first = x.casualties[0].model_copy(
            update={"count": count, "side": "total" if total else x.casualties[0].side}
        )
        items[index] = x.model_copy(update={"casualties": [first, *x.casualties[1:]]})
    b = merge(items)
    assert b.model_dump_json() == merge(list(reversed(items))).model_dump_json()
    named = {
        *(c.id for c in b.casualty_claims),
        *(a.id for a in b.ceasefire_attempts),
        *(r.id for r in b.reactions),
        *(f"{e.source}#{e.sentence}" for x in items for r in x.reactions for e in r.evidence),
    }
    assert all(set(d.claims) <= named for d in b.disagreements)  # they name real items
    figures = {c.count for c in b.casualty_claims}
    for e in b.casualties:
        assert e.low <= e.best <= e.high or e.best in figures
        assert e.best in figures or "+" in e.basis  # a claimant's figure (or its categories' sum)
