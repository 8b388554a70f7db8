"""Bad input: every bad item is named with its problem, and the batch goes on.

The articles here are HAND-WRITTEN, about invented places and people.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from summarizer.read.articles import MAX_ARTICLE_CHARS, load_articles, same_texts

STORY = (
    "Fighting between Varnian troops and the Ostrava Front killed 12 people in Lemberg on "
    "Tuesday, officials said. A truce brokered by Elbonia took effect at 6 p.m. local time.\n"
)


def test_a_latin1_line_in_jsonl_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "a", "text": STORY}).encode()
    bad = '{"id": "b", "text": "Le café à Lemberg fut détruit hier soir."}'.encode("latin-1")
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"a"', b'"c"') + b"\n")
    articles, errors = load_articles([path])
    assert [a.id for a in articles] == ["a", "c"]
    (error,) = errors
    assert f"{path}:2" in str(error) and "not UTF-8" in str(error)


def test_a_fifo_in_a_folder_is_skipped_not_waited_for(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(load_articles([tmp_path])), daemon=True)
    reader.start()
    reader.join(10)
    assert result, "reading a folder with a FIFO in it hung"
    articles, errors = result[0]  # type: ignore[misc]
    assert [a.id for a in articles] == ["story"]
    assert any("pipe.txt" in str(e) and "FIFO" in str(e) for e in errors)


def test_unreadable_files_are_named_and_the_rest_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(STORY + " More.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a dangling link
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":  # tests run as root, so chmod 000 would not bite
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, errors = load_articles([tmp_path])
    assert [a.id for a in articles] == ["story"]
    messages = " | ".join(str(e) for e in errors)
    assert "locked.txt: cannot be read (Permission denied)" in messages
    assert "gone.txt: cannot be read" in messages


def test_extensions_are_read_whatever_their_case_and_others_are_named(tmp_path: Path) -> None:
    (tmp_path / "LOUD.TXT").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    articles, errors = load_articles([tmp_path])
    assert [a.id for a in articles] == ["LOUD"]
    (error,) = errors  # the hidden file is not an article and not an error
    assert "notes.pdf: not an article file" in str(error)


def test_html_articles_are_read_without_their_page_furniture(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Clashes in Varnia</title></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Clashes in Varnia leave 12 dead</h1>"
        f"<p>{STORY}</p><p>Elbonia's foreign minister, Ada Pell, called for calm on "
        "Wednesday and urged both sides to respect the truce.</p></article>"
        "<footer>Copyright 2031 Varnia Daily. All rights reserved.</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (article,), errors = load_articles([tmp_path])
    assert not errors
    assert article.id == "page" and "Ostrava Front killed 12 people" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    # Offsets point into the text as read: every sentence is an exact slice of it.
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)


def test_an_article_over_the_size_limit_is_named_with_the_limit(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text(STORY * (MAX_ARTICLE_CHARS // len(STORY) + 1))
    (tmp_path / "short.txt").write_text(STORY)
    articles, errors = load_articles([tmp_path])
    assert [a.id for a in articles] == ["short"]
    assert f"over the limit of {MAX_ARTICLE_CHARS:,}" in str(errors[0])


def test_the_same_text_under_two_names_is_read_once_in_any_order(tmp_path: Path) -> None:
    for name in ("b-copy", "a-original", "c-other"):
        text = STORY if name != "c-other" else STORY.replace("12", "14")
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    articles, _ = load_articles([tmp_path])
    kept, repeats = same_texts(articles)
    assert [a.id for a in kept] == ["a-original", "c-other"]
    assert {k: v.id for k, v in repeats.items()} == {"b-copy": "a-original"}
    again, repeats_again = same_texts(list(reversed(articles)))
    assert [a.id for a in again] == [a.id for a in kept] and repeats_again == repeats


def test_one_id_in_two_places_keeps_the_same_one_in_any_order(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(STORY + folder, encoding="utf-8")
    forward, errors = load_articles([tmp_path / "x", tmp_path / "y"])
    backward, _ = load_articles([tmp_path / "y", tmp_path / "x"])
    assert forward[0].path == backward[0].path == str(tmp_path / "x" / "story.txt")
    assert "repeats" in str(errors[0])


def test_a_folder_inside_a_folder_is_named_not_passed_over(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "other.txt").write_text(STORY.replace("12", "14"), encoding="utf-8")
    articles, errors = load_articles([tmp_path])
    assert [a.id for a in articles] == ["story"]
    (error,) = errors
    assert "more: a folder inside a folder is not read" in str(error)


def test_a_republished_page_is_dated_by_the_article_not_the_page(tmp_path: Path) -> None:
    def page(stamp: str) -> str:
        return (
            '<html><head><title>Clashes in Varnia</title><meta property="article:published_time"'
            ' content="2025-07-19"></head><body><article><h1>Clashes in Varnia</h1>'
            f"<p>{stamp}</p><p>{STORY}</p></article></body></html>"
        )

    (tmp_path / "archive.html").write_text(
        page(
            "Originally published in The Varnia Daily on 19 July 1981. Republished as part "
            "of our archive series, with the spellings of the original."
        ),
        encoding="utf-8",
    )
    (tmp_path / "today.html").write_text(page("By Ada Pell, Varnia desk"), encoding="utf-8")
    articles, errors = load_articles([tmp_path])
    assert not errors
    dates = {a.id: a.published_at for a in articles}
    # the page's own date is the republication's; the article's stamp says when it was
    assert dates == {"archive": "1981-07-19", "today": "2025-07-19"}


def test_a_page_dated_only_by_an_image_paths_year_has_no_date(tmp_path: Path) -> None:
    """htmldate reads "/images/2021/smoke.jpg" as 1 January 2021: a year, not the page's
    day (the page is read as undated); a page whose metadata writes that day keeps it."""

    def page(head: str) -> str:
        return (
            f"<html><head><title>Clashes in Varnia</title>{head}</head><body><article>"
            "<h1>Clashes in Varnia leave 12 dead</h1>"
            '<figure><img src="/images/2021/smoke.jpg" alt=""></figure>'
            f"<p>{STORY}</p><p>Elbonia's foreign minister, Ada Pell, called for calm on "
            "Wednesday and urged both sides to respect the truce.</p></article></body></html>"
        )

    (tmp_path / "page.html").write_text(page(""), encoding="utf-8")
    (article,), _ = load_articles([tmp_path])
    assert article.published_at is None
    meta = '<meta property="article:published_time" content="2021-01-01T09:00:00Z">'
    (tmp_path / "page.html").write_text(page(meta), encoding="utf-8")
    (article,), _ = load_articles([tmp_path])
    assert article.published_at == "2021-01-01"


def _date_of_page(folder: Path, html: str) -> str | None:
    """The date the reader gives a saved page (written to `folder`, read back alone)."""
    (folder / "page.html").write_text(html, encoding="utf-8")
    (article,), errors = load_articles([folder])
    assert not errors
    return article.published_at


def test_an_archive_page_is_dated_by_its_records_posted_stamp(tmp_path: Path) -> None:
    """An archive record's meta line ("Posted 11:52 PM, Jan. 12, 1994"), which the article
    text leaves out, dates the page: not its copyright years, and not undated (htmldate
    takes no date before 1995)."""
    page = (
        "<html><head><title>Clashes in Varnia - Archive</title></head><body>"
        '<div class="record-meta"><span>Source: Varnia Daily</span> &middot; '
        "<span>Posted 11:52 PM, Jan. 12, 1994</span> &middot; <span>International</span></div>"
        f"<article><h1>Clashes in Varnia</h1><p>{STORY}</p>"
        "<p>Elbonia's foreign minister, Ada Pell, called for calm on Wednesday.</p></article>"
        "<footer>Archive &copy; 2003-2024. All rights reserved.</footer></body></html>"
    )
    assert _date_of_page(tmp_path, page) == "1994-01-12"


def test_a_page_is_dated_by_the_date_field_of_its_byline_line(tmp_path: Path) -> None:
    """A byline line of fields ("By our staff · Tuesday 23 July 1974 · 18:05 BST"), after a
    section label and a standfirst and left out of the article text, dates the page."""
    page = (
        "<html><head><title>Truce holds in Varnia</title></head><body>"
        '<nav><a href="/">Home</a> | <a href="/world">World</a></nav><article>'
        '<p class="section-label">World &raquo; Varnia</p><h1>Truce holds in Varnia</h1>'
        "<p>Troops leave the airport; ferries resume</p>"
        "<p>By our Diplomatic Staff &middot; Tuesday 23 July 1974 &middot; 18:05 BST</p>"
        f"<p>{STORY}</p></article></body></html>"
    )
    assert _date_of_page(tmp_path, page) == "1974-07-23"


def test_an_archive_pages_metadata_date_before_1995_is_its_date(tmp_path: Path) -> None:
    """htmldate takes no date before 1995 unless asked: a 1985 page's own metadata counts."""
    page = (
        '<html><head><title>Clashes in Varnia</title><meta property="article:published_time"'
        ' content="1985-12-27T18:40:00Z"></head><body>'
        f"<article><h1>Clashes in Varnia</h1><p>{STORY}</p></article></body></html>"
    )
    assert _date_of_page(tmp_path, page) == "1985-12-27"


