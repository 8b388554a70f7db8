"""Rules of the time model found on the thirtieth session's reading of round 28's episodes:
a clock's zone abbreviation (dotted or not) and a bare opening time never end a sentence,
a dotted abbreviation is read as its letters, and an abbreviation of several zones is read
the way a restatement of the same time with a place agrees with. HAND-WRITTEN sentences
about invented places and people.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from summarizer.read.articles import Article
from summarizer.reference import timeline


def test_a_zone_abbreviation_or_a_bare_opening_time_does_not_end_a_sentence() -> None:
    text = (
        "The truce was proclaimed at 4.10 p.m. E.E.T. on March 3 - 3.10 p.m. in Vell. "
        "At 6.15 p.m. Mr. Ivo Tarn spoke on the radio. "
        "The shelling stopped at 9 p.m. Witnesses said the town was quiet."
    )
    sentences = [s.text for s in Article(id="a", path="a.txt", text=text).sentences]
    assert sentences == [
        "The truce was proclaimed at 4.10 p.m. E.E.T. on March 3 - 3.10 p.m. in Vell.",
        "At 6.15 p.m. Mr. Ivo Tarn spoke on the radio.",
        "The shelling stopped at 9 p.m.",
        "Witnesses said the town was quiet.",
    ]


def test_a_dotted_zone_abbreviation_is_read() -> None:
    clock = timeline.clock_time("at 6 p.m. E.S.T. on Friday")
    assert clock is not None and (clock.hour, clock.zone) == (18, ZoneInfo("America/New_York"))


def test_an_ambiguous_abbreviation_is_read_as_the_restatement_agrees() -> None:
    # IST is India's, Israel's or Ireland's clock; the article is about a country on
    # Ireland's winter offset, but the same instant written with a place says India's
    text = "5.40 p.m. IST on November 2 - 1.10 p.m. in Rome"
    found = timeline.resolve_instant(text, date(2031, 11, 2), countries=("ITA",))
    assert found.at == datetime(2031, 11, 2, 12, 10, tzinfo=UTC)
    assert not found.disagreements
    assert any("India Standard Time" in note for note in found.notes)


def test_reviewed_a_dotted_zone_before_a_new_sentence_ends_it() -> None:
    def split(text: str) -> list[str]:
        return [s.text for s in Article(id="a", path="a.txt", text=text).sentences]

    assert split("The truce took effect at 6 p.m. E.E.T. Rebels broke it within the hour.") == [
        "The truce took effect at 6 p.m. E.E.T.",
        "Rebels broke it within the hour.",
    ]
    assert len(split("The attack came at 9 p.m. PT boats escorted it past Vell.")) == 2
    assert len(split("The scan was at 10 p.m. CAT scans showed nothing.")) == 2


def test_a_weekday_dateline_under_a_dated_masthead_is_the_day_it_was_written() -> None:
    page = (
        "THE KORVA TIMES   Monday, March 3, 2031\n\nTRUCE IN VELL\n\nFrom Our Own "
        "Correspondent\nVELL, Saturday.\n\nThe army this afternoon ordered a cease-fire.\n"
    )
    assert timeline.anchor(page).day == date(2031, 3, 1)
    # (a weekday more than three days back is no filing day of that paper)
    later = page.replace("VELL, Saturday.", "VELL, Wednesday.")
    assert timeline.anchor(later).day == date(2031, 3, 3)
