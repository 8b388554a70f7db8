"""Rules found on the thirty-fourth session's reading of round 35 (opened): a figure's own
words name its owner by a group's bare name ("17 Drovani had been killed") or as members
of a named group ("150 members of the Sadr al-Tamim"). HAND-WRITTEN sentences about
invented places and groups (Klowland, Vellia, the Drovani, the Sadr al-Tamim).
"""

from __future__ import annotations

from summarizer.extract.labels import article_names, side_for
from summarizer.read.articles import Article


def _side(text: str, proposed: str, count: int, claimant: str | None = None) -> str:
    article = Article(id="t", path="t.txt", text=text)
    sentences = tuple(s.text for s in article.sentences)
    cited = sentences[-1]  # (the last sentence of each text cites the figure)
    return side_for(proposed, count, cited, claimant, article_names(sentences)).value


_ADVANCE = (
    "KLOW, Oct 17 - Vellian forces pushed north on Monday against the Drovani, the "
    "Klowland region's own armed force, and the Sadr al-Tamim militia fought beside them.\n\n"
)


def test_a_groups_bare_name_after_the_figure_owns_it() -> None:
    text = _ADVANCE + (
        "The Ministry of Drovani Affairs said on Tuesday that 17 Drovani had been killed and "
        "41 wounded since Vellian forces began their advance."
    )
    assert _side(text, "Vellian", 17, "Ministry of Drovani Affairs") == "Drovani"
    # ... and not a month or a weekday after a number
    dated = _ADVANCE + "Vellian officials said 12 October deaths were still being counted."
    assert _side(dated, "Vellian", 12) != "October"


def test_members_of_a_named_group_are_that_groups() -> None:
    text = _ADVANCE + (
        "The Drovani General Command said its forces had killed more than 150 members of "
        "the Sadr al-Tamim, before pulling back to new lines."
    )
    assert _side(text, "Sadr al-Tamim (SAT)", 150, "Drovani General Command").startswith(
        "Sadr al-Tamim"
    )
    assert _side(text, "Drovani", 150, "Drovani General Command") == "Sadr al-Tamim"
    # ... but not members of a family: a household is no side
    family = _ADVANCE + "Shells killed 6 members of the Orvan family in Klow on Monday."
    assert _side(family, "Vellian", 6) != "Orvan"


def test_a_states_guard_is_the_states() -> None:
    from summarizer.reference.affiliations import affiliations

    learned = affiliations(
        [
            "Chile's National Guard gives eight guardsmen dead and nine wounded.",
            "The Peruvian Frontier Police said two of its men had died.",
        ]
    )
    assert learned.get("National Guard") == "chile"
    assert learned.get("Frontier Police") == "peru"
    # ... but not a movement's guard, nor a state's forces of any other name
    other = affiliations(
        [
            "Chile's Revolutionary Guard of the Klow Front said 9 died.",
            "Peru's Klow Defence Forces said 9 died.",
        ]
    )
    assert not other
    # ... nor a guard the first of two demonyms owns: the second names it
    assert "greece" not in affiliations(["The Greek Cypriot National Guard said 9 died."]).values()


def test_a_claimant_named_after_its_side_continues_that_sides_series() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from handwritten import one_figure_extraction

    from summarizer.merge.briefing import merge

    first = one_figure_extraction(
        "01",
        "KLOW, Oct 16 - A Drovani commander said six of his fighters had been killed in "
        "clashes with Vellian forces.",
        "2031-10-16",
        count=6,
        claimant="Drovani commander",
        side="Drovani",
    )
    later = one_figure_extraction(
        "02",
        "KLOW, Oct 30 - The Ministry of Drovani Affairs said 32 Drovani had been killed "
        "since the Vellian advance began.",
        "2031-10-30",
        count=32,
        claimant="Ministry of Drovani Affairs",
        side="Drovani",
    )
    claims = {c.count: c for c in merge([first, later]).casualty_claims}
    assert (claims[6].status, claims[32].status) == ("superseded", "current")


def test_a_name_and_the_same_name_qualified_are_one_side() -> None:
    from summarizer.reference.actors import ActorResolver, spelling_variants

    found = spelling_variants(["Krajova Velkis", "Velkis", "Velkis"], ActorResolver())
    assert found == {"Krajova Velkis": "Velkis"}
    # ... but a name two qualifiers share is neither's: two sides, maybe
    assert spelling_variants(["Orvan Velkis", "Ostian Velkis", "Velkis"], ActorResolver()) == {}


