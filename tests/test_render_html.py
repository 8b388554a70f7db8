"""`summarizer brief --format html`: the page an analyst opens, checked as a reader would.

The seeds briefing is replayed from cassettes through the CLI, as in test_replay_seeds.py,
then parsed (stdlib html.parser) and, when chromium is installed, opened in a real headless
browser. The hostile article below is HAND-WRITTEN for these tests (not model output).
"""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.models import Briefing
from summarizer.read.articles import Article, load_articles
from summarizer.render.views import render_html
from summarizer.score.scoring import evidence_items

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CASSETTE = ROOT / "cassettes" / "qwen2-5-coder-1-5b-instruct-q4-k-m"
CHROMIUM = Path("/usr/bin/chromium")


def _refuse(self: socket.socket, address: Any) -> None:
    raise OSError(f"a replay test tried to connect to {address}")


@pytest.fixture(scope="module")
def seeds_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds briefing as `summarizer brief seeds/ --replay ... --format html` writes it."""
    out = tmp_path_factory.mktemp("html") / "briefing.html"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", _refuse)
        mp.setenv("SUMMARIZER_CACHE_DIR", str(out.parent / "cache"))
        mp.chdir(ROOT)
        result = CliRunner().invoke(
            app, ["brief", "seeds/", "--replay", str(CASSETTE), "--format", "html", "-o", str(out)]
        )
    assert result.exit_code == 0, result.stderr
    assert (out.parent / "briefing.html.run.json").is_file()
    return out


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return Briefing.model_validate_json((CASSETTE / "briefing.json").read_text(encoding="utf-8"))


class Page(HTMLParser):
    """What a test needs of a page: ids, links, marks, script elements, article texts."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}  # id -> tag
        self.links: list[dict[str, str]] = []  # attributes of every <a>
        self.marks: dict[str, str] = {}  # mark id -> its text
        self.tags: list[str] = []
        self.article_texts: dict[str, str] = {}  # article element id -> its .text content
        self._open_mark: str | None = None
        self._article: str | None = None
        self._in_text = 0  # depth inside <div class="text">
        self._in_back = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if "id" in a:
            assert a["id"] not in self.ids, f"id {a['id']} appears twice"
            self.ids[a["id"]] = tag
        if tag == "article":
            self._article = a["id"]
            self.article_texts[a["id"]] = ""
        if self._in_text:
            self._in_text += tag != "br"
        elif tag == "div" and a.get("class") == "text":
            self._in_text = 1
        if tag == "a":
            self.links.append(a)
            self._in_back = "back" in a.get("class", "").split()
        if tag == "mark":
            self._open_mark = a["id"]
            self.marks[a["id"]] = ""

    def handle_endtag(self, tag: str) -> None:
        if self._in_text:
            self._in_text -= 1
        if tag == "mark":
            self._open_mark = None
        if tag == "a":
            self._in_back = False

    def handle_data(self, data: str) -> None:
        if self._open_mark:
            self.marks[self._open_mark] += data
        if self._in_text and self._article and not self._in_back:
            self.article_texts[self._article] += data


@pytest.fixture(scope="module")
def page(seeds_html: Path) -> Page:
    return Page(seeds_html.read_text(encoding="utf-8"))


def _spans(b: Briefing) -> set[tuple[str, int, int]]:
    return {(e["source"], e["start"], e["end"]) for e in evidence_items(b.model_dump())}


def test_every_evidence_link_jumps_to_a_mark_of_exactly_its_sentence(
    page: Page, briefing: Briefing
) -> None:
    evidence = [a for a in page.links if a.get("class") == "ev"]
    assert len(evidence) >= len(_spans(briefing)) >= 20
    for link in evidence:
        target = link["href"].removeprefix("#")
        assert page.ids.get(target) == "mark", link
        assert page.marks[target] == link["title"]  # the title is the evidence text
    # One mark per distinct cited span, and every mark is cited.
    assert len(page.marks) == len(_spans(briefing))
    assert set(page.marks) == {a["href"][1:] for a in evidence}


def test_every_internal_link_has_a_target(page: Page) -> None:
    hrefs = [a["href"] for a in page.links]
    assert all(h.startswith("#") for h in hrefs), "the page links to nothing outside itself"
    missing = {h for h in hrefs if h[1:] not in page.ids}
    assert not missing


