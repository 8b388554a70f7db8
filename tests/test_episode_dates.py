"""Episodes separated by dates, not only years: hand-written extractions, invented places."""

from __future__ import annotations

from handwritten import one_figure_extraction

from summarizer.extract.article import time_mentions as find_time_references
from summarizer.merge.briefing import merge
from summarizer.merge.episodes import decide
from summarizer.models import ArticleExtraction
from summarizer.read.articles import Article


def _extraction(
    source: str,
    text: str,
    published_at: str | None,
    *,
    claimant: str = "Ruritania",
    counted: str = "people",
) -> ArticleExtraction:
    count = int(text.split(f" {counted}")[0].split()[-1])
    category = "civilian" if counted == "people" else "military"
    return one_figure_extraction(
        source, text, published_at, count=count, claimant=claimant, category=category
    )


IN_1 = _extraction(
    "a", "Ruritania said on Monday that 40 people were killed in the shelling.", "2031-11-03"
)
IN_2 = _extraction(
    "b", "Ruritania said on Tuesday that 52 people were killed in the shelling.", "--11-05"
)
IN_3 = _extraction(
    "c", "Ruritania said on Friday that 61 people were killed in the shelling.", "2031-11-08"
)
EARLIER = _extraction(
    "d",
    "Ruritania said on Sunday that 12 people were killed in the blasts in the valley.",
    "2031-09-14",
)


def test_an_article_about_a_clash_weeks_earlier_in_the_same_year_is_set_aside() -> None:
    decision = decide([IN_1, IN_2, IN_3, EARLIER])
    assert decision.year == 2031
    assert decision.in_episode == {"a", "b", "c"}
    assert decision.reason("d") == (
        "reports a different episode: dated 2031-09-14, its dates 2031-09-14 lie outside the "
        "episode's days (2031-11-03 to 2031-11-08); 3 of 4 sources report 2031-11-03 to "
        "2031-11-08"
    )


def test_a_yearless_dateline_takes_the_episode_year() -> None:
    briefing = merge([IN_1, IN_2, IN_3, EARLIER])
    # the days its sources report: Monday 3 to Friday 7 November (published on the 8th)
    assert (briefing.episode.start, briefing.episode.end) == ("2031-11-03", "2031-11-07")
    [aside] = [c for c in briefing.casualty_claims if c.count == 12]
    assert aside.status == "out_of_episode"
    assert [c.as_of for c in briefing.casualty_claims if c.count == 52] == ["2031-11-04"]


def test_a_later_report_on_the_episodes_events_stays_in() -> None:
    review = _extraction(
        "e",
        "Ruritania said on 6 November that 61 people were killed in the shelling.",
        "2031-12-20",
    )
    assert "e" in decide([IN_1, IN_2, IN_3, review]).in_episode


def test_undated_articles_are_read_as_of_the_episode() -> None:
    undated = [
        IN_1.model_copy(update={"published_at": None}),
        IN_3.model_copy(update={"published_at": None}),
    ]
    assert decide(undated).in_episode == {"a", "c"}


def test_a_running_toll_since_an_earlier_date_is_this_episodes_figure() -> None:
    text = "Ruritania said 1,204 people have been killed since the fighting began in May 2030."
    toll = _extraction("f", text.replace("1,204", "1204"), "2031-11-04")
    briefing = merge([IN_1, IN_2, IN_3, toll])
    [claim] = [c for c in briefing.casualty_claims if c.count == 1204]
    assert claim.status != "out_of_episode"


def test_a_bylines_own_full_date_does_not_push_earlier_days_into_next_year() -> None:
    text = "14 November 2031 | World desk\nFighting began on 9 November, and 40 people were killed."
    dated = _extraction("g", text.replace("14 November 2031 | World desk\n", ""), "2031-11-14")
    header = Article(id="g", path="g.txt", text=text)
    with_byline = dated.model_copy(update={"time_mentions": find_time_references(header)})
    assert decide([with_byline, IN_1]).year == 2031
    assert "g" in decide([with_byline, IN_1, IN_3]).in_episode


