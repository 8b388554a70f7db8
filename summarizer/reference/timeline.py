"""The time model: every date and time an article writes, made absolute from its anchor.

One module, pure (the machine's clock is never read). docs/merge-rules.md ("The time
model") has the long form; in short:

* **Anchor.** An article's own date: its metadata `published_at`; else its byline or
  dateline, in any common shape ("CITY, Sept 16 (Agency) -", "17 September 2022 -",
  "22.05.2023", "Published: ...", a first line "date 2023-05-23"); "Updated 3 hours ago"
  is no date. A dateline without a year stays a month-day ("--09-16"): the merge gives it
  the year of the episode, never earlier than the latest year the article writes. With no
  header date, the article's latest full date bounds its anchor from below.
* **Dates.** Found by stated shapes and parsed by dateparser (dotted numeric dates are
  day.month.year). A date written with its year is that day, whatever the year. A
  year-less date or a weekday is the nearest such day **not after** the anchor; in a
  sentence that speaks of the future ("will", "would", "is due to", "takes effect",
  "next") the day may lie after it, within FORWARD_WEEKDAY days for a weekday (the coming
  week: "midnight Sunday") and FORWARD_MONTH_DAY days for a month-day ("talks will resume
  on June 3"). "today", "tonight", "overnight" are the anchor; "yesterday", "last night"
  the day before; "tomorrow" the day after. A month ("June 2021") or a year ("in 2020",
  "last year") is an interval: it dates something only as an interval.
* **Clock times** (below): every form a wire writes ("11.30pm", "2330 local", "23:30 hrs",
  "1700 GMT", "9.45 p.m.", "noon", "midnight"), each with the zone its own words give; a
  time written with its GMT/UTC reading uses that reading. A clock after end wording
  ("ended at", "until", "due to expire at") is when something ends (`ends_at`); start
  wording ("took effect at", "from") makes it a start (`begins_at`).

Clock rules:

* A clock time needs a minutes part ("18.30", "09:00"), or am/pm ("7am", "8 p.m."), or is a
  word ("midnight", "noon", "midday"), or is four digits with a zone, "local" or "hours"
  after it ("0400 GMT", "0400Z", "1700 hrs IST", "2330 local"), or at a weekday's clock
  ("on Friday at 1645", "at 0600 on Saturday"); a bare number is never a time, "2005 GMT"
  is never a year. "2400 hours" and "24:00" are midnight, the end of
  the day they are written on.
* Each clock time takes the zone words written after it, before the next clock time:
  - GMT, UTC, Z (UTC itself) and explicit offsets ("UTC+3", "GMT+05:30");
  - a zone abbreviation or name ("IST", "CEST", "Eastern Standard Time"): see
    zones.abbreviation_zone for the ambiguous ones;
  - "<place> time" and "<time> in <place>" ("Nairobi time", "Israel time", "Israeli time",
    "7:30 a.m. in Tehran", "midnight local time in Gaza"): the place's zone (zones.place);
  - "local (time)", or nothing: the zone the caller knows for the event (`local_zone`), else
    the first of the caller's `places` (the sentence's, then the dateline's) that resolves.
  "from 8 p.m. to 6 a.m. Kabul time": the start of a range takes the zone of its end.
* Every zone is an IANA zone read through the tz database for the date in question (summer
  time, +03:30 Tehran, +05:30 India); only an explicit "UTC+3" is a fixed offset.
* A time written twice ("16:00 local (1000 GMT)", "0400 GMT, or 07:00 in Israel") is checked:
  the readings agree when they name the same instant within a minute. When they agree, the
  written GMT/UTC figure is used; when they disagree, the GMT/UTC figure is still preferred
  and the disagreement is returned (Resolution.disagreements) for the briefing. With no zone
  known for the main reading, another reading fixes the instant: the one whose implied UTC
  offset lies between -12:00 and +14:00, nearest zero ("midnight local (1700 GMT)" is 17:00 UTC
  the day before).
"""

from __future__ import annotations

import calendar
import contextlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

import dateparser
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from summarizer.reference import zones
from summarizer.reference.numbers import numbers_in

# English names, as the articles write them; never calendar's, which follow the locale
# (under LC_TIME=de_DE no month or weekday of an English article would be read).
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = {m.casefold(): i for i, m in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({m[:3].casefold(): i for i, m in enumerate(MONTH_NAMES, start=1)})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.casefold(): i for i, d in enumerate(WEEKDAY_NAMES)}

# How far after the anchor a day may lie in a sentence that speaks of the future: a weekday
# names a day of the coming week; a month-day a day of the coming month.
FORWARD_WEEKDAY = 6
FORWARD_MONTH_DAY = 31

_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_WORD = r"(?:" + "|".join(_WEEKDAYS) + r")"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# A four-digit year: never the "2005" of "2005 GMT" or "2005 hrs", never part of a number.
_UTC_WORD = r"(?:GMT|UTC|G\.M\.T\.|U\.T\.C\.)"
_CLOCK_AFTER = rf"(?:{_UTC_WORD}|Z\b|hrs|hours|local|IST|CET|{zones.DOTTED_ABBREVIATIONS})"
_YEAR_ALONE = rf"(?<![\d,.:/-]){_YEAR}\b(?![.,:/]\d)(?!\s*{_CLOCK_AFTER})"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# A weekday of the week before the anchor's: "Monday of last week", "on Monday last week";
# and "the Friday before last" or "Friday a week ago", the one before the last Friday.
_WEEK_BACK = (
    r"(?:\s+(?:of\s+)?last\s+week\b(?![\u2019']s)|\s+a\s+week\s+(?:ago|earlier)\b"
    # (not "Monday last week's truce", "Friday before last night's shelling")
    r"|\s+before\s+last\b(?![\u2019']s|\s+(?:night|week|weekend|month|year)\b))?"
)
_FEW_WORDS = "a one two three four five six seven eight nine ten eleven twelve".split()
_FEW = "|".join(_FEW_WORDS)


def years_back(text: str) -> int | None:
    """How many years before its anchor a year expression counts: 1 for "last year", 7 for
    "seven years ago"; None for a year written out."""
    if text.casefold().startswith("last year"):
        return 1
    if found := re.match(rf"({_FEW}|\d{{1,2}})\s+years?\s+ago\b", text, re.IGNORECASE):
        return _years(found[1])
    return None


def _years(word: str) -> int:
    """A small count of years as written: "seven", "a" (one), "17"."""
    word = word.casefold()
    return int(word) if word.isdigit() else max(_FEW_WORDS.index(word), 1)


# How long the war has gone on, as a report counts it: "nearly 17 years of war", "the
# three-year war", "a 17-year-long insurgency".
_WAR_NOUN = r"(?:civil\s+)?(?:war|conflict|insurgency)"
_WAR_AGE = re.compile(
    rf"\b(?:(?:nearly|almost|more\s+than|over|some|about)\s+)?(?P<n>{_FEW}|\d{{1,2}})"
    rf"(?:\s+years?\s+of\s+{_WAR_NOUN}|-year(?:-long)?\s+{_WAR_NOUN})\b"
    # (not a war of another time or with another state: "an eight-year war with Korva in
    # the 1980s"; nor "a five-year-old civil war victim")
    r"(?!\s+(?:with|against|in\s+the\s+\d|of\s+the\s+\d)|\s+(?:victim|veteran|orphan)s?\b)",
    re.IGNORECASE,
)


def war_ages(text: str) -> list[str]:
    """The war's age as the text counts it, as written ("nearly 17 years of war")."""
    return [m.group() for m in _WAR_AGE.finditer(text)]


def war_age(text: str) -> int | None:
    """The years a war-age phrase counts (17 for "nearly 17 years of war"), or None."""
    found = _WAR_AGE.search(text)
    return _years(found["n"]) if found is not None else None


