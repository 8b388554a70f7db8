"""Roles read from the wording: hand-written sentences about invented states and people."""

from __future__ import annotations

import pytest

from summarizer.extract.roles import cues, role_cues, role_from_wording

SENTENCES = [
    "A truce brokered by Syldavia between Ruritania and the Klow-backed Bordurian militia began.",
    "Ruritanian jets struck the port of Szohod overnight.",
    "The Syldavian envoy Ana Vell met both delegations.",
    "Zembla accepted the US-brokered deal and its own army stayed in barracks.",
    "The EU said it was deeply concerned.",
    "Talks hosted by Qumran President Ana Rell resumed in the capital.",
]


@pytest.mark.parametrize(
    ("name", "mediation", "fighting"),
    [
        ("Syldavia", True, False),  # "brokered by Syldavia", "Syldavian envoy"
        ("Ruritania", False, True),  # "between Ruritania and ...", "Ruritanian jets struck"
        ("Borduria", False, True),
        ("Klow", False, False),  # "Klow-backed" says nothing of Klow's own role
        ("US", True, False),  # "US-brokered"; an acronym never matches inside a word
        ("EU", False, False),
        ("Ana Rell", True, False),  # "hosted by Qumran President Ana Rell"
    ],
)
def test_cues(name: str, mediation: bool, fighting: bool) -> None:
    found = cues(name, SENTENCES)
    # A force noun ("Bordurian militia") is a cue too, weaker than an act ("jets struck").
    assert (found.mediation, found.fighting or found.force) == (mediation, fighting)


def test_a_cue_that_belongs_to_another_actor_does_not_count() -> None:
    # "Zembla accepted the US-brokered deal": the brokering is the US's, not Zembla's.
    assert not cues("Zembla", SENTENCES[3:4]).mediation


def test_the_wording_corrects_a_mislabelled_role() -> None:
    assert role_from_wording("Ruritania", "mediator", SENTENCES) == "belligerent"
    assert role_from_wording("Syldavia", "belligerent", SENTENCES) == "mediator"
    assert role_from_wording("Syldavia", "mediator", SENTENCES) == "mediator"
    assert role_from_wording("EU", "belligerent", SENTENCES) is None  # neither: left out


def test_a_person_is_checked_by_the_state_and_surname_the_article_uses() -> None:
    sentences = ["France sent an envoy.", "Vell brokered the deal after a week of talks."]
    assert role_from_wording("French President Ana Vell", "belligerent", sentences) == "mediator"


