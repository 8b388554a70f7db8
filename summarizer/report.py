"""Run metadata: what happened while making a briefing (beside it, never in it).

Timings, token counts, retries and dropped items vary between runs; keeping them
here is what lets the briefing itself be byte-identical across identical runs.
"""

from __future__ import annotations

from pydantic import BaseModel

from summarizer.models import ArticleExtraction


class DroppedItem(BaseModel):
    """An item the model returned that failed validation after every re-ask."""

    source: str
    pass_name: str
    field: str
    item: str
    reason: str


class PassReport(BaseModel):
    name: str
    attempts: int = 0
    transport_retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    salvaged: bool = False  # True when re-asks ran out and valid items were kept
    realigned: list[str] = []  # citations repaired by summarizer.alignment
    answer_faults: list[str] = []  # answers that were no answer, each asked again
    error: str | None = None  # the pass gave nothing: why


class ArticleReport(BaseModel):
    source: str
    path: str
    cached: bool = False
    seconds: float = 0.0
    passes: list[PassReport] = []
    dropped: list[DroppedItem] = []
    # Text never numbered for the model: readers' comments, sentences addressed to a model.
    withheld: list[str] = []
    # Passes that failed: the article is partial, is not cached, and a rerun asks again.
    missing: list[str] = []
    error: str | None = None  # nothing could be extracted: why
    same_as: str | None = None  # the same text as this article: read once, under its id

    @property
    def complete(self) -> bool:
        return self.error is None and not self.missing


class CachedArticle(BaseModel):
    extraction: ArticleExtraction
    dropped: list[DroppedItem]


class RunMetadata(BaseModel):
    started_at: str
    finished_at: str
    seconds: float
    model: str
    backend: str
    base_url: str | None
    mode: str
    passes: str
    prompt_version: str
    schema_version: str
    extractor_version: str = ""  # hash of the extraction-side code (validators, alignment)
    input_errors: list[str] = []
    stopped: str | None = None  # the run stopped early (interrupt, endpoint down): why
    articles: list[ArticleReport] = []