def test_a_figure_pointing_back_to_an_earlier_war_is_that_wars() -> None:
    text = (
        "Ruritania said on Monday that 40 people were killed in the shelling.\n"
        "The two states fought a six-week conflict in 2029.\n"
        "More than 6,700 people were killed in the battle, which ended with a treaty.\n"
    )
    article = Article(id="h", path="h.txt", text=text)
    base = _extraction("h", text, "2031-11-04")
    old = base.casualties[0].model_copy(update={"count": 6700, "evidence": [article.evidence(3)]})
    toll = base.model_copy(
        update={
            "casualties": [*base.casualties, old],
            "time_mentions": find_time_references(article),
        }
    )
    briefing = merge([IN_1, IN_3, toll])
    [claim] = [c for c in briefing.casualty_claims if c.count == 6700]
    assert claim.status == "out_of_episode"


def test_an_attack_days_before_the_first_report_is_part_of_the_episode_not_an_earlier_one() -> None:
    # The episode's reports run 3-8 November; a strike on 21 October, reported in the last
    # of them, is 13 days before the first: no gap between rounds (episodes.GAP_DAYS).
    strike = _extraction(
        "s",
        "An air strike on a school in Klow on 21 October killed 50 people, Ruritania said.",
        "2031-11-08",
    )
    briefing = merge([IN_1, IN_2, IN_3, strike])
    [claim] = [c for c in briefing.casualty_claims if c.count == 50]
    assert claim.status != "out_of_episode"
    # The blasts of mid-September, seven weeks before, remain another round.
    assert {c.count: c.status for c in merge([IN_1, IN_2, IN_3, EARLIER]).casualty_claims}[
        12
    ] == "out_of_episode"


def test_a_yearless_date_with_its_weekday_takes_the_year_they_agree_in() -> None:
    from datetime import date

    from summarizer.reference import timeline

    [expr] = timeline.expressions("Tuesday, November 16")
    found = timeline.resolve(expr, date(2032, 11, 20))
    # 16 November 2032 is a Tuesday; seen from 2033, the latest Tuesday the 16th is 2032's.
    assert found is not None and found.day == date(2032, 11, 16)
    later = timeline.resolve(expr, date(2033, 11, 20))
    assert later is not None and later.day == date(2032, 11, 16)


def test_an_undated_explainer_of_a_round_a_year_before_is_set_aside() -> None:
    # 16 November 2032 was a Tuesday; the episode is November 2033.
    explainer = _extraction(
        "x",
        "WHAT HAPPENED ON TUESDAY? Fighting began on Tuesday, November 16, and "
        "Ruritania said 9 people were killed.",
        None,
    )
    episode = [
        _extraction(k, f"Ruritania said on Monday that {n} people were killed.", day)
        for k, n, day in (("p", 40, "2033-11-14"), ("q", 52, "2033-11-16"))
    ]
    decision = decide([*episode, explainer])
    assert decision.in_episode == {"p", "q"}
    assert "2032-11-16" in (decision.reason("x") or "")


def test_an_undated_report_naming_a_coming_day_is_not_a_year_off() -> None:
    """ "The prime minister, who faces an election December 9, ..." in an undated report of
    a November episode: December 9 may be this year's coming one, so the report is not set
    aside as a year off (the weekday-fixed November 16 above still is)."""
    undated = _extraction(
        "u",
        "Ruritania said on Tuesday that 9 people were killed. The prime minister, who faces an "
        "election December 9, vowed to go on.",
        None,
    )
    episode = [
        _extraction(k, f"Ruritania said on Monday that {n} people were killed.", day)
        for k, n, day in (("p", 40, "2033-11-14"), ("q", 52, "2033-11-16"))
    ]
    decision = decide([*episode, undated])
    assert decision.in_episode == {"p", "q", "u"}


