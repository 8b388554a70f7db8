"""Clock times and zones as written (the clock half of the time model, reference/timeline.py).

Every sentence here is HAND-WRITTEN about invented events; the places are real cities and
countries, read from the data packages.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from summarizer.merge.briefing import merge
from summarizer.models import ArticleExtraction, CeasefireMention, Evidence, TimeMention
from summarizer.reference import timeline
from summarizer.reference.timeline import clock_time, instant, resolve_instant

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "handwritten"))


JANUARY = date(2031, 1, 14)
JULY = date(2031, 7, 15)


def _utc(text: str, day: date, **kwargs: object) -> str | None:
    moment = resolve_instant(text, day, **kwargs).at  # type: ignore[arg-type]
    return moment.isoformat() if moment else None


# --- clock times -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at midnight", (0, 0)),
        ("Midnight on Friday", (0, 0)),
        ("from noon", (12, 0)),
        ("at midday", (12, 0)),
        ("12 noon", (12, 0)),
        ("at 7:30 a.m.", (7, 30)),
        ("0400 GMT", (4, 0)),
        ("from 04:00", (4, 0)),
        ("9 p.m.", (21, 0)),
        ("9pm", (21, 0)),
        ("at 18.30 in the evening", (18, 30)),
        ("12 a.m.", (0, 0)),
        ("12 p.m.", (12, 0)),
        ("0400Z", (4, 0)),
        ("1700 hrs", (17, 0)),
        ("9 GMT", (9, 0)),
        # am/pm in capitals, as many outlets write it
        ("signed at 5:30 PM on Wednesday", (17, 30)),
        ("at 5.30 P.M. local time", (17, 30)),
        ("from 6 AM", (6, 0)),
        # o'clock, with the part of the day written after it
        ("the truce took effect at 10 o'clock on Friday night", (22, 0)),
        ("proposed for 6 o'clock on the morning of Wednesday", (6, 0)),
        ("at 12 o'clock at night", (0, 0)),
        ("at 12 o'clock", (12, 0)),
    ],
)
def test_clock_times(text: str, expected: tuple[int, int]) -> None:
    clock = clock_time(text)
    assert clock is not None and (clock.hour, clock.minute) == expected


@pytest.mark.parametrize(
    "text",
    ["September 13", "105 soldiers", "13.09.2031", "5 MT of grain", "13 p.m.", "25:00", "in 2031"],
)
def test_bare_numbers_are_not_times(text: str) -> None:
    assert clock_time(text) is None


def test_a_clock_with_a_zone_is_never_a_year() -> None:
    def years(text: str) -> list[str]:
        return [e.text for e in timeline.expressions(text) if e.kind == "year"]

    assert years("At 00:05 am (2005 GMT) on Tuesday") == []
    assert years("1700 hrs IST, as in 1995") == ["in 1995"]
    assert years("in 1945 and 2031") == ["in 1945", "2031"]


# --- zones from places -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("15:00 Nairobi time", JANUARY, "2031-01-14T12:00:00+00:00"),  # +03, no summer time
        ("noon Lisbon time", JANUARY, "2031-01-14T12:00:00+00:00"),  # WET
        ("noon Lisbon time", JULY, "2031-07-15T11:00:00+00:00"),  # WEST
        ("9 a.m. Kyiv time", JANUARY, "2031-01-14T07:00:00+00:00"),
        ("9 a.m. Kyiv time", JULY, "2031-07-15T06:00:00+00:00"),
        ("4 p.m. Kabul time", JANUARY, "2031-01-14T11:30:00+00:00"),  # +04:30
        ("17:00 Kathmandu time", JULY, "2031-07-15T11:15:00+00:00"),  # +05:45
        ("07:00 Israel time", JANUARY, "2031-01-14T05:00:00+00:00"),  # a country's time
        ("07:00 Israel time", JULY, "2031-07-15T04:00:00+00:00"),
        ("07:00 Israeli time", JULY, "2031-07-15T04:00:00+00:00"),  # a demonym
        ("07:00 Israel Daylight Time", JULY, "2031-07-15T04:00:00+00:00"),
        ("3 p.m. Pakistan Standard Time", JULY, "2031-07-15T10:00:00+00:00"),
        ("8 p.m. Beirut time", JULY, "2031-07-15T17:00:00+00:00"),
        ("8 p.m. Khartoum time", JULY, "2031-07-15T18:00:00+00:00"),
        ("at 10:00 New Delhi time", JULY, "2031-07-15T04:30:00+00:00"),
        ("at 10:00 Washington time", JANUARY, "2031-01-14T15:00:00+00:00"),
    ],
)
def test_place_time(text: str, day: date, expected: str) -> None:
    assert _utc(text, day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:30 a.m. in Tehran", "2031-07-15T04:00:00+00:00"),  # +03:30 all year
        ("07:00 in Israel", "2031-07-15T04:00:00+00:00"),
        ("midnight on Sunday in Khartoum", "2031-07-15T22:00:00+00:00"),  # Sunday's end
        ("6 a.m. in the Gaza Strip", "2031-07-15T03:00:00+00:00"),
        ("at 7:30 a.m. in southern Lebanon", "2031-07-15T04:30:00+00:00"),
        ("midnight local time in Kabul", "2031-07-15T19:30:00+00:00"),
    ],
)
def test_time_in_place(text: str, expected: str) -> None:
    assert _utc(text, JULY) == expected


def test_the_same_city_in_january_and_july() -> None:
    january = _utc("6 p.m. Madrid time", JANUARY)
    july = _utc("6 p.m. Madrid time", JULY)
    assert (january, july) == ("2031-01-14T17:00:00+00:00", "2031-07-15T16:00:00+00:00")


def test_zone_for_comes_from_the_data() -> None:
    assert not hasattr(timeline, "ZONES_BY_COUNTRY")
    assert timeline.zone_for("IRN") == ZoneInfo("Asia/Tehran")
    assert timeline.zone_for("KEN") == ZoneInfo("Africa/Nairobi")
    assert timeline.zone_for("USA") == ZoneInfo("America/New_York")  # the capital's zone
    assert timeline.zone_for("AUS") == ZoneInfo("Australia/Sydney")  # Canberra's zone
    assert timeline.zone_for(None) is None and timeline.zone_for("XXX") is None


# --- abbreviations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("10:00 GMT", JULY, "2031-07-15T10:00:00+00:00"),
        ("10:00 UTC", JULY, "2031-07-15T10:00:00+00:00"),
        ("5:30 PM EAT", JULY, "2031-07-15T14:30:00+00:00"),
        ("1000Z", JULY, "2031-07-15T10:00:00+00:00"),
        ("10:00 BST", JULY, "2031-07-15T09:00:00+00:00"),
        ("10:00 CET", JANUARY, "2031-01-14T09:00:00+00:00"),
        ("10:00 CEST", JULY, "2031-07-15T08:00:00+00:00"),
        ("10:00 EET", JANUARY, "2031-01-14T08:00:00+00:00"),
        ("10:00 EEST", JULY, "2031-07-15T07:00:00+00:00"),
        ("10:00 MSK", JULY, "2031-07-15T07:00:00+00:00"),
        ("10:00 IST", JULY, "2031-07-15T04:30:00+00:00"),
        ("10:00 PKT", JULY, "2031-07-15T05:00:00+00:00"),
        ("10:00 ICT", JULY, "2031-07-15T03:00:00+00:00"),
        ("10:00 WIB", JULY, "2031-07-15T03:00:00+00:00"),
        ("10:00 EAT", JULY, "2031-07-15T07:00:00+00:00"),
        ("10:00 CAT", JULY, "2031-07-15T08:00:00+00:00"),
        ("10:00 WAT", JULY, "2031-07-15T09:00:00+00:00"),
        ("10:00 SAST", JULY, "2031-07-15T08:00:00+00:00"),
        ("10:00 AST", JULY, "2031-07-15T07:00:00+00:00"),  # Arabia
        ("10:00 GST", JULY, "2031-07-15T06:00:00+00:00"),
        ("10:00 PST", JANUARY, "2031-01-14T18:00:00+00:00"),
        ("10:00 PDT", JULY, "2031-07-15T17:00:00+00:00"),
        ("10:00 EST", JANUARY, "2031-01-14T15:00:00+00:00"),
        ("10:00 EDT", JULY, "2031-07-15T14:00:00+00:00"),
        ("10:00 CST", JANUARY, "2031-01-14T16:00:00+00:00"),
        ("10:00 CDT", JULY, "2031-07-15T15:00:00+00:00"),
        ("10:00 MST", JANUARY, "2031-01-14T17:00:00+00:00"),
        ("10:00 MDT", JULY, "2031-07-15T16:00:00+00:00"),
        ("10:00 JST", JULY, "2031-07-15T01:00:00+00:00"),
        ("10:00 KST", JULY, "2031-07-15T01:00:00+00:00"),
        ("10:00 AEST", JULY, "2031-07-15T00:00:00+00:00"),
        ("10:00 Eastern Standard Time", JANUARY, "2031-01-14T15:00:00+00:00"),
        ("noon Central European Summer Time", JULY, "2031-07-15T10:00:00+00:00"),
        ("10:00 Greenwich Mean Time", JULY, "2031-07-15T10:00:00+00:00"),
        ("18:00 UTC+3", JULY, "2031-07-15T15:00:00+00:00"),  # an explicit offset
        ("18:00 GMT+05:30", JULY, "2031-07-15T12:30:00+00:00"),
    ],
)
def test_abbreviations(text: str, day: date, expected: str) -> None:
    assert _utc(text, day) == expected


def test_gmt_is_utc_itself() -> None:
    for text in ("(16:00 GMT)", "1600 UTC", "1600Z"):
        clock = clock_time(text)
        assert clock is not None and clock.zone is UTC


def test_ist_is_read_by_the_article_s_countries() -> None:
    """IST is India's, Israel's or Ireland's: the reading one of the article's countries
    keeps that day wins; with none, India's, and a note says so."""
    india = resolve_instant("1700 hrs IST", JULY, countries=["IND", "PAK"])
    israel = resolve_instant("1700 hrs IST", JANUARY, countries=["ISR", "PSE"])
    unknown = resolve_instant("1700 hrs IST", JULY)
    assert india.at == datetime(2031, 7, 15, 11, 30, tzinfo=UTC) and not india.notes
    assert israel.at == datetime(2031, 1, 14, 15, 0, tzinfo=UTC) and not israel.notes
    assert unknown.at == india.at
    assert any("India Standard Time" in n and "Israel" in n for n in unknown.notes)


