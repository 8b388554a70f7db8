"""Prompt templates are data files in `prompts/`; this module renders them into messages."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from jinja2 import Environment, StrictUndefined

from summarizer.extract.figures import Figure
from summarizer.extract.grounding import CASUALTY_WORD, TRUCE_WORD
from summarizer.extract.truce_wording import speaks_of_truce
from summarizer.read.articles import Article

_ENV = Environment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)


@cache
def _template_text(name: str) -> str:
    resource = files("summarizer.prompts").joinpath(f"{name}.j2")
    if not resource.is_file():
        raise FileNotFoundError(f"no prompt template prompts/{name}.j2")
    return resource.read_text(encoding="utf-8")


@cache
def prompt_version() -> str:
    """A short hash of every template: part of the cache key and of the run metadata."""
    digest = hashlib.sha256()
    for resource in sorted(files("summarizer.prompts").iterdir(), key=lambda r: r.name):
        if resource.name.endswith(".j2"):
            digest.update(resource.name.encode() + b"\0" + resource.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|hundred|thousand|dozens?|scores)\b",
    re.IGNORECASE,
)


def casualty_sentences(article: Article) -> list[int]:
    """Sentences with a number and a casualty word: where the casualty pass should look."""
    return [
        s.index
        for s in article.sentences
        if _NUMBER.search(s.text) and CASUALTY_WORD.search(s.text)
    ]


def truce_sentences(article: Article) -> list[int]:
    """Sentences that speak of a ceasefire: where the ceasefire pass should look. Those
    that name one ("ceasefire", "truce", "armistice"); when none does, those whose wording
    the validators take for a truce ("an immediate cessation of hostilities", "laid down
    their arms"): the hint never tells the model a list is empty when a truce sentence
    that a validator would accept is there."""
    named = [s.index for s in article.sentences if TRUCE_WORD.search(s.text)]
    return named or [s.index for s in article.sentences if speaks_of_truce(s.text)]


def messages_for(
    pass_name: str, article: Article, figures: Sequence[Figure] = ()
) -> list[dict[str, str]]:
    """System and user messages for one pass over one article (`figures`: the casualty
    figures found by rule, which the figures pass asks the model to classify)."""
    # Keyword hints, computed from the article, point a small model at the right sentences.
    task = _ENV.from_string(_template_text(pass_name)).render(
        casualty_sentences=casualty_sentences(article),
        truce_sentences=truce_sentences(article),
        figures=figures,
    )
    user = _ENV.from_string(_template_text("user")).render(
        task=task.strip(),
        article_id=article.id,
        numbered=article.numbered(),
    )
    return [
        {"role": "system", "content": _template_text("system").strip()},
        {"role": "user", "content": user},
    ]
