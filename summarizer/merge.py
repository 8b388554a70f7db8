"""Reconcile per-article extractions into one Briefing an analyst would sign.

`merge` is pure: no I/O, no clock, no randomness. Inputs are put in a canonical order
first (by source id, then content), so any permutation of the same extractions gives a
byte-identical briefing. Merging an extraction twice is the same as merging it once:
exact duplicates are dropped before anything else.

The rules, in short (docs/merge-rules.md has them in full):

* Episode: episodes.decide() estimates each article's episode year from its time
  mentions; the majority year wins. Everything from other articles is set aside, and
  casualty figures from them are kept with status out_of_episode.
* Actors: actors.party() turns names as written into canonical ids; a spokesperson
  stands for the state they speak for.
* Casualties: identical claims collapse (evidence unioned). A later cumulative figure
  from the same claimant about the same side, outcome and category supersedes the
  earlier one: later by as_of date when both are dated, otherwise the larger figure
  (deaths and wounded only accumulate). Vague words are coded by VAGUE_COUNTS. Estimates
  never average: best comes from the side's own figure, then a third party, then an
  unattributed report, then the enemy; low/high span the current claims.
* Ceasefires: mentions are clustered by effective instant (UTC); mentions without a full
  instant join the single compatible cluster on their date, or form their own. Status is
  the furthest stage any source reports (STATUS_ORDER), every stage kept in history.
* Reactions: one per (canonical actor, stance), evidence unioned.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Literal

from summarizer import episodes, times
from summarizer.actors import UNATTRIBUTED_ID, ActorInfo, actor_by_id, party, resolve
from summarizer.models import (
    Actor,
    ArticleExtraction,
    Briefing,
    CasualtyClaim,
    CasualtyEstimate,
    CasualtyMention,
    Category,
    CeasefireAttempt,
    CeasefireMention,
    CeasefireStatus,
    ClaimStatus,
    Disagreement,
    Episode,
    Evidence,
    Outcome,
    Qualifier,
    Reaction,
    ReactionMention,
    SetAside,
    Source,
    Stance,
    StatusChange,
    TimeMention,
)

# Vague quantity words -> (low, high). The low is the smallest number the word can mean
# in English reporting; the high is the largest before a bigger word would be used.
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "a few": (2, 9),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
}
_VAGUE = re.compile(r"\b(" + "|".join(map(re.escape, VAGUE_COUNTS)) + r")\b", re.I)

# The stages a ceasefire passes through; the furthest stage any source reports wins.
STATUS_ORDER: dict[CeasefireStatus, int] = {
    "unknown": 0,
    "announced": 1,
    "unconfirmed": 2,
    "holding": 3,
    "violated": 4,
    "collapsed": 5,
}
# When two sources give the same figure with different qualifiers, keep the cautious one.
_QUALIFIER_ORDER: dict[Qualifier, int] = {"exact": 0, "about": 1, "up_to": 2, "at_least": 3}
_CUMULATIVE: frozenset[Outcome] = frozenset({"killed", "wounded"})


def merge(extractions: Sequence[ArticleExtraction]) -> Briefing:
    """One briefing from the extractions of several articles (pure and order-independent)."""
    ordered = _canonical(extractions)
    decision = episodes.decide(ordered)
    ctx = _Context.build(ordered, decision)

    claims, estimates, casualty_disputes = _casualties(ctx)
    attempts, ceasefire_disputes = _ceasefires(ctx)
    reactions, blame = _reactions(ctx)
    belligerents, mediators = _actors(ctx, attempts)

    return Briefing(
        episode=_episode(ctx, belligerents, attempts),
        belligerents=belligerents,
        mediators=mediators,
        casualty_claims=claims,
        casualties=estimates,
        ceasefire_attempts=attempts,
        reactions=reactions,
        sources=[
            Source(
                id=e.source,
                path=e.path,
                sha256=e.sha256,
                title=e.title,
                in_episode=e.source in decision.in_episode,
                reason=decision.reason(e.source),
            )
            for e in ordered
        ],
        disagreements=casualty_disputes + ceasefire_disputes + blame,
        set_aside=sorted(ctx.set_aside, key=lambda s: (s.source, s.kind, s.item, s.reason)),
    )


# --- context ------------------------------------------------------------------


def _canonical(extractions: Sequence[ArticleExtraction]) -> list[ArticleExtraction]:
    """Sorted by source id then content; exact duplicates dropped (idempotence)."""
    unique = {e.model_dump_json(): e for e in extractions}
    return [unique[k] for k in sorted(unique, key=lambda k: (unique[k].source, k))]


@dataclass
class _Context:
    articles: list[ArticleExtraction]
    decision: episodes.EpisodeDecision
    references: dict[str, times.Reference | None]
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    set_aside: list[SetAside] = field(default_factory=list)

    @classmethod
    def build(
        cls, articles: list[ArticleExtraction], decision: episodes.EpisodeDecision
    ) -> _Context:
        # Weekdays count from the article's publication date; failing that from the latest
        # explicit date it gives for this episode, then the latest any in-episode source
        # gives, then the latest publication date among them (times.nearest_weekday).
        explicit = {a.source: _explicit_dates(a, decision.year) for a in articles}
        inside = [a for a in articles if a.source in decision.in_episode]
        shared = [d for a in inside for d in explicit[a.source]]
        published = [d for a in inside if (d := _published(a)) is not None]
        fallback = max(shared) if shared else (max(published) if published else None)
        references: dict[str, times.Reference | None] = {}
        for article in articles:
            own = _published(article)
            if own is not None:
                references[article.source] = times.Reference(own, published=True)
            elif explicit[article.source]:
                references[article.source] = times.Reference(max(explicit[article.source]))
            else:
                references[article.source] = times.Reference(fallback) if fallback else None
        return cls(articles=articles, decision=decision, references=references)

    @property
    def year(self) -> int | None:
        return self.decision.year

    def inside(self, article: ArticleExtraction) -> bool:
        return article.source in self.decision.in_episode

    def name(self, written: str) -> ActorInfo:
        """The party a written name stands for; the name is remembered as an alias."""
        info = party(written)
        self.aliases[resolve(written).id].add(written.strip())
        return info

    def date_of(self, article: ArticleExtraction, text: str) -> date | None:
        return times.resolve_date(text, year=self.year, reference=self.references[article.source])

    def aside(self, source: str, kind: str, item: str, reason: str) -> None:
        self.set_aside.append(SetAside(source=source, kind=kind, item=item, reason=reason))

    def off_episode(
        self, article: ArticleExtraction, evidence: Sequence[Evidence], *, dated: bool = True
    ) -> str | None:
        """Why an item is not about this episode, or None when it is.

        `dated` items (figures, truces) are also checked sentence by sentence; a reaction
        citing an old agreement is still today's reaction, so reactions are not.
        """
        if not self.inside(article):
            year = self.decision.ranges[article.source].describe().split(" (")[0]
            return f"source {article.source} reports another episode ({year}, not {self.year})"
        if not dated:
            return None
        earlier = episodes.earlier_event_reference(evidence, article.time_mentions)
        if earlier is not None:
            return f"its sentence dates it to an earlier event ('{earlier.text}')"
        return None


def _explicit_dates(article: ArticleExtraction, year: int | None) -> list[date]:
    """Calendar dates ("September 13") the article gives for this episode."""
    found: list[date] = []
    for mention in article.time_mentions:
        if mention.refers_to != "this_episode":
            continue
        for month, day, written in times.month_days(mention.text):
            chosen = written or year
            if chosen is not None:
                found.append(date(chosen, month, day))
    return found


def _published(article: ArticleExtraction) -> date | None:
    if not article.published_at:
        return None
    try:
        return date.fromisoformat(article.published_at[:10])
    except ValueError:
        return None


def _evidence(groups: Iterable[Sequence[Evidence]]) -> list[Evidence]:
    unique = {(e.source, e.sentence, e.start, e.end, e.text): e for g in groups for e in g}
    return [unique[k] for k in sorted(unique)]


def _refs(evidence: Sequence[Evidence]) -> str:
    return ", ".join(f"{e.source}#{e.sentence}" for e in evidence)


def _context_mentions(
    article: ArticleExtraction, evidence: Sequence[Evidence]
) -> list[TimeMention]:
    """This-episode time mentions made in the same sentences as an item."""
    sentences = {(e.source, e.sentence) for e in evidence}
    return [
        m
        for m in article.time_mentions
        if m.refers_to == "this_episode"
        and sentences & {(e.source, e.sentence) for e in m.evidence}
    ]


# --- casualties ---------------------------------------------------------------


@dataclass
class _Claim:
    side: str
    outcome: Outcome
    category: Category
    count: int
    qualifier: Qualifier
    claimant: str
    as_of: date | None
    in_episode: bool
    vague_high: int | None
    evidence: list[Evidence]
    status: ClaimStatus = "current"

    @property
    def key(self) -> tuple[str, ...]:
        return (self.side, self.outcome, self.category, str(self.count), self.claimant)

    @property
    def id(self) -> str:
        core = f"{self.side}-{self.outcome}-{self.category}-{self.count}-by-{self.claimant}"
        return core if self.in_episode else f"ooe-{core}"

    def bounds(self) -> tuple[float, float]:
        high = float(self.vague_high or self.count)
        if self.qualifier == "exact":
            return float(self.count), high
        if self.qualifier == "at_least":
            return float(self.count), float(self.vague_high or "inf")
        if self.qualifier == "about":
            return self.count * 0.9, self.count * 1.1
        return 0.0, float(self.count)


def _vague(mention: CasualtyMention) -> tuple[int, int] | None:
    """(low, high) when the figure is a vague word rather than a number in the text."""
    text = " ".join(e.text for e in mention.evidence)
    if re.search(rf"\b{mention.count}\b", text.replace(",", "")):
        return None
    match = _VAGUE.search(text)
    return VAGUE_COUNTS[match.group(1).casefold()] if match else None


def _as_of(ctx: _Context, article: ArticleExtraction, evidence: Sequence[Evidence]) -> date | None:
    """The date a figure was given: a date in its sentences ('since ...' only opens the
    window the figure counts over, so it is skipped), else the article's publication date."""
    found = [
        d
        for m in _context_mentions(article, evidence)
        if not m.text.strip().casefold().startswith("since")
        and (d := ctx.date_of(article, m.text)) is not None
    ]
    return max(found) if found else _published(article)


