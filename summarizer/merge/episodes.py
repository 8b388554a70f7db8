"""Which episode each article reports: the densest window of the articles' dates.

The rule (also in docs/merge-rules.md, "The time model"), using only each article's anchor
(`published_at`: its metadata, byline or dateline) and the dates its sentences write, all
read by the time model (summarizer.reference.timeline), never its file name or position:

1. Each article with a full anchor contributes its anchor and the days its sentences name
   within its own round (from LOOKBACK_DAYS before the anchor to FORWARD_WEEKDAY after).
   With no such article, the days written with their year are used.
2. Those days are grouped: days at most GAP_DAYS apart are one group. The group that the
   most articles contribute to is the episode (ties: more days, then the later group);
   its first and last day are the episode's window.
3. A year-less dateline ("--09-16") takes the year that puts it nearest the window, never
   a year before the latest year the article writes, nor after a state name it writes was
   given up ("Upper Volta": `_named_until`) (timeline.complete), nor in a year its war's
   age does not fit ("nearly 19 years of war" where the dated reports count 17:
   `_years_by_war_age`). An article with
   no date of its own is anchored at the window's last day, or at its latest full date
   when that is later (an article is never older than a date it writes); it is read after
   every dated article, year-less datelines included, and never before a year-less day it
   tells as a past act ("was sworn in on May 2") or a spell past a date ("nearly two
   weeks after the siege began on May 3": `_present_floor`). Steps 1-2 are then run
   again with every article anchored.
4. An article whose anchor and event days all lie outside the window reports another
   episode, unless a spell of fighting it counts up to its report spans the window's first
   day ("an end to six weeks of fighting"); the reason gives its dates and the window.
   So does an article with no date of its own whose dates written with their month
   (year-less, or its photo caption's) all lie months from the window, whatever its bare
   weekdays read from the fitted anchor.
5. Inside an in-episode article, an item is about an earlier event when the dates of its
   sentences all end before the window opens (a date that opens the span of a running toll,
   "since 7 October", does not count), or when its sentence points back ("the battle") to
   the sentence before, which only such dates date.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from summarizer.models import ArticleExtraction, Evidence, TimeMention
from summarizer.reference import timeline
from summarizer.reference.numbers import written_as

# Days further apart than this belong to different groups; the widest gap between
# consecutive reports of one episode in the practice sets is 5 days.
GAP_DAYS = 14
_MEMO = 1 << 14


@lru_cache(maxsize=_MEMO)
def interval(text: str, sentence: str, anchor: date | None) -> timeline.Interval | None:
    """timeline.mention_interval, memoised: the same mention recurs across the merge."""
    return timeline.mention_interval(text, sentence, anchor)


def _sentence(mention: TimeMention) -> str:
    return mention.evidence[0].text if mention.evidence else mention.text


def mention_interval(mention: TimeMention, anchor: date | None) -> timeline.Interval | None:
    return interval(mention.text, _sentence(mention), anchor)


@lru_cache(maxsize=_MEMO)
def _intervals(text: str, sentence: str, anchor: date | None) -> tuple[timeline.Interval, ...]:
    at = sentence.find(text)
    found = []
    for expr in timeline.expressions(text):
        future = timeline.written_ahead(expr, sentence, at + expr.start if at >= 0 else -1)
        if (iv := timeline.resolve(expr, anchor, future=future)) is not None:
            found.append(iv)
    return tuple(found)


def mention_intervals(mention: TimeMention, anchor: date | None) -> tuple[timeline.Interval, ...]:
    """Every expression of a mention resolved ("9 November 2020 and 11 January 2021")."""
    return _intervals(mention.text, _sentence(mention), anchor)


@dataclass(frozen=True)
class Dated:
    """An article's anchor (how it was found) and the days its sentences name."""

    anchor: date | None
    how: str
    days: tuple[date, ...]
    own: bool = True  # the anchor is the article's own date, not one read for it
    month_dates: tuple[date, ...] = ()  # its days written with their month (`_month_dates`)
    fought_from: date | None = None  # when the fighting it counts began (`_fought_from`)

    def round(self) -> list[date]:
        """Its anchor and the days of its own round."""
        if self.anchor is None:
            return list(self.days)
        if not self.own:
            return [d for d in self.days if d <= self.anchor]
        low = self.anchor - timedelta(days=timeline.LOOKBACK_DAYS)
        high = self.anchor + timedelta(days=timeline.FORWARD_WEEKDAY)
        return [self.anchor, *(d for d in self.days if low <= d <= high)]


@dataclass(frozen=True)
class EpisodeDecision:
    window: tuple[date, date] | None
    dated: dict[str, Dated]
    in_episode: frozenset[str]
    off: dict[str, str] = field(default_factory=dict)  # source -> why its dates are off

    @property
    def year(self) -> int | None:
        return self.window[1].year if self.window else None

    def anchor(self, source: str) -> date | None:
        found = self.dated.get(source)
        return found.anchor if found else None

    def reason(self, source: str) -> str | None:
        """Why a source is set aside (None when it is in the episode)."""
        if source in self.in_episode:
            return None
        return (
            f"reports a different episode: {self.off.get(source, 'no date in the episode')}; "
            f"{len(self.in_episode)} of {len(self.dated)} sources report "
            f"{_span(self.window)}"
        )

    def short_reason(self, source: str) -> str:
        return self.off.get(source, "no date in the episode")

    def within(self, day: date) -> bool:
        return self.window is None or self.window[0] <= day <= self.window[1]

    def set_apart(self, off: Mapping[str, str]) -> EpisodeDecision:
        """The decision with more sources out of the episode (`off`: source -> why)."""
        if not off:
            return self
        return replace(self, in_episode=self.in_episode - set(off), off={**self.off, **off})


def _span(window: tuple[date, date] | None) -> str:
    return f"{window[0].isoformat()} to {window[1].isoformat()}" if window else "no dates"


def _own_date(extraction: ArticleExtraction) -> tuple[date | None, tuple[int, int] | None]:
    value = extraction.published_at or ""
    try:
        if value.startswith("--"):
            return None, (int(value[2:4]), int(value[5:7]))
        return (date.fromisoformat(value[:10]) if value else None), None
    except ValueError:
        return None, None


