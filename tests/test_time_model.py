"""The time model (reference/timeline.py): anchors, dates, clocks, and the episode by dates.

Every sentence and article here is HAND-WRITTEN about invented places (Ruritania, Borduria,
Vell, Korva); nothing is a model's answer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from summarizer.merge.briefing import merge
from summarizer.merge.episodes import decide
from summarizer.models import ArticleExtraction, CeasefireMention, Evidence, TimeMention
from summarizer.read.articles import Article
from summarizer.reference import timeline

BODY = "The Ruritanian army said forty soldiers died in the shelling of Vell near the border."
PARAGRAPHS = "\n\n".join([BODY] * 8)


# --- the anchor ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"KORVA, Sept 16 (Agency) - {BODY}", "--09-16"),
        (f"KORVA, 17 September 2022 \u2014 {BODY}", "2022-09-17"),
        (f"Sept 19, 2022 - {BODY}", "2022-09-19"),
        (f"Ruritania Times\n22.05.2023\n{BODY}", "2023-05-22"),
        (f"Borduria desk\nPublished: May 22, 2023 10:32 am\n{BODY}", "2023-05-22"),
        (f"date 2023-05-23\n{BODY}", "2023-05-23"),
        (f"07.01.2023 10:32\n{BODY}", "2023-01-07"),  # day.month.year
        (f"Korva, Thursday 30 January 2031 - Our desk\n{BODY}", "2031-01-30"),
        (f"Updated 3 hours ago\n{BODY}", None),  # not a date
        # A byline's year-less date field, after a headline too long to be a header line.
        (
            "Ruritania pounds Korva and Vell after a Bordurian strike on a fuel depot; "
            f"Borduria offers a pause\nBy Wire staff | Korva | March 26 | 4 min read\n{BODY}",
            "--03-26",
        ),
        (f"Title\nBy Ana Vell \u00b7 Monday, March 26 \u00b7 Korva\n{BODY}", "--03-26"),
        (f"Korva talks on March 26 to open\n{BODY}", None),  # a headline's date is no byline
        # A date stamp on a line of its own, with its clock.
        (f"Ruritania shells Vell\nMay 10, 11:52 PM\nKORVA (Agency) - {BODY}", "--05-10"),
        # A live blog's long header line, which ends as no sentence does.
        (
            "Borduria live: shelling of Vell\nSunday 16 May 2031 | Europe live | Times are "
            f"local (GMT+3) | Most recent first | Sign up for our daily briefing\n{BODY}",
            "2031-05-16",
        ),
        # A standfirst written as a sentence, before the byline's stamp.
        (
            "World > Europe\nRuritania and Borduria agree a truce\nThe truce began at 2am "
            "local time as crowds celebrated in the streets of Vell and Korva overnight.\n"
            f"Ana Vell in Korva\nPublished: Fri 21 May 2031 01:12 BST\n{BODY}",
            "2031-05-21",
        ),
        # A URL as the only date.
        (
            f"https://news.example.org/world/2031/05/22/vell-toll\nHome | Borduria\n{BODY}",
            "2031-05-22",
        ),
        (f"KORVA 22.05.2031\n{BODY}", "2031-05-22"),
        (
            f"Ana Vell | Publication date 26 July 2031 | 14:52\nKORVA, July 26 -- {BODY}",
            "2031-07-26",
        ),
        # A caption's date is an event, not the article's date.
        (
            "Vell under fire\nFamilies wait at Vell station on 3 May, 2031, after fleeing "
            f"[Photo]\n{BODY}",
            None,
        ),
        (f"{BODY} Talks on 3 May 2022 had failed, envoys said in a statement on Friday.", None),
        # An archive's republication line, long as it is, is a stamp; the dateline filed the
        # day before it printed is the day its "tonight" means.
        (
            "Guns fall silent in Vell\nOriginally published in The Korva Courier on 19 July "
            "1969. Republished as part of our archive series, with the spellings of the "
            f"original.\nKorva and Vell, July 18. \u2014 {BODY}",
            "1969-07-18",
        ),
        (f"Published: 19 July 2031\nKORVA, July 12 - {BODY}", "2031-07-19"),  # a week: no
        # A dateline on a line of its own, its dash ending the line; a place written with
        # an apostrophe; a dateline with no dash at all.
        (
            f"Vell bombed\nFrom our correspondent\nN'KORVA, 8 September 1987 \u2014\n\n{BODY}",
            "1987-09-08",
        ),
        (f"Vell bombed\nBy a Staff Correspondent\nN'KORVA, September 13\n\n{BODY}", "--09-13"),
        (f"N'KORVA, Sept 6 (Agency) - {BODY}", "--09-06"),
        # A footer's stamp, the page's only date; it gives a year-less dateline its year.
        (
            f"Vell falls\n\nKORVA (Agency) \u2014 {PARAGRAPHS}\n\n(Published March 23, 1987)",
            "1987-03-23",
        ),
        (
            f"KORVA, Sept 6 (Agency) - {PARAGRAPHS}\n\nFirst published on Sept 7, 1987.",
            "1987-09-06",
        ),
        # A dateline with a colon, as South Asian papers write it.
        (f"Vell falls\n\nKORVA, Sept 24: {BODY}", "--09-24"),
        # A masthead's line of fields, its date last.
        (
            f"THE KORVA TIMES, KORVA, SATURDAY, SEPTEMBER 25, 1965\n\nVell falls\n\n{BODY}",
            "1965-09-25",
        ),
        # An archive feature: the page's stamp less the years its header says ago.
        (
            "From the past pages: 1965: Fifty years ago: Truce and after\n\nKorva Times | "
            f"Published September 25, 2015 | Updated today\n\n{BODY}",
            "1965-09-25",
        ),
        # A teletype's underscore for the dateline's dash.
        (f"URGENT\n\nVell Truce Set\n\nKORVA, Aug. 8 (Agency) _ {BODY}", "--08-08"),
        # A scraped page's menu, a word a line, before the post's stamp.
        (
            "Korva Monitor\nHome\nNews\nVell\nOpinion\nMultimedia\nAbout\nDonate\n\n"
            "Shelling near Vell hours after truce\n\n"
            f"Posted on March 20, 2031 by Monitor Staff | 4 Comments\n\n{BODY}",
            "2031-03-20",
        ),
        # An old wire's ".--" running into the first word; a regional wire's "---".
        (f"Vell falls\n\nKORVA, Dec. 16 (Agency).--Ruritania tonight {BODY}", "--12-16"),
        (f"Vell falls\n\nKORVA, Vellia, Dec. 16 (Agency) --- {BODY}", "--12-16"),
        # A place and agency, then the date between dashes.
        (f"Vell falls\n\nKorva (Agency) - June 20, 2031 - {BODY}", "2031-06-20"),
        # A layout's columns set apart by spaces; a breadcrumb's date.
        (
            f"KORVA REPORT\n\nVellia                          Thursday, August 3, 2031\n\n{BODY}",
            "2031-08-03",
        ),
        (f"Home > World > Monday 17 June 1935 > Page 9\n\nVell falls\n\n{BODY}", "1935-06-17"),
        # A dateline alone on its line below a page's furniture (a cookie notice, a long
        # correction note written as a sentence), filed two days before the page's date.
        (
            "Skip to main content\nDigitised papers\nHome | Search | Help\n"
            "We use cookies to count visits. [Accept]\n"
            "You are here: Papers > The Korva Star > Monday 17 June 1935 > Page 9\n"
            "[ Cite ] [ Print ]\nText correction: this text was generated automatically by "
            "optical character recognition and has been corrected by 2 volunteers.\n"
            f"PEACE IN VELL\nGUNS FALL SILENT\n\nKORVA, June 15.\n\n{BODY}",
            "1935-06-15",
        ),
    ],
)
def test_anchor_shapes(text: str, expected: str | None) -> None:
    assert timeline.anchor(text).iso() == expected


def test_metadata_wins_over_the_header() -> None:
    text = f"KORVA, 17 September 2022 - {BODY}"
    assert timeline.anchor(text, "2022-09-18T08:00:00Z").day == date(2022, 9, 18)


def test_dateline_places() -> None:
    assert timeline.header_places(f"KORVA/VELL, Sept 16 (Agency) - {BODY}") == ("Korva", "Vell")
    assert timeline.header_places(f"KORVA 22.05.2031\n{BODY}") == ("Korva",)
    # A weekday or a stamp's label opening a header line is no place.
    assert timeline.header_places(f"Friday, September 16, 2031 | Korva desk\n{BODY}") == ()
    assert timeline.header_places(f"Published October 15, 2031 | Updated\n{BODY}") == ()


# --- dates from the anchor -------------------------------------------------------------------

SATURDAY = date(2022, 9, 17)


def _day(sentence: str, anchor: date = SATURDAY) -> date | None:
    [first, *_] = [e for e in timeline.expressions(sentence) if e.kind not in {"year", "month"}]
    found = timeline.resolve(
        first,
        anchor,
        future=timeline.speaks_of_future(sentence, first.start),
        near=timeline.told_ahead_in_past(sentence, first.start),
    )
    return found.day if found else None


def test_a_dated_dateline_and_a_yearless_date_in_the_same_article() -> None:
    """'17 September 2022' is the anchor, not an earlier event; '16 September' is the day
    before it, never the next year's."""
    text = f"KORVA, 17 September 2022 - {BODY} Fighting began on 16 September."
    anchor = timeline.anchor(text)
    assert anchor.day == SATURDAY
    assert _day("Fighting began on 16 September.", anchor.day) == date(2022, 9, 16)
    [expr] = timeline.expressions("KORVA, 17 September 2022 - the army said")
    assert timeline.refers_to(expr, "KORVA, 17 September 2022 - the army said", anchor.day) == (
        "this_episode"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shelling resumed on Wednesday night.", date(2022, 9, 14)),  # nearest not after
        ("The army said on Saturday that Vell had fallen.", SATURDAY),  # the anchor's own day
        ("Fighting began on September 20.", date(2021, 9, 20)),  # past tense: not after
        ("Talks will resume on September 20.", date(2022, 9, 20)),  # future: ahead of it
        ("The truce will take effect at midnight on Sunday.", date(2022, 9, 18)),
        ("The truce began at 11.30pm on Sunday.", date(2022, 9, 11)),
        ("It happened last Saturday.", date(2022, 9, 10)),
        ("The guns fell silent yesterday.", date(2022, 9, 16)),
        ("On Sept 19, 2021 the envoys met.", date(2021, 9, 19)),  # its year: that day
        ("Envoys met on Sunday, December 11.", date(2021, 12, 11)),
        # a weekday of the week before: the calendar week (Monday to Sunday) before the
        # anchor's; "before last" and "a week ago": a week before the last such day
        ("The truce agreed on Monday of last week held.", date(2022, 9, 5)),
        ("Shelling resumed on Friday last week.", date(2022, 9, 9)),
        ("Fighting began on the Friday before last.", date(2022, 9, 9)),
        ("The envoys met Thursday a week ago.", date(2022, 9, 8)),
        # done, not to come: "had come into force" is past
        ("The truce had come into force on Friday.", date(2022, 9, 16)),
        # a plan whose time has passed ("was to have"), not one still to come ("is to")
        ("A truce was to have taken effect at 5 p.m. on Friday.", date(2022, 9, 16)),
        ("A truce is to take effect at 5 p.m. on Friday.", date(2022, 9, 23)),
        # a future told in the past may be either side of the report: the nearest day
        ("A truce was to take effect at 5 p.m. on Friday.", date(2022, 9, 16)),
        ("The truce was supposed to start at dawn on Thursday.", date(2022, 9, 15)),
        ("The truce was due to begin at dawn on Monday.", date(2022, 9, 19)),
        # "Monday last week's truce", "Friday before last night's shelling": a plain weekday
        ("The army said on Monday last week's truce had collapsed.", date(2022, 9, 12)),
        ("A truce agreed on Friday before last night's shelling collapsed.", date(2022, 9, 16)),
        # "its coming into force" is the truce's start, past, not a future "coming"
        (
            "Korva accused Vell of violating the truce within hours of its coming into force "
            "at 3 a.m. on Thursday.",
            date(2022, 9, 15),
        ),
        ("The truce will hold in the coming days, from Thursday.", date(2022, 9, 22)),
    ],
)
def test_nearest_day_not_after_the_anchor(sentence: str, expected: date) -> None:
    assert _day(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "written", "first"),
    [
        # a month with no year: the latest not after the anchor's month
        ("They suspended the truce observed since December.", "since December", date(2021, 12, 1)),
        ("The envoys met in September.", "in September", date(2022, 9, 1)),
        ("In August last year, 32 people were killed.", "In August last year", date(2021, 8, 1)),
        ("Talks will resume next March.", "next March", date(2023, 3, 1)),
        ("The talks opened in early December 2021.", "December 2021", date(2021, 12, 1)),
    ],
)
def test_a_month_without_its_year_is_the_latest_such_month(
    sentence: str, written: str, first: date
) -> None:
    [expr] = timeline.expressions(sentence)
    found = timeline.resolve(expr, SATURDAY)
    assert expr.text == written and found is not None and found.precision == "month"
    assert found.first == first