def test_a_go_between_the_model_left_out_is_found_by_its_wording() -> None:
    from summarizer.extract.roles import discover_mediators
    from summarizer.read.articles import Article

    text = (
        "Ruritanian troops shelled Szohod on Monday, Bordurian officials said.\n"
        "Talks were convened by Norway's foreign minister in Oslo on Tuesday.\n"
        "France said it was concerned about the fighting.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    found = discover_mediators(article, listed=[])
    assert [(m.name, m.role, m.evidence[0].sentence) for m in found] == [("Norway", "mediator", 2)]
    assert discover_mediators(article, listed=["Norwegian government"]) == []  # already listed


def test_a_third_party_announcing_a_truce_between_two_others_brokered_it() -> None:
    from summarizer.merge.briefing import merge
    from summarizer.models import ArticleExtraction, CeasefireMention
    from summarizer.read.articles import Article

    text = "Norway announced a truce between Ruritania and Borduria from Monday.\n"
    article = Article(id="a", path="a.txt", text=text)
    truce = CeasefireMention(
        announced_by="Norway",
        mediators=[],
        parties=["Ruritania", "Borduria"],
        effective_at_text=None,
        status="announced",
        evidence=[article.evidence(1)],
    )
    extraction = ArticleExtraction(
        source="a", path="a.txt", sha256=article.sha256, title=None, ceasefires=[truce]
    )
    briefing = merge([extraction])
    assert [a.id for a in briefing.mediators] == ["norway"]
    assert [a.id for a in briefing.belligerents] == ["borduria", "ruritania"]


def test_a_reactor_must_speak_or_act_in_its_sentence() -> None:
    from summarizer.extract.roles import speaks_in

    assert speaks_in("Syldavia", "Syldavia urged both sides to show restraint.")
    assert speaks_in("Syldavia", "The Syldavian foreign ministry said it was concerned.")
    assert speaks_in("France", "French Foreign Minister Ana Vell called for calm.")
    assert speaks_in("UN", "Fighting went on all night, according to the UN.")
    assert not speaks_in("Ruritania", "The region is populated by ethnic Ruritanians.")
    assert not speaks_in("Syldavia", "MPs from Borduria petitioned Syldavia on Monday.")


# --- Issue 18: roles from wording on text nobody here has written -----------------------


def test_peacekeepers_who_monitor_a_truce_broker_it_and_their_losses_are_no_fighting() -> None:
    sentences = [
        "The truce between Ruritania and Borduria is monitored by Syldavian peacekeepers.",
        "Four Syldavian soldiers were killed when their convoy came under fire near Szohod.",
        "Syldavia's army said nine of its soldiers had died since the truce began.",
        "Bordurian artillery shelled Ruritanian positions overnight.",
    ]
    # The model called Syldavia a belligerent: its soldiers were killed, its army spoke.
    assert role_from_wording("Syldavia", "belligerent", sentences) == "mediator"
    assert role_from_wording("Borduria", "belligerent", sentences) == "belligerent"


def test_peacekeepers_who_ensure_or_mediate_a_truce_are_found_as_mediators() -> None:
    from summarizer.extract.roles import discover_mediators
    from summarizer.read.articles import Article

    text = (
        "Bordurian troops shelled Szohod on Monday.\n"
        "Fijian peacekeepers, who mediated the ceasefire, said they would ensure it held.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    # Only a state or organisation the data knows is added: a real one, not in any episode.
    assert [m.name for m in discover_mediators(article, listed=[])] == ["Fijian"]
    sentences = ["Zemblan peacekeepers will ensure the ceasefire between the two sides."]
    assert cues("Zembla", sentences).mediation


def test_losses_alone_never_make_a_belligerent() -> None:
    sentences = [
        "Ruritanian jets struck the port of Szohod overnight.",
        "Five Zemblan soldiers were killed in the strikes, Zembla's army said.",
        "The strikes killed 12 Zemblan troops, officials said.",
    ]
    assert role_from_wording("Zembla", "belligerent", sentences) is None
    assert role_from_wording("Ruritania", "belligerent", sentences) == "belligerent"


def test_a_un_body_is_never_a_belligerent() -> None:
    sentences = [
        "UN peacekeepers fired warning shots near Szohod.",
        "The UN forces were attacked by Bordurian militia on Monday.",
    ]
    assert role_from_wording("UN", "belligerent", sentences) is None
    assert role_from_wording("UN peacekeeping force", "belligerent", sentences) is None
    assert role_from_wording("MONUSCO", "belligerent", ["MONUSCO troops fired back."]) is None
    brokered = ["The truce was brokered by UN envoy Ana Vell.", *sentences]
    assert role_from_wording("UN", "belligerent", brokered) == "mediator"


def test_a_state_that_denies_being_a_party_is_none_unless_shown_fighting() -> None:
    sentences = [
        "Ruritanian troops shelled Szohod on Monday.",
        "Borduria denied any involvement in the fighting.",
        "Ruritania said Bordurian soldiers had been seen near the border.",
    ]
    assert role_from_wording("Borduria", "belligerent", sentences) is None
    fighting = [*sentences, "Bordurian jets bombed the airport on Tuesday."]
    assert role_from_wording("Borduria", "belligerent", fighting) == "belligerent"
    said = ["Zembla said it was not a party to the conflict.", "Zemblan forces are on alert."]
    assert role_from_wording("Zembla", "belligerent", said) is None


def test_a_passive_or_a_statement_is_no_fighting() -> None:
    # "were shelled" is done to Syldavia; "France condemned the attacks" is a reaction.
    assert not cues("Syldavia", ["Syldavian positions were shelled overnight."]).fighting
    assert not cues("France", ["France condemned the attacks on civilians."]).fighting
    assert cues("Borduria", ["Bordurian forces were advancing on Szohod."]).fighting


def test_a_relative_clause_names_the_broker() -> None:
    sentences = [
        "The deal came with a statement by Syldavian President Ana Vell, whose government "
        "brokered the arrangement over several weeks."
    ]
    assert cues("Syldavia", sentences).mediation
    assert role_from_wording("Syldavia", "belligerent", sentences) == "mediator"


def test_a_un_party_to_a_truce_is_not_made_a_belligerent_in_the_merge() -> None:
    from summarizer.merge.briefing import merge
    from summarizer.models import ArticleExtraction, CeasefireMention
    from summarizer.read.articles import Article

    text = "The UN and Ruritania agreed a truce with Borduria from Monday.\n"
    article = Article(id="a", path="a.txt", text=text)
    truce = CeasefireMention(
        announced_by=None,
        mediators=[],
        parties=["Ruritania", "Borduria", "UN"],
        effective_at_text=None,
        status="announced",
        evidence=[article.evidence(1)],
    )
    extraction = ArticleExtraction(
        source="a", path="a.txt", sha256=article.sha256, title=None, ceasefires=[truce]
    )
    briefing = merge([extraction])
    assert [a.id for a in briefing.belligerents] == ["borduria", "ruritania"]


def test_talks_or_a_meeting_are_not_a_truce() -> None:
    from pydantic import ValidationError

    from summarizer.extract.passes import CeasefiresResponse
    from summarizer.read.articles import Article

    text = (
        "Ruritanian troops shelled Szohod on Monday.\n"
        "Ruritanian and Bordurian officials would meet for talks in Klow on Friday at 10:00.\n"
        "Both sides agreed a halt to the fighting from 18:00 GMT on Saturday.\n"
    )
    article = Article(id="a", path="a.txt", text=text)

    def truce(sentences: list[int]) -> dict[str, object]:
        return {
            "sentences": sentences,
            "announced_by": None,
            "mediators": [],
            "parties": ["Ruritania", "Borduria"],
            "effective_at_text": None,
            "status": "announced",
        }

    with pytest.raises(ValidationError, match="speak of no truce"):
        CeasefiresResponse.model_validate(
            {"ceasefires": [truce([2])]}, context={"article": article, "realigned": []}
        )
    [kept] = CeasefiresResponse.model_validate(
        {"ceasefires": [truce([3])]}, context={"article": article, "realigned": []}
    ).ceasefires
    assert kept.sentences == [3]  # "a halt to the fighting" is a truce


def test_a_time_written_elsewhere_does_not_carry_a_truce_to_a_sentence_without_one() -> None:
    from summarizer.extract.passes import CeasefiresResponse
    from summarizer.read.articles import Article

    text = (
        "Klow said it had mediated that truce, which does not cover Ruritania.\n"
        "Ruritania struck the port of Szohod on 5 May and the airport on 6 May.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    item = {
        "sentences": [1],
        "announced_by": None,
        "mediators": [],
        "parties": [],
        "effective_at_text": "on 6 May",  # written only in the sentence of the strikes
        "status": "announced",
    }
    [kept] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article, "realigned": []}
    ).ceasefires
    # The truce stays where it is written; the date of the strikes is not its time.
    assert (kept.sentences, kept.effective_at_text) == ([1], None)