def _days(extraction: ArticleExtraction, anchor: date | None) -> tuple[date, ...]:
    found = {
        d
        for m in extraction.time_mentions
        for iv in mention_intervals(m, anchor)
        if (d := iv.day) is not None
    }
    return tuple(sorted(found))


def _yearless_dates(extraction: ArticleExtraction, anchor: date | None) -> tuple[date, ...]:
    """The days of its dates written with a month but no year ("Tuesday, November 16"):
    read from an anchor fitted to the window, they still fall where their month (and
    weekday) put them, unlike a bare weekday, which falls wherever the anchor is."""
    found: set[date] = set()
    for m in extraction.time_mentions:
        written = [
            x.text
            for x in timeline.expressions(m.text)
            if x.kind == "date"
            and timeline.month_day(x.text)
            and not re.search(r"\b\d{4}\b", x.text)
        ]
        if not written:
            continue
        days = {d for iv in mention_intervals(m, anchor) if (d := iv.day) is not None}
        found |= days
        if anchor is not None and not any(_WEEKDAY.search(w) for w in written):
            # (with no weekday to fix its year, a date may be a coming one: "faces a
            # general election May 29", in an article of April)
            found |= {_next_year(d) for d in days if d <= anchor}
    return tuple(sorted(found))


_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + timedelta(days=365)


def _said_weekday(extraction: ArticleExtraction) -> int | None:
    """The weekday the dateline sentence's statement is dated by ("TSKHINVALI, Aug. 19 -
    Georgia said Thursday ...")."""
    for m in extraction.time_mentions:
        sentence = _sentence(m)
        if (
            timeline.dateline_end(sentence)
            and (found := timeline.said_weekday(m.text, sentence)) is not None
        ):
            return found
    return None


def _in_written_years(extraction: ArticleExtraction, anchor: date) -> tuple[date, ...]:
    """`_yearless_dates` of an article with no date of its own, each in the year the
    article writes its month with ("July 19 to 20" beside a caption's "July 1969": 1969),
    as a year-less dateline takes its year; else as read from the fitted anchor."""
    found = set()
    for day in _yearless_dates(extraction, anchor):
        written = _dated_month(extraction, day.month)
        if written is not None and written.year != day.year:
            with contextlib.suppress(ValueError):  # (29 February of another year)
                day = day.replace(year=written.year)
        found.add(day)
    return tuple(sorted(found))


def _month_dates(extraction: ArticleExtraction, anchor: date) -> tuple[date, ...]:
    """The days an article with no date of its own writes with their month: its year-less
    dates (`_in_written_years`) and its photo's caption's full date ("[Photo caption: ...
    in Klow, May 5, 2031.]": the day the page shows; not a file photo's). A full date in
    its prose may be background ("the November 9, 2030 ceasefire")."""
    full = {
        d
        for m in extraction.time_mentions
        if _dated_caption(m)
        for expr in timeline.expressions(m.text)
        if expr.kind == "date"
        and (iv := timeline.resolve(expr, None)) is not None
        and iv.precision == "day"
        and (d := iv.day) is not None
    }
    return tuple(sorted(full | set(_in_written_years(extraction, anchor))))


_CAPTION = re.compile(r"^\W*(?:photo|image|picture|caption)s?\b", re.IGNORECASE)
# An older photo's caption: "File photo", "In this May 8 photo", "a library picture",
# "pictured before the war".
_FILE_PHOTO = re.compile(
    r"\b(?:file|archives?|archival|library|stock|in\s+this|pictured|before|earlier|previous)\b",
    re.IGNORECASE,
)
# What may follow the date that closes a caption: its brackets, a credit ("Photo: Staff",
# "(AFP)").
_CAPTION_END = re.compile(
    r"[\s.,;)\]]*(?:(?:[-\u2013\u2014]\s*)?(?i:photo(?:graph)?|picture|image|credit)s?\s*:[^\]]*"
    r"|\(?[A-Z][A-Za-z/.&-]*(?:\s+[A-Z][A-Za-z/.&-]*){0,3}\)?)?[\s.)\]]*"
)


def _dated_caption(mention: TimeMention) -> bool:
    """The mention is the date that closes a photo caption ("[Photo caption: Rescuers at
    the site of a strike in Klow, May 5, 2031.]"), of no older photo: the day it shows."""
    sentence = _sentence(mention)
    at = sentence.find(mention.text)
    return (
        at >= 0
        and _CAPTION.match(sentence) is not None
        and not _FILE_PHOTO.search(sentence)
        and _CAPTION_END.fullmatch(sentence[at + len(mention.text) :]) is not None
    )


def _ahead(mention: TimeMention) -> bool:
    """The mention's sentence speaks of the future there, sets a deadline by it, or
    bounds a state of things by a bare year ("in office until his term ends in 2031")."""
    sentence = _sentence(mention)
    at = max(sentence.find(mention.text), 0)
    return (
        timeline.speaks_of_future(sentence, at)
        or bool(_DEADLINE_BEFORE.search(sentence[:at]))
        or (_bare_year(mention.text) and _limit_ahead(sentence[: at + _digits_at(mention.text)]))
    )


def _bare_year(text: str) -> bool:
    return [e.kind for e in timeline.expressions(text)] == ["year"]


def _digits_at(text: str) -> int:
    """Where a year's number starts in its words ("until 2031": 6)."""
    found = re.search(r"\d", text)
    return found.start() if found else 0


# A year that bounds a state of things still running ("to stay until 2031", "in office
# until his term ends in 2031"): a limit ahead, not a year the report was written after;
# not a limit already passed ("had ruled until 2031", "from 2025 until 2031").
_UNTIL = re.compile(r"\b(?:until|till)\b[^.;:]*$", re.IGNORECASE)
_PASSED_LIMIT = re.compile(
    r"\b(?:had|held|lasted|remained|stayed|ruled|served|was|were|ended|retook|took)\b"
    r"|\b(?:from|since|between)\s+\d{4}\b",
    re.IGNORECASE,
)


