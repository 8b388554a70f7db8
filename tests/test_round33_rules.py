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


def test_a_truce_from_this_moment_starts_at_the_clock_that_declares_it() -> None:
    text = (
        "In a broadcast on the state radio at 8.30 p.m. on Wednesday (2030 GMT), President Ana "
        'Vell said he had ordered the forces loyal to him "to cease fire from this moment" and '
        'invited the rebels to "a frank dialogue".\n'
    )
    assert _found(text) == [([1], "8.30 p.m. on Wednesday (2030 GMT)")]
    # ... but an announcement's clock with a truce set for later is not its start
    assert (
        _found(
            "In a broadcast at 8.30 p.m. on Wednesday, Ana Vell said a ceasefire would begin "
            "on Friday.\n"
        )
        == []
    )


def test_the_month_the_war_began_does_not_date_the_truce() -> None:
    assert (
        timeline.month_named(
            "Ana Vell ordered a unilateral ceasefire last night, but the heaviest shelling since "
            "the war began in June continued."
        )
        is None
    )
    assert timeline.month_named("The truce agreed in June collapsed.") == 6


def test_an_accord_to_end_the_conflict_signed_at_a_clock_the_next_sentence_gives() -> None:
    text = (
        "President Ana Vell and the rebel leader Ivo Brand last night signed an agreement to "
        "end the five-month conflict in Klowland after three days of talks in Lima.\n"
        "The agreement was signed at 2330 hrs (2230 GMT) yesterday, hours after a summit "
        "had ended without a deal.\n"
    )
    assert speaks_of_truce(text.splitlines()[0])
    assert _found(text) == [([1, 2], "2330 hrs (2230 GMT)")]  # the naming sentence cited too
    # ... not an agreement the sentence before does not name as a truce
    assert (
        _found(
            "Klowland and Vellia signed a trade pact in Lima.\n"
            "The agreement was signed at 2330 hrs (2230 GMT) yesterday.\n"
        )
        == []
    )


# --- a review's counterexamples, mended -------------------------------------------------


def test_reviewed_truce_wording_of_round_33_stays_with_the_fighting() -> None:
    from summarizer.extract.roles import role_from_wording

    # a suspension of something else, guns traded, fire withheld from crowds: no truce
    assert (
        _found(
            "Vellia suspended all arms exports to Klowland on Monday.\n"
            "The suspension took effect at midnight (2200 GMT), the trade ministry announced.\n"
        )
        == []
    )
    assert (
        _found("The aid suspension announced by Vellia took effect at 0400 GMT on Monday.\n") == []
    )
    assert (
        _found(
            "Vellia announced that deliveries of guns to Klowland will stop at midnight on "
            "Friday.\n"
        )
        == []
    )
    assert (
        _found(
            "The interior minister ordered police not to shoot at protesters from Monday at noon.\n"
        )
        == []
    )
    # a truce not yet in effect, and one a purpose clause still proposes
    assert (
        _found(
            "The truce meant to begin at noon (1000 GMT) has not taken effect, Klowish officers "
            "said.\n"
        )
        == []
    )
    assert (
        _found(
            "Klowland announced on Monday that it had reshuffled its commanders so that a truce "
            "proposed by Vellia could take effect at midnight.\n"
        )
        == []
    )
    # violations reported without or with no let-up are violations
    for broken in (
        "There was no let-up in violations of the truce around Ostia on Monday.",
        "Vellian artillery shelled Ostia without warning in violation of the ceasefire.",
    ):
        assert truce_status("announced", broken) == "violated", broken
    # a truce's own end is an end; another event's start is not the truce's
    for ended in (
        "The humanitarian pause in the fighting ended at 8 p.m. (1800 GMT), the army said.",
        "The three-day suspension of hostilities ended at noon Friday.",
    ):
        assert truce_time_in(ended) is None, ended
    spanned = truce_time_in(
        "The truce is due at 2100 GMT, and aid deliveries will begin at 0600 GMT on Saturday."
    )
    assert spanned is not None and spanned.startswith("2100 GMT")
    # seen is not observed; a but later in the sentence still breaks the silence; a claim
    # rejected is no holding
    for not_holding in (
        "Since the truce took effect, Vellian drones were observed over Ostia almost daily.",
        "Guns in Ostia were silent on Monday, as both sides prepared for talks, but shelling "
        "resumed overnight.",
        "Klowland rejected claims that the truce was being observed.",
    ):
        assert truce_status("announced", not_holding) != "holding", not_holding
    # talks postponed, or a truce that failed as planned but came after, keep its instant
    assert not timeline.start_called_off(
        "Talks in Ostia on extending the ceasefire between Vellia and Klowland were postponed."
    )
    assert not timeline.start_called_off(
        "The ceasefire failed to take effect as planned on Monday, but came into force at 0400 "
        "GMT on Tuesday."
    )
    # another's denial quoted is not the speaker's
    massed = "Vellian troops massed on the Klowish border, 12,000 soldiers backed by tanks."
    assert (
        role_from_wording(
            "Vellia", "belligerent", [massed, 'Vellia said Klowland "is not a party to the truce".']
        )
        == "belligerent"
    )


