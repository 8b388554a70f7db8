"""Rules found on the twenty-seventh session's reading of round 25's episodes (opened after
they were scored sealed twice): a truce reported "not respected" or broken in the passive,
and the reports of one truce that each name one of its sides. Each rule is tested on
HAND-WRITTEN sentences about invented places (real states only where maintained data is
read). The extractions here are HAND-WRITTEN test inputs, never a model's output.
"""

from __future__ import annotations

from handwritten import truce_extraction

from summarizer.extract.grounding import truce_status
from summarizer.merge.briefing import merge
from summarizer.models import ArticleExtraction, Evidence


def _evidence(source: str, n: int, text: str) -> Evidence:
    return Evidence(source=source, sentence=n, start=0, end=len(text), text=text)


def test_a_truce_reported_not_respected_or_broken_is_violated() -> None:
    for reported in (
        '"The cessation of hostilities has not been respected," a UN spokesman said.',
        "Vellan police enter the Klow pocket; UN says truce not respected",
        "Rebel leaders in Klow accused Vell of breaking the truce within hours.",
        "The ceasefire was not observed in the hills above Klow, residents said.",
    ):
        assert truce_status("announced", reported) == "violated", reported
    for not_reported in (
        "If the truce is not respected, the army will strike back.",
        "Klow warned it would retaliate if the ceasefire was not observed.",
        "Both sides pledged to avoid breaking the truce.",
        "The truce has not been broken, a UN spokesman said.",
        "The ceasefire was never violated, officials in Vell said.",
    ):
        assert truce_status("announced", not_reported) == "announced", not_reported


def _truce(
    source: str, published: str, text: str, parties: list[str], **kw: str
) -> ArticleExtraction:
    return truce_extraction(  # type: ignore[no-any-return]
        source, published, text, parties=parties, announced_by=None, **kw
    )


def test_reports_of_one_truce_that_each_name_one_side_are_that_truce() -> None:
    """The model lists the side each sentence names: "a ceasefire let the Chilean soldiers
    leave" and "Peru broke the truce within hours" are one truce, broken."""
    began = _truce(
        "hw_1",
        "2031-05-03",
        "A cessation of hostilities agreed with Chilean representatives took effect at 4 p.m. "
        "(1400 GMT) today.",
        ["Chile"],
        when="4 p.m. (1400 GMT) today",
    )
    broken = _truce(
        "hw_2",
        "2031-05-04",
        "Chilean leaders accused Peru of breaking the truce within hours.",
        ["Peru"],
        status="violated",
    )
    [attempt] = merge([began, broken]).ceasefire_attempts
    assert attempt.effective_at == "2031-05-03T14:00:00+00:00"
    assert attempt.status == "violated"
    assert {e.source for h in attempt.history for e in h.evidence} == {"hw_1", "hw_2"}
    # ... but a report naming two other sides is not that truce's
    elsewhere = _truce(
        "hw_3",
        "2031-05-04",
        "Bolivia and Paraguay broke their truce on the Pilcomayo within hours.",
        ["Bolivia", "Paraguay"],
        status="violated",
    )
    assert len(merge([began, elsewhere]).ceasefire_attempts) == 2


def _side(sentences: tuple[str, ...], count: int, proposed: str, claimant: str) -> str:
    from summarizer.extract.grounding import with_elided_noun
    from summarizer.extract.labels import article_names, side_for

    names = article_names(sentences)
    cited = with_elided_noun(count, sentences[-1])
    return side_for(proposed, count, cited, claimant, names).value


def test_a_defence_ministry_counting_soldiers_counts_its_own() -> None:
    """The model gave the other side; the sentence names only the ministry's state."""
    before = "Chilean forces shelled Tacna on Monday, and Peruvian troops fired back."
    said = (
        "The Peruvian Defence Ministry said 20 soldiers and policemen had been killed since "
        "Monday and about 100 wounded."
    )
    for count in (20, 100):  # (the 100 are the same soldiers and policemen, wounded)
        assert _side((before, said), count, "Chile", "Peruvian Defence Ministry") == "Peruvian"
    # ... not the enemy's soldiers it counts
    enemy = "The Peruvian Defence Ministry said 20 enemy soldiers had been killed since Monday."
    assert _side((before, enemy), 20, "Chile", "Peruvian Defence Ministry") == "Chile"


def test_a_clock_written_in_digits_is_no_count() -> None:
    """ "at about 4 a.m. (0200 GMT)" in a sentence about a man killed: no 200 killed, so a
    model's "200 killed" (about rockets fired) is not moved onto it."""
    from summarizer.extract.grounding import states_casualties
    from summarizer.reference.numbers import numbers_in

    sentence = (
        "Ivo Tal, who led the Klow Front's armed wing, was killed with his wife when a missile "
        "struck their home at about 4 a.m. (0200 GMT)."
    )
    assert not states_casualties(200, sentence)
    assert [n.low for n in numbers_in("took effect at 1400 GMT; 2100 hrs; 0 dead, 1,400 hurt")] == [
        0,
        1400,
    ]


