"""Articles about another war fought in the same days (module rules).

Dates alone cannot tell two wars of the same fortnight apart: a feature on a landing at
a canal port, dated inside the window of a rising in a distant capital, is read as part of
it. An article reports another war when all three of these hold:

- it places its fighting in a state (its location, by maintained place data) that is not
  where most of the articles place theirs;
- the sides it reports fighting are known actors, and none of them is a side most of the
  articles report fighting;
- none of the sentences it is cited by names one of those sides, or the state where most
  articles place the fighting (by name, demonym or capital).

Each test needs a majority to compare with (two articles at least), so a batch whose
articles disagree on where or between whom keeps every article. Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from summarizer.models import ArticleExtraction
from summarizer.reference.actors import ActorResolver, actor_by_id, alias_at, states, tokenize
from summarizer.reference.affiliations import evidence_sentences
from summarizer.reference.zones import place


def _fighting(article: ArticleExtraction, resolver: ActorResolver) -> set[str]:
    """The known actors the article reports fighting: belligerent mentions and the
    parties of its truces (names no data knows are left out: they prove nothing)."""
    names = [m.name for m in article.actors if m.role == "belligerent"]
    names += [p for t in article.ceasefires for p in t.parties]
    found = {resolver.party(n).id for n in names if n.strip()}
    return {i for i in found if actor_by_id(i) is not None}


def _where(article: ArticleExtraction) -> str | None:
    """The state (ISO alpha-3) where the article places the fighting."""
    if not article.location:
        return None
    found = place(article.location)
    return found.country if found is not None else None


def _most(counts: Counter[str], of: int) -> set[str]:
    """What at least half of `of` articles (two at least) share."""
    return {k for k, n in counts.items() if n >= 2 and 2 * n >= of}


def _names(article: ArticleExtraction, fighting: set[str]) -> tuple[set[str], set[str]]:
    """The actors (`fighting` among them) and the states (alpha-3) its cited sentences,
    location and dateline name."""
    texts = [*evidence_sentences([article]), article.location or "", *article.dateline]
    actors: set[str] = set()
    for text in texts:
        tokens = tokenize(text)
        for i in range(len(tokens)):
            hit = alias_at(tokens, i, cased=True)
            if hit is not None:
                actors.add(hit[0])
    actors |= fighting
    states = {c for a in actors if (info := actor_by_id(a)) and (c := info.country)}
    return actors, states


def home_zone(articles: Sequence[ArticleExtraction], in_episode: frozenset[str]) -> str | None:
    """The clock (IANA zone) of where most in-episode articles place the fighting: the
    one state most of them name, and of the places they name in it the zone most share
    ("Kisangani" is on Lubumbashi's clock, not on the capital's)."""
    inside = [a for a in articles if a.source in in_episode]
    found = [p for a in inside if a.location and (p := place(a.location))]
    states = _most(Counter(p.country for p in found if p.country), len(inside))
    if len(states) != 1:
        return None
    [state] = states
    there = Counter(p.zone for p in found if p.country == state)
    zone, count = there.most_common(1)[0]
    return zone if 2 * count >= sum(there.values()) else None


def other_wars(
    articles: Sequence[ArticleExtraction], in_episode: frozenset[str], resolver: ActorResolver
) -> Mapping[str, str]:
    """The in-episode articles that report another war (module rules), with the reason."""
    inside = [a for a in articles if a.source in in_episode]
    fighting = {a.source: _fighting(a, resolver) for a in inside}
    where = {a.source: _where(a) for a in inside}
    sides = _most(Counter(i for a in inside for i in fighting[a.source]), len(inside))
    places = _most(Counter(w for w in where.values() if w), len(inside))
    if not sides or not places:
        return {}
    off: dict[str, str] = {}
    for article in inside:
        own, there = fighting[article.source], where[article.source]
        if there is None or there in places or not own or own & sides:
            continue
        actors, states = _names(article, own)
        if actors & sides or states & places:
            continue
        off[article.source] = (
            f"it reports {_listed(own)} fighting in {article.location}, and names none of "
            f"the sides most sources report ({_listed(sides)}) nor where ("
            f"{_listed(_state_ids(places))})"
        )
    return off


def _state_ids(countries: set[str]) -> set[str]:
    return {s.id for s in states() if s.country in countries}


def _listed(ids: set[str]) -> str:
    return " and ".join(sorted(info.name if (info := actor_by_id(i)) else i for i in ids))
