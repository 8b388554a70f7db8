"""Prompt templates are data files in `prompts/`; this module renders them into messages."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files

from jinja2 import Environment, StrictUndefined

from summarizer.articles import Article

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


def messages_for(pass_name: str, article: Article) -> list[dict[str, str]]:
    """System and user messages for one pass over one article."""
    user = _ENV.from_string(_template_text("user")).render(
        task=_template_text(pass_name).strip(),
        article_id=article.id,
        numbered=article.numbered(),
    )
    return [
        {"role": "system", "content": _template_text("system").strip()},
        {"role": "user", "content": user},
    ]
