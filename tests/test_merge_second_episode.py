"""The same rules on a second, real episode (Israel-Gaza, May 2021): HAND-WRITTEN fixtures.

Other countries, another time zone (Asia/Jerusalem, +03:00 in May), an armed group as a
belligerent, a truce at 02:00 local that is 23:00 UTC the day before, and an article
about the August 2022 fighting that must be set aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "handwritten"))

import israel_gaza_2021 as gaza

from summarizer.merge.briefing import merge
from summarizer.models import Briefing


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return merge(gaza.extractions())


def test_episode_and_actors(briefing: Briefing) -> None:
    assert briefing.episode.title == "Hamas\u2013Israel fighting, 10\u201321 May 2021"
    hamas, israel = briefing.belligerents
    assert (hamas.id, hamas.kind, hamas.country) == ("hamas", "armed_group", "PSE")
    assert (israel.id, israel.kind, israel.country) == ("israel", "state", "ISR")
    assert [m.id for m in briefing.mediators] == ["egypt"]


def test_later_dated_figure_supersedes(briefing: Briefing) -> None:
    by_id = {c.id: c for c in briefing.casualty_claims}
    assert by_id["palestine-killed-unknown-232-by-palestine"].status == "superseded"
    assert by_id["palestine-killed-unknown-243-by-palestine"].status == "current"
    [palestine] = [e for e in briefing.casualties if e.side == "palestine"]
    [israel] = [e for e in briefing.casualties if e.side == "israel"]
    assert (palestine.best, israel.best) == (243, 12)
    # The two reports of Israel's 12 dead are one claim with both pieces of evidence.
    assert len(by_id["israel-killed-unknown-12-by-israel"].evidence) == 2


def test_at_least_total_is_consistent(briefing: Briefing) -> None:
    [total] = [e for e in briefing.casualties if e.side == "total"]
    assert total.best == 250
    assert "consistent with per-side sum" in total.basis and "= 255" in total.basis
    assert "NOT" not in total.basis


def test_truce_at_2am_local_is_2300_utc_the_day_before(briefing: Briefing) -> None:
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2021-05-20T23:00:00+00:00"
    assert truce.announced_by == "israel" and truce.announced_at == "2021-05-20"
    assert truce.status == "holding"
    assert [h.status for h in truce.history] == ["announced", "holding"]
    assert {e.source for e in truce.evidence} == {"hw_gaza_2021_a", "hw_gaza_2021_b"}


def test_august_2022_article_set_aside(briefing: Briefing) -> None:
    [source] = [s for s in briefing.sources if not s.in_episode]
    assert source.id == "hw_gaza_2022_c" and source.reason and "2022" in source.reason
    [old] = [c for c in briefing.casualty_claims if c.count == 44]
    assert old.status == "out_of_episode"
    [truce] = [s for s in briefing.set_aside if s.kind == "ceasefire"]
    assert "11:30" in truce.item and truce.source == "hw_gaza_2022_c"


def test_reactions_and_blame(briefing: Briefing) -> None:
    assert {"united-states", "un", "eu"} <= {r.actor for r in briefing.reactions}
    [blame] = briefing.disagreements
    assert blame.kind == "mutual_blame"
    assert blame.description == "hamas and israel each blame the other for the fighting"
    assert blame.claims and all("#" in c for c in blame.claims)
    assert not {"hamas", "israel"} & {r.actor for r in briefing.reactions}