def test_a_yearless_dateline_after_a_war_seven_years_ago_is_that_much_later() -> None:
    # The later round's dateline has no year; its body dates the war it recalls.
    later = _extraction(
        "z",
        "Ruritania said 9 people were killed in the worst fighting since their war seven "
        "years ago. That war in 2031 ended with a truce.",
        "--11-05",
    )
    episode = [
        _extraction(k, f"Ruritania said on Monday that {n} people were killed.", day)
        for k, n, day in (("p", 40, "2031-11-03"), ("q", 52, "2031-11-05"))
    ]
    decision = decide([*episode, later])
    assert decision.in_episode == {"p", "q"}
    assert "2038-11-05" in (decision.reason("z") or "")


def test_last_year_counts_from_a_war_only_when_it_dates_the_war() -> None:
    """ "since last year's 11-day war ... That war, in 2030" dates an undated report to 2031;
    "The war, which began in 2019, has wrecked an economy in which inflation last year
    exceeded 1,000 per cent" dates nothing: last year is the inflation's, not the war's."""
    episode = [
        _extraction(k, f"Ruritania said on Monday that {n} people were killed.", day)
        for k, n, day in (("p", 40, "2031-11-03"), ("q", 52, "2031-11-05"))
    ]
    inflation = _extraction(
        "u",
        "Ruritania said yesterday that 9 people were killed. The war, which began in 2019, has "
        "wrecked an economy in which inflation last year exceeded 1,000 per cent.",
        None,
    )
    assert decide([*episode, inflation]).in_episode == {"p", "q", "u"}
    war = _extraction(
        "w",
        "Ruritania said yesterday that 9 people were killed in the worst fighting since last "
        "year's 11-day war. That war, in 2024, killed 250 people.",
        None,
    )
    decision = decide([*episode, war])
    assert decision.in_episode == {"p", "q"}
    assert "2025" in (decision.reason("w") or "")


def _benin(source: str, text: str, published_at: str | None) -> ArticleExtraction:
    return _extraction(source, text, published_at, claimant="Benin", counted="soldiers")


def test_a_yearless_report_naming_a_state_by_a_name_it_gave_up_is_from_before() -> None:
    """ "COTONOU, Dahomey, Nov. 1": the country data says Dahomey took the name Benin in
    1975 (pycountry's historic countries), so a year-less dateline under the old name is
    not a date of a 2031 episode whose articles say Benin, however near its day and month."""
    in_1 = _benin(
        "a", "Benin said on Monday that 40 soldiers were killed at the border.", "2031-11-03"
    )
    in_2 = _benin(
        "b", "Benin said on Friday that 52 soldiers were killed at the border.", "2031-11-08"
    )
    old = _benin(
        "c", "The Government of Dahomey said on Tuesday that 7 soldiers were killed.", "--10-28"
    )
    decision = decide([in_1, in_2, old])
    assert decision.in_episode == {"a", "b"}
    assert "dateline --10-28 read as 1977-10-28" in (decision.reason("c") or "")
    # Written as the old name of the state, or beside the new one, it dates nothing.
    former = _benin(
        "c", "The former Dahomey said on Tuesday that 7 soldiers were killed.", "--10-28"
    )
    assert decide([in_1, in_2, former]).in_episode == {"a", "b", "c"}
    both = _benin(
        "c", "Benin, once Dahomey, said on Tuesday that 7 soldiers were killed.", "--10-28"
    )
    assert decide([in_1, in_2, both]).in_episode == {"a", "b", "c"}


def test_a_place_named_after_a_given_up_state_name_dates_nothing() -> None:
    """ "Soyo, in Zaire province": a province keeps the old name; the article is no older."""
    in_1 = _extraction("a", "Angola said on Monday that 40 people were killed.", "2031-11-03")
    in_2 = _extraction("b", "Angola said on Friday that 52 people were killed.", "2031-11-08")
    soyo = _extraction(
        "c", "Angola said on Tuesday that 7 people were killed in Soyo, in Zaire province.",
        "--11-04",
    )  # fmt: skip
    assert decide([in_1, in_2, soyo]).in_episode == {"a", "b", "c"}


