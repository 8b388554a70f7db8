"""Rules found on the thirty-third session's reading of round 33 (opened): truces written
as a suspension, a pause, an order not to fire or guns due to fall silent; the fighting's
end as the truce's start; a conversion's own weekday across midnight; "no breaches" is no
breach; a report that dates its truce's start joins that truce. HAND-WRITTEN sentences
about invented places (Klowland, Vellia, Ostia) and real third states.
"""

from __future__ import annotations

from datetime import date

from summarizer.extract.found_truces import from_wording
from summarizer.extract.grounding import truce_status, truce_time_in
from summarizer.extract.truce_wording import speaks_of_truce
from summarizer.read.articles import Article
from summarizer.reference import timeline


def _found(text: str) -> list[tuple[list[int], str | None]]:
    article = Article(id="t", path="t.txt", text=text)
    found = from_wording(article, [], {"article": article, "realigned": []})
    return [(f.sentences, f.effective_at_text) for f in found]


def test_a_conversions_own_weekday_dates_it_across_midnight() -> None:
    tuesday = date(2031, 10, 14)
    # only the conversion gives a clock: its Monday is the 13th, not the Tuesday written
    at = timeline.resolve_instant("next Tuesday, October 14 (2301 GMT Monday)", tuesday).at
    assert at is not None and at.isoformat() == "2031-10-13T23:01:00+00:00"
    # ... and a conversion with the main text's own day stays on it
    at = timeline.resolve_instant("on Tuesday (0900 GMT Tuesday)", tuesday).at
    assert at is not None and at.isoformat() == "2031-10-14T09:00:00+00:00"


def test_no_breaches_reported_is_no_breach() -> None:
    for holding in (
        "The observers said the truce in Klowland was holding and no serious breaches had "
        "been reported since.",
        "There were no violations of the cease-fire overnight, the Vellian army said.",
        "The truce held without any violation.",
    ):
        assert truce_status("announced", holding) != "violated", holding
    for broken in (
        "Observers counted no fewer than 40 violations of the cease-fire on Monday.",
        "Klowland said Vellian troops had violated the truce near Ostia.",
    ):
        assert truce_status("announced", broken) == "violated", broken


def test_the_fightings_end_is_the_truces_start() -> None:
    text = (
        "The last battles ended at half past six last evening, Cairo time, when a cease-fire "
        "arranged by the chief of the observers came into force along the Ostia front."
    )
    assert truce_time_in(text) == "half past six last evening, Cairo time"
    at = text.find("half past six")
    assert timeline.begins_at(text, at) and not timeline.ends_truce(text, at)
    # ... but the truce's own end is an end
    ended = "The cease-fire ended at midnight, when Vellian guns opened fire on Ostia."
    assert truce_time_in(ended) is None


def test_guns_due_to_fall_silent_at_a_clock_are_a_truce_taking_effect() -> None:
    text = (
        "After a two-day delay, the guns were due to fall silent across Klowland at one "
        "minute past midnight last night - 23.01 GMT on Wednesday."
    )
    assert speaks_of_truce(text)
    assert truce_time_in(text) == "one minute past midnight last night - 23.01 GMT"
    # a lull the writer only reports is no truce
    assert not speaks_of_truce("The guns fell silent at dusk, and firing resumed at dawn.")


def test_the_suspension_named_again_takes_effect_at_its_own_clock() -> None:
    text = (
        "OSTIA, Oct. 7 -- The Vellian defense minister ordered a seven-day suspension of the "
        "bombardment of Ostia.\n"
        "Klowish officers said the last shells fell shortly before midnight Sunday and that "
        "the suspension appeared to have taken effect at midnight, Vell time (1600 GMT "
        "Sunday).\n"
        "The suspension of the talks was announced in Geneva.\n"
    )
    assert _found(text) == [([2], "midnight, Vell time (1600 GMT Sunday)")]
    # ... a suspension of something else than the fighting is none
    assert not speaks_of_truce("The suspension of the talks was announced in Geneva.")


def test_an_order_not_to_fire_from_a_clock_is_a_truce() -> None:
    text = (
        'The Vellian defense minister said he had ordered the Ostia front "not to shell the '
        'airfield and the wharves on Klow on even days", beginning at midnight Saturday, so '
        "that the garrison could be supplied.\n"
    )
    assert _found(text) == [([1], "midnight")]
    # ... a condition is still no truce made
    assert (
        _found(
            "He said he would order the front not to shell the wharves, beginning at midnight "
            "Saturday, if Klowland could promise no escorts.\n"
        )
        == []
    )


def test_a_report_that_dates_its_truces_start_joins_it_however_it_names_the_sides() -> None:
    from handwritten import truce_extraction

    from summarizer.merge.briefing import merge

    timed = truce_extraction(
        "a",
        "2031-10-16",
        "The ceasefire between the government and the Upper Klowish took effect at one "
        "minute past midnight (2301 GMT on Wednesday).",
        parties=("government", "Upper Klowish"),
        announced_by=None,
        when="one minute past midnight (2301 GMT on Wednesday)",
    )
    report = truce_extraction(
        "b",
        "2031-10-19",
        "Fighting flared in the west, straining the ceasefire that began on Thursday, "
        "though elsewhere the truce was holding.",
        parties=("Vellia", "Klowish"),
        announced_by=None,
        status="holding",
    )
    [attempt] = merge([timed, report]).ceasefire_attempts
    assert attempt.effective_at == "2031-10-15T23:01:00+00:00"
    assert attempt.status == "holding"


def test_the_town_where_talks_are_held_is_no_go_between() -> None:
    from summarizer.extract.roles import go_betweens_in

    assert (
        go_betweens_in("The State Department said the ambassadorial talks in Lima would continue.")
        == []
    )
    assert go_betweens_in("Klowland welcomed the talks hosted by Peru.") == ["Peru"]