def test_a_pages_own_date_wins_over_a_sidebar_stamp(tmp_path: Path) -> None:
    page = (
        '<html><head><title>Clashes in Varnia</title><meta property="article:published_time"'
        ' content="2025-11-05"></head><body><aside><h3>Most read</h3>'
        "<p>Posted 9:14 AM, Mar. 3, 2023</p></aside>"
        f"<article><h1>Clashes in Varnia</h1><p>{STORY}</p></article></body></html>"
    )
    assert _date_of_page(tmp_path, page) == "2025-11-05"


def test_a_page_is_dated_by_a_byline_field_that_ends_with_its_date(tmp_path: Path) -> None:
    """ "By Wire Services | Archive edition of 9/19/1961 | Page A1": the field's date is the
    page's. htmldate reads that date as 19 September 2019, a year the page never writes,
    which is no date of the page's."""
    page = (
        "<html><head><title>Truce in Varnia | Archive</title></head><body>"
        '<nav><a href="/">Home</a> | <a href="/archive/1960s">1960s</a></nav><article>'
        "<h1>Truce in Varnia</h1><h2>Envoy flies to meet the rebels</h2>"
        '<div class="byline">By Ledger Wire Services | Archive edition of 9/19/1961 | '
        f"Page A1</div><p>{STORY}</p></article></body></html>"
    )
    assert _date_of_page(tmp_path, page) == "1961-09-19"
