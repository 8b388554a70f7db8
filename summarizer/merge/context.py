"""What every part of the merge shares: the articles in canonical order, the episode
decision (with each article's anchor date), the aliases seen and the items set aside.

Pure: no I/O, no clock, no randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Protocol, TypeVar

from summarizer.merge import episodes, theatres
from summarizer.models import ArticleExtraction, Evidence, SetAside, TimeMention
from summarizer.reference import timeline
from summarizer.reference.actors import (
    ActorInfo,
    ActorResolver,
    also_known_as,
    parts_then,
    shared_choices,
    spelling_variants,
    written_initials,
)
from summarizer.reference.affiliations import (
    affiliations_by_article,
    evidence_sentences,
    evidence_sentences_by_article,
)


class _Grounded(Protocol):
    @property
    def evidence(self) -> Sequence[Evidence]: ...


_Item = TypeVar("_Item", bound=_Grounded)


@dataclass
class Context:
    articles: list[ArticleExtraction]
    decision: episodes.EpisodeDecision
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    set_aside: list[SetAside] = field(default_factory=list)
    # Names resolved with what the articles say about who speaks for whom.
    resolver: ActorResolver = field(default_factory=ActorResolver)
    # The clock (IANA zone) of where most articles place the fighting: a "local" time's
    # when nothing nearer gives one.
    home: str | None = None

    @classmethod
    def build(
        cls, articles: list[ArticleExtraction], decision: episodes.EpisodeDecision
    ) -> Context:
        cited = evidence_sentences(articles)
        learned = affiliations_by_article(
            evidence_sentences_by_article(articles), [s for a in articles for s in a.speakers]
        )
        # One actor however the articles spell or call it: variants of names no data set
        # knows, and names a sentence says are one ("X, better known as Y").
        names = written_names(articles)
        # (a name two states share, "Congolese": the one the articles name otherwise)
        chosen = shared_choices(cited)
        plain = ActorResolver(learned, chosen=chosen)
        # (and an acronym and the name whose initials it is, "KRF" and "Klow Relief Front")
        same = [*also_known_as(names, cited), *written_initials(names)]
        variants = spelling_variants(names, plain, same)
        named = {plain.resolve(n).id for n in names}
        resolver = ActorResolver(learned, variants, parts_then(decision.year, named), chosen)
        # (dates cannot part two wars of the same days: where and between whom can)
        decision = decision.set_apart(theatres.other_wars(articles, decision.in_episode, resolver))
        home = theatres.home_zone(articles, decision.in_episode)
        return cls(articles=articles, decision=decision, resolver=resolver, home=home)

    def anchor(self, article: ArticleExtraction) -> date | None:
        """The article's anchor date (timeline), completed by the episode decision."""
        return self.decision.anchor(article.source)

    @property
    def year(self) -> int | None:
        return self.decision.year

    def inside(self, article: ArticleExtraction) -> bool:
        return article.source in self.decision.in_episode

    def name(self, written: str) -> ActorInfo:
        """The party a written name stands for; the name is remembered as an alias."""
        info = self.resolver.party(written)
        self.aliases[self.resolver.resolve(written).id].add(written.strip())
        return info

    def date_of(
        self, article: ArticleExtraction, text: str, sentences: Sequence[str] = ()
    ) -> date | None:
        """The day a text names, from the article's anchor; `sentences`: where it was
        written (for its tense)."""
        sentence = next((x for x in sentences if text in x), None)
        return _dated(text, self.anchor(article), sentence)

    def mention_day(self, article: ArticleExtraction, mention: TimeMention) -> date | None:
        """The day a time mention names (None for a month, a year or no anchor)."""
        found = episodes.mention_interval(mention, self.anchor(article))
        return found.day if found is not None else None

    def aside(self, source: str, kind: str, item: str, reason: str) -> None:
        self.set_aside.append(SetAside(source=source, kind=kind, item=item, reason=reason))

    def kept(
        self,
        kind: str,
        items: Callable[[ArticleExtraction], Sequence[_Item]],
        describe: Callable[[_Item], str],
        *,
        dated: bool = True,
    ) -> Iterator[tuple[ArticleExtraction, _Item]]:
        """Each article's items of one kind that are about this episode. The others are set
        aside with a description and the reason: nothing is lost silently."""
        for article in self.articles:
            for item in items(article):
                reason = self.off_episode(article, item.evidence, dated=dated)
                if reason is None:
                    yield article, item
                else:
                    self.aside(article.source, kind, describe(item), reason)

    def off_episode(
        self,
        article: ArticleExtraction,
        evidence: Sequence[Evidence],
        *,
        dated: bool = True,
        toll: int | None = None,
    ) -> str | None:
        """Why an item is not about this episode, or None when it is.

        `dated` items (figures, truces) are also checked sentence by sentence; a reaction
        citing an old agreement is still today's reaction, so reactions are not. A `toll` (its
        count) counted from years before the episode is the whole war's; one counted over a year
        begun months before it, the year's.
        """
        if not self.inside(article):
            why = self.decision.short_reason(article.source)
            return f"source {article.source} reports another episode ({why})"
        if not dated:
            return None
        earlier = episodes.earlier_event_reference(
            evidence, article.time_mentions, self.anchor(article), self.decision
        )
        if earlier is not None:
            return f"its sentence dates it to an earlier event ('{earlier.text}')"
        if toll is not None:
            war = episodes.war_long_reference(
                toll, evidence, article.time_mentions, self.anchor(article), self.decision
            )
            if war is not None:
                span = "year" if episodes.counts_a_year(war) else "war"
                return f"a toll of the whole {span} ('{war.text}'), not of this episode"
        return None


