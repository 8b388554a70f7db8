"""Reconcile per-article extractions into one Briefing an analyst would sign.

`merge` is pure: no I/O, no clock, no randomness. Inputs are put in a canonical order
first (by source id, then content), so any permutation of the same extractions gives a
byte-identical briefing. Merging an extraction twice is the same as merging it once:
exact duplicates are dropped before anything else.

This module orchestrates; each concern has its own module (docs/merge-rules.md has the
rules in full):

* episodes: estimates each article's episode year from its time mentions; the majority
  year wins. Everything from other articles is set aside, and casualty figures from them
  are kept with status out_of_episode.
* actors: turns names as written into canonical ids; a spokesperson stands for the
  state they speak for.
* context: what the parts share (weekday references, aliases seen, items set aside).
* casualties: claims, supersession, estimates that never average, the totals check.
* ceasefires: attempts clustered by effective instant (UTC), status history, timeline.
* reactions: one per (canonical actor, stance); mutual blame.

Here: the belligerents and mediators, the episode record, the sources, and the
assembly of disagreements and set-aside items.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from summarizer.merge import episodes
from summarizer.merge.casualties import casualties
from summarizer.merge.ceasefires import ceasefires
from summarizer.merge.context import Context, refs, written_names
from summarizer.merge.reactions import reactions
from summarizer.models import (
    Actor,
    ActorMention,
    ActorRole,
    ArticleExtraction,
    Briefing,
    CeasefireAttempt,
    Episode,
    Source,
)
from summarizer.reference.actors import (
    NEVER_A_PARTY,
    actor_by_id,
    named_only_as_place,
    party,
    side_by_kind_only,
)
from summarizer.reference.affiliations import evidence_sentences, governed_state


@dataclass(frozen=True)
class Repeat:
    """An input whose text is the same as the kept article `same_as`."""

    path: str
    same_as: str


def merge(
    extractions: Sequence[ArticleExtraction], repeats: Mapping[str, Repeat] | None = None
) -> Briefing:
    """One briefing from the extractions of several articles (pure and order-independent).

    `repeats` names the inputs whose text is another input's: they are listed as
    sources, read once and counted once (their extraction is the other's).
    """
    ordered = _canonical(extractions)
    decision = episodes.decide(ordered)
    ctx = Context.build(ordered, decision)
    truces = ceasefires(ctx)
    if truces.weeks_off:
        # An undated article's truce is one the dated articles place weeks away: its
        # anchor was that far off, and so were its other dates (its tolls' as-of days).
        decision = episodes.decide(ordered, truces.weeks_off)
        ctx = Context.build(ordered, decision)
        truces = ceasefires(ctx)

    # The actor lists come last: every part records the names it saw as aliases.
    claims, estimates, casualty_disputes = casualties(ctx)
    attempts, ceasefire_disputes = truces.attempts, truces.disputes
    roles = _roles(ctx, attempts, truces.called_between)
    reaction_list, blame = reactions(
        ctx, frozenset(roles["belligerent"]), frozenset(roles["mediator"])
    )
    belligerents, mediators = _actors(ctx, roles)

    return Briefing(
        episode=_episode(ctx, belligerents, attempts),
        belligerents=belligerents,
        mediators=mediators,
        casualty_claims=claims,
        casualties=estimates,
        ceasefire_attempts=attempts,
        reactions=reaction_list,
        sources=sorted(
            [
                Source(
                    id=e.source,
                    path=e.path,
                    sha256=e.sha256,
                    title=e.title,
                    in_episode=e.source in ctx.decision.in_episode,
                    reason=ctx.decision.reason(e.source),
                )
                for e in ordered
            ]
            + _repeated(ordered, ctx.decision, repeats or {}),
            key=lambda s: s.id,
        ),
        disagreements=casualty_disputes + ceasefire_disputes + blame,
        set_aside=sorted(ctx.set_aside, key=lambda s: (s.source, s.kind, s.item, s.reason)),
    )


def _canonical(extractions: Sequence[ArticleExtraction]) -> list[ArticleExtraction]:
    """Sorted by source id then content; exact duplicates dropped (idempotence)."""
    unique = {e.model_dump_json(): e for e in extractions}
    return [unique[k] for k in sorted(unique, key=lambda k: (unique[k].source, k))]


def _actor(ctx: Context, actor_id: str) -> Actor:
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


def _roles(
    ctx: Context, attempts: list[CeasefireAttempt], called_between: frozenset[str] = frozenset()
) -> dict[ActorRole, set[str]]:
    """Each actor's role, by the majority of the mentions that give it one (ceasefire
    parties and mediators count too, and the sides of a truce only called for). A fighting
    side is never its own mediator: a tie makes an actor a belligerent. A UN body (or the
    Red Cross, a world court) is never a belligerent: it is a mediator when a mention makes
    it one, else neither."""
    votes: dict[str, Counter[ActorRole]] = {}
    for _, mention in ctx.kept("actor", lambda a: a.actors, _describe, dated=False):
        votes.setdefault(ctx.name(mention.name).id, Counter())[mention.role] += 1
    for actor in sorted(called_between):
        votes.setdefault(actor, Counter())["belligerent"] += 1
    for attempt in attempts:
        for actor in attempt.parties:
            votes.setdefault(actor, Counter())["belligerent"] += 1
        for actor in attempt.mediators:
            votes.setdefault(actor, Counter())["mediator"] += 1
        # A third party that announces a truce between two others has brokered it.
        announcer = attempt.announced_by
        known = announcer is not None and actor_by_id(announcer) is not None
        # "leaders meeting in X" who call for a truce: X is where, not who announced it
        placed = announcer is not None and all(
            named_only_as_place(n) for n in ctx.aliases.get(announcer, {""})
        )
        if (
            announcer
            and known
            and not placed
            and announcer not in attempt.parties
            and len(attempt.parties) >= 2
        ):
            votes.setdefault(announcer, Counter())["mediator"] += 1
    roles: dict[ActorRole, set[str]] = {"belligerent": set(), "mediator": set()}
    for actor, count in votes.items():
        if actor in NEVER_A_PARTY:  # a UN body is never a party to the fighting
            if count["mediator"]:
                roles["mediator"].add(actor)
            continue
        roles["mediator" if count["mediator"] > count["belligerent"] else "belligerent"].add(actor)
    roles["belligerent"] -= _said_only_by_kind(ctx, roles["belligerent"])
    return roles


def _governed_where_written(ctx: Context, actor: str) -> set[str]:
    """The states each article that writes one of the actor's names names the government
    or army of, when every such article names one (and the same)."""
    names = ctx.aliases.get(actor, set())
    found: set[str | None] = {
        governed_state(evidence_sentences([article]))
        for article in ctx.articles
        if names & {n.strip() for n in written_names([article])}
    }
    return {s for s in found if s is not None} if len(found) == 1 else set()


def _names_a_movement(ctx: Context, name: str) -> bool:
    """A movement's own name: no person, no state, no state's organ ("Kiir's army")."""
    info = ctx.resolver.resolve(name)
    if info.kind == "armed_group":
        return True
    words = set(name.casefold().replace("\u2019", "'").split())
    return info.kind == "other" and not words & {"army", "government", "regime", "military"}


def _said_only_by_kind(ctx: Context, belligerents: set[str]) -> set[str]:
    """Belligerents written only as what they are ("the government", "the rebels") beside a
    belligerent of that kind the articles name (a state; a named movement): a reference to
    it, not a side of its own."""
    kinds: dict[str, str | None] = {}
    for actor in belligerents:
        written = ctx.aliases.get(actor, set())
        said = {side_by_kind_only(n) for n in written}
        kinds[actor] = said.pop() if actor_by_id(actor) is None and len(said) == 1 else None
    # ("the government" is the one state whose government or army the articles that write
    # it name, a side here: not a host government unnamed beside "Chilean troops"), each
    # such name on its own articles
    of_a_state = {
        actor
        for actor, kind in kinds.items()
        if kind == "state" and _governed_where_written(ctx, actor) & belligerents
    }
    movements = [
        actor
        for actor in belligerents
        if (
            kinds[actor] is None
            and (info := actor_by_id(actor)) is not None
            and info.kind == "armed_group"
        )
        or (
            kinds[actor] is None
            and actor_by_id(actor) is None
            and any(_names_a_movement(ctx, n) for n in ctx.aliases.get(actor, set()))
        )
    ]
    # (one movement named: "the rebels" are it)
    of_a_movement = {a for a, k in kinds.items() if k == "group"} if len(movements) == 1 else set()
    return of_a_state | of_a_movement


def _actors(ctx: Context, roles: dict[ActorRole, set[str]]) -> tuple[list[Actor], list[Actor]]:
    return (
        [_actor(ctx, a) for a in sorted(roles["belligerent"])],
        [_actor(ctx, a) for a in sorted(roles["mediator"])],
    )


def _describe(m: ActorMention) -> str:
    return f"{m.name} ({m.role}) [{refs(m.evidence)}]"


def _episode(ctx: Context, belligerents: list[Actor], attempts: list[CeasefireAttempt]) -> Episode:
    days: set[date] = set()
    locations: Counter[str] = Counter()
    for article in ctx.articles:
        if not ctx.inside(article):
            continue
        if article.location:
            locations[article.location.strip()] += 1
        for mention in article.time_mentions:
            found = ctx.mention_day(article, mention)
            if found is not None and ctx.decision.within(found):
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


def _repeated(
    ordered: Sequence[ArticleExtraction],
    decision: episodes.EpisodeDecision,
    repeats: Mapping[str, Repeat],
) -> list[Source]:
    kept = {e.source: e for e in ordered}
    return [
        Source(
            id=source,
            path=repeat.path,
            sha256=kept[repeat.same_as].sha256,
            title=kept[repeat.same_as].title,
            in_episode=repeat.same_as in decision.in_episode,
            reason=f"the same text as {repeat.same_as}: read once and counted once",
        )
        for source, repeat in sorted(repeats.items())
        if repeat.same_as in kept
    ]