def test_a_weekday_written_with_a_later_reading_is_that_readings_day() -> None:
    """ "6 p.m. Washington time - midnight in Israel and 1 a.m. Saturday in Cairo", in a
    report of Friday 7 August 2031: Saturday is Cairo's day; the truce began on the Friday
    (2200 GMT), not on the Saturday before."""
    from datetime import date

    from summarizer.reference import timeline

    text = "6 p.m. Washington time - midnight in Israel and 1 a.m. Saturday in Cairo"
    [*_, cairo] = timeline.readings(text)
    assert str(cairo.zone) == "Africa/Cairo"  # the weekday between clock and place
    friday = date(2031, 8, 8)
    assert friday.weekday() == 4
    # (the weekday alone reads as the Saturday before the report)
    assert timeline.day_of_first_reading(text, date(2031, 8, 2), friday) == friday
    began = _truce(
        "hw_1",
        "2031-08-08",
        f"The truce took effect at {text}.",
        ["Chile", "Peru"],
        when=text,
    )
    [attempt] = merge([began]).ceasefire_attempts
    assert attempt.effective_at == "2031-08-08T22:00:00+00:00"
    # ... and a weekday written after every reading is each one's day ("6 p.m. Santiago
    # time, or 2200 GMT, Saturday": both on that Saturday)
    coming = "6 p.m. Santiago time, or 2200 GMT, Saturday"
    assert timeline.day_of_first_reading(coming, date(2031, 8, 9), date(2031, 8, 7)) == date(
        2031, 8, 9
    )


def test_reviewed_counterexamples_of_the_round_25_session() -> None:
    """helper-66's counterexamples, mended: each read right before this session's rules."""
    from datetime import date

    from summarizer.extract.grounding import with_elided_noun
    from summarizer.reference import timeline
    from summarizer.reference.numbers import numbers_in

    # truce status: breaking a deadlock, a breach warned against, a condition, a comparison
    for not_reported in (
        "Mediators said they were close to breaking the deadlock on ceasefire talks.",
        "Both commanders were ordered to refrain from breaking the truce.",
        "Breaking the truce would cost Vell its foreign aid, diplomats said.",
        "Monitors will be deployed to report cases where the ceasefire is not observed.",
    ):
        assert truce_status("announced", not_reported) == "announced", not_reported
    compared = "The ceasefire has never been violated as often as in the past week, monitors said."
    assert truce_status("announced", compared) == "violated"
    # an army's own style of count ("05 soldiers"), and a tank marked Z
    assert [n.low for n in numbers_in("said 05 soldiers and 03 attackers were killed")] == [5, 3]
    assert [n.low for n in numbers_in("lost 150 Z-marked tanks")] == [150]
    # a later count of soldiers and civilians is no count of soldiers
    mixed = "20 soldiers and civilians were killed and about 100 wounded."
    assert with_elided_noun(100, mixed) == mixed
    # a weekday after a parenthesis is the main reading's
    sunday = date(2031, 8, 10)
    aside = "1 a.m. Tehran time (2130 GMT) on Sunday"
    assert timeline.day_of_first_reading(aside, sunday, sunday) is None
    # ... and one written before every reading (the suite's oracle found it raising)
    first = "on Sunday at 6 p.m. Washington time - 1 a.m. in Cairo"
    assert timeline.day_of_first_reading(first, sunday, sunday) is None
    # the speaker's own soldiers, killed by enemy fire
    before = "Chilean forces shelled Tacna on Monday, and Peruvian troops fired back."
    fire = "The Peruvian army said 12 soldiers were killed by enemy fire near Tacna."
    assert _side((before, fire), 12, "Chile", "Peruvian army") == "Peruvian"


def test_a_place_phrase_is_no_actor() -> None:
    """ "Near Pakrac, where a brigade is surrounded, negotiators agreed ...": the model's
    'Near Pakrac' is where, not a go-between."""
    from summarizer.extract.roles import go_betweens_in, says_where

    sentence = (
        "Near Klow, where a rebel brigade is surrounded, negotiators agreed last night that "
        "the rebels would hand their heavy weapons to the UN by 6pm today."
    )
    assert says_where("Near Klow") and says_where("North of Klow")
    assert not any(map(says_where, ("Nearco Vell", "South Sudan", "North Korea", "West Bank")))
    assert "Near Klow" not in go_betweens_in(sentence)


def test_an_offensive_that_cost_the_lives_of_soldiers_killed_them() -> None:
    """ "cost the lives of 42 Vellish soldiers, with 162 wounded": 42 killed, and the 162
    are the same soldiers, wounded (not everyone's, as a bare count in a war within one
    state would be)."""
    from summarizer.extract.grounding import outcomes_of, with_elided_noun

    said = (
        "The two-day offensive cost the lives of 42 Chilean soldiers, with 162 wounded, the "
        "Defence Ministry said on Friday."
    )
    assert outcomes_of(42, said) == ["killed"]
    assert outcomes_of(162, said) == ["wounded"]
    assert "with 162 Chilean soldiers wounded" in with_elided_noun(162, said)
    assert outcomes_of(12, "The blast claimed the lives of at least 12 people.") == ["killed"]
    # (not a count of things: "attacked 12 villages, with 30 wounded")
    things = "Rebels attacked 12 villages, with 30 wounded."
    assert with_elided_noun(30, things) == things


def test_a_state_written_only_as_the_capital_its_official_spoke_in_reacts() -> None:
    """ "In Lima, foreign ministry spokesman Ana Vell condemned ...": the model's "Peru",
    never written by name, reacts; not where the capital's sentence reports no reaction."""
    from summarizer.extract.passes import ReactionItem
    from summarizer.read.articles import Article

    text = (
        "Klowish jets struck Vell on Monday.\n\nIn Lima, foreign ministry spokesman Ana Vell "
        "condemned the strikes and called for restraint.\n\nIn Quito, officials said talks "
        "would go on."
    )
    article = Article(id="hw", path="hw.txt", text=text)
    item = {"actor": "Peru", "stance": "condemnation", "addressed_to": [], "sentences": [1]}
    reaction = ReactionItem.model_validate(item, context={"article": article, "realigned": []})
    assert reaction.actor == "Peru" and reaction.sentences == [2]
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        ReactionItem.model_validate(
            {**item, "actor": "Ecuador"}, context={"article": article, "realigned": []}
        )