@lru_cache(maxsize=1 << 14)
def _dated(text: str, anchor: date | None, sentence: str | None) -> date | None:
    return timeline.dated(text, anchor, sentence)


def published(article: ArticleExtraction, decision: episodes.EpisodeDecision) -> date | None:
    """The article's anchor date, a year-less dateline completed by the episode decision."""
    return decision.anchor(article.source)


def written_names(articles: Iterable[ArticleExtraction]) -> list[str]:
    """Every name of an actor as the articles write it, once per mention: actors,
    casualty sides and claimants, truce parties, mediators and announcers, reactors and
    whom they address."""
    names: list[str] = []
    for a in articles:
        names += [m.name for m in a.actors]
        names += [n for c in a.casualties for n in (c.side, c.claimant)]
        for t in a.ceasefires:
            names += [*t.parties, *t.mediators, *([t.announced_by] if t.announced_by else [])]
        names += [n for r in a.reactions for n in (r.actor, *r.addressed_to)]
    return names


def union_evidence(groups: Iterable[Sequence[Evidence]]) -> list[Evidence]:
    """The evidence of several items, de-duplicated and sorted by (source, sentence)."""
    unique = {(e.source, e.sentence, e.start, e.end, e.text): e for g in groups for e in g}
    return [unique[k] for k in sorted(unique)]


def refs(evidence: Sequence[Evidence]) -> str:
    """Sentence references for a set-aside description: "seed-000#3, seed-001#7"."""
    return ", ".join(f"{e.source}#{e.sentence}" for e in evidence)


def dating_mentions(
    ctx: Context, article: ArticleExtraction, evidence: Sequence[Evidence]
) -> list[TimeMention]:
    """The time mentions made in the same sentences as an item that name a day of this
    episode or after it (not one before the episode's window)."""
    anchor = ctx.anchor(article)
    return [
        m
        for m in episodes.same_sentences(evidence, article.time_mentions)
        if (found := episodes.mention_interval(m, anchor)) is not None
        and found.day is not None
        and not episodes.before_episode(m, anchor, ctx.decision)
    ]
