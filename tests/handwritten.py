"""HAND-WRITTEN chat-completion bodies for unit tests of our handling (never model output)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def completion_body(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    """An OpenAI chat.completion response body carrying `content`."""
    return {
        "id": "hand-written",
        "object": "chat.completion",
        "created": 0,
        "model": "hand-written",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def one_figure_extraction(
    source: str,
    text: str,
    published_at: str | None,
    *,
    count: int,
    claimant: str,
    category: str = "unknown",
    side: str = "Ruritania",
    sentence: int = 1,
    ceasefires: Sequence[Any] = (),
    outcome: str = "killed",
) -> Any:
    """A hand-written extraction of an article: one death toll (Ruritanian unless `side`
    says; another outcome when `outcome` says), cited to its `sentence`, beside any
    `ceasefires` given, with the time mentions the pipeline reads from the text."""
    from summarizer.models import CasualtyMention
    from summarizer.read.articles import Article

    article = Article(id=source, path=f"{source}.txt", text=text)
    return _extraction(
        article,
        published_at,
        ceasefires=list(ceasefires),
        casualties=[
            CasualtyMention(
                side=side,
                outcome=outcome,
                category=category,
                count=count,
                qualifier="exact",
                claimant=claimant,
                evidence=[article.evidence(sentence)],
            )
        ],
    )


def validated_casualty(text: str, **answer: Any) -> tuple[Any, list[str]]:
    """A HAND-WRITTEN model answer of one casualty figure (`answer`'s fields, killed and of
    no category unless they say), validated against an article of `text`: the item the
    grounding rules keep, and the notes of what they repaired."""
    from summarizer.extract.passes import CasualtiesResponse
    from summarizer.read.articles import Article

    article = Article(id="a", path="a.txt", text=text)
    item = {"outcome": "killed", "category": "unknown", "claimant": None, **answer}
    notes: list[str] = []
    [kept] = CasualtiesResponse.model_validate(
        {"casualties": [item]}, context={"article": article, "realigned": notes}
    ).casualties
    return kept, notes


def validated_truce(article: Any, sentences: list[int], when: str | None) -> Any:
    """A HAND-WRITTEN model answer of one truce (no sides, announced, `when` as its time),
    validated against `article`: the item the grounding rules keep."""
    from summarizer.extract.passes import CeasefireItem

    return CeasefireItem.model_validate(
        {
            "sentences": sentences,
            "announced_by": None,
            "mediators": [],
            "parties": [],
            "effective_at_text": when,
            "status": "announced",
        },
        context={"article": article, "realigned": []},
    )


def truce_extraction(
    source: str,
    published: str,
    text: str,
    *,
    parties: Sequence[str] = ("Peru", "Chile"),
    announced_by: str | None = "Peru",
    when: str | None = None,
    status: str = "announced",
) -> Any:
    """A hand-written extraction of an article: one truce mention citing its one sentence
    `text` (sentence 1), published on `published`."""
    from summarizer.models import ArticleExtraction, CeasefireMention, Evidence

    mention = CeasefireMention(
        announced_by=announced_by,
        mediators=[],
        parties=list(parties),
        effective_at_text=when,
        status=status,  # type: ignore[arg-type]
        evidence=[Evidence(source=source, sentence=1, start=0, end=len(text), text=text)],
    )
    return ArticleExtraction(
        source=source,
        path=f"{source}.txt",
        sha256="0" * 64,
        title="Truce",
        published_at=published,
        ceasefires=[mention],
    )


def dated_extraction(source: str, text: str, *, sides: Sequence[str] = ()) -> Any:
    """A hand-written extraction of an article: its own date and time mentions, as the
    pipeline reads them, and the sides its first sentence names fighting."""
    from summarizer.models import ActorMention
    from summarizer.read.articles import Article

    article = Article(id=source, path=f"{source}.txt", text=text)
    return _extraction(
        article,
        article.anchor.iso(),
        actors=[
            ActorMention(name=side, role="belligerent", evidence=[article.evidence(1)])
            for side in sides
        ],
    )


def figure_with_belligerents(
    text: str,
    published_at: str,
    *,
    count: int,
    claimant: str,
    side: str,
    belligerents: Sequence[str],
) -> Any:
    """A hand-written extraction of a one-sentence article: one death toll, and the
    `belligerents` the model named, each cited to that sentence."""
    from summarizer.models import ActorMention

    article = one_figure_extraction(
        "01", text, published_at, count=count, claimant=claimant, side=side
    )
    evidence = article.casualties[0].evidence
    actors = [ActorMention(name=n, role="belligerent", evidence=evidence) for n in belligerents]
    return article.model_copy(update={"actors": actors})


def _extraction(article: Any, published_at: str | None, **fields: Any) -> Any:
    """An article's extraction with the time mentions the pipeline reads from its text."""
    from summarizer.extract.article import time_mentions
    from summarizer.models import ArticleExtraction

    return ArticleExtraction(
        source=article.id,
        path=article.path,
        sha256=article.sha256,
        title=None,
        published_at=published_at,
        time_mentions=time_mentions(article),
        **fields,
    )