# A spell of days or weeks, as a report counts it: "five weeks", "nearly three weeks", "15
# days", "a fortnight".
_SPELL = (
    r"(?P<q>(?:nearly|almost|more\s+than|over|some|about|less\s+than|under)\s+)?"
    rf"(?:(?P<n>{_FEW}|\d{{1,3}})\s+(?P<unit>days?|weeks?|months?)|a\s+(?P<fortnight>fortnight))\b"
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
# The fighting that spell has lasted until the report: "an end to six weeks of fighting",
# "after 10 days of shelling" (not "five weeks of talks").
_FIGHTING_NOUN = (
    r"(?:fighting|war|warfare|clashes|combat|hostilities|shelling|bombardment|siege|battle|"
    r"aggression|bloodshed|violence)"
)
_SPELL_OF_FIGHTING = re.compile(
    rf"\b{_SPELL}\s+of\s+(?:[a-z-]+\s+){{0,2}}?{_FIGHTING_NOUN}\b"
    # (days or weeks up to the report: not "eight months of war", nor "the six weeks of
    # fighting in 2019", another time's)
    r"(?![^.;]{0,40}\b(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# A spell counted after a day the clause writes: "nearly two weeks after the siege of
# the town began on", "10 days of raids ... since" (the date follows).
_SPELL_AFTER = re.compile(
    rf"\b{_SPELL}(?:\s+of\b[^.;:!?\d]{{0,90}}?)?\s+(?:after|since)\s+"
    # the date right after, or an event's start it dates: "after the assault on the town
    # began on" (not "after seizing it, were driven out on": a later act's date)
    r"(?:(?:the|its|their)\s+[^.;:!?,\d]{1,50}?\s+(?:began|started|erupted|broke\s+out|"
    r"opened|was\s+launched)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _spell_days(found: re.Match[str]) -> int:
    """The days a spell counts, its lower bound when "nearly" or "less than" it."""
    unit = 14 if found["fortnight"] else _UNIT_DAYS[found["unit"].casefold().rstrip("s")]
    days = unit if found["fortnight"] else _years(found["n"]) * unit
    if found["q"] and re.match(r"(?:nearly|almost|less|under)", found["q"], re.IGNORECASE):
        days -= unit
    return max(days, 0)


def fighting_spells(text: str) -> list[str]:
    """The spells of fighting the text counts up to its report, as written ("five weeks of
    fighting"): they reach back from the report's day to when the fighting began."""
    return [m.group() for m in _SPELL_OF_FIGHTING.finditer(text)]


def fighting_days(text: str) -> int | None:
    """The days a spell of fighting counts (42 for "six weeks of fighting"), or None;
    none for months, which may be a whole war's."""
    found = _SPELL_OF_FIGHTING.search(text)
    if found is None or (found["unit"] or "").casefold().startswith("month"):
        return None
    return _spell_days(found)


def days_after(sentence: str, at: int) -> int | None:
    """The days the clause counts after the date at `at` ("nearly two weeks after the
    siege began on May 3": 7, at least; "10 days of raids since 3rd March":
    10): the clause's present lies that far past that date. None when it counts none."""
    found = _SPELL_AFTER.search(sentence[:at])
    return _spell_days(found) if found is not None else None


# The shapes a date is written in; the weekday before a date belongs to it.
_DATE_SHAPES = (
    ("date", rf"(?:{_WEEKDAY_WORD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?"
             rf"(?:\s+{_YEAR}\b)?"),
    ("date", rf"(?:{_WEEKDAY_WORD},?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?(?!\s*{_UTC_WORD})"),
    # day first: "22.05.2023", "09/02/2011"
    ("numeric", r"\b\d{1,2}(?:\.\d{1,2}\.|/\d{1,2}/)(?:19|20)\d\d\b"),
    ("numeric", r"\b(?:19|20)\d\d-\d\d-\d\d\b"),
    ("month", rf"{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    # a month with no year or day, where a preposition makes it a time: "observed since
    # December", "in March", "last December" (never the verb "may" or "march")
    ("month", r"(?:(?:in|since|until|from|early|late|through|last|next)\s+|mid-)"
              # (not "Dec. 24", "June, 2013": a date; not "by April Vell": a name)
              rf"(?-i:(?=[A-Z])){_MONTH}(?![.,]?\s*(?:\d|of\s+\d))(?![\w-])"
              r"(?!\s+(?-i:[A-Z]))"
              r"(?:\s+(?:of\s+)?(?:last|this|next)\s+year\b)?"),
    # a weekday and a day of the month with no month: "on Wednesday the 20th"
    # (not a unit: "on Monday the 3rd Brigade attacked")
    ("ordinal", rf"{_WEEKDAY_WORD},?\s+the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b"
                r"(?=\s*(?:[,.;:)\u2013\u2014-]|$)|\s+(?:at|in|on|when|and|from|to|until|after|before)\b)"),
    # the movable feasts of Easter, which wires date truces by ("from noon on Holy
    # Thursday"): their days come from the Easter of the anchor's year (dateutil)
    # (the Orthodox one too; not "the Good Friday Agreement": an accord's name)
    ("feast", rf"(?-i:(?:Orthodox\s+)?(?:(?:Holy|Maundy)\s+Thursday|Good\s+Friday|Holy\s+Saturday|"
              rf"Palm\s+Sunday|Easter\s+(?:Sunday|Monday|Day|Eve)))(?!\w)"
              rf"(?!\s+(?-i:Agreement|Accords?|Peace)){_PART}"),
    ("weekday", rf"(?:(?:last|next|this|late|early)\s+)?{_WEEKDAY_WORD}{_PART}{_WEEK_BACK}"),
    ("relative", r"(?:today|tonight|overnight|yesterday|tomorrow|last\s+(?:night|evening)|"
                 r"this\s+(?:morning|afternoon|evening|week))"),
    ("year", r"last\s+year(?:['\u2019]s)?"),
    # "their brief war seven years ago": a year counted back from the anchor
    ("year", rf"(?:{_FEW}|\d{{1,2}})\s+years?\s+ago\b"),
    ("year", rf"(?:(?:in|since|of|from|until|after|before)\s+)?"
             rf"(?:(?:the\s+)?(?:autumn|fall|spring|summer|winter)\s+(?:of\s+)?)?{_YEAR_ALONE}"),
)  # fmt: skip
_EXPRESSION = re.compile(
    "|".join(rf"(?P<{kind}{i}>\b{shape})" for i, (kind, shape) in enumerate(_DATE_SHAPES)),
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|would|won['\u2019]t|"
    # (told in the past too: "was due to", "were supposed to", see told_ahead_in_past)
    r"(?:(?:was|were)\s+(?:supposed\s+to|meant\s+to|due\s+to|set\s+to|scheduled|expected\s+to)"
    r"|due\s+to|set\s+to|scheduled|expected\s+to"
    # ("The first troops are now expected on Monday", "are due on Friday")
    r"|(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:expected|due)"
    r"(?=\s+(?:on|by)\s*$)"  # (the date right after: the text ends where it begins)
    # ("Talks are planned for July 12", "set for Friday")
    r"|(?:is|are|was|were)\s+(?:now\s+)?(?:planned|set|slated)\s+for)|"
    # (not "was to have taken effect": a plan whose time has passed)
    r"(?:is|are)\s+to|(?:was|were)\s+to(?!\s+have\b)|takes?\s+effect|next|upcoming|(?<!\bits\s)(?<!\btheir\s)coming)\b"
    r"|['\u2019]ll\b"
    # (not "had come into force": done, and the day it did is past)
    r"|(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\bcomes?\s+into\b",
    re.IGNORECASE,
)
# What opens the span a running toll counts over: "since" earlier in the clause ("since
# the war began on April 15"), "from the", "began in".
_OPENER = re.compile(
    r"\bsince\b[^.;:!?]{0,40}$|\bfrom\s+(?:the\s+)?$"
    r"|\b(?:began|started|beginning|starting)\s+(?:on\s+|in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

Precision = Literal["day", "week", "month", "year"]
TimeRef = Literal["this_episode", "earlier_event"]


@dataclass(frozen=True)
class Expression:
    """A date expression as written, where it is in its text, and its shape."""

    text: str
    start: int
    end: int
    kind: str  # date, numeric, month, weekday, ordinal ("Wednesday the 20th"), relative, year


@dataclass(frozen=True)
class Interval:
    """The days an expression names: one day, a week ("this week"), a month or a year."""

    first: date
    last: date
    precision: Precision

    @property
    def day(self) -> date | None:
        return self.first if self.precision == "day" else None


@lru_cache(maxsize=1 << 14)
def expressions(text: str) -> tuple[Expression, ...]:
    """Every date expression in the text, in order (a weekday before a date is part of it)."""
    found = []
    for match in _EXPRESSION.finditer(text):
        kind = next(k for k, v in match.groupdict().items() if v is not None)
        value = (
            match.group(0).rstrip(" ,.") if kind.startswith(("date", "month")) else match.group(0)
        )
        found.append(
            Expression(value, match.start(), match.start() + len(value), kind.rstrip("0123456789"))
        )
    return tuple(found)


@lru_cache(maxsize=1 << 12)
def _parse(text: str, dmy: bool) -> date | None:
    """A written full date or month-day parsed by dateparser; year-less ones in 2000 (a leap
    year admits 29 February), the caller choosing the year."""
    settings: dict[str, object] = {
        "RELATIVE_BASE": datetime(2000, 12, 31),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "DATE_ORDER": "DMY" if dmy else "MDY",
    }
    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\bthe\b|\bof\b", " ", text, flags=re.IGNORECASE)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _written_year(text: str) -> int | None:
    found = re.search(rf"\b{_YEAR}\b", text)
    return int(found.group(0)) if found else None


def names_another_period(text: str) -> bool:
    """The text dates something by a year, or a month written with its year ("a similar
    ceasefire took effect at midnight in April 2016"), not by a month alone ("escalated
    into war in September"), which may be this episode's."""
    return any(
        e.kind == "year" or (e.kind == "month" and _written_year(e.text) is not None)
        for e in expressions(text)
    )


def full_date(text: str) -> date | None:
    """The day a date written with its year names ("17 September 2022", "22.05.2023",
    "2023-05-23", "Sept 19, 2022"), or None."""
    for expr in expressions(text):
        if expr.kind in {"date", "numeric"} and _written_year(expr.text) is not None:
            return _parse(_strip_weekday(expr.text), expr.kind == "numeric")
    return None


def _strip_weekday(text: str) -> str:
    return re.sub(rf"^{_WEEKDAY_WORD},?\s+", "", text, flags=re.IGNORECASE)


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without its year ("Sept 16", "16 September")."""
    for expr in expressions(text):
        if expr.kind == "date" and _written_year(expr.text) is None:
            parsed = _parse(_strip_weekday(expr.text), False)
            if parsed is not None:
                return parsed.month, parsed.day
    return None


# A truce's start written as one still to come: "a truce from Saturday evening", "starting
# Sunday", "effective Monday", with no past wording before it ("began", "took effect").
# ("starting at midnight on Saturday": its clock between)
_CLOCK_WORDS = (
    r"(?:midnight|noon|midday|\d{1,2}(?:[:.h]\d\d)?(?:\s*[ap]\.?m\.?)?|\d{4}(?:\s+hrs)?)"
    r"(?:\s+local(?:\s+time)?)?"
)
_STARTS_AHEAD = re.compile(
    r"\b(?:from|starting|beginning|effective|as\s+of)\s+(?:(?:at|on|the|this)\s+)*$", re.I
)
# ... or after the day it was agreed on: "agreed on Thursday to a truce starting at
# midnight on Saturday" (not "was meant to run from noon on Friday": no day of agreeing)
_STARTS_AFTER_AGREED = re.compile(
    rf"\b(?:agreed|signed|announced|declared)\s+(?:on|late\s+on|early\s+on)\s+{_WEEKDAY_WORD}\b"
    r"[^.;]*\b(?:from|starting|beginning|effective)\s+"
    rf"(?:(?:at|on|the|this)\s+|{_CLOCK_WORDS}\s+)*$",
    re.I,
)
_PAST_START = re.compile(
    r"\b(?:began|begun|started|took\s+effect|taken\s+effect|came\s+into|went\s+into|held"
    r"|ended|collapsed|broke|since|ago)\b",
    re.IGNORECASE,
)


def truce_starts_ahead(sentence: str, at: int) -> bool:
    """True when the sentence writes a truce's start at `at` as still to come ("accept a
    truce from Saturday evening"): the day may then lie after the anchor, as with "will"."""
    before = sentence[: max(at, 0)]
    ahead = _STARTS_AHEAD.search(before) or _STARTS_AFTER_AGREED.search(before)
    return ahead is not None and _PAST_START.search(before) is None


def told_ahead_in_past(sentence: str, at: int) -> bool:
    """The future wording nearest before `at` is told in the past ("the truce was to take
    effect at 6 a.m. on Saturday", "was supposed to start"): the day may lie on either side
    of the report's, so it is the nearest one, not the coming one."""
    # (the verb after it is no tense: "was to take effect", "were due to come into force")
    found = [
        m for m in _FUTURE.finditer(sentence, 0, max(at, 0)) if not _VERB_OF_START.match(m.group())
    ]
    return bool(found) and _PAST_FUTURE.match(sentence, found[-1].start()) is not None


def _near(sentence: str, at: int, anchor: date | None) -> bool:
    """A future told in the past with no day of saying ("Korva said on Monday that the
    truce was to take effect on Sunday" counts from that Monday)."""
    return told_ahead_in_past(sentence, at) and said_on(sentence, at, anchor) == anchor


_VERB_OF_START = re.compile(r"takes?\s+effect|comes?\s+into", re.IGNORECASE)
_PAST_FUTURE = re.compile(
    r"(?:was|were)\s+(?:to|due\s+to|supposed\s+to|meant\s+to|set\s+to|scheduled|expected\s+to)"
    # reported speech of a start now past: "did not observe the truce that the ministers
    # agreed would begin at 20:00 on Thursday" (not "said the truce would begin Saturday")
    r"|(?<=\bagreed\s)would\b",
    re.IGNORECASE,
)


def speaks_of_future(sentence: str, at: int) -> bool:
    """Future wording before position `at` of the sentence ("the truce will begin on ..."):
    only wording before the date governs it ("said on Monday the truce will ...")."""
    return _FUTURE.search(sentence, 0, max(at, 0)) is not None


def written_ahead(expr: Expression, sentence: str, at: int) -> bool:
    """Whether the day `expr` names at `at` of its sentence may lie after the anchor: future
    wording before it ("the truce will begin on ..."), or, for a day of a month, a start
    still to come ("a 60-day truce beginning April 1" in a report of March 25)."""
    return speaks_of_future(sentence, at) or (
        expr.kind == "date"
        and _TRUCE_WORD.search(sentence) is not None  # (not "figures from January 3")
        and truce_starts_ahead(sentence, at)
        # (not a span's start: "from January 1 to December 20" in a report of December 27)
        and not _SPAN_END.match(sentence, at + len(expr.text))
    )


_TRUCE_WORD = re.compile(r"\b(?:cease-?fires?|truces?|armistices?|pauses?)\b", re.IGNORECASE)
_SPAN_END = re.compile(r"\s*(?:-|\u2013|to|until|till|through)\s", re.IGNORECASE)


def _occurrence(month: int, day: int, anchor: date, forward: int) -> date | None:
    """The month-day's one occurrence in the year that ends `forward` days after the anchor."""
    end = anchor + timedelta(days=forward)
    for year in (end.year, end.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February in a common year
            continue
        if candidate <= end:
            return candidate
    return None


def _weekday_of_month(text: str, anchor: date, forward: int) -> date | None:
    """ "Wednesday the 20th": the 20th nearest the anchor (within two months, and no more
    than `forward` days after it unless none before fits) that fell on a Wednesday."""
    weekday = written_weekday(text)
    number = int(re.findall(r"\d+", text)[-1])
    found = []
    for shift in range(-2, 2):
        month_index = anchor.year * 12 + anchor.month - 1 + shift
        try:
            day = date(month_index // 12, month_index % 12 + 1, number)
        except ValueError:
            continue
        if day.weekday() == weekday and abs((day - anchor).days) <= 62:
            found.append(((day - anchor).days > forward, abs((day - anchor).days), day))
    return min(found)[2] if found else None


def written_weekday(text: str) -> int | None:
    """The weekday the text writes ("Friday, March 10" -> 4), by its index (Monday 0),
    or None."""
    words = re.findall(r"[a-z]+", text.casefold())
    return next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)


def _year_before(day: date) -> date | None:
    """The same month-day in the year before (none for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None


def occurrence_from(month_day_: tuple[int, int], start: date) -> date | None:
    """The first occurrence of a month-day on or after `start`."""
    for year in (start.year, start.year + 1, start.year + 4):  # 29 February: a leap year
        try:
            candidate = date(year, *month_day_)
        except ValueError:
            continue
        if candidate >= start:
            return candidate
    return None


def _weekday_near(weekday: int, anchor: date, forward: int, modifier: str) -> date:
    """The weekday's one occurrence in the week that ends `forward` days after the anchor
    ("last Monday" is before the anchor's day, "next Monday" after it)."""
    if modifier == "week before":  # of the calendar week (Monday to Sunday) before
        return anchor - timedelta(days=anchor.weekday() + 7 - weekday)
    if modifier == "before last":
        return _weekday_near(weekday, anchor, 0, "last") - timedelta(days=7)
    if modifier == "next":
        return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    if modifier == "last":
        return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)
    end = anchor + timedelta(days=forward)
    return end - timedelta(days=(end.weekday() - weekday) % 7)


# Days from Easter Sunday of the feasts a wire may date a truce by.
_FEAST_OFFSETS = {
    "palm sunday": -7,
    "holy thursday": -3,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter eve": -1,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
}


def _feast_day(lowered: str, year: int) -> date:
    words = lowered.split()
    orthodox = words[0] == "orthodox"
    name = " ".join(words[1:3] if orthodox else words[:2])
    sunday = easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)
    return sunday + timedelta(days=_FEAST_OFFSETS[name])


def resolve(
    expr: Expression, anchor: date | None, *, future: bool = False, near: bool = False
) -> Interval | None:
    """The days an expression names, from the article's anchor (None: only an expression
    with its year can be placed). `future`: its sentence speaks of the future before it;
    `near`: a future told in the past, whose day is the nearest one either side."""
    # (a weekday only: a day of a month to come is the coming one, "was due on March 20")
    forward_weekday = FORWARD_WEEKDAY // 2 if near else FORWARD_WEEKDAY
    text = expr.text
    lowered = " ".join(text.casefold().split())
    if expr.kind in {"date", "numeric"}:
        year = _written_year(text)
        if year is not None:
            day = _parse(_strip_weekday(text), expr.kind == "numeric")
            return Interval(day, day, "day") if day is not None else None
        found = month_day(text)
        if found is None or anchor is None:
            return None
        day = _occurrence(*found, anchor, FORWARD_MONTH_DAY if future else 0)
        written = written_weekday(text)
        if day is not None and written is not None and day.weekday() != written:
            # "Tuesday, November 16" names the year whose 16 November is a Tuesday: of the
            # year before the anchor's, its own and the next, the nearest where the weekday
            # agrees ("on Friday, December 17" a day after a report of Thursday the 16th);
            # further off, a writer's slip is likelier than a date years old or ahead.
            # (after the anchor only within the days a weekday may lie ahead: "met on Sunday,
            # December 11" in September is last December's, a slip, not next December's)
            ahead = FORWARD_MONTH_DAY if future else FORWARD_WEEKDAY
            fits = []
            for year in (anchor.year - 1, anchor.year, anchor.year + 1):
                with contextlib.suppress(ValueError):
                    candidate = date(year, *found)
                    if candidate.weekday() == written and (candidate - anchor).days <= ahead:
                        fits.append((abs((candidate - anchor).days), candidate))
            day = min(fits)[1] if fits else day
        return Interval(day, day, "day") if day is not None else None
    if expr.kind == "month":
        if _written_year(text) is None:
            return _month_from(lowered, anchor, future=future)
        parsed = _parse("1 " + text, False)
        if parsed is None:
            return None
        last = calendar.monthrange(parsed.year, parsed.month)[1]
        return Interval(parsed, parsed.replace(day=last), "month")
    if expr.kind == "year":
        if back := years_back(lowered):
            if anchor is None:
                return None
            year = anchor.year - back
        else:
            year = int(re.findall(_YEAR, text)[-1])
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    if anchor is None:
        return None
    if expr.kind == "feast":
        # the feast of the anchor's year, or of the year before when that is more than a
        # week to come (a month, when the sentence speaks of the future)
        day = _feast_day(lowered, anchor.year)
        if day > anchor + timedelta(days=FORWARD_MONTH_DAY if future else FORWARD_WEEKDAY):
            day = _feast_day(lowered, anchor.year - 1)
        return Interval(day, day, "day")
    if expr.kind == "ordinal":
        day = _weekday_of_month(lowered, anchor, FORWARD_MONTH_DAY if future else 0)
        return Interval(day, day, "day") if day is not None else None
    if expr.kind == "relative":
        if lowered == "this week":
            return Interval(anchor - timedelta(days=6), anchor, "week")
        shift = {"yesterday": -1, "last night": -1, "last evening": -1, "tomorrow": 1}.get(
            " ".join(lowered.split()), 0
        )
        day = anchor + timedelta(days=shift)
        return Interval(day, day, "day")
    words = lowered.split()
    weekday = next(_WEEKDAYS[w] for w in words if w in _WEEKDAYS)
    modifier = words[0] if words[0] in {"last", "next"} else ""
    if lowered.endswith(("before last", "ago", "earlier")):
        modifier = "before last"  # "Friday a week ago": a week before the last Friday
    elif lowered.endswith("last week"):
        modifier = "week before"
    day = _weekday_near(weekday, anchor, forward_weekday if future else 0, modifier)
    return Interval(day, day, "day")


def resolve_text(
    text: str, anchor: date | None, sentence: str | None = None, *, truce_start: bool = False
) -> Interval | None:
    """The first expression of a text, resolved (a parenthesis dates a conversion, not the
    text: "at 2 a.m. (2300 GMT Thursday)" is dated by what is outside it). `sentence`:
    where the text was written, for its tense (the text itself when not given).
    `truce_start`: the text is when a truce takes effect ("from Saturday evening")."""
    main = _split_parens(text)[0]
    found = [e for e in expressions(main) if e.kind not in {"year", "month"}]
    if (
        len(found) > 1
        and found[0].kind in {"weekday", "relative"}
        and found[1].kind in {"date", "numeric"}
        and re.fullmatch(r"[\s,]*(?:on\s+|the\s+)?", main[found[0].end : found[1].start])
    ):
        # A date written out restating "tonight" beside it: "from midnight tonight, 28
        # July" is the 28th, whenever the article that quotes it was printed.
        found = found[1:]
    for expr in found:
        where = sentence if sentence is not None else main
        at = where.find(expr.text) if sentence is not None else expr.start
        future = speaks_of_future(where, at) or (truce_start and truce_starts_ahead(where, at))
        base = said_on(where, at, anchor) if future else anchor
        return resolve(expr, base, future=future, near=future and _near(where, at, anchor))
    return None


_SAID_ON = re.compile(
    r"\b(?:said|announced|told|stated|declared|wrote|added|agreed|signed)\s+"
    r"(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)


def said_on(sentence: str, at: int, anchor: date | None) -> date | None:
    """The day the words before position `at` were said on, when the sentence names it
    ("Korva said on Tuesday that a truce would begin at 9 a.m. on Tuesday"): a future told
    in the past counts from that day, not from the article's. Else the anchor."""
    for expr in reversed(expressions(sentence[: max(at, 0)])):
        if expr.kind in {"year", "month"} or not _SAID_ON.search(sentence[: expr.start]):
            continue
        found = resolve(expr, anchor)
        # a day of the week the article reports, not a date weeks back
        if (
            found is not None
            and found.day is not None
            and anchor is not None
            and timedelta(0) <= anchor - found.day <= timedelta(days=FORWARD_WEEKDAY)
        ):
            return found.day
    return anchor


def dated(
    text: str, anchor: date | None, sentence: str | None = None, *, truce_start: bool = False
) -> date | None:
    """The day a text names (its first day-precise expression), or None."""
    found = resolve_text(text, anchor, sentence, truce_start=truce_start)
    return found.day if found is not None else None


def day_near(sentence: str, at: int, anchor: date | None) -> date | None:
    """The day the sentence writes nearest to position `at` in the same clause (a clock
    time's day: "took effect on Tuesday at 0400 GMT"), outside a wire dateline and outside
    parentheses; None when the clause writes none."""
    start = dateline_end(sentence)
    main = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), sentence)
    options: list[tuple[int, date]] = []
    for expr in expressions(main):
        if expr.kind in {"year", "month"} or expr.start < start:
            continue
        between = main[min(expr.end, at) : max(expr.start, at)]
        if re.search(r"[;!?]\s|,\s+(?:and|but|while|as|after|before)\b", between):
            continue  # another clause
        future = written_ahead(expr, sentence, expr.start)
        base = said_on(sentence, expr.start, anchor) if future else anchor
        near = future and _near(sentence, expr.start, anchor)
        found = resolve(expr, base, future=future, near=near)
        if found is not None and found.day is not None:
            options.append((len(between), found.day))
    return min(options)[1] if options else None


def mention_interval(text: str, sentence: str, anchor: date | None) -> Interval | None:
    """A time mention, found as written in its sentence, resolved from the anchor."""
    at = sentence.find(text)
    for expr in expressions(text):
        future = written_ahead(expr, sentence, at)
        return resolve(expr, anchor, future=future, near=_near(sentence, at, anchor))
    return None


def opens_window(text: str, sentence: str) -> bool:
    """ "killed since 7 October", "since the fighting began in May": the date opens the span
    a running toll counts over; "by the end of 2031 the war had killed 9,000": it closes
    the span of a running toll of the war so far. Either way the toll is the war's, not an
    earlier event's."""
    at = sentence.find(text)
    if at >= 0 and _NOT_SINCE.search(sentence[: at + len(text)]):
        return False  # "Not since 2031, when four soldiers died": the date of that event
    if text.casefold().startswith("since") or (at >= 0 and bool(_OPENER.search(sentence[:at]))):
        return True
    return at >= 0 and bool(_CUT_OFF.search(sentence[:at])) and bool(_SO_FAR.search(sentence))


_NOT_SINCE = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?since\b[^.;:!?]{0,40}$", re.IGNORECASE)
# A toll counted so far, whose span a date closes (_CUT_OFF: "by the end of 2031"): "had
# caused", "has killed", "have died", "had registered", "in all".
_SO_FAR = re.compile(
    r"\b(?:had|has|have)\s+(?:\w+\s+)?(?:caused|killed|claimed|left|died|been\s+killed|"
    r"registered|recorded|cost)\b"
    r"|\b(?:in\s+all|in\s+total|so\s+far|to\s+date)\b",
    re.IGNORECASE,
)


def counted_so_far(sentence: str) -> bool:
    """The sentence gives a toll counted so far ("has left 220,000 dead", "in all"), not
    one day's."""
    return _SO_FAR.search(sentence) is not None


def _month_from(lowered: str, anchor: date | None, *, future: bool) -> Interval | None:
    """A month written with no year: the latest such month not after the anchor's ("since
    December" in May 2015 is December 2014; "in May" then is May 2015); "next", or a
    sentence of the future, the coming one; "last", the one before the anchor's month."""
    if anchor is None:
        return None
    words = re.findall(r"[a-z]+", lowered)
    if words[-1] == "year":  # "in August last year", "in March of next year"
        shift = {"last": -1, "this": 0, "next": 1}[words[-2]]
        month = _MONTHS.get(words[-4] if words[-3] == "of" else words[-3])
        if month is None:
            return None
        first = date(anchor.year + shift, month, 1)
        return Interval(
            first, first.replace(day=calendar.monthrange(first.year, month)[1]), "month"
        )
    month = _MONTHS.get(words[-1])
    if month is None:
        return None
    year = anchor.year if month <= anchor.month else anchor.year - 1
    if words[0] == "last" and month == anchor.month:
        year -= 1
    # ("next May" in May is the year after; "until August", in May, the coming one)
    coming = words[0] in {"until", "through"} or future
    if (words[0] == "next" and (year, month) <= (anchor.year, anchor.month)) or (
        coming and (year, month) < (anchor.year, anchor.month)
    ):
        year += 1
    first = date(year, month, 1)
    return Interval(first, first.replace(day=calendar.monthrange(year, month)[1]), "month")


# A report's own round: the days from LOOKBACK_DAYS before its anchor. An older date it
# gives dates an earlier event (or opens the span a running toll counts over).
LOOKBACK_DAYS = 14


def refers_to(expr: Expression, sentence: str, anchor_day: date | None) -> TimeRef:
    """How a mention reads from its article's anchor: an earlier event when every day it
    names lies more than LOOKBACK_DAYS before the anchor. A date is never an earlier event
    for its year alone; without an anchor, only a month or a year is one."""
    interval = resolve(expr, anchor_day, future=written_ahead(expr, sentence, expr.start))
    if anchor_day is None or interval is None:
        # (a month alone, "in March", cannot be placed without an anchor)
        dated = expr.kind == "year" or (expr.kind == "month" and _written_year(expr.text))
        return "earlier_event" if dated else "this_episode"
    return (
        "earlier_event"
        if interval.last < anchor_day - timedelta(days=LOOKBACK_DAYS)
        else ("this_episode")
    )


# --- the anchor -------------------------------------------------------------------------

AnchorSource = Literal["metadata", "header", "dateline", "none"]


@dataclass(frozen=True)
class Anchor:
    """An article's own date: a full day, or a dateline's month-day without its year."""

    day: date | None
    month_day: tuple[int, int] | None
    source: AnchorSource
    written: str = ""  # the header words it was read from

    @property
    def updated(self) -> bool:
        """Read from a "Last updated" stamp: the day the text was last changed, not written."""
        return _UPDATED.match(self.written) is not None

    def iso(self) -> str | None:
        """ "2023-05-22", "--09-16" for a year-less dateline, or None."""
        if self.day is not None:
            return self.day.isoformat()
        if self.month_day is not None:
            return f"--{self.month_day[0]:02d}-{self.month_day[1]:02d}"
        return None


# "BEIRUT, Dec. 3 (Agency) --", "GOMA/KINSHASA, 17 September 2022 -", "LUANDA/GOMA - ";
# with a date, a colon too, as South Asian papers write it: "KORVA, Sept 24: The ..."
_WIRE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'\u2019/-]*[A-Z])"
    r"(?:\s*,\s*(?P<when>[^()\u2013\u2014:]{3,40}?))?"
    # (the dash may end its line: "KORVA, 8 September 2031 —" over the first paragraph)
    # (a teletype's underscore for its dash: "UNITED NATIONS, Aug. 8 (AP) _ The ...")
    # (an old wire's ".--" runs into its first word: "ASUNCION, Dec. 16 (AP).--Paraguay";
    # a regional wire's "---")
    # (or a dot and one dash: "MOGADISHU, March 15 (A.A.P.-Reuter).-The")
    r"\s*(?:\([^)]{1,40}\))?\s*(?:(?:\.-{1,3}|-{2,3})(?:\s+|$|(?=[\"\u201cA-Z]))|"
    r"(?:[-\u2013\u2014]|(?<=\s)_|(?<=\d):)(?:\s|$))"
)
_PATH_DATE = re.compile(
    r"(?:^|\s>\s*)(?P<y>(?:1[89]|20)\d\d)\s*>\s*"
    rf"(?P<m>{'|'.join(MONTH_NAMES)})\s*>\s*(?P<d>[0-3]?\d)(?:\s*>|\s*$)",
    re.IGNORECASE,
)
# A header line's fields: "By Wire staff | Korva | March 26 | 4 min read".
# A breadcrumb's "Home > World > Monday 17 June 1935", a layout's columns set apart by
# runs of spaces ("Solomon Islands          Thursday, August 3, 2000"), and a masthead's
# fields set apart by stars ("KLOW * TUESDAY, FEBRUARY 20, 2031 * VOL. 14").
_FIELD_SEP = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[>*]\s+|\s{5,}|\t")
# "Korva, Thursday 30 January 2031 - Our desk", "KORVA 22.05.2031": the place that opens a
# header line.
_PLACE_NAME = r"[A-Z][A-Za-z'\u2019]*[A-Za-z](?:[ -][A-Z][A-Za-z'\u2019]*[A-Za-z]){0,2}"
_PLACE_FIRST = re.compile(
    # "San Salvador and Tegucigalpa, July 18. - ": two places share a dateline
    rf"^\s*(?P<place>{_PLACE_NAME}(?:\s+(?:and|&)\s+{_PLACE_NAME})?),?\s+(?=\S)"
)
# A date stamp's label and weekday: "Published: Fri", "Last updated", "Monday,".
_LABEL = (
    r"(?:(?:(?:first\s+|last\s+|original(?:ly)?\s+)?(?:published|updated|posted|modified|"
    r"publication\s+date|date|filed|compiled)\b|original(?=\s*:))"
    # an archive's "Originally published in The Courier on 19 July 1969"
    r"(?:\s+in\s+[^,.:;]{1,60}?\s+on\b)?"
    # a reprint's source and its date: "Clipping transcribed from The Canadian Press wire,
    # Sept. 16, 1993", "Transcribed from a news agency dispatch of 7 October 1958"
    r"|(?:[\w-]+\s+)?(?:transcribed|reprinted|reproduced|republished)\s+from\s+"
    r"[^:;\n]{1,80}?(?:,|\s+(?:of|dated|on)))"
)
_STAMP_LABEL = re.compile(
    # "Posted at Jun 25 2031 06:41 PM", "Last updated at: 25 June 2031"
    rf"\s*(?:{_LABEL}(?:\s+(?:on|at))?:?\s*(?:(?:on|at)\s+)?)?"
    # the clock before the date: "Posted at 06:41 PM, Jun 25 2031", "18:41 BST 25 June"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?\s*,?\s+)?"
    rf"(?:(?:{_WEEKDAY_WORD}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?),?\s+)?",
    re.IGNORECASE,
)
# A line shaped as a stamp whatever it opens with: a label, fields, a URL.
_STAMP_SHAPED = re.compile(
    rf"^\s*(?:{_LABEL}|https?://|www\.)|[|\u00b7\u2022]",
    re.IGNORECASE,
)
_STAMP_LABEL_FIRST = re.compile(rf"^\s*{_LABEL}", re.IGNORECASE)
_UPDATED = re.compile(r"\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
# A page's handling of its text after it was written, the label of its field: "Last updated
# 05 Mar 2030", "Digitised: 14 March 2029", "Accessed on 3 May 2031".
_HANDLED = re.compile(
    r"\s*(?:(?:last\s+)?(?:updated|modified|edited|revised)|digiti[sz]ed|scanned|archived|"
    r"retrieved|accessed|crawled|uploaded)(?:\s+(?:on|at))?\s*:?\s*",
    re.IGNORECASE,
)
_URL_DATE = re.compile(
    r"[/_-](?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)(?:[/_-]|$)"
)
_DASH = re.compile(r"\s(?:--|[-\u2013\u2014_])\s")
# A monitoring service's header: "<place> <station> in <language> <HHMM> GMT <date>"
# ("Korva Radio Korva in Ruritanian 0115 GMT 2 May 65"), the broadcast's time and day.
# ("Moscow Radio in English to North America 2300 GMT 3 Jun 68", "in Serbo-Croatian",
# "in SPANISH, 0115 GMT, 2 May 1965")
_BROADCAST = re.compile(
    r"^\s*(?P<head>[A-Z].*?)\s+in\s+[A-Z][A-Za-z-]+(?:\s+and\s+[A-Z][A-Za-z-]+)?"
    r"(?:\s+to\s+[A-Z][\w ]{1,40}?)?,?\s+"
    r"(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|Z)\b,?\s*(?P<when>\S.*)$"
)
# A broadcaster's name: its place is where it speaks from, the war's most likely (not a
# news agency's bureau: "Paris AFP in English ...").
_BROADCASTER = re.compile(r"\b(?:Radio|Television|TV|Voice|Broadcasting|Radiodiffusion)\b")
_DATELINE_CHARS = 60  # a dateline ends with its dash this near the line's start
_HEADER_WORDS = 15  # a longer line ending as a sentence ends is the body
_HEADER_LINES = 6


_DATELINE_LINES = 24  # a wire dateline may follow a scraped page's furniture this far


def _header(text: str, lines_: int = _HEADER_LINES + 1) -> list[str]:
    # (a scraped page's menu, "Home / News / Opinion / About" a word a line, is not counted)
    lines = [line for line in text.splitlines() if line.strip() and not _menu_item(line)]
    return lines[:lines_]


def _is_dateline(line: str) -> bool:
    """The line opens with a wire dateline that writes a date ("BUENOS AIRES, June 15.",
    "KORVA, Dec. 16 (Agency).--The ..."): the article's own, wherever the page's furniture
    (a cookie notice, a correction note, a breadcrumb) put it."""
    if (wire := _WIRE.match(line)) is not None:
        return bool(wire["when"]) and _stamp(wire["when"]) is not None
    found = _place_first(line) if not is_prose(line) else None
    return found is not None and found["place"].isupper() and _stamp(line) is not None


def _menu_item(line: str) -> bool:
    """A navigation line: one or two words, no digit, no dash, not in capitals ("Home",
    "Multimedia", "Log in"; not a dateline alone on its line, "LIMA --", "NICOSIA")."""
    words = line.split()
    return (
        len(words) <= 2
        and not any(c.isdigit() for c in line)
        and not re.search(r"[-\u2013\u2014_:,/]", line)
        and not line.strip().isupper()
    )


def is_prose(line: str) -> bool:
    """A body line: a paragraph of prose, longer than a header's line and ending as a
    sentence ends. A long line that does not (a headline, a standfirst, "Sunday 16 May 2031
    | Live | Times are local") is still the header."""
    return len(line.split()) > _HEADER_WORDS and line.rstrip()[-1:] in ".!?\"'\u201d\u2019"


def _place_first(field: str) -> re.Match[str] | None:
    if _STAMP_LABEL.match(field.lstrip()).end():  # type: ignore[union-attr]
        return None  # "Published October 15", "Wed 14 September": a label, not a place
    found = _PLACE_FIRST.match(field)
    if found is None or found["place"].casefold() in _MONTHS:
        return None
    # "Korva, Thursday 30 January", "KORVA 22.05.2031"; not "On 3 May 2029, Klow fell"
    return found if "," in found.group() or found["place"].isupper() else None


def _stamp(field: str) -> str | None:
    """The date a field opens with, as a stamp writes it ("May 10, 11:52 PM", "Published:
    Fri 21 May 2031 01:12 BST", "Korva, Thursday 30 January 2031 - Our desk"), or None: a
    date inside a headline, a caption or a sentence is an event, not the article's date."""
    if place := _place_first(field):
        field = field[place.end() :]
    field = field[_STAMP_LABEL.match(field).end() :]  # type: ignore[union-attr]
    found = expressions(field)
    if found and found[0].start == 0 and found[0].kind in {"date", "numeric"}:
        return found[0].text
    return None


# A periodical's edition line, the whole line: "Edition of January 31 - February 6, 2014",
# "Issue dated 3 May 2031" (not a headline opening with the word: "Issue of March 3, 2030
# truce still divides Klow council").
_EDITION = re.compile(
    r"\s*(?:edition|issue)(?:\s+(?:of|dated|for))?:?\s+(?P<when>[^|]+?)[\s.]*", re.IGNORECASE
)
# ... its range's second day alone: "May 2 - 8, 2031"
_DAY_ONLY_END = re.compile(
    r"(?P<first>.+?)\s*(?:[-\u2013\u2014]|to|until)\s*(?P<d>[0-3]?\d),?\s+(?P<y>(?:1[89]|20)\d\d)"
)


def _edition_stamp(line: str) -> str | None:
    """The first day of the edition a line that is only an edition's date names, with its
    year (a range's year written once, at its end; "December 28 - January 3, 2014" begins
    in 2013); None for any other line."""
    edition = _EDITION.fullmatch(line)
    if edition is None:
        return None
    when = edition["when"]
    found = expressions(when)
    if not found or found[0].start != 0 or found[0].kind not in {"date", "numeric"}:
        return None
    if found[-1].end < len(when.rstrip(" .")):
        return None  # more than a date: a headline
    if _written_year(found[0].text) is not None:
        return found[0].text
    first = month_day(found[0].text)
    if first is None:
        return None
    if day_only := _DAY_ONLY_END.fullmatch(when.strip()):
        return f"{found[0].text}, {day_only['y']}" if day_only["first"] == found[0].text else None
    if len(found) != 2 or (year := _written_year(found[1].text)) is None:
        return None
    last = month_day(found[1].text.replace(str(year), ""))
    if last is None or not re.fullmatch(
        r"\s*(?:[-\u2013\u2014]|to|until)\s*", when[found[0].end : found[1].start]
    ):
        return None
    return f"{found[0].text}, {year - 1 if first[0] > last[0] else year}"


def _stamps(line: str, body: bool) -> list[str]:
    """The date stamps a header line writes: a URL's date, a wire dateline's, a field's; of
    a body line, only an opening dateline's ("Sept 19, 2022 - The army said ...")."""
    url = _URL_DATE.search(line)
    if url and re.match(r"\s*(?:https?://|www\.)", line):
        return ["{}-{}-{}".format(url["y"], url["m"].zfill(2), url["d"].zfill(2))]
    if wire := _WIRE.match(line):
        return [wire.group("when") or ""]
    if (broadcast := _BROADCAST.match(line)) and not body:
        return [stamp] if (stamp := _stamp(broadcast["when"])) else []
    if body:
        # every stretch before a dash near its start: "Kabul (Agency) - June 20, 2018 - ..."
        dashes = [d for d in _DASH.finditer(line) if d.start() < _DATELINE_CHARS]
        starts = [0, *(d.end() for d in dashes)]
        fields = [line[start : d.start()] for start, d in zip(starts, dashes, strict=False)]
        # (the stretches after the first only after a place and its agency: "Kabul (Agency)
        # - June 20, 2031 -", not "Korva's last ceasefire - 12 May 2029 - lasted")
        if fields and re.search(r"\b[a-z]", re.sub(r"\([^)]*\)", "", fields[0])):
            fields = fields[:1]
    else:
        fields = _FIELD_SEP.split(line)
        if path := _PATH_DATE.search(line):
            # a breadcrumb's year, month and day: "Titles > The Dispatch > 2031 > March > 16"
            return [f"{int(path['d'])} {path['m']} {path['y']}"]
        if masthead := _masthead_date(line):
            return [masthead]
        if edition := _edition_stamp(line):
            return [edition]
        # a day and month alone in a field beside a clock's: "17.09 | 11:25"
        if any(_CLOCK_FIELD.match(f) for f in fields):
            fields = [
                f"{int(m['d'])} {MONTH_NAMES[int(m['m']) - 1]}"
                if (m := _DAY_MONTH_FIELD.match(f)) and 1 <= int(m["m"]) <= 12
                else f
                for f in fields
            ]
        # a label inside a header's field starts a stamp: "[Translated from Ruritanian.
        # Original published 07.03.2031 10:42]"
        fields = [
            f[label.start() :] if _stamp(f) is None and (label := _INNER_LABEL.search(f)) else f
            for f in fields
        ]
    return [stamp for field in fields if (stamp := _stamp(field)) is not None]


_CLOCK_FIELD = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*$")
_DAY_MONTH_FIELD = re.compile(r"^\s*(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2])\s*$")
_INNER_LABEL = re.compile(rf"(?<=[\s\[(.,;])(?={_LABEL}(?:\s+(?:on|at))?:?\s*\d)", re.IGNORECASE)


def _masthead_date(line: str) -> str | None:
    """The date with its year that ends a masthead's line of comma-separated fields ("THE
    KORVA TIMES, KORVA, SATURDAY, SEPTEMBER 25, 1965"), or None."""
    if line.count(",") < 3 or len(line.split()) > 14:
        return None
    # (fields of names and the date, no word of a headline's sentence)
    if any(w[:1].islower() and w not in {"of", "the", "and"} for w in line.split()):
        return None
    found = [e for e in expressions(line) if e.kind in {"date", "numeric"}]
    if not found or found[-1].end < len(line.rstrip(" .")) or _written_year(found[-1].text) is None:
        return None
    return found[-1].text


def anchor(text: str, published_at: str | None = None) -> Anchor:
    """The article's anchor date: its metadata, else the first date stamp of its header
    (a wire dateline, a byline's or a "Published:" field, a URL's date); a stamp with its
    year wins over a year-less one. The header ends with its first paragraph of prose,
    though a stamp just after it still counts (a standfirst written as a sentence comes
    before the byline)."""
    if published_at:
        try:
            return Anchor(date.fromisoformat(published_at[:10]), None, "metadata", published_at)
        except ValueError:
            pass
    month_day_found: tuple[int, int] | None = None
    written = ""
    filed = False  # the year-less stamp is a dateline (not a headline's date)
    full: tuple[date, str] | None = None
    in_body = False
    prose = 0  # paragraphs of prose read
    late: str | None = None
    for at, line in enumerate(_header(text, _DATELINE_LINES)):
        # (a long line that opens with a stamp's label is a stamp: "Originally published in
        # The Courier on 19 July 1969. Republished in our archive series ...")
        body = is_prose(line) and not _STAMP_LABEL_FIRST.match(line)
        # after the header's lines, only the first dateline; after the first paragraph of
        # prose, only a labelled stamp or fields, or that dateline
        # (a page's note may be a sentence; after two paragraphs, a body's line: "KORVA,
        # May 3: Rebels seize the airport" of a chronology)
        dateline = month_day_found is None and prose < 2 and _is_dateline(line)
        prose += body
        if at > _HEADER_LINES and not dateline:
            # (a labelled stamp below a scraped page's furniture, before the body's second
            # paragraph, "Published: Friday, 7 May" under a cookie notice: the date
            # when the header gives no other, no dateline below it included)
            if late is None and prose < 2 and labelled(line):
                late = _without_handling(line)
            continue
        line = _without_handling(line)
        if in_body and (body or not _STAMP_SHAPED.search(line)) and not dateline:
            continue
        for stamp in _stamps(line, body):
            day = full_date(stamp)
            if day is not None and full is None:
                full = day, line.strip()[:80]
            found = month_day(stamp) if day is None else None
            if found is not None and month_day_found is None:
                month_day_found, written = found, line.strip()[:80]
                filed = bool(
                    dateline
                    or _WIRE.match(line)
                    or (body and _DASH.search(line, 0, _DATELINE_CHARS))
                )
        in_body = in_body or body
    if full is None and month_day_found is None and late is not None:
        for stamp in _stamps(late, False):
            if (day := full_date(stamp)) is not None:
                full = day, late.strip()[:80]
                break
            if (found := month_day(stamp)) is not None:
                month_day_found, written = found, late.strip()[:80]
                break
    if full is None and (footer := _footer_stamp(text)) is not None:
        # A footer's stamp dates a page with no stamp of its own; beside a year-less
        # dateline, only one filed up to _FILED_BEFORE days before it (a "Related" link's
        # date may close the page).
        filed_on = (
            occurrence_from(month_day_found, footer[0] - _FILED_BEFORE) if month_day_found else None
        )
        if month_day_found is None or (filed_on is not None and filed_on <= footer[0]):
            full = footer
    if (first := _first_published(text)) is not None:
        # "First published 3 July 2031." in an archive page's standfirst, above its reprint
        # stamp "Sat 3 Jul 2051": the article's own date, whatever the page's
        full = first
    if full is not None and (back := _years_ago_in_header(text, full[0])):
        # "From our pages: Fifty years ago" over "Published September 25, 2015": the
        # reprinted report is of that many years before the page's stamp
        full = _years_before(full[0], back), full[1]
    if full is not None:
        # A dateline filed up to _FILED_BEFORE days before the stamp printed ("Published 19
        # July 2031" over "KLOW, July 18 -") is the day its "tonight" means.
        earliest = full[0] - _FILED_BEFORE
        on = occurrence_from(month_day_found, earliest) if month_day_found and filed else None
        if on is not None and on < full[0]:
            return Anchor(on, None, "dateline", written)
        # ... and so is a weekday dateline under a dated masthead ("BUDAPEST, Sunday." in
        # a Monday paper): the day its "this afternoon" means
        weekday = None if month_day_found else _weekday_dateline(text)
        if weekday is not None:
            back = (full[0].weekday() - weekday[0]) % 7
            if 0 < back <= _FILED_BEFORE.days:
                return Anchor(full[0] - timedelta(days=back), None, "dateline", weekday[1])
        return Anchor(full[0], None, "header", full[1])
    if month_day_found is not None:
        return Anchor(None, month_day_found, "dateline", written)
    return Anchor(None, None, "none")


_FILED_BEFORE = timedelta(days=3)
# The label of a text's own first publication, wherever in the header it stands.
_FIRST_PUBLISHED = re.compile(
    # ("This dispatch first appeared in our sister paper on Monday, January 17, 1955")
    r"(?:^|(?<=[.!?])\s+)(?:(?:this|the)\s+(?:dispatch|article|story|report|piece|clipping)\s+"
    r"(?:was\s+)?)?(?:first|originally)\s+(?:published|printed|appeared)\b"
    r"(?:\s+in\b[^.;|]{0,60}?\s+on\b|\s+on\b)?\s*:?\s*",
    re.IGNORECASE,
)


def _first_published(text: str) -> tuple[date, str] | None:
    """The full date a header line labels as the text's first publication ("First
    published 3 July 2031.", "Originally published in The Courier on 19 July 2031")."""
    for line in _header(text, _DATELINE_LINES):
        for label in _FIRST_PUBLISHED.finditer(line):
            rest = line[label.end() :]
            found = [e for e in expressions(rest) if e.kind in {"date", "numeric"}]
            # (the label opens its sentence and the date closes it: not "the charter,
            # first published on 3 July 2019, demands")
            closes = found and re.fullmatch(r"[\s.)\]]*(?:$|\s+[A-Z].*)", rest[found[0].end :])
            if closes and found[0].start == 0 and (day := full_date(found[0].text)) is not None:
                return day, line.strip()[:80]
    return None


# A correspondent's dateline of a place and a weekday alone: "BUDAPEST, Sunday."
_WEEKDAY_DATELINE = re.compile(
    # ("KLOW and VELL, Thursday": a dispatch filed from two towns)
    r"^\s*(?P<place>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3}"
    r"(?:\s+(?:and|&)\s+[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3})?),\s+"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?\s*$"
)


def _weekday_dateline(text: str) -> tuple[int, str] | None:
    """The weekday (0 = Monday) a header line gives as its dateline, and the line."""
    for line in _header(text, _DATELINE_LINES):
        if found := _WEEKDAY_DATELINE.match(line):
            return WEEKDAY_NAMES.index(found["day"]), line.strip()[:80]
    return None


def _years_ago_in_header(text: str, stamp: date | None) -> int | None:
    """How many years back an archive feature's header line says its report is ("From the
    past pages: Fifty years ago", "25 years ago today"), or None."""
    for line in _header(text):
        # (a reprint's note, a sentence: "Sixty years ago this week our paper carried this
        # report. We reproduce it as it ran.")
        reprint = _REPRINTED.search(line) is not None
        if is_prose(line) and not reprint:
            break
        if (found := _YEARS_AGO.search(line)) and (not reprint or found.start() == 0):
            counts = [n.low for n in numbers_in(found["n"]) if n.low == n.high and n.low > 1]
            years = {int(y) for y in re.findall(rf"\b{_YEAR}\b", line)}
            # (an archive's line writes the year it looks back to: "1965: Fifty years ago")
            if counts and stamp is not None and (stamp.year - counts[0] in years or reprint):
                return counts[0]
    return None


_YEARS_AGO = re.compile(r"\b(?P<n>[\w-]+)\s+years\s+ago\b", re.IGNORECASE)
_REPRINTED = re.compile(
    r"\b(?:carried|ran|printed|published)\s+(?:this|the\s+following)\s+(?:\w+\s+){0,2}"
    r"(?:report|article|story|dispatch|despatch)\b|\b(?:we\s+)?(?:reproduce|reprint)\w*\s+it\b",
    re.IGNORECASE,
)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _footer_stamp(text: str) -> tuple[date, str] | None:
    """A labelled stamp with its year among the article's last lines ("(Published March
    23, 1987)", "First published on 4 May 2031."): an archive's or a page's footer."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines[-_HEADER_LINES:]):
        field = line.strip("()[] ").rstrip(".")
        if labelled(field) and (stamp := _stamp(field)) and (day := full_date(stamp)):
            return day, line[:80]
    return None


def handling_stamp(sentence: str, at: int) -> bool:
    """The date at `at` is a page's handling stamp ("Originally published 12 May | Last
    updated 05 Mar 2030", "Digitised: 14 March 2029"): the day the page was changed or
    scanned, years after the article perhaps, never an event it reports."""
    field = _FIELD_SEP.split(sentence[:at])[-1].rsplit("\n", 1)[-1]
    return _HANDLED.fullmatch(field) is not None


def _without_handling(line: str) -> str:
    """A stamp line's fields without its handling stamps when another field is labelled
    ("Originally published 12 May | Last updated 05 Mar 2030"): the publication is the
    article's date, the update the page's."""
    fields = _FIELD_SEP.split(line)
    kept = [f for f in fields if not _HANDLED.match(f)]
    if len(kept) < len(fields) and any(labelled(f) for f in kept):
        return " | ".join(kept)
    return line


def labelled(line: str) -> bool:
    """The line opens with a stamp's label ("Published:", "Originally published in ... on")."""
    return bool(_STAMP_LABEL_FIRST.match(line))


def dateline_end(sentence: str) -> int:
    """Where a wire dateline at the start of a sentence ends ("KORVA, May 23 (Agency) - "):
    its date is the article's anchor, never an event of the sentence."""
    found = _WIRE.match(sentence)
    if found:
        return found.end()
    # (a dateline the sentence splitter cut from its dash: "ACCRA, May 3 (AP)." before
    # "--Troops exchanged fire ...")
    # (of a town the data knows: not a headline, a byline or a note, "REBELS SEIZE KLOW,
    # July 9.", "IVO BRAND, July 7, 2031.", "CORRECTION, July 9.")
    # (its date the last thing in it: not a masthead's "LONDON, WEDNESDAY, DECEMBER 22
    # No. 38,114", whose weekday dates the paper)
    alone = _WIRE_ALONE.fullmatch(sentence)
    stamp = _stamp(alone["when"]) if alone else None
    if (
        alone
        and stamp is not None
        and not alone["when"].split(stamp, 1)[1].strip(" .,")
        and zones.city(alone["place"]) is not None
    ):
        return len(sentence)
    return 0


_WIRE_ALONE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z .'\u2019/-]*[A-Z])\s*,\s*(?P<when>[^()\u2013\u2014:]{3,40}?)"
    r"\s*(?:\([^)]{1,40}\))?\s*\.?\s*"
)


def header_places(text: str, body: str | None = None) -> tuple[str, ...]:
    """The places the article's header names ("BEIRUT, Dec. 3 (Agency) -", "Kinshasa,
    Thursday 30 January 2025 - ..."); failing a dateline, the town of a masthead's fields
    ("ACCRA * FRIDAY, MAY 2, 2031 * NO. 12", `_town_field`). `body`: the text
    read for the states the article names (the whole article; by default `text`)."""
    found = _dateline_places(text)
    if found:
        return found
    for line in _header(text):
        if is_prose(line):
            break
        if town := _town_field(line, text if body is None else body):
            return (town,)
    return ()


def _dateline_places(text: str) -> tuple[str, ...]:
    for line in _header(text):
        wire = _WIRE.match(line)
        if wire:
            return tuple(p.strip().title() for p in wire["place"].split("/") if p.strip())
        if is_prose(line):
            # a body that opens with its dateline: "Korva, 8 February 2031 - Ruritania said"
            opening = _DASH.search(line, 0, _DATELINE_CHARS)
            field = line[: opening.start()] if opening else ""
            if (first := _place_first(field)) and _stamp(field) is not None:
                place = first["place"]
                return (place.title() if place.isupper() else place,)
            break
        if (first := _place_first(line)) and _stamp(line) is not None:
            place = first["place"]
            return (place.title() if place.isupper() else place,)
        if (
            (broadcast := _BROADCAST.match(line))
            and _stamp(broadcast["when"]) is not None
            and _BROADCASTER.search(broadcast["head"])
        ):
            # the place the station's name follows: the longest run of its first words
            # that names one ("Korva Radio Korva" -> "Korva")
            words = broadcast["head"].split()
            for n in range(min(3, len(words)), 0, -1):
                if zones.place(" ".join(words[:n])) is not None:
                    return (" ".join(words[:n]),)
    return ()


def _town_field(line: str, text: str) -> str | None:
    """The town a masthead's fields name right before its date ("ACCRA * FRIDAY, MAY 2,
    2031 * NO. 12"): a field in capitals that is a town's own name in the data (not
    another of its names, "Africa"), in a state the article names ("Nigerian troops"); not
    a section, an author or an edition list ("METRO | Tuesday", "Jackson | March 26")."""
    fields = [f.strip() for f in _FIELD_SEP.split(line) if f.strip()]
    for field, after in itertools.pairwise(fields):
        if not field.isupper() or _stamp(after) is None or _stamp(field) is not None:
            continue
        town = zones.city(field) if len(field.split()) <= 3 else None
        if town is None or zones.normalise(town.name) != zones.normalise(field):
            continue
        named = {
            zones.country_of(w)
            for w in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", text[:_NAMED_REACH])
        }
        if town.country in named:
            return field.title()
    return None


_NAMED_REACH = 4000  # characters of the article read for the states it names


def complete(
    month_day_: tuple[int, int],
    near: tuple[date, date],
    not_before: int | None,
    said_on: int | None = None,
    *,
    not_after: date | None = None,
) -> date:
    """A year-less dateline's day: the occurrence nearest the episode's days `near`, never in
    a year before `not_before` (the latest year the article writes: it cannot be older).
    `said_on`: the weekday its opening sentence was said on ("TSKHINVALI, Aug. 19 - Georgia
    said Thursday"), which is the dateline's day or one of the three before it; a year whose
    day does not fit is not the article's, though it is nearer ("Aug. 19" with "Thursday"
    is not 19 August 2008, a Tuesday). `not_after`: the last day it can be from (a state
    name it writes was given up then); it wins over `not_before` when they disagree."""
    month, day = month_day_
    options = []
    spread = 1 if said_on is None else _WEEKDAY_YEARS
    for year in range(near[0].year - spread, near[1].year + spread + 1):
        if not_before is not None and year < not_before:
            continue
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if said_on is not None and not _said_within(said_on, candidate):
            continue
        if not_after is not None and candidate > not_after:
            continue
        distance = max((near[0] - candidate).days, (candidate - near[1]).days, 0)
        options.append((distance, year, candidate))
    if not options:  # the article writes a year after every one near the episode
        year = not_before if not_before is not None else near[1].year
        if not_after is not None and year >= not_after.year:
            # the latest occurrence on or before the day its names end
            year = (
                not_after.year
                if (month, day) <= (not_after.month, not_after.day)
                else (not_after.year - 1)
            )
        try:
            return date(year, month, day)
        except ValueError:
            return date(year, month, 28)
    return min(options)[2]


_WEEKDAY_YEARS = 11  # every month-day falls on every weekday within eleven years
_SAID_BEFORE = 3  # "said Friday" under a Monday's dateline: reports lag a weekend


def _said_within(weekday: int, day: date) -> bool:
    return any((day - timedelta(days=k)).weekday() == weekday for k in range(_SAID_BEFORE + 1))


def said_weekday(text: str, sentence: str) -> int | None:
    """The weekday a statement is dated by ("Georgia said Thursday", "announced on
    Monday"), when `text` is a bare weekday that dates the sentence's statement."""
    found = expressions(text)
    if len(found) != 1 or found[0].kind != "weekday" or not dates_the_statement(text, sentence):
        return None
    at = sentence.find(text)
    if re.match(r"['\u2019]s\b", sentence[at + len(text) :]):
        return None  # "said Thursday's shelling killed 12": the shelling's day
    words = found[0].text.casefold().split()
    if words[0] in {"last", "next"}:
        return None
    return written_weekday(found[0].text)


# "the ceasefire agreed by local commanders on Saturday": the day a truce was agreed.
_AGREED_ON = re.compile(
    r"\b(?:agreed|reached|brokered|signed)\s+(?:[\w-]+\s+){0,5}?on\s+"
    r"(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


# A truce's start that did not come: "failed to take effect as planned", "would not start
# at 12:01 a.m. as scheduled", "the ceasefire was postponed" (not "talks were postponed").
_TRUCE_NOUN = r"(?:cease-?fires?|truces?|armistice|cessation\s+of\s+hostilities)"
_START_CALLED_OFF = re.compile(
    r"\b(?:fail(?:ed|s)?\s+to|did\s+not|didn't|would\s+not|wouldn't|will\s+not|won't|"
    r"could\s+not)\s+(?:take\s+effect|start|begin|come\s+into\s+(?:force|effect)|"
    r"go\s+into\s+effect)\b(?:[ap]\.m\.|[^.;]){0,80}?\bas\s+(?:planned|scheduled|agreed|expected)\b"
    rf"|\b{_TRUCE_NOUN}\s+(?:was|were|has\s+been|had\s+been|is|be)\s+"
    r"(?:postponed|delayed|put\s+off|pushed\s+back|deferred)\b"
    rf"|\b(?:postponed|delayed|deferred|put\s+off)\s+(?:the\s+)?(?:start\s+of\s+the\s+)?{_TRUCE_NOUN}",
    re.IGNORECASE,
)


def start_called_off(sentence: str) -> bool:
    """True when the sentence says a truce's start did not come when set: postponed,
    delayed, or failed to take effect as planned."""
    return _START_CALLED_OFF.search(sentence) is not None and not _CAME_AFTER_ALL.search(sentence)


# ... unless it came after all: "failed to take effect as planned but came into force at"
_CAME_AFTER_ALL = re.compile(
    r"\b(?:but|and)\s+(?:then\s+|finally\s+)?(?:(?:came|went)\s+into\s+(?:force|effect)|took\s+effect)",
    re.IGNORECASE,
)


# A truce its words call new: "a fresh ceasefire", "a new truce".
_NEW_TRUCE = re.compile(
    r"\b(?:new|fresh|second|third|another|renewed)\s+(?:[\w-]+\s+)?(?:cease-?fire|truce)\b",
    re.IGNORECASE,
)


def names_a_new_truce(text: str) -> bool:
    """The text calls a truce new ("fresh ceasefire agreed")."""
    return _NEW_TRUCE.search(text) is not None


# A truce written as one before another: "after a first truce ... collapsed", "an earlier
# ceasefire", "the previous truce".
_EARLIER_TRUCE = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:first|earlier|previous|prior|initial|former)\s+"
    r"(?:[\w-]+\s+)?(?:cease-?fire|truce|armistice)\b"
    # (not "the first truce of the war", "the first ceasefire since May": this one)
    r"(?!\s+(?:of|in|since)\b)",
    re.IGNORECASE,
)


# A truce named by its year: "the 1994 ceasefire", "a truce of 2031", "signed in 2031".
_TRUCE_OF_A_YEAR = re.compile(
    rf"\b(?P<before>{_YEAR})\s+(?:[\w-]+\s+)?(?:cease-?fire|truce|armistice)s?\b"
    rf"|\b(?:cease-?fire|truce|armistice)s?\s+(?:of|(?:agreed|signed|reached)\s+in)\s+"
    rf"(?:[A-Z][a-z]+\s+)?(?P<after>{_YEAR})\b(?![.,:/]\d)",
    re.IGNORECASE,
)


def truce_years(text: str) -> set[int]:
    """The years the text names a truce by ("since the 1994 ceasefire collapsed", "the
    truce of May 2031"): what it says of those truces is theirs."""
    return {int(m["before"] or m["after"]) for m in _TRUCE_OF_A_YEAR.finditer(text)}


def names_an_earlier_truce(text: str) -> bool:
    """The text writes of a truce as the one before ("after a first truce mediated by
    Chile collapsed"): what it says of that truce is not a later one's."""
    return _EARLIER_TRUCE.search(text) is not None


def month_named(sentence: str) -> int | None:
    """The month a sentence dates what it reports to with no day or year ("a truce agreed
    in December", "since March"), as a number; None when it names none."""
    for found in _IN_A_MONTH.finditer(sentence):
        if not _WAR_BEGAN.search(sentence[max(0, found.start() - 50) : found.start()]):
            return _MONTHS[found["month"].casefold()]
    return None


# ... not the month the war itself began: "the heaviest shelling since the war began in June"
_WAR_BEGAN = re.compile(
    r"\b(?:war|conflict|fighting|rebellion|uprising|crisis)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:began|started|erupted|broke\s+out)\s*$",
    re.IGNORECASE,
)


_IN_A_MONTH = re.compile(
    r"\b(?:in|last|since)\s+(?P<month>" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)",
    re.IGNORECASE,
)


def agreed_on(sentence: str) -> str | None:
    """The weekday the sentence says a truce was agreed on, as written ("Saturday")."""
    found = _AGREED_ON.search(sentence)
    return found["day"] if found else None


def agreed_day(sentence: str, anchor: date | None) -> date | None:
    """The day the sentence says a truce was agreed on ("the truce agreed on Monday of
    last week"), from the anchor; None when it names none."""
    found = _AGREED_ON.search(sentence)
    if found is None:
        return None
    for expr in expressions(sentence):
        if expr.start <= found.start("day") < expr.end:
            interval = resolve(expr, anchor)
            return interval.day if interval is not None else None
    return None


# --- clock times: constants -------------------------------------------------------------

# Zone abbreviations: GMT and UTC in any case; the others in capitals only ("CAT", "EAT" and
# "WAT" are words too). "Z" only straight after the digits ("0400Z").
_ABBR = rf"(?:(?i:GMT|UTC)|{zones.ABBREVIATION_WORDS})"
# ... or dotted, as older papers print them ("1500 G.M.T.", "5.50 p.m. I.S.T.")
_ABBR_ANY = rf"(?:{_ABBR}\b|(?:{zones.DOTTED_ABBREVIATIONS})(?!\w))"
_OFFSET = r"\s?(?P<sign>[+\-\u2212\u2013])\s?(?P<oh>\d{1,2})(?::?(?P<om>[0-5]\d))?\b"
_OFFSET_BEFORE = re.compile(r"(?i:GMT|UTC)\s?[+\-\u2212\u2013]\s?$")
_ZONE_ABBR = re.compile(
    rf"\b(?P<abbr>(?:{_ABBR})\b|(?:{zones.DOTTED_ABBREVIATIONS})(?!\w))(?:{_OFFSET})?"
)
_HOURS = r"h(?:ou)?rs?\b"
_HHMM_ZONE = re.compile(rf"\b(?:[01]\d|2[0-3])[0-5]\d(?=\s?Z\b|\s*{_HOURS}|\s*{_ABBR_ANY})")
_AT_WEEKDAY = "(?:" + "|".join(rf"(?<=(?i:{d})\sat\s)" for d in _WEEKDAYS) + ")"
_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_CLOCK = re.compile(
    r"(?<![\w:.])(?:"
    rf"(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s?Z\b|\s*{_HOURS}|\s*{_ABBR_ANY}|\s+local\b"
    # ("0500 to 1100 GMT": the start of a range whose end carries the zone)
    rf"|\s*(?:to|until|till|-|\u2013)\s*(?:[01]\d|2[0-3])[0-5]\d(?:\s?Z\b|\s*{_HOURS}|\s*{_ABBR_ANY}))"
    # "signed on Friday at 1645", "at 0600 on Saturday": four digits at a weekday's clock
    rf"|{_AT_WEEKDAY}(?P<hhmm_day>(?:[01]\d|2[0-3])[0-5]\d)\b"
    # (not a count's value: "the number of displaced stood at 1900 on Tuesday")
    rf"|(?<=\bat\s)(?<!\b(?:stood|total|stand|reach)\sat\s)(?<!stands\sat\s)(?<!\bput\sat\s)"
    rf"(?P<hhmm_at>(?:[01]\d|2[0-3])[0-5]\d)(?=,?\s+on\s+(?i:{_WEEKDAY_WORD})\b)"
    # "one minute past midnight": the first minute of the day, not the midnight ending it
    # ("half past noon", "a quarter past midnight")
    r"|(?P<past>(?i:(?:(?P<n>a|one|two|five|ten|fifteen|twenty|thirty|\d{1,2})\s+minutes?|"
    r"(?P<part>half|(?:a\s+)?quarter))\s+(?:past|after)\s+))?"
    r"(?P<word>(?i:(?:12\s+)?(?:midnight|noon|midday)))\b"
    # "2400 hours", "24:00": the midnight that ends the day, as military and wire copy write it
    rf"|(?P<h24>24(?:[:.]00\b|00(?=\s?Z\b|\s*{_HOURS}|\s*{_ABBR_ANY}|\s+local\b)))"
    # "the first minute of Tuesday": the day's start
    rf"|(?P<first>(?i:(?:the\s+)?(?:first|opening)\s+minute\s+of))(?=\s+(?i:{_WEEKDAY_WORD}|"
    rf"{_MONTH}|\d|the\s+day|today|tomorrow))"
    # "five o'clock this afternoon": an hour in words, with its "o'clock"
    rf"|(?P<wh>(?i:{'|'.join(_HOUR_WORDS)}))\s+o['\u2019]clock\b"
    # "at six on Saturday evening", "at ten that night": an hour in words after "at", with
    # the part of the day written after it, which says which half of the day
    # (or opening the text: a model's "six on Saturday evening", cut from "at six ...")
    rf"|(?:(?<=\b(?i:at)\s)|^)(?<!\b(?:stood|total|stand|reach)\sat\s)(?<!stands\sat\s)(?P<wa>(?i:{'|'.join(_HOUR_WORDS)}))\b(?=\s+(?:(?i:on|in|this|that|"
    rf"yesterday|today|tomorrow)\s+)?(?:(?i:{_WEEKDAY_WORD}|the)\s+)?"
    rf"(?i:morning|afternoon|evening|night)\b)"
    # "half past two on Sunday afternoon", "a quarter to five in the afternoon": with the
    # part of the day written after it, which says which half of the day
    rf"|(?P<hp>(?i:half|(?:a\s+)?quarter))\s+(?P<hpdir>(?i:past|to))\s+"
    rf"(?P<hph>(?i:{'|'.join(_HOUR_WORDS)}))\b"
    r"(?=[^.;]{0,30}?\b(?i:afternoon|evening|night|morning)\b)"
    # "21:00", "9.30", and the French "21h00", "21h"
    r"|(?P<h>\d{1,2})(?:(?:[:.]|h)(?P<m>[0-5]\d)|h\b)?(?![\d])(?![.:]\d)"
    r"(?:\s*(?P<ampm>(?i:[ap]\.?\s?m\b\.?))|(?P<oclock>\s+o['\u2019]clock\b))?"  # "5:30 PM"
    r")"
)
# A bare hour takes only a full abbreviation after it ("9 GMT", never "5 MT" of grain).
_BARE_ZONE = re.compile(
    rf"\s*(?:(?:(?i:GMT|UTC)|{'|'.join(a for a in zones.ABBREVIATIONS if len(a) >= 3)})\b"
    rf"|(?:{zones.DOTTED_ABBREVIATIONS})(?!\w))"
)
_AFTER_CLOCK = re.compile(rf"(?:\s?(?P<z>Z)\b)?(?:\s*{_HOURS})?")

# A place as written: capitalised words, with the particles of place names between them.
_PLACE_WORD = r"(?:(?:al|el|ad|ar|as|ash|an|az)-)?[A-Z][\w'\u2019.-]*"
_PARTICLE = r"(?:de|del|da|do|dos|el|al|es|and|of|upon|la|le|sur|am)"
_PLACE_RUN = rf"{_PLACE_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_PLACE_WORD}){{0,3}}"
_DIRECTION = (
    r"(?:(?:north|south)[\s-]?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|central)"
)
_IN_PLACE = rf"\b[Ii]n\s+(?:[Tt]he\s+)?(?:{_DIRECTION}\s+)?(?P<place>{_PLACE_RUN})"
_PLACE_TIME = re.compile(
    rf"(?P<place>{_PLACE_RUN})\s+(?:(?P<kind>standard|daylight|summer)\s+)?[Tt]ime\b"
)
# ("Idlib local time": the place's own clock, written before "local")
_LOCAL = re.compile(
    rf"(?:(?P<before>{_PLACE_RUN})\s+)?(?P<local>\blocal\b(?:\s+time\b)?)(?:\s*,?\s*{_IN_PLACE})?"
)
# "07:00 in Israel", "midnight on Sunday in Khartoum": "in <place>" right after the clock.
# ("midnight on Sunday in Khartoum", "1 a.m. Saturday in Cairo")
_TAIL_IN_PLACE = re.compile(
    rf"^\s*,?\s*(?:on\s+(?:[\w,]+\s+){{1,3}}?|(?i:{_WEEKDAY_WORD})\s+"
    r"(?:(?:morning|afternoon|evening|night)\s+)?)?"
    rf"{_IN_PLACE}"
)
# What joins a clock time to the one before: the end of a range ("8 p.m. Sunday to 6 a.m."),
# or the same time again ("0400 GMT, or 07:00 in Israel and 7:30 a.m. in Tehran"). Anything
# else ("at 6 a.m. and was broken by 9 a.m.") is another time, never compared.
_RANGE_JOIN = re.compile(r"(?:\b(?:to|until|till|through|and)|[-\u2013\u2014])\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s*$")
_RANGE_FROM = re.compile(r"\b(?:from|between)\s+(?:[\w,]+\s+){0,2}$", re.IGNORECASE)
_SAME_JOIN = re.compile(
    r"[\s,;:/]*(?:(?:or|and|i\.e\.|that is|which is|equivalent to|equal to)[\s,;:/]*)?",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\(([^)]*)\)")

# Capitalised words that are never the place a clock is read in, however the data spells
# its towns ("March" and "Time" are towns; "Central" is one too).
_NOT_PLACES = {
    *_MONTHS,
    *_WEEKDAYS,
    *"the this that these those same any each every local standard daylight summer winter "
    "prime time north south east west northern southern eastern western central upper lower "
    "greater new old christmas easter ramadan eid".split(),
}

AGREE_WITHIN = timedelta(minutes=1)
_ONE_DAY = timedelta(days=1)

ZoneSource = Literal["utc", "offset", "abbreviation", "place", "local", "unstated"]
_EXPLICIT: frozenset[str] = frozenset({"utc", "offset"})


@dataclass(frozen=True)
class ClockTime:
    hour: int
    minute: int
    zone: tzinfo | None  # None: not stated, or "local time"


@dataclass(frozen=True)
class Reading:
    """One clock time as written, with the zone its own words give it."""

    text: str  # the clock and its zone words: "7:30 a.m. in Tehran", "1000 GMT"
    hour: int
    minute: int
    zone: tzinfo | None  # None: "local", or no zone written
    source: ZoneSource
    in_parens: bool = False
    restates: bool = False  # the same time again: a parenthesis, or "..., or 07:00 in Israel"
    ends_range: bool = False  # "6 a.m." in "from 8 p.m. to 6 a.m.": not the same time again
    notes: tuple[str, ...] = ()  # how an abbreviation was read (zones.abbreviation_zone)

    @property
    def clock(self) -> ClockTime:
        return ClockTime(self.hour, self.minute, self.zone)


@dataclass(frozen=True)
class Resolution:
    """The UTC instant a time text names on a date, and how it was reached.

    `disagreements`: the text gives the time twice and the readings differ by more than a
    minute; each entry says which reading was used (the GMT/UTC one when there is one). The
    caller puts them among the briefing's disagreements. `notes`: assumptions a reader may
    want to check (an ambiguous abbreviation, an abbreviation out of season, an offset
    implied by a conversion); they are not disagreements between sources.
    """

    at: datetime | None
    used: Reading | None
    readings: tuple[Reading, ...] = ()
    disagreements: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def _split_parens(text: str) -> tuple[str, list[str]]:
    return _PAREN.sub(" ", text), _PAREN.findall(text)


# --- clock times and their zones -----------------------------------------------------------


@dataclass(frozen=True)
class _Zone:
    start: int  # where the zone words start and end, in the tail
    end: int
    zone: tzinfo | None
    source: ZoneSource
    notes: tuple[str, ...] = ()


_UNSTATED = _Zone(0, 0, None, "unstated")


def _minutes_past(written: str) -> int:
    """The minutes of "one minute past", "15 minutes past", "a minute past"."""
    if written.casefold() == "a":
        return 1
    found = numbers_in(written)
    return found[0].low if found else 0


# A count's verb earlier in the clause: "put their losses at", "estimated the dead at".
_A_COUNT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|numbered|stood|stands|totall?ed|reached|"
    r"counted|was|were|is|are)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


def _hour_minute(match: re.Match[str]) -> tuple[int, int] | None:
    if hhmm := match.group("hhmm") or match.group("hhmm_day") or match.group("hhmm_at"):
        return int(hhmm[:2]), int(hhmm[2:])
    if match.group("h24"):
        return 0, 0  # midnight: resolve_instant puts it at the end of its day
    if match.group("word"):
        part = (match.group("part") or "").casefold()
        minute = (30 if part == "half" else 15) if part else 0
        minute = _minutes_past(match.group("n")) if match.group("n") else minute
        hour = 12 if match.group("word").casefold().endswith(("noon", "midday")) else 0
        return (hour, minute) if minute < 60 else None
    if match.group("first"):
        return 0, 0
    if match.group("wa") and _A_COUNT_BEFORE.search(match.string[: match.start()]):
        return None  # "put their losses at seven on Sunday morning": a count, not a clock
    if words := match.group("wh") or match.group("wa"):
        hour, minute = _HOUR_WORDS.index(words.casefold()) + 1, 0
        ampm, oclock = None, True
    elif match.group("hp"):
        hour = _HOUR_WORDS.index(match.group("hph").casefold()) + 1
        minute = 30 if match.group("hp").casefold() == "half" else 15
        if match.group("hpdir").casefold() == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute  # "a quarter to five": 4:45
        ampm, oclock = None, True
    else:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        ampm, oclock = match.group("ampm"), bool(match.group("oclock"))
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.casefold().startswith("p") else 0)
    elif oclock:
        # "10 o'clock on Friday night", "6 o'clock on the morning of Wednesday"
        if not 1 <= hour <= 12:
            return None
        later = re.split(r"[.;,]", match.string[match.end() : match.end() + 40])[0]
        # (the part of the day written right after it: not "6 o'clock this morning until
        # midnight tonight")
        later = re.split(r"\b(?:until|till|to|and|but|while)\b", later)[0]
        evening = re.search(r"\b(?:afternoon|evening|(?:to)?night|p\.?m\b)", later, re.I)
        if hour == 12:
            hour = 0 if evening and "night" in evening.group().casefold() else 12
        else:
            hour += 12 if evening else 0
    return (hour, minute) if hour <= 23 else None


def _sub_runs(run: str, *, suffixes: bool) -> list[str]:
    """Sub-runs of a capitalised run, longest first: its suffixes ("<place> time") or its
    prefixes ("in <place>"); never one that starts or ends on a particle."""
    words = run.split()
    parts = [words[len(words) - n :] if suffixes else words[:n] for n in range(len(words), 0, -1)]
    return [" ".join(p) for p in parts if p[0][:1].isupper() and p[-1][:1].isupper()]


def _strip_possessive(name: str) -> str:
    return re.sub(r"['\u2019]s$|[.,]$", "", name)


def _place(
    run: str, countries: Sequence[str], *, suffixes: bool, written: bool = True
) -> zones.Place | None:
    """The first sub-run of `run` that names a country or a city. `written`: a run found in
    running text, whose sub-runs must start and end on a capital; a name the caller gives
    ("khartoum") may be in any case."""
    names = _sub_runs(run, suffixes=suffixes) if written else [run]
    for name in names:
        name = _strip_possessive(name)
        if not name or zones.normalise(name) in _NOT_PLACES:
            continue
        # (a dateline's town the caller gives may be spelt another way: "Nabatiyeh")
        found = zones.place(name, countries, spelt=not written)
        if found is not None:
            return found
    return None


def _abbreviation_zone(
    readings: Sequence[zones.AbbreviationReading],
    word: str,
    day: date | None,
    countries: Sequence[str],
) -> tuple[tzinfo, ZoneSource, tuple[str, ...]]:
    choice = zones.abbreviation_zone(readings, word, day=day, countries=countries)
    return choice.zone, ("utc" if choice.zone is UTC else "abbreviation"), choice.notes


def _abbreviation_after(tail: str, day: date | None, countries: Sequence[str]) -> _Zone | None:
    # "ET", "CT", "MT" and "PT" count only right after the clock ("a CT scan" is no zone).
    match = next(
        (
            m
            for m in _ZONE_ABBR.finditer(tail)
            if len(m.group("abbr")) > 2 or not tail[: m.start()].strip()
        ),
        None,
    )
    if match is None:
        return None
    word = match.group("abbr").replace(".", "")
    if word.upper() in {"GMT", "UTC"}:
        if match.group("oh"):  # "UTC+3": the one fixed offset
            sign = 1 if match.group("sign") == "+" else -1
            minutes = int(match.group("oh")) * 60 + int(match.group("om") or 0)
            offset = timezone(sign * timedelta(minutes=minutes))
            return _Zone(match.start(), match.end(), offset, "offset")
        return _Zone(match.start(), match.end("abbr"), UTC, "utc")
    zone, source, notes = _abbreviation_zone(zones.ABBREVIATIONS[word], word, day, countries)
    return _Zone(match.start(), match.end("abbr"), zone, source, notes)


def _place_time_after(tail: str, day: date | None, countries: Sequence[str]) -> _Zone | None:
    """ "Nairobi time", "Israel Daylight Time", "Eastern Standard Time"."""
    for match in _PLACE_TIME.finditer(tail):
        words = match.group("place").split()
        kind = [match.group("kind")] if match.group("kind") else []
        while words and words[-1].casefold() in {"standard", "daylight", "summer"}:
            kind.insert(0, words.pop())  # "Israel Daylight Time"
        if not words:
            continue
        run = " ".join(words)
        for name in _sub_runs(run, suffixes=True):
            readings = zones.named_zone(" ".join([name, *kind, "time"]))
            if readings is not None:
                start = match.start("place") + run.rfind(name)
                zone, source, notes = _abbreviation_zone(readings, name, day, countries)
                return _Zone(start, match.end(), zone, source, notes)
        place = _place(run, countries, suffixes=True)
        if place is not None:
            return _Zone(match.start(), match.end(), place.tz, "place")
    return None


def _local_after(tail: str, countries: Sequence[str]) -> _Zone | None:
    """ "local time", or "local time in Gaza"."""
    match = _LOCAL.search(tail)
    if match is None:
        return None
    for group in ("place", "before"):
        if match.group(group):
            place = _place(match.group(group), countries, suffixes=False)
            if place is not None:
                return _Zone(match.start(), match.end(), place.tz, "place")
    return _Zone(match.start("local"), match.end("local"), None, "local")


def _in_place_after(tail: str, countries: Sequence[str]) -> _Zone | None:
    """ "07:00 in Israel", "midnight on Sunday in Khartoum"."""
    match = _TAIL_IN_PLACE.search(tail)
    if match is None:
        return None
    place = _place(match.group("place"), countries, suffixes=False)
    if place is None:
        return None
    return _Zone(match.start(), match.end(), place.tz, "place")


def _zone_after(tail: str, day: date | None, countries: Sequence[str]) -> _Zone:
    """The zone the words after a clock time give it: the earliest zone words win."""
    found = [
        z
        for z in (
            _abbreviation_after(tail, day, countries),
            _place_time_after(tail, day, countries),
            _local_after(tail, countries),
            _in_place_after(tail, countries),
        )
        if z is not None
    ]
    return min(found, key=lambda z: z.start) if found else _UNSTATED


def _segment_readings(
    segment: str, *, in_parens: bool, day: date | None, countries: Sequence[str]
) -> list[Reading]:
    clocks: list[tuple[re.Match[str], int, int]] = []
    for match in _CLOCK.finditer(segment):
        hm = _hour_minute(match)
        if hm is None:
            continue
        if _OFFSET_BEFORE.search(segment, 0, match.start()):
            continue  # the "05:30" of "GMT+05:30"
        bare = match.group("h") and not (
            match.group("m") or match.group("ampm") or match.group("oclock")
        )
        if bare and not _BARE_ZONE.match(segment, match.end()):
            continue  # a bare number: a day of the month, a count
        clocks.append((match, *hm))
    found: list[Reading] = []
    previous_end = 0
    for i, (match, hour, minute) in enumerate(clocks):
        stop = clocks[i + 1][0].start() if i + 1 < len(clocks) else len(segment)
        after = _AFTER_CLOCK.match(segment, match.end())
        tail_start = after.end() if after else match.end()
        if after and after.group("z"):
            zone = _Zone(0, 0, UTC, "utc")
        else:
            zone = _zone_after(segment[tail_start:stop], day, countries)
        joined = segment[previous_end : match.start()]
        ends_range = i > 0 and bool(_RANGE_JOIN.search(joined))
        if ends_range and joined.strip().casefold().endswith("and"):  # "between X and Y"
            ends_range = bool(_BETWEEN.search(segment[: clocks[i - 1][0].start()]))
        if ends_range and _SPACED_DASH.search(joined):
            # "from 8 p.m. - 6 a.m." is a range; "at seven o'clock on Saturday evening -
            # noon in New York -" an aside giving the same time elsewhere, not its end
            ends_range = bool(_RANGE_FROM.search(segment[: clocks[i - 1][0].start()]))
        restates = (in_parens and i == 0) or (
            i > 0
            and not ends_range
            # (or an aside between dashes: "at seven o'clock on Saturday evening - noon in
            # New York -")
            and bool(_SAME_JOIN.fullmatch(joined) or _SPACED_DASH.search(joined))
        )
        previous_end = tail_start + zone.end
        text = " ".join(segment[match.start() : previous_end].split()).rstrip(" ,")
        if ends_range and found and found[-1].source == "unstated":
            # "from 8 p.m. to 6 a.m. Kabul time": the start takes the zone of the end.
            found[-1] = replace(found[-1], zone=zone.zone, source=zone.source, notes=zone.notes)
        found.append(
            Reading(
                text=text,
                hour=hour,
                minute=minute,
                zone=zone.zone,
                source=zone.source,
                in_parens=in_parens,
                restates=restates,
                ends_range=ends_range,
                notes=zone.notes,
            )
        )
    return found


# What a clock time is to a truce, by the words right before it. Its end: "until midnight",
# "to 6 a.m.", "ended at midnight", "is due to expire at 3:45 p.m.", "lapse on Monday at".
# Its start: "took effect on Tuesday at", "will begin at", "starting at", "from 6pm",
# "came into force at", "as of noon".
_DAY_WORDS = (
    rf"(?:at|on|by|around|about|approximately|roughly|the|{_WEEKDAY_WORD}|{_MONTH}|\d{{1,2}},?"
    # a clock between the verb and the day: "came into effect at 1630 hrs GMT on Saturday"
    r"|(?:\d{1,2}[:.]\d\d|(?:[01]\d|2[0-3])[0-5]\d)|hrs|GMT|UTC|[ap]\.m\.|[ap]m)"
)
_ENDS_BEFORE = re.compile(
    r"\b(?:until|till|through|to|end(?:s|ed|ing)?|expir(?:e|es|ed|ing|y)|lapse[sd]?|lapsing"
    rf"|runs?\s+out|over)\s+(?:{_DAY_WORDS}\s+)*$"
    # "the truce collapsed before midnight", "was broken at 3 a.m.": when it stopped
    r"|\b(?:collaps(?:e|es|ed|ing)|broke\s+down|broken(?:\s+down)?|violated|breached|"
    r"shattered|crumbled|unravell?ed)\s+(?:(?:shortly|just|well|soon|long)\s+)?"
    # ("broke down within hours tonight")
    r"(?:(?:before|after|at|by|around|on|within)\s+(?:(?:hours|minutes|days|an?\s+(?:hour|day))\s+)?)?"
    rf"(?:{_DAY_WORDS}\s+)*$",
    re.IGNORECASE,
)
_BEGINS_BEFORE = re.compile(
    r"\b(?:effect|force|effective|begin(?:s|ning)?|began|start(?:s|ed|ing)?|from|as\s+of"
    rf"|immediately)\s+(?:{_DAY_WORDS}\s+)*$",
    re.IGNORECASE,
)
_CLAUSE_BACK = 60  # how far back the words that make a clock a start or an end are read


def _before(sentence: str, at: int) -> str:
    return re.split(r"[;.!?]\s", sentence[max(0, at - _CLAUSE_BACK) : at])[-1]


# The fighting's own end is the truce's start, not its end: "the last battles ended at
# half past six, when a truce came into force", "the shelling stopped at midnight".
_FIGHTING_ENDED_BEFORE = re.compile(
    r"\b(?:fighting|shelling|clashes|firing|battles?|bombardments?|hostilities|war|guns|gunfire|"
    r"combat)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:end(?:s|ed)?|stopped|ceased|halted|fell\s+silent)\s+"
    rf"(?:{_DAY_WORDS}\s+)*$",
    re.IGNORECASE,
)


def ends_at(sentence: str, at: int) -> bool:
    """True when the clock time at position `at` of the sentence is when something ends:
    "the truce ended at midnight", "from noon to midnight", "due to expire at 3:45 p.m."
    (not the fighting: "the battles ended at 6 p.m." is when a truce began)."""
    before = _before(sentence, at)
    return _ENDS_BEFORE.search(before) is not None and not _fighting_ended(before)


def _fighting_ended(before: str) -> bool:
    """The words before a clock say the fighting ended then, not a truce of it ("the pause
    in the fighting ended at 8 p.m.", "the cessation of hostilities ended at noon")."""
    found = _FIGHTING_ENDED_BEFORE.search(before)
    return found is not None and not _TRUCE_OF.search(before[: found.start()])


_TRUCE_OF = re.compile(
    r"\b(?:cessation|pause|halt|suspension|lull|truce|cease-?fire)\s+(?:of|in|to)\s+"
    r"(?:the\s+|all\s+)?$",
    re.IGNORECASE,
)


# Extending the truce itself, not "renewed fighting".
_EXTENDS = re.compile(
    r"\b(?:extend\w*|extension|prolong\w*|renew\w*)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|pause|halt|agreement|deal)"
    r"|\b(?:extend\w*|extension|prolong\w*)\b(?!\s+(?:fighting|clashes|attacks|shelling))",
    re.IGNORECASE,
)


def ends_truce(sentence: str, at: int) -> bool:
    """True when the clock at `at` is only when a truce ends: not in a sentence extending
    it ("agreed to extend the truce shortly before it was set to lapse at 3:45 p.m."),
    where that hour is when the extension takes effect."""
    return ends_at(sentence, at) and _EXTENDS.search(sentence) is None


def begins_at(sentence: str, at: int) -> bool:
    """True when the words before the clock time at `at` make it a start: "took effect on
    Tuesday at 0400 GMT", "will begin at 6pm", "from 5:30pm", "the fighting ended at"."""
    before = _before(sentence, at)
    return bool(_BEGINS_BEFORE.search(before) or _fighting_ended(before))


def zone_of_start(sentence: str, hour: int, minute: int) -> tzinfo | None:
    """The zone a sentence writes for a start at hour:minute ("the truce would begin at 2400
    hours Korva time"): a clock written as a start with a zone of its own words, not "local"
    and not none. Another sentence's "to take effect at midnight tonight" is that clock."""
    for reading in readings(sentence):
        if (
            reading.in_parens
            or reading.ends_range
            or (reading.hour, reading.minute)
            != (
                hour,
                minute,
            )
        ):
            continue
        at = sentence.find(reading.text)
        if reading.zone is not None and reading.source != "local" and begins_at(sentence, at):
            return reading.zone
    return None


def readings(text: str, *, day: date | None = None, countries: Iterable[str] = ()) -> list[Reading]:
    """Every clock time in the text with the zone its words give: the main text's first,
    then each parenthesis's. `day` and `countries` (ISO alpha-3) choose among the readings
    of an ambiguous abbreviation (zones.abbreviation_zone) and places of the same name."""
    codes = tuple(countries)
    main, parens = _split_parens(text)
    found = _segment_readings(main, in_parens=False, day=day, countries=codes)
    for paren in parens:
        found.extend(_segment_readings(paren, in_parens=True, day=day, countries=codes))
    return found


def day_of_first_reading(text: str, day: date, anchor: date) -> date | None:
    """The first clock reading's own day when the text's weekday is written with a later
    reading that restates it ("6 p.m. Washington time - midnight in Israel and 1 a.m.
    Saturday in Cairo": Saturday is Cairo's day; in Washington it was still Friday). Of the
    seven days on the side of the anchor that `day` (the weekday read alone) lies on, the
    one on which the first reading's instant falls on that weekday in the later reading's
    zone. None when the weekday is the first reading's own, or a zone is not written."""
    # (the main text's readings: "1 a.m. Tehran time (2130 GMT) on Sunday" writes Sunday
    # with Tehran's clock, the parenthesis an aside)
    found = [r for r in readings(text, day=day) if not r.ends_range and not r.in_parens]
    weekdays = [e for e in expressions(text) if e.kind == "weekday"]
    if len(found) < 2 or len(weekdays) != 1 or _in_a_parenthesis(text, weekdays[0].start):
        return None
    first = found[0]
    starts = [text.find(r.text) for r in found]
    if first.zone is None or (first.hour, first.minute) == (0, 0) or -1 in starts:
        return None  # (a first reading at midnight: whose day it ends is another question)
    before = [i for i, start in enumerate(starts) if start <= weekdays[0].start]
    if not before:
        return None  # "on Saturday at 6 p.m. (2200 GMT)": the first reading's own day
    written_with = before[-1]
    later = found[written_with]
    weekday = written_weekday(weekdays[0].text)
    if written_with == 0 or not later.restates or later.zone is None or weekday is None:
        return None
    offsets = range(-6, 1) if day <= anchor else range(7)
    fits = [
        on
        for offset in offsets
        if (on := anchor + timedelta(days=offset))
        and datetime(on.year, on.month, on.day, first.hour, first.minute, tzinfo=first.zone)
        .astimezone(later.zone)
        .weekday()
        == weekday
    ]
    return fits[0] if len(fits) == 1 else None


def _in_a_parenthesis(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def clock_time(
    text: str, *, day: date | None = None, countries: Iterable[str] = ()
) -> ClockTime | None:
    """The clock time a ceasefire text gives, with its zone if the text names one.

    The main text's first clock time; failing one, the writer's GMT/UTC conversion in a
    parenthesis. Its zone is None for "local time" or no zone."""
    found = readings(text, day=day, countries=countries)
    main = [r for r in found if not r.in_parens and not r.ends_range]
    if main:
        return main[0].clock
    utc = [r for r in found if r.in_parens and r.zone is UTC]
    return utc[0].clock if utc else None


def dated_utc_paren(text: str, anchor: date | None, sentence: str | None = None) -> datetime | None:
    """A parenthesis giving a GMT/UTC time with its own day: "(2300 GMT Thursday)"."""
    for paren, (hour, minute) in _utc_parens(text):
        for expr in expressions(paren):
            if expr.kind in {"year", "month"}:
                continue
            at = sentence.find(expr.text) if sentence is not None else -1
            found = resolve(
                expr,
                anchor,
                future=written_ahead(expr, sentence or "", at),
                near=_near(sentence or "", at, anchor),
            )
            if found is not None and found.day is not None:
                day = found.day
                return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
    return None


def utc_paren(text: str) -> tuple[int, int] | None:
    """The GMT/UTC conversion a text gives in parentheses, if any."""
    found = _utc_parens(text)
    return found[0][1] if found else None


def _utc_parens(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(parenthesis, (hour, minute)) for each parenthesis giving a GMT/UTC clock time."""
    found: list[tuple[str, tuple[int, int]]] = []
    for paren in _split_parens(text)[1]:
        utc = [
            r
            for r in _segment_readings(paren, in_parens=True, day=None, countries=())
            if r.zone is UTC
        ]
        if utc:
            found.append((paren, (utc[0].hour, utc[0].minute)))
    return found


def zone_for(country: str | None) -> ZoneInfo | None:
    """The local zone of a state (ISO alpha-3): its capital's, else its largest city's."""
    name = zones.country_zone(country) if country else None
    return ZoneInfo(name) if name else None


def place_zone(places: Iterable[str | zones.Place], countries: Iterable[str] = ()) -> tzinfo | None:
    """The zone of the first of the places (names as written, or resolved) that resolves."""
    codes = tuple(countries)
    for item in places:
        if isinstance(item, zones.Place):
            found: zones.Place | None = item
        else:
            found = _place(item, codes, suffixes=False, written=False) or _place(
                item, codes, suffixes=False
            )
        if found is not None:
            return found.tz
    return None


def places_in(text: str, countries: Iterable[str] = ()) -> list[zones.Place]:
    """The places a sentence puts something "in" ("fighting in Khartoum", "in southern
    Lebanon"), in order: where a "local time" in it is most likely read."""
    codes = tuple(countries)
    found: list[zones.Place] = []
    for match in re.finditer(_IN_PLACE, text):
        place = _place(match.group("place"), codes, suffixes=False)
        if place is not None and place not in found:
            found.append(place)
    return found


def instant(day: date, clock: ClockTime, local_zone: tzinfo | None) -> datetime | None:
    """The UTC instant of a local clock time on a local date, or None without a zone."""
    zone = clock.zone or local_zone
    if zone is None:
        return None
    local = datetime(day.year, day.month, day.day, clock.hour, clock.minute, tzinfo=zone)
    return local.astimezone(UTC)


def _day_of_another_reading(
    text: str,
    day: date,
    main: Reading,
    others: Sequence[Reading],
    main_zone: tzinfo | None,
    zone_of: Callable[[Reading], tzinfo | None],
) -> bool:
    """Another reading of the same instant writes the day itself ("12:30 a.m. on Tuesday in
    Vell") and, read on it, falls on the midnight that starts `day` in `main`'s zone."""
    if main_zone is None:
        return False
    start = _at(day, main, main_zone)
    days = [
        e.text
        for e in expressions(text)
        if e.kind in {"weekday", "ordinal", "date", "numeric", "feast"}
    ]
    for other in others:
        if not days or not all(d in other.text for d in days):
            continue  # ("midnight on Monday in Korva, or 1 a.m. on Tuesday in Vell")
        zone = zone_of(other)
        if zone is None or _MIDNIGHT.search(other.text):
            continue
        if abs(_at(day, other, zone) - start) <= AGREE_WITHIN:
            return True
    return False


def _at(day: date, reading: Reading, zone: tzinfo) -> datetime:
    local = datetime(day.year, day.month, day.day, reading.hour, reading.minute, tzinfo=zone)
    return local.astimezone(UTC)


def _nearest(reading: Reading, zone: tzinfo, near: datetime) -> datetime:
    """The instant of a reading on the day before, the day of, or the day after `near`'s
    date, whichever is nearest to `near` (a conversion can fall on the next date)."""
    day = near.astimezone(zone).date()
    options = [_at(day + k * _ONE_DAY, reading, zone) for k in (-1, 0, 1)]
    return min(options, key=lambda moment: (abs(moment - near), moment))


def _implied(day: date, main: Reading, other: Reading, zone: tzinfo) -> datetime | None:
    """The instant of `other` that gives the main clock a plausible UTC offset (-12:00 to
    +14:00, nearest zero), for a main reading whose zone is unknown."""
    naive = datetime(day.year, day.month, day.day, main.hour, main.minute, tzinfo=UTC)
    options = []
    for k in (-1, 0, 1):
        moment = _at(day + k * _ONE_DAY, other, zone)
        offset = naive - moment
        if timedelta(hours=-12) <= offset <= timedelta(hours=14):
            options.append((abs(offset), moment))
    return min(options)[1] if options else None


def _zone_name(zone: tzinfo) -> str:
    if zone is UTC:
        return "UTC"
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = zone.utcoffset(None)
    return f"UTC{zones.format_offset(offset)}" if offset is not None else str(zone)


def _apart(delta: timedelta) -> str:
    minutes = round(abs(delta.total_seconds()) / 60)
    hours, minutes = divmod(minutes, 60)
    return " ".join(
        p for p in (f"{hours} h" if hours else "", f"{minutes} min" if minutes else "") if p
    )


# (not "one minute past midnight", "shortly after midnight": the day that begins)
_MIDNIGHT = re.compile(
    r"(?<!past\s)(?<!after\s)\bmidnight\b|(?<![\d:.])24[:.]?00(?!\d)", re.IGNORECASE
)


def names_midnight(text: str) -> bool:
    """ "midnight", "2400 hours", "24:00": the instant that ends the day it is written on."""
    return _MIDNIGHT.search(text) is not None


_START_OF = re.compile(r"\b(?:start|beginning)\s+of\b", re.IGNORECASE)
# A start from the midnight of the calendar date named right after it: "from midnight on
# December 20" is 00:00 on the 20th, the day that begins (a weekday keeps the news
# convention: "from midnight on Saturday night" ends Saturday; "until midnight" ends a day).
# The words that make a clock after them a start: "from", "as of", "starting at".
_START_WORDS = r"(?:from|as\s+of|starting(?:\s+at)?|beginning(?:\s+at)?|effective)"
_FROM_MIDNIGHT_OF = re.compile(
    rf"\b{_START_WORDS}\s+midnight\s+"
    r"(?:\(?local(?:\s+time)?\)?\s+)?(?:on\s+)?(?:the\s+)?"
    rf"(?:{_MONTH}\s+{_DAY}\b|{_DAY}\s+(?:of\s+)?{_MONTH})",
    re.IGNORECASE,
)


def start_word_before(sentence: str, at: int) -> str:
    """The word that makes the clock at `at` a start, as written before it ("from ",
    "as of "), or ""."""
    found = _START_WORD.search(sentence[:at])
    return f"{found.group().strip()} " if found else ""


_START_WORD = re.compile(rf"\b{_START_WORDS}\s+$", re.IGNORECASE)


def resolve_instant(
    text: str,
    day: date | None,
    *,
    local_zone: tzinfo | None = None,
    places: Sequence[str | zones.Place] = (),
    countries: Iterable[str] = (),
) -> Resolution:
    """The UTC instant a time text names on a local date, with the readings checked.

    `local_zone`: the zone "local time" (or no zone) means, when the caller knows it (the
    belligerents'). Failing it, `places` (names or zones.Place, in order: the sentence's,
    the dateline's) give it. `countries` (ISO alpha-3): the countries the article is about,
    for ambiguous abbreviations and place names. See the module rules.
    """
    codes = tuple(countries)
    found = tuple(readings(text, day=day, countries=codes))
    notes = [note for r in found for note in r.notes]
    if day is None:
        return Resolution(None, None, found, (), tuple(dict.fromkeys(notes)))
    fallback = local_zone or place_zone(places, codes)

    def zone_of(reading: Reading) -> tzinfo | None:
        if reading.zone is not None:
            return reading.zone
        return fallback if reading.source in ("local", "unstated") else None

    main = next((r for r in found if not r.in_parens), None) or next(
        (r for r in found if r.zone is UTC), None
    )
    if main is None:
        return Resolution(None, None, found, (), tuple(dict.fromkeys(notes)))
    if main.in_parens:
        # Only the writer's conversion gives a clock: its own weekday, not the main text's
        # date, is its day ("October 10 (2301 GMT Monday)": Monday the 9th)
        day = _paren_weekday_day(text, main, day) or day
    # The same time written again, with a zone of its own or "local" ("(to 8am X)" has none).
    others = [r for r in found if r is not main and r.restates and r.source != "unstated"]
    main_zone = zone_of(main)
    disagreements: list[str] = []
    # ("shortly after midnight on Friday"; not "talks ran past midnight ... at midnight on
    # Friday": the reading is the midnight written last)
    at_main = text.find(main.text) if text.count(main.text) == 1 else -1
    after = at_main > 0 and re.search(r"\b(?:past|after)\s+$", text[:at_main], re.IGNORECASE)
    starts_the_date = bool(
        (begun := _FROM_MIDNIGHT_OF.search(text))
        and (at_main < 0 or begun.start() <= at_main <= begun.end())
        and dated_utc_paren(text, day) is None  # the writer's dated conversion decides
    )
    if (
        _MIDNIGHT.search(main.text)
        and not _START_OF.search(text)
        and not starts_the_date
        and not after
        and not _day_of_another_reading(text, day, main, others, main_zone, zone_of)
    ):
        # "midnight on Monday" ends Monday (news style: midnight belongs to the day that
        # is ending), unless the text says "at the start of" the day, or starts something
        # from the midnight of a day it names ("from midnight on December 20": the 20th),
        # or the day is another reading's ("midnight in Korva, or 12:30 a.m. on Tuesday in
        # Vell": Tuesday's first half hour in Vell, so Tuesday's start in Korva).
        day += timedelta(days=1)
    if main_zone is None or (main.source == "unstated" and main_zone is not local_zone):
        # No zone for the main clock, or only one guessed from a place the sentences name:
        # the writer's conversion fixes the instant.
        zoned = [r for r in others if r.zone is not None]
        zoned.sort(key=lambda r: r.source not in _EXPLICIT)
        for other in zoned:
            assert other.zone is not None
            at = _implied(day, main, other, other.zone)
            if at is not None:
                notes.append(
                    f"no zone is known for '{main.text}'; '{other.text}' fixes the instant"
                )
                return Resolution(at, other, found, (), tuple(dict.fromkeys(notes)))
        if main_zone is None:
            return Resolution(None, None, found, (), tuple(dict.fromkeys(notes)))
    settled = _settled_by_restatement(day, main, others, zone_of)
    if settled is not None and settled.zone is not None:
        notes = [n for n in notes if n not in main.notes] + list(settled.notes)
        main, main_zone = settled, settled.zone
    main_at = _at(day, main, main_zone)
    at, used = main_at, main
    for other in others:
        other_zone = zone_of(other)
        if other_zone is None:
            continue
        other_at = _nearest(other, other_zone, main_at)
        agree = abs(other_at - main_at) <= AGREE_WITHIN
        take = other.source in _EXPLICIT and used.source not in _EXPLICIT
        if take:
            at, used = other_at, other
        if not agree:
            disagreements.append(
                f"'{main.text}' read in {_zone_name(main_zone)} is {main_at:%H:%M} UTC, but "
                f"'{other.text}' is {other_at:%H:%M} UTC ({_apart(other_at - main_at)} apart); "
                f"'{used.text}' is used"
            )
    return Resolution(at, used, found, tuple(disagreements), tuple(dict.fromkeys(notes)))


def _paren_weekday_day(text: str, reading: Reading, day: date) -> date | None:
    """The day within one of `day` whose weekday the parenthesis holding `reading` writes
    ("(2301 GMT Monday)" beside a Tuesday): a conversion across midnight keeps its own."""
    for paren in _split_parens(text)[1]:
        if reading.text in paren and (weekday := written_weekday(paren)) is not None:
            near = [day + timedelta(days=k) for k in (0, -1, 1)]
            return next((d for d in near if d.weekday() == weekday), None)
    return None


def _settled_by_restatement(
    day: date,
    main: Reading,
    others: Sequence[Reading],
    zone_of: Callable[[Reading], tzinfo | None],
) -> Reading | None:
    """An abbreviation of several zones read as the one by which the same time written
    again with a place agrees ("5.50 p.m. IST - 1.20 p.m. in Vell": the reading whose
    offset puts the two at one instant), when the article's countries chose another."""
    found = _ZONE_ABBR.search(main.text) if main.source == "abbreviation" else None
    if found is None or main.zone is None:
        return None
    word = found.group("abbr").replace(".", "")
    meanings = zones.ABBREVIATIONS.get(word, ())
    placed = [(o, z) for o in others if o.source == "place" and (z := zone_of(o)) is not None]
    if len(meanings) < 2 or not placed:
        return None

    def agrees(reading: Reading, zone: tzinfo) -> bool:
        at = _at(day, reading, zone)
        return all(abs(_nearest(o, z, at) - at) <= AGREE_WITHIN for o, z in placed)

    if agrees(main, main.zone):
        return None
    for meaning in meanings:
        zone = ZoneInfo(meaning.zone)
        if agrees(main, zone):
            note = f"{word} read as {meaning.label}: '{placed[0][0].text}' is the same instant"
            return replace(main, zone=zone, notes=(note,))
    return None


def iso_utc(moment: datetime) -> str:
    """ISO 8601 with an explicit +00:00 offset."""
    return moment.astimezone(UTC).isoformat()


# --- The day a figure was given ------------------------------------------------------------

# The cut-off of a count: "up to 12 May", "as of Sunday", "by the end of 2031" (the
# mention may start at "of 2031").
_CUT_OFF = re.compile(
    r"\b(?:as\s+of|up\s+to|until|till|to|by)\s+(?:the\s+end(?:\s+of)?\s*)?$", re.IGNORECASE
)
_SPOKEN_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|stated|announced|reported|claimed|confirmed|added|updated)"
    r"\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)

# A day that opens a sentence whose speaker speaks next: "On Monday, Radio Ozodi reported
# 16 dead" (not "On Monday, clashes killed 55": the day of the fighting).
_SENTENCE_OPENING = re.compile(r"\s*(?:(?:early|late)\s+)?(?:on\s+)?", re.IGNORECASE)
_SPEAKER_SPEAKS = re.compile(
    # (the speaker's words only: no harm done, no number, before the verb)
    # (a noun phrase: no "and" joining a clause, no past verb, "stormed Klow and survivors")
    r",?\s+(?:(?!(?:killed|kills|wounded|injured|died|dead|hit|struck|and|\w+ed)\b)"
    r"[A-Za-z'\u2019.-]+\s+){1,8}?(?:said|says|told|reported|announced|stated|"
    r"confirmed|counted)\b",
    re.IGNORECASE,
)


def dates_the_statement(text: str, sentence: str) -> bool:
    """The date mention `text` dates when a figure was given, not what happened: the count's
    cut-off ("705 deaths up to 16 May", "as of Sunday") or the day it was said ("the
    ministry said on Wednesday that 709 ..."). Other days in a figure's sentence date the
    fighting ("clashes that erupted on Monday killed 55"); the report's day is then its
    article's anchor."""
    at = sentence.find(text)
    if at < 0:
        return False
    before = sentence[:at]
    if _SENTENCE_OPENING.fullmatch(before) and _SPEAKER_SPEAKS.match(sentence, at + len(text)):
        return True  # "On Monday, the deputy health minister said the toll had risen to 35"
    return bool(_CUT_OFF.search(before) or _SPOKEN_ON.search(before))


# A truce that starts a stated span after it is signed: "gives both forces 24 hours from
# signature to halt", "takes effect 72 hours after the signing" (the span's sentence says
# the fighting stops or the truce starts then: not "to free all prisoners within 72 hours
# of its signing", "fighting flared 12 hours after the signing").
_GRACE = re.compile(
    r"\b(?P<n>[\w-]+)\s+hours?\s+(?:from|after|of)\s+(?:the\s+|its\s+)?"
    r"(?:signature|signing|being\s+signed|(?:it|the\s+\w+)\s+(?:was|is|being)\s+signed)\b",
    re.IGNORECASE,
)
_STARTS_THEN = re.compile(
    r"\bto\s+(?:halt|stop|cease|end|suspend|freeze)\b|\b(?:take|takes|taking|come|comes|enter|enters)"
    r"\s+(?:effect|into\s+(?:force|effect))\b|\b(?:begin|begins|start|starts)\b",
    re.IGNORECASE,
)
# The clock written as when the truce was signed: "signed at about 8.30 p.m." (the
# signing's own clock, right after the word: not "signed on Thursday, took effect at 6")
SIGNED_AT = re.compile(r"\bsigned\b[^.;]{0,80}?\bat\b", re.IGNORECASE)
SIGNED_JUST_AT = re.compile(
    r"\bsigned\s+(?:\w+\s+){0,2}?at\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)


def grace_after_signing(sentences: Iterable[str]) -> timedelta | None:
    """The one span its sentences give between the truce's signing and its start, if they
    give exactly one."""
    spans = {
        timedelta(hours=written[0].low)
        for sentence in sentences
        for m in _GRACE.finditer(sentence)
        # (the start's words beside the span, in its clause: "takes effect 72 hours after
        # the signing", "24 hours from signature to halt")
        if _STARTS_THEN.search(sentence[max(0, m.start() - 30) : m.end() + 25])
        and len(written := numbers_in(m["n"])) == 1
        and written[0].kind != "vague"
    }
    return spans.pop() if len(spans) == 1 else None