def _describe_casualty(m: CasualtyMention) -> str:
    return (
        f"{m.side}: {m.count} {m.outcome} ({m.category}, {m.qualifier}), "
        f"claimed by {m.claimant or 'nobody named'} [{_refs(m.evidence)}]"
    )


def _casualties(
    ctx: _Context,
) -> tuple[list[CasualtyClaim], list[CasualtyEstimate], list[Disagreement]]:
    raw: list[_Claim] = []
    for article in ctx.articles:
        for mention in article.casualties:
            reason = ctx.off_episode(article, mention.evidence)
            vague = _vague(mention)
            side = (
                "total" if mention.side.strip().casefold() == "total" else ctx.name(mention.side).id
            )
            claimant = ctx.name(mention.claimant or "").id
            raw.append(
                _Claim(
                    side=side,
                    outcome=mention.outcome,
                    category=mention.category,
                    count=vague[0] if vague else mention.count,
                    qualifier="at_least" if vague else mention.qualifier,
                    claimant=claimant,
                    as_of=_as_of(ctx, article, mention.evidence) if reason is None else None,
                    in_episode=reason is None,
                    vague_high=vague[1] if vague else None,
                    evidence=list(mention.evidence),
                )
            )
            if reason is not None:
                ctx.aside(article.source, "casualty", _describe_casualty(mention), reason)

    claims = _collapse(raw)
    _supersede(claims)
    estimates, disputes = _estimates(claims)
    out = [
        CasualtyClaim(
            id=c.id,
            side=c.side,
            outcome=c.outcome,
            category=c.category,
            count=c.count,
            qualifier=c.qualifier,
            as_of=c.as_of.isoformat() if c.as_of else None,
            claimant=c.claimant,
            status=c.status if c.in_episode else "out_of_episode",
            evidence=c.evidence,
        )
        for c in sorted(claims, key=lambda c: (not c.in_episode, c.side, c.outcome, c.id))
    ]
    return out, estimates, disputes


