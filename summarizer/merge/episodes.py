"""Which episode each article reports: estimate its year, let the majority decide.

The rule (also in docs/merge-rules.md), using only the article's extracted time mentions
and its publication date, never its file name or position in the input:

1. Each article gets a range of possible episode years [low, high]:
   * published_at pins the year;
   * a this_episode mention with an explicit year pins that year;
   * every explicit year in an earlier_event mention is a lower bound (the episode is not
     older than what the article cites as past); a full past date ("November 26, 2021")
     also pushes a this_episode month-day ("September 13") into the first later year;
   * relative phrases count from the article's war year W, the latest explicit year of an
     earlier_event mention whose sentence speaks of a war, conflict or fighting (or, if the
     article gives none, the war year most articles give): "last year's war" pins W+1;
     "over/more than/in N years" gives low W+N; "almost/nearly N years" gives W+N-1..W+N.
2. Every year that bounds some article is a candidate. The episode year is the candidate
   compatible with the most articles; ties go to the year that pins the most articles,
   then to the earliest year (the least the sources require).
3. Articles whose range excludes the episode year are out of the episode.
4. Inside an in-episode article, an item is about an earlier event when one of its
   evidence sentences carries an earlier_event time mention and none a this_episode one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from summarizer.models import ArticleExtraction, Evidence, TimeMention
from summarizer.reference import times

_WAR_WORDS = re.compile(r"\b(war|conflict|fighting|hostilities|battle|offensive)\b", re.I)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)
_SPAN = re.compile(
    r"\b(?P<hedge>over|more\s+than|almost|nearly|in|since|after)?\s*"
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b",
    re.I,
)


# The same time mention ("September 13", "last year") recurs across articles, and each is
# read several times per merge: its years and dates are read once (times is pure).
_MEMO = 1 << 14


@lru_cache(maxsize=_MEMO)
def years(text: str) -> tuple[int, ...]:
    """times.years, memoised."""
    return tuple(times.years(text))


@lru_cache(maxsize=_MEMO)
def month_days(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """times.month_days, memoised."""
    return tuple(times.month_days(text))


def _month_day(text: str) -> tuple[int, int, int | None] | None:
    found = month_days(text)
    return found[0] if found else None


@dataclass(frozen=True)
class YearRange:
    source: str
    low: int | None
    high: int | None
    why: tuple[str, ...]

    def admits(self, year: int) -> bool:
        return (self.low is None or self.low <= year) and (self.high is None or year <= self.high)

    @property
    def pinned(self) -> int | None:
        return self.low if self.low is not None and self.low == self.high else None

    def describe(self) -> str:
        if self.pinned is not None:
            span = str(self.pinned)
        elif self.low is None and self.high is None:
            span = "any year"
        elif self.high is None:
            span = f"{self.low} or later"
        elif self.low is None:
            span = f"{self.high} or earlier"
        else:
            span = f"{self.low}-{self.high}"
        return f"{span} ({'; '.join(self.why)})" if self.why else span


@dataclass(frozen=True)
class EpisodeDecision:
    year: int | None
    ranges: dict[str, YearRange]
    in_episode: frozenset[str]
    # The days the episode's dated sources span, widened by GAP_DAYS each side.
    window: tuple[date, date] | None = None
    off_dates: dict[str, str] = field(default_factory=dict)  # source -> why its date is off

    def reason(self, source: str) -> str | None:
        """Why a source is set aside (None when it is in the episode)."""
        if source in self.in_episode:
            return None
        if source in self.off_dates:
            return f"reports a different episode: {self.off_dates[source]}"
        supporters = len(self.in_episode)
        return (
            f"reports a different episode: its episode year is {self.ranges[source].describe()}, "
            f"while {supporters} of {len(self.ranges)} sources report {self.year}"
        )

    def short_reason(self, source: str) -> str:
        if source in self.off_dates:
            return self.off_dates[source]
        return f"{self.ranges[source].describe().split(' (')[0]}, not {self.year}"

    def within(self, day: date) -> bool:
        return self.window is None or self.window[0] <= day <= self.window[1]


def _war_year(extraction: ArticleExtraction) -> int | None:
    found: list[int] = []
    for mention in extraction.time_mentions:
        if mention.refers_to != "earlier_event":
            continue
        if _speaks_of_war((mention.text, *(e.text for e in mention.evidence))):
            found.extend(years(mention.text))
    return max(found) if found else None


@lru_cache(maxsize=_MEMO)
def _speaks_of_war(texts: tuple[str, ...]) -> bool:
    """A mention, with its sentences, that speaks of a war, conflict or fighting."""
    return _WAR_WORDS.search(" ".join(texts)) is not None


def _span_years(text: str) -> tuple[str, int] | None:
    match = _SPAN.search(text)
    if match is None:
        return None
    raw = match.group("n").casefold()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    hedge = " ".join((match.group("hedge") or "").casefold().split())
    return hedge, n


def year_range(extraction: ArticleExtraction, fallback_war_year: int | None) -> YearRange:
    """The years an article's episode can fall in, with the reasons."""
    return _year_range(extraction, _war_year(extraction) or fallback_war_year)


