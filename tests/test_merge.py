"""merge() on the HAND-WRITTEN seed fixtures: the facts an analyst would sign."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "handwritten"))

import armenia_azerbaijan_2022 as seeds

from summarizer.merge.briefing import merge
from summarizer.models import Briefing

SEED_001 = "001_f57797828b104370"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return merge(seeds.extractions())


def _estimate(b: Briefing, side: str, outcome: str = "killed") -> tuple[int, int, int, str]:
    [e] = [e for e in b.casualties if e.side == side and e.outcome == outcome]
    return e.low, e.best, e.high, e.basis


def test_empty_input_gives_a_valid_briefing() -> None:
    b = merge([])
    assert b.casualties == [] and b.sources == []
    Briefing.model_validate_json(b.model_dump_json())


def test_episode(briefing: Briefing) -> None:
    assert briefing.episode.title == "Armenia\u2013Azerbaijan border clashes, 13\u201314 Sep 2022"
    assert (briefing.episode.start, briefing.episode.end) == ("2022-09-13", "2022-09-14")
    assert [a.id for a in briefing.belligerents] == ["armenia", "azerbaijan"]
    assert [a.id for a in briefing.mediators] == ["russia"]
    assert {a.country for a in briefing.belligerents} == {"ARM", "AZE"}


def test_armenia_105_supersedes_49(briefing: Briefing) -> None:
    _, best, _, _ = _estimate(briefing, "armenia")
    assert best == 105
    statuses = {
        c.count: c.status
        for c in briefing.casualty_claims
        if c.side == "armenia"
        and c.claimant == "armenia"
        and c.outcome == "killed"
        and c.status != "out_of_episode"
    }
    assert statuses == {49: "superseded", 105: "current"}
    [c49] = [c for c in briefing.casualty_claims if c.id == "armenia-killed-military-49-by-armenia"]
    assert {e.source for e in c49.evidence} == {"002_f3a6168e9b557d6c", "003_6f6485ac6c360f71"}


def test_enemy_claim_kept_apart(briefing: Briefing) -> None:
    [enemy] = [
        c for c in briefing.casualty_claims if c.side == "armenia" and c.claimant == "azerbaijan"
    ]
    assert (enemy.count, enemy.qualifier, enemy.status) == (100, "up_to", "current")
    assert any(d.kind == "figures_differ" and enemy.id in d.claims for d in briefing.disagreements)


def test_azerbaijan_50_and_total_consistent(briefing: Briefing) -> None:
    assert _estimate(briefing, "azerbaijan")[1] == 50
    _, best, _, basis = _estimate(briefing, "total")
    assert best == 155
    assert "consistent with per-side sum" in basis and "NOT" not in basis
    assert not [d for d in briefing.disagreements if d.kind == "total_inconsistent"]


def test_two_ceasefires(briefing: Briefing) -> None:
    first, second = briefing.ceasefire_attempts
    assert first.effective_at == "2022-09-13T06:00:00+00:00"
    assert first.status == "violated"
    assert [h.status for h in first.history] == ["announced", "violated"]
    assert first.mediators == ["russia"]
    assert second.effective_at == "2022-09-14T16:00:00+00:00"
    assert second.status == "unconfirmed"
    assert second.announced_by == "armenia"
    assert any(
        d.kind == "unconfirmed_ceasefire" and d.claims == [second.id]
        for d in briefing.disagreements
    )


def test_seed_001_set_aside(briefing: Briefing) -> None:
    [source] = [s for s in briefing.sources if s.id == SEED_001]
    assert source.in_episode is False and source.reason and "2021" in source.reason
    assert all(s.in_episode for s in briefing.sources if s.id != SEED_001)
    own = [c for c in briefing.casualty_claims if any(e.source == SEED_001 for e in c.evidence)]
    assert own and all(c.status == "out_of_episode" for c in own)
    truce = [s for s in briefing.set_aside if s.source == SEED_001 and s.kind == "ceasefire"]
    assert len(truce) == 1 and "18.30" in truce[0].item
    assert all(SEED_001 not in e.source for a in briefing.ceasefire_attempts for e in a.evidence)


def test_reactions(briefing: Briefing) -> None:
    actors = {r.actor for r in briefing.reactions}
    assert {"russia", "united-states", "france", "turkey", "csto"} <= actors
    # The fighting sides' own statements are not international reactions ...
    assert not actors & {"armenia", "azerbaijan"}
    assert any("is a party to the fighting" in s.reason for s in briefing.set_aside)
    # ... but their trading blame is a disagreement, citing their sentences.
    [blame] = [d for d in briefing.disagreements if d.kind == "mutual_blame"]
    assert blame.description == "armenia and azerbaijan each blame the other for the fighting"
    assert blame.claims and all("#" in c for c in blame.claims)


def test_reaction_ids_are_unique_content_slugs(briefing: Briefing) -> None:
    ids = [r.id for r in briefing.reactions]
    assert len(set(ids)) == len(ids)
    assert "russia-call-for-restraint" in ids
    assert all(r.id == f"{r.actor}-{r.stance.replace('_', '-')}" for r in briefing.reactions)


def test_disagreements_name_items_of_the_briefing(briefing: Briefing) -> None:
    named = {
        *(c.id for c in briefing.casualty_claims),
        *(a.id for a in briefing.ceasefire_attempts),
        *(r.id for r in briefing.reactions),
        # mutual blame cites the parties' own sentences (they are not reactions)
        *(
            f"{e.source}#{e.sentence}"
            for s in seeds.extractions()
            for r in s.reactions
            for e in r.evidence
        ),
    }
    assert briefing.disagreements
    for d in briefing.disagreements:
        assert d.claims and set(d.claims) <= named, d


def test_background_figure_from_2020_is_out_of_episode(briefing: Briefing) -> None:
    [old] = [c for c in briefing.casualty_claims if c.count == 200]
    assert old.status == "out_of_episode"
    assert any(s.kind == "casualty" and "2020" in s.reason for s in briefing.set_aside)


def test_reverse_order_is_byte_identical(briefing: Briefing) -> None:
    again = merge(list(reversed(seeds.extractions())))
    assert again.model_dump_json(indent=2) == briefing.model_dump_json(indent=2)


def test_vague_word_is_coded_by_the_stated_rule() -> None:
    seed = seeds.seed_000()
    hundreds = [
        c.model_copy(update={"count": 7, "qualifier": "exact"})
        for c in seed.casualties
        if c.count == 200
    ]
    lone = seed.model_copy(update={"casualties": hundreds, "time_mentions": []})
    [claim] = merge([lone]).casualty_claims
    assert (claim.count, claim.qualifier) == (200, "at_least")  # "hundreds" -> low 200
    [estimate] = merge([lone]).casualties
    assert (estimate.low, estimate.best, estimate.high) == (200, 200, 999)


def test_inconsistent_total_is_a_disagreement() -> None:
    items = seeds.extractions()
    last = items[-1]
    wrong = [
        c.model_copy(update={"count": 170}) if c.side == "total" else c for c in last.casualties
    ]
    b = merge([*items[:-1], last.model_copy(update={"casualties": wrong})])
    _, best, _, basis = _estimate(b, "total")
    assert best == 170 and "NOT consistent" in basis
    assert any(d.kind == "total_inconsistent" for d in b.disagreements)


def _with_list_line(*, ruritania_is_a_party: bool) -> Briefing:
    """A seed article with a line of other news under its text ("- Ruritania: 28 bodies
    found in Klow ...", page furniture under a header like "Elsewhere"), which a model
    counted as a figure of the episode (hand-written)."""
    from summarizer.models import ActorMention, CasualtyMention, Evidence

    items = seeds.extractions()
    last = items[-1]
    line = "- Ruritania: 28 bodies found in Klow after killings blamed on rebels"
    evidence = Evidence(source=last.source, sentence=99, start=0, end=len(line), text=line)
    figure = CasualtyMention(
        side="Ruritania",
        outcome="killed",
        category="civilian",
        count=28,
        qualifier="exact",
        claimant="unattributed",
        evidence=[evidence],
    )
    actors = list(last.actors)
    if ruritania_is_a_party:
        said = "Ruritanian troops crossed the border at dawn."
        actors.append(
            ActorMention(
                name="Ruritania",
                role="belligerent",
                evidence=[
                    Evidence(source=last.source, sentence=98, start=0, end=len(said), text=said)
                ],
            )
        )
    changed = last.model_copy(update={"casualties": [*last.casualties, figure], "actors": actors})
    return merge([*items[:-1], changed])


def test_a_list_line_of_other_news_is_not_a_figure_of_the_episode() -> None:
    b = _with_list_line(ruritania_is_a_party=False)
    [claim] = [c for c in b.casualty_claims if c.count == 28]
    assert claim.status == "out_of_episode"
    assert not [e for e in b.casualties if e.side == claim.side]  # no best figure for it
    assert any("list line" in s.reason for s in b.set_aside)


def test_a_list_line_about_a_party_of_the_episode_stays_a_figure() -> None:
    b = _with_list_line(ruritania_is_a_party=True)
    [claim] = [c for c in b.casualty_claims if c.count == 28]
    assert claim.status == "current"
