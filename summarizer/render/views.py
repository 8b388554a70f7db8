"""What an analyst reads, rendered from a Briefing (pure functions, no I/O but the templates).

`render_markdown` needs only the briefing. `render_html` also takes the articles, so it can
show each one in full with the cited sentences highlighted: every item's evidence link jumps
to its <mark> in the article. Article text is untrusted data: the HTML template escapes
everything it is given (autoescape), and the page allows no script at all (its
Content-Security-Policy), so a `<script>` in an article is shown as text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files

from jinja2 import Environment, StrictUndefined, Template

from summarizer.models import Briefing, Evidence, Source
from summarizer.read.articles import Article


def _env(autoescape: bool) -> Environment:
    return Environment(
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=autoescape
    )


def _source(name: str) -> str:
    return files("summarizer.render").joinpath(f"templates/{name}").read_text(encoding="utf-8")


@cache
def _template() -> Template:
    env = _env(autoescape=False)
    env.filters["cell"] = lambda text: " ".join(str(text).split()).replace("|", "\\|")
    return env.from_string(_source("briefing.md.j2"))


def render_markdown(briefing: Briefing) -> str:
    actors = {a.id: a.name for a in [*briefing.belligerents, *briefing.mediators]}
    return _template().render(b=briefing, name=lambda key: actors.get(key, key)).rstrip() + "\n"


# --- HTML --------------------------------------------------------------------


@cache
def _html_template() -> Template:
    return _env(autoescape=True).from_string(_source("briefing.html.j2"))


def render_html(briefing: Briefing, articles: Iterable[Article] = ()) -> str:
    """One self-contained HTML page: the briefing, then every source article in full.

    An article is shown (and its evidence highlighted) only when its text is the one the
    briefing was made from (same sha256); otherwise the page says why it is missing and
    the evidence links point to the article's heading. Same inputs, same bytes.
    """
    page = _Page(briefing, {a.id: a for a in articles})
    html = _html_template().render(b=briefing, p=page, name=page.name, utc=utc)
    return html.rstrip() + "\n"


def utc(value: str | None) -> str | None:
    """'2022-09-13T06:00:00+00:00' -> '2022-09-13 06:00 UTC'; a value with no offset as is."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


_SAFE_ID = re.compile(r"[A-Za-z0-9_.-]+")
_SLUG = re.compile(r"[a-z]+(?:-[a-z]+)*")
# "[001_f57797828b104370#1, 001_f57797828b104370#2]": the sentences a set-aside item cites.
_ASIDE_REF = re.compile(r"([^\s\[\],#]+)#(\d+)")


def anchor(prefix: str, key: str) -> str:
    """An HTML id (and URL fragment) for `key`: the key itself when it is safe in both."""
    if not _SAFE_ID.fullmatch(key):
        key = "x" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{key}"


@dataclass
class Span:
    """A stretch of an article wrapped in an element: a cited sentence, or withheld text."""

    start: int
    end: int
    kind: str  # "mark" (briefing evidence), "aside" (cited by a set-aside item), "withheld"
    id: str | None = None
    title: str = ""
    cited_by: list[tuple[str, str]] = field(default_factory=list)  # (item anchor, label)


@dataclass
class ArticleView:
    source: Source
    label: str
    id: str
    url: str | None
    missing: str | None  # why the text is not shown, or None
    segments: list[tuple[str, Span | None]]