def test_each_article_is_shown_in_full(page: Page, briefing: Briefing) -> None:
    articles = {a.id: a for a in load_articles([SEEDS])[0]}
    assert len(page.article_texts) == len(briefing.sources) == len(articles)
    for source in briefing.sources:
        assert page.article_texts[f"src-{source.id}"] == articles[source.id].text


def test_a_superseded_figure_is_struck_through(seeds_html: Path) -> None:
    html = seeds_html.read_text(encoding="utf-8")
    row = html.split('<tr id="claim-armenia-killed-military-49-by-armenia"', 1)[1].split("</tr>")[0]
    assert '<del title="superseded by a later figure">49</del>' in row
    current = html.split('<tr id="claim-armenia-killed-military-105-by-armenia"', 1)[1]
    assert "<del" not in current.split("</tr>")[0]


def test_the_casualty_table_gives_best_low_high_per_side(seeds_html: Path) -> None:
    html = seeds_html.read_text(encoding="utf-8")
    assert (
        '<tr><td>Armenia</td><td>killed</td><td class="n">105</td>'
        '<td class="n"><strong>105</strong></td><td class="n">105</td>'
    ) in html


def test_the_ceasefire_timeline_is_in_utc_beside_the_words_written(seeds_html: Path) -> None:
    html = seeds_html.read_text(encoding="utf-8")
    first, second = html.index("2022-09-13 06:00 UTC"), html.index("2022-09-14 16:00 UTC")
    assert first < second
    assert "as written: “9am Moscow time (to 8am Switzerland)”" in html
    assert "as written: “hours earlier, at 8 p.m. local time (16:00 GMT) on Wednesday”" in html
    truce = html.split('<li id="truce-ceasefire-2022-09-13T0600Z">', 1)[1].split("</li>\n</ol>")[0]
    history = truce.split('<ol class="history">', 1)[1]
    assert history.index(">announced<") < history.index(">violated<")


def test_sources_set_aside_say_why(page: Page, seeds_html: Path, briefing: Briefing) -> None:
    html = seeds_html.read_text(encoding="utf-8")
    row = html.split('href="#src-001_f57797828b104370">S2</a>', 1)[1].split("</tr>")[0]
    assert "no</span>" in row and "puts it in 2021" in row
    assert f"{len(briefing.set_aside)} item(s) set aside by the merge" in html
    # A set-aside item's "source#n" reference jumps to that sentence of its article.
    asides = [a for a in page.links if a["href"].startswith("#aside-")]
    assert asides and all(page.ids[a["href"][1:]] == "span" for a in asides)


def test_reactions_are_listed_with_their_quotes(seeds_html: Path, briefing: Briefing) -> None:
    html = seeds_html.read_text(encoding="utf-8")
    for r in briefing.reactions:
        assert f'<tr id="reaction-{r.id}">' in html
    assert "<td>United States</td><td>concern</td>" in html


def test_same_inputs_give_the_same_bytes_in_any_order(seeds_html: Path, briefing: Briefing) -> None:
    articles = load_articles([SEEDS])[0]
    html = render_html(briefing, articles)
    assert html == render_html(briefing, list(reversed(articles)))
    assert html == seeds_html.read_text(encoding="utf-8")  # what the CLI wrote


# --- Untrusted text ----------------------------------------------------------

HOSTILE_TEXT = (  # HAND-WRITTEN: an article that tries to inject markup and script
    "Shelling hit <b>Bordurian</b> positions near the border on Monday.\n\n"
    'Officials said 12 soldiers were killed <script>document.title="PWNED"</script> there.\n\n'
    'A statement ended </textarea></pre></div><div id="injected">owned</div>'
    '<img src="x" onerror="document.title=\'PWNED\'"> with a warning.\n\n'
    "Syldavia called for restraint & calm in the region, its ministry said.\n"
)


