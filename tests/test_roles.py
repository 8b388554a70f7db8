"""Roles read from the wording: hand-written sentences about invented states and people."""

from __future__ import annotations

import pytest

from summarizer.extract.roles import cues, role_from_wording

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