def test_an_abbreviation_out_of_season_is_read_as_its_region_s_clock() -> None:
    """ "EST" in July: New York keeps EDT, the region's clock is used, a note says so."""
    resolved = resolve_instant("10 a.m. EST", JULY)
    assert resolved.at == datetime(2031, 7, 15, 14, 0, tzinfo=UTC)
    assert any("America/New_York keeps -04:00" in n for n in resolved.notes)
    assert not resolved.disagreements


def test_an_article_s_country_keeping_the_abbreviation_s_own_offset() -> None:
    """ "EET" in July for Libya (+02:00 all year), not Athens (+03:00 in summer)."""
    assert _utc("noon EET", JULY, countries=["LBY"]) == "2031-07-15T10:00:00+00:00"
    assert _utc("noon EET", JULY) == "2031-07-15T09:00:00+00:00"


# --- local time ------------------------------------------------------------------------------


def test_local_time_is_the_caller_s_zone_then_the_places() -> None:
    assert _utc("17:00 local time", JULY, places=["Khartoum"]) == "2031-07-15T15:00:00+00:00"
    assert (
        _utc("17:00 local time", JULY, local_zone=ZoneInfo("Asia/Baghdad"), places=["Khartoum"])
        == "2031-07-15T14:00:00+00:00"
    )
    assert _utc("17:00 local time", JULY) is None  # no zone known, no conversion given
    assert _utc("at 17:00", JULY, places=["Nowhere Really", "Mogadishu"]) == (
        "2031-07-15T14:00:00+00:00"
    )


