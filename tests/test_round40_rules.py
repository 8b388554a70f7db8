"""Rules found in the thirty-eighth session's count of the gold figures no pass read or
labelled right (the devset and opened rounds 30-39), and in round 40 (opened): a running toll
that names its town is a later reading of that town's toll; a force's own name says whose
its members are; a named speaker's count of fighters of no state is read though the model
left it out; a speaker whose forces did the killing does not count its own dead; what a
speaker's force lost is the speaker's own; "brings X losses to" names whose; a state's
organ counting soldiers in the state the dead are counted in counts its own. HAND-WRITTEN
names and sentences about invented people and groups, and real states and towns where the
data must know them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from handwritten import one_figure_extraction

from summarizer.merge.briefing import merge
from summarizer.read.articles import Article


def _read(text: str) -> dict[int, dict[str, Any]]:
    """The figures the wording states, by count (the model listed none)."""
    from summarizer.extract.figures import from_wording

    article = Article(id="t", path="t.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    return {item["count"]: item for item in kept}


def test_a_running_toll_naming_its_town_supersedes_that_towns_earlier_toll() -> None:
    first = one_figure_extraction(
        "01",
        "KUMASI, Ghana, Oct 16 - The Interior Ministry said four policemen had been killed "
        "and 20 wounded in Kumasi.",
        "2031-10-16",
        count=4,
        claimant="Ghana",
        side="Ghana",
    )
    later = one_figure_extraction(
        "02",
        "KUMASI, Ghana, Oct 19 - The Interior Ministry said 11 policemen had been killed "
        "and 140 wounded in Kumasi since Tuesday.",
        "2031-10-19",
        count=11,
        claimant="Ghana",
        side="Ghana",
    )
    for order in ([first, later], [later, first]):
        claims = {c.count: c for c in merge(order).casualty_claims}
        assert (claims[4].status, claims[11].status) == ("superseded", "current")


def test_members_of_a_force_whose_name_says_whose_are_its_own() -> None:
    from summarizer.extract.grounding import figure_clause, owner_of

    text = (
        "The Vell office said at least 37 members of the Zarvan Brigade had been killed in "
        "the city."
    )
    assert owner_of(37, figure_clause(37, text)) == "Zarvan Brigade"
    # a force any state may have names no owner
    other = "The office said 12 members of the National Guard had been killed."
    assert owner_of(12, figure_clause(12, other)) is None


def test_a_named_speakers_count_of_gunmen_is_read_when_the_model_left_it_out() -> None:
    text = (
        "KUMASI, Ghana, Oct 16 - Government troops fought the Zarvan Brigade in the city.\n\n"
        "Interior Ministry spokesman Kofi Adjei said 210 gunmen had been killed in Kumasi."
    )
    read = _read(text)
    assert read[210]["side"] == "gunmen"
    assert read[210]["outcome"] == "killed"
    # no speaker: whose count it is stays unsaid, and nothing is read
    unsaid = (
        "KUMASI, Ghana, Oct 16 - Government troops fought the Zarvan Brigade in the city.\n\n"
        "In all 210 gunmen had been killed in Kumasi."
    )
    assert 210 not in _read(unsaid)


def test_a_speaker_whose_forces_did_the_killing_does_not_count_its_own_dead() -> None:
    from summarizer.extract.labels import article_names, side_for

    text = (
        "KUMASI, Ghana, Oct 16 - Togolese troops crossed the border on Monday.\n\n"
        "The Togolese military says its forces have killed more than 200 fighters in the "
        "district over the same period."
    )
    sentences = Article(id="a", path="a.txt", text=text).sentences
    names = article_names(tuple(s.text for s in sentences))
    side = side_for("Togo", 200, sentences[1].text, "Togolese military", names).value
    assert side == "fighters"  # (their dead, not the speaker's; the merge ties the noun)


def test_what_the_speakers_force_lost_is_the_speakers_own() -> None:
    from summarizer.extract.grounding import speakers_losses

    text = (
        "Ana Vell told a press conference that his army had lost 52 men killed and about "
        "90 wounded."
    )
    assert speakers_losses(52, text) == speakers_losses(90, text) == "Ana Vell"
    quoted = 'The commander, Ivo Drak, said his force had lost "seven men killed and about 20".'
    assert speakers_losses(20, quoted) == "Ivo Drak"
    movement = "Rebel spokesman Ivo Drak said the movement had lost 11 fighters on Sunday."
    assert speakers_losses(11, movement) == "Ivo Drak"
    junta = "Junta spokesman Ivo Drak put the junta's losses at 11 killed and\n30 wounded."
    assert speakers_losses(11, junta) == speakers_losses(30, junta) == "Ivo Drak"
    # a state's voice speaks of the movement it fights, not of its own
    enemy = "Government spokesman Ivo Drak said the movement had lost 200 fighters."
    assert speakers_losses(200, enemy) is None
    assert speakers_losses(200, "Army spokesman Ivo Drak put the junta's losses at 200.") is None
    # another force's loss, or harm the speaker's own forces did, is not the speaker's
    assert speakers_losses(40, "Ana Vell said her troops had killed 40 rebels.") is None
    assert speakers_losses(40, "Ana Vell said the Togolese army had lost 40 men.") is None


def test_bringing_a_peoples_losses_to_a_value_names_whose() -> None:
    from summarizer.extract.grounding import toll_owner

    text = "This brings Togolese losses since July 21 to 83 killed and 226 wounded."
    assert toll_owner(83, text, people=True) == toll_owner(226, text, people=True) == "Togolese"


def test_a_states_organ_counting_soldiers_counts_its_own_when_the_model_gave_no_side() -> None:
    from summarizer.extract.labels import article_names, side_for

    text = (
        "ACCRA, Ghana, Oct 27 - The islands passed Sunday without a single Togolese shell "
        "for the first time in a week.\n\n"
        "The Defence Ministry said today that since August 23, 446 servicemen had been "
        "killed and 1,758 wounded on the islands.\n\n"
        "Togolese radio said Ghanaian shelling had killed 43 civilians in Aneho since "
        "August 23."
    )
    sentences = Article(id="a", path="a.txt", text=text).sentences
    names = article_names(tuple(s.text for s in sentences))
    for proposed in ("total", "unknown"):
        assert side_for(proposed, 446, sentences[1].text, "Ghana", names).value == "Ghana"


def test_civilians_whose_state_the_rules_read_are_read_though_the_model_left_them_out() -> None:
    text = (
        "ACCRA, Ghana, July 25 - Togolese troops crossed the border at dawn on Wednesday.\n\n"
        "The Prefect of Kumasi reported that Togolese artillery fire on the towns of Kumasi "
        "and Tamale had killed six civilians and wounded fourteen since Wednesday."
    )
    read = _read(text)
    assert (read[6]["side"], read[6]["outcome"]) == ("Ghana", "killed")
    assert (read[14]["side"], read[14]["outcome"]) == ("Ghana", "wounded")
    # civilians of no state the rules can read stay unread
    vague = "Fighting somewhere killed six civilians, a witness said."
    assert 6 not in _read(vague)


def test_a_quoted_count_says_whose_as_an_unquoted_one_does() -> None:
    # a toll whose value is quoted
    text = (
        "ACCRA, Ghana, Feb 4 - Ghanaian troops held the peninsula.\n\n"
        "Defence Headquarters said its troops were holding six Togolese soldiers, and put "
        'Togo\'s losses at "at least 30 dead".'
    )
    assert _read(text)[30]["side"] == "Togo"
    # fighters of no state named in quotes by the speaker
    quoted = (
        "ACCRA, Ghana, Feb 4 - Ghanaian police fought raiders near Tamale.\n\n"
        'Ghana Radio, quoting the ministry, said about 50 "Zarvan terrorists" had been killed.'
    )
    assert _read(quoted)[50]["side"] == "terrorists"


def test_a_states_invaders_that_suffered_dead_are_its_own() -> None:
    text = (
        "QUITO, July 25 - Fighting went on along the border.\n\n"
        'Radio Kumasi stated tonight that the Togolese invaders had suffered "more than '
        'three hundred dead" in the attacks on Vell.'
    )
    assert _read(text)[300]["side"] == "Togolese"


def test_army_and_police_losses_are_military_and_so_is_their_bare_conjunct() -> None:
    from summarizer.extract.grounding import category_of

    text = (
        "The Togolese Ministry of Defence said total Togolese army and police losses since "
        "the fighting began were 32 killed and 51 wounded."
    )
    assert category_of(32, text) == category_of(51, text) == "military"
    # a police spokesman is no police counted
    assert category_of(12, "Police said 12 people were killed in Vell.") is None


def test_a_split_line_ending_on_a_small_word_goes_on_in_the_next() -> None:
    text = (
        "KLOW, May 3 - Fighting went on in the south of the country.\n\n"
        "Interior Ministry spokesman Ivo Drak said 210 gunmen had been killed in\n"
        "Vell since the operation began, 600 wounded and 155 arrested.\n\n"
        "Rebels Say Army Lost Hundreds in the Battle for the Vell Bridge Crossing\n"
        "Klow radio reported the same figures on Sunday evening, quoting the ministry.\n"
    )
    sentences = [s.text for s in Article(id="a", path="a.txt", text=text).sentences]
    assert any(s.startswith("Interior Ministry") and s.endswith("155 arrested.") for s in sentences)
    # (a line ending on a word a sentence may end with stays a line of its own)
    assert any(s.startswith("Klow radio") for s in sentences)


def test_a_states_soldiers_stay_its_own_when_read_again() -> None:
    """The side repair is idempotent: soldiers of the state a war is fought within, counted
    by its army, are its own on a second reading too (it read them as the state's, then as
    everyone's)."""
    from summarizer.extract.labels import article_names, side_for

    text = (
        "ACCRA, Ghana, June 30 - The army fought the Zarvan Front rebels near Tamale.\n\n"
        "In twelve days of fighting, the army says, 15 officers and men were killed and 29 "
        "wounded."
    )
    sentences = Article(id="a", path="a.txt", text=text).sentences
    names = article_names(tuple(s.text for s in sentences))
    for count in (15, 29):
        first = side_for("total", count, sentences[1].text, "Ghana", names).value
        assert first == "Ghana"
        assert side_for(first, count, sentences[1].text, "Ghana", names).value == "Ghana"


def _series(first_text: str, later_text: str) -> dict[int, str]:
    first = one_figure_extraction(
        "01", first_text, "2031-10-16", count=4, claimant="Ghana", side="Ghana"
    )
    later = one_figure_extraction(
        "02", later_text, "2031-10-19", count=11, claimant="Ghana", side="Ghana"
    )
    return {c.count: c.status for c in merge([first, later]).casualty_claims}


def test_reviewed_a_running_toll_covers_only_its_own_towns_from_its_first_day() -> None:
    # counted from Tuesday: Monday's four are not in it (2031-10-16 is a Thursday)
    monday = _series(
        "KUMASI, Ghana, Oct 16 - The Interior Ministry said four policemen had been killed in "
        "Kumasi on Monday.",
        "KUMASI, Ghana, Oct 19 - The Interior Ministry said 11 policemen had been killed in "
        "Kumasi since Tuesday, when a new wave of riots began.",
    )
    assert (monday[4], monday[11]) == ("current", "current")
    # another town's running toll, that names the first town in a clause of its own
    elsewhere = _series(
        "KUMASI, Ghana, Oct 16 - The Interior Ministry said four policemen had been killed in "
        "Kumasi on Wednesday.",
        "TAMALE, Ghana, Oct 19 - The Interior Ministry said 11 policemen had been killed in "
        "Tamale since Tuesday, as riots that started in Kumasi spread north.",
    )
    assert elsewhere[4] == "current"


def test_reviewed_only_the_line_that_stops_on_a_small_word_joins_the_next() -> None:
    text = (
        "Zarvan Front says 40 soldiers were killed in the battle for the Tamale bridge\n"
        "Army spokesman Kofi Adjei said 12 civilians had been killed in\n"
        "Kumasi since the offensive began, and 30 wounded."
    )
    sentences = [s.text for s in Article(id="a", path="a.txt", text=text).sentences]
    assert (
        sentences[0]
        == "Zarvan Front says 40 soldiers were killed in the battle for the Tamale bridge"
    )
    assert sentences[1].startswith("Army spokesman") and sentences[1].endswith("30 wounded.")


def test_reviewed_a_states_refugee_count_is_no_toll() -> None:
    from summarizer.extract.grounding import states_casualties

    text = (
        "The fighting, which has killed at least 40 people, has brought Ghana's refugee "
        "count to 12,000."
    )
    assert not states_casualties(12000, text)


def test_reviewed_a_units_or_services_name_says_no_owner() -> None:
    from summarizer.extract.grounding import figure_clause, owner_of

    for text, count in [
        ("The Defence Ministry said 12 members of the Second Division had been killed.", 12),
        ("The army said 12 members of the Mountain Brigade had been killed.", 12),
        ("Three members of the Salvation Army were killed when a shell hit their hostel.", 3),
        ("Three members of the Fire Brigade were killed in Vell.", 3),
    ]:
        assert owner_of(count, figure_clause(count, text)) is None


def test_reviewed_only_a_movements_voice_speaks_of_the_movements_losses() -> None:
    from summarizer.extract.grounding import lost_owner, speakers_losses

    assert speakers_losses(30, "Colonel Ivo Drak said the group had lost 30 fighters.") is None
    assert speakers_losses(11, "Analyst Ana Vell said the movement had lost 11 fighters.") is None
    # a town's garrison is no owner's name
    garrison = "The Kumasi garrison had lost 40 men killed and 90 wounded, the army said."
    assert lost_owner(40, garrison) is None


def test_reviewed_policemen_who_fired_and_a_part_before_give_no_category() -> None:
    from summarizer.extract.grounding import category_of

    assert category_of(9, "Nine protesters were shot dead by policemen in Vell.") is None
    part = "Twelve people, including three soldiers, were killed and 40 wounded in the blast."
    assert category_of(40, part) is None


def test_reviewed_a_state_that_lost_people_to_its_own_war_counts_everyone() -> None:
    from summarizer.extract.labels import article_names, side_for

    text = (
        "ACCRA, Ghana, June 30 - Government troops fought the Zarvan Front rebels near "
        "Tamale.\n\n"
        "Ghana has lost more than 400 people to the violence since January, the Interior "
        "Ministry said."
    )
    sentences = Article(id="a", path="a.txt", text=text).sentences
    names = article_names(tuple(s.text for s in sentences))
    assert side_for("total", 400, sentences[1].text, "Ghana", names).value == "total"


def test_reviewed_fighters_who_did_the_harm_are_not_read_as_its_victims() -> None:
    lead = "ACCRA, Ghana, June 30 - Government troops fought the Zarvan Front near Tamale.\n\n"
    for sentence, count in [
        ("Police chief Kofi Adjei said 30 gunmen had killed 12 villagers in Vell.", 30),
        ("Police chief Kofi Adjei said 30 gunmen killed two policemen in Vell.", 30),
        ("Governor Kofi Adjei said some 200 militants had captured the town of Vell.", 200),
        ("Police chief Kofi Adjei said the 30 gunmen who killed 12 villagers had fled.", 30),
    ]:
        read = _read(lead + sentence + "\n\nKofi Adjei said 12 gunmen had been killed.")
        assert count not in read and 12 in read  # (the harmed are read, the harmers not)


def test_reviewed_civilians_of_both_sides_or_counted_elsewhere_stay_unread() -> None:
    lead = "ACCRA, Ghana, July 25 - Togolese troops crossed the border on Wednesday.\n\n"
    both = "The Prefect of Kumasi said 40 civilians had been killed on both sides of the border."
    assert 40 not in _read(lead + both)
    where = "A UN official in Kumasi said 40 civilians had been killed in the fighting."
    control = "\n\nThe Prefect of Tamale said nine civilians had been killed in Tamale."
    read = _read(lead + where + control)
    assert 40 not in read and read[9]["side"] == "Ghana"


def test_reviewed_soldiers_a_state_says_surrendered_are_not_its_own_by_the_theatre() -> None:
    from summarizer.extract.labels import article_names, side_for

    text = (
        "ACCRA, Ghana, Oct 27 - Togolese troops crossed the border and attacked Kumasi on "
        "Sunday.\n\n"
        "Fighting went on around Kumasi and Tamale on Monday.\n\n"
        "Ghana said 40 soldiers had been taken prisoner near Kumasi since Sunday."
    )
    sentences = Article(id="a", path="a.txt", text=text).sentences
    names = article_names(tuple(s.text for s in sentences))
    assert side_for("total", 40, sentences[2].text, "Ghana", names).value == "total"


def test_a_toll_counted_since_the_rebellion_began_keeps_its_weeks_in_the_episode() -> None:
    """ "the army's full toll since the rebellion began on January 25", in an April report:
    the January and February reports of the rebellion are of the episode too."""
    from handwritten import dated_extraction

    reports = [
        ("01", "VELL, Jan. 27, 2031 (Agency) - Rebels attacked the garrison at Klow yesterday."),
        ("02", "VELL, Feb. 20, 2031 (Agency) - The rebels took a second town in the north."),
        ("03", "VELL, March 20, 2031 (Agency) - The rebels took a third town."),
        ("04", "VELL, March 28, 2031 (Agency) - Soldiers seized the palace in a coup."),
        (
            "05",
            "VELL, April 4, 2031 (Agency) - The defence ministry gave the army's full toll "
            "since the rebellion began on January 25: 160 soldiers killed.",
        ),
        ("06", "VELL, April 6, 2031 (Agency) - The rebels declared an end to operations."),
    ]
    sources = {s.id: s.in_episode for s in merge([dated_extraction(*r) for r in reports]).sources}
    assert sources["01"] and sources["02"]


def test_reviewed_civilians_in_a_states_town_before_a_trailing_attribution_are_read() -> None:
    lead = "ACCRA, Ghana, July 25 - Togolese troops crossed the border on Wednesday.\n\n"
    trailing = (
        "The worst toll was in Tamale, where at least 17 civilians were killed and 46 "
        "injured in Wednesday's fighting, the mission said."
    )
    read = _read(lead + trailing)
    assert (read[17]["side"], read[46]["side"]) == ("Ghana", "Ghana")


def test_reviewed_civilians_in_a_war_within_one_state_are_read_where_its_towns_are_named() -> None:
    lead = "ACCRA, Ghana, June 30 - Government troops fought the Zarvan Front near Tamale.\n\n"
    read = _read(lead + "The governor of Kumasi said five civilians had been killed.")
    assert read[5]["side"] == "civilians"


def test_reviewed_a_bare_conjunct_after_a_list_or_a_part_takes_no_category() -> None:
    from summarizer.extract.grounding import category_of

    assert category_of(51, "40 soldiers and 12 civilians were killed and 51 wounded.") is None
    assert (
        category_of(40, "Twelve people, three of them soldiers, were killed and 40 wounded.")
        is None
    )
    # (a span of days before the count is no count)
    officers = (
        "In twelve days of fighting, it says, 15 officers and men were killed and 29 wounded."
    )
    assert category_of(29, officers) == "military"
    # (nor is a date's day, nor a part said of both counts after them)
    dated = (
        "Army and police losses since the fighting began on February 7 were 32 killed and 51 "
        "wounded."
    )
    assert category_of(51, dated) == "military"
    most = (
        'Ivo Drak said eight guardsmen were "confirmed dead" and nine wounded, most of them '
        "on Tuesday."
    )
    assert category_of(9, most) == "military"


def test_reviewed_a_running_toll_covers_no_figure_of_a_day_before_it_town_or_none() -> None:
    series = _series(
        "KUMASI, Ghana, Oct 16 - The Interior Ministry said four policemen had been killed on "
        "Monday.",
        "KUMASI, Ghana, Oct 19 - The Interior Ministry said 11 policemen had been killed "
        "since Tuesday.",
    )
    assert (series[4], series[11]) == ("current", "current")
