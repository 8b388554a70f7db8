"""Reactions: one per (canonical actor, stance), and the blame two actors trade.

Pure: no I/O, no clock, no randomness. Evidence and addressees are unioned; the
reaction's words are its evidence (the cited sentences, quoted exactly). Each
reaction's id is `<actor>-<stance>` (the stance slugged), unique within a briefing
because the pair is; disagreements name reactions by it.
"""

from __future__ import annotations

from collections import defaultdict

from summarizer.context import Context, refs, union_evidence
from summarizer.models import Disagreement, Reaction, ReactionMention, Stance


def reaction_id(actor: str, stance: Stance) -> str:
    """The stable id of an actor's reaction of one stance: "armenia-call-for-restraint"."""
    return f"{actor}-{stance.replace('_', '-')}"


def reactions(ctx: Context) -> tuple[list[Reaction], list[Disagreement]]:
    """The reactions in (actor, stance) order, and the mutual blame among them."""
    groups: dict[tuple[str, Stance], list[tuple[ReactionMention, list[str]]]] = defaultdict(list)
    for _, mention in ctx.kept("reaction", lambda a: a.reactions, _describe, dated=False):
        actor = ctx.name(mention.actor).id
        targets = sorted({ctx.name(t).id for t in mention.addressed_to})
        groups[(actor, mention.stance)].append((mention, targets))
    out: list[Reaction] = []
    for (actor, stance), members in sorted(groups.items()):
        out.append(
            Reaction(
                id=reaction_id(actor, stance),
                actor=actor,
                stance=stance,
                addressed_to=sorted({t for _, ts in members for t in ts}),
                evidence=union_evidence(m.evidence for m, _ in members),
            )
        )
    return out, _mutual_blame(out)


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
            out.append(
                Disagreement(
                    kind="mutual_blame",
                    description=f"{a} and {b} each blame the other for the fighting",
                    claims=[condemnations[a].id, condemnations[b].id],
                )
            )
    return out