class _Page:
    """Everything the template needs beyond the briefing: anchors, labels, articles."""

    def __init__(self, briefing: Briefing, articles: dict[str, Article]) -> None:
        self.b = briefing
        self._names = {a.id: a.name for a in [*briefing.belligerents, *briefing.mediators]}
        self.labels = {s.id: f"S{i}" for i, s in enumerate(briefing.sources, start=1)}
        self._texts: dict[str, Article] = {}
        self._missing: dict[str, str] = {}
        for s in briefing.sources:
            article = articles.get(s.id)
            if article is None:
                self._missing[s.id] = "its text was not given to the renderer"
            elif article.sha256 != s.sha256:
                self._missing[s.id] = (
                    f"the text read now (sha256 {article.sha256[:12]}…) is not the one "
                    f"briefed (sha256 {s.sha256[:12]}…)"
                )
            else:
                self._texts[s.id] = article
        self._spans: dict[str, dict[tuple[int, int], Span]] = {s: {} for s in self._texts}
        self._cite_briefing()
        self.aside_parts = [self._cite_aside(i, a.item) for i, a in enumerate(briefing.set_aside)]
        self._targets = self._place()
        self.articles = [self._view(s) for s in briefing.sources]

    def name(self, key: str | None) -> str:
        """An actor's name; an id the briefing names no actor for reads as a name ("france")."""
        if not key:
            return "unknown"
        if key in self._names:
            return self._names[key]
        if key in {"total", "unattributed"} or not _SLUG.fullmatch(key):
            return key
        return key.replace("-", " ").title()

    def claim_label(self, claim_id: str) -> str:
        """'105, by Armenia': a claim as an estimate's row lists it."""
        for c in self.b.casualty_claims:
            if c.id == claim_id:
                return f"{c.count}, by {self.name(c.claimant)}"
        return claim_id

    # Anchors of the briefing's items (the template and the back links share them).
    @staticmethod
    def claim_id(claim_id: str) -> str:
        return anchor("claim", claim_id)

    @staticmethod
    def truce_id(truce_id: str) -> str:
        return anchor("truce", truce_id)

    @staticmethod
    def reaction_id(reaction_id: str) -> str:
        return anchor("reaction", reaction_id)

    @staticmethod
    def source_id(source: str) -> str:
        return anchor("src", source)

    def item_href(self, key: str) -> str | None:
        """A disagreement's or an estimate's claim id -> the row that shows it."""
        if any(c.id == key for c in self.b.casualty_claims):
            return "#" + self.claim_id(key)
        if any(r.id == key for r in self.b.reactions):
            return "#" + self.reaction_id(key)
        if any(c.id == key for c in self.b.ceasefire_attempts):
            return "#" + self.truce_id(key)
        return None

    def href(self, e: Evidence) -> str:
        """Where an evidence link jumps: its mark, else its article's heading."""
        return "#" + self._targets.get((e.source, e.start, e.end), self.source_id(e.source))

    def cite(self, e: Evidence) -> str:
        return f"{self.labels.get(e.source, e.source)} §{e.sentence}"

    def _cite_briefing(self) -> None:
        b, name = self.b, self.name
        for c in b.casualty_claims:
            label = f"{name(c.side)} {c.outcome} {c.count}, claimed by {name(c.claimant)}"
            self._cite(self.claim_id(c.id), label, c.evidence)
        for t in b.ceasefire_attempts:
            when = utc(t.effective_at) or t.effective_at_text or "time not stated"
            self._cite(self.truce_id(t.id), f"truce {when}", t.evidence)
            for h in t.history:
                self._cite(self.truce_id(t.id), f"truce {when}: {h.status}", h.evidence)
        for r in b.reactions:
            label = f"{name(r.actor)}: {r.stance.replace('_', ' ')}"
            self._cite(self.reaction_id(r.id), label, r.evidence)

    def _cite(self, item: str, label: str, evidence: list[Evidence]) -> None:
        for e in evidence:
            article = self._texts.get(e.source)
            if article is None or article.text[e.start : e.end] != e.text:
                continue
            span = self._spans[e.source].setdefault(
                (e.start, e.end),
                Span(e.start, e.end, "mark", anchor("ev", f"{e.source}-{e.start}-{e.end}")),
            )
            if (item, label) not in span.cited_by:
                span.cited_by.append((item, label))

    def _cite_aside(self, index: int, item: str) -> list[tuple[str, str | None]]:
        """A set-aside item's text, its `source#n` references made links to their sentences."""
        parts: list[tuple[str, str | None]] = []
        at = 0
        for m in _ASIDE_REF.finditer(item):
            source, n = m.group(1), int(m.group(2))
            article = self._texts.get(source)
            if article is None or not 1 <= n <= len(article.sentences):
                continue
            s = article.sentence(n)
            span = self._spans[source].get((s.start, s.end))
            if span is None:
                span = Span(s.start, s.end, "aside", anchor("aside", f"{source}-{n}"))
                self._spans[source][(s.start, s.end)] = span
            span.cited_by.append((f"set-aside-{index}", "set aside: " + item[:80]))
            cite = f"{self.labels.get(source, source)} §{n}"
            parts += [(item[at : m.start()], None), (cite, "#" + (span.id or ""))]
            at = m.end()
        parts.append((item[at:], None))
        return [p for p in parts if p[0]]

    def _place(self) -> dict[tuple[str, int, int], str]:
        """Lay out each article's spans without overlap; map every cited span to an id."""
        targets: dict[tuple[str, int, int], str] = {}
        for source, spans in self._spans.items():
            for w in self._texts[source].withheld:
                spans.setdefault((w.start, w.end), Span(w.start, w.end, "withheld", title=w.reason))
            placed: list[Span] = []
            for span in sorted(spans.values(), key=lambda s: (s.start, -s.end)):
                if placed and span.start < placed[-1].end:  # overlaps: jump to the one shown
                    host = placed[-1]
                    host.cited_by += [c for c in span.cited_by if c not in host.cited_by]
                    if host.id:
                        targets[(source, span.start, span.end)] = host.id
                    continue
                placed.append(span)
                if span.id:
                    targets[(source, span.start, span.end)] = span.id
            self._spans[source] = {(s.start, s.end): s for s in placed}
        return targets

    def _view(self, source: Source) -> ArticleView:
        article = self._texts.get(source.id)
        url = article.url if article else None
        view = ArticleView(
            source=source,
            label=self.labels[source.id],
            id=self.source_id(source.id),
            url=url if url and url.startswith(("https://", "http://")) else None,
            missing=self._missing.get(source.id),
            segments=[],
        )
        if article is None:
            return view
        at = 0
        for span in self._spans[source.id].values():
            view.segments += [(article.text[at : span.start], None)]
            view.segments += [(article.text[span.start : span.end], span)]
            at = span.end
        view.segments.append((article.text[at:], None))
        view.segments = [s for s in view.segments if s[0]]
        return view