def _collapse(raw: list[_Claim]) -> list[_Claim]:
    """Identical claims become one; an unattributed copy of one attributed claim joins it."""
    groups: dict[tuple[object, ...], list[_Claim]] = defaultdict(list)
    for claim in raw:
        groups[(claim.in_episode, *claim.key)].append(claim)
    merged: dict[tuple[object, ...], _Claim] = {}
    for key in sorted(groups, key=repr):
        members = groups[key]
        first = members[0]
        dated = [m.as_of for m in members if m.as_of is not None]
        merged[key] = _Claim(
            side=first.side,
            outcome=first.outcome,
            category=first.category,
            count=first.count,
            qualifier=max((m.qualifier for m in members), key=_QUALIFIER_ORDER.__getitem__),
            claimant=first.claimant,
            as_of=min(dated) if dated else None,  # first reported on
            in_episode=first.in_episode,
            vague_high=max((m.vague_high or 0 for m in members), default=0) or None,
            evidence=_evidence(m.evidence for m in members),
        )
    for key in sorted(merged, key=repr):
        claim = merged[key]
        if claim.claimant != UNATTRIBUTED_ID:
            continue
        hosts = [
            other
            for other in merged.values()
            if other is not claim
            and other.claimant != UNATTRIBUTED_ID
            and other.in_episode == claim.in_episode
            and other.key[:4] == claim.key[:4]
        ]
        if len(hosts) == 1:
            hosts[0].evidence = _evidence([hosts[0].evidence, claim.evidence])
            del merged[key]
    return list(merged.values())