def test_midnight_local_with_a_dateline() -> None:
    resolved = resolve_instant("midnight local (1700 GMT)", JANUARY, places=["BANGKOK"])
    # midnight ends the 14th (news style): 00:00 on the 15th at +07:00
    assert resolved.at == datetime(2031, 1, 14, 17, 0, tzinfo=UTC)
    assert not resolved.disagreements


def test_a_conversion_fixes_the_instant_when_no_zone_is_known() -> None:
    resolved = resolve_instant("midnight local (1700 GMT)", JANUARY)
    assert resolved.at == datetime(2031, 1, 14, 17, 0, tzinfo=UTC)  # implied +07:00
    assert resolved.notes and not resolved.disagreements
    at_2am = resolve_instant("at 2 a.m. (2300 GMT)", JANUARY)
    assert at_2am.at == datetime(2031, 1, 13, 23, 0, tzinfo=UTC)  # implied +03:00


def test_places_in_a_sentence() -> None:
    sentence = "Fighting in Khartoum stopped at 17:00 local time, envoys in the Gulf said."
    assert [p.name for p in timeline.places_in(sentence)] == ["Khartoum"]
    found = timeline.places_in("In Mogadishu, the guns fell silent.")
    assert [p.name for p in found] == ["Mogadishu"]
    assert timeline.places_in("The talks in March failed.") == []


