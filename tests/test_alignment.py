"""Alignment repairs a miscited item only when exactly one sentence supports it."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract.alignment import realign, snap
from summarizer.extract.grounding import count_in_text
from summarizer.read.articles import read_text_file

SEED_004 = Path(__file__).resolve().parent.parent / "seeds" / "004_403167c6710ec3d8.txt"


def test_realign_finds_the_one_supporting_sentence_and_trims_padding() -> None:
    article = read_text_file(SEED_004)

    def states_105(text: str) -> bool:
        return count_in_text(105, text)

    assert realign(article, [3, 4], states_105) == [11]  # miscited
    assert realign(article, [10, 11, 12], states_105) == [11]  # padded
    assert realign(article, [11], states_105) == [11]
    # 2,000 is written nowhere; a word in many sentences is never guessed at.
    assert realign(article, [1], lambda t: count_in_text(2000, t)) is None
    assert realign(article, [1], lambda t: "Pashinyan" in t) is None


def test_snap_returns_the_articles_own_words() -> None:
    text = "We expect the ceasefire from 9.00 am Moscow time on September 13 to hold … fully."
    assert snap("9am Moscow time", text) == "9.00 am Moscow time"
    assert snap("8 p.m. local time", "at 8 p.m. local time (16:00 GMT) on Wednesday.") == (
        "8 p.m. local time"
    )
    # A writer's reading in brackets keeps its closing bracket; a bracketed phrase alone
    # is what the brackets hold.
    signed = "They signed at about 4.30 p.m. local time (1430 GMT), and the truce began."
    assert snap("4.30pm local time (1430 GMT", signed) == "4.30 p.m. local time (1430 GMT)"
    assert snap("(1430 GMT)", signed) == "1430 GMT"
    # Nothing close: the phrase comes back unchanged (the validator has rejected it already).
    assert snap("midnight", "Fighting stopped at dawn.") == "midnight"


def test_a_name_many_sentences_carry_cites_the_one_nearest_the_model_s() -> None:
    from summarizer.extract.alignment import realign
    from summarizer.read.articles import Article

    text = (
        "Ruritania shelled the port on Monday.\n"
        "Borduria said the strikes went on all night.\n"
        "Officials in Klow were not available.\n"
        "Ruritania later said it would stop.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    named = lambda s: "Ruritania" in s  # noqa: E731
    assert realign(article, [3], named) is None  # strict: two sentences qualify
    assert realign(article, [3], named, nearest=True) == [4]
    assert realign(article, [2], named, nearest=True) == [1]  # a tie goes to the earlier


def test_a_toll_a_headline_and_its_body_both_state_cites_both() -> None:
    from summarizer.extract.grounding import outcome_of, states_casualties
    from summarizer.extract.passes import CasualtiesResponse
    from summarizer.read.articles import Article

    text = (
        "Vell toll rises to 248 as rescuers pull bodies from rubble\n"
        "The health ministry in Vell raised the death toll from the war to 248 on Saturday.\n"
        "Egypt and Qatar have each pledged $500 million for reconstruction.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    said = lambda t: (outcome_of(248, t),)  # noqa: E731
    assert realign(article, [3], lambda t: states_casualties(248, t), every=said) == [1, 2]
    assert realign(article, [3], lambda t: states_casualties(248, t)) is None
    # Through the casualties pass: the miscited figure is kept, with both sentences.
    item = {"sentences": [3], "count": 248, "outcome": "killed", "category": "unknown",
            "side": "Vell", "claimant": None}  # fmt: skip
    [kept] = CasualtiesResponse.model_validate(
        {"casualties": [item]}, context={"article": article, "realigned": []}
    ).casualties
    assert (kept.count, kept.sentences) == (248, [1, 2])


def test_two_incidents_that_share_a_number_are_not_one_figure() -> None:
    from pydantic import ValidationError

    from summarizer.extract.passes import CasualtiesResponse
    from summarizer.read.articles import Article

    text = (
        "Chile and Peru traded fire along the border on Monday.\n"
        "Peruvian shelling killed 12 Chilean soldiers in Arica on Monday, Chile's army said.\n"
        "On Friday, Chilean drones killed 12 Peruvian civilians in Tacna, Peru's health "
        "ministry said.\n"
    )
    article = Article(id="a", path="a.txt", text=text)
    item = {"sentences": [1], "count": 12, "outcome": "killed", "category": "unknown",
            "side": "Chile", "claimant": None}  # fmt: skip
    with pytest.raises(ValidationError):  # re-asked, never merged into one figure
        CasualtiesResponse.model_validate(
            {"casualties": [item]}, context={"article": article, "realigned": []}
        )
