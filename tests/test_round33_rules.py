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