def test_a_month_name_that_is_a_word_is_no_date() -> None:
    assert timeline.expressions("Ruritania may march on Vell.") == ()
    assert timeline.expressions("By Ana May, in Vell") == ()


def test_a_year_is_an_interval_never_a_day() -> None:
    [expr] = timeline.expressions("the war in 2020")
    found = timeline.resolve(expr, SATURDAY)
    assert found is not None and found.day is None
    assert (found.first, found.last) == (date(2020, 1, 1), date(2020, 12, 31))


# --- clocks ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11.30pm", (23, 30)),
        ("2330 local", (23, 30)),
        ("23:30 hrs", (23, 30)),
        ("1700 GMT", (17, 0)),
        ("9.45 p.m.", (21, 45)),
        ("noon", (12, 0)),
        ("midnight", (0, 0)),
        ("five o'clock this afternoon", (17, 0)),  # an hour in words
        ("ten o'clock tonight", (22, 0)),
        ("the first minute of Monday", (0, 0)),  # a day's start
    ],
)
def test_every_wire_clock_form(text: str, expected: tuple[int, int]) -> None:
    found = timeline.clock_time(f"the truce from {text} on Sunday")
    assert found is not None and (found.hour, found.minute) == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("13:00 local time (09:00 GMT)", date(2022, 9, 18), datetime(2022, 9, 18, 9, tzinfo=UTC)),
        # Midnight ends the day; the writer's GMT reading places it without any zone known.
        (
            "midnight local time (1700 GMT)",
            date(2022, 9, 18),
            datetime(2022, 9, 18, 17, tzinfo=UTC),
        ),
    ],
)
def test_the_writers_gmt_reading_is_used(text: str, day: date, expected: datetime) -> None:
    assert timeline.resolve_instant(text, day).at == expected


