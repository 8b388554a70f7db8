"""Reactions: one per (canonical actor, stance), and the blame two actors trade.

Pure: no I/O, no clock, no randomness. Evidence and addressees are unioned; the
reaction's words are its evidence (the cited sentences, quoted exactly). Each
reaction's id is `<actor>-<stance>` (the stance slugged), unique within a briefing
because the pair is; disagreements name reactions by it.
"""

from __future__ import annotations

from collections import defaultdict

from summarizer.merge.context import Context, refs, union_evidence
from summarizer.models import Disagreement, Reaction, ReactionMention, Stance


def reaction_id(actor: str, stance: Stance) -> str:
    """The stable id of an actor's reaction of one stance: "armenia-call-for-restraint"."""
    return f"{actor}-{stance.replace('_', '-')}"


def reactions(
    ctx: Context, parties: frozenset[str] = frozenset()
) -> tuple[list[Reaction], list[Disagreement]]:
    """The international reactions in (actor, stance) order, and the blame the fighting
    `parties` trade. A party's own statement is not an international reaction: it is set
    aside, and only counts towards mutual blame."""
    groups: dict[tuple[str, Stance], list[tuple[ReactionMention, list[str]]]] = defaultdict(list)
    for article, mention in ctx.kept("reaction", lambda a: a.reactions, _describe, dated=False):
        actor = ctx.name(mention.actor).id
        targets = sorted({ctx.name(t).id for t in mention.addressed_to})
        groups[(actor, mention.stance)].append((mention, targets))
        if actor in parties:
            ctx.aside(
                article.source,
                "reaction",
                _describe(mention),
                f"{actor} is a party to the fighting: its statement is not an international "
                "reaction",
            )
    everyone: list[Reaction] = []
    for (actor, stance), members in sorted(groups.items()):
        everyone.append(
            Reaction(
                id=reaction_id(actor, stance),
                actor=actor,
                stance=stance,
                addressed_to=sorted({t for _, ts in members for t in ts}),
                evidence=union_evidence(m.evidence for m, _ in members),
            )
        )
    international = [r for r in everyone if r.actor not in parties]
    return international, _mutual_blame([r for r in everyone if r.actor in parties])


def _describe(m: ReactionMention) -> str:
    return f"{m.actor} ({m.stance}) to {m.addressed_to or 'all'} [{refs(m.evidence)}]"


def _mutual_blame(reactions: list[Reaction]) -> list[Disagreement]:
    """Two actors who each condemn the other; the claims are their condemnations' ids."""
    condemnations = {r.actor: r for r in reactions if r.stance == "condemnation"}
    blames = {
        (r.actor, target)
        for r in condemnations.values()
        for target in r.addressed_to
        if target != r.actor
    }
    out: list[Disagreement] = []
    for a, b in sorted(blames):
        if a < b and (b, a) in blames:
            # The parties' statements are not reactions (they are set aside): the
            # disagreement names their sentences, as "source#sentence".
            cited = union_evidence([condemnations[a].evidence, condemnations[b].evidence])
            out.append(
                Disagreement(
                    kind="mutual_blame",
                    description=f"{a} and {b} each blame the other for the fighting",
                    claims=[f"{e.source}#{e.sentence}" for e in cited],
                )
            )
    return out