def test_a_truce_being_observed_behind_a_relative_clause_is_holding() -> None:
    assert (
        truce_status(
            "announced",
            "The Secretary-General said the cease-fire on the Ostia front, which came into "
            'effect at 1630 hrs GMT on Saturday, "is being observed".',
        )
        == "holding"
    )
    assert truce_status("announced", "No serious breaches have been reported since.") == "holding"
    for not_yet in (
        "The truce will hold if it is observed by both sides.",
        "The truce was observed in the north but not in the south.",
    ):
        assert truce_status("announced", not_yet) != "holding", not_yet


def test_last_evening_is_the_day_before() -> None:
    sunday = date(2031, 6, 15)
    text = "The battles ended at half past six last evening, Cairo time."
    assert timeline.dated(text, sunday, text) == date(2031, 6, 14)


def test_a_clock_between_the_start_and_its_day_still_makes_the_day_a_start() -> None:
    text = "the cease-fire on the Ostia front, which came into effect at 1630 hrs GMT on Saturday"
    assert timeline.begins_at(text, text.find("Saturday"))
    text = "the truce, which ended at 0600 GMT on Sunday"
    assert timeline.ends_at(text, text.find("Sunday"))


def test_a_start_put_off_is_no_instant_of_the_truce() -> None:
    from handwritten import truce_extraction

    from summarizer.merge.briefing import merge

    planned = truce_extraction(
        "a",
        "2031-10-10",
        "The ceasefire will take effect at 12:01 a.m. next Tuesday (2301 GMT Monday), the "
        "Vellian president said.",
        parties=("Vellia", "Klowland"),
        announced_by="Vellia",
        when="12:01 a.m. next Tuesday (2301 GMT Monday)",
    )
    put_off = truce_extraction(
        "b",
        "2031-10-14",
        "The truce would not start at 12:01 a.m. Tuesday (2301 GMT Monday) as scheduled, the "
        "Vellian president said, because the power had not been restored to Klow.",
        parties=("Vellia", "Klowland"),
        announced_by="Vellia",
        when="12:01 a.m. Tuesday (2301 GMT Monday)",
    )
    [attempt] = merge([planned, put_off]).ceasefire_attempts
    assert attempt.effective_at is None
    assert attempt.effective_at_text  # the time it was set for stays in its words
    # ... but a truce set for a time that came is timed
    [kept] = merge([planned]).ceasefire_attempts
    assert kept.effective_at == "2031-10-13T23:01:00+00:00"
    for other in ("The talks were postponed until Friday.", "The truce took effect as planned."):
        assert not timeline.start_called_off(other), other


def test_a_quoted_denial_of_being_a_party_keeps_a_state_out() -> None:
    from summarizer.extract.roles import role_from_wording

    sentences = [
        "Klowish jets attacked the Peruvian Navy ship Lima off the coast, killing 10 Peruvian "
        "sailors.",
        'A spokesman stressed that Peru "is not a party to this conflict and is not mediating '
        'between the parties".',
    ]
    assert role_from_wording("Peru", "belligerent", sentences) is None
    # ... and without the denial its lost sailors and ship stay a force of the fighting
    assert role_from_wording("Peru", "belligerent", sentences[:1]) == "belligerent"


def test_a_range_restated_in_gmt_starts_at_its_own_first_clock() -> None:
    text = "The pause, from 11 a.m. to 5 p.m. local time (0500 to 1100 GMT), was agreed by Klow."
    at = timeline.resolve_instant(text, date(2031, 12, 14)).at
    assert at is not None and at.isoformat() == "2031-12-14T05:00:00+00:00"
    # a bare number before a range is still no clock: "from 40 to 1100 GMT" is none
    assert [r.text for r in timeline.readings("killed 40 to 50 people by 1100 GMT")] == ["1100 GMT"]


def test_guns_silent_since_a_day_hold_whatever_another_clause_demands_until() -> None:
    assert (
        truce_status(
            "announced",
            "The guns have been silent along the Ostia front since Friday evening, and last "
            'night the Council demanded that the cease-fire "be strictly observed" until all '
            "forces are withdrawn.",
        )
        == "holding"
    )
    assert truce_status("announced", "The guns were silent until dawn.") != "holding"


def test_guns_silent_since_a_day_report_on_the_truce_that_began_that_day() -> None:
    from handwritten import truce_extraction

    from summarizer.merge.briefing import merge

    # two truces: a pause on Friday the 5th, a ceasefire from Friday the 12th
    pause = truce_extraction(
        "a",
        "2031-12-05",
        "The pause, from 11 a.m. (0500 GMT), was agreed by Klowland and Vellia.",
        parties=("Klowland", "Vellia"),
        announced_by=None,
        when="11 a.m. (0500 GMT)",
    )
    ceasefire = truce_extraction(
        "b",
        "2031-12-12",
        "Klowland's unilateral cease-fire took effect at 2000 hours (1430 GMT) on Friday.",
        parties=("Klowland", "Vellia"),
        announced_by="Ana Vell",
        when="2000 hours (1430 GMT) on Friday",
    )
    report = truce_extraction(
        "c",
        "2031-12-14",
        "The guns have been silent along the western front between Klowland and Vellia since "
        "Friday evening.",
        parties=("Klowland", "Vellia"),
        announced_by="Ivo Brand",
        status="holding",
    )
    attempts = {
        a.effective_at: a.status for a in merge([pause, ceasefire, report]).ceasefire_attempts
    }
    assert attempts == {
        "2031-12-05T05:00:00+00:00": "announced",
        "2031-12-12T14:30:00+00:00": "holding",
    }