def _limit_ahead(before: str) -> bool:
    """The text before a bare year ends in "until ..." of a limit still to come."""
    found = _UNTIL.search(before)
    if found is None:
        return False
    # (the verb that "until" bounds, a few words before it: "the truce held until", not
    # "Ceasefire took effect at midnight, Vell to stay until")
    clause = re.split(r"[.;:,]", before[: found.start()])[-1]
    return _PASSED_LIMIT.search(" ".join(clause.split()[-5:])) is None


# A weekday and a month-day written together: "Tuesday Morning, April 6", "WEDNESDAY,
# APRIL 21", "Sunday, April 25".
_WEEKDAY_THEN_DAY = re.compile(
    r"\b(?P<weekday>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    r"[^.;:\d]{0,24}?\b(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2})\b(?!\s*,?\s*\d{4})"
)
_HEAD_DAYS = 2  # a masthead's day may be the day after the dateline's


_MASTHEAD_SENTENCES = 8  # a page's masthead and dateline come before its story


def _weekday_dates(extraction: ArticleExtraction) -> list[tuple[int, tuple[int, int]]]:
    """Every weekday the article's head writes with a year-less month-day, as (weekday,
    month-day): its masthead's ("Tuesday Morning, April 6"), not a day still to come ("talks
    will open on Monday, April 7")."""
    found = []
    head = {
        _sentence(m)
        for m in extraction.time_mentions
        if m.evidence and m.evidence[0].sentence <= _MASTHEAD_SENTENCES
    }
    for sentence in sorted(head):
        for match in _WEEKDAY_THEN_DAY.finditer(sentence):
            if timeline.speaks_of_future(sentence, match.start()):
                continue
            month_day = timeline.month_day(match["date"])
            weekday = timeline.written_weekday(match["weekday"])
            if month_day is not None and weekday is not None:
                found.append((weekday, month_day))
    return found


def _written_years(extractions: Sequence[ArticleExtraction]) -> Counter[int]:
    """Every year the articles write, bare or in a date, with how many articles write it."""
    return Counter(
        year
        for e in extractions
        for year in {
            iv.first.year
            for m in e.time_mentions
            for iv in mention_intervals(m, None)
            if iv.precision in {"year", "month", "day"}
        }
    )


def _years_by_weekday(
    extractions: Sequence[ArticleExtraction],
    own: Mapping[str, tuple[date | None, tuple[int, int] | None]],
) -> dict[str, tuple[date, str]]:
    """{source: (its day, how)} for each year-less dateline that its own weekday-dated
    masthead ("Tuesday Morning, April 6" over "SAN JOSE, April 5") fits in one of the years
    the articles write (of two that fit, the one more articles write, else the later): the
    year no dateline gives, read from the calendar."""
    years = _written_years(extractions)
    found: dict[str, tuple[date, str]] = {}
    for e in extractions:
        month_day = own[e.source][1]
        if month_day is None:
            continue
        fits: set[int] = set()
        for weekday, written in _weekday_dates(e):
            for year in years:
                with contextlib.suppress(ValueError):  # (29 February)
                    head, day = date(year, *written), date(year, *month_day)
                    if head.weekday() == weekday and 0 <= (head - day).days <= _HEAD_DAYS:
                        fits.add(year)
        # (never before the latest year the article writes: "the war of 1965" in a report
        # whose masthead's weekday fits 1965 and 1971 is of 1971)
        latest = _written(e)[2]
        fits = {y for y in fits if latest is None or y >= latest}
        # (of years as many articles write, the latest: a report writes years past more
        # than years to come)
        ranked = sorted(((years[y], y) for y in fits), reverse=True)
        if ranked:
            year = ranked[0][1]
            day = date(year, *month_day)
            found[e.source] = (
                day,
                f"dateline {e.published_at} read as {day.isoformat()} (its weekday fits "
                f"{year}, of the years the articles write)",
            )
    return found


def _dated_month(
    extraction: ArticleExtraction,
    month: int,
    near: tuple[date, date] | None = None,
    day: int | None = None,
) -> date | None:
    """The first day of the latest month the article writes with its year that is the
    dateline's own month ("File photo, March 2030" beside "KORVA, March 10"), outside
    future-tense sentences: it gives the dateline its year. When it writes the dateline's
    own day with a year more than once (an archive's "Posted 25/07/2041" over a clipping's
    "(July 25, 2031)"), the one of those nearest `near`, the episode the others date."""
    found = []
    own_day = []
    for m in extraction.time_mentions:
        sentence = _sentence(m)
        if timeline.speaks_of_future(sentence, sentence.find(m.text)):
            continue
        for iv in mention_intervals(m, None):
            if iv.precision in {"day", "month"} and iv.first.month == month:
                found.append(iv.first.replace(day=1))
                if iv.precision == "day" and iv.first.day == day:
                    own_day.append(iv.first.replace(day=1))
    if not found:
        return None
    if near is None or len(set(own_day)) < 2:
        return max(found)
    return min(own_day, key=lambda d: (_distance(d, near), -d.toordinal()))


def _distance(day: date, window: tuple[date, date]) -> int:
    """Days from `day` to the window (0 inside it)."""
    return max((window[0] - day).days, (day - window[1]).days, 0)


_WAR_WORDS = re.compile(r"\b(?:war|conflict|fighting|hostilities|battle|offensive)\b", re.I)