def hostile() -> tuple[Briefing, Article]:
    article = Article(
        id="hw_hostile", path="hw_hostile.txt", text=HOSTILE_TEXT, url="javascript:alert(1)"
    )
    s2, s4 = article.evidence(2), article.evidence(4)
    briefing = Briefing.model_validate(
        {
            "episode": {
                "title": "</title><script>alert(1)</script> clash",
                "start": "2030-01-07",
                "end": None,
                "location": "<i>border</i>",
            },
            "belligerents": [
                {
                    "id": "borduria",
                    "name": "Borduria<script>x()</script>",
                    "kind": "state",
                    "country": None,
                    "aliases": [],
                }
            ],
            "mediators": [],
            "casualty_claims": [
                {
                    "id": 'c"><script>',
                    "side": "borduria",
                    "outcome": "killed",
                    "category": "military",
                    "count": 12,
                    "qualifier": "exact",
                    "as_of": None,
                    "claimant": "<img src=x onerror=alert(1)>",
                    "status": "current",
                    "evidence": [s2.model_dump()],
                }
            ],
            "casualties": [],
            "ceasefire_attempts": [],
            "reactions": [
                {
                    "id": "syldavia-call-for-restraint",
                    "actor": "syldavia",
                    "stance": "call_for_restraint",
                    "addressed_to": [],
                    "evidence": [s4.model_dump()],
                }
            ],
            "sources": [
                {
                    "id": "hw_hostile",
                    "path": "hw_hostile.txt",
                    "sha256": article.sha256,
                    "title": "<script>alert(2)</script>",
                    "in_episode": True,
                }
            ],
            "disagreements": [],
            "set_aside": [
                {
                    "source": "hw_hostile",
                    "kind": "casualty",
                    "item": "<b>x</b> [hw_hostile#3]",
                    "reason": "<script>alert(3)</script>",
                }
            ],
        }
    )
    return briefing, article


def test_article_text_is_shown_as_text_never_as_markup() -> None:
    b, article = hostile()
    html = render_html(b, [article])
    page = Page(html)
    assert "script" not in page.tags and "img" not in page.tags and "b" not in page.tags
    assert "injected" not in page.ids
    assert "&lt;script&gt;document.title=&#34;PWNED&#34;&lt;/script&gt;" in html
    assert page.article_texts["src-hw_hostile"] == HOSTILE_TEXT  # shown in full, as written
    assert "javascript:" not in " ".join(a["href"] for a in page.links)
    # The page allows no script at all, should anything ever slip through.
    assert "content=\"default-src 'none'; style-src 'unsafe-inline';" in html
    assert all(page.ids.get(a["href"][1:]) for a in page.links)


def test_an_article_that_changed_is_not_shown_and_links_fall_back_to_its_heading() -> None:
    b, article = hostile()
    changed = Article(id=article.id, path=article.path, text=article.text + "Edited.\n")
    for given in ([changed], []):
        page = Page(render_html(b, given))
        assert not page.marks
        assert {a["href"] for a in page.links if a.get("class") == "ev"} == {"#src-hw_hostile"}
    assert "is not the one briefed" in render_html(b, [changed])


# --- In a real browser -------------------------------------------------------


def chromium() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run installs it (apt-get chromium)")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI runs this test")
    return CHROMIUM


def browse(html: Path, tmp: Path, *how: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / f"profile-{len(list(tmp.iterdir()))}"
    command = [
        str(chromium()),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *how,
        html.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_the_browser_builds_one_mark_per_cited_span(
    seeds_html: Path, briefing: Briefing, tmp_path: Path
) -> None:
    dom = Page(browse(seeds_html, tmp_path, "--dump-dom").stdout)
    assert len(dom.marks) == len(_spans(briefing))
    assert "script" not in dom.tags
    assert all(a["href"][1:] in dom.ids for a in dom.links)


def test_in_the_browser_a_hostile_article_runs_no_script(tmp_path: Path) -> None:
    b, article = hostile()
    page = tmp_path / "hostile.html"
    page.write_text(render_html(b, [article]), encoding="utf-8")
    dom_html = browse(page, tmp_path, "--dump-dom").stdout
    dom = Page(dom_html)
    assert "PWNED" not in dom_html.split("</title>")[0]  # no script set the title
    assert not {"script", "img", "b", "i"} & set(dom.tags)
    assert "injected" not in dom.ids
    assert dom.article_texts["src-hw_hostile"] == HOSTILE_TEXT


def test_the_browser_draws_the_page(seeds_html: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    browse(seeds_html, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    width, height, rows = png_rows(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    assert shot.stat().st_size > 100_000  # a blank page compresses to a few KB
    assert len(set(rows)) > 500  # lines of text, tables and marks, not one colour


def png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the (still filtered) pixel rows of an 8-bit PNG: stdlib only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, header = 8, b"", b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6)
    stride = 1 + width * (3 if colour == 2 else 4)
    raw = zlib.decompress(idat)
    assert len(raw) == stride * height
    return width, height, [raw[i : i + stride] for i in range(0, len(raw), stride)]