# --- through the merge: the episode by dates --------------------------------------------------


def _evidence(source: str, sentences: list[str]) -> list[Evidence]:
    evidence = []
    at = 0
    for i, sentence in enumerate(sentences, start=1):
        evidence.append(
            Evidence(source=source, sentence=i, start=at, end=at + len(sentence), text=sentence)
        )
        at += len(sentence) + 1
    return evidence


def _article(source: str, published: str | None, sentences: list[str]) -> ArticleExtraction:
    """A HAND-WRITTEN extraction: its time mentions read by the time model."""
    text = " ".join(sentences)
    evidence = _evidence(source, sentences)
    anchor = date.fromisoformat(published) if published and not published.startswith("--") else None
    mentions = [
        TimeMention(
            text=expr.text,
            refers_to=timeline.refers_to(expr, e.text, anchor),
            evidence=[e],
        )
        for e in evidence
        for expr in timeline.expressions(e.text)
    ] + [
        TimeMention(text=age, refers_to="this_episode", evidence=[e])
        for e in evidence
        for age in timeline.war_ages(e.text)
    ]
    truces = [
        CeasefireMention(
            announced_by=None,
            mediators=[],
            parties=["Ruritania", "Borduria"],
            effective_at_text=e.text.split("from ")[-1].rstrip("."),
            status="announced",
            evidence=[e],
        )
        for e in evidence
        if "truce from" in e.text
    ]
    assert text
    return ArticleExtraction(
        source=source,
        path=f"{source}.txt",
        sha256="0" * 64,
        title=None,
        published_at=published,
        dateline=["Korva"],
        ceasefires=truces,
        time_mentions=mentions,
    )