def test_a_toll_counted_over_decades_is_the_wars_not_the_episodes() -> None:
    """ "The insurgency has left 220,000 dead since 1964" is the whole war's toll: never this
    episode's figure. A running toll of this round ("52 people killed since Monday") is,
    and so is a count whose clause opens no span ("killing 40, as the crisis went on since
    talks began in 2012")."""
    war = one_figure_extraction(
        "w",
        "Ruritania's insurgency has left more than 220,000 people dead since 1964, "
        "according to official figures.",
        "2031-11-06",
        count=220000,
        claimant="unattributed",
    )
    crisis = one_figure_extraction(
        "x",
        "Ruritanian jets bombed a camp on Wednesday, killing 33 people, as the peace process "
        "went through its worst crisis since formal talks began in 2012.",
        "2031-11-06",
        count=33,
        claimant="unattributed",
    )
    briefing = merge([IN_1, IN_2, IN_3, war, crisis])
    status = {c.count: c.status for c in briefing.casualty_claims}
    assert status[220000] == "out_of_episode" and status[33] != "out_of_episode"
    [aside] = [s for s in briefing.set_aside if "220000" in s.item]
    assert aside.reason == "a toll of the whole war ('since 1964'), not of this episode"


def test_rebels_are_the_one_group_the_figures_name_by_an_acronym() -> None:
    """ "86 rebels" are the one armed group whose own figures the episode gives, named by an
    acronym the data does not know ("the KLF": a body, not a town)."""
    own = one_figure_extraction(
        "k",
        "The KLF said on Tuesday that 54 of its fighters had been killed.",
        "2031-11-05",
        count=54,
        claimant="KLF",
        side="KLF",
    )
    army = one_figure_extraction(
        "r",
        "The army said on Wednesday that 86 rebels had been killed in the raids.",
        "2031-11-06",
        count=86,
        claimant="Ruritania",
        side="rebels",
    )
    briefing = merge([IN_1, own, army])
    sides = {c.count: c.side for c in briefing.casualty_claims}
    assert sides[86] == sides[54] == "klf"


def test_government_soldiers_and_rebels_are_the_sides_named_as_government_and_rebels() -> None:
    """No state named: "42 government soldiers" are the side named as a government ("the
    Zardouni government"), "14 rebels" the one named as rebels ("the Velk rebels"); the
    government's later own toll supersedes its earlier one."""
    figures = [
        ("g1", "The Zardouni government said on Monday that 23 of its soldiers had been killed.",
         "2031-11-03", 23, "Zardouni government", "Zardouni government"),
        ("g2", "Army spokeswoman Ana Vell said 42 government soldiers had been killed.",
         "2031-11-06", 42, "Zardouni government", "government soldiers"),
        ("g3", "The Zardouni government said its offensive had killed 170 Velk rebels.",
         "2031-11-04", 170, "Zardouni government", "Velk rebels"),
        ("g4", "The Velk rebels said on Tuesday that 14 rebels had been killed.",
         "2031-11-05", 14, "Velk rebels", "rebels"),
    ]  # fmt: skip
    briefing = merge(
        [
            one_figure_extraction(k, text, day, count=n, claimant=who, side=side)
            for k, text, day, n, who, side in figures
        ]
    )
    by_count = {c.count: c for c in briefing.casualty_claims}
    assert by_count[42].side == by_count[23].side != by_count[14].side
    assert by_count[14].side == by_count[170].side
    assert (by_count[23].status, by_count[42].status) == ("superseded", "current")