def test_place_names_the_caller_gives_may_be_in_any_case() -> None:
    assert timeline.place_zone(["khartoum"]) == ZoneInfo("Africa/Khartoum")
    assert timeline.place_zone(["GAZA CITY, Gaza Strip"]) == ZoneInfo("Asia/Gaza")
    assert timeline.place_zone(["the front line"]) is None


def test_two_letter_zones_only_right_after_the_clock() -> None:
    assert _utc("at 9:00 ET", JULY) == "2031-07-15T13:00:00+00:00"
    assert _utc("at 9:00, after a CT scan", JULY) is None


# --- a time written twice --------------------------------------------------------------------


def test_written_conversion_agrees() -> None:
    resolved = resolve_instant("16:00 local (1230 GMT)", JULY, places=["Tehran"])
    assert resolved.at == datetime(2031, 7, 15, 12, 30, tzinfo=UTC)
    assert resolved.used is not None and resolved.used.text == "1230 GMT"
    assert not resolved.disagreements


def test_written_conversion_disagrees_and_gmt_wins() -> None:
    resolved = resolve_instant("16:00 local (1000 GMT)", JULY, places=["Tehran"])
    assert resolved.at == datetime(2031, 7, 15, 10, 0, tzinfo=UTC)
    [disagreement] = resolved.disagreements
    assert "12:30 UTC" in disagreement and "'1000 GMT' is used" in disagreement
    assert "2 h 30 min apart" in disagreement


def test_three_readings_of_one_time() -> None:
    text = "0400 GMT, or 07:00 in Israel and 7:30 a.m. in Tehran"
    resolved = resolve_instant(text, JULY)
    assert resolved.at == datetime(2031, 7, 15, 4, 0, tzinfo=UTC)
    assert [r.text for r in resolved.readings] == [
        "0400 GMT",
        "07:00 in Israel",
        "7:30 a.m. in Tehran",
    ]
    assert not resolved.disagreements
    wrong = resolve_instant("0400 GMT, or 08:00 in Israel", JULY)
    assert wrong.at == datetime(2031, 7, 15, 4, 0, tzinfo=UTC)
    assert len(wrong.disagreements) == 1 and "08:00 in Israel" in wrong.disagreements[0]


def test_a_conversion_across_midnight_agrees() -> None:
    resolved = resolve_instant("at 2 a.m. Beirut time (2300 GMT)", JULY)
    assert resolved.at == datetime(2031, 7, 14, 23, 0, tzinfo=UTC)
    assert not resolved.disagreements


def test_a_range_and_another_time_are_not_the_same_time() -> None:
    ranged = resolve_instant("from 8 p.m. to 6 a.m. Kabul time", JULY)
    assert ranged.at == datetime(2031, 7, 15, 15, 30, tzinfo=UTC)  # the start, Kabul's zone
    assert not ranged.disagreements
    between = resolve_instant("between 8 p.m. and 6 a.m. GMT", JULY)
    assert between.at == datetime(2031, 7, 15, 20, 0, tzinfo=UTC) and not between.disagreements
    later = resolve_instant("at 6 a.m. GMT, and broken by 9 a.m. GMT", JULY)
    assert later.at == datetime(2031, 7, 15, 6, 0, tzinfo=UTC) and not later.disagreements


