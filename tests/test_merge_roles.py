"""Roles and reactions in the merge: hand-written extractions of invented articles (never
model output). Real states (from maintained data) stand in as the actors."""

from __future__ import annotations

from summarizer.merge.briefing import merge
from summarizer.models import ActorMention, ArticleExtraction, ReactionMention
from summarizer.read.articles import Article

TEXT = (
    "Armenian troops shelled Azerbaijani positions on Monday, officials said.\n"
    "Azerbaijani jets struck back overnight.\n"
    "A truce brokered by Georgia began on Tuesday.\n"
    "Georgian President Ana Vell said he would convene a summit of both leaders in Tbilisi.\n"
    "Georgia urged both sides to show restraint.\n"
    "Turkey welcomed the truce.\n"
)


def _extraction() -> ArticleExtraction:
    article = Article(id="a", path="a.txt", text=TEXT)

    def reaction(actor: str, stance: str, sentence: int) -> ReactionMention:
        return ReactionMention(
            actor=actor,
            stance=stance,  # type: ignore[arg-type]
            addressed_to=[],
            evidence=[article.evidence(sentence)],
        )

    return ArticleExtraction(
        source="a",
        path=article.path,
        sha256=article.sha256,
        title=None,
        actors=[
            ActorMention(name="Armenia", role="belligerent", evidence=[article.evidence(1)]),
            ActorMention(name="Azerbaijan", role="belligerent", evidence=[article.evidence(2)]),
            ActorMention(name="Georgia", role="mediator", evidence=[article.evidence(3)]),
        ],
        reactions=[
            reaction("Georgian President Ana Vell", "call_for_restraint", 4),
            reaction("Georgia", "call_for_restraint", 5),
            reaction("Turkey", "support", 6),
        ],
    )


def test_a_mediator_speaking_of_its_brokering_is_no_reaction() -> None:
    briefing = merge([_extraction()])
    assert [a.id for a in briefing.mediators] == ["georgia"]
    reacted = [(r.actor, [e.sentence for e in r.evidence]) for r in briefing.reactions]
    # its call for restraint is a reaction; its summit is its mediation
    assert reacted == [("georgia", [5]), ("turkey", [6])]
    assert any("its mediation" in s.reason for s in briefing.set_aside)


def test_leaders_meeting_in_a_state_are_not_that_state_brokering() -> None:
    from summarizer.models import CeasefireMention

    text = (
        "Armenian troops shelled Azerbaijani positions on Monday.\n"
        "Regional leaders meeting in Georgia called for a ceasefire between Armenia and "
        "Azerbaijan.\n"
    )
    article = Article(id="b", path="b.txt", text=text)
    extraction = ArticleExtraction(
        source="b",
        path=article.path,
        sha256=article.sha256,
        title=None,
        ceasefires=[
            CeasefireMention(
                announced_by="Regional leaders meeting in Georgia",
                mediators=[],
                parties=["Armenia", "Azerbaijan"],
                effective_at_text=None,
                status="announced",
                evidence=[article.evidence(2)],
            )
        ],
    )
    briefing = merge([extraction])
    assert "georgia" not in [a.id for a in briefing.mediators]


def test_a_fighting_side_with_no_figure_of_its_own_still_gives_an_enemys_figure() -> None:
    """Hand-written extraction: Tanzania fights (its forces shelled), gives no toll of its
    own dead, and claims a larger Kenyan toll than the one nobody is named giving."""
    from summarizer.extract.article import time_mentions
    from summarizer.merge.briefing import merge
    from summarizer.models import ActorMention, ArticleExtraction, CasualtyMention
    from summarizer.read.articles import Article

    article = Article(
        id="a",
        path="a.txt",
        text=(
            "Tanzanian troops shelled Kenyan posts near Vell on 3 May 2031.\n"
            "Attacks since then have killed 118 Kenyans in all, figures compiled in Nairobi "
            "show.\n"
            "Tanzania said 130 Kenyan soldiers had been killed.\n"
        ),
    )

    def toll(count: int, claimant: str, n: int) -> CasualtyMention:
        return CasualtyMention(
            side="Kenya",
            outcome="killed",
            category="unknown",
            count=count,
            qualifier="exact",
            claimant=claimant,
            evidence=[article.evidence(n)],
        )

    extraction = ArticleExtraction(
        source="a",
        path=article.path,
        sha256=article.sha256,
        title=None,
        published_at="2031-05-04",
        time_mentions=time_mentions(article),
        actors=[
            ActorMention(name=n, role="belligerent", evidence=[article.evidence(1)])
            for n in ("Kenya", "Tanzania")
        ],
        casualties=[toll(118, "unattributed", 2), toll(130, "Tanzania", 3)],
    )
    [kenya] = [e for e in merge([extraction]).casualties if e.side == "kenya"]
    assert kenya.best == 118
    assert "unattributed report" in kenya.basis
