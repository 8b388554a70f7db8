"""When a truce starts, read from the wording: its end is no start, a zoneless clock takes
the zone its sentence or another source writes, its day is the one its own clause writes.

Every article, sentence and extraction here is HAND-WRITTEN about invented states
(Ruritania, Borduria); the clocks are read in real zones (Athens, Rome, Lima) from tzdata.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from summarizer.extract.grounding import starts_truce, truce_status, truce_time_in
from summarizer.extract.passes import CeasefiresResponse
from summarizer.extract.truce_wording import continues_truce
from summarizer.merge.briefing import merge
from summarizer.models import ArticleExtraction, CeasefireMention, CeasefireStatus, Evidence
from summarizer.read.articles import Article
from summarizer.reference import timeline

# --- the time model ----------------------------------------------------------------------


def _at(sentence: str, clock: str) -> int:
    return sentence.index(clock)


def test_a_clock_after_end_wording_is_when_the_truce_ends() -> None:
    ended = "The 48-hour truce ended at midnight Athens time, 2200 GMT on Sunday."
    assert timeline.ends_at(ended, _at(ended, "midnight"))
    ranged = "The truce runs from 9 a.m. Athens time on Friday until midnight on Saturday."
    assert not timeline.ends_at(ranged, _at(ranged, "9 a.m."))
    assert timeline.ends_at(ranged, _at(ranged, "midnight"))
    lapse = "Envoys met shortly before the truce was due to expire at 3:45 p.m. Lima time."
    assert timeline.ends_at(lapse, _at(lapse, "3:45"))


def test_start_wording_tells_a_start_from_an_announcement() -> None:
    start = "The truce took effect on Tuesday at 0400 GMT, Ruritanian officials said."
    assert timeline.begins_at(start, _at(start, "0400"))
    announced = "The envoy announced the truce at about 6 p.m. Lima time on Monday."
    assert not timeline.begins_at(announced, _at(announced, "6 p.m."))


def test_a_truce_from_a_weekday_written_ahead_lies_after_the_anchor() -> None:
    friday = date(2031, 3, 7)
    headline = "Ruritania and Borduria accept a two-month truce from Saturday evening"
    assert timeline.dated("Saturday evening", friday, headline, truce_start=True) == date(
        2031, 3, 8
    )
    # Written as past, or not as a truce's start, it is the Saturday before.
    began = "The truce that began on Saturday evening held, envoys said."
    assert timeline.dated("Saturday evening", friday, began, truce_start=True) == date(2031, 3, 1)
    assert timeline.dated("Saturday evening", friday, headline) == date(2031, 3, 1)


def test_a_clocks_day_is_the_one_its_own_clause_writes() -> None:
    wednesday = date(2031, 3, 5)
    sentence = (
        "Talks ended on Monday, and the truce took effect on Tuesday at 0400 GMT, or 6 a.m. "
        "in Athens."
    )
    assert timeline.day_near(sentence, _at(sentence, "0400"), wednesday) == date(2031, 3, 4)
    assert timeline.day_near("The truce took effect at 0400 GMT.", 24, wednesday) is None


# --- reading the time from the wording (the validator) -------------------------------------


def test_the_wording_reader_never_takes_an_end_for_the_start() -> None:
    assert truce_time_in("The 48-hour truce ended at midnight Athens time (2200 GMT).") is None
    ranged = "The truce runs from 9 a.m. Athens time on Friday until midnight on Saturday."
    assert truce_time_in(ranged) == "9 a.m. Athens time on Friday until midnight"
    assert starts_truce(ranged)
    assert not starts_truce("The envoy announced the truce at about 6 p.m. Lima time.")


def _validated(item: dict[str, object], *sentences: str) -> tuple[CeasefiresResponse, list[str]]:
    article = Article(id="t", path="t.txt", text="\n".join(sentences) + "\n")
    notes: list[str] = []
    response = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article, "realigned": notes}
    )
    return response, notes


def _item(sentences: list[int], when: str | None) -> dict[str, object]:
    return {
        "sentences": sentences,
        "announced_by": None,
        "mediators": [],
        "parties": ["Ruritania", "Borduria"],
        "effective_at_text": when,
        "status": "announced",
    }


def test_words_that_give_no_time_are_replaced_by_the_sentences_time() -> None:
    sentence = (
        "Ruritania announced the truce with Borduria in a statement issued at about 1.30am "
        "Athens time on Sunday, saying it took effect immediately."
    )
    response, notes = _validated(_item([1], "immediately"), sentence)
    assert response.ceasefires[0].effective_at_text == "1.30am Athens time"
    assert any("read from sentence 1" in n for n in notes)


def test_of_two_timed_sentences_the_one_that_writes_the_start_gives_the_time() -> None:
    response, _ = _validated(
        _item([1, 2], None),
        "The truce between Ruritania and Borduria took effect on Tuesday at 0400 GMT.",
        "The envoy first announced the truce at about 6 p.m. Lima time on Monday.",
    )
    assert response.ceasefires[0].effective_at_text == "0400 GMT"


# --- through the merge -----------------------------------------------------------------------


def _mention(
    source: str,
    sentence: str,
    when: str | None,
    status: CeasefireStatus = "announced",
    announced_by: str | None = None,
    index: int = 0,
) -> CeasefireMention:
    evidence = Evidence(source=source, sentence=index, start=0, end=len(sentence), text=sentence)
    return CeasefireMention(
        announced_by=announced_by,
        mediators=[],
        parties=["Ruritania", "Borduria"],
        effective_at_text=when,
        status=status,
        evidence=[evidence],
    )


def _article(source: str, published: str, *mentions: CeasefireMention) -> ArticleExtraction:
    """A HAND-WRITTEN extraction of an invented truce between two invented states."""
    return ArticleExtraction(
        source=source,
        path=f"{source}.txt",
        sha256="0" * 64,
        title="Truce between Ruritania and Borduria",
        published_at=published,
        ceasefires=list(mentions),
    )


START = (
    "The truce between Ruritania and Borduria took effect at 9 a.m. Athens time (0700 GMT) "
    "on Friday March 7, 2031."
)


def test_a_truce_ending_joins_the_truce_in_force_and_starts_none() -> None:
    ended = "The 36-hour truce ended at midnight Athens time, 2200 GMT on Saturday."
    briefing = merge(
        [
            _article(
                "hw_start",
                "2031-03-07",
                _mention(
                    "hw_start", START, "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031"
                ),
            ),
            _article(
                "hw_end",
                "2031-03-09",
                _mention("hw_end", ended, "midnight Athens time, 2200 GMT on Saturday"),
            ),
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-07T07:00:00+00:00"
    assert {e.source for e in truce.evidence} == {"hw_start", "hw_end"}


def test_a_zoneless_clock_takes_the_zone_its_sentence_writes() -> None:
    sentence = (
        "The pause was meant to run from noon on Friday to midnight on Saturday, Athens time "
        "- 11 p.m. in Rome."
    )
    briefing = merge(
        [_article("hw_pause", "2031-03-08", _mention("hw_pause", sentence, "noon on Friday"))]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-07T10:00:00+00:00"  # noon in Athens (+02:00)


def test_a_zoneless_clock_joins_the_truce_another_source_wrote_with_its_zone() -> None:
    zoned = (
        "The truce between Ruritania and Borduria took effect at 0400 GMT, or 07:00 in Athens, "
        "on Tuesday, March 4, 2031."
    )
    bare = "Speaking hours after the truce took effect at 7 a.m. on Tuesday, the envoy praised it."
    briefing = merge(
        [
            _article(
                "hw_zoned",
                "2031-03-04",
                _mention(
                    "hw_zoned", zoned, "0400 GMT, or 07:00 in Athens, on Tuesday, March 4, 2031"
                ),
            ),
            _article("hw_bare", "2031-03-05", _mention("hw_bare", bare, "7 a.m. on Tuesday")),
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-04T04:00:00+00:00"
    assert {e.source for e in truce.evidence} == {"hw_zoned", "hw_bare"}


def test_the_announcer_is_named_by_the_mentions_that_give_the_start() -> None:
    held = "The truce between Ruritania and Borduria held for a third day as Ana Vell spoke."
    broken = "Borduria said the truce had been violated twice on Saturday."
    briefing = merge(
        [
            _article(
                "hw_announce",
                "2031-03-07",
                _mention(
                    "hw_announce",
                    START,
                    "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031",
                    announced_by="Zara Kell",
                ),
            ),
            _article(
                "hw_held",
                "2031-03-09",
                _mention("hw_held", broken, None, "violated"),
                _mention("hw_held", held, None, "holding", "Ana Vell", index=1),
            ),
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.announced_by == "zara-kell"
    assert truce.status == "violated"


# --- the weak model's typical slips --------------------------------------------------------


def test_an_extension_starts_when_the_truce_it_extends_lapses() -> None:
    sentence = (
        "Ruritania and Borduria agreed to extend their truce by five days, shortly before it "
        "was set to lapse at 3:45 p.m. Lima time."
    )
    assert timeline.ends_at(sentence, sentence.index("3:45"))
    assert not timeline.ends_truce(sentence, sentence.index("3:45"))
    assert truce_time_in(sentence) == "3:45 p.m. Lima time"


def test_a_day_with_no_hour_takes_the_hour_another_truce_sentence_gives_that_day() -> None:
    headline = "Ruritania and Borduria accept a two-month truce from Saturday evening"
    lede = (
        "KORVA, 1 April 2031 - Ruritania and Borduria have agreed to a truce that will take "
        "effect at 7 p.m. Athens time (1600 GMT) on Saturday, the envoy announced on Friday."
    )
    response, notes = _validated(_item([1], "Saturday evening"), headline, lede)
    [truce] = response.ceasefires
    assert truce.effective_at_text == "7 p.m. Athens time (1600 GMT)"
    assert truce.sentences == [1, 2]
    assert any("read from sentence 2" in n for n in notes)
    # Two sentences that could give it: none is taken.
    other = "A truce between Ruritania and Vell began at 6 p.m. on Saturday, envoys said."
    response, _ = _validated(_item([1], "Saturday evening"), headline, lede, other)
    assert response.ceasefires[0].effective_at_text == "Saturday evening"


def test_an_immediate_truce_takes_the_hour_its_declaration_was_issued() -> None:
    lede = (
        "Ruritania's presidency declared an immediate ceasefire in the Klow valley on "
        "Saturday, but Bordurian militias kept firing."
    )
    issued = (
        "The decree, issued at 9 a.m. Athens time (0600 GMT), ordered all units to halt "
        "combat operations at once."
    )
    response, notes = _validated(_item([1], "Saturday"), lede, issued)
    [truce] = response.ceasefires
    assert truce.effective_at_text == "9 a.m. Athens time (0600 GMT)"
    assert truce.sentences == [1, 2]
    assert any("read from sentence 2" in n for n in notes)
    # A truce that is not immediate does not start when a statement about it was issued.
    later = lede.replace("an immediate", "a")
    response, _ = _validated(_item([1], "Saturday"), later, issued.replace(" at once", ""))
    assert response.ceasefires[0].effective_at_text == "Saturday"


def test_a_clause_with_an_abbreviated_pm_still_gives_its_clock_the_day() -> None:
    friday = date(2031, 3, 7)
    sentence = "The truce will take effect at 7 p.m. Athens time (1600 GMT) on Saturday."
    assert timeline.day_near(sentence, sentence.index("7 p.m."), friday) == date(2031, 3, 8)


def test_a_party_named_two_ways_is_one_party() -> None:
    from summarizer.merge.ceasefires import _same_group

    assert _same_group("velk-forces", "velks")
    assert _same_group("rapid-velk-forces", "rvf")
    assert not _same_group("velk-forces", "korva-army")
    # One name, but a state's army and the rebels fighting it; two fronts sharing a word.
    assert not _same_group("velk-army", "velk-rebels")
    assert not _same_group("klow-liberation-front", "velk-liberation-army")
    assert not _same_group("klow-people-s-front", "velk-people-s-guard")


def test_a_report_naming_the_day_its_truce_began_joins_that_days_truce() -> None:
    first = "The truce between Ruritania and Borduria took effect at 0700 GMT on March 1, 2031."
    second = "A new truce between Ruritania and Borduria took effect at 0700 GMT on March 8, 2031."
    report = "Four soldiers were killed since the truce began on March 8, Borduria said."
    briefing = merge(
        [
            _article(
                "hw_first", "2031-03-01", _mention("hw_first", first, "0700 GMT on March 1, 2031")
            ),
            _article(
                "hw_second",
                "2031-03-08",
                _mention("hw_second", second, "0700 GMT on March 8, 2031"),
            ),
            _article(
                "hw_report", "2031-03-12", _mention("hw_report", report, "March 8", "violated")
            ),
        ]
    )
    by_day = {t.effective_at: t.status for t in briefing.ceasefire_attempts}
    assert by_day == {
        "2031-03-01T07:00:00+00:00": "announced",
        "2031-03-08T07:00:00+00:00": "violated",
    }


# Two truces of invented states: a local one on 1 March, a general one on 3 March.
_LOCAL = "A local truce between Ruritania and Borduria took effect at 1500 GMT on March 1, 2031."
_GENERAL = "Ruritania and Borduria agreed to a ceasefire from 1400 GMT on March 3, 2031."


def _two_truces_and(*reports: tuple[str, str, str, str, CeasefireStatus]) -> dict[str, str]:
    """{instant: status} of the two truces, with reports (source, day, text, day words,
    status) merged beside them."""
    articles = [
        _article("hw_a", "2031-03-01", _mention("hw_a", _LOCAL, "1500 GMT on March 1, 2031")),
        _article("hw_b", "2031-03-03", _mention("hw_b", _GENERAL, "1400 GMT on March 3, 2031")),
        *(
            _article(src, day, _mention(src, text, when, status))
            for src, day, text, when, status in reports
        ),
    ]
    return {t.effective_at or "": t.status for t in merge(articles).ceasefire_attempts}


def test_a_report_on_the_ceasefire_is_on_the_last_truce_begun_by_its_day() -> None:
    """A local truce collapsed; a general one followed; "the ceasefire was broadly holding"
    two days later reports the general one, and the day after the first only the first."""
    held = "The ceasefire between Ruritania and Borduria was broadly holding on Tuesday."
    broke = "The ceasefire between Ruritania and Borduria broke down overnight on Sunday."
    assert _two_truces_and(
        ("hw_c", "2031-03-04", held, "Tuesday", "holding"),
        ("hw_d", "2031-03-02", broke, "Sunday", "collapsed"),
    ) == {"2031-03-01T15:00:00+00:00": "collapsed", "2031-03-03T14:00:00+00:00": "holding"}
    # A report written after both that names the first as the earlier truce is the first's.
    first_gone = (
        "Envoys secured the deal on Monday after a first truce between Ruritania and Borduria "
        "collapsed on Sunday."
    )
    held_first = "The truce between Ruritania and Borduria was holding on Tuesday."
    assert _two_truces_and(
        ("hw_c", "2031-03-04", held_first, "Tuesday", "holding"),
        ("hw_e", "2031-03-04", first_gone, "Tuesday", "collapsed"),
    ) == {"2031-03-01T15:00:00+00:00": "collapsed", "2031-03-03T14:00:00+00:00": "holding"}
    # ... but one that names the earlier truce beside the one it reports is the current one's
    beside = (
        "The truce between Ruritania and Borduria was holding on Tuesday, two days after an "
        "earlier ceasefire broke down."
    )
    assert (
        _two_truces_and(("hw_c", "2031-03-04", beside, "Tuesday", "holding"))[
            "2031-03-03T14:00:00+00:00"
        ]
        == "holding"
    )


def test_a_truce_an_undated_article_places_a_week_off_joins_its_week() -> None:
    dated = (
        "Ruritania and Borduria agreed to a truce that will take effect at 7 p.m. Athens time "
        "(1700 GMT) on Saturday, the envoy said."
    )
    undated = "The truce that began at 7 p.m. Athens time on Saturday largely held, Borduria said."
    truce = _article(
        "hw_dated",
        "2031-03-07",
        _mention("hw_dated", dated, "7 p.m. Athens time (1700 GMT) on Saturday"),
    )
    # The undated report's own days put it a week earlier than the dated sources.
    report = _article(
        "hw_undated",
        "",
        _mention("hw_undated", undated, "7 p.m. Athens time on Saturday", "holding"),
    ).model_copy(update={"published_at": None})
    other = _article(
        "hw_other",
        "2031-03-02",
        _mention("hw_other", "Borduria said on Sunday the border was calm.", None, index=3),
    ).model_copy(update={"ceasefires": []})
    briefing = merge([truce, report, other])
    assert [t.effective_at for t in briefing.ceasefire_attempts] == ["2031-03-08T17:00:00+00:00"]


def test_a_clock_with_no_day_written_is_on_the_day_the_article_reports() -> None:
    signed = (
        "The two envoys signed the truce at about 4.30 p.m. local time (1430 GMT), and it took "
        "effect on signing."
    )
    briefing = merge(
        [
            _article(
                "hw_signed",
                "2031-03-05",
                _mention("hw_signed", signed, "4.30 p.m. local time (1430 GMT)"),
            )
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-05T14:30:00+00:00"


def test_a_future_told_in_the_past_counts_from_the_day_it_was_said() -> None:
    sentence = (
        "Borduria said on Tuesday that a truce it had arranged would begin at 9 am Athens "
        "time on Tuesday, but the fighting continued after that."
    )
    # Printed on Wednesday 5 March 2031: that Tuesday is the 4th, not the 11th.
    assert timeline.dated(
        "9 am Athens time on Tuesday", date(2031, 3, 5), sentence, truce_start=True
    ) == date(2031, 3, 4)
    assert timeline.day_near(sentence, sentence.find("9 am"), date(2031, 3, 5)) == date(2031, 3, 4)
    ahead = "Officials said on Friday the truce would begin on Sunday."
    assert timeline.dated("on Sunday", date(2031, 3, 7), ahead, truce_start=True) == date(
        2031, 3, 9
    )
    assert truce_status("announced", sentence) == "violated"


def test_wording_near_a_truce_that_reports_no_status() -> None:
    for sentence in (
        "Fighting continued until the ceasefire took effect at midnight.",
        "A ceasefire was announced on Monday after attacks continued for a week.",
        "Under the truce, both armies are holding their positions along the river.",
        "The ceasefire talks, which Syldavia is holding in Klow, resume on Monday.",
    ):
        assert truce_status("announced", sentence) == "announced", sentence
    # A date weeks back after "agreed" is no day of saying: Saturday is still ahead.
    ahead = "The truce, agreed on 19 January, will end on Saturday."
    assert timeline.dated("on Saturday", date(2031, 3, 12), ahead) == date(2031, 3, 15)


def test_a_time_given_short_takes_the_fuller_wording_its_sentences_write() -> None:
    # A day answered, where its clause also gives the hour the truce took effect.
    took = (
        "Borduria said Ruritanian troops fired on Klow in violation of the truce that took "
        "effect at 15:00 Athens time on Friday."
    )
    response, notes = _validated(_item([1], "Friday"), took)
    assert response.ceasefires[0].effective_at_text == "15:00 Athens time on Friday"
    assert notes
    # A zoneless clock that another truce sentence writes with its GMT reading.
    short = "The defence chiefs agreed a truce from 16:00, but shelling went on near Klow."
    full = "TRUCE AGREED - Ruritania and Borduria agreed a ceasefire from 16:00 (1000 GMT) today."
    response, _ = _validated(_item([1], "16:00"), short, full)
    [truce] = response.ceasefires
    assert truce.effective_at_text == "16:00 (1000 GMT)"
    assert truce.sentences == [1, 2]
    # Two different readings written: none is taken.
    other = "A separate truce in Szohod began at 16:00 (1100 GMT) on Monday."
    response, _ = _validated(_item([1], "16:00"), short, full, other)
    assert response.ceasefires[0].effective_at_text == "16:00"


def test_a_report_naming_its_truces_start_by_clock_and_day_is_that_truces() -> None:
    from summarizer.merge.ceasefires import _written_as_start, _written_in

    earlier = "The two sides confirm the ceasefire in force since Friday."
    report = "The ceasefire that took effect at 4 p.m. on Friday had generally held since then."
    assert _written_in("4 p.m. on Friday", (earlier, report)) == report
    assert _written_as_start("4 p.m. on Friday", report)


def test_an_immediate_truce_takes_no_hour_from_a_breach_or_a_refusal_to_comment() -> None:
    lede = "Ruritania declared a truce in Klow on Saturday; Borduria did not immediately comment."
    breach = "Shelling resumed at 9 p.m. despite the ceasefire, residents said."
    response, _ = _validated(_item([1], "Saturday"), lede, breach)
    assert response.ceasefires[0].effective_at_text == "Saturday"
    immediate = lede.replace("a truce", "an immediate truce")
    response, _ = _validated(_item([1], "Saturday"), immediate, breach)
    assert response.ceasefires[0].effective_at_text == "Saturday"


def test_status_is_the_latest_report_and_a_collapse_is_final() -> None:
    violated = "Shelling of Vell went on into the night despite the truce, Borduria said."
    held = "The truce has held since Saturday, with no shelling reported in Vell."
    collapsed = "The truce between Ruritania and Borduria collapsed on Monday."

    def status(*reports: tuple[str, str, str, CeasefireStatus]) -> tuple[str, list[str]]:
        when = "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031"
        articles = [_article("hw_start", "2031-03-07", _mention("hw_start", START, when))]
        articles += [
            _article(source, day, _mention(source, text, None, status))
            for source, day, text, status in reports
        ]
        [truce] = merge(articles).ceasefire_attempts
        return truce.status, [h.status for h in truce.history]

    # Violated on its first night, holding two days later: it holds; both stay in history.
    assert status(
        ("hw_night", "2031-03-07", violated, "violated"),
        ("hw_later", "2031-03-09", held, "holding"),
    ) == ("holding", ["announced", "holding", "violated"])
    # The same reports in the other order of days: violated.
    assert (
        status(
            ("hw_night", "2031-03-09", violated, "violated"),
            ("hw_later", "2031-03-08", held, "holding"),
        )[0]
        == "violated"
    )
    # A collapse is final, whatever is reported after it.
    assert (
        status(
            ("hw_gone", "2031-03-08", collapsed, "collapsed"),
            ("hw_later", "2031-03-09", held, "holding"),
        )[0]
        == "collapsed"
    )


def test_a_truce_taking_hold_holds_and_the_fighting_it_ended_breaks_nothing() -> None:
    assert (
        truce_status("announced", "Day three in Vell: truce takes hold after barrages") == "holding"
    )
    ended = (
        "A ceasefire between Ruritania and Borduria came into force at 2am on Friday, "
        "ending 11 days of fighting that killed hundreds of people."
    )
    assert truce_status("violated", ended) == "announced"
    assert truce_status("violated", "The truce began at 2am, but shelling went on.") == "violated"


def test_a_status_the_cited_sentences_do_not_state_is_not_given_to_the_item() -> None:
    # The collapse of Wednesday's truce, elsewhere in the article, is no status of Friday's:
    # a status is tied to its own sentence (it becomes a report of its own).
    response, notes = _validated(
        {**_item([2], "16:00"), "status": "announced"},
        "A truce agreed by Ruritania and Borduria on Wednesday broke down on Thursday.",
        "The two security chiefs agreed a ceasefire from 16:00 today, officials said.",
    )
    [truce] = response.ceasefires
    assert truce.status == "announced"
    assert not any("collapsed" in n for n in notes)


def test_the_agreement_the_sentence_before_names_as_a_truce_gives_its_time() -> None:
    sentences = (
        "Borduria's president flew to Vell on Friday and obtained a ceasefire between "
        "Ruritania and the Klow groups.",
        "The agreement was signed at about 19:00 local time (21:00 in Strelsau) on Friday.",
    )
    # The model paraphrased the time and cited only the truce sentence.
    item = {**_item([1], "Friday, 24 May 2031 at 19:00 local time (21:00 in Strelsau)")}
    response, _ = _validated(item, *sentences)
    [truce] = response.ceasefires
    assert truce.effective_at_text == "19:00 local time (21:00 in Strelsau)"
    assert truce.sentences == [1, 2]
    # Words that say no time at all are left out, not kept as a time.
    response, _ = _validated(_item([1], "In a televised statement"), *sentences)
    assert response.ceasefires[0].effective_at_text != "In a televised statement"
    # "The agreement" after a sentence with no truce is no truce's.
    assert not continues_truce("The agreement was signed at 19:00.", "Talks opened in Vell.")


def test_review_counterexamples_for_truce_times_and_status() -> None:
    # A later announcement of "the deal" gives no start.
    response, _ = _validated(
        {**_item([1], None), "parties": ["Chile", "Peru"]},
        "Chile and Peru agreed a ceasefire on Monday.",
        "The deal was announced at 18:00 in Lima by the foreign ministers.",
    )
    assert response.ceasefires[0].effective_at_text is None
    # A start written with no clock is kept.
    response, _ = _validated(
        {**_item([1], "48 hours after the signing"), "parties": []},
        "The ceasefire will take effect 48 hours after the signing, officials said.",
    )
    assert response.ceasefires[0].effective_at_text == "48 hours after the signing"
    # Fighting after the truce began breaks it.
    assert truce_status("violated", "Hours after the truce began heavy fighting was reported.") == (
        "violated"
    )


def test_fighting_a_truce_was_brokered_after_breaks_nothing() -> None:
    text = "A ceasefire was brokered between Chile and Peru after fighting erupted this week."
    assert truce_status("violated", text) == "announced"


def test_a_pause_the_sentence_before_names_gives_its_time_written_the_french_way() -> None:
    # "The pause begins at ..." after "not a ceasefire but a pause": the same truce
    response, _ = _validated(
        _item([1], "22:00 local time (1900 GMT)"),
        "Ruritania's foreign minister insists this is not a ceasefire with Borduria but a pause.",
        "The pause begins at 22:00 local time (1900 GMT), his office later clarified.",
    )
    [item] = response.ceasefires
    assert item.effective_at_text and "1900 GMT" in item.effective_at_text
    # "entered into force ... at 21h00 Paris time": the French clock, and Paris is France's
    # even in an article about a state with a small town of that name
    response, _ = _validated(
        _item([1], "Thursday at 21h00 Paris time"),
        "Three days on, the Ruritania-Borduria truce negotiated by the Syldavian envoy is "
        "holding only in part.",
        "The pause, which entered into force on Thursday at 21h00 Paris time, was meant to "
        "last five days.",
    )
    [item] = response.ceasefires
    assert item.effective_at_text == "Thursday at 21h00 Paris time"
    [reading] = timeline.readings(
        "at 21h00 Paris time", day=date(2031, 10, 16), countries=("USA", "TUR")
    )
    assert (reading.hour, str(reading.zone)) == (21, "Europe/Paris")
    assert (
        truce_status(
            "announced", "The truce negotiated by the Syldavian envoy is holding only in part."
        )
        == "violated"  # held in part: broken somewhere
    )


def test_plain_wordings_of_a_truce_and_their_times() -> None:
    from summarizer.extract.truce_wording import speaks_of_truce

    for sentence, time in [
        ("The two sides agreed to cease fire from midnight.", "midnight"),
        ("The council demanded an immediate cessation of all hostilities.", None),
        ("Borduria agreed to suspend its offensive from 22:00.", "22:00"),
    ]:
        assert speaks_of_truce(sentence)
        assert truce_time_in(sentence) == time
    assert not speaks_of_truce("The withdrawal of Ruritanian troops began at dawn.")
    assert not speaks_of_truce("Fighting stopped at 5 p.m. in Klow.")  # a lull, maybe


def test_a_truce_that_collapsed_before_midnight_did_not_begin_then() -> None:
    from summarizer.reference.timeline import ends_at

    for sentence in (
        "The truce collapsed before midnight, when artillery began pounding Vell.",
        "The ceasefire was broken at 3 a.m. on Sunday.",
    ):
        at = sentence.find("midnight") if "midnight" in sentence else sentence.find("3 a.m.")
        assert ends_at(sentence, at), sentence
    assert not ends_at("The truce took effect shortly before midnight.", 37)


def test_a_new_truce_takes_no_status_from_the_old_one_reported_beside_it() -> None:
    """ "Truce collapses, fresh ceasefire agreed": the collapse is the old truce's, both in
    the new truce's own item and as a status report of the article."""
    from summarizer.extract.article import _status_reports
    from summarizer.extract.passes import to_mention

    sentences = (
        "Border truce collapses, fresh ceasefire agreed after night of shelling",
        "The truce agreed by local commanders on Saturday collapsed on Sunday evening.",
        "Ruritania and Borduria agreed a new ceasefire that took effect at noon (0500 GMT) on "
        "Monday.",
    )
    item = {**_item([1, 2, 3], "noon (0500 GMT) on Monday"), "status": "collapsed"}
    response, notes = _validated(item, *sentences)
    [truce] = response.ceasefires
    assert (truce.status, truce.sentences) == ("announced", [3]), notes
    article = Article(id="t", path="t.txt", text="\n".join(sentences) + "\n")
    mention = to_mention(truce, CeasefireMention, article)
    reports = _status_reports(article, {"ceasefires": [mention]})
    assert [(r.status, [e.sentence for e in r.evidence]) for r in reports] == [("collapsed", [2])]
    # Naming the old truce by the day it was agreed, beside the new one, it is a report: the
    # merge places it on the truce of that day.
    both = Article(
        id="b",
        path="b.txt",
        text="The truce agreed on Saturday collapsed on Sunday, before a fresh ceasefire was "
        "agreed on Monday.\n",
    )
    assert [r.status for r in _status_reports(both, {"ceasefires": []})] == ["collapsed"]
    # A truce agreed on one day and in force from another is one truce.
    agreed = (
        "Ruritania and Borduria agreed in Korva on Thursday to a truce from midnight (2200 GMT) "
        "on Saturday.",
        "The truce agreed on Thursday was violated on Sunday when Bordurian guns shelled Klow.",
    )
    item = {**_item([1, 2], "midnight (2200 GMT) on Saturday"), "status": "violated"}
    [truce], _ = _validated(item, *agreed)[0].ceasefires, None
    assert (truce.status, truce.sentences) == ("violated", [1, 2])
    # "The renewed truce collapsed": the new truce's own collapse.
    renewed = (
        "A new ceasefire between Ruritania and Borduria took effect at noon (0900 GMT) on Monday.",
        "The renewed truce collapsed on Wednesday after Bordurian shelling of Klow.",
    )
    item = {**_item([1, 2], "noon (0900 GMT) on Monday"), "status": "collapsed"}
    [truce], _ = _validated(item, *renewed)[0].ceasefires, None
    assert truce.status == "collapsed"


