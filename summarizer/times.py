"""Dates and clock times as articles write them, resolved to calendar dates and UTC instants.

Rules (docs/merge-rules.md has the long form):

* A clock time needs a minutes part ("18.30", "09:00") or am/pm ("9am", "8 p.m."), or a
  zone right after it ("2005 GMT"); a bare number is never a time.
* The zone is read from the text outside parentheses: "GMT"/"UTC" and fixed abbreviations
  (MSK, CET ...), or "<place> time" where the place resolves to a state ("Moscow time" ->
  Russia -> Europe/Moscow). "local time", or no zone at all, means the local zone of the
  party that announced it (ZONES_BY_COUNTRY, keyed by ISO 3166-1 alpha-3).
* A parenthesis is the writer's conversion ("(16:00 GMT)", "(to 8am Switzerland)"). It is
  used only when the main zone is unknown and the parenthesis is in GMT/UTC.
* Dates: an explicit month and day ("September 13", "13 September 2022") take the given
  year or the episode year; a weekday ("Tuesday") is the date with that weekday within
  three days either side of the reference date (the episode's first explicit date, or the
  article's publication date when it has one, then within the six days before it or the
  day after it).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

from summarizer.actors import party

# Local zone of each belligerent, keyed by ISO3. IANA names so DST is right (Israel in May: +03).
ZONES_BY_COUNTRY: dict[str, str] = {
    "ARM": "Asia/Yerevan",
    "AZE": "Asia/Baku",
    "RUS": "Europe/Moscow",
    "GEO": "Asia/Tbilisi",
    "TUR": "Europe/Istanbul",
    "ISR": "Asia/Jerusalem",
    "PSE": "Asia/Gaza",
    "EGY": "Africa/Cairo",
    "LBN": "Asia/Beirut",
    "SYR": "Asia/Damascus",
    "KGZ": "Asia/Bishkek",
    "TJK": "Asia/Dushanbe",
    "UZB": "Asia/Tashkent",
    "UKR": "Europe/Kyiv",
    "IND": "Asia/Kolkata",
    "PAK": "Asia/Karachi",
    "ETH": "Africa/Addis_Ababa",
    "SDN": "Africa/Khartoum",
    "USA": "America/New_York",
    "FRA": "Europe/Paris",
    "CHE": "Europe/Zurich",
    "GBR": "Europe/London",
}

# Zone abbreviations stand for fixed offsets, whatever the season.
_ABBREVIATIONS: dict[str, tzinfo] = {
    "gmt": UTC,
    "utc": UTC,
    "msk": timezone(timedelta(hours=3)),
    "cet": timezone(timedelta(hours=1)),
    "cest": timezone(timedelta(hours=2)),
    "eet": timezone(timedelta(hours=2)),
    "eest": timezone(timedelta(hours=3)),
    "bst": timezone(timedelta(hours=1)),
    "est": timezone(timedelta(hours=-5)),
    "edt": timezone(timedelta(hours=-4)),
}

_MONTHS = {m.casefold(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.casefold(): i for i, m in enumerate(calendar.month_abbr) if m})
_WEEKDAYS = {d.casefold(): i for i, d in enumerate(calendar.day_name)}

_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_WORDS})\.?"
    rf"|(?P<m2>{_MONTH_WORDS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf"(?:,?\s+(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_ZONE_WORD = "|".join(_ABBREVIATIONS)
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*"
    r"(?P<ampm>[ap]\.?\s?m\b\.?)?"
    rf"(?:\s*(?P<zone>{_ZONE_WORD})\b)?",
    re.IGNORECASE,
)
_HHMM_ZONE = re.compile(rf"\b(?P<h>[0-2]\d)(?P<m>[0-5]\d)\s*(?:{_ZONE_WORD})\b", re.IGNORECASE)
_PLACE_TIME = re.compile(r"\b([A-Za-z][\w\u2019'-]*(?:\s+[A-Za-z][\w\u2019'-]*)?)\s+time\b")
_PAREN = re.compile(r"\(([^)]*)\)")


@dataclass(frozen=True)
class ClockTime:
    hour: int
    minute: int
    zone: tzinfo | None  # None: not stated, or "local time"


def years(text: str) -> list[int]:
    """Four-digit years written in the text ("2005 GMT" is a clock time, not a year)."""
    return [int(y) for y in _YEAR.findall(_HHMM_ZONE.sub(" ", text))]


def month_days(text: str) -> list[tuple[int, int, int | None]]:
    """(month, day, year or None) of every explicit calendar date in the text.

    "January 11 and November 26, 2021": a year written once covers the dates before it.
    """
    found: list[tuple[int, int, int | None]] = []
    for match in _MONTH_DAY.finditer(text):
        month_word = (match.group("m1") or match.group("m2")).casefold()
        day = int(match.group("d1") or match.group("d2"))
        year = int(match.group("y")) if match.group("y") else None
        probe = f"{month_word} {day} {year or 2000}"
        try:  # dateutil validates the day for the month (no 31 April)
            parsed = dateparser.parse(probe)
        except (ValueError, OverflowError):
            continue
        found.append((parsed.month, parsed.day, year))
    # Carry a trailing year back over the yearless dates that precede it.
    carried: list[tuple[int, int, int | None]] = []
    pending: int | None = None
    for month, day, year in reversed(found):
        pending = year if year is not None else pending
        carried.append((month, day, pending))
    return list(reversed(carried))


def month_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of the first explicit calendar date in the text."""
    found = month_days(text)
    return found[0] if found else None


