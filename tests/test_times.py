"""Clock times, zones and dates as written; the episode-year rule."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from summarizer import times
from summarizer.episodes import decide, year_range
from summarizer.times import Reference, clock_time, instant, resolve_date

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "handwritten"))

import armenia_azerbaijan_2022 as seeds

TUESDAY = Reference(date(2022, 9, 13))


def _utc(text: str, day: date, local: str | None = None) -> str | None:
    clock = clock_time(text)
    assert clock is not None
    zone = times.zone_for(local) if local else None
    moment = instant(day, clock, zone)
    return moment.isoformat() if moment else None


@pytest.mark.parametrize(
    ("text", "local", "expected"),
    [
        ("from 9am Moscow time (to 8am Switzerland)", None, "2022-09-13T06:00:00+00:00"),
        ("from 9.00 am Moscow time on September 13", None, "2022-09-13T06:00:00+00:00"),
        ("at 8 p.m. local time (16:00 GMT)", "ARM", "2022-09-13T16:00:00+00:00"),
        ("at 8 p.m. local time (16:00 GMT)", "AZE", "2022-09-13T16:00:00+00:00"),
        ("18:30 GMT", None, "2022-09-13T18:30:00+00:00"),
        ("from 18.30 in the afternoon", "ARM", "2022-09-13T14:30:00+00:00"),
        ("at 4 p.m. Yerevan time", None, "2022-09-13T12:00:00+00:00"),
    ],
)
def test_clock_to_utc(text: str, local: str | None, expected: str) -> None:
    assert _utc(text, date(2022, 9, 13), local) == expected


def test_parenthesis_is_used_only_when_the_main_zone_is_unknown() -> None:
    clock = clock_time("(16:00 GMT)")
    assert clock is not None and clock.zone is UTC
    assert times.utc_paren("at 8 p.m. local time (16:00 GMT)") == (16, 0)
    assert clock_time("from 9am Moscow time (to 8am Switzerland)") == clock_time(
        "from 9am Moscow time"
    )


def test_israel_in_may_is_plus_three() -> None:
    assert _utc("2 a.m.", date(2021, 5, 21), "ISR") == "2021-05-20T23:00:00+00:00"


def test_bare_numbers_are_not_times() -> None:
    assert clock_time("September 13") is None
    assert clock_time("105 soldiers") is None
    assert times.years("At 00:05 am (2005 GMT) on Tuesday") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday", date(2022, 9, 13)),
        ("late Wednesday", date(2022, 9, 14)),
        ("Monday night", date(2022, 9, 12)),
        ("from 9.00 am Moscow time on September 13", date(2022, 9, 13)),
        ("13 September 2022", date(2022, 9, 13)),
        ("at 2 a.m. (2300 GMT Thursday)", None),  # a parenthesis never dates the main text
        ("this week", None),
    ],
)
def test_resolve_date(text: str, expected: date | None) -> None:
    assert resolve_date(text, year=2022, reference=TUESDAY) == expected


def test_weekdays_from_a_publication_date_look_back() -> None:
    published = Reference(date(2021, 5, 20), published=True)  # a Thursday
    assert resolve_date("on Friday", year=2021, reference=published) == date(2021, 5, 21)
    assert resolve_date("on Monday", year=2021, reference=published) == date(2021, 5, 17)
    assert resolve_date("on Thursday", year=2021, reference=published) == date(2021, 5, 20)


def test_dated_utc_paren() -> None:
    moment = times.dated_utc_paren(
        "at 2 a.m. (2300 GMT Thursday)",
        year=2021,
        reference=Reference(date(2021, 5, 21), published=True),
    )
    assert moment == datetime(2021, 5, 20, 23, 0, tzinfo=UTC)
    assert moment is not None and moment + timedelta(hours=3) == datetime(
        2021, 5, 21, 2, tzinfo=UTC
    )


def test_month_days_carry_a_trailing_year() -> None:
    assert times.month_days("November 9, 2020, January 11 and November 26, 2021") == [
        (11, 9, 2020),
        (1, 11, 2021),
        (11, 26, 2021),
    ]


def test_episode_years_of_the_seeds() -> None:
    extractions = seeds.extractions()
    ranges = {e.source[:3]: year_range(e, 2020) for e in extractions}
    assert ranges["001"].pinned == 2021  # "last year's war" after the 2020 war
    assert ranges["003"].low == 2022  # September 13 comes after November 26, 2021
    assert ranges["004"].low == 2022  # "in over two years" after 2020
    assert ranges["000"].low == 2020 and ranges["000"].high is None
    decision = decide(extractions)
    assert decision.year == 2022
    assert sorted(s[:3] for s in decision.in_episode) == ["000", "002", "003", "004"]
    assert decide(list(reversed(extractions))) == decision