def test_a_zoneless_start_takes_the_zone_another_sentence_writes_for_it() -> None:
    # A paper in another zone (Rome) writes "midnight tonight"; the next sentence gives the
    # same start with the fighting's zone, as military copy writes midnight.
    tonight = (
        "ROME - Ruritania and Borduria have agreed an immediate ceasefire, to take effect at "
        "midnight tonight, the envoy announced."
    )
    zoned = (
        "The envoy said the truce would begin at 2400 hours Athens time, which is 11 p.m. "
        "in Rome, and called it a first step."
    )
    response, notes = _validated(_item([1], "midnight tonight"), tonight, zoned)
    [truce] = response.ceasefires
    assert truce.sentences == [1, 2]
    assert truce.effective_at_text == "midnight tonight"  # the model's words, with their day
    assert any("written in sentence 2" in n for n in notes)
    mention = CeasefireMention(
        announced_by=None,
        mediators=[],
        parties=["Ruritania", "Borduria"],
        effective_at_text="midnight tonight",
        status="announced",
        evidence=[
            Evidence(source="hw_rome", sentence=n, start=0, end=len(t), text=t)
            for n, t in ((1, tonight), (2, zoned))
        ],
    )
    article = _article("hw_rome", "2031-03-07", mention).model_copy(update={"dateline": ["Rome"]})
    [attempt] = merge([article]).ceasefire_attempts
    # midnight ending 7 March in Athens (+02:00), not in Rome (+01:00)
    assert attempt.effective_at == "2031-03-07T22:00:00+00:00"
    # Without the zoned sentence the dateline's zone is all there is: an hour later.
    alone = mention.model_copy(update={"evidence": mention.evidence[:1]})
    article = article.model_copy(update={"ceasefires": [alone]})
    [attempt] = merge([article]).ceasefire_attempts
    assert attempt.effective_at == "2031-03-07T23:00:00+00:00"


