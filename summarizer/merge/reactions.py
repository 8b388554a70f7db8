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
from summarizer.reference.actors import TITLE_HEADS, tokenize
from summarizer.reference.reaction_words import brokers_in, reacts_in


def reaction_id(actor: str, stance: Stance) -> str:
    """The stable id of an actor's reaction of one stance: "armenia-call-for-restraint"."""
    return f"{actor}-{stance.replace('_', '-')}"


def reactions(
    ctx: Context, parties: frozenset[str] = frozenset(), mediators: frozenset[str] = frozenset()
) -> tuple[list[Reaction], list[Disagreement]]:
    """The international reactions in (actor, stance) order, and the blame the fighting
    `parties` trade. A party's own statement is not an international reaction: it is set
    aside, and only counts towards mutual blame. A mediator's words about its brokering
    ("would convene a summit") are its mediation, not a reaction: set aside too."""
    groups: dict[tuple[str, Stance], list[tuple[ReactionMention, list[str]]]] = defaultdict(list)
    for article, mention in ctx.kept("reaction", lambda a: a.reactions, _describe, dated=False):
        actor = ctx.name(mention.actor).id
        if not any(reacts_in(e.text) for e in mention.evidence):
            ctx.aside(article.source, "reaction", _describe(mention), _NO_REACTION)
            continue
        if reason := _not_a_reactor(ctx, mention.actor, parties):
            ctx.aside(article.source, "reaction", _describe(mention), reason)
            continue
        if actor in mediators and all(brokers_in(e.text) for e in mention.evidence):
            ctx.aside(article.source, "reaction", _describe(mention), _BROKERING)
            continue
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


_NO_REACTION = (
    "its sentences report facts, they do not react (no concern, call, condemnation, "
    "support or offer): a source, not a reaction"
)

_BROKERING = (
    "a mediator of this episode speaking of its brokering (convening, hosting, mediating): "
    "its mediation, not a reaction"
)

# Words that make a name a fighting force ("the Revolutionary Guards", "Klow militia").
_FORCE_NOUNS = frozenset(
    """
    army armies forces force troops military soldiers guards guard rebels rebel militia
    militias militants fighters insurgents brigade brigades paramilitary paramilitaries
    """.split()
)


# People named by what they are, not who: no state or organisation reacts through them.
_NOBODY_IN_PARTICULAR = frozenset(
    """
    analysts experts residents witnesses diplomats officials observers sources critics
    activists commentators locals survivors doctors medics journalists villagers citizens
    people protesters workers aid agencies reports media commentators one a an some many
    several others
    """.split()
)


def _not_a_reactor(ctx: Context, written: str, parties: frozenset[str]) -> str | None:
    """Why the actor of a reaction cannot be an international one, or None. Only a name
    the data and the articles tie to no state or organisation is checked: an official of
    no named state (in news, the home side's, whose state goes without saying), a
    fighting force, or one who speaks for a party ("the Klow Front's coordinator")."""
    info = ctx.resolver.resolve(written)
    if info.kind not in {"person", "other"} or info.speaks_for is not None:
        return None
    words = [t.norm for t in tokenize(written) if not t.punct]
    if not words or words[0] in _NOBODY_IN_PARTICULAR or set(words) <= _NOBODY_IN_PARTICULAR:
        return f"{written!r} names nobody in particular: not an international reaction"
    if set(words) & _FORCE_NOUNS:
        return f"{written!r} is a fighting force: its statement is not an international reaction"
    party = next(
        (p for p in sorted(parties) for alias in ctx.aliases.get(p, ()) if _names(written, alias)),
        None,
    )
    if party is not None:
        return f"{written!r} speaks for {party}, a party to the fighting"
    if any(w in TITLE_HEADS or w.removesuffix("s") in TITLE_HEADS for w in words):
        return (
            f"{written!r} speaks for no state or organisation the articles name: not an "
            "international reaction"
        )
    return None


def _names(written: str, alias: str) -> bool:
    """Whether `written` holds the party's name `alias` as whole words ("the Klow Front's
    coordinator" holds "Klow Front")."""
    said = [t.norm for t in tokenize(written) if not t.punct]
    name = [t.norm for t in tokenize(alias) if not t.punct]
    if not name or len(name) >= len(said):
        return False
    return any(said[i : i + len(name)] == name for i in range(len(said) - len(name) + 1))


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