def _two_reports(first_claimant: str, later_claimant: str, side: str = "Drovani") -> dict:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from handwritten import one_figure_extraction

    from summarizer.merge.briefing import merge

    first = one_figure_extraction(
        "01",
        f"KLOW, Oct 16 - {first_claimant} said six {side} fighters had been killed in "
        "clashes with Vellian forces.",
        "2031-10-16",
        count=6,
        claimant=first_claimant,
        side=side,
    )
    later = one_figure_extraction(
        "02",
        f"KLOW, Oct 30 - {later_claimant} said 32 {side} fighters had been killed since "
        "the Vellian advance began.",
        "2031-10-30",
        count=32,
        claimant=later_claimant,
        side=side,
    )
    return {c.count: c.status for c in merge([first, later]).casualty_claims}


def test_a_claimant_sharing_a_name_word_with_its_side_is_its_voice() -> None:
    # the radio and the command are named after the side alone: one voice, one series
    assert _two_reports("Radio Drovania", "the Drovani General Command") == {
        6: "superseded",
        32: "current",
    }


def test_a_forces_name_after_the_figure_does_not_say_whose() -> None:
    text = _ADVANCE + "Four Civil Guards were killed and seven wounded in the recapture of Klow."
    assert _side(text, "Vellian", 4) != "Civil Guards"


def test_a_denied_report_of_brokering_brokers_nothing() -> None:
    from summarizer.extract.roles import role_cues

    denied = (
        "Syldavia's foreign ministry rejected reports that General Ivo Brand had brokered "
        "the Drovani withdrawal from Klow."
    )
    assert not role_cues("Ivo Brand", [denied]).mediation
    assert role_cues("Ivo Brand", ["General Ivo Brand brokered the Drovani withdrawal."]).mediation


def test_a_name_two_states_share_is_the_one_the_articles_name() -> None:
    from summarizer.reference.actors import ActorResolver, shared_choices

    texts = [
        "BRAZZAVILLE, June 6 - Fighting shook Brazzaville for a second day, residents said.",
        "The Congolese army said it held the airport.",
    ]
    chosen = ActorResolver(chosen=shared_choices(texts))
    assert chosen.party("Congolese army").id == "republic-of-the-congo"
    assert chosen.party("Congolese").id == "republic-of-the-congo"
    # ... the other where the articles name it, and the data's choice where they name neither
    other = ActorResolver(chosen=shared_choices(["KINSHASA, May 2 - Shells hit Kinshasa."]))
    assert other.party("Congolese army").id == "democratic-republic-of-the-congo"
    assert ActorResolver().party("Congolese").id == "democratic-republic-of-the-congo"


def test_forces_sent_to_evacuate_foreigners_are_no_side() -> None:
    from summarizer.extract.labels import article_names
    from summarizer.extract.scene import _article_attackers

    for sentence in (
        "Hundreds of Chilean paratroopers flew in from Klow yesterday to protect the "
        "evacuation of foreigners.",
        "About 450 Chilean troops are stationed in Klow, many of them left over from an "
        "evacuation of foreigners during an earlier war.",
        "A Chilean military spokesman said there had been violations on both sides.",
    ):
        names = article_names((sentence,))
        assert "chile" not in _article_attackers((sentence,), names.resolver), sentence
    fought = "Chilean marines sent to evacuate foreigners fired on Drovani positions in Klow."
    assert "chile" in _article_attackers((fought,), article_names((fought,)).resolver)


def test_a_speaker_of_anothers_harm_did_not_do_it() -> None:
    from summarizer.extract.grounding import harmed_in

    said = "Radio Klow said Vellian shelling on Monday night had killed four civilians."
    assert not harmed_in("Radio Klow", said)
    assert harmed_in("Vellian", said)


def test_a_body_run_by_a_side_speaks_for_it() -> None:
    from summarizer.extract.scene import _state_of

    text = "The Drovani-run al-Vell TV said Vellian shelling had killed four civilians."
    names = article_names((text,))
    assert _state_of("Drovani-run al-Vell TV", names) == "Drovani"
    # ... but one backed by a patron is not the patron's
    assert _state_of("the Vellian-backed Klow Brigades", names) != "Vellian"


# Counterexamples a review of this file's rules found (helper-83), each wrong in a first
# version of them; all about invented places and groups but for the real states named.


def test_reviewed_a_movements_or_bodys_name_qualified_is_another_actor() -> None:
    from summarizer.reference.actors import ActorResolver, spelling_variants

    for names in (
        ["Free Klowish Army", "Klowish Army", "Klowish government", "rebels"],
        ["Anti-Velkis Front", "Velkis Front"],
        ["Real Drovani Army", "Drovani Army"],
        ["Drovani National Guard", "National Guard"],
        ["Vellian Red Crescent", "Red Crescent"],
    ):
        found = spelling_variants(names, ActorResolver())
        assert names[0] not in found, names