def test_a_truce_only_called_for_is_no_attempt_but_its_sides_are_the_wars() -> None:
    called = (
        "The council called for an immediate ceasefire between Ruritania and Borduria, "
        "and officials said they were pressing for a truce to take effect within days."
    )
    proposal = _mention("hw_call", called, None)
    start = _mention("hw_start", START, "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031")
    briefing = merge(
        [_article("hw_start", "2031-03-07", start), _article("hw_call", "2031-03-08", proposal)]
    )
    assert [a.effective_at for a in briefing.ceasefire_attempts] == ["2031-03-07T07:00:00+00:00"]
    assert any("only called or pressed for" in s.reason for s in briefing.set_aside)
    # A truce agreed in the same words is an attempt.
    agreed = _mention("hw_call", called.replace("pressing for", "agreed"), None)
    briefing = merge(
        [_article("hw_start", "2031-03-07", start), _article("hw_call", "2031-03-08", agreed)]
    )
    assert not any("only called" in s.reason for s in briefing.set_aside)


@pytest.mark.parametrize(
    ("sought", "when"),
    [
        # the day of the effort, not of any truce
        (
            "The Union stepped up efforts on Thursday to end the fighting between Ruritania "
            "and Borduria, its chairman in contact with both capitals.",
            "Thursday",
        ),
        ("Union steps up bid for Ruritania-Borduria ceasefire", None),
        ('The committee called on Ruritania and Borduria to "stop all hostilities".', None),
    ],
)
def test_an_effort_or_a_bid_to_end_the_fighting_is_no_attempt(
    sought: str, when: str | None
) -> None:
    proposal = _mention("hw_call", sought, when)
    start = _mention("hw_start", START, "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031")
    briefing = merge(
        [_article("hw_start", "2031-03-07", start), _article("hw_call", "2031-03-06", proposal)]
    )
    assert [a.effective_at for a in briefing.ceasefire_attempts] == ["2031-03-07T07:00:00+00:00"]
    assert any("only called or pressed for" in s.reason for s in briefing.set_aside)