def _years_after_a_war(extraction: ArticleExtraction) -> tuple[int, str] | None:
    """The year an undated article is from when it speaks of "last year's war" (or "their
    war seven years ago") and writes the year of a war (the latest year in a sentence
    speaking of war, conflict or fighting): that many years after that war, and how it
    was counted ("'last year' with the war of 2030")."""
    back: tuple[int, str] | None = None
    wars: list[int] = []
    for m in extraction.time_mentions:
        sentence = _sentence(m)
        if not _WAR_WORDS.search(sentence):
            continue
        if (years := timeline.years_back(m.text)) is not None:
            # "their war seven years ago", "last year's 11-day war": counted back from a war
            # (not "a ceasefire agreed 26 years ago", nor "The war, which began in 1981, has
            # wrecked an economy in which inflation last year exceeded 1,000 per cent")
            said = re.escape(m.text)
            # ("The war, which began last year when ..."; not "the heaviest fighting since
            # clashes two years ago", nor "inflation last year" far from the war)
            after_war = re.search(rf"\b(?:war|conflict)\b[^.;]{{0,30}}?\s{said}", sentence, re.I)
            # "last year's 11-day war" (the mention may be read with or without its noun)
            at = max(sentence.find(m.text), 0)
            before_war = years == 1 and re.match(
                r"last\s+year['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|fighting)\b",
                sentence[at:],
                re.I,
            )
            if after_war or before_war:
                back = back or (years, m.text)
            continue
        wars.extend(iv.last.year for iv in mention_intervals(m, None))
    if back and wars:
        written = re.sub(r"['\u2019]s$", "", back[1].casefold())  # "last year's war"
        return max(wars) + back[0], f"'{written}' with the war of {max(wars)}"
    return None


def _war_age(extraction: ArticleExtraction) -> tuple[int, str] | None:
    """How many years the article says its war has gone on, and how it wrote it ("nearly 19
    years of war"): the largest such count it writes."""
    ages = [(a, m.text) for m in extraction.time_mentions if (a := timeline.war_age(m.text))]
    return max(ages) if ages else None


@dataclass(frozen=True)
class _ByAge:
    """The years an article without a year of its own can be from by its war's age, given
    the years the dated articles' counts put the war's start in: from one year before the
    latest start plus its count to one after the earliest (a count may be rounded either
    way); `year`, the latest start plus its count; `written`, how it was counted."""

    low: int
    high: int
    year: int
    written: str

    def fits(self, year: int) -> bool:
        return self.low <= year <= self.high


def _years_by_war_age(age: tuple[int, str] | None, began: list[int]) -> _ByAge | None:
    if age is None or not began or max(began) - min(began) > 1:
        return None  # (dated reports that disagree on when the war began say nothing)
    written = f"'{age[1]}' (the dated reports' count puts the war's start in {max(began)})"
    return _ByAge(max(began) + age[0] - 1, min(began) + age[0] + 1, max(began) + age[0], written)


def _written(extraction: ArticleExtraction) -> tuple[date | None, date | None, int | None]:
    """For an article without a date of its own, from its sentences that do not speak of the
    future: the earliest day it can have been written on if its year-less days follow the
    latest day it writes with its year (L), each the first such day from LOOKBACK_DAYS
    before L (used only when no article has a date of its own); L; the latest year it
    writes."""
    days: list[date] = []
    years: list[int] = []
    month_days: list[tuple[int, int]] = []
    for m in extraction.time_mentions:
        if _ahead(m):
            continue  # (a deadline is no day it reports: "dissolving ... by January 1, 2031")
        for expr in timeline.expressions(m.text):
            iv = timeline.resolve(expr, None)
            if iv is None:
                if (found := timeline.month_day(expr.text)) is not None:
                    month_days.append(found)
                continue
            if expr.text.casefold().startswith("last"):
                continue
            years.append(iv.last.year)
            if iv.day is not None:
                days.append(iv.day)
    if not days:
        return None, None, (max(years) if years else None)
    latest = max(days)
    start = latest - timedelta(days=timeline.LOOKBACK_DAYS)
    later = [
        d
        for md in month_days
        if (d := timeline.occurrence_from(md, start)) is not None and d > latest
    ]
    return max([latest, *later]), latest, max(years)


# (a plan's deadline: "a decree dissolving its institutions by January 1, 2031"; not a
# past limit, "had held until March 1", "killed by April 30")
_DEADLINE_BEFORE = re.compile(
    r"\b(?:decree\w*|deadline|ultimatum|plans?|planned|order(?:ed|s)?|dissolv\w+|must|"
    r"should|(?:is|are|was|were)\s+to\s+\w+)\b[^.;]{0,100}?\b(?:by|before|no\s+later\s+than)\s+$",
    re.IGNORECASE,
)


# Words that write a given-up name as such: "the former Upper Volta", "then Zaire".
_AS_A_FORMER_NAME = re.compile(
    r"(?:\b(?:former|formerly|ex|then|once|old|onetime|erstwhile|called|named|known\s+as|"
    r"renamed)\W+(?:the\s+)?$)",
    re.IGNORECASE,
)


# The name of a place the state's old name lives on in: "Zaire province", "the Zaire River".
_A_PLACE_NAMED_AFTER = re.compile(
    r"\s+(?:province|river|region|basin|district|valley|department|state|strain|delta)\b",
    re.IGNORECASE,
)


def _texts(extraction: ArticleExtraction) -> list[str]:
    """The article's words the extraction holds: its title, dateline and cited sentences."""
    evidence: list[Evidence] = [
        e
        for items in (
            extraction.actors,
            extraction.casualties,
            extraction.ceasefires,
            extraction.reactions,
            extraction.time_mentions,
        )
        for item in items
        for e in item.evidence
    ]
    cited = {(e.source, e.sentence): e.text for e in evidence}
    return [extraction.title or "", *extraction.dateline, *(cited[k] for k in sorted(cited))]


def _copyright_until(extraction: ArticleExtraction) -> date | None:
    """The last day a page can be from by its copyright line ("(c) 2019 Korva News", "©
    2018-2022 ..."): the year it was printed in, or later (a page scraped later carries the
    year it was scraped), never earlier. None when it has none."""
    years = [
        int(found["year"])
        for m in extraction.time_mentions
        for e in m.evidence
        if (found := _COPYRIGHT.match(e.text)) is not None and not _CREDIT.search(e.text)
    ]
    if not years:
        return None
    # (a footer nobody updates is older than the page: one year the article writes after
    # it says so)
    _, _, latest = _written(extraction)
    return date(max(years), 12, 31) if latest is None or latest <= max(years) else None


