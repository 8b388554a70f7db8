"""Rules found on the twenty-fourth session's reading of fresh episodes (a border war whose
two states count their own dead in their own hospitals, paragraph by paragraph), each on
HAND-WRITTEN sentences about invented people and places; real states where the rule reads
maintained data (pycountry's names and demonyms). The "model answers" are HAND-WRITTEN
test inputs, standing for what a weak model might send; none is a recorded model output.
"""

from __future__ import annotations

from typing import Any

from handwritten import one_figure_extraction, validated_casualty

from summarizer.extract import figures
from summarizer.extract.grounding import outcome_of
from summarizer.extract.labels import article_names, claimant_for, war_within_one_state
from summarizer.extract.passes import CasualtyItem
from summarizer.merge.briefing import merge
from summarizer.merge.episodes import decide
from summarizer.read.articles import Article
from summarizer.reference import timeline

_WAR = "Bolivian troops shelled Chilean border posts near the village of Korvallo on Friday."


def _validate(text: str, **answer: Any) -> tuple[CasualtyItem, list[str]]:
    kept, notes = validated_casualty(text, **answer)
    return kept, notes


def test_a_state_at_war_with_another_counts_its_own_people() -> None:
    text = (
        f"{_WAR}\nAna Velloso, Chile's deputy health minister, visited Korvallo on Saturday.\n"
        '"In total 154 people were injured and 31 were killed," she said.\n'
    )
    # the model called the figure everyone's, or the other state's: the minister counts
    # the dead her own state's hospitals receive
    for proposed in ("total", "Bolivia"):
        item, notes = _validate(text, sentences=[3], count=31, side=proposed)
        assert (item.count, item.outcome, item.side) == (31, "killed", "Chile"), proposed
        assert any("own people" in n for n in notes), notes


def test_a_states_figure_of_fighters_both_sides_or_its_own_strikes_is_not_its_own() -> None:
    cases = {
        # fighters are the enemy's
        "Chile's defence ministry said 40 militants had been killed near Korvallo.": 40,
        # both governments' people together
        "Together, the two governments' figures mean the clashes killed 55 people.": 55,
        # the state did the harm
        "Chile's defence ministry said its artillery had killed 12 people overnight.": 12,
    }
    for sentence, count in cases.items():
        item, _ = _validate(f"{_WAR}\n{sentence}\n", sentences=[2], count=count, side="total")
        assert item.side != "Chile", sentence
    # in a war within one state, the state's health body counts everyone
    within = (
        "Rebels attacked a police post in Korvallo, in Chile's north, on Friday.\n"
        "Chile's health ministry said 31 people had been killed.\n"
    )
    item, _ = _validate(within, sentences=[2], count=31, side="total")
    assert item.side == "total"


def test_a_minister_of_no_named_state_holds_an_office_of_the_state_her_paragraph_is_about() -> None:
    sentences = (
        _WAR,
        "In Bolivia, officials published a list of names on Thursday.",
        "In Chile, the count has moved more slowly but more publicly.",
        "On Monday, first deputy health minister Ana Velloso said the death toll had risen to "
        "35 after one of the injured died, with 183 injured.",
        "By Thursday health officials counted 36 dead.",
    )
    names = article_names(sentences)
    assert claimant_for(None, 35, [4], names).value == "Chile"
    assert claimant_for(None, 36, [5], names).value == "Chile"
    # the nearest opener holds: the Bolivian paragraph's minister is Bolivia's
    swapped = (sentences[0], sentences[2], sentences[1], *sentences[3:])
    assert claimant_for(None, 35, [4], article_names(swapped)).value == "Bolivia"
    # no opener within three sentences, or an opener of a place that is no state: untied
    far = (*sentences[:3], *(["Shelling went on."] * 3), *sentences[3:])
    assert claimant_for(None, 35, [7], article_names(far)).value != "Chile"
    town = (sentences[0], "In Korvallo, the count has moved slowly.", sentences[3])
    assert claimant_for(None, 35, [3], article_names(town)).value not in {"Chile", "Bolivia"}


def test_a_death_toll_written_before_its_number_says_its_outcome() -> None:
    sentence = "The minister said the death toll had risen to 35 after one of the injured died."
    assert outcome_of(35, sentence) == "killed"
    assert outcome_of(12, "A death toll of 12 was given, and 40 were injured.") == "killed"
    assert outcome_of(40, "A death toll of 12 was given, and 40 were injured.") == "wounded"


def test_the_armed_forces_of_a_state_written_before_its_name_fight() -> None:
    toll = "Local officials in Chile said 15 people had been killed on the Chilean side."
    assert war_within_one_state(article_names((toll,))) == "chile"
    accused = "Prosecutors accused the armed forces of Bolivia of invading the country's territory."
    assert war_within_one_state(article_names((accused, toll))) is None