def test_a_truce_timed_before_the_call_it_answers_is_an_attempt() -> None:
    answered = (
        "From 6 a.m. Athens time on Friday, Ruritania and Borduria will stop firing, "
        "answering the UN's call to end the fighting."
    )
    mention = _mention("hw_answer", answered, "6 a.m. Athens time on Friday")
    briefing = merge([_article("hw_answer", "2031-03-05", mention)])
    [attempt] = briefing.ceasefire_attempts
    assert attempt.effective_at is not None and attempt.effective_at.endswith("T04:00:00+00:00")
    assert not any("only called" in s.reason for s in briefing.set_aside)


def test_a_guessed_zone_giving_a_written_truces_very_instant_is_that_truce() -> None:
    """A report whose zone is guessed from the parties lands on the very instant another
    source writes with its zone: that truce, not one a source places at the same clock a
    day off (an undated report's "this morning")."""
    written = "Kenya and Tanzania agreed to a truce from 0300 GMT on Thursday, March 6."
    guessed = (
        "Tanzania accused Kenya of breaking the truce within hours of its coming into force "
        "at 6 a.m. on Thursday."
    )
    day_off = "The truce took effect at 6 a.m. Nairobi time on Friday, March 7."
    sides = {"parties": ["Kenya", "Tanzania"]}
    mentions = [
        ("hw_written", "2031-03-06", written, "0300 GMT on Thursday, March 6", "announced"),
        ("hw_guessed", "2031-03-08", guessed, "6 a.m. on Thursday", "violated"),
        ("hw_day_off", "2031-03-07", day_off, "6 a.m. Nairobi time on Friday, March 7", "holding"),
    ]
    briefing = merge(
        [
            _article(source, day, _mention(source, text, when, status).model_copy(update=sides))
            for source, day, text, when, status in mentions
        ]
    )
    by_instant = {
        a.effective_at: {e.source for h in a.history for e in h.evidence}
        for a in briefing.ceasefire_attempts
    }
    assert by_instant["2031-03-06T03:00:00+00:00"] == {"hw_written", "hw_guessed"}


