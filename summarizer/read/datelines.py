"""An article's own date and place, read from its header: the byline date ("28 November
2024 | Middle East desk", "Published June 25, 2025") and the wire dateline ("BEIRUT,
Dec. 3 (Agency) --", "LUANDA/GOMA - ...").

A dateline without a year ("Dec. 3") is kept as the ISO 8601 month-day "--12-03"; the
merge gives it the episode's year. Nothing here guesses from the clock.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_MONTHS = {m.casefold(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.casefold(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_FULL = (
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
)
# "BEIRUT, Dec. 3 (Agency) --", "GOMA/KINSHASA, Feb 4 -", "LUANDA/GOMA - "
_WIRE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'\u2019/-]*[A-Z])"
    r"(?:\s*,\s*(?P<md>[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}))?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[-\u2013\u2014])\s"
)
# "Kinshasa, Thursday 30 January 2025 - Our political desk"
_PLACE_FIRST = re.compile(r"^\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+\S")
_HEADER_WORDS = 15  # a longer line is the body: the header has ended
_HEADER_LINES = 6


@dataclass(frozen=True)
class Dateline:
    date: str | None = None  # "2024-11-28", or "--12-03" when the year is not written
    places: tuple[str, ...] = ()


def _month(value: str) -> int:
    return int(value) if value.isdigit() else _MONTHS[value.casefold()]


def _full_date(line: str) -> str | None:
    for pattern in _FULL:
        if match := pattern.search(line):
            try:
                month, day = _month(match["month"]), int(match["day"])
                year = int(match["year"])
                calendar.monthrange(year, month)  # month in range
                if 1 <= day <= calendar.monthrange(year, month)[1]:
                    return f"{year:04d}-{month:02d}-{day:02d}"
            except (KeyError, ValueError):
                continue
    return None


def _month_day(text: str) -> str | None:
    words = text.replace(".", " ").split()
    if len(words) != 2:
        return None
    day, month = (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
    if not day.isdigit() or month.casefold() not in _MONTHS:
        return None
    number, days = _MONTHS[month.casefold()], int(day)
    if not 1 <= days <= calendar.monthrange(2000, number)[1]:  # a leap year admits 29 Feb
        return None
    return f"--{number:02d}-{days:02d}"


def read(text: str) -> Dateline:
    """The date and places the article's header gives (empty when it gives none)."""
    lines = [line for line in text.splitlines() if line.strip()][: _HEADER_LINES + 1]
    full: str | None = None
    month_day: str | None = None
    places: tuple[str, ...] = ()
    for line in lines:
        wire = _WIRE.match(line)
        if wire and not places:
            places = tuple(p.strip().title() for p in wire["place"].split("/") if p.strip())
            month_day = month_day or _month_day(wire["md"] or "")
        if len(line.split()) > _HEADER_WORDS:
            break  # the body begins; only its opening dateline counts
        if full is None:
            full = _full_date(line)
            if full and not places and (first := _PLACE_FIRST.match(line)):
                places = (first["place"],)
    return Dateline(date=full or month_day, places=places)