def weekday(text: str) -> int | None:
    """Monday=0 ... Sunday=6 for the first weekday name in the text."""
    match = _WEEKDAY.search(text)
    return _WEEKDAYS[match.group(1).casefold()] if match else None


@dataclass(frozen=True)
class Reference:
    """What weekdays are counted from: the episode's first date or a publication date."""

    day: date
    published: bool = False


def resolve_date(text: str, *, year: int | None, reference: Reference | None) -> date | None:
    """The calendar date a mention names, or None when it names none we can place."""
    main = _split_parens(text)[0]  # "(2300 GMT Thursday)" dates the conversion, not the text
    explicit = month_day(main)
    if explicit is not None:
        month, day, written_year = explicit
        chosen = written_year or year
        return date(chosen, month, day) if chosen else None
    wd = weekday(main)
    if wd is not None and reference is not None:
        return nearest_weekday(wd, reference)
    return None


def dated_utc_paren(text: str, *, year: int | None, reference: Reference | None) -> datetime | None:
    """A parenthesis giving a GMT/UTC time with its own date: "(2300 GMT Thursday)"."""
    for paren, hm in _utc_parens(text):
        day = resolve_date(paren, year=year, reference=reference)
        if day is not None:
            return datetime(day.year, day.month, day.day, hm[0], hm[1], tzinfo=UTC)
    return None


def nearest_weekday(wd: int, reference: Reference) -> date:
    """The date with weekday `wd` near the reference (see the module rules)."""
    if reference.published:  # reports look back a week, or announce for the next day
        offsets: tuple[int, ...] = (0, -1, -2, -3, -4, -5, 1)
    else:
        offsets = (0, -1, 1, -2, 2, -3, 3)
    for offset in offsets:
        candidate = reference.day + timedelta(days=offset)
        if candidate.weekday() == wd:
            return candidate
    raise AssertionError("unreachable: seven offsets cover every weekday")


def _split_parens(text: str) -> tuple[str, list[str]]:
    return _PAREN.sub(" ", text), _PAREN.findall(text)


def _clock_in(text: str) -> tuple[int, int] | None:
    hhmm = _HHMM_ZONE.search(text)
    for match in _CLOCK.finditer(text):
        if hhmm is not None and hhmm.start() <= match.start() < hhmm.end():
            return int(hhmm.group("h")), int(hhmm.group("m"))
        if not (match.group("m") or match.group("ampm") or match.group("zone")):
            continue  # a bare number: a day of the month, a count
        normalised = f"{match.group('h')}:{match.group('m') or '00'} {match.group('ampm') or ''}"
        try:
            parsed = dateparser.parse(normalised.replace(".", ""), default=datetime(2000, 1, 1))
        except (ValueError, OverflowError):
            continue
        return parsed.hour, parsed.minute
    if hhmm is not None:
        return int(hhmm.group("h")), int(hhmm.group("m"))
    return None


def _zone_in(text: str) -> tzinfo | None:
    lowered = text.casefold()
    for word, zone in _ABBREVIATIONS.items():
        if re.search(rf"\b{word}\b", lowered):
            return zone
    for match in _PLACE_TIME.finditer(text):
        place = match.group(1)
        if place.casefold().split()[-1] == "local":
            continue
        country = party(place).country
        if country in ZONES_BY_COUNTRY:
            return ZoneInfo(ZONES_BY_COUNTRY[country])
    return None


def clock_time(text: str) -> ClockTime | None:
    """The clock time a ceasefire text gives, with its zone if the text names one."""
    main = _split_parens(text)[0]
    hm = _clock_in(main)
    if hm is None:  # the writer's own conversion, usable when it is to GMT/UTC
        paren = utc_paren(text)
        return ClockTime(paren[0], paren[1], UTC) if paren is not None else None
    return ClockTime(hm[0], hm[1], _zone_in(main))


def utc_paren(text: str) -> tuple[int, int] | None:
    """The GMT/UTC conversion a text gives in parentheses, if any."""
    found = _utc_parens(text)
    return found[0][1] if found else None


def _utc_parens(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(parenthesis, (hour, minute)) for each parenthesis giving a GMT/UTC clock time."""
    return [
        (paren, hm)
        for paren in _split_parens(text)[1]
        if (hm := _clock_in(paren)) is not None and _zone_in(paren) is UTC
    ]


def zone_for(country: str | None) -> ZoneInfo | None:
    """The local zone of a state (ISO3), or None when the table does not know it."""
    if country is None or country not in ZONES_BY_COUNTRY:
        return None
    return ZoneInfo(ZONES_BY_COUNTRY[country])


def instant(day: date, clock: ClockTime, local_zone: tzinfo | None) -> datetime | None:
    """The UTC instant of a local clock time on a local date, or None without a zone."""
    zone = clock.zone or local_zone
    if zone is None:
        return None
    local = datetime(day.year, day.month, day.day, clock.hour, clock.minute, tzinfo=zone)
    return local.astimezone(UTC)


def iso_utc(moment: datetime) -> str:
    """ISO 8601 with an explicit +00:00 offset."""
    return moment.astimezone(UTC).isoformat()