def test_a_time_the_sentence_gives_another_event_is_not_the_truces() -> None:
    # The clock of a strike in a clause that names no truce: no time, and none re-read.
    strike = (
        "Nine civilians were killed when a missile struck a block in Klow shortly after 2am "
        "on Sunday, Borduria said, barely fourteen hours after a ceasefire with Ruritania "
        "agreed in Athens was due to take hold."
    )
    response, notes = _validated(_item([1], "shortly after 2am on Sunday"), strike)
    assert response.ceasefires[0].effective_at_text is None
    assert any("time of another event" in n for n in notes)
    # The day it collapsed, where the sentence writes when it was to start: the start.
    collapsed = (
        "A ceasefire between Ruritania and Borduria, which was meant to start at 11 a.m. "
        "Athens time on Saturday, had all but collapsed by Monday."
    )
    response, _ = _validated(_item([1], "Monday"), collapsed)
    assert response.ceasefires[0].effective_at_text == "11 a.m. Athens time"
    # A clock's own colon ends no clause: the day of "a ceasefire from 16:00 (1000 GMT) on
    # Friday" is the truce's, and stays.
    agreed = "Ruritania and Borduria agreed on a ceasefire from 16:00 (1000 GMT) on Friday."
    response, notes = _validated(_item([1], "Friday"), agreed)
    assert not any("another event" in n or "(its start)" in n for n in notes)


