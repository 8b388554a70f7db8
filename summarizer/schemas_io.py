"""JSON Schemas of the record, generated from the Pydantic models (never hand-edited)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from summarizer.models import ArticleExtraction, Briefing
from summarizer.report import RunMetadata

SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "briefing.schema.json": Briefing,
    "article_extraction.schema.json": ArticleExtraction,
    "run_metadata.schema.json": RunMetadata,
}


def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMA_FILES.items():
        path = directory / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written