def _set() -> list[ArticleExtraction]:
    return [
        _article("a1", "2031-03-05", ["Shelling of Vell began on Monday, Ruritania said."]),
        _article(
            "a2",
            "2031-03-06",
            ["Ruritania and Borduria agreed a truce from 11.30pm on Sunday (2130 GMT)."],
        ),
        _article("a3", "--03-07", ["On 4 March, Bordurian guns shelled Korva, officials said."]),
        # Another round of the same conflict, a year earlier; its year only in a caption.
        _article(
            "b1",
            "--03-10",
            ["File photo: Korva, March 2030.", "Shelling of Vell began on Monday, Ruritania said."],
        ),
        # An older report whose body repeats no year at all.
        _article("b2", "2030-11-02", ["Shelling of Vell began on Monday, Ruritania said."]),
    ]


def test_the_densest_window_is_the_episode() -> None:
    decision = decide(_set())
    assert decision.in_episode == {"a1", "a2", "a3"}
    assert decision.window is not None and decision.window[0].year == 2031
    # The reason names the dates.
    reason = decision.reason("b2")
    assert reason is not None and "2030-11-02" in reason and "2031-03" in reason
    reason = decision.reason("b1")
    assert reason is not None and "2030-03-10" in reason
    assert decide(list(reversed(_set()))) == decision


def test_a_truce_instant_comes_from_the_gmt_reading() -> None:
    briefing = merge(_set())
    [truce] = [a for a in briefing.ceasefire_attempts if a.effective_at]
    # Sunday before 6 March 2031 (a Thursday) is 2 March; the written GMT reading wins.
    assert truce.effective_at == "2031-03-02T21:30:00+00:00"
    assert {s.id for s in briefing.sources if s.in_episode} == {"a1", "a2", "a3"}


def test_a_running_tolls_cut_off_is_no_earlier_event() -> None:
    from summarizer.reference.timeline import opens_window

    sentence = "A study estimated that by the end of 2031 the war had caused some 9,000 deaths."
    assert opens_window("of 2031", sentence)
    assert opens_window("2031", sentence)
    # A toll of an event on that day is that event's.
    assert not opens_window("2031", "By 2031 a new border road was built.")
    assert not opens_window("March 2031", "In March 2031 a flood killed 12 people.")


def test_not_since_dates_the_event_it_names() -> None:
    from summarizer.reference.timeline import opens_window

    sentence = "Not since 2031, when four soldiers died in an ambush, had the border turned fatal."
    assert not opens_window("2031", sentence)
    assert opens_window("May", "At least 40 people have been killed since May.")


def test_renewed_fighting_is_not_an_extended_truce() -> None:
    from summarizer.reference.timeline import ends_truce

    sentence = "The truce ended at midnight amid renewed fighting near Klow."
    assert ends_truce(sentence, sentence.find("midnight"))
    sentence = "The truce, due to end at midnight, was extended by a week."
    assert not ends_truce(sentence, sentence.find("midnight"))