def _supersede(claims: list[_Claim]) -> None:
    """Mark earlier figures superseded by the latest one from the same claimant."""
    series: dict[tuple[str, ...], list[_Claim]] = defaultdict(list)
    for claim in claims:
        if claim.in_episode and claim.claimant != UNATTRIBUTED_ID:
            series[(claim.claimant, claim.side, claim.outcome, claim.category)].append(claim)
    for members in series.values():
        if len(members) < 2:
            continue
        if all(m.as_of is not None for m in members):
            latest = max(members, key=lambda m: (m.as_of, m.count))
        elif members[0].outcome in _CUMULATIVE:
            latest = max(members, key=lambda m: m.count)
        else:  # captured/missing can fall (releases): without dates we cannot order them
            for m in members:
                m.status = "disputed"
            continue
        for m in members:
            if m is not latest:
                m.status = "superseded"


@dataclass(frozen=True)
class _Figure:
    """One claimant's current figure for a side and outcome (its categories summed)."""

    claimant: str
    side: str
    parts: tuple[_Claim, ...]

    @property
    def count(self) -> int:
        return sum(c.count for c in self.parts)

    @property
    def floor(self) -> int | None:
        """The figure as a lower bound; 'up to N' bounds nothing from below."""
        return None if any(c.qualifier == "up_to" for c in self.parts) else self.count

    @property
    def ceiling(self) -> int:
        return sum(c.vague_high or c.count for c in self.parts)

    @property
    def span(self) -> tuple[float, float]:
        """What the claimant's words allow (exact, at least, about, up to)."""
        bounds = [c.bounds() for c in self.parts]
        return sum(lo for lo, _ in bounds), sum(hi for _, hi in bounds)

    def rank(self, belligerents: set[str]) -> int:
        """Whose figure is best: 0 own side, 1 third party, 2 unattributed, 3 the enemy."""
        if self.claimant == self.side:
            return 0
        if self.claimant == UNATTRIBUTED_ID:
            return 2
        return 3 if self.claimant in belligerents else 1


_RANK_WORDS = ("own figure", "third-party figure", "unattributed report", "enemy's figure")


def _figures(members: list[_Claim]) -> list[_Figure]:
    """Each claimant's figure: one claim per category (the largest), categories summed.

    An 'unknown' category figure already covers the others, so it counts alone when it is
    at least their sum.
    """
    by_claimant: dict[str, list[_Claim]] = defaultdict(list)
    for claim in members:
        by_claimant[claim.claimant].append(claim)
    out: list[_Figure] = []
    for claimant in sorted(by_claimant):
        per_category: dict[str, _Claim] = {}
        for claim in sorted(by_claimant[claimant], key=lambda c: (c.category, -c.count, c.id)):
            per_category.setdefault(claim.category, claim)
        unknown = per_category.pop("unknown", None)
        specific = list(per_category.values())
        if unknown is not None and unknown.count >= sum(c.count for c in specific):
            specific = [unknown]
        out.append(_Figure(claimant=claimant, side=members[0].side, parts=tuple(specific)))
    return out


