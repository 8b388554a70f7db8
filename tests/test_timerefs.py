"""Time references are read from the text and classified by the written rule."""

from __future__ import annotations

from pathlib import Path

from summarizer.read.articles import Article, read_text_file
from summarizer.read.timerefs import find_time_references

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def refs(article: Article) -> dict[str, str]:
    return {m.text: m.refers_to for m in find_time_references(article)}


def test_years_and_spans_are_earlier_weekdays_and_yearless_dates_this_episode() -> None:
    article = Article(
        id="t",
        path="t",
        text=(
            "Fighting broke out late on Tuesday, the worst since the war of 2020.\n"
            "It is the bloodiest violence in over two years, officials said on September 13.\n"
            "Last year's truce was signed on 9 November 2020 and in June 2021 talks began.\n"
            "The clashes in the 1990s killed thousands, and the army said overnight it held.\n"
        ),
    )
    assert refs(article) == {
        "Tuesday": "this_episode",
        "of 2020": "earlier_event",
        "over two years": "earlier_event",
        "September 13": "this_episode",
        "Last year's truce": "earlier_event",
        "9 November 2020": "earlier_event",
        "June 2021": "earlier_event",
        "overnight": "this_episode",
    }


def test_a_yearless_date_in_a_list_of_past_dates_is_past() -> None:
    found = refs(read_text_file(SEEDS / "003_6f6485ac6c360f71.txt"))
    assert found["January 11"] == "earlier_event"  # "...November 9, 2020, January 11 and ..."
    assert found["November 26, 2021"] == "earlier_event"
    assert found["September 13"] == "this_episode"


def test_clock_times_are_not_years() -> None:
    found = refs(read_text_file(SEEDS / "003_6f6485ac6c360f71.txt"))
    assert not any("2005" in text for text in found)  # "(2005 GMT)" is a time


def test_every_reference_cites_its_sentence() -> None:
    article = read_text_file(SEEDS / "004_403167c6710ec3d8.txt")
    for mention in find_time_references(article):
        (evidence,) = mention.evidence
        assert mention.text in evidence.text
        assert article.text[evidence.start : evidence.end] == evidence.text
