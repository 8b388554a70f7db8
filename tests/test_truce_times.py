"""When a truce starts, read from the wording: its end is no start, a zoneless clock takes
the zone its sentence or another source writes, its day is the one its own clause writes.

Every article, sentence and extraction here is HAND-WRITTEN about invented states
(Ruritania, Borduria); the clocks are read in real zones (Athens, Rome, Lima) from tzdata.
"""

from __future__ import annotations

from datetime import date

from summarizer.extract.grounding import starts_truce, truce_time_in
from summarizer.extract.passes import CeasefiresResponse
from summarizer.merge.briefing import merge
from summarizer.models import ArticleExtraction, CeasefireMention, CeasefireStatus, Evidence
from summarizer.read.articles import Article
from summarizer.reference import timeline

# --- the time model ----------------------------------------------------------------------


def _at(sentence: str, clock: str) -> int:
    return sentence.index(clock)


def test_a_clock_after_end_wording_is_when_the_truce_ends() -> None:
    ended = "The 48-hour truce ended at midnight Athens time, 2200 GMT on Sunday."
    assert timeline.ends_at(ended, _at(ended, "midnight"))
    ranged = "The truce runs from 9 a.m. Athens time on Friday until midnight on Saturday."
    assert not timeline.ends_at(ranged, _at(ranged, "9 a.m."))
    assert timeline.ends_at(ranged, _at(ranged, "midnight"))
    lapse = "Envoys met shortly before the truce was due to expire at 3:45 p.m. Lima time."
    assert timeline.ends_at(lapse, _at(lapse, "3:45"))


def test_start_wording_tells_a_start_from_an_announcement() -> None:
    start = "The truce took effect on Tuesday at 0400 GMT, Ruritanian officials said."
    assert timeline.begins_at(start, _at(start, "0400"))
    announced = "The envoy announced the truce at about 6 p.m. Lima time on Monday."
    assert not timeline.begins_at(announced, _at(announced, "6 p.m."))


def test_a_truce_from_a_weekday_written_ahead_lies_after_the_anchor() -> None:
    friday = date(2031, 3, 7)
    headline = "Ruritania and Borduria accept a two-month truce from Saturday evening"
    assert timeline.dated("Saturday evening", friday, headline, truce_start=True) == date(
        2031, 3, 8
    )
    # Written as past, or not as a truce's start, it is the Saturday before.
    began = "The truce that began on Saturday evening held, envoys said."
    assert timeline.dated("Saturday evening", friday, began, truce_start=True) == date(2031, 3, 1)
    assert timeline.dated("Saturday evening", friday, headline) == date(2031, 3, 1)


def test_a_clocks_day_is_the_one_its_own_clause_writes() -> None:
    wednesday = date(2031, 3, 5)
    sentence = (
        "Talks ended on Monday, and the truce took effect on Tuesday at 0400 GMT, or 6 a.m. "
        "in Athens."
    )
    assert timeline.day_near(sentence, _at(sentence, "0400"), wednesday) == date(2031, 3, 4)
    assert timeline.day_near("The truce took effect at 0400 GMT.", 24, wednesday) is None


# --- reading the time from the wording (the validator) -------------------------------------


def test_the_wording_reader_never_takes_an_end_for_the_start() -> None:
    assert truce_time_in("The 48-hour truce ended at midnight Athens time (2200 GMT).") is None
    ranged = "The truce runs from 9 a.m. Athens time on Friday until midnight on Saturday."
    assert truce_time_in(ranged) == "9 a.m. Athens time on Friday until midnight"
    assert starts_truce(ranged)
    assert not starts_truce("The envoy announced the truce at about 6 p.m. Lima time.")


def _validated(item: dict[str, object], *sentences: str) -> tuple[CeasefiresResponse, list[str]]:
    article = Article(id="t", path="t.txt", text="\n".join(sentences) + "\n")
    notes: list[str] = []
    response = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article, "realigned": notes}
    )
    return response, notes


def _item(sentences: list[int], when: str | None) -> dict[str, object]:
    return {
        "sentences": sentences,
        "announced_by": None,
        "mediators": [],
        "parties": ["Ruritania", "Borduria"],
        "effective_at_text": when,
        "status": "announced",
    }


def test_words_that_give_no_time_are_replaced_by_the_sentences_time() -> None:
    sentence = (
        "Ruritania announced the truce with Borduria in a statement issued at about 1.30am "
        "Athens time on Sunday, saying it took effect immediately."
    )
    response, notes = _validated(_item([1], "immediately"), sentence)
    assert response.ceasefires[0].effective_at_text == "1.30am Athens time"
    assert any("read from sentence 1" in n for n in notes)