def _estimates(claims: list[_Claim]) -> tuple[list[CasualtyEstimate], list[Disagreement]]:
    current = [c for c in claims if c.in_episode and c.status in ("current", "disputed")]
    sides = {c.side for c in current if c.side != "total"}
    by_target: dict[tuple[str, Outcome], list[_Claim]] = defaultdict(list)
    for claim in current:
        by_target[(claim.side, claim.outcome)].append(claim)

    estimates: dict[tuple[str, Outcome], CasualtyEstimate] = {}
    spans: dict[tuple[str, Outcome], tuple[float, float]] = {}
    disputes: list[Disagreement] = []
    for (side, outcome), members in sorted(by_target.items()):
        figures = _figures(members)
        # Never average: pick one claimant's figure by who said it, then by support.
        best = min(
            figures,
            key=lambda f: (f.rank(sides), -sum(len(c.evidence) for c in f.parts), -f.count),
        )
        floors = [f.floor for f in figures if f.floor is not None]
        superseded = sum(
            c.in_episode and c.status == "superseded" and (c.side, c.outcome) == (side, outcome)
            for c in claims
        )
        basis = (
            f"best = {_RANK_WORDS[best.rank(sides)]} by {best.claimant} ({best.count}: "
            f"{', '.join(c.id for c in best.parts)}); low/high span {len(figures)} claimant "
            f"figure(s), never averaged"
            + (f"; {superseded} earlier figure(s) superseded" if superseded else "")
        )
        estimates[(side, outcome)] = CasualtyEstimate(
            side=side,
            outcome=outcome,
            low=min(floors) if floors else 0,
            best=best.count,
            high=max(f.ceiling for f in figures),
            claims=sorted(c.id for c in members),
            basis=basis,
        )
        spans[(side, outcome)] = (min(f.span[0] for f in figures), max(f.span[1] for f in figures))
        disputes.extend(_conflicting(side, outcome, figures))

    for (side, outcome), estimate in sorted(estimates.items()):
        parts = [e for (s, o), e in sorted(estimates.items()) if o == outcome and s != "total"]
        if side != "total" or not parts:
            continue
        low, high = spans[(side, outcome)]
        consistent = sum(p.low for p in parts) <= high and low <= sum(p.high for p in parts)
        sums = " + ".join(f"{p.best} ({p.side})" for p in parts)
        part_best = sum(p.best for p in parts)
        verdict = "consistent" if consistent else "NOT consistent"
        estimates[(side, outcome)] = estimate.model_copy(
            update={"basis": f"{estimate.basis}; {verdict} with per-side sum {sums} = {part_best}"}
        )
        if not consistent:
            disputes.append(
                Disagreement(
                    kind="total_inconsistent",
                    description=(
                        f"reported total {outcome} ({estimate.best}) does not match the per-side "
                        f"figures {sums} = {part_best}"
                    ),
                    claims=sorted({*estimate.claims, *(c for p in parts for c in p.claims)}),
                )
            )
    ordered = sorted(estimates.values(), key=lambda e: (e.side == "total", e.side, e.outcome))
    return ordered, disputes


def _conflicting(side: str, outcome: str, figures: list[_Figure]) -> list[Disagreement]:
    """Figures from different claimants that cannot both be true."""
    out: list[Disagreement] = []
    for i, a in enumerate(figures):
        for b in figures[i + 1 :]:
            (low_a, high_a), (low_b, high_b) = a.span, b.span
            if low_a <= high_b and low_b <= high_a:
                continue
            out.append(
                Disagreement(
                    kind="figures_differ",
                    description=(
                        f"{side} {outcome}: {a.claimant} says {_said(a)}, "
                        f"{b.claimant} says {_said(b)}"
                    ),
                    claims=sorted(c.id for c in (*a.parts, *b.parts)),
                )
            )
    return out


def _said(figure: _Figure) -> str:
    qualifiers = {c.qualifier for c in figure.parts}
    word = qualifiers.pop().replace("_", " ") if len(qualifiers) == 1 else "about"
    return f"{figure.count}" if word == "exact" else f"{word} {figure.count}"


# --- ceasefires ---------------------------------------------------------------