def test_a_states_count_of_people_killed_in_the_fighting_is_everyones() -> None:
    text = (
        f"{_WAR}\nGovernment spokesman Ivo Brand of Chile said about 3,000 people had been "
        "killed in the fighting for the town.\n"
    )
    item, _ = _validate(text, sentences=[2], count=3000, side="total", qualifier="about")
    assert item.side == "total"


def test_one_of_the_injured_is_no_count_of_the_injured() -> None:
    text = (
        f"{_WAR}\nAna Velloso, Chile's deputy health minister, said on Monday that the death "
        "toll had risen to 35 after one of the injured died, with 183 injured.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    given = [
        {
            "sentences": [2],
            "count": 35,
            "outcome": "killed",
            "category": "unknown",
            "side": "Chile",
            "claimant": "Chile",
            "qualifier": "exact",
        }
    ]
    found = figures.siblings(article, given, {"article": article, "realigned": []})
    assert {(f["count"], f["outcome"]) for f in found} == {(183, "wounded")}


def test_a_day_opening_a_sentence_whose_speaker_speaks_next_dates_the_figure() -> None:
    spoken = "On Monday, first deputy health minister Ana Velloso said the toll had risen to 35."
    assert timeline.dates_the_statement("Monday", spoken)
    assert timeline.dates_the_statement("On Monday", "On Monday, Radio Klow reported 16 dead.")
    # the day of the fighting, not of the report
    fought = "On Monday, clashes killed 55 people and officials said more had died."
    assert not timeline.dates_the_statement("Monday", fought)


def test_one_articles_figure_said_on_an_earlier_day_is_superseded_by_its_later_one() -> None:
    text = (
        "On Monday, first deputy health minister Ana Velloso of Chile said the death toll had "
        "risen to 35.\nBy Thursday Chile's health officials counted 36 dead.\n"
    )
    # (published on Friday 9 May 2031)
    claims = _chiles_claims(text, (35, 36))
    assert (claims[35].as_of, claims[36].as_of) == ("2031-05-05", "2031-05-08")
    assert (claims[35].status, claims[36].status) == ("superseded", "current")


def test_a_toll_a_ministry_put_at_a_number_of_soldiers_counts_the_dead() -> None:
    sentence = (
        "Chile's defence ministry has put the toll from last Thursday's air strike near "
        "Korvallo at 34 soldiers."
    )
    assert outcome_of(34, sentence) == "killed"
    # an injury toll is the wounded's
    assert outcome_of(40, "The injury toll from the strike rose to 40.") == "wounded"
    article = Article(id="a", path="a.txt", text=f"{_WAR}\n{sentence}\n")
    [found] = figures.from_wording(article, set(), {"article": article, "realigned": []})
    assert (found["count"], found["outcome"], found["side"]) == (34, "killed", "Chile")


def test_a_later_reading_written_bare_after_a_count_counts_the_same_people() -> None:
    sentence = (
        "Chile's Governor Ana Velloso first told broadcasters that nine soldiers had been "
        "killed, then 22."
    )
    article = Article(id="a", path="a.txt", text=f"{_WAR}\n{sentence}\n")
    found = figures.from_wording(article, set(), {"article": article, "realigned": []})
    assert {(f["count"], f["outcome"], f["side"]) for f in found} == {
        (9, "killed", "Chile"),
        (22, "killed", "Chile"),
    }
    # (not what troops took: "first took nine villages, then 22")
    took = Article(
        id="b", path="b.txt", text=f"{_WAR}\nTroops first took nine villages, then 22.\n"
    )
    assert figures.from_wording(took, set(), {"article": took, "realigned": []}) == []


def test_a_places_local_time_is_that_places_clock() -> None:
    # Santiago, in March 2031, runs at UTC-3; Lima at UTC-5 (the tz database)
    sentence = (
        "The minister said the truce had entered into force at 00.01 on 6 March, Santiago "
        "local time, and that the line had been quiet."
    )
    [reading] = timeline.readings(sentence, countries=["CL", "PE"])
    assert str(reading.zone) == "America/Santiago"
    # a bare "local time" still leaves the zone to the article
    [bare] = timeline.readings("The truce took effect at 6 a.m. local time on Friday.")
    assert bare.zone is None and bare.source == "local"


_WAR2 = f"{_WAR[:-1]}, and Chilean artillery hit Bolivian positions."