def test_an_undated_truce_a_week_off_joins_its_week_whichever_side_it_names() -> None:
    # As above, but each source names a different side of the same truce.
    dated = _mention(
        "hw_dated",
        "Ruritania agreed to a truce that will take effect at 7 p.m. Athens time (1700 GMT) "
        "on Saturday, the envoy said.",
        "7 p.m. Athens time (1700 GMT) on Saturday",
    ).model_copy(update={"parties": ["Ruritania"]})
    undated = _mention(
        "hw_undated",
        "The truce with Borduria that began at 7 p.m. Athens time on Saturday largely held.",
        "7 p.m. Athens time on Saturday",
        "holding",
    ).model_copy(update={"parties": ["Borduria"]})
    other = _article(
        "hw_other",
        "2031-03-02",
        _mention("hw_other", "Borduria said on Sunday the border was calm.", None, index=3),
    ).model_copy(update={"ceasefires": []})
    briefing = merge(
        [
            _article("hw_dated", "2031-03-07", dated),
            _article("hw_undated", "", undated).model_copy(update={"published_at": None}),
            other,
        ]
    )
    assert [t.effective_at for t in briefing.ceasefire_attempts] == ["2031-03-08T17:00:00+00:00"]


def test_one_start_written_twice_in_an_article_is_read_from_its_fullest_wording() -> None:
    headline = "Ruritania and Borduria sign truce; troops to hold fire from 1500 GMT"
    body = (
        "Ruritania and Borduria signed a ceasefire on Friday, and troops were ordered to stop "
        "shooting from 6 p.m. local time (1500 GMT)."
    )
    response, _ = _validated(_item([1, 2], None), headline, body)
    assert response.ceasefires[0].effective_at_text == "6 p.m. local time (1500 GMT)"
    # Two different starts: none is guessed.
    other = body.replace("(1500 GMT)", "(1600 GMT)")
    response, _ = _validated(_item([1, 2], None), headline, other)
    assert response.ceasefires[0].effective_at_text is None


def test_reviewed_counterexamples_of_the_truce_time_rules_keep_their_readings() -> None:
    # The guns falling silent is the truce, whatever killed people before.
    silent = (
        "After a week of shelling that killed 40, the guns fell silent at 6 a.m. on Sunday as "
        "the truce between Ruritania and Borduria took hold."
    )
    response, _ = _validated(_item([1], "6 a.m. on Sunday"), silent)
    assert response.ceasefires[0].effective_at_text == "6 a.m. on Sunday"
    # No zone is borrowed from a truce of another year.
    tonight = (
        "Ruritania and Borduria agreed to a ceasefire that will take effect at midnight tonight."
    )
    old = "A truce between Ruritania and Borduria in 2020 took effect at midnight Athens time."
    response, _ = _validated(_item([1], "midnight tonight"), tonight, old)
    assert response.ceasefires[0].sentences == [1]
    # A call for a timed truce to be respected is about that truce, not a call alone.
    called = (
        "The UN called for the ceasefire between Ruritania and Borduria due to start at 9 a.m. "
        "Athens time (0700 GMT) on Friday March 7, 2031 to be respected."
    )
    mention = _mention("hw_un", called, "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031")
    briefing = merge([_article("hw_un", "2031-03-06", mention)])
    assert [a.effective_at for a in briefing.ceasefire_attempts] == ["2031-03-07T07:00:00+00:00"]


def test_a_report_on_a_truce_of_another_month_is_not_this_truces_status() -> None:
    """ "A Christmas truce agreed in December collapsed within days", in a March article
    beside a truce that took effect on Thursday, reports another truce: neither the item's
    status nor the merged truce's comes from it."""
    assert timeline.month_named("a truce agreed in December collapsed") == 12
    assert timeline.month_named("agreed on 9 December 2030") is None  # a date, not a month
    began = (
        "A ceasefire between Ruritania and Borduria came into effect at noon (1000 GMT) on "
        "Thursday."
    )
    old = "A Christmas truce agreed by the two sides in December collapsed within days."
    article = Article(id="t", path="t.txt", text=f"{began}\n{old}\n", published_at="2031-03-07")
    notes: list[str] = []
    item = {**_item([1, 2], "noon (1000 GMT) on Thursday"), "status": "collapsed"}
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article, "realigned": notes}
    ).ceasefires
    assert truce.status != "collapsed"
    assert any("sentences [2] report another truce" in n for n in notes)
    # Nor does the merge give the truce of March 7 the report's collapse.
    when = "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031"
    articles = [
        _article("hw_start", "2031-03-07", _mention("hw_start", START, when)),
        _article("hw_old", "2031-03-08", _mention("hw_old", old, None, "collapsed")),
    ]
    [merged] = [t for t in merge(articles).ceasefire_attempts if t.effective_at]
    assert merged.status != "collapsed"


_KENYA_TANZANIA = {"parties": ["Kenya", "Tanzania"]}


def test_what_a_sentence_says_of_a_first_truce_is_not_a_later_ones_status() -> None:
    """ "... secured the agreement of both governments on Monday after a first truce
    mediated by Chile, due to begin at midnight on Saturday, collapsed on Sunday": the
    collapse is the first truce's, not the status of the one that took effect on Monday."""
    began = (
        "The ceasefire between Kenya and Tanzania came into force at 2000 GMT on Monday and "
        "was holding on Tuesday."
    )
    first = (
        "The regional pact secured the agreement of both governments on Monday afternoon "
        "after a first truce mediated by Chile, due to begin at midnight on Saturday, "
        "collapsed on Sunday morning."
    )
    article = Article(id="t", path="t.txt", text=f"{began}\n{first}\n", published_at="2031-03-11")
    notes: list[str] = []
    item = {**_item([1, 2], "2000 GMT on Monday"), **_KENYA_TANZANIA, "status": "collapsed"}
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article, "realigned": notes}
    ).ceasefires
    assert truce.status == "holding"
    assert any("sentences [2] report another truce" in n for n in notes)
    # The first truce, cited by its own time there, keeps its collapse.
    notes = []
    item = {**_item([2], "midnight on Saturday"), **_KENYA_TANZANIA, "status": "collapsed"}
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article, "realigned": notes}
    ).ceasefires
    assert truce.status == "collapsed"


def test_a_unilateral_halt_keeps_its_start_from_the_next_sentence_and_loses_no_party() -> None:
    """ "ordered the army to stop all offensive operations, declaring a unilateral
    ceasefire. ... to suspend all offensive fire "as of 12:30 p.m. today" (1830 GMT)": the
    model's "twelve days after" gives no time, the next sentence gives the start; a party
    the article never writes ("Ruritanian army") is left out, not the truce."""
    first = (
        "President Ana Vell on Wednesday ordered the army to stop all offensive operations "
        "against the Klow rebels, declaring a unilateral ceasefire twelve days after the "
        "uprising began."
    )
    second = (
        "In a televised address, Vell said she had instructed the defence ministry to "
        'suspend all offensive fire in the region "as of 12:30 p.m. today" (1830 GMT).'
    )
    item = {**_item([1], "twelve days after the uprising began"), "parties": ["Ruritanian army"]}
    response, notes = _validated(item, first, second)
    [truce] = response.ceasefires
    assert truce.effective_at_text is not None and "1830 GMT" in truce.effective_at_text
    assert truce.parties == []
    assert any("not written in the article, left out" in n for n in notes)


def test_a_datelines_date_is_never_a_truces_time() -> None:
    sentence = (
        "KLOW, Ruritania, Thursday Jan. 13 (Agency) -- The rebels said on Thursday they "
        "would observe the ceasefire declared by the president."
    )
    response, notes = _validated(_item([1], "Thursday Jan. 13 (Agency)"), sentence)
    assert response.ceasefires[0].effective_at_text is None
    assert any("is the dateline's date" in n for n in notes)