def test_a_slashed_day_first_date_is_a_full_date() -> None:
    from summarizer.reference import timeline

    assert timeline.full_date("Last updated: 09/02/2031 16:20") == date(2031, 2, 9)
    assert timeline.full_date("Posted 31/12/2030") == date(2030, 12, 31)


def test_a_written_date_restating_tonight_is_the_day_not_the_printing_day() -> None:
    from summarizer.reference import timeline

    sentence = "Both sides agreed to a truce effective from midnight tonight, 28 July 2031."
    # Quoted in an article printed the next day, "tonight" is still the 28th.
    assert timeline.dated(
        "midnight tonight, 28 July 2031", date(2031, 7, 29), sentence, truce_start=True
    ) == date(2031, 7, 28)


@pytest.mark.parametrize(
    ("sentence", "when", "expected"),
    [
        # agreed on a Thursday for the coming Saturday: its clock between "starting" and
        # the day does not make the start a past one
        (
            "The leaders agreed on Thursday to a truce starting at midnight on Saturday night "
            "(2200 GMT), after talks in Korva.",
            "midnight on Saturday night (2200 GMT)",
            date(2031, 2, 15),
        ),
        # no day of agreeing to count from: a truce accepted in the past, the Saturday before
        ("Klow accepted a truce from 6 p.m. on Saturday.", "6 p.m. on Saturday", date(2031, 2, 8)),
        # begun: the Saturday before
        ("The truce began at midnight on Saturday.", "midnight on Saturday", date(2031, 2, 8)),
    ],
)
def test_a_truce_starting_at_a_clock_on_a_day_to_come(
    sentence: str, when: str, expected: date
) -> None:
    thursday = date(2031, 2, 13)
    assert timeline.dated(when, thursday, sentence, truce_start=True) == expected


def test_reviewed_counterexamples_of_this_session_s_time_rules() -> None:
    # a truce agreed on a Thursday starts the Saturday after that Thursday, read days later
    said = (
        "Ruritania and Borduria agreed on Thursday to a truce starting at midnight on "
        "Saturday, but fighting resumed on Monday."
    )
    for printed in (date(2031, 7, 20), date(2031, 7, 22)):
        assert timeline.dated("midnight on Saturday", printed, said, truce_start=True) == date(
            2031, 7, 19
        )
    # a headline's date is no dateline filed before the printed stamp
    headline = (
        f"March 3 strike on Klow market killed 40, monitors say\nPublished 5 March 2031\n\n{BODY}"
    )
    assert timeline.anchor(headline).day == date(2031, 3, 5)
    # a weekday that begins the next sentence is not the clock's
    for text in (
        "The shelling began at about 3 a.m. Monday's attack was the third this week in Vell.",
        "The truce begins at 7 p.m. Sunday was the deadliest day, with 40 people killed.",
    ):
        assert len(Article(id="a", path="a.txt", text=text).sentences) == 2


def _truce_article(
    source: str, published: str, sentences: list[str], *said: tuple[int, str | None, str]
) -> ArticleExtraction:
    """A HAND-WRITTEN extraction whose truce mentions (sentence number, effective text,
    status) are between Kenya and Tanzania (one clock: EAT)."""
    evidence = _evidence(source, sentences)
    truces = [
        CeasefireMention(
            announced_by=None,
            mediators=[],
            parties=["Kenya", "Tanzania"],
            effective_at_text=text,
            status=status,  # type: ignore[arg-type]
            evidence=[evidence[n - 1]],
        )
        for n, text, status in said
    ]
    return _article(source, published, sentences).model_copy(update={"ceasefires": truces})


def _agreed_on_thursday() -> ArticleExtraction:
    """k1, 2031-03-06 (a Thursday): the truce from midnight on Saturday night (2100 GMT)."""
    agreed = "Kenya and Tanzania agreed on Thursday to a truce from midnight on Saturday night"
    return _truce_article(
        "k1",
        "2031-03-06",
        [agreed + " (2100 GMT)."],
        (1, "midnight on Saturday night (2100 GMT)", "announced"),
    )


def test_every_mention_of_one_truce_is_one_attempt() -> None:
    """A live page dated by its "Last updated" stamp (the day after the truce began), a
    report that it "took effect early on Sunday" (the local date of Saturday's midnight),
    and "the ceasefire" with no day of its own are all the one truce agreed on Thursday;
    "a new truce" proposed with no day is another."""
    due = "The truce is due to take effect at midnight local time, which is 21:00 GMT on Saturday."
    live = _truce_article("k2", "--03-09", [due], (1, due[31:-1], "announced"))
    articles = [
        _agreed_on_thursday(),
        live.model_copy(update={"published_updated": True}),
        _truce_article(
            "k3",
            "2031-03-11",
            [
                "The truce, which took effect early on Sunday, has largely held around Vell.",
                "Vell is surrounded, so the ceasefire does not concern it, a commander said.",
                "Kenya proposed a new truce for Vell, officials said.",
            ],
            (1, "early on Sunday", "announced"),
            (2, None, "announced"),
            (3, None, "announced"),
        ),
    ]
    briefing = merge(articles)
    attempts = {a.effective_at: a for a in briefing.ceasefire_attempts}
    assert sorted(attempts, key=str) == ["2031-03-08T21:00:00+00:00", None]
    one = attempts["2031-03-08T21:00:00+00:00"]
    assert {(e.source, e.sentence) for e in one.evidence} == {
        ("k1", 1),
        ("k2", 1),
        ("k3", 1),
        ("k3", 2),
    }
    assert [(e.source, e.sentence) for e in attempts[None].evidence] == [("k3", 3)]
    assert merge(list(reversed(articles))) == briefing


