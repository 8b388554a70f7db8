"""Rules found on the thirty-fifth session's reading of round 36 (opened): one side under
its acronym, its full name and the noun its name is built on; "the rebels" are the one
armed group the articles show fighting; a compass point is no town. HAND-WRITTEN names
and sentences about invented places and groups (Klowland, Ostmark, Vellia).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from handwritten import one_figure_extraction

from summarizer.merge.briefing import merge
from summarizer.reference.actors import (
    ActorResolver,
    spelling_variants,
    written_initials,
)


def test_an_acronym_and_the_name_whose_initials_it_is_are_one_side() -> None:
    names = ["KRF", "KRF", "Klow Relief Front", "the Ostmark Rifles"]
    assert written_initials(names) == [("KRF", "Klow Relief Front")]
    assert spelling_variants(names, ActorResolver(), written_initials(names)) == {
        "Klow Relief Front": "KRF"
    }
    # ... not two letters ("OR" of many names), nor one two names could stand for
    assert written_initials(["OR", "Ostmark Rifles"]) == []
    assert written_initials(["KRF", "Klow Relief Front", "Klow Rifle Force"]) == []


def test_a_toll_under_the_acronym_continues_the_full_names_series() -> None:
    first = one_figure_extraction(
        "01",
        "KLOW, Oct 16 - The Klow Relief Front said six of its fighters had been killed.",
        "2031-10-16",
        count=6,
        claimant="Klow Relief Front",
        side="Klow Relief Front",
    )
    later = one_figure_extraction(
        "02",
        "KLOW, Oct 20 - The KRF said 14 of its fighters had been killed since Monday.",
        "2031-10-20",
        count=14,
        claimant="KRF",
        side="KRF",
    )
    claims = {c.count: c for c in merge([first, later]).casualty_claims}
    assert claims[6].side == claims[14].side
    assert (claims[6].status, claims[14].status) == ("superseded", "current")


def test_a_movements_head_noun_names_it() -> None:
    names = ["Liberation Eagles of Ostmark", "Eagles", "Ostmark Eagle fighters", "Ostmark"]
    found = spelling_variants(names, ActorResolver())
    one = {found.get(n, n) for n in names[:3]}
    assert len(one) == 1
    assert "Ostmark" not in found  # the place (or people) is no name of the movement
    # ... nor a name whose last word only says what kind of body it is
    assert spelling_variants(["Free Ostmark Front", "Front"], ActorResolver()) == {}


def _with_actors(extraction: Any, *belligerents: str) -> Any:
    from summarizer.models import ActorMention

    evidence = extraction.casualties[0].evidence
    actors = [ActorMention(name=n, role="belligerent", evidence=evidence) for n in belligerents]
    return extraction.model_copy(update={"actors": actors})


def test_the_rebels_are_the_one_group_shown_fighting() -> None:
    own = one_figure_extraction(
        "01",
        "KLOW, Oct 16 - The Ostmark Liberation Front said six of its fighters were killed "
        "in fighting with Vellia.",
        "2031-10-16",
        count=6,
        claimant="Ostmark Liberation Front",
        side="Ostmark Liberation Front",
    )
    # (a body's acronym given as a side by mistake: a second "group" among the figures)
    body = one_figure_extraction(
        "02",
        "KLOW, Oct 17 - The MONU said nine people were killed in Klow.",
        "2031-10-17",
        count=9,
        claimant="MONU",
        side="MONU",
    )
    rebels = one_figure_extraction(
        "03",
        "KLOW, Oct 18 - Vellia said 40 rebels were killed in fighting in Klow.",
        "2031-10-18",
        count=40,
        claimant="Vellia",
        side="rebels",
    )
    articles = [_with_actors(a, "Ostmark Liberation Front", "Vellia") for a in (own, body, rebels)]
    claims = {c.count: c for c in merge(articles).casualty_claims}
    assert claims[40].side == claims[6].side == "ostmark-liberation-front"


def test_a_compass_point_is_no_town() -> None:
    from summarizer.extract.labels import article_names
    from summarizer.extract.scene import war_within_one_state
    from summarizer.read.articles import Article

    text = (
        "ACCRA, Ghana, Aug 7 (AP) - Ghana's army shelled rebel positions near Klow on Sunday.\n\n"
        "The U.S. State Department urged both sides to show restraint.\n\n"
        "The rebel-run North East Secretariat said 33 civilians had been killed and 85 "
        "wounded by shelling."
    )
    article = Article(id="t", path="t.txt", text=text)
    names = article_names(tuple(s.text for s in article.sentences))
    assert war_within_one_state(names) == "ghana"


def test_the_states_listed_with_a_go_between_broker_with_it() -> None:
    from summarizer.extract.roles import discover_mediators
    from summarizer.models import ActorMention
    from summarizer.read.articles import Article

    text = (
        "KLOW, July 31 - Klowish and Vellian troops stopped firing at 18.00 hours.\n\n"
        "The suspension of hostilities was arranged by the United States, Ghana and "
        "Senegal after a new appeal on Wednesday."
    )
    article = Article(id="t", path="t.txt", text=text)
    model = [
        ActorMention(name="United States", role="mediator", evidence=[article.evidence(2)]),
        ActorMention(name="Vellian troops", role="belligerent", evidence=[article.evidence(1)]),
    ]
    found = discover_mediators(article, ["United States", "Vellian troops"], model)
    assert sorted(m.name for m in found) == ["Ghana", "Senegal"]
    assert all(m.evidence[0].sentence == 2 for m in found)
    # ... but not a side the article lists fighting, nor a state the list puts in a fight
    sides = [
        ActorMention(name="United States", role="mediator", evidence=[article.evidence(2)]),
        ActorMention(name="Ghana", role="belligerent", evidence=[article.evidence(2)]),
    ]
    assert [m.name for m in discover_mediators(article, ["United States", "Ghana"], sides)] == [
        "Senegal"
    ]


def test_a_dateline_cut_from_its_dash_is_still_the_dateline() -> None:
    from summarizer.reference.timeline import dateline_end

    assert dateline_end("ACCRA, Ghana, July 7 (AP).") > 0
    assert dateline_end("ACCRA, July 25.") > 0
    # ... not any capitalised opening: a headline, a byline, a note (reviewed)
    for line in (
        "NATO, the alliance.",
        "THE TRUCE BEGAN AT DAWN, JULY 9.",
        "REBELS SEIZE KLOW, July 9, 2031.",
        "IVO BRAND, July 7, 2031.",
        "CORRECTION, July 9, 2031.",
    ):
        assert dateline_end(line) == 0, line


def test_a_capitalised_ministry_of_no_named_state_is_the_datelines() -> None:
    from summarizer.extract.claimants import claimant_for
    from summarizer.extract.labels import article_names
    from summarizer.read.articles import Article

    text = (
        "ACCRA, Ghana, July 7 (AP).--Ghanaian and Togolese gunners shelled each other's posts "
        "across the Klow river on Sunday.\n\n"
        "The War Ministry said two Ghanaian soldiers had died in the shelling."
    )
    article = Article(id="t", path="t.txt", text=text)
    sentences = tuple(s.text for s in article.sentences)
    n = next(s.index for s in article.sentences if "War Ministry" in s.text)
    found = claimant_for("War Ministry", 2, [n], article_names(sentences))
    assert found.value == "Ghana"


def _two_july_reports() -> list[Any]:
    """Two reports of July 2031 that date the episode (HAND-WRITTEN)."""
    return [
        one_figure_extraction(
            f"0{i}",
            f"KLOW, July {day}, 2031 - Vellian shelling killed {count} people in Klow, "
            "officials said.",
            f"2031-07-{day}",
            count=count,
            claimant="officials",
        )
        for i, (day, count) in enumerate([(20, 4), (28, 9)], start=1)
    ]


def test_an_archives_posting_year_does_not_date_the_clipping_it_reprints() -> None:
    dated = _two_july_reports()
    archive = one_figure_extraction(
        "03",
        'Vell Remembers | From the paper: "Shells fall on Klow" (July 25, 2031)\n\n'
        "Uploaded by editor on 25/07/2041 | 77 reads\n\n"
        "KLOW, July 25. - Vellian shelling killed 6 people in Klow, officials said.",
        "--07-25",
        count=6,
        claimant="officials",
        sentence=3,
    )
    claims = {c.count: c for c in merge([*dated, archive]).casualty_claims}
    assert claims[6].as_of == "2031-07-25"


# --- Counterexamples found by review (helper-85), each wrong before it was mended ---


def test_reviewed_the_acronym_pairs_with_a_name_written_with_and_without_the() -> None:
    names = ["KRF", "the Klow Relief Front", "Klow Relief Front"]
    assert written_initials(names) == [("KRF", "Klow Relief Front")]


def test_reviewed_a_people_a_province_and_a_units_name_are_no_movements_noun() -> None:
    for names in (
        ["Free Velkis of Klow", "Velkis"],
        ["Islamic State of Klow", "Klow State government"],
        ["Islamic State in Klow Province", "Klow Province"],
        ["Vellian Hill Rangers", "Vellian Rangers", "Rangers"],
        ["Klow Islamic Mujahideen", "Mujahideen"],
    ):
        assert spelling_variants(names, ActorResolver()) == {}, names


def test_reviewed_soldiers_are_not_the_one_fighting_states_among_several() -> None:
    ghana = one_figure_extraction(
        "01",
        "KLOW, Oct 16 - Ghana's army said two of its soldiers were killed.",
        "2031-10-16",
        count=2,
        claimant="Ghana",
        side="Ghana",
    )
    togo = one_figure_extraction(
        "02",
        "KLOW, Oct 17 - Togo said three of its peacekeepers serving with the UN mission "
        "were killed.",
        "2031-10-17",
        count=3,
        claimant="Togo",
        side="Togo",
    )
    soldiers = one_figure_extraction(
        "03",
        "KLOW, Oct 18 - Togolese officials said seven soldiers were killed when their "
        "convoy hit a mine near Klow.",
        "2031-10-18",
        count=7,
        claimant="Togolese officials",
        side="soldiers",
    )
    articles = [
        _with_actors(a, "Ostmark Liberation Front", "Ghana") for a in (ghana, togo, soldiers)
    ]
    claims = {c.count: c for c in merge(articles).casualty_claims}
    assert claims[7].side != "ghana"


def test_reviewed_only_a_brokering_list_brokers() -> None:
    from summarizer.extract.roles import listed_with

    for sentence in (
        "Russia, China and Nigeria have all sold rifles to both armies; Nigeria denies it.",
        "The truce, mediated by Nigeria, was welcomed in statements from France, Britain "
        "and Nigeria.",
        "Nigeria and Benin, whose troops are fighting alongside Togolese forces, attended "
        "the talks mediated by Nigeria.",
    ):
        assert listed_with("Nigeria", sentence) == [], sentence
    assert listed_with("Nigeria", "The truce was proposed by Nigeria, Benin and Mali.") == [
        "Benin",
        "Mali",
    ]


def test_reviewed_an_owned_or_placed_ministry_is_not_the_datelines() -> None:
    from summarizer.extract.claimants import claimant_for
    from summarizer.extract.labels import article_names
    from summarizer.read.articles import Article

    lead = (
        "LOME, Togo, July 7 (AP).--Ghanaian and Togolese gunners shelled each other's posts "
        "across the Klow river on Sunday.\n\n"
    )
    for body in (
        "Accra gave its own toll: the War Ministry said two Ghanaian soldiers were killed.",
        "Ghana's government disputed that. Its War Ministry said two Ghanaian soldiers "
        "were killed.",
    ):
        article = Article(id="t", path="t.txt", text=lead + body)
        sentences = tuple(s.text for s in article.sentences)
        n = next(s.index for s in article.sentences if "War Ministry" in s.text)
        assert claimant_for("War Ministry", 2, [n], article_names(sentences)).value != "Togo"


def test_reviewed_a_follow_up_a_year_on_keeps_its_own_year() -> None:
    dated = _two_july_reports()
    follow_up = one_figure_extraction(
        "03",
        "KLOW, July 25. - A year after Vellian shelling killed 6 people in Klow in July "
        "2031, a government commission said in a report issued on July 3, 2032 that the "
        "true toll was 11.",
        "--07-25",
        count=11,
        claimant="government commission",
    )
    claims = {c.count: c for c in merge([*dated, follow_up]).casualty_claims}
    assert claims[11].status == "out_of_episode" or claims[11].as_of != "2031-07-25"


def test_a_halt_written_in_the_passive_is_truce_wording() -> None:
    from summarizer.extract.truce_wording import speaks_of_truce

    for text in (
        "They agreed that hostilities be suspended from 6 o'clock on Friday evening.",
        "Klowland proposed that all firing should be stopped at noon on Friday.",
    ):
        assert speaks_of_truce(text), text
    for text in (
        "Aid operations were suspended after the shelling.",
        "The talks were suspended.",
        "The fighting was halted by heavy rain.",
    ):
        assert not speaks_of_truce(text), text


def test_a_proposal_both_sides_accepted_is_a_truce_made() -> None:
    from summarizer.extract.found_truces import from_wording
    from summarizer.read.articles import Article

    def found(sentence: str) -> list[str]:
        article = Article(id="t", path="t.txt", text="KLOW, July 27 - " + sentence)
        read = from_wording(article, [], {"article": article, "realigned": []})
        return [x.effective_at_text or "" for x in read]

    both = found(
        "Both sides accepted on Monday a proposal of the two envoys "
        "that hostilities be suspended from 6 o'clock on Friday evening."
    )
    assert len(both) == 1 and "6 o'clock" in both[0]
    # ... not one side's acceptance, nor a proposal alone
    assert not found(
        "Klowland accepted a proposal of the mediators that hostilities be suspended from "
        "6 o'clock on Friday evening."
    )
    assert not found(
        "The mediators proposed that hostilities be suspended from 6 o'clock on Friday evening."
    )


def test_a_headquarters_of_no_named_state_is_the_datelines() -> None:
    from summarizer.extract.claimants import claimant_for
    from summarizer.extract.labels import article_names
    from summarizer.read.articles import Article

    text = (
        "ACCRA, Tuesday - Six Ghanaian soldiers died and nine were hurt in clashes with "
        "Togolese troops near Klow this week, Defence Headquarters said today.\n\n"
        "Togolese gunboats shelled Vell on Saturday."
    )
    article = Article(id="t", path="t.txt", text=text)
    sentences = tuple(s.text for s in article.sentences)
    assert claimant_for("Defence Headquarters", 6, [1], article_names(sentences)).value == ("Ghana")


def test_a_header_field_names_the_town_reported_from() -> None:
    from summarizer.reference.timeline import header_places

    body = "\n\nKLOW TRUCE HOLDS\n\nGhanaian and Togolese troops exchanged fire near Klow."
    assert header_places("ACCRA * TUESDAY, FEBRUARY 20, 2031 * VOL. 14" + body) == ("Accra",)
    # ... not a section, an author, a breadcrumb or an edition list, nor a town of a state
    # the article does not name, nor over the body's own dateline (reviewed)
    for header in (
        "Home > Africa > Monday 17 June 2031",
        "NEWS * POLITICS * SPORTS",
        "METRO * TUESDAY, MARCH 26, 2031",
        "Jackson | March 26, 2031 | 4 min read",
        "Accra | Kumasi | Tamale | Tuesday, March 26, 2031",
        "LAGOS * TUESDAY, MARCH 26, 2031",
    ):
        assert header_places(header + body) == (), header
    wire = (
        "THE DAILY CLARION * ACCRA * TUESDAY, MARCH 26, 2031\n\n"
        "TAMALE, March 25 (GNA) - Ghanaian troops fought."
    )
    assert header_places(wire) == ("Tamale",)


def test_reviewed_only_a_halt_agreed_in_the_subjunctive_is_truce_wording() -> None:
    from summarizer.extract.truce_wording import speaks_of_truce

    for text in (
        "The president declared that hostilities will be ended by a final assault.",
        "The UN envoy said the fighting must be stopped immediately.",
        "Military operations were suspended for the monsoon.",
        "Firing had been suspended for an hour while gunners waited for fresh shells.",
        "Hostilities were suspended in 2024 under the Vell accord.",
        "The garrison said live firing will be halted at the Vell range from 6 a.m.",
    ):
        assert not speaks_of_truce(text), text


def test_reviewed_an_acceptance_not_both_sides_nor_made_is_no_truce() -> None:
    from summarizer.extract.found_truces import from_wording
    from summarizer.read.articles import Article

    then = "that hostilities be suspended from 6 o'clock on Friday evening"
    for sentence in (
        f"Neither of the two governments accepted a proposal of the mediators {then}.",
        f"Both rebel factions had accepted a proposal {then}; the government has not replied.",
        f"Both governments would have accepted a proposal {then}, diplomats said.",
        f"Both governments accepted talks on a proposal {then}.",
        f"Both governments accepted in principle a proposal {then}.",
        f"Both governments had accepted a proposal {then}, but Vellia withdrew its "
        "acceptance hours later.",
        f"Both sides never accepted the proposal {then}.",
    ):
        article = Article(id="t", path="t.txt", text="KLOW, July 27 - " + sentence)
        assert not from_wording(article, [], {"article": article, "realigned": []}), sentence


def test_reviewed_a_rebel_or_owned_headquarters_is_not_the_states() -> None:
    from summarizer.extract.claimants import claimant_for
    from summarizer.extract.labels import article_names
    from summarizer.read.articles import Article

    lead = "ACCRA, Tuesday - Ghanaian troops fought Klow Liberation Front rebels near Vell.\n\n"
    for who, body in (
        ("Military headquarters", "Military headquarters of the Klow Liberation Front said "),
        ("Army Headquarters", "From its bush base, rebel Army Headquarters said "),
        ("Army Headquarters", "The Front issued a communique. Its Army Headquarters said "),
    ):
        article = Article(
            id="t", path="t.txt", text=lead + body + "14 government soldiers had been killed."
        )
        sentences = tuple(s.text for s in article.sentences)
        label = claimant_for(who, 14, [len(sentences)], article_names(sentences))
        assert label.value != "Ghana", body


def test_initials_written_with_dots_can_broker() -> None:
    """Found on opening round 37: "the U.N.-brokered pause" named no go-between,
    since no name run holds dotted initials."""
    from summarizer.extract.roles import go_betweens_in

    assert go_betweens_in("Klow and Vell observed the U.N.-brokered truce on Friday.") == ["U.N."]
    assert go_betweens_in("A truce brokered by the U.S. took effect in Klow.") == ["U.S."]
    # ... not initials that fight or only meet
    assert go_betweens_in("U.S. troops and Klow rebels fought near Vell.") == []
    assert go_betweens_in("The U.S. envoy met both leaders in Vell.") == []


def test_a_related_list_is_no_part_of_the_articles_time() -> None:
    """Found on opening round 37: a "Related on this site" list of '>' links dated the
    page a year later ("(January 2032)")."""
    from summarizer.extract.article import time_mentions
    from summarizer.read.articles import Article

    text = (
        "KLOW, Tuesday - The guns fell silent across Klowland last night when the "
        "cease-fire came into force.\n\n"
        "RELATED ON THIS SITE\n"
        "> The second truce is signed (January 2032)\n"
        "> Operation Vell: the second offensive (December 2032)\n"
    )
    article = Article(id="t", path="t.txt", text=text)
    assert article.link_lines
    assert not any("2032" in m.text for m in time_mentions(article))
    # ... but a quotation set off by '>' under no such heading is the article's own
    quoted = Article(
        id="q",
        path="q.txt",
        text="KLOW, Tuesday - He wrote:\n\n> We stopped firing in January 2032.\n",
    )
    assert not quoted.link_lines
