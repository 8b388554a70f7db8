"""The core stays pure: the record and the merge never import a provider, a recorder or the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
CORE = [
    "models.py",
    "merge.py",
    "actors.py",
    "times.py",
    "episodes.py",
    "grounding.py",
    "context.py",
    "casualties.py",
    "ceasefires.py",
    "reactions.py",
]
EDGE_MODULES = {
    "openai",
    "instructor",
    "httpx",
    "httpx2",
    "vcr",
    "typer",
    "rich",
    "tenacity",
    "summarizer.client",
    "summarizer.extraction",
    "summarizer.pipeline",
    "summarizer.cli",
    "summarizer.recording",
    "summarizer.cache",
    "summarizer.local",
}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_no_edge(module: str) -> None:
    for name in imported(PACKAGE / module):
        assert not any(name == edge or name.startswith(edge + ".") for edge in EDGE_MODULES), (
            f"summarizer/{module} imports {name}: keep model calls, files and the CLI at the edges"
        )


def test_merge_does_no_io() -> None:
    source = (PACKAGE / "merge.py").read_text(encoding="utf-8")
    for call in ("open(", "read_text(", "write_text(", "datetime.now(", "random."):
        assert call not in source
