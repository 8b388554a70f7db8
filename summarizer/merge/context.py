"""What every part of the merge shares: the articles in canonical order, the episode
decision, the weekday references, the aliases seen and the items set aside.

Pure: no I/O, no clock, no randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, TypeVar

from summarizer.merge import episodes
from summarizer.models import ArticleExtraction, Evidence, SetAside, TimeMention
from summarizer.reference import times
from summarizer.reference.actors import ActorInfo, ActorResolver
from summarizer.reference.affiliations import affiliations, evidence_sentences


class _Grounded(Protocol):
    @property
    def evidence(self) -> Sequence[Evidence]: ...


_Item = TypeVar("_Item", bound=_Grounded)


@dataclass
class Context:
    articles: list[ArticleExtraction]
    decision: episodes.EpisodeDecision
    references: dict[str, times.Reference | None]
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    set_aside: list[SetAside] = field(default_factory=list)
    # Names resolved with what the articles say about who speaks for whom.
    resolver: ActorResolver = field(default_factory=ActorResolver)
    # date_of, memoised: the same mention text is dated in several parts of the merge.
    _dates: dict[tuple[str, times.Reference | None], date | None] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def build(
        cls, articles: list[ArticleExtraction], decision: episodes.EpisodeDecision
    ) -> Context:
        # Weekdays count from the article's publication date; failing that from the latest
        # explicit date it gives for this episode, then the latest any in-episode source
        # gives, then the latest publication date among them (times.nearest_weekday).
        explicit = {a.source: _explicit_dates(a, decision.year) for a in articles}
        inside = [a for a in articles if a.source in decision.in_episode]
        shared = [d for a in inside for d in explicit[a.source]]
        dates = [d for a in inside if (d := published(a, decision.year)) is not None]
        fallback = max(shared) if shared else (max(dates) if dates else None)
        references: dict[str, times.Reference | None] = {}
        for article in articles:
            own = published(article, decision.year)
            if own is not None:
                references[article.source] = times.Reference(own, published=True)
            elif explicit[article.source]:
                references[article.source] = times.Reference(max(explicit[article.source]))
            else:
                references[article.source] = times.Reference(fallback) if fallback else None
        resolver = ActorResolver(affiliations(evidence_sentences(articles)))
        return cls(articles=articles, decision=decision, references=references, resolver=resolver)

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

    def date_of(self, article: ArticleExtraction, text: str) -> date | None:
        reference = self.references[article.source]
        key = (text, reference)
        if key not in self._dates:
            self._dates[key] = times.resolve_date(text, year=self.year, reference=reference)
        return self._dates[key]

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
        self, article: ArticleExtraction, evidence: Sequence[Evidence], *, dated: bool = True
    ) -> str | None:
        """Why an item is not about this episode, or None when it is.

        `dated` items (figures, truces) are also checked sentence by sentence; a reaction
        citing an old agreement is still today's reaction, so reactions are not.
        """
        if not self.inside(article):
            why = self.decision.short_reason(article.source)
            return f"source {article.source} reports another episode ({why})"
        if not dated:
            return None
        earlier = episodes.earlier_event_reference(evidence, article.time_mentions, self.decision)
        if earlier is not None:
            return f"its sentence dates it to an earlier event ('{earlier.text}')"
        return None


def _explicit_dates(article: ArticleExtraction, year: int | None) -> list[date]:
    """Calendar dates ("September 13") the article gives for this episode."""
    found: list[date] = []
    for mention in article.time_mentions:
        if mention.refers_to != "this_episode":
            continue
        for month, day, written in episodes.month_days(mention.text):
            chosen = written or year
            if chosen is not None:
                found.append(date(chosen, month, day))
    return found


def published(article: ArticleExtraction, year: int | None = None) -> date | None:
    """The article's own date, or None when it has no readable one (a yearless dateline
    takes `year`, the episode's)."""
    return episodes.own_date(article, year)


def union_evidence(groups: Iterable[Sequence[Evidence]]) -> list[Evidence]:
    """The evidence of several items, de-duplicated and sorted by (source, sentence)."""
    unique = {(e.source, e.sentence, e.start, e.end, e.text): e for g in groups for e in g}
    return [unique[k] for k in sorted(unique)]


def refs(evidence: Sequence[Evidence]) -> str:
    """Sentence references for a set-aside description: "seed-000#3, seed-001#7"."""
    return ", ".join(f"{e.source}#{e.sentence}" for e in evidence)


def dating_mentions(article: ArticleExtraction, evidence: Sequence[Evidence]) -> list[TimeMention]:
    """This-episode time mentions made in the same sentences as an item."""
    return [
        m
        for m in episodes.same_sentences(evidence, article.time_mentions)
        if m.refers_to == "this_episode"
    ]