# A photo's or a picture agency's credit, not the page's: "© 2027 Ana Vell / Korva Photo".
_CREDIT = re.compile(r"/|\b(?:photo|image|picture|pictures|file|getty|afp|ap|reuters)\b", re.I)


_COPYRIGHT = re.compile(
    r"^\W*(?:\u00a9|\(c\)|copyright\b)\s*(?:\u00a9\s*)?(?:(?:19|20)\d\d\s*[-\u2013/]\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _named_until(extraction: ArticleExtraction) -> date | None:
    """The last day the article can be from by the state names it writes: one the country
    data says was given up ("OUAGADOUGOU, Upper Volta, Dec. 15": before Burkina Faso took
    its name), written as the state's name (not "the former Upper Volta"), in an article
    that never writes the new name."""
    from summarizer.reference.actors import demonyms, names_of, withdrawn_names

    texts = _texts(extraction)
    found: list[date] = []
    for withdrawn in withdrawn_names():
        name = re.compile(rf"(?<![\w-]){re.escape(withdrawn.name)}(?![\w-])")
        new = [n for n in (*names_of(withdrawn.successor), *demonyms(withdrawn.successor))]
        renamed = re.compile(
            "|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in new if len(n) >= 3)
        )
        written = any(
            not _AS_A_FORMER_NAME.search(text[: m.start()][-40:])
            and not _A_PLACE_NAMED_AFTER.match(text, m.end())
            for text in texts
            for m in name.finditer(text)
        )
        if written and not any(renamed.search(text) for text in texts):
            found.append(withdrawn.until)
    return min(found, default=None)


def _groups(
    points: list[tuple[date, str]],
    floors: dict[str, date] | None = None,
    ceilings: dict[str, date] | None = None,
) -> tuple[date, date] | None:
    """The window of the group of days the most articles agree with (rule 2): those that
    give a day in it, and those with no day of their own that it does not precede (an
    article is never older than the latest date it writes: `floors`)."""
    if not points:
        return None
    points.sort()
    groups: list[list[tuple[date, str]]] = [[points[0]]]
    for point in points[1:]:
        if (point[0] - groups[-1][-1][0]).days > GAP_DAYS:
            groups.append([])
        groups[-1].append(point)

    def score(group: list[tuple[date, str]]) -> tuple[int, int, int, date]:
        givers = {s for _, s in group}
        agree = sum(
            1
            for s, floor in (floors or {}).items()
            if s not in givers
            and floor <= group[-1][0]
            and (ceilings or {}).get(s, group[0][0]) >= group[0][0]
        )
        return len(givers) + agree, len(givers), len(group), group[-1][0]

    best = max(groups, key=score)
    return best[0][0], best[-1][0]


def _refit(
    extraction: ArticleExtraction, day: date, off: tuple[date, timedelta], named: set[date]
) -> date | None:
    """The day an undated article is read as of when its weekday-only truce ("took effect
    last Friday") is one the dated articles place weeks from where its reading put it: of
    the days within six of its reading moved by those weeks, one on which its words name
    the truce's day; among them, as `_fit`, the one that puts the most of its days on days
    the other articles name, then the latest, then back to the latest day it reports."""
    began, moved = off
    fits = [
        near
        for j in range(-6, 7)
        if began in _days(extraction, near := day + moved + timedelta(days=j))
    ]
    if not fits:
        return None
    best = max(fits, key=lambda near: (sum(d in named for d in _days(extraction, near)), near))
    return _last_reported(extraction, min(fits), best)


def _fit(
    extraction: ArticleExtraction, window: tuple[date, date], floor: date | None, named: set[date]
) -> date:
    """The day an article without a date of its own is read as of: among the days from the
    window's first (or its floor) to a week after the window's last, the one that puts the
    most of its days on days the other articles name ("on Friday" on the Friday they
    report); ties go to the latest, then back to the latest day it reports. It is never
    before its floor."""
    start = max(window[0], floor) if floor else window[0]
    end = max(window[1], start) + timedelta(days=timeline.FORWARD_WEEKDAY)
    best = (-1, end)
    day = start
    while day <= end:
        hits = sum(1 for d in _days(extraction, day) if d in named)
        best = max(best, (hits, day))
        day += timedelta(days=1)
    if best[0] <= 0:
        return max(window[1], start)
    return _last_reported(extraction, start, best[1])


def _last_reported(extraction: ArticleExtraction, start: date, day: date) -> date:
    """`day`, or the latest day from `start` to it that the article reports (a weekday or a
    date, not "today"): reports follow their events, and "today" is that day, not a later
    one."""
    reported = [
        d
        for m in extraction.time_mentions
        if (found := timeline.expressions(m.text))
        and found[0].kind in {"date", "numeric", "weekday"}
        and (iv := mention_interval(m, day)) is not None
        and (d := iv.day) is not None
        and start <= d <= day
    ]
    return max(reported, default=day)


def _fought_from(extraction: ArticleExtraction, day: date | None) -> date | None:
    """The day the fighting began that the article counts in a spell up to its report ("an
    end to six weeks of fighting" under a dated report): it reports the fighting of the
    days since, whatever dates it writes."""
    spells = [n for m in extraction.time_mentions if (n := timeline.fighting_days(m.text))]
    return day - timedelta(days=max(spells)) if day is not None and spells else None


_AFTER_WINDOW_DAYS = 30  # a year-less day this soon after the window is read in its year


def _present_floor(extraction: ArticleExtraction, window: tuple[date, date]) -> date | None:
    """The earliest day an article with no date of its own can be from, read from its
    year-less days near the window (outside future-tense sentences): on or after the latest
    day it reports ("was sworn in on May 2"), and a spell past a day it counts from
    ("nearly two weeks after the siege began on May 3", "10 days of raids since 3rd
    March")."""
    found: list[date] = []
    for m in extraction.time_mentions:
        if _ahead(m):
            continue
        sentence = _sentence(m)
        at = sentence.find(m.text)
        for expr in timeline.expressions(m.text):
            if (written := timeline.full_date(expr.text)) is not None:
                day = written
            elif (month_day := timeline.month_day(expr.text)) is not None:
                day = timeline.complete(month_day, window, None)
                if day > window[1] + timedelta(days=_AFTER_WINDOW_DAYS):
                    continue  # (a day of another year, not the episode's)
            else:
                continue
            after = timeline.days_after(sentence, at + expr.start) if at >= 0 else None
            if after is None and not (at >= 0 and _DONE_ON.search(sentence[: at + expr.start])):
                continue  # (a day told in no past act may be a coming one: "faces an
                # election December 9")
            found.append(day + timedelta(days=after or 0))
    return max(found, default=None)


# A past act dated right after it: "was sworn in on May 2", "began on May 3".
_DONE_ON = re.compile(
    r"\b(?:[a-z]+ed|took|began|fell|broke|came|went|left|met|held|won|lost|struck|shot|"
    r"fled|hit|flew|sent|was|were|had)\b(?:\s+[\w-]+){0,3}?\s+on\s+$",
    re.IGNORECASE,
)


def _floor(latest_day: date | None, latest_year: int | None) -> date | None:
    """The earliest day an article without a date of its own can be from."""
    found = [d for d in (latest_day, date(latest_year, 1, 1) if latest_year else None) if d]
    return max(found) if found else None


def decide(
    extractions: Sequence[ArticleExtraction],
    weeks_off: Mapping[str, tuple[date, timedelta]] | None = None,
) -> EpisodeDecision:
    """The episode's window and the sources that report it (module rules). `weeks_off`:
    sources with no date of their own found read whole weeks off (their weekday-only truce
    is one the dated sources place weeks away), with the day that truce began and how far
    off it was read: see `_refit`."""
    own = {e.source: _own_date(e) for e in extractions}
    # With no article dated by its year, the year-less ones take the year their weekdays
    # fit ("WEDNESDAY, APRIL 21") among the years the articles write
    fitted_years = {} if any(d for d, _ in own.values()) else _years_by_weekday(extractions, own)
    for source, (fitted, _) in fitted_years.items():
        own[source] = (fitted, None)
    written = {e.source: _written(e) for e in extractions}
    first: dict[str, Dated] = {}
    for e in extractions:
        day = own[e.source][0]
        soft = written[e.source][0] if day is None and own[e.source][1] is None else None
        first[e.source] = Dated(day or soft, "", _days(e, day or soft))
    exact = [s for s in first if own[s][0] is not None]
    # Every article places the episode: by its own date, else by the earliest day it can
    # have been written on (_written), so that one dated article among undated ones does
    # not decide alone.
    points = [(d, s) for s in first for d in first[s].round()]
    counted = {e.source: _years_after_a_war(e) for e in extractions}
    years = {s_: c[0] if c else None for s_, c in counted.items()}
    floors = {s: f for s in first if s not in exact and (f := _floor(*written[s][1:])) is not None}
    for s_, year in years.items():
        if s_ not in exact and year is not None:
            floors[s_] = max(floors.get(s_, date(year, 1, 1)), date(year, 1, 1))
    ceilings = {s_: date(y, 12, 31) for s_, y in years.items() if y is not None}
    # (nor after its page's copyright year: "(c) 2019 Korva News" under "17.09 | 11:25")
    for e in extractions:
        if e.source not in exact and (copyright := _copyright_until(e)) is not None:
            ceilings[e.source] = min(ceilings.get(e.source, copyright), copyright)
    # A war's age ("nearly 17 years of war") in the dated reports gives the year it began;
    # a report without a year of its own that counts more or fewer years is of another year.
    ages = {e.source: _war_age(e) for e in extractions}
    began = [d.year - a[0] for s_ in exact if (a := ages[s_]) and (d := own[s_][0])]
    by_age = {s_: _years_by_war_age(ages[s_], began) for s_ in first if s_ not in exact}
    window = _groups(points, floors, ceilings)
    if window is None:
        dated = {s: Dated(x.anchor, "no date", x.days) for s, x in first.items()}
        return EpisodeDecision(window=None, dated=dated, in_episode=frozenset(dated))

    dated = {}
    refitted = False
    # (the dated first: an article with no date of its own is read against every dated
    # one, its year-less dateline read too, "KORVA, July 26" beside one "2031" stamp)
    for e in sorted(extractions, key=lambda e: own[e.source] == (None, None)):
        day, month_day = own[e.source]
        _, latest_day, latest_year = written[e.source]
        if (day, month_day) == (None, None) and not refitted:
            refitted = True
            placed = [(d, s_) for s_, x in dated.items() for d in x.round()]
            guessed = [(d, s_) for s_ in own if s_ not in dated for d in first[s_].round()]
            points = placed + guessed  # (the days they name, which its weekdays may fit)
            window = _groups(list(points), floors, ceilings) or window
        if e.source in fitted_years:
            how = fitted_years[e.source][1]
        elif day is not None:
            how = f"dated {day.isoformat()}"
        elif month_day is not None:
            # The year of its own month written with its year ("File photo, March 2030");
            # failing one, the year nearest the episode, never before a year it writes.
            month = _dated_month(e, month_day[0], window, month_day[1])
            found = timeline.occurrence_from(month_day, month) if month else None
            # (nor before the year its "war seven years ago" puts it in)
            at_least = max((y for y in (latest_year, years[e.source]) if y), default=None)
            # (nor in a year its opening statement's weekday does not fit: "said Thursday")
            said = _said_weekday(e)
            # (nor after the state names it writes were given up: "Upper Volta")
            until = min(
                (d for d in (_named_until(e), _copyright_until(e)) if d is not None), default=None
            )
            # (nor in a year its war's age does not fit: "nearly 19 years of war")
            aged = by_age.get(e.source)
            unaged = (
                timeline.complete(month_day, window, at_least, not_after=until) if aged else None
            )
            if aged and unaged and not aged.fits(unaged.year):
                at_least = max(at_least or aged.year, aged.year)
                until = min(until or date(aged.year, 12, 31), date(aged.year, 12, 31))
            nearest = timeline.complete(month_day, window, at_least, not_after=until)
            fitted = (
                nearest
                if said is None
                else timeline.complete(month_day, window, at_least, said, not_after=until)
            )
            day = found or fitted
            how = f"dateline {e.published_at} read as {day.isoformat()}"
            if aged and found is None and nearest != unaged:
                how += f" (by its war's age, {aged.written})"
            if found is None and fitted != nearest and said is not None:
                how += (
                    f" (its opening statement's {timeline.WEEKDAY_NAMES[said]} fits no nearer year)"
                )
        else:
            floor = _floor(latest_day, latest_year)
            if (aged := by_age.get(e.source)) and (floor is None or floor.year < aged.low):
                floor = date(aged.low, 1, 1)
            if (present := _present_floor(e, window)) and (floor is None or present > floor):
                floor = present
            back = counted[e.source]
            named = {d for d, source in points if source != e.source}
            day = _fit(e, window, floor, named)
            how = f"no date of its own, read as of {day.isoformat()}"
            truce = (weeks_off or {}).get(e.source)
            if truce and (moved := _refit(e, day, truce, named)):
                day = moved
                how = (
                    f"no date of its own, read as of {day.isoformat()} (its truce is the one "
                    f"the dated sources place on {truce[0].isoformat()})"
                )
            if back is not None and day.year != back[0]:
                year = back[0]
                day = max(date(year, 1, 1), min(day, date(year, 12, 31)))
                how = (
                    f"no date of its own; {back[1]} puts it in {year}, read as of {day.isoformat()}"
                )
            dated[e.source] = Dated(
                day,
                how,
                _days(e, day),
                own=False,
                month_dates=_month_dates(e, day),
                fought_from=_fought_from(e, day),
            )
            continue
        dated[e.source] = Dated(day, how, _days(e, day), fought_from=_fought_from(e, day))
    window = _groups([(d, s) for s, x in dated.items() for d in x.round()]) or window
    window = (_fighting_began(extractions, dated, window), window[1])

    inside: set[str] = set()
    off: dict[str, str] = {}
    by_source = {e.source: e for e in extractions}
    for source, x in dated.items():
        # An article with no date of its own whose dates with a month all fall outside
        # the window reports another round, whatever its bare weekdays (read from the
        # anchor it was fitted to) say: "Tuesday, November 16" is a year off, and so is a
        # page whose one full date is its photo's, "May 5, 2031", in a November episode.
        misplaced = bool(x.month_dates) and all(_months_off(d, window) for d in x.month_dates)
        # (or a date it writes with its weekday falls on another weekday in the episode's
        # year: "Friday, March 10" in a year whose March 10 is a Tuesday)
        misfit = None if x.own or misplaced else _weekday_misfit(by_source[source], window)
        if misfit is not None:
            spanned = "-".join(sorted({str(window[0].year), str(window[1].year)}))
            off[source] = (
                f"{x.how}; its {misfit!r} is no such weekday in {spanned}, the year of the "
                f"episode's days ({_span(window)})"
            )
            continue
        # (or the spell of fighting it counts spans the window's start: "an end to five
        # weeks of fighting" a month after the first reports)
        spans = x.fought_from is not None and x.anchor is not None
        if not misplaced and (
            any(window[0] <= d <= window[1] for d in (*x.round(), *x.days))
            or (not x.own and not x.days)
            or (spans and x.fought_from <= window[0] <= x.anchor)  # type: ignore[operator]
        ):
            inside.add(source)
            continue
        if misplaced:
            months = ", ".join(d.isoformat() for d in x.month_dates[:4])
            off[source] = (
                f"{x.how}; the dates it writes with their month ({months}) lie months from "
                f"the episode's days ({_span(window)})"
            )
            continue
        shown = ", ".join(d.isoformat() for d in x.days[:4]) + (", ..." if len(x.days) > 4 else "")
        off[source] = (
            f"{x.how}"
            + (f", its dates {shown}" if x.days else "")
            + (
                f" lie outside the episode's days ({_span(window)})"
                if x.days
                else f" lies outside the episode's days ({_span(window)})"
            )
        )
    return EpisodeDecision(window=window, dated=dated, in_episode=frozenset(inside), off=off)


# --- items about an earlier event --------------------------------------------------------


_BACK_REFERENCE = re.compile(
    r"\b(?:the|that)\s+(?:(?:\w+-\w+|\w+)\s+)?(?:battle|war|conflict|offensive|campaign)\b",
    re.I,
)


def _fighting_began(
    extractions: Sequence[ArticleExtraction], dated: Mapping[str, Dated], window: tuple[date, date]
) -> date:
    """The window's first day, or the earlier day its articles write as the start of the
    fighting they count up to their report ("losses since the fighting began on February
    7", a month before the report): reports of those weeks are of this episode, however
    long the papers fell silent between. Only a day within _SPAN_BACK_DAYS of the window."""
    earliest = window[0]
    for e in extractions:
        x = dated.get(e.source)
        if x is None or x.anchor is None or not window[0] <= x.anchor <= window[1]:
            continue
        for m in e.time_mentions:
            if not opens_a_window(m) or not _FIGHTING_BEGAN.search(_sentence(m)):
                continue
            for iv in mention_intervals(m, x.anchor):
                if (
                    iv.day is not None
                    and window[0] - timedelta(days=_SPAN_BACK_DAYS) <= iv.day < earliest
                ):
                    earliest = iv.day
    return earliest


def _weekday_misfit(extraction: ArticleExtraction, window: tuple[date, date]) -> str | None:
    """A date the article writes with its weekday and no year ("Friday, March 10") that
    falls on another weekday in every year of the episode's days: the article is of
    another year."""
    years = range(window[0].year, window[1].year + 1)
    for m in extraction.time_mentions:
        for expr in timeline.expressions(m.text):
            weekday = timeline.written_weekday(expr.text)
            month_day = timeline.month_day(expr.text) if weekday is not None else None
            if expr.kind != "date" or weekday is None or month_day is None:
                continue
            fits = []
            for year in years:
                with contextlib.suppress(ValueError):  # (29 February)
                    fits.append(date(year, *month_day).weekday() == weekday)
            if fits and not any(fits):
                return expr.text
    return None


_SPAN_BACK_DAYS = 60
_FIGHTING_BEGAN = re.compile(
    r"\b(?:fighting|clashes|hostilities|war|offensive|conflict|attacks?|rebellion|uprising|"
    r"insurgency|revolt|operation|campaign|siege)\s+(?:first\s+)?"
    r"(?:began|broke\s+out|started|erupted)\b",
    re.IGNORECASE,
)


def _months_off(day: date, window: tuple[date, date]) -> bool:
    """The day lies months from the window (another round), not weeks (its run-up)."""
    return day < window[0] - timedelta(days=_ANOTHER_ROUND_DAYS) or day > window[1] + timedelta(
        days=_ANOTHER_ROUND_DAYS
    )


_ANOTHER_ROUND_DAYS = 90


def opens_a_window(mention: TimeMention) -> bool:
    """ "killed since October 2023": the date opens the span a running toll counts over;
    it does not make the toll an earlier event's."""
    return any(timeline.opens_window(mention.text, e.text) for e in mention.evidence)


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


def before_episode(mention: TimeMention, anchor: date | None, decision: EpisodeDecision) -> bool:
    """The days a mention names all lie before the episode's window."""
    if decision.window is None or opens_a_window(mention):
        return False
    found = mention_interval(mention, anchor)
    return found is not None and (decision.window[0] - found.last).days > GAP_DAYS


def war_long_reference(
    count: int,
    evidence: Sequence[Evidence],
    mentions: Sequence[TimeMention],
    anchor: date | None,
    decision: EpisodeDecision,
) -> TimeMention | None:
    """The mention that opens the span of a toll years before the episode ("has
    left more than 220,000 dead since 1964"), in the toll's own clause (not "killing 10,
    as the crisis deepened since talks began in 2012"): a toll of the whole war, not of
    this episode (nor of an earlier event); or the calendar year a toll is counted over,
    begun months before the episode ("1,079 soldiers had been killed in 2031", in a
    November episode): the year's toll."""
    if decision.window is None:
        return None
    for mention in same_sentences(evidence, mentions):
        found = mention_interval(mention, anchor)
        if (
            found is not None
            and found.precision == "year"
            and _OVER_A_YEAR.match(mention.text)
            and (decision.window[0] - found.first).days > _YEAR_BEGUN_DAYS
            and any(_counted_over_the_year(count, mention.text, e.text) for e in evidence)
        ):
            return mention
        if (
            found is not None
            and mention.text.casefold().startswith("since")
            and (decision.window[0] - found.first).days > WAR_LONG_DAYS
            # counted so far ("has left", "had registered"; not "killed 61, the deadliest
            # attack since 2019": one day's toll measured against the years)
            and any(
                _one_clause(count, mention.text, e.text) and timeline.counted_so_far(e.text)
                for e in evidence
            )
        ):
            return mention
    return None


def counts_a_year(mention: TimeMention) -> bool:
    """The mention `war_long_reference` found is a calendar year ("in 2031"), not the
    start of a war ("since 1964")."""
    return _OVER_A_YEAR.match(mention.text) is not None


def _counted_over_the_year(count: int, said: str, sentence: str) -> bool:
    """The year is the span the toll counts over: in its clause, not measuring a day's toll
    against the year ("the deadliest attack on the army in 2031"), and no day of the
    episode dating the toll itself ("killed 60 soldiers on Tuesday")."""
    if not _one_clause(count, said, sentence):
        return False
    at = sentence.find(said)
    clause = _CLAUSE_BREAK.split(sentence[:at])[-1]
    if _SUPERLATIVE.search(clause):
        return False
    # (a day between the count and the year dates the toll; "a report released on
    # Wednesday said 1,079 had been killed in 2031" dates the report)
    numbers = [n for n in written_as(count, sentence) if n.end <= at]
    between = sentence[numbers[-1].end : at] if numbers else ""
    return not any(e.kind not in {"year", "month"} for e in timeline.expressions(between))


_SUPERLATIVE = re.compile(
    r"\b(?:\w{3,}iest|worst|largest|biggest|highest|greatest|most\s+\w+)\b", re.IGNORECASE
)
_OVER_A_YEAR = re.compile(r"(?:in|during|over|for|throughout)\s+(?:the\s+year\s+)?\d{4}$", re.I)
_YEAR_BEGUN_DAYS = 90  # (an episode of that year's first weeks counts its own toll "in 2031")
WAR_LONG_DAYS = 5 * 365  # a toll counted over years before it is the war's history (the devset
# counts a running toll of one or two years, "since October 2023", as the episode's)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:as|while|when|whereas|but|and|after|before|because|though|although)\b"
)