@pytest.mark.parametrize(("said", "inside"), [("Thursday", False), ("Monday", True)])
def test_a_yearless_dateline_is_of_a_year_its_opening_statements_weekday_fits(
    said: str, inside: bool
) -> None:
    """19 August 2031 is a Tuesday: "KORVA, Aug. 19 -- Ruritania said Thursday" was written
    in another year (the statement's day is the dateline's or one of the two before it);
    "said Monday" fits 2031."""
    articles = [
        _article("a1", "2031-08-16", ["Shelling of Vell began on Saturday, Ruritania said."]),
        _article("a2", "2031-08-18", ["Borduria said 12 soldiers died in Vell on Sunday."]),
        _article(
            "b1",
            "--08-19",
            [f"KORVA, Aug. 19 -- Ruritania said {said} it would pull back from the heights."],
        ),
    ]
    decision = decide(articles)
    assert ("b1" in decision.in_episode) is inside
    if not inside:
        reason = decision.reason("b1")
        assert reason is not None and "Thursday fits no nearer year" in reason


def test_a_conditional_or_second_truce_is_not_the_one_truce() -> None:
    """Review counterexamples: "would accept a ceasefire ... if" and "urged ... a lasting
    ceasefire", with no day of their own, are not "the ceasefire" of the episode."""
    articles = [
        _agreed_on_thursday(),
        _truce_article(
            "k3",
            "2031-03-11",
            [
                "Tanzania said it would accept a ceasefire around Vell only if Kenya withdrew.",
                "Mediators urged Kenya and Tanzania to agree a lasting ceasefire around Vell.",
            ],
            (1, None, "announced"),
            (2, None, "announced"),
        ),
    ]
    attempts = merge(articles).ceasefire_attempts
    [timed] = [a for a in attempts if a.effective_at]
    assert {(e.source, e.sentence) for e in timed.evidence} == {("k1", 1)}


def test_a_report_naming_the_day_its_truce_was_agreed_is_that_truces() -> None:
    """ "The truce agreed on Wednesday had collapsed" reports on Wednesday's truce, not on
    Friday's new one that the same article times; a report naming a day no other truce of
    the briefing has is a truce of its own, never given to another."""
    articles = [
        _truce_article(
            "k1",
            "2031-03-05",  # a Wednesday
            ["Kenya and Tanzania agreed on Wednesday to a ceasefire around Vell, officials said."],
            (1, None, "announced"),
        ),
        _truce_article(
            "k2",
            "2031-03-07",  # a Friday
            [
                "The ceasefire agreed by the two armies on Wednesday had collapsed early on "
                "Friday, officials said.",
                "Kenya and Tanzania then agreed to a truce from 16:00 (1300 GMT) on Friday.",
                "A truce agreed on Monday of last week was violated on Thursday, a commander said.",
            ],
            (1, None, "collapsed"),
            (2, "16:00 (1300 GMT) on Friday", "announced"),
            (3, None, "violated"),
        ),
    ]
    briefing = merge(articles)
    cited = {
        frozenset((e.source, e.sentence) for e in a.evidence): a
        for a in briefing.ceasefire_attempts
    }
    assert set(cited) == {
        frozenset({("k1", 1), ("k2", 1)}),
        frozenset({("k2", 2)}),
        frozenset({("k2", 3)}),
    }
    assert cited[frozenset({("k1", 1), ("k2", 1)})].status == "collapsed"
    friday = cited[frozenset({("k2", 2)})]
    assert (friday.effective_at, friday.status) == ("2031-03-07T13:00:00+00:00", "announced")
    assert merge(list(reversed(articles))) == briefing


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # begun: the midnight that began the article's day (a midnight ends the day it is on)
        ("In Nairobi the truce formally began at midnight.", "2031-03-05T21:00:00+00:00"),
        # to come: the midnight that ends it
        ("In Nairobi the truce will begin at midnight.", "2031-03-06T21:00:00+00:00"),
    ],
)
def test_a_midnight_with_no_day_is_the_last_one_when_past_the_next_when_to_come(
    said: str, expected: str
) -> None:
    article = _truce_article("k1", "2031-03-06", [said], (1, "midnight", "announced"))
    [attempt] = merge([article]).ceasefire_attempts
    assert attempt.effective_at == expected