def test_a_state_that_says_its_forces_are_there_has_a_force() -> None:
    said = ["Borduria says its forces are defending the border against Klow militias."]
    assert cues("Borduria", said).force
    assert role_from_wording("Borduria", "belligerent", said) == "belligerent"
    lost = ["Borduria said nine of its soldiers had been killed."]
    assert role_from_wording("Borduria", "belligerent", lost) is None


# --- Reactions: who reacts is an actor that does not fight, speaking about the episode ---


def _reaction_article() -> tuple[object, list[object]]:
    from summarizer.models import ArticleExtraction, ReactionMention
    from summarizer.read.articles import Article

    text = (
        "Ruritanian jets struck Szohod and Bordurian artillery shelled Klow overnight.\n"
        "Foreign Minister Ana Vell condemned the strikes as a crime.\n"
        "The Revolutionary Guards warned Borduria of a crushing response.\n"
        "Chile's Supreme National Security Council condemned the fighting.\n"
        "Norway urged both sides to show restraint.\n"
        "The Klow Front's coordinator, Rafe Doss, welcomed the ceasefire.\n"
        "Ruritanian Defence Minister Ilo Marr condemned Borduria.\n"
        "Analysts said the fighting was a grave blow to the region.\n"
    )
    article = Article(id="a", path="a.txt", text=text)

    def said(actor: str, n: int, stance: str = "condemnation") -> ReactionMention:
        return ReactionMention(
            actor=actor, stance=stance, addressed_to=[], evidence=[article.evidence(n)]
        )  # type: ignore[arg-type]

    reactions = [
        said("Foreign Minister Ana Vell", 2),
        said("Revolutionary Guards", 3, "other"),
        said("Chile's Supreme National Security Council", 4),
        said("Norway", 5, "call_for_restraint"),
        said("The Klow Front's coordinator, Rafe Doss", 6, "support"),
        said("Ruritanian Defence Minister Ilo Marr", 7),
        said("Analysts", 8, "concern"),
    ]
    from summarizer.models import ActorMention

    actors = [
        ActorMention(name="Ruritania", role="belligerent", evidence=[article.evidence(1)]),
        ActorMention(name="Borduria", role="belligerent", evidence=[article.evidence(1)]),
        ActorMention(name="Klow Front", role="belligerent", evidence=[article.evidence(1)]),
    ]
    extraction = ArticleExtraction(
        source="a",
        path="a.txt",
        sha256=article.sha256,
        title=None,
        actors=actors,
        reactions=reactions,
    )
    return extraction, reactions


def test_reactions_come_from_actors_that_do_not_fight() -> None:
    from summarizer.merge.briefing import merge

    extraction, _ = _reaction_article()
    briefing = merge([extraction])  # type: ignore[list-item]
    # A state's own minister is the state: a party, so no reaction (as before). An
    # official of no named state, a fighting force, a belligerent's official: none
    # are international reactions. "Supreme National Security Council" is Chile's, not
    # the UN's Security Council.
    assert [r.actor for r in briefing.reactions] == ["chile", "norway"]
    reasons = " ".join(s.reason for s in briefing.set_aside if s.kind == "reaction")
    assert "fighting force" in reasons and "no state or organisation" in reasons
    assert "nobody in particular" in reasons


def test_a_body_inside_a_longer_name_is_not_the_un() -> None:
    from summarizer.reference.actors import resolve

    assert resolve("Supreme National Security Council").id != "un"
    assert resolve("Chile's Supreme National Security Council").id == "chile"
    assert resolve("the Security Council").id == "un"
    assert resolve("UN Security Council").id == "un"