@dataclass
class _Truce:
    article: ArticleExtraction
    mention: CeasefireMention
    announcer: str | None
    mediators: frozenset[str]
    parties: frozenset[str]
    day: date | None  # the local date it takes effect, or the date it is reported on
    at: datetime | None  # the effective instant in UTC
    dates: tuple[date, ...]  # dates of this-episode mentions in the same sentences

    def compatible(self, other: _Truce) -> bool:
        def overlap(a: frozenset[str], b: frozenset[str]) -> bool:
            return not a or not b or bool(a & b)

        announcers = {self.announcer, other.announcer} - {None}
        same_voice = len(announcers) <= 1 or bool(announcers & (self.mediators | other.mediators))
        return (
            same_voice
            and overlap(self.mediators, other.mediators)
            and overlap(self.parties, other.parties)
        )


def _local_zone(announcer: ActorInfo | None, parties: list[ActorInfo], day: date) -> tzinfo | None:
    """'Local time': the belligerents' zone; the announcer's if it is a party or they differ."""
    if announcer is not None and announcer.id in {p.id for p in parties}:
        zone = times.zone_for(announcer.country)
        if zone is not None:
            return zone
    zones = [z for p in parties if (z := times.zone_for(p.country)) is not None]
    noon = [datetime(day.year, day.month, day.day, 12, tzinfo=z).utcoffset() for z in zones]
    if zones and len(set(noon)) == 1:
        return zones[0]
    return times.zone_for(announcer.country) if announcer is not None else None


def _truce(ctx: _Context, article: ArticleExtraction, mention: CeasefireMention) -> _Truce:
    announcer = ctx.name(mention.announced_by) if mention.announced_by else None
    mediators = [ctx.name(m) for m in mention.mediators]
    parties = [ctx.name(p) for p in mention.parties]
    context = _context_mentions(article, mention.evidence)
    dates = tuple(sorted({d for m in context if (d := ctx.date_of(article, m.text)) is not None}))
    text = mention.effective_at_text or ""
    day = ctx.date_of(article, text) if text else None
    clock = times.clock_time(text) if text else None
    at: datetime | None = None
    if day is None and clock is not None:
        # "at 2 a.m. (2300 GMT Thursday)": the writer's dated conversion fixes the instant.
        at = times.dated_utc_paren(text, year=ctx.year, reference=ctx.references[article.source])
        if at is not None:
            local = _local_zone(announcer, parties, at.date()) or UTC
            day = at.astimezone(local).date()
    if day is None and clock is not None and dates:
        day = dates[0]  # "from 9am Moscow time", dated "Tuesday morning" in the same sentences
    if at is None and day is not None and clock is not None:
        zone = _local_zone(announcer, parties, day)
        at = times.instant(day, clock, zone)
        paren = times.utc_paren(text)
        if at is None and paren is not None:  # local zone unknown: trust the writer's GMT
            at = times.instant(day, times.ClockTime(paren[0], paren[1], UTC), None)
    if day is None and dates and clock is None:
        day = dates[0]
    return _Truce(
        article=article,
        mention=mention,
        announcer=announcer.id if announcer else None,
        mediators=frozenset(m.id for m in mediators),
        parties=frozenset(p.id for p in parties),
        day=day,
        at=at,
        dates=dates,
    )


def _describe_ceasefire(m: CeasefireMention) -> str:
    return (
        f"announced by {m.announced_by or 'nobody named'}; mediators {m.mediators or 'none'}; "
        f"parties {m.parties or 'none'}; effective {m.effective_at_text or 'not stated'}; "
        f"{m.status} [{_refs(m.evidence)}]"
    )