def test_a_clock_with_no_day_in_an_article_printed_after_midnight_is_the_day_befores() -> None:
    """ "took effect at 5 p.m. (1400 GMT)", no day written, in an article dated the day
    after: the truce another source times at that instant the day before, not a second
    one; written "on Friday", it stays its own."""
    agreed = _truce_article(
        "k1",
        "2031-03-06",
        ["Kenya and Tanzania agreed to a truce from 1700 hours (1400 GMT), officials said."],
        (1, "1700 hours (1400 GMT)", "announced"),
    )

    def printed_after_midnight(said: str) -> ArticleExtraction:
        when = said.split(" at ")[1].rstrip(".")
        return _truce_article("k2", "2031-03-07", [said], (1, when, "announced"))

    dayless = printed_after_midnight("The truce took effect at 5 p.m. (1400 GMT).")
    articles = [agreed, dayless]
    [attempt] = merge(articles).ceasefire_attempts
    assert attempt.effective_at == "2031-03-06T14:00:00+00:00"
    assert {e.source for e in attempt.evidence} == {"k1", "k2"}
    assert merge(list(reversed(articles))) == merge(articles)
    friday = printed_after_midnight("A second truce took effect on Friday at 5 p.m. (1400 GMT).")
    assert sorted(a.effective_at or "" for a in merge([agreed, friday]).ceasefire_attempts) == [
        "2031-03-06T14:00:00+00:00",
        "2031-03-07T14:00:00+00:00",
    ]


def test_a_truce_its_article_names_with_no_day_or_time_is_the_one_it_times() -> None:
    """ "Ana Vell announced a full and immediate ceasefire", beside the sentence that times
    it, is that truce; "a new truce" with no time is another."""
    said = [
        "Kenya and Tanzania agreed to stop all firing from 1700 hours (1400 GMT), officials said.",
        "Ana Vell announced that Kenya and Tanzania had agreed to a full and immediate ceasefire.",
        "Tanzania later proposed a new truce for Vell.",
    ]
    article = _truce_article(
        "k1",
        "2031-03-06",
        said,
        (1, "1700 hours (1400 GMT)", "announced"),
        (2, None, "announced"),
        (3, None, "announced"),
    )
    attempts = merge([article]).ceasefire_attempts
    cited = sorted(sorted(e.sentence for e in a.evidence) for a in attempts)
    assert cited == [[1, 2], [3]]


def test_reviewed_counterexamples_of_this_session_s_truce_placement() -> None:
    """A review's counterexamples to this session's rules on placing truces."""
    agreed = _truce_article(
        "k1",
        "2031-03-06",  # a Thursday
        ["Kenya and Tanzania agreed to a truce from 1700 hours (1400 GMT), officials said."],
        (1, "1700 hours (1400 GMT)", "announced"),
    )
    # a fresh truce the next day, its clock written with no day, is its own
    fresh = _truce_article(
        "k2",
        "2031-03-07",
        ["A fresh truce took effect at 5 p.m. (1400 GMT), a day after the first one collapsed."],
        (1, "5 p.m. (1400 GMT)", "announced"),
    )
    assert len(merge([agreed, fresh]).ceasefire_attempts) == 2
    # a ceasefire signed last month, named in passing, is not the one its article times
    past = _truce_article(
        "k3",
        "2031-03-07",
        [
            "Kenya and Tanzania agreed to a truce from 1700 hours (1400 GMT) on Friday.",
            "Kenya and Tanzania signed a ceasefire in Arusha last month.",
        ],
        (1, "1700 hours (1400 GMT) on Friday", "announced"),
        (2, None, "announced"),
    )
    assert len(merge([past]).ceasefire_attempts) == 2
    # "the truce agreed on Wednesday" is the truce a source says was agreed on Wednesday,
    # not a local truce that began the next day
    wednesday = _truce_article(
        "k4",
        "2031-03-05",
        [
            "Kenya and Tanzania agreed on Wednesday to a truce from midnight on Saturday night "
            "(2100 GMT)."
        ],
        (1, "midnight on Saturday night (2100 GMT)", "announced"),
    )
    local = _truce_article(
        "k5",
        "2031-03-06",
        ["Commanders agreed a local truce around Vell from 6 a.m. (0300 GMT) on Thursday."],
        (1, "6 a.m. (0300 GMT) on Thursday", "announced"),
    )
    report = _truce_article(
        "k6",
        "2031-03-10",
        ["The truce agreed on Wednesday was violated overnight, officials said."],
        (1, None, "violated"),
    )
    attempts = {a.effective_at: a for a in merge([wednesday, local, report]).ceasefire_attempts}
    assert attempts["2031-03-08T21:00:00+00:00"].status == "violated"
    assert attempts["2031-03-06T03:00:00+00:00"].status == "announced"


