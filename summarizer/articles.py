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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pysbd

from summarizer.models import Evidence

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


class InputError(ValueError):
    """An input item is unusable; the message names the item and the problem."""


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str
    url: str | None = None
    published_at: str | None = None
    sha256: str = field(default="")

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
            object.__setattr__(self, "sha256", digest)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Citable sentences, numbered from 1 in reading order."""
        return tuple(_split(self.text))

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


def _split(text: str) -> Iterator[Sentence]:
    index = 0
    # Paragraphs first: pysbd alone lets a heading run into the next sentence.
    for para in re.finditer(r"[^\n]+", text):
        for span in _SEGMENTER.segment(para.group()):
            raw = span.sent
            stripped = raw.strip()
            if not stripped:
                continue
            start = para.start() + span.start + (len(raw) - len(raw.lstrip()))
            end = start + len(stripped)
            if _BOILERPLATE.match(stripped) or len(stripped.split()) < _MIN_WORDS:
                continue
            index += 1
            yield Sentence(index=index, start=start, end=end, text=text[start:end])


def read_text_file(path: Path) -> Article:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason}); re-save it as UTF-8") from exc
    return _checked(Article(id=path.stem, path=str(path), text=text))


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Yield one Article per line; a bad line yields an InputError, the rest go on."""
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
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
            try:
                yield _checked(
                    Article(
                        id=str(row["id"]),
                        path=where,
                        text=row["text"],
                        url=row.get("url"),
                        published_at=row.get("published_at"),
                    )
                )
            except InputError as exc:
                yield exc


def _checked(article: Article) -> Article:
    if not article.sentences:
        raise InputError(f"{article.path}: article {article.id!r} has no sentences to read")
    return article


def discover(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Expand files, folders (their *.txt, *.md and *.jsonl files) and JSONL into articles.

    Errors are yielded in place, so one bad item never stops a batch.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in {".txt", ".md", ".jsonl"})
            if not files:
                yield InputError(f"{path}: folder has no .txt, .md or .jsonl files")
            yield from discover(files)
        elif not path.exists():
            yield InputError(f"{path}: no such file or folder")
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path)
        else:
            try:
                yield read_text_file(path)
            except InputError as exc:
                yield exc


def load_articles(paths: Iterable[str | Path]) -> tuple[list[Article], list[InputError]]:
    """All readable articles (sorted by id) and the errors for the rest.

    Two articles with the same id are an error for the second: ids key the briefing.
    """
    articles: dict[str, Article] = {}
    errors: list[InputError] = []
    for item in discover(paths):
        if isinstance(item, InputError):
            errors.append(item)
        elif item.id in articles:
            errors.append(
                InputError(
                    f"{item.path}: article id {item.id!r} repeats {articles[item.id].path}; "
                    "ids must be unique"
                )
            )
        else:
            articles[item.id] = item
    return [articles[k] for k in sorted(articles)], errors
