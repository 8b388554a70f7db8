"""A review's counterexamples to this session's rules, on invented places: each would
misfire without the guard beside the rule (hand-written sentences, no model)."""

from __future__ import annotations

from handwritten import one_figure_extraction

from summarizer.extract.grounding import name_in_text
from summarizer.extract.roles import cues
from summarizer.extract.truce_wording import continues_truce
from summarizer.merge.briefing import merge
from summarizer.reference.actors import ActorResolver, spelling_variants
from summarizer.reference.reaction_words import reacts_in


def test_unknown_names_are_not_merged_by_their_place_or_a_name_ending() -> None:
    for names in (
        ["Vell rebels", "Vell government"],
        ["Ahmed Karim", "Ahmed Karimi"],
        ["Omar Tal", "Omar Tal's son"],
    ):
        assert spelling_variants(names, ActorResolver()) == {}, names
    assert len(spelling_variants(["Vella", "Vellese"], ActorResolver())) == 1


def test_a_common_word_names_no_people() -> None:
    assert not name_in_text("Sami", "Shelling hit the same district of Klow on Tuesday.")
    assert not name_in_text("Moran", "More people fled Klow.")


def test_carrying_and_arranging_are_brokering_only_for_a_truce() -> None:
    for name, said in (
        ("Ruritania", "The visit to the front was arranged through the Ruritanian ministry."),
        ("Borduria", "The arms shipments to the rebels were arranged through Borduria."),
        ("Ruritania", "Ruritanian couriers carried messages between front-line positions."),
        ("Klow", "Control of Klow went back and forth between the army and the rebels."),
    ):
        assert not cues(name, [said]).mediation, said


def test_two_counts_of_one_speaker_are_not_one_series_for_an_earlier() -> None:
    said = (
        "The Ruritanian army said on Tuesday that 14 of its soldiers were killed and that "
        "52 rebels had died in clashes earlier in the week."
    )
    own = one_figure_extraction("a", said, "2031-11-04", count=14, claimant="Ruritania")
    rebels = one_figure_extraction(
        "b", said, "2031-11-04", count=52, claimant="Ruritania", side="rebels"
    )
    sides = {c.count: c.side for c in merge([own, rebels]).casualty_claims}
    assert sides[52] == "rebels" and sides[14] == "ruritania"


def test_a_days_toll_measured_against_years_is_this_episodes() -> None:
    said = "A car bomb killed 61 people in Klow on Wednesday, the deadliest attack since 2019."
    bomb = one_figure_extraction("c", said, "2031-11-06", count=61, claimant="unattributed")
    other = one_figure_extraction(
        "d", "Ruritania said on Thursday that 7 people were killed.", "2031-11-07", count=7,
        claimant="Ruritania",
    )  # fmt: skip
    status = {c.count: c.status for c in merge([bomb, other]).casualty_claims}
    assert status[61] != "out_of_episode"


def test_reporting_words_are_no_reaction() -> None:
    for said in (
        "Ruritania said 5,000 troops were standing by to cross into Vell.",
        "Ruritania stands by its claim that the rebels fired first.",
        "The two states signed a non aggression pact in 1999.",
        "Hundreds of mourners buried the victims in Klow on Monday.",
    ):
        assert not reacts_in(said), said


def test_an_offensive_that_began_is_no_truce_start() -> None:
    before = "The truce collapsed on Monday when Ruritania launched an offensive on Klow."
    assert not continues_truce("It began at 5 a.m. with artillery fire.", before)
    assert continues_truce("It was scheduled to begin at 6 a.m.", "The truce was agreed.")


# --- Counterexamples from the review of 2026-12-05 (5), each now held ----------------------


def test_reviewed_time_rules_of_the_round_17_session() -> None:
    from datetime import UTC, date, datetime

    from summarizer.reference import timeline

    may = date(2031, 5, 16)
    # an abbreviated month with its day is a date, not a bare month
    [dec] = timeline.expressions("a truce from Dec. 24")
    assert dec.kind == "date" and dec.text == "Dec. 24"
    # "next May" in May is the year after; "until August" the coming one; a name is no month
    [nxt] = timeline.expressions("Talks resume next May.")
    found = timeline.resolve(nxt, may)
    assert found is not None and found.first == date(2032, 5, 1)
    [until] = timeline.expressions("The truce runs until August.")
    found = timeline.resolve(until, may)
    assert found is not None and found.first == date(2031, 8, 1)
    assert timeline.expressions("The report was written by April Vell.") == ()
    # the writer's dated conversion beats the start-of-date reading of "from midnight on"
    at = timeline.resolve_instant(
        "from midnight on March 20 (2200 GMT March 20)", date(2031, 3, 20)
    )
    assert at.at == datetime(2031, 3, 20, 22, tzinfo=UTC)
    # "N years ago" only in an archive line that writes the year; no masthead in a headline
    stamped = "\nPublished March 3, 2031\n\nRuritania said forty soldiers died.\n"
    headline = "Two years ago Vell burned. Now the guns are back" + stamped
    assert timeline.anchor(headline).day == date(2031, 3, 3)
    masthead = "Ruritania, Borduria sign truce, ending war of May 2, 2029" + stamped
    assert timeline.anchor(masthead).day == date(2031, 3, 3)
    # a "Related" link's stamp closing the page does not date a year-less dateline
    related = (
        "KORVA, March 3 (Agency) - Ruritania said forty soldiers died.\n\n"
        + "Body line here.\n\n" * 8
        + "Related: Klow falls\nPublished March 1, 2029"
    )
    assert timeline.anchor(related).month_day == (3, 3)


def test_reviewed_figure_and_role_rules_of_the_round_17_session() -> None:
    from summarizer.extract.grounding import did_the_harm, states_casualties
    from summarizer.extract.roles import role_from_wording

    # the harmed who speak are still counted
    assert states_casualties(
        2, "Two soldiers told reporters they had been wounded in the shelling."
    )
    assert states_casualties(12, "Twelve wounded soldiers said the shelling began at dawn.")
    assert not did_the_harm("Malian", 65, "The toll in Malian missile crews rose to 65.")
    # a side's own negotiator is no go-between; another state's negotiators are
    shuttle = ["Norwegian negotiators shuttled between the two sides for weeks."]
    assert role_from_wording("Norway", "mediator", shuttle) == "mediator"
    # guerrillas a host receives are not its forces
    hosted = ["Cuba hosts guerrillas of the FKA in Havana, where talks with Colombia go on."]
    assert role_from_wording("Cuba", "mediator", hosted) is None
