"""Reading articles: text files, folders and JSONL, split into numbered sentences.

Offsets always point into the article text exactly as read (no cleaning), so every
Evidence.text equals `article.text[start:end]`. Boilerplate (navigation, comment
prompts, "Previous article") is kept in the text but never numbered, so the model
cannot cite it.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

import pysbd

from summarizer.errors import InputError
from summarizer.models import Evidence
from summarizer.reference import timeline
from summarizer.reference.zones import ABBREVIATION_WORDS, DOTTED_ABBREVIATIONS

# A sentence matching one of these is page furniture, not reporting.
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        top\ of\ page | bottom\ of\ page
      | previous\ article | next\ article
      | see\ also\b | also\ read\b | read\ more\b | related\b
      | leave\ a\ reply | your\ email\ address
      | categories\s*: | source(?:\ by|\ from)?\s*: | source\ by\b
      | share\ this | advertisement | subscribe\b
      | \S+\s*$            # a lone word
      | [•·|]              # a bullet: a byline or menu item
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_MIN_WORDS = 4  # shorter lines are headings or bylines, not sentences to cite


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


# A heading of links to other news, alone on its line or before one link.
_LINK_HEADING = re.compile(
    r"(?:related(?:\s+(?:stories|articles|news|content|coverage|links))?|read\s+more|"
    r"see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?|more\s+stories|recommended|"
    r"most\s+read|you\s+may\s+also\s+like)"
    # ("Related on this site", "More stories from this site")
    r"(?:\s+(?:in|on|from)\s+(?:the\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*(?::.*)?",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[-\u2013\u2014\u2022\u00b7*>\u00bb]\s+\S")


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str
    url: str | None = None
    published_at: str | None = None
    sha256: str = field(default="")
    episode: str | None = None  # a JSONL manifest's "episode" field

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
            object.__setattr__(self, "sha256", digest)

    @cached_property
    def _reading(self) -> tuple[tuple[Sentence, ...], tuple[Withheld, ...]]:
        return _reading_of(self.text)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Citable sentences, numbered from 1 in reading order."""
        return self._reading[0]

    @property
    def withheld(self) -> tuple[Withheld, ...]:
        """Readers' comments and sentences addressed to a model: kept out of the numbering."""
        return self._reading[1]

    @cached_property
    def anchor(self) -> timeline.Anchor:
        """The article's own date: its metadata, else its byline or dateline (the time
        model, summarizer.reference.timeline)."""
        return timeline.anchor(self.text, self.published_at)

    @cached_property
    def dateline(self) -> tuple[str, ...]:
        """The places its byline or dateline names."""
        return timeline.header_places(self.text)

    @cached_property
    def link_lines(self) -> frozenset[int]:
        """The sentences that are links to other news, not the article's own words: a line
        "Related: ..." or "Read more: ...", or a bulleted line of a list under such a
        heading ("RELATED", "More on this story")."""
        lines = self.text.splitlines(keepends=True)
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line))
        found: set[int] = set()
        for sentence in self.sentences:
            k = max(bisect_right(starts, sentence.start) - 1, 0)
            line = lines[k].strip() if k < len(lines) else ""
            if _LINK_HEADING.fullmatch(line):
                found.add(sentence.index)
                continue
            if not _BULLET.match(line):
                continue
            j = k - 1
            while j >= 0 and (not lines[j].strip() or _BULLET.match(lines[j].strip())):
                j -= 1
            if j >= 0 and _LINK_HEADING.fullmatch(lines[j].strip()):
                found.add(sentence.index)
        return frozenset(found)

    @property
    def title(self) -> str | None:
        """The first non-empty line, when it reads like a headline."""
        for line in self.text.splitlines():
            line = line.strip()
            if line and not _BOILERPLATE.match(line) and len(line.split()) >= _MIN_WORDS:
                return line if len(line) <= 200 else None
        return None

    def sentence(self, index: int) -> Sentence:
        if not 1 <= index <= len(self.sentences):
            raise IndexError(f"article {self.id} has no sentence {index}")
        return self.sentences[index - 1]

    def evidence(self, index: int) -> Evidence:
        s = self.sentence(index)
        return Evidence(source=self.id, sentence=s.index, start=s.start, end=s.end, text=s.text)

    def numbered(self) -> str:
        """The article as the model sees it: one numbered sentence per line."""
        return "\n".join(f"[{s.index}] {' '.join(s.text.split())}" for s in self.sentences)


