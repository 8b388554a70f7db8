"""Reading inputs: exact offsets, boilerplate never citable, bad items named."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.read.articles import load_articles

SEEDS = Path(__file__).parent.parent / "seeds"


def test_every_sentence_is_an_exact_slice_of_the_text() -> None:
    articles, errors = load_articles([SEEDS])
    assert not errors
    assert [a.id for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for article in articles:
        assert len(article.sentences) >= 10
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text


def test_boilerplate_is_not_citable() -> None:
    articles, _ = load_articles([SEEDS])
    citable = " ".join(s.text for a in articles for s in a.sentences)
    for furniture in (
        "Previous article",
        "Next article",
        "Leave a Reply",
        "top of page",
        "Your email address",
        "Also read",
    ):
        assert furniture not in citable
    # ...but the reporting around it is kept.
    assert "105 Armenian soldiers had been killed" in citable


def test_numbered_view_matches_sentence_numbers() -> None:
    article = load_articles([SEEDS / "004_403167c6710ec3d8.txt"])[0][0]
    line = article.numbered().splitlines()[10]
    assert line.startswith("[11] Pashinyan said 105")
    assert (
        article.evidence(11).text
        == article.text[article.evidence(11).start : article.evidence(11).end]
    )


def test_jsonl_bad_lines_are_named_and_the_rest_go_on(tmp_path: Path) -> None:
    good = {
        "id": "a1",
        "text": "Fighting broke out on the border on Tuesday morning.",
        "url": "https://example.org/a1",
        "published_at": "2022-09-13",
    }
    lines = [json.dumps(good), "{not json", json.dumps({"id": "a2"}), json.dumps(good)]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = load_articles([path])
    assert [a.id for a in articles] == ["a1"]
    assert articles[0].published_at == "2022-09-13"
    messages = [str(e) for e in errors]
    assert any(f"{path}:2" in m and "not valid JSON" in m for m in messages)
    assert any(f"{path}:3" in m and "'a2'" in m and '"text"' in m for m in messages)
    assert any(f"{path}:4" in m and "repeats" in m for m in messages)


def test_unreadable_and_missing_files_are_errors_not_crashes(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 clashes reported on the border today.".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    articles, errors = load_articles(
        [latin, empty, tmp_path / "missing.txt", SEEDS / "003_6f6485ac6c360f71.txt"]
    )
    assert [a.id for a in articles] == ["003_6f6485ac6c360f71"]
    text = "\n".join(map(str, errors))
    assert "latin.txt: not UTF-8" in text
    assert "empty.txt" in text and "no sentences" in text
    assert "missing.txt: no such file" in text


def test_input_order_does_not_change_what_is_read() -> None:
    files = sorted(SEEDS.glob("*.txt"))
    forward, _ = load_articles(files)
    backward, _ = load_articles(list(reversed(files)))
    assert forward == backward
