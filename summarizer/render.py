"""The Markdown an analyst reads, rendered from a Briefing (a pure function)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from jinja2 import Environment, StrictUndefined, Template

from summarizer.models import Briefing


@cache
def _template() -> Template:
    env = Environment(
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=False
    )
    env.filters["cell"] = lambda text: " ".join(str(text).split()).replace("|", "\\|")
    source = files("summarizer").joinpath("templates/briefing.md.j2").read_text(encoding="utf-8")
    return env.from_string(source)


def render_markdown(briefing: Briefing) -> str:
    actors = {a.id: a.name for a in [*briefing.belligerents, *briefing.mediators]}
    return _template().render(b=briefing, name=lambda key: actors.get(key, key)).rstrip() + "\n"