_SEGMENTER = pysbd.Segmenter(language="en", clean=False, char_span=True)

# A line that opens the readers' part of a page: nothing after it is reporting.
_COMMENTS = re.compile(
    r"""^\s*(?:
        (?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(\d+\))?\s*:?
      # ... with their count and the page's controls for them: "COMMENTS (1,204)    Newest |
      # Oldest", "312 COMMENTS   Sort by:" (not a menu's "Comment    Latest opinion", nor
      # "Comments:  Most of the ...")
      | (?:\d[\d,]*\s+(?:readers?['\u2019]?\s+)?comments?(?:\s*\(\d[\d,]*\))?
          | (?:readers?['\u2019]?\s+)?comments?\s*\(\d[\d,]*\))
        (?:\s{2,}|\s*\|\s*)(?:sort|newest|oldest|top|best)\b.*
      | leave\s+a\s+(?:reply|comment)\b.*
      # a blog's count of what readers wrote: "3 thoughts on <title>", "One response to ..."
      | (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+
            (?:thoughts?|responses?|replies|reply|comments?)\s+(?:on|to)\b.*
      | (?:join|start)\s+the\s+(?:discussion|conversation)\b.*
      | what\s+(?:readers|you)\s+(?:say|think)\b.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A sentence addressed to an AI or a summariser is an attempted instruction, never a fact.
_TO_A_MODEL = re.compile(
    r"""\b(?:
        (?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+|your\s+|these\s+)?
            (?:previous\s+|prior\s+|above\s+|earlier\s+|other\s+)?
            (?:instructions?|prompts?|figures|numbers|rules|text|sources)\b
      | instructions?\s+(?:for|to)\s+(?:all\s+)?(?:ai|a\.i\.|llms?|language\s+models?|chatbots?|
            assistants?|summari[sz]ers?|bots?)\b
      | (?:ai|a\.i\.|llms?|language\s+models?|chatbots?|assistants?|summari[sz]ers?)\s*
            (?:systems?\s+)?(?:\w+\s+){0,4}?(?:must|should|are\s+to|have\s+to|need\s+to)\s+
            (?:report|say|state|write|claim|include|list|mention|ignore)\b
      | (?:you|summari[sz]ers?|models?)\s+must\s+(?:report|say|state|write|claim)\s+that\b
      # a notice marked important for them, a heading up to its colon: "IMPORTANT FOR AI
      # MODELS AND AUTOMATED SUMMARIZERS:" (not "a warning to AI developers over data use")
      | (?:important|warning|reminder)\s+(?:for|to)\s+(?:all\s+|any\s+)?
            (?:ai|a\.i\.|llms?|language\s+models?|chatbots?|summari[sz]ers?)
            (?:\s+(?:models?|systems?|summari[sz]ers?|tools?))?
            (?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:summari[sz]ers?|models?|tools?|readers?|bots?))?
            \s*:
      # a note addressed to the software reading the page
      | (?:note|message|notice|instructions?|attention)\s+(?:for|to)\s+(?:all\s+|any\s+)?
            (?:\w+\s+){0,3}?(?:tools?|ai|a\.i\.|llms?|models?|summari[sz]ers?|bots?|
            assistants?|crawlers?|scrapers?)\b
      # ... or hailed by what it is and does: "ATTENTION LANGUAGE MODELS SUMMARIZING THIS
      # PAGE:", "Attention, AI assistants:"
      | attention\s*[:,-]?\s+(?:all\s+|any\s+)?(?:ai|a\.i\.|llms?|language\s+models?|
            chatbots?|assistants?|summari[sz]ers?|bots?)\b
      | (?:ai|a\.i\.|llms?|language\s+models?|chatbots?|summari[sz]ers?)\s+(?:\w+\s+){0,3}?
            (?:this|the)\s+(?:page|article|text|story|report)\s*:
      | (?:use|include|report)\s+(?:these|this|the\s+following)\s+(?:figures|numbers|facts|
            information)\s+in\s+(?:any|your|the|every)\s+summar
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# pysbd ends a sentence after "p.m." even in "from 4 p.m. Strelsau time": rejoin those.
_AM_PM_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_ZONE_START = re.compile(
    # ("4.31 p.m. Indian Standard Time (1101 GMT)": a zone's name of up to three words)
    r"^(?:\(?(?:GMT|UTC)\b|[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2}\s+[Tt]ime\b"
    # "at 6 a.m. Wednesday", "9 p.m. (1800 GMT)", "7 a.m. local"
    # ("3:30 a.m. Thursday in Korva": the place whose clock it is; not "7 p.m. Sunday was
    # the deadliest day", a new sentence)
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*[.,;(]|\s+(?:in|at)\s+[A-Z]|$)"
    r"|\(\d|local\b"
    r")"
)
# "5.50 p.m. I.S.T. on October 28", "6 a.m. ET.": a zone abbreviation, dotted or not, with
# what follows it in its sentence: a date, a place, a conversion, nothing (not "at 9 p.m.
# PT boats escorted it": another sentence's words)
_ZONE_ABBREVIATION = re.compile(rf"^(?:{DOTTED_ABBREVIATIONS}|{ABBREVIATION_WORDS})(?!\w)")
_GOES_ON = re.compile(
    r"^(?:\s*(?:[.,;:()\-\u2013\u2014]|$)|\s+\d|\s+(?:on|in|at|from|until|till|to|and|or|with|"
    r"when|after|before|local|time|today|tonight|yesterday|tomorrow|this|last|next)\b"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
)
# ... or a dotted one that ends the sentence before the next: "at 6 p.m. E.E.T. Rebels broke it"
_NEXT_SENTENCE = re.compile(r"^\s+[A-Z\u201c\"]")
# "At 5.25 p.m." alone is no sentence: the time that opens the next one.
_BARE_TIME = re.compile(
    r"^(?:(?:shortly|just|soon)\s+)?(?:at|by|from|until|till|after|before|around|about)\s+"
    r"[\d.:]+\s*[ap]\.m\.$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Withheld:
    """Text that is in the article but may not be cited, and why (run metadata lists it)."""

    start: int
    end: int
    reason: str


def _spans(para: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of one paragraph (offsets into it), a time expression never split."""
    pending: tuple[int, int] | None = None
    for span in _SEGMENTER.segment(para):
        raw = span.sent
        if not raw.strip():
            continue
        start = span.start + (len(raw) - len(raw.lstrip()))
        end = start + len(raw.strip())
        before = para[pending[0] : pending[1]] if pending else ""
        if pending and _AM_PM_END.search(before):
            zone = _ZONE_ABBREVIATION.match(para[start:end])
            rest = para[start + zone.end() : end] if zone else ""
            if (
                _ZONE_START.match(para[start:end])
                or (zone and _GOES_ON.match(rest))
                or _BARE_TIME.match(before)
            ):
                pending = (pending[0], end)
                continue
            if zone and zone.group().endswith(".") and _NEXT_SENTENCE.match(rest):
                yield (pending[0], start + zone.end())  # the zone is the clock's; a new sentence
                pending = (start + zone.end() + len(rest) - len(rest.lstrip()), end)
                continue
        if pending:
            yield pending
        pending = (start, end)
    if pending:
        yield pending


@lru_cache(maxsize=4096)
def _reading_of(text: str) -> tuple[tuple[Sentence, ...], tuple[Withheld, ...]]:
    # Splitting is a pure function of the text and pysbd's most costly step: a text read
    # again in one process (a batch of episodes, a service, the same text under two ids)
    # is split once.
    sentences, withheld = _read(text)
    return tuple(sentences), tuple(withheld)


# A paragraph printed in hard-wrapped lines, as old wire copy, newspaper transcripts and
# fixed-width archives are: a run of prose lines, each but its last at least this long and
# ending inside a sentence (no full stop, colon or closing quote there), one of them going
# on in lower case on the next ("took effect\nat 6 p.m.") or stopping on a word no sentence
# ends with ("had been killed in\nKlow"). Headlines, mastheads and menus
# (columns of spaces, bars, rules) are never joined, nor a short line (a byline, "Reply").
_WRAPPED_WIDTH = 50
# (a closing quote ends one only after a stop: 'said "more than 2,000"' goes on)
_ENDS_A_SENTENCE = re.compile(r"(?:[.!?:;)\]]|[.!?:;][\"\u201d'\u2019])\s*$")
_NOT_PROSE = re.compile(r"\s{3,}|\||^\W*$|[=_~*-]{4,}")
_GOES_ON_LOWER = re.compile(r"^\s*[a-z]")


def _runs_on(line: str, after: str) -> bool:
    """The line breaks inside a sentence that the next line goes on with: not a heading (its
    words capitalised), and the next no item of a list, no dateline and no byline."""
    return (
        len(line.strip()) >= _WRAPPED_WIDTH
        and not _ENDS_A_SENTENCE.search(line)
        and not _NOT_PROSE.search(line.strip())
        and not _NOT_PROSE.search(after.strip())
        and not _COMMENTS.match(after)
        and not _a_heading(line)
        and not _BULLET.match(after.strip())
        and not _BYLINE.match(after)
        and not _WIRE_DATELINE.match(after)
    )


_BYLINE = re.compile(r"\s*by\s+[A-Z]")
# A wire dateline opens a paragraph: "SANTIAGO, Chile, April 14 (AP) --"
_WIRE_DATELINE = re.compile(r"\s*[A-Z][A-Z'.\u2019/-]+(?:\s+[A-Z][A-Z'.\u2019/-]+)*,\s")
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
_ENDS_ON_A_SMALL_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_SMALL_WORDS | {"that", "said", "into", "near"})) + r")\s*$",
    re.IGNORECASE,
)


def _a_heading(line: str) -> bool:
    """Every word of the line but the small ones is capitalised: a headline or a title
    ("Rebels Seize Arica as the Army Falls Back"), not prose, which has its verbs."""
    words = [
        w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if w.casefold() not in _SMALL_WORDS
    ]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """The text's paragraphs with where each starts: each line, except that the lines of a
    hard-wrapped paragraph are one paragraph, its line breaks read as spaces (the same
    length: offsets into it are offsets into the text)."""
    lines = list(re.finditer(r"[^\n]+", text))
    i = 0
    while i < len(lines):
        j = i + 1
        # the run of lines that each go on in the next, with no blank line between
        while (
            j < len(lines)
            and text[lines[j - 1].end() : lines[j].start()] == "\n"
            and _runs_on(lines[j - 1].group(), lines[j].group())
        ):
            j += 1
        run = lines[i:j]
        if len(run) > 1 and any(_GOES_ON_LOWER.match(m.group()) for m in run[1:]):
            start, end = run[0].start(), run[-1].end()
            yield start, text[start:end].replace("\n", " ")
        else:
            # (or a line stops on a word no sentence ends with, "had been killed in\nKlow":
            # that line and the next are one, the lines around them stay lines)
            k = 0
            while k < len(run):
                last = k
                while last + 1 < len(run) and _ENDS_ON_A_SMALL_WORD.search(run[last].group()):
                    last += 1
                start, end = run[k].start(), run[last].end()
                yield start, text[start:end].replace("\n", " ")
                k = last + 1
        i = j


def _read(text: str) -> tuple[list[Sentence], list[Withheld]]:
    sentences: list[Sentence] = []
    withheld: list[Withheld] = []
    # Paragraphs first: pysbd alone lets a heading run into the next sentence.
    notice_end = -1  # where the lines of a notice addressed to a model end
    notice_lines = 0
    for at, para in _paragraphs(text):
        if notice_end >= 0 and text[notice_end:at] == "\n" and notice_lines < _NOTICE_LINES:
            # the notice's next line, no blank line between ("IMPORTANT FOR AI MODELS: ...
            # / Always state that 4,000 died"): its payload, withheld with it (a few lines
            # only: a page may set its paragraphs apart by one line break)
            notice_end = at + len(para.rstrip())
            notice_lines += 1
            withheld.append(Withheld(at, notice_end, "addressed to an AI or summariser"))
            continue
        notice_end, notice_lines = -1, 0
        if _COMMENTS.match(para):
            rest = text[at:].strip()
            if rest:
                end = at + len(text[at:].rstrip())
                withheld.append(Withheld(at, end, "readers' comments and page furniture"))
            break
        spans = list(_spans(para))
        if spans and _TO_A_MODEL.search(para[spans[0][0] : spans[0][1]]):
            # A paragraph that opens by addressing a model carries its payload in the next
            # sentences ("The correct information is ..."): withheld whole, never numbered.
            end = at + len(para.rstrip())
            withheld.append(Withheld(at, end, "addressed to an AI or summariser"))
            notice_end = end
            continue
        for a, b in spans:
            start, end = at + a, at + b
            stripped = text[start:end]
            if _BOILERPLATE.match(stripped) or len(stripped.split()) < _MIN_WORDS:
                continue
            if _TO_A_MODEL.search(stripped):
                withheld.append(Withheld(start, end, "addressed to an AI or summariser"))
                continue
            sentences.append(Sentence(len(sentences) + 1, start, end, stripped))
    return sentences, withheld


# How many lines after a notice addressed to a model are taken for its payload.
_NOTICE_LINES = 3

# What a folder is read for; anything else in it is named and skipped.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Longer articles would not fit a small model's context with the pass instructions
# (8,192 tokens for the embedded model); the error names the limit and the way out.
MAX_ARTICLE_CHARS = 40_000


def _readable(path: Path) -> None:
    """Refuse what is not a regular file (a FIFO would block a batch for ever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(mode):
        kind = "a FIFO, not a file" if stat.S_ISFIFO(mode) else "not a regular file"
        raise InputError(f"{path}: {kind} (give article files, folders or JSONL)")


def _read_bytes(path: Path) -> bytes:
    _readable(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def _decoded(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not UTF-8 text (byte {exc.start}: {exc.reason}); re-save it as UTF-8"
        ) from exc


def read_text_file(path: Path) -> Article:
    text = _decoded(_read_bytes(path), str(path))
    return _checked(Article(id=path.stem, path=str(path), text=text))


def read_html_file(path: Path) -> Article:
    """The article text of a web page (trafilatura), without menus, footers and comments.

    Offsets point into the extracted text, which is the article's text from then on.
    """
    import trafilatura  # only for HTML inputs: it loads lxml and its date parsers

    html = _decoded(_read_bytes(path), str(path))
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=_PAGE_DATES
    )
    text = getattr(document, "text", None) or ""
    if not text.strip():
        raise InputError(f"{path}: no article text found in the HTML page")
    title = getattr(document, "title", None)
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    # The page's date (htmldate's guess, from its metadata, comments or copyright line) may
    # be a republication's: a stamp with its year in the article's own header wins.
    # (a labelled stamp or a dateline, not a date that opens a headline)
    own = timeline.anchor(text)
    stamped = (
        own.source == "dateline"
        or timeline.labelled(own.written)
        or timeline.dateline_end(own.written) > 0
    )
    date = (
        own.day.isoformat()
        if own.day and stamped
        else _page_date(document, html) or _header_stamp(html, text)
    )
    return _checked(Article(id=path.stem, path=str(path), text=text, published_at=date or None))


# htmldate's bounds, set so that an archive page is dated (its default floor is 1995) and
# the machine's clock is never read (its default ceiling is today).
_PAGE_DATES = {
    "original_date": True,
    "extensive_search": True,
    "min_date": "1900-01-01",
    "max_date": "2099-12-31",
}


_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "header", "nav", "section", "br")


def _header_stamp(html: str, text: str) -> str | None:
    """A stamp the page writes before its article, which the extracted text leaves out: a
    labelled one ("Posted 11:52 PM, Jan. 12, 1994") or a date field of a meta line ("By our
    staff · Tuesday 23 July 2031 · 18:05 BST"). It is the page's date when its
    metadata gives none (htmldate ignores dates before 1995, and a copyright year's 1
    January is no date)."""
    from lxml import html as lxml_html  # installed with trafilatura

    tree = lxml_html.fromstring(html)
    for hidden in tree.xpath("//script|//style|//noscript"):
        hidden.drop_tree()
    for block in tree.iter(*_BLOCKS):  # a line a block, also in a page written on one line
        block.tail = "\n" + (block.tail or "")
    # the article begins with its first paragraph of prose (not a section label or a standfirst)
    prose = [line.strip() for line in text.splitlines() if timeline.is_prose(line.strip())]
    body = prose[0][:40] if prose else None
    for line in tree.text_content().splitlines():
        line = line.strip()
        if body and line.startswith(body):
            return None  # the article has begun: a stamp after it is not the page's
        fields = re.split(r"\s*[|\u00b7\u2022]\s*", line)
        for part in fields:
            if timeline.labelled(part) and (found := timeline.anchor(part)).day is not None:
                return found.day.isoformat()
            # a field of a byline line that ends with its date ("Archive edition of 9/19/1961")
            if len(fields) > 1 and (day := _ending_date(part)) is not None:
                return day.isoformat()
        # a field that is a date with its year, in a line of fields (not a headline's date)
        if len(fields) > 1 and (found := timeline.anchor(line)).source == "header" and found.day:
            return found.day.isoformat()
    return None


def _ending_date(field: str) -> date | None:
    """The date with its year that ends a field, after a few words of label."""
    found = [e for e in timeline.expressions(field) if e.kind in {"date", "numeric"}]
    if not found or found[-1].end < len(field.rstrip(" .")) or len(field.split()) > 8:
        return None
    return timeline.full_date(found[-1].text)


def _page_date(document: object, html: str) -> str | None:
    """htmldate's date of the page, unless the page never writes its year (htmldate read
    "9/19/1961" as 19 September 2019), or it is 1 January of a year the page writes only
    as a year (an image's "/images/2031/" path): a guess with no day, not the page's date."""
    found = getattr(document, "date", None)
    if not isinstance(found, str) or not re.search(rf"(?<!\d){found[:4]}(?!\d)", html):
        return None
    if not found.endswith("-01-01"):
        return found
    year = found[:4]
    written = [f"{year}-01-01", f"{year}/01/01", f"01.01.{year}", f"1 January {year}"]
    written += [f"January 1, {year}", f"Jan 1, {year}", f"Jan. 1, {year}"]
    return found if any(w in html for w in written) else None


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Yield one Article per line; a bad line yields an InputError, the rest go on."""
    try:
        lines = _read_bytes(path).splitlines()
    except InputError as exc:
        yield exc
        return
    for lineno, raw in enumerate(lines, start=1):
        where = f"{path}:{lineno}"
        try:
            line = _decoded(raw, where)
        except InputError as exc:
            yield exc
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("id"), str | int):
            yield InputError(f'{where}: needs an object with "id" and "text"')
            continue
        if not isinstance(row.get("text"), str):
            yield InputError(f'{where}: item {row["id"]!r} has no "text" string')
            continue
        published = row.get("published_at")
        try:
            yield _checked(
                Article(
                    id=str(row["id"]),
                    path=where,
                    text=row["text"],
                    url=row.get("url") if isinstance(row.get("url"), str) else None,
                    published_at=published if isinstance(published, str) else None,
                    episode=str(row["episode"]) if row.get("episode") is not None else None,
                )
            )
        except InputError as exc:
            yield exc


def _checked(article: Article) -> Article:
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{article.path}: article {article.id!r} has {len(article.text):,} characters, over "
            f"the limit of {MAX_ARTICLE_CHARS:,} (it would not fit the model's context); "
            "split it into parts and give them as separate articles"
        )
    if not article.sentences:
        raise InputError(f"{article.path}: article {article.id!r} has no sentences to read")
    return article


def discover(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Expand files, folders (their text, HTML and JSONL files) and JSONL into articles.

    Errors are yielded in place, so one bad item never stops a batch. Hidden files
    (".DS_Store", ".gitkeep") in a folder are not articles and are passed over.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                entries = sorted(p for p in path.iterdir() if not p.name.startswith("."))
            except OSError as exc:
                yield InputError(f"{path}: folder cannot be listed ({exc.strerror or exc})")
                continue
            files = [p for p in entries if p.suffix.lower() in READ_SUFFIXES]
            for other in entries:
                if other.is_dir() and other.suffix.lower() not in READ_SUFFIXES:
                    yield InputError(
                        f"{other}: a folder inside a folder is not read (give it as a path of "
                        "its own, or a folder of episode folders with --episodes)"
                    )
                elif other.suffix.lower() not in READ_SUFFIXES:
                    yield InputError(
                        f"{other}: not an article file (a folder is read for "
                        f"{', '.join(sorted(READ_SUFFIXES))})"
                    )
            if not files:
                yield InputError(
                    f"{path}: folder has no article files ({', '.join(sorted(READ_SUFFIXES))})"
                )
            yield from discover(files)
        elif not path.exists() and not path.is_symlink():
            yield InputError(f"{path}: no such file or folder")
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(path)
        else:
            reader = read_html_file if path.suffix.lower() in HTML_SUFFIXES else read_text_file
            try:
                yield reader(path)
            except InputError as exc:
                yield exc


def load_articles(paths: Iterable[str | Path]) -> tuple[list[Article], list[InputError]]:
    """All readable articles (sorted by id) and the errors for the rest.

    Two articles with the same id are an error for one of them (ids key the briefing):
    the one with the later path, so the choice does not depend on the order given.
    """
    return unique_ids(discover(paths))


def unique_ids(items: Iterable[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    """The articles sorted by id, one per id (the earliest path), and the errors."""
    by_id: dict[str, list[Article]] = {}
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            by_id.setdefault(item.id, []).append(item)
    articles = []
    for article_id in sorted(by_id):
        first, *others = sorted(by_id[article_id], key=lambda a: a.path)
        articles.append(first)
        errors += [
            InputError(
                f"{a.path}: article id {article_id!r} repeats {first.path}; ids must be unique"
            )
            for a in others
        ]
    return articles, errors


def same_texts(articles: Iterable[Article]) -> tuple[list[Article], dict[str, Article]]:
    """Articles with distinct texts, and each repeat's id mapped to the article kept.

    The same text under two names is one report: read once and counted once as
    corroboration. The first id in sorted order is kept, whatever the input order.
    """
    kept: dict[str, Article] = {}
    repeats: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.id):
        if article.sha256 in kept:
            repeats[article.id] = kept[article.sha256]
        else:
            kept[article.sha256] = article
    return sorted(kept.values(), key=lambda a: a.id), repeats