def test_of_two_timed_sentences_the_one_that_writes_the_start_gives_the_time() -> None:
    response, _ = _validated(
        _item([1, 2], None),
        "The truce between Ruritania and Borduria took effect on Tuesday at 0400 GMT.",
        "The envoy first announced the truce at about 6 p.m. Lima time on Monday.",
    )
    assert response.ceasefires[0].effective_at_text == "0400 GMT"


# --- through the merge -----------------------------------------------------------------------


def _mention(
    source: str,
    sentence: str,
    when: str | None,
    status: CeasefireStatus = "announced",
    announced_by: str | None = None,
    index: int = 0,
) -> CeasefireMention:
    evidence = Evidence(source=source, sentence=index, start=0, end=len(sentence), text=sentence)
    return CeasefireMention(
        announced_by=announced_by,
        mediators=[],
        parties=["Ruritania", "Borduria"],
        effective_at_text=when,
        status=status,
        evidence=[evidence],
    )


def _article(source: str, published: str, *mentions: CeasefireMention) -> ArticleExtraction:
    """A HAND-WRITTEN extraction of an invented truce between two invented states."""
    return ArticleExtraction(
        source=source,
        path=f"{source}.txt",
        sha256="0" * 64,
        title="Truce between Ruritania and Borduria",
        published_at=published,
        ceasefires=list(mentions),
    )


START = (
    "The truce between Ruritania and Borduria took effect at 9 a.m. Athens time (0700 GMT) "
    "on Friday March 7, 2031."
)


def test_a_truce_ending_joins_the_truce_in_force_and_starts_none() -> None:
    ended = "The 36-hour truce ended at midnight Athens time, 2200 GMT on Saturday."
    briefing = merge(
        [
            _article(
                "hw_start",
                "2031-03-07",
                _mention(
                    "hw_start", START, "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031"
                ),
            ),
            _article(
                "hw_end",
                "2031-03-09",
                _mention("hw_end", ended, "midnight Athens time, 2200 GMT on Saturday"),
            ),
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-07T07:00:00+00:00"
    assert {e.source for e in truce.evidence} == {"hw_start", "hw_end"}


def test_a_zoneless_clock_takes_the_zone_its_sentence_writes() -> None:
    sentence = (
        "The pause was meant to run from noon on Friday to midnight on Saturday, Athens time "
        "- 11 p.m. in Rome."
    )
    briefing = merge(
        [_article("hw_pause", "2031-03-08", _mention("hw_pause", sentence, "noon on Friday"))]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-07T10:00:00+00:00"  # noon in Athens (+02:00)


def test_a_zoneless_clock_joins_the_truce_another_source_wrote_with_its_zone() -> None:
    zoned = (
        "The truce between Ruritania and Borduria took effect at 0400 GMT, or 07:00 in Athens, "
        "on Tuesday, March 4, 2031."
    )
    bare = "Speaking hours after the truce took effect at 7 a.m. on Tuesday, the envoy praised it."
    briefing = merge(
        [
            _article(
                "hw_zoned",
                "2031-03-04",
                _mention(
                    "hw_zoned", zoned, "0400 GMT, or 07:00 in Athens, on Tuesday, March 4, 2031"
                ),
            ),
            _article("hw_bare", "2031-03-05", _mention("hw_bare", bare, "7 a.m. on Tuesday")),
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.effective_at == "2031-03-04T04:00:00+00:00"
    assert {e.source for e in truce.evidence} == {"hw_zoned", "hw_bare"}


def test_the_announcer_is_named_by_the_mentions_that_give_the_start() -> None:
    held = "The truce between Ruritania and Borduria held for a third day as Ana Vell spoke."
    broken = "Borduria said the truce had been violated twice on Saturday."
    briefing = merge(
        [
            _article(
                "hw_announce",
                "2031-03-07",
                _mention(
                    "hw_announce",
                    START,
                    "9 a.m. Athens time (0700 GMT) on Friday March 7, 2031",
                    announced_by="Zara Kell",
                ),
            ),
            _article(
                "hw_held",
                "2031-03-09",
                _mention("hw_held", broken, None, "violated"),
                _mention("hw_held", held, None, "holding", "Ana Vell", index=1),
            ),
        ]
    )
    [truce] = briefing.ceasefire_attempts
    assert truce.announced_by == "zara-kell"
    assert truce.status == "violated"
