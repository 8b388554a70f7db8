"""Dates and clock times as articles write them, resolved to calendar dates and UTC instants.

Rules (docs/merge-rules.md has the long form):

* A clock time needs a minutes part ("18.30", "09:00"), or am/pm ("7am", "8 p.m."), or is a
  word ("midnight", "noon", "midday"), or is four digits with a zone or "hours" after it
  ("0400 GMT", "0400Z", "1700 hrs IST"); a bare number is never a time, "2005 GMT" is never a
  year.
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
* Dates: an explicit month and day ("September 13", "13 September 2022") take the given
  year or the episode year; a weekday ("Tuesday") is the date with that weekday within
  three days either side of the reference date (the episode's first explicit date, or the
  article's publication date when it has one, then within the six days before it or the
  day after it).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

from summarizer.reference import zones

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

# Zone abbreviations: GMT and UTC in any case; the others in capitals only ("CAT", "EAT" and
# "WAT" are words too). "Z" only straight after the digits ("0400Z").
_ABBR_WORDS = "|".join(sorted((a for a in zones.ABBREVIATIONS if a != "Z"), key=len, reverse=True))
_ABBR = rf"(?:(?i:GMT|UTC)|{_ABBR_WORDS})"
_OFFSET = r"\s?(?P<sign>[+\-\u2212\u2013])\s?(?P<oh>\d{1,2})(?::?(?P<om>[0-5]\d))?\b"
_OFFSET_BEFORE = re.compile(r"(?i:GMT|UTC)\s?[+\-\u2212\u2013]\s?$")
_ZONE_ABBR = re.compile(rf"\b(?P<abbr>{_ABBR})\b(?:{_OFFSET})?")
_HOURS = r"h(?:ou)?rs?\b"
_HHMM_ZONE = re.compile(rf"\b(?:[01]\d|2[0-3])[0-5]\d(?=\s?Z\b|\s*{_HOURS}|\s*{_ABBR}\b)")
_CLOCK = re.compile(
    r"(?<![\w:.])(?:"
    rf"(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s?Z\b|\s*{_HOURS}|\s*{_ABBR}\b|\s+local\s+time\b)"
    r"|(?P<word>(?i:(?:12\s+)?(?:midnight|noon|midday)))\b"
    r"|(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?(?![\d])(?![.:]\d)"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?"
    r")"
)
# A bare hour takes only a full abbreviation after it ("9 GMT", never "5 MT" of grain).
_BARE_ZONE = re.compile(
    rf"\s*(?:(?i:GMT|UTC)|{'|'.join(a for a in zones.ABBREVIATIONS if len(a) >= 3)})\b"
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
_LOCAL = re.compile(rf"(?P<local>\blocal\b(?:\s+time\b)?)(?:\s*,?\s*{_IN_PLACE})?")
# "07:00 in Israel", "midnight on Sunday in Khartoum": "in <place>" right after the clock.
_TAIL_IN_PLACE = re.compile(rf"^\s*,?\s*(?:on\s+(?:[\w,]+\s+){{1,3}}?)?{_IN_PLACE}")
# What joins a clock time to the one before: the end of a range ("8 p.m. Sunday to 6 a.m."),
# or the same time again ("0400 GMT, or 07:00 in Israel and 7:30 a.m. in Tehran"). Anything
# else ("at 6 a.m. and was broken by 9 a.m.") is another time, never compared.
_RANGE_JOIN = re.compile(r"(?:\b(?:to|until|till|through|and)|[-\u2013\u2014])\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
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


# --- clock times and their zones -----------------------------------------------------------


@dataclass(frozen=True)
class _Zone:
    start: int  # where the zone words start and end, in the tail
    end: int
    zone: tzinfo | None
    source: ZoneSource
    notes: tuple[str, ...] = ()


_UNSTATED = _Zone(0, 0, None, "unstated")


def _hour_minute(match: re.Match[str]) -> tuple[int, int] | None:
    if match.group("hhmm"):
        return int(match.group("hhmm")[:2]), int(match.group("hhmm")[2:])
    if match.group("word"):
        return (12, 0) if match.group("word").casefold().endswith(("noon", "midday")) else (0, 0)
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    ampm = match.group("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.casefold().startswith("p") else 0)
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
        found = zones.place(name, countries)
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
    word = match.group("abbr")
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
    if match.group("place"):
        place = _place(match.group("place"), countries, suffixes=False)
        if place is not None:
            return _Zone(match.start(), match.end(), place.tz, "place")
    return _Zone(match.start(), match.end("local"), None, "local")


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
        bare = match.group("h") and not (match.group("m") or match.group("ampm"))
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
        restates = (in_parens and i == 0) or (
            i > 0 and not ends_range and bool(_SAME_JOIN.fullmatch(joined))
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


_MIDNIGHT = re.compile(r"\bmidnight\b", re.IGNORECASE)
_START_OF = re.compile(r"\b(?:start|beginning)\s+of\b", re.IGNORECASE)


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
    # The same time written again, with a zone of its own or "local" ("(to 8am X)" has none).
    others = [r for r in found if r is not main and r.restates and r.source != "unstated"]
    main_zone = zone_of(main)
    disagreements: list[str] = []
    if _MIDNIGHT.search(main.text) and not _START_OF.search(text):
        # "midnight on Monday" ends Monday (news style: midnight belongs to the day that
        # is ending), unless the text says "at the start of" the day.
        day += timedelta(days=1)
    if main_zone is None:
        # No zone for the main clock: the writer's conversion fixes the instant.
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
        return Resolution(None, None, found, (), tuple(dict.fromkeys(notes)))
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


def iso_utc(moment: datetime) -> str:
    """ISO 8601 with an explicit +00:00 offset."""
    return moment.astimezone(UTC).isoformat()
