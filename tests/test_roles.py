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
    assert (found.mediation, found.fighting) == (mediation, fighting)


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
