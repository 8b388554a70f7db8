"""Many episodes in one run: a folder of episode folders, or JSONL with an "episode"
field on every line. Each episode is read as `load_articles` reads one."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from summarizer.errors import InputError
from summarizer.read.articles import Article, discover, read_jsonl, unique_ids

Episodes = dict[str, tuple[list[Article], list[InputError]]]


def load_episodes(paths: Iterable[str | Path]) -> tuple[Episodes, list[InputError]]:
    """Each episode's articles and input errors, and the errors of the manifest itself."""
    items: dict[str, list[Article | InputError]] = {}
    where: dict[str, str] = {}
    errors: list[InputError] = []

    def add(name: str, source: str, found: Iterable[Article | InputError]) -> None:
        if name in where and where[name] != source:
            errors.append(InputError(f"{source}: episode {name!r} is also {where[name]}; skipped"))
            return
        where[name] = source
        items.setdefault(name, []).extend(found)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if not p.name.startswith("."))
            folders = [p for p in entries if p.is_dir()]
            if not folders:
                errors.append(InputError(f"{path}: a manifest folder holds one folder per episode"))
            for other in entries:
                if not other.is_dir():
                    errors.append(InputError(f"{other}: not in an episode folder; skipped"))
            for folder in folders:
                add(folder.name, str(folder), discover([folder]))
        elif path.suffix.lower() == ".jsonl" and path.exists():
            for item in read_jsonl(path):
                if isinstance(item, InputError):
                    errors.append(item)
                elif not item.episode:
                    errors.append(InputError(f'{item.path}: no "episode" field; skipped'))
                else:
                    add(item.episode, str(path), [item])
        else:
            errors.append(
                InputError(f"{path}: a manifest is a folder of episode folders or a JSONL file")
            )
    return {name: unique_ids(found) for name, found in sorted(items.items())}, errors