def _ceasefires(ctx: _Context) -> tuple[list[CeasefireAttempt], list[Disagreement]]:
    truces: list[_Truce] = []
    for article in ctx.articles:
        for mention in article.ceasefires:
            reason = ctx.off_episode(article, mention.evidence)
            if reason is not None:
                ctx.aside(article.source, "ceasefire", _describe_ceasefire(mention), reason)
                continue
            truces.append(_truce(ctx, article, mention))

    # Full instants first, so the clusters do not depend on input order.
    clusters: dict[str, list[_Truce]] = defaultdict(list)
    for truce in truces:
        if truce.at is not None:
            clusters[f"ceasefire-{truce.at:%Y-%m-%dT%H%M}Z"].append(truce)
    loose: dict[str, list[_Truce]] = defaultdict(list)
    for truce in truces:
        if truce.at is not None:
            continue
        fits = [key for key, members in sorted(clusters.items()) if _fits(truce, members)]
        if len(fits) == 1:
            clusters[fits[0]].append(truce)
        else:
            loose[_loose_key(truce)].append(truce)
    clusters.update(loose)

    attempts = [_attempt(key, members) for key, members in clusters.items()]
    attempts.sort(key=lambda a: (a.effective_at or a.announced_at or "~", a.id))
    disputes: list[Disagreement] = []
    for attempt in attempts:
        stages = {h.status for h in attempt.history}
        if attempt.status == "unconfirmed":
            others = [p for p in attempt.parties if p != attempt.announced_by]
            disputes.append(
                Disagreement(
                    kind="unconfirmed_ceasefire",
                    description=(
                        f"ceasefire {attempt.effective_at_text or attempt.id} announced by "
                        f"{attempt.announced_by or 'an unnamed party'} is not confirmed by "
                        f"{', '.join(others) or 'the other party'}"
                    ),
                    claims=[attempt.id],
                )
            )
        if "holding" in stages and stages & {"violated", "collapsed"}:
            disputes.append(
                Disagreement(
                    kind="ceasefire_status",
                    description=f"ceasefire {attempt.id} is reported both holding and broken",
                    claims=[attempt.id],
                )
            )
    return attempts, disputes


def _fits(truce: _Truce, members: list[_Truce]) -> bool:
    """A mention without a full instant belongs to a cluster on its date with the same actors."""
    if not all(truce.compatible(m) for m in members):
        return False
    if truce.day is None:
        return False
    member_days = {m.day for m in members if m.day is not None}
    return truce.day in member_days


def _loose_key(truce: _Truce) -> str:
    basis = "|".join(
        [
            truce.day.isoformat() if truce.day else "undated",
            truce.announcer or "",
            ",".join(sorted(truce.mediators)),
            " ".join((truce.mention.effective_at_text or "").casefold().split()),
        ]
    )
    digest = hashlib.sha256(basis.encode()).hexdigest()[:8]
    return f"ceasefire-{truce.day.isoformat() if truce.day else 'undated'}-{digest}"


def _attempt(key: str, members: list[_Truce]) -> CeasefireAttempt:
    members = sorted(members, key=lambda t: (t.article.source, t.mention.model_dump_json()))
    announcers = Counter(t.announcer for t in members if t.announcer)
    announced_by = min(announcers, key=lambda a: (-announcers[a], a)) if announcers else None
    timed = [t for t in members if t.at is not None]
    texts = [t.mention.effective_at_text for t in (timed or members) if t.mention.effective_at_text]
    text = min(texts, key=lambda s: (-len(s), s)) if texts else None
    dates = [d for t in members for d in t.dates]
    by_status: dict[CeasefireStatus, list[Evidence]] = defaultdict(list)
    for truce in members:
        by_status[truce.mention.status].extend(truce.mention.evidence)
    reported = sorted(by_status, key=STATUS_ORDER.__getitem__)
    history = [
        StatusChange(status=s, evidence=_evidence([by_status[s]]))
        for s in reported
        if s != "unknown" or len(reported) == 1
    ]
    return CeasefireAttempt(
        id=key,
        announced_by=announced_by,
        mediators=sorted({m for t in members for m in t.mediators}),
        parties=sorted({p for t in members for p in t.parties}),
        announced_at=min(dates).isoformat() if dates else None,
        effective_at=times.iso_utc(timed[0].at) if timed and timed[0].at else None,
        effective_at_text=text,
        status=reported[-1],
        history=history,
        evidence=_evidence(t.mention.evidence for t in members),
    )


# --- reactions ----------------------------------------------------------------


def _describe_reaction(m: ReactionMention) -> str:
    return f"{m.actor} ({m.stance}) to {m.addressed_to or 'all'}: {m.summary} [{_refs(m.evidence)}]"