def _year_range(extraction: ArticleExtraction, war_year: int | None) -> YearRange:
    low: int | None = None
    high: int | None = None
    why: list[str] = []

    def raise_low(year: int, reason: str) -> None:
        nonlocal low
        if low is None or year > low:
            low = year
            why.append(reason)

    def pin(year: int, reason: str) -> None:
        nonlocal low, high
        low = year if low is None else max(low, year)
        high = year if high is None else min(high, year)
        why.append(reason)

    if extraction.published_at:
        published = years(extraction.published_at)
        if published:
            pin(published[0], f"published {extraction.published_at}")

    latest_past: date | None = None
    for mention in extraction.time_mentions:
        if mention.refers_to == "this_episode":
            for year in years(mention.text):
                pin(year, f"'{mention.text}' dates this episode")
        else:
            for year in years(mention.text):
                raise_low(year, f"cites {year} as past ('{mention.text}')")
            for month, day, written in month_days(mention.text):
                if written is not None:
                    past = date(written, month, day)
                    latest_past = past if latest_past is None else max(latest_past, past)

    for mention in extraction.time_mentions:
        if war_year is None:
            break
        if _LAST_YEAR.search(mention.text):
            pin(war_year + 1, f"'{mention.text}' with the war in {war_year}")
            continue
        span = _span_years(mention.text)
        if span is None or years(mention.text):
            continue
        hedge, n = span
        if hedge in {"almost", "nearly"}:
            raise_low(war_year + n - 1, f"'{mention.text}' after the war in {war_year}")
            high = war_year + n if high is None else min(high, war_year + n)
        elif hedge in {"over", "more than", "in", "since", "after"}:
            raise_low(war_year + n, f"'{mention.text}' after the war in {war_year}")

    # Without its own date, an article's yearless dates come after the latest full date it
    # cites as past; with one, that date is the byline's own and decides alone.
    if latest_past is not None and own_date(extraction, None) is None:
        for mention in extraction.time_mentions:
            found = _month_day(mention.text)
            if mention.refers_to != "this_episode" or found is None or found[2] is not None:
                continue
            year = latest_past.year
            if date(year, found[0], found[1]) < latest_past:
                year += 1  # the same day is the day itself: a dateline restating the date
            raise_low(year, f"'{mention.text}' comes after {latest_past.isoformat()}")

    if low is not None and high is not None and low > high:
        why.append("contradictory time references")
    return YearRange(source=extraction.source, low=low, high=high, why=tuple(why))


def decide(extractions: Sequence[ArticleExtraction]) -> EpisodeDecision:
    """The majority episode year and the sources that report it."""
    own = [_war_year(e) for e in extractions]  # read once: year_range would read it again
    war_years = Counter(y for y in own if y is not None)
    # Most common war year; ties to the later one (the more recent war is the reference).
    fallback = max(war_years, key=lambda y: (war_years[y], y)) if war_years else None
    ranges = {
        e.source: _year_range(e, y or fallback) for e, y in zip(extractions, own, strict=True)
    }
    candidates = sorted(
        {r.low for r in ranges.values() if r.low is not None}
        | {r.high for r in ranges.values() if r.high is not None}
    )
    if not candidates:
        return EpisodeDecision(year=None, ranges=ranges, in_episode=frozenset(ranges))

    def score(year: int) -> tuple[int, int, int]:
        admitted = sum(r.admits(year) for r in ranges.values())
        pinned = sum(r.pinned == year for r in ranges.values())
        return admitted, pinned, -year

    year = max(candidates, key=score)
    chosen = frozenset(s for s, r in ranges.items() if r.admits(year))
    decision = EpisodeDecision(year=year, ranges=ranges, in_episode=chosen)
    return _by_dates(decision, [e for e in extractions if e.source in chosen])


# Sources dated more than this apart from every other one report another episode; the
# widest gap between consecutive reports of one episode in the practice sets is 5 days.
GAP_DAYS = 14