def test_reviewed_counterexamples_of_the_round_24_session() -> None:
    """A reviewer's counterexamples to this session's rules, each mended."""
    # "Its defence minister" of the rebels' shadow cabinet is theirs, not the state's
    rebels = (
        "Chilean troops clashed with rebels of the Korvallo Liberation Front near Korvallo on "
        "Friday.\nThe front has formed a shadow cabinet in the hills.\nIts defence minister "
        "Ivo Brand said 12 of its fighters had been killed.\n"
    )
    item, _ = _validate(rebels, sentences=[3], count=12, side="Korvallo Liberation Front")
    assert item.side == "Korvallo Liberation Front" and item.claimant != "Chile"
    # the paragraph moved to another state without an "In X," opener
    moved = (
        f"{_WAR}\nIn Chile, the count has moved more slowly.\nBolivia's government, by "
        "contrast, publishes daily lists.\nDeputy health minister Ana Velloso said on Monday "
        "that 40 people had died.\n"
    )
    item, _ = _validate(moved, sentences=[4], count=40, side="total")
    assert item.claimant != "Chile" and item.side != "Chile"
    # states that are no party to the war count no "own people"
    for bystander in (
        "Peru's foreign ministry, which is mediating between the two, said 31 people had "
        "been killed.",
        "The US State Department said at least 31 people had been killed since Friday.",
    ):
        item, _ = _validate(f"{_WAR2}\n{bystander}\n", sentences=[2], count=31, side="total")
        assert item.side == "total", bystander
    # people on the other state's ground, of a third state, or killed by the state's own arms
    for sentence, count in {
        "Chile's foreign ministry said 12 people had been killed inside Bolivia.": 12,
        "Chile's defence ministry said 45 people were killed across the border.": 45,
        "Chile's foreign ministry said 6 people, all Peruvian lorry drivers, were killed.": 6,
        "Chile's military said 30 people were killed when its missiles struck a Bolivian "
        "barracks.": 30,
    }.items():
        item, _ = _validate(f"{_WAR2}\n{sentence}\n", sentences=[2], count=count, side="total")
        assert item.side != "Chile", sentence
    # a toll of casualties or arrests is no count of the dead
    assert outcome_of(120, "The overall toll of casualties from the strike rose to 120.") is None
    arrests = "Police put the toll of arrests of suspected saboteurs at 40."
    assert outcome_of(40, arrests) is None
    # a biography's army fights no war
    within = (
        "Rebels attacked a police post in Korvallo, in Chile's north, on Friday.\n"
        "Ana Vell, a retired colonel of the army of Peru, now runs a clinic in Korvallo.\n"
        "Chile's health ministry said 31 people had been killed.\n"
    )
    lines = within.splitlines()
    without = article_names((lines[0], lines[2]))
    assert war_within_one_state(article_names(tuple(lines))) == war_within_one_state(without)
    # a day that dates the fighting, not the report
    stormed = (
        "On Monday, Bolivian troops stormed Korvallo and survivors later told reporters that "
        "40 people had been killed."
    )
    assert not timeline.dates_the_statement("Monday", stormed)
    # the UN's toll "in total" covers both sides, whatever side the model gave
    item, _ = _validate(
        f"{_WAR2}\nThe UN said 300 people had been killed in total.\n",
        sentences=[2],
        count=300,
        side="Bolivia",
    )
    assert item.side == "total"


def test_two_incidents_one_claimant_gave_on_two_days_both_stand() -> None:
    text = (
        "On Monday, Chile's health ministry said 35 people had been killed in the shelling of "
        "the market in Korvallo.\nOn Thursday, Chile's health ministry said 60 people had been "
        "killed in a Bolivian air strike on a hospital in Arica.\n"
    )
    claims = _chiles_claims(text, (35, 60))
    assert claims[35].status == claims[60].status == "current"


def _chiles_claims(text: str, counts: tuple[int, int]) -> dict[int, Any]:
    """The merged claims of one article (published Friday 9 May 2031) whose first and second
    sentences each give one of Chile's own death tolls, `counts`."""
    said = [
        one_figure_extraction(
            "a", text, "2031-05-09", count=n, claimant="Chile", side="Chile", sentence=k
        )
        for k, n in enumerate(counts, 1)
    ]
    extraction = said[0].model_copy(
        update={"casualties": [*said[0].casualties, *said[1].casualties]}
    )
    return {c.count: c for c in merge([extraction]).casualty_claims}


def test_an_undated_pages_yearless_dates_take_the_year_it_writes_their_month_with() -> None:
    episode = [
        one_figure_extraction(
            source, f"Ruritania said {n} people were killed.", day, count=n, claimant="Ruritania"
        )
        for source, n, day in zip(
            "abc", (40, 52, 61), ("2031-07-23", "2031-07-31", "2031-08-07"), strict=True
        )
    ]
    feature = (
        '[Photo: Commandos back from the raid on Vell, July 2029. Caption: "Korva archive"]\n'
        "On the night of July 19 to 20, Ruritanian commandos raided the fort at Vell.\n"
        "Ruritania said 6 people were killed.\n"
    )
    page = one_figure_extraction("d", feature, None, count=6, claimant="Ruritania", sentence=3)
    decision = decide([*episode, page])
    assert decision.in_episode == {"a", "b", "c"}
    # without the caption's year, "July 19" is read in the episode's year, and kept
    bare = one_figure_extraction(
        "d", "\n".join(feature.splitlines()[1:]), None, count=6, claimant="Ruritania", sentence=2
    )
    assert "d" in decide([*episode, bare]).in_episode