def _reactions(ctx: _Context) -> tuple[list[Reaction], list[Disagreement]]:
    groups: dict[tuple[str, Stance], list[tuple[ReactionMention, list[str]]]] = defaultdict(list)
    for article in ctx.articles:
        for mention in article.reactions:
            reason = ctx.off_episode(article, mention.evidence, dated=False)
            if reason is not None:
                ctx.aside(article.source, "reaction", _describe_reaction(mention), reason)
                continue
            actor = ctx.name(mention.actor).id
            targets = sorted({ctx.name(t).id for t in mention.addressed_to})
            groups[(actor, mention.stance)].append((mention, targets))
    reactions: list[Reaction] = []
    for (actor, stance), members in sorted(groups.items()):
        evidence = _evidence(m.evidence for m, _ in members)
        first = min(members, key=lambda mt: (_first_ref(mt[0].evidence), mt[0].summary))
        reactions.append(
            Reaction(
                actor=actor,
                stance=stance,
                addressed_to=sorted({t for _, ts in members for t in ts}),
                summary=first[0].summary,
                evidence=evidence,
            )
        )
    return reactions, _mutual_blame(reactions)


def _first_ref(evidence: Sequence[Evidence]) -> tuple[str, int]:
    return min(((e.source, e.sentence) for e in evidence), default=("", 0))


def _mutual_blame(reactions: list[Reaction]) -> list[Disagreement]:
    blames = {
        (r.actor, target)
        for r in reactions
        if r.stance == "condemnation"
        for target in r.addressed_to
        if target != r.actor
    }
    out: list[Disagreement] = []
    for a, b in sorted(blames):
        if a < b and (b, a) in blames:
            out.append(
                Disagreement(
                    kind="mutual_blame",
                    description=f"{a} and {b} each blame the other for the fighting",
                    claims=[f"reaction:{a}:condemnation", f"reaction:{b}:condemnation"],
                )
            )
    return out


# --- actors and episode -------------------------------------------------------


def _actor(ctx: _Context, actor_id: str) -> Actor:
    info = actor_by_id(actor_id)
    names = sorted(ctx.aliases.get(actor_id, set()))
    if info is None:  # minted from an unknown name: describe it from the names seen
        known = party(names[0]) if names else None
        name = known.name if known else actor_id
        return Actor(
            id=actor_id,
            name=name,
            kind=known.kind if known else "other",
            country=known.country if known else None,
            aliases=names,
        )
    return Actor(id=info.id, name=info.name, kind=info.kind, country=info.country, aliases=names)


def _actors(ctx: _Context, attempts: list[CeasefireAttempt]) -> tuple[list[Actor], list[Actor]]:
    roles: dict[Literal["belligerent", "mediator"], set[str]] = {
        "belligerent": set(),
        "mediator": set(),
    }
    for article in ctx.articles:
        for mention in article.actors:
            reason = ctx.off_episode(article, mention.evidence, dated=False)
            if reason is not None:
                ctx.aside(
                    article.source,
                    "actor",
                    f"{mention.name} ({mention.role}) [{_refs(mention.evidence)}]",
                    reason,
                )
                continue
            roles[mention.role].add(ctx.name(mention.name).id)
    for attempt in attempts:
        roles["belligerent"].update(attempt.parties)
        roles["mediator"].update(attempt.mediators)
    return (
        [_actor(ctx, a) for a in sorted(roles["belligerent"])],
        [_actor(ctx, a) for a in sorted(roles["mediator"])],
    )


def _episode(ctx: _Context, belligerents: list[Actor], attempts: list[CeasefireAttempt]) -> Episode:
    days: set[date] = set()
    locations: Counter[str] = Counter()
    for article in ctx.articles:
        if not ctx.inside(article):
            continue
        if article.location:
            locations[article.location.strip()] += 1
        for mention in article.time_mentions:
            if mention.refers_to == "this_episode":
                found = ctx.date_of(article, mention.text)
                if found is not None:
                    days.add(found)
    for attempt in attempts:
        if attempt.announced_at:
            days.add(date.fromisoformat(attempt.announced_at))
    location = min(locations, key=lambda loc: (-locations[loc], loc)) if locations else None
    start, end = (min(days), max(days)) if days else (None, None)
    names = (
        "\u2013".join(sorted(a.name for a in belligerents if a.kind != "person"))
        or "Unnamed parties"
    )
    what = "border clashes" if location and "border" in location.casefold() else "fighting"
    title = f"{names} {what}"
    if start and end:
        title += f", {_date_span(start, end)}"
    return Episode(
        title=title,
        start=start.isoformat() if start else None,
        end=end.isoformat() if end else None,
        location=location,
    )


def _date_span(start: date, end: date) -> str:
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b}\u2013{end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y}\u2013{end.day} {end:%b %Y}"