def test_a_spokesperson_titled_by_their_sides_kind_gives_that_sides_own_figure() -> None:
    """ "The rebels' spokesman here, Ivo Tal, said the Velk rebels lost 14 fighters ... and
    had killed 300 government soldiers"; "Army spokeswoman Maj. Ana Vell said 42
    government soldiers had been killed": each side's best figure is its own spokesperson's,
    not the enemy's larger claim."""
    figures = [
        ("s1", "The rebels' spokesman here, Ivo Tal, said the Velk rebels lost 14 fighters "
         "killed and claimed they had killed more than 300 government soldiers.",
         "2031-11-05", 14, "Ivo Tal", "Velk rebels"),
        ("s2", "The rebels' spokesman here, Ivo Tal, said the rebels had killed more than 300 "
         "government soldiers.", "2031-11-05", 300, "Ivo Tal", "government soldiers"),
        ("s3", "Army spokeswoman Maj. Ana Vell said 42 government soldiers had been killed.",
         "2031-11-06", 42, "Ana Vell", "government soldiers"),
        ("s4", "The Zardouni government said its offensive had killed 170 Velk rebels.",
         "2031-11-04", 170, "Zardouni government", "Velk rebels"),
    ]  # fmt: skip
    briefing = merge(
        [
            one_figure_extraction(k, text, day, count=n, claimant=who, side=side)
            for k, text, day, n, who, side in figures
        ]
    )
    best = {(e.side, e.outcome): e.best for e in briefing.casualties}
    rebels = next(c.side for c in briefing.casualty_claims if c.count == 14)
    soldiers = next(c.side for c in briefing.casualty_claims if c.count == 42)
    assert (best[(rebels, "killed")], best[(soldiers, "killed")]) == (14, 42)


def test_a_figure_that_gives_its_earlier_reading_is_that_readings_series() -> None:
    """ "Klow Hospital's count of civilian dead, 38 at the weekend, had risen to 64": a later
    reading of the hospital's 38, whatever side each was read with; the 38 is superseded."""
    first = one_figure_extraction(
        "h1",
        "Doctors at Klow Hospital said on Sunday that 38 civilians had been brought in dead.",
        "2031-11-03",
        count=38,
        claimant="Klow Hospital",
        side="civilians",
        category="civilian",
    )
    later = one_figure_extraction(
        "h2",
        "Klow Hospital's count of civilian dead, 38 at the weekend, had risen to 64 by Wednesday.",
        "2031-11-06",
        count=64,
        claimant="Klow Hospital",
        side="Ruritania",
        category="civilian",
    )
    briefing = merge([IN_1, IN_2, first, later])
    by_count = {c.count: c for c in briefing.casualty_claims}
    assert by_count[64].side == by_count[38].side
    assert (by_count[38].status, by_count[64].status) == ("superseded", "current")


def test_a_toll_up_from_the_earlier_figure_is_that_figures_later_reading() -> None:
    """ "30 cadets killed, up from the 28 dead it reported": the ministry's later reading of
    its 28, read with no side, takes the 28's side and supersedes it."""
    first = one_figure_extraction(
        "h1",
        "At least 28 cadets were killed in the strike on the Klow academy, Ruritania's health "
        "ministry said.",
        "2031-11-03",
        count=28,
        claimant="Ruritania's health ministry",
        side="Ruritania",
        category="military",
    )
    later = one_figure_extraction(
        "h2",
        "Ruritania's health ministry raised its toll: its figures now show 30 cadets killed, "
        "up from the 28 dead it reported after the strike.",
        "2031-11-06",
        count=30,
        claimant="Ruritania's health ministry",
        side="total",
        category="military",
    )
    briefing = merge([IN_1, IN_2, first, later])
    by_count = {c.count: c for c in briefing.casualty_claims}
    assert by_count[30].side == by_count[28].side
    assert (by_count[28].status, by_count[30].status) == ("superseded", "current")


