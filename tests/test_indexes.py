"""Reference indexes stored between runs: the same index, built once, rebuilt when
the store is damaged or the building code changes."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from summarizer.indexes import stored
from summarizer.reference import actors


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))


def test_an_index_is_built_once_and_read_back_equal(tmp_path: Path) -> None:
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"ruritania": 1}

    first = stored("demo", __file__, ("pycountry",), build)
    second = stored("demo", __file__, ("pycountry",), build)
    assert first == second == {"ruritania": 1} and builds == [1]
    (path,) = (tmp_path / "reference").glob("demo-*.pickle")
    path.write_bytes(b"not a pickle")  # damaged: rebuilt, never an error
    assert stored("demo", __file__, ("pycountry",), build) == {"ruritania": 1}
    assert builds == [1, 1]


def test_other_building_code_is_another_index(tmp_path: Path) -> None:
    source = tmp_path / "builder.py"
    source.write_text("v1", encoding="utf-8")
    stored("demo", str(source), (), lambda: 1)
    source.write_text("v2", encoding="utf-8")
    assert stored("demo", str(source), (), lambda: 2) == 2


def test_the_stored_actor_index_is_the_built_one() -> None:
    built = actors.build_index()
    assert pickle.loads(pickle.dumps(built)) == built
    assert built.exact and built.acronyms
