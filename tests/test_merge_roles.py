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
