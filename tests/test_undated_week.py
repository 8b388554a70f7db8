"""An undated article read a week off is moved back by its truce (HAND-WRITTEN extractions).

The articles are hand-written about invented places; the extractions stand for what a
model would answer and are no model's output.
"""

from __future__ import annotations

from handwritten import one_figure_extraction

from summarizer.merge.briefing import merge
from summarizer.models import ArticleExtraction, CeasefireMention
from summarizer.read.articles import Article


def _extraction(
    source: str, text: str, published_at: str | None, *, truce: int | None, toll: tuple[int, int]
) -> ArticleExtraction:
    article = Article(id=source, path=f"{source}.txt", text=text)
    count, n = toll
    ceasefires = []
    if truce is not None:
        ceasefires.append(
            CeasefireMention(
                announced_by=None,
                mediators=[],
                parties=["Kenya", "Tanzania"],
                effective_at_text="1800 GMT on Saturday",
                status="announced",
                evidence=[article.evidence(truce)],
            )
        )
    return one_figure_extraction(
        source,
        text,
        published_at,
        count=count,
        claimant="Kenya",
        category="military",
        side="Kenya",
        sentence=n,
        ceasefires=ceasefires,
    )


def test_an_undated_articles_truce_a_week_off_moves_its_other_dates_too() -> None:
    dated = _extraction(
        "a",
        "A ceasefire between Kenya and Tanzania took effect at 1800 GMT on Saturday.\n"
        "Kenya said 40 of its soldiers had been killed in the fighting near Vell.\n",
        "2031-05-05",
        truce=1,
        toll=(40, 2),
    )
    later = _extraction(
        "c",
        "Kenya said on Sunday that 61 of its soldiers had been killed since the war began.\n",
        "2031-05-11",
        truce=None,
        toll=(61, 1),
    )
    # No date of its own; its "Sunday" fits the later article's Sunday as well as the
    # truce's week, so it is first read a week late.
    undated = _extraction(
        "b",
        "Kenya said on Sunday that 52 of its soldiers had been killed since the war began.\n"
        "The ceasefire between Kenya and Tanzania took effect at 1800 GMT on Saturday.\n",
        None,
        truce=2,
        toll=(52, 1),
    )
    briefing = merge([dated, undated, later])
    [attempt] = briefing.ceasefire_attempts
    assert attempt.effective_at == "2031-05-03T18:00:00+00:00"
    [b] = [s for s in briefing.sources if s.id == "b"]
    assert b.in_episode
    by_count = {c.count: c for c in briefing.casualty_claims}
    assert by_count[52].as_of == "2031-05-04"  # the Sunday after the truce, not a week on
    assert (by_count[40].status, by_count[52].status, by_count[61].status) == (
        "superseded",
        "superseded",
        "current",
    )