def test_a_parenthesis_without_a_zone_is_not_checked() -> None:
    resolved = resolve_instant("from 9am Nairobi time (10am Riyadh)", JULY)
    assert resolved.at == datetime(2031, 7, 15, 6, 0, tzinfo=UTC)
    assert not resolved.disagreements


# --- the older API, kept for callers ---------------------------------------------------------


def test_clock_time_and_instant() -> None:
    clock = clock_time("at 8 p.m. local time (16:00 GMT)")
    assert clock is not None and (clock.hour, clock.minute, clock.zone) == (20, 0, None)
    moment = instant(JULY, clock, timeline.zone_for("KEN"))
    assert moment == datetime(2031, 7, 15, 17, 0, tzinfo=UTC)
    assert timeline.utc_paren("at 8 p.m. local time (16:00 GMT)") == (16, 0)
    assert clock_time("(16:00 GMT)") == timeline.ClockTime(16, 0, UTC)
    assert instant(JULY, timeline.ClockTime(20, 0, None), None) is None


def test_israel_in_may_is_plus_three() -> None:
    clock = clock_time("2 a.m.")
    assert clock is not None
    moment = instant(date(2031, 5, 21), clock, timeline.zone_for("ISR"))
    assert moment == datetime(2031, 5, 20, 23, 0, tzinfo=UTC)


# --- through the merge -----------------------------------------------------------------------


def _extraction(source: str, sentence: str, when: str, dateline: list[str]) -> ArticleExtraction:
    """A HAND-WRITTEN extraction of one invented truce between two invented states."""
    evidence = Evidence(source=source, sentence=0, start=0, end=len(sentence), text=sentence)
    return ArticleExtraction(
        source=source,
        path=f"{source}.txt",
        sha256="0" * 64,
        title="Truce between Ruritania and Borduria",
        published_at="2031-03-05",
        dateline=dateline,
        ceasefires=[
            CeasefireMention(
                announced_by=None,
                mediators=[],
                parties=["Ruritania", "Borduria"],
                effective_at_text=when,
                status="announced",
                evidence=[evidence],
            )
        ],
        time_mentions=[
            TimeMention(text="March 4, 2031", refers_to="this_episode", evidence=[evidence])
        ],
    )


def test_merge_reads_local_time_from_the_dateline() -> None:
    when = "midnight local time on March 4, 2031 (1700 GMT)"
    sentence = f"Ruritanian and Bordurian commanders agreed to a truce from {when}, envoys said."
    briefing = merge([_extraction("hw_times_a", sentence, when, ["BANGKOK"])])
    [truce] = briefing.ceasefire_attempts
    # a start from the midnight of a date: 00:00 on March 4 at +07:00 (the date begins)
    assert truce.effective_at == "2031-03-03T17:00:00+00:00"
    assert not [d for d in briefing.disagreements if d.kind == "ceasefire_time"]


def test_merge_lists_a_conversion_that_disagrees() -> None:
    when = "16:00 local time on March 4, 2031 (1000 GMT)"
    sentence = f"The truce took effect at {when}, envoys in Tehran said."
    briefing = merge([_extraction("hw_times_b", sentence, when, [])])
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-04T10:00:00+00:00"
    [disagreement] = [d for d in briefing.disagreements if d.kind == "ceasefire_time"]
    assert disagreement.claims == [truce.id]
    assert "hw_times_b" in disagreement.description and "12:30 UTC" in disagreement.description


def test_midnight_on_a_day_ends_that_day_unless_it_starts_it() -> None:
    from summarizer.reference.timeline import resolve_instant

    monday = date(2031, 2, 3)
    both = resolve_instant(
        "The truce runs from midnight Athens time, 11 p.m. on Monday in Rome.", monday
    )
    assert both.at == datetime(2031, 2, 3, 22, tzinfo=UTC) and not both.disagreements
    start = resolve_instant(
        "The truce began at midnight at the start of Monday, Athens time (2200 GMT on Sunday).",
        monday,
    )
    assert start.at == datetime(2031, 2, 2, 22, tzinfo=UTC)
    # A start from the midnight of a day it names: that day begins ("from midnight on
    # March 20 (0500 GMT)", at -05:00, is 05:00 UTC on the 20th); "until" still ends it.
    march_20 = date(2031, 3, 20)
    begins = resolve_instant("from midnight on March 20 (0500 GMT)", march_20)
    assert begins.at == datetime(2031, 3, 20, 5, tzinfo=UTC)
    ends = resolve_instant("until midnight on March 20 (0500 GMT)", march_20)
    assert ends.at == datetime(2031, 3, 21, 5, tzinfo=UTC)