def test_half_past_noon_and_fire_after_the_truce_took_effect() -> None:
    assert timeline.clock_time("at half past noon") == timeline.ClockTime(12, 30, None)
    assert timeline.clock_time("a quarter past midnight") == timeline.ClockTime(0, 15, None)
    assert (
        truce_status(
            "announced",
            "The army said rebels had fired on a patrol on Wednesday night, hours after the "
            "ceasefire took effect.",
        )
        == "violated"
    )
    assert truce_status("announced", "Rebels attacked the town before the truce took effect.") == (
        "announced"
    )


def test_reviewed_counterexamples_of_the_truce_rules() -> None:
    """ "the first truce of the war" is this truce; another truce's start in the next
    sentence is not this one's."""
    began = "A ceasefire between Kenya and Tanzania took effect at 6 p.m. on Wednesday."
    first = "The ceasefire, the first truce of the four-month war, was violated within hours."
    article = Article(id="t", path="t.txt", text=f"{began}\n{first}\n", published_at="2031-03-13")
    item = {**_item([1, 2], "6 p.m. on Wednesday"), **_KENYA_TANZANIA, "status": "violated"}
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article, "realigned": []}
    ).ceasefires
    assert truce.status == "violated"
    declared = "Kenya declared a unilateral ceasefire on Wednesday."
    theirs = "The rebels said their own truce would begin at midnight on Friday."
    response, _ = _validated({**_item([1], None), "parties": ["Kenya"]}, declared, theirs)
    assert response.ceasefires[0].effective_at_text is None


def test_a_truce_that_has_largely_held_or_under_which_the_guns_fell_silent_holds() -> None:
    assert truce_status(
        "announced",
        "The accord confirms the truce which came into force at midnight on Friday after "
        "mediation by President Ana Vell, and which has largely held despite sniping.",
    ) in {"holding", "violated"}
    assert (
        truce_status("announced", "Guns in Klow fell largely silent after the ceasefire began.")
        == "holding"
    )
    # a truce that had held and then collapsed: collapsed
    assert truce_status("holding", "The truce, which had held for a week, collapsed.") == (
        "collapsed"
    )


def test_the_start_clock_is_read_past_the_announcements_and_a_breakdowns_time_is_none() -> None:
    ordered = (
        "Radio Klow announced at midday that the King had ordered the army to cease fire "
        "from 5 p.m. local time (1500 GMT) today."
    )
    assert truce_time_in(ordered) == "5 p.m. local time (1500 GMT)"
    assert starts_truce(ordered)
    broke = "A ceasefire ordered by the King broke down within hours tonight in Klow."
    assert timeline.ends_truce(broke, broke.index("tonight"))
    # the validator leaves such a time out, and takes the start the next sentence gives
    item, notes = _validated({**_item([1], "tonight"), "parties": []}, broke, ordered)
    [truce] = item.ceasefires
    assert truce.effective_at_text == "5 p.m. local time (1500 GMT)", notes


def test_a_halt_to_all_offensive_actions_in_quotes_is_truce_wording() -> None:
    from summarizer.extract.truce_wording import speaks_of_truce

    said = (
        'The statement said the rebels would suspend "all offensive actions" against the '
        "armed forces from 00:00 local time on July 20 (0500 GMT)."
    )
    assert speaks_of_truce(said)
    assert truce_time_in(said) == "00:00 local time on July 20 (0500 GMT)"
    assert not speaks_of_truce("Police stopped the protesters outside the ministry.")


def test_reviewed_counterexamples_of_this_sessions_truce_rules() -> None:
    talks = (
        "The ceasefire, due to take effect at midnight, will be monitored by the African "
        "Union, which has held talks with both sides."
    )
    assert truce_status("announced", talks) == "announced"
    resumed = (
        "The guns fell silent when the truce began at noon, but within an hour shelling "
        "resumed in Vell."
    )
    assert truce_status("violated", resumed) == "violated"
    # one start read in two zones is one truce: the second sentence's breach is its status
    utc = "The ceasefire between Ruritania and Borduria took effect at 0400 GMT on Friday."
    local = (
        "The truce, which began at 7 a.m. local time, was violated within hours when "
        "Bordurian guns shelled Vell."
    )
    response, notes = _validated(
        {**_item([1, 2], "0400 GMT on Friday"), "status": "violated"}, utc, local
    )
    [truce] = response.ceasefires
    assert (truce.status, truce.sentences) == ("violated", [1, 2]), notes
    # "is to have" is still to come
    wednesday = date(2031, 3, 5)
    plan = "Under the accord, the ceasefire is to have taken full effect by midnight on Friday."
    assert timeline.dated("Friday", wednesday, plan) == date(2031, 3, 7)


def test_it_was_to_begin_at_is_the_time_of_the_truce_before_with_its_account() -> None:
    """ "A truce ... broke down yesterday. The truce was agreed in the morning ... It was to
    begin at 2 p.m. local time (1200 GMT)": the time is the truce's, read from the sentence
    that goes on about it, cited with the sentences of its account (which give its day)."""
    sentences = (
        "KLOW, September 16 - A truce arranged by the Red Cross broke down within hours yesterday.",
        "The truce was agreed in the morning after talks with Ruritanian and Bordurian officers.",
        "It was to begin at 2 p.m. local time (1200 GMT) and to last until dusk.",
    )
    item = _item([1, 2], "yesterday at 2 p.m. local time (1200 GMT)") | {"status": "collapsed"}
    response, _ = _validated(item, *sentences)
    (truce,) = response.ceasefires
    assert truce.effective_at_text == "2 p.m. local time (1200 GMT)"
    assert truce.sentences == [1, 2, 3]
    # "It began" after a sentence of no truce is not one
    from summarizer.extract.truce_wording import continues_truce

    assert not continues_truce("It began at dawn.", "Ruritanian tanks crossed the river.")
    # ... nor two sentences on, past one on who announced it
    announced = "Ana Vell announced the agreement at a news conference."
    agreed = "Ruritania and Borduria agreed Friday to a ceasefire."
    assert continues_truce("It takes effect at 4 a.m. Saturday.", announced, agreed)
    assert not continues_truce("It takes effect at 4 a.m. Saturday.", announced, "Tanks moved.")


def _with_times(source: str, published: str, text: str, *mentions: CeasefireMention) -> Any:
    """A HAND-WRITTEN extraction whose time mentions are read from `text` (a line a
    sentence)."""
    from summarizer.extract.article import time_mentions

    article = Article(id=source, path=f"{source}.txt", text=text + "\n")
    return _article(source, published, *mentions).model_copy(
        update={"time_mentions": time_mentions(article)}
    )


@pytest.mark.parametrize("since", ["December 20", "December"])
def test_a_truce_begun_before_the_episode_whose_collapse_it_reports_is_kept(since: str) -> None:
    """The rebels' truce "from midnight on December 20, 2030 (0500 GMT)" and, in May, "the
    rebels suspended the truce they had observed since December 20" (or since December, a
    month without its year): the truce is this episode's story, not an earlier event; a
    truce nobody reports on now stays set aside."""
    began = "The Klow Front declared a truce from 0500 GMT on December 20, 2030."
    other = "A first truce had taken effect at 0600 GMT on March 2, 2030."
    ended = f"The Klow Front suspended the truce it had observed since {since}."
    fighting = "Fighting raged on Friday, and 12 soldiers were killed."
    articles = [
        _with_times(
            "hw_back",
            "2031-05-25",
            f"{began}\n{other}",
            _mention("hw_back", began, "0500 GMT on December 20, 2030", index=1),
            _mention("hw_back", other, "0600 GMT on March 2, 2030", index=2),
        ),
        _with_times(
            "hw_now",
            "2031-05-22",
            f"{ended}\n{fighting}",
            _mention("hw_now", ended, None, "collapsed", "Klow Front", index=1),
        ),
    ]
    briefing = merge(articles)
    assert [t.effective_at for t in briefing.ceasefire_attempts] == ["2030-12-20T05:00:00+00:00"]
    assert briefing.ceasefire_attempts[0].status == "collapsed"
    assert any("March 2" in s.item for s in briefing.set_aside)