def test_a_figure_keeps_the_sentences_of_its_own_episode() -> None:
    """A toll cited to today's sentences and to an old attack's that happens to write the
    same number is today's toll on today's sentences; a figure only the old sentence
    writes is still the old event's."""
    from summarizer.models import CasualtyMention

    sentences = [
        "Borduria says 12 killed in Ruritanian strikes.",
        "Borduria's army said 12 civilians had been killed and that Klow was hit.",
        "Ruritania said it answered the attack in Vell in January 2030, in which gunmen "
        "killed 12 people.",
        "Bordurian officials said funerals were held.",
    ]
    article = _article("a1", "2031-03-05", sentences)
    evidence = _evidence("a1", sentences)

    def toll(*cited: int) -> CasualtyMention:
        return CasualtyMention(
            side="Borduria",
            outcome="killed",
            category="civilian",
            count=12,
            qualifier="exact",
            claimant="Borduria",
            evidence=[evidence[i - 1] for i in cited],
        )

    today = article.model_copy(update={"casualties": [toll(1, 2, 3)]})
    [claim] = merge([today]).casualty_claims
    assert claim.status == "current" and claim.count == 12
    assert [e.sentence for e in claim.evidence] == [1, 2]
    # Today's sentence writes the number but of something else: still the old event's.
    for other in ("Borduria's army said Klow was hit by 12 missiles.", "12 were wounded."):
        evidence[1] = evidence[1].model_copy(update={"text": other})
        mixed = article.model_copy(update={"casualties": [toll(2, 3)]})
        assert [c.status for c in merge([mixed]).casualty_claims] == ["out_of_episode"], other
    # Only the old attack's sentence writes the count: the figure is the old event's.
    old = article.model_copy(update={"casualties": [toll(3, 4)]})
    briefing = merge([old])
    assert [c.status for c in briefing.casualty_claims] == ["out_of_episode"]
    assert any("January 2030" in s.reason for s in briefing.set_aside)


def test_a_posted_at_stamp_dates_the_article() -> None:
    text = (
        "Home | News | Regions\n"
        "Klow pause ends; troops resume operations\n"
        "Posted at Jun 25 2031 06:41 PM | Updated as of Jun 25 2031 08:15 PM\n"
        "KLOW - The guns fell silent at 6 a.m. on Sunday as the army began a pause.\n"
    )
    assert timeline.anchor(text).day == date(2031, 6, 25)
    # The clock before the date, and "at:" after the label, in every order a page writes.
    for stamp in (
        "Posted at 06:41 PM, Jun 25 2031",
        "Last updated at: 25 June 2031, 18:41",
        "Updated 18:41 BST, 25 June 2031",
    ):
        assert timeline.anchor(text.replace(text.splitlines()[2], stamp)).day == date(
            2031, 6, 25
        ), stamp
    # A clock that opens a line of prose dates nothing.
    assert timeline.anchor("10:30 The talks begin in Klow.\n\nThe army said.\n").day is None


def test_a_midnight_whose_day_another_reading_writes_starts_that_day() -> None:
    """ "midnight in Tashkent, or 1 a.m. on Tuesday in Almaty": Tuesday is the second
    reading's day, and it falls on Tuesday's first instant in Tashkent, not Tuesday's end
    (news style reads "midnight on Tuesday" as the end of Tuesday)."""
    tuesday = date(2018, 6, 12)
    both = timeline.resolve_instant("midnight in Tashkent, or 1 a.m. on Tuesday in Almaty", tuesday)
    assert both.at == datetime(2018, 6, 11, 19, tzinfo=UTC)
    alone = timeline.resolve_instant("midnight on Tuesday in Tashkent", tuesday)
    assert alone.at == datetime(2018, 6, 12, 19, tzinfo=UTC)
    # the first minute of a day is its start
    first = timeline.resolve_instant(
        "from the first minute of Tuesday", tuesday, places=["Tashkent"]
    )
    assert first.at == datetime(2018, 6, 11, 19, tzinfo=UTC)


@pytest.mark.parametrize(("years", "inside"), [("19", False), ("17", True), ("18", True)])
def test_a_yearless_dateline_is_of_the_year_its_wars_age_puts_it_in(
    years: str, inside: bool
) -> None:
    """Two reports of 2031 count "nearly 17 years of war"; a year-less "KORVA, June 6"
    that counts 19 is two years later (another round), one that counts 17 or 18 (a count
    may be rounded) is of the episode's year, a week before it."""
    articles = [
        _article("a1", "2031-06-13", ["The truce is the first in nearly 17 years of war in Vell."]),
        _article("a2", "2031-06-20", ["Borduria said 12 soldiers died in Vell on Sunday."]),
        _article(
            "b1",
            "--06-06",
            [f"KORVA, June 6 -- Ruritania and Borduria met after {years} years of war."],
        ),
    ]
    decision = decide(articles)
    assert ("b1" in decision.in_episode) is inside
    if not inside:
        reason = decision.reason("b1")
        assert reason is not None and "read as 2033-06-06 (by its war's age" in reason