def test_the_wounded_listed_with_a_later_reading_take_its_side() -> None:
    """ "its figures now show 30 cadets killed and 33 wounded, up from the 28 dead it
    reported": the 33 are the same people as the 30, so they take the side the 30 joins
    and supersede the ministry's earlier 18 wounded."""
    first = (
        "At least 28 cadets were killed and 18 wounded in the strike, Ruritania's health "
        "ministry said."
    )
    later = (
        "Ruritania's health ministry raised its toll: its figures now show 30 cadets killed "
        "and 33 wounded, up from the 28 dead it reported after the strike."
    )
    who = "Ruritania's health ministry"
    figures = [
        one_figure_extraction("h1", first, "2031-11-03", count=28, claimant=who, side="Ruritania"),
        one_figure_extraction(
            "h1", first, "2031-11-03", count=18, claimant=who, side="Ruritania", outcome="wounded"
        ),
        one_figure_extraction("h2", later, "2031-11-06", count=30, claimant=who, side="total"),
        one_figure_extraction(
            "h2", later, "2031-11-06", count=33, claimant=who, side="total", outcome="wounded"
        ),
    ]
    merged = figures[0].model_copy(
        update={"casualties": [*figures[0].casualties, *figures[1].casualties]}
    )
    merged_later = figures[2].model_copy(
        update={"casualties": [*figures[2].casualties, *figures[3].casualties]}
    )
    by_count = {c.count: c for c in merge([IN_1, IN_2, merged, merged_later]).casualty_claims}
    assert by_count[33].side == by_count[18].side == by_count[28].side
    assert (by_count[18].status, by_count[33].status) == ("superseded", "current")


def _november_2033() -> list[ArticleExtraction]:
    return [
        _extraction(k, f"Ruritania said on Monday that {n} people were killed.", day)
        for k, n, day in (("p", 40, "2033-11-14"), ("q", 52, "2033-11-16"))
    ]


def test_an_undated_feature_whose_photo_is_dated_months_before_is_set_aside() -> None:
    """An analysis page with no date of its own ("Posted Tuesday") whose one full date is
    its photo caption's, six months before the episode: its "Monday" and "Saturday" are
    that round's, not this one's, however near the window a fitted anchor reads them."""
    feature = _extraction(
        "f",
        "[Photo caption: Rescuers at the site of a shell strike in Klow, May 8, 2033.]\n\n"
        "The quiet returned on Monday. Ruritania said on Saturday that 9 people were killed.",
        None,
    )
    decision = decide([*_november_2033(), feature])
    assert decision.in_episode == {"p", "q"}
    assert "the dates it writes with their month (2033-05-08) lie months" in (
        decision.reason("f") or ""
    )


def test_an_undated_report_recalling_a_dated_truce_stays_in_the_episode() -> None:
    """A full date in the prose may be background ("the truce of May 8, 2032 broke down"),
    and a file photo shows another day: neither makes an undated report another round's."""
    report = _extraction(
        "r",
        "[Photo: Ruritanian troops in Klow, May 8, 2032. (File photo)]\n\n"
        "The truce of May 8, 2032 broke down on Monday. Ruritania said on Tuesday that 9 "
        "people were killed.",
        None,
    )
    decision = decide([*_november_2033(), report])
    assert decision.in_episode == {"p", "q", "r"}


def test_an_older_photo_or_a_date_inside_a_caption_does_not_date_the_page() -> None:
    """helper-66's captions: an older photo ("In this May 8, 2033 photo", "a library
    picture") or a caption whose date is not its closing one ("..., the day the last truce
    collapsed") says nothing of when the page was written."""
    for caption in (
        "[Photo caption: In this May 8, 2033 photo, rescuers search the rubble in Klow.]",
        "[Photo caption: A library picture of Ruritanian troops entering Klow, May 8, 2033.]",
        "[Picture: Rescuers in Klow on May 8, 2033, the day the last truce collapsed.]",
    ):
        report = _extraction(
            "r",
            f"{caption}\n\nShelling resumed on Monday. Ruritania said on Tuesday that 9 people "
            "were killed.",
            None,
        )
        decision = decide([*_november_2033(), report])
        assert decision.in_episode == {"p", "q", "r"}, caption