def test_a_truce_from_one_minute_past_midnight_is_the_midnight_truce() -> None:
    """One source writes the minute ("starting at one minute past midnight (2201 GMT
    Saturday)"), others round it ("came into force at midnight on Saturday"): one truce,
    at the instant most of its mentions give. A truce a day on is another."""
    minute = (
        "Borduria announced late on Saturday that it would observe the truce starting at one "
        "minute past midnight (2201 GMT Saturday)."
    )
    rounded = "The truce came into force at midnight on Saturday (2200 GMT), Ruritania said."
    again = "The truce took effect at midnight on Saturday (2200 GMT), envoys said."
    first = _article(
        "hw_minute",
        "2031-03-09",
        _mention("hw_minute", minute, "one minute past midnight (2201 GMT Saturday)"),
    )
    saturday = "midnight on Saturday (2200 GMT)"
    briefing = merge(
        [
            first,
            _article("hw_rounded", "2031-03-09", _mention("hw_rounded", rounded, saturday)),
            _article("hw_again", "2031-03-10", _mention("hw_again", again, saturday)),
        ]
    )
    assert [t.effective_at for t in briefing.ceasefire_attempts] == ["2031-03-08T22:00:00+00:00"]
    later = rounded.replace("Saturday (2200 GMT)", "Sunday (2200 GMT)")
    sunday = "midnight on Sunday (2200 GMT)"
    briefing = merge(
        [first, _article("hw_later", "2031-03-10", _mention("hw_later", later, sunday))]
    )
    assert len(briefing.ceasefire_attempts) == 2


def test_a_truce_due_to_begin_on_a_coming_date_is_the_truce_timed_for_that_day() -> None:
    """A report of March 25 on "a 60-day truce beginning April 1" names the coming April 1,
    not last year's; "The 60-day truce is due to begin April 1" is the truce another source
    times "at midnight Thursday, March 31 (0600 GMT Friday, April 1)", not one of the day
    the report was filed."""
    beginning = "The accord sets a 60-day truce beginning April 1, envoys said."
    day = timeline.mention_interval("April 1", beginning, date(2031, 3, 25))
    assert day is not None and day.day == date(2031, 4, 1)
    timed = (
        "The truce takes effect at midnight Thursday, March 31 (0600 GMT Friday, April 1), "
        "Ruritania said."
    )
    due = "The 60-day truce is due to begin April 1."
    when = "midnight Thursday, March 31 (0600 GMT Friday, April 1)"
    briefing = merge(
        [
            _article("hw_timed", "2031-03-26", _mention("hw_timed", timed, when)),
            _article("hw_due", "2031-03-24", _mention("hw_due", due, None)),
            _article("hw_sets", "2031-03-25", _mention("hw_sets", beginning, None)),
        ]
    )
    [attempt] = briefing.ceasefire_attempts
    assert attempt.effective_at == "2031-04-01T06:00:00+00:00"
    assert {e.source for e in attempt.evidence} == {"hw_timed", "hw_due", "hw_sets"}


def test_an_undated_reports_this_morning_is_the_dated_truce_at_that_clock() -> None:
    """An article with no date of its own: "The guns fell silent at 9 o'clock this morning,
    Athens time, when the truce took effect" is the truce the dated sources time at 9 a.m.
    Athens time on Friday, whatever day the undated article is fitted to; a truce at
    another clock is not."""
    undated = (
        "The guns fell silent at 9 o'clock this morning, Athens time, when the truce took "
        "effect, Borduria said."
    )
    truce = _article(
        "hw_dated",
        "2031-03-07",
        _mention("hw_dated", START, "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031"),
    )
    later = _article(
        "hw_later",
        "2031-03-09",
        _mention("hw_later", "Borduria said on Sunday the truce was holding.", None, "holding"),
    )

    def report(clock: str) -> ArticleExtraction:
        text = undated.replace("9 o'clock", clock)
        mention = _mention("hw_undated", text, f"{clock} this morning, Athens time", "holding")
        return _article("hw_undated", "", mention).model_copy(update={"published_at": None})

    [attempt] = merge([truce, report("9 o'clock"), later]).ceasefire_attempts
    assert attempt.effective_at == "2031-03-07T07:00:00+00:00"
    assert {e.source for e in attempt.evidence} == {"hw_dated", "hw_undated", "hw_later"}
    assert len(merge([truce, report("11 o'clock"), later]).ceasefire_attempts) == 2


def test_a_truce_named_by_another_year_is_not_this_episodes() -> None:
    # Through the merge: an undated report whose one truce sentence is of "the 2019
    # ceasefire" gives the truce of 2031 no status.
    old = "About 9,000 people have fled Vell since the 2019 ceasefire collapsed."
    briefing = merge(
        [
            _article("hw_start", "2031-03-07", _mention("hw_start", START, "0700 GMT")),
            _article("hw_old", "", _mention("hw_old", old, None, status="collapsed")),
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.status == "announced"
    assert {e.source for e in truce.evidence} == {"hw_start"}
    assert any("2019" in s.reason for s in briefing.set_aside)
    # A truce named by the episode's own year is still this one.
    this_year = "The 2031 ceasefire collapsed on Sunday, Borduria said."
    briefing = merge(
        [
            _article("hw_start", "2031-03-07", _mention("hw_start", START, "0700 GMT")),
            _article("hw_now", "2031-03-10", _mention("hw_now", this_year, None, "collapsed")),
        ]
    )
    assert [t.status for t in briefing.ceasefire_attempts] == ["collapsed"]


def test_a_sentence_naming_a_truce_of_another_year_gives_no_status() -> None:
    # In the extraction: the cited sentence of the 2019 truce is dropped beside one of
    # this truce, so its "collapsed" is not this truce's.
    response, _ = _validated(
        {**_item([1, 2], "0700 GMT"), "status": "collapsed"},
        "The truce between Ruritania and Borduria took effect at 0700 GMT on 7 March 2031.",
        "About 9,000 people have fled Vell since the 2019 ceasefire collapsed.",
    )
    [item] = response.ceasefires
    assert item.status != "collapsed" and item.sentences == [1]
    assert timeline.truce_years("the ceasefire signed in May 2019 held") == {2019}
    assert timeline.truce_years("the 2,000 troops of the truce force") == set()


def test_untimed_reports_of_one_days_truce_by_compatible_voices_are_one_attempt() -> None:
    """Two reports of a truce prolonged on Saturday, one naming who prolonged it and one
    not, each writing its time its own way, are one attempt; a truce of another day stays
    its own."""
    one = "Ruritania on Saturday extended its truce with Borduria by ten days."
    other = (
        "The truce between Ruritania and Borduria was lengthened on Saturday, hours after a raid."
    )
    later = "Ruritania and Borduria agreed a truce on Monday."
    briefing = merge(
        [
            _article(
                "hw_one",
                "2031-03-08",
                _mention("hw_one", one, "Saturday", announced_by="Ruritania"),
            ),
            _article(
                "hw_other",
                "2031-03-08",
                _mention("hw_other", other, "on Saturday, hours after a raid"),
            ),
            _article("hw_later", "2031-03-10", _mention("hw_later", later, "Monday")),
        ]
    )
    sources = sorted(
        tuple(sorted({e.source for e in t.evidence})) for t in briefing.ceasefire_attempts
    )
    assert sources == [("hw_later",), ("hw_one", "hw_other")]