def test_reviewed_a_separate_local_truce_that_began_that_day_is_not_the_episodes() -> None:
    from handwritten import truce_extraction

    from summarizer.merge.briefing import merge

    timed = truce_extraction(
        "a",
        "2031-10-10",
        "The ceasefire between Vellia and Klowland took effect at 0400 GMT on Friday.",
        parties=("Vellia", "Klowland"),
        announced_by=None,
        when="0400 GMT on Friday",
    )
    local = truce_extraction(
        "b",
        "2031-10-12",
        "A separate local truce between the Ostia Liberation Front and the Klowish police that "
        "began on Friday collapsed on Saturday.",
        parties=("Ostia Liberation Front", "Klowish police"),
        announced_by=None,
        status="collapsed",
    )
    statuses = {a.effective_at: a.status for a in merge([timed, local]).ceasefire_attempts}
    assert statuses["2031-10-10T04:00:00+00:00"] == "announced"


# --- round 34 (scored sealed, then opened) ----------------------------------------------


def test_a_clippings_transcribed_date_is_its_anchor_not_its_comments() -> None:
    text = (
        "MEMORY PROJECT\n\nHome   Missions   Clippings\n\n"
        "Clipping transcribed from The Klow Press wire, Sept. 16, 2031. Spelling as in the "
        "original.\n\n"
        "OSTIA (KP) - Vellian peacekeepers exchanged fire with Klowish troops after a ceasefire "
        "took effect at noon local time (1000 GMT) Wednesday, officials said.\n\n"
        "Posted by reader on 3 March 2039, 21:14\nI was there.\n"
    )
    assert timeline.anchor(text).day == date(2031, 9, 16)


def test_ceasing_all_combat_operations_is_a_truce_and_one_ignored_is_violated() -> None:
    assert speaks_of_truce(
        'Ana Vell announced that Klowish forces would "cease all combat operations" in the '
        "Ostia area from 6pm (1600 GMT) on Saturday."
    )
    assert (
        truce_status(
            "announced",
            "The Klowish halt declared by Ana Vell for 1800 hours Saturday was ignored by both "
            "sides, observers said.",
        )
        == "violated"
    )
    for other in ("The warning was ignored.", "If the truce is ignored, talks will end."):
        assert truce_status("announced", other) != "violated", other


def test_a_halt_that_applies_from_this_moment_starts_at_the_statements_clock() -> None:
    text = (
        "Ivo Brand's movement said on Monday it would stop firing rockets at Vellia.\n"
        "The statement was published at about 1 a.m. on Monday and said the halt applied "
        '"from this moment".\n'
    )
    [(cited, when)] = _found(text)
    assert cited == [2] and when is not None and when.startswith("1 a.m")


def test_a_dateline_of_two_clocks_gives_no_zone_of_its_own() -> None:
    from summarizer.merge.ceasefires import _dateline_places

    # Dubai keeps UTC+4, Aden UTC+3: the fighting's clock decides
    assert _dateline_places(("DUBAI", "ADEN"), [], "Asia/Aden") == ("ADEN",)
    assert _dateline_places(("DUBAI", "ADEN"), [], None) == ()
    assert _dateline_places(("ADEN",), [], None) == ("ADEN",)


def test_a_dispatch_from_two_towns_on_a_weekday_is_read_from_that_day() -> None:
    text = (
        "THE KLOW STANDARD\n\nArchive > 2031 > The Standard > Friday 26 September 2031 > Page 1\n\n"
        "TRUCE ON THE BORDER FROM MIDNIGHT\n\nFrom our correspondents\n"
        "KLOW and VELL, Thursday\n\n"
        "A cease-fire arranged by Ostia is to come into force at midnight tonight (2100 GMT) "
        "along the border, officials said.\n"
    )
    assert timeline.anchor(text).day == date(2031, 9, 25)


def test_fighting_that_broke_out_is_no_truce_broken() -> None:
    assert (
        truce_status(
            "announced",
            "The foreign ministers of Klowland and Vellia signed an agreement in Lima this "
            "morning to end the fighting which broke out on their border last month.",
        )
        != "violated"
    )
    assert truce_status("announced", "Klowish troops broke the truce on Monday.") == "violated"


def test_a_reposted_dispatch_is_dated_by_when_it_first_appeared() -> None:
    text = (
        "Home > History > From the Archive\n\n"
        "FROM THE ARCHIVE | Posted 03/14/2052 | 1,284 views\n\n"
        '"Rebels announce cease-fire"\n'
        "This dispatch first appeared in our sister paper on Monday, January 17, 2033. We "
        "reproduce it as printed.\n\n"
        "KLOW, Jan. 16 -- The rebel radio announced a cease-fire last night.\n"
    )
    # (its dateline, filed the day before it appeared, is the day its "last night" means)
    assert timeline.anchor(text).day == date(2033, 1, 16)