def test_reviewed_kinds_of_people_and_bodies_are_no_owners() -> None:
    # (a community by its name stays one: "30 Klowish Cypriots", "25 Christians" may be a
    # side in a war between communities)
    for sentence, count, not_owner in (
        ("A car bomb killed three members of Parliament in Klow, police said.", 3, "Parliament"),
        (
            "Two members of Doctors Without Borders were killed when shells hit Klow.",
            2,
            "Doctors Without Borders",
        ),
        (
            "Vellian shelling killed six members of the Orvan Football Club in Klow.",
            6,
            "Orvan Football Club",
        ),
        ("Four Marines were killed when Drovani fighters ambushed a convoy.", 4, "Marines"),
    ):
        assert _side(_ADVANCE + sentence, "Vellian", count) != not_owner, sentence


def test_reviewed_a_speaker_of_its_own_strikes_did_the_harm() -> None:
    from summarizer.extract.grounding import harmed_in

    assert harmed_in("Drovani", "The Drovani claimed their rockets had killed 12 people in Ostia.")
    assert harmed_in("Vellia", "Vellia said its air strikes had killed 30 people in Klow.")


def test_reviewed_left_dead_however_long_the_list_between() -> None:
    from summarizer.extract.grounding import harmed_in

    for sentence in (
        "Vellian shelling left 12 people, including four children, dead in Klow.",
        "Vellian shelling left 30 people with shrapnel wounds in Klow.",
        "Vellian shelling left more than 60 of the town's residents dead.",
    ):
        assert harmed_in("Vellian", sentence), sentence


def test_reviewed_forces_that_fight_while_others_are_evacuated_are_a_side() -> None:
    from summarizer.extract.labels import article_names
    from summarizer.extract.scene import _article_attackers

    for sentence in (
        "Chilean troops entered Klow on Tuesday as thousands of residents were evacuated.",
        "Chilean troops seized the airport at Klow and ordered the evacuation of the town.",
        "Chilean paratroopers captured the Klow bridge, forcing the evacuation of nearby villages.",
        "Chilean marines landed at Klow and began evacuating foreigners, then pushed inland "
        "against the Drovani.",
        "A Chilean military spokesman said its jets had bombed Drovani positions near Klow.",
    ):
        names = article_names((sentence,))
        assert "chile" in _article_attackers((sentence,), names.resolver), sentence


def test_reviewed_a_denied_report_ends_with_its_clause() -> None:
    from summarizer.extract.roles import role_cues

    for sentence in (
        "Vellia denied reports that its jets had bombed Klow, and Syldavian envoy Ivo Brand "
        "brokered a ceasefire on Friday.",
        "The Drovani dismissed claims of heavy losses, saying the truce brokered by Ivo Brand "
        "was holding.",
        "The Drovani denied reports of a split, while the ceasefire that Ivo Brand brokered "
        "held for a third day.",
    ):
        assert role_cues("Ivo Brand", [sentence]).mediation, sentence


def test_reviewed_a_monitor_named_after_a_side_is_no_voice_of_it() -> None:
    assert _two_reports("the Drovani General Command", "the Drovani Human Rights Observatory") == {
        6: "current",
        32: "current",
    }


def test_reviewed_a_peoples_or_towns_guard_is_not_the_states() -> None:
    from summarizer.reference.affiliations import affiliations

    for sentence in (
        "Georgia's Abkhaz National Guard said 9 died.",
        "Chile's Mapuche Self-Defence Guard said 9 died.",
        "Georgia's Klow Municipal Police said 9 died.",
    ):
        assert not affiliations([sentence]), sentence


def test_reviewed_where_a_wire_is_filed_outweighs_where_refugees_went() -> None:
    texts = (
        "GOMA, Nov 3 - Drovani rebels pushed toward Goma on Tuesday, residents said.",
        "Aid workers said 3,000 refugees had crossed to Brazzaville, capital of the "
        "neighbouring Republic of Congo.",
        "The Congolese army said 14 of its soldiers had been killed.",
    )
    names = article_names(texts)
    assert names.resolver.party("Congolese army").id == "democratic-republic-of-the-congo"


def test_a_mastheads_fields_set_apart_by_stars_date_it() -> None:
    from datetime import date

    text = (
        "DAILY KLOWLAND CHRONICLE\n"
        "KLOW * TUESDAY, FEBRUARY 20, 2031 * VOL. 14 NO. 3,871 * K15.00\n"
        "NEWS * POLITICS * SPORTS\n\n"
        "Vellian shells hit Klow on Monday night, the army said.\n"
    )
    assert Article(id="t", path="t.txt", text=text).anchor.day == date(2031, 2, 20)
