"""schemas/ is generated from the Pydantic models; this fails when they drift."""

from __future__ import annotations

from pathlib import Path

from summarizer.schemas_io import SCHEMA_FILES, schema_text

SCHEMAS = Path(__file__).parent.parent / "schemas"


def test_committed_schemas_match_the_models() -> None:
    for name, model in SCHEMA_FILES.items():
        path = SCHEMAS / name
        assert path.is_file(), f"{path} missing: run `summarizer schema`"
        assert path.read_text(encoding="utf-8") == schema_text(model), (
            f"{path} is stale: run `summarizer schema` and commit the result"
        )


def test_briefing_schema_has_the_contract_keys() -> None:
    import json

    schema = json.loads((SCHEMAS / "briefing.schema.json").read_text(encoding="utf-8"))
    for key in (
        "schema_version",
        "episode",
        "belligerents",
        "mediators",
        "casualty_claims",
        "casualties",
        "ceasefire_attempts",
        "reactions",
        "sources",
        "disagreements",
    ):
        assert key in schema["properties"]
