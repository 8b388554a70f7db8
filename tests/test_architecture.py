"""The stages stay apart. import-linter checks the contracts in pyproject.toml
(`lint-imports`, run by .ci/run); these tests check what it cannot: what an import
actually loads, and that the merge does no I/O."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
CLIENTS = ("openai", "instructor", "vcr", "httpx2", "tenacity")


def loaded_by(statement: str) -> list[str]:
    probe = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()


@pytest.mark.parametrize(
    "statement",
    [
        "import summarizer.merge",
        "from summarizer import merge, Briefing",
        "from summarizer.render import render_markdown",
        "import summarizer.score.scoring",
    ],
)
def test_the_core_loads_no_model_client(statement: str) -> None:
    modules = loaded_by(statement)
    assert not [m for m in modules if m.split(".")[0] in CLIENTS], statement


def test_the_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


def test_merge_does_no_io() -> None:
    for path in sorted((PACKAGE / "merge").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for call in ("open(", "read_text(", "write_text(", "datetime.now(", "random.", "time()"):
            assert call not in source, f"{path.name} calls {call}"