def test_a_time_with_no_zone_in_a_sentence_set_somewhere_is_that_places_clock() -> None:
    when = "9 p.m. on Tuesday"
    sentence = f"In Rome the truce between Ruritania and Borduria began at {when}."
    briefing = merge([_extraction("hw_times_rome", sentence, when, [])])
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at is not None and truce.effective_at.endswith("T20:00:00+00:00")


def test_an_undated_mention_of_the_same_clock_joins_its_truce() -> None:
    dated = _extraction(
        "hw_clock_a",
        "The truce from 9am Lima time on March 4, 2031 holds.",
        "9am Lima time on March 4, 2031",
        [],
    )
    undated = dated.model_copy(
        update={
            "source": "hw_clock_b",
            "time_mentions": [],
            "ceasefires": [
                dated.ceasefires[0].model_copy(update={"effective_at_text": "9am Lima time"})
            ],
        }
    )
    briefing = merge([dated, undated])
    assert len(briefing.ceasefire_attempts) == 1


def test_a_bare_status_report_joins_the_one_timed_truce_or_is_set_aside() -> None:
    timed = _extraction(
        "hw_report_a",
        "The truce from 9am Lima time on March 4, 2031 began.",
        "9am Lima time on March 4, 2031",
        [],
    )
    evidence = Evidence(source="hw_report_b", sentence=1, start=0, end=40, text="x" * 40)
    report = CeasefireMention(
        announced_by=None,
        mediators=[],
        parties=[],
        effective_at_text=None,
        status="violated",
        evidence=[evidence],
    )
    reporting = timed.model_copy(
        update={"source": "hw_report_b", "ceasefires": [report], "time_mentions": []}
    )
    [truce] = merge([timed, reporting]).ceasefire_attempts
    assert truce.status == "violated"
    alone = merge([reporting])
    assert alone.ceasefire_attempts == []
    assert any("fits no single truce" in s.reason for s in alone.set_aside)


def test_2400_hours_is_the_midnight_that_ends_its_day() -> None:
    [reading] = timeline.readings("The truce begins at 2400 hours Athens time.")
    assert (reading.hour, reading.minute, reading.source) == (0, 0, "place")
    at = timeline.resolve_instant("2400 hours Athens time", date(2031, 3, 7)).at
    assert at is not None and at.isoformat() == "2031-03-07T22:00:00+00:00"
    assert timeline.readings("at 24:00 local time")[0].hour == 0
    # a count is no clock
    assert timeline.readings("2400 people fled") == []


def test_minutes_past_midnight_begin_the_day_the_midnight_of_which_ends_another() -> None:
    manila = ZoneInfo("Asia/Manila")  # UTC+8 all year
    friday = date(2031, 9, 12)
    # "one minute past midnight on Friday" is 00:01 on Friday, as its GMT reading says
    text = "one minute past midnight on Friday (1601 GMT on Thursday)"
    assert next((r.hour, r.minute) for r in timeline.readings(text, day=friday)) == (0, 1)
    at = resolve_instant(text, friday, local_zone=manila).at
    assert at == datetime(2031, 9, 11, 16, 1, tzinfo=UTC)
    # "shortly after midnight on Friday" begins Friday; "midnight on Friday" ends it
    after = resolve_instant("shortly after midnight on Friday", friday, local_zone=manila).at
    assert after == datetime(2031, 9, 11, 16, 0, tzinfo=UTC)
    ends = resolve_instant("at midnight on Friday", friday, local_zone=manila).at
    assert ends == datetime(2031, 9, 12, 16, 0, tzinfo=UTC)
    assert clock_time("five minutes past noon") is not None
    assert [
        (r.hour, r.minute) for r in timeline.readings("five minutes past noon", day=friday)
    ] == [(12, 5)]