def own_date(extraction: ArticleExtraction, year: int | None) -> date | None:
    """The article's date: its published_at, a yearless dateline ("--12-03") in `year`."""
    value = extraction.published_at or ""
    try:
        if value.startswith("--") and year is not None:
            return date(year, int(value[2:4]), int(value[5:7]))
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _by_dates(decision: EpisodeDecision, inside: list[ArticleExtraction]) -> EpisodeDecision:
    """Within the episode year, separate by date: the largest run of sources whose dates
    lie at most GAP_DAYS apart is the episode; a source dated outside it, none of whose
    own dates for events falls inside, reports another episode."""
    dated = sorted((d, e.source) for e in inside if (d := own_date(e, decision.year)))
    if len(dated) < 2:
        return decision
    runs: list[list[tuple[date, str]]] = [[dated[0]]]
    for item in dated[1:]:
        if (item[0] - runs[-1][-1][0]).days > GAP_DAYS:
            runs.append([])
        runs[-1].append(item)
    main = max(runs, key=lambda run: (len(run), run[-1][0]))
    gap = timedelta(days=GAP_DAYS)
    window = (main[0][0] - gap, main[-1][0] + gap)
    first, last = main[0][0], main[-1][0]
    off: dict[str, str] = {}
    by_source = {e.source: e for e in inside}
    for day, source in dated:
        if window[0] <= day <= window[1]:
            continue
        events = _event_dates(by_source[source], day.year)
        if any(window[0] <= d <= window[1] for d in events):
            continue  # a later report on this episode's events
        side = "before" if day < first else "after"
        distance = (first - day).days if day < first else (day - last).days
        off[source] = (
            f"dated {day.isoformat()}, {distance} days {side} the episode's other sources "
            f"({first.isoformat()} to {last.isoformat()})"
        )
    return replace(
        decision,
        in_episode=decision.in_episode - off.keys(),
        window=window,
        off_dates=off,
    )


def _event_dates(extraction: ArticleExtraction, year: int) -> list[date]:
    found = []
    for mention in extraction.time_mentions:
        if mention.refers_to != "this_episode":
            continue
        for month, day, written in month_days(mention.text):
            try:
                found.append(date(written or year, month, day))
            except ValueError:
                continue
    return found


_BACK_REFERENCE = re.compile(
    r"\b(?:the|that)\s+(?:(?:\w+-\w+|\w+)\s+)?(?:battle|war|conflict|offensive|campaign)\b",
    re.I,
)
_WINDOW_OPENER = re.compile(
    r"\b(?:since|from|began\s+in|started\s+in|beginning\s+in|starting\s+in)\s+(?:the\s+)?$",
    re.I,
)


def opens_a_window(mention: TimeMention) -> bool:
    """ "killed since October 2023": the date opens the span a running toll counts over;
    it does not make the toll an earlier event's."""
    for e in mention.evidence:
        at = e.text.find(mention.text)
        if at >= 0 and (
            _WINDOW_OPENER.search(e.text[:at]) or mention.text.casefold().startswith("since")
        ):
            return True
    return False


def mention_date(mention: TimeMention) -> date | None:
    """The full date a mention writes ("27 November 2024"), or None."""
    for month, day, written in month_days(mention.text):
        if written is not None:
            try:
                return date(written, month, day)
            except ValueError:
                return None
    return None


def same_sentences(
    evidence: Sequence[Evidence], mentions: Sequence[TimeMention]
) -> list[TimeMention]:
    """The time mentions made in one of the sentences an item cites, in their order."""
    index = _sentence_index(mentions)
    hits = sorted({i for e in evidence for i in index.get((e.source, e.sentence), ())})
    return [mentions[i] for i in hits]


# Every item of an article asks for the mentions in its sentences: an article's mentions
# are indexed by sentence once. The entry holds the list itself, so its id is not reused.
_INDEXES: dict[int, tuple[Sequence[TimeMention], dict[tuple[str, int], list[int]]]] = {}


def _sentence_index(mentions: Sequence[TimeMention]) -> dict[tuple[str, int], list[int]]:
    entry = _INDEXES.get(id(mentions))
    if entry is not None and entry[0] is mentions:
        return entry[1]
    index: dict[tuple[str, int], list[int]] = {}
    for i, mention in enumerate(mentions):
        for e in mention.evidence:
            index.setdefault((e.source, e.sentence), []).append(i)
    if len(_INDEXES) >= 64:
        _INDEXES.clear()
    _INDEXES[id(mentions)] = (mentions, index)
    return index


def earlier_event_reference(
    evidence: Sequence[Evidence],
    mentions: Sequence[TimeMention],
    decision: EpisodeDecision | None = None,
) -> TimeMention | None:
    """The earlier_event mention that dates an item, if the item is about an earlier event.

    A full date inside the episode's window ("27 November 2024" in a report of that week)
    dates this episode, whatever the lexical rule called it.
    """
    shared = same_sentences(evidence, mentions)

    def this_episode(m: TimeMention) -> bool:
        if m.refers_to == "this_episode" or opens_a_window(m):
            return True
        day = mention_date(m)
        return bool(decision and decision.window and day and decision.within(day))

    if any(this_episode(m) for m in shared):
        return None
    if shared:
        return shared[0]
    # "... a six-week conflict in 2020. More than 6,700 people were killed in the battle":
    # a sentence with no date of its own that points back ("the battle") to the one before,
    # which dates only an earlier event, is about that event too.
    for e in evidence:
        if not _BACK_REFERENCE.search(e.text):
            continue
        before = [m for m in mentions if any(x.sentence == e.sentence - 1 for x in m.evidence)]
        if before and not any(this_episode(m) for m in before):
            return before[0]
    return None