def _one_clause(count: int, said: str, sentence: str) -> bool:
    """`count` and the words `said` stand in one clause of `sentence`."""
    at = sentence.find(said)
    if at < 0:
        return False
    for number in written_as(count, sentence):
        lo, hi = sorted((number.end, at))
        if not _CLAUSE_BREAK.search(sentence[lo:hi]):
            return True
    return False


def earlier_event_reference(
    evidence: Sequence[Evidence],
    mentions: Sequence[TimeMention],
    anchor: date | None,
    decision: EpisodeDecision,
) -> TimeMention | None:
    """The mention that dates an item to an earlier event, if the item is about one."""
    shared = same_sentences(evidence, mentions)
    dating = [m for m in shared if mention_interval(m, anchor) is not None or opens_a_window(m)]
    if dating:
        if all(before_episode(m, anchor, decision) for m in dating):
            return dating[0]
        return None
    # "... a six-week conflict in 2020. More than 6,700 people were killed in the battle":
    # a sentence with no date of its own that points back ("the battle") to the one before,
    # which dates only an earlier event, is about that event too.
    for e in evidence:
        if not _BACK_REFERENCE.search(e.text):
            continue
        before = [m for m in mentions if any(x.sentence == e.sentence - 1 for x in m.evidence)]
        if before and all(before_episode(m, anchor, decision) for m in before):
            return before[0]
    return None