def test_a_reaction_is_a_statement_about_the_fighting_not_a_report_of_losses() -> None:
    from summarizer.extract.passes import ReactionsResponse
    from summarizer.merge.briefing import merge
    from summarizer.models import ArticleExtraction
    from summarizer.read.articles import Article

    text = (
        "Ruritanian jets struck Szohod overnight.\n"
        "Syldavia said three of its peacekeepers had died.\n"
        "Syldavia condemned the strikes and urged restraint.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    item = {"sentences": [2], "actor": "Syldavia", "stance": "concern", "addressed_to": []}
    context = {"article": article, "realigned": []}
    [kept] = ReactionsResponse.model_validate({"reactions": [item]}, context=context).reactions
    assert kept.sentences == [3]  # the sentence where Syldavia reacts
    # Where it only reports, the citation stands (no re-ask) and the merge sets it aside.
    alone = Article(id="b", path="b.txt", text="\n".join(text.splitlines()[:2]) + "\n")
    context = {"article": alone, "realigned": []}
    [report] = ReactionsResponse.model_validate({"reactions": [item]}, context=context).reactions
    assert report.sentences == [2]
    fields = {"reactions": [r.model_dump(exclude={"sentences"}) for r in [report]]}
    fields["reactions"][0]["evidence"] = [alone.evidence(2)]
    extraction = ArticleExtraction.model_validate(
        {"source": "b", "path": "b.txt", "sha256": alone.sha256, "title": None, **fields}
    )
    briefing = merge([extraction])
    assert briefing.reactions == []
    assert any("report facts" in s.reason for s in briefing.set_aside)


def test_a_reactor_is_read_with_the_state_and_title_its_sentence_gives() -> None:
    from summarizer.extract.passes import ReactionsResponse
    from summarizer.read.articles import Article

    text = "Chile's Supreme National Security Council condemned the strikes.\n"
    article = Article(id="a", path="a.txt", text=text)
    item = {
        "sentences": [1],
        "actor": "Supreme National Security Council",
        "stance": "condemnation",
        "addressed_to": [],
    }
    context = {"article": article, "realigned": []}
    [kept] = ReactionsResponse.model_validate({"reactions": [item]}, context=context).reactions
    assert kept.actor == "Chile's Supreme National Security Council"


def test_brokers_named_together_each_broker() -> None:
    sentences = [
        "The sides pledged to the Zemblan and Syldavian facilitators not to seek an advantage.",
        "Qumran and the Klow Union, which brokered the truce, warned both sides.",
    ]
    for name in ("Zembla", "Syldavia", "Qumran", "Klow Union"):
        assert cues(name, sentences).mediation, name
    assert cues("Klow Union", ["Talks brokered by Qumran and the Klow Union resumed."]).mediation
    # An act is not a name: "Ruritania attacked Borduria, which brokered ..." is Borduria's.
    assert not cues("Ruritania", ["Ruritania attacked Borduria, which brokered a truce."]).mediation


def test_reactions_the_model_left_out_are_read_from_the_wording() -> None:
    from summarizer.extract.roles import discover_reactions
    from summarizer.read.articles import Article

    text = (
        "Ruritanian jets struck Szohod overnight and Bordurian artillery shelled Klow.\n"
        "Norway condemned the attack on its embassy and called for an end to the fighting.\n"
        "The Arab League and the Gulf Cooperation Council also welcomed the truce.\n"
        "Leaders meeting in Chile called for an immediate ceasefire.\n"
        "Ruritania condemned the Bordurian shelling.\n"
        "Qatar said it had brokered the truce and welcomed it.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    found = discover_reactions(article, listed=["Gulf Cooperation Council"])
    # Chile is only where leaders met; Ruritania fights; Qatar brokers (the model's to list);
    # the GCC is listed already.
    assert [(r.actor, r.stance, r.evidence[0].sentence) for r in found] == [
        ("Arab League", "support", 3),
        ("Norway", "condemnation", 2),
    ]


def test_an_army_that_speaks_of_the_fighting_is_a_side_one_that_counts_its_dead_is_not() -> None:
    fighting = ["Borduria's army said Ruritanian forces had violated the ceasefire twice."]
    assert role_from_wording("Borduria", "belligerent", fighting) == "belligerent"
    counting = ["Zembla's army said five of its soldiers had died near the border."]
    assert role_from_wording("Zembla", "belligerent", counting) is None


def test_soldiers_killed_in_clashes_with_the_enemy_were_fighting() -> None:
    sentences = ["At least 49 Ruritanian soldiers were killed in border clashes with Borduria."]
    assert role_from_wording("Ruritania", "belligerent", sentences) == "belligerent"


def test_an_envoy_s_title_is_no_brokering() -> None:
    said = ["UN envoy Ana Vell said she was deeply concerned and urged restraint."]
    assert not cues("UN", said).mediation
    assert cues("UN", ["The truce was brokered by UN envoy Ana Vell."]).mediation


def test_a_cue_hyphened_onto_another_name_is_that_name_s() -> None:
    said = ["Ten days into Borduria's Qumran-brokered truce, the guns are silent."]
    assert not cues("Borduria", said).mediation
    assert cues("Qumran", said).mediation


def test_both_sides_of_clashes_between_them_fight() -> None:
    said = ["Clashes between the Klow Front and the Velk Guard killed 12 people."]
    assert cues("Velk Guard", said).fighting
    assert cues("Klow Front", said).fighting
    pits = ["The fighting pits the Klow Front against the Velk Guard."]
    assert cues("Klow Front", pits).fighting and cues("Velk Guard", pits).fighting


def test_efforts_that_stopped_the_fighting_are_brokering() -> None:
    said = ["The guns fell silent thanks to the efforts of the elders and Syldavia."]
    assert cues("Syldavia", said).mediation


def test_a_name_drawn_from_both_sides_is_no_actor() -> None:
    said = ["Senior officers of the two sides met at the border as troops clashed."]
    assert role_from_wording("Senior officers of the two sides", "belligerent", said) is None


def test_a_body_named_as_the_un_s_never_fights() -> None:
    said = ["The UN Assistance Mission in Ruritania said Ruritanian jets struck Szohod."]
    name = "UN Assistance Mission in Ruritania"
    assert role_from_wording(name, "belligerent", said) is None


def test_doubt_and_dismissal_are_reactions() -> None:
    from summarizer.reference.reaction_words import reacts_in, stance_in

    said = "Syldavia's foreign minister dismissed the truce as a cynical ploy."
    assert reacts_in(said) and stance_in(said) == "other"
    assert stance_in("Ana Vell said a so-called ceasefire would bring no safety.") == "other"
    assert stance_in("Syldavia said three of its soldiers had died.") is None


def test_who_repeats_or_retorts_speaks() -> None:
    from summarizer.extract.roles import speaks_in

    said = "Syldavia's President Ana Vell repeated that Strelsau was ready to host talks."
    assert speaks_in("Syldavia", said)


def test_the_agent_of_a_passive_brokering_is_the_broker() -> None:
    said = ["Talks among Bordurian parties hosted in Velk by Qumran resumed on Monday."]
    assert not cues("Borduria", said).mediation
    assert cues("Qumran", said).mediation


def test_a_head_of_government_named_with_a_title_is_then_the_title() -> None:
    name = "Prime Minister Ana Vell's Government of Concord"
    said = ["The guns fell silent thanks to the efforts of the prime minister and the elders."]
    assert role_from_wording(name, "mediator", said) == "mediator"


def test_an_official_in_a_capital_speaks_for_its_state() -> None:
    from summarizer.extract.roles import discover_reactions
    from summarizer.read.articles import Article

    text = (
        "Ruritanian troops shelled Szohod on Monday, Bordurian officials said.\n"
        "In Paris, Foreign Minister Ana Vell said the so-called truce was a cynical ploy.\n"
        "In Szohod, residents said shelling went on.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    found = discover_reactions(article, [])
    assert [(r.actor, r.stance) for r in found] == [("Paris", "other")]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Leaders meeting in Syldavia", None),  # where they met, not who
        ("Kenyan leaders meeting in Velk", "mediator"),  # a state of the data met
    ],
)
def test_a_state_named_only_as_the_place_has_no_role(name: str, role: str | None) -> None:
    said = [f"{name} brokered a truce between Ruritania and Borduria."]
    assert role_from_wording(name, "mediator", said) == role


def test_an_end_to_hostilities_is_no_hosting_and_a_second_and_is_no_second_side() -> None:
    from summarizer.extract.roles import role_cues
    from summarizer.reference.reaction_words import brokers_in

    assert not brokers_in("Qumran called for an end to hostilities near Klow.")
    assert brokers_in("Qumran hosted the talks in its capital.")
    text = "The clashes between the Klow Front and the Velk Guard and Qumran's appeal for calm."
    assert role_cues("Qumran", text).fighting is False


def test_a_minister_who_phoned_and_expressed_condolences_speaks_for_his_state() -> None:
    from summarizer.extract.roles import speaks_in

    sentence = (
        "Chilean Defence Minister Ivo Brand also phoned his Peruvian counterpart and expressed "
        "condolences for the dead, the ministry said."
    )
    assert speaks_in("Chile", sentence)
    assert not speaks_in("Peru", sentence)


def test_peacekeepers_watching_the_situation_broker_nothing() -> None:
    sentences = [
        "The UN peacekeeping mission said it was 'closely monitoring' the situation in Klow "
        "and urged both forces to exercise restraint."
    ]
    assert not cues("UN", sentences).mediation
    assert cues("UN", ["UN peacekeepers were monitoring the truce in Klow."]).mediation


def test_a_state_whose_city_hosted_a_meeting_brokered_nothing() -> None:
    hosted = "Borduria, whose city of Vell hosted the brief encounter on Friday, stayed silent."
    assert not cues("Borduria", [hosted]).mediation
    brokered = "Borduria, whose government brokered the deal, welcomed it."
    assert cues("Borduria", [brokered]).mediation


def test_a_go_between_described_as_the_one_who_brokered_the_talks_is_a_mediator() -> None:
    """ "Bishop Ana Vell, the Klowish primate who brokered the talks, and Ivo Tal, head of
    the Vell League, signed as witnesses": the bishop brokered; the other witness did not."""
    sentence = (
        "Bishop Ana Vell, the Klowish primate who brokered the talks, and Ivo Tal, head of "
        "the Vell League, signed as witnesses."
    )
    assert cues("Bishop Ana Vell", [sentence]).mediation
    assert not cues("Ivo Tal", [sentence]).mediation
    fought = "Ivo Tal, the general who led the offensive, said the army would comply."
    assert not cues("Ivo Tal", [fought]).mediation
    # (reviewed: keeping words after an appositive are no brokering)
    for other in (
        "Ivo Tal, a former general who has overseen political reforms, said he would wait.",
        "General Ivo Tal, the Klowish army commander who oversees the offensive, said so.",
        "Ivo Tal, the rebel commander who maintains his fighters never broke the truce, spoke.",
    ):
        assert not cues("Ivo Tal", [other]).mediation, other


def test_a_mediator_of_another_process_who_played_no_part_brokered_nothing() -> None:
    sentence = (
        "Borduria's president, who remains the official Klow Union mediator and brokered "
        "the Vell agreement of 2029, welcomed the text but played no part in it."
    )
    assert not cues("Klow Union", [sentence]).mediation


def test_who_obtained_a_truce_between_two_others_or_was_thanked_for_mediating_brokered_it() -> None:
    obtained = (
        "Bordurian President Ana Vell flew to Klow on Friday and obtained a ceasefire "
        "between the Ruritanian government and the armed groups holding the town."
    )
    assert cues("Bordurian", [obtained]).mediation
    assert not cues("Ruritanian", [obtained]).mediation  # a side of it
    thanked = (
        'The prime minister accepted the ceasefire and thanked President Vell "for his mediation".'
    )
    assert cues("Vell", [thanked]).mediation


@pytest.mark.parametrize(
    "name", ["the three armed groups", "both rebel groups", "the two movements"]
)
def test_a_name_for_several_groups_is_no_side(name: str) -> None:
    sentence = f"Chilean troops clashed with {name} in Arica."
    assert role_from_wording(name, "belligerent", [sentence]) is None


def test_sides_that_negotiated_their_own_truce_brokered_nothing() -> None:
    sentence = "Chile and Peru have negotiated a ceasefire to halt a sudden outbreak of violence."
    assert not cues("Chile", [sentence]).mediation


def test_a_states_forces_named_by_a_demonym_it_does_not_begin_are_its_own() -> None:
    sentences = ["French warplanes and artillery pounded the border town of Vell on Monday."]
    assert role_from_wording("France", "belligerent", sentences) == "belligerent"
    assert role_from_wording("France", "belligerent", ["The French jets struck Vell."]) == (
        "belligerent"
    )
    # a leader described by the demonym is no state reacting or fighting
    assert role_from_wording("France", "belligerent", ["A French analyst urged calm."]) is None
    # nor is a demonym inside another name
    assert not role_cues("Ireland", ["Northern Irish police raided a house in Vell."]).force
    latin = ["Latin American mediators brokered the ceasefire."]
    assert not role_cues("United States", latin).mediation


def test_brokering_wording_for_a_person_or_a_process_and_leading_a_side_is_none() -> None:
    from summarizer.extract.roles import discover_mediators
    from summarizer.read.articles import Article

    article = Article(
        id="m",
        path="m.txt",
        text=(
            "The Klow force, led by Ana Vell, controls the airport.\n"
            "The pause brokered by Tomas Rell on Oct. 17 expired at 22:00 on Tuesday.\n"
        ),
    )
    found = {m.name for m in discover_mediators(article, [])}
    assert found == {"Tomas Rell"}  # the merge ties him to his state; Ana Vell leads a side
    process = ["The Szohod process led by Syldavia's President Ana Rell resumed."]
    assert cues("Syldavia", process).mediation
    assert not cues("Klow", ["The peace process in Klow stalled."]).mediation
    negotiated = ["The truce negotiated by the Syldavian envoy Ana Rell is holding."]
    assert cues("Ana Rell", negotiated).mediation
    own = ["The truce negotiated by Ruritania and Borduria is holding."]
    assert not cues("Ruritania", own).mediation and not cues("Borduria", own).mediation


def test_a_body_led_by_no_state_is_not_the_state_its_name_places_it_in() -> None:
    from summarizer.reference.actors import resolve

    assert resolve("the Klowish-led administration of northern Chile").kind == "other"
    assert resolve("the KLF").id == resolve("KLF").id == "klf"


@pytest.mark.parametrize(
    ("name", "sentence", "brokers"),
    [
        ("Syldavia", "The ceasefire was signed under the auspices of Syldavia.", True),
        ("Syldavia", "Syldavia helped broker the truce between Ruritania and Borduria.", True),
        ("Ana Vell", "The truce followed talks chaired by chief mediator Ana Vell.", True),
        ("Klow", "Syldavia and Klow, guarantors of the old treaty, brokered the truce.", True),
        # a go-between asked, who refuses, brokers nothing
        (
            "Syldavia",
            "Asked whether Syldavia could help broker a deal, its foreign minister said it "
            'would "not be a mediator" between them.',
            False,
        ),
        ("Syldavia", "Syldavia has no intention of mediating between the two.", False),
        ("Syldavia", "Syldavia ruled out mediating.", False),
    ],
)
def test_common_wordings_of_brokering_and_of_refusing_to(
    name: str, sentence: str, brokers: bool
) -> None:
    assert cues(name, [sentence]).mediation is brokers


def test_one_who_negotiates_and_never_fights_is_a_go_between() -> None:
    said = [
        "Clashes between the Vell Brigade and the Klow militia killed 40 fighters in Szohod.",
        "Elders from Szohod, the district that is the militia's stronghold, were trying to "
        "negotiate a way out.",
        "The prime minister had agreed with the Szohod council on the ceasefire.",
    ]
    assert role_from_wording("Elders from Szohod", "mediator", said) == "mediator"
    # agreeing is what the sides do ("Ruritania agreed with Borduria on a truce"), and a
    # refusal to negotiate is no negotiating
    assert role_from_wording("Szohod council", "mediator", said) is None
    refused = ["Borduria has refused to negotiate with the Klow rebels, who seized Szohod."]
    assert role_from_wording("Borduria", "mediator", refused) is None
    # negotiating is no cue of fighting, and a side that fights stays a side
    assert role_from_wording("Elders from Szohod", "belligerent", said) is None
    fights = [*said, "The Klow militia negotiated with the council after it shelled the port."]
    assert role_from_wording("Klow militia", "mediator", fights) == "belligerent"
    # talks called for are nobody's negotiating
    called = ["Vell called for a truce across the Klow-Szohod border to allow for negotiations."]
    assert role_from_wording("Szohod", "mediator", called) is None


def test_forces_after_a_preposition_are_not_the_actor_s_own() -> None:
    said = [
        "The agreement between the government and the Szohod council provides for fighters "
        "to pull back from the front lines."
    ]
    assert not role_cues("Szohod council", said).force
    assert role_cues("Ruritania", ["Ruritania sent troops to the border."]).force
    assert role_cues("Borduria", ["Borduria sent in troops to Klow last month."]).force


def test_leaders_acting_as_brokers_are_go_betweens() -> None:
    said = [
        "The deal, hammered out by the leaders of Klow and Vell with Syldavian President Ana "
        "Vell and Bordurian Premier Ana Rell acting as brokers, provides for a pullback."
    ]
    for name in ("Syldavia", "Borduria", "Ana Rell"):
        assert role_from_wording(name, "mediator", said) == "mediator", name
    # acting as something else is no brokering
    other = ["Syldavian troops acting as border guards fired on the crowd."]
    assert role_from_wording("Syldavia", "mediator", other) == "belligerent"


def test_a_state_fights_under_the_demonym_english_writes_for_it() -> None:
    """The data's demonym for Azerbaijan is "Azerbaijani"; English also writes "Azeri"
    (and "Saudi", "Argentine"): "Azeri and Armenian border guards exchanged fire" and
    "accused Azeri forces of firing first" show Azerbaijan fighting."""
    sentences = [
        "Azeri and Armenian border guards exchanged fire near the village of Korva.",
        "Armenia accused Azeri forces of firing first on a post near Vell.",
    ]
    assert role_from_wording("Azerbaijan", "belligerent", sentences) == "belligerent"
    assert role_from_wording("Saudi Arabia", "belligerent", ["Saudi jets struck Vell."]) == (
        "belligerent"
    )


def test_who_announces_a_truce_between_two_others_is_its_go_between() -> None:
    sentences = [
        "A ceasefire between Kenya and Tanzania announced by U.S. President Ana Vell took "
        "effect on Tuesday.",
        "The United States struck depots in Tanzania on June 22.",
    ]
    # named "United States" by the model, "U.S." by the article: one state
    assert role_from_wording("United States", "mediator", sentences) == "mediator"
    # a side announcing its own truce brokers nothing
    own = [
        "A ceasefire between Kenya and Tanzania announced by Kenya took effect.",
        "Kenyan jets struck depots.",
    ]
    assert role_from_wording("Kenya", "mediator", own) == "belligerent"


def test_the_office_an_article_gives_one_holder_names_them_and_their_body() -> None:
    sentences = [
        "The elders had agreed with Prime Minister Ana Vell that the commander be handed over.",
        "Prime Minister Ana Vell's Government of Unity and the elders reached a deal.",
        "The guns fell silent thanks to the efforts of the prime minister and the elders.",
    ]
    assert role_from_wording("Ana Vell", "mediator", sentences) == "mediator"
    assert role_from_wording("Government of Unity", "mediator", sentences) == "mediator"
    # another state's prime minister in the article: "the prime minister" may be theirs
    other = [*sentences, "Qatar's prime minister called for calm."]
    assert role_from_wording("Ana Vell", "mediator", other) is None


def test_reviewed_counterexamples_of_the_go_between_rules() -> None:
    # a side named by a common noun may be the announcer's own
    own = [
        "A ceasefire between government forces and Klow rebels announced by the Kenyan "
        "government took effect on Monday."
    ]
    assert role_from_wording("Kenya", "belligerent", own) is None
    # "the president of Qatar" is another state's president
    qatar = [
        "President Ana Vell met the elders.",
        "The truce held thanks to the efforts of the president of Qatar.",
    ]
    assert role_from_wording("Ana Vell", "mediator", qatar) is None


def test_a_reaction_by_an_organisation_written_with_dots_is_read() -> None:
    """ "U.N. Secretary-General ..., in a statement issued in New York, appealed": the
    organisation no capitalised run of words holds."""
    from summarizer.extract.roles import discover_reactions
    from summarizer.read.articles import Article

    text = (
        "Kenyan and Tanzanian troops clashed near Vell on Friday.\n"
        "U.N. Secretary-General Ana Vell, in a statement issued in New York, appealed to "
        "both governments to stop the fighting.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    found = discover_reactions(article, listed=[])
    assert [(r.actor, r.stance) for r in found] == [
        ("U.N. Secretary-General", "call_for_restraint")
    ]


def test_a_go_between_who_agreed_to_act_as_mediator_or_was_accepted_as_one() -> None:
    from summarizer.extract.roles import cues

    said = (
        "Bishop Ana Vell of Klow said on Wednesday evening that she had agreed to act as "
        "mediator between the government and the rebels."
    )
    assert cues("Bishop Ana Vell", [said]).mediation
    accepted = (
        "The rebels said they would respect the truce and accepted Bishop Ana Vell as mediator."
    )
    assert cues("Ana Vell", [accepted]).mediation
    # only proposed, or only offering: no go-between yet
    assert not cues("Ivo Tal", ["The rebels proposed Ivo Tal as mediator."]).mediation
    assert not cues("Ivo Tal", ["Ivo Tal said he had offered to act as mediator."]).mediation


def test_telephone_diplomacy_and_a_ceasefire_obtained_are_brokering() -> None:
    from summarizer.extract.roles import cues

    diplomacy = (
        "Borduria agreed to a ceasefire from 4 p.m. today, after two nights of telephone "
        "diplomacy by the Syldavian Foreign Minister, Ana Vell."
    )
    assert cues("Syldavian", [diplomacy]).mediation
    assert not cues("Borduria", [diplomacy]).mediation
    obtained = "The ceasefire that Syldavia obtained on the Monday has, by and large, held."
    assert cues("Syldavia", [obtained]).mediation


def test_soldiers_of_a_un_force_are_peacekeepers_not_their_states_force() -> None:
    said = ["Canadian and Peruvian soldiers of the UN force moved on to the airfield."]
    assert role_from_wording("Peruvian", "belligerent", said) is None
    assert role_from_wording("Peruvian", "belligerent", ["Peruvian soldiers took the airfield."])


def test_who_blames_or_adopts_a_resolution_reacts() -> None:
    from summarizer.extract.roles import speaks_in

    assert speaks_in("Moscow", "Moscow has been quick to blame the junta for the crisis.")
    said = "The UN Security Council adopted resolution 999, calling on all parties to cease fire."
    assert speaks_in("UN Security Council", said)


def test_who_presides_over_the_signing_brokers_it() -> None:
    from summarizer.extract.roles import cues

    said = (
        "The accord was signed in the presence of President Ana Vell, who presided over the "
        "meeting of heads of state."
    )
    assert cues("Ana Vell", [said]).mediation
    assert not cues("Ana Vell", ["President Ana Vell presided over a cabinet meeting."]).mediation


def test_forces_present_that_kept_out_of_the_fighting_make_no_belligerent() -> None:
    stationed = [
        "Syldavia, which has about 12,000 troops stationed in eastern Klow, said its forces "
        "had not moved from their positions."
    ]
    assert role_from_wording("Syldavia", "belligerent", stationed) is None
    camps = ["The Syldavian division stationed in Klow never left its camps."]
    assert role_from_wording("Syldavian", "belligerent", camps) is None
    # shown fighting, whatever it says: a side
    fought = ["Syldavian troops shelled Vell.", "Syldavia said its forces had not moved."]
    assert role_from_wording("Syldavia", "belligerent", fought) == "belligerent"


def test_who_hosts_or_brokers_separate_talks_brokers_nothing_here() -> None:
    from summarizer.extract.roles import cues

    hosting = (
        "Syldavia, which has been hosting separate exploratory talks with several of the "
        "armed groups since January, called for restraint."
    )
    assert not cues("Syldavia", [hosting]).mediation
    own = "Syldavia has been hosting its own exploratory talks with some of the groups."
    assert not cues("Syldavia", [own]).mediation
    assert cues("Syldavia", ["Syldavia has been hosting talks between the two sides."]).mediation


def test_reviewed_counterexamples_of_this_sessions_role_rules() -> None:
    from summarizer.extract.passes import ActorsResponse
    from summarizer.extract.roles import cues
    from summarizer.read.articles import Article

    # a group whose name the article writes with a lower-case particle is still a name
    article = Article(
        id="a", path="a", text="Kenyan troops fought al-Shabaab militants near Kismayo on Monday.\n"
    )
    response = ActorsResponse.model_validate(
        {
            "location": None,
            "actors": [{"name": "al-Shabaab", "role": "belligerent", "sentences": [1]}],
        },
        context={"article": article, "realigned": []},
    )
    assert [a.name for a in response.actors] == ["al-Shabaab"]
    # another side's words about its own troops deny nothing of the one it accuses
    accused = [
        "Ruritanian troops are massed along the border near Vell.",
        "Borduria accused Ruritania of provoking the clashes and said its troops had not fired "
        "first.",
    ]
    assert role_from_wording("Ruritania", "belligerent", accused) == "belligerent"
    # the sides agreeing to separate talks take nothing from the broker of their truce
    brokered = (
        "Kenya brokered the ceasefire between Ruritania and Borduria, which agreed to open "
        "separate talks on prisoners next month."
    )
    assert cues("Kenya", [brokered]).mediation


def test_a_go_between_who_shuttles_or_through_whom_a_truce_is_arranged_brokers_it() -> None:
    said = [
        "The truce was agreed after the Syldavian delegate, Ana Vell, went back and forth "
        "between the Klowish command and Vellish ministers."
    ]
    assert cues("Syldavia", said).mediation
    assert cues("Red Cross", ["A truce arranged through the Red Cross broke down."]).mediation
    # troops going back and forth between towns carry no messages
    moved = ["Syldavian troops went back and forth between the two towns."]
    assert not cues("Syldavia", moved).mediation
    # who shuttles is the subject: not whom it is trusted by, nor its nationality
    trusted = [
        "The delegate, trusted by both the Klowish command and Vellish ministers, carried "
        "messages between them; Ivo Tal, a Syldavian, went back and forth between them."
    ]
    assert not cues("Klow", trusted).mediation and not cues("Syldavian", trusted).mediation


def test_grief_disgrace_and_standing_by_are_reactions() -> None:
    from summarizer.reference.reaction_words import reacts_in, stance_in

    said = 'President Ana Vell called the death "a tragic loss for the world".'
    assert reacts_in(said) and stance_in(said) == "concern"
    said = "Syldavia said it would stand by the mission in Klow."
    assert stance_in(said) == "support"
    said = 'Ana Vell said the raid was "a disgraceful act of aggression".'
    assert stance_in(said) == "condemnation"
    assert not reacts_in("Togo joined the regional non-aggression pact in 1977.")


def test_a_sides_own_negotiator_brokers_nothing_and_its_guerrillas_fight() -> None:
    """ "The FKA's chief negotiator called for a bilateral ceasefire": each side has its own
    negotiator, so the group is no go-between; "FKA guerrillas suspended the truce" shows
    the group's forces, a side of it."""
    sentences = [
        "Kenya's FKA guerrillas on Friday suspended the unilateral ceasefire they had observed.",
        "The FKA's chief negotiator, Ivo Tal, called for talks to continue and for a bilateral "
        "ceasefire.",
    ]
    assert role_from_wording("FKA", "mediator", sentences) == "belligerent"
    assert role_from_wording("FKA", "belligerent", sentences) == "belligerent"
